/**
 * A tiny DOM builder. Children that are strings become text nodes, never HTML, so text
 * from data can't inject markup.
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates an element with attributes and children. `false`, `null` and `undefined`
 * attributes are left out; `true` sets an empty attribute.
 * @example h('p', { class: 'lead', 'data-testid': 'deck.title' }, 'Hello')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Creates an SVG element; same rules as `h`. */
export function svg(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string' || typeof child === 'number') {
      el.append(document.createTextNode(String(child)));
    } else if (child instanceof Node) {
      el.append(child);
    } else {
      append(el, child);
    }
  }
}

/**
 * Parses trusted HTML (markdown the authors wrote in `slides/`, rendered at build time)
 * into nodes. Never pass text from data or from the URL here.
 */
export function trustedHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}
