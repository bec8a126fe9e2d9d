/**
 * Draws the States Parties map into its slide and starts its controller. The page imports
 * this module with `import()`, so d3, topojson and the geometry load only when the map slide
 * comes near (or before printing), never before the first slide.
 */
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import type { Model } from '../../data/types.ts';
import { h, svg } from '../lib/h.ts';
import { geoCentroid, geoPath, type GeoProjection } from 'd3';
import { buildMapExtent, buildMapLayers, type MapLayers } from './buildMapLayers.ts';
import { describeState } from './describeParty.ts';
import {
  isInRegion,
  makeFocusTransform,
  makeProjection,
  type Bounds,
  type FocusItem,
  type MapSize,
  type ZoomTransform,
} from './makeProjection.ts';
import { MapController } from './MapController.ts';
import { formatCategoryTag, partyCategory } from './renderMapSlides.ts';
import { LABEL_TAG_GAP, placeLabelText, renderMap, type MapLabel } from './renderMap.ts';

/** The drawing's size in SVG user units; map.css gives the slot the same aspect ratio. */
export const MAP_SIZE: MapSize = { width: 960, height: 540 };

/**
 * Room, in SVG user units, between the map's edge and the outermost point drawn: a marker's
 * radius when focused and half its ring (map.css: `--map-marker-r` + 2px, stroke 2.2). The
 * zoom keeps markers this size (map.css divides their radius by the zoom).
 */
const MARKER_ROOM = 9;

/**
 * Room, in SVG user units (about 0.9 slide px each), that the zoomed view leaves between its
 * frame and every State of the region and every name written there.
 */
const FOCUS_MARGIN = 20;

/** Half the white halo drawn around a name (map.css: `stroke-width: 4px`). */
const LABEL_HALO = 2;

/**
 * What the zoomed view must show whole: every country centred in the focus region (Parties
 * or not: they are all drawn at full strength there), each marker with its ring, and each
 * name written in the region, with the room its text takes beside its point.
 */
function focusItems(
  model: Model,
  layers: MapLayers,
  projection: GeoProjection,
  labels: readonly MapLabel[],
  labelRoom: ReadonlyMap<string, readonly [number, number, number, number]>,
): FocusItem[] {
  const { focus } = model.statesParties.view;
  const path = geoPath(projection);
  const features = [...layers.others, ...layers.shapes.map((s) => s.feature)];
  const shapes = features.flatMap((feature): FocusItem[] =>
    feature.geometry && isInRegion(focus, geoCentroid(feature.geometry))
      ? [{ box: path.bounds(feature) }]
      : [],
  );
  const point = (xy: readonly [number, number]): Bounds => [xy, xy];
  const markers = layers.markers.flatMap(({ point: lonLat }): FocusItem[] => {
    const xy = isInRegion(focus, lonLat) ? projection([lonLat[0], lonLat[1]]) : null;
    const room = [MARKER_ROOM, MARKER_ROOM, MARKER_ROOM, MARKER_ROOM] as const;
    return xy ? [{ box: point([xy[0], xy[1]]), room }] : [];
  });
  const names = labels.flatMap((label): FocusItem[] => {
    const room = labelRoom.get(label.iso);
    return label.inFocus && room ? [{ box: point(label.world), room }] : [];
  });
  return [...shapes, ...markers, ...names];
}

/**
 * The room each name takes around its point, [left, top, right, bottom] in SVG user units,
 * measured in the fonts map.css gives the names (read from a probe in the map's own root, so
 * the deck's font applies). A canvas measures text whether or not the slide is laid out,
 * which a hidden slide (or a printed copy not laid out yet) would not allow.
 */
