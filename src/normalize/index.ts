/**
 * Normalization: the one stage that rewrites the input before lexing, so
 * that each convention in grammar/ is written once. Every rewrite here
 * keeps the UTF-16 length, so offsets into the normalized text are offsets
 * into the original; `toOriginal` is the seam where a length-changing
 * rewrite (e.g. traditional → simplified with surrogate pairs) will map
 * positions back.
 */

export interface Normalized {
  /** The text the lexer sees. */
  text: string
  /** Maps an offset in `text` to the offset in the original input. */
  toOriginal(offset: number): number
}

const identity = (offset: number) => offset

// Full-width ASCII variants (！ to ～), the ideographic space and NBSP.
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0]/g

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code === 0x3000 || code === 0x00a0) return ' '
  return String.fromCharCode(code - 0xfee0)
}

/** Width folding: ５月９日 → 5月9日, （记者） → (记者), ， → , . */
export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, foldChar)
}

export function normalize(input: string): Normalized {
  return { text: foldWidth(input), toOriginal: identity }
}
