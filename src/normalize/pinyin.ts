/**
 * Pinyin glosses that some mirror sites insert after characters of a copied
 * story (本报(bào)林芝6月20日电, 见(jiàn)习记者, 海峡网(wǎng)): a syllable with its
 * tone mark in brackets, straight after a Han character. The lexer reads the
 * text without them, so every convention reads such a copy as it reads the
 * paper; nodes still show what the copy printed, glosses included, since
 * their text is sliced from the original input.
 */

/** A toned syllable in brackets after a Han character: (bào), (jiàn), (lǜ). */
const PINYIN_GLOSS = /(?<=\p{Script=Han})\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/gu

export interface Unglossed {
  text: string
  /** For each offset of `text` (and its end), the offset in the text it came from; absent when nothing was removed. */
  toInput?: Int32Array
}

/** The text without its pinyin glosses, and where each of its offsets came from. */
export function stripPinyin(text: string): Unglossed {
  const glosses = [...text.matchAll(PINYIN_GLOSS)]
  if (glosses.length === 0) return { text }
  let out = ''
  const map: number[] = []
  let from = 0
  for (const m of glosses) {
    for (let k = from; k < m.index; k++) map.push(k)
    out += text.slice(from, m.index)
    from = m.index + m[0].length
  }
  for (let k = from; k < text.length; k++) map.push(k)
  out += text.slice(from)
  map.push(text.length)
  return { text: out, toInput: Int32Array.from(map) }
}
