// @vitest-environment jsdom
import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeLazyNotes } from '../../../src/deck/makeLazyNotes.ts';

/** A deck that records key bindings, and a fake notes plugin that records its calls. */
function setUp(search = '', importFails = false) {
  window.history.replaceState(null, '', `/${search}`);
  const bindings = new Map<number, () => void>();
  const deck = {
    addKeyBinding: (binding: { keyCode: number }, callback: () => void) =>
      bindings.set(binding.keyCode, callback),
  } as unknown as RevealApi;
  const real = { id: 'notes' as const, init: vi.fn(), open: vi.fn() };
  const importNotes = vi.fn(() =>
    importFails ? Promise.reject(new Error('offline')) : Promise.resolve((): NotesPlugin => real),
  );
  let idle: (() => void) | undefined;
  const plugin = makeLazyNotes({ importNotes, whenIdle: (load) => (idle = load) });
  void plugin.init?.(deck);
  return { plugin, deck, real, importNotes, bindings, runIdle: () => idle?.() };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('makeLazyNotes', () => {
  it('loads nothing at start-up, and S loads the notes plugin and opens the speaker view', async () => {
    const { deck, real, importNotes, bindings } = setUp();
    expect(importNotes).not.toHaveBeenCalled();
    bindings.get(83)!();
    await settled();
    expect(importNotes).toHaveBeenCalledTimes(1);
    expect(real.init).toHaveBeenCalledWith(deck);
    expect(real.open).toHaveBeenCalledTimes(1);
  });

  it('preloads once the deck is idle, so S does not load it again', async () => {
    const { real, importNotes, bindings, runIdle } = setUp();
    runIdle();
    await settled();
    expect(real.init).toHaveBeenCalledTimes(1);
    expect(real.open).not.toHaveBeenCalled();
    bindings.get(83)!();
    await settled();
    expect(importNotes).toHaveBeenCalledTimes(1);
    expect(real.open).toHaveBeenCalledTimes(1);
  });

  it('reconnects a speaker view left open: its heartbeat loads the plugin', async () => {
    const { real } = setUp();
    window.dispatchEvent(
      new MessageEvent('message', {
        data: JSON.stringify({ namespace: 'reveal-notes', type: 'heartbeat' }),
      }),
    );
    await settled();
    expect(real.init).toHaveBeenCalledTimes(1);
  });

  it('with ?notes, starts the plugin at once (it opens the speaker view itself)', async () => {
    const { real, bindings } = setUp('?notes');
    await settled();
    expect(real.init).toHaveBeenCalledTimes(1);
    expect(bindings.has(83)).toBe(false);
  });

  it('does nothing inside the speaker view previews (?receiver)', async () => {
    const { importNotes, bindings, runIdle } = setUp('?receiver');
    runIdle();
    await settled();
    expect(bindings.size).toBe(0);
    expect(importNotes).not.toHaveBeenCalled();
  });

  it('warns when the plugin cannot load, and tries again on the next S', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { importNotes, bindings } = setUp('', true);
    bindings.get(83)!();
    await settled();
    expect(warn).toHaveBeenCalledWith(
      '[deck] The speaker view could not be loaded:',
      expect.any(Error),
    );
    bindings.get(83)!();
    await settled();
    expect(importNotes).toHaveBeenCalledTimes(2);
  });
});
