import { useRef } from 'react'
import type { Emphasis } from '@shared/analysis'
import { cloudSizeLimits, maxWordsLimit, sizePresets } from '@shared/cloud/options'
import type { CloudOptions, CloudRotation, CloudShape } from '@shared/cloud/options'
import { paletteColors, paletteNames, wordColors } from '@shared/cloud/palettes'
import type { PaletteName } from '@shared/cloud/palettes'
import { useI18n } from '../../i18n/I18nContext'
import { CustomColors } from './CustomColors'
import { FontField } from './FontField'
import { NumberField } from './NumberField'

interface Props {
  options: CloudOptions
  onChange(changes: Partial<CloudOptions>): void
  /** A PNG chosen as the mask: saved into the folder, then used. */
  onMaskFile(file: File): void
}

const custom = 'custom'
const sizeKey = (width: number, height: number): string => `${width}x${height}`

/** Every option of the cloud; each change redraws at once and is remembered for the post. */
export function CloudOptionsForm({ options, onChange, onMaskFile }: Props): React.JSX.Element {
  const { t } = useI18n()
  const maskInput = useRef<HTMLInputElement>(null)
  const size = sizeKey(options.width, options.height)
  const preset = sizePresets.some((p) => sizeKey(p.width, p.height) === size) ? size : custom

  const pickShape = (shape: CloudShape): void => {
    // A mask shape needs a picture first: the shape changes once one is chosen.
    if (shape === 'mask' && options.mask === null) maskInput.current?.click()
    else onChange({ shape })
  }
  const pickPalette = (palette: PaletteName): void => {
    if (palette === 'custom' && options.colors.length === 0) {
      // The custom colours start from the palette in use, ready to be adjusted.
      onChange({ palette, colors: [...paletteColors(options.palette, [])] })
    } else onChange({ palette })
  }

  return (
    <div className="cloud-options" data-testid="cloud-options">
      <label htmlFor="cloud-size">{t('wordcloud.size')}</label>
      <select
        id="cloud-size"
        data-testid="cloud-size"
        value={preset}
        onChange={(event) => {
          const chosen = sizePresets.find((p) => sizeKey(p.width, p.height) === event.target.value)
          if (chosen) onChange({ width: chosen.width, height: chosen.height })
        }}
      >
        {sizePresets.map((p) => (
          <option key={sizeKey(p.width, p.height)} value={sizeKey(p.width, p.height)}>
            {`${p.width} × ${p.height}`}
          </option>
        ))}
        <option value={custom}>{t('wordcloud.sizeCustom')}</option>
      </select>

      <span className="cloud-option-label">{t('wordcloud.sizePixels')}</span>
      <div className="cloud-pair">
        <NumberField
          id="cloud-width"
          testId="cloud-width"
          label={t('wordcloud.width')}
          value={options.width}
          {...cloudSizeLimits}
          onChange={(width) => onChange({ width })}
        />
        <span aria-hidden="true">×</span>
        <NumberField
          id="cloud-height"
          testId="cloud-height"
          label={t('wordcloud.height')}
          value={options.height}
          {...cloudSizeLimits}
          onChange={(height) => onChange({ height })}
        />
      </div>

      <label htmlFor="cloud-max-words">{t('wordcloud.maxWords')}</label>
      <NumberField
        id="cloud-max-words"
        testId="cloud-max-words"
        value={options.maxWords}
        min={1}
        max={maxWordsLimit}
        onChange={(maxWords) => onChange({ maxWords })}
      />

      <label htmlFor="cloud-emphasis">{t('wordcloud.emphasis')}</label>
      <select
        id="cloud-emphasis"
        data-testid="cloud-emphasis"
        value={options.emphasis}
        title={t('wordcloud.emphasisHint')}
        onChange={(event) => onChange({ emphasis: event.target.value as Emphasis })}
      >
        <option value="count">{t('wordcloud.emphasisCount')}</option>
        <option value="distinctive">{t('wordcloud.emphasisDistinctive')}</option>
      </select>

      <label htmlFor="cloud-shape">{t('wordcloud.shape')}</label>
      <div className="cloud-pair">
        <select
          id="cloud-shape"
          data-testid="cloud-shape"
          value={options.shape}
          onChange={(event) => pickShape(event.target.value as CloudShape)}
        >
          <option value="rectangle">{t('wordcloud.shapeRectangle')}</option>
          <option value="ellipse">{t('wordcloud.shapeEllipse')}</option>
          <option value="mask">{t('wordcloud.shapeMask')}</option>
        </select>
        <button
          type="button"
          title={options.mask ?? t('wordcloud.maskNone')}
          onClick={() => maskInput.current?.click()}
        >
          {t('wordcloud.pickMask')}
        </button>
        <input
          ref={maskInput}
          type="file"
          accept="image/png"
          hidden
          aria-label={t('wordcloud.maskFile')}
          data-testid="cloud-mask-file"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) onMaskFile(file)
          }}
        />
      </div>

      <label htmlFor="cloud-palette">{t('wordcloud.palette')}</label>
      <div className="cloud-pair">
        <select
          id="cloud-palette"
          data-testid="cloud-palette"
          value={options.palette}
          onChange={(event) => pickPalette(event.target.value as PaletteName)}
        >
          {paletteNames.map((name) => (
            <option key={name} value={name}>
              {t(`wordcloud.palette.${name}`)}
            </option>
          ))}
        </select>
        <span className="cloud-swatches" aria-hidden="true">
          {wordColors(options.palette, options.colors, options.background).map((color, i) => (
            <span key={`${color}-${i}`} style={{ background: color }} />
          ))}
        </span>
      </div>
      {options.palette === 'custom' && (
        <CustomColors colors={options.colors} onChange={(colors) => onChange({ colors })} />
      )}

      <label htmlFor="cloud-font">{t('wordcloud.font')}</label>
      <FontField id="cloud-font" value={options.font} onChange={(font) => onChange({ font })} />

      <label htmlFor="cloud-rotation">{t('wordcloud.rotation')}</label>
      <div className="cloud-pair cloud-rotation">
        <select
          id="cloud-rotation"
          value={options.rotation}
          onChange={(event) => onChange({ rotation: event.target.value as CloudRotation })}
        >
          <option value="none">{t('wordcloud.rotationNone')}</option>
          <option value="some">{t('wordcloud.rotationSome')}</option>
          <option value="mixed">{t('wordcloud.rotationMixed')}</option>
        </select>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={options.rotateRatio}
          disabled={options.rotation === 'none'}
          aria-label={t('wordcloud.rotateRatio')}
          title={`${t('wordcloud.rotateRatio')}: ${Math.round(options.rotateRatio * 100)}%`}
          onChange={(event) => onChange({ rotateRatio: Number(event.target.value) })}
        />
        <output className="cloud-ratio">{`${Math.round(options.rotateRatio * 100)}%`}</output>
      </div>

      <label htmlFor="cloud-background">{t('wordcloud.background')}</label>
      <input
        id="cloud-background"
        type="color"
        value={options.background}
        onChange={(event) => onChange({ background: event.target.value })}
      />

      <label htmlFor="cloud-min-font">{t('wordcloud.minFontSize')}</label>
      <NumberField
        id="cloud-min-font"
        value={options.minFontSize}
        min={4}
        max={100}
        onChange={(minFontSize) => onChange({ minFontSize })}
      />

      <label htmlFor="cloud-seed">{t('wordcloud.seed')}</label>
      <NumberField
        id="cloud-seed"
        testId="cloud-seed"
        value={options.seed}
        min={0}
        max={2 ** 31 - 1}
        onChange={(seed) => onChange({ seed })}
      />

      <label htmlFor="cloud-quality">{t('wordcloud.quality')}</label>
      <NumberField
        id="cloud-quality"
        value={options.quality}
        min={1}
        max={100}
        onChange={(quality) => onChange({ quality })}
      />

      <label htmlFor="cloud-scale">{t('wordcloud.scale')}</label>
      <select
        id="cloud-scale"
        value={options.scale}
        onChange={(event) => onChange({ scale: event.target.value === '2' ? 2 : 1 })}
      >
        <option value={1}>{'1×'}</option>
        <option value={2}>{'2×'}</option>
      </select>
    </div>
  )
}
