/**
 * Tree nodes made from classified rows. Offsets are normalized-text offsets
 * until src/assemble/positions.ts maps them back to the input.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { endOf, startOf, type NodeFactory } from '../../grammar/factory'
import { columnTagSpan } from '../../grammar/layout'
import { fillGaps } from '../../grammar/rules/inline-nodes'
import { DATELINE_OPENERS } from '../../grammar/rules/inline'
import { FullStop, PhotoBy } from '../../grammar/tokens'
import type {
  Chrome,
  ColumnTag,
  DateValue,
  Inline,
  JumpLine,
  PageHeader,
  Position,
  SourceNote,
  Stamp,
  Table,
  TableCell,
} from '../types'
import type { Row } from './classify'
import type { RuleRunner } from './rule-runner'

/** Start and (exclusive) end offsets of a run of tokens. */
export const start = (tokens: IToken[]) => startOf(tokens[0]!)
export const end = (tokens: IToken[]) => endOf(tokens.at(-1)!)

/** A byline or editor line: its credits, the rest as text. */
export function creditLine<T extends 'byline' | 'editorLine'>(type: T, row: Row, factory: NodeFactory) {
  const from = start(row.tokens)
  const to = end(row.tokens)
  return { type, children: fillGaps(from, to, row.credits ?? [], factory), position: factory.position(from, to) }
}

/** A whole row as phrasing content, with its position: the body of most line nodes. */
export function rowPhrase(row: Row, runner: RuleRunner, factory: NodeFactory): { children: Inline[]; position: Position } {
  return { children: runner.inline(row.tokens, 'phrase'), position: factory.position(start(row.tokens), end(row.tokens)) }
}

/** A running header or footer, or a section label. */
export function pageHeaderNode(row: Row, runner: RuleRunner, factory: NodeFactory): PageHeader {
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

/**
 * A heading line's inline content, with a column or topic tag at either
 * end as a `columnTag` node (以高质量党建引领发展（专题深思）).
 */
export function headingInlines(tokens: IToken[], runner: RuleRunner, factory: NodeFactory): Inline[] {
  const span = columnTagSpan(tokens)
  if (!span) return runner.inline(tokens, 'phrase')
  const tag = tokens.slice(span.from, span.to)
  const node: ColumnTag = {
    type: 'columnTag',
    label: factory.source(endOf(tag[0]!), tag.at(-1)!.startOffset),
    children: runner.inline(tag, 'phrase'),
    position: factory.position(start(tag), end(tag)),
  }
  const before = tokens.slice(0, span.from)
  const after = tokens.slice(span.to)
  return [...(before.length ? runner.inline(before, 'phrase') : []), node, ...(after.length ? runner.inline(after, 'phrase') : [])]
}

/** A line naming where figures come from (数据来源：国家统计局). */
export function sourceNoteNode(row: Row, runner: RuleRunner, factory: NodeFactory): SourceNote {
  const from = start(row.tokens)
  return {
    type: 'sourceNote',
    source: factory.source(from + row.source!.start, from + row.source!.end),
    ...rowPhrase(row, runner, factory),
  }
}

/** A table from its cell rows, `columns` cells a row. */
export function tableNode(cells: Row[], columns: number, runner: RuleRunner, factory: NodeFactory): Table {
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

/** A web page's publication stamp. */
export function stampNode(row: Row, runner: RuleRunner, factory: NodeFactory): Stamp {
  const { date } = row.stamp!
  const from = start(row.tokens)
  return {
    type: 'stamp',
    date: { ...date.value, raw: factory.source(from + date.start, from + date.end) },
    ...rowPhrase(row, runner, factory),
  }
}

/** A line of web page interface. */
export function chromeNode(row: Row, runner: RuleRunner, factory: NodeFactory): Chrome {
  return { type: 'chrome', ...rowPhrase(row, runner, factory) }
}

/** Page furniture rows (page headers, section labels, web stamps and interface) as nodes. */
export function furnitureNode(row: Row, runner: RuleRunner, factory: NodeFactory): PageHeader | Stamp | Chrome {
  if (row.kind === 'stamp') return stampNode(row, runner, factory)
  if (row.kind === 'chrome') return chromeNode(row, runner, factory)
  return pageHeaderNode(row, runner, factory)
}

export function jumpLineNode(row: Row, runner: RuleRunner, factory: NodeFactory): JumpLine {
  const node: JumpLine = {
    type: 'jumpLine',
    direction: row.jump!.direction,
    ...rowPhrase(row, runner, factory),
  }
  if (row.jump!.page !== undefined) node.page = row.jump!.page
  return node
}

/**
 * How far into a paragraph, in characters, a dateline may be glued after a
 * subheadline or a caption: sixty tokens when tokens averaged 2.7
 * characters. (Counted in characters so that longer text runs do not
 * widen it.)
 */
const GLUED_LEAD_CHARS = 160

/**
 * Reposts lose their line breaks: a subheadline runs straight into the
 * dateline (就废弃茶叶被转手事件发声明本报讯（记者刘俊）…), or a photo
 * caption does (…新华社记者 谢环驰 摄新华社北京12月5日电). Returns how many
 * tokens precede a dateline found near the start of the first paragraph,
 * before any full stop (or right after a 摄); 0 when there is none.
 */
export function gluedLead(body: IToken[], runner: RuleRunner): number {
  // A paragraph that was only its signature has no lead at all.
  if (body.length === 0 || runner.datelineOpens(body)) return 0
  const limit = body[0]!.startOffset + GLUED_LEAD_CHARS
  let sentenceEnded = false
  for (let i = 1; i < body.length && body[i]!.startOffset < limit; i++) {
    const token = body[i]!
    if (tokenMatcher(token, FullStop)) {
      sentenceEnded = true
      continue
    }
    const opensDateline = DATELINE_OPENERS.some((t) => tokenMatcher(token, t))
    // After a full stop, only a photo credit (…摄) may still run into the dateline.
    const allowed = !sentenceEnded || tokenMatcher(body[i - 1]!, PhotoBy)
    if (opensDateline && allowed && runner.datelineOpens(body.slice(i))) return i
  }
  return 0
}
