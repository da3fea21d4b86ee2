import { assetProtocol } from './contract'

/**
 * The Content-Security-Policy of the window, in Electron and in the web host alike: scripts only
 * from our own origin, no plugins, no framing, no remote connections. Images of the open folder
 * come from our own origin (the web host's `/asset/` route) or Electron's asset protocol.
 * src/renderer/index.html repeats it in a meta tag (without frame-ancestors, which a meta tag
 * cannot set); a unit test keeps the two equal.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // The Site view's frame (srcdoc) inherits this policy and adds its own, stricter one: its
  // stylesheets and fonts come from the folder through the asset route or protocol, and remote
  // ones load only where that frame policy allows them (remote content on in Settings).
  `style-src 'self' 'unsafe-inline' ${assetProtocol}: https: http:`,
  // Remote images are allowed by the policy but gated by the preview: it renders an http(s) image
  // only when the writer turned remote content on, and DOMPurify strips every other way in.
  `img-src 'self' data: blob: ${assetProtocol}: https: http:`,
  `font-src 'self' data: ${assetProtocol}: https: http:`,
  `media-src 'self' ${assetProtocol}: https: http:`,
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The policy sent with every image of the open folder: an SVG opened on its own runs no script,
 * loads nothing and lands in a sandbox.
 */
export const assetContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
