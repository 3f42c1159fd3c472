/**
 * The command line (yargs). Parses arguments, calls the pipeline, prints what happened.
 * Nothing else knows about argv. Exit codes: 0 done, 1 the input has errors, 2 usage error.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeRedactions } from './analyse/privacy/redact.js';
import { formatIssue, InputError, summariseIssues } from './ingest/errors.js';
import type { Issue } from './model/survey.js';
import { defaultRunOptions, displayPath } from './paths.js';
import { PrintError, requireChromium } from './pdf/chromium.js';
import { terminalProgress } from './progress.js';
import { OutputError, runInputs } from './report/output-guard.js';
import { defaultJobs } from './report/parallel.js';
import { folderWriter } from './report/writer.js';
import yargs, { type Argv } from './vendor/yargs.js';
import { libraryVersions, VERSION } from './version.js';

/** `regioscan 0.2.0` and the libraries that shape the numbers and charts, as the manifest records them. */
function versionText(): string {
  const libraries = Object.entries(libraryVersions()).map(([name, v]) => `  ${name} ${v ?? 'not installed'}`);
  return [`regioscan ${VERSION}`, `node ${process.versions.node}`, ...libraries].join('\n');
}

// The pipeline, init and the generator load their libraries (exceljs, the statistics, zod) when a
// command needs them, so that `--help` and `--version` answer at once.
const pipeline = () => import('./pipeline.js');

/**
 * Exit codes: 0 done; 1 the input has errors, or the machine refused (a file that is missing or
 * unreadable, a full disk: named with its path); 2 usage error; 3 an internal error of regioscan
 * itself, to be reported.
 */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/** File-system faults in words, by their code; the path follows. */
const FS_FAULTS: Record<string, string> = {
  ENOENT: 'file or folder not found',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'not a folder (a file is in the way)',
  EISDIR: 'is a folder, expected a file',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the file name is too long',
  EMFILE: 'too many open files',
  EEXIST: 'already exists',
  ENOTEMPTY: 'the folder is not empty',
  EBUSY: 'the file or folder is in use',
  EXDEV: 'cannot move between disks',
};

/** A usage problem found after parsing (e.g. an input without a codebook). */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Run the CLI with `args`; resolves to the exit code. */
export async function main(args: readonly string[], io: Io = defaultIo): Promise<number> {
  if (args.includes('--version') || (args.length === 1 && args[0] === '-v')) {
    io.out(versionText());
    return EXIT.ok;
  }
  let exit: number = EXIT.ok;
  const parser = buildParser(io, (code) => {
    exit = code;
  });
  try {
    await parser.parseAsync([...args]);
  } catch (error) {
    return report(error, io, args.includes('--debug'));
  }
  return exit;
}

