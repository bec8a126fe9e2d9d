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
 * The transform that fills `size` with `region` as drawn by `projection`, grown to take in
 * each of `include` (the focus States' own boxes, so that none is cut at the frame's edge),
 * centred, with `margin` (a fraction) to spare.
 */
export function makeFocusTransform(
  projection: GeoProjection,
  region: MapRegionInput,
  size: MapSize,
  margin = 0.04,
  include: readonly Bounds[] = [],
): ZoomTransform {
  const points: [number, number][] = [];
  const wrap = (lon: number): number => (lon > 180 ? lon - 360 : lon);
  for (let lon = region.west; lon <= region.east; lon += 1) {
    points.push([wrap(lon), region.south], [wrap(lon), region.north]);
  }
  for (let lat = region.south; lat <= region.north; lat += 1) {
    points.push([wrap(region.west), lat], [wrap(region.east), lat]);
  }
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const point of points) {
    const xy = projection(point);
    if (!xy) continue;
    [x0, y0, x1, y1] = [
      Math.min(x0, xy[0]),
      Math.min(y0, xy[1]),
      Math.max(x1, xy[0]),
      Math.max(y1, xy[1]),
    ];
  }
  for (const [[left, top], [right, bottom]] of include) {
    if (![left, top, right, bottom].every(Number.isFinite)) continue;
    [x0, y0, x1, y1] = [
      Math.min(x0, left),
      Math.min(y0, top),
      Math.max(x1, right),
      Math.max(y1, bottom),
    ];
  }
  const k = Math.min(size.width / (x1 - x0), size.height / (y1 - y0)) * (1 - margin);
  const x = size.width / 2 - k * ((x0 + x1) / 2);
  const y = size.height / 2 - k * ((y0 + y1) / 2);
  return { x, y, k };
}

/** Whether a [longitude, latitude] point lies in `region` (whose east edge may pass 180). */
export function isInRegion(region: MapRegionInput, point: readonly [number, number]): boolean {
  const [lon, lat] = point;
  const east = lon < region.west ? lon + 360 : lon;
  return east <= region.east && lat >= region.south && lat <= region.north;
}
