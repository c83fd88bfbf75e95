/**
 * Heading groups: the lines that open an article — up to three heading
 * lines (kicker, headline, subheadlines), with the captions, section
 * labels and web page furniture (stamps, interface lines) a page prints
 * among them, then any bylines.
 *
 * A group is found before an opener (a dateline or byline line), or at a
 * fresh start (page top, after a closed article) when body text follows.
 */
import { WIDE_GAP } from '../../grammar/layout'
import type { Kind, Row } from './classify'

export interface Group {
  /** Headings, and the captions and furniture among them, in page order. */
  heads: Row[]
  /** Bylines, and the page furniture printed with them (a page citation after a byline), in page order. */
  bylines: Row[]
  /** Index of the first row after the group. */
  next: number
}

const MAX_HEADING_LINES = 3
/** Rows that may stand among the headings of a group. */
const AMONG_HEADINGS: Kind[] = ['caption', 'pageHeader', 'stamp', 'chrome', 'sourceNote']
/** Whether a row may stand among a group's headings: those kinds, and extension constructs placed there. */
const amongHeadings = (row: Row) => AMONG_HEADINGS.includes(row.kind) || (row.kind === 'extension' && row.construct!.standsIn.has('heading'))
/** Page furniture a byline may carry on its line or under it: 本报记者 X《人民日报》（…第 01 版）. */
const WITH_BYLINES: Kind[] = ['pageHeader', 'stamp']
/** The end of a run of bylines (with the furniture printed among them) starting at `k`. */
function bylinesEnd(rows: Row[], k: number): number {
  let next = k
  while (next < rows.length && (rows[next]!.kind === 'byline' || (next > k && WITH_BYLINES.includes(rows[next]!.kind) && rows[next]!.gap === 0))) next++
  return next
}

/** Rows that may follow a group: its body. */
const BODY: Kind[] = ['body', 'dateline', 'heading']

/** Heading groups that precede an opener, keyed by their first row. */
export function findHeadingGroups(rows: Row[]): Map<number, Group> {
  const groups = new Map<number, Group>()
  let claimedUpTo = -1
  for (let k = 0; k < rows.length; k++) {
    const kind = rows[k]!.kind
    if (k <= claimedUpTo || (kind !== 'dateline' && kind !== 'byline')) continue
    let b = k
    while (b - 1 > claimedUpTo && rows[b - 1]!.kind === 'byline') b--
    let h = b
    let headings = 0
    while (h - 1 > claimedUpTo) {
      const previous = rows[h - 1]!
      if (previous.kind === 'heading' && headings < MAX_HEADING_LINES) headings++
      else if (!amongHeadings(previous)) break
      h--
    }
    while (h < b && rows[h]!.kind !== 'heading') h++ // a group starts with its first heading
    const next = bylinesEnd(rows, k)
    // A group needs a heading; and a byline opens an article only when a
    // body follows it: at the end of one it is a closing credit (■記者蔡少玲).
    if (h === b || (kind === 'byline' && !BODY.includes(rows[next]?.kind ?? 'masthead'))) {
      // The other bylines of this run would find the same: skip them, so a
      // run is walked once (walked at each of its rows, it was quadratic).
      if (kind === 'byline') k = next - 1
      continue
    }
    groups.set(h, { heads: rows.slice(h, b), bylines: rows.slice(b, next), next })
    claimedUpTo = next - 1
  }
  return groups
}

/** Heading lines whose last lines are captions (图片新闻 / 金丝皇菊绽放“黄金花” / …摄): a story told by its photos. */
const photoStory = (heads: Row[]) => heads.at(-1)?.kind === 'caption' && heads.some((row) => row.kind === 'heading')

/** Heading lines at a fresh start (page top, after a closed article) followed by body text. */
export function freshGroup(rows: Row[], k: number): Group | undefined {
  let next = k
  let headings = 0
  while (next < rows.length) {
    const row = rows[next]!
    // (A site's stamp under its title may stand apart: 烈日下的热情 / ⏎⏎ / http://… 2005年04月28日10:33 南京报业网.)
    if (next > k && row.gap >= WIDE_GAP && row.kind !== 'stamp') return undefined
    if (row.kind === 'heading' && headings < MAX_HEADING_LINES) headings++
    else if (!amongHeadings(row)) break
    next++
  }
  const after = rows[next]
  if (headings === 0) return undefined
  // A photo story: headlines over captions only, the page or the block ending after them.
  if (photoStory(rows.slice(k, next)) && (!after || after.gap >= WIDE_GAP)) return { heads: rows.slice(k, next), bylines: [], next }
  if (!after || after.gap >= WIDE_GAP) return undefined
  // (A data source note may stand between the headings and the body.)
  if (after.kind !== 'body' && after.kind !== 'dateline' && after.kind !== 'byline' && after.kind !== 'sourceNote') return undefined
  const end = bylinesEnd(rows, next)
  return { heads: rows.slice(k, next), bylines: rows.slice(next, end), next: end }
}
