/**
 * Jump lines: a story continued on another page.
 *
 *   (下转第2版) · 转第3版          the story goes on there: `direction: 'to'`
 *   (上接第一版) · 续第1版         the story comes from there: `direction: 'from'`
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
import type { Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { LineTest, Placer } from './construct'
import { rowPhrase } from './line-nodes'

/** Where a jump line sends the reader: on to a page, or back from one. */
export interface JumpInfo {
  direction: 'to' | 'from'
  page?: number
}

/** (下转第2版) · (上接第一版) · 转第3版 · (下转A3版): a page lettered by its section too */
const JUMP = new RegExp(`^\\(? ?(下转|上接|转|接|续) ?第? ?${LETTERED_PAGE} ?版 ?\\)?$`)

/** A jump line's direction and page. */
export function jumpLineOf(line: string): JumpInfo | undefined {
  const m = JUMP.exec(line.trim())
  if (!m) return undefined
  const info: JumpInfo = { direction: m[1] === '上接' || m[1] === '接' || m[1] === '续' ? 'from' : 'to' }
  const page = pageNumber(m[2]!)
  if (page !== undefined) info.page = page
  return info
}

export const readJumpLine: LineTest = ({ text }) => {
  const jump = jumpLineOf(text)
  return jump && { kind: 'jumpLine', jump }
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
export const JUMP_LINE_PATTERNS: readonly RegExp[] = [JUMP]
