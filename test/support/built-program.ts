/**
 * Runs the built programs (`dist/`) as child processes, the way `npm start`
 * and `npm run deploy-commands` do. `npm test` builds first; when the tests
 * run on their own and `dist/` is older than the sources, it is rebuilt once.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function builtAt(program: string): number {
  try {
    return statSync(path.join(ROOT, 'dist', program)).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds `dist/` unless every program is newer than every source file. */
export function ensureBuilt(programs: readonly string[]): void {
  const sources = Math.max(newestSource(path.join(ROOT, 'src')), newestSource(path.join(ROOT, 'commands')));
  if (programs.every((program) => builtAt(program) > sources)) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

/** A running child program and everything it printed. */
export interface RunningProgram {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once standard output contains `text`. */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code. */
  exited(): Promise<number | null>;
}

/**
 * Starts `dist/<program>` with exactly `env` (nothing inherited, so a
 * developer's own token or .env cannot leak in), in an empty directory.
 * `nodeArgs` go to node before the program, e.g. `--import` of a test preload;
 * `uid` runs it as another user (the tests run as root, whom no permission stops).
 */
export function runProgram(
  program: string,
  env: Record<string, string>,
  options: { readonly nodeArgs?: readonly string[]; readonly uid?: number } = {},
): RunningProgram {
  const cwd = mkdtempSync(path.join(tmpdir(), 'citebot-run-'));
  const args = [...(options.nodeArgs ?? []), path.join(ROOT, 'dist', program)];
  const user = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
  // The other user must be able to look in its working directory (for a .env, which is absent).
  if (options.uid !== undefined) chmodSync(cwd, 0o755);
  const child = spawn(process.execPath, args, { cwd, env, stdio: 'pipe', ...user });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    err += String(chunk);
  });
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    async waitForOutput(text, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!out.includes(text)) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`"${text}" never appeared. stdout:\n${out}\nstderr:\n${err}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    exited: () => exit,
  };
}
