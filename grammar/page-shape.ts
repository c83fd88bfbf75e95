/**
 * The shape of a page, measured once before its rows are placed: how it
 * sets paragraphs apart, how wide its text column is, whether it was
 * hard-wrapped at one width, and which heading lines number a story's
 * sections. Constructs read it to tell a broken line from a finished one
 * and a wrapped heading from two.
 */
import { WIDE_GAP, endsStory, printedLength } from './layout'
import { EXCERPT_CUT, EXCERPT_MORE, READ_MORE_AT_END, READ_MORE_LAST } from './furniture'
import { isStoryText, lineText, type Row } from '../src/assemble/row'
import { numberedHeads } from './constructs/intertitle'

/** What a page's top may hold over its first text: its masthead, its page lines, the site's interface. */
const TOP_FURNITURE: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'masthead'])

/** Where the page's first row under its top furniture stands (a web copy's title, its channel's name…); -1 when there is none. */
export const firstUnderTopFurniture = (rows: Row[]): number => rows.findIndex((row) => !TOP_FURNITURE.has(row.kind))

export interface PageShape {
  /** The usual number of blank lines between two lines of text (1 when too few to tell). */
  paragraphGap: number
  /** How wide the text column is: the 75th percentile of body line lengths (0 without body lines). */
  column: number
  /** The width the page was hard-wrapped at, if it was. */
  wrap: number | undefined
  /** Heading lines that number a story's sections (１设置一批… ２施工伤树…). */
  numbered: ReadonlySet<Row>
  /** The wide gap the page sets between every title and its text, where it sets one (see titleGapOf). */
  titleGap: number | undefined
  /** Whether the page, hard-wrapped, opens its paragraphs indented, its other lines flush (see indentsParagraphs). */
  indentsParagraphs: boolean
  /** Whether the page's lines at the column's edge were cut inside their sentences, as a column cuts them (see cutInsideSentences). */
  cutInsideSentences: boolean
  /** A listing's teasers, each closed by the link to its story (see listingTeasers). */
  teasers: ReadonlySet<Row>
}

/**
 * What normalization saw of a hard-wrapped copy's column on its printed lines, before it took the column's
 * line breaks out (src/normalize/unwrap.ts): its width, and the two measures below as the printed lines give them.
 */
export interface CopyColumn {
  width: number
  indentsParagraphs: boolean
  cutInsideSentences: boolean
}

export function measurePage(rows: Row[], copied?: CopyColumn): PageShape {
  const wrap = copied?.width ?? wrapWidth(rows)
  // (Where normalization joined the lines the column cut, the rows no longer show the column: the printed lines did.)
  const lines = wrap === undefined || copied ? [] : rowLines(rows, wrap)
  return {
    paragraphGap: usualGap(rows),
    column: copied?.width ?? columnWidth(rows),
    wrap,
    numbered: numberedHeads(rows),
    titleGap: titleGapOf(rows),
    indentsParagraphs: copied?.indentsParagraphs ?? (wrap !== undefined && indentsParagraphs(lines)),
    cutInsideSentences: copied?.cutInsideSentences ?? (wrap !== undefined && cutInsideSentences(lines)),
    teasers: listingTeasers(rows),
  }
}

/** The fewest teasers a link to their stories closes that make the page a listing. */
const MIN_TEASERS = 2

/**
 * A listing's teasers: lines of text a link to their stories closes (…與世界各地的 繼續閱讀, … Continue reading →,
 * … [詳細]), or an excerpt's cut with no link (…图片由七天读者提供 ..., … […]), where the page prints two or more. One
 * alone is a story's own words or an expand button (…拿起书本 继续阅读, …具体的变化如下 继续阅读), and the story goes on
 * under it — but for WordPress's bracketed mark, […], which no story prints at a paragraph's end (the store may have
 * cut the listing's next teaser before its mark).
 */
function listingTeasers(rows: Row[]): ReadonlySet<Row> {
  const teasers = rows.filter((row, k) => isStoryText(row) && closesTeaser(row, rows, k))
  return new Set(teasers.length >= MIN_TEASERS ? teasers : teasers.filter((row) => EXCERPT_MORE.test(lineText(row.tokens))))
}

