/**
 * A row: one line of the page that holds text, as the line tests read it
 * (src/assemble/classify.ts) and the assembler places it
 * (src/assemble/assembler.ts). What each kind of row is, is told in
 * grammar/constructs/, one file per convention.
 */
import type { IToken } from 'chevrotain'
import type { Vocabulary } from '../../grammar/vocabulary'
import type { PageHeaderInfo } from '../../grammar/constructs/page-header'
import type { StampInfo } from '../../grammar/constructs/stamp'
import type { JumpInfo } from '../../grammar/constructs/jump-line'
import type { Credit, Node } from '../types'
import type { ConfiguredConstruct } from '../configure'
import { endOf } from '../../grammar/factory'

/** What a line was read as: the construct that took it. */
export type Kind =
  | 'masthead'
  | 'pageHeader'
  | 'stamp'
  | 'chrome'
  | 'jumpLine'
  | 'endMark'
  | 'notice'
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

/** Where a table stands among the rows, and how many columns it has (grammar/constructs/table.ts). */
export interface TableSpan {
  from: number
  /** One past the last row. */
  to: number
  columns: number
}

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
  /** How many characters of spacing stand before the line's text, where the line itself holds them (a copy cut at a fixed width counts them). */
  indent?: number
  /** Whether that spacing is one space on a page that opens no other lines so: what a cut left, no paragraph's indent. */
  strayIndent?: boolean
  /** Normalized-text span of a source note's source within the line. */
  source?: { start: number; end: number }
  jump?: JumpInfo
  /** A photographer's credit printed on the line below a caption. */
  photoCredit?: Credit
  /** On a caption: the whole of a photo news item, its text over its credit (grammar/constructs/photo-credit.ts). */
  photoNews?: boolean
  /** The node an extension's line construct made of the line. */
  node?: Node
  /** The extension construct that read the line. */
  construct?: ConfiguredConstruct
  /** On a table's first cell: the table. */
  table?: TableSpan
  /** On an e-paper's list of the page's titles: this line is one of the titles (grammar/constructs/chrome.ts titleIndex). */
  indexEntry?: boolean
  /** On a heading line of two phrases paired about a comma: one of the sections a story titles alike (grammar/constructs/intertitle.ts pairedSectionHeads). */
  pairedHead?: boolean
  /** Whether the row holds line breaks of a hard-wrapped copy that normalization took out: printed lines joined, no column's line (src/normalize/unwrap.ts). */
  unwrapped?: boolean
  /** On a chrome row: a site's watermark, its name printed again and again among the story's lines (grammar/constructs/chrome.ts watermarks). */
  watermark?: boolean
  /** On a body row: one of the short lines a new-media post's text is broken into (grammar/constructs/display-lines.ts). */
  displayLine?: boolean
}

/**
 * A body row. Every field is there from the start, so all rows share one
 * shape: a line test sets its fields (many to undefined), and each new
 * field on a row would otherwise reshape it.
 */
export function newRow(tokens: IToken[], gap: number, from: number): Row {
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
    indent: undefined,
    strayIndent: undefined,
    source: undefined,
    jump: undefined,
    photoCredit: undefined,
    photoNews: undefined,
    node: undefined,
    construct: undefined,
    table: undefined,
    indexEntry: undefined,
    pairedHead: undefined,
    unwrapped: undefined,
    watermark: undefined,
  }
}

/** A row of a line read as several (a byline and its page citation, a stamp and the byline after it). */
export const readRow = (tokens: IToken[], gap: number, from: number, reading: Partial<Row> & { kind: Kind }): Row =>
  Object.assign(newRow(tokens, gap, from), reading)

/**
 * Where a line's tokens part at `at` characters into its text: the index of
 * the token that starts there, or -1 when the text parts inside a token.
 */
export function partAt(tokens: IToken[], at: number): number {
  const lineStart = tokens[0]!.startOffset
  const index = tokens.findIndex((t) => t.startOffset - lineStart >= at)
  return index >= 0 && tokens[index]!.startOffset - lineStart === at ? index : -1
}

/** The same row read as another kind (a second look at its neighbours changed its reading). */
export const readAs = (row: Row, kind: Kind): Row => ({ ...row, kind })

/** Whether a row is the story's text: a line of a paragraph, or a lead's with its dateline. */
export const isStoryText = (row: Row | undefined): row is Row => row !== undefined && (row.kind === 'body' || row.kind === 'dateline')

/** A line's normalized text. */
export const lineText = (tokens: IToken[]): string => tokens.map((t) => t.image).join('')

/**
 * The characters of a line's tokens: a slice of the page text when they
 * cover it without a gap (always, unless a token set skips characters),
 * which costs less than joining their images.
 */
export function textIn(page: string, tokens: IToken[], pageStart = 0): string {
  const from = tokens[0]!.startOffset
  const to = endOf(tokens.at(-1)!)
  let length = 0
  for (const token of tokens) length += token.image.length
  return length === to - from ? page.slice(from - pageStart, to - pageStart) : lineText(tokens)
}

/** Start and (exclusive) end offsets of a run of tokens. */
export const start = (tokens: IToken[]) => tokens[0]!.startOffset
export const end = (tokens: IToken[]) => endOf(tokens.at(-1)!)
