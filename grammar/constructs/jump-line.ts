/**
 * Jump lines: a story continued on another page.
 *
 *   (下转第2版) · 转第3版          the story goes on there: `direction: 'to'`
 *   (上接第一版) · 续第1版         the story comes from there: `direction: 'from'`
 *
 * The pattern is in grammar/furniture.ts; here is how the line is read,
 * placed and built.
 *
 * Where it stands: at the top level. A jump line to a page closes the
 * open article and records the page on it (`continuedOn`); after a jump
 * line from a page, the next article records that page (`continuedFrom`),
 * and text with no heading of its own is that continuation (paragraph.ts).
 */
import type { JumpLine } from '../../src/types'
import { jumpLineOf } from '../furniture'
import type { Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { LineTest, Placer } from './construct'
import { rowPhrase } from './line-nodes'

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
