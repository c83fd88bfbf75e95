/**
 * Block assembly: lines → mastheads, articles, editor lines, captions and
 * paragraphs. Each line is first classified by the grammar (whole-line
 * rules such as bylines and editor lines, the dateline rule, and the layout
 * conventions of grammar/layout.ts); then one sweep groups the lines:
 *
 *   article := headingGroup byline* paragraph+ signature?
 *
 * where a heading group is up to three heading-like lines right before an
 * opener (a dateline or byline line), or at the top of the page / after a
 * closed article when body text follows.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { NodeFactory } from '../../grammar/factory'
import {
  WIDE_GAP,
  closesParagraph,
  headingRoles,
  isCaption,
  isHeadingLike,
  isSignatureName,
  mastheadPaper,
  trimmed,
  type Line,
} from '../../grammar/layout'
import { fillGaps } from '../../grammar/rules/inline-nodes'
import { LParen, RParen, RQuote, SentenceEnd, Space } from '../../grammar/tokens'
import type {
  Article,
  ArticleContent,
  Caption,
  Credit,
  Diagnostic,
  IssueContent,
  Paragraph,
  Signature,
} from '../types'
import type { Units } from './units'

type Kind = 'masthead' | 'editorLine' | 'byline' | 'dateline' | 'caption' | 'heading' | 'body'

interface Row {
  line: Line
  /** Trimmed tokens. */
  tokens: IToken[]
  kind: Kind
  /** Blank lines between this row and the previous non-blank one. */
  gap: number
  credits?: Credit[]
  paper?: IToken
}

interface BuildInput {
  tokens: IToken[]
  lines: Line[]
  units: Units
  factory: NodeFactory
  diagnostics: Diagnostic[]
}

const start = (tokens: IToken[]) => tokens[0]!.startOffset
const end = (tokens: IToken[]) => {
  const last = tokens.at(-1)!
  return last.startOffset + last.image.length
}

export function buildBlocks(input: BuildInput): IssueContent[] {
  const rows = classify(input)
  const groups = findHeadingGroups(rows)
  return sweep(rows, groups, input)
}

// ---------------------------------------------------------------------------
// Classification

function classify({ lines, units }: BuildInput): Row[] {
  const rows: Row[] = []
  let gap = 0
  let pageTop = true
  for (const line of lines) {
    if (line.blank) {
      gap++
      continue
    }
    const tokens = trimmed(line.tokens)
    const row: Row = { line, tokens, kind: 'body', gap }
    gap = 0
    const paper = pageTop ? mastheadPaper(tokens) : undefined
    let credits: Credit[] | undefined
    if (paper) {
      row.kind = 'masthead'
      row.paper = paper
    } else if ((credits = units.attempt(tokens, (p) => p.byline()))) {
      row.kind = 'byline'
      row.credits = credits
    } else if ((credits = units.attempt(tokens, (p) => p.editorLine()))) {
      // Tried after byline: a credit line that is not all reporters names staff.
      row.kind = 'editorLine'
      row.credits = credits
    } else if (units.attempt(tokens, (p) => p.dateline(), 'prefix')) {
      row.kind = 'dateline'
    } else if (isCaption(tokens)) {
      row.kind = 'caption'
    } else if (isHeadingLike(tokens)) {
      row.kind = 'heading'
    }
    if (row.kind !== 'masthead') pageTop = false
    rows.push(row)
  }
  return rows
}

// ---------------------------------------------------------------------------
// Heading groups

interface Group {
  headings: Row[]
  bylines: Row[]
  /** Index of the first row after the group. */
  next: number
}

const MAX_HEADING_LINES = 3

