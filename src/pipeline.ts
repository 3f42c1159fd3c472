/**
 * The pipeline, drawn once:
 *
 *   export files + codebook + regions + population
 *        │ ingest   read, detect, map through the codebook, account for every row
 *        ▼
 *     Survey        columnar answer codes
 *        │ analyse  estimates with n and 95% intervals, small cells suppressed
 *        ▼
 *     Indicators
 *        │ report   region by region: charts, workbook, HTML, CSV tables; then the run's files
 *        ▼
 *     writer        each file written and hashed as it comes, into a staging folder; the manifest
 *                   last; moved into output/ when everything is there
 *
 * Only this module and the CLI know about files on disk; the stages get bytes and return data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AnalyseOptions, analyse, RakeError } from './analyse/index.js';
import type { Indicators } from './analyse/types.js';
import { weightsOf } from './analyse/weights/index.js';
import { boundHeapGrowth, collectAll, trimAllocator } from './collect.js';
import { parseAbout } from './ingest/about.js';
import { InputError } from './ingest/errors.js';
import {
  type IngestInput,
  ingest,
  parseCodebook,
  parseCodebookData,
  parsePopulation,
  parseRegions,
  readSurvey,
  regionTableFromCodebook,
} from './ingest/index.js';
import { fileSize } from './ingest/input.js';
import { checkFileSize, DEFAULT_LIMITS, type Limits } from './ingest/limits.js';
import { parseMargins } from './ingest/margins.js';
import { message } from './ingest/messages.js';
import { parsePrevious } from './ingest/previous.js';
import { parseSession } from './ingest/session.js';
import { parseXlsForm } from './ingest/xlsform.js';
import type { Codebook } from './model/codebook.js';
import {
  describeRegionProblem,
  RegionNameError,
  type RegionTable,
  slugify,
  toRegionTable,
  withFolderSlugs,
} from './model/regions.js';
import type { Session } from './model/session.js';
import type { Issue, Survey } from './model/survey.js';
import { displayPath } from './paths.js';
import type { ProgressSink } from './progress.js';
import type { Lang } from './report/labels/index.js';
import { runInputs } from './report/output-guard.js';
import type { ReportWorkers } from './report/parallel.js';
import { folderWriter, type Writer } from './report/writer.js';
import { libraryVersions, VERSION } from './version.js';

export { defaultRunOptions, displayPath } from './paths.js';

export interface RunOptions {
  inputs: string[];
  codebook: string;
  /** Region hierarchy; null: every answer to the region question is a region. */
  regions: string | null;
  population: string | null;
  out: string;
  lang: Lang;
  minCell: number;
  /** A column of survey weights (overrides the codebook's `weight`). */
  weight?: string | null;
  /** A margins CSV to rake to (instead of a weight column). */
  rake?: string | null;
  /** Trim weights above this multiple of the mean weight. */
  weightCap?: number | null;
  /** An earlier run's output folder, for the trend. */
  previous?: string | null;
  /** The project file (`--about`): who commissioned and ran the survey, for the evidence annex. */
  about?: string | null;
  /** Session-outcome files (`--session`), at most one per region: the final version of its report. */
  sessions?: readonly string[];
  /** Worker threads for the regions' reports (default 1: in this thread); the output is the same. */
  jobs?: number;
  /** The date printed in reports and stored in the workbook (from SOURCE_DATE_EPOCH when set). */
  generatedAt: Date;
  /** The command line as given, for the manifest. */
  argv: readonly string[];
  /** Called while an export is read. */
  onProgress?: (file: string, done: number, total: number) => void;
  /** Limits on what is read (file size, rows, columns, …; `--limit`); default: `DEFAULT_LIMITS`. */
  limits?: Limits;
  /** Told when a phase starts and as each region's report is written (for the terminal). */
  progress?: Pick<ProgressSink, 'phase' | 'region'>;
}

/** What a run tells of its survey once the report is made: no answers, only the accounting. */
export type SurveyFacts = Pick<Survey, 'codebook' | 'regions' | 'size' | 'ledger' | 'inputs' | 'warnings'>;

export interface RunSummary {
  survey: SurveyFacts;
  indicators: Indicators;
  files: { path: string }[];
}

