/**
 * Page headers and footers: the lines that say which page this is.
 *
 *   01版:要闻 · 第3版：城市新闻 · A02 | 港聞      a page label, with its section
 *   光明日报 2012年10月27日 星期六                the paper and date of the page
 *   2024年6月4日 星期二                          the date on its own line
 *   《人民日报》（2025年03月10日第 01 版）         a page citation (also after a byline)
 *   要闻 · 港聞                                  a section label alone (the vocabulary's sections)
 *
 * The patterns are in grammar/furniture.ts (with the other furniture
 * lines); here is how the line is read, placed and built.
 *
 * Where it stands: among an article's heading lines (a web page's section
 * under its title), else at the top level, closing the open article.
 */
import type { DateValue, PageHeader } from '../../src/types'
import { pageHeaderOf, sectionLabelOf } from '../furniture'
import { start, type Row } from '../../src/assemble/row'
import type { Placement } from '../../src/configure'
import type { LineTest, Placer, RowNode } from './construct'
import { rowPhrase } from './line-nodes'

export const PAGE_HEADER_STANDS_IN: ReadonlySet<Placement> = new Set(['heading', 'top'])

/** Extensions first, then page headers: a nameplate line with a date (光明日报 2012年10月27日 星期六) is one. */
export const readPageHeader: LineTest = ({ text }, { words }) => {
  const pageHeader = pageHeaderOf(text) ?? sectionLabelOf(text, words.sections)
  return pageHeader && { kind: 'pageHeader', pageHeader }
}

/** A running header or footer, or a section label. */
export const pageHeaderNode: RowNode = (row: Row, { context: { runner, factory } }): PageHeader => {
  const info = row.pageHeader!
  const from = start(row.tokens)
  const node: PageHeader = { type: 'pageHeader', ...rowPhrase(row, runner, factory) }
  if (info.page !== undefined) node.page = info.page
  if (info.section) node.section = factory.source(from + info.section.start, from + info.section.end)
  if (info.date) {
    const value: DateValue = { ...info.date.value, raw: factory.source(from + info.date.start, from + info.date.end) }
    node.date = value
  }
  return node
}

export const placePageHeader: Placer = (row, assembly) => {
  assembly.stand(() => pageHeaderNode(row, assembly), PAGE_HEADER_STANDS_IN)
}
