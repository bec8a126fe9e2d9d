import type { ThemeInput } from './types.ts';

/**
 * The deck's colours, in one place. The build checks them (text contrast, and the three map
 * fills kept apart for colour-blind viewers and after a screen share's compression) and
 * writes them into every page as CSS custom properties (`--theme-brand`, `--theme-fill-both`…).
 */
export const theme = {
  // Headings and the brand band of the title, holding, segment and closing slides.
  brand: '#0b3a66',
  // Text set on the brand colour (and on the darker map fills).
  onBrand: '#ffffff',
  // Links, kickers and the active step: a lighter blue than the brand.
  accent: '#005ea2',
  text: '#1b2a3a',
  // Secondary text: captions, roles, footers.
  muted: '#44556a',
  background: '#ffffff',
  // Panels such as the speaker cards.
  surface: '#f2f6fa',
  // Hairlines between rows and around the footer.
  rule: '#c9d6e3',
  // The map's fills: States party to the first convention only, to the second only, to both,
  // and the land of States party to neither. Far apart in lightness as well as hue (mid blue,
  // light orange, dark plum), so that they stay three after JPEG and for colour-blind viewers.
  fills: {
    first: '#0072b2',
    second: '#e69f00',
    both: '#5a1e4a',
    land: '#dfe4ea',
  },
} as const satisfies ThemeInput;