/** Heading groups that precede an opener (dateline or byline line), by first row. */
function findHeadingGroups(rows: Row[]): Map<number, Group> {
  const groups = new Map<number, Group>()
  let claimedUpTo = -1
  for (let k = 0; k < rows.length; k++) {
    const kind = rows[k]!.kind
    if (k <= claimedUpTo || (kind !== 'dateline' && kind !== 'byline')) continue
    let b = k
    while (b - 1 > claimedUpTo && rows[b - 1]!.kind === 'byline') b--
    let h = b
    while (h - 1 > claimedUpTo && rows[h - 1]!.kind === 'heading' && b - h < MAX_HEADING_LINES) h--
    if (h === b) continue
    let next = k
    while (next < rows.length && rows[next]!.kind === 'byline') next++
    // A byline opens an article only when a body follows it; at the end of
    // one it is a closing credit (■記者蔡少玲).
    const after = rows[next]?.kind
    if (kind === 'byline' && after !== 'body' && after !== 'dateline' && after !== 'heading') continue
    groups.set(h, { headings: rows.slice(h, b), bylines: rows.slice(b, next), next })
    claimedUpTo = next - 1
  }
  return groups
}

/** Heading lines at a fresh start (page top, after a closed article) followed by body text. */
function freshGroup(rows: Row[], k: number): Group | undefined {
  let next = k
  while (next < rows.length && rows[next]!.kind === 'heading' && next - k < MAX_HEADING_LINES) {
    if (next > k && rows[next]!.gap >= WIDE_GAP) return undefined
    next++
  }
  const after = rows[next]
  if (next === k || !after || after.gap >= WIDE_GAP) return undefined
  if (after.kind !== 'body' && after.kind !== 'dateline' && after.kind !== 'byline') return undefined
  let bylinesEnd = next
  while (bylinesEnd < rows.length && rows[bylinesEnd]!.kind === 'byline') bylinesEnd++
  return { headings: rows.slice(k, next), bylines: rows.slice(next, bylinesEnd), next: bylinesEnd }
}

// ---------------------------------------------------------------------------
// Sweep

function sweep(rows: Row[], groups: Map<number, Group>, input: BuildInput): IssueContent[] {
  const { units, factory, diagnostics } = input
  const root: IssueContent[] = []
  let article: Article | undefined
  let pieces: Row[] = []

  const container = (): Array<IssueContent | ArticleContent> => (article ? article.children : root)

  const flushParagraph = () => {
    if (pieces.length === 0) return
    const range = input.tokens.slice(tokenIndex(pieces[0]!), tokenIndex(pieces.at(-1)!, true) + 1)
    pieces = []
    // Only an article has a signature; elsewhere the bracket stays text.
    const { body, signature } = article ? splitSignature(range, units) : { body: range, signature: undefined }
    if (body.length > 0) {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: units.inline(body, 'paragraph'),
        position: factory.position(start(body), end(body)),
      }
      if (!article) {
        diagnostics.push({
          code: 'orphan-text',
          message: 'text outside any article (no headline or dateline before it)',
          position: paragraph.position,
        })
      }
      container().push(paragraph)
    }
    if (signature && article) {
      article.children.push(signature)
      closeArticle()
    }
  }

  const closeArticle = () => {
    flushParagraph()
    if (article && !article.children.some((c) => c.type === 'paragraph')) {
      diagnostics.push({ code: 'no-body', message: 'article has a heading but no paragraphs', position: article.position })
    }
    if (article) {
      const last = article.children.at(-1)!
      article.position = { start: article.position.start, end: last.position.end }
    }
    article = undefined
  }

  const openArticle = (group: Group) => {
    closeArticle()
    const roles = headingRoles(group.headings.map((row) => row.tokens))
    const children: ArticleContent[] = group.headings.map((row, i) => ({
      type: roles[i]!,
      children: units.inline(row.tokens, 'phrase'),
      position: factory.position(start(row.tokens), end(row.tokens)),
    }))
    for (const row of group.bylines) children.push(creditLine('byline', row, factory))
    const first = group.headings[0] ?? group.bylines[0]!
    article = { type: 'article', children, position: factory.position(start(first.tokens), end(first.tokens)) }
    root.push(article)
  }

  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    if (row.gap >= WIDE_GAP) closeArticle()
    const group = groups.get(k) ?? (!article && row.kind === 'heading' ? freshGroup(rows, k) : undefined)
    if (group) {
      openArticle(group)
      k = group.next - 1
      continue
    }
    switch (row.kind) {
      case 'masthead':
        closeArticle()
        root.push({
          type: 'masthead',
          paper: factory.source(row.paper!.startOffset, row.paper!.startOffset + row.paper!.image.length),
          children: units.inline(row.tokens, 'phrase'),
          position: factory.position(start(row.tokens), end(row.tokens)),
        })
        break
      case 'editorLine':
        // Staff lines right after an article (編輯：梁偉澄) belong to it; a
        // page's own (本版责编) and stray ones stand at the top level.
        if (article && !row.credits!.some((c) => c.affiliation === '本版')) {
          flushParagraph()
          article.children.push(creditLine('editorLine', row, factory))
        } else {
          closeArticle()
          root.push(creditLine('editorLine', row, factory))
        }
        break
      case 'byline':
        flushParagraph()
        if (article && article.children.some((c) => c.type === 'paragraph')) {
          // After the body, a credit line closes the article: ■記者蔡少玲.
          article.children.push(closingCredit(row, factory))
        } else if (article) {
          article.children.push(creditLine('byline', row, factory))
        } else {
          openArticle({ headings: [], bylines: [row], next: k + 1 })
        }
        break
      case 'caption': {
        flushParagraph()
        const caption: Caption = {
          type: 'caption',
          children: units.inline(row.tokens, 'phrase'),
          position: factory.position(start(row.tokens), end(row.tokens)),
        }
        container().push(caption)
        break
      }
      case 'dateline':
        flushParagraph()
        if (!article) {
          article = { type: 'article', children: [], position: factory.position(start(row.tokens), end(row.tokens)) }
          root.push(article)
        }
        pieces.push(row)
        break
      default: {
        const previous = pieces.at(-1)
        if (previous && closesParagraph(previous.tokens)) flushParagraph()
        pieces.push(row)
      }
    }
  }
  closeArticle()
  return root

  function tokenIndex(row: Row, last = false): number {
    const target = last ? row.tokens.at(-1)! : row.tokens[0]!
    const from = row.line.first
    for (let i = from; i < from + row.line.tokens.length; i++) if (input.tokens[i] === target) return i
    return from
  }
}

