/**
 * Sorts a table by the column whose header button is pressed, and says so with `aria-sort`.
 * Rows carry their sort values in `data-sort-<key>` attributes; a header names its key in
 * `data-sort-key`. Names sort by locale; `date-*` keys sort by ISO date, unknown dates last.
 */

import { PrerenderedController } from './PrerenderedController.ts';

type Direction = 'ascending' | 'descending';

/** Controls the sorting of one table. */
export class SortableTable extends PrerenderedController {
  constructor(private readonly table: HTMLTableElement) {
    super();
  }

  /** Listens to the header buttons. */
  protected listen(signal: AbortSignal): void {
    const head = this.table.tHead;
    if (!head) return;
    const onClick = (event: Event): void => {
      const th = (event.target as Element).closest<HTMLElement>('th[data-sort-key]');
      if (!th?.dataset.sortKey) return;
      const next: Direction =
        th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      this.sort(th.dataset.sortKey, next);
    };
    // Enter and Space press the button; reveal.js must not also take them as "next slide".
    const onKeyDown = (event: Event): void => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') event.stopPropagation();
    };
    for (const [type, fn] of [
      ['click', onClick],
      ['keydown', onKeyDown],
    ] as const) {
      head.addEventListener(type, fn, { signal });
    }
  }

  /** Sorts the body's rows by `key`; ties keep name order. */
  sort(key: string, direction: Direction): void {
    const body = this.table.tBodies[0];
    if (!body) return;
    const attr = `data-sort-${key}`;
    const sign = direction === 'ascending' ? 1 : -1;
    const byName = (a: HTMLElement, b: HTMLElement): number =>
      (a.dataset.sortName ?? '').localeCompare(b.dataset.sortName ?? '', 'en', {
        sensitivity: 'base',
      });
    const rows = [...body.rows].sort((a, b) => {
      const va = a.getAttribute(attr) ?? '';
      const vb = b.getAttribute(attr) ?? '';
      if (key.startsWith('date-') && (va === '') !== (vb === '')) return va === '' ? 1 : -1;
      const order = key === 'name' ? byName(a, b) : va.localeCompare(vb, 'en');
      return order !== 0 ? sign * order : byName(a, b);
    });
    body.append(...rows);
    for (const th of this.table.querySelectorAll<HTMLElement>('thead th[data-sort-key]')) {
      if (th.dataset.sortKey === key) th.setAttribute('aria-sort', direction);
      else th.removeAttribute('aria-sort');
    }
  }
}
