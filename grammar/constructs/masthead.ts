/**
 * Mastheads: the paper's name over the page.
 *
 *   忻州日报 · 玉溪日报 YUXI DAILY · 忻州日报 忻州在线      the name, alone or with its web name
 *   温岭日报 数字报纸 · 重庆政协报数字报纸                   an e-paper's nameplate, the edition after the name
 *
 *   晋城日报 / 2024年6月4日 星期二 / 第3版：城市新闻      a paper the vocabulary does not know,
 *                                                    named alone over the page's date or page line,
 *   2024年5月9日 星期四 / 恩施日报 / 第01版：要闻          or between them
 *
 * Where it stands: at the page's top, above any other line but page
 * headers; always at the top level (it closes any open article).
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Masthead } from '../../src/types'
import { WIDE_GAP, printedLength, trimmed } from '../layout'
import { ClauseBreak, Paper, SentenceEnd, Space } from '../tokens'
import { readAs, start } from '../../src/assemble/row'
import type { LineTest, Placer, Refinement } from './construct'
import { rowPhrase } from './line-nodes'
import { HAN_CLASS } from '../han'

/** The longest line a masthead is printed on. */
const MAX_MASTHEAD_LENGTH = 30

/** A masthead: the paper's name opens a short line that is not a sentence. */
export function mastheadPaper(tokens: IToken[]): IToken | undefined {
  const t = trimmed(tokens)
  const first = t[0]
  if (!first || !tokenMatcher(first, Paper)) return undefined
  // The name stands alone: 忻州日报社开展… is a headline about the paper.
  const next = t[1]
  if (next && !tokenMatcher(next, Space) && !tokenMatcher(next, ClauseBreak)) return undefined
  if (printedLength(t) > MAX_MASTHEAD_LENGTH || t.some((token) => tokenMatcher(token, SentenceEnd))) return undefined
  return first
}

/** The edition's word an e-paper's nameplate closes with: 数字报纸, 电子版, 多媒体数字报. */
export const EPAPER_EDITION = '(?:多媒体)?(?:数字报纸|数字报|电子版|电子报|数字版)'
/**
 * What an e-paper's nameplate may print after the name, on its line: the name in Latin letters, the issue's number, its
 * date and how often it comes out (國立中央大學客家學院電子報 NCU HAKKA COLLEGE E-PAPER 第220期 2015/1/1 出刊/ 半月刊).
 */
const NAMEPLATE_ISSUE = '(?: [A-Za-z][A-Za-z -]{1,40})?(?: 第[0-9]{1,5}期)?(?: [0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2})?(?: ?出刊)?(?: ?/ ?(?:日刊|周刊|旬刊|半月刊|月刊|双周刊))?'

/** The issue's number or its date on a nameplate's line: 第220期, 2015/1/1. */
const ISSUE_PRINTED = /第[0-9]{1,5}期|[0-9]{4}[/.-][0-9]{1,2}/

/**
 * An e-paper's nameplate: the paper's name and the edition's (温岭日报 数字报纸, 重庆政协报数字报纸, 某某日报电子版), any
 * name set apart from it by a dash (今日竹山-多媒体数字报: a county paper's name need not end in 报), or a paper named for
 * its e-paper, its issue's number or date after the name (國立中央大學客家學院電子報 … 第220期 2015/1/1 …).
 */
const EPAPER_NAMEPLATE = new RegExp(
  `^(?:(?:([${HAN_CLASS}]{2,14}报) ?|([${HAN_CLASS}]{2,10}?) ?[-—－·] ?)${EPAPER_EDITION}|([${HAN_CLASS}]{2,14}(?:电子报|数字报)))${NAMEPLATE_ISSUE}$`,
)

export const readMasthead: LineTest = ({ tokens, text, pageTop }) => {
  if (!pageTop) return undefined
  const paper = mastheadPaper(tokens)
  if (paper) return { kind: 'masthead', paper }
  // (The name a vocabulary does not know, by its edition's word after it: the span of the name.)
  const nameplate = EPAPER_NAMEPLATE.exec(text.trim())
  // (A name glued to the edition's word only with its issue's number or date after it: 今日竹山数字报, 2016年以前数字报
  // alone may be a title.)
  if (!nameplate || (nameplate[3] !== undefined && !ISSUE_PRINTED.test(text.trim().slice(nameplate[3].length)))) return undefined
  return { kind: 'masthead', source: { start: 0, end: (nameplate[1] ?? nameplate[2] ?? nameplate[3])!.length } }
}

/** The most page lines (the date line, the page line) printed over the paper's name. */
const MAX_PAGE_LINES_ABOVE = 2

/**
 * A paper's name alone on the page's first line (an outlet line, read by
 * source-note.ts), straight over the page's date line or page line, is
 * its masthead, known to the vocabulary or not (晋城日报 / 2024年6月4日 星期二);
 * so it is straight under the page's date line and over its page line
 * (2024年5月9日 星期四 / 恩施日报 / 第01版：要闻), page lines alone above it.
 * Under a title, or with no page line under it, it stays a repost's source.
 */
export const unknownPapers: Refinement = (rows) =>
  rows.map((row, k) => {
    const below = rows[k + 1]
    const topped = k === 0 || (k <= MAX_PAGE_LINES_ABOVE && row.gap < WIDE_GAP && rows.slice(0, k).every((above) => above.kind === 'pageHeader'))
    const nameplate = topped && row.kind === 'sourceNote' && below?.kind === 'pageHeader' && below.gap < WIDE_GAP
    return nameplate ? readAs(row, 'masthead') : row
  })

export const placeMasthead: Placer = (row, assembly) => {
  const { factory, runner } = assembly.context
  // The vocabulary's paper token, or the outlet line's name.
  const from = row.paper ? row.paper.startOffset : start(row.tokens) + row.source!.start
  const to = row.paper ? from + row.paper.image.length : start(row.tokens) + row.source!.end
  assembly.addToPage((): Masthead => ({ type: 'masthead', paper: factory.source(from, to), ...rowPhrase(row, runner, factory) }))
}
