import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { measure, measuresTree } from '../../../bench/process-tree.mjs'

// The keywords benchmark's memory figure is the peak RSS of the whole process tree: with child
// processes, /usr/bin/time -v alone reports only the largest one.

const child = (mb: number): string =>
  `node -e "const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => b.length, 1500)"`

describe.skipIf(!measuresTree)('measure', () => {
  it('sums the resident memory of the processes of the tree', async () => {
    const result = await measure(['bash', '-c', `${child(120)} & ${child(120)}; wait`], {
      cwd: __dirname
    })
    expect(result.status).toBe(0)
    expect(result.processes).toBeGreaterThanOrEqual(3)
    expect(result.treeMB).toBeGreaterThan(240)
    if (existsSync('/usr/bin/time')) {
      expect(result.singleMB).toBeGreaterThan(120)
      expect(result.singleMB).toBeLessThan(240)
      expect(result.cpuMs).toBeGreaterThan(0)
    }
  })

  it('reports the exit status, the output and the wall time of the command', async () => {
    const result = await measure(['node', '-e', 'console.log("out"); process.exit(3)'], {
      cwd: __dirname
    })
    expect(result.status).toBe(3)
    expect(result.stdout).toBe('out\n')
    expect(result.wallMs).toBeGreaterThan(0)
  })
})
