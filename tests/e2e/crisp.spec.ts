/**
 * Crisp text on every slide: no slide is rendered in a different mode from the others. A slide
 * that Chromium composites into a layer of its own (or that holds one) has its text rasterised
 * apart from the page and drawn through reveal's scale, which shows as softer text in a
 * 1280×720 share. This reads the compositor's layer tree over the DevTools protocol at each
 * slide and fragment step, once animations have finished, and names every layer painted from
 * inside a slide, with Chromium's reasons. Not a pixel diff: the mode is what differs.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Layer {
  readonly layerId: string;
  readonly backendNodeId?: number;
}

/** Follows the compositor's layer tree; `layers()` returns it as of the last frame. */
async function watchLayers(
  page: Page,
): Promise<{ layers: () => Promise<Layer[]>; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  let current: Layer[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (event: { layers?: Layer[] }) => {
    if (event.layers) current = event.layers;
  });
  await cdp.send('DOM.getDocument', { depth: -1 });
  await cdp.send('LayerTree.enable');
  return {
    cdp,
    layers: async () => {
      // Two frames, so that the tree reflects the slide now on screen.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      return current;
    },
  };
}

/** The layers painted from inside a slide's section, as "slide: element [reasons]". */
async function layersInSlides(cdp: CDPSession, layers: readonly Layer[]): Promise<string[]> {
  const found: string[] = [];
  for (const layer of layers) {
    if (!layer.backendNodeId) continue;
    const resolved = await cdp
      .send('DOM.resolveNode', { backendNodeId: layer.backendNodeId })
      .catch(() => null);
    const objectId = resolved?.object.objectId;
    if (!objectId) continue;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const el = this.nodeType === 1 ? this : this.parentElement;
        const slide = el && el.closest('.slides section');
        return slide ? slide.id + ': ' + el.tagName.toLowerCase() + '.' + [...el.classList].join('.') : '';
      }`,
    });
    const where = String(result.value ?? '');
    if (!where) continue;
    const { compositingReasons } = await cdp.send('LayerTree.compositingReasons', {
      layerId: layer.layerId,
    });
    found.push(`${where} [${compositingReasons.join('; ')}]`);
  }
  return found;
}

test('every slide renders in the same mode: nothing in a slide is composited apart', async ({
  deck,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await deck.open();
  const { cdp, layers } = await watchLayers(page);
  const problems: string[] = [];
  for (const id of await deck.slideIds()) {
    await deck.goTo(id);
    const steps = await deck.present.locator('.fragment').count();
    for (let step = 0; step <= steps; step++) {
      if (step > 0) {
        await page.keyboard.press('ArrowRight');
        await expect(deck.present.locator('.fragment.visible')).toHaveCount(step);
      }
      // A running animation is composited while it runs: look once everything has settled.
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
      const where = step > 0 ? `${id} (step ${step})` : id;
      problems.push(...(await layersInSlides(cdp, await layers())).map((l) => `${where}: ${l}`));
    }
  }
  expect(problems).toEqual([]);
});
