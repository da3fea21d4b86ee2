import { knownZone } from '@shared/site/post-date'
import { loadSiteConfig } from './model/site-config'

/**
 * The site's `timezone` from its `_config.yml` (read as the Site view reads it), or null when it
 * names none or a zone this machine does not know; then the writer's own zone applies.
 */
export function siteZone(root: string): string | null {
  const zone = loadSiteConfig(root).config.timezone
  if (typeof zone !== 'string' || zone.trim() === '') return null
  return knownZone(zone.trim()) ? zone.trim() : null
}
