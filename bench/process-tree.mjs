/**
 * Runs a command and measures what the machine pays for it: wall time, and peak resident memory
 * both of the largest single process and of the whole process tree.
 *
 * - Largest single process: `/usr/bin/time -v`'s "Maximum resident set size" (the kernel's
 *   ru_maxrss, exact). Worker threads live in their process, so this covers them; but for a tree
 *   it is the largest member's peak, not the sum.
 * - Whole tree: /proc sampled while the command runs. Every 100 ms the benchmark lists the
 *   command's descendants (the ppid field of /proc/<pid>/stat); every 20 ms it sums their resident
 *   pages (/proc/<pid>/statm). `/usr/bin/time` itself is left out. Shared pages count once per
 *   process, as `ps` counts them. A sample can miss a spike shorter than 20 ms, so the tree figure
 *   reported is the larger of the sampled sum and the exact single-process peak.
 * Without /proc (macOS) only the single-process figure is there; without /usr/bin/time only the
 * sampled one. `/usr/bin/time -v` also gives the CPU time (user + system, the tree's waited-for
 * processes included), which other work on a busy machine changes far less than the wall time.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'

const hasTime = existsSync('/usr/bin/time')
const hasProc = existsSync('/proc/self/statm')
const pageBytes = 4096
const MiB = 1024 * 1024

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined // the process ended between the listing and the read
  }
}

/** The pids below `root` (not `root` itself), found through every process's parent. */
function descendantsOf(root) {
  const children = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const parent = parentOf(name)
    if (parent === undefined) continue
    if (!children.has(parent)) children.set(parent, [])
    children.get(parent).push(Number(name))
  }
  const found = []
  const queue = [root]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

function residentBytes(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageBytes
  } catch {
    return 0
  }
}

/** Samples the tree below `root` until stopped; `stop()` returns the peak sum and process count. */
function sampleTree(root, { includeRoot }) {
  let members = includeRoot ? [root] : []
  let peak = 0
  let processes = members.length
  const sample = () => {
    const sum = members.reduce((total, pid) => total + residentBytes(pid), 0)
    peak = Math.max(peak, sum)
  }
  const discover = () => {
    members = [...(includeRoot ? [root] : []), ...descendantsOf(root)]
    processes = Math.max(processes, members.length)
    sample()
  }
  discover()
  const sampling = setInterval(sample, 20)
  const discovering = setInterval(discover, 100)
  return () => {
    clearInterval(sampling)
    clearInterval(discovering)
    return { peakBytes: peak, processes }
  }
}

/**
 * @param {string[]} argv
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ wallMs: number, status: number | null, stdout: string, stderr: string,
 *   cpuMs?: number, singleMB?: number, treeMB?: number, processes?: number }>}
 */
export function measure(argv, { cwd, env = process.env }) {
  const command = hasTime ? ['/usr/bin/time', '-v', ...argv] : argv
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command[0], command.slice(1), {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stop = hasProc ? sampleTree(child.pid, { includeRoot: !hasTime }) : undefined
    const out = []
    const err = []
    child.stdout.on('data', (chunk) => out.push(chunk))
    child.stderr.on('data', (chunk) => err.push(chunk))
    child.on('error', (error) => {
      stop?.()
      reject(error)
    })
    child.on('close', (status) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const tree = stop?.()
      const stderr = Buffer.concat(err).toString('utf8')
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
      const singleMB = maxRss ? Number(maxRss[1]) / 1024 : undefined
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined
      const sampledMB = tree ? tree.peakBytes / MiB : undefined
      const treeMB =
        singleMB === undefined && sampledMB === undefined
          ? undefined
          : Math.max(singleMB ?? 0, sampledMB ?? 0)
      resolve({
        wallMs,
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        cpuMs,
        singleMB,
        treeMB,
        processes: tree?.processes
      })
    })
  })
}

export const measuresTree = hasProc
