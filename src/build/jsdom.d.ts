/**
 * The little of jsdom's API the build uses. jsdom ships no types, and @types/jsdom has no
 * release for jsdom 29; the DOM itself is typed by TypeScript's DOM library.
 */
declare module 'jsdom' {
  /** A DOM in Node, for rendering the deck's sections at build time. */
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
