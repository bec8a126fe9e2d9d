/** Puts `node` into `region`, unless the region already shows an equal node (so links and focus survive repaints). */
export function paint(region: Element, node: Node | null): void {
  const current = region.firstChild;
  if (node === null) {
    if (current) region.replaceChildren();
    return;
  }
  if (!current || region.childNodes.length !== 1 || !current.isEqualNode(node)) {
    region.replaceChildren(node);
  }
}

function isSameShape(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function morphAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name) ?? '';
    if (target.getAttribute(name) === value) continue;
    // A strict Content-Security-Policy refuses style attributes but allows the CSSOM.
    if (name === 'style' && target instanceof HTMLElement && source instanceof HTMLElement) {
      target.style.cssText = source.style.cssText;
    } else {
      target.setAttribute(name, value);
    }
  }
}

/**
 * Makes `target` look like `source` while keeping every node whose tag still matches, so
 * that a tick which changes one text (a clock's seconds) changes only that text node and
 * the browser restyles only what changed. Where shapes differ, nodes of `source` move in.
 */
export function morph(target: Node, source: Node): void {
  if (target.nodeType !== Node.ELEMENT_NODE) {
    if (target.nodeValue !== source.nodeValue) target.nodeValue = source.nodeValue;
    return;
  }
  if (target instanceof Element && source instanceof Element) morphAttributes(target, source);
  morphChildren(target, source);
}

/** Makes the children of `target` look like those of `source`, as `morph` does. */
function morphChildren(target: Node, source: Node): void {
  const have = [...target.childNodes];
  const want = [...source.childNodes];
  want.forEach((node, i) => {
    const old = have[i];
    if (!old) target.appendChild(node);
    else if (isSameShape(old, node)) morph(old, node);
    else target.replaceChild(node, old);
  });
  for (const extra of have.slice(want.length)) extra.remove();
}

/** A region of a page, repainted by morphing what it should show into what it shows. */
export interface Region {
  readonly element: HTMLElement;
  /**
   * Shows `node`: morphed into the node on screen when their shapes match, so that only
   * changed text and attributes are touched (links, focus and selection survive).
   */
  draw(node: Node | null): void;
}

/** Makes a `Region` over `element`. */
export function makeRegion(element: HTMLElement): Region {
  return {
    element,
    draw(node) {
      const current = element.firstChild;
      if (node === null) {
        if (current) element.replaceChildren();
      } else if (node instanceof DocumentFragment) {
        // Several nodes side by side (a part drawn into its parent's flow): each is morphed.
        morphChildren(element, node);
      } else if (current && element.childNodes.length === 1 && isSameShape(current, node)) {
        morph(current, node);
      } else element.replaceChildren(node);
    },
  };
}
