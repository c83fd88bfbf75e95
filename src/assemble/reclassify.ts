/**
 * Second looks at classified rows: what some lines are depends on their
 * neighbours — the options under a web control, captions set flush over an
 * indented lead or cut at one width, tables copied one cell per line, and a
 * question straight over body text.
 */
import { tokenMatcher } from 'chevrotain'
import { WIDE_GAP, printedLength } from '../../grammar/layout'
import { Dash, SentenceEnd } from '../../grammar/tokens'
import { lineText, type Row } from './classify'
import { isInterfaceLine } from '../../grammar/furniture'
import { findTables } from './tables'
import { truncatedCaptions, unindentedCaptions } from '../../grammar/constructs/caption'

/** Every pass, in the order they build on each other. */
export function reclassify(rows: Row[]): Row[] {
  return dashedAttributions(demoteQuestions(markTables(truncatedCaptions(unindentedCaptions(chromeOptions(rows))))))
}

/** Tables copied one cell per line: their lines become cells. */
function markTables(rows: Row[]): Row[] {
  for (const table of findTables(rows)) {
    rows[table.from]!.table = table
    for (let k = table.from; k < table.to; k++) rows[k]!.kind = 'tableCell'
  }
  return rows
}

/** The longest option of a web page control (仲細D都得, 起碼咁大啦！). */
const MAX_OPTION_LENGTH = 10

/**
 * Short lines straight under a web control are its options (文字大小 /
 * 仲細D都得 / 仲未夠？ / 已經最大。, 分享到 / 微信 / 微博). Interface lines
 * known by their shape (a counter, a breadcrumb) have none: the short line
 * under 字數: 856 words is the story's title.
 */
function chromeOptions(rows: Row[]): Row[] {
  for (let k = 1; k < rows.length; k++) {
    const row = rows[k]!
    const above = rows[k - 1]!
    if (above.kind !== 'chrome' || row.gap > 1 || isInterfaceLine(lineText(above.tokens))) continue
    if ((row.kind === 'body' || row.kind === 'heading') && printedLength(row.tokens) <= MAX_OPTION_LENGTH) row.kind = 'chrome'
  }
  return rows
}

/**
 * A line opening with a dash under body text is the attribution of what
 * the paragraph above quoted (——中国石化安庆石化公司党委书记刘晓华代表), or an
 * editors' note's sign-off (——编  者): body text, not the next story's
 * heading. (Under a headline, ——记… is a subheadline.)
 */
function dashedAttributions(rows: Row[]): Row[] {
  for (let k = 1; k < rows.length; k++) {
    const row = rows[k]!
    if (row.kind !== 'heading' || rows[k - 1]!.kind !== 'body' || row.gap >= WIDE_GAP) continue
    if (tokenMatcher(row.tokens[0]!, Dash)) row.kind = 'body'
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
