/** Tokens of the page's layout: line breaks and runs of spacing. */
import { createToken } from 'chevrotain'

/**
 * A line break: \n, \r\n, \r, and the line and paragraph separators (U+2028, U+2029) some
 * copies carry. (Positions count lines as unist does, by \n and \r only: src/assemble/positions.ts.)
 */
export const Newline = createToken({ name: 'Newline', pattern: /\r\n?|[\n\u2028\u2029]/, line_breaks: true })

/**
 * Spaces, tabs, ideographic spaces (indents, name padding), NBSP, zero-width characters, BOM,
 * the form feed and vertical tab a PDF's text extraction leaves where a page ends, and the
 * spacing entities a scraper left unescaped (&nbsp;, &#160;, &ensp;, &emsp;).
 */
export const Space = createToken({ name: 'Space', pattern: /(?:[ \t\f\v\u00a0\u3000\u200b-\u200d\u2060\ufeff]|&nbsp;|&#160;|&ensp;|&emsp;)+/ })

export const layoutTokens = [Newline, Space]
