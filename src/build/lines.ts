/** Splitting a token stream into lines (line breaks are not part of a line). */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Line } from '../../grammar/layout'
import { Newline, Space } from '../../grammar/tokens'

export function splitLines(tokens: IToken[]): Line[] {
  const lines: Line[] = []
  let first = 0
  let blank = true
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i]
    if (token === undefined || tokenMatcher(token, Newline)) {
      lines.push({ index: lines.length, tokens: tokens.slice(first, i), first, blank })
      first = i + 1
      blank = true
    } else if (!tokenMatcher(token, Space)) {
      blank = false
    }
  }
  return lines
}
