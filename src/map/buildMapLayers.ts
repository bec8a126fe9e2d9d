/**
 * The data join of the States Parties map: which country shapes belong to a Party, and
 * which Parties the geometry has no shape for and so become point markers. Pure, and free
 * of d3, so that it can be tested against a tiny TopoJSON fixture.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PartyState } from '../../data/types.ts';

/** A country of the world geometry; `id` is its ISO 3166-1 numeric code, when it has one. */
export type CountryFeature = Feature<Geometry | null, { readonly name?: string } | null>;

/** A Party drawn as its country's shape. */
export interface PartyShape {
  readonly state: PartyState;
  readonly feature: CountryFeature;
}

/** A Party drawn as a point marker, because the geometry has no shape for it. */
export interface PartyMarker {
  readonly state: PartyState;
  /** [longitude, latitude]. */
  readonly point: readonly [number, number];
}

/** What the map draws, layer by layer. */
export interface MapLayers {
  /** Countries that are party to none of the conventions. */
  readonly others: readonly CountryFeature[];
  /** Parties with a shape, in the order of the states given (alphabetical in the model). */
  readonly shapes: readonly PartyShape[];
  /** Parties without a shape but with a point, in the same order. */
  readonly markers: readonly PartyMarker[];
  /** Parties with neither; a correct model has none. */
  readonly unplaced: readonly PartyState[];
  /** ISO codes of the Parties drawn (shapes and markers), in the order of the states given. */
  readonly order: readonly string[];
}

/** Options for `buildMapLayers`. */
export interface BuildMapLayersOptions {
  /**
   * Codes of features to leave off the map. @defaultValue ["010"]: Antarctica, which is no
   * State, and would take a fifth of the map's height.
   */
  readonly omit?: ReadonlySet<string>;
}

/** The ISO numeric code of a feature as a 3-digit string, or `null` when it has none. */
export function featureCode(feature: CountryFeature): string | null {
  if (feature.id === undefined || feature.id === '') return null;
  return String(feature.id).padStart(3, '0');
}

/** Joins the Parties to the geometry's features by ISO numeric code. */
export function buildMapLayers(
  features: readonly CountryFeature[],
  states: readonly PartyState[],
  options: BuildMapLayersOptions = {},
): MapLayers {
  const omit = options.omit ?? new Set(['010']);
  const byCode = new Map<string, CountryFeature>();
  for (const feature of features) {
    const code = featureCode(feature);
    if (code !== null) byCode.set(code, feature);
  }
  const partyCodes = new Set(states.map((s) => s.isoNumeric));
  const shapes: PartyShape[] = [];
  const markers: PartyMarker[] = [];
  const unplaced: PartyState[] = [];
  const order: string[] = [];
  for (const state of states) {
    const feature = byCode.get(state.isoNumeric);
    if (feature?.geometry) shapes.push({ state, feature });
    else if (state.point) markers.push({ state, point: state.point });
    else {
      unplaced.push(state);
      continue;
    }
    order.push(state.isoNumeric);
  }
  const others = features.filter((f) => {
    const code = featureCode(f);
    return f.geometry !== null && (code === null || (!partyCodes.has(code) && !omit.has(code)));
  });
  return { others, shapes, markers, unplaced, order };
}

/**
 * What the projection must fit: every shape drawn, and every marker's point too, so that a
 * small State beyond the last coastline (an island off the map's edge) is not drawn off the map.
 */
export function buildMapExtent(layers: MapLayers): FeatureCollection<Geometry | null> {
  const markers: Feature[] = layers.markers.length
    ? [
        {
          type: 'Feature',
          properties: null,
          geometry: { type: 'MultiPoint', coordinates: layers.markers.map((m) => [...m.point]) },
        },
      ]
    : [];
  return {
    type: 'FeatureCollection',
    features: [...layers.others, ...layers.shapes.map((s) => s.feature), ...markers],
  };
}
