/**
 * A story kept as a Markdown file, as archives and static sites keep them:
 * its front matter, its title as a heading, its rules.
 *
 *   ---                              the front matter opens at the file's top
 *   title: "6.9百萬人遊行後立會衝突…"    its fields: interface (the author's too: the story's
 *   author: "記者邢穎琦"                 byline stands under its title, and this one over it)
 *   tags:
 *     - "非法集結"
 *   ---                              and closes
 *   # 6.9百萬人遊行後立會衝突…           an ATX heading: its marks interface, its words the title
 *
 * Everything about the convention is here. Only at the file's top, before
 * any text, are `key: value` lines front matter; a heading needs a space
 * after its marks (#两会# is a hashtag, not a heading).
 */
import { lineText, partAt, readRow, type Row } from '../../src/assemble/row'
import { trimmed } from '../layout'
import type { LineTest } from './construct'

/** The front matter's fences: ---, ***, ___. */
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/
/** A front matter field's key and colon: title:, date:, original_url:. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_-]*:(?: |$)/
/** An item of a front matter field's list: - "非法集結". */
const LIST_ITEM = /^- /
/** An ATX heading's marks and the space after them: # , ## . */
const ATX_HEADING = /^#{1,6} +(?=\S)/

/** A line of front matter: a fence, a field, an item of a field's list. */
const frontMatterLine = (text: string): boolean => RULE.test(text) || FIELD.test(text) || LIST_ITEM.test(text)

/** Whether a row is front matter's, read as interface. */
const inFrontMatter = (row: Row): boolean => row.kind === 'chrome' && frontMatterLine(lineText(row.tokens).trim())

/**
 * A Markdown file's lines: the front matter's opening fence as the file's
 * first line, and each line of it under the fence, are interface; an ATX
 * heading's marks are interface and its words are read as the line they
 * are (the title).
 */
export const readMarkdownLine: LineTest = ({ tokens, text, from, gap, above, textAbove }) => {
  const line = text.trim()
  if (!textAbove && (above === undefined ? RULE.test(line) : inFrontMatter(above) && frontMatterLine(line))) return { kind: 'chrome' }
  const heading = ATX_HEADING.exec(line)
  if (!heading) return undefined
  const split = partAt(tokens, heading[0].length)
  if (split <= 0 || split >= tokens.length) return undefined
  return { label: readRow(tokens.slice(0, split), gap, from, { kind: 'chrome' }), rest: trimmed(tokens.slice(split)) }
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const MARKDOWN_PATTERNS: readonly RegExp[] = [RULE, FIELD, LIST_ITEM, ATX_HEADING]
