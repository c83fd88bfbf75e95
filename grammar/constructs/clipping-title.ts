/**
 * The index line of a press-clipping export (WiseNews/慧科 plain text),
 * which prints a document's title only inside it:
 *
 *   2. 大公报 -  (积极考虑并购湾区看好广深 领展拟回购6000万个基金单位) 2019-06-04 经济 A16 财经头条
 *   ^number ^paper  ^title, in brackets                              ^date      ^section and page
 *
 * The line is read as three rows: the paper (a source note: where the
 * text comes from), the title (a heading line, the document's headline),
 * and the date, section and page (a page header). Nothing of it is lost;
 * the brackets stay with the rows beside the title.
 * (The other clipping header lines, 275 .澳門日報 | 發行量… | 2019-05-23 and
 * 報章 | A02 |澳聞, are page headers: grammar/furniture.ts.)
 */
import { trimmed } from '../layout'
import { partAt, readRow, type Row } from '../../src/assemble/row'
import type { PageHeaderInfo } from './page-header'
import type { LineTest } from './construct'

/** Number, paper, title in brackets, date, then the section and page. */
const INDEX_LINE = /^([0-9]{1,4}\. *([^-()]{2,20}?) *- *\() *([^()]{4,120}?) *(\) *(([0-9]{4})-([0-9]{2})-([0-9]{2}))(?: [^()]{0,40}?)?(?: [A-Z]{0,2}0*([0-9]{1,3}))?(?: [^()]{0,20})?)$/

export const readClippingTitle: LineTest = ({ tokens, text, from, gap }) => {
  const m = INDEX_LINE.exec(text)
  if (!m) return undefined
  // Only where the tokens part where the text does.
  const title = partAt(tokens, text.indexOf(m[3]!, m[1]!.length))
  const after = partAt(tokens, text.lastIndexOf(m[4]!))
  if (title <= 0 || after <= title) return undefined
  const paperAt = text.indexOf(m[2]!)
  const dateAt = m[4]!.indexOf(m[5]!)
  const pageHeader: PageHeaderInfo = {
    date: { start: dateAt, end: dateAt + m[5]!.length, value: { year: Number(m[6]), month: Number(m[7]), day: Number(m[8]), raw: m[5]! } },
  }
  if (m[9] !== undefined) pageHeader.page = Number(m[9])
  return {
    rows: trimRows([
      readRow(tokens.slice(0, title), gap, from, { kind: 'sourceNote', source: { start: paperAt, end: paperAt + m[2]!.length } }),
      readRow(tokens.slice(title, after), 0, from + title, { kind: 'heading' }),
      readRow(tokens.slice(after), 0, from + after, { kind: 'pageHeader', pageHeader }),
    ]),
  }
}

/** Rows without the spacing at their ends (a row's tokens are trimmed; its `from` and `to` follow). */
function trimRows(rows: Row[]): Row[] {
  return rows.map((row) => {
    const tokens = trimmed(row.tokens)
    const first = row.tokens.indexOf(tokens[0]!)
    return { ...row, tokens, from: row.from + first, to: row.from + first + tokens.length - 1 }
  })
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const CLIPPING_TITLE_PATTERNS: readonly RegExp[] = [INDEX_LINE]
