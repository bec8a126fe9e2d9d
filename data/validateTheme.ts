/**
 * Checks the deck's colours (`data/theme.ts`): text stays readable on its background, and the
 * map's fills stay apart for every viewer. Colour maths is culori's (WCAG contrast, CIELAB,
 * and the Machado 2009 colour-vision-deficiency simulations).
 */
import {
  differenceEuclidean,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  lab65,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import type { ThemeInput } from './types.ts';

/** Where the checks report problems; data/validate.ts's collector fits it. */
interface ThemeSink {
  expected(where: string, what: string, got: unknown, fix: string): void;
}

/** WCAG 2 AA for body text. */
export const MIN_TEXT_CONTRAST = 4.5;
/** CIE76 ΔE between any two map fills, for every vision simulated (round one's measure). */
export const MIN_FILL_DELTA_E = 35;
/** CIELAB lightness between any two map fills: lightness survives JPEG's colour subsampling. */
export const MIN_FILL_LIGHTNESS_GAP = 15;

type ThemeKey = Exclude<keyof ThemeInput, 'fills'>;
type FillKey = keyof ThemeInput['fills'];

/** Text colour, background colour: each pair the pages set text in. */
const TEXT_PAIRS: readonly (readonly [ThemeKey, ThemeKey | `fills.${FillKey}`])[] = [
  ['text', 'background'],
  ['muted', 'background'],
  ['accent', 'background'],
  ['brand', 'background'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['onBrand', 'brand'],
  // The legend's tags ("G", "T", "G+T") are set on the fills.
  ['onBrand', 'fills.first'],
  ['text', 'fills.second'],
  ['onBrand', 'fills.both'],
];

const VISIONS: readonly (readonly [string, (c: Color) => Color])[] = [
  ['normal vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];

const FILLS: readonly FillKey[] = ['first', 'second', 'both', 'land'];

function colourOf(theme: ThemeInput, key: string): string {
  return key.startsWith('fills.')
    ? theme.fills[key.slice('fills.'.length) as FillKey]
    : theme[key as ThemeKey];
}

const deltaE76 = differenceEuclidean('lab65');

/** One decimal, as the messages show measures. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Reports each pair of theme colours that breaks a rule: text contrast under 4.5:1, or two
 * map fills closer than ΔE 35 in any simulated vision, or closer than 15 in lightness.
 * Assumes every colour is a valid `#rrggbb` (the shape check has run).
 */
export function validateTheme(p: ThemeSink, theme: ThemeInput, file = 'data/theme.ts'): void {
  for (const [fg, bg] of TEXT_PAIRS) {
    const ratio = wcagContrast(colourOf(theme, fg), colourOf(theme, bg));
    if (ratio < MIN_TEXT_CONTRAST) {
      p.expected(
        `${file} theme.${fg}`,
        `a contrast of at least ${MIN_TEXT_CONTRAST}:1 on theme.${bg} (${colourOf(theme, bg)})`,
        `${round(ratio)}:1 for ${colourOf(theme, fg)}`,
        `Darken or lighten theme.${fg} until text on theme.${bg} reads.`,
      );
    }
  }
  FILLS.forEach((a, i) => {
    for (const b of FILLS.slice(i + 1)) {
      const ca = parse(theme.fills[a]);
      const cb = parse(theme.fills[b]);
      if (!ca || !cb) continue;
      for (const [vision, simulate] of VISIONS) {
        const delta = deltaE76(simulate(ca), simulate(cb));
        if (delta < MIN_FILL_DELTA_E) {
          p.expected(
            `${file} theme.fills.${b}`,
            `a colour at least ΔE ${MIN_FILL_DELTA_E} from theme.fills.${a} (${theme.fills[a]}) for ${vision}`,
            `ΔE ${round(delta)} for ${theme.fills[b]}`,
            'Move the two fills apart, in lightness first: hue alone merges for colour-blind viewers.',
          );
          break;
        }
      }
      const gap = Math.abs(lab65(ca).l - lab65(cb).l);
      if (gap < MIN_FILL_LIGHTNESS_GAP) {
        p.expected(
          `${file} theme.fills.${b}`,
          `a lightness at least ${MIN_FILL_LIGHTNESS_GAP} from theme.fills.${a} (${theme.fills[a]}), which survives a screen share's JPEG`,
          `${round(gap)} for ${theme.fills[b]}`,
          'Make one of the two fills lighter or darker.',
        );
      }
    }
  });
}
