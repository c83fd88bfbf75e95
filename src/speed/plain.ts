/**
 * Reading units without the parser, exactly as the built-in `paragraph`,
 * `list` and `atom` rules read them: dates and book titles are single
 * tokens or planned pairs, list items start at planned markers, so one pass
 * over the tokens suffices, without the parser's per-token overhead (most
 * of a page is plain text). A parser subclass may change those rules, so
 * the builder uses these only with the built-in grammar (and for units
 * with neither dateline nor list, which the rules leave to `atom`).
 */
import type { IToken } from 'chevrotain'
import type { Inline, ListItem } from '../types'
import type { NodeFactory } from '../../grammar/factory'
import { DateToken, DatelineDate, LBook, RBook, RelativeDate } from '../../grammar/tokens'
import { bookTitleNode, dateNode, tokensToInlines, wireClose, type Atom } from '../../grammar/rules/inline-nodes'
import { listItemNode, listNode, type ListPlan } from '../../grammar/rules/lists'

/** What the `atom` rule reads at `tokens[i]`, pushed to `atoms`; returns the index after it. */
function plainAtom(tokens: IToken[], i: number, atoms: Atom[], bookTitles: Set<IToken>, factory: NodeFactory): number {
  const token = tokens[i]!
  if (isDate(token)) {
    atoms.push(dateNode(token, factory))
  } else if (token.tokenType === LBook && bookTitles.has(token)) {
    let j = i + 1
    while (tokens[j]!.tokenType !== RBook) j++
    atoms.push(bookTitleNode(token, tokens.slice(i + 1, j), tokens[j]!, factory))
    return j + 1
  } else {
    atoms.push(token)
  }
  return i + 1
}

/** Whether the `date` rule reads the token: a date, a relative date, a wire date in a sentence. */
const isDate = (token: IToken) => token.tokenType === DateToken || token.tokenType === RelativeDate || token.tokenType === DatelineDate

/** Whether the `atom` rule reads a node (a date, a planned book title) at `token`, not the token itself. */
const opensNode = (token: IToken, bookTitles: Set<IToken>) => isDate(token) || (token.tokenType === LBook && bookTitles.has(token))

/** Phrasing of a unit with no dateline and no list: runs of plain tokens straight to text. */
export function plainInlines(tokens: IToken[], bookTitles: Set<IToken>, factory: NodeFactory): Inline[] {
  const out: Inline[] = []
  const node: Atom[] = []
  let run = 0
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]!
    if (!opensNode(token, bookTitles)) {
      i++
      continue
    }
    if (i > run) tokensToInlines(tokens, run, i, out, factory)
    node.length = 0
    i = plainAtom(tokens, i, node, bookTitles, factory)
    out.push(node[0] as Inline)
    const rest = wireClose(node[0] as Inline, factory)
    if (rest) out.push(rest)
    run = i
  }
  if (tokens.length > run) tokensToInlines(tokens, run, tokens.length, out, factory)
  return out
}

/**
 * What the `paragraph` rule reads from `tokens[from]` on (after its
 * dateline): lists where `lists` plans them, atoms elsewhere; appended to `atoms`.
 */
export function plainAtoms(tokens: IToken[], from: number, atoms: Atom[], lists: ListPlan, bookTitles: Set<IToken>, factory: NodeFactory): Atom[] {
  let i = from
  while (i < tokens.length) {
    if (lists.get(tokens[i]!)?.first !== true) {
      i = plainAtom(tokens, i, atoms, bookTitles, factory)
      continue
    }
    // A list: items while the markers ahead are planned for this list.
    const listId = lists.get(tokens[i]!)!.list
    const items: ListItem[] = []
    let style = ''
    while (i < tokens.length && lists.get(tokens[i]!)?.list === listId) {
      const marker = tokens[i]!
      const info = lists.get(marker)!
      style = info.style
      const content: Atom[] = [marker]
      i++
      while (i < tokens.length && lists.get(tokens[i]!) === undefined) i = plainAtom(tokens, i, content, bookTitles, factory)
      items.push(listItemNode(marker, content, info, factory))
    }
    atoms.push(listNode(style, items))
  }
  return atoms
}
