/**
 * The baozhi parser: one Chevrotain EmbeddedActionsParser whose rules are
 * defined by the files in grammar/rules/, one file per convention family
 * (the layout of prettier-java's java-parser). Rules build unist nodes
 * directly in their actions.
 *
 * The parser is applied to one unit at a time — a line to classify it, a
 * paragraph to read its inline conventions — by setting `input` and calling
 * a rule. src/assemble decides which units exist, walking the page's lines
 * through the constructs of grammar/constructs/.
 */
import {
  EarlyExitException,
  EmbeddedActionsParser,
  NoViableAltException,
  type DSLMethodOpts,
  type DSLMethodOptsWithErr,
  type IOrAlt,
  type IToken,
  type OrMethodOpts,
  type ParserMethod,
  type TokenType,
} from 'chevrotain'
import type { BookTitle, Credit, Dateline, DateNode, Inline, List, Signature } from '../src/types'
import type { Atom } from './rules/inline-nodes'
import type { NodeFactory } from './factory'
import { defineCreditRules } from './rules/credits'
import { defineDatelineRules } from './rules/datelines'
import { defineInlineRules } from './rules/inline'
import { defineListRules, type ListPlan } from './rules/lists'
import { defineSignatureRules } from './constructs/signature'
import type { TokenSet } from './tokens'

type Repeatable<T> = (() => T) | DSLMethodOpts<T>

/** The parts of Chevrotain's DSL the rule files use, made callable from them. */
export interface Dsl {
  RULE<F extends (...args: any[]) => any>(name: string, impl: F): ParserMethod<Parameters<F>, ReturnType<F>>
  CONSUME(t: TokenType): IToken
  CONSUME1(t: TokenType): IToken
  CONSUME2(t: TokenType): IToken
  CONSUME3(t: TokenType): IToken
  CONSUME4(t: TokenType): IToken
  CONSUME5(t: TokenType): IToken
  CONSUME6(t: TokenType): IToken
  CONSUME7(t: TokenType): IToken
  CONSUME8(t: TokenType): IToken
  CONSUME9(t: TokenType): IToken
  OPTION<T>(a: Repeatable<T>): T | undefined
  OPTION1<T>(a: Repeatable<T>): T | undefined
  OPTION2<T>(a: Repeatable<T>): T | undefined
  OPTION3<T>(a: Repeatable<T>): T | undefined
  OPTION4<T>(a: Repeatable<T>): T | undefined
  OPTION5<T>(a: Repeatable<T>): T | undefined
  OPTION6<T>(a: Repeatable<T>): T | undefined
  OPTION7<T>(a: Repeatable<T>): T | undefined
  OPTION8<T>(a: Repeatable<T>): T | undefined
  OPTION9<T>(a: Repeatable<T>): T | undefined
  MANY(a: Repeatable<unknown>): void
  MANY1(a: Repeatable<unknown>): void
  MANY2(a: Repeatable<unknown>): void
  MANY3(a: Repeatable<unknown>): void
  AT_LEAST_ONE(a: (() => unknown) | DSLMethodOptsWithErr<unknown>): void
  AT_LEAST_ONE1(a: (() => unknown) | DSLMethodOptsWithErr<unknown>): void
  AT_LEAST_ONE2(a: (() => unknown) | DSLMethodOptsWithErr<unknown>): void
  AT_LEAST_ONE3(a: (() => unknown) | DSLMethodOptsWithErr<unknown>): void
  AT_LEAST_ONE4(a: (() => unknown) | DSLMethodOptsWithErr<unknown>): void
  OR<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR1<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR2<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR3<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR4<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR5<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR6<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR7<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR8<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  OR9<T>(alts: IOrAlt<T>[] | OrMethodOpts<T>): T
  SUBRULE<T>(rule: ParserMethod<[], T>): T
  SUBRULE1<T>(rule: ParserMethod<[], T>): T
  SUBRULE2<T>(rule: ParserMethod<[], T>): T
  SUBRULE3<T>(rule: ParserMethod<[], T>): T
  OVERRIDE_RULE<F extends (...args: any[]) => any>(name: string, impl: F): ParserMethod<Parameters<F>, ReturnType<F>>
  ACTION<T>(impl: () => T): T
  LA(howMuch: number): IToken
  isBackTracking(): boolean
  BACKTRACK<T>(rule: ParserMethod<[], T>): () => boolean
}

/** A whole line read as one convention, or undefined when it is not one. */
export interface LineRules {
  /** 本版责编:鲁明强. */
  editorLine: ParserMethod<[], Credit[]>
  /** 本报记者 张建国. */
  byline: ParserMethod<[], Credit[]>
  /** 陈立希（新华社专稿）: a closing credit with its source; [] when the note names none. */
  sourcedCredit: ParserMethod<[], Credit[]>
  /** 李润芳摄: a photographer's credit alone on a line. */
  photoCredit: ParserMethod<[], Credit>
  photoAgency: ParserMethod<[], IToken>
  outletPrefix: ParserMethod<[], IToken[]>
}

