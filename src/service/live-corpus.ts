/**
 * The corpus the bot is serving right now, and the only way to replace it.
 *
 * Readers take {@link LiveCorpus.index} once at the start of their work and
 * keep that value, so a reload that lands meanwhile cannot mix two corpora in
 * one answer: the swap is a single assignment of a fully built index.
 */
import { type CorpusCheck, checkCorpus } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { buildIndexInSlices, type SearchIndex } from '../engine/build.js';
import { openCorpusDirectory, rebuildIndexWhileServing } from '../engine/index-cache.js';
import type { CorpusProblem } from '../errors.js';
import { type CorpusDiff, diffCorpora } from './corpus-diff.js';

/** The outcome of a reload. On failure the previous corpus is still the live one. */
export type ReloadResult =
  | { readonly ok: true; readonly previous: Corpus; readonly current: Corpus; readonly diff: CorpusDiff }
  | { readonly ok: false; readonly current: Corpus; readonly problems: readonly CorpusProblem[] };

/** How a {@link LiveCorpus} reads a corpus from its source. */
export type CorpusReader = () => Promise<CorpusCheck>;

/** Options for a {@link LiveCorpus}. */
export interface LiveCorpusOptions {
  /** Where index snapshots are kept, so restarts and unchanged reloads do not rebuild. None: always build. */
  readonly cacheDir?: string;
  /** The corpus directory, which the snapshot worker reads after a reload (see openIndex). */
  readonly corpusDir?: string;
  /** Told how each index was opened: from its snapshot, or built, and why a snapshot was not used or saved. */
  readonly onIndexOpened?: (report: IndexOpenReport) => void;
}

/** How an index came to be, for the log. */
export interface IndexOpenReport {
  readonly version: string;
  readonly source: 'snapshot' | 'built';
  /** Why the snapshot on disk was not used (corrupt, stale, unreadable). */
  readonly rejected?: string;
  /** Why the fresh snapshot could not be saved. */
  readonly saveError?: string;
}

/** Holds the live search index and swaps it atomically on reload. */
export class LiveCorpus {
  #index: SearchIndex;
  readonly #read: CorpusReader;
  readonly #cacheDir: string | undefined;
  readonly #corpusDir: string | undefined;
  readonly #onIndexOpened: ((report: IndexOpenReport) => void) | undefined;
  #snapshotSaved: Promise<string | undefined> = Promise.resolve(undefined);
  /** The reload in progress, if any; the next one starts after it, never alongside. */
  #lastReload: Promise<unknown> = Promise.resolve();

  constructor(initial: SearchIndex, read: CorpusReader, options: LiveCorpusOptions = {}) {
    this.#index = initial;
    this.#read = read;
    this.#cacheDir = options.cacheDir;
    this.#corpusDir = options.corpusDir;
    this.#onIndexOpened = options.onIndexOpened;
  }

  /**
   * Loads `dir` and serves it, reloading from the same directory. Throws a
   * CorpusError if it is invalid. With a cache directory, a snapshot of the
   * same corpus version is used instead of building.
   */
  static async fromDirectory(dir: string, options: LiveCorpusOptions = {}): Promise<LiveCorpus> {
    const opened = await openCorpusDirectory(dir, options.cacheDir);
    if (options.cacheDir) {
      const { index, source, rejected } = opened;
      options.onIndexOpened?.({ version: index.corpus.version, source, rejected, saveError: await opened.saved });
    }
    return new LiveCorpus(opened.index, () => checkCorpus(dir), { ...options, corpusDir: dir });
  }

  /** The index to answer from. Take it once per request and keep using that value. */
  get index(): SearchIndex {
    return this.#index;
  }

  /**
   * Reads the corpus again, validates it and, only if it is valid, builds its
   * index and swaps it in. Reloads are serialised: a reload requested while
   * another runs starts when that one has finished, so each diff is against
   * the corpus the previous reload left.
   */
  reload(): Promise<ReloadResult> {
    const result = this.#lastReload.then(() => this.#reloadNow());
    this.#lastReload = result.catch(() => undefined);
    return result;
  }

  /**
   * Settles when the snapshot of the last reloaded corpus is saved (a worker
   * writes it after the reload has swapped the index in): undefined, or why
   * it was not saved.
   */
  whenSnapshotSaved(): Promise<string | undefined> {
    return this.#snapshotSaved;
  }

  async #reloadNow(): Promise<ReloadResult> {
    const previous = this.#index.corpus;
    const check = await this.#read();
    if (!check.ok) return { ok: false, current: previous, problems: check.problems };
    // The same content hash means nothing changed: keep the index rather than rebuild it.
    if (check.corpus.version === previous.version) {
      return { ok: true, previous, current: previous, diff: diffCorpora(previous, previous) };
    }
    // Built in slices: questions keep being answered from the old index meanwhile.
    let next: SearchIndex;
    // A snapshot's worker reads the corpus directory itself, so there is none without one.
    if (this.#cacheDir && this.#corpusDir) {
      const opened = await rebuildIndexWhileServing(check.corpus, this.#corpusDir, this.#cacheDir);
      next = opened.index;
      this.#snapshotSaved = opened.saved;
      void opened.saved.then((saveError) =>
        this.#onIndexOpened?.({ version: check.corpus.version, source: 'built', saveError }),
      );
    } else {
      next = await buildIndexInSlices(check.corpus);
    }
    this.#index = next;
    return { ok: true, previous, current: next.corpus, diff: diffCorpora(previous, next.corpus) };
  }
}
