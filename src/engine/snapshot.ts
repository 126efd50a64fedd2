/**
 * Index snapshots: a built index saved to disk, so a restart, or a reload of
 * a corpus that has not changed, does not analyze every paragraph again.
 *
 * A snapshot is tied to one corpus version (its content hash) and one
 * snapshot format, and carries a SHA-256 of its contents. Anything that does
 * not match exactly is rejected and the index is rebuilt: a snapshot is never
 * trusted over the corpus.
 *
 * Layout: "CBIX", the SHA-256 of everything after it, a 4-byte header length,
 * the JSON header, then the typed arrays the header lists, each 8-byte aligned.
 */
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/types.js';
import { assembleIndex, type SearchIndex, termWeights } from './build.js';
import type { Postings } from './postings.js';
import { runToEnd } from './steps.js';
import { INT_ARRAYS, type TextStore } from './store.js';

/** Bump when the analysis or the index layout changes: older snapshots are then rebuilt. */
export const SNAPSHOT_FORMAT = 4;

const MAGIC = 'CBIX';
const HASH_BYTES = 32;

/** Why a snapshot was not used. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

type ArrayKind = 'i32' | 'u16' | 'f64';
type Typed = Int32Array | Uint16Array | Float64Array;

interface Header {
  readonly format: number;
  readonly corpusVersion: string;
  readonly stems: readonly string[];
  readonly words: readonly string[];
  readonly averageLength: number;
  readonly arrays: readonly { readonly name: string; readonly kind: ArrayKind; readonly length: number }[];
}

/** Serializes an index into snapshot bytes. */
export function serializeIndex(index: SearchIndex): Uint8Array {
  const { store, postings } = index;
  const words = [...index.vocabulary.keys()];
  const arrays: Record<string, Typed> = {
    ...Object.fromEntries(INT_ARRAYS.map((name) => [name, store[name]])),
    sentenceNorms: store.sentenceNorms,
    wordIds: Int32Array.from(words, (word) => index.vocabulary.get(word) ?? -1),
    offsets: postings.offsets,
    docs: postings.docs,
    freqs: postings.freqs,
    lengths: postings.lengths,
  };
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    corpusVersion: index.corpus.version,
    stems: index.stems,
    words,
    averageLength: postings.averageLength,
    arrays: Object.entries(arrays).map(([name, array]) => ({ name, kind: kindOf(array), length: array.length })),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = align(4 + headerBytes.length);
  let size = bodyStart;
  for (const array of Object.values(arrays)) size = align(size + array.byteLength);
  const body = new Uint8Array(size);
  new DataView(body.buffer).setUint32(0, headerBytes.length, true);
  body.set(headerBytes, 4);
  let at = bodyStart;
  for (const array of Object.values(arrays)) {
    body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align(at + array.byteLength);
  }
  const out = new Uint8Array(MAGIC.length + HASH_BYTES + body.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  out.set(createHash('sha256').update(body).digest(), MAGIC.length);
  out.set(body, MAGIC.length + HASH_BYTES);
  return out;
}

/**
 * Rebuilds the index of `corpus` from snapshot bytes. Throws a
 * {@link SnapshotError} when the bytes are damaged, of another format, or of
 * another corpus version.
 */
export function deserializeIndex(bytes: Uint8Array, corpus: Corpus): SearchIndex {
  if (bytes.length < MAGIC.length + HASH_BYTES + 4 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new SnapshotError('not a citebot index snapshot');
  }
  // Typed-array views need 8-byte aligned offsets. A file read whole usually
  // starts its own buffer, so the body is aligned; only a misaligned one is copied.
  const start = MAGIC.length + HASH_BYTES;
  const aligned = (bytes.byteOffset + start) % 8 === 0;
  const body = aligned ? bytes.subarray(start) : new Uint8Array(bytes.subarray(start));
  const expected = bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES);
  if (!createHash('sha256').update(body).digest().equals(expected)) throw new SnapshotError('checksum mismatch');
  const headerLength = new DataView(body.buffer, body.byteOffset).getUint32(0, true);
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + headerLength))) as Header;
  } catch {
    throw new SnapshotError('unreadable header');
  }
  if (header.format !== SNAPSHOT_FORMAT)
    throw new SnapshotError(`format ${header.format}, expected ${SNAPSHOT_FORMAT}`);
  if (header.corpusVersion !== corpus.version) throw new SnapshotError('made from another corpus version');

  const arrays = new Map<string, Typed>();
  let at = align(4 + headerLength);
  for (const { name, kind, length } of header.arrays) {
    const array = view(body, kind, at, length);
    arrays.set(name, array);
    at = align(at + array.byteLength);
  }
  const get = (name: string) => {
    const array = arrays.get(name);
    if (!array) throw new SnapshotError(`missing ${name}`);
    return array;
  };
  return assemble(corpus, header, get);
}

function assemble(corpus: Corpus, header: Header, get: (name: string) => Typed): SearchIndex {
  const paragraphs = corpus.paragraphs.length;
  const i32 = (name: string) => get(name) as Int32Array;
  const store = {
    paragraphs,
    ...Object.fromEntries(INT_ARRAYS.map((name) => [name, i32(name)])),
    sentenceNorms: get('sentenceNorms') as Float64Array,
  } as TextStore;
  if (store.termStart.length !== paragraphs + 1) throw new SnapshotError('paragraph count differs');
  const postings: Postings = {
    offsets: i32('offsets'),
    docs: i32('docs'),
    freqs: get('freqs') as Uint16Array,
    lengths: i32('lengths'),
    averageLength: header.averageLength,
  };
  if (postings.offsets.length !== header.stems.length + 1) throw new SnapshotError('vocabulary size differs');
  const wordIds = i32('wordIds');
  const words = header.words.map((word, i): [string, number] => [word, wordIds[i] ?? -1]);
  return runToEnd(
    assembleIndex({ corpus, store, postings, stems: header.stems, words, ...termWeights(postings, paragraphs) }),
  );
}

function kindOf(array: Typed): ArrayKind {
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Float64Array) return 'f64';
  return 'i32';
}

/** A typed array over `body` from `offset` (relative to the body), without copying. */
function view(body: Uint8Array, kind: ArrayKind, offset: number, length: number): Typed {
  const size = kind === 'u16' ? 2 : kind === 'f64' ? 8 : 4;
  if (offset + length * size > body.byteLength) throw new SnapshotError('truncated');
  const at = body.byteOffset + offset;
  if (kind === 'u16') return new Uint16Array(body.buffer, at, length);
  if (kind === 'f64') return new Float64Array(body.buffer, at, length);
  return new Int32Array(body.buffer, at, length);
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}
