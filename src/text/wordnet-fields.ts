/**
 * A reader of WordNet's space-separated fields, straight from the bytes of
 * its files.
 */

/** The byte that ends a line of WordNet's files. */
export const NEWLINE = 0x0a;
/** The byte between fields. */
export const SPACE = 0x20;

/**
 * Reads space-separated fields straight from a buffer. Building the table
 * reads hundreds of thousands of fields; decoding whole lines to strings and
 * splitting them made garbage collection the largest cost.
 */
export class Fields {
  constructor(
    private readonly buffer: Buffer,
    public at: number,
  ) {}

  /** Skips one field. */
  skip(): void {
    const { buffer } = this;
    while (this.at < buffer.length && buffer[this.at] !== SPACE && buffer[this.at] !== NEWLINE) this.at += 1;
    this.at += 1;
  }

  /** The next field as text. */
  text(): string {
    const start = this.at;
    this.skip();
    return this.buffer.toString('latin1', start, this.at - 1);
  }

  /** The next field as a number in `radix` (10 or 16). */
  number(radix: 10 | 16 = 10): number {
    const { buffer } = this;
    let value = 0;
    for (; this.at < buffer.length; this.at += 1) {
      const c = buffer[this.at] ?? SPACE;
      if (c === SPACE || c === NEWLINE) break;
      // 0-9 are 0x30-0x39, a-f are 0x61-0x66.
      value = value * radix + (c <= 0x39 ? c - 0x30 : c - 0x57);
    }
    this.at += 1;
    return value;
  }
}
