/**
 * Tables copied one cell per line (the way scraped HTML tables arrive):
 *
 *   公司名称 / 上会日期 / 保荐机构 / 杭州高特电子设备股份有限公司 / 2026/1/13 / 中信证券 / …
 *
 * Plain text keeps no column count, so it is read from the cells' shapes:
 * a header of N text cells, then rows of N cells whose columns keep one
 * shape each (text or number), at least one column of numbers under a
 * text header, and at least two rows. The table ends where the shapes
 * break. All-text tables are not told apart from short lines and stay text.
 *
 * A second look (cells are known only among their neighbours): the
 * table's lines become cells, its first holding the table. Where it
 * stands: where the assembler stands (in an article or on the page); the
 * table takes its cells.
 */
import { tokenMatcher } from 'chevrotain'
import type { Table, TableCell } from '../../src/types'
import { printedLength } from '../layout'
import { SentenceEnd } from '../tokens'
import { end, lineText, readAs, start, type Row, type TableSpan } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { Placer, Refinement } from './construct'
import { rowPhrase } from './line-nodes'

const MIN_COLUMNS = 2
const MAX_COLUMNS = 6
const MIN_DATA_ROWS = 2
/** The longest cell (a company's full name). */
const MAX_CELL_LENGTH = 30
/** Lines before a header that may be tried as its start (a title line, a note). */
const MAX_LEAD_IN = 2

type Shape = 'text' | 'number'

/** A cell of numbers: 2026/1/13, 125.3, 8.2%, 1,100.00万股 is text. */
const NUMBER_CELL = /^[-+]?[0-9][0-9.,:/%\- ]*[年月日%]?$/

/** The tables among the rows, in order. */
function findTables(rows: Row[]): TableSpan[] {
  const shapes = rows.map(shapeOf)
  const tables: TableSpan[] = []
  let k = 0
  while (k < rows.length) {
    const table = tableAt(rows, shapes, k)
    if (table) {
      tables.push(table)
      k = table.to
    } else {
      k++
    }
  }
  return tables
}

/** A table whose header starts at `k`, or at one of the next lines. */
function tableAt(rows: Row[], shapes: Array<Shape | undefined>, k: number): TableSpan | undefined {
  for (let from = k; from <= k + MAX_LEAD_IN && from < rows.length; from++) {
    if (shapes[from] === undefined) return undefined
    for (let columns = MIN_COLUMNS; columns <= MAX_COLUMNS; columns++) {
      const table = tableFrom(rows, shapes, from, columns)
      if (table) return table
    }
  }
  return undefined
}

function tableFrom(rows: Row[], shapes: Array<Shape | undefined>, from: number, columns: number): TableSpan | undefined {
  const header = shapes.slice(from, from + columns)
  if (header.length < columns || header.some((shape) => shape !== 'text') || !isHeader(rows.slice(from, from + columns))) return undefined
  const first = shapes.slice(from + columns, from + 2 * columns)
  if (first.length < columns || !first.includes('number')) return undefined
  let to = from + columns
  while (to + columns <= rows.length && first.every((shape, c) => shapes[to + c] === shape && rows[to + c]!.gap === 0)) to += columns
  if ((to - from) / columns - 1 < MIN_DATA_ROWS) return undefined
  return { from, to, columns }
}

/** Header cells follow each other line by line and are labels, not a title ending with a colon. */
function isHeader(cells: Row[]): boolean {
  return cells.every((row, c) => (c === 0 || row.gap === 0) && !/[:：]$/.test(lineText(row.tokens)))
}

/** A line's shape as a table cell, or undefined when it cannot be one. */
function shapeOf(row: Row): Shape | undefined {
  if (row.kind !== 'body' && row.kind !== 'heading') return undefined
  const last = row.tokens.at(-1)
  if (!last || tokenMatcher(last, SentenceEnd) || printedLength(row.tokens) > MAX_CELL_LENGTH) return undefined
  return NUMBER_CELL.test(lineText(row.tokens).trim()) ? 'number' : 'text'
}

/** Tables copied one cell per line: their lines become cells, the first holding the table. */
export const markTables: Refinement = (rows) => {
  const read = [...rows]
  for (const table of findTables(rows)) {
    for (let k = table.from; k < table.to; k++) read[k] = readAs(rows[k]!, 'tableCell')
    read[table.from]!.table = table
  }
  return read
}

/** A table from its cell rows, `columns` cells a row. */
function tableNode(cells: Row[], columns: number, { context: { runner, factory } }: Assembly): Table {
  const cell = (row: Row): TableCell => ({ type: 'tableCell', ...rowPhrase(row, runner, factory) })
  const children: Table['children'] = []
  for (let k = 0; k < cells.length; k += columns) {
    const row = cells.slice(k, k + columns)
    children.push({
      type: 'tableRow',
      children: row.map(cell),
      position: factory.position(start(row[0]!.tokens), end(row.at(-1)!.tokens)),
    })
  }
  return { type: 'table', children, position: factory.position(children[0]!.position.start.offset!, children.at(-1)!.position.end.offset!) }
}

/** The table's first cell holds the table: it takes the rest of its cells. */
export const placeTable: Placer = (row, assembly) => {
  const table = row.table!
  assembly.flush()
  const cells = [row, ...assembly.rows.take(table.to - table.from - 1)]
  assembly.add(tableNode(cells, table.columns, assembly))
}
