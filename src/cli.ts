/**
 * The command line (yargs). Parses arguments, calls the pipeline, prints what happened.
 * Nothing else knows about argv. Exit codes: 0 done, 1 the input has errors, 2 usage error.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs, { type Argv } from 'yargs';
import { generateExport } from './generate/index.js';
import { formatIssue, InputError, summariseIssues } from './ingest/index.js';
import { initCodebook } from './init/index.js';
import type { Issue } from './model/survey.js';
import { defaultRunOptions, displayPath, run, sessionTemplateFor, validate } from './pipeline.js';
import { terminalProgress } from './progress.js';
import { VERSION } from './version.js';

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

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
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
    io.err(`✖ file not found: ${(error as NodeJS.ErrnoException).path}`);
    return EXIT.input;
  }
  if (error instanceof Error && error.name === 'YError') {
    io.err(`✖ ${error.message}\n  (regioscan --help lists the commands and options)`);
    return EXIT.usage;
  }
  io.err(`✖ unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  else io.err('  rerun with --debug for details, and report it with the command you ran');
  return EXIT.input;
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
    });

function buildParser(io: Io, setExit: (code: number) => void): Argv {
  return yargs()
    .scriptName('regioscan')
    .usage(
      '$0 <command> [options]\n\nRegioscan participatie: regional indicators, charts, a workbook and an HTML report\nfrom participation-questionnaire exports.',
    )
    .version(VERSION)
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
          .option('lang', {
            choices: ['nl', 'en'] as const,
            default: 'nl' as const,
            describe: 'Report language',
          })
          .option('min-cell', {
            type: 'number',
            default: 10,
            describe: 'Suppress estimates over fewer respondents than this',
          })
          .option('previous', {
            type: 'string',
            describe: "An earlier run's output folder: adds the change since then (the trend)",
          })
          .option('weight-cap', {
            type: 'number',
            describe: 'Trim weights above this multiple of the mean weight (with --weight or --rake)',
          })
          .option('about', {
            type: 'string',
            describe:
              'Project file (JSON): who commissioned and ran the survey, recruitment, fieldwork, limitations (for the evidence annex)',
          })
          .option('session', {
            type: 'string',
            array: true,
            describe:
              'Session outcomes of a region (Markdown or JSON, see session-template): makes its report the final version; repeat per region',
          })
          .check((a) => {
            if (!Number.isInteger(a['min-cell']) || a['min-cell'] < 1)
              throw new UsageError('--min-cell must be a whole number of at least 1');
            if (a.weight && a.rake)
              throw new UsageError(
                '--weight and --rake exclude each other: weights come from a column or from raking',
              );
            if (a['weight-cap'] !== undefined && !(a['weight-cap'] > 1))
              throw new UsageError('--weight-cap must be a number above 1 (a multiple of the mean weight)');
            return true;
          }),
      async (a) => {
        const options = resolveInputs(a);
        const started = performance.now();
        const progress = terminalProgress(process.stderr, a.quiet);
        const summary = await run({
          ...options,
          onProgress: progress?.update,
          out: resolve(a.out),
          lang: a.lang,
          minCell: a['min-cell'],
          weight: a.weight ?? null,
          rake: a.rake ? resolve(a.rake) : null,
          weightCap: a['weight-cap'] ?? null,
          previous: a.previous ? resolve(a.previous) : null,
          about: a.about ? resolve(a.about) : null,
          sessions: (a.session ?? []).map((file) => resolve(file)),
          generatedAt: generatedAt(),
          argv: process.argv.slice(2),
        }).finally(() => progress?.end());
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
      (y) => inputOptions(y),
      async (a) => {
        const progress = terminalProgress(process.stderr, a.quiet);
        const { survey, issues } = await validate({
          ...resolveInputs(a),
          weight: a.weight ?? null,
          rake: a.rake ? resolve(a.rake) : null,
          onProgress: progress?.update,
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
          .option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing codebook' }),
      async (a) => {
        const path = a.export as string;
        if (!a.force && existsSync(a.out))
          throw new UsageError(`${a.out} exists; choose another --out or add --force`);
        const result = await initCodebook({
          file: displayPath(path),
          bytes: new Uint8Array(await readFile(path)),
        });
        const codebook = { $schema: schemaReference(a.out), ...result.codebook };
        await mkdir(dirname(resolve(a.out)), { recursive: true });
        await writeFile(a.out, `${JSON.stringify(codebook, null, 2)}\n`);
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
        const csv = generateExport({ rows: a.rows, seed: a.seed });
        await mkdir(dirname(resolve(a.out)), { recursive: true });
        await writeFile(a.out, csv);
        io.out(`wrote ${a.out}`);
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
function schemaReference(out: string): string {
  const schema = fileURLToPath(new URL('../codebook.schema.json', import.meta.url));
  return relative(dirname(resolve(out)), schema)
    .split('\\')
    .join('/');
}

/** The report date: SOURCE_DATE_EPOCH (seconds) when set, for byte-identical reruns; else now. */
function generatedAt(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
