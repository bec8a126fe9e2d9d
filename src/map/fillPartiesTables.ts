/**
 * The full States Parties table for the views that lay every slide out at once. Its own
 * module, loaded with `import()`, because the table formats dates with luxon: the deck's
 * first slide must not wait for luxon (issue 13).
 */
import type { Model } from '../../data/types.ts';
import { renderPartiesTable } from './renderPartiesTable.ts';
import { ScrollRegionKeys } from './ScrollRegionKeys.ts';
import { SortableTable } from './SortableTable.ts';

/**
 * Renders the full States Parties table into the empty table slots under `root`. The table
 * (every State with its dates, notes and sources) is for the scroll view and the handout; the
 * projected slide shows the overview instead, so in the slides view nothing is filled.
 * Returns whether it filled any slot.
 */
export function fillPartiesTables(root: ParentNode, model: Model): boolean {
  let filled = false;
  for (const slot of root.querySelectorAll<HTMLElement>('[data-map-table-slot]')) {
    if (slot.firstChild) continue;
    const table = renderPartiesTable(model);
    slot.replaceChildren(table);
    const tableEl = table.querySelector('table');
    if (tableEl) new SortableTable(tableEl).bind();
    new ScrollRegionKeys(table).bind();
    filled = true;
  }
  return filled;
}
