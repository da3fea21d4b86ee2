/**
 * The site model: everything Jekyll 4.3 knows about a site folder before rendering (config,
 * theme, posts, pages, collections, data, static files, layouts, includes) and its Sass.
 */
export { SiteModel } from './site-model'
export type { SiteModelOptions } from './site-state'
export type { TemplateFile, IncludeLookup } from './templates'
export type { SiteTheme } from './theme'
export { findTheme, gemFolders, forgetThemes } from './theme'
export { compileSass, forgetSass } from './sass'
export type { SassSite, SiteCss } from './sass'
export { closeSass, setSassTimeout } from './sass-runner'
export type { SiteDocument, DocumentKind } from '@shared/site/model/document'
export type { RenderPart } from '@shared/site/model/document-drop'
export type { StaticFileInfo } from '@shared/site/model/site-drop'
