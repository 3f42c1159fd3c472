/**
 * An earlier run (`--previous DIR`) as the trend needs it: its published estimates and what each
 * question was then (wording and answer scale), so only unchanged questions are compared.
 * Read by ingest from the earlier output's indicators.csv and manifest.json; used by analyse.
 */

/** A published estimate of the earlier run (a row of its indicators.csv that was not suppressed). */
export interface PreviousEstimate {
  region: string;
  subregion: string;
  group: string;
  indicator: string;
  item: string;
  category: string;
  n: number;
  estimate: number;
  ciLow: number | null;
  ciHigh: number | null;
  /** Weighted rows: Kish's effective n. */
  nEff: number | null;
}

/** What a question was in a run: its wording, type and answer scale. */
export interface QuestionPrint {
  id: string;
  type: string;
  text: string;
  /** `code=label` per option of its scale, in order; empty for questions without one. */
  options: string[];
}

export interface PreviousRun {
  /** The earlier output folder, as given. */
  folder: string;
  /** The date of the earlier run (its manifest's), or null. */
  date: string | null;
  /** The survey's wave then, if the codebook named one. */
  wave: string | null;
  estimates: PreviousEstimate[];
  /** What each question was then; null when the earlier manifest does not record it. */
  questions: Map<string, QuestionPrint> | null;
}
