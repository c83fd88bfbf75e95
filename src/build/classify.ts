/**
 * Line classification: what each non-blank line of a page is, read by the
 * grammar — whole-line rules (bylines, editor lines, photo credits), the
 * dateline rule, page furniture (grammar/furniture.ts) and the layout
 * conventions (grammar/layout.ts). Grouping happens afterwards (groups.ts).
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import { jumpLineOf, pageHeaderOf, sectionLabelOf, type JumpInfo, type PageHeaderInfo } from '../../grammar/furniture'
import { isCaption, isHeadingLike, mastheadPaper, trimmed, type Line } from '../../grammar/layout'
import { DATELINE_OPENERS } from '../../grammar/rules/inline'
import { Bullet, PhotoBy, RParen, Role, SentenceEnd } from '../../grammar/tokens'
import type { BaozhiParser } from '../../grammar/parser'
import { namesSource } from '../../grammar/rules/credits'
import type { Credit, Node } from '../types'
import { gluedLead } from './nodes'
import type { Units } from './units'
import { endOf } from '../../grammar/factory'

export type Kind =
  | 'masthead'
  | 'pageHeader'
  | 'jumpLine'
  | 'editorLine'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'heading'
  | 'body'
  | 'extension'

/** An extension's whole-line convention: a node for the line, or undefined. */
export type LineConvention = (parser: BaozhiParser) => Node | undefined

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
  jump?: JumpInfo
  /** A photographer's credit printed on the line below a caption. */
  photoCredit?: Credit
  /** The node an extension's line convention made of the line. */
  node?: Node
}

/**
 * The characters of a line's tokens: a slice of the page text when they
 * cover it without a gap (always, unless a token set skips characters),
 * which costs less than joining their images.
 */
function lineText(tokens: IToken[], page: string): string {
  const from = tokens[0]!.startOffset
  const to = endOf(tokens.at(-1)!)
  let length = 0
  for (const token of tokens) length += token.image.length
  return length === to - from ? page.slice(from, to) : tokens.map((t) => t.image).join('')
}

export function classify(lines: Line[], page: string, units: Units, sections: readonly string[], conventions: LineConvention[] = []): Row[] {
  const rows: Row[] = []
  let gap = 0
  let pageTop = true
  for (const line of lines) {
    if (line.blank) {
      gap++
      continue
    }
    const tokens = trimmed(line.tokens)
    const from = line.first + line.tokens.indexOf(tokens[0]!)
    const row: Row = { tokens, kind: 'body', gap, from, to: from + tokens.length - 1 }
    gap = 0
    const text = lineText(tokens, page)
    const has = (category: TokenType) => tokens.some((token) => tokenMatcher(token, category))
    // Cheap checks first: a failed parse attempt costs an exception, and most
    // lines are plain text that no whole-line convention could match.
    const creditLike = has(Role) || has(Bullet) || tokenMatcher(tokens.at(-1)!, RParen)
    const datelineLike = startsDateline(tokens)
    let paper: IToken | undefined
    let credits: Credit[] | undefined
    let credit: Credit | undefined
    let node: Node | undefined
    // Extensions first, then page headers: a nameplate line with a date
    // (光明日报 2012年10月27日 星期六) is one.
    if (conventions.some((convention) => (node = units.attempt(tokens, convention)))) {
      row.kind = 'extension'
      row.node = node
    } else if ((row.pageHeader = pageHeaderOf(text) ?? sectionLabelOf(text, sections))) {
      row.kind = 'pageHeader'
    } else if (pageTop && (paper = mastheadPaper(tokens))) {
      row.kind = 'masthead'
      row.paper = paper
    } else if ((row.jump = jumpLineOf(text))) {
      row.kind = 'jumpLine'
    } else if (creditLike && units.opens('byline', tokens[0]) && (credits = units.attempt(tokens, (p) => p.byline()))) {
      row.kind = 'byline'
      row.credits = credits
    } else if (
      creditLike &&
      // The built-in rule yields no credit unless the note names a source.
      (namesSource(text) || !units.builtInGrammar) &&
      units.opens('sourcedCredit', tokens[0]) &&
      (credits = units.attempt(tokens, (p) => p.sourcedCredit()))?.length
    ) {
      // A credit line all the same: at an article's end it is its signature.
      row.kind = 'byline'
      row.credits = credits
    } else if (creditLike && units.opens('editorLine', tokens[0]) && (credits = units.attempt(tokens, (p) => p.editorLine()))) {
      // Tried after byline: a credit line that is not all reporters names staff.
      row.kind = 'editorLine'
      row.credits = credits
    } else if (has(PhotoBy) && units.opens('photoCredit', tokens[0]) && (credit = units.attempt(tokens, (p) => p.photoCredit()))) {
      // 李润芳摄 right under a line: that line is the photo's caption.
      const previous = rows.at(-1)
      if (previous && row.gap === 0 && (previous.kind === 'body' || previous.kind === 'heading' || previous.kind === 'caption')) {
        previous.kind = 'caption'
        previous.tokens = [...previous.tokens, ...tokens]
        previous.to = row.to
        previous.photoCredit = credit
        continue
      }
      row.kind = 'caption'
      row.photoCredit = credit
    } else if (datelineLike && units.datelineOpens(tokens)) {
      row.kind = 'dateline'
    } else if (isCaption(tokens) && gluedLead(tokens, units) === 0) {
      // (A caption that runs into a dateline is the top of a story: see gluedLead.)
      row.kind = 'caption'
    } else if (isHeadingLike(tokens)) {
      row.kind = 'heading'
    }
    if (row.kind !== 'masthead' && row.kind !== 'pageHeader') pageTop = false
    rows.push(row)
  }
  return demoteQuestions(rows)
}

/** Whether a line opens the way datelines open (a source, a bracket, 据, a reporter). */
function startsDateline(tokens: IToken[]): boolean {
  const first = tokens[0]
  return first !== undefined && DATELINE_OPENERS.some((t) => tokenMatcher(first, t))
}

/**
 * A heading-like line that ends a sentence (…自主避障？) with body text
 * straight under it is the body's first paragraph, not a subheadline:
 * heading groups stand apart from the body.
 */
function demoteQuestions(rows: Row[]): Row[] {
  rows.forEach((row, k) => {
    const next = rows[k + 1]
    if (row.kind === 'heading' && next && next.gap === 0 && next.kind === 'body') {
      const last = row.tokens.at(-1)!
      if (tokenMatcher(last, SentenceEnd)) row.kind = 'body'
    }
  })
  return rows
}
