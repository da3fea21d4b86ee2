import type { PostcloudApi } from '@shared/contract'
import type { CoreContext } from './context'

type SettingsMethods = Pick<PostcloudApi, 'getSettings' | 'updateSettings'>

/** The writer's settings, kept in the app's data folder. */
export function settingsMethods(ctx: CoreContext): SettingsMethods {
  const { settings } = ctx
  return {
    async getSettings() {
      return settings.get()
    },
    async updateSettings(changes) {
      return settings.update(changes)
    }
  }
}
