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
 */
import { tokenMatcher } from 'chevrotain'
import { printedLength } from '../../grammar/layout'
import { SentenceEnd } from '../../grammar/tokens'
import { lineText, type Row } from './classify'

/** Where a table stands among the rows, and how many columns it has. */
export interface TableSpan {
  from: number
  /** One past the last row. */
  to: number
  columns: number
}

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
export function findTables(rows: Row[]): TableSpan[] {
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
