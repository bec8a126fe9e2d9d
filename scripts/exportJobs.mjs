// What `npm run export` writes. One list, read by the export script and by its e2e test.

/**
 * PDFs, each printed from a page of a build by headless Chromium. A job marked `optional` is
 * skipped, with a note, while its page does not exist in the build.
 * The run-of-show job waits for its page (issue 4): set `readySelector` to the hook that page
 * sets once it has rendered, if it is not this one.
 * @type {readonly import('./exportJobs.d.mts').PdfJob[]}
 */
export const PDF_JOBS = [
  {
    out: 'deck-handout.pdf',
    what: 'the deck as a handout, one page per slide, for viewers',
    build: 'dist-public',
    page: 'index.html',
    // reveal lays every slide out on its own page; the map renders before that layout.
    // One page per slide, fragments and all: a map slide prints once, at its last step
    // (reveal's default would add a page per fragment step).
    query: '?print-pdf&pdfSeparateFragments=false&transition=none',
    readySelector: 'html[data-deck-ready="1"] .pdf-page',
    // Tagged (headings, lists, the map's alt text) so that screen readers can read it, with
    // an outline of the slides' headings for PDF readers' bookmarks.
    pdf: { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true },
  },
  {
    out: 'run-of-show.pdf',
    what: 'the cue sheet for the host and moderator: one A4 landscape page',
    build: 'dist',
    page: 'run-of-show.html',
    // The plan only: nothing on it depends on the moment it is printed.
    query: '?print=cue-sheet',
    readySelector: 'html[data-page-ready="1"] [data-testid="cue-sheet.page"]',
    pdf: { printBackground: true, format: 'A4', landscape: true, preferCSSPageSize: true },
    optional: true,
  },
];

/** The deck as one HTML file that opens from disk, to send to a speaker. */
export const SINGLE_FILE = { out: 'deck.html', build: 'dist-single', page: 'index.html' };
