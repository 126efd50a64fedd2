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
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from '../corpus/types.js';
import type { AnalyzedText, SentenceTerms } from './analysis.js';
import { type IndexedParagraph, inverseDocumentFrequency, type ReportRange, type SearchIndex } from './build.js';
import type { Postings } from './postings.js';

/** Bump when the analysis or the index layout changes: older snapshots are then rebuilt. */
export const SNAPSHOT_FORMAT = 3;

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
  const { entries, postings } = index;
  const analyses = entries.map((entry) => entry.analysis);
  const concat = (pick: (a: AnalyzedText) => ArrayLike<number>) => {
    const parts = analyses.map(pick);
    const out = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  const sentenceField = (field: keyof SentenceTerms) => concat((a) => a.sentences.map((s) => s[field]));
  const words = [...index.vocabulary.keys()];
  const arrays: Record<string, Typed> = {
    termCounts: Int32Array.from(analyses, (a) => a.termIds.length),
    termIds: concat((a) => a.termIds),
    starts: concat((a) => a.starts),
    ends: concat((a) => a.ends),
    wordCounts: Int32Array.from(analyses, (a) => a.wordKeys.length),
    wordKeys: concat((a) => a.wordKeys),
    sentenceCounts: Int32Array.from(analyses, (a) => a.sentences.length),
    sentenceStart: sentenceField('start'),
    sentenceEnd: sentenceField('end'),
    sentenceFrom: sentenceField('from'),
    sentenceTo: sentenceField('to'),
    sentenceCues: sentenceField('cues'),
    sentenceNorms: concatNorms(analyses),
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
  const termCounts = get('termCounts');
  if (termCounts.length !== paragraphs) throw new SnapshotError('paragraph count differs');
  const i32 = (name: string) => get(name) as Int32Array;
  const [termIds, starts, ends, wordKeys] = [i32('termIds'), i32('starts'), i32('ends'), i32('wordKeys')];
  const wordCounts = get('wordCounts');
  const sentenceCounts = get('sentenceCounts');
  const [sStart, sEnd, sFrom, sTo, sCues] = [
    i32('sentenceStart'),
    i32('sentenceEnd'),
    i32('sentenceFrom'),
    i32('sentenceTo'),
    i32('sentenceCues'),
  ];
  const norms = get('sentenceNorms') as Float64Array;
  const postings: Postings = {
    offsets: get('offsets') as Int32Array,
    docs: get('docs') as Int32Array,
    freqs: get('freqs') as Uint16Array,
    lengths: get('lengths') as Int32Array,
    averageLength: header.averageLength,
  };
  const vocabularySize = header.stems.length;
  const documentFrequency = new Int32Array(vocabularySize);
  for (let t = 0; t < vocabularySize; t++) {
    documentFrequency[t] = (postings.offsets[t + 1] ?? 0) - (postings.offsets[t] ?? 0);
  }
  const idf = Float64Array.from(documentFrequency, (df) => inverseDocumentFrequency(paragraphs, df));

  const reports = new Map(corpus.reports.map((report) => [report.id, report]));
  const ranges = new Map<string, ReportRange>();
  const entries: IndexedParagraph[] = [];
  let termAt = 0;
  let wordAt = 0;
  let sentenceAt = 0;
  for (const [position, paragraph] of corpus.paragraphs.entries()) {
    const report = reports.get(paragraph.reportId);
    if (!report) throw new SnapshotError(`no report for ${paragraph.id}`);
    const terms = termCounts[position] ?? 0;
    const words = wordCounts[position] ?? 0;
    const sentenceCount = sentenceCounts[position] ?? 0;
    const sentences: SentenceTerms[] = [];
    for (let s = sentenceAt; s < sentenceAt + sentenceCount; s++) {
      sentences.push({
        start: sStart[s] ?? 0,
        end: sEnd[s] ?? 0,
        from: sFrom[s] ?? 0,
        to: sTo[s] ?? 0,
        cues: sCues[s] ?? 0,
      });
    }
    const analysis: AnalyzedText = {
      termIds: termIds.subarray(termAt, termAt + terms),
      starts: starts.subarray(termAt, termAt + terms),
      ends: ends.subarray(termAt, termAt + terms),
      wordKeys: wordKeys.subarray(wordAt, wordAt + words),
      sentences,
      sentenceNorms: norms.subarray(sentenceAt, sentenceAt + sentenceCount),
    };
    let range = ranges.get(report.id);
    if (!range) {
      range = { first: position, count: report.paragraphs.length };
      ranges.set(report.id, range);
    }
    entries.push({ paragraph, report, analysis, reportRange: range });
    termAt += terms;
    wordAt += words;
    sentenceAt += sentenceCount;
  }
  const wordIds = get('wordIds');
  const vocabulary = new SearchableMap<number>();
  header.words.forEach((word, i) => {
    vocabulary.set(word, wordIds[i] ?? -1);
  });
  return {
    corpus,
    entries,
    byId: new Map(entries.map((entry) => [entry.paragraph.id, entry])),
    postings,
    termIds: new Map(header.stems.map((stem, id) => [stem, id])),
    stems: header.stems,
    documentFrequency,
    idf,
    vocabulary,
  };
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

/** Every paragraph's sentence norms, one after another. */
function concatNorms(analyses: readonly AnalyzedText[]): Float64Array {
  const out = new Float64Array(analyses.reduce((sum, a) => sum + a.sentenceNorms.length, 0));
  let at = 0;
  for (const analysis of analyses) {
    out.set(analysis.sentenceNorms, at);
    at += analysis.sentenceNorms.length;
  }
  return out;
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}
