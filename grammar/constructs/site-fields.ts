/**
 * A site's row of metadata read by its pieces, where no narrower convention
 * knows its labels: sites print the same few kinds of piece under a story's
 * title, in any order and under any label.
 *
 *   2007/04/26 9561次浏览 分类:师大要闻          one date among a counter and a field: the stamp
 *   期次:第四期   作者:  文/   查看:55            labelled fields and no date: the site's interface
 *   浏览次数:6356 放大 缩小 默认                 a field or a counter before the site's controls: interface
 *   作者:通讯员 陈祖合  浏览次数:6356             the author's field among them: the byline, then the interface
 *
 * The pieces are set apart by spaces or bars: a date (2007/04/26,
 * 2024年5月9日, in brackets or not), a time (18:29:21), a labelled field (分类:师大要闻, 查看:55,
 * its value perhaps left empty), a counter (9561次浏览, 阅读:120), a weekday,
 * the site's controls printed after them (放大 缩小 默认, 字体:大 中 小) and their brackets.
 * A site prints the row under the story's title or its own furniture, with no
 * story's text above it; among the text, such pieces are the story's own (a
 * table's row, a notice's account and password). A row of them holds no sentence, and no event's fields (时间:… 地点:… is a
 * notice's text), nor a desk's staff (编辑:…, 审核:…: editor-line.ts). stamp.ts and editor-line.ts read the rows whose labels the
 * vocabulary knows, with their bylines and staff lines; this is the fallback
 * for labels no site had printed before, tried just before a line is taken
 * for a heading.
 */
import type { LineResult, LineTest, LineView, Reading } from './construct'
import { partAt, readRow, type Row } from '../../src/assemble/row'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { CLAUSE_IN_ROW, trimmed } from '../layout'
import { authorFieldCredits } from './byline'
import { HAN_CLASS } from '../han'
import { AUTHOR_LABEL } from '../furniture'
import { isControlPiece } from './chrome'