async function measureLabels(
  root: HTMLElement,
  labels: readonly MapLabel[],
): Promise<Map<string, readonly [number, number, number, number]>> {
  const probeText = svg('text', {}, 'M', svg('tspan', { class: 'map-label-tag' }, 'M'));
  const probe = svg('svg', { 'aria-hidden': 'true' }, svg('g', { class: 'map-label' }, probeText));
  root.append(probe);
  const fontOf = (el: Element): { font: string; size: number } => {
    const style = getComputedStyle(el);
    return {
      font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
      size: parseFloat(style.fontSize) || 21,
    };
  };
  const name = fontOf(probeText);
  const tag = fontOf(probeText.firstElementChild ?? probeText);
  probe.remove();
  await Promise.all([document.fonts.load(name.font), document.fonts.load(tag.font)]).catch(
    () => undefined,
  );
  const context = document.createElement('canvas').getContext('2d');
  // The text is set on its middle line (dominant-baseline: middle); without a canvas, the
  // usual proportions of a sans-serif stand in.
  const measure = (text: string, font: { font: string; size: number }) => {
    if (!context)
      return { width: text.length * font.size * 0.6, up: font.size * 0.7, down: font.size * 0.7 };
    context.font = font.font;
    context.textBaseline = 'middle';
    const m = context.measureText(text);
    return { width: m.width, up: m.fontBoundingBoxAscent, down: m.fontBoundingBoxDescent };
  };
  const rooms = new Map<string, readonly [number, number, number, number]>();
  for (const label of labels) {
    const [dx, dy, anchor] = placeLabelText(label.side);
    const text = measure(label.text, name);
    const width = text.width + (label.tag ? LABEL_TAG_GAP + measure(label.tag, tag).width : 0);
    const left = anchor === 'start' ? dx : anchor === 'end' ? dx - width : dx - width / 2;
    const [top, bottom] = [dy - text.up, dy + text.down];
    rooms.set(label.iso, [
      Math.max(0, -left) + LABEL_HALO,
      Math.max(0, -top) + LABEL_HALO,
      Math.max(0, left + width) + LABEL_HALO,
      Math.max(0, bottom) + LABEL_HALO,
    ]);
  }
  return rooms;
}

/** The names the data asks for, placed in the world view (the zoomed view is placed later). */
function buildLabels(model: Model, layers: MapLayers, projection: GeoProjection): MapLabel[] {
  const { lists, states, view } = model.statesParties;
  const conventions = lists.slice(0, 2).map((l) => l.convention.id);
  return (view.labels ?? []).flatMap((label) => {
    const state = states.find((s) => s.isoNumeric === label.isoNumeric);
    const shape = layers.shapes.find((s) => s.state.isoNumeric === label.isoNumeric);
    const marker = layers.markers.find((m) => m.state.isoNumeric === label.isoNumeric);
    const lonLat = shape?.feature.geometry
      ? geoCentroid(shape.feature.geometry)
      : (marker?.point ?? null);
    const xy = lonLat ? projection([lonLat[0], lonLat[1]]) : null;
    if (!state || !xy || !lonLat) return [];
    const ids = state.memberships.map((m) => m.convention.id);
    return [
      {
        iso: state.isoNumeric,
        text: label.text ?? state.name,
        tag: formatCategoryTag(partyCategory(state, lists), lists),
        classes: conventions.flatMap((id, i) => (ids.includes(id) ? [`in-${i}`] : [])),
        side: label.side,
        inFocus: isInRegion(view.focus, [lonLat[0], lonLat[1]]),
        world: [xy[0], xy[1]],
        zoomed: [xy[0], xy[1]],
      },
    ];
  });
}

