/** A suggestion offered while someone types an option: what they see, and what is sent back. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** How many suggestions to offer and how long each may be. */
export interface ChoiceLimits {
  readonly maxChoices: number;
  readonly maxNameLength: number;
  readonly maxValueLength: number;
}

/**
 * Lower-cases text, drops accents and straightens apostrophes without
 * changing its length, so an offset found in the folded text is an offset in
 * the original (used to start a preview at the match).
 */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const unit of text) {
    let ch = unit;
    const decomposed = ch.normalize('NFD');
    if (decomposed.length > 1 && /^\P{M}\p{M}+$/u.test(decomposed)) ch = decomposed.slice(0, -1).replace(/\p{M}/gu, '');
    const lower = ch.toLowerCase();
    if (lower.length === ch.length) ch = lower;
    if (ch === '’' || ch === '‘') ch = "'";
    folded += ch.length === unit.length ? ch : unit;
  }
  return folded;
}
