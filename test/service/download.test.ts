import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile } from '../../src/service/download.js';
import { FakeDiscord } from '../support/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.close());

const limits = () => ({ allowedHosts: [fake.fileHost], maxBytes: 100, timeoutMs: 2000 });

describe('downloadFile', () => {
  it('returns the bytes served', async () => {
    const url = fake.serveFile('radio.md', 'Late.\n');
    expect(Buffer.from(await downloadFile(url, 'radio.md', limits())).toString()).toBe('Late.\n');
  });

  it('gives up after the time limit', async () => {
    const url = fake.serveFile('slow.md', 'Late.\n', { delayMs: 1000 });
    await expect(downloadFile(url, 'slow.md', { ...limits(), timeoutMs: 100 })).rejects.toThrow(
      'slow.md took longer than 0.1 s to download, so it was dropped. Nothing was written; try again.',
    );
  });

  it('refuses plain http from a host that is not this machine', async () => {
    await expect(
      downloadFile('http://cdn.discordapp.com/a/radio.md', 'radio.md', {
        ...limits(),
        allowedHosts: ['cdn.discordapp.com'],
      }),
    ).rejects.toThrow('radio.md is not served over https, so it was not downloaded. Nothing was written.');
  });

  it('says what the server answered when it has no file', async () => {
    await expect(downloadFile(`http://${fake.fileHost}/attachments/999/none.md`, 'none.md', limits())).rejects.toThrow(
      'none.md could not be downloaded (the server answered 404). Try again.',
    );
  });
});
