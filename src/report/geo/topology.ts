/**
 * The municipal boundaries: the bundled TopoJSON (data/geo/gemeente_2025.topojson, CBS/PDOK via
 * cartomap/nl), read once and parsed against a schema, decoded to lon/lat rings where a map
 * needs positions, and cut down to the municipalities a chart draws so its spec stays small.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Name of the geometry collection in the file (Vega-Lite `format.feature`). */
export const FEATURE = 'gemeente_2025';

const Ring = z.array(z.number().int());

const Properties = z.object({
  statcode: z
    .string()
    .regex(/^GM\d{4}$/)
    .describe('CBS municipality code, e.g. GM0546'),
  statnaam: z.string().min(1).describe('Name in CBS spelling, e.g. Leiden or Hengelo (O.)'),
});

export const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), id: z.string(), properties: Properties, arcs: z.array(Ring) }),
  z.object({
    type: z.literal('MultiPolygon'),
    id: z.string(),
    properties: Properties,
    arcs: z.array(z.array(Ring)),
  }),
]);
export type Geometry = z.infer<typeof Geometry>;

export const Topology = z
  .object({
    type: z.literal('Topology'),
    transform: z.object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    }),
    arcs: z.array(z.array(z.tuple([z.number().int(), z.number().int()]))),
    objects: z.object({
      [FEATURE]: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(Geometry) }),
    }),
  })
  .describe('A quantized TopoJSON topology of municipalities, one geometry per municipality');
export type Topology = z.infer<typeof Topology>;

/** A position in degrees: [longitude, latitude]. */
export type LonLat = [number, number];

/** Where the bundled boundaries live, found from this module so it works from src/ and dist/. */
export function boundariesPath(): string {
  return fileURLToPath(new URL('../../../data/geo/gemeente_2025.topojson', import.meta.url));
}

/** Check that `value` is a municipal topology; the properties the maps read are kept, others dropped. */
export function parseTopology(value: unknown): Topology {
  return Topology.parse(value);
}

let cached: Topology | undefined;

/** The bundled municipal boundaries, read and parsed on the first call only. */
export function readBoundaries(): Topology {
  cached ??= parseTopology(JSON.parse(readFileSync(boundariesPath(), 'utf8')));
  return cached;
}

/** The geometries of a topology, in file order (sorted by `statcode`). */
export function geometries(topology: Topology): Geometry[] {
  return topology.objects[FEATURE].geometries;
}

/** The polygons of a geometry, each a list of rings (outer ring first), as arc indices. */
function polygonsOf(geometry: Geometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

/** An arc decoded to positions; a negative index `~i` is arc `i` reversed. */
function decodeArc(topology: Topology, index: number): LonLat[] {
  const arc = topology.arcs[index < 0 ? ~index : index] ?? [];
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  let x = 0;
  let y = 0;
  const points = arc.map(([dx, dy]): LonLat => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
  return index < 0 ? points.reverse() : points;
}

/** The polygons of a geometry as lon/lat rings (each ring closed: its last point is its first). */
export function toPolygons(topology: Topology, geometry: Geometry): LonLat[][][] {
  return polygonsOf(geometry).map((rings) =>
    rings.map((ring) => ring.flatMap((arc, k) => decodeArc(topology, arc).slice(k === 0 ? 0 : 1))),
  );
}

/**
 * The same topology with only `keep` of its geometries, the arcs they use (renumbered) and the
 * properties `statcode` and `statnaam`: what a chart embeds as inline data.
 */
export function subsetTopology(topology: Topology, keep: readonly Geometry[]): Topology {
  const renumber = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const remap = (index: number): number => {
    const original = index < 0 ? ~index : index;
    let k = renumber.get(original);
    if (k === undefined) {
      k = arcs.push(topology.arcs[original] ?? []) - 1;
      renumber.set(original, k);
    }
    return index < 0 ? ~k : k;
  };
  const ring = (r: number[]) => r.map(remap);
  const kept = keep.map((g): Geometry => {
    const properties = { statcode: g.properties.statcode, statnaam: g.properties.statnaam };
    return g.type === 'Polygon'
      ? { type: 'Polygon', id: g.id, properties, arcs: g.arcs.map(ring) }
      : { type: 'MultiPolygon', id: g.id, properties, arcs: g.arcs.map((p) => p.map(ring)) };
  });
  return {
    type: 'Topology',
    transform: topology.transform,
    arcs,
    objects: { [FEATURE]: { type: 'GeometryCollection', geometries: kept } },
  };
}
