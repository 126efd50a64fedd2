import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { questionKey } from '../../src/service/question-key.js';
import sqlite from 'node-sqlite3-wasm';
import { DatabaseInUseError, FLUSH_MS, UnansweredLog } from '../../src/service/unanswered.js';
import { ensureBuilt } from '../support/built-program.js';

const GUILD = '300000000000000001';
const OTHER_GUILD = '300000000000000002';
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2024-03-10T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const dirs: string[] = [];
function databaseFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'citebot-data-'));
  dirs.push(dir);
  return path.join(dir, 'unanswered.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('questionKey', () => {
  it('counts questions that differ only in case, punctuation and filler as one', () => {
    const key = questionKey('Who paid for the car?');
    expect(key).toBe('who paid for the car');
    for (const variant of [
      'who paid for the car',
      'WHO PAID FOR THE CAR??',
      'Hey, who paid for the car?',
      'Can you tell me who paid for the car, please?',
      'um... so, who paid for the car!!',
      '  who   paid for the car ?  ',
    ]) {
      expect(questionKey(variant)).toBe(key);
    }
  });

  it('keeps questions apart that ask different things', () => {
    expect(questionKey('who paid for the car')).not.toBe(questionKey('who drove the car'));
    // Words as the index reads them: a final 's is dropped, so "car's" and "car" are one word.
    expect(questionKey("what's the car's colour")).toBe('what the car colour');
    expect(questionKey("What's the car colour?")).toBe(questionKey("what's the car's colour"));
  });

  it('is empty for a question with only filler and punctuation', () => {
    expect(questionKey('Hey, please?!')).toBe('');
  });
});

describe('UnansweredLog', () => {
  it('lists the most asked first, with counts and when each was last asked, for one server only', () => {
    const log = UnansweredLog.open(databaseFile());
    log.record(GUILD, 'Who paid for the car?', daysAgo(3));
    log.record(GUILD, 'who paid for the car', daysAgo(1));
    log.record(GUILD, 'Where is the car now?', daysAgo(2));
    log.record(OTHER_GUILD, 'What colour is the car?', daysAgo(1));

    expect(log.top(GUILD, { days: 7, limit: 10, now: NOW })).toEqual([
      { question: 'who paid for the car', count: 2, lastAskedAt: daysAgo(1) },
      { question: 'Where is the car now?', count: 1, lastAskedAt: daysAgo(2) },
    ]);
    log.close();
  });

  it('counts only the days asked for', () => {
    const log = UnansweredLog.open(databaseFile());
    log.record(GUILD, 'who paid for the car', daysAgo(10));
    log.record(GUILD, 'who paid for the car', daysAgo(2));

    expect(log.top(GUILD, { days: 7, limit: 10, now: NOW }).map((q) => q.count)).toEqual([1]);
    expect(log.top(GUILD, { days: 30, limit: 10, now: NOW }).map((q) => q.count)).toEqual([2]);
    expect(log.top(GUILD, { days: 1, limit: 10, now: NOW })).toEqual([]);
    log.close();
  });

  it('keeps the counts when closed and opened again', () => {
    const file = databaseFile();
    const first = UnansweredLog.open(file);
    first.record(GUILD, 'who paid for the car', daysAgo(1));
    first.close();

    const second = UnansweredLog.open(file);
    second.record(GUILD, 'Who paid for the car?', daysAgo(0.5));
    expect(second.top(GUILD, { days: 7, limit: 10, now: NOW })).toEqual([
      { question: 'Who paid for the car?', count: 2, lastAskedAt: daysAgo(0.5) },
    ]);
    second.close();
  });

  it('writes what it recorded to the file within FLUSH_MS, without waiting for a read or a close', async () => {
    const file = databaseFile();
    const log = UnansweredLog.open(file);
    log.record(GUILD, 'who paid for the car', daysAgo(1));
    log.record(GUILD, 'who paid for the car', daysAgo(1));
    const onDisk = () => {
      const reader = new sqlite.Database(file, { readOnly: true });
      try {
        return reader.get('SELECT COUNT(*) AS n FROM asks')?.n;
      } finally {
        reader.close();
      }
    };
    expect(onDisk()).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, FLUSH_MS + 200));

    expect(onDisk()).toBe(2);
    log.close();
  });

  it('refuses a database that another running process holds', () => {
    const file = databaseFile();
    mkdirSync(path.dirname(file), { recursive: true });
    // The parent of the test runner is alive for as long as the test runs.
    writeFileSync(`${file}.owner`, `${process.ppid}\n`);

    expect(() => UnansweredLog.open(file)).toThrow(DatabaseInUseError);
    expect(() => UnansweredLog.open(file)).toThrow(
      `is in use by process ${process.ppid}: give each running citebot its own DATA_DIR`,
    );
  });

  it('opens a database whose writer died holding its lock', async () => {
    const file = databaseFile();
    const first = UnansweredLog.open(file);
    first.record(GUILD, 'who paid for the car', daysAgo(1));
    first.close();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    // What a writer killed inside a transaction leaves: the lock folder, and its own process id as owner.
    mkdirSync(`${file}.lock`);
    writeFileSync(`${file}.owner`, `${dead.pid}\n`);

    const log = UnansweredLog.open(file);
    log.record(GUILD, 'who paid for the car', daysAgo(0.5));
    expect(log.top(GUILD, { days: 7, limit: 10, now: NOW }).map((q) => q.count)).toEqual([2]);
    log.close();
  });

  it('survives a crash in the middle of writing: the database opens, intact, with every committed question', async () => {
    ensureBuilt(['src/service/unanswered.js']);
    const file = databaseFile();
    const module = fileURLToPath(new URL('../../dist/src/service/unanswered.js', import.meta.url));
    // Records as fast as it can and says after each commit how many are in; killed without warning.
    const script = `
      const { UnansweredLog } = await import(${JSON.stringify(module)});
      const log = UnansweredLog.open(${JSON.stringify(file)});
      for (let i = 1; ; i++) {
        log.record('${GUILD}', 'who paid for the car number ' + (i % 7), new Date());
        log.flush();
        process.stdout.write(i + '\\n');
      }`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
    let committed = 0;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        committed = Number(String(chunk).trim().split('\n').at(-1));
        if (committed >= 30) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code) => (code === null ? undefined : reject(new Error(`the writer exited with ${code}`))));
    });
    await new Promise((resolve) => child.once('close', resolve));

    const log = UnansweredLog.open(file);
    const total = log.top(GUILD, { days: 1, limit: 10 }).reduce((sum, q) => sum + q.count, 0);
    // Everything it reported committed is there; at most the write it was killed in is not.
    expect(total).toBeGreaterThanOrEqual(committed);
    expect(total).toBeLessThanOrEqual(committed + 1);
    log.close();
    expect(existsSync(`${file}.owner`)).toBe(false);
  });
});
