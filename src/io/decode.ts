/**
 * Turn the bytes of an input file into text, or say in one line why not.
 *
 * Detection, in order:
 *   1. a UTF-16 byte order mark (UTF-16LE, UTF-16BE);
 *   2. NUL bytes: binary data, rejected — or UTF-16 without a BOM, also
 *      rejected, but named, with the --encoding that reads it;
 *   3. valid UTF-8 (a UTF-8 BOM is allowed and stripped): always preferred;
 *   4. the legacy Chinese codecs through Node's TextDecoder (fatal):
 *      GB18030 (which covers GBK and GB2312) and Big5. GB18030 decodes almost
 *      any byte sequence, so decoding without error proves little: every
 *      codec that decodes is scored by how Chinese the text reads
 *      (chineseScore) and the best one wins if it reaches MIN_CHINESE_SCORE.
 *      GBK input is reported as "gb18030", the codec that read it.
 * Anything else (random bytes, other encodings) is rejected.
 *
 * `options.encoding` skips detection and decodes with that codec: any label
 * TextDecoder accepts ("gbk", "big5", "utf-16le", "latin1", …). The result
 * names the codec by its WHATWG name (TextDecoder#encoding).
 */
import { constants } from 'node:buffer'
import { FREQUENT_CHARS } from './frequent-chars'

const { MAX_STRING_LENGTH } = constants

export type DecodeResult =
  | { text: string; encoding: string }
  | { error: string }

export interface DecodeOptions {
  /** Decode with this codec (a TextDecoder label) instead of detecting one. */
  encoding?: string
}

/** The legacy codecs tried when the bytes are not UTF-8, in order of preference on a tie. */
const LEGACY = ['gb18030', 'big5'] as const

/**
 * The lowest chineseScore accepted for a legacy codec. Measured: real news
 * text scores 0.57–0.78 (the sample page and the 22 corpus articles); the
 * same texts encoded in GB18030 and read as Big5, or the other way round,
 * score below 0 (-0.04 at best) or fail to decode. Random two-byte codes
 * score 0.06 (random Big5 Han read as Big5) to 0.14 (random GB2312 level-1
 * Han, the 3,755 commonest characters, read as GB18030) on average, and
 * never reached 0.3 in 1,000 draws of 64 characters (max 0.27); random GBK
 * codes score below 0 (private-use areas). Below about 20 characters, random
 * text can pass: the score needs some text to be meaningful.
 */
export const MIN_CHINESE_SCORE = 0.3

/** Weight of a control or private-use character against a frequent one. */
const BAD_WEIGHT = 2

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  return options.encoding !== undefined ? decodeAs(bytes, options.encoding) : detect(bytes)
}

/**
 * The most bytes Node's TextDecoder takes in one call, by codec (measured
 * on Node 20.20): past it the ICU codecs report any data as invalid, so the
 * size is checked first. UTF-8 has no such limit; it fails only when its
 * text would outgrow a string (ERR_STRING_TOO_LONG, about 512 M units).
 */
function inputLimit(encoding: string): number {
  if (encoding === 'utf-8') return Infinity
  return encoding.startsWith('utf-16') ? MAX_STRING_LENGTH / 2 : MAX_STRING_LENGTH
}

/** A decoder that failed because the text would not fit in one string. */
function isTooLong(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STRING_TOO_LONG'
}

const megabytes = (bytes: Uint8Array) => (bytes.length / 2 ** 20).toFixed(0)

/** Too large for Node to decode in one piece: a size, not a fault of the data. */
function tooLarge(bytes: Uint8Array, name: string): DecodeResult {
  return { error: `too large: ${megabytes(bytes)} MB, more ${name} than Node decodes into one string; split the file` }
}

