/** Process ids written in files, to tell a lock left by a crash from one a running process holds. */

/** The process id in `text` (as written: the number and a newline), or undefined. */
export function parsePid(text: string): number | undefined {
  const pid = Number.parseInt(text, 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** True while process `pid` runs, whoever owns it. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
