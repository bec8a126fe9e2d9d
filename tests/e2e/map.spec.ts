import { differenceEuclidean, parse, type Color } from 'culori';
import { loadModel } from '../../data/index.ts';
import { formatSourceLine } from '../../src/map/renderMapSlides.ts';
import type { Locator } from '@playwright/test';
import { expect, test, type MapPage } from './fixtures.ts';

const model = loadModel();
const { states, lists } = model.statesParties;
const treatiesOf = (s: (typeof states)[number]): string =>
  s.memberships.map((m) => m.convention.id).join(' ');
const [first, second] = lists.map((l) => l.convention.id) as [string, string];
const only = (id: string) => states.filter((s) => treatiesOf(s) === id);
const both = states.filter((s) => s.memberships.length === 2);
const byName = (name: string) => states.find((s) => s.name === name)!;

/** A theme colour (data/theme.ts, "#rrggbb") as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

// The map's fills, from the theme, as the browser reports them.
const LAND = rgb(model.theme.fills.land);
const FIRST = rgb(model.theme.fills.first);
const SECOND = rgb(model.theme.fills.second);
// Solid, like the others: stripes blended into a colour the legend did not have.
const BOTH = rgb(model.theme.fills.both);

async function fill(map: MapPage, iso: string): Promise<string> {
  return map.state(iso).evaluate((el) => getComputedStyle(el).fill);
}

async function opacity(map: MapPage, iso: string): Promise<string> {
  return map.state(iso).evaluate((el) => getComputedStyle(el).opacity);
}

/** ISO codes of the elements that `locator` finds whose boxes reach outside the map's frame. */
async function outsideTheMap(map: MapPage, locator: Locator): Promise<string[]> {
  const frame = (await map.root.locator('svg.map-svg').boundingBox())!;
  return locator.evaluateAll(
    (els, f) =>
      els.flatMap((el) => {
        const r = el.getBoundingClientRect();
        const inside =
          r.left >= f.x - 0.5 &&
          r.top >= f.y - 0.5 &&
          r.right <= f.x + f.width + 0.5 &&
          r.bottom <= f.y + f.height + 0.5;
        return inside ? [] : [el.getAttribute('data-iso') ?? ''];
      }),
    frame,
  );
}