/**
 * Whether a line of text ends as a listing's teaser does: the link to its story, or its excerpt's cut — the cut only
 * on the story's first text under its title (a listing's teaser is the story's lead: mid-story, …[…] cuts a quotation
 * and … … trails off).
 */
function closesTeaser(row: Row, rows: Row[], k: number): boolean {
  const last = row.tokens.at(-1)!.image
  if (READ_MORE_LAST.test(last) && READ_MORE_AT_END.test(lineText(row.tokens))) return true
  if (!EXCERPT_CUT_LAST.test(last)) return false
  const text = lineText(row.tokens)
  return EXCERPT_CUT.test(text) && firstUnderTitle(rows, k) && !leavesQuoteOpen(text)
}

/** Whether a line opens a quotation it does not close (…书中有这样一段描写:“清晨的汉江… […]): a quotation cut, not a teaser. */
const leavesQuoteOpen = (text: string): boolean => count(text, '“') > count(text, '”') || count(text, '「') > count(text, '」')
const count = (text: string, mark: string): number => text.split(mark).length - 1

/** Whether the row at `k` is the first text under a title: only a title's companions (a caption, a stamp, a credit) between. */
function firstUnderTitle(rows: Row[], k: number): boolean {
  let j = k - 1
  while (j >= 0 && UNDER_TITLE_KINDS.has(rows[j]!.kind)) j--
  return rows[j]?.kind === 'heading'
}
/** What may stand between a title and its story's first text. */
const UNDER_TITLE_KINDS: ReadonlySet<Row['kind']> = new Set(['caption', 'stamp', 'byline', 'chrome', 'sourceNote'])
/** The last character of an excerpt's cut: the cheap check before its pattern. */
const EXCERPT_CUT_LAST = /[.…\]]$/

/** How many lines opening with one space make it the page's own indent, not what a cut at a fixed width left (classify.ts, src/normalize/unwrap.ts). */
export const MIN_SPACE_INDENTS = 3

/** A line of a page's text as the column's measures read it: its text, whether it opens indented, whether it reaches the column's edge. */
export interface TextLine {
  text: string
  indented: boolean
  atEdge: boolean
}

/** The page's body rows as lines of its text. */
const rowLines = (rows: Row[], wrap: number): TextLine[] =>
  rows.filter((row) => row.kind === 'body').map((row) => ({ text: lineText(row.tokens), indented: row.indented === true, atEdge: atColumnEdge(row, wrap) }))

/** The fewest lines at the column's edge that must be cut inside a sentence, and their least share of such lines. */
const MIN_CUT_LINES = 3
const CUT_SHARE = 0.5

/**
 * Whether a page's lines at the column's edge were cut inside their sentences, as a column's edge
 * cuts them (…组织 / 农民开展春耕备耕,…): at least half of them, and three. A page of short one-line
 * paragraphs whose lengths happen to agree (7月3日凌晨,一场特大暴雨突袭沅江。 / 村支书刘建华第一个冲进了雨幕里。)
 * ends every line on its sentence: no column cut it.
 */
export function cutInsideSentences(lines: TextLine[]): boolean {
  let edge = 0
  let cut = 0
  for (const line of lines) {
    if (!line.atEdge) continue
    edge++
    if (!endsStory(line.text)) cut++
  }
  return cut >= MIN_CUT_LINES && cut >= CUT_SHARE * edge
}

/** The fewest paragraphs opened indented for a page to be seen to indent them. */
const MIN_INDENTED_OPENINGS = 2

/**
 * Whether a hard-wrapped page opens its paragraphs indented and sets every
 * other line flush (  12月11日,当…采访团结束 / 许昌、漯河、开封六市的采访,…): then an
 * unindented line goes on with the paragraph above it, even under a line
 * the column's edge cut after a full stop. Two indented lines or more,
 * fewer than half the text's lines.
 */
export function indentsParagraphs(lines: TextLine[]): boolean {
  let indented = 0
  for (const line of lines) if (line.indented) indented++
  return indented >= MIN_INDENTED_OPENINGS && indented * 2 < lines.length
}

