/** Tokens of the page's layout: line breaks and runs of spacing. */
import { createToken } from 'chevrotain'

export const Newline = createToken({ name: 'Newline', pattern: /\r\n?|\n/, line_breaks: true })

/**
 * Spaces, tabs, ideographic spaces (indents, name padding), NBSP, zero-width characters, BOM,
 * and the form feed and vertical tab a PDF's text extraction leaves where a page ends.
 */
export const Space = createToken({ name: 'Space', pattern: /[ \t\f\v\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/ })

export const layoutTokens = [Newline, Space]
