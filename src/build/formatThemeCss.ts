/**
 * Writes the deck's colours (`data/theme.ts`, checked by the validator) as CSS custom
 * properties, inlined into every page's `<head>`: the stylesheets read them, and the first
 * paint waits for no extra request.
 */
import type { ThemeInput } from '../../data/types.ts';

/** kebab-case of a theme key: "onBrand" → "on-brand". */
function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The theme as one `:root` rule.
 * @example formatThemeCss(theme) // ":root{--theme-brand:#0b3a66;…;--theme-fill-both:#5a1e4a;…}"
 */
export function formatThemeCss(theme: ThemeInput): string {
  const { fills, ...colours } = theme;
  const properties = [
    ...Object.entries(colours).map(([key, value]) => `--theme-${kebab(key)}:${value}`),
    ...Object.entries(fills).map(([key, value]) => `--theme-fill-${kebab(key)}:${value}`),
  ];
  return `:root{${properties.join(';')}}`;
}

/** `html` with the theme's `<style>` first in its `<head>`. */
export function injectThemeCss(html: string, theme: ThemeInput): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) {
    throw new Error(
      'At the page: expected a <head> element, got none. Put <head> back: the build writes the theme colours into it.',
    );
  }
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    <style id="theme">${formatThemeCss(theme)}</style>${html.slice(at)}`;
}