function report(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof InputError) {
    printIssues(error.issues, io);
    return EXIT.input;
  }
  if (error instanceof UsageError) {
    io.err(`✖ ${error.message}\n  (regioscan --help lists the commands and options)`);
    return EXIT.usage;
  }
  if (error instanceof OutputError) {
    io.err(`✖ ${error.message}`);
    return EXIT.input;
  }
  if (error instanceof PrintError) {
    io.err(`✖ ${error.message}${error.file ? `\n  → ${error.file}` : ''}`);
    return EXIT.input;
  }
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code !== undefined && code in FS_FAULTS) {
    const e = error as NodeJS.ErrnoException;
    const paths = [e.path, (e as { dest?: unknown }).dest].filter((p): p is string => typeof p === 'string');
    io.err(`✖ ${FS_FAULTS[code]}${paths.length > 0 ? `: ${paths.join(' → ')}` : ''} (${code})`);
    if (debug && e.stack) io.err(e.stack);
    return EXIT.input;
  }
  if (error instanceof Error && error.name === 'YError') {
    io.err(`✖ ${error.message}\n  (regioscan --help lists the commands and options)`);
    return EXIT.usage;
  }
  io.err(
    `✖ internal error in regioscan ${VERSION}: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  else
    io.err(
      '  this is a fault of regioscan, not of your input: rerun with --debug and report it with the command you ran',
    );
  return EXIT.internal;
}

function printIssues(issues: readonly Issue[], io: Io): void {
  for (const issue of issues) io.err(formatIssue(issue));
  const summary = summariseIssues(issues);
  if (summary.length > 0) {
    io.err('');
    io.err(summary.map((s) => `${s.severity === 'error' ? '✖' : '⚠'} ${s.count} × ${s.code}`).join('\n'));
  }
}

const inputOptions = (y: Argv) =>
  y
    .option('input', {
      type: 'string',
      array: true,
      describe: 'Export file (CSV or XLSX); repeat for several files',
    })
    .option('codebook', {
      type: 'string',
      describe: 'Codebook: JSON, or an XLSForm workbook (.xlsx); default: the demo codebook',
    })
    .option('regions', {
      type: 'string',
      describe:
        'Region hierarchy (JSON); without it every answer to the region question is a region (the demo has its own)',
    })
    .option('population', { type: 'string', describe: 'Residents per municipality (CSV), for reach' })
    .option('weight', {
      type: 'string',
      describe: 'Column of survey weights in the export (overrides the codebook\'s "weight")',
    })
    .option('rake', {
      type: 'string',
      describe: 'Rake to population margins (CSV: margin,category,population) instead of a weight column',
    })
    .option('quiet', {
      type: 'boolean',
      default: false,
      describe: 'No progress line and no summary; errors only',
    })
    .option('limit', limitOption);

/** `--limit NAME=VALUE`, repeatable: the limits on what is read (README, "Limits"). */
const langOption = {
  choices: ['nl', 'en'] as const,
  default: 'nl' as const,
  describe: 'Report language',
};
const previousOption = {
  type: 'string',
  describe: "An earlier run's output folder: adds the change since then (the trend)",
} as const;
const aboutOption = {
  type: 'string',
  describe:
    'Project file (JSON): who commissioned and ran the survey, recruitment, fieldwork, limitations (for the evidence annex)',
} as const;
const sessionOption = {
  type: 'string',
  array: true,
  describe:
    'Session outcomes of a region (Markdown or JSON, see session-template): makes its report the final version; repeat per region',
} as const;

const limitOption = {
  type: 'string',
  array: true,
  describe:
    'Raise or lower a limit on what is read, e.g. --limit rows=10000000 --limit xlsx-inflated=300MB (README, "Limits")',
} as const;

/** The limits of `--limit` values; a value that cannot be read is a usage error. */
async function limitsOf(values: readonly string[] | undefined) {
  const { parseLimitOptions, LimitOptionError } = await import('./ingest/limits.js');
  try {
    return parseLimitOptions(values ?? []);
  } catch (error) {
    if (error instanceof LimitOptionError) throw new UsageError(error.message);
    throw error;
  }
}

function buildParser(io: Io, setExit: (code: number) => void): Argv {
  return yargs()
    .scriptName('regioscan')
    .usage(
      '$0 <command> [options]\n\nRegioscan participatie: regional indicators, charts, a workbook and an HTML report\nfrom participation-questionnaire exports.',
    )
    .version(false)
    .option('version', {
      type: 'boolean',
      describe: 'Show the version and those of the libraries that shape the numbers and charts',
    })
    .option('debug', {
      type: 'boolean',
      describe: 'Print the stack trace of unexpected errors',
      global: true,
    })
    .command(
      'run',
      'Make the regioscan of every region (the bundled demo when no --input is given)',
      (y) =>
        inputOptions(y)
          .option('out', { type: 'string', default: 'output', describe: 'Output folder' })
          .option('lang', langOption)
          .option('min-cell', {
            type: 'number',
            default: 10,
            describe: 'Suppress estimates over fewer respondents than this',
          })
          .option('previous', previousOption)
          .option('weight-cap', {
            type: 'number',
            describe: 'Trim weights above this multiple of the mean weight (with --weight or --rake)',
          })
          .option('jobs', {
            type: 'number',
            describe:
              "Worker threads for reading a large export and for the regions' reports (default: the number of cores); the output is the same",
          })
          .option('about', aboutOption)
          .option('session', sessionOption)
          .option('pdf', {
            type: 'boolean',
            default: false,
            describe: "Also print each region's report and annex to A4 PDFs, with a local Chromium",
          })
          .option('chromium', { type: 'string', describe: chromiumHelp })
          .check((a) => {
            if (!Number.isInteger(a['min-cell']) || a['min-cell'] < 1)
              throw new UsageError('--min-cell must be a whole number of at least 1');
            if (a.weight && a.rake)
              throw new UsageError(
                '--weight and --rake exclude each other: weights come from a column or from raking',
              );
            if (a.jobs !== undefined && !(Number.isInteger(a.jobs) && a.jobs >= 1))
              throw new UsageError('--jobs must be a whole number of at least 1');
            if (a['weight-cap'] !== undefined && !(a['weight-cap'] > 1))
              throw new UsageError('--weight-cap must be a number above 1 (a multiple of the mean weight)');
            if (a.chromium !== undefined && !a.pdf)
              throw new UsageError('--chromium is the browser for --pdf: add --pdf, or leave --chromium out');
            return true;
          }),
      async (a) => {
        const options = resolveInputs(a);
        const limits = await limitsOf(a.limit);
        // Before the run: without a browser there would be no PDFs at its end.
        const chromium = a.pdf ? requireChromium(a.chromium) : null;
        const started = performance.now();
        const progress = terminalProgress(process.stderr, a.quiet);
        // The output folder is claimed before anything is read: see report/output-guard.ts.
        const folder = folderWriter(resolve(a.out), {
          shown: a.out,
          inputs: runInputs({
            ...options,
            rake: a.rake,
            previous: a.previous,
            about: a.about,
            sessions: a.session,
          }),
        });
        const writer = chromium
          ? (await import('./pdf/output.js')).printingWriter(folder, {
              chromium,
              lang: a.lang,
              out: a.out,
              onPrint: () => progress?.phase('pdf'),
            })
          : folder;
        const { run } = await pipeline();
        await folder.open?.().catch((error: unknown) => {
          progress?.end();
          throw error;
        });
        const summary = await run(
          {
            ...options,
            onProgress: progress?.read,
            ...(progress ? { progress } : {}),
            out: resolve(a.out),
            lang: a.lang,
            minCell: a['min-cell'],
            weight: a.weight ?? null,
            rake: a.rake ? resolve(a.rake) : null,
            weightCap: a['weight-cap'] ?? null,
            previous: a.previous ? resolve(a.previous) : null,
            about: a.about ? resolve(a.about) : null,
            sessions: (a.session ?? []).map((file) => resolve(file)),
            jobs: a.jobs ?? defaultJobs(),
            limits,
            generatedAt: generatedAt(),
            argv: process.argv.slice(2),
          },
          writer,
        ).catch((error: unknown) => {
          progress?.end();
          throw error;
        });
        progress?.end(true);
        if (!a.quiet) {
          for (const input of summary.survey.inputs)
            io.out(
              `read ${input.file}: ${input.tool} (${input.layout}), ${input.encoding}, ${input.rows} rows, ${input.included} included`,
            );
          for (const w of summary.survey.warnings) io.err(formatIssue(w));
          const excluded = summary.survey.ledger.length - summary.survey.size;
          io.out(`${summary.survey.size} respondents included, ${excluded} excluded (see respondents.csv)`);
          for (const r of summary.indicators.regions)
            io.out(`  ${r.name}: ${r.response.respondents} respondents → ${a.out}/${r.slug}/`);
          // Counts per kind only, never the values.
          const redacted = describeRedactions(summary.indicators.redactions);
          if (redacted !== '') io.out(`redacted in quoted open answers: ${redacted}`);
          io.out(
            `wrote ${summary.files.length} files to ${a.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        }
        setExit(EXIT.ok);
      },
    )
    .command(
      'validate',
      'Check export files against a codebook and list every problem (exit 1 if any)',
      (y) =>
        inputOptions(y)
          .option('weight-cap', {
            type: 'number',
            describe:
              'As for run: trim weights above this multiple of the mean weight (raking is checked with it)',
          })
          // run's other files, checked as run reads them, so that validate finds what run stops on.
          .option('previous', previousOption)
          .option('about', aboutOption)
          .option('session', sessionOption)
          .option('lang', {
            ...langOption,
            describe: 'As for run: the language the session files are read in',
          })
          .check((a) => {
            if (a['weight-cap'] !== undefined && !(a['weight-cap'] > 1))
              throw new UsageError('--weight-cap must be a number above 1 (a multiple of the mean weight)');
            return true;
          }),
      async (a) => {
        const inputs = resolveInputs(a);
        const limits = await limitsOf(a.limit);
        const progress = terminalProgress(process.stderr, a.quiet);
        const { validate } = await pipeline();
        const { survey, issues } = await validate({
          ...inputs,
          weight: a.weight ?? null,
          rake: a.rake ? resolve(a.rake) : null,
          weightCap: a['weight-cap'] ?? null,
          limits,
          ...(a.about ? { about: resolve(a.about) } : {}),
          ...(a.previous ? { previous: resolve(a.previous) } : {}),
          sessions: (a.session ?? []).map((f) => resolve(f)),
          lang: a.lang,
          jobs: defaultJobs(),
          onProgress: progress?.read,
        }).finally(() => progress?.end());
        for (const input of survey.inputs)
          io.out(
            `read ${input.file}: ${input.tool} (${input.layout}), ${input.encoding}, ${input.rows} rows`,
          );
        printIssues(issues, io);
        const errors = issues.filter((i) => i.severity === 'error').length;
        io.out(
          errors === 0 ? `no errors; ${survey.size} respondents would be included` : `${errors} error(s)`,
        );
        setExit(errors === 0 ? EXIT.ok : EXIT.input);
      },
    )
    .command(
      'init <export>',
      'Write a codebook for an export, to edit and run: questions, scales, region and role found from the file',
      (y) =>
        y
          .positional('export', { type: 'string', demandOption: true, describe: 'The export (CSV or XLSX)' })
          .option('out', { type: 'string', default: 'codebook.json', describe: 'Codebook file to write' })
          .option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing codebook' })
          .option('limit', limitOption),
      async (a) => {
        const path = a.export as string;
        if (!a.force && existsSync(a.out))
          throw new UsageError(`${a.out} exists; choose another --out or add --force`);
        const limits = await limitsOf(a.limit);
        // Streamed from the file: an export of any size is profiled in bounded memory.
        const { initCodebook } = await import('./init/index.js');
        const result = await initCodebook({ file: displayPath(path), path, limits });
        const codebook = { $schema: `./${SCHEMA_FILE}`, ...result.codebook };
        await mkdir(dirname(resolve(a.out)), { recursive: true });
        const schema = await writeSchemaBeside(a.out);
        await writeFile(a.out, `${JSON.stringify(codebook, null, 2)}\n`);
        if (schema)
          io.out(`wrote ${displayPath(schema)}: the codebook's JSON Schema, for completion in an editor`);
        io.out(`read ${displayPath(path)}: ${result.tool} (${result.layout})`);
        for (const n of result.notes) io.out(`  · ${n}`);
        const todos = (codebook.todo?.length ?? 0) + codebook.questions.filter((q) => q.todo).length;
        io.out(
          todos === 0
            ? `wrote ${a.out}: ${codebook.questions.length} questions; run it with: regioscan run --input ${path} --codebook ${a.out}`
            : `wrote ${a.out}: ${codebook.questions.length} questions, ${todos} todo(s) to decide first (search for "todo")`,
        );
      },
    )
    .command(
      'session-template',
      'Write the empty session-outcomes file of a region, to fill in after the co-creation session and pass to run --session',
      (y) =>
        y
          .option('region', {
            type: 'string',
            demandOption: true,
            describe: 'The region, by name or folder name',
          })
          .option('codebook', {
            type: 'string',
            describe: 'Codebook: JSON, or an XLSForm workbook (.xlsx); default: the demo codebook',
          })
          .option('regions', { type: 'string', describe: 'Region hierarchy (JSON), as given to run' })
          .option('format', {
            choices: ['md', 'json'] as const,
            describe: 'Markdown (default) or JSON; default: from the extension of --out',
          })
          .option('lang', { choices: ['nl', 'en'] as const, default: 'nl' as const, describe: 'Language' })
          .option('out', { type: 'string', describe: 'File to write; default: print it' })
          .option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing file' }),
      async (a) => {
        const format = a.format ?? (a.out?.toLowerCase().endsWith('.json') ? 'json' : 'md');
        if (a.out && !a.force && existsSync(a.out))
          throw new UsageError(`${a.out} exists; choose another --out or add --force`);
        const setup = a.codebook
          ? {
              codebook: resolve(a.codebook),
              regions: a.regions ? resolve(a.regions) : null,
              population: null,
            }
          : { ...defaultRunOptions(), population: null };
        const { sessionTemplateFor } = await pipeline();
        const { region, text } = await sessionTemplateFor({
          ...setup,
          region: a.region,
          lang: a.lang,
          format,
        });
        if (!a.out) {
          io.out(text.replace(/\n$/, ''));
        } else {
          await mkdir(dirname(resolve(a.out)), { recursive: true });
          await writeFile(a.out, text);
          io.out(
            `wrote ${a.out}: the session file of ${region}; fill it in after the session, then: regioscan run … --session ${a.out}`,
          );
        }
        setExit(EXIT.ok);
      },
    )
    .command(
      'generate',
      'Write a synthetic regioscan export (the demo data is made with this)',
      (y) =>
        y
          .option('rows', {
            type: 'number',
            demandOption: true,
            describe: 'Number of respondents (the file holds one duplicate row more)',
          })
          .option('seed', {
            type: 'number',
            demandOption: true,
            describe: 'Seed: the same seed gives the same file',
          })
          .option('out', { type: 'string', demandOption: true, describe: 'Output CSV file' })
          .check((a) => {
            if (!Number.isInteger(a.rows) || a.rows < 1)
              throw new UsageError('--rows must be a whole number of at least 1');
            if (!Number.isInteger(a.seed)) throw new UsageError('--seed must be a whole number');
            return true;
          }),
      async (a) => {
        const { generateExport } = await import('./generate/index.js');
        const csv = generateExport({ rows: a.rows, seed: a.seed });
        await mkdir(dirname(resolve(a.out)), { recursive: true });
        await writeFile(a.out, csv);
        io.out(`wrote ${a.out}`);
      },
    )
    .command(
      'pdf [output]',
      "Print each region's report and annex of a run's output to A4 PDFs beside them, with a local Chromium; adds them to manifest.json",
      (y) =>
        y
          .positional('output', {
            type: 'string',
            default: 'output',
            describe: 'The output folder of regioscan run',
          })
          .option('chromium', { type: 'string', describe: chromiumHelp })
          .option('lang', {
            choices: ['nl', 'en'] as const,
            describe:
              "Language of the contents page and page footer (default: the run's, from manifest.json)",
          })
          .option('quiet', { type: 'boolean', default: false, describe: 'Errors only' }),
      async (a) => {
        const chromium = requireChromium(a.chromium);
        const started = performance.now();
        const { printOutput } = await import('./pdf/output.js');
        const result = await printOutput(a.output, { chromium, lang: a.lang });
        if (!a.quiet) {
          for (const file of result.written) io.out(`wrote ${displayPath(file)}`);
          io.out(
            `printed ${plural(result.written.length, 'PDF')} with ${chromium} in ${((performance.now() - started) / 1000).toFixed(1)} s` +
              (result.manifest ? '; added them to manifest.json' : '; no manifest.json to add them to'),
          );
        }
        setExit(EXIT.ok);
      },
    )
    .demandCommand(1, 'name a command: run, validate, init or generate')
    .strict()
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    })
    .showHelpOnFail(false);
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const chromiumHelp =
  'The Chromium, Chrome or Edge to print with (default: CHROMIUM_PATH, then chromium or google-chrome on the PATH, then the usual places)';

