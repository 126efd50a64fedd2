/**
 * Runs the built `citebot` executable as a child process, as a user and
 * other tools do. `npm test` builds it first.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The built program that `npx citebot` runs. */
export const BIN = fileURLToPath(new URL('../../dist/src/cli/bin.js', import.meta.url));
const run = promisify(execFile);

/** Runs citebot and returns its exit code and output, whatever the code. */
export async function citebot(
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
