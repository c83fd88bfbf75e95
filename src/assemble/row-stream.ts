/**
 * The page's rows as the assembler reads them: one at a time, with
 * lookahead, the way a parser reads tokens (Chevrotain's LA(k)). A
 * construct that spans several rows (a heading group, a table, a run of
 * intertitle lines) takes them, so the assembler's loop never moves an
 * index itself.
 */
import type { Row } from './row'

export class RowStream {
  /** The current row's index. */
  private at = -1

  constructor(private readonly rows: readonly Row[]) {}

  /** The next row, now the current one; undefined at the page's end. */
  next(): Row | undefined {
    return this.rows[++this.at]
  }

  /** The row `ahead` rows after the current one (0: the current row, -1: the one before it). */
  peek(ahead = 1): Row | undefined {
    return this.rows[this.at + ahead]
  }

  /** Every row of the page (for a construct that reads the page once, ahead of placing). */
  all(): readonly Row[] {
    return this.rows
  }

  /** Takes the `count` rows after the current one (the rest of a construct that spans them): the last is now current. */
  take(count: number): Row[] {
    const taken = this.rows.slice(this.at + 1, this.at + 1 + count)
    this.at += taken.length
    return taken
  }
}
