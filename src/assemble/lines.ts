/** Splitting a token stream into lines (line breaks are not part of a line). */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Line } from '../../grammar/layout'
import { Newline, Space } from '../../grammar/tokens'

/**
 * The lines that hold text, each with the number of blank ones before it:
 * blank lines are counted, not kept (a page copied double-spaced has as
 * many of them as lines of text).
 */
export function splitLines(tokens: IToken[]): Line[] {
  const lines: Line[] = []
  let first = 0
  let blank = true
  let gap = 0
  // Whether the last blank line held spacing: the indent of the line under it.
  let spacedBlank = false
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i]
    if (token === undefined || tokenMatcher(token, Newline)) {
      if (blank) {
        gap++
        spacedBlank = i > first
      } else {
        lines.push(gap > 0 && spacedBlank ? { tokens: tokens.slice(first, i), first, gap, indentAbove: true } : { tokens: tokens.slice(first, i), first, gap })
        gap = 0
      }
      first = i + 1
      blank = true
    } else if (!tokenMatcher(token, Space)) {
      blank = false
    }
  }
  return lines
}
