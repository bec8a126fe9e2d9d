/** One PDF the export prints (see exportJobs.mjs). */
export interface PdfJob {
  /** File name in the export folder. */
  readonly out: string;
  /** What it is, for the log. */
  readonly what: string;
  /** The build folder the page comes from. */
  readonly build: 'dist' | 'dist-public';
  readonly page: string;
  readonly query: string;
  /** Printed once this selector is in the page. */
  readonly readySelector: string;
  readonly pdf: {
    readonly printBackground?: boolean;
    readonly preferCSSPageSize?: boolean;
    readonly format?: string;
  };
  /** Print the page as it stands an hour before the event starts, not now. @defaultValue now */
  readonly clock?: 'before-start';
  /** Skipped while the page does not exist in the build. @defaultValue false */
  readonly optional?: boolean;
}

export const PDF_JOBS: readonly PdfJob[];

export const SINGLE_FILE: { readonly out: string; readonly build: string; readonly page: string };
