/**
 * Distinctive scores by TF-IDF with the series (or the folder, when the post has no series) as
 * the document set: score = count × idf, with the smooth idf = ln((1 + N) / (1 + df)) + 1, where
 * N is the number of documents (this post among them) and df the number of them that use the
 * word. The smoothing keeps a word every issue uses at idf 1, so it fades next to the words of
 * this issue but never drops out.
 *
 * Worked example: a series of N = 4 issues, this post among them.
 *   模型: said 10 times here, used by all 4 issues: idf = ln(5/5) + 1 = 1,            score 10
 *   具身: said 6 times here, used by this issue only: idf = ln(5/2) + 1 ≈ 1.916291,   score ≈ 11.4977
 *   智能: said 6 times here, used by 2 issues:        idf = ln(5/3) + 1 ≈ 1.510826,   score ≈ 9.0650
 * By count 模型 leads; by distinctiveness 具身 does, and 智能 falls behind 模型.
 *
 * A word missing from `documentFrequency` counts as used by this post alone, and df is kept
 * within 1..N, so a caller's off-by-one never makes a score zero or negative.
 */
export function distinctiveScores(
  counts: ReadonlyMap<string, number>,
  documentFrequency: ReadonlyMap<string, number>,
  documents: number
): Map<string, number> {
  const total = Math.max(1, documents)
  const scores = new Map<string, number>()
  for (const [word, count] of counts) {
    const df = Math.min(total, Math.max(1, documentFrequency.get(word) ?? 1))
    scores.set(word, count * (Math.log((1 + total) / (1 + df)) + 1))
  }
  return scores
}
