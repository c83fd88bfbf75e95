/**
 * Paragraph content: an optional dateline at the start, then lists, dates,
 * book titles and plain text. `phrase` is the same without dateline and
 * lists, for headlines and captions. (The closing signature is its own
 * construct: grammar/constructs/signature.ts.)
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { BookTitle, Dateline, DateNode, Inline } from '../../src/types'
import type { BaozhiParser, Dsl } from '../parser'
import {
  According,
  AnyToken,
  FlashSource,
  LBook,
  LLenticular,
  LParen,
  LTortoise,
  RBook,
  ReporterRole,
  Space,
  WireEnd,
  WireSource,
  type TokenSet,
} from '../tokens'
import { HAN_CLASS } from '../han'
import { TEXT_TOKEN } from '../tokens/text'

/** Tokens a dateline can open with: checked before the (costly) speculative parse. */
export const DATELINE_OPENERS = [FlashSource, WireSource, LLenticular, LParen, LTortoise, According, ReporterRole]

/** A paper's or site's name: a run of Han characters ending in 报 or 网 (法制晚报, 半岛都市报, 大洋网). */
const OUTLET_NAME = new RegExp(`^[${HAN_CLASS}]{1,10}(?:报|网)$`)

/**
 * Any paper's own report, named by the paper (法制晚报讯, 半岛都市报讯): a
 * text run naming an outlet, then 讯 — the family of 本报讯, not only the
 * papers the vocabulary lists.
 */
export function isOutletFlash(first: IToken | undefined, second: IToken | undefined): boolean {
  return (
    first !== undefined &&
    second !== undefined &&
    first.tokenType.name === TEXT_TOKEN &&
    second.image === '讯' &&
    tokenMatcher(second, WireEnd) &&
    OUTLET_NAME.test(first.image)
  )
}

/** Whether tokens start the way datelines do: an opener, or an outlet's name and 讯. */
export const startsDateline = (tokens: IToken[]): boolean =>
  (tokens[0] !== undefined && DATELINE_OPENERS.some((t) => tokenMatcher(tokens[0]!, t))) || isOutletFlash(tokens[0], tokens[1])
import { bookTitleNode, toInlines, type Atom } from './inline-nodes'

export function defineInlineRules($: Dsl & BaozhiParser, _t: TokenSet): void {
  const factory = () => $.ctx.factory

  /** One piece of phrasing: a date, a book title, or any token as text. */
  $.atom = $.RULE('atom', (): Atom =>
    $.OR({
      // Alternatives overlap (AnyToken covers all); gates and order decide.
      IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
      DEF: [
        { ALT: () => $.SUBRULE($.date) },
        { GATE: () => $.ctx.bookTitles.has($.LA(1)), ALT: () => $.SUBRULE($.bookTitle) },
        { ALT: () => $.CONSUME(AnyToken) },
      ],
    }),
  )

  /** 《…》 with its closing mark in the same unit. */
  $.bookTitle = $.RULE('bookTitle', (): BookTitle => {
    const open = $.CONSUME(LBook)
    const inner: IToken[] = []
    $.MANY({ GATE: () => $.LA(1).tokenType !== RBook, MAX_LOOKAHEAD: 1, DEF: () => inner.push($.CONSUME(AnyToken)) })
    const close = $.CONSUME(RBook)
    return $.ACTION(() => bookTitleNode(open, inner, close, factory()))
  })

  $.paragraph = $.RULE('paragraph', (): Inline[] => {
    const atoms: Atom[] = []
    let dateline: Dateline | undefined
    $.OPTION({
      // The gate decides (it parses the dateline ahead): Chevrotain's own
      // lookahead past the first token would refuse a dateline whose credit
      // bracket never closes (本报讯〔编辑 张三 报道), which the line's
      // classification read as one.
      MAX_LOOKAHEAD: 1,
      GATE: () =>
        $.ctx.allowDateline &&
        (DATELINE_OPENERS.some((t) => tokenMatcher($.LA(1), t)) || isOutletFlash($.LA(1), $.LA(2))) &&
        datelineAhead(),
      DEF: () => atoms.push((dateline = $.SUBRULE($.dateline))),
    })
    $.MANY({
      MAX_LOOKAHEAD: 1,
      DEF: () =>
      $.OR({
        IGNORE_AMBIGUITIES: true,
        MAX_LOOKAHEAD: 1,
        DEF: [
          { GATE: () => $.ctx.lists.get($.LA(1))?.first === true, ALT: () => atoms.push($.SUBRULE($.list)) },
          { ALT: () => atoms.push($.SUBRULE($.atom)) },
        ],
      }),
    })
    return $.ACTION(() => {
      if (dateline) dateFromLead(dateline, atoms)
      return toInlines(atoms, factory())
    })
  })
  const datelineAhead = $.BACKTRACK($.dateline).bind($)

  $.phrase = $.RULE('phrase', (): Inline[] => {
    const atoms: Atom[] = []
    $.MANY({ MAX_LOOKAHEAD: 1, DEF: () => atoms.push($.SUBRULE($.atom)) })
    return $.ACTION(() => toInlines(atoms, factory()))
  })
}

/** A dateline printed without a date takes the lead's date (see leadDate). */
export function dateFromLead(dateline: Dateline, atoms: Atom[]): void {
  if (dateline.date) return
  const lead = leadDate(atoms)
  if (!lead) return
  const { type: _type, value, position: _position, relative: _relative, ...numbers } = lead
  dateline.date = { ...numbers, raw: value }
}

/**
 * The story's date when the dateline has none: a date right after the
 * dateline (本报讯 (记者杨峰雷)5月9日,…; 昨日), spacing aside. A date later in
 * the lead (…武装人员１５日继续交火) dates what the sentence tells, not the
 * dateline.
 */
function leadDate(atoms: Atom[]): DateNode | undefined {
  let next = 1
  while (next < atoms.length && isSpaceAtom(atoms[next]!)) next++
  const first = atoms[next]
  return first && !('tokenType' in first) && first.type === 'date' ? first : undefined
}

const isSpaceAtom = (atom: Atom) => 'tokenType' in atom && tokenMatcher(atom, Space)

/** 《 marks that have their 》 later in the unit (so the rule can close them). */
export function planBookTitles(tokens: IToken[]): Set<IToken> {
  const openers = new Set<IToken>()
  let open: IToken | undefined
  for (const token of tokens) {
    if (token.tokenType === LBook) open = token
    else if (token.tokenType === RBook && open) {
      openers.add(open)
      open = undefined
    }
  }
  return openers
}
