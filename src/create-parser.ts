/**
 * Building a parser for one vocabulary: tokens, lexer and Chevrotain parser
 * are constructed once (performSelfAnalysis is the expensive part) and
 * reused for every call of its parseIssue.
 */
import { EOF, type TokenType } from 'chevrotain'
import { BaozhiParser, type ExtensionRules } from '../grammar/parser'
import { createTokenSet, type TokenSet } from '../grammar/tokens'
import { defaultVocabulary, mergeVocabulary, type Vocabulary } from '../grammar/vocabulary'
import { configure, ExtensionError, type Extension } from './configure'
import { buildBlocks } from './assemble/assembler'
import { groupPages } from './assemble/pages'
import { createFactory, locate } from './assemble/positions'
import { createRuleRunner } from './assemble/rule-runner'
import { fallbackIssue, isUsersMistake } from './assemble/safety-net'
import { resolveDates } from './assemble/dates'
import { checkOptions, checkText, type CheckedOptions, type ParseOptions } from './options'
import { convertFields } from './assemble/fields'
import { normalize } from './normalize'
import type { Diagnostic, Issue } from './types'

export type { Extension, LineConstruct, LineConvention, Placement } from './configure'
export type { ParseOptions } from './options'

export interface CreateParserOptions {
  /**
   * Extensions (a county paper's 忻州在线讯, a staff role 值班主任, a
   * weather box…): `{ name, flashSources: […], tokens, rules, constructs }`.
   * Each is checked here; an error names the extension and what to fix.
   */
  extensions?: Extension[]
  /** Words to use instead of the built-in vocabulary (extensions are added to them). */
  vocabulary?: Vocabulary
  /**
   * Development checks: run Chevrotain's grammar validations at
   * construction even without extensions, and make a node an extension's
   * construct builds with an invalid position throw at parse time (without
   * it, the line is read by the built-in conventions and an
   * `extension-error` diagnostic says why). Off by default.
   */
  validate?: boolean
}

export interface Parser {
  parseIssue(text: string, options?: ParseOptions): Issue
}

export function createParser(options: CreateParserOptions = {}): Parser {
  const { extensions, constructs, tokens: extraTokens } = configure(options.extensions ?? [])
  const strict = options.validate ?? false
  const vocabulary = mergeVocabulary(options.vocabulary ?? defaultVocabulary, ...extensions)
  const tokens = buildTokenSet(vocabulary, extensions, extraTokens)
  const parser = buildParser(tokens, extensions, strict)

  return {
    parseIssue(text: string, options?: ParseOptions): Issue {
      // Checked before the safety net: a call that cannot mean anything fails at once.
      const input = checkText(text)
      const checked = checkOptions(options)
      try {
        return parse(input, checked)
      } catch (error) {
        if (isUsersMistake(error)) throw error
        return fallbackIssue(input, error)
      }
    },
  }

  function parse(input: string, options: CheckedOptions): Issue {
    const normalized = normalize(input, options.script)
    const diagnostics: Diagnostic[] = []
    const factory = createFactory(normalized, input)
    const lexed = tokens.tokenize(normalized.text)
    for (const error of lexed.errors) {
      diagnostics.push({
        code: 'lexer',
        message: error.message,
        position: factory.position(error.offset, error.offset + error.length),
      })
    }
    const runner = createRuleRunner(parser, factory, diagnostics)
    const children = groupPages(buildBlocks({
      text: normalized.text,
      tokens: lexed.tokens,
      runner,
      factory,
      diagnostics,
      furnitureWords: vocabulary,
      constructs,
      strict,
      column: normalized.column,
    }))
    const issue: Issue = {
      type: 'issue',
      children,
      data: { diagnostics, script: normalized.script },
      position: factory.position(0, normalized.text.length),
    }
    resolveDates(issue, options.issueDate)
    locate(issue, normalized, input)
    convertFields(issue, options.fields, normalized.script)
    return issue
  }
}

/**
 * The lexer with the extensions' tokens. Each extension's tokens are tried
 * alone first, so a broken one is named.
 */
function buildTokenSet(vocabulary: Vocabulary, extensions: Extension[], extra: TokenType[]): TokenSet {
  for (const extension of extensions) {
    if (!extension.tokens?.length) continue
    try {
      createTokenSet(vocabulary, extension.tokens)
    } catch (error) {
      throw new ExtensionError(extension.name, `its tokens cannot be lexed: ${(error as Error).message}`)
    }
  }
  return createTokenSet(vocabulary, extra)
}

