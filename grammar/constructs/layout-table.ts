/**
 * A page copied from a layout table: its lines end (or open) in the
 * table's cell borders, empty cells the copy kept.
 *
 *   中外记者昨日游大连 | ||
 *   | NEWS.SOHU.COM 2004年10月23日16:32 来源:云南日报 |
 *
 * Everything about the convention is here: the lines are read without
 * their empty cells (src/assemble/classify.ts asks where a line's content
 * lies), which are interface.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { Space } from '../tokens'

/** A table's cell border, as a page copied from a layout table prints it. */
const CELL_BORDER = '|'

const isBorderOrSpace = (token: IToken) => token.image === CELL_BORDER || tokenMatcher(token, Space)

/**
 * The part of a line inside its layout table's borders: a line copied
 * from a table (中外记者昨日游大连 | ||, | NEWS.SOHU.COM 2004年10月23日16:32 来源:云南日报 |)
 * is read without its empty cells, which are interface. A trailing run of
 * two borders or more is always a table's; one border, or borders opening
 * the line, only on a page copied from a table (tableCopy: one bar may be
 * text, 收入 |). Returns [from, to) of the content, the whole line when
 * there is none to part.
 */
export function withinBorders(tokens: IToken[], tableCopy: boolean): { from: number; to: number } {
  let to = tokens.length
  let borders = 0
  while (to > 0 && isBorderOrSpace(tokens[to - 1]!)) if (tokens[--to]!.image === CELL_BORDER) borders++
  if (to === 0 || borders < (tableCopy ? 1 : MIN_EMPTY_CELLS)) to = tokens.length
  // The run starts at its first border (a space before it is the line's).
  else while (tokenMatcher(tokens[to]!, Space)) to++
  let from = 0
  if (tableCopy && tokens[0]!.image === CELL_BORDER) {
    while (from < to && isBorderOrSpace(tokens[from]!)) from++
    if (from === to) from = 0
  }
  return { from, to }
}

/** The fewest borders of a run of empty cells (one bar may be text: 收入 |). */
const MIN_EMPTY_CELLS = 2
/** The fewest lines ending in a border that show a page was copied from a table. */
const TABLE_COPY_LINES = 3

/** Whether a page was copied from a layout table: several of its lines end in a cell border. */
export function copiedFromTable(lines: ReadonlyArray<{ readonly tokens: IToken[] }>): boolean {
  let bordered = 0
  for (const { tokens } of lines) {
    const last = tokens.findLast((token) => !tokenMatcher(token, Space))
    if (last?.image === CELL_BORDER && ++bordered >= TABLE_COPY_LINES) return true
  }
  return false
}