/** The labels with their places in the zoomed view. */
function placeZoomed(labels: readonly MapLabel[], focus: ZoomTransform): MapLabel[] {
  return labels.map((l) => ({
    ...l,
    zoomed: [focus.x + focus.k * l.world[0], focus.y + focus.k * l.world[1]],
  }));
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Fetches the world geometry bundled with the site (a hashed file beside the scripts). */
export async function loadAtlas(url: string = atlasUrl): Promise<Countries> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the map geometry did not load (HTTP ${response.status}).`);
  return (await response.json()) as Countries;
}

/**
 * A sentence that sums the map up for people who cannot see it. On screen it says how to
 * reach each State's dates; printed (the handout's alt text) there is nothing to focus, so it
 * points to the table instead.
 */
export function summarizeMap(
  model: Model,
  { printed = false }: { readonly printed?: boolean } = {},
): string {
  const { lists, states } = model.statesParties;
  const counts = lists.map((l) => `${l.parties.length} to the ${l.convention.shortName}`);
  const both = states.filter((s) => s.memberships.length > 1).length;
  const summary = `World map of the States Parties: ${counts.join(', ')}, ${both} of them to both.`;
  return printed
    ? `${summary} The table of States Parties lists them all, with their dates.`
    : `${summary} Each State Party can be focused for its dates, and the table of States Parties lists them all.`;
}

/**
 * Draws the map into the `[data-testid="map"]` element of `layout` and returns its
 * controller. When the geometry cannot load, it says so in the slide, kindly, and returns
 * `null`: the table slide still lists every Party.
 */
export async function mountMap(
  layout: HTMLElement,
  model: Model,
  { printed = false }: { readonly printed?: boolean } = {},
): Promise<MapController | null> {
  const root = layout.querySelector<HTMLElement>('[data-testid="map"]');
  if (!root) throw new Error('[map] the map layout has no [data-testid="map"] element.');
  let topology: Countries;
  try {
    topology = await loadAtlas();
  } catch (error) {
    console.warn('[map]', error);
    root.dataset.state = 'failed';
    root.replaceChildren(
      h(
        'p',
        { class: 'map-failed', role: 'status' },
        'The map could not be loaded. The table of States Parties lists every State Party.',
      ),
    );
    return null;
  }
  const { statesParties } = model;
  const conventions = statesParties.lists.slice(0, 2).map((l) => l.convention.id);
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const layers = buildMapLayers(countries.features, statesParties.states);
  if (layers.unplaced.length > 0) {
    console.warn(
      `[map] no shape or point for ${layers.unplaced.map((s) => s.name).join(', ')}; they are only in the table.`,
    );
  }
  const projection = makeProjection(
    statesParties.view,
    buildMapExtent(layers),
    MAP_SIZE,
    MARKER_ROOM,
  );
  const borders: MultiLineString = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const worldLabels = buildLabels(model, layers, projection);
  const focus = makeFocusTransform(
    focusItems(model, layers, projection, worldLabels, await measureLabels(root, worldLabels)),
    MAP_SIZE,
    FOCUS_MARGIN,
  );
  const svgRoot = renderMap(layers, {
    size: MAP_SIZE,
    projection,
    borders,
    conventions,
    summary: summarizeMap(model, { printed }),
    describe: describeState,
    focus: statesParties.view.focus,
    labels: placeZoomed(worldLabels, focus),
  });
  // map.css zooms with these (a CSS transform, so it animates and can be switched off).
  layout.style.setProperty(
    '--map-focus-transform',
    `translate(${focus.x}px, ${focus.y}px) scale(${focus.k})`,
  );
  layout.style.setProperty('--map-focus-k', String(focus.k));
  // Printed, the map is a picture: one image with its summary as alt text, which a tagged
  // PDF carries as the figure's /Alt (its States are in the table on the next page).
  if (printed) svgRoot.setAttribute('role', 'img');
  root.replaceChildren(
    svgRoot,
    h('div', { class: 'map-tooltip', 'aria-hidden': 'true', hidden: true }),
  );
  root.dataset.state = 'ready';
  const controller = new MapController(root, {
    states: new Map(statesParties.states.map((s) => [s.isoNumeric, s])),
    conventions,
    explore: layout.querySelector<HTMLButtonElement>('[data-testid="map.explore"]'),
  });
  controller.bind();
  return controller;
}
