/**
 * Normalization: the one stage that rewrites the input before lexing, so
 * that each convention in grammar/ is written once —
 *   0. HTML entities a scraper left decoded (&ldquo; → “, &nbsp; → NBSP: entities.ts);
 *   1. width folding (５月 → 5月, （ → (), which keeps every offset;
 *   2. pinyin glosses a mirror site inserted removed (本报(bào) → 本报),
 *      labels padded to a wider label's width closed up (编 辑: → 编辑:: labels.ts),
 *      and a run-together story's paragraph ends read as the breaks the page
 *      sets between its paragraphs (…威力。 洽水镇… → …威力。⏎洽水镇…: run-together.ts),
 *   3. the line breaks a hard-wrapped copy's column made taken out
 *      (…携手共建⏎单位共绘… → …携手共建单位共绘…: unwrap.ts), and
 *   4. traditional → simplified (opencc-js, loaded only when needed),
 *      all of which may move offsets, mapped back by `toOriginal`.
 * Nothing else in the project rewrites text.
 */
import { stripPinyin } from './pinyin'
import { closePaddedLabels } from './labels'
import { breakRunTogetherLines } from './run-together'
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

/** Where an offset of a step's text came from in the input: through the step's map, then the steps before it. */
const through = (before: (offset: number) => number, map: Int32Array | undefined, length: number) =>
  map ? (offset: number) => before(map[offset] ?? length) : before

export function normalize(input: string, script: ScriptOption = 'auto'): Normalized {
  const { text: decodedText, toInput: decoded } = decodeEntities(input)
  const fromDecoded = through(identity, decoded, input.length)
  // Width folding keeps offsets; each step after it that moves them is mapped back through the steps before.
  const folded = foldWidth(decodedText)
  const { text: unglossedText, toInput: unglossed } = stripPinyin(folded)
  const fromUnglossed = through(fromDecoded, unglossed, folded.length)
  const { text: closedText, toInput: closed } = closePaddedLabels(unglossedText)
  const fromClosed = through(fromUnglossed, closed, unglossedText.length)
  const { text: partedText, toInput: parted } = breakRunTogetherLines(closedText)
  const fromParted = through(fromClosed, parted, closedText.length)
  const { text: unwrappedText, toInput: unwrapped, column } = unwrapColumns(partedText)
  const fromUnwrapped = through(fromParted, unwrapped, partedText.length)
  const traditional = script === 'traditional' || (script === 'auto' && looksTraditional(unwrappedText))
  if (!traditional) return { text: unwrappedText, script: 'simplified', toOriginal: fromUnwrapped, column }
  const { text, toInput } = toSimplified(unwrappedText)
  return { text, script: 'traditional', toOriginal: through(fromUnwrapped, toInput, unwrappedText.length), column }
}
