import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelInput } from '../../../data/index.ts';
import type { ThemeInput } from '../../../data/types.ts';
import { describe, expect, it } from 'vitest';
import { formatThemeCss, injectThemeCss } from '../../../src/build/formatThemeCss.ts';
import { fixtureModel } from '../../fixtures/model.ts';

describe('the theme as CSS', () => {
  it('writes every colour of data/theme.ts as a --theme-* custom property', () => {
    expect(formatThemeCss(fixtureModel.theme)).toBe(
      ':root{--theme-brand:#203040;--theme-on-brand:#ffffff;--theme-accent:#1f5f9f;--theme-text:#111111;--theme-muted:#4a4a4a;--theme-background:#ffffff;--theme-surface:#f4f4f4;--theme-rule:#cccccc;--theme-fill-first:#0072b2;--theme-fill-second:#e69f00;--theme-fill-both:#5a1e4a;--theme-fill-land:#dfe4ea}',
    );
  });

  it('goes first in the page head, inline, so the first paint waits for no request', () => {
    const page = injectThemeCss('<html><head lang="en"><title>t</title></head></html>', {
      ...fixtureModel.theme,
    });
    expect(page).toMatch(
      /^<html><head lang="en">\n {4}<style id="theme">:root\{--theme-brand:#203040;/,
    );
  });

  it('leaves no colour of the theme (white aside) written in any stylesheet', () => {
    const { fills, ...colours }: ThemeInput = modelInput.theme;
    const byName: Record<string, string> = { ...colours, ...fills };
    const values = Object.values(byName);
    const themed = values.map((c) => c.toLowerCase()).filter((c) => c !== '#ffffff');
    const sheets = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css'))
      .map((f) => join('src', f));
    expect(sheets.length).toBeGreaterThan(5);
    const found = sheets.flatMap((file) => {
      const css = readFileSync(file, 'utf8').toLowerCase();
      return themed.filter((c) => css.includes(c)).map((c) => `${file}: ${c}`);
    });
    expect(found).toEqual([]);
  });

  it('leaves no colour at all written in the deck and map stylesheets', () => {
    for (const file of ['src/deck/deck.css', 'src/map/map.css']) {
      expect(readFileSync(file, 'utf8').match(/#[0-9a-f]{3,8}\b/gi), file).toBeNull();
    }
  });
});
