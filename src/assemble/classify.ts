/**
 * Line classification: what each line of a page is. Each line is offered
 * to the constructs' line tests in their declared order
 * (grammar/constructs/index.ts: extensions' constructs among the first),
 * and the first that recognises it gives its reading; then the second
 * looks that need a line's neighbours run, in their declared order.
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import { trimmed, type Line } from '../../grammar/layout'
import { startsDateline } from '../../grammar/rules/inline'
import { signsWork } from '../../grammar/rules/credits'
import { Bullet, RLenticular, RParen, RTortoise, Reported, Role, Slash } from '../../grammar/tokens'
import { lineTests, REFINEMENTS } from '../../grammar/constructs'
import { copiedFromTable, withinBorders } from '../../grammar/constructs/layout-table'
import { MIN_SPACE_INDENTS } from '../../grammar/page-shape'
import { opensFrontMatter } from '../../grammar/constructs/markdown'
import type { LineContext, LineResult, LineTest, LineView } from '../../grammar/constructs/construct'
import type { Node } from '../types'
import { ExtensionError, type ConfiguredConstruct } from '../configure'
import { isStoryText, end, newRow, readRow, start, textIn, type Row } from './row'
import type { BuildInput } from './assembler'

/** Whether a token of `category` is among `tokens` (a loop: no closure per line and category). */
function holds(tokens: IToken[], category: TokenType): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokenMatcher(tokens[i]!, category)) return true
  return false
}

/** Every line test's reading of the line, until one recognises it. */
function read(line: LineView, tests: LineTest[], context: LineContext): LineResult {
  for (const test of tests) {
    const result = test(line, context)
    if (result) return result
  }
  return undefined
}

/** A closing bracket of any kind: a credit line may end with one (（…）, 【陳燕珩╱台北報導】, 〔記者…報導〕). */
const closesBracket = (token: IToken) => tokenMatcher(token, RParen) || tokenMatcher(token, RLenticular) || tokenMatcher(token, RTortoise)

export function classify(lines: Line[], input: BuildInput): Row[] {
  const context: LineContext = {
    runner: input.runner,
    factory: input.factory,
    words: input.furnitureWords,
    diagnostics: input.diagnostics,
    strict: input.strict,
  }
  const tests = lineTests(input.constructs?.length ? extensionTest(input.constructs) : undefined)
  const rows: Row[] = []
  const [first, second] = lines.slice(0, 2).map((line) => textIn(input.text, line.tokens))
  const markdown = opensFrontMatter(first, second)
  let pageTop = true
  let textAbove = false
  /** The line printed under the one being read. */
  let next: Line | undefined
  /** Read the tokens of one line (or of a line's part) as rows. */
  const readLine = (tokens: IToken[], gap: number, from: number, indented: boolean, indent = 0): void => {
    // Cheap checks first: a failed parse attempt costs an exception, and most
    // lines are plain text that no whole-line convention could match.
    const view: LineView = {
      tokens,
      text: textIn(input.text, tokens),
      gap,
      from,
      pageTop,
      textAbove,
      creditLike: holds(tokens, Role) || holds(tokens, Bullet) || holds(tokens, Slash) || tokenMatcher(tokens[0]!, Reported) || closesBracket(tokens.at(-1)!) || signsWork(tokens),
      datelineLike: startsDateline(tokens),
      above: rows.at(-1),
      below: next,
      markdown,
    }
    const result = read(view, tests, context)
    if (result && 'rows' in result) {
      rows.push(...result.rows)
      pageTop = false
      return
    }
    if (result && 'rest' in result) {
      // A field's label opening the line: its row, then what follows it read as a line of its own
      // (and the mark closing it, if one does). With no label, the rest opens the line, its gap and indent its own.
      if (result.label) {
        rows.push(result.label)
        readLine(result.rest, 0, from + tokens.indexOf(result.rest[0]!), false)
      } else readLine(result.rest, gap, from, indented, indent)
      if (result.closing) rows.push(result.closing)
      return
    }
    if (result && 'above' in result) {
      rows[rows.length - 1] = result.above
      return
    }
    const row = newRow(tokens, gap, from)
    if (indented) row.indented = true
    if (indent > 0) row.indent = indent
    if (result) Object.assign(row, result)
    if (row.kind !== 'masthead' && row.kind !== 'pageHeader') pageTop = false
    if (isStoryText(row)) textAbove = true
    rows.push(row)
  }
  const tableCopy = copiedFromTable(lines)
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    next = lines[k + 1]
    const tokens = trimmed(line.tokens)
    const lead = line.tokens.indexOf(tokens[0]!)
    const from = line.first + lead
    const indented = lead > 0 || line.indentAbove === true
    const indent = characters(line.tokens.slice(0, lead))
    // A line copied from a layout table has its empty cells about it (中外记者昨日游大连 | ||):
    // the line is read without them, and they are the page's interface.
    const cells = withinBorders(tokens, tableCopy)
    if (cells.from > 0) rows.push(readRow(tokens.slice(0, cells.from), line.gap, from, { kind: 'chrome' }))
    readLine(trimmed(tokens.slice(cells.from, cells.to)), cells.from > 0 ? 0 : line.gap, from + cells.from, indented, cells.from > 0 ? 0 : indent)
    if (cells.to < tokens.length) rows.push(readRow(tokens.slice(cells.to), 0, from + cells.to, { kind: 'chrome' }))
  }
  markStrayIndents(rows, input.text)
  if (input.column) markUnwrapped(rows, input)
  return REFINEMENTS.reduce((read, refine) => refine(read, input.tokens, input.column), rows)
}

