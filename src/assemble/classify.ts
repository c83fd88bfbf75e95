/**
 * Line classification: what each non-blank line of a page is, read by the
 * grammar — whole-line rules (bylines, editor lines, photo credits), the
 * dateline rule, page furniture (grammar/furniture.ts) and the layout
 * conventions (grammar/layout.ts); then second looks that need a line's
 * neighbours (reclassify.ts). Grouping happens afterwards (groups.ts).
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import {
  isChromeLine,
  jumpLineOf,
  pageHeaderOf,
  sectionLabelOf,
  contactOf,
  sourceNoteOf,
  outletLineOf,
  stampOf,
  trailingCitationAt,
  type JumpInfo,
  type PageHeaderInfo,
  type StampInfo,
} from '../../grammar/furniture'
import { isHeadingLike, mastheadPaper, trimmed, type Line } from '../../grammar/layout'
import { creditsLineAbove, isCaption, trailingPhotoCredit } from '../../grammar/constructs/caption'
import { isSignatureName } from '../../grammar/constructs/signature'
import { startsDateline } from '../../grammar/rules/inline'
import { Bullet, PhotoBy, RParen, Role } from '../../grammar/tokens'
import type { Vocabulary } from '../../grammar/vocabulary'
import { namesSource } from '../../grammar/rules/credits'
import type { Credit, Diagnostic, Node } from '../types'
import { ExtensionError, type ConfiguredConstruct } from '../configure'
import type { NodeFactory } from '../../grammar/factory'
import { gluedLead, start } from './nodes'
import { reclassify } from './reclassify'
import type { TableSpan } from './tables'
import type { RuleRunner } from './rule-runner'
import { endOf } from '../../grammar/factory'

export type Kind =
  | 'masthead'
  | 'pageHeader'
  | 'stamp'
  | 'chrome'
  | 'jumpLine'
  | 'editorLine'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'heading'
  | 'body'
  | 'tableCell'
  | 'sourceNote'
  | 'extension'

/** The vocabulary's words for page furniture and boxes. */
export type FurnitureWords = Pick<Vocabulary, 'sections' | 'chrome' | 'sidebarLabels'>


export interface Row {
  /** The line's tokens without surrounding spacing (for a caption with a credit line, both lines). */
  tokens: IToken[]
  kind: Kind
  /** Blank lines between this row and the previous non-blank one. */
  gap: number
  /** Index of the row's first and last token in the page's token stream. */
  from: number
  to: number
  credits?: Credit[]
  paper?: IToken
  pageHeader?: PageHeaderInfo
  stamp?: StampInfo
  /** Whether spacing stands before the line's text (　　(星島日報報道)…). */
  indented?: boolean
  /** Normalized-text span of a source note's source within the line. */
  source?: { start: number; end: number }
  jump?: JumpInfo
  /** A photographer's credit printed on the line below a caption. */
  photoCredit?: Credit
  /** The node an extension's line construct made of the line. */
  node?: Node
  /** The extension construct that read the line. */
  construct?: ConfiguredConstruct
  /** On a table's first cell: the table (tables.ts). */
  table?: TableSpan
}

/**
 * A body row. Every field is there from the start, so all rows share one
 * shape: classification sets its fields one by one (many to undefined),
 * and each new field on a row would otherwise reshape it.
 */
function newRow(tokens: IToken[], gap: number, from: number): Row {
  return {
    tokens,
    kind: 'body',
    gap,
    from,
    to: from + tokens.length - 1,
    credits: undefined,
    paper: undefined,
    pageHeader: undefined,
    stamp: undefined,
    indented: undefined,
    source: undefined,
    jump: undefined,
    photoCredit: undefined,
    node: undefined,
    construct: undefined,
    table: undefined,
  }
}

/** What the extension constructs need besides the line: where to report, and whether to throw instead (development checks). */
export interface ConstructChecks {
  diagnostics: Diagnostic[]
  strict?: boolean
}

/**
 * The first extension construct that reads the line, with its node; a node
 * whose position is not inside the line is reported (thrown with `strict`)
 * and the line is left to the built-in conventions. (A function of its
 * own: a closure in the loop would make every line's variables live on the
 * heap.)
 */