/** The fewest titles that must show the same wide gap above their text for it to be the page's way. */
const MIN_GAPPED_TITLES = 2

/**
 * The wide gap (two blank lines or more) a page sets between each title and
 * its text, when it sets it so under at least two titles and under every
 * title that has text after it, wider than its paragraphs' (老人过马路遇车流 交警主动搀扶护送 / ⏎⏎ / 7月29日上午…
 * / ⏎ / 美国华人教授来莆考察 / ⏎⏎ / 8月5日,…): there it parts no title from its
 * story. Undefined otherwise: two blank lines part blocks.
 */
function titleGapOf(rows: Row[]): number | undefined {
  const gaps = new Set<number>()
  let titles = 0
  // The widest gap after text: the page's blocks of text are set apart by it.
  let afterText = 0
  for (let k = 0; k + 1 < rows.length; k++) {
    const [row, next] = [rows[k]!, rows[k + 1]!]
    if (row.kind === 'body' && TEXT_ROWS.has(next.kind)) afterText = Math.max(afterText, next.gap)
    if (row.kind !== 'heading' || (next.kind !== 'body' && next.kind !== 'dateline')) continue
    gaps.add(next.gap)
    titles++
  }
  const [gap] = gaps
  // (Wider than any gap after the text: on a page that sets every line two blank lines apart, the gap
  // says nothing of titles, and a section's head keeps its place in its story.)
  return titles >= MIN_GAPPED_TITLES && gaps.size === 1 && gap! >= WIDE_GAP && gap! > afterText ? gap : undefined
}

/** A line as wide as the column of a hard-wrapped page. */
export const fullWidth = (page: PageShape, row: Row): boolean => page.wrap !== undefined && printedLength(row.tokens) >= page.wrap

const TEXT_ROWS = new Set(['body', 'dateline', 'heading'])

/**
 * The usual number of blank lines between two lines of text on the page;
 * 1 when the page has too few to tell (then broken pieces are re-joined).
 */
export function usualGap(rows: Row[]): number {
  const gaps = rows
    .filter((row, k) => k > 0 && TEXT_ROWS.has(row.kind) && TEXT_ROWS.has(rows[k - 1]!.kind))
    .map((row) => row.gap)
  if (gaps.length === 0) return 1
  return gaps.sort((a, b) => a - b)[gaps.length >> 1]!
}

/** How wide the page's text column is: the 75th percentile of body line lengths. */
function columnWidth(rows: Row[]): number {
  const lengths = rows.filter((row) => row.kind === 'body').map((row) => printedLength(row.tokens))
  if (lengths.length === 0) return 0
  return lengths.sort((a, b) => a - b)[Math.floor(lengths.length * 0.75)]!
}

/** A column narrower than this is no column a heading could be wrapped by. */
export const MIN_WRAP_COLUMN = 12
/**
 * A column wider than this is no column a copy was wrapped at (OCR of a column, a clipping service's export run 12–40
 * characters wide): lines that share such a length are a site's excerpts cut at a fixed length, each its teaser's end
 * (d687's 101), not pieces of one paragraph.
 */
export const MAX_WRAP_COLUMN = 60
/** Whether a width lines share is a column's a copy may have been wrapped at (MIN_WRAP_COLUMN to MAX_WRAP_COLUMN). */
export const isColumnWidth = (width: number): boolean => width >= MIN_WRAP_COLUMN && width <= MAX_WRAP_COLUMN
/** The share of body lines that must have one length for a page to be hard-wrapped. */
const WRAPPED_SHARE = 0.3
const MIN_WRAPPED_LINES = 3

/**
 * The width a page was hard-wrapped at (OCR of a column, text cut at a
 * fixed width): the one length most body lines share exactly. Undefined for
 * pages whose lines are paragraphs or pieces of varying length.
 */
export function wrapWidth(rows: Row[]): number | undefined {
  // (A copy cut every N characters counts an indent's spaces among them; a column set in type, as OCR
  // reads it, indents inside its width. The measure more lines share is the page's.)
  const [held, printed] = [sharedWidth(rows, heldWidth), sharedWidth(rows, (row) => printedLength(row.tokens))]
  const best = printed.lines > held.lines ? printed : held
  if (best.width === undefined || !isColumnWidth(best.width) || !sharedByColumn(best.lines, best.body)) return undefined
  return best.width
}

