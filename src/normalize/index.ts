/**
 * Normalization: the one stage that rewrites the input before lexing, so
 * that each convention in grammar/ is written once —
 *   0. HTML entities a scraper left decoded (&ldquo; → “, &nbsp; → NBSP: entities.ts);
 *   1. width folding (５月 → 5月, （ → (), which keeps every offset;
 *   2. pinyin glosses a mirror site inserted removed (本报(bào) → 本报),
 *      and labels padded to a wider label's width closed up (编 辑: → 编辑:: labels.ts),
 *   3. the line breaks a hard-wrapped copy's column made taken out
 *      (…携手共建⏎单位共绘… → …携手共建单位共绘…: unwrap.ts), and
 *   4. traditional → simplified (opencc-js, loaded only when needed),
 *      all of which may move offsets, mapped back by `toOriginal`.
 * Nothing else in the project rewrites text.
 */
import { stripPinyin } from './pinyin'
import { closePaddedLabels } from './labels'
import { decodeEntities } from './entities'
import { unwrapColumns } from './unwrap'
import type { CopyColumn } from '../../grammar/page-shape'
import { toSimplified, looksTraditional } from './script'
import { foldWidth } from './width'

export { foldWidth } from './width'

/** Which script the input is in: detected (`auto`) or forced. */
export type ScriptOption = 'auto' | 'simplified' | 'traditional'

export interface Normalized {
  /** The text the lexer sees. */
  text: string
  /** The script the input was read as. */
  script: 'simplified' | 'traditional'
  /** Maps an offset in `text` to the offset in the original input. */
  toOriginal(offset: number): number
  /** A hard-wrapped copy's column, where its line breaks were taken out (unwrap.ts). */
  column?: CopyColumn
}

const identity = (offset: number) => offset

export function normalize(input: string, script: ScriptOption = 'auto'): Normalized {
  const { text: decodedText, toInput: decoded } = decodeEntities(input)
  const fromDecoded = decoded ? (offset: number) => decoded[offset] ?? input.length : identity
  const { text: glossedText, toInput: unglossed } = stripPinyin(foldWidth(decodedText))
  // Width folding keeps offsets; the entities' decoding and the glosses' removal are mapped back here…
  const fromGlossed = unglossed ? (offset: number) => fromDecoded(unglossed[offset] ?? decodedText.length) : fromDecoded
  const { text: unglossedText, toInput: closed } = closePaddedLabels(glossedText)
  // …and the padding's.
  const fromUnglossed = closed ? (offset: number) => fromGlossed(closed[offset] ?? glossedText.length) : fromGlossed
  const { text: folded, toInput: unwrapped, column } = unwrapColumns(unglossedText)
  // …and the column's line breaks' removal.
  const fromFolded = unwrapped ? (offset: number) => fromUnglossed(unwrapped[offset] ?? unglossedText.length) : fromUnglossed
  const traditional = script === 'traditional' || (script === 'auto' && looksTraditional(folded))
  if (!traditional) return { text: folded, script: 'simplified', toOriginal: fromFolded, column }
  const { text, toInput } = toSimplified(folded)
  return {
    text,
    script: 'traditional',
    toOriginal: toInput ? (offset) => fromFolded(toInput[offset] ?? folded.length) : fromFolded,
    column,
  }
}
