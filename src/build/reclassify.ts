/**
 * Second looks at classified rows: what some lines are depends on their
 * neighbours — the options under a web control, captions set flush over an
 * indented lead or cut at one width, tables copied one cell per line, and a
 * question straight over body text.
 */
import { tokenMatcher } from 'chevrotain'
import { printedLength } from '../../grammar/layout'
import { SentenceEnd } from '../../grammar/tokens'
import type { Row } from './classify'
import { findTables } from './tables'

/** Every pass, in the order they build on each other. */
export function reclassify(rows: Row[]): Row[] {
  return demoteQuestions(markTables(truncatedCaptions(unindentedCaptions(chromeOptions(rows)))))
}

/** The share of body lines that must be indented for an unindented one to stand out. */
const INDENTED_SHARE = 0.8
const MIN_INDENTED = 3

/**
 * On a page whose paragraphs are indented (　　(星島日報報道)中美貿易戰…), a
 * sentence set flush between the headline and the indented lead is the
 * photo's caption the page carried there (中國外交部發言人耿爽警告，…).
 */
function unindentedCaptions(rows: Row[]): Row[] {
  // Lines right under a heading are the candidates, so they do not count.
  const text = rows.filter((row, k) => (row.kind === 'body' || row.kind === 'dateline') && rows[k - 1]?.kind !== 'heading')
  const indented = text.filter(isIndented).length
  if (indented < MIN_INDENTED || indented < INDENTED_SHARE * text.length) return rows
  rows.forEach((row, k) => {
    const above = rows[k - 1]
    const below = rows[k + 1]
    if (row.kind !== 'body' || isIndented(row) || above?.kind !== 'heading') return
    if (below && (below.kind === 'dateline' || below.kind === 'body') && isIndented(below)) row.kind = 'caption'
  })
  return rows
}

const isIndented = (row: Row) => row.indented === true

/** Tables copied one cell per line: their lines become cells. */
function markTables(rows: Row[]): Row[] {
  for (const table of findTables(rows)) {
    rows[table.from]!.table = table
    for (let k = table.from; k < table.to; k++) rows[k]!.kind = 'tableCell'
  }
  return rows
}

/** Fewest lines, and shortest cut, of a site's truncated gallery captions. */
const MIN_TRUNCATED_RUN = 3
const MIN_TRUNCATED_LENGTH = 12

/**
 * A site's photo gallery copied as captions cut at one width
 * (港鐵強調輕鐵屯門泳池站月台結構、路軌及鐵路設施符 / 臨時行人道石躉「離地」，比一個五蚊銀還大。（讀者):
 * three or more lines of exactly the same length, each set apart by a
 * blank line, none of them closing a sentence. (A hard-wrapped column also
 * has lines of one length that do not close sentences, but they follow
 * each other with no blank line between.)
 */
function truncatedCaptions(rows: Row[]): Row[] {
  let from = 0
  while (from < rows.length) {
    const length = cutLength(rows[from]!)
    let to = from + 1
    while (length > 0 && to < rows.length && rows[to]!.gap === 1 && cutLength(rows[to]!) === length) to++
    if (to - from >= MIN_TRUNCATED_RUN) for (let k = from; k < to; k++) rows[k]!.kind = 'caption'
    from = to
  }
  return rows
}

/** The printed length of a text line that could be a cut caption, or 0. */
function cutLength(row: Row): number {
  if (row.kind !== 'body' && row.kind !== 'heading') return 0
  const length = printedLength(row.tokens)
  return length >= MIN_TRUNCATED_LENGTH && !tokenMatcher(row.tokens.at(-1)!, SentenceEnd) ? length : 0
}

/** The longest option of a web page control (仲細D都得, 起碼咁大啦！). */
const MAX_OPTION_LENGTH = 10

/**
 * Short lines straight under a line of web interface are the control's
 * options (文字大小 / 仲細D都得 / 仲未夠？ / 已經最大。, 分享到 / 微信 / 微博).
 */
function chromeOptions(rows: Row[]): Row[] {
  for (let k = 1; k < rows.length; k++) {
    const row = rows[k]!
    if (rows[k - 1]!.kind !== 'chrome' || row.gap > 1) continue
    if ((row.kind === 'body' || row.kind === 'heading') && printedLength(row.tokens) <= MAX_OPTION_LENGTH) row.kind = 'chrome'
  }
  return rows
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
