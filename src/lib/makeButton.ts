import { h } from './h.ts';

/**
 * A `<button type="button">` with our `btn` classes and a test id. Its click is the owner's
 * to listen to: a controller does so in `listen`, with its signal.
 */
export function makeButton(testId: string, label: string, className = ''): HTMLButtonElement {
  const el = h(
    'button',
    { type: 'button', class: `btn ${className}`, 'data-testid': testId },
    label,
  );
  return el;
}