/** Read the codebook and the region table (with population) from disk. */
export async function readSetup(
  options: Pick<RunOptions, 'codebook' | 'regions' | 'population' | 'limits'>,
): Promise<{ codebook: Codebook; regions: RegionTable }> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const codebook = await readCodebook(options.codebook, limits);
  if (options.regions === null)
    return {
      codebook,
      regions: regionsOrExplain(() => withFolderSlugs(regionTableFromCodebook(codebook)), options.codebook),
    };
  const regionsFile = parseRegions(await readText(options.regions, limits), options.regions);
  const population = options.population
    ? parsePopulation(await readLimited(options.population, limits), options.population)
    : undefined;
  return {
    codebook,
    regions: regionsOrExplain(() => toRegionTable(regionsFile, population), options.regions),
  };
}

/** A region table, with names that cannot be told apart (one folder, repeated, `all`) as input errors. */
function regionsOrExplain(make: () => RegionTable, file: string): RegionTable {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof RegionNameError)) throw error;
    throw new InputError(
      error.problems.map((p) => ({
        severity: 'error' as const,
        code:
          p.kind === 'reserved'
            ? 'region_reserved'
            : p.kind === 'repeated'
              ? 'region_twice'
              : 'region_folder',
        file: displayPath(file),
        row: null,
        line: null,
        column: null,
        value: p.names.length === 1 ? p.names[0]! : null,
        message: describeRegionProblem(p),
      })),
    );
  }
}

/** A JSON codebook, or an XLSForm workbook (`survey` and `choices` sheets) read into one. */
export async function readCodebook(path: string, limits: Limits = DEFAULT_LIMITS): Promise<Codebook> {
  const bytes = new Uint8Array(await readLimited(path, limits));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    return parseCodebookData(await parseXlsForm(bytes, path, limits), path, limits);
  return parseCodebook(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), path, limits);
}

/** A whole file, once its size is within the `fileSize` limit. */
async function readLimited(path: string, limits: Limits = DEFAULT_LIMITS): Promise<Buffer> {
  checkFileSize(displayPath(path), await fileSize(path), limits);
  return readFile(path);
}

