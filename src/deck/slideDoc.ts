import type { Layout } from './layouts.ts';

/** A validated slide with its markdown rendered to HTML at build time. */
export interface SlideDoc {
  readonly id: string;
  readonly file: string;
  readonly segment: string | null;
  readonly layout: Layout;
  readonly minutes?: number;
  /** Trusted HTML rendered from the author's markdown. */
  readonly html: string;
  /** Trusted HTML of the speaker notes; empty in the public build. */
  readonly notesHtml: string;
}
