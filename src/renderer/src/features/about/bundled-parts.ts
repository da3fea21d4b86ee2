/** The third-party parts the About dialog names, in its order; each has `about.<part>.*` messages. */
export const bundledParts = ['font', 'jieba', 'seo', 'npm'] as const

export type BundledPart = (typeof bundledParts)[number]
