/**
 * Running one grammar rule over one unit of tokens (a line, a paragraph),
 * with a fallback: a unit the rule cannot read still becomes text, and a
 * diagnostic says so. This is what makes parseIssue total.
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import type { NodeFactory } from '../../grammar/factory'
import { firstTokenTest } from '../speed/first-tokens'
import { BaozhiParser } from '../../grammar/parser'
import { BYLINE_OPENERS } from '../../grammar/rules/credits'
import { afterLeadBullet, dateFromLead, planBookTitles, startsDateline } from '../../grammar/rules/inline'
import { toInlines } from '../../grammar/rules/inline-nodes'
import { plainAtoms, plainInlines } from '../speed/plain'
import { planLists, type ListPlan } from '../../grammar/rules/lists'
import type { Dateline, Diagnostic, Inline } from '../types'

export interface RuleRunner {
  /**
   * The rule's result, or undefined when the tokens are not that convention.
   * With `prefix`, the rule need only match the start of the tokens.
   */
  attempt<T>(tokens: IToken[], rule: (parser: BaozhiParser) => T, prefix?: 'prefix'): T | undefined
  /** Whether the parser's rules are the built-in ones (no subclass may have changed them). */
  builtInGrammar: boolean
  /** Whether a unit starting with `token` could match the named rule (its FIRST set). */
  opens(rule: keyof BaozhiParser & string, token: IToken | undefined): boolean
  /**
   * Whether a dateline opens the tokens (the `dateline` rule matches a
   * prefix). Remembered per token run: a line, its paragraph and the
   * paragraph rule's gate ask about the same run.
   */
  datelineOpens(tokens: IToken[]): boolean
  /** Inline content of a paragraph (dateline and lists allowed) or a phrase. */
  inline(tokens: IToken[], kind: 'paragraph' | 'phrase'): Inline[]
}

/**
 * Run a parse with no stack traces captured: speculative parses fail by
 * throwing Chevrotain's recognition exceptions by the thousand, and
 * capturing a stack for each was the single most costly step.
 */
function withoutStackTraces<T>(parse: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return parse()
  } finally {
    Error.stackTraceLimit = limit
  }
}

type FirstTest = (token: IToken | undefined) => boolean

/** FIRST-set tests by rule name, kept with the parser (its grammar never changes). */
const firstTestsByParser = new WeakMap<BaozhiParser, Map<string, FirstTest>>()

function firstTestsOf(parser: BaozhiParser): Map<string, FirstTest> {
  let tests = firstTestsByParser.get(parser)
  if (!tests) firstTestsByParser.set(parser, (tests = new Map()))
  return tests
}

/** Built-in rules whose gates narrow their FIRST set further. */
const NARROWER_FIRST: Partial<Record<string, TokenType[]>> = { byline: BYLINE_OPENERS }

