/**
 * Unsigned LEB128 integers (7 bits a byte, low bits first): the entry's string table numbers a
 * post's tokens in the order its lines first use them, so its common words are mostly below 128
 * and most tokens cost one byte.
 */

/** Appends integers to a growing byte array. */
export class VarintWriter {
  private bytes: Uint8Array
  private length = 0

  constructor(expectedBytes: number) {
    this.bytes = new Uint8Array(Math.max(16, expectedBytes))
  }

  /** `value` must be a safe non-negative integer (callers check what they did not compute). */
  uint(value: number): void {
    if (this.length + 8 > this.bytes.length) this.grow()
    let rest = value
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80
      rest = Math.floor(rest / 0x80)
    }
    this.bytes[this.length++] = rest
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }

  private grow(): void {
    const bigger = new Uint8Array(this.bytes.length * 2)
    bigger.set(this.bytes.subarray(0, this.length))
    this.bytes = bigger
  }
}

/** Raised inside a decode to abandon an entry; the cache turns it into a miss. */
export class DamagedEntry extends Error {}

/** Reads integers from `pos` to the end of `bytes`; reading past the end throws DamagedEntry. */
export class VarintReader {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number
  ) {}

  uint(): number {
    const { bytes } = this
    const end = bytes.length
    let value = 0
    let scale = 1
    for (let shift = 0; shift < 8; shift++) {
      if (this.pos >= end) throw new DamagedEntry('entry ends inside a number')
      const byte = bytes[this.pos++]
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
    }
    throw new DamagedEntry('number too long')
  }

  /** A count of items that each take at least one more byte: never more than the bytes left. */
  count(): number {
    const value = this.uint()
    if (value > this.bytes.length - this.pos) throw new DamagedEntry('count beyond the entry')
    return value
  }
}
