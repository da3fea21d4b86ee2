import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * `postcloud serve <folder> --no-open` (plus `args`, e.g. `--port 0 --token T`) with its own data
 * folder; resolves with the page address it prints and the child process.
 */
export function startHost(folder, dataDir, args = []) {
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'postcloud.js'), 'serve', folder, ...args, '--no-open'],
    { env: { ...process.env, POSTCLOUD_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/[?#]token=[\w-]+)/.exec(output)
      if (match) resolve({ url: match[1], child })
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => reject(new Error(`postcloud serve exited with ${code}:\n${output}`)))
  })
}