export function createRuleRunner(parser: BaozhiParser, factory: NodeFactory, diagnostics: Diagnostic[]): RuleRunner {
  const emptyPlan = new Map()
  const emptySet = new Set<IToken>()
  // Speculative parses (BACKTRACK gates, line classification) run actions
  // too; only the parse whose result is kept may report.
  let reporting = false
  const warn = (code: string, message: string, start: number, end: number) => {
    if (reporting && !(parser as unknown as { isBackTracking(): boolean }).isBackTracking()) {
      diagnostics.push({ code, message, position: factory.position(start, end) })
    }
  }

  const firstTests = firstTestsOf(parser)

  const builtInGrammar = Object.getPrototypeOf(parser) === BaozhiParser.prototype

  /**
   * A paragraph read as the `paragraph` rule reads it, the parser used only
   * for a dateline at its start.
   */
  const plainParagraph = (tokens: IToken[], lists: ListPlan, bookTitles: Set<IToken>, mayOpenDateline: boolean): Inline[] => {
    // (A bullet before the lead is the paragraph's mark, text before its dateline.)
    const lead = afterLeadBullet(tokens)
    const dateline = mayOpenDateline ? leadingDateline(lead, lists, bookTitles) : undefined
    const from = dateline ? tokens.indexOf(parser.lastConsumed()) + 1 : 0
    const mark = tokens.slice(0, tokens.length - lead.length)
    const atoms = plainAtoms(tokens, from, dateline ? [...mark, dateline] : [], lists, bookTitles, factory)
    if (dateline) dateFromLead(dateline, atoms)
    return toInlines(atoms, factory)
  }

  /** The paragraph's leading dateline, read by the `dateline` rule where it opens the paragraph (as `paragraph` reads it). */
  const leadingDateline = (tokens: IToken[], lists: ListPlan, bookTitles: Set<IToken>): Dateline | undefined => {
    if (!runner.datelineOpens(tokens)) return undefined
    parser.load(tokens, { factory, lists, bookTitles, allowDateline: true, warn })
    reporting = true
    const lead = withoutStackTraces(() => parser.dateline())
    reporting = false
    // (Only the rest of the paragraph is left unread.)
    return parser.errors.every((error) => error.name === 'NotAllInputParsedException') ? lead : undefined
  }

  /** Dateline answers by a run's first token: [last token, length, answer]. */
  const datelines = new Map<IToken, Array<[IToken, number, boolean]>>()

  const runner: RuleRunner = {
    builtInGrammar,

    datelineOpens(run) {
      // (A bullet before the lead is the paragraph's mark: the rule reads it so, grammar/rules/inline.ts.)
      const tokens = afterLeadBullet(run)
      const first = tokens[0]
      if (first === undefined) return false
      const last = tokens.at(-1)!
      // Runs of one token stream with the same ends and length are the same run.
      const known = datelines.get(first)?.find(([end, length]) => end === last && length === tokens.length)
      if (known) return known[2]
      const opens = runner.opens('dateline', first) && runner.attempt(tokens, (p) => p.dateline(), 'prefix') !== undefined
      const entries = datelines.get(first) ?? []
      entries.push([last, tokens.length, opens])
      datelines.set(first, entries)
      return opens
    },

    opens(rule, token) {
      let test = firstTests.get(rule)
      if (!test) {
        const production = parser.getGAstProductions()[rule]
        test = production ? firstTokenTest(production) : () => true
        firstTests.set(rule, test)
      }
      const narrower = builtInGrammar ? NARROWER_FIRST[rule] : undefined
      return test(token) && (!narrower || (token !== undefined && narrower.some((type) => tokenMatcher(token, type))))
    },

    attempt(tokens, rule, prefix) {
      parser.load(tokens, { factory, lists: emptyPlan, bookTitles: emptySet, allowDateline: false, warn })
      reporting = false
      const result = withoutStackTraces(() => rule(parser))
      const failed = parser.errors.some((error) => !(prefix && error.name === 'NotAllInputParsedException'))
      return failed ? undefined : result
    },

    inline(tokens, kind) {
      if (tokens.length === 0) return []
      const lists = kind === 'paragraph' ? planLists(tokens) : emptyPlan
      const bookTitles = planBookTitles(tokens)
      // Most units hold no dateline and no list: read them without the parser.
      const mayOpenDateline = kind === 'paragraph' && startsDateline(tokens)
      // Without the grammar's help only where the grammar is the built-in one:
      // a subclass may read dates or atoms its own way.
      if (builtInGrammar && lists.size === 0 && !mayOpenDateline) return plainInlines(tokens, bookTitles, factory)
      // With the built-in grammar, only a dateline needs the parser.
      if (builtInGrammar) return plainParagraph(tokens, lists, bookTitles, mayOpenDateline)
      parser.load(tokens, {
        factory,
        lists,
        bookTitles,
        allowDateline: kind === 'paragraph',
        warn,
      })
      reporting = true
      const result = withoutStackTraces(() => (kind === 'paragraph' ? parser.paragraph() : parser.phrase()))
      reporting = false
      if (parser.errors.length === 0 && result) return result
      const error = parser.errors[0]
      const start = tokens[0]!.startOffset
      const last = tokens.at(-1)!
      diagnostics.push({
        code: 'unparsed',
        message: `could not read this ${kind}'s conventions (${error?.message ?? 'no result'}); kept as text`,
        position: factory.position(start, last.startOffset + last.image.length),
      })
      return toInlines(tokens, factory)
    },
  }
  return runner
}