/**
 * The one parser: the built-in rules, then every extension's `rules`
 * (composed, analysed once), or the one extension's parser class. Built
 * with Chevrotain's grammar validations whenever an extension brings
 * grammar, so a broken rule fails here, named, not on a user's data: each
 * extension's rules are analysed alone first, then all together.
 */
function buildParser(tokens: TokenSet, extensions: Extension[], validate: boolean): BaozhiParser {
  const withParser = extensions.filter((e) => e.parser !== undefined)
  const withRules = extensions.filter((e) => e.rules !== undefined)
  if (withParser.length > 1) {
    throw new Error(`baozhi: only one extension may bring a parser class (${withParser.map((e) => e.name).join(', ')} do); give each its rules as \`rules: ($, t) => { … }\`, which compose`)
  }
  if (withParser.length === 1 && withRules.length > 0) {
    throw new ExtensionError(withParser[0]!.name, `brings a parser class, which cannot take other extensions' rules (${withRules.map((e) => e.name).join(', ')}): give it as \`rules\` instead`)
  }
  const grammatical = extensions.filter((e) => e.parser !== undefined || e.rules !== undefined || e.tokens !== undefined)
  if (grammatical.length === 0 && !validate) return new BaozhiParser(tokens)
  const build = (rules: ExtensionRules[]) => {
    const Class = withParser[0]?.parser
    return withGroupBy(() => (Class ? new Class(tokens) : new BaozhiParser(tokens, { validate: true, rules })))
  }
  if (withRules.length > 1) for (const extension of withRules) attempt([extension], () => build([extension.rules!]))
  const parser = attempt(grammatical, () => build(withRules.map((e) => e.rules!)))
  const analysed = (parser as unknown as { selfAnalysisDone?: boolean }).selfAnalysisDone === true
  if (!analysed) {
    throw new ExtensionError(withParser[0]?.name ?? 'grammar', 'its parser class must call this.performSelfAnalysis() at the end of its constructor')
  }
  checkTokensListed(parser, tokens, extensions)
  return parser
}

/** Run a parser build, naming the extensions when it fails. */
function attempt<T>(extensions: Extension[], build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (error instanceof ExtensionError) throw error
    const names = extensions.map((e) => e.name).join(', ') || 'the built-in grammar'
    throw new Error(`baozhi: extension ${names} breaks the grammar: ${(error as Error).message}`)
  }
}

/** A grammar production, as Chevrotain's GAST holds it. */
interface Production {
  name?: string
  terminalType?: TokenType
  definition?: Production[]
}

/**
 * Every token a rule consumes must be one the lexer makes: a token used in
 * an extension's rule but listed in no extension's `tokens` would never
 * match, silently.
 */
function checkTokensListed(parser: BaozhiParser, tokens: TokenSet, extensions: Extension[]): void {
  const known = new Set<TokenType>([...tokens.all, EOF])
  const walk = (production: Production, rule: string) => {
    const token = production.terminalType
    if (token !== undefined && !known.has(token)) {
      const owners = extensions.filter((e) => e.rules !== undefined || e.parser !== undefined).map((e) => e.name)
      throw new ExtensionError(
        owners.join(', ') || 'grammar',
        `rule ${rule} consumes token ${token.name}, which is in no extension's tokens: add it to the extension's \`tokens\``,
      )
    }
    for (const child of production.definition ?? []) walk(child, rule)
  }
  for (const [name, rule] of Object.entries(parser.getGAstProductions() as Record<string, Production>)) walk(rule, name)
}

/** Object.groupBy, for Node versions that lack it (Node 20). */
export function groupBy<V, K extends PropertyKey>(items: Iterable<V>, key: (item: V, index: number) => K) {
  const groups: Partial<Record<K, V[]>> = Object.create(null)
  let index = 0
  for (const item of items) (groups[key(item, index++)] ??= []).push(item)
  return groups
}

/**
 * Chevrotain's grammar validations call Object.groupBy (Node >= 21). On
 * Node 20 it is lent for the duration of the validation only and removed
 * again, so users' globals are left as they were.
 */
function withGroupBy<T>(build: () => T): T {
  const object = Object as unknown as { groupBy?: unknown }
  if (typeof object.groupBy === 'function') return build()
  Object.defineProperty(Object, 'groupBy', { configurable: true, writable: true, value: groupBy })
  try {
    return build()
  } finally {
    delete object.groupBy
  }
}

let shared: Parser | undefined

/** The parser with the default vocabulary, built on first use. */
export function defaultParser(): Parser {
  return (shared ??= createParser())
}
