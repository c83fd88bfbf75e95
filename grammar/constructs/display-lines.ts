/**
 * A new-media post set in display lines: its text broken into short lines, a phrase a line, mid-clause as often
 * as not, as WeChat accounts set a post and county media sites repost it (d720, d732):
 *
 *   你关心的                        the page's top: no title, no furniture of the story's own
 *   就是代表委员关注的               a line that a clause's word ends or opens (…的 / 的…, 就是…)
 *   …
 *   背后凝聚了各地党委政府和人民群众
 *   的无数心血和汗水
 *
 * A reader sees the post's text, one untitled story, not loose lines and false titles: every line of the run is
 * the story's text (displayLine), and the run opens an untitled story whose later titles are its sections
 * (untitled.ts). Only at the page's top, six lines or more straight under one another, each short and closing no
 * sentence with a full stop, two of them at least cut inside a clause. (A poem's lines, a menu, a list of names
 * are cut at no clause's word: never read so; nor a title block a copy broke at its 的, its subtitle's dash or its
 * writer's credit under it.)
 */
import { printedLength } from '../layout'
import { lineText, readAs, type Kind, type Row } from '../../src/assemble/row'
import type { Refinement } from './construct'

/** The fewest lines of a display run. */
const MIN_DISPLAY_LINES = 6
/** The longest display line. */
const MAX_DISPLAY_LINE = 24
/** The fewest lines cut inside a clause in a run. */
const MIN_CUT_LINES = 2
/** A line a clause's word ends (你关心的, …发挥作用和) or opens (的无数心血和汗水, 就是代表委员关注的): cut mid-clause. */
const CUT_INSIDE_CLAUSE = /(?:的|和|与|在|对|为|让|把|及)$|^(?:的|就是|也是|还是|而且|并且|却)/
/** A subtitle's dash opening a line: ——写在文山州成立六十五周年之际. */
const SUBTITLE_DASH = /^(?:——|—|--)/
/** A line closed by a full stop: a sentence, no display line. */
const FULL_STOP = /。[”’」』)）]*$/
/** What may stand over the run: the page's own furniture. */
const OVER_RUN: ReadonlySet<Kind> = new Set(['chrome', 'pageHeader', 'masthead', 'stamp'])
/** What a display line may have been read as. */
const LINE_KINDS: ReadonlySet<Kind> = new Set(['body', 'heading'])

/** Whether a row may be a display line: text or a title's shape, short, no sentence closed. */
const displayable = (row: Row): boolean => LINE_KINDS.has(row.kind) && printedLength(row.tokens) <= MAX_DISPLAY_LINE && !FULL_STOP.test(lineText(row.tokens).trim())

export const displayLines: Refinement = (rows) => {
  let first = 0
  while (first < rows.length && OVER_RUN.has(rows[first]!.kind)) first++
  let end = first
  while (end < rows.length && displayable(rows[end]!) && (end === first || rows[end]!.gap === 0)) end++
  if (end - first < MIN_DISPLAY_LINES) return rows
  const run = rows.slice(first, end)
  if (run.filter((row) => CUT_INSIDE_CLAUSE.test(lineText(row.tokens).trim())).length < MIN_CUT_LINES) return rows
  // (A title block a copy broke at its 的 is no post: its subtitle's dash, ——写在…之际, or its writer's credit under it,
  // 本报评论员, says so — review 33.)
  if (run.some((row) => SUBTITLE_DASH.test(lineText(row.tokens).trim())) || rows[end]?.kind === 'byline') return rows
  const read = rows.slice()
  for (let k = first; k < end; k++) read[k] = { ...readAs(rows[k]!, 'body'), displayLine: true }
  return read
}
