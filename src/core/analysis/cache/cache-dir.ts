import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'

/**
 * Where the analysis cache lives: `POSTCLOUD_CACHE_DIR` when set, else the platform's per-user
 * cache folder, which backups and cleaners know they may empty. Never the posts folder: a cache
 * there would show up in the writer's repository and site.
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  if (env.POSTCLOUD_CACHE_DIR) return env.POSTCLOUD_CACHE_DIR
  if (platform === 'win32') {
    return win32.join(
      env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local'),
      'Postcloud',
      'Cache'
    )
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Caches', 'Postcloud')
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME
  return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.cache'), 'postcloud')
}