function extensionRead(tokens: IToken[], constructs: ConfiguredConstruct[], runner: RuleRunner, factory: NodeFactory, checks: ConstructChecks) {
  for (const construct of constructs) {
    const node = runner.attempt(tokens, construct.line)
    if (!node) continue
    const problem = positionProblem(node, start(tokens), endOf(tokens.at(-1)!))
    if (problem === undefined) return { node, construct }
    const message = `construct ${construct.name} built a ${String(node.type)} node ${problem}: build positions with $.ctx.factory.position(startOf(first), endOf(last)) from the tokens the rule consumed`
    if (checks.strict) throw new ExtensionError(construct.extension, message)
    checks.diagnostics.push({
      code: 'extension-error',
      message: `extension ${construct.extension}: ${message}; the line was read without it`,
      position: factory.position(start(tokens), endOf(tokens.at(-1)!)),
    })
  }
  return undefined
}

/** What is wrong with a node's position for a line spanning [from, to), or undefined. */
function positionProblem(node: Node, from: number, to: number): string | undefined {
  const position = (node as Partial<Node>).position
  const start = position?.start?.offset
  const end = position?.end?.offset
  if (typeof start !== 'number' || typeof end !== 'number') return 'without a position (start and end offsets)'
  if (end < start) return `that ends (${end}) before it starts (${start})`
  if (start < from || end > to) return `outside its line (${start}–${end}, the line is ${from}–${to})`
  return undefined
}

/** Whether a token of `category` is among `tokens` (a loop: no closure per line and category). */
function holds(tokens: IToken[], category: TokenType): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokenMatcher(tokens[i]!, category)) return true
  return false
}

/**
 * A byline glued to the page citation after it, as People's Daily's site
 * prints them: two rows, the byline (a credit with a role, or names alone
 * before the citation) and the citation, a page header.
 */
function citedByline(tokens: IToken[], text: string, from: number, gap: number, runner: RuleRunner): Row[] | undefined {
  const at = trailingCitationAt(text)
  if (at === undefined) return undefined
  const lineStart = tokens[0]!.startOffset
  const split = tokens.findIndex((t) => t.startOffset - lineStart >= at)
  if (split <= 0 || tokens[split]!.startOffset - lineStart !== at) return undefined
  const head = trimmed(tokens.slice(0, split))
  const citation = tokens.slice(split)
  const header = pageHeaderOf(textIn(text, citation, lineStart))
  if (!header) return undefined
  const credits = runner.attempt(head, (p) => p.byline()) ?? bareNames(head, runner)
  if (!credits) return undefined
  const byline = newRow(head, gap, from)
  byline.kind = 'byline'
  byline.credits = credits
  const cite = newRow(citation, 0, from + split)
  cite.kind = 'pageHeader'
  cite.pageHeader = header
  return [byline, cite]
}

/** Names alone standing for a credit with no role (王曼倩 before a page citation), as long as names are. */
function bareNames(tokens: IToken[], runner: RuleRunner): Credit[] | undefined {
  const credit = runner.attempt(tokens, (p) => p.bareCredit())
  return credit?.names.length && credit.names.every(isSignatureName) ? [credit] : undefined
}

/** A line's normalized text. */
export const lineText = (tokens: IToken[]): string => tokens.map((t) => t.image).join('')

/**
 * The characters of a line's tokens: a slice of the page text when they
 * cover it without a gap (always, unless a token set skips characters),
 * which costs less than joining their images.
 */
function textIn(page: string, tokens: IToken[], pageStart = 0): string {
  const from = tokens[0]!.startOffset
  const to = endOf(tokens.at(-1)!)
  let length = 0
  for (const token of tokens) length += token.image.length
  return length === to - from ? page.slice(from - pageStart, to - pageStart) : lineText(tokens)
}

