import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, withFolderLock } from '../../src/service/folder-lock.js';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'citebot-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withFolderLock', () => {
  it('waits while another running process holds the lock, then runs', async () => {
    const dir = folder();
    // The test runner's parent stands in for another shard: it runs for as long as the test does.
    writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    let ran = false;

    const change = withFolderLock(
      dir,
      async () => {
        ran = true;
        return 'done';
      },
      { required: true },
    );
    await sleep(200);
    expect(ran).toBe(false);
    rmSync(path.join(dir, LOCK_FILE));

    expect(await change).toBe('done');
    expect(ran).toBe(true);
  });

  it('takes over a lock whose process is gone', async () => {
    const dir = folder();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(path.join(dir, LOCK_FILE), `${dead.pid}\n`);

    const held = await withFolderLock(dir, async () => existsSync(path.join(dir, LOCK_FILE)), { required: true });
    expect(held).toBe(true);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('lets go of the lock when the task fails', async () => {
    const dir = folder();
    await expect(
      withFolderLock(
        dir,
        async () => {
          throw new Error('disk full');
        },
        { required: true },
      ),
    ).rejects.toThrow('disk full');
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a change when the folder cannot be written, and lets a read go ahead', async () => {
    const blocked = path.join(folder(), 'a-file');
    writeFileSync(blocked, '');
    const history = path.join(blocked, 'history');

    await expect(withFolderLock(history, async () => 'changed', { required: true })).rejects.toThrow(
      /^The history folder cannot be written \(ENOTDIR\), so the corpus was not changed\. Ask whoever runs the bot to check CORPUS_HISTORY_DIR\.$/u,
    );
    expect(await withFolderLock(history, async () => 'read', { required: false })).toBe('read');
  });
});