function resolveInputs(a: { input?: string[]; codebook?: string; regions?: string; population?: string }) {
  const demo = defaultRunOptions();
  const own = a.input !== undefined && a.input.length > 0;
  if (own && !a.codebook)
    throw new UsageError(
      '--input needs --codebook: which codebook describes this export? (regioscan init EXPORT writes one)',
    );
  if (!own) return { ...demo, codebook: a.codebook ?? demo.codebook };
  return {
    inputs: a.input!,
    codebook: a.codebook!,
    regions: a.regions ?? null,
    population: a.population ?? null,
  };
}

/** Where the written codebook finds codebook.schema.json, so editors complete it. */
/** The codebook's JSON Schema, as init writes it beside each codebook. */
const SCHEMA_FILE = 'codebook.schema.json';

/**
 * Write the bundled JSON Schema beside the codebook at `out`, so that its `$schema` works offline
 * wherever the codebook goes (the schema travels with it). An existing file there is replaced
 * only when it is this schema in another version; the path written, or null when left alone.
 */
async function writeSchemaBeside(out: string): Promise<string | null> {
  const bundled = await readFile(fileURLToPath(new URL(`../${SCHEMA_FILE}`, import.meta.url)), 'utf8');
  const target = join(dirname(resolve(out)), SCHEMA_FILE);
  const existing = await readFile(target, 'utf8').catch(() => null);
  if (existing === bundled) return null;
  if (existing !== null && !isCodebookSchema(existing)) {
    throw new UsageError(
      `${displayPath(target)} exists and is not a regioscan codebook schema; move it or write the codebook elsewhere`,
    );
  }
  await writeFile(target, bundled);
  return target;
}

function isCodebookSchema(text: string): boolean {
  try {
    const json = JSON.parse(text) as { properties?: Record<string, unknown> };
    return json.properties !== undefined && 'survey' in json.properties && 'questions' in json.properties;
  } catch {
    return false;
  }
}

/** The report date: SOURCE_DATE_EPOCH (seconds) when set, for byte-identical reruns; else now. */
function generatedAt(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
