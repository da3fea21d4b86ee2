import { waitForPayloadRender } from './payloads/harness'
import { openListedPost } from './payloads/posts'
import { expect, test } from './payloads/shared-window'
import { titleRow } from './payloads/title-row'

// docs/BAD-INPUTS.md#bi-preview-15: a front matter title and headings made of HTML are text
// wherever the window shows them outside the preview body — the post list, the search results, the
// window title, the preview's header and the outline.

test(`row ${titleRow.row}: ${titleRow.title}`, async ({
  payloadWindow: { page, app, effects }
}) => {
  for (const post of titleRow.posts) {
    await test.step(`row ${titleRow.row}: ${post.id}`, async () => {
      await app.posts.searchFor(post.search)
      const row = app.posts.item(post.id)
      await expect(row.locator('.post-title-text'), 'search result title').toHaveText(post.title)
      await expect(row.locator('.snippet'), 'search result snippet').toContainText(post.search)

      await openListedPost(app, post.id, post.search)
      await waitForPayloadRender(page, `end of ${post.id}`)
      await expect(row.locator('.post-title-text'), 'post list title').toHaveText(post.title)
      await expect(page, 'window title').toHaveTitle(`${post.title} — Postcloud`)
      await expect(app.preview.title, 'preview header').toHaveText(post.title)
      await expect(app.outline.getByTestId('outline-item'), 'outline').toHaveText(post.headings)

      // Nothing of the markup became elements outside the sanitized preview body.
      const markup = page.locator(
        ['post-list', 'outline']
          .map((id) => `[data-testid="${id}"] :is(img, script, svg, b, a)`)
          .join(', ')
      )
      await expect(markup).toHaveCount(0)
      await expect(
        app.preview.root.locator('.preview-header :is(img, script, svg, b)')
      ).toHaveCount(0)
    })
  }
  await effects.expectNoEffects()
})
