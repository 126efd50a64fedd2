/**
 * Long builds are written as generators that yield between small steps, so
 * the same code can run to the end at once or in slices that leave the event
 * loop free (see buildIndexInSlices).
 */

/** Work split into steps: each `yield` is a point where the caller may pause. */
export type Steps<T> = Generator<void, T>;

/** Runs every step at once and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, giving the event loop back whenever a slice of `sliceMs` has been used. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
