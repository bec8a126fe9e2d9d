// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import type { PartyState } from '../../../data/types.ts';
import {
  buildMapExtent,
  buildMapLayers,
  type CountryFeature,
} from '../../../src/map/buildMapLayers.ts';
import { isInRegion, makeFocusTransform, makeProjection } from '../../../src/map/makeProjection.ts';
import { renderMap } from '../../../src/map/renderMap.ts';

const topology = JSON.parse(
  readFileSync(resolve('tests/fixtures/tiny-countries.topo.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const features = (feature(topology, topology.objects.countries) as FeatureCollection)
  .features as CountryFeature[];

const model = fixtureModel;
const { view } = model.statesParties;
const byCode = (code: string): PartyState =>
  model.statesParties.states.find((s) => s.isoNumeric === code)!;
// Alphabetical, as the model gives them: Australia, China, Holy See, Japan, Norway.
const states = ['036', '156', '336', '392', '578'].map(byCode);
const layers = buildMapLayers(features, states);
const size = { width: 960, height: 540 };

describe('buildMapLayers joins the Parties to a tiny TopoJSON fixture', () => {
  it('draws a Party with a shape as that shape', () => {
    expect(layers.shapes.map((s) => [s.state.name, s.feature.id])).toEqual([
      ['Australia', '036'],
      ['China', '156'],
      ['Japan', '392'],
    ]);
  });

  it('marks a Party without a shape at its point', () => {
    expect(layers.markers.map((m) => [m.state.name, m.point])).toEqual([
      ['Holy See', [12.45, 41.9]],
    ]);
  });

  it('reports a Party with neither, instead of dropping it silently', () => {
    expect(layers.unplaced.map((s) => s.name)).toEqual(['Norway']);
  });

  it('keeps the other countries, with or without a code, and leaves Antarctica off', () => {
    expect(layers.others.map((f) => f.id ?? null)).toEqual([null, '840']);
  });

  it('orders the Parties drawn as the model does (alphabetically)', () => {
    expect(layers.order).toEqual(['036', '156', '336', '392']);
  });

  it('matches codes written as numbers, as some geometries do', () => {
    const numeric = features.map((f) => (f.id === '036' ? { ...f, id: 36 } : f));
    expect(buildMapLayers(numeric, states).shapes[0]?.state.name).toBe('Australia');
  });
});

describe('renderMap', () => {
  const drawn: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...layers.others, ...layers.shapes.map((s) => s.feature)] as Feature[],
  };
  const projection = makeProjection(view, drawn, size);
  const svg = renderMap(layers, {
    size,
    projection,
    borders: null,
    conventions: ['global', 'tokyo'],
    summary: 'A summary.',
    describe: (s) => `${s.name}.`,
    focus: view.focus,
    labels: [],
  });
  const party = (code: string): Element => svg.querySelector(`[data-iso="${code}"]`)!;

  it('draws each Party once, with its code and treaties', () => {
    const parties = [...svg.querySelectorAll('[data-iso]:not([data-treaties=""])')];
    expect(
      parties.map((p) => [p.tagName, p.getAttribute('data-iso'), p.getAttribute('data-treaties')]),
    ).toEqual([
      ['path', '036', 'global tokyo'],
      ['path', '156', 'tokyo'],
      ['path', '392', 'global tokyo'],
      ['circle', '336', 'global tokyo'],
    ]);
    expect(party('156').getAttribute('class')).toBe('map-party map-shape in-1 in-focus');
    expect(party('336').getAttribute('class')).toBe('map-party map-marker in-0 in-1');
  });

  it('gives other countries an empty treaty list, and a code only when they have one', () => {
    expect(party('840').getAttribute('data-treaties')).toBe('');
    expect(svg.querySelectorAll('.map-others path:not([data-iso])')).toHaveLength(1);
  });

  it('exposes the Parties to assistive technology, and hides the rest', () => {
    expect(svg.getAttribute('aria-label')).toBe('A summary.');
    expect(svg.querySelector('.map-others')?.getAttribute('aria-hidden')).toBe('true');
    expect(party('392').getAttribute('aria-label')).toBe('Japan.');
    expect(party('392').getAttribute('role')).toBe('listitem');
    expect(party('392').getAttribute('data-order')).toBe('3');
  });
});

describe('the projection and the zoom', () => {
  it('fits the markers too: an island beyond the last coastline stays on the map', () => {
    // Cabo Verde has no shape in the fixture, and lies west of every shape in it.
    const withIsland = buildMapLayers(features, [...states, byCode('132')]);
    expect(withIsland.markers.map((m) => m.state.name)).toContain('Cabo Verde');
    const projection = makeProjection(view, buildMapExtent(withIsland), size, 9);
    for (const { point } of withIsland.markers) {
      const [x, y] = projection([point[0], point[1]])!;
      expect(x).toBeGreaterThanOrEqual(9 - 1e-6);
      expect(x).toBeLessThanOrEqual(size.width - 9 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(9 - 1e-6);
      expect(y).toBeLessThanOrEqual(size.height - 9 + 1e-6);
    }
  });

  it('draws the extent from the shapes and markers, and nothing else', () => {
    const extent = buildMapExtent(layers);
    expect(extent.features).toHaveLength(layers.others.length + layers.shapes.length + 1);
    expect(extent.features.at(-1)?.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [[12.45, 41.9]],
    });
  });

  it('centres the world view on the longitude the data asks for', () => {
    const projection = makeProjection(view, { type: 'Sphere' }, size, 0);
    expect(projection([view.centerLongitude, 0])?.map(Math.round)).toEqual([480, 270]);
  });

  it('zooms as close as a margin at every edge allows: the tightest pair of items sets it', () => {
    const margin = 20;
    const left = {
      box: [
        [100, 100],
        [200, 150],
      ] as const,
    };
    const right = {
      box: [
        [300, 200],
        [400, 250],
      ] as const,
    };
    const { x, y, k } = makeFocusTransform([left, right], size, margin);
    // Across, 300 units fill 960 − 2 × 20; down, 150 would allow more: the width sets k.
    expect(k).toBeCloseTo((size.width - 2 * margin) / 300, 9);
    expect(k * 100 + x).toBeCloseTo(margin, 9);
    expect(k * 400 + x).toBeCloseTo(size.width - margin, 9);
    // Centred down the frame, with equal room above and below.
    expect(k * 100 + y).toBeCloseTo(size.height - (k * 250 + y), 9);
  });

  it('leaves room that does not scale, for a name written above its point', () => {
    const margin = 20;
    const town = {
      box: [
        [480, 100],
        [480, 100],
      ] as const,
      room: [40, 30, 40, 5] as const,
    };
    const coast = {
      box: [
        [400, 100],
        [560, 300],
      ] as const,
    };
    const { x, y, k } = makeFocusTransform([town, coast], size, margin);
    // The name's top, 30 units above its point at any zoom, meets the margin.
    expect(k * 100 + y - 30).toBeCloseTo(margin, 9);
    expect(k * 300 + y).toBeCloseTo(size.height - margin, 9);
    expect(k * 400 + x).toBeGreaterThanOrEqual(margin);
  });

  it('does not zoom without items', () => {
    expect(makeFocusTransform([], size, 20)).toEqual({ x: 0, y: 0, k: 1 });
  });

  it('tells points in a region that crosses the antimeridian', () => {
    const region = { label: 'Pacific', west: 160, east: 200, south: -30, north: 0 };
    expect(isInRegion(region, [178, -18])).toBe(true);
    expect(isInRegion(region, [-175, -15])).toBe(true);
    expect(isInRegion(region, [150, -15])).toBe(false);
    expect(isInRegion(region, [178, 10])).toBe(false);
  });
});