function detect(bytes: Uint8Array): DecodeResult {
  // UTF-16 first: its ASCII characters contain NUL bytes.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes, 'utf-16le')
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes, 'utf-16be')
  }

  const nul = bytes.indexOf(0)
  if (nul !== -1) return { error: nulError(bytes, nul) }

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    // ignoreBOM: false (the default) makes the decoder strip a leading BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text, encoding: bom ? 'utf-8 (BOM)' : 'utf-8' }
  } catch (error) {
    if (isTooLong(error)) return tooLarge(bytes, 'UTF-8')
    // not UTF-8: try the legacy codecs
  }

  let best: { text: string; encoding: string; score: number } | undefined
  for (const encoding of LEGACY) {
    if (bytes.length > inputLimit(encoding)) continue
    const text = tryDecode(bytes, encoding)
    if (text === undefined) continue
    const score = chineseScore(text)
    if (best === undefined || score > best.score) best = { text, encoding, score }
  }
  if (best !== undefined && best.score >= MIN_CHINESE_SCORE) {
    return { text: best.text, encoding: best.encoding }
  }

  const at = firstInvalidUtf8(bytes)
  const where = at === -1 ? '' : ` (byte 0x${hex(bytes[at] ?? 0)} at offset ${at})`
  if (best === undefined && bytes.length > inputLimit(LEGACY[0])) {
    return { error: `not valid UTF-8${where}, and at ${megabytes(bytes)} MB too large to try GB18030 or Big5; split the file` }
  }
  if (best === undefined) return { error: `not valid UTF-8${where}, GB18030 or Big5` }
  return {
    error:
      `not valid UTF-8${where}; it decodes as ${best.encoding} but does not read as Chinese text ` +
      `(score ${best.score.toFixed(2)} < ${MIN_CHINESE_SCORE}); name its encoding to read it anyway`,
  }
}

/**
 * NUL bytes: binary data, unless the bytes read as UTF-16 text that lacks
 * its byte order mark — then say which UTF-16 and how to read it, since
 * without a mark the CLI cannot tell LE from BE (nor UTF-16 from binary)
 * with certainty and does not guess.
 */
function nulError(bytes: Uint8Array, nul: number): string {
  const utf16 = utf16WithoutBom(bytes)
  if (utf16 === undefined) return `binary data (NUL byte at offset ${nul})`
  return (
    `looks like ${utf16.toUpperCase()} without a byte order mark (NUL byte at offset ${nul}); ` +
    `read it with --encoding ${utf16}`
  )
}

/**
 * Characters judged when telling UTF-16 from binary: enough to be sure,
 * without scoring a whole large file to word an error.
 */
const UTF16_SAMPLE = 64 * 1024

/**
 * The lowest share of plain-text characters (plainTextShare) for bytes to
 * look like UTF-16 in one byte order. Measured on the 23 fixture pages as
 * UTF-16: 0.66–0.81 in their own byte order; in the other none decodes
 * (swapped bytes make lone surrogates), and of 848 pieces of 40
 * characters the 341 that do score at most 0.23. Random bytes (256, 10%
 * of them NUL) never passed in 2,000 tries.
 */
const MIN_PLAIN_TEXT_SHARE = 0.5

/**
 * Fewer bytes are not judged as UTF-16: a few characters say little (the 4
 * bytes 61 62 00 63 read as 慢c in UTF-16BE). Random bytes with 10% NULs
 * passed for UTF-16 in 25 of 16,000 draws of 16 bytes, none of 19,000 of 32.
 */
const UTF16_MIN_BYTES = 32

/**
 * The UTF-16 that NUL-holding bytes are text in, if one is: they must
 * decode in it (an even length, no lone surrogate), hold no NUL character
 * (binary data has runs of NUL bytes, text has none), and read as plain
 * text. Where the NULs stand decides the byte order: an ASCII character
 * (newline, digit, space) is its code then a NUL in LE, a NUL then its
 * code in BE, so the other byte order makes no text of them.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0 || bytes.length < UTF16_MIN_BYTES || bytes.length > inputLimit('utf-16le')) return undefined
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, encoding)
    if (text === undefined || text.includes('\u0000')) continue
    if (plainTextShare(text.slice(0, UTF16_SAMPLE)) >= MIN_PLAIN_TEXT_SHARE) return encoding
  }
  return undefined
}

/**
 * The share of a text's characters that plain text is made of: ASCII
 * letters, digits, punctuation, spaces and line breaks; punctuation and
 * spaces of any script; the most frequent Chinese characters.
 */