async function readText(path: string, limits?: Limits): Promise<string> {
  return (await readLimited(path, limits)).toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * The inputs, streamed from disk; each is named by its path relative to the working folder, so
 * outputs do not depend on where a clone lives.
 */
export function toInputs(paths: readonly string[]): IngestInput[] {
  return paths.map((path) => ({ file: displayPath(path), path }));
}

/**
 * `regioscan run`: everything, written atomically into `options.out`. The writer claims its folder
 * before anything is read (an input inside it, another run, a folder regioscan did not write stop
 * the run at once), and drops what it wrote on any failure.
 */
export async function run(
  options: RunOptions,
  writer: Writer = folderWriter(options.out, { inputs: runInputs(options) }),
): Promise<RunSummary> {
  await writer.open?.();
  try {
    return await runInto(options, writer);
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

async function runInto(options: RunOptions, writer: Writer): Promise<RunSummary> {
  const setup = await readSetup(options);
  const codebook = options.weight ? { ...setup.codebook, weight: options.weight } : setup.codebook;
  const { regions } = setup;
  const margins = options.rake
    ? parseMargins(
        await readLimited(options.rake, options.limits),
        displayPath(options.rake),
        codebook,
        regions,
      )
    : undefined;
  // The small files first, so that a mistake in one is found before the exports are read.
  const about = options.about ? parseAbout(await readText(options.about), displayPath(options.about)) : null;
  const sessions = await readSessions(
    options.sessions ?? [],
    codebook,
    options.lang,
    regions.regions.map((r) => r.name),
  );
  // With more than one job, the report's workers start once the export is read and load their
  // libraries while this thread analyses (report/parallel.ts).
  const jobs = Math.min(options.jobs ?? 1, regions.regions.length);
  const parallel = jobs > 1 ? await import('./report/parallel.js') : null;
  let workers: ReportWorkers | undefined;
  try {
    const { facts, indicators } = await readAndAnalyse(options, codebook, regions, margins, () => {
      if (parallel) workers = parallel.ReportWorkers.start(jobs);
    });
    // The export's columns are garbage now; collected here, not carried through the report stage,
    // which allocates too little on this thread for V8 to look again (1M rows: 160 MB of columns).
    collectAll();
    // And the C allocator's pages that the read freed go back to the system (collect.ts).
    trimAllocator();
    // From here on every heap grows to at most twice what is live (collect.ts); not during the
    // analysis, whose heap holds the columns.
    boundHeapGrowth();
    // Loaded only when reports are made: vega, exceljs and resvg are heavy, and validate needs none of them.
    const { writeReport } = await import('./report/index.js');
    const paths = await writeReport(
      indicators,
      {
        lang: options.lang,
        generatedAt: options.generatedAt,
        version: VERSION,
        libraries: libraryVersions(),
        options: {
          inputs: options.inputs,
          codebook: options.codebook,
          regions: options.regions,
          population: options.population,
          lang: options.lang,
          minCell: options.minCell,
          weight: options.weight ?? null,
          rake: options.rake ?? null,
          weightCap: options.weightCap ?? null,
          previous: options.previous ?? null,
          about: options.about ?? null,
          sessions: options.sessions ?? [],
        },
        about,
        sessions,
        jobs: options.jobs ?? 1,
      },
      writer,
      options.progress,
      workers,
    );
    return { survey: facts, indicators, files: paths.map((path) => ({ path })) };
  } finally {
    await workers?.close();
  }
}

/**
 * Ingest and analyse: the indicators, and of the survey only its facts. The answers are not needed
 * past here, and the survey goes out of scope with this function, so the report stage does not
 * hold a national export's columns while it renders (an async function keeps its locals alive
 * until it returns).
 */
async function readAndAnalyse(
  options: RunOptions,
  codebook: Codebook,
  regions: RegionTable,
  margins: ReturnType<typeof parseMargins> | undefined,
  onRead: () => void,
): Promise<{ facts: SurveyFacts; indicators: Indicators }> {
  const survey = await ingest(toInputs(options.inputs), {
    codebook,
    regions,
    jobs: options.jobs ?? 1,
    onProgress: options.onProgress,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  // What the read left (the second half's part once taken in, the builders' buffers, the parser's
  // chunks) goes back before the analysis and the report workers add theirs: at 1M rows 564 →
  // 303 MB here, which had been the run's peak.
  collectAll();
  trimAllocator();
  onRead();
  const previous = options.previous ? await readPrevious(options.previous) : undefined;
  options.progress?.phase('analyse');
  const indicators = analyseOrExplain(
    survey,
    {
      minCell: options.minCell,
      ...(previous ? { previous } : {}),
      ...(margins ? { rake: margins } : {}),
      ...(options.weightCap ? { weightCap: options.weightCap } : {}),
    },
    options.rake ?? codebook.weight ?? '',
  );
  const facts: SurveyFacts = {
    codebook: survey.codebook,
    regions: survey.regions,
    size: survey.size,
    ledger: survey.ledger,
    inputs: survey.inputs,
    warnings: survey.warnings,
  };
  return { facts, indicators };
}

/**
 * The session files, each for one of the run's regions (by name or slug), by the region's name.
 * Two files for one region are an error naming both.
 */
async function readSessions(
  paths: readonly string[],
  codebook: Codebook,
  lang: Lang,
  regions: readonly string[],
): Promise<Record<string, Session>> {
  const byRegion: Record<string, Session> = {};
  if (paths.length === 0) return byRegion;
  // The report plan (and its charts) is only needed when there are sessions.
  const { sessionThemes } = await import('./session/themes.js');
  const themes = sessionThemes(codebook, lang);
  const fileOf = new Map<string, string>();
  for (const path of paths) {
    const file = displayPath(path);
    const session = parseSession(await readText(path), file, themes, regions);
    const first = fileOf.get(session.region);
    if (first !== undefined)
      throw new InputError([
        {
          severity: 'error',
          code: 'session_twice',
          file,
          row: null,
          line: null,
          column: null,
          value: session.region,
          message: message.sessionTwice(session.region, first),
        },
      ]);
    fileOf.set(session.region, file);
    byRegion[session.region] = session;
  }
  return byRegion;
}

export interface SessionTemplateRequest {
  codebook: string;
  regions: string | null;
  population: string | null;
  /** The region, by name or slug. */
  region: string;
  lang: Lang;
  format: 'md' | 'json';
}

/**
 * The empty session file of a region of the run (`regioscan session-template`): the themes of its
 * report, from the codebook. The answer names the region as the run does; an unknown region is
 * an error listing the ones there are.
 */
export async function sessionTemplateFor(
  request: SessionTemplateRequest,
): Promise<{ region: string; text: string }> {
  const { codebook, regions } = await readSetup(request);
  const key = (name: string) => slugify(name);
  const names = regions.regions.map((r) => r.name);
  const region = names.find((name) => key(name) === key(request.region));
  if (region === undefined)
    throw new InputError([
      {
        severity: 'error',
        code: 'session_region',
        file: displayPath(request.regions ?? request.codebook),
        row: null,
        line: null,
        column: null,
        value: request.region,
        message: message.sessionUnknownRegion(names),
      },
    ]);
  const [{ sessionThemes }, { sessionTemplate }] = await Promise.all([
    import('./session/themes.js'),
    import('./session/template.js'),
  ]);
  const themes = sessionThemes(codebook, request.lang);
  return { region, text: sessionTemplate({ region, themes, lang: request.lang, format: request.format }) };
}

/** An earlier run's output folder: its indicators.csv, and its manifest when there is one. */
async function readPrevious(folder: string) {
  const file = (name: string) => join(folder, name);
  const indicators = await readFile(file('indicators.csv'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError([
      {
        severity: 'error',
        code: 'previous_output',
        file: displayPath(file('indicators.csv')),
        row: null,
        line: null,
        column: null,
        value: null,
        message: message.previousMissing(error.code ?? 'unreadable'),
      },
    ]);
  });
  const manifest = await readFile(file('manifest.json'), 'utf8').catch(() => null);
  return parsePrevious(
    displayPath(folder),
    { file: displayPath(file('indicators.csv')), text: indicators },
    manifest === null ? null : { file: displayPath(file('manifest.json')), text: manifest },
  );
}

/** `analyse`, with a raking failure turned into an input error that names the margin. */
function analyseOrExplain(survey: Survey, options: Partial<AnalyseOptions>, file: string): Indicators {
  try {
    return analyse(survey, options);
  } catch (error) {
    if (!(error instanceof RakeError)) throw error;
    throw new InputError([rakeIssue(error, file)]);
  }
}

/** A raking failure as an input error that names the margin. */
function rakeIssue(error: RakeError, file: string): Issue {
  const p = error.problem;
  const text =
    p.kind === 'empty_cell'
      ? message.rakeEmptyCell(p.margin, p.cell)
      : p.kind === 'no_population'
        ? message.rakeNoPopulation(p.margin, p.cell, p.respondents)
        : message.rakeNoConvergence(p.margin, p.iterations, p.error);
  return {
    severity: 'error',
    code: `rake_${p.kind}`,
    file,
    row: null,
    line: null,
    column: p.margin,
    value: null,
    message: text,
  };
}

/**
 * `regioscan validate`: every problem of the inputs, nothing written; the weights are made as
 * `run` makes them, so a margin raking cannot reach is found here too.
 */
export async function validate(
  options: Pick<
    RunOptions,
    | 'inputs'
    | 'codebook'
    | 'regions'
    | 'population'
    | 'onProgress'
    | 'weight'
    | 'rake'
    | 'weightCap'
    | 'limits'
    | 'jobs'
  > &
    Partial<Pick<RunOptions, 'about' | 'sessions' | 'previous' | 'lang'>>,
): Promise<{ survey: Survey; issues: Issue[] }> {
  const setup = await readSetup(options);
  const codebook = options.weight ? { ...setup.codebook, weight: options.weight } : setup.codebook;
  const margins = options.rake
    ? parseMargins(
        await readLimited(options.rake, options.limits),
        displayPath(options.rake),
        codebook,
        setup.regions,
      )
    : undefined;
  // The files beside the export that run reads, and stops on when one is wrong: each one's
  // problems are listed, and the export is still read.
  const beside: Issue[] = [];
  const check = async (read: () => Promise<unknown>) => {
    try {
      await read();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const issue of error.issues) beside.push(issue);
    }
  };
  const { about, previous } = options;
  if (about) await check(async () => parseAbout(await readText(about, options.limits), displayPath(about)));
  await check(() =>
    readSessions(
      options.sessions ?? [],
      codebook,
      options.lang ?? 'nl',
      setup.regions.regions.map((r) => r.name),
    ),
  );
  if (previous) await check(() => readPrevious(previous));
  const read = await readSurvey(toInputs(options.inputs), {
    codebook,
    regions: setup.regions,
    jobs: options.jobs ?? 1,
    onProgress: options.onProgress,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const result = { survey: read.survey, issues: [...beside, ...read.issues] };
  if (result.issues.some((i) => i.severity === 'error')) return result;
  try {
    weightsOf(result.survey, {
      ...(margins ? { rake: margins } : {}),
      ...(options.weightCap ? { cap: options.weightCap } : {}),
    });
  } catch (error) {
    if (!(error instanceof RakeError)) throw error;
    result.issues.push(rakeIssue(error, options.rake ?? codebook.weight ?? ''));
  }
  return result;
}