test.describe('the States Parties map', () => {
  test('draws every State Party once, as a shape or a marker, with its treaties', async ({
    map,
  }) => {
    await map.open();
    await expect(map.parties()).toHaveCount(states.length);
    for (const state of states) {
      await expect(map.state(state.isoNumeric)).toHaveCount(1);
      await expect(map.state(state.isoNumeric)).toHaveAttribute('data-treaties', treatiesOf(state));
    }
    await expect(map.parties(first)).toHaveCount(only(first).length);
    await expect(map.parties(second)).toHaveCount(only(second).length);
    await expect(map.parties(`${first} ${second}`)).toHaveCount(both.length);
    const markers = map.root.locator('circle.map-marker[data-iso]');
    await expect(markers).toHaveCount(states.filter((s) => s.point).length);
    expect(await markers.evaluateAll((els) => els.map((e) => e.getAttribute('data-iso')))).toEqual([
      '020',
      '132',
      '336',
    ]);
    expect(await map.root.locator('[data-iso][data-treaties=""]').count()).toBeGreaterThan(100);
  });

  test('draws every State Party inside the map, islands off the edge of the land too', async ({
    map,
  }) => {
    await map.open();
    expect(await outsideTheMap(map, map.parties())).toEqual([]);
  });

  test('the legend counts each category and the caption says how many are shown', async ({
    map,
  }) => {
    await map.open();
    const legend = map.layout.locator('[data-testid="map.legend"]');
    await expect(legend.locator('.cat-0 .map-legend-count')).toHaveText(String(only(first).length));
    await expect(legend.locator('.cat-1 .map-legend-count')).toHaveText(
      String(only(second).length),
    );
    await expect(legend.locator('.cat-both .map-legend-count')).toHaveText(String(both.length));
    // One small source line on the projected slide; the full explanation is for the handout.
    await expect(map.layout.locator('[data-testid="map.caption"]')).toHaveText(
      formatSourceLine(lists)!,
    );
    await expect(map.layout.locator('[data-testid="map.caption"]')).toContainText(
      `${lists[0]!.parties.length} of ${lists[0]!.convention.statedParties} Parties shown`,
    );
    await expect(map.layout.locator('[data-testid="map.full-caption"]')).toBeHidden();
    // Each category is named by a tag as well as a colour.
    await expect(legend.locator('.map-swatch')).toHaveText(['G', 'T', 'G+T']);
  });

  test('names the small States of the region, with their tags, in the world and zoomed views', async ({
    map,
  }) => {
    await map.open();
    const names = ['Japan', 'Rep. of Korea', 'New Zealand', 'Mongolia', 'Armenia', 'Fiji'];
    const labels = (view: string) =>
      map.root.locator(`.map-labels-${view} [data-testid="map.label"]`);
    await map.step('ArrowRight', `${first} ${second}`);
    await expect(labels('world')).toHaveText(names.map((n) => new RegExp(`^${n}`)));
    const frame = (await map.root.locator('svg.map-svg').boundingBox())!;
    const inside = async (view: string): Promise<void> => {
      for (const label of await labels(view).all()) {
        await expect(label).toHaveCSS('visibility', 'visible');
        const box = (await label.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(frame.x);
        expect(box.y).toBeGreaterThanOrEqual(frame.y);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
        expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
      }
    };
    await inside('world');
    await expect(labels('world').filter({ hasText: 'Japan' })).toContainText('G+T');
    await expect(labels('world').filter({ hasText: 'Fiji' })).toContainText('T');
    await map.step('ArrowRight', `${first} ${second} both`);
    await map.step('ArrowRight', `${first} ${second} zoomed`);
    await expect(map.root.locator('.map-labels-world')).toBeHidden();
    await expect(map.root.locator('.map-labels-zoomed')).toBeVisible();
    // Zoomed, only the States of the region are named: Armenia lies outside it.
    await expect(labels('zoomed').filter({ visible: true })).toHaveText(
      names.filter((n) => n !== 'Armenia').map((n) => new RegExp(`^${n}`)),
    );
  });

  test('zoomed to the region, a margin is left around every State and name of the region, and no more', async ({
    map,
  }) => {
    await map.open();
    for (const step of [`${first} ${second}`, `${first} ${second} both`]) {
      await map.step('ArrowRight', step);
    }
    await map.step('ArrowRight', `${first} ${second} zoomed`);
    await expect(map.root.locator('.map-zoom')).not.toHaveCSS('transform', 'none');
    const frame = (await map.root.locator('svg.map-svg').boundingBox())!;
    // 20 user units of the 960-unit drawing (mountMap.ts), in screen pixels.
    const margin = (20 * frame.width) / 960;
    const region = map.root.locator(
      '.map-party.in-focus, .map-country.in-focus, .map-labels-zoomed .map-label.in-focus text',
    );
    expect(await region.count()).toBeGreaterThan(20);
    const gaps = await region.evaluateAll(
      (els, f) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          const name = el.closest('[data-label-iso]')?.textContent ?? el.getAttribute('data-iso');
          return {
            name,
            gaps: [r.left - f.x, r.top - f.y, f.x + f.width - r.right, f.y + f.height - r.bottom],
          };
        }),
      frame,
    );
    const tooClose = gaps.filter(({ gaps }) => gaps.some((g) => g < margin - 1.5));
    expect(tooClose).toEqual([]);
    // As close as the margin allows: the region's extremes meet it, above and below or at
    // either side (equal room), so the region is as large as the frame lets it be.
    const least = [0, 1, 2, 3].map((side) => Math.min(...gaps.map((g) => g.gaps[side]!)));
    const [left, top, right, bottom] = least as [number, number, number, number];
    const tight = (a: number, b: number) => Math.abs(a - b) < 4 && Math.min(a, b) < margin + 8;
    expect(tight(top, bottom) || tight(left, right), least.join(', ')).toBe(true);
    const k = await map.root.evaluate((el) =>
      Number(getComputedStyle(el.closest('.map-layout')!).getPropertyValue('--map-focus-k')),
    );
    expect(k).toBeGreaterThan(1.4);
  });

  test('after a Zoom share (960×540, JPEG quality 40) each fill still reads as its legend colour', async ({
    map,
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await map.open();
    await map.step('ArrowRight', `${first} ${second}`);
    // A large State of each category, and one party to neither, sampled at its box's centre.
    const samples = [
      ['first', byName('South Africa').isoNumeric],
      ['second', byName('China').isoNumeric],
      ['both', byName('Australia').isoNumeric],
      ['land', '076'], // Brazil, party to neither
    ] as const;
    const points = await Promise.all(
      samples.map(async ([, iso]) => {
        const box = (await map.root.locator(`[data-iso="${iso}"]`).first().boundingBox())!;
        return [(box.x + box.width / 2) / 2, (box.y + box.height / 2) / 2] as const;
      }),
    );
    const png = (await page.screenshot()).toString('base64');
    // Shrunk and compressed in the page's own canvas, as tools/zoom-view.mjs does.
    const seen = await page.evaluate(
      async ({ png, points }) => {
        const canvas = document.createElement('canvas');
        canvas.width = 960;
        canvas.height = 540;
        const ctx = canvas.getContext('2d')!;
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        ctx.drawImage(img, 0, 0, 960, 540);
        const jpeg = new Image();
        jpeg.src = canvas.toDataURL('image/jpeg', 0.4);
        await jpeg.decode();
        ctx.drawImage(jpeg, 0, 0);
        return points.map(([x, y]) => {
          const d = ctx.getImageData(Math.round(x) - 2, Math.round(y) - 2, 5, 5).data;
          const mean = (c: number): number => {
            let sum = 0;
            for (let i = c; i < d.length; i += 4) sum += d[i]!;
            return sum / 25 / 255;
          };
          return [mean(0), mean(1), mean(2)];
        });
      },
      { png, points },
    );
    const deltaE = differenceEuclidean('lab65');
    const colours: Color[] = seen.map(([r, g, b]) => ({ mode: 'rgb', r: r!, g: g!, b: b! }));
    samples.forEach(([key], i) => {
      // Close to the legend's colour: not a new colour (the stripes' olive) the legend lacks.
      expect(deltaE(colours[i]!, parse(model.theme.fills[key])!), key).toBeLessThan(10);
      for (let j = i + 1; j < samples.length; j++) {
        expect(deltaE(colours[i]!, colours[j]!), `${key} vs ${samples[j]![0]}`).toBeGreaterThan(30);
      }
    });
  });

  test('opens on the first convention; fragments step through the second, both, and the zoom; ← undoes each step', async ({
    map,
    page,
  }, testInfo) => {
    await map.open();
    const norway = byName('Norway').isoNumeric;
    const china = byName('China').isoNumeric;
    const japan = byName('Japan').isoNumeric;
    const zoom = map.root.locator('.map-zoom');
    const japanWidth = async (): Promise<number> =>
      (await map.state(japan).boundingBox())?.width ?? 0;
    const worldWidth = await japanWidth();
    const shot = (name: string) =>
      page.screenshot({ path: testInfo.outputPath(`map-${name}-1280x720.png`) });

    // The first step is something to see, not an empty world: the first convention's Parties,
    // its legend line and its step named as the one on screen.
    await expect(map.layout).toHaveAttribute('data-map-state', first);
    expect(await fill(map, norway)).toBe(FIRST);
    expect(await fill(map, china)).toBe(LAND);
    expect(await fill(map, japan)).toBe(BOTH);
    const steps = map.layout.locator('[data-testid="map.steps"] li');
    await expect(steps.first()).toHaveCSS('font-weight', '600');
    await expect(steps.first()).toBeVisible();
    await expect(map.layout.locator('.map-legend-item.cat-0 .map-swatch')).toHaveCSS(
      'opacity',
      '1',
    );
    await shot('1-first');

    await map.step('ArrowRight', `${first} ${second}`);
    expect(await fill(map, china)).toBe(SECOND);
    expect(await fill(map, norway)).toBe(FIRST);
    await shot('2-second');

    await map.step('ArrowRight', `${first} ${second} both`);
    expect(await opacity(map, norway)).toBe('0.25');
    expect(await opacity(map, japan)).toBe('1');
    await shot('3-both');

    await map.step('ArrowRight', `${first} ${second} zoomed`);
    await expect(zoom).not.toHaveCSS('transform', 'none');
    expect(await japanWidth()).toBeGreaterThan(worldWidth * 1.15);
    // Outside the focus region, States step back; inside, they stay.
    expect(await opacity(map, norway)).toBe('0.3');
    expect(await opacity(map, byName('Russian Federation').isoNumeric)).toBe('0.3');
    expect(await opacity(map, byName('Fiji').isoNumeric)).toBe('1');
    expect(await opacity(map, japan)).toBe('1');
    await shot('4-zoomed');

    await map.step('ArrowLeft', `${first} ${second} both`);
    await expect(zoom).toHaveCSS('transform', 'none');
    expect(await opacity(map, japan)).toBe('1');
    expect(await opacity(map, norway)).toBe('0.25');
    await map.step('ArrowLeft', `${first} ${second}`);
    expect(await opacity(map, norway)).toBe('1');
    await map.step('ArrowLeft', first);
    expect(await fill(map, china)).toBe(LAND);
    await expect(steps.first()).toHaveCSS('font-weight', '600');
    await page.keyboard.press('ArrowLeft');
    await expect(map.deck.present).toHaveId('why-conventions');
  });

  test('pointing at a State shows its conventions and dates', async ({ map, page }) => {
    await map.open();
    await map.state(byName('Australia').isoNumeric).hover();
    await expect(map.tooltip).toBeVisible();
    await expect(map.tooltip).toContainText('Australia');
    await expect(map.tooltip).toContainText('Tokyo Convention');
    await expect(map.tooltip).toContainText('Deposited 17 Jul 2014 (ratification)');
    await page.mouse.move(5, 5);
    await expect(map.tooltip).toBeHidden();
    await map.state('336').hover();
    await expect(map.tooltip).toContainText('Holy See');
  });

  test('the tooltip is as legible as the slide and stays on the map, even at its edges', async ({
    map,
    page,
  }) => {
    await map.open();
    const mapBox = (await map.root.boundingBox())!;
    // Reveal scales the 1280-px slide: 28 px at 1080p is 18.7 px at this window's 720.
    const scale = mapBox.width / (await map.root.evaluate((el: HTMLElement) => el.offsetWidth));
    await map.layout.getByTestId('map.explore').click();
    for (const name of ['Cabo Verde', 'New Zealand', 'Norway', 'Holy See']) {
      await map.state(byName(name).isoNumeric).focus();
      await expect(map.tooltip).toContainText(name);
      const size = await map.tooltip.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size * scale).toBeGreaterThanOrEqual((28 * 720) / 1080);
      const tip = (await map.tooltip.boundingBox())!;
      expect(tip.x).toBeGreaterThanOrEqual(mapBox.x - 1);
      expect(tip.y).toBeGreaterThanOrEqual(mapBox.y - 1);
      expect(tip.x + tip.width).toBeLessThanOrEqual(mapBox.x + mapBox.width + 1);
      expect(tip.y + tip.height).toBeLessThanOrEqual(mapBox.y + mapBox.height + 1);
    }
    await page.keyboard.press('Escape');
    await expect(map.tooltip).toBeHidden();
  });

  test('after a click on a State, the deck keys still drive the deck, and each step or slide change closes its tooltip at once', async ({
    map,
    page,
  }) => {
    await map.open();
    const australia = map.root.locator(`.map-party[data-iso="${byName('Australia').isoNumeric}"]`);
    await australia.click();
    await expect(map.tooltip).toContainText('Australia');
    await expect(map.root).not.toHaveAttribute('data-exploring', 'on');
    // The pointer stays where it is: no mouse move takes the tooltip away, the step does.
    for (const [key, step] of [
      ['PageDown', `${first} ${second}`],
      ['Space', `${first} ${second} both`],
      ['PageUp', `${first} ${second}`],
      ['ArrowLeft', first],
      ['ArrowRight', `${first} ${second}`],
    ] as const) {
      await australia.click();
      await expect(map.tooltip).toBeVisible();
      await expect(map.root.locator('.map-highlight')).toHaveCount(1);
      await page.keyboard.press(key);
      await expect(map.layout).toHaveAttribute('data-map-state', step);
      await expect(map.tooltip).toBeHidden();
      await expect(map.root.locator('.map-highlight')).toHaveCount(0);
    }
    await expect(map.deck.present).toHaveId('map');
    // Leaving the slide closes it too, and coming back finds it closed.
    await australia.click();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect(map.deck.present).toHaveId('why-conventions');
    await expect(map.tooltip).toBeHidden();
    await page.keyboard.press('PageDown');
    await expect(map.deck.present).toHaveId('map');
    await expect(map.tooltip).toBeHidden();
  });

  test('explore mode is explicit and visible: the keys move between States until Escape', async ({
    map,
    page,
  }, testInfo) => {
    await map.open();
    const names = states.map((s) => s.name);
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.closest('[data-iso]')?.getAttribute('data-iso'));
    const isoOf = (name: string) => byName(name).isoNumeric;
    const explore = map.layout.getByTestId('map.explore');
    const hint = map.root.getByTestId('map.explore-hint');

    // No State is a tab stop until the mode is on: Tab reaches the button.
    await expect(hint).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(explore).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(map.root).toHaveAttribute('data-exploring', 'on');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('Esc');
    await expect(explore).toHaveAttribute('aria-pressed', 'true');
    expect(await focusedName()).toBe(isoOf(names[0]!));
    await expect(map.tooltip).toContainText(names[0]!);
    await page.screenshot({ path: testInfo.outputPath('map-explore-1280x720.png') });
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(isoOf(names[1]!));
    await page.keyboard.press('ArrowRight');
    expect(await focusedName()).toBe(isoOf(names[2]!));
    await expect(map.tooltip).toContainText(names[2]!);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName()).toBe(isoOf(names[0]!));
    await page.keyboard.press('End');
    expect(await focusedName()).toBe(isoOf(names.at(-1)!));
    await expect(map.deck.present).toHaveId('map');
    await expect(map.layout).toHaveAttribute('data-map-state', first);

    // Escape leaves the mode (not into reveal's overview), and → drives the deck again.
    await page.keyboard.press('Escape');
    await expect(map.root).toHaveAttribute('data-exploring', 'off');
    await expect(hint).toBeHidden();
    await expect(map.tooltip).toBeHidden();
    await expect(page.locator('.reveal.overview')).toHaveCount(0);
    expect(await focusedName()).toBeFalsy();
    await map.step('ArrowRight', `${first} ${second}`);
    await page.keyboard.press('Space');
    await expect(map.layout).toHaveAttribute('data-map-state', `${first} ${second} both`);
  });

  test("a presenter's clicker still changes slide in explore mode, and leaving ends it", async ({
    map,
    page,
  }) => {
    await map.open();
    await map.layout.getByTestId('map.explore').click();
    await expect(map.root).toHaveAttribute('data-exploring', 'on');
    await expect(map.root.locator('.map-highlight')).toHaveCount(1);
    await page.keyboard.press('PageDown');
    await expect(map.layout).toHaveAttribute('data-map-state', `${first} ${second}`);
    for (const step of [`${first} ${second} both`, `${first} ${second} zoomed`]) {
      await page.keyboard.press('PageDown');
      await expect(map.layout).toHaveAttribute('data-map-state', step);
    }
    await page.keyboard.press('PageDown');
    await expect(map.deck.present).toHaveId('map-table');
    await expect(map.root).toHaveAttribute('data-exploring', 'off');
    // Off the slide, the map lets go of focus, so the arrow keys move slides again.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-iso]'))).toBeNull();
    await page.keyboard.press('ArrowLeft');
    await expect(map.deck.present).toHaveId('map');
  });

  test('is drawn in the PDF print view, one copy per step', async ({ page }, testInfo) => {
    await page.goto('./?print-pdf#/map');
    await expect(page.locator('.pdf-page').first()).toBeAttached();
    const copies = page.locator('.pdf-page section#map');
    await expect(copies).toHaveCount(4);
    for (const copy of await copies.all()) {
      await expect(copy.locator('[data-testid="map"]')).toHaveAttribute('data-state', 'ready');
      await expect(copy.locator('[data-iso]:not([data-treaties=""])')).toHaveCount(states.length);
    }
    const layouts = page.locator('.pdf-page section#map [data-testid="map.layout"]');
    expect(
      await layouts.evaluateAll((els) => els.map((e) => e.getAttribute('data-map-state'))),
    ).toEqual([
      first,
      `${first} ${second}`,
      `${first} ${second} both`,
      `${first} ${second} zoomed`,
    ]);
    const china = byName('China').isoNumeric;
    const chinaFill = await copies
      .nth(1)
      .locator(`[data-iso="${china}"]`)
      .evaluate((el) => getComputedStyle(el).fill);
    expect(chinaFill).toBe(SECOND);
    const pages = page.locator('.pdf-page').filter({ has: page.locator('section#map') });
    await pages.nth(3).screenshot({ path: testInfo.outputPath('map-print-zoomed.png') });
  });

  test('is drawn in the scroll view', async ({ map, page }, testInfo) => {
    await page.goto('./?view=scroll&transition=none#/map');
    await map.deck.ready();
    await map.drawn();
    await expect(map.parties()).toHaveCount(states.length);
    await map.step('ArrowRight', `${first} ${second}`);
    await page.screenshot({ path: testInfo.outputPath('map-scroll-1280x720.png') });
  });

  test('loads its code and geometry only when the map slide comes near', async ({ map, page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await map.deck.open();
    await expect(map.deck.present).toHaveId('holding');
    const mapAssets = () => requests.filter((u) => /countries-110m|mountMap/.test(u));
    expect(mapAssets()).toEqual([]);
    // Two slides before the map: near enough to start loading it.
    await map.deck.open({ slide: 'conventions' });
    await map.drawn();
    expect(mapAssets()).toHaveLength(2);
  });

  test('at 1920×1080, zoomed to the focus region', async ({ map, page }, testInfo) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await map.open();
    for (const step of [`${first} ${second}`, `${first} ${second} both`]) {
      await map.step('ArrowRight', step);
    }
    await page.screenshot({ path: testInfo.outputPath('map-both-1920x1080.png') });
    await map.step('ArrowRight', `${first} ${second} zoomed`);
    await map.state(byName('Mongolia').isoNumeric).hover();
    await expect(map.tooltip).toContainText('Mongolia');
    await page.screenshot({ path: testInfo.outputPath('map-zoomed-1920x1080.png') });
  });
});

