/**
 * Positions. While parsing, nodes carry offsets into the normalized text
 * (what the lexer saw); `locate` then maps every offset back to the
 * original input once, and adds 1-based line and column.
 */
import type { Point } from 'unist'
import type { NodeFactory } from '../../grammar/factory'
import { LAYOUT_BREAK } from '../../grammar/layout'
import type { Normalized } from '../normalize'
import type { Diagnostic, Issue, LayoutBreak, Node, Text } from '../types'

/** The factory grammar actions use: normalized offsets, original characters. */
export function createFactory(normalized: Normalized, input: string): NodeFactory {
  return {
    position: (start, end) => ({ start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } }),
    source: (start, end) => input.slice(normalized.toOriginal(start), normalized.toOriginal(end)),
  }
}

/** Offset → line/column in the original input. */
export class Locator {
  private readonly lineStarts: number[] = [0]

  constructor(input: string) {
    for (let i = 0; i < input.length; i++) {
      const code = input.charCodeAt(i)
      if (code === 10 || (code === 13 && input.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1)
    }
  }

  point(offset: number): Point {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1, offset }
  }
}

/**
 * Map every node's and diagnostic's offsets to the original input. Points
 * are completed in place: the factory made them with line 0, and a point
 * shared by several positions (an article starts where its first child
 * does) is completed once.
 */
export function locate(tree: Issue, normalized: Normalized, input: string): void {
  const locator = new Locator(input)
  const fix = (point: Point) => {
    if (point.line !== 0) return
    const offset = normalized.toOriginal(point.offset!)
    const located = locator.point(offset)
    point.line = located.line
    point.column = located.column
    point.offset = offset
  }
  const walk = (node: Node) => {
    fix(node.position.start)
    fix(node.position.end)
    if (!('children' in node) || !Array.isArray(node.children)) return
    const children = node.children as Node[]
    for (const child of children) walk(child)
    // (On a hard-wrapped copy, the column's line breaks the lexer read past are layout breaks, as every other.)
    if (normalized.column && children.some(holdsBreak)) node.children = children.flatMap((child) => (holdsBreak(child) ? brokenText(child as Text, locator) : [child])) as never
  }
  for (const child of tree.children) walk(child)
  tree.position = { start: locator.point(0), end: locator.point(input.length) }
  for (const diagnostic of tree.data.diagnostics as Diagnostic[]) {
    fix(diagnostic.position.start)
    fix(diagnostic.position.end)
  }
}

/** Whether a node is text holding a line break: one the lexer read past on a hard-wrapped copy (src/normalize/unwrap.ts). */
const holdsBreak = (node: Node): boolean => node.type === 'text' && /[\r\n]/.test((node as Text).value)

/** A located text as text and the layout breaks inside it: …全 / ⏎ / 民健康…. */
function brokenText(text: Text, locator: Locator): Array<Text | LayoutBreak> {
  const out: Array<Text | LayoutBreak> = []
  const from = text.position.start.offset!
  const piece = <T extends Text | LayoutBreak>(type: T['type'], start: number, end: number) =>
    ({ type, value: text.value.slice(start, end), position: { start: locator.point(from + start), end: locator.point(from + end) } }) as T
  let at = 0
  for (const m of text.value.matchAll(LAYOUT_BREAK)) {
    if (m.index > at) out.push(piece<Text>('text', at, m.index))
    out.push(piece<LayoutBreak>('layoutBreak', m.index, m.index + m[0].length))
    at = m.index + m[0].length
  }
  if (at < text.value.length) out.push(piece<Text>('text', at, text.value.length))
  return out
}
