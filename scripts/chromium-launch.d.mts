/** Types of chromium-launch.mjs, for playwright.config.ts. */
export declare function findSystemChromium(): string | null
export declare const chromiumArgs: string[]
