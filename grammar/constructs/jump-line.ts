/**
 * Jump lines: a story continued on another page.
 *
 *   (下转第2版) · 转第3版          the story goes on there: `direction: 'to'`
 *   (上接第一版) · 续第1版         the story comes from there: `direction: 'from'`
 *   ●详见 3 版 · (详见A2版)        a teaser's pointer to its story: `direction: 'to'`,
 *                                 alone on its line or after the teaser's title
 *
 * Everything about the convention is here: its pattern, the line test,
 * the node, where it stands.
 *
 * Where it stands: at the top level. A jump line to a page closes the
 * open article and records the page on it (`continuedOn`); after a jump
 * line from a page, the next article records that page (`continuedFrom`),
 * and text with no heading of its own is that continuation (paragraph.ts).
 */
import type { IToken } from 'chevrotain'
import type { JumpLine } from '../../src/types'
import { LETTERED_PAGE, pageNumber } from '../furniture'
import { lineText, partAt, readAs, readRow, type Row } from '../../src/assemble/row'
import { WIDE_GAP, isHeadingLike, printedLength, trimmed } from '../layout'
import type { Assembly } from '../../src/assemble/assembly'
import type { LineTest, Placer, Refinement } from './construct'
import { rowPhrase } from './line-nodes'

/** Where a jump line sends the reader: on to a page, or back from one. */
export interface JumpInfo {
  direction: 'to' | 'from'
  page?: number
  /** A teaser's pointer to its story (详见, 见, 请看): the title over it is the story's, its text on that page. */
  teaser?: boolean
}

/** The words that send the reader to another page: on (下转, 转), back (上接, 紧接, 接, 续), or a teaser's to its story (详见, 见, 请看). */
const JUMP_WORDS = '下转|上接|紧接|转|接|续|详见|见|请看'
/** The words among them that point back to where the story came from. */
const FROM_WORDS: ReadonlySet<string> = new Set(['上接', '紧接', '接', '续'])
/** The words among them that point from a teaser to its story. */
const TEASER_WORDS: ReadonlySet<string> = new Set(['详见', '见', '请看'])
/** A mark a pointer may be set off with: ●详见 3 版. */
const POINTER_MARK = '[●○■◆▲]'
/** What sets a pointer apart from a title glued to it with no space: its mark or its bracket. */
const SET_APART = new RegExp(`^(?:${POINTER_MARK}|[(（])`)
/** The pointer itself: (下转第2版), 转第3版, (下转A3版) — a page lettered by its section too —, ●详见 3 版. */
const POINTER = `(?:${POINTER_MARK} ?)?[(（]? ?(${JUMP_WORDS}) ?第? ?${LETTERED_PAGE} ?版 ?[)）]?`
/** A jump line: the pointer alone on its line. */
const JUMP = new RegExp(`^${POINTER}$`)
/** A teaser's pointer after its title (一起去看“雪” ●详见 3 版, …精彩纷呈(详见第3版)): its title is the line before it. */
const TITLE_THEN_POINTER = new RegExp(`^(.+?)( ?)(${POINTER})$`)

/** A jump line's direction and page. */
export function jumpLineOf(line: string): JumpInfo | undefined {
  const m = JUMP.exec(line.trim())
  return m ? jumpInfo(m[1]!, m[2]!) : undefined
}

function jumpInfo(word: string, printedPage: string): JumpInfo {
  const info: JumpInfo = { direction: FROM_WORDS.has(word) ? 'from' : 'to' }
  if (TEASER_WORDS.has(word)) info.teaser = true
  const page = pageNumber(printedPage)
  if (page !== undefined) info.page = page
  return info
}

export const readJumpLine: LineTest = ({ text }) => {
  const jump = jumpLineOf(text)
  // (A teaser's pointer is one by where it stands: titlesWithPointers.)
  return jump && !jump.teaser ? { kind: 'jumpLine', jump } : undefined
}

/** A story's last sentence, then a bracket closing the line (…抓好落实。（下转第二版）): the bracket a jump line if jumpLineOf reads it so. */
const TEXT_THEN_BRACKET = /^(.+[。！？!?”」]) ?([(（][^()（）]+[)）])$/

/**
 * A jump line glued to the story's last sentence, as an e-paper's copy runs them together (…抓好落实。（下转第二版）):
 * the text, read as a line of its own, then the jump line, which records the page on the story. Only in brackets, after
 * a sentence's end: a title, 我市两会（下转第2版）, is no story's text. (A jump line back, opening the text it brings back,
 * （上接第一版）会议指出，…, stays the paragraph's: set under the story's title, a jump line of its own would part them.)
 */
