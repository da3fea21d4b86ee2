import { writePost } from './disk'

/**
 * A periodic report of six issues sharing `series: 具身周报`, for the word rules: every issue
 * repeats the same intro, headings and credit line (its issue number differs, and digits do not
 * count), says 机器人 in its own words, and the newest issue says 具身智能 ten times but never
 * 具身 or 智能 alone. 世界模型 recurs as one in three issues: a term the folder could learn.
 */
export const series = {
  name: '具身周报',
  posts: 6,
  /** The issue the tests open. */
  newest: '_posts/2025-10-31-embodied-weekly-6.md',
  /** Lines every issue repeats, as the boilerplate list shows them. */
  templateLines: ['本期周报由编辑部整理，欢迎订阅转发。', '本周要闻', '下期预告'],
  /** Words only the template lines say. */
  templateWords: ['编辑部', '订阅', '预告'],
  term: '具身智能',
  termParts: ['具身', '智能'],
  /** Said in every issue, most often of all but the term in the newest. */
  seriesWord: '机器人',
  /** Said in the newest issue only, less often than the series word. */
  issueWord: '传感器',
  /** Written as one in three issues. */
  suggestion: '世界模型'
} as const

const issues: readonly string[][] = [
  [
    '本周机器人行业迎来新的融资消息。',
    '世界模型成为讨论焦点，多家团队发布了世界模型的研究进展。',
    '有人认为世界模型能帮助机器人理解环境。'
  ],
  [
    '仓储机器人的订单继续增长。',
    '研究者用世界模型预测物体运动，世界模型训练成本下降，世界模型开源项目也更多。'
  ],
  [
    '家用机器人价格下降。',
    '本周关于世界模型的论文很多，一篇论文把世界模型用于导航，另一篇比较了三种世界模型。'
  ],
  ['工业机器人出货量稳定。', '几家公司更新了路线图，强调安全与可靠。'],
  ['医疗机器人获得新的批准。', '评测基准的讨论仍在继续。'],
  [
    '具身智能是本期的主题。多家公司发布了具身智能平台，具身智能的研究也在加速。',
    '业内认为具身智能需要更好的传感器。一款新的传感器降低了成本，传感器厂商开始与机器人公司合作。',
    '具身智能离不开数据，具身智能团队正在采集真实场景的数据。',
    '服务机器人、巡检机器人和教育机器人都在尝试具身智能。',
    '有人说具身智能的瓶颈在于传感器，也有人说具身智能的瓶颈在于算力。',
    '物流机器人和农业机器人的试点增加，具身智能产品开始落地。'
  ]
]

function issueText(number: number, paragraphs: readonly string[]): string {
  const day = String(25 + number).padStart(2, '0')
  return [
    '---',
    'layout: post',
    `title: "具身周报第${number}期"`,
    `date: "2025-10-${day} 09:00:00 +0800"`,
    `series: ${series.name}`,
    '---',
    '',
    '本期周报由编辑部整理，欢迎订阅转发。',
    '',
    '## 本周要闻',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    '## 下期预告',
    '',
    `数据来源：公开资料，第 ${number} 期。`,
    ''
  ].join('\n')
}

/** Writes the six issues into the folder's `_posts/`. */
export async function writeSeries(folder: string): Promise<void> {
  await Promise.all(
    issues.map((paragraphs, index) => {
      const number = index + 1
      const day = String(25 + number).padStart(2, '0')
      const id = `_posts/2025-10-${day}-embodied-weekly-${number}.md`
      return writePost(folder, id, issueText(number, paragraphs))
    })
  )
}
