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

import { splice, type Edit, type Spliced } from './splice'
import { HAN_BAR } from '../../grammar/tokens/punctuation'

/** A label's colon: where a padded label may end. */
const COLON = /[:：]/g
/** A Han character. */
const HAN = /\p{Script=Han}/u
/** Padding: a space or an ideographic one. */
const PAD = /[ \u3000]/
/** What may stand before a label: a line's start, a space, a bracket, a bar. */
const BEFORE_LABEL = new RegExp(`[\\n\\r \\t\\u3000【[(（|｜${HAN_BAR}]`)
/** The most spaces padding a label. */
const MAX_PADDING = 4

/**
 * The text with its padded labels closed up, and where each of its offsets came from: before each colon, perhaps a
 * space, a Han character, one to four spaces, a Han character, at a line's start or after a space, a bracket or a bar
 * (编 辑:, 作    者:). Found from the colons back, so the text is read once.
 */
export function closePaddedLabels(text: string): Spliced {
  const edits: Edit[] = []
  for (const colon of text.matchAll(COLON)) {
    let at = colon.index - 1
    if (at >= 0 && PAD.test(text[at]!)) at--
    if (at < 0 || !HAN.test(text[at]!)) continue
    const paddingEnd = at
    let paddingStart = at
    while (paddingStart > 0 && paddingEnd - paddingStart < MAX_PADDING && PAD.test(text[paddingStart - 1]!)) paddingStart--
    const first = paddingStart - 1
    if (paddingStart === paddingEnd || first < 0 || !HAN.test(text[first]!)) continue
    if (first > 0 && !BEFORE_LABEL.test(text[first - 1]!)) continue
    edits.push({ start: paddingStart, end: paddingEnd, by: '' })
  }
  return splice(text, edits)
}
