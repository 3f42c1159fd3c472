/**
 * The bundled boundaries and the matching of municipality names to them. The expected codes are
 * CBS's own (CBS, "Gemeentelijke indeling op 1 januari 2025"): 's-Gravenhage 0518,
 * 's-Hertogenbosch 0796, Hengelo (O.) 0164, Bergen (NH.) 0373, Bergen (L.) 0893, Súdwest-Fryslân
 * 1900, Leiden 0546, Nuenen, Gerwen en Nederwetten 0820.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  boundariesPath,
  fitMercator,
  geometries,
  invert,
  matchMunicipalities,
  normalizeName,
  parseTopology,
  project,
  readBoundaries,
  subsetTopology,
  toPolygons,
} from '../../src/report/geo/index.js';

const topology = readBoundaries();
const codeOf = (name: string) => matchMunicipalities([name], topology).matched[0]?.statcode ?? null;

describe('readBoundaries()', () => {
  it('is the cartomap/nl file byte for byte (sha256 of data/geo/README.md)', () => {
    const bytes = readFileSync(boundariesPath());
    expect(bytes.length).toBe(131_807);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '12f0da7537f29582ae20ba43713cf7291dcc61bfbe81914febbbf95b3945d077',
    );
  });

  it('has the 342 municipalities of 2025, read once', () => {
    expect(geometries(topology)).toHaveLength(342);
    expect(readBoundaries()).toBe(topology);
  });

  it('parseTopology(value) refuses what is not a municipal topology', () => {
    expect(() => parseTopology({ type: 'Topology', objects: {} })).toThrow();
  });
});

describe('normalizeName(name)', () => {
  it.each([
    ["'s-Gravenhage", 's gravenhage'],
    ['Hengelo (O.)', 'hengelo o'],
    ['Bergen (NH.)', 'bergen nh'],
    ['Bergen (Noord-Holland)', 'bergen nh'],
    ['Súdwest-Fryslân', 'sudwest fryslan'],
    ['  Alphen  aan den   Rijn ', 'alphen aan den rijn'],
    ['Nuenen, Gerwen en Nederwetten', 'nuenen gerwen en nederwetten'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('matchMunicipalities(names, topology)', () => {
  it.each([
    ['Den Haag', 'GM0518'],
    ['The Hague', 'GM0518'],
    ["'s-Gravenhage", 'GM0518'],
    ['s Gravenhage', 'GM0518'],
    ['Den Bosch', 'GM0796'],
    ["'s-Hertogenbosch", 'GM0796'],
    ['Hengelo', 'GM0164'],
    ['Hengelo (O.)', 'GM0164'],
    ['hengelo (overijssel)', 'GM0164'],
    ['Bergen (NH.)', 'GM0373'],
    ['Bergen NH', 'GM0373'],
    ['Bergen (L.)', 'GM0893'],
    ['Bergen (Limburg)', 'GM0893'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['Sudwest-Fryslan', 'GM1900'],
    ['SUDWEST FRYSLAN', 'GM1900'],
    ['Nuenen', 'GM0820'],
    ['GM0546', 'GM0546'],
    ['gm0164', 'GM0164'],
  ])('%s is %s', (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  it('matches by code first, and gives the CBS name of the boundary', () => {
    const { matched } = matchMunicipalities(['GM0373', 'Leiden'], topology);
    expect(matched.map(({ name, statcode, statnaam }) => ({ name, statcode, statnaam }))).toEqual([
      { name: 'GM0373', statcode: 'GM0373', statnaam: 'Bergen (NH.)' },
      { name: 'Leiden', statcode: 'GM0546', statnaam: 'Leiden' },
    ]);
  });

  it('lists a name without a boundary, and "Bergen" alone as ambiguous, never dropping one', () => {
    const result = matchMunicipalities(
      ['Leiden', 'Bergen', 'Atlantis', 'GM9999', 'Hengelo (Gld.)'],
      topology,
    );
    expect(result.matched.map((m) => m.name)).toEqual(['Leiden']);
    expect(result.unmatched).toEqual([
      { name: 'Bergen', reason: 'ambiguous', candidates: ['Bergen (NH.)', 'Bergen (L.)'] },
      { name: 'Atlantis', reason: 'unknown', candidates: [] },
      { name: 'GM9999', reason: 'unknown', candidates: [] },
      { name: 'Hengelo (Gld.)', reason: 'unknown', candidates: [] },
    ]);
  });
});

describe('subsetTopology(topology, keep)', () => {
  it('keeps the boundaries of the municipalities it keeps, on their own arcs only', () => {
    const keep = geometries(topology).filter((g) => ['GM0546', 'GM0164'].includes(g.properties.statcode));
    const subset = subsetTopology(topology, keep);
    expect(geometries(subset).map((g) => g.properties)).toEqual([
      { statcode: 'GM0164', statnaam: 'Hengelo (O.)' },
      { statcode: 'GM0546', statnaam: 'Leiden' },
    ]);
    expect(subset.arcs.length).toBeLessThan(20);
    geometries(subset).forEach((g, i) => {
      expect(toPolygons(subset, g)).toEqual(toPolygons(topology, keep[i]!));
    });
  });

  it('decodes closed rings inside the bounding box of the file (lon 3.358–7.218, lat 50.751–53.554)', () => {
    const positions = geometries(topology).flatMap((g) =>
      toPolygons(topology, g).flatMap((rings) => rings.flat()),
    );
    const lons = positions.map((p) => p[0]);
    const lats = positions.map((p) => p[1]);
    expect(Math.min(...lons)).toBeCloseTo(3.358, 3);
    expect(Math.max(...lons)).toBeCloseTo(7.218, 3);
    expect(Math.min(...lats)).toBeCloseTo(50.751, 3);
    expect(Math.max(...lats)).toBeCloseTo(53.554, 3);
    const leiden = toPolygons(topology, geometries(topology).find((g) => g.id === 'GM0546')!)[0]![0]!;
    expect(leiden[0]).toEqual(leiden.at(-1));
  });
});

describe('fitMercator(positions, options)', () => {
  it('fits the positions into the plot and project/invert are each other’s inverse', () => {
    const p = fitMercator(
      [
        [4.4, 52.1],
        [4.8, 52.3],
      ],
      { width: 900, maxHeight: 860, minHeight: 460, margin: 14 },
    );
    const [x0, y0] = project(p, [4.4, 52.1]);
    const [x1, y1] = project(p, [4.8, 52.3]);
    expect([x0, x1]).toEqual([14, 886].map((v) => expect.closeTo(v, 9)));
    expect(y0 - y1).toBeGreaterThan(0);
    expect((y0 + y1) / 2).toBeCloseTo(p.height / 2, 9);
    const [lon, lat] = invert(p, [450, 300]);
    expect(project(p, [lon, lat])).toEqual([expect.closeTo(450, 9), expect.closeTo(300, 9)]);
  });
});
