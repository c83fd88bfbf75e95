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
  return withUsualSpacing(lines)
}

/**
 * A page copied with two blank lines or more between almost every two lines
 * of text (each paragraph of the web page followed by an empty one) sets
 * its paragraphs apart as others set them one blank line apart, and its
 * blocks wider still: its gaps are read less the spacing nearly every line
 * has, so that one blank line is a paragraph's and two a block's, as on
 * every other page (⏎⏎⏎ between paragraphs, ⏎⏎⏎⏎⏎ between stories → 1 and
 * 3). Not on a page of short stories whose titles stand one blank line over
 * their text and two under the story above: half its gaps are its blocks'.
 */
function withUsualSpacing(lines: Line[]): Line[] {
  const spacing = leastSpacing(lines) - 1
  if (spacing < 1) return lines
  return lines.map((line, k) => (k === 0 ? line : { ...line, gap: Math.max(0, line.gap - spacing) }))
}

/** Too few lines to tell a page's spacing from its blocks' gaps. */
const MIN_SPACED_LINES = 6

/** The share of a page's gaps that may be narrower than its spacing (a title's straight over its byline…). */
const NARROWER_SHARE = 2 / 5

/**
 * The fewest blank lines all but two in five of the gaps between lines of text have (NARROWER_SHARE); on a page too
 * short to tell that way, of three lines of text or more, the fewest every gap has (第A04版 / ⏎⏎ / 吴都路提升改造工程完工 /
 * ⏎⏎ / 近日,… : a page copied double-spaced, its title no block of its own).
 */
function leastSpacing(lines: Line[]): number {
  // (One gap alone tells nothing: a slogan two blank lines over the text is set apart as often as spaced.)
  if (lines.length < MIN_GAPS + 1) return 0
  const gaps = lines.slice(1).map((line) => line.gap).sort((a, b) => a - b)
  return lines.length < MIN_SPACED_LINES ? gaps[0]! : gaps[Math.floor(gaps.length * NARROWER_SHARE)]!
}

/** The fewest gaps a short page must show, all of them as wide, for their width to be its spacing. */
const MIN_GAPS = 2
