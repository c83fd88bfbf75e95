/**
 * Pinyin glosses that some mirror sites insert after characters of a copied
 * story (本报(bào)林芝6月20日电, 见(jiàn)习记者, 海峡网(wǎng)): a syllable with its
 * tone mark in brackets, straight after a Han character. The lexer reads the
 * text without them, so every convention reads such a copy as it reads the
 * paper; nodes still show what the copy printed, glosses included, since
 * their text is sliced from the original input.
 */

import { splice, type Spliced } from './splice'

/** A toned syllable in brackets after a Han character: (bào), (jiàn), (lǜ). */
const PINYIN_GLOSS = /(?<=\p{Script=Han})\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/gu

/** The text without its glosses, and where each of its offsets came from. */
export type Unglossed = Spliced

/** The text without its pinyin glosses, and where each of its offsets came from. */
export function stripPinyin(text: string): Unglossed {
  return splice(text, [...text.matchAll(PINYIN_GLOSS)].map((m) => ({ start: m.index, end: m.index + m[0].length, by: '' })))
}
