/**
 * Discord's size limits, named, so every message the bot sends is checked
 * against the same numbers. All lengths are in UTF-16 code units, as Discord
 * counts them.
 */
export const DISCORD_LIMITS = Object.freeze({
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Title, description, field names and values, footer and author of all embeds of a message together. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
});

/** Discord's deadline for the first response to an interaction, in milliseconds. */
export const INTERACTION_DEADLINE_MS = 3000;

/** Autocomplete limits in the form the suggestion services take. */
export const CHOICE_LIMITS = Object.freeze({
  maxChoices: DISCORD_LIMITS.autocompleteChoices,
  maxNameLength: DISCORD_LIMITS.choiceName,
  maxValueLength: DISCORD_LIMITS.choiceValue,
});

/**
 * A handler that has not answered after this long is deferred: the rest of
 * the 3 s is left for the gateway's delay in delivering the interaction and
 * for the deferral's own trip to Discord.
 */
export const DEFER_AFTER_MS = 2000;
