/**
 * A MEASUREMENT, NOT A PARSER. How fast could a string-first design be?
 * (docs/performance.md, "What 0.25 would take".)
 *
 * This builds a tree of the same kind and about the same size as
 * parseIssue's — articles with headings and paragraphs, text, date and
 * book-title nodes, bylines and editor lines, every position located in
 * the original input — the way a string-first parser would: lines found
 * and classified at string level, inline conventions found by one regex
 * scan per paragraph, and tokens plus the real Chevrotain rules only on
 * lines a pre-test sends there (datelines, credits, lists). Its
 * conventions are cruder than the grammar's, so its trees are NOT
 * parseIssue's; what it measures is the cost of that shape of parse.
 * Run it with `npm run bench:spike`.
 */
import type { IToken } from 'chevrotain'
import { isChromeLine } from '../../grammar/constructs/chrome'
import { jumpLineOf } from '../../grammar/constructs/jump-line'
import { pageHeaderOf } from '../../grammar/constructs/page-header'
import { sourceNoteOf } from '../../grammar/constructs/source-note'
import { stampOf } from '../../grammar/constructs/stamp'
import { BaozhiParser } from '../../grammar/parser'
import { createTokenSet } from '../../grammar/tokens'
import { defaultVocabulary } from '../../grammar/vocabulary'
import { createFactory, locate } from '../../src/assemble/positions'
import { createRuleRunner } from '../../src/assemble/rule-runner'
import { normalize } from '../../src/normalize'
import type { Diagnostic, Issue, Node } from '../../src/types'

const tokens = createTokenSet(defaultVocabulary)
const parser = new BaozhiParser(tokens)

/** Lines a grammar rule must read: a dateline, credit or list may open them. */
const NEEDS_GRAMMAR = /^(?:本报|本報|新华社|新華社|中新社|中央社|据|據|【|\(|[一二三四五六七八九十]是|[一二三四五六七八九十]要|第[一二三四五六七八九十]|首先|\d{1,2}\.)|记者|記者|通讯员|责编|责任编辑|编辑|摄$|\)$/
/** Inline conventions of plain paragraphs: dates and book titles. */
const INLINE = /\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|《[^《》\n]{1,40}》/g
const CLOSERS = new Set(['。', '!', '?', '…', '”', ')', '"'])
const MAX_HEADING = 40
/** How much of a grammar line is tokenized: its head, where datelines and credits stand. */
const HEAD = 48

type Row = { start: number; end: number; gap: number; kind: string; tokens?: IToken[] }

export function spikeParse(input: string): Issue {
  const normalized = normalize(input)
  const text = normalized.text
  const factory = createFactory(normalized, input)
  const diagnostics: Diagnostic[] = []
  const runner = createRuleRunner(parser, factory, diagnostics)
  const rows: Row[] = []
  let gap = 0
  for (let at = 0; at <= text.length; ) {
    const newline = text.indexOf('\n', at)
    const lineEnd = newline < 0 ? text.length : newline
    let start = at
    let end = lineEnd
    while (start < end && text.charCodeAt(start) <= 32) start++
    while (end > start && text.charCodeAt(end - 1) <= 32) end--
    if (start === end) gap++
    else {
      rows.push(classify(text, start, end, gap))
      gap = 0
    }
    if (newline < 0) break
    at = newline + 1
  }

  const children: Node[] = []
  let article: { type: 'article'; children: Node[]; position: Node['position'] } | undefined
  let pieces: Row[] = []
  const flush = () => {
    if (pieces.length === 0) return
    const paragraph = paragraphNode(text, pieces, factory)
    pieces = []
    if (article) article.children.push(paragraph)
    else children.push(paragraph)
  }
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    if (row.kind === 'heading') {
      flush()
      let last = k
      while (rows[last + 1]?.kind === 'heading' && rows[last + 1]!.gap <= 1) last++
      const headings = rows.slice(k, last + 1).map((r) => ({
        type: 'heading',
        children: [{ type: 'text', value: factory.source(r.start, r.end), position: factory.position(r.start, r.end) }],
        position: factory.position(r.start, r.end),
      }))
      article = { type: 'article', children: headings as Node[], position: factory.position(row.start, rows[last]!.end) }
      children.push(article as Node)
      k = last
    } else if (row.kind === 'body') {
      pieces.push(row)
      if (CLOSERS.has(text[row.end - 1]!)) flush()
    } else {
      flush()
      const node = blockNode(text, row, runner, factory)
      if (article) article.children.push(node)
      else children.push(node)
    }
    if (article) article.position!.end = factory.position(0, row.end).end
  }
  flush()
  const issue = { type: 'issue', children, data: { diagnostics, script: normalized.script }, position: factory.position(0, text.length) } as unknown as Issue
  locate(issue, normalized, input)
  return issue
}

