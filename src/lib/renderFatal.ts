import { describeError } from './errors.ts';
import { h } from './h.ts';

/**
 * Replaces the page with a readable message when it cannot start, so nobody faces a
 * blank window during a live show.
 */
export function renderFatal(capability: string, error: unknown): void {
  console.error(`[${capability}]`, error);
  document.body.replaceChildren(
    h(
      'main',
      { class: 'fatal', role: 'alert', 'data-testid': `${capability}.fatal` },
      h('h1', {}, 'This page could not start'),
      h('p', {}, describeError(error)),
      h('p', {}, 'Reload the page. If this keeps happening, tell the host.'),
    ),
  );
}
