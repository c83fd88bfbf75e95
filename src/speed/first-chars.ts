/**
 * The characters a token pattern can start with, as ranges of UTF-16 code
 * units, read from a regular expression's source. Only the plain subset our
 * patterns use is understood (literals, classes, groups, lookarounds,
 * alternation, quantifiers); for anything else the answer is "any
 * character", which is always safe: the scanner then merely tries the
 * pattern more often.
 */

export type Ranges = Array<[number, number]>

const ANY: Ranges = [[0, 0xffff]]

/** Single-character escapes that stand for themselves or a control character. */
const ESCAPED: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11, '0': 0 }

const HEX = '0123456789abcdef'

class Unsure extends Error {}

/** The first characters of `pattern`, or ANY when it uses more than the plain subset. */
export function firstCharsOfRegExp(pattern: RegExp): Ranges {
  if (/[iu]/.test(pattern.flags)) return ANY
  try {
    const reader = new Reader(pattern.source)
    const first = reader.alternation()
    if (reader.at < pattern.source.length || first.nullable) return ANY
    return first.ranges
  } catch (error) {
    if (error instanceof Unsure) return ANY
    throw error
  }
}

interface First {
  ranges: Ranges
  nullable: boolean
}

class Reader {
  at = 0
  constructor(private readonly source: string) {}

  private peek(): string | undefined {
    return this.source[this.at]
  }

  alternation(): First {
    const ranges: Ranges = []
    let nullable = false
    for (;;) {
      const sequence = this.sequence()
      ranges.push(...sequence.ranges)
      nullable ||= sequence.nullable
      if (this.peek() !== '|') return { ranges, nullable }
      this.at++
    }
  }

  private sequence(): First {
    const ranges: Ranges = []
    let nullable = true
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.quantified()
      if (nullable) ranges.push(...item.ranges)
      nullable &&= item.nullable
    }
    return { ranges, nullable }
  }

  private quantified(): First {
    const atom = this.atom()
    const q = this.peek()
    let optional = false
    if (q === '?' || q === '*') {
      optional = true
      this.at++
    } else if (q === '+') {
      this.at++
    } else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at))
      if (!m) throw new Unsure()
      optional = Number(m[1]) === 0
      this.at += m[0].length
    }
    if (q !== undefined && '?*+{'.includes(q) && this.peek() === '?') this.at++ // lazy
    return { ranges: atom.ranges, nullable: atom.nullable || optional }
  }

  private atom(): First {
    const ch = this.source[this.at++]!
    if (ch === '(') {
      if (this.peek() === '?') {
        // A lookaround matches no character: it adds none, and the sequence goes on.
        const look = /^\?(?:[=!]|<[=!])/.exec(this.source.slice(this.at, this.at + 3))?.[0]
        if (look) {
          this.at += look.length
          this.alternation()
          if (this.source[this.at++] !== ')') throw new Unsure()
          return { ranges: [], nullable: true }
        }
        if (this.source[this.at + 1] !== ':') throw new Unsure()
        this.at += 2
      }
      const inner = this.alternation()
      if (this.source[this.at++] !== ')') throw new Unsure()
      return inner
    }
    if (ch === '[') return { ranges: this.characterClass(), nullable: false }
    if (ch === '\\') {
      const code = this.escape()
      return { ranges: [[code, code]], nullable: false }
    }
    if ('.^$)|?*+{'.includes(ch)) throw new Unsure()
    const code = ch.charCodeAt(0)
    return { ranges: [[code, code]], nullable: false }
  }

  private characterClass(): Ranges {
    if (this.peek() === '^') throw new Unsure()
    const ranges: Ranges = []
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Unsure()
      const from = this.classChar()
      if (this.peek() === '-' && this.source[this.at + 1] !== ']') {
        this.at++
        ranges.push([from, this.classChar()])
      } else {
        ranges.push([from, from])
      }
    }
    this.at++
    return ranges
  }

  private classChar(): number {
    const ch = this.source[this.at++]!
    return ch === '\\' ? this.escape() : ch.charCodeAt(0)
  }

  /** The code unit of an escape (after its backslash); classes such as \d are not understood. */
  private escape(): number {
    const ch = this.source[this.at++]
    if (ch === undefined) throw new Unsure()
    if (ch === 'u' || ch === 'x') {
      const digits = ch === 'u' ? 4 : 2
      let code = 0
      for (let k = 0; k < digits; k++) {
        const digit = HEX.indexOf(this.source.charAt(this.at + k).toLowerCase())
        if (digit < 0) throw new Unsure()
        code = code * 16 + digit
      }
      this.at += digits
      return code
    }
    if (ch in ESCAPED) return ESCAPED[ch]!
    if (/[A-Za-z0-9]/.test(ch)) throw new Unsure() // \d, \w, \b, back-references…
    return ch.charCodeAt(0)
  }
}
