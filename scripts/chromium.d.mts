/** Where Chromium is: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM_PATH: string;
/** Launch flags for every browser run. */
export const CHROMIUM_ARGS: readonly string[];
