import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/service/rate-limit.js';

describe('RateLimiter', () => {
  it('allows `max` uses per window, then says how many seconds to wait', () => {
    const limiter = new RateLimiter({ max: 2, windowSeconds: 30 });
    expect(limiter.take('ana', 0)).toEqual({ allowed: true });
    expect(limiter.take('ana', 10_000)).toEqual({ allowed: true });
    expect(limiter.take('ana', 12_500)).toEqual({ allowed: false, retryAfterSeconds: 18 });
  });

  it('lets uses back in as they leave the window', () => {
    const limiter = new RateLimiter({ max: 2, windowSeconds: 30 });
    limiter.take('ana', 0);
    limiter.take('ana', 10_000);
    expect(limiter.take('ana', 30_001)).toEqual({ allowed: true });
    expect(limiter.take('ana', 30_002)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('counts each user separately', () => {
    const limiter = new RateLimiter({ max: 1, windowSeconds: 30 });
    expect(limiter.take('ana', 0).allowed).toBe(true);
    expect(limiter.take('ben', 0).allowed).toBe(true);
    expect(limiter.take('ana', 1).allowed).toBe(false);
  });

  it('does not count refused attempts', () => {
    const limiter = new RateLimiter({ max: 1, windowSeconds: 10 });
    limiter.take('ana', 0);
    limiter.take('ana', 9_000);
    expect(limiter.take('ana', 10_001)).toEqual({ allowed: true });
  });

  it('forgets a user as soon as their last use leaves the window', () => {
    const limiter = new RateLimiter({ max: 5, windowSeconds: 30 });
    for (let user = 0; user < 1000; user++) limiter.take(`user-${user}`, user);
    expect(limiter.size).toBe(1000);
    limiter.take('late-comer', 30_500);
    expect(limiter.size).toBe(500);
    limiter.take('late-comer', 61_000);
    expect(limiter.size).toBe(1);
  });

  it('remembers at most maxKeys users, forgetting the one idle longest', () => {
    const limiter = new RateLimiter({ max: 1, windowSeconds: 30, maxKeys: 3 });
    for (const [i, user] of ['ana', 'ben', 'cy', 'dee'].entries()) limiter.take(user, i);
    expect(limiter.size).toBe(3);
    expect(limiter.take('ana', 10).allowed).toBe(true);
    expect(limiter.take('dee', 11).allowed).toBe(false);
  });

  it('stays bounded when 200,000 people each ask once within one window', () => {
    const limiter = new RateLimiter({ max: 5, windowSeconds: 30 });
    for (let user = 0; user < 200_000; user++) limiter.take(String(user), user / 10);
    expect(limiter.size).toBe(50_000);
  });

  it('is off when max is 0', () => {
    const limiter = new RateLimiter({ max: 0, windowSeconds: 30 });
    expect(limiter.enabled).toBe(false);
    for (let i = 0; i < 100; i++) expect(limiter.take('ana', i).allowed).toBe(true);
  });
});
