import { h } from './h.ts';

/** A `<button type="button">` with our `btn` classes, a test id and its click handler. */
export function makeButton(
  testId: string,
  label: string,
  onClick: () => void,
  className = '',
): HTMLButtonElement {
  const el = h(
    'button',
    { type: 'button', class: `btn ${className}`, 'data-testid': testId },
    label,
  );
  el.addEventListener('click', onClick);
  return el;
}
