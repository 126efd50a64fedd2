/**
 * Control characters in text that came from a file or a person. A terminal
 * acts on them (ESC sequences clear the screen, move the cursor or retitle
 * the window), so they are reported by `validate` and never written raw.
 */

// C0 controls but tab and newline, DEL, and the C1 controls (0x9b is an 8-bit CSI).
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/** The first control character of `text`, if any. */
export function firstControlChar(text: string): string | undefined {
  CONTROL.lastIndex = 0;
  return CONTROL.exec(text)?.[0];
}

/** `U+001B`: how a character is named in messages. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` with each control character replaced by a visible stand-in of the
 * same length: C0 controls by their Unicode control pictures (ESC shows as
 * ␛), DEL by ␡ and C1 controls by �. Offsets into the text stay valid.
 */
export function neutraliseControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/**
 * JSON text for `value` in which DEL and the C1 controls are escaped too
 * (`JSON.stringify` escapes only C0), so the line is safe to print and
 * parses to the same value.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