/** A row's piece: what stands between spaces, bars and middle dots. */
const PIECE_RUN = /[^\s|｜丨·•]+/gu
/** A date in numerals, any separator, its parts for its value: 2007/04/26, 2019-03-05, 2015.07.31, 2024年5月9日. */
const DATE_PARTS = /([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?/
/** A piece that is that date and nothing else, perhaps in brackets: (2024/10/18), [2024-10-18]. */
const PIECE_DATE = new RegExp(`^[(（\\[【]?${DATE_PARTS.source}[)）\\]】]?$`)
/** A bracket standing alone between pieces, the copy's spaces having set it apart: ( 字体:大 中 小 ). */
const LONE_BRACKET = /^[(（)）\[\]【】]$/
/** A time: 18:29, 18:29:21. */
const PIECE_TIME = /^[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/
/** A weekday: 星期三, 周三. */
const PIECE_WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/
/** A counter: 9561次浏览, 阅读:120, 浏览次数 88, 点击数:1,024次. */
const PIECE_COUNTER = /^(?:[0-9][0-9,]{0,8}(?:次|人次|人)?(?:浏览|阅读|点击|访问|查看)|(?:浏览|阅读|点击|访问|查看)(?:次数|量|数)?[:：]?[0-9][0-9,]{0,8}次?)$/
/** A labelled field: a label of one to four characters, its colon, a short value or none (分类:师大要闻, 作者:). */
const PIECE_FIELD = new RegExp(`^[【\\[]?([${HAN_CLASS}]{1,4}) ?[:：]([^:：]{0,16}?)[】\\]]?$`)
/** A field's value alone, set apart from its label by a space (作者:  文/): a word or a name. */
const PIECE_VALUE = new RegExp(`^[${HAN_CLASS}A-Za-z0-9./_\\-()（）《》]{1,16}$`)
/** A poster's handle: Latin letters and digits (TUhjnbcbe). */
const HANDLE = /^[A-Za-z0-9_.]{2,24}$/
/** A dash standing alone between pieces: TUhjnbcbe - 2020/11/1 1:13:00. */
const DASH = /^[-—–]+$/
/** A comma grouping a number's digits (点击数:1,024次): no clause's mark. */
const DIGIT_GROUPING = /[0-9],[0-9]/g
/** Two Han characters in a row: enough of a name for an author's field to name someone. */
const NAMED = /\p{Script=Han}{2}/u
/** Labels of an event's fields (时间:5月9日 地点:市体育馆): a notice's text, not the site's. */
const EVENT_LABELS = /^(?:[时時][间間]|地[点點]|地址|主[办辦]|承[办辦]|[协協][办辦]|[对對]象|[费費]用|[电電]话|[电電]話|[联聯][系繫]人|[联聯][系繫][电電][话話]|[报報]名|截止)/
/** Labels of a desk's staff (编辑:B_xiaohui 审核:coast): the staff line's conventions read them (editor-line.ts). */
const STAFF_LABELS = /[编編]|[审審]|校[对對]|[监監][制製]|策[划劃]/
/** The longest row read by its pieces. */
const MAX_ROW = 80
/** The fewest pieces such a row holds. */
const MIN_PIECES = 2
/** The most values a row holds set apart from their labels. */
const MAX_LOOSE_VALUES = 2
/** An author's field with the author named: the byline's (stamp.ts, byline.ts), not interface. */
const NAMED_AUTHOR = new RegExp(`^(?:${AUTHOR_LABEL})$`)

/** What a site's row stands under: the title, the site's furniture, or nothing (the page's top). */
const UNDER: ReadonlySet<Row['kind']> = new Set(['heading', 'chrome', 'stamp', 'pageHeader', 'masthead', 'sourceNote'])

/** What a piece of a site's row is; a field with its label and value, read once. */
type Piece =
  | { kind: 'date' | 'time' | 'weekday' | 'counter' | 'control' | 'value'; text: string }
  | { kind: 'field'; text: string; label: string; value: string }
type Kind = Piece['kind']
/** A piece and where it stands in the line's text. */
type Placed = { piece: Piece; start: number }

/** What a piece of a site's row is, undefined for anything else. */
function pieceOf(text: string, chrome: readonly string[]): Piece | undefined {
  if (PIECE_DATE.test(text)) return { kind: 'date', text }
  if (PIECE_TIME.test(text)) return { kind: 'time', text }
  if (PIECE_WEEKDAY.test(text)) return { kind: 'weekday', text }
  if (PIECE_COUNTER.test(text)) return { kind: 'counter', text }
  const field = PIECE_FIELD.exec(text)
  if (field) {
    const [, label, value] = field as unknown as [string, string, string]
    if (EVENT_LABELS.test(label) || STAFF_LABELS.test(label)) return undefined
    // (A field whose value is a date is the row's date: 发布时间:2019-03-05.)
    return PIECE_DATE.test(value.trim()) ? { kind: 'date', text } : { kind: 'field', text, label, value }
  }
  if (isControlPiece(text, chrome)) return { kind: 'control', text }
  return PIECE_VALUE.test(text) ? { kind: 'value', text } : undefined
}

/**
 * A row of a site's metadata: one date among times, fields and counters is the stamp; fields alone (two or more,
 * no date) are the site's interface. A row naming its author (作者:通讯员 陈祖合  浏览次数:6356  放大 缩小 默认) is
 * read as two rows or three: the author's field the byline, the pieces before and after it the stamp or the
 * interface (authorAmongPieces); a row of the author's field alone is the byline's conventions'.
 */
export const readSiteFields: LineTest = ({ tokens, text, from, gap, textAbove, above }, { words, runner }) => {
  // (Under the title or the site's furniture, no story's text above, where a site prints its row; among a story's text
  // such pieces are its own: a table's row, 2021-7-20 16:00| 雨量: 201.9毫米, a notice's 账号:… 密码:….)
  if (textAbove || (above !== undefined && !UNDER.has(above.kind))) return undefined
  if (text.trim().length > MAX_ROW || CLAUSE_IN_ROW.test(text.replace(DIGIT_GROUPING, ''))) return undefined
  const placed: Placed[] = []
  for (const m of text.matchAll(PIECE_RUN)) {
    if (DASH.test(m[0]) || LONE_BRACKET.test(m[0])) continue
    const piece = pieceOf(m[0], words.chrome)
    if (piece === undefined) return undefined
    placed.push({ piece, start: m.index })
  }
  if (placed.length < MIN_PIECES) return undefined
  const pieces = placed.map((p) => p.piece)
  const author = pieces.findIndex((piece, k) => piece.kind === 'field' && namesAuthor(piece, pieces[k + 1]))
  if (author >= 0) return authorAmongPieces(placed, author, { tokens, text, from, gap }, runner)
  return piecesReading(pieces, text, 0)
}

/**
 * How a run of a row's pieces reads, `at` characters into the line's text: one date among times, fields, counters and
 * controls is the stamp (its date's span counted from `at`); fields (two or more, or one, or a counter, before the
 * site's controls, or beside the author's field) with no date nor time are the interface; anything else, undefined.
 */
function piecesReading(pieces: Piece[], text: string, at: number, besideAuthor = false): Reading | undefined {
  const count = (kind: Kind) => pieces.filter((piece) => piece.kind === kind).length
  // (A value stands apart after an empty field, 来源: 甘南日报, or opens a row of the date and its time as a poster's
  // handle, TUhjnbcbe - 2020/11/1 1:13:00; not words, 春运首日 2023-01-15 20:32 is a title with its time.)
  const loose = (k: number) => {
    const before = pieces[k - 1]
    return (before?.kind === 'field' && before.value === '') || (k === 0 && pieces[1]?.kind === 'date' && pieces[2]?.kind === 'time' && HANDLE.test(pieces[0]!.text))
  }
  if (count('value') > MAX_LOOSE_VALUES || pieces.some((piece, k) => piece.kind === 'value' && !loose(k))) return undefined
  const dates = count('date')
  // (A date with its weekday is a site's clock as often as the story's stamp: the page header's conventions read it.)
  if (dates > 1 || count('weekday') > 0) return undefined
  if (dates === 1) {
    if (pieces.length < MIN_PIECES && !besideAuthor) return undefined
    const date = text.indexOf(pieces.find((piece) => piece.kind === 'date')!.text, at)
    const m = DATE_PARTS.exec(text.slice(date))!
    const start = date - at + m.index
    const end = start + m[0].length
    const value = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), raw: m[0] }
    return { kind: 'stamp', stamp: { date: { start, end, value } } }
  }
  // (Fields, or one field or counter before the site's controls: 浏览次数:6356 放大 缩小 默认.)
  const fields = count('field') + count('counter')
  const interfaceRow = count('field') >= MIN_PIECES || (fields > 0 && (count('control') > 0 || besideAuthor))
  return interfaceRow && count('time') === 0 ? { kind: 'chrome' } : undefined
}

/** The most pieces an author's field runs to after its label: a role and names set apart (作者:通讯员 陈祖合 李强). */
const MAX_AUTHOR_PIECES = 3

/**
 * The author's field among a site's other pieces (作者:通讯员 陈祖合  浏览次数:6356  放大 缩小 默认, 2024-05-09 作者:王芳
 * 阅读:120): the byline, its names read as credits (as a site's author field is read: byline.ts), and the pieces
 * before and after it each the stamp or the interface they make. Undefined unless every part reads, the author's
 * names as people's.
 */
function authorAmongPieces(placed: Placed[], author: number, { tokens, text, from, gap }: Pick<LineView, 'tokens' | 'text' | 'from' | 'gap'>, runner: RuleRunner): LineResult {
  let end = author + 1
  while (end < placed.length && end - author <= MAX_AUTHOR_PIECES && placed[end]!.piece.kind === 'value') end++
  const before = placed.slice(0, author)
  const after = placed.slice(end)
  if (before.length + after.length === 0) return undefined
  const parts: Array<{ first: number; last: number; reading: Reading | undefined }> = []
  const cut = (k: number) => (k < placed.length ? partAt(tokens, placed[k]!.start) : tokens.length)
  const [first, last] = [cut(author), cut(end)]
  if (first < 0 || last < 0) return undefined
  const field = trimmed(tokens.slice(first, last))
  const credits = authorFieldCredits(field, runner)
  if (!credits) return undefined
  if (before.length > 0) parts.push({ first: 0, last: first, reading: piecesReading(before.map((p) => p.piece), text, 0, true) })
  parts.push({ first, last, reading: { kind: 'byline', credits } })
  if (after.length > 0) parts.push({ first: last, last: tokens.length, reading: piecesReading(after.map((p) => p.piece), text, after[0]!.start, true) })
  if (parts.some((part) => part.reading === undefined)) return undefined
  const rows = parts.map(({ first, last, reading }, k) => {
    const part = trimmed(tokens.slice(first, last))
    return readRow(part, k === 0 ? gap : 0, from + tokens.indexOf(part[0]!), reading!)
  })
  return { rows }
}

/** Whether a field names its author: 作者:王芳, or 作者: 王芳 with the name set apart (not 作者: left empty, nor 作者: 文/). */
function namesAuthor(field: Extract<Piece, { kind: 'field' }>, next: Piece | undefined): boolean {
  if (!NAMED_AUTHOR.test(field.label)) return false
  const name = field.value.trim() || (next?.kind === 'value' ? next.text : '')
  return NAMED.test(name)
}

/** Every pattern of the convention, for the test that checks none backtracks (the pieces' pattern without its global flag, whose lastIndex a test would carry over). */
export const SITE_FIELD_PATTERNS: readonly RegExp[] = [new RegExp(PIECE_RUN.source, 'u'), PIECE_DATE, LONE_BRACKET, DATE_PARTS, PIECE_TIME, PIECE_WEEKDAY, PIECE_COUNTER, PIECE_FIELD, PIECE_VALUE, DASH, HANDLE, CLAUSE_IN_ROW, DIGIT_GROUPING, NAMED, EVENT_LABELS, STAFF_LABELS, NAMED_AUTHOR]
