/**
 * Whether a Jekyll site with layouts of its own opens on the Site tab (issue 12) rather than the
 * Preview. Off until the e2e tests that read the Preview right after opening a post pick the
 * Preview tab first (AppPage.openPost and the tests that open posts their own way); turning it on
 * turns on the e2e test of the default in tests/e2e/site-view.spec.ts.
 */
export const siteTabFirst = false
