/**
 * Closing signatures: who wrote or filed the story, printed at its end.
 *
 *   …全力做好防控工作。(张晔)                  bracketed, after the last sentence
 *   （本报记者葛孟超、张文参与采写）            contributors
 *   （文/图 汪路勇） · （记者 赵敏）            with a role
 *   （編輯：方沛清）1140710                   Taiwan: an editor's, dated by an ROC date code
 *   ■記者蔡少玲                               a credit line after the body (closingCredit)
 *
 * Everything about the convention is here: the `signature` rule that reads
 * the bracket, how it is split off the paragraph it closes (and the ROC
 * date code with it), what a signature name looks like, and the node a
 * credit line after the body becomes.
 *
 * Where it stands: at an article's end, after its last paragraph; it
 * closes the article (only staff lines may follow it: article := …
 * signature? editorLine*). Outside an article the bracket stays text.
 * (Whole-line closing credits with a source, 陈立希（新华社专稿）, are read by
 * the credit rules' `sourcedCredit`; the page builder places them here.)
 */
import { EOF, tokenMatcher, type IToken } from 'chevrotain'
import type { Signature, Stamp } from '../../src/types'
import type { Row } from '../../src/assemble/classify'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { endOf, startOf, type NodeFactory } from '../factory'
import { trimmed } from '../layout'
import type { BaozhiParser, Dsl } from '../parser'
import { ROC_EPOCH } from '../rules/dates'
import { MAX_NAME, MIN_NAME } from '../names'
import { Contributed, LParen, RParen, RQuote, SentenceEnd, Space, type TokenSet } from '../tokens'

/** The longest bracket, in tokens, that is tried as a signature. */
const MAX_SIGNATURE_TOKENS = 16

export function defineSignatureRules($: Dsl & BaozhiParser, _t: TokenSet): void {
  /**
   * The closing credit at the end of a paragraph, in brackets:
   * (张晔), （本报记者葛孟超、张文参与采写）, （文/图 汪路勇）, （編輯：方沛清）.
   */
  $.signature = $.RULE('signature', (): Signature => {
    const open = $.CONSUME(LParen)
    $.OPTION(() => $.CONSUME(Space))
    let names: string[] = []
    let role: string | undefined
    $.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            const credit = $.SUBRULE($.staffCredit)
            $.ACTION(() => ({ names, role } = credit))
          },
        },
        {
          ALT: () => {
            const credit = $.SUBRULE($.reporterCredit)
            $.OPTION1(() => $.CONSUME(Contributed))
            $.ACTION(() => ({ names, role } = credit))
          },
        },
        { ALT: () => (names = $.SUBRULE($.names)) },
      ],
    })
    $.OPTION2(() => $.CONSUME1(Space))
    const close = $.CONSUME(RParen)
    $.OPTION3(() => $.CONSUME2(Space))
    $.CONSUME(EOF)
    return $.ACTION(() => {
      const f = $.ctx.factory
      const node: Signature = {
        type: 'signature',
        names,
        value: f.source(startOf(open), endOf(close)),
        position: f.position(startOf(open), endOf(close)),
      }
      if (role !== undefined) node.role = role
      return node
    })
  })
}

/** A signature name: two to four characters, as names are. */
export function isSignatureName(name: string): boolean {
  const length = [...name].length
  return length >= MIN_NAME && length <= MAX_NAME
}

/** The Central News Agency's closing date code: ROC year, month, day (1021029 = 2013-10-29). */
const ROC_DATE_CODE = /^(1[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$/

/**
 * The closing stamp of an article, split off its last paragraph: a
 * signature (刘鑫林) after the last sentence; Taiwan's date code after an
 * editor's signature is the signature's date (（編輯：方沛清）1140710), a bare
 * one after the last sentence is the page's publication stamp
 * (…潛力獎。1021029).
 */
export function splitSignature(
  range: IToken[],
  runner: RuleRunner,
  factory: NodeFactory,
): { body: IToken[]; signature?: Signature; stamp?: Stamp } {
  let t = trimmed(range)
  const code = t.at(-1)
  const before = t.at(-2)
  const m = code && before && (tokenMatcher(before, SentenceEnd) || tokenMatcher(before, RParen)) ? ROC_DATE_CODE.exec(code.image) : null
  if (!m || !code) return splitBracketed(t, runner)
  t = trimmed(t.slice(0, -1))
  const { body, signature } = splitBracketed(t, runner)
  const date = { year: Number(m[1]) + ROC_EPOCH, month: Number(m[2]), day: Number(m[3]), raw: factory.source(code.startOffset, endOf(code)) }
  if (!signature) {
    const stamp: Stamp = { type: 'stamp', date, children: runner.inline([code], 'phrase'), position: factory.position(code.startOffset, endOf(code)) }
    return { body: t, stamp }
  }
  const from = signature.position.start.offset!
  const dated: Signature = { ...signature, date, value: factory.source(from, endOf(code)), position: factory.position(from, endOf(code)) }
  return { body, signature: dated }
}

/** A closing signature in brackets (刘鑫林) after the last sentence. */
function splitBracketed(t: IToken[], runner: RuleRunner): { body: IToken[]; signature?: Signature } {
  const last = t.at(-1)
  if (!last || !tokenMatcher(last, RParen)) return { body: t }
  let open = t.length - 2
  while (open >= 0 && !tokenMatcher(t[open]!, LParen) && t.length - open < MAX_SIGNATURE_TOKENS) open--
  if (open < 0 || !tokenMatcher(t[open]!, LParen)) return { body: t }
  let before = open - 1
  while (before >= 0 && tokenMatcher(t[before]!, Space)) before--
  const previous = t[before]
  if (previous && !tokenMatcher(previous, SentenceEnd) && !tokenMatcher(previous, RQuote)) return { body: t }
  const signature = runner.attempt(t.slice(open), (p) => p.signature())
  if (!signature || !signature.names.every(isSignatureName)) return { body: t }
  return { body: trimmed(t.slice(0, open)), signature }
}

/** A credit line after an article's body, read as its signature: ■記者蔡少玲. */
export function closingCredit(row: Row, factory: NodeFactory): Signature {
  const [credit] = row.credits ?? []
  const from = startOf(row.tokens[0]!)
  const to = endOf(row.tokens.at(-1)!)
  const node: Signature = {
    type: 'signature',
    names: row.credits?.flatMap((c) => c.names) ?? [],
    value: factory.source(from, to),
    position: factory.position(from, to),
  }
  if (credit?.role !== undefined) node.role = credit.role
  return node
}
