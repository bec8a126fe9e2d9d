/**
 * Renders the States Parties map as one SVG element. Pure: layers in, SVG out. What each
 * Party looks like at each step is decided by CSS (src/map/map.css) from the classes set
 * here and by `applyMapState`, so that printed copies of the slide look right too.
 */
import { geoCentroid, geoPath, type GeoProjection } from 'd3';
import type { MultiLineString } from 'geojson';
import type { MapRegionInput, PartyState } from '../../data/types.ts';
import { svg } from '../lib/h.ts';
import { featureCode, type CountryFeature, type MapLayers } from './buildMapLayers.ts';
import { isInRegion, type MapSize } from './makeProjection.ts';

/** The id of the "both conventions" hatch pattern; map.css fills with `url(#…)`. */
export const HATCH_ID = 'map-hatch-both';

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
    tabindex: -1,
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
      'defs',
      {},
      svg(
        'pattern',
        {
          id: HATCH_ID,
          patternUnits: 'userSpaceOnUse',
          width: 6,
          height: 6,
          patternTransform: 'rotate(45)',
        },
        svg('rect', { class: 'map-hatch-0', width: 6, height: 6 }),
        svg('rect', { class: 'map-hatch-1', width: 3, height: 6 }),
      ),
    ),
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
  );
  return root as SVGSVGElement;
}