/** The line breaks in a stretch of text. */
const breaks = (text: string): number => text.split('\n').length - 1

/** Marks the rows that hold line breaks normalization took out of a hard-wrapped copy (src/normalize/unwrap.ts): printed lines joined. */
function markUnwrapped(rows: Row[], input: BuildInput): void {
  for (const row of rows) {
    const [from, to] = [start(row.tokens), end(row.tokens)]
    if (breaks(input.factory.source(from, to)) > breaks(input.text.slice(from, to))) row.unwrapped = true
  }
}

/** One space, the spacing a cut at a fixed width may leave before a line. */
const ONE_SPACE = ' '

/**
 * One space before a line, on a page that opens fewer than three lines so, is what a copy cut at a fixed width
 * left (…（通讯员 /  龚姗）), not a paragraph's indent; a tab, an ideographic space or a page's habit is one.
 */
function markStrayIndents(rows: Row[], text: string): void {
  const spaced = rows.filter((row) => row.indent === 1 && text[start(row.tokens) - 1] === ONE_SPACE)
  if (spaced.length < MIN_SPACE_INDENTS) for (const row of spaced) row.strayIndent = true
}

/** How many characters (code points) tokens hold: the spacing before a line's text, as a copy cut at a fixed width counted it. */
const characters = (tokens: IToken[]): number => tokens.reduce((width, token) => width + [...token.image].length, 0)

/**
 * Extensions' constructs as one line test: the first that reads the line,
 * with its node. A node whose position is not inside the line is reported
 * (thrown with `strict`) and the line is left to the built-in conventions.
 */
function extensionTest(constructs: ConfiguredConstruct[]): LineTest {
  return ({ tokens }, { runner, factory, diagnostics, strict }) => {
    for (const construct of constructs) {
      const node = runner.attempt(tokens, construct.line)
      if (!node) continue
      const problem = positionProblem(node, start(tokens), end(tokens))
      if (problem === undefined) return { kind: 'extension', node, construct }
      const message = `construct ${construct.name} built a ${String(node.type)} node ${problem}: build positions with $.ctx.factory.position(startOf(first), endOf(last)) from the tokens the rule consumed`
      if (strict) throw new ExtensionError(construct.extension, message)
      diagnostics.push({
        code: 'extension-error',
        message: `extension ${construct.extension}: ${message}; the line was read without it`,
        position: factory.position(start(tokens), end(tokens)),
      })
    }
    return undefined
  }
}

/** What is wrong with a node's position for a line spanning [from, to), or undefined. */
function positionProblem(node: Node, from: number, to: number): string | undefined {
  const position = (node as Partial<Node>).position
  const first = position?.start?.offset
  const last = position?.end?.offset
  if (typeof first !== 'number' || typeof last !== 'number') return 'without a position (start and end offsets)'
  if (last < first) return `that ends (${last}) before it starts (${first})`
  if (first < from || last > to) return `outside its line (${first}–${last}, the line is ${from}–${to})`
  return undefined
}
