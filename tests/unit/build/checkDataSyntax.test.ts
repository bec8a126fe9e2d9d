/** Syntax mistakes in data files read as plain words with the file and line. */
import { describe, expect, it } from 'vitest';
import { checkDataSyntax } from '../../../src/build/checkDataSyntax.ts';

const file = 'data/agenda.ts';
const wrap = (line: string): string =>
  `export const agenda = [\n  {\n    id: 'opening',\n${line}\n  },\n];\n`;

describe('checkDataSyntax', () => {
  it('passes a file that parses', () => {
    expect(checkDataSyntax(wrap("    title: 'Opening',"), file)).toBeNull();
  });

  it("explains an apostrophe inside '…'", () => {
    expect(checkDataSyntax(wrap("    title: 'The Convention's year',"), file)?.message).toBe(
      "data/agenda.ts:4: a ' inside '…' ends the text early: use \"…\" around the text, or the typographic ’ instead of '.",
    );
  });

  it('explains a missing comma', () => {
    expect(checkDataSyntax(wrap("    title: 'Opening'\n    label: 'Open',"), file)?.message).toBe(
      'data/agenda.ts:5: a comma is missing: put a "," after each entry and each field, such as "start: \'11:00\',".',
    );
  });

  it('explains a text that is not closed', () => {
    expect(checkDataSyntax(wrap("    title: 'Opening,"), file)?.message).toBe(
      'data/agenda.ts:4: a text is not closed: end it with the same quote it starts with, on the same line.',
    );
  });

  it('explains a bracket that is not closed', () => {
    expect(checkDataSyntax("export const agenda = [\n  { id: 'opening' },\n", file)?.message).toBe(
      "data/agenda.ts:3: a bracket is not closed: ']' is missing, here or on a line above.",
    );
  });
});
