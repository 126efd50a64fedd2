/**
 * Index snapshots: a built index saved to disk, so a restart does not index
 * every paragraph again.
 *
 * A snapshot is MiniSearch's own JSON of the paragraph index (`toJSON`, read
 * back with `MiniSearch.loadJSON`), after a line of what citebot counts beside
 * it (stems, document frequencies, per-report counts, the vocabulary). It is
 * tied to one corpus version (its content hash) and one format, and its first
 * line is a SHA-256 of everything after it. Anything that does not match
 * exactly is rejected and the index is rebuilt: a snapshot is never trusted
 * over the corpus.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import { assembleIndex, type ParagraphDocument, paragraphSearchOptions, type SearchIndex } from './build.js';
import { runToEnd } from './steps.js';

/** Bump when the analysis or the index layout changes: older snapshots are then rebuilt. */
export const SNAPSHOT_FORMAT = 18;

const MAGIC = 'citebot-index';
const NEWLINE = 0x0a;

/** Why a snapshot was not used. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

interface Header {
  readonly magic: string;
  readonly format: number;
  readonly corpusVersion: string;
  readonly stems: readonly string[];
  readonly words: readonly string[];
  readonly averageLength: number;
  /** Base64 of little-endian Int32 arrays. */
  readonly documentFrequency: string;
  readonly reportOffsets: string;
  readonly reportTerms: string;
  readonly reportCounts: string;
  /** WordNet's related corpus stems: [stem, [[corpus stem, weight], …]]. */
  readonly related: readonly (readonly [string, readonly (readonly [string, number])[]])[];
  /** Capitals and countries, and lemmas to their irregular forms, as corpus stems: [stem, [corpus stem, …]]. */
  readonly sameAs: readonly (readonly [string, readonly string[]])[];
  /** WordNet's two-word names: [first word, [second word, …]]. */
  readonly compounds: readonly (readonly [string, readonly string[]])[];
  /** Those the corpus writes side by side, as "first second" stems. */
  readonly writtenCompounds: readonly string[];
  /** Stems of the corpus's forms of verbs of giving. */
  readonly givingVerbs: readonly string[];
  /** Acronyms the corpus spells out, to their stems. */
  readonly acronyms: readonly (readonly [string, readonly string[]])[];
  readonly names: string;
  /** The corpus's aligned paragraphs, when it was aligned whole. */
  readonly agreement?: { readonly offsets: string; readonly ids: string };
}

const toBase64 = (array: Int32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function fromBase64(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied into a fresh buffer: a Buffer's slice of the pool need not be 4-byte aligned.
  const copy = new Uint8Array(bytes.length - (bytes.length % 4));
  copy.set(bytes.subarray(0, copy.length));
  return new Int32Array(copy.buffer);
}

/**
 * Serializes an index: the checksum line, the header line, then MiniSearch's JSON.
 * `JSON.stringify` of a large index holds the thread for seconds, so a
 * serving bot leaves this to a worker (see snapshot-worker.ts).
 */
export function serializeIndex(index: SearchIndex): Uint8Array {
  const header: Header = {
    magic: MAGIC,
    format: SNAPSHOT_FORMAT,
    corpusVersion: index.corpus.version,
    stems: index.stems,
    words: index.words,
    averageLength: index.averageLength,
    documentFrequency: toBase64(index.documentFrequency),
    reportOffsets: toBase64(index.reportTerms.offsets),
    reportTerms: toBase64(index.reportTerms.terms),
    reportCounts: toBase64(index.reportTerms.counts),
    related: [...index.related].map(([stem, keys]) => [stem, keys.map(({ key, weight }) => [key, weight] as const)]),
    sameAs: [...index.sameAs].map(([stem, ids]) => [stem, ids.map((id) => index.stems[id] ?? '')]),
    compounds: [...index.compounds],
    writtenCompounds: [...index.writtenCompounds],
    givingVerbs: index.givingVerbs.map((id) => index.stems[id] ?? ''),
    acronyms: [...index.acronyms],
    names: toBase64(Int32Array.from(index.names)),
    agreement: index.agreement.table && {
      offsets: toBase64(index.agreement.table.offsets),
      ids: toBase64(index.agreement.table.ids),
    },
  };
  const body = Buffer.from(`${JSON.stringify(header)}\n${JSON.stringify(index.search)}`);
  const sum = createHash('sha256').update(body).digest('hex');
  const bytes = Buffer.concat([Buffer.from(`${sum}\n`), body]);
  // A plain Uint8Array: a Buffer's slice() would share its memory instead of copying it.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Restores the index of `corpus` from snapshot bytes; throws a {@link SnapshotError} when they are not for it. */
export function deserializeIndex(bytes: Uint8Array, corpus: Corpus): SearchIndex {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const firstLine = buffer.indexOf(NEWLINE);
  const secondLine = firstLine < 0 ? -1 : buffer.indexOf(NEWLINE, firstLine + 1);
  if (firstLine !== 64 || secondLine < 0) throw new SnapshotError('not a citebot index snapshot');
  let header: Header;
  try {
    header = JSON.parse(buffer.toString('utf8', firstLine + 1, secondLine)) as Header;
  } catch {
    throw new SnapshotError('not a citebot index snapshot');
  }
  if (header.magic !== MAGIC) throw new SnapshotError('not a citebot index snapshot');
  const sum = createHash('sha256')
    .update(buffer.subarray(firstLine + 1))
    .digest('hex');
  if (sum !== buffer.toString('latin1', 0, firstLine)) throw new SnapshotError('checksum mismatch');
  if (header.format !== SNAPSHOT_FORMAT) throw new SnapshotError(`made by snapshot format ${header.format}`);
  if (header.corpusVersion !== corpus.version) throw new SnapshotError('made from another corpus version');
  const search = MiniSearch.loadJSON<ParagraphDocument>(
    buffer.toString('utf8', secondLine + 1),
    paragraphSearchOptions(),
  );
  const index = runToEnd(
    assembleIndex({
      corpus,
      search,
      related: new Map(header.related.map(([stem, keys]) => [stem, keys.map(([key, weight]) => ({ key, weight }))])),
      sameAs: new Map(header.sameAs),
      compounds: new Map(header.compounds),
      writtenCompounds: header.writtenCompounds,
      givingVerbs: header.givingVerbs,
      acronyms: new Map(header.acronyms),
      names: fromBase64(header.names),
      stems: header.stems,
      words: header.words,
      averageLength: header.averageLength,
      documentFrequency: fromBase64(header.documentFrequency),
      reportTerms: {
        offsets: fromBase64(header.reportOffsets),
        terms: fromBase64(header.reportTerms),
        counts: fromBase64(header.reportCounts),
      },
      agreement: header.agreement && {
        offsets: fromBase64(header.agreement.offsets),
        ids: fromBase64(header.agreement.ids),
      },
    }),
  );
  return index;
}