function classify(text: string, start: number, end: number, gap: number): Row {
  const row: Row = { start, end, gap, kind: 'body', tokens: undefined }
  const line = text.slice(start, end)
  if (end - start <= MAX_HEADING) {
    if (pageHeaderOf(line) || stampOf(line) || jumpLineOf(line) || sourceNoteOf(line) || isChromeLine(line, defaultVocabulary.chrome)) {
      row.kind = 'furniture'
      return row
    }
  }
  if (NEEDS_GRAMMAR.test(line)) {
    // Tokens for this line's head alone (a dateline or credit opens it),
    // at its offsets in the page; the rest is read as plain text.
    const lexed = tokens.tokenize(line.length > HEAD ? line.slice(0, HEAD) : line).tokens
    for (const token of lexed) {
      token.startOffset += start
      if (token.endOffset !== undefined) token.endOffset += start
    }
    row.tokens = lexed
    row.kind = 'grammar'
    return row
  }
  if (end - start <= MAX_HEADING && !/[。!?]/.test(line)) row.kind = 'heading'
  return row
}

function blockNode(text: string, row: Row, runner: ReturnType<typeof createRuleRunner>, factory: ReturnType<typeof createFactory>): Node {
  const position = factory.position(row.start, row.end)
  if (row.kind === 'grammar' && row.tokens) {
    const short = row.end - row.start <= HEAD
    const credits = short ? (runner.attempt(row.tokens, (p) => p.byline()) ?? runner.attempt(row.tokens, (p) => p.editorLine())) : undefined
    if (credits) return { type: 'byline', children: credits, position } as unknown as Node
    // One parse of the dateline rule; after it, plain text.
    const dateline = runner.attempt(row.tokens, (p) => p.dateline(), 'prefix') as unknown as Node | undefined
    const head = dateline ? [dateline] : []
    const headEnd = dateline ? dateline.position!.end.offset! : row.start
    const rest = headEnd < row.end ? paragraphNode(text, [{ start: headEnd, end: row.end, gap: 0, kind: 'body' }], factory) : undefined
    return { type: 'paragraph', children: rest ? [...head, ...(rest as unknown as { children: Node[] }).children] : head, position } as unknown as Node
  }
  return { type: 'pageHeader', children: [{ type: 'text', value: factory.source(row.start, row.end), position }], position } as unknown as Node
}

function paragraphNode(text: string, pieces: Row[], factory: ReturnType<typeof createFactory>): Node {
  const children: Node[] = []
  for (const [k, piece] of pieces.entries()) {
    if (k > 0) children.push({ type: 'layoutBreak', position: factory.position(pieces[k - 1]!.end, piece.start) } as unknown as Node)
    let at = piece.start
    const line = text.slice(piece.start, piece.end)
    INLINE.lastIndex = 0
    for (let m = INLINE.exec(line); m; m = INLINE.exec(line)) {
      const mStart = piece.start + m.index
      const mEnd = mStart + m[0].length
      if (mStart > at) children.push({ type: 'text', value: factory.source(at, mStart), position: factory.position(at, mStart) } as unknown as Node)
      const type = m[0].startsWith('《') ? 'bookTitle' : 'date'
      children.push({ type, value: factory.source(mStart, mEnd), position: factory.position(mStart, mEnd) } as unknown as Node)
      at = mEnd
    }
    if (at < piece.end) children.push({ type: 'text', value: factory.source(at, piece.end), position: factory.position(at, piece.end) } as unknown as Node)
  }
  return { type: 'paragraph', children, position: factory.position(pieces[0]!.start, pieces.at(-1)!.end) } as unknown as Node
}
