/**
 * A story kept as a Markdown file, as archives and static sites keep them:
 * its front matter, its title as a heading, its rules.
 *
 *   ---                              the front matter opens at the file's top
 *   title: "6.9百萬人遊行後立會衝突…"    its fields: interface
 *   author: "記者邢穎琦"                 but the author's credits: the byline, over the title
 *   tags:
 *     - "非法集結"
 *   ---                              and closes
 *   # 6.9百萬人遊行後立會衝突…           an ATX heading: its marks interface, its words the title
 *                                    (with no heading in the file, the title field's words are the title)
 *   > 申报 1946年05月24日 第1版 第24521期  a quote's mark: interface, its words read as the line they are
 *   > *录入校对：鱼珠前航道舵手*              (an emphasis's marks around them too: a staff line)
 *
 * Everything about the convention is here. Only at the file's top, before
 * any text, are `key: value` lines front matter; a heading needs a space
 * after its marks (#两会# is a hashtag, not a heading).
 */
import { isStoryText, lineText, partAt, readRow, type Row } from '../../src/assemble/row'
import type { IToken } from 'chevrotain'
import { trimmed } from '../layout'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { pageHeaderOf } from './page-header'
import type { LineResult, LineTest, Reading, Refinement } from './construct'
import { authorFieldCredits } from './byline'
import { namesAccount } from './editor-line'

/** The front matter's fences: ---, ***, ___. */
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/
/** A front matter field's key and colon: title:, date:, original_url:. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_-]*:(?: |$)/
/** An item of a front matter field's list: - "非法集結". */
const LIST_ITEM = /^- /
/** An ATX heading's marks and the space after them: # , ## . */
const ATX_HEADING = /^#{1,6} +(?=\S)/

/** A quote's mark and the space after it: > . (Not a breadcrumb's steps, > 首页 > 新闻.) */
const QUOTE_MARK = /^> (?=\S)(?!.* > )/
/** An emphasis's marks around all of a line's words: *录入校对：X*, **X**, _X_. */
const EMPHASIS = /^(\*{1,2}|_{1,2})(?=[^*_\s]).*[^*_\s]\1$/

/** A line of front matter: a fence, a field, an item of a field's list. */
const frontMatterLine = (text: string): boolean => RULE.test(text) || FIELD.test(text) || LIST_ITEM.test(text)

/** Whether a page's first two lines open front matter: its fence, then a field (--- / title: …): the page is a Markdown file. */
export const opensFrontMatter = (first: string | undefined, second: string | undefined): boolean =>
  first !== undefined && second !== undefined && RULE.test(first.trim()) && FIELD.test(second.trim())

/** Whether a row is front matter's: a line of it read as interface, or the author field's byline and closing quote. */
const inFrontMatter = (row: Row): boolean => {
  const text = lineText(row.tokens).trim()
  return row.kind === 'byline' || (row.kind === 'chrome' && (frontMatterLine(text) || text === CLOSING_QUOTE))
}
/** The quote closing a front matter field's value. */
const CLOSING_QUOTE = '"'

/**
 * A Markdown file's lines: the front matter's opening fence as the file's
 * first line, and each line of it under the fence, are interface; an ATX
 * heading's marks are interface and its words are read as the line they
 * are (the title).
 */
export const readMarkdownLine: LineTest = ({ tokens, text, from, gap, above, textAbove, markdown }, { runner }) => {
  const line = text.trim()
  if (!textAbove && (above === undefined ? RULE.test(line) : inFrontMatter(above) && frontMatterLine(line))) return authorField(tokens, line, from, gap, runner) ?? { kind: 'chrome' }
  const heading = ATX_HEADING.exec(line)
  // (A quote's and an emphasis's marks only in a Markdown file: elsewhere > opens a breadcrumb's step, > 国际财经.)
  const quote = !heading && markdown ? QUOTE_MARK.exec(line) : null
  const opening = heading?.[0].length ?? quote?.[0].length ?? 0
  const emphasis = !heading && markdown ? EMPHASIS.exec(line.slice(opening)) : null
  if (!heading && !quote && !emphasis) return undefined
  const marks = emphasis ? emphasis[1]!.length : 0
  const split = partAt(tokens, opening + marks)
  const end = marks > 0 ? partAt(tokens, line.length - marks) : tokens.length
  if (split <= 0 || split >= end) return undefined
  const rest = trimmed(tokens.slice(split, end))
  // (Only around the page's citation or a staff line are the marks interface: a quote or a note inside
  // the story's text, > 市民王女士说：…, *（本文转载自新华日报）*, stays the story's, marks and all.)
  if (!heading && !marksFurniture(rest, runner)) return undefined
  const label = readRow(tokens.slice(0, split), gap, from, { kind: 'chrome' })
  return end < tokens.length ? { label, rest, closing: readRow(tokens.slice(end), 0, from + end, { kind: 'chrome' }) } : { label, rest }
}

