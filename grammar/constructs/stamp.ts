/**
 * Publication stamps: when a web page or e-paper published the text.
 *
 *   发布日期:2022年11月23日 上一版 下一版 · 2018-09-19 11:05 · 滕州日报 2021-03-24 07:17 大字
 *   …潛力獎。1021029                       Taiwan's bare date code after the last sentence (signature.ts)
 *
 * The patterns are in grammar/furniture.ts; here is how the line is read,
 * placed and built.
 *
 * Where it stands: among an article's heading lines (a site's stamp under
 * its title), else at the top level, closing the open article.
 */
import type { Stamp } from '../../src/types'
import { stampOf } from '../furniture'
import { start, type Row } from '../../src/assemble/row'
import type { LineTest, Placer, RowNode } from './construct'
import { rowPhrase } from './line-nodes'
import { PAGE_HEADER_STANDS_IN } from './page-header'

export const readStamp: LineTest = ({ text }) => {
  const stamp = stampOf(text)
  return stamp && { kind: 'stamp', stamp }
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
