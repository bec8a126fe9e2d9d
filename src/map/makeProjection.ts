/**
 * The map's projection: Equal Earth (equal-area, so no State looks bigger than it is),
 * rotated so that the view is centred where the data says. Centred on the Pacific, the map's
 * edges fall in the Atlantic, so the lands around the Pacific stay whole, and the States
 * that cross the antimeridian are drawn in one piece.
 */
import { geoEqualEarth, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import type { MapRegionInput, MapViewInput } from '../../data/types.ts';

/** The drawing's size in SVG user units. */
export interface MapSize {
  readonly width: number;
  readonly height: number;
}

/** A zoom: scale by `k`, then move by (`x`, `y`), in SVG user units. */
export interface ZoomTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Makes the projection that fits `extent` (the land drawn) into `size`, less `padding`. */
export function makeProjection(
  view: MapViewInput,
  extent: GeoPermissibleObjects,
  size: MapSize,
  padding = 4,
): GeoProjection {
  return geoEqualEarth()
    .rotate([-view.centerLongitude, 0])
    .fitExtent(
      [
        [padding, padding],
        [size.width - padding, size.height - padding],
      ],
      extent,
    );
}

/** A box in SVG user units: [[left, top], [right, bottom]]. */
export type Bounds = readonly [readonly [number, number], readonly [number, number]];

/**
 * Something the zoomed frame must show whole: a box in the world view's user units, which
 * the zoom scales, and room around it that the zoom does not scale (a name written beside a
 * point keeps its size).
 */
export interface FocusItem {
  readonly box: Bounds;
  /** Unscaled room at each side, in SVG user units: [left, top, right, bottom]. */
  readonly room?: readonly [number, number, number, number];
}

/** One axis of a fit: the largest scale that fits, and where the items sit at a scale. */
function fitAxis(
  items: readonly { lo: number; hi: number; roomLo: number; roomHi: number }[],
  length: number,
  margin: number,
): { readonly k: number; readonly offset: (k: number) => number } {
  // Each pair (i, j) needs k·(hi_j − lo_i) ≤ length − 2·margin − roomLo_i − roomHi_j, so
  // that i's left edge and j's right edge both fit with the margin; the tightest pair sets k.
  let k = Infinity;
  for (const a of items) {
    for (const b of items) {
      const span = b.hi - a.lo;
      if (span > 0) k = Math.min(k, (length - 2 * margin - a.roomLo - b.roomHi) / span);
    }
  }
  const offset = (scale: number): number => {
    let [low, high] = [-Infinity, Infinity];
    for (const item of items) {
      low = Math.max(low, margin + item.roomLo - scale * item.lo);
      high = Math.min(high, length - margin - item.roomHi - scale * item.hi);
    }
    // Centred between the tightest limits: equal room at both edges where one item sets each.
    return (low + high) / 2;
  };
  return { k, offset };
}

/**
 * The closest zoom at which every item is whole inside `size` with `margin` user units to
 * spare at every edge, centred between the items that limit it. With no items, no zoom.
 */
export function makeFocusTransform(
  items: readonly FocusItem[],
  size: MapSize,
  margin: number,
): ZoomTransform {
  const finite = items.filter(({ box: [[l, t], [r, b]] }) => [l, t, r, b].every(Number.isFinite));
  if (finite.length === 0) return { x: 0, y: 0, k: 1 };
  const axis = (i: 0 | 1): { lo: number; hi: number; roomLo: number; roomHi: number }[] =>
    finite.map(({ box, room: [left, top, right, bottom] = [0, 0, 0, 0] }) => ({
      lo: box[0][i],
      hi: box[1][i],
      roomLo: i === 0 ? left : top,
      roomHi: i === 0 ? right : bottom,
    }));
  const x = fitAxis(axis(0), size.width, margin);
  const y = fitAxis(axis(1), size.height, margin);
  const k = Math.max(Math.min(x.k, y.k), Number.EPSILON);
  return { x: x.offset(k), y: y.offset(k), k };
}

/** Whether a [longitude, latitude] point lies in `region` (whose east edge may pass 180). */
export function isInRegion(region: MapRegionInput, point: readonly [number, number]): boolean {
  const [lon, lat] = point;
  const east = lon < region.west ? lon + 360 : lon;
  return east <= region.east && lat >= region.south && lat <= region.north;
}
