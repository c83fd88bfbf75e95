/**
 * A readable plain-text outline of a parsed issue, for the CLI and for
 * eyeballing parser output. Formatting only: it reads the tree, never text.
 *
 *   忻州日报
 *   1. 市委专题会议暨市疫情防控工作领导小组第四十二次会议召开
 *      sub: 郑连生主持并讲话 朱晓东安排工作
 *      dateline: 本报讯 · 5月9日 · 记者 杨峰雷
 *      4 paragraphs
 *      list 一是: 6 items (一是 二是 三是 四是 五是 六是)
 *      signature: 张晔
 *   editor line: 本版责编 鲁明强
 *   caption: 图为工人们正在拆除路灯
 *   0 diagnostics
 */
import type {
  Article,
  Byline,
  Credit,
  Dateline,
  DateValue,
  EditorLine,
  Issue,
  IssueContent,
  JumpLine,
  EndMark,
  Notice,
  List,
  Masthead,
  Node,
  PageHeader,
  Signature,
  Table,
} from './types'
import { toString } from './walk/to-string'

const INDENT = '   '
/** How many characters of a stray paragraph to show. */
const EXCERPT = 20
/** How many list markers to show before eliding. */
const MARKERS = 10

export function outline(issue: Issue): string {
  const lines: string[] = []
  let articles = 0

  const walk = (nodes: IssueContent[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'page':
          lines.push(`== page${node.page === undefined ? '' : ` ${node.page}`}${node.section ? ` (${node.section})` : ''} ==`)
          walk(node.children)
          break
        case 'masthead':
          lines.push(masthead(node))
          break
        case 'pageHeader':
          lines.push(`page header: ${pageHeader(node)}`)
          break
        case 'stamp':
          lines.push(`stamp: ${date(node.date)}`)
          break
        case 'table':
          lines.push(table(node))
          break
        case 'article':
          articles += 1
          lines.push(...article(node, articles))
          break
        case 'editorLine':
          lines.push(`editor line: ${credits(node)}`)
          break
        case 'caption':
          lines.push(`caption: ${text(node)}`)
          break
        case 'jumpLine':
          lines.push(`jump line: ${jumpLine(node)}`)
          break
        case 'endMark':
        case 'notice':
          lines.push(closingPart(node))
          break
        case 'paragraph':
          lines.push(`paragraph: ${excerpt(text(node))}`)
          break
        default:
          lines.push(other(node))
      }
    }
  }
  walk(issue.children ?? [])

  // Simplified is the usual case; say so only when the page was read as traditional.
  if (issue.data?.script === 'traditional') lines.push('script: traditional')
  const count = issue.data?.diagnostics?.length ?? 0
  lines.push(`${count} ${count === 1 ? 'diagnostic' : 'diagnostics'}`)
  return lines.join('\n')
}

function article(node: Article, n: number): string[] {
  const heads: string[] = []
  const kickers: string[] = []
  const subs: string[] = []
  const bylines: string[] = []
  const closing: string[] = []
  const chrome: string[] = []
  /** Where in `closing` the one line for all the web interface lines goes. */
  let chromeAt = -1
  let paragraphs = 0

  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'headline':
        heads.push(text(child))
        break
      case 'kicker':
        kickers.push(`kicker: ${text(child)}`)
        break
      case 'subheadline':
        subs.push(`sub: ${text(child)}`)
        break
      case 'byline':
        bylines.push(`byline: ${credits(child)}`)
        break
      case 'paragraph':
        paragraphs += 1
        break
      case 'signature':
        closing.push(`signature: ${signature(child)}`)
        break
      case 'caption':
        closing.push(`caption: ${text(child)}`)
        break
      case 'stamp':
        closing.push(`stamp: ${date(child.date)}`)
        break
      case 'table':
        closing.push(table(child))
        break
      case 'endMark':
      case 'notice':
        closing.push(closingPart(child))
        break
      case 'chrome':
        // Web interface lines are noise in an outline: one line says they were there.
        if (chrome.push(text(child)) === 1) chromeAt = closing.push('') - 1
        break
      default:
        closing.push(other(child))
    }
  }
  if (chromeAt >= 0) closing[chromeAt] = `web interface: ${chrome.length} ${chrome.length === 1 ? 'line' : 'lines'} (${chrome.slice(0, 2).join(' · ')}${chrome.length > 2 ? ' …' : ''})`

  const datelines = descendants<Dateline>(node, 'dateline').map((d) => `dateline: ${dateline(d)}`)
  const lists = descendants<List>(node, 'list').map((l) => list(l))
  const [title, ...moreHeads] = heads

  return [
    `${n}. ${title ?? '(no headline)'}`,
    ...[
      ...kickers,
      ...moreHeads.map((h) => `headline: ${h}`),
      ...subs,
      ...bylines,
      ...datelines,
      `${paragraphs} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}`,
      ...lists,
      ...closing,
    ].map((line) => INDENT + line),
  ]
}

