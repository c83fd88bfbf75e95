/**
 * Mastheads: the paper's name over the page.
 *
 *   忻州日报 · 玉溪日报 YUXI DAILY · 忻州日报 忻州在线      the name, alone or with its web name
 *
 * Where it stands: at the page's top, above any other line but page
 * headers; always at the top level (it closes any open article).
 * (A first line naming a paper the vocabulary does not know is read as a
 * page header where a date line or page line follows: grammar/furniture.ts.)
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Masthead } from '../../src/types'
import { printedLength, trimmed } from '../layout'
import { ClauseBreak, Paper, SentenceEnd, Space } from '../tokens'
import type { LineTest, Placer } from './construct'
import { rowPhrase } from './line-nodes'

/** The longest line a masthead is printed on. */
const MAX_MASTHEAD_LENGTH = 30

/** A masthead: the paper's name opens a short line that is not a sentence. */
export function mastheadPaper(tokens: IToken[]): IToken | undefined {
  const t = trimmed(tokens)
  const first = t[0]
  if (!first || !tokenMatcher(first, Paper)) return undefined
  // The name stands alone: 忻州日报社开展… is a headline about the paper.
  const next = t[1]
  if (next && !tokenMatcher(next, Space) && !tokenMatcher(next, ClauseBreak)) return undefined
  if (printedLength(t) > MAX_MASTHEAD_LENGTH || t.some((token) => tokenMatcher(token, SentenceEnd))) return undefined
  return first
}

export const readMasthead: LineTest = ({ tokens, pageTop }) => {
  const paper = pageTop ? mastheadPaper(tokens) : undefined
  return paper && { kind: 'masthead', paper }
}

export const placeMasthead: Placer = (row, assembly) => {
  const { factory, runner } = assembly.context
  assembly.addToPage(
    (): Masthead => ({
      type: 'masthead',
      paper: factory.source(row.paper!.startOffset, row.paper!.startOffset + row.paper!.image.length),
      ...rowPhrase(row, runner, factory),
    }),
  )
}
