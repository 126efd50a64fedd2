/**
 * The citebot command line: the same engine as the Discord bot, offline.
 *
 *   citebot ask "who delivered the car"     quoted passages with their sources
 *   citebot validate [--corpus DIR]         every problem in the corpus, file:line
 *   citebot sources                         the loaded reports
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadCorpusDirFromEnv, loadIndexCacheDirFromEnv } from '../config.js';
import { checkCorpus, loadCorpus } from '../corpus/load.js';
import { answerQuestion, DEFAULT_TOP } from '../engine/answer.js';
import { openCorpusDirectory } from '../engine/index-cache.js';
import { formatProblem, UserError } from '../errors.js';
import { toJsonAnswer } from '../format/json.js';
import { ANSI, formatAnswer, formatSources, PLAIN } from '../format/terminal.js';
import { listSources, resolveSource } from '../service/sources.js';
import { neutraliseControls, safeJson } from '../text/control-chars.js';
import { plural } from '../text/listing.js';
import { citebotVersion } from './version.js';

/** Exit code for bad usage or a bad corpus. */
export const EXIT_USAGE = 2;
/** Most passages `--top` may ask for. */
export const MAX_TOP = 50;

const USAGE = `Usage:
  citebot ask [options] "question"   answer a question with quoted passages
  citebot ask --stdin [options]      answer one question per line of standard input
  citebot validate [--corpus DIR]    check every corpus file and list each problem
  citebot sources [--corpus DIR]     list the loaded reports

Options:
  --corpus DIR    corpus directory (default: CORPUS_DIR, else ./corpus)
  --top K         passages per answer, 1 to ${MAX_TOP} (default ${DEFAULT_TOP})
  --source NAME   only passages from this source (a name or id from "citebot sources")
  --json          print JSON: one object per question
  --stdin         read questions from standard input, one per line
  -h, --help      show this help
  --version       print citebot's version
`;

/** Options that take a value; `--top -1` must give -1 to --top, not read as an option. */
const VALUE_OPTIONS = new Set(['--corpus', '--top', '--source']);

/** Where the CLI writes; injectable so it can be driven in-process. */
export interface Output {
  readonly out: NodeJS.WritableStream & { isTTY?: boolean; hasColors?: () => boolean };
  readonly err: NodeJS.WritableStream;
  readonly input: NodeJS.ReadableStream;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: Output): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UserError || error instanceof ConfigError) {
      // Messages quote file names, YAML and what the user typed: no control character reaches the terminal.
      io.err.write(`citebot: ${neutraliseControls(error.message)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseOptions(argv);
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out.write(`citebot ${citebotVersion()}\n`);
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? io.err : io.out).write(USAGE);
    return command === undefined && !values.help ? EXIT_USAGE : 0;
  }
  const corpusDir = values.corpus ?? loadCorpusDirFromEnv();
  switch (command) {
    case 'validate':
      return validate(corpusDir, io);
    case 'sources': {
      const corpus = await loadCorpus(corpusDir);
      const sources = listSources(corpus);
      io.out.write(
        values.json ? `${safeJson({ version: corpus.version, sources })}\n` : formatSources(sources, corpus.version),
      );
      return 0;
    }
    case 'ask':
      return ask(corpusDir, rest.join(' '), values, io);
    default:
      throw new UserError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

type Options = ReturnType<typeof parseOptions>['values'];

function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: joinDashValues(argv),
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        top: { type: 'string' },
        source: { type: 'string' },
        json: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

/**
 * node:util's parseArgs reads a value that starts with a dash as a missing
 * value ("argument is ambiguous"). A negative number after an option that
 * takes a value is that value, so it is joined to it (`--top=-1`) and checked
 * like any other.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (arg === '--') return [...args, ...argv.slice(i)];
    if (VALUE_OPTIONS.has(arg) && next !== undefined && /^-\d/u.test(next)) {
      args.push(`${arg}=${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  return args;
}

async function validate(corpusDir: string, io: Output): Promise<number> {
  const check = await checkCorpus(corpusDir);
  if (!check.ok) {
    for (const problem of check.problems) io.err.write(`${neutraliseControls(formatProblem(problem))}\n`);
    io.err.write(`${plural(check.problems.length, 'problem')} found in ${corpusDir}\n`);
    return EXIT_USAGE;
  }
  const { corpus, warnings } = check;
  for (const warning of warnings) {
    io.err.write(`${neutraliseControls(formatProblem({ ...warning, message: `warning: ${warning.message}` }))}\n`);
  }
  io.out.write(
    `${corpusDir}: ${plural(corpus.reports.length, 'report')}, ${plural(corpus.paragraphs.length, 'paragraph')}, version ${corpus.version}: OK\n`,
  );
  return 0;
}

async function ask(corpusDir: string, question: string, values: Options, io: Output): Promise<number> {
  const top = parseTop(values.top);
  if (!values.stdin && question.trim() === '') throw new UserError(`ask needs a question\n\n${USAGE}`);
  if (values.stdin && question.trim() !== '') {
    throw new UserError(
      `ask --stdin reads its questions from standard input, so it would ignore "${question}": ` +
        'give the question on standard input, or leave out --stdin',
    );
  }
  // Through the same snapshot cache as the bot, so a large corpus opens in seconds.
  const { index } = await openCorpusDirectory(corpusDir, loadIndexCacheDirFromEnv());
  // The same resolver as the bot's: a publisher name or a report id, and a usage error naming the sources.
  const source = values.source === undefined ? undefined : resolveSource(index.corpus, values.source);
  const style = io.out.isTTY && io.out.hasColors?.() ? ANSI : PLAIN;
  const answerOne = (text: string) => {
    const answer = answerQuestion(index, text, { top, source });
    io.out.write(values.json ? `${safeJson(toJsonAnswer(answer))}\n` : formatAnswer(answer, style));
  };
  if (!values.stdin) {
    answerOne(question);
    return 0;
  }
  // The index is built once and every line is answered from it, in order.
  for await (const line of createInterface({ input: io.input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!values.json && line.trim() !== '') io.out.write(`? ${neutraliseControls(line)}\n`);
    answerOne(line);
  }
  return 0;
}

function parseTop(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TOP;
  const top = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || top < 1 || top > MAX_TOP) {
    throw new UserError(`--top must be a whole number from 1 to ${MAX_TOP} (got "${raw}")`);
  }
  return top;
}
