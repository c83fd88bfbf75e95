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
import type { JumpLine } from '../../src/types'
import { LETTERED_PAGE, pageNumber } from '../furniture'
import { readRow, type Row } from '../../src/assemble/row'
import { isHeadingLike, printedLength, trimmed } from '../layout'
import type { Assembly } from '../../src/assemble/assembly'
import type { LineTest, Placer } from './construct'
import { rowPhrase } from './line-nodes'

/** Where a jump line sends the reader: on to a page, or back from one. */
export interface JumpInfo {
  direction: 'to' | 'from'
  page?: number
  /** A teaser's pointer to its story (详见, 见, 请看): the title over it is the story's, its text on that page. */
  teaser?: boolean
}

/** The words that send the reader to another page: on (下转, 转), back (上接, 接, 续), or a teaser's to its story (详见, 见, 请看). */
const JUMP_WORDS = '下转|上接|转|接|续|详见|见|请看'
/** The words among them that point back to where the story came from. */
const FROM_WORDS: ReadonlySet<string> = new Set(['上接', '接', '续'])
/** The words among them that point from a teaser to its story. */
const TEASER_WORDS: ReadonlySet<string> = new Set(['详见', '见', '请看'])
/** A mark a pointer may be set off with: ●详见 3 版. */
const POINTER_MARK = '[●○■◆▲]'
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
  return jump && { kind: 'jumpLine', jump }
}

/** The shortest title a teaser's pointer follows. */
const MIN_TEASER_TITLE = 4

/**
 * A teaser's title and its pointer on one line (一起去看“雪” ●详见 3 版, …精彩纷呈(详见第3版)), as a
 * front page prints what stands inside: two rows, the title (a heading) and the jump line. The
 * pointer is set apart by a space, or by its mark or bracket, and is a teaser's (详见, 见, 请看: a
 * story's last line running into (下转第2版) is no title); the title reads as a heading (…活动详见第3版。
 * is text).
 */
export const readTitleWithPointer: LineTest = ({ tokens, text, from, gap }) => {
  const m = TITLE_THEN_POINTER.exec(text)
  if (!m || !TEASER_WORDS.has(m[4]!)) return undefined
  const [, , space, pointer] = m as unknown as [string, string, string, string]
  if (space === '' && !/^[●○■◆▲(（]/.test(pointer)) return undefined
  const at = tokens[0]!.startOffset + text.length - pointer.length
  const split = tokens.findIndex((token) => token.startOffset >= at)
  if (split <= 0 || tokens[split]!.startOffset !== at) return undefined
  const title = trimmed(tokens.slice(0, split))
  if (printedLength(title) < MIN_TEASER_TITLE || !isHeadingLike(title)) return undefined
  return {
    rows: [readRow(title, gap, from, { kind: 'heading' }), readRow(tokens.slice(split), 0, from + split, { kind: 'jumpLine', jump: jumpInfo(m[4]!, m[5]!) })],
  }
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
export const JUMP_LINE_PATTERNS: readonly RegExp[] = [JUMP, TITLE_THEN_POINTER]
