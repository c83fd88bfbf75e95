/**
 * Hard-wrapped columns: the lines a column's edge cut (OCR of a page, a
 * clipping service's export cut at a fixed width), read back as what they
 * were cut from.
 *
 *   深圳是台商投資最早、對台胞開放最高的大陸城市之一，大陸國台辦發布惠台31 / 條後，…   a paragraph's first lines, no heading for want of a 。
 *   近日,宜都市枝城镇…的笑 / 脸交相辉映,… / 加收入40余万元。 / 三峡日报通讯员 王春丽 摄   photo news: one caption, as uncut
 *   图：中兴通讯表示，…图为中兴 / 官方网站首页                                             a caption the column cut: one caption
 *
 * Normalization takes most of such a copy's breaks out before the lines are
 * read (src/normalize/unwrap.ts: the breaks inside words, names and credits,
 * after lines that hold running text); these are the rows' conventions for
 * what it leaves, and for short pages it cannot measure. Everything about
 * them is here: which rows run on into the
 * next (as wide as the column, the next straight under it and flush; not a
 * teaser a site cut at its length, …各 …), when
 * what they join is text, and when it is the caption its credit ends. The
 * column's width is the page shape's (page-shape.ts columnEdge, or the copy's
 * as normalization measured it); a heading
 * the column wrapped stays one heading (heading-group.ts), and a paragraph
 * the column cut after a full stop goes on where the page indents its
 * paragraphs (paragraph.ts).
 */
import { tokenMatcher } from 'chevrotain'
import { MAX_HEADING_LENGTH, endsWithCut, holdsSentenceEnd, printedLength, trimmed } from '../layout'
import { atColumnEdge, columnEdge, opensIndented } from '../page-shape'
import { ClauseBreak } from '../tokens'
import { isStoryText, readAs, type Row } from '../../src/assemble/row'
import type { Refinement } from './construct'
import { closesParagraph } from './paragraph'
import { isCaption } from './caption'

/** A caption only for the photographer's credit that ends it: no cue of its own (图为…, ▲…). */
const creditedEnd = (row: Row): boolean => row.kind === 'caption' && row.photoCredit !== undefined && !isCaption(row.tokens)

/**
 * Whether lines over a credited caption, from `first` to `last` (the
 * caption), are photo news the column cut: they open a story — nothing
 * over them, or its title, no paragraph of text — and hold a sentence's end
 * of their own, so that a title at the column's edge over its photo's
 * caption stays a title (赏花踏青正当时 滨江公园千余株樱花竞相开放 / 3月9日，…留念。 记者 张建国 摄). Under a
 * paragraph, a story's lines the store cut and a photo's caption may
 * follow each other the same way: the caption stays the photo's.
 */
function opensPhotoNews(rows: Row[], first: number, last: number): boolean {
  const above = rows[first - 1]
  if (isStoryText(above)) return false
  return rows.slice(first, last).some((row) => row.tokens.some((token) => tokenMatcher(token, ClauseBreak)))
}

/**
 * A caption by a word inside it only (a photo's position, 关雄(右一)的), cut inside its clause: on a
 * hard-wrapped page, a piece of the text the column cut. (A caption that closes its sentence,
 * 刘春生(左一)在给村民讲解果树修剪技术。, is the photo's, wherever OCR set it.)
 */
const cutFromText = (row: Row): boolean =>
  row.kind === 'caption' && row.photoCredit === undefined && !isCaption(row.tokens) && !holdsSentenceEnd(row.tokens)

/** Rows that open a story under its title. */
const OPENS_STORY: ReadonlySet<Row['kind']> = new Set(['dateline', 'byline'])

/** Rows a hard-wrapped column may have broken a sentence across. */
const TEXT_PIECES: ReadonlySet<Row['kind']> = new Set(['body', 'heading'])

/**
 * On a hard-wrapped page (OCR of a column, a clipping service's export cut
 * at a fixed width), a line as wide as the column with the next straight
 * under it, not indented as a paragraph opens, runs on into it; where the
 * lines so joined hold a sentence's end or are longer than any heading, they
 * are one paragraph's text, and none of them is a heading for want of a 。
 * (深圳是台商投資最早、對台胞開放最高的大陸城市之一，大陸國台辦發布惠台31 / 條後，深圳是少數… /
 * …匯整成「深圳惠台99條 / 」，其中最大的特色…補助。). A heading the column wrapped stays
 * one (市委专题会议暨市疫情防控工作领导小组第四 / 十二次会议召开: heading-group.ts).
 */
