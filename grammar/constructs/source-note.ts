/**
 * Source notes: where a story's figures or text come from.
 *
 *   数据来源：国家统计局 · 资料来源：…          a data source
 *   新快报 · 大洋网-广州日报                    a repost's outlet, named alone on its line under the title
 *
 * The patterns are in grammar/furniture.ts; here is how the line is read,
 * placed and built.
 *
 * Where it stands: among an article's heading lines (a repost's outlet
 * under its title), in its body (under a chart's figures), or at the top
 * level.
 */
import type { SourceNote } from '../../src/types'
import { outletLineOf, sourceNoteOf } from '../furniture'
import { start, type Row } from '../../src/assemble/row'
import type { Placement } from '../../src/configure'
import type { LineTest, Placer, RowNode } from './construct'
import { rowPhrase } from './line-nodes'

const SOURCE_NOTE_STANDS_IN: ReadonlySet<Placement> = new Set(['heading', 'body', 'top'])

export const readSourceNote: LineTest = ({ text }) => {
  // 数据来源：国家统计局; a repost's 新快报 under its title.
  const source = sourceNoteOf(text) ?? outletLineOf(text)
  return source && { kind: 'sourceNote', source }
}

/** A line naming where figures come from (数据来源：国家统计局). */
export const sourceNoteNode: RowNode = (row: Row, { context: { runner, factory } }): SourceNote => {
  const from = start(row.tokens)
  return { type: 'sourceNote', source: factory.source(from + row.source!.start, from + row.source!.end), ...rowPhrase(row, runner, factory) }
}

export const placeSourceNote: Placer = (row, assembly) => {
  assembly.stand(() => sourceNoteNode(row, assembly), SOURCE_NOTE_STANDS_IN)
}