function plainTextShare(text: string): number {
  let plain = 0
  let all = 0
  for (const char of text) {
    all++
    if (isAsciiText(char.codePointAt(0)!) || FREQUENT_CHARS.has(char) || PUNCTUATION_OR_SPACE.test(char)) plain++
  }
  return all === 0 ? 0 : plain / all
}

/** Printable ASCII, tab and line breaks (not the other control characters). */
function isAsciiText(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0x09 && code <= 0x0d)
}

/**
 * How much `text` reads like Chinese, at most 1: the share of its counted
 * characters that are among the most frequent Chinese characters
 * (FREQUENT_CHARS, simplified and traditional), minus BAD_WEIGHT times the
 * share of control and private-use characters. Counted: every character
 * outside ASCII except punctuation and spaces (。，「」、　…), plus the bad
 * ones; ASCII letters, digits and punctuation are neutral. 0 when nothing
 * is counted.
 */
export function chineseScore(text: string): number {
  let counted = 0
  let frequent = 0
  let bad = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (isBad(code)) {
      bad++
      counted++
    } else if (code >= 0x80 && !PUNCTUATION_OR_SPACE.test(char)) {
      counted++
      if (FREQUENT_CHARS.has(char)) frequent++
    }
  }
  return counted === 0 ? 0 : (frequent - BAD_WEIGHT * bad) / counted
}

const PUNCTUATION_OR_SPACE = /^[\p{P}\p{Z}]$/u

/** Control characters other than tab, line feed, vertical tab, form feed, carriage return; private use. */
function isBad(code: number): boolean {
  return (
    (code < 0x20 && (code < 0x09 || code > 0x0d)) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xe000 && code <= 0xf8ff) ||
    code >= 0xf0000
  )
}

/** The text, or undefined when the bytes are not valid in `encoding` (or Node lacks it). */
function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** Decode with the codec the caller named, without detection or scoring. */
function decodeAs(bytes: Uint8Array, label: string): DecodeResult {
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(label, { fatal: true })
  } catch {
    return { error: `unknown encoding ${JSON.stringify(label)}` }
  }
  const name = decoder.encoding
  if (bytes.length > inputLimit(name)) return tooLarge(bytes, name)
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch (error) {
    if (isTooLong(error)) return tooLarge(bytes, name)
    return { error: `not valid ${name} (the encoding asked for)` }
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) return { error: `binary data (NUL character in ${name} text)` }
  return { text, encoding: name }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'
  if (bytes.length > inputLimit(encoding)) return tooLarge(bytes, name)
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return { error: `not valid ${name} despite its byte order mark` }
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) return { error: `binary data (NUL character in ${name} text)` }
  return { text, encoding: name.toLowerCase() }
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0')
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1.
 * Follows the well-formed byte sequences table of the Unicode Standard
 * (Table 3-7), as the WHATWG decoder does.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i += 1
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b === 0xe0) [need, lo] = [2, 0xa0]
    else if (b >= 0xe1 && b <= 0xec) need = 2
    else if (b === 0xed) [need, hi] = [2, 0x9f]
    else if (b >= 0xee && b <= 0xef) need = 2
    else if (b === 0xf0) [need, lo] = [3, 0x90]
    else if (b >= 0xf1 && b <= 0xf3) need = 3
    else if (b === 0xf4) [need, hi] = [3, 0x8f]
    else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf]
      if (c < min || c > max) return i
    }
    i += need + 1
  }
  return -1
}
