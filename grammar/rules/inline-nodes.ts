/**
 * Turning what a rule consumed into inline nodes without losing a
 * character: plain tokens merge into `text`, line breaks that layout put
 * inside a paragraph become `layoutBreak`, and gaps between structured
 * children are filled with `text`.
 */
import type { IToken } from 'chevrotain'
import type { BookTitle, DateNode, Inline, LayoutBreak, Node, Text } from '../../src/types'
import { endOf, startOf, type NodeFactory } from '../factory'
import { DatelineDate, RelativeDate } from '../tokens'
import { WIRE_DATE_CLOSE } from '../tokens/dates'
import { readDate } from './dates'

/** What a rule collects: finished nodes, or tokens still to become text. */
export type Atom = Inline | IToken

const isToken = (atom: Atom | Node): atom is IToken => 'tokenType' in atom
const isNewline = (token: IToken) => token.tokenType.name === 'Newline'
const isSpace = (token: IToken) => token.tokenType.name === 'Space'

export function textNode(start: number, end: number, factory: NodeFactory): Text {
  return { type: 'text', value: factory.source(start, end), position: factory.position(start, end) }
}

function breakNode(start: number, end: number, factory: NodeFactory): LayoutBreak {
  return { type: 'layoutBreak', value: factory.source(start, end), position: factory.position(start, end) }
}

/** Merge runs of tokens into text and layout breaks; keep nodes as they are. */
export function toInlines(atoms: Atom[], factory: NodeFactory): Inline[] {
  const out: Inline[] = []
  let i = 0
  while (i < atoms.length) {
    const atom = atoms[i]!
    if (!isToken(atom)) {
      out.push(atom)
      const rest = wireClose(atom, factory)
      if (rest) out.push(rest)
      i++
      continue
    }
    let j = i + 1
    while (j < atoms.length && isToken(atoms[j]!)) j++
    tokensToInlines(atoms as IToken[], i, j, out, factory)
    i = j
  }
  return out
}

/**
 * The run of plain tokens `tokens[from..to)`, appended to `out`: a break is
 * a stretch of spaces and newlines holding a newline.
 */
export function tokensToInlines(tokens: IToken[], from: number, to: number, out: Inline[], factory: NodeFactory): void {
  let textStart = -1
  let i = from
  while (i < to) {
    const token = tokens[i]!
    if (isNewline(token) || isSpace(token)) {
      let j = i
      let hasNewline = false
      while (j < to && (isNewline(tokens[j]!) || isSpace(tokens[j]!))) {
        hasNewline ||= isNewline(tokens[j]!)
        j++
      }
      if (hasNewline) {
        if (textStart >= 0) out.push(textNode(textStart, startOf(token), factory))
        textStart = -1
        out.push(breakNode(startOf(token), endOf(tokens[j - 1]!), factory))
        i = j
        continue
      }
    }
    if (textStart < 0) textStart = startOf(token)
    i++
  }
  if (textStart >= 0) out.push(textNode(textStart, endOf(tokens[to - 1]!), factory))
}

/** Children for [start, end): the given nodes in order, gaps filled with text. */
export function fillGaps<T extends Node>(start: number, end: number, nodes: T[], factory: NodeFactory): Array<T | Text> {
  const out: Array<T | Text> = []
  let at = start
  for (const node of [...nodes].sort((a, b) => a.position!.start.offset! - b.position!.start.offset!)) {
    const from = node.position!.start.offset!
    if (from > at) out.push(textNode(at, from, factory))
    out.push(node)
    at = node.position!.end.offset!
  }
  if (end > at) out.push(textNode(at, end, factory))
  return out
}

/** How much of a date token is the date: all of it, or a wire date's without its closing word (12月4日 of 12月4日消息, 5月9日 of 5月9日电). */
const dateLength = (token: IToken): number => token.image.length - (token.tokenType === DatelineDate ? WIRE_DATE_CLOSE.exec(token.image)![0].length : 0)

/**
 * A date node for a Date, RelativeDate or DatelineDate token (a wire date's
 * first `length` characters: 5月9日 of 5月9日电, 12月4日 of 12月4日消息). Numbers are read from the normalized image
 * (５月 arrives as 5月); the value is as printed.
 */
export function dateNode(token: IToken, factory: NodeFactory, length = dateLength(token)): DateNode {
  const start = startOf(token)
  const value = factory.source(start, start + length)
  const position = factory.position(start, start + length)
  if (token.tokenType === RelativeDate) return { type: 'date', value, relative: token.image, position }
  const { raw: _raw, ...fields } = readDate(token.image.slice(0, length))
  const node: DateNode = { type: 'date', value, ...fields, position }
  if (length < token.image.length) wireCloseEnd.set(node, endOf(token))
  return node
}

/** Where the token of a date node read short ends (12月4日 of 12月4日消息). */
const wireCloseEnd = new WeakMap<Inline, number>()

/** A wire date read in a sentence (12月4日消息): its closing word, the text after the date node; undefined after any other node. */
export function wireClose(node: Inline, factory: NodeFactory): Text | undefined {
  const end = wireCloseEnd.get(node)
  return end === undefined ? undefined : textNode(node.position!.end.offset!, end, factory)
}

/** A book title from its marks and what stands between them. */
export function bookTitleNode(open: IToken, inner: IToken[], close: IToken, factory: NodeFactory): BookTitle {
  return {
    type: 'bookTitle',
    title: factory.source(endOf(open), startOf(close)),
    children: toInlines([open, ...inner, close], factory),
    position: factory.position(startOf(open), endOf(close)),
  }
}