export const readGluedJump: LineTest = ({ tokens, text, from }) => {
  const line = text.trim()
  const m = TEXT_THEN_BRACKET.exec(line)
  const jump = m ? jumpLineOf(m[2]!) : undefined
  const at = m ? partAt(tokens, line.length - m[2]!.length) : -1
  // (On to another page only: 下转, 转.)
  if (jump === undefined || jump.direction !== 'to' || jump.teaser || at <= 0) return undefined
  const tail = trimmed(tokens.slice(at))
  return { rest: trimmed(tokens.slice(0, at)), closing: readRow(tail, 0, from + tokens.indexOf(tail[0]!), { kind: 'jumpLine', jump }) }
}

/** The shortest title a teaser's pointer follows. */
const MIN_TEASER_TITLE = 4

/** What a teaser's title line may stand under: the page's furniture, another teaser, nothing — not a story's text. */
const TEXT_ROWS: ReadonlySet<Row['kind']> = new Set(['body', 'dateline', 'caption'])
/** What under a teaser's pointer goes on with the teaser: its text. */
const TEASER_TEXT: ReadonlySet<Row['kind']> = new Set(['body', 'caption'])

/**
 * A teaser's title and its pointer on one line (一起去看“雪” ●详见 3 版, …精彩纷呈(详见第3版)), as a
 * front page prints what stands inside: two rows, the title (a heading) and the jump line. The
 * pointer is set apart by a space, or by its mark or bracket, and is a teaser's (详见, 见, 请看: a
 * story's last line running into (下转第2版) is no title); the title reads as a heading. Only where
 * the line stands outside a story's text, and no summary under it continues the teaser: under a
 * paragraph, 附:考核结果(见第2版) points at an attachment; over text, the pointer stays on the title's line
 * (the teaser's text is under it, and its jump line would part them). The pointer alone on its line
 * closes the teaser (…火爆 / 见A2版, or under the teaser's text): a jump line where no text goes on under it.
 */
export const titlesWithPointers: Refinement = (rows) => {
  const read: Row[] = []
  rows.forEach((row, k) => {
    const [above, below] = [rows[k - 1], rows[k + 1]]
    // (A lead its dateline opens under it is the next story's, not the teaser's text.)
    const endsTeaser = below === undefined || !TEASER_TEXT.has(below.kind) || below.gap >= WIDE_GAP
    const isText = row.kind === 'heading' || row.kind === 'body'
    // The pointer alone on its line, closing the teaser's title or its text (…火爆 / 见A2版; …资源县八角寨景区。 / ●详见 3 版).
    const alone = isText && endsTeaser ? jumpLineOf(lineText(row.tokens)) : undefined
    if (alone?.teaser) {
      read.push({ ...readAs(row, 'jumpLine'), jump: alone })
      return
    }
    const outsideText = (above === undefined || !TEXT_ROWS.has(above.kind)) && endsTeaser
    const split = isText && outsideText ? pointerSplit(row.tokens) : undefined
    if (split === undefined) {
      read.push(row)
      return
    }
    const title = trimmed(row.tokens.slice(0, split.at))
    read.push(readRow(title, row.gap, row.from, { kind: 'heading' }), readRow(row.tokens.slice(split.at), 0, row.from + split.at, { kind: 'jumpLine', jump: split.jump }))
  })
  return read
}

/** Where a teaser's pointer starts on its title's line, and where it points; undefined for no such line. */
function pointerSplit(tokens: IToken[]): { at: number; jump: JumpInfo } | undefined {
  const t = trimmed(tokens)
  if (t.length === 0) return undefined
  const text = lineText(t)
  const m = TITLE_THEN_POINTER.exec(text)
  if (!m || !TEASER_WORDS.has(m[4]!)) return undefined
  const [, , space, pointer] = m as unknown as [string, string, string, string]
  if (space === '' && !SET_APART.test(pointer)) return undefined
  const at = partAt(tokens, t[0]!.startOffset - tokens[0]!.startOffset + text.length - pointer.length)
  if (at <= 0) return undefined
  const title = trimmed(tokens.slice(0, at))
  return printedLength(title) >= MIN_TEASER_TITLE && isHeadingLike(title) ? { at, jump: jumpInfo(m[4]!, m[5]!) } : undefined
}

function jumpLineNode(row: Row, { context: { runner, factory } }: Assembly): JumpLine {
  const node: JumpLine = { type: 'jumpLine', direction: row.jump!.direction, ...rowPhrase(row, runner, factory) }
  if (row.jump!.page !== undefined) node.page = row.jump!.page
  return node
}

export const placeJumpLine: Placer = (row, assembly) => {
  const jump = jumpLineNode(row, assembly)
  if (assembly.article && jump.direction === 'to' && jump.page !== undefined) assembly.article.continuedOn = jump.page
  assembly.addToPage(() => jump)
  if (jump.direction === 'from') assembly.continuedFrom = jump.page
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const JUMP_LINE_PATTERNS: readonly RegExp[] = [JUMP, TITLE_THEN_POINTER, SET_APART]
