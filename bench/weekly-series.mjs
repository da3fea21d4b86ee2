/**
 * The three series of the weekly-report benchmark corpus: what stays the same in every issue (the
 * boilerplate a real series carries: front matter keys, intro and credit lines, section headings)
 * and the terms each series keeps coming back to. The terms and frames are written here; the body
 * text comes from bench/weekly-vocabulary.mjs.
 *
 * The series are told apart the three ways issue #15 names: A by `series:`, B by its first
 * category, C by its title once the dates are removed (it has neither key).
 */

/** Sentence frames that put one of the focus terms into the body text. */
export const frames = [
  '本周关于{term}的讨论明显增多，多位从业者给出了自己的判断。',
  '{term}仍是本期最受关注的话题之一，相关的帖子和报道比上周多出不少。',
  '围绕{term}，社区里出现了两种截然不同的看法。',
  '如果只看{term}一项，本周的变化并不算大，但趋势已经相当清楚。',
  '有读者来信询问{term}的进展，我们在下文做了整理。',
  '{term}的方案成本较低且效果明显，已经有团队在生产环境中使用。',
  '不少团队把{term}列进了下个季度的计划，但真正落地的还不多。',
  '从{term}的角度看，这一变化的影响可能比表面上更深。'
]

export const people = ['一位维护者', '某研究员', '一位产品经理', '行业分析师', '一位读者', '编辑部']

/**
 * @typedef {object} Series
 * @property {string} slug   file names and image paths
 * @property {string} name
 * @property {string} topic  key of the vocabulary the body is drawn from
 * @property {number} posts  issues in the corpus
 * @property {number} weight relative length of an issue
 * @property {string} start  Monday of the first issue's week (UTC date)
 * @property {(n: number, from: string, to: string) => string} title
 * @property {string[]} frontMatter extra front matter lines, the same in every issue
 * @property {string[]} intro lines after the first heading, the same in every issue
 * @property {string[]} credits closing lines, the same in every issue (digits may vary)
 * @property {boolean} comments whether the issues keep the bundled template's HTML comments
 * @property {'template' | 'short'} headings the template's section headings, or a shorter set
 * @property {string[]} terms the series' recurring terms (several not in jieba's dictionary)
 */

/** @type {Series[]} */
export const series = [
  {
    slug: 'ai-weekly',
    name: 'AI 前沿周报',
    topic: 'ai',
    posts: 220,
    weight: 1.25,
    start: '2021-08-02',
    title: (n, from, to) => `AI 前沿周报 第 ${n} 期（${from} 至 ${to}）`,
    frontMatter: ['series: AI 前沿周报', 'categories: [周报, AI]'],
    intro: [
      '> 本周报每周一发布，汇总过去七天 AI 领域的论文、产品与社区讨论。欢迎转发，转载请注明出处。',
      '> 本期内容由 AI 前沿编辑部整理，观点仅代表受访者本人。'
    ],
    credits: [
      '*本期周报由 AI 前沿编辑部整理，数据截至 {to}。订阅方式见 [关于本刊](/about/)。*',
      '*如果你在工作中用到了本期提到的工具，欢迎通过 [读者反馈](https://example.com/feedback) 告诉我们。*'
    ],
    comments: false,
    headings: 'template',
    terms: [
      '具身智能',
      '多模态大模型',
      '智能体',
      '端侧推理',
      '推理成本',
      '认知核心',
      '长上下文',
      '检索增强生成',
      '思维链',
      '开源权重',
      '模型蒸馏',
      '合成数据',
      '强化学习',
      '视频生成',
      '世界模型',
      '代码助手'
    ]
  },
  {
    slug: 'oss-weekly',
    name: '开源社区周报',
    topic: 'oss',
    posts: 130,
    weight: 1,
    start: '2023-04-03',
    title: (n, from, to) => `开源社区周报 #${n}：${from} - ${to}`,
    frontMatter: ['categories: [开源, 周报]'],
    intro: [
      '开源社区周报关注开源项目的维护者、贡献者与许可证，每周五更新。',
      '本周报以 CC BY-SA 4.0 协议发布，欢迎在注明出处的前提下转载。'
    ],
    credits: [
      '感谢本期的社区志愿者参与整理。想推荐项目或活动，请到 [周报仓库](https://example.org/weekly/issues) 提交议题。'
    ],
    comments: false,
    headings: 'short',
    terms: [
      '维护者轮值',
      '供应链安全',
      '许可证变更',
      '首次贡献者',
      '构建工具',
      '包管理器',
      '依赖审查',
      '开发者原创声明',
      '软件物料清单',
      '持续集成',
      '文档翻译',
      '新手任务'
    ]
  },
  {
    slug: 'ev-weekly',
    name: '新能源汽车市场周报',
    topic: 'market',
    posts: 70,
    weight: 0.8,
    start: '2024-09-02',
    title: (n, from, to) => `新能源汽车市场周报（${from} 至 ${to}）`,
    frontMatter: [],
    intro: ['新能源汽车市场周报 报告 ({from} 至 {to})'],
    credits: ['数据来源：乘联会、各品牌公开数据，编辑部整理。本报告不构成任何投资建议。'],
    comments: true,
    headings: 'template',
    terms: [
      '固态电池',
      '换电模式',
      '城市领航辅助',
      '高压快充平台',
      '增程式',
      '插电混动',
      '充电桩',
      '渗透率',
      '以旧换新',
      '整车出口',
      '价格战',
      '智能座舱',
      '电池回收',
      '碳酸锂'
    ]
  }
]
