import { loadModel } from '../../data/index.ts';
import { expect, test, type MapPage } from './fixtures.ts';

const model = loadModel();
const { states, lists } = model.statesParties;
const treatiesOf = (s: (typeof states)[number]): string =>
  s.memberships.map((m) => m.convention.id).join(' ');
const [first, second] = lists.map((l) => l.convention.id) as [string, string];
const only = (id: string) => states.filter((s) => treatiesOf(s) === id);
const both = states.filter((s) => s.memberships.length === 2);
const byName = (name: string) => states.find((s) => s.name === name)!;

// Colours from map.css, as the browser reports them.
const LAND = 'rgb(223, 228, 234)';
const FIRST = 'rgb(0, 114, 178)';
const SECOND = 'rgb(230, 159, 0)';
const HATCH = /url\("?#map-hatch-both"?\)/;

async function fill(map: MapPage, iso: string): Promise<string> {
  return map.state(iso).evaluate((el) => getComputedStyle(el).fill);
}

async function opacity(map: MapPage, iso: string): Promise<string> {
  return map.state(iso).evaluate((el) => getComputedStyle(el).opacity);
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
    const frame = (await map.root.locator('svg.map-svg').boundingBox())!;
    const outside = await map.parties().evaluateAll(
      (els, f) =>
        els.flatMap((el) => {
          const r = el.getBoundingClientRect();
          const inside =
            r.left >= f.x - 0.5 &&
            r.top >= f.y - 0.5 &&
            r.right <= f.x + f.width + 0.5 &&
            r.bottom <= f.y + f.height + 0.5;
          return inside ? [] : [el.getAttribute('data-iso')];
        }),
      frame,
    );
    expect(outside).toEqual([]);
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
    const global = lists[0]!;
    await expect(map.layout.locator('[data-testid="map.caption"]')).toContainText(
      `${global.parties.length} of the ${global.convention.statedParties} States Parties stated in August 2025 are shown; ${global.missing} could not be confirmed from public sources.`,
    );
  });

  test('fragments step through each convention, both, and the zoom; ← undoes each step', async ({
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

    await expect(map.layout).toHaveAttribute('data-map-state', '');
    expect([await fill(map, norway), await fill(map, china)]).toEqual([LAND, LAND]);
    await shot('0-start');

    await map.step('ArrowRight', first);
    expect(await fill(map, norway)).toBe(FIRST);
    expect(await fill(map, china)).toBe(LAND);
    expect(await fill(map, japan)).toMatch(HATCH);
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
    await map.step('ArrowLeft', '');
    expect(await fill(map, norway)).toBe(LAND);
    await expect(map.deck.present).toHaveId('map');
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

  test('the keyboard moves between States in alphabetical order without changing slide', async ({
    map,
    page,
  }) => {
    await map.open();
    const names = states.map((s) => s.name);
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.closest('[data-iso]')?.getAttribute('data-iso'));
    const isoOf = (name: string) => byName(name).isoNumeric;

    // Tab reaches the map's one tab stop: the first State in alphabetical order.
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(isoOf(names[0]!));
    await expect(map.tooltip).toBeVisible();
    await expect(map.tooltip).toContainText(names[0]!);
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(isoOf(names[1]!));
    await page.keyboard.press('ArrowRight');
    expect(await focusedName()).toBe(isoOf(names[2]!));
    await expect(map.tooltip).toContainText(names[2]!);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName()).toBe(isoOf(names[0]!));
    await expect(map.deck.present).toHaveId('map');
    await expect(map.layout).toHaveAttribute('data-map-state', '');

    await page.keyboard.press('Escape');
    await expect(map.tooltip).toBeHidden();
    await expect(page.locator('.reveal.overview')).toHaveCount(0);

    await page.keyboard.press('End');
    expect(await focusedName()).toBe(isoOf(names.at(-1)!));
    await expect(map.tooltip).toContainText(names.at(-1)!);
    // Past the last State, Tab leaves the map.
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBeFalsy();
    await expect(map.tooltip).toBeHidden();
  });

  test("a presenter's clicker still changes slide while a State has focus", async ({
    map,
    page,
  }, testInfo) => {
    await map.open();
    await map.step('ArrowRight', first);
    await map.state(byName('Japan').isoNumeric).focus();
    await expect(map.tooltip).toContainText('Japan');
    await expect(map.root.locator('.map-highlight')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('map-focus-1280x720.png') });
    await page.keyboard.press('PageDown');
    await expect(map.deck.present).toHaveId('map');
    await expect(map.layout).toHaveAttribute('data-map-state', `${first} ${second}`);
    await page.keyboard.press('Escape');
    await expect(map.tooltip).toBeHidden();
    for (const step of [`${first} ${second} both`, `${first} ${second} zoomed`]) {
      await page.keyboard.press('PageDown');
      await expect(map.layout).toHaveAttribute('data-map-state', step);
    }
    await page.keyboard.press('PageDown');
    await expect(map.deck.present).toHaveId('map-table');
    // Off the slide, the map lets go of focus, so the arrow keys move slides again.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-iso]'))).toBeNull();
    await page.keyboard.press('ArrowLeft');
    await expect(map.deck.present).toHaveId('map');
  });

  test('is drawn in the PDF print view, one copy per step', async ({ page }, testInfo) => {
    await page.goto('./?print-pdf#/map');
    await expect(page.locator('.pdf-page').first()).toBeAttached();
    const copies = page.locator('.pdf-page section#map');
    await expect(copies).toHaveCount(5);
    for (const copy of await copies.all()) {
      await expect(copy.locator('[data-testid="map"]')).toHaveAttribute('data-state', 'ready');
      await expect(copy.locator('[data-iso]:not([data-treaties=""])')).toHaveCount(states.length);
    }
    const layouts = page.locator('.pdf-page section#map [data-testid="map.layout"]');
    expect(
      await layouts.evaluateAll((els) => els.map((e) => e.getAttribute('data-map-state'))),
    ).toEqual([
      '',
      first,
      `${first} ${second}`,
      `${first} ${second} both`,
      `${first} ${second} zoomed`,
    ]);
    const china = byName('China').isoNumeric;
    const chinaFill = await copies
      .nth(2)
      .locator(`[data-iso="${china}"]`)
      .evaluate((el) => getComputedStyle(el).fill);
    expect(chinaFill).toBe(SECOND);
    const pages = page.locator('.pdf-page').filter({ has: page.locator('section#map') });
    await pages.nth(4).screenshot({ path: testInfo.outputPath('map-print-zoomed.png') });
  });

  test('is drawn in the scroll view', async ({ map, page }, testInfo) => {
    await page.goto('./?view=scroll&transition=none#/map');
    await map.deck.ready();
    await map.drawn();
    await expect(map.parties()).toHaveCount(states.length);
    await map.step('ArrowRight', first);
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
    await map.deck.open({ slide: 'overview' });
    await map.drawn();
    expect(mapAssets()).toHaveLength(2);
  });

  test('at 1920×1080, zoomed to the focus region', async ({ map, page }, testInfo) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await map.open();
    for (const step of [first, `${first} ${second}`, `${first} ${second} both`]) {
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
  test('has one row per State Party and sorts by name, convention and date', async ({
    map,
    deck,
    page,
  }, testInfo) => {
    await deck.open({ slide: 'map-table' });
    const rows = map.table.locator('tbody tr');
    await expect(rows).toHaveCount(states.length);
    expect(await map.tableNames()).toEqual(states.map((s) => s.name));
    const header = (i: number) => map.table.locator('thead th').nth(i);
    await expect(header(0)).toHaveAttribute('aria-sort', 'ascending');
    await page.screenshot({ path: testInfo.outputPath('map-table-1280x720.png') });

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
    await expect(deck.present).toHaveId('map-table');

    // By convention: the first convention only, then both, then the second only.
    await header(1).getByRole('button').press('Space');
    await expect(header(1)).toHaveAttribute('aria-sort', 'ascending');
    expect(await map.tableNames()).toEqual(
      [...only(first), ...both, ...only(second)].map((s) => s.name),
    );
    await expect(deck.present).toHaveId('map-table');
  });

  test('scrolls inside the slide from the keyboard, and a clicker still moves on', async ({
    map,
    deck,
    page,
  }) => {
    await deck.open({ slide: 'map-table' });
    const region = page.getByRole('region', { name: 'States Parties table' });
    const lastRow = map.table.locator('tbody tr').last();
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(lastRow).not.toBeInViewport();
    await region.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('End');
    await expect(lastRow).toBeInViewport();
    await expect(deck.present).toHaveId('map-table');
    await page.keyboard.press('Home');
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('PageDown');
    await expect(deck.present).not.toHaveId('map-table');
  });

  test('is in the same place when the deck opens on it as when it jumps there', async ({
    map,
    deck,
  }) => {
    // The table is filled late (when its slide comes near, or when the deck is first idle);
    // reveal.js centres a slide by its height, so a late table must not leave it misplaced.
    const heading = deck.present.getByRole('heading').first();
    await deck.open();
    await deck.goTo('map-table');
    await expect(map.table.locator('tbody tr')).toHaveCount(states.length);
    const placed = await heading.boundingBox();
    await deck.open({ slide: 'map-table' });
    await expect(map.table.locator('tbody tr')).toHaveCount(states.length);
    expect(await heading.boundingBox()).toEqual(placed);
  });

  test('is compact in the handout (every row on the page) and legible in the scroll view, where it scrolls', async ({
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
    await printed.screenshot({ path: testInfo.outputPath('map-table-print.png') });

    await page.goto('./?view=scroll&transition=none#/map-table');
    await expect(page.locator('html[data-deck-ready="1"]')).toHaveCount(1);
    // Read on screen, the scroll view keeps the deck's legible table in its scroll region.
    const region = page.getByRole('region', { name: 'States Parties table' });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(0);
    const rowPx = await region
      .locator('tbody th')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(rowPx).toBeGreaterThanOrEqual(19);
    await page.screenshot({ path: testInfo.outputPath('map-table-scroll-1280x720.png') });
  });
});
