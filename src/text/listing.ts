/**
 * Counting and listing things in prose, for every surface (terminal,
 * Discord, error messages).
 */

/** "1 paragraph", "2 paragraphs": `noun` is singular, and takes an s. */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
