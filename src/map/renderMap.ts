/**
 * Renders the States Parties map as one SVG element. Pure: layers in, SVG out. What each
 * Party looks like at each step is decided by CSS (src/map/map.css) from the classes set
 * here and by `applyMapState`, so that printed copies of the slide look right too. Fills are
 * solid: fine stripes blend into a colour of their own once a screen share compresses them.
 */
import { geoCentroid, geoPath, type GeoProjection } from 'd3';
import type { MultiLineString } from 'geojson';
import type { MapRegionInput, PartyState } from '../../data/types.ts';
import { svg } from '../lib/h.ts';
import { featureCode, type CountryFeature, type MapLayers } from './buildMapLayers.ts';
import { isInRegion, type MapSize } from './makeProjection.ts';

/** Options for `renderMap`. */
export interface RenderMapOptions {
  readonly size: MapSize;
  readonly projection: GeoProjection;
  /** Lines between neighbouring countries, drawn over the fills; `null` for none. */
  readonly borders: MultiLineString | null;
  /** Convention ids in order: a Party of the i-th convention gets the class `in-i`. */
  readonly conventions: readonly string[];
  /** A sentence that sums the map up, for people who cannot see it. */
  readonly summary: string;
  /** The accessible name of a Party: its name, conventions and dates. */
  readonly describe: (state: PartyState) => string;
  /** The region the zoom shows; shapes centred in it get the class `in-focus`. */
  readonly focus: MapRegionInput;
  /** Names written on the map, once for the world view and once for the zoomed view. */
  readonly labels: readonly MapLabel[];
}

/** A name written on the map beside a State, with its category's tag (not colour alone). */
export interface MapLabel {
  readonly iso: string;
  readonly text: string;
  /** The tag of the State's category ("G+T"), or "" for a State party to neither. */
  readonly tag: string;
  /** Convention indices the State is party to, as for shapes (`in-0`, `in-1`). */
  readonly classes: readonly string[];
  /** Where the name goes from its point. */
  readonly side: 'n' | 's' | 'e' | 'w';
  /** Whether the State lies in the zoom's region: only those are named in the zoomed view. */
  readonly inFocus: boolean;
  /** The point in the world view and in the zoomed view, in SVG user units. */
  readonly world: readonly [number, number];
  readonly zoomed: readonly [number, number];
}

/** Room between a labelled point and its text, in SVG user units. */
const LABEL_GAP = 7;

/** Where a name's text goes from its point: its offset and its `text-anchor`. */
export function placeLabelText(side: MapLabel['side']): readonly [number, number, LabelAnchor] {
  return {
    e: [LABEL_GAP, 0, 'start'],
    w: [-LABEL_GAP, 0, 'end'],
    n: [0, -LABEL_GAP - 4, 'middle'],
    s: [0, LABEL_GAP + 14, 'middle'],
  }[side] as [number, number, LabelAnchor];
}

/** An SVG `text-anchor`. */
export type LabelAnchor = 'start' | 'middle' | 'end';

/** Room between a tag and the name before it, in SVG user units. */
export const LABEL_TAG_GAP = 5;

function renderLabel(label: MapLabel, at: readonly [number, number]): SVGElement {
  const [dx, dy, anchor] = placeLabelText(label.side);
  return svg(
    'g',
    {
      class: ['map-label', ...label.classes, ...(label.inFocus ? ['in-focus'] : [])].join(' '),
      'data-label-iso': label.iso,
      'data-testid': 'map.label',
      transform: `translate(${at[0].toFixed(1)} ${at[1].toFixed(1)})`,
    },
    svg('circle', { class: 'map-label-dot', r: 2.5 }),
    svg(
      'text',
      { x: dx, y: dy, 'text-anchor': anchor, 'dominant-baseline': 'middle' },
      label.text,
      label.tag ? svg('tspan', { class: 'map-label-tag', dx: LABEL_TAG_GAP }, label.tag) : null,
    ),
  );
}

function focusClass(options: RenderMapOptions, point: readonly [number, number]): string[] {
  return isInRegion(options.focus, point) ? ['in-focus'] : [];
}

function centroidOf(feature: CountryFeature): [number, number] {
  return feature.geometry ? geoCentroid(feature.geometry) : [NaN, NaN];
}

function partyAttrs(
  state: PartyState,
  index: number,
  options: RenderMapOptions,
  kind: 'shape' | 'marker',
  point: readonly [number, number],
): Record<string, string | number> {
  const ids = state.memberships.map((m) => m.convention.id);
  const classes = options.conventions.flatMap((id, i) => (ids.includes(id) ? [`in-${i}`] : []));
  return {
    class: ['map-party', `map-${kind}`, ...classes, ...focusClass(options, point)].join(' '),
    'data-iso': state.isoNumeric,
    'data-treaties': ids.join(' '),
    'data-order': index,
    'data-testid': 'map.country',
    role: 'listitem',
    'aria-label': options.describe(state),
  };
}

/** Renders the map: other countries, Parties' shapes, borders, and markers for small States. */
export function renderMap(layers: MapLayers, options: RenderMapOptions): SVGSVGElement {
  const { width, height } = options.size;
  const path = geoPath(options.projection);
  const order = new Map(layers.order.map((code, i) => [code, i]));
  const indexOf = (state: PartyState): number => order.get(state.isoNumeric) ?? 0;
  const others = layers.others.map((feature) => {
    const code = featureCode(feature);
    return svg('path', {
      class: ['map-country', ...focusClass(options, centroidOf(feature))].join(' '),
      d: path(feature) ?? '',
      'data-iso': code ?? undefined,
      'data-treaties': code === null ? undefined : '',
    });
  });
  const shapes = layers.shapes.map(({ state, feature }) =>
    svg('path', {
      ...partyAttrs(state, indexOf(state), options, 'shape', centroidOf(feature)),
      d: path(feature) ?? '',
    }),
  );
  const markers = layers.markers.flatMap(({ state, point }) => {
    const xy = options.projection([point[0], point[1]]);
    if (!xy) return [];
    return [
      svg('circle', {
        ...partyAttrs(state, indexOf(state), options, 'marker', point),
        cx: xy[0],
        cy: xy[1],
      }),
    ];
  });
  const root = svg(
    'svg',
    {
      class: 'map-svg',
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': options.summary,
    },
    svg(
      'g',
      { class: 'map-zoom' },
      svg('g', { class: 'map-others', 'aria-hidden': 'true' }, others),
      svg('g', { class: 'map-shapes', role: 'list', 'aria-label': 'States Parties' }, shapes),
      options.borders
        ? svg('path', {
            class: 'map-borders',
            d: path(options.borders) ?? '',
            'aria-hidden': 'true',
          })
        : null,
      svg(
        'g',
        { class: 'map-markers', role: 'list', 'aria-label': 'Small States Parties, shown as dots' },
        markers,
      ),
    ),
    // Outside the zoom, so that the names keep their size when the map zooms.
    svg(
      'g',
      { class: 'map-labels map-labels-world', 'aria-hidden': 'true' },
      options.labels.map((l) => renderLabel(l, l.world)),
    ),
    svg(
      'g',
      { class: 'map-labels map-labels-zoomed', 'aria-hidden': 'true' },
      options.labels.map((l) => renderLabel(l, l.zoomed)),
    ),
  );
  return root as SVGSVGElement;
}
