/**
 * Labels a typesetter padded to a wider label's width: a two-character
 * label set with spaces between its characters so that it lines up with the
 * three- and four-character ones under or beside it (编 辑:钱 劭 over
 * 责任编辑:…, 来 源:淅川融媒, 作    者:). The lexer reads the label closed up,
 * so every convention that knows 编辑:, 来源: or 作者: reads the padded one
 * too; nodes still show the padding, since their text is sliced from the
 * original input. A label is known by the colon after it; names after it
 * keep their padding (paddedName in grammar/names.ts reads them).
 */

import { splice, type Spliced } from './splice'

/**
 * Two Han characters with one to four spaces between them, at a line's start or after a space, a bracket or a bar,
 * straight before a colon: the spaces are the padding.
 */
const PADDED_LABEL = /(?<=^|[ \t\u3000【[(（|｜丨])(\p{Script=Han})([ \u3000]{1,4})(?=\p{Script=Han}[ \u3000]?[:：])/gmu

/** The text with its padded labels closed up, and where each of its offsets came from. */
export function closePaddedLabels(text: string): Spliced {
  const edits = [...text.matchAll(PADDED_LABEL)].map((m) => ({ start: m.index + m[1]!.length, end: m.index + m[0].length, by: '' }))
  return splice(text, edits)
}
