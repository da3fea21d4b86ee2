/**
 * A progress bar on stderr that appears only when the work takes longer than a second and only
 * on a terminal, so scripts piping --json never see it.
 */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr
): {
  update(done: number, total?: number): void
  finish(): void
} {
  const started = Date.now()
  let shown = false
  let last = 0

  return {
    update(done, total) {
      const now = Date.now()
      if (!stream.isTTY || now - started < 1000 || now - last < 100) return
      last = now
      shown = true
      const width = 30
      const share = total ? Math.min(1, done / total) : 0
      const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.')
      const count = total ? `${done}/${total}` : `${done}`
      stream.write(`\r${label} [${bar}] ${count}`)
    },
    finish() {
      if (shown) stream.write('\r\x1b[2K')
    }
  }
}
