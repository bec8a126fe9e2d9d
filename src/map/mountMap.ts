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
import { h } from '../lib/h.ts';
import { geoCentroid, geoPath, type GeoProjection } from 'd3';
import { buildMapExtent, buildMapLayers, type MapLayers } from './buildMapLayers.ts';
import { describeState } from './describeParty.ts';
import {
  isInRegion,
  makeFocusTransform,
  makeProjection,
  type Bounds,
  type MapSize,
  type ZoomTransform,
} from './makeProjection.ts';
import { MapController } from './MapController.ts';
import { formatCategoryTag, partyCategory } from './renderMapSlides.ts';
import { renderMap, type MapLabel } from './renderMap.ts';

/** The drawing's size in SVG user units; map.css gives the slot the same aspect ratio. */
export const MAP_SIZE: MapSize = { width: 960, height: 540 };

/**
 * Room, in SVG user units, between the map's edge and the outermost point drawn: a marker's
 * radius when focused and half its ring (map.css: `--map-marker-r` + 2px, stroke 2.2).
 */
const MARKER_ROOM = 9;

/**
 * The boxes of the Parties centred in the focus region (shapes, and markers with their room),
 * which the zoomed view must show whole.
 */
function focusBounds(model: Model, layers: MapLayers, projection: GeoProjection): Bounds[] {
  const { focus } = model.statesParties.view;
  const path = geoPath(projection);
  const shapes = layers.shapes.flatMap(({ feature }) =>
    feature.geometry && isInRegion(focus, geoCentroid(feature.geometry))
      ? [path.bounds(feature) as Bounds]
      : [],
  );
  const markers = layers.markers.flatMap(({ point }) => {
    const xy = isInRegion(focus, point) ? projection([point[0], point[1]]) : null;
    return xy
      ? [
          [
            [xy[0] - MARKER_ROOM, xy[1] - MARKER_ROOM],
            [xy[0] + MARKER_ROOM, xy[1] + MARKER_ROOM],
          ] as Bounds,
        ]
      : [];
  });
  return [...shapes, ...markers];
}

/** The names the data asks for, placed for the world view and for the zoomed one. */
function buildLabels(
  model: Model,
  layers: MapLayers,
  projection: GeoProjection,
  focus: ZoomTransform,
): MapLabel[] {
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
    if (!state || !xy) return [];
    const ids = state.memberships.map((m) => m.convention.id);
    return [
      {
        iso: state.isoNumeric,
        text: label.text ?? state.name,
        tag: formatCategoryTag(partyCategory(state, lists), lists),
        classes: conventions.flatMap((id, i) => (ids.includes(id) ? [`in-${i}`] : [])),
        side: label.side,
        world: [xy[0], xy[1]],
        zoomed: [focus.x + focus.k * xy[0], focus.y + focus.k * xy[1]],
      },
    ];
  });
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
  const focus = makeFocusTransform(
    projection,
    statesParties.view.focus,
    MAP_SIZE,
    0.04,
    focusBounds(model, layers, projection),
  );
  const svg = renderMap(layers, {
    size: MAP_SIZE,
    projection,
    borders,
    conventions,
    summary: summarizeMap(model, { printed }),
    describe: describeState,
    focus: statesParties.view.focus,
    labels: buildLabels(model, layers, projection, focus),
  });
  // map.css zooms with these (a CSS transform, so it animates and can be switched off).
  layout.style.setProperty(
    '--map-focus-transform',
    `translate(${focus.x}px, ${focus.y}px) scale(${focus.k})`,
  );
  layout.style.setProperty('--map-focus-k', String(focus.k));
  // Printed, the map is a picture: one image with its summary as alt text, which a tagged
  // PDF carries as the figure's /Alt (its States are in the table on the next page).
  if (printed) svg.setAttribute('role', 'img');
  root.replaceChildren(
    svg,
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
