/**
 * Plain text. Most of a page is text between conventions, so the lexer
 * crosses it in runs: a Han run continues until a character that could
 * start a word of the vocabulary or a list marker (a "stop" character),
 * where the word tokens get their chance. A run may START with a stop
 * character when no word matched there.
 *
 * Patterns use positive character classes only (no negated set, no `u`
 * flag), so Chevrotain keeps its first-character optimization
 * (see ../../../shared/FACTS.md). Astral Han characters are matched as
 * explicit surrogate pairs.
 */
import { createToken, type TokenType } from 'chevrotain'

const HAN_RANGES: Array<[number, number]> = [
  [0x3007, 0x3007], // 〇
  [0x3400, 0x4dbf], // Extension A
  [0x4e00, 0x9fff], // Unified Ideographs
  [0xf900, 0xfaff], // Compatibility Ideographs
]
const ASTRAL_HAN = '[\\ud840-\\ud87f][\\udc00-\\udfff]'

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`

/** A character class of the Han ranges minus the given characters. */
function hanClass(except: Set<number>): string {
  let out = ''
  for (const [from, to] of HAN_RANGES) {
    let start = from
    for (let code = from; code <= to + 1; code++) {
      if (code > to || except.has(code)) {
        if (code > start) out += code - 1 === start ? hex(start) : `${hex(start)}-${hex(code - 1)}`
        start = code + 1
      }
    }
  }
  return `[${out}]`
}

/** The Han text-run token, stopping before any of `stopChars`. */
export function createTextToken(stopChars: Iterable<string>): TokenType {
  const stops = new Set<number>()
  for (const ch of stopChars) stops.add(ch.charCodeAt(0))
  const any = hanClass(new Set())
  const rest = hanClass(stops)
  return createToken({
    name: 'Text',
    pattern: new RegExp(`(?:${any}|${ASTRAL_HAN})(?:${rest}|${ASTRAL_HAN})*`),
  })
}

/** Latin letters and digits: 5G, PPP, 2019, 001229. */
export const Alnum = createToken({ name: 'Alnum', pattern: /[0-9A-Za-z]+/ })

/** Anything else, one UTF-16 unit at a time (lone surrogates included). */
export const Other = createToken({ name: 'Other', pattern: /[\u0000-\uffff]/, line_breaks: false })
