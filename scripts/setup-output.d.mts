/** Types of setup-output.mjs, for its unit tests. */

/** An engine warning checked and found harmless: the package, the Node range it asks for, why. */
export interface HarmlessEngineWarning {
  name: string
  required: string
  reason: string
}

export declare const harmlessEngineWarnings: HarmlessEngineWarning[]
export declare function warningsWorthShowing(stderr: string): string[]