test.describe('the States Parties table', () => {
  test('on the slide, every State fits at once, grouped by convention, with no dates or notes', async ({
    map,
    deck,
    page,
  }, testInfo) => {
    await deck.open({ slide: 'map-table' });
    const overview = deck.present.getByTestId('map-table.overview');
    const names = overview.getByTestId('map-table.state');
    await expect(names).toHaveCount(states.length);
    const groups = overview.locator('.parties-group');
    await expect(groups.nth(0).getByTestId('map-table.state')).toHaveText(
      only(first).map((s) => s.name),
    );
    await expect(groups.nth(1).getByTestId('map-table.state')).toHaveText(
      only(second).map((s) => s.name),
    );
    await expect(groups.nth(2).getByTestId('map-table.state')).toHaveText(both.map((s) => s.name));
    for (const name of await names.all()) await expect(name).toBeInViewport({ ratio: 1 });
    const text = await deck.present.innerText();
    expect(text).not.toMatch(/Deposited|Sources|inferred|Exact date not found|—/);
    await expect(deck.present.getByTestId('map-table.caption')).toHaveText(
      formatSourceLine(lists)!,
    );
    await expect(map.table).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('map-table-1280x720.png') });
  });

  test('in the scroll view, the full table sorts by name, convention and date', async ({
    map,
    page,
  }) => {
    await page.goto('./?view=scroll&transition=none#/map-table');
    await expect(page.locator('html[data-deck-ready="1"]')).toHaveCount(1);
    const rows = map.table.locator('tbody tr');
    await expect(rows).toHaveCount(states.length);
    expect(await map.tableNames()).toEqual(states.map((s) => s.name));
    const header = (i: number) => map.table.locator('thead th').nth(i);
    await expect(header(0)).toHaveAttribute('aria-sort', 'ascending');

    await header(0).getByRole('button').click();
    await expect(header(0)).toHaveAttribute('aria-sort', 'descending');
    expect(await map.tableNames()).toEqual(states.map((s) => s.name).reverse());

    // By the first convention's deposit date: known dates first, earliest first.
    await header(2).getByRole('button').click();
    await expect(header(2)).toHaveAttribute('aria-sort', 'ascending');
    await expect(header(0)).not.toHaveAttribute('aria-sort', /.*/);
    const dated = lists[0]!.parties
      .filter((p) => p.deposit.date)
      .sort(
        (a, b) =>
          a.deposit.date!.toMillis() - b.deposit.date!.toMillis() || a.name.localeCompare(b.name),
      );
    const names = await map.tableNames();
    expect(names.slice(0, dated.length)).toEqual(dated.map((p) => p.name));
    await header(2).getByRole('button').press('Enter');
    await expect(header(2)).toHaveAttribute('aria-sort', 'descending');
    expect((await map.tableNames())[0]).toBe(dated.at(-1)!.name);

    // By convention: the first convention only, then both, then the second only.
    await header(1).getByRole('button').press('Space');
    await expect(header(1)).toHaveAttribute('aria-sort', 'ascending');
    expect(await map.tableNames()).toEqual(
      [...only(first), ...both, ...only(second)].map((s) => s.name),
    );
  });

  test('is compact in the handout (every row on the page), with the full explanation', async ({
    page,
  }, testInfo) => {
    await page.goto('./?print-pdf&pdfSeparateFragments=false#/map-table');
    await expect(page.locator('html[data-deck-ready="1"] .pdf-page').first()).toBeAttached();
    const printed = page.locator('.pdf-page').filter({ has: page.locator('section#map-table') });
    const rowsOutside = (container: string) =>
      page.locator('section#map-table').evaluate((section, sel) => {
        const box = section.closest(sel)!.getBoundingClientRect();
        const rows = [...section.querySelectorAll('tbody tr, .parties-table-compact-note')];
        return {
          rows: rows.length,
          outside: rows.flatMap((row) => {
            const r = row.getBoundingClientRect();
            return r.top < box.top || r.bottom > box.bottom ? [row.textContent.slice(0, 30)] : [];
          }),
        };
      }, container);
    expect(await rowsOutside('.pdf-page')).toEqual({ rows: states.length + 1, outside: [] });
    await expect(printed.locator('.parties-table-note').first()).toBeHidden();
    await expect(printed.locator('.parties-table-compact-note')).toBeVisible();
    await expect(printed.getByTestId('map-table.full-caption')).toBeVisible();
    await expect(printed.getByTestId('map-table.overview')).toBeHidden();
    await printed.screenshot({ path: testInfo.outputPath('map-table-print.png') });
  });
});
