/**
 * The region hierarchy (region > subregion > municipality) and the population per municipality.
 * Read from `regions.json` and `population.csv`; resolved into lookup tables that ingest uses to
 * place each respondent and analyse uses for reach.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Folder names a region cannot have: `all` names the national rows, `charts` is the overview's folder. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['all', 'charts']);
/** The longest folder name a region gets (file systems allow 255 bytes; paths below it need room). */
export const MAX_SLUG = 64;

export const RegionsFile = z
  .object({
    regions: z
      .array(
        z.object({
          name: z.string().min(1).describe('Region name as users say it, e.g. "Zuid-Holland Noord"'),
          slug: z
            .string()
            .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
            .max(MAX_SLUG)
            .refine((slug) => !RESERVED_SLUGS.has(slug), {
              message: `reserved: ${[...RESERVED_SLUGS].join(' and ')} are folders of the whole run`,
            })
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

/**
 * The folder name of a region from the slug of its name: the slug itself for every ordinary name
 * (`Zuid-Holland Noord` → `zuid-holland-noord`, as always); `region-<n>` (its place in the list,
 * from 1) when the name has no letter or digit to make one of (`***`, only emoji); `region-all` and
 * `region-charts` for the names of the run's own folders; and, past `MAX_SLUG` characters, the
 * start of the slug and 8 hex digits of the name's sha256, so a long name makes a short folder
 * name that differs from another long name's.
 */
export function folderSlug(slug: string, name: string, position: number): string {
  if (slug === '') return `region-${position + 1}`;
  if (RESERVED_SLUGS.has(slug)) return `region-${slug}`;
  if (slug.length <= MAX_SLUG) return slug;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${hash}`;
}

/** Regions whose names cannot both be used: the problem, for the message. */
export interface RegionNameProblem {
  kind: 'repeated' | 'same_folder' | 'reserved';
  /** The region (or subregion) names concerned: two for a repeat or a shared folder. */
  names: string[];
  /** The folder name they share (`same_folder`). */
  slug?: string;
  /** Whether the problem is with a subregion (a reserved name). */
  subregion?: boolean;
}

/** Region names that cannot be used as they are (see `checkRegionNames`). */
export class RegionNameError extends Error {
  override name = 'RegionNameError';
  constructor(readonly problems: readonly RegionNameProblem[]) {
    super(problems.map(describeRegionProblem).join('; '));
  }
}

/** A region name problem in one sentence. */
export function describeRegionProblem(p: RegionNameProblem): string {
  const [a, b] = p.names.map((n) => JSON.stringify(n.length > 80 ? `${n.slice(0, 80)}…` : n));
  if (p.kind === 'repeated') return `the region ${a} is listed twice: a region's name must be its own`;
  if (p.kind === 'reserved')
    return `the ${p.subregion ? 'subregion' : 'region'} name ${a} is reserved: indicators.csv and the workbook name the rows of ${p.subregion ? 'a whole region' : 'all regions together'} "all"; rename it`;
  return `the regions ${a} and ${b} would both be written to the folder "${p.slug}": rename one, or give one its own "slug" in the regions file`;
}

/**
 * Every region a folder of its own, and no name the reports use for something else: a repeated
 * name, two names with one folder (`Zuid/Holland` and `Zuid Holland` both make `zuid-holland`), or
 * a region or subregion named `all` (the national or whole-region rows) is an error naming them.
 * Two regions are not given suffixes to tell their folders apart: which one would get `-2` depends
 * on their order, and two names that differ only in punctuation are more likely one region spelled
 * twice than two regions.
 */
export function checkRegionNames(table: Pick<RegionTable, 'regions' | 'subregions'>): void {
  const problems: RegionNameProblem[] = [];
  const byName = new Map<string, number>();
  const bySlug = new Map<string, number>();
  table.regions.forEach((r, i) => {
    if (r.name === 'all') problems.push({ kind: 'reserved', names: [r.name] });
    const named = byName.get(r.name);
    if (named !== undefined) {
      problems.push({ kind: 'repeated', names: [r.name] });
      return;
    }
    byName.set(r.name, i);
    const other = bySlug.get(r.slug);
    if (other !== undefined)
      problems.push({ kind: 'same_folder', names: [table.regions[other]!.name, r.name], slug: r.slug });
    else bySlug.set(r.slug, i);
  });
  for (const s of table.subregions)
    if (s.name === 'all') problems.push({ kind: 'reserved', names: [s.name], subregion: true });
  if (problems.length > 0) throw new RegionNameError(problems);
}

/**
 * `table` with every region's slug made a safe folder name (`folderSlug`) and the names checked
 * (`checkRegionNames`): for a table made elsewhere, such as the codebook's region options.
 */
export function withFolderSlugs(table: RegionTable): RegionTable {
  const regions = table.regions.map((r, i) => ({ ...r, slug: folderSlug(r.slug, r.name, i) }));
  const safe = { ...table, regions };
  checkRegionNames(safe);
  return safe;
}

/**
 * Resolve a regions file and optional population counts into a `RegionTable`. A region's folder is
 * its `slug`, else made from its name (`folderSlug`); names that cannot be told apart are a
 * `RegionNameError`.
 */
export function toRegionTable(file: RegionsFile, population?: ReadonlyMap<string, number>): RegionTable {
  const table: RegionTable = { regions: [], subregions: [], municipalities: [] };
  for (const [position, region] of file.regions.entries()) {
    const slug = region.slug ?? folderSlug(slugify(region.name), region.name, position);
    const r = table.regions.push({ name: region.name, slug }) - 1;
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
  checkRegionNames(table);
  return table;
}
