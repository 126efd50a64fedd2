/**
 * A per-user sliding-window rate limit, so one person cannot flood a channel
 * with answers or keep the bot busy for everyone else.
 *
 * Its memory is bounded whatever happens: a user is forgotten as soon as
 * their last use leaves the window, and beyond `maxKeys` users the one idle
 * longest is forgotten first. Each costs O(1) amortised per use, so a burst
 * from thousands of people is not slowed by sweeping.
 */

/** The outcome of asking the limiter for one more use. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Settings of a {@link RateLimiter}. */
export interface RateLimitSettings {
  /** Uses allowed per window; 0 turns the limit off. */
  readonly max: number;
  readonly windowSeconds: number;
  /** Most users remembered at once (default {@link DEFAULT_MAX_KEYS}). */
  readonly maxKeys?: number;
}

/** About 100 bytes each: a few megabytes at most, far more people than are active in any window. */
export const DEFAULT_MAX_KEYS = 50_000;

/** One allowed use, in the order they happened. */
interface Use {
  readonly key: string;
  readonly at: number;
}

/**
 * Counts each key's uses within the last `windowSeconds`. Time is passed in
 * (milliseconds) so callers and tests control the clock.
 */
export class RateLimiter {
  readonly #settings: RateLimitSettings;
  /** Times of the uses still inside the window, oldest first, per key. */
  readonly #uses = new Map<string, number[]>();
  /**
   * Every allowed use, oldest first, from `#head` on: the order in which keys
   * fall idle. An entry is stale once its key was used again or forgotten.
   * (A queue, not the Map's own order: V8 walks over deleted entries at the
   * front of a Map, which makes a Map used as a queue quadratic.)
   */
  #order: Use[] = [];
  #head = 0;

  constructor(settings: RateLimitSettings) {
    this.#settings = settings;
  }

  /** Whether the limit is on at all. */
  get enabled(): boolean {
    return this.#settings.max > 0;
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.#uses.size;
  }

  /** Records a use by `key` at `now` if it is allowed; otherwise says how long to wait. */
  take(key: string, now: number = Date.now()): RateDecision {
    if (!this.enabled) return { allowed: true };
    const windowMs = this.#settings.windowSeconds * 1000;
    this.#forget((use) => use.at <= now - windowMs);
    const uses = (this.#uses.get(key) ?? []).filter((time) => time > now - windowMs);
    if (uses.length >= this.#settings.max) {
      const oldest = uses[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
    }
    uses.push(now);
    this.#uses.set(key, uses);
    this.#order.push({ key, at: now });
    const maxKeys = this.#settings.maxKeys ?? DEFAULT_MAX_KEYS;
    this.#forget(() => this.#uses.size > maxKeys);
    return { allowed: true };
  }

  /** Forgets keys from the one idle longest, while `idle` says so of its last use; skips stale entries. */
  #forget(idle: (use: Use) => boolean): void {
    while (this.#head < this.#order.length) {
      const use = this.#order[this.#head] as Use;
      const last = this.#uses.get(use.key)?.at(-1);
      if (last === use.at && !idle(use)) break;
      if (last === use.at) this.#uses.delete(use.key);
      this.#head++;
    }
    // Drop the consumed front now and then, so the queue holds about one window of uses.
    if (this.#head > 1024 && this.#head * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#head);
      this.#head = 0;
    }
  }
}
