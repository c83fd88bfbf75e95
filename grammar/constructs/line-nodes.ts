/**
 * What the nodes of whole lines share: a line as phrasing content, and a
 * credit line (byline, staff line) as its credits with the rest as text.
 */
import type { NodeFactory } from '../factory'
import { fillGaps } from '../rules/inline-nodes'
import type { Inline, Position } from '../../src/types'
import { end, start, type Row } from '../../src/assemble/row'
import type { RuleRunner } from '../../src/assemble/rule-runner'

/** A whole row as phrasing content, with its position: the body of most line nodes. */
export function rowPhrase(row: Row, runner: RuleRunner, factory: NodeFactory): { children: Inline[]; position: Position } {
  return { children: runner.inline(row.tokens, 'phrase'), position: factory.position(start(row.tokens), end(row.tokens)) }
}

/** A byline or editor line: its credits, the rest as text. */
export function creditLine<T extends 'byline' | 'editorLine'>(type: T, row: Row, factory: NodeFactory) {
  const from = start(row.tokens)
  const to = end(row.tokens)
  return { type, children: fillGaps(from, to, row.credits ?? [], factory), position: factory.position(from, to) }
}
