import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../data/index.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('links to every speaker’s page, and to no one else’s', () => {
    const linked = [...readme.matchAll(/\(speaker\.html\?speaker=([a-z0-9-]+)\)/g)].map(
      (m) => m[1],
    );
    expect(linked).toEqual(loadModel().speakers.map((s) => s.id));
  });
});