function masthead(node: Masthead): string {
  return clean(node.paper) || text(node)
}

function pageHeader(node: PageHeader): string {
  const parts: string[] = []
  if (node.paper) parts.push(clean(node.paper))
  if (node.page !== undefined) parts.push(`page ${node.page}`)
  if (node.section) parts.push(clean(node.section))
  if (node.date) parts.push(date(node.date))
  return parts.length > 0 ? parts.join(' · ') : text(node)
}

function table(node: Table): string {
  const columns = node.children[0]?.children.length ?? 0
  return `table: ${node.children.length} rows × ${columns} columns (${node.children[0]!.children.map((c) => text(c)).join(' | ')})`
}

function jumpLine(node: JumpLine): string {
  if (node.page === undefined) return `${node.direction}: ${text(node)}`
  return `${node.direction === 'from' ? 'from' : 'to'} page ${node.page}`
}

function dateline(node: Dateline): string {
  const parts = [clean(node.source)]
  if (node.place) parts.push(clean(node.place))
  if (node.date) parts.push(date(node.date))
  for (const child of node.children ?? []) {
    if (child.type === 'credit') parts.push(credit(child))
  }
  return parts.filter(Boolean).join(' · ')
}

function list(node: List): string {
  const markers = (node.children ?? []).map((item) => clean(item.marker))
  const shown = markers.length > MARKERS ? [...markers.slice(0, MARKERS), '…'] : markers
  const items = markers.length === 1 ? 'item' : 'items'
  return `list ${clean(node.style)}: ${markers.length} ${items} (${shown.join(' ')})`
}

function signature(node: Signature): string {
  const names = (node.names ?? []).map(clean).filter(Boolean)
  return names.length > 0 ? names.join('、') : clean(node.value)
}

/** The credits of an editor line or byline; its text when it has none. */
function credits(node: EditorLine | Byline): string {
  const found = (node.children ?? []).filter((c): c is Credit => c.type === 'credit')
  return found.length > 0 ? found.map(credit).join('; ') : text(node)
}

/**
 * 记者 杨峰雷, 本报记者 张建国, 通讯员 甲、乙, 本版邮箱 xzrb@163.com; the
 * affiliation after it where the role does not print it (记者 郭建伸 (中央社)).
 */
function credit(node: Credit): string {
  const names = [...(node.names ?? []), node.contact ?? ''].map(clean).filter(Boolean)
  const head = [clean(node.role), names.join('、')].filter(Boolean).join(' ') || clean(node.value)
  const shown = node.affiliation === undefined || (node.role ?? '').startsWith(node.affiliation)
  return shown ? head : `${head} (${clean(node.affiliation!)})`
}

/** 2020年5月9日, 5月9日, 9日 from the numbers (the calendar date where the issue date resolved it); the printed form otherwise. */
function date(value: DateValue): string {
  const numbers = value.resolved ?? value
  const out =
    (numbers.year !== undefined ? `${numbers.year}年` : '') +
    (numbers.month !== undefined ? `${numbers.month}月` : '') +
    (numbers.day !== undefined ? `${numbers.day}日` : '')
  return out || clean(value.raw)
}

/** An end mark or a notice, named as a reader would. */
function closingPart(node: EndMark | Notice): string {
  if (node.type === 'endMark') return `end mark: ${node.value}${node.continued ? ' (continued)' : ''}`
  return `${node.kind === 'helpline' ? 'helpline' : 'tip line'}: ${excerpt(text(node))}`
}

/** A node type this outline does not know (e.g. one added by an extension). */
function other(node: Node): string {
  const value = excerpt(text(node))
  return value ? `${node.type}: ${value}` : node.type
}

function descendants<T extends Node>(node: Node, type: string): T[] {
  const found: T[] = []
  const walk = (n: Node) => {
    if (n.type === type) found.push(n as T)
    const children = (n as { children?: unknown }).children
    if (Array.isArray(children)) for (const c of children as Node[]) walk(c)
  }
  for (const c of ((node as { children?: Node[] }).children ?? [])) walk(c)
  return found
}

/** The printed text of a node on one line. */
function text(node: Node): string {
  return clean(toString(node))
}

/** Collapse whitespace (layout, full-width spaces) so each entry stays on one line. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim()
}

function excerpt(value: string): string {
  const chars = Array.from(value)
  return chars.length > EXCERPT ? chars.slice(0, EXCERPT).join('') + '…' : value
}
