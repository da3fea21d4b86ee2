import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { closeSass, setSassTimeout, SiteModel } from '@core/site/model'

const scratch = mkdtempSync(join(tmpdir(), 'postcloud-sass-'))
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true })
  await setSassTimeout(10_000)
})

function site(name: string, files: Record<string, string>): string {
  const root = join(scratch, name)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

describe('Sass', () => {
  it('compiles a page with front matter, with _sass/ partials, in the configured style', async () => {
    const model = await SiteModel.load(resolve('tests/fixtures/site-model/blog'))
    // jekyll build (sass.style: compressed) wrote h1{margin:0}body{color:#333} and a map comment.
    expect(await model.compiledCss('/assets/css/style.css')).toBe('h1{margin:0}body{color:#333}')
    expect(await model.compiledCss('assets/css/style.css')).toBe('h1{margin:0}body{color:#333}')
    expect(await model.compiledCss('/assets/css/missing.css')).toBeNull()
  })

  it('reads sass.load_paths and sass_dir, and recompiles when a partial changes', async () => {
    const root = site('paths', {
      '_config.yml': 'sass:\n  sass_dir: styles\n  load_paths: [vendor/sass]\n',
      'styles/_colors.scss': '$c: red;\n',
      'vendor/sass/_mixins.scss': '@mixin box { border: 1px solid $c; }\n',
      'css/site.scss': '---\n---\n@import "colors", "mixins";\np { @include box; }\n'
    })
    const model = await SiteModel.load(root)
    expect(await model.compiledCss('/css/site.css')).toContain('border: 1px solid red')
    writeFileSync(join(root, 'styles/_colors.scss'), '$c: blue;\n')
    model.changed('styles/_colors.scss')
    expect(await model.compiledCss('/css/site.css')).toContain('border: 1px solid blue')
  })

  it('reports a Sass error with the file and the line of the file the writer sees', async () => {
    const root = site('broken', {
      '_sass/_bad.scss': '\n\np { color: $nope; }\n',
      'main.scss': '---\ntitle: x\n---\n@import "bad";\n',
      'inline.scss': '---\n---\nbody {\n  color: red;\n  margin: $missing;\n}\n'
    })
    const model = await SiteModel.load(root)
    expect(await model.compiledCss('/main.css')).toBeNull()
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'sass', file: '_sass/_bad.scss', line: 3 })
    )
    expect(await model.compiledCss('/inline.css')).toBeNull()
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'sass', file: 'inline.scss', line: 5 })
    )
  })

  it('never imports from outside the site, through `..` or a link', async () => {
    site('secret-outside', { '_secret.scss': 'p { color: secret; }\n' })
    const root = site('confined', {
      'a.scss': '---\n---\n@import "../secret-outside/secret";\n',
      'b.scss': '---\n---\n@import "/etc/passwd";\n'
    })
    const model = await SiteModel.load(root)
    expect(await model.compiledCss('/a.css')).toBeNull()
    expect(await model.compiledCss('/b.css')).toBeNull()
    const messages = model.diagnostics.filter((item) => item.kind === 'sass')
    expect(messages).toHaveLength(2)
  })

  it('stops an endless @while and compiles again afterwards', async () => {
    await setSassTimeout(1500)
    const root = site('endless', {
      'loop.scss': '---\n---\n$i: 0;\n@while $i < 1 { .a { b: c; } }\n',
      'fine.scss': '---\n---\np { margin: 0; }\n'
    })
    const model = await SiteModel.load(root)
    expect(await model.compiledCss('/loop.css')).toBeNull()
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'limit', file: 'loop.scss' })
    )
    expect(await model.compiledCss('/fine.css')).toContain('margin: 0')
    await closeSass()
  }, 20_000)
})
