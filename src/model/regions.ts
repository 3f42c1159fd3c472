/**
 * The region hierarchy (region > subregion > municipality) and the population per municipality.
 * Read from `regions.json` and `population.csv`; resolved into lookup tables that ingest uses to
 * place each respondent and analyse uses for reach.
 */
import { z } from 'zod';

export const RegionsFile = z
  .object({
    regions: z
      .array(
        z.object({
          name: z.string().min(1).describe('Region name as users say it, e.g. "Zuid-Holland Noord"'),
          slug: z
            .string()
            .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
            .optional()
            .describe('Folder name under output/; derived from the name when absent'),
          subregions: z
            .array(
              z.object({
                name: z.string().min(1),
                municipalities: z.array(z.string().min(1)).min(1),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  })
  .describe('Region hierarchy: region > subregion > municipality');
export type RegionsFile = z.infer<typeof RegionsFile>;

/** A resolved hierarchy: every municipality, subregion and region has an index. */
export interface RegionTable {
  regions: { name: string; slug: string }[];
  subregions: { name: string; region: number }[];
  municipalities: { name: string; subregion: number; region: number; population: number | null }[];
}

/** `Zuid-Holland Noord` → `zuid-holland-noord`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Case- and accent-insensitive key for matching place names. */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Resolve a regions file and optional population counts into a `RegionTable`. */
export function toRegionTable(file: RegionsFile, population?: ReadonlyMap<string, number>): RegionTable {
  const table: RegionTable = { regions: [], subregions: [], municipalities: [] };
  for (const region of file.regions) {
    const r = table.regions.push({ name: region.name, slug: region.slug ?? slugify(region.name) }) - 1;
    for (const sub of region.subregions) {
      const s = table.subregions.push({ name: sub.name, region: r }) - 1;
      for (const name of sub.municipalities) {
        table.municipalities.push({
          name,
          subregion: s,
          region: r,
          population: population?.get(placeKey(name)) ?? null,
        });
      }
    }
  }
  return table;
}
