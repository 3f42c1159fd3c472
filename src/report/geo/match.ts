/**
 * Municipality names as users write them (regions.json) matched to the CBS boundaries: by code
 * where the name is a `GM1234` code, else by a normalised name that ignores case, accents,
 * punctuation and hyphens and knows the CBS spellings ('s-Gravenhage for Den Haag, Hengelo (O.)
 * for Hengelo). A name without a boundary is returned as unmatched, never dropped.
 */
import { type Geometry, geometries, type Topology } from './topology.js';

/** Everyday names of municipalities whose CBS name differs by more than spelling. */
const ALIASES: Record<string, string> = {
  'den haag': "'s-Gravenhage",
  'the hague': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
  nuenen: 'Nuenen, Gerwen en Nederwetten',
};

/** Province names as users write them in a suffix, to the CBS abbreviation ("Bergen (Limburg)"). */
const PROVINCES: Record<string, string> = {
  'noord holland': 'nh',
  'zuid holland': 'zh',
  limburg: 'l',
  overijssel: 'o',
  zeeland: 'z',
};

/**
 * The matching key of a municipality name: lower case, accents, apostrophes and dots dropped,
 * hyphens, brackets and commas as spaces. `'s-Gravenhage` → `s gravenhage`, `Hengelo (O.)` →
 * `hengelo o`, `Súdwest-Fryslân` → `sudwest fryslan`.
 */
export function normalizeName(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [province, short] of Object.entries(PROVINCES))
    if (key.endsWith(` ${province}`)) return `${key.slice(0, -province.length)}${short}`;
  return key;
}

/** A CBS name without its province suffix: `Hengelo (O.)` → `Hengelo`. */
function withoutSuffix(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

/** A municipality of the region table with its boundary. */
export interface MatchedName {
  /** The name as the regions file writes it. */
  name: string;
  statcode: string;
  /** The CBS name of the boundary. */
  statnaam: string;
  geometry: Geometry;
}

/** A name without a boundary: not known to CBS, or the same as several (`Bergen`: say which). */
export interface UnmatchedName {
  name: string;
  reason: 'unknown' | 'ambiguous';
  /** CBS names it could be, when ambiguous. */
  candidates: string[];
}

export interface NameMatch {
  matched: MatchedName[];
  unmatched: UnmatchedName[];
}

const CODE = /^\s*GM\s*(\d{4})\s*$/i;

/** Match every name of `names` to a boundary of `topology`, in the order given. */
export function matchMunicipalities(names: readonly string[], topology: Topology): NameMatch {
  const all = geometries(topology);
  const byCode = new Map(all.map((g) => [g.properties.statcode, g]));
  const byName = new Map(all.map((g) => [normalizeName(g.properties.statnaam), g]));
  // A name without its province suffix finds its boundary only when no namesake shares it.
  const byBase = new Map<string, Geometry[]>();
  for (const g of all) {
    const base = normalizeName(withoutSuffix(g.properties.statnaam));
    byBase.set(base, [...(byBase.get(base) ?? []), g]);
  }
  const out: NameMatch = { matched: [], unmatched: [] };
  for (const name of names) {
    const code = CODE.exec(name);
    const key = normalizeName(name);
    const alias = ALIASES[key];
    const base = byBase.get(key) ?? [];
    const geometry =
      (code ? byCode.get(`GM${code[1]}`) : undefined) ??
      byName.get(key) ??
      (alias ? byName.get(normalizeName(alias)) : undefined) ??
      (base.length === 1 ? base[0] : undefined);
    if (geometry) {
      const { statcode, statnaam } = geometry.properties;
      out.matched.push({ name, statcode, statnaam, geometry });
    } else {
      out.unmatched.push({
        name,
        reason: base.length > 1 ? 'ambiguous' : 'unknown',
        candidates: base.length > 1 ? base.map((g) => g.properties.statnaam) : [],
      });
    }
  }
  return out;
}
