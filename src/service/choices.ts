import { foldText } from '../text/words.js';

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
 * Folds text as words are matched ({@link foldText}) one character at a
 * time, keeping any character whose folded form would have another length,
 * so an offset found in the folded text is an offset in the original (used
 * to start a preview at the match). Opening quotes are straightened too, as
 * people type either.
 */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const unit of text) {
    const ch = unit === '‘' ? "'" : foldText(unit);
    folded += ch.length === unit.length ? ch : unit;
  }
  return folded;
}
