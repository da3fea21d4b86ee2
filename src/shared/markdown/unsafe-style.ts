/**
 * A `style` attribute dropped whole: CSS that could load something (`url(`, `image-set(`,
 * `@import`), hide what it does behind escapes, comments or custom properties, or take the element
 * out of the preview's box (`position: fixed` or `absolute` lays it over the toolbar, the post
 * list or the editor, e.g. as a fake part of the window). Plain colours, sizes and alignment stay.
 */
export function unsafeStyle(css: string): boolean {
  return (
    /url\s*\(|image-set|image\s*\(|@import|expression|\\|\/\*|var\s*\(|--/i.test(css) ||
    /(?:^|[;\s])position\s*:(?!\s*(?:static|relative|sticky)\s*(?:!important\s*)?(?:;|$))/i.test(
      css
    )
  )
}
