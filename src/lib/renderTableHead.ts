/**
 * The head of a table whose columns carry plain headings. The deck's conventions table, the
 * run-of-show's report and cue sheet and the speaker page's rehearsal log all open this way,
 * so the markup (one row, a `th scope="col"` a column) is written once.
 */
import { h, type Child } from './h.ts';

/**
 * A `<thead>` of one row with a column heading for each of `headings`.
 * @example renderTableHead(['Segment', 'Length'])
 */
export function renderTableHead(headings: readonly Child[]): HTMLTableSectionElement {
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      headings.map((heading) => h('th', { scope: 'col' }, heading)),
    ),
  );
}
