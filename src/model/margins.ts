/**
 * Population margins for raking (`--rake MARGINS.csv`): per margin the population in each of its
 * cells, e.g. residents per subregion, per age band, or per subregion × age band. Read by ingest
 * (which matches names and codes to the codebook and the regions), used by analyse.
 */

/** What a margin is about: a place level of the region table, or a coded codebook question. */
export type MarginVariable =
  | { kind: 'region' | 'subregion' | 'municipality' }
  | { kind: 'question'; id: string };

export interface MarginCell {
  /** Per variable: the index in the region table (places) or the answer code (questions). */
  keys: number[];
  /** The cell as the margins file wrote it, for messages. */
  label: string;
  population: number;
}

export interface Margin {
  /** As the file wrote it, e.g. "subregion" or "subregion:A4_leeftijd". */
  name: string;
  variables: MarginVariable[];
  cells: MarginCell[];
}