/** Conventions inside a paragraph. */
export interface InlineRules {
  dateline: ParserMethod<[], Dateline>
  reporterCredit: ParserMethod<[], Credit>
  /** A reporter's credit, an outlet's name the vocabulary does not list before it (玉溪日报全媒体记者 熊长青). */
  outletReporterCredit: ParserMethod<[], Credit>
  /** A closing bracket's first reporter's credit, whatever is glued before its role read too (（新黄河记者 王五）). */
  leadingReporterCredit: ParserMethod<[], Credit>
  staffCredit: ParserMethod<[], Credit>
  bracketCredits: ParserMethod<[], Array<Credit | IToken>>
  names: ParserMethod<[], string[]>
  /** A name list standing for a credit with no role (■ 李 文, 本报讯（商闻）, 王曼倩 before a page citation). */
  bareCredit: ParserMethod<[], Credit>
  /** An outlet's name in one token before a reporter's role: 半岛 of 文/半岛记者, 聯合報 of 聯合報／記者王芳／台北報導. */
  outletName: ParserMethod<[], IToken>
  /** Names with what they made (郝勇君/文, 图/徐翔 牛红岩): the work is the role. */
  workCredit: ParserMethod<[afterCredit?: boolean], Credit>
  date: ParserMethod<[], DateNode>
  list: ParserMethod<[], List>
  signature: ParserMethod<[], Signature>
  /** One piece of phrasing: a date, a book title, or a token as text. */
  atom: ParserMethod<[], Atom>
  bookTitle: ParserMethod<[], BookTitle>
  /** A paragraph's content; a leading dateline only when `allowDateline`. */
  paragraph: ParserMethod<[], Inline[]>
  /** Content without dateline or lists: headlines, captions. */
  phrase: ParserMethod<[], Inline[]>
}

/** Per-unit state the rules read: set by `load` before each parse. */
export interface UnitContext {
  factory: NodeFactory
  /** Which list markers really open items in this unit. */
  lists: ListPlan
  /** 《 marks whose 》 follows in this unit. */
  bookTitles: Set<IToken>
  /** Whether the unit may open with a dateline. */
  allowDateline: boolean
  /** Report an uncertain reading (normalized offsets). */
  warn(code: string, message: string, start: number, end: number): void
}

/**
 * The parser as an extension's rules see it: the DSL, the built-in rules
 * (to call with SUBRULE or replace with OVERRIDE_RULE), and room for the
 * rules it adds (`$.weather = $.RULE('weather', …)`).
 */
export type ExtensionDsl = Dsl & BaozhiParser & Record<string, any>

/**
 * An extension's rules, defined on the parser being built (java-parser's
 * `defineRules($, t)`): several compose into one parser, analysed once.
 */
export type ExtensionRules = ($: ExtensionDsl, tokens: TokenSet) => void

export interface ParserOptions {
  /** Run Chevrotain's grammar validations (default: when there are extension rules or a subclass). */
  validate?: boolean
  /** Extensions' rules, defined after the built-in ones, before the analysis. */
  rules?: ExtensionRules[]
}

export class BaozhiParser extends EmbeddedActionsParser {
  readonly tokens: TokenSet
  ctx: UnitContext = {
    factory: { position: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }), source: () => '' },
    lists: new Map(),
    bookTitles: new Set(),
    allowDateline: false,
    warn: () => {},
  }

  constructor(tokens: TokenSet, options: ParserOptions = {}) {
    // Extensions (rules or subclasses) are validated by default: their rules are new.
    const extended = new.target !== BaozhiParser || (options.rules?.length ?? 0) > 0
    super(tokens.all, { maxLookahead: 2, skipValidations: !(options.validate ?? extended) })
    this.tokens = tokens
    const $ = this as unknown as ExtensionDsl
    defineCreditRules($, tokens)
    defineDatelineRules($, tokens)
    defineListRules($, tokens)
    defineInlineRules($, tokens)
    defineSignatureRules($, tokens)
    for (const define of options.rules ?? []) define($, tokens)
    // Grammar inheritance: Chevrotain allows no RULE after the analysis, so
    // a subclass adds or overrides its rules and then calls
    // this.performSelfAnalysis() itself, at the end of its constructor.
    if (new.target === BaozhiParser) this.performSelfAnalysis()
  }

  /*
   * Chevrotain words its errors by computing every token path the failed
   * alternative could have taken. Our speculative parses (line
   * classification, BACKTRACK gates) fail constantly and never show their
   * messages, and with AnyToken covering every token those paths are most of
   * the parse time; so the same exceptions are raised with a short message.
   */
  raiseNoAltException(_occurrence: number, _messages: unknown): never {
    const self = this as unknown as { SAVE_ERROR(e: Error): Error; getCurrRuleFullName(): string }
    throw self.SAVE_ERROR(new NoViableAltException(`no ${self.getCurrRuleFullName()} here`, this.LA(1), this.LA(0)))
  }

  raiseEarlyExitException(_occurrence: number, _prodType: unknown, _message: unknown): never {
    const self = this as unknown as { SAVE_ERROR(e: Error): Error; getCurrRuleFullName(): string }
    throw self.SAVE_ERROR(new EarlyExitException(`${self.getCurrRuleFullName()} expected more`, this.LA(1), this.LA(0)))
  }

  /** The last token the last rule consumed (to go on from it without the parser). */
  lastConsumed(): IToken {
    return this.LA(0)
  }

  /** Point the parser at a new unit of tokens. */
  load(input: IToken[], ctx: UnitContext): void {
    this.ctx = ctx
    this.input = input
  }
}

export interface BaozhiParser extends LineRules, InlineRules {}
