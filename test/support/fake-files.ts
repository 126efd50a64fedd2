/** The fake Discord's file side: attachments served as its CDN serves them, and multipart uploads read back. */
import type { ServerResponse } from 'node:http';

/** How the fake's file server answers for one attachment. */
export interface ServedFile {
  /** Answer with a redirect to this address instead of the file. */
  readonly redirectTo?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

/** Attachments by path: `/attachments/<n>/<name>`. */
export class FileServer {
  readonly #files = new Map<string, { readonly bytes: Uint8Array; readonly options: ServedFile }>();

  /** Serves `bytes` under a new path, and returns it. */
  add(name: string, bytes: Uint8Array | string, options: ServedFile): string {
    const path = `/attachments/${this.#files.size + 1}/${encodeURIComponent(name)}`;
    this.#files.set(path, { bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes, options });
    return path;
  }

  /** Answers a GET of `path`: the file, its redirect, or 404. */
  async answer(path: string, response: ServerResponse): Promise<void> {
    const file = this.#files.get(path);
    if (file?.options.delayMs) await new Promise((resolve) => setTimeout(resolve, file.options.delayMs));
    if (!file) response.writeHead(404).end();
    else if (file.options.redirectTo !== undefined)
      response.writeHead(302, { location: file.options.redirectTo }).end();
    else response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.bytes);
  }
}

/** A request body: JSON, or multipart with the JSON in `payload_json` and files beside it (as discord.js uploads). */
export async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files?: { name: string; bytes: Buffer }[] }> {
  if (raw.byteLength === 0) return { body: undefined };
  if (!contentType?.startsWith('multipart/form-data')) return { body: JSON.parse(raw.toString('utf8')) };
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: { name: string; bytes: Buffer }[] = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { body, files };
}
