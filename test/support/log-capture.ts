/** Collects the bot's pino lines in memory, so tests can read what it logged. */
import type { DestinationStream } from 'pino';

/** A pino destination that keeps every line. */
export interface LogCapture {
  readonly destination: DestinationStream;
  /** Every line as written. */
  readonly lines: string[];
  /** Every line, parsed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- log lines are free-form JSON.
  entries(): any[];
  /** The first line, logged already or within a few seconds, that `matches`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- log lines are free-form JSON.
  waitFor(matches: (entry: any) => boolean, timeoutMs?: number): Promise<any>;
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const entries = () => lines.map((line) => JSON.parse(line));
  return {
    destination: { write: (line: string) => void lines.push(line) },
    lines,
    entries,
    async waitFor(matches, timeoutMs = 5000) {
      // The bot logs after its reply has gone out, so the line may trail the response a little.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = entries().find(matches);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No matching log line. Lines:\n${lines.join('')}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}