export function classify(
  lines: Line[],
  page: string,
  runner: RuleRunner,
  factory: NodeFactory,
  words: FurnitureWords,
  constructs: ConfiguredConstruct[] = [],
  checks: ConstructChecks = { diagnostics: [] },
): Row[] {
  const rows: Row[] = []
  let pageTop = true
  for (const line of lines) {
    const tokens = trimmed(line.tokens)
    const from = line.first + line.tokens.indexOf(tokens[0]!)
    const row = newRow(tokens, line.gap, from)
    if (tokens[0] !== line.tokens[0]) row.indented = true
    const text = textIn(page, tokens)
    // 本报记者 吴储岐 向子丰《人民日报》（2025年03月10日第 01 版）: a byline, then the page it is cited from.
    const cited = citedByline(tokens, text, from, line.gap, runner)
    if (cited) {
      rows.push(...cited)
      pageTop = false
      continue
    }
    // Cheap checks first: a failed parse attempt costs an exception, and most
    // lines are plain text that no whole-line convention could match.
    const creditLike = holds(tokens, Role) || holds(tokens, Bullet) || tokenMatcher(tokens.at(-1)!, RParen)
    const datelineLike = startsDateline(tokens)
    let paper: IToken | undefined
    let credits: Credit[] | undefined
    let credit: Credit | undefined
    let read: { node: Node; construct: ConfiguredConstruct } | undefined
    // Extensions first, then page headers: a nameplate line with a date
    // (光明日报 2012年10月27日 星期六) is one.
    if (constructs.length > 0 && (read = extensionRead(tokens, constructs, runner, factory, checks))) {
      row.kind = 'extension'
      row.node = read.node
      row.construct = read.construct
    } else if ((row.pageHeader = pageHeaderOf(text) ?? sectionLabelOf(text, words.sections))) {
      row.kind = 'pageHeader'
    } else if ((row.stamp = stampOf(text))) {
      row.kind = 'stamp'
    } else if (isChromeLine(text, words.chrome)) {
      row.kind = 'chrome'
    } else if (pageTop && (paper = mastheadPaper(tokens))) {
      row.kind = 'masthead'
      row.paper = paper
    } else if ((row.jump = jumpLineOf(text))) {
      row.kind = 'jumpLine'
    } else if ((credit = contactCredit(text, start(tokens), factory))) {
      row.kind = 'editorLine'
      row.credits = [credit]
    } else if ((row.source = sourceNoteOf(text) ?? outletLineOf(text))) {
      // 数据来源：国家统计局; a repost's 新快报 under its title.
      row.kind = 'sourceNote'
    } else if (creditLike && runner.opens('byline', tokens[0]) && (credits = runner.attempt(tokens, (p) => p.byline()))) {
      row.kind = 'byline'
      row.credits = credits
    } else if (
      creditLike &&
      // The built-in rule yields no credit unless the note names a source.
      (namesSource(text) || !runner.builtInGrammar) &&
      runner.opens('sourcedCredit', tokens[0]) &&
      (credits = runner.attempt(tokens, (p) => p.sourcedCredit()))?.length
    ) {
      // A credit line all the same: at an article's end it is its signature.
      row.kind = 'byline'
      row.credits = credits
    } else if (
      creditLike &&
      !isRoleWord(tokens) &&
      runner.opens('editorLine', tokens[0]) &&
      (credits = runner.attempt(tokens, (p) => p.editorLine()))
    ) {
      // Tried after byline: a credit line that is not all reporters names staff.
      row.kind = 'editorLine'
      row.credits = credits
    } else if (holds(tokens, PhotoBy) && runner.opens('photoCredit', tokens[0]) && (credit = runner.attempt(tokens, (p) => p.photoCredit()))) {
      // 李润芳摄 right under a line makes that line the photo's caption.
      if (creditsLineAbove(rows.at(-1), row, credit)) continue
      row.kind = 'caption'
      row.photoCredit = credit
    } else if (datelineLike && runner.datelineOpens(tokens)) {
      row.kind = 'dateline'
    } else if (row.kind === 'body' && (credit = trailingPhotoCredit(tokens, runner))) {
      // …生动实践。 林 燕 彭楠岚 摄: a photo's caption, its credit at its end.
      row.kind = 'caption'
      row.photoCredit = credit
    } else if (isCaption(tokens) && gluedLead(tokens, runner) === 0) {
      // (A caption that runs into a dateline is the top of a story: see gluedLead.)
      row.kind = 'caption'
    } else if (isHeadingLike(tokens)) {
      row.kind = 'heading'
    }
    if (row.kind !== 'masthead' && row.kind !== 'pageHeader') pageTop = false
    rows.push(row)
  }
  return reclassify(rows)
}

/**
 * A role glued to one word and nothing else (编辑点评, 记者手记): a column's
 * label, not a staff line — staff lines set the name apart (编辑：梁偉澄,
 * 本版责编:鲁明强) or name several people.
 */
function isRoleWord(tokens: IToken[]): boolean {
  return tokens.length === 2 && tokenMatcher(tokens[0]!, Role) && tokens[1]!.tokenType.name === 'Text'
}

/** 本版邮箱：xzrb@163.com: a staff line whose credit is an address, not a name. */
function contactCredit(text: string, from: number, factory: NodeFactory): Credit | undefined {
  const contact = contactOf(text)
  if (!contact) return undefined
  const credit: Credit = {
    type: 'credit',
    role: factory.source(from + contact.role.start, from + contact.role.end),
    names: [],
    contact: factory.source(from + contact.address.start, from + contact.address.end),
    value: factory.source(from + (contact.affiliation?.start ?? contact.role.start), from + contact.address.end),
    position: factory.position(from + (contact.affiliation?.start ?? contact.role.start), from + contact.address.end),
  }
  if (contact.affiliation) credit.affiliation = factory.source(from + contact.affiliation.start, from + contact.affiliation.end)
  return credit
}



