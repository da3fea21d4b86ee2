import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The app's per-user data folder for the CLI and the web host: the same place Electron's
 * `userData` is for an app named Postcloud, so all three share recent folders and logs.
 * `POSTCLOUD_DATA_DIR` overrides it (tests always set it to a temp folder).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  if (env.POSTCLOUD_DATA_DIR) return env.POSTCLOUD_DATA_DIR
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Postcloud')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Postcloud')
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Postcloud')
}
