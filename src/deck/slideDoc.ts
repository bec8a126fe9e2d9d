import type { Layout } from './layouts.ts';

/**
 * The words a data-driven layout frames its data with, written in the slide's front matter
 * (plain text, not markdown): its heading, a lead line, a subheading, a table caption.
 */
export interface SlideText {
  readonly title?: string;
  readonly lead?: string;
  readonly subtitle?: string;
  readonly caption?: string;
}

/** A validated slide with its markdown rendered to HTML at build time. */
export interface SlideDoc {
  readonly id: string;
  readonly file: string;
  readonly segment: string | null;
  readonly layout: Layout;
  readonly minutes?: number;
  /** The layout's own words from the front matter. @defaultValue {} */
  readonly text?: SlideText;
  /** Trusted HTML rendered from the author's markdown. */
  readonly html: string;
  /** Trusted HTML of the speaker notes; empty in the public build. */
  readonly notesHtml: string;
}
