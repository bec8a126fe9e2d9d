import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidatedModel } from '../../../data/types.ts';
import { inlineLogos } from '../../../src/build/slidesPlugin.ts';
import { fixtureModel } from '../../fixtures/model.ts';

const publicDir = mkdtempSync(join(tmpdir(), 'deck-public-'));
mkdirSync(join(publicDir, 'logos'));
writeFileSync(join(publicDir, 'logos', 'fo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

function withLogo(logo: string): ValidatedModel {
  const [first, ...rest] = fixtureModel.event.organisers;
  return {
    ...fixtureModel,
    event: { ...fixtureModel.event, organisers: [{ ...first!, logo }, ...rest] },
  };
}

describe("the organisers' logo files", () => {
  it('are inlined as data: URLs, so the slides carry them wherever they go', () => {
    const logo = inlineLogos(withLogo('logos/fo.svg'), publicDir).event.organisers[0]!.logo;
    expect(logo).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('fail the build, naming the entry, when the file named in data is not in public/', () => {
    expect(() => inlineLogos(withLogo('logos/missing.svg'), publicDir)).toThrow(
      'At data/event.ts organisers[0].logo: expected an .svg or .png file in public/, got "logos/missing.svg". Put the file in public/ and name it here, or leave logo out.',
    );
  });

  it('fail the build for a file outside public/', () => {
    expect(() => inlineLogos(withLogo('../package.json'), publicDir)).toThrow(
      'At data/event.ts organisers[0].logo: expected an .svg or .png file in public/, got "../package.json". Put the file in public/ and name it here, or leave logo out.',
    );
  });
});
