/**
 * A page reads the same however widely its copy spaced its lines: one more
 * blank line between every two lines of text (a web page's paragraphs each
 * followed by an empty one) changes no node, only the blank lines the tree
 * keeps as printed (src/assemble/lines.ts withUsualSpacing).
 *
 * The property holds for pages that set every paragraph apart already (one
 * blank line or more between most lines): on a page whose lines follow each
 * other, one blank line parts blocks, and the same page spaced out is a page
 * whose every line is a paragraph, which it then reads as. And for pages of
 * six lines of text or more: fewer are too few to tell spacing from gaps.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../src/index'
import type { Issue } from '../src/index'
import { fixturePages } from './helpers/fixture-pages.mjs'

/** One more blank line between every two lines: ⏎ → ⏎⏎, ⏎⏎ → ⏎⏎⏎. */
const spacedOut = (text: string): string => text.replace(/\r?\n/g, '\n').replace(/\n((?:[ \t\u3000]*\n)*)/g, (_, blanks: string) => `\n\n${blanks}`)

/** The tree without positions, with spacing read as spacing (the blank lines it keeps differ, as printed). */
function shape(tree: Issue): string {
  return JSON.stringify(tree, (key, value) => {
    if (key === 'position' || key === 'diagnostics') return undefined
    if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim()
    return value
  })
}

/** The lines of text of the page, and the median number of blank lines between two of them. */
function spacing(text: string): { lines: number; usualGap: number } {
  const gaps: number[] = []
  let blank = 0
  let seen = false
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (line.trim() === '') blank++
    else {
      if (seen) gaps.push(blank)
      seen = true
      blank = 0
    }
  }
  gaps.sort((a, b) => a - b)
  return { lines: seen ? gaps.length + 1 : 0, usualGap: gaps.length === 0 ? 0 : gaps[gaps.length >> 1]! }
}

describe('spacing', () => {
  it('reads every spaced fixture page spaced out once more as the page', () => {
    const pages = fixturePages().filter((page) => spacing(page.text).usualGap >= 1 && spacing(page.text).lines >= 6)
    expect(pages.length).toBeGreaterThan(200)
    const differ = pages.filter((page) => shape(parseIssue(spacedOut(page.text))) !== shape(parseIssue(page.text))).map((page) => page.name)
    expect(differ).toEqual([])
  })
})
