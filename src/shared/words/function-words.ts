/**
 * Closed lists of Chinese function words for the word-quality rules. They live in code, not in
 * the stopword file, on purpose: fragments and compounds are found on jieba's raw tokens, before
 * stopwords are removed, and the stopword file is the writer's to edit. Whether two tokens form
 * one term must not change because a writer added or removed a stopword.
 */

/**
 * Words that never become part of a compound: particles, conjunctions, adverbs, prepositions,
 * pronouns, demonstratives, auxiliaries and locatives. A post that always writes 这个 before 问题 has no
 * term 这个问题; its content words stand on their own.
 */
export const compoundStoppers: ReadonlySet<string> = new Set([
  // particles and one-character conjunctions, adverbs, prepositions, auxiliaries, pronouns
  ...'的地得了着过之所吗呢吧啊呀嘛么哦哈',
  ...'和与及或而且并但却则即若如因由既虽',
  ...'在是也都更很就又还再才将会能可要已曾刚正仍亦便乃只最太挺越愈均皆',
  ...'被把对从向于为以等其这那此该每各某个不没有让给跟同比往朝沿',
  ...'我你您他她它咱谁啥',
  // two- and three-character function words
  ...['及其', '以及', '或者', '或是', '而且', '并且', '但是', '可是', '然而', '不过', '只是'],
  ...['因为', '所以', '因此', '因而', '如果', '假如', '要是', '虽然', '尽管', '即使', '哪怕'],
  ...['只要', '只有', '除了', '无论', '不管', '从而', '进而', '甚至', '以便', '以免', '否则'],
  ...['已经', '正在', '曾经', '一直', '总是', '往往', '经常', '仍然', '依然', '还是', '就是'],
  ...['也是', '都是', '不是', '没有', '可以', '可能', '能够', '应该', '应当', '必须', '需要'],
  ...['非常', '十分', '比较', '更加', '最为', '尤其', '特别', '相当', '几乎', '大约', '大概'],
  ...['对于', '关于', '通过', '根据', '按照', '随着', '由于', '为了', '作为', '至于', '基于'],
  ...['这个', '那个', '这些', '那些', '这种', '那种', '这样', '那样', '这里', '那里', '这么'],
  ...['那么', '一个', '一些', '一种', '一下', '一样', '一起', '一定', '什么', '怎么', '怎样'],
  ...['如何', '为何', '为什么', '我们', '你们', '他们', '她们', '它们', '咱们', '自己', '大家'],
  ...['其中', '其他', '其它', '其实', '另外', '还有', '同时', '然后', '接着', '首先', '其次'],
  ...['最后', '之后', '之前', '以后', '以前', '以上', '以下', '之间', '之中', '当中', '以来'],
  // locatives: they follow any noun (荣枯线附近), so a repeated phrase would glue them to it
  ...['附近', '周围', '左右', '前后', '上下', '里面', '外面', '上面', '下面', '之上', '之下'],
  ...['之内', '之外', '以内', '以外', '期间', '时候', '方面']
])

/**
 * Single characters that may bind to the word after them as a prefix (多模态, 跨平台, 超长上下文).
 * A single character never binds otherwise. Function characters are taken out below, so the two
 * lists can never disagree (可 is both a prefix and an auxiliary; the auxiliary wins).
 */
export const bindingPrefixes: ReadonlySet<string> = new Set(
  [...'多跨超非反全新高低大小微准半总副次泛类单双无可自亚伪逆重强弱预子母原主'].filter(
    (prefix) => !compoundStoppers.has(prefix)
  )
)

/**
 * Function characters that mark HMM debris at a word's edge: jieba's HMM glues a leftover
 * character to the conjunction or particle next to it (成本较低且效果明显 -> 成本/较/低且/效果/明显).
 */
export const fragmentChars: ReadonlySet<string> = new Set([
  ...'且而并及与和或但却的了着地得也都就又还很更呢吗吧啊呀被把'
])
