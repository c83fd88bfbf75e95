/**
 * Publication stamps: when a web page or e-paper published the text.
 *
 *   发布日期:2022年11月23日 上一版 下一版 · 2018-09-19 11:05 · 滕州日报 2021-03-24 07:17 大字
 *   …潛力獎。1021029                       Taiwan's bare date code after the last sentence (signature.ts)
 *   2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導   a site's stamp with the story's byline after it
 *
 * The patterns are in grammar/furniture.ts; here is how the line is read,
 * placed and built.
 *
 * Where it stands: among an article's heading lines (a site's stamp under
 * its title), else at the top level, closing the open article.
 */
import type { Stamp } from '../../src/types'
import { stampOf } from '../furniture'
import { newRow, start, type Row } from '../../src/assemble/row'
import { trimmed } from '../layout'
import type { LineTest, Placer, RowNode } from './construct'
import { rowPhrase } from './line-nodes'
import { PAGE_HEADER_STANDS_IN } from './page-header'

export const readStamp: LineTest = ({ text }) => {
  const stamp = stampOf(text)
  return stamp && { kind: 'stamp', stamp }
}

/** A site's date and time opening a line, with something after it. */
const STAMP_OPENING = /^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2} [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?) ?(.+)$/

/**
 * A site's stamp with the story's byline after it (2019-03-18 23:59聯合報
 * 記者陳嘉寧／桃園機場報導): two rows, the stamp and the byline.
 */
export const readStampedByline: LineTest = ({ tokens, text, from, gap, creditLike }, { runner }) => {
  const m = creditLike ? STAMP_OPENING.exec(text) : null
  const stamp = m ? stampOf(m[1]!) : undefined
  if (!m || !stamp) return undefined
  const lineStart = tokens[0]!.startOffset
  const at = text.indexOf(m[2]!, m[1]!.length)
  const split = tokens.findIndex((t) => t.startOffset - lineStart >= at)
  if (split <= 0 || tokens[split]!.startOffset - lineStart !== at) return undefined
  const credits = runner.attempt(tokens.slice(split), (p) => p.byline())
  if (!credits) return undefined
  const stamped = newRow(trimmed(tokens.slice(0, split)), gap, from)
  stamped.kind = 'stamp'
  stamped.stamp = stamp
  const byline = newRow(tokens.slice(split), 0, from + split)
  byline.kind = 'byline'
  byline.credits = credits
  return { rows: [stamped, byline] }
}

/** A web page's publication stamp. */
export const stampNode: RowNode = (row: Row, { context: { runner, factory } }): Stamp => {
  const { date } = row.stamp!
  const from = start(row.tokens)
  return {
    type: 'stamp',
    date: { ...date.value, raw: factory.source(from + date.start, from + date.end) },
    ...rowPhrase(row, runner, factory),
  }
}

/** Stands where page headers do. */
export const placeStamp: Placer = (row, assembly) => {
  assembly.stand(() => stampNode(row, assembly), PAGE_HEADER_STANDS_IN)
}
