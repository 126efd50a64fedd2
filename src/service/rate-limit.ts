/**
 * A per-user sliding-window rate limit, so one person cannot flood a channel
 * with answers or keep the bot busy for everyone else.
 */

/** The outcome of asking the limiter for one more use. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Settings of a {@link RateLimiter}. */
export interface RateLimitSettings {
  /** Uses allowed per window; 0 turns the limit off. */
  readonly max: number;
  readonly windowSeconds: number;
}

/** Above this many tracked users, idle ones are forgotten so memory stays bounded in a busy server. */
const SWEEP_THRESHOLD = 10_000;

/**
 * Counts each key's uses within the last `windowSeconds`. Time is passed in
 * (milliseconds) so callers and tests control the clock.
 */
export class RateLimiter {
  readonly #settings: RateLimitSettings;
  /** Times of the uses still inside the window, oldest first, per key. */
  readonly #uses = new Map<string, number[]>();

  constructor(settings: RateLimitSettings) {
    this.#settings = settings;
  }

  /** Whether the limit is on at all. */
  get enabled(): boolean {
    return this.#settings.max > 0;
  }

  /** Records a use by `key` at `now` if it is allowed; otherwise says how long to wait. */
  take(key: string, now: number = Date.now()): RateDecision {
    if (!this.enabled) return { allowed: true };
    const windowMs = this.#settings.windowSeconds * 1000;
    const uses = this.#recentUses(key, now, windowMs);
    if (uses.length < this.#settings.max) {
      uses.push(now);
      this.#uses.set(key, uses);
      if (this.#uses.size > SWEEP_THRESHOLD) this.#sweep(now, windowMs);
      return { allowed: true };
    }
    const oldest = uses[0] ?? now;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
  }

  #recentUses(key: string, now: number, windowMs: number): number[] {
    const uses = this.#uses.get(key) ?? [];
    const firstRecent = uses.findIndex((time) => time > now - windowMs);
    return firstRecent < 0 ? [] : uses.slice(firstRecent);
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, uses] of this.#uses) {
      if ((uses.at(-1) ?? 0) <= now - windowMs) this.#uses.delete(key);
    }
  }
}