// ---------------------------------------------------------------------------
// Pieces

function creditLine<T extends 'byline' | 'editorLine'>(type: T, row: Row, factory: NodeFactory) {
  const from = start(row.tokens)
  const to = end(row.tokens)
  return {
    type,
    children: fillGaps(from, to, row.credits ?? [], factory),
    position: factory.position(from, to),
  }
}

/** A credit line after an article's body, read as its signature: ■記者蔡少玲. */
function closingCredit(row: Row, factory: NodeFactory): Signature {
  const [credit] = row.credits ?? []
  const from = start(row.tokens)
  const to = end(row.tokens)
  const node: Signature = {
    type: 'signature',
    names: row.credits?.flatMap((c) => c.names) ?? [],
    value: factory.source(from, to),
    position: factory.position(from, to),
  }
  if (credit?.role !== undefined) node.role = credit.role
  return node
}

/** A closing signature (刘鑫林) after the last sentence, split off the paragraph. */
function splitSignature(range: IToken[], units: Units): { body: IToken[]; signature?: Signature } {
  const t = trimmed(range)
  const last = t.at(-1)
  if (!last || !tokenMatcher(last, RParen)) return { body: t }
  let open = t.length - 2
  while (open >= 0 && !tokenMatcher(t[open]!, LParen) && t.length - open < 16) open--
  if (open < 0 || !tokenMatcher(t[open]!, LParen)) return { body: t }
  let before = open - 1
  while (before >= 0 && tokenMatcher(t[before]!, Space)) before--
  const previous = t[before]
  if (previous && !tokenMatcher(previous, SentenceEnd) && !tokenMatcher(previous, RQuote)) return { body: t }
  const signature = units.attempt(t.slice(open), (p) => p.signature())
  if (!signature || !signature.names.every(isSignatureName)) return { body: t }
  return { body: trimmed(t.slice(0, open)), signature }
}
