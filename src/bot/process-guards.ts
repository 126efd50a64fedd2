/**
 * What the bot does with an error nothing caught, and the context it logs
 * with it: which interaction was being handled when it happened (tracked
 * with AsyncLocalStorage, so it follows timers and promises the handler
 * started), how many were in flight, and how long the process had run.
 *
 * An unhandled promise rejection is a bug, but the bot's state is intact:
 * it is logged and the bot keeps serving. An uncaught exception may have
 * left anything half done: it is logged and the process exits with code 1,
 * so a supervisor (systemd, Docker, pm2) starts a clean one.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** The interaction a piece of work belongs to, as logged. */
export interface InteractionTrace {
  readonly interactionId: string;
  readonly command: string;
  readonly userId: string;
  readonly guildId?: string | undefined;
}

const current = new AsyncLocalStorage<InteractionTrace>();

/** Runs `work` as part of `trace`: an error it leaves uncaught is logged with the interaction. */
export function runForInteraction<T>(trace: InteractionTrace, work: () => T): T {
  return current.run(trace, work);
}

/** Exit code after an uncaught exception: not 0, so a supervisor restarts the bot. */
export const CRASH_EXIT_CODE = 1;

/** The parts of `process` the guards use; tests may pass an emitter of their own. */
export interface GuardedProcess {
  on(event: 'unhandledRejection' | 'uncaughtException', listener: (error: unknown, origin?: unknown) => void): unknown;
  exit(code: number): void;
  uptime(): number;
}

/**
 * Logs unhandled rejections and keeps going; logs an uncaught exception as
 * fatal and exits with {@link CRASH_EXIT_CODE}. `inFlight` says how many
 * interactions were being answered.
 */
export function guardProcess(
  logger: Logger,
  inFlight: () => number,
  target: GuardedProcess = process as GuardedProcess,
): void {
  const context = () => ({
    interaction: current.getStore(),
    inFlight: inFlight(),
    uptimeSeconds: Math.round(target.uptime()),
  });
  target.on('unhandledRejection', (reason) => {
    logger.error(
      { ...context(), err: reason, origin: 'unhandledRejection' },
      'unhandled promise rejection; still serving',
    );
  });
  target.on('uncaughtException', (error, origin) => {
    logger.fatal({ ...context(), err: error, origin }, 'uncaught exception; exiting so a supervisor restarts citebot');
    // pino flushes its output on exit.
    target.exit(CRASH_EXIT_CODE);
  });
}