export const wrappedText: Refinement = (rows, tokens, copied) => {
  // (The last piece may end with the photographer's credit, and be read a caption of its own for it: …的吴都路显得更宽敞优美。(宗晓东 摄).)
  // (Or a piece the column cut out of a paragraph that read as a caption alone for a photo's word in it,
  // 建农林大学教授、博士生导师关雄(右一)的: no cue opens or closes it, no credit ends it.)
  const piece = (row: Row) => TEXT_PIECES.has(row.kind) || creditedEnd(row) || cutFromText(row)
  // (Only a heading line, or such a caption, straight over or under a line of text can be misread; most pages have none.)
  const joined = (k: number) => (TEXT_PIECES.has(rows[k]!.kind) || rows[k]!.kind === 'caption') && rows[k + 1] !== undefined && piece(rows[k + 1]!) && rows[k + 1]!.gap === 0
  if (!rows.some((row, k) => (row.kind === 'heading' && joined(k)) || (k > 0 && row.kind !== 'body' && joined(k - 1)))) return rows
  const wrap = copied?.width ?? columnEdge(rows)
  if (wrap === undefined) return rows
  const read: Row[] = []
  const atEdge = (row: Row) => atColumnEdge(row, wrap)
  // (A line the column cut: as wide as the column, its sentence open, the next line straight under it and flush.)
  const cutByColumn = (row: Row, next: Row) => next.gap === 0 && !opensIndented(next) && atEdge(row) && !closesParagraph(row.tokens)
  const captionRunsOn = (row: Row, next: Row | undefined): next is Row =>
    row.kind === 'caption' &&
    row.photoCredit === undefined &&
    next !== undefined &&
    TEXT_PIECES.has(next.kind) &&
    cutByColumn(row, next) &&
    printedLength(next.tokens) <= MAX_HEADING_LENGTH &&
    !holdsSentenceEnd(next.tokens)
  const runsOn = (row: Row, next: Row | undefined): next is Row =>
    next !== undefined && TEXT_PIECES.has(row.kind) && piece(next) && cutByColumn(row, next) && !endsWithCut(row.tokens)
  for (let k = 0; k < rows.length; k++) {
    // (A caption the column cut, 图：…图为中兴 / 官方网站首页: the caption, both lines.)
    if (captionRunsOn(rows[k]!, rows[k + 1])) {
      const [caption, next] = [rows[k]!, rows[k + 1]!]
      read.push({ ...caption, tokens: trimmed(tokens.slice(caption.from, next.to + 1)), to: next.to })
      k++
      continue
    }
    let last = k
    while (runsOn(rows[last]!, rows[last + 1])) last++
    if (last === k) {
      read.push(rows[k]!)
      continue
    }
    const run = rows.slice(k, last + 1)
    const from = k
    k = last
    if (creditedEnd(rows[last]!) && opensPhotoNews(rows, from, last)) {
      // (The lines over a caption its credit ends are that caption's: one row, line breaks and all.)
      const [first, end] = [rows[from]!, rows[last]!]
      read.push({ ...end, tokens: trimmed(tokens.slice(first.from, end.to + 1)), from: first.from, gap: first.gap, indented: first.indented })
      continue
    }
    // (Longer than a heading only where the run reaches the text or goes on into more lines straight
    // under it: a kicker at the column's edge over a wrapped headline, a blank line or the dateline
    // under them, is a heading group.)
    const after = rows[last + 1]
    const goesOn = run.some((row) => row.kind === 'body') || (after !== undefined && after.gap === 0 && !OPENS_STORY.has(after.kind))
    const text =
      run.some((row) => holdsSentenceEnd(row.tokens)) ||
      (goesOn && run.reduce((n, row) => n + printedLength(row.tokens), 0) > MAX_HEADING_LENGTH)
    read.push(...(text ? run.map((row) => (row.kind === 'heading' || cutFromText(row) ? readAs(row, 'body') : row)) : run))
  }
  return read
}
