/** How a compound term's parts read in a label: 具身 + 智能. */
export function joinParts(parts: readonly string[]): string {
  return parts.join(' + ')
}

/** The parts of each compound term among the counted words, by the term. */
export function termParts(
  stats: readonly { word: string; parts?: string[] }[] | null
): ReadonlyMap<string, readonly string[]> {
  const parts = new Map<string, readonly string[]>()
  for (const stat of stats ?? [])
    if (stat.parts && stat.parts.length > 1) parts.set(stat.word, stat.parts)
  return parts
}
