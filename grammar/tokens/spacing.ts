/** Tokens of the page's layout: line breaks and runs of spacing. */
import { createToken } from 'chevrotain'

/**
 * A line break: \n, \r\n, \r, and the line and paragraph separators (U+2028, U+2029) some
 * copies carry. (Positions count lines as unist does, by \n and \r only: src/assemble/positions.ts.)
 */
export const Newline = createToken({ name: 'Newline', pattern: /\r\n?|[\n\u2028\u2029]/, line_breaks: true })

/** A character that ends a line, as Newline reads them: for a look at the text between two tokens. */
export const LINE_END = /[\r\n\u2028\u2029]/

/** Where the last line break in `text` stands (its last character), or -1. */
export function lastLineEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (LINE_END.test(text[i]!)) return i
  return -1
}

/**
 * Spaces, tabs, ideographic spaces (indents, name padding), NBSP, zero-width characters, BOM,
 * and the form feed and vertical tab a PDF's text extraction leaves where a page ends (a scraper's
 * unescaped &nbsp; arrives decoded: src/normalize/entities.ts).
 */
export const Space = createToken({ name: 'Space', pattern: /[ \t\f\v\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/ })

export const layoutTokens = [Newline, Space]
