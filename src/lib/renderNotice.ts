import { h, type Child } from './h.ts';

/**
 * A visible, kind message about something that went wrong but did not stop the page
 * (unreadable saved state, storage off, an unknown link).
 * @example renderNotice('run-of-show', 'Saved times could not be read…')
 */
export function renderNotice(capability: string, message: string, ...extra: Child[]): HTMLElement {
  return h(
    'div',
    { class: 'notice', role: 'status', 'data-testid': `${capability}.notice` },
    h('p', {}, message),
    extra,
  );
}
