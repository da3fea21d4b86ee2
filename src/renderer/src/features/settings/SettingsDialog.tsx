import type { AppSettings, LanguageSetting, ThemeSetting } from '@shared/settings'
import type { AutosaveMode } from '@shared/recovery'
import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'
import { AutosaveDelay } from './AutosaveDelay'
import { monacoLanguage } from '../editor/monacoLanguage'
import { maxFontSize, minFontSize } from '@shared/settings-rules'

interface Props {
  settings: AppSettings
  onChange(changes: Partial<AppSettings>): void
  onAbout(): void
  onClose(): void
}

const themes: ThemeSetting[] = ['system', 'light', 'dark']
const languages: LanguageSetting[] = ['system', 'en', 'zh-CN']
const autosaveModes: AutosaveMode[] = ['off', 'delay', 'focus']

/** The writer's settings; each change is saved and applied at once (no OK button to forget). */
export function SettingsDialog({ settings, onChange, onAbout, onClose }: Props): React.JSX.Element {
  const { t, locale } = useI18n()
  const editor = monacoLanguage()
  return (
    <Dialog title={t('settings.title')} testId="settings" onClose={onClose}>
      <div className="form-grid">
        <label htmlFor="settings-theme">{t('settings.theme')}</label>
        <select
          id="settings-theme"
          value={settings.theme}
          onChange={(event) => onChange({ theme: event.target.value as ThemeSetting })}
        >
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {t(`settings.theme.${theme}`)}
            </option>
          ))}
        </select>
        <label htmlFor="settings-language">{t('settings.language')}</label>
        <select
          id="settings-language"
          data-testid="settings-language"
          value={settings.language}
          onChange={(event) => onChange({ language: event.target.value as LanguageSetting })}
        >
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(`settings.language.${language}`)}
            </option>
          ))}
        </select>
        {editor !== null && editor !== locale && (
          <>
            <span />
            <span className="hint" data-testid="settings-editor-language-later">
              {t('settings.editorLanguageLater')}
            </span>
          </>
        )}
        <label htmlFor="settings-font">{t('settings.editorFont')}</label>
        <input
          id="settings-font"
          defaultValue={settings.editorFontFamily}
          placeholder={t('settings.editorFontPlaceholder')}
          onBlur={(event) => {
            if (event.target.value !== settings.editorFontFamily)
              onChange({ editorFontFamily: event.target.value })
          }}
        />
        <label htmlFor="settings-size">{t('settings.editorFontSize')}</label>
        <input
          id="settings-size"
          type="number"
          min={minFontSize}
          max={maxFontSize}
          value={settings.editorFontSize}
          onChange={(event) => {
            const size = Number(event.target.value)
            if (Number.isInteger(size) && size >= minFontSize && size <= maxFontSize)
              onChange({ editorFontSize: size })
          }}
        />
        <label htmlFor="settings-autosave">{t('settings.autosave')}</label>
        <select
          id="settings-autosave"
          data-testid="settings-autosave"
          value={settings.autosave}
          onChange={(event) => onChange({ autosave: event.target.value as AutosaveMode })}
        >
          {autosaveModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`settings.autosave.${mode}`)}
            </option>
          ))}
        </select>
        {/* The pause means something only to autosave after a pause: otherwise it is not shown. */}
        {settings.autosave === 'delay' && (
          <>
            <label htmlFor="settings-autosave-delay">{t('settings.autosaveDelay')}</label>
            <AutosaveDelay
              delayMs={settings.autosaveDelayMs}
              onChange={(autosaveDelayMs) => onChange({ autosaveDelayMs })}
            />
          </>
        )}
        <span />
        <span className="hint">{t('settings.autosaveHint')}</span>
        <span />
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="settings-remote"
            checked={settings.remoteContent}
            onChange={(event) => onChange({ remoteContent: event.target.checked })}
          />
          {t('settings.remoteContent')}
        </label>
      </div>
      <p className="hint">{t('settings.where')}</p>
      <div className="dialog-buttons">
        <button type="button" className="push-left" data-testid="open-about" onClick={onAbout}>
          {t('about.open')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  )
}
