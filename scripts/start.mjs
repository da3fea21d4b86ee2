#!/usr/bin/env node
// `npm start`: the Electron app where its binary is installed; otherwise the same UI from the
// web host on a loopback address, saying so in one line.
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

console.log('postcloud: building the app…')
// Errors only: build warnings are for developers, who see them in `npm run build` and `npm test`.
const build = spawnSync(npm, ['run', 'build', '--silent', '--', '--logLevel', 'error'], {
  cwd: root,
  stdio: 'inherit'
})
if (build.status !== 0) process.exit(build.status ?? 1)

const binary = electronBinary(root)
const child = binary
  ? spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  : (console.log(
      'No Electron binary is installed here: serving the same UI to your browser instead.'
    ),
    spawn(
      process.execPath,
      [join(root, 'bin', 'postcloud.js'), 'serve', ...process.argv.slice(2)],
      {
        cwd: root,
        stdio: 'inherit'
      }
    ))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