/** Whether a UTF-16 unit is a Han character's: the unified ideographs, their extension A and compatibility forms, 〇, a supplementary extension's lead surrogate. */
const isHanUnit = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf) || c === 0x3007
/** Whether a UTF-16 unit is spacing, or a surrogate pair's trail (its lead counted the character). */
const uncounted = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0 || (c >= 0xdc00 && c <= 0xdfff)

/**
 * Whether a line is a column's running text by its characters: half of them Han at least. A site's lists of dates
 * and links ([2026-03-03] -) and its footers' addresses and numbers are not; their lengths say nothing of a column.
 * (A loop over the units: every page's lines pass here.)
 */
export function hanText(text: string): boolean {
  let han = 0
  let printed = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (uncounted(c)) continue
    printed++
    if (isHanUnit(c)) han++
  }
  return han * 2 >= printed
}

/** The characters of a line that print (spacing left out), and the spacing before them: a copy's line as the column's measures count it. */
export function printedWidth(line: string): { printed: number; indent: number } {
  let printed = 0
  let indent = 0
  let opening = true
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (opening && (c === 0x20 || c === 0x09 || c === 0x3000)) indent++
    else opening = false
    if (!uncounted(c)) printed++
  }
  return { printed, indent }
}

/**
 * The one width most lines of running text (hanText) share by a measure, how many share it, and how many there are.
 * A width as many lines overrun as share it is no column's edge: a list of short entries alike under a
 * story the column cut wider ([2026-03-03] - under each related title) shares a width, not the page's.
 */
function sharedWidth(rows: Row[], measure: (row: Row) => number): { width: number | undefined; lines: number; body: number } {
  const counts = new Map<number, number>()
  let body = 0
  for (const row of rows) {
    if ((row.kind !== 'body' && row.kind !== 'heading') || !hanText(lineText(row.tokens))) continue
    body++
    const length = measure(row)
    counts.set(length, (counts.get(length) ?? 0) + 1)
  }
  return { ...mostShared(counts), body }
}

/**
 * Of the widths lines share (`counts`: width → lines), the one most share, the wider on a tie, `least` wide at least,
 * and how many share it. A width as many lines overrun as share it is no column's edge (a list's short entries alike
 * under a story the column cut wider). The rows' measure (sharedWidth) and the copy's (src/normalize/unwrap.ts) alike.
 */
export function mostShared(counts: ReadonlyMap<number, number>, least = 0): { width: number | undefined; lines: number } {
  const wider = (width: number) => {
    let n = 0
    for (const [length, count] of counts) if (length > width + overrun(width)) n += count
    return n
  }
  let width: number | undefined
  let lines = 0
  for (const [length, count] of counts) if ((count > lines || (count === lines && length > width!)) && length >= least && wider(length) < count) [width, lines] = [length, count]
  return { width, lines }
}

/** Whether a width `shared` lines of `total` share is a hard-wrapped page's: three lines at least, and a third of them. */
export const sharedByColumn = (shared: number, total: number): boolean => shared >= MIN_WRAPPED_LINES && shared >= WRAPPED_SHARE * total

/** How much longer than a column `wrap` wide a line of it may be: the marks kept off the next line's start. */
export const overrun = (wrap: number): number => Math.max(KEPT_MARKS, Math.ceil(wrap * KEPT_SHARE))

/** A line's last character a column's edge cut after inside a word: a Han character's, a letter's, a digit's — no mark's. */
export const cutInsideWord = (text: string): boolean => INSIDE_A_WORD.test(text)
const INSIDE_A_WORD = /[\p{Script=Han}A-Za-z0-9]$/u

/** The width of a paragraph's indent (two ideographic spaces): an indented line at the column's edge is this much shorter. */
const INDENT = 2
/** Lines shorter than this say nothing of a column's width. */
const MIN_COLUMN = 16
/** How much longer than the column a line may be: the marks a typesetter keeps off a line's start (，。」). */
const KEPT_MARKS = 2
/** …or this share of the column, where spacing the count leaves out made the usual line shorter than the edge. */
const KEPT_SHARE = 0.1
/** Rows whose lengths tell a column's width. */
const COLUMN_ROWS: ReadonlySet<Row['kind']> = new Set(['body', 'heading'])

