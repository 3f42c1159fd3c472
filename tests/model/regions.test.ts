/**
 * Region folder names (issue 10.3 point 2, 10.6): every region a folder of its own, the same as
 * always for ordinary names, safe for names that slug to nothing, to `all` or `charts`, or to
 * thousands of characters; names that cannot be told apart are an error naming both.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { demoPaths } from '../../src/demo.js';
import {
  checkRegionNames,
  folderSlug,
  MAX_SLUG,
  RegionNameError,
  RegionsFile,
  slugify,
  toRegionTable,
  withFolderSlugs,
} from '../../src/model/regions.js';

const regionsFile = (...regions: (string | { name: string; slug: string })[]): RegionsFile => ({
  regions: regions.map((r, i) => ({
    ...(typeof r === 'string' ? { name: r } : r),
    subregions: [{ name: `Sub ${i}`, municipalities: [`Gemeente ${i}`] }],
  })),
});

const problemOf = (make: () => unknown) => {
  try {
    make();
  } catch (error) {
    if (error instanceof RegionNameError) return error;
    throw error;
  }
  throw new Error('no RegionNameError');
};

describe('region folder names', () => {
  it('are the slug of the name for ordinary names: the demo folders stay as they were', async () => {
    const demo = RegionsFile.parse(JSON.parse(await readFile(demoPaths().regions, 'utf8')));
    const table = toRegionTable(demo);
    expect(table.regions.map((r) => r.slug)).toEqual(demo.regions.map((r) => r.slug ?? slugify(r.name)));
    expect(table.regions.map((r) => r.slug)).toEqual([
      'zuid-holland-noord',
      'twente',
      'zuid-limburg',
      'groningen',
      'regio-utrecht',
      'amsterdam-amstelland',
    ]);
    expect(folderSlug(slugify('Zuid-Holland Noord'), 'Zuid-Holland Noord', 0)).toBe('zuid-holland-noord');
    expect(folderSlug(slugify("Regio 's-Hertogenbosch"), '', 0)).toBe('regio-s-hertogenbosch');
  });

  it('a name with no letter or digit gets region-<place in the list>', () => {
    const table = toRegionTable(regionsFile('Noord', '***', '🏥🏥', '   '));
    expect(table.regions.map((r) => r.slug)).toEqual(['noord', 'region-2', 'region-3', 'region-4']);
  });

  it('a name that slugs to a folder of the whole run (all, charts) gets region-<slug>', () => {
    const table = toRegionTable(regionsFile('ALL', 'Charts!'));
    expect(table.regions.map((r) => r.slug)).toEqual(['region-all', 'region-charts']);
    // And so does one from the codebook's region options.
    const fromCodebook = withFolderSlugs({
      regions: [
        { name: 'All', slug: 'all' },
        { name: '***', slug: 'regio-2' },
      ],
      subregions: [],
      municipalities: [],
    });
    expect(fromCodebook.regions.map((r) => r.slug)).toEqual(['region-all', 'regio-2']);
  });

  it('a 5,000-character name makes a short folder name, different from another long name', () => {
    const a = 'Zuid'.repeat(1250);
    const b = `${'Zuid'.repeat(1249)}Noord`;
    const table = toRegionTable(regionsFile(a, b));
    const [sa, sb] = table.regions.map((r) => r.slug);
    for (const s of [sa!, sb!]) {
      expect(s.length).toBeLessThanOrEqual(MAX_SLUG);
      expect(s).toMatch(/^zuidzuid[a-z]*-[0-9a-f]{8}$/);
    }
    expect(sa).not.toBe(sb);
    // The same name, the same folder, run after run.
    expect(toRegionTable(regionsFile(a)).regions[0]!.slug).toBe(sa);
  });

  it('two names that make one folder are an error naming both', () => {
    const error = problemOf(() => toRegionTable(regionsFile('Zuid/Holland', 'Noord', 'Zuid Holland')));
    expect(error.problems).toEqual([
      { kind: 'same_folder', names: ['Zuid/Holland', 'Zuid Holland'], slug: 'zuid-holland' },
    ]);
    expect(error.message).toBe(
      'the regions "Zuid/Holland" and "Zuid Holland" would both be written to the folder "zuid-holland": rename one, or give one its own "slug" in the regions file',
    );
    // An explicit slug that another region's name makes is the same problem.
    expect(
      problemOf(() => toRegionTable(regionsFile('Twente', { name: 'Achterhoek', slug: 'twente' })))
        .problems[0],
    ).toMatchObject({ kind: 'same_folder', names: ['Twente', 'Achterhoek'] });
    // Given a slug of its own, each has a folder.
    expect(
      toRegionTable(
        regionsFile('Zuid/Holland', { name: 'Zuid Holland', slug: 'zuid-holland-2' }),
      ).regions.map((r) => r.slug),
    ).toEqual(['zuid-holland', 'zuid-holland-2']);
  });

  it('a repeated name is an error naming it', () => {
    const error = problemOf(() => toRegionTable(regionsFile('Twente', 'Groningen', 'Twente')));
    expect(error.problems).toEqual([{ kind: 'repeated', names: ['Twente'] }]);
    expect(error.message).toContain('the region "Twente" is listed twice');
  });

  it('a region or subregion named exactly "all" is an error: the national and whole-region rows are "all"', () => {
    const error = problemOf(() => toRegionTable(regionsFile('all')));
    expect(error.problems).toEqual([{ kind: 'reserved', names: ['all'] }]);
    expect(error.message).toContain(
      'indicators.csv and the workbook name the rows of all regions together "all"',
    );
    const sub = problemOf(() =>
      checkRegionNames({
        regions: [{ name: 'Noord', slug: 'noord' }],
        subregions: [{ name: 'all', region: 0 }],
      }),
    );
    expect(sub.problems).toEqual([{ kind: 'reserved', names: ['all'], subregion: true }]);
  });

  it('the regions file refuses an explicit slug that is reserved or too long', () => {
    const file = (slug: string) => ({
      regions: [{ name: 'X', slug, subregions: [{ name: 'S', municipalities: ['M'] }] }],
    });
    expect(RegionsFile.safeParse(file('all')).success).toBe(false);
    expect(RegionsFile.safeParse(file('charts')).success).toBe(false);
    expect(RegionsFile.safeParse(file('a'.repeat(MAX_SLUG + 1))).success).toBe(false);
    expect(RegionsFile.safeParse(file('twente')).success).toBe(true);
  });
});
