import { describe, expect, it } from 'vitest';
import { modelInput } from '../../../data/index.ts';
import type { ModelInput, ThemeInput } from '../../../data/types.ts';
import { validateModel } from '../../../data/validate.ts';
import { problemsOf } from '../../fixtures/problemsOf.ts';

function withTheme(edit: Partial<ThemeInput>): ModelInput {
  return { ...modelInput, theme: { ...modelInput.theme, ...edit } };
}

describe('the theme (data/theme.ts)', () => {
  it('passes as authored', () => {
    expect(validateModel(modelInput).theme).toEqual(modelInput.theme);
  });

  it('rejects a colour that is not #rrggbb', () => {
    expect(problemsOf(withTheme({ accent: 'blue' }))).toEqual([
      'At data/theme.ts theme.accent: expected a colour as "#rrggbb", got "blue". Write the colour in hex, such as "#0b3a66".',
    ]);
  });

  it('rejects text that does not reach 4.5:1 on its background', () => {
    expect(problemsOf(withTheme({ muted: '#8a9bb0' }))).toEqual([
      'At data/theme.ts theme.muted: expected a contrast of at least 4.5:1 on theme.background (#ffffff), got "2.8:1 for #8a9bb0". Darken or lighten theme.muted until text on theme.background reads.',
      'At data/theme.ts theme.muted: expected a contrast of at least 4.5:1 on theme.surface (#f2f6fa), got "2.6:1 for #8a9bb0". Darken or lighten theme.muted until text on theme.surface reads.',
    ]);
  });

  it('rejects map fills that merge for colour-blind viewers or after JPEG', () => {
    // A green beside the orange: apart for normal vision, one colour for deuteranopia.
    const fills = { ...modelInput.theme.fills, first: '#3a9a3a' };
    expect(problemsOf(withTheme({ fills }))).toEqual([
      'At data/theme.ts theme.onBrand: expected a contrast of at least 4.5:1 on theme.fills.first (#3a9a3a), got "3.6:1 for #ffffff". Darken or lighten theme.onBrand until text on theme.fills.first reads.',
      'At data/theme.ts theme.fills.second: expected a colour at least ΔE 35 from theme.fills.first (#3a9a3a) for protanopia, got "ΔE 28.3 for #e69f00". Move the two fills apart, in lightness first: hue alone merges for colour-blind viewers.',
      'At data/theme.ts theme.fills.second: expected a lightness at least 15 from theme.fills.first (#3a9a3a), which survives a screen share\'s JPEG, got "14.2 for #e69f00". Make one of the two fills lighter or darker.',
    ]);
  });
});
