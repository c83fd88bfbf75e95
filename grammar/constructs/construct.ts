/**
 * The shape every construct shares (micromark keeps one per file; so do
 * we). A construct is a convention of the printed page, and its file holds
 * all of it:
 *
 * - a **line test** (`LineTest`): what lines it recognises, by a Chevrotain
 *   rule through the rule runner or by the line's shape;
 * - **second looks** (`Refinement`): how a line's reading changes in the
 *   light of its neighbours (options under a web control are chrome);
 * - **placement**: where its lines may stand in an article — top level,
 *   heading group, body, closing — and how the assembler
 *   (src/assemble/assembler.ts) places them;
 * - its **node**.
 *
 * The order the line tests are tried in, the order of the second looks
 * and the table of placements are declared in `index.ts`.
 */
import type { Line } from '../layout'
import type { CopyColumn } from '../page-shape'
import type { IToken } from 'chevrotain'
import type { NodeFactory } from '../factory'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import type { FurnitureWords, Kind, Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { ArticleContent, Diagnostic } from '../../src/types'

/** A line as the line tests see it: its tokens and text, and what cheap checks found. */
export interface LineView {
  /** The line's tokens without surrounding spacing. */
  tokens: IToken[]
  /** The line's normalized text. */
  text: string
  /** Blank lines before it. */
  gap: number
  /** Index of its first token in the page's token stream. */
  from: number
  /** Whether only mastheads and page headers stand above it. */
  pageTop: boolean
  /** Whether a line of a story's text (a paragraph's or a lead's) stands anywhere above it. */
  textAbove: boolean
  /** Whether it holds a role word, a bullet or a slash, opens with 报道 (報導:黃方濟), or ends with a bracket: only then is a credit rule tried. */
  creditLike: boolean
  /** Whether a dateline's opener starts it. */
  datelineLike: boolean
  /** The row read above it. */
  above: Row | undefined
  /** The line printed under it, not yet read: its tokens and the blank lines before it. */
  below: Pick<Line, 'tokens' | 'gap'> | undefined
  /** Whether the page is a Markdown file: it opens with front matter (markdown.ts opensFrontMatter). */
  markdown: boolean
}

/** What line tests read with. */
export interface LineContext {
  runner: RuleRunner
  factory: NodeFactory
  words: FurnitureWords
  diagnostics: Diagnostic[]
  /** Development checks: an extension's invalid node throws instead of being reported. */
  strict?: boolean
}

/** A line's reading: its kind and what the construct found in it. */
export type Reading = Partial<Omit<Row, 'tokens' | 'gap' | 'from' | 'to'>> & { kind: Kind }

/**
 * What a line test gives: the line's reading; or, for a line read as two
 * (a byline glued to its page citation), both rows; or, for a line that
 * completes the row above (a photographer's credit line under its
 * caption), that row as it now reads; or, for a line a field's label
 * opens (正文:…), the label's row and the tokens after it, read again as
 * a line of their own. Undefined: not this construct.
 */
export type LineResult = Reading | { rows: Row[] } | { above: Row } | Labelled | undefined

/**
 * A line's markup or label, its row, then what it marks read as a line of its own: a field's
 * label (来源:), a quote's mark (> ), an emphasis's marks around the words (*录入校对：X*: `closing`);
 * or what closes the line alone, the words before it read as the line (…抓好落实。（下转第二版）: `closing`, no label).
 */
export interface Labelled {
  label?: Row
  rest: IToken[]
  /** The mark closing the line after what it marks, its row. */
  closing?: Row
}

export type LineTest = (line: LineView, context: LineContext) => LineResult

/**
 * A second look: the rows read again in the light of their neighbours.
 * Returns the rows as they now read. `tokens` is the page's token stream
 * (rows index into it with `from` and `to`), for a look that joins rows
 * into one, line breaks and all; `column`, a hard-wrapped copy's column
 * where normalization took its line breaks out.
 */
export type Refinement = (rows: Row[], tokens: readonly IToken[], column?: CopyColumn) => Row[]

/** How the assembler places a row of a construct's kind. */
export type Placer = (row: Row, assembly: Assembly) => void

/** The node a row of a construct's kind becomes where it stands in a heading group. */
export type RowNode = (row: Row, assembly: Assembly) => ArticleContent

/** Where a construct's lines may stand: the same words extensions use. */
export type { Placement } from '../../src/configure'
