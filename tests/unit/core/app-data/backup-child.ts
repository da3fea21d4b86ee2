/**
 * A stand-in for an editor that crashes: opens the folder, backs up one buffer, says "ready" on
 * stdout and waits to be killed. Run with `node --import tsx backup-child.ts <dataDir> <folder>
 * <id> <text>`.
 */
import { randomUUID } from 'node:crypto'
import { stubCore } from '../stub-core'

async function main(): Promise<void> {
  const [dataDir, folder, id, text] = process.argv.slice(2)
  const api = stubCore(dataDir)
  await api.openFolder(folder)
  await api.backupBuffer(id, text, null, randomUUID())
  process.stdout.write('ready\n')
  // Kept alive until the test kills it with SIGKILL.
  setInterval(() => undefined, 60_000)
}

void main()
