/**
 * Fetching a file a moderator attached: only from the hosts allowed, never
 * following a redirect, within a time limit, and never reading more than
 * the size limit, whatever the server claims.
 */
import { UserError } from '../errors.js';

/** Limits of {@link downloadFile}. */
export interface DownloadLimits {
  /** `name` or `name:port`, lower case. */
  readonly allowedHosts: readonly string[];
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/** Hosts on this machine, the only ones plain http is accepted from (the test Discord runs there). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The bytes at `url`. `name` is the file's name for messages. Every failure
 * is a {@link UserError} that says what happened and that nothing was written.
 */
export async function downloadFile(url: string, name: string, limits: DownloadLimits): Promise<Uint8Array> {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    throw new UserError(`${name} has no valid download address. Nothing was written.`);
  }
  if (!limits.allowedHosts.includes(address.host)) {
    throw new UserError(
      `${name} is not on Discord's file servers (it is on ${address.host}), so it was not downloaded. Nothing was written.`,
    );
  }
  const secure = address.protocol === 'https:' || (address.protocol === 'http:' && LOOPBACK.has(address.hostname));
  if (!secure) {
    throw new UserError(`${name} is not served over https, so it was not downloaded. Nothing was written.`);
  }
  let response: Response;
  try {
    response = await fetch(address, { redirect: 'manual', signal: AbortSignal.timeout(limits.timeoutMs) });
  } catch (error) {
    throw downloadError(name, error, limits);
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    throw new UserError(
      `${name}: its address redirects elsewhere, and citebot follows no redirect. Nothing was written.`,
    );
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new UserError(`${name} could not be downloaded (the server answered ${response.status}). Try again.`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body.cancel();
    throw tooLarge(name, limits.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel();
        throw tooLarge(name, limits.maxBytes);
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw downloadError(name, error, limits);
  }
  return Buffer.concat(chunks, total);
}

/** The message for a file over the corpus limit; `mb` as the corpus guide states it. */
export function tooLarge(name: string, maxBytes: number): UserError {
  const mb = maxBytes / 1024 / 1024;
  return new UserError(`${name} is larger than ${mb} MB, the most a corpus file may be. Nothing was written.`);
}

function downloadError(name: string, error: unknown, limits: DownloadLimits): UserError {
  const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
  if (timedOut) {
    return new UserError(
      `${name} took longer than ${limits.timeoutMs / 1000} s to download, so it was dropped. Nothing was written; try again.`,
    );
  }
  return new UserError(
    `${name} could not be downloaded (${(error as Error).message}). Nothing was written; try again.`,
  );
}