/**
 * The width of the column a page was hard-wrapped at: the one length most
 * lines share (wrapWidth), or on a short page the width of its two longest
 * lines when they are (nearly) alike — a paragraph the column broke twice or
 * more leaves them so. Undefined when the longest line stands out, as a
 * paragraph's does on a page of unbroken ones.
 */
export function columnEdge(rows: Row[]): number | undefined {
  // (The text's own lengths first, then with the spacing a cut at a fixed width counted: see wrapWidth.)
  return wrapWidth(rows) ?? longestAlike(rows, (row) => printedLength(row.tokens)) ?? longestAlike(rows, heldWidth)
}

/** The width of a page's two longest lines by a measure, where they are (nearly) alike. */
function longestAlike(rows: Row[], measure: (row: Row) => number): number | undefined {
  let [longest, second] = [-1, -1]
  for (const row of rows) {
    if (!COLUMN_ROWS.has(row.kind)) continue
    const length = measure(row)
    if (length > longest) [longest, second] = [length, longest]
    else if (length > second) second = length
  }
  return second >= MIN_COLUMN && longest - second <= KEPT_MARKS ? second : undefined
}

/**
 * Whether a line reaches the edge of a column `wrap` wide: as wide as it
 * (its indent counted), not wider but for the marks kept off the next
 * line's start — a title wider than a narrow column is no piece of it.
 * An indent counts as a cut at a fixed width counted it (four spaces, four)
 * or as a column set in type indents, two characters inside its width:
 * the line reaches the edge by either.
 */
export function atColumnEdge(row: Row, wrap: number): boolean {
  // (Printed lines normalization joined are no column's line: their last line's width is not the row's.)
  if (row.unwrapped === true) return false
  const text = printedLength(row.tokens)
  const inside = spacesTaken(lineText(row.tokens))
  const reaches = (width: number) => width + inside >= wrap && width <= wrap + overrun(wrap)
  return row.indented === true ? reaches(text + indentWidth(row)) || reaches(text + INDENT) : reaches(text)
}

/**
 * The room the spacing inside a line takes in its column: one space alone takes one character's (● 为加快推进…建设,龙
 * reaches the edge); OCR's spacing between letters and digits (较 2 0 2 2 年, 与 Google 和 SAP 签约) widens no printed line.
 */
export const spacesTaken = (text: string): number => {
  const runs = text.trim().match(/\s+/g)
  return runs?.length === 1 && runs[0] === ' ' ? 1 : 0
}

/**
 * Whether a line opens indented as a paragraph does: spacing before it, not the one space a copy cut at a fixed
 * width left on a page that opens no other lines so (…（通 /  讯员 龚姗）: classify.ts strayIndent).
 */
export const opensIndented = (row: Row): boolean => row.indented === true && row.strayIndent !== true

/** The most spacing (characters) a paragraph is indented by; a line set further in is centred or ranged right, not indented. */
const MAX_INDENT = 8

/** The characters of spacing a line holds before its text, where they are an indent (no more than MAX_INDENT). */
const heldIndent = (row: Row): number | undefined => (row.indent !== undefined && row.indent <= MAX_INDENT ? row.indent : undefined)

/** The spacing a line's indent takes in a copy cut at a fixed width: the characters it holds (four spaces, four), or two where unknown or set further in than an indent. */
const indentWidth = (row: Row): number => heldIndent(row) ?? INDENT

/** How wide a line's text and its indent are, as a copy cut at a fixed width counted them: the one measure of wrapWidth and columnEdge. */
const heldWidth = (row: Row): number => printedLength(row.tokens) + (heldIndent(row) ?? 0)

/**
 * How wide a line stands in its column: its printed characters and its indent — the spacing the line
 * holds, as a copy cut at a fixed width counted it (four spaces take four characters), else two.
 */
export const lineWidth = (row: Row): number => printedLength(row.tokens) + (row.indented === true ? indentWidth(row) : 0)