/** The author field and its value, quoted or not: author: "記者邢穎琦". */
const AUTHOR_FIELD = /^(author: *"?)(.*?[^"\s])"?$/

/**
 * The front matter's author field naming the story's writers (author: "記者邢穎琦"): its key and quotes
 * interface, its value the byline — printed over the title, which the story under it takes
 * (byline.ts creditOverTitle). Not a paper's name (author: "申报"), nor anything but credits.
 */
function authorField(tokens: IToken[], line: string, from: number, gap: number, runner: RuleRunner): LineResult | undefined {
  const value = fieldValue(tokens, line, AUTHOR_FIELD)
  if (!value) return undefined
  const credits = authorFieldCredits(tokens.slice(value.at, value.end), runner)
  return credits && { rows: fieldRows(tokens, value, from, gap, { kind: 'byline', credits }) }
}

/**
 * Where a front matter field's value stands among its line's tokens (title: "…", author: "…"), `pattern`
 * giving the key with its opening quote, then the value; undefined where the tokens do not part there.
 * (No closing quote: the value runs to the line's end.)
 */
function fieldValue(tokens: IToken[], line: string, pattern: RegExp): { at: number; end: number } | undefined {
  const m = pattern.exec(line)
  if (!m) return undefined
  const [at, to] = [partAt(tokens, m[1]!.length), partAt(tokens, m[1]!.length + m[2]!.length)]
  const end = to < 0 ? tokens.length : to
  return at > 0 && at < end ? { at, end } : undefined
}

/** A front matter field's line as its rows: its key and quotes interface, its value read as `reading`. */
function fieldRows(tokens: IToken[], { at, end }: { at: number; end: number }, from: number, gap: number, reading: Reading): Row[] {
  return [
    readRow(tokens.slice(0, at), gap, from, { kind: 'chrome' }),
    readRow(tokens.slice(at, end), 0, from + at, reading),
    ...(end < tokens.length ? [readRow(tokens.slice(end), 0, from + end, { kind: 'chrome' })] : []),
  ]
}

/** Whether what a quote's or an emphasis's marks set apart is the page's furniture: its citation (a page header), a staff line. */
const marksFurniture = (tokens: IToken[], runner: RuleRunner): boolean =>
  pageHeaderOf(lineText(tokens)) !== undefined || runner.attempt(tokens, (p) => p.editorLine()) !== undefined || namesAccount(lineText(tokens))

/** The title field and its value, quoted or not: title: "國軍昨晨收復長春…". */
const TITLE_FIELD = /^(title: *"?)(.*?[^"\s])"?$/
/** What may stand between the front matter and the story's first line: a quote's citation line, its mark. */
const OVER_STORY: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'stamp'])

/**
 * A Markdown file whose text prints no title (its front matter's title field names it, then the
 * story's text: title: "國軍昨晨收復長春…" / … / --- / > 申报 1946年05月24日 … / 〔中央社…電〕…): the title
 * field's words are the story's title, its key and quotes interface. Not where a heading follows
 * the front matter: that is the title as the file prints it.
 */
export const frontMatterTitle: Refinement = (rows) => {
  if (rows[0]?.kind !== 'chrome' || !RULE.test(lineText(rows[0].tokens).trim())) return rows
  const close = rows.findIndex((row, k) => k > 0 && row.kind === 'chrome' && RULE.test(lineText(row.tokens).trim()))
  if (close < 0) return rows
  let first = close + 1
  while (first < rows.length && OVER_STORY.has(rows[first]!.kind)) first++
  if (!isStoryText(rows[first])) return rows
  const at = rows.findIndex((row, k) => k < close && row.kind === 'chrome' && TITLE_FIELD.test(lineText(row.tokens).trim()))
  if (at < 0) return rows
  const row = rows[at]!
  const value = fieldValue(row.tokens, lineText(row.tokens).trim(), TITLE_FIELD)
  if (!value) return rows
  const title = fieldRows(row.tokens, value, row.from, row.gap, { kind: 'heading' })
  return [...rows.slice(0, at), ...title, ...rows.slice(at + 1)]
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const MARKDOWN_PATTERNS: readonly RegExp[] = [RULE, FIELD, LIST_ITEM, ATX_HEADING, QUOTE_MARK, EMPHASIS, TITLE_FIELD, AUTHOR_FIELD]
