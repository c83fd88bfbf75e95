/**
 * Datelines: the formula that opens a story.
 *   本报讯 (记者杨峰雷)        a flash source, then bracketed credits
 *   本报北京5月9日电(记者 X)   a wire source, a place, a date ending 电/讯
 * When the dateline has no date, the paragraph rule takes the lead's first
 * date (本报讯 5月10日上午,…) — see grammar/rules/inline.ts.
 */
import type { IToken } from 'chevrotain'
import type { Credit, Dateline, DateNode } from '../../src/types'
import { endOf, startOf } from '../factory'
import type { BaozhiParser, Dsl } from '../parser'
import { DateToken, DatelineDate, FlashSource, Space, WireSource, type TokenSet } from '../tokens'
import { readDate } from './dates'
import { fillGaps } from './inline-nodes'

export function defineDatelineRules($: Dsl & BaozhiParser, t: TokenSet): void {
  const factory = {
    position: (start: number, end: number) => $.ctx.factory.position(start, end),
    source: (start: number, end: number) => $.ctx.factory.source(start, end),
  }

  /** Optional space, then bracketed credits: used as a gate. */
  const bracketAfterSpace = $.RULE('bracketAfterSpace', () => {
    $.OPTION(() => $.CONSUME(Space))
    $.SUBRULE($.bracketCredits)
  })
  const bracketAhead = $.BACKTRACK(bracketAfterSpace).bind($)

  $.dateline = $.RULE('dateline', (): Dateline => {
    let sourceToken!: IToken
    let placeFirst: IToken | undefined
    let placeLast: IToken | undefined
    let dateToken: IToken | undefined
    let credits: Array<Credit | IToken> = []
    $.OR([
      { ALT: () => (sourceToken = $.CONSUME(FlashSource)) },
      {
        ALT: () => {
          sourceToken = $.CONSUME(WireSource)
          $.MANY(() => {
            placeLast = $.CONSUME(t.Text)
            placeFirst ??= placeLast
          })
          dateToken = $.CONSUME(DatelineDate)
        },
      },
    ])
    $.OPTION({
      GATE: bracketAhead,
      DEF: () => {
        $.OPTION1(() => $.CONSUME(Space))
        credits = $.SUBRULE($.bracketCredits)
      },
    })
    return $.ACTION(() => {
      const start = startOf(sourceToken)
      const last = credits.at(-1) ?? dateToken ?? sourceToken
      const end = 'tokenType' in last ? endOf(last) : last.position.end.offset!
      const parts: Array<Credit | DateNode> = credits.filter((p): p is Credit => !('tokenType' in p))
      const node: Dateline = {
        type: 'dateline',
        source: factory.source(startOf(sourceToken), endOf(sourceToken)),
        children: [],
        position: factory.position(start, end),
      }
      if (placeFirst && placeLast) node.place = factory.source(startOf(placeFirst), endOf(placeLast))
      if (dateToken) {
        // 5月9日电: the date node covers 5月9日, the 电 stays text.
        const dateEnd = endOf(dateToken) - 1
        const date = dateNode(dateToken, dateEnd)
        node.date = { ...readDate(dateToken.image), raw: date.value }
        parts.unshift(date)
      }
      node.children = fillGaps(start, end, parts, factory)
      return node
    })
  })

  $.date = $.RULE('date', (): DateNode => {
    const token = $.CONSUME(DateToken)
    return $.ACTION(() => dateNode(token, endOf(token)))
  })

  function dateNode(token: IToken, end: number): DateNode {
    const value = factory.source(startOf(token), end)
    // Read the numbers from the normalized image: ５月 arrives as 5月.
    const { raw: _raw, ...fields } = readDate(token.image.slice(0, end - startOf(token)))
    return { type: 'date', value, ...fields, position: factory.position(startOf(token), end) }
  }
}
