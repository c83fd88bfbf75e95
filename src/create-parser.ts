/**
 * Building a parser for one vocabulary: tokens, lexer and Chevrotain parser
 * are constructed once (performSelfAnalysis is the expensive part) and
 * reused for every call of its parseIssue.
 */
import type { TokenType } from 'chevrotain'
import { BaozhiParser } from '../grammar/parser'
import { createTokenSet, type TokenSet } from '../grammar/tokens'
import { defaultVocabulary, mergeVocabulary, type Vocabulary, type VocabularyUnit } from '../grammar/vocabulary'
import { buildBlocks } from './build/blocks'
import { groupPages } from './build/pages'
import { createFactory, locate } from './build/positions'
import { createUnits } from './build/units'
import { fallbackIssue } from './build/safety-net'
import { resolveDates } from './build/dates'
import { checkOptions, checkText, type CheckedOptions, type ParseOptions } from './options'
import { convertFields, type FieldScript } from './build/fields'
import { normalize } from './normalize'
import type { Diagnostic, Issue, Node } from './types'

/**
 * An extension: words to add to the built-in conventions (a vocabulary
 * unit), and optionally grammar — tokens, a parser subclass with new or
 * overridden rules, and line conventions that turn a whole line into a node.
 */
export interface Extension extends VocabularyUnit {
  /** Tokens the lexer tries before the built-in words. */
  tokens?: TokenType[]
  /**
   * A subclass of BaozhiParser that adds rules (this.RULE) or replaces them
   * (this.OVERRIDE_RULE), then calls this.performSelfAnalysis().
   */
  parser?: new (tokens: TokenSet) => BaozhiParser
  /**
   * Whole-line conventions, tried on every line before the built-in ones:
   * each runs a rule on the parser (already given the line's tokens) and
   * returns the node the line becomes. Inside an article it joins the
   * article; elsewhere it stands at the top level.
   */
  lines?: Array<(parser: BaozhiParser) => Node | undefined>
}

export type { ParseOptions } from './options'

export interface CreateParserOptions {
  /**
   * Extensions (a county paper's 忻州在线讯, a staff role 值班主任, a
   * weather box…): `{ name, flashSources: […], tokens, parser, lines }`.
   */
  extensions?: Extension[]
  /** Words to use instead of the built-in vocabulary (extensions are added to them). */
  vocabulary?: Vocabulary
  /**
   * Run Chevrotain's grammar validations at construction. Needs
   * `Object.groupBy` (Node >= 21); off by default.
   */
  validate?: boolean
}

export interface Parser {
  parseIssue(text: string, options?: ParseOptions): Issue
}

export function createParser(options: CreateParserOptions = {}): Parser {
  const extensions = options.extensions ?? []
  const vocabulary = mergeVocabulary(options.vocabulary ?? defaultVocabulary, ...extensions)
  const tokens = createTokenSet(vocabulary, extensions.flatMap((e) => e.tokens ?? []))
  const parser = buildParser(tokens, extensions, options.validate ?? false)
  const lines = extensions.flatMap((e) => e.lines ?? [])

  return {
    parseIssue(text: string, options?: ParseOptions): Issue {
      // Checked before the safety net: a call that cannot mean anything fails at once.
      const input = checkText(text)
      const checked = checkOptions(options)
      try {
        return parse(input, checked)
      } catch (error) {
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
    const units = createUnits(parser, factory, diagnostics)
    const children = groupPages(buildBlocks({
      text: normalized.text,
      tokens: lexed.tokens,
      units,
      factory,
      diagnostics,
      furnitureWords: vocabulary,
      conventions: lines,
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
 * The parser class of the extensions (at most one may bring one), built
 * with Chevrotain's grammar validations whenever an extension brings
 * grammar, so a broken rule fails here, named, not on a user's data.
 */
function buildParser(tokens: TokenSet, extensions: Extension[], validate: boolean): BaozhiParser {
  const grammatical = extensions.filter((e) => e.parser !== undefined || e.tokens !== undefined)
  const withParser = extensions.filter((e) => e.parser !== undefined)
  if (withParser.length > 1) {
    throw new Error(`baozhi: only one extension may bring a parser class (${withParser.map((e) => e.name).join(', ')} do)`)
  }
  const Class = withParser[0]?.parser
  if (grammatical.length === 0 && !validate) return new BaozhiParser(tokens)
  try {
    return withGroupBy(() => (Class ? new Class(tokens) : new BaozhiParser(tokens, { validate: true })))
  } catch (error) {
    const names = grammatical.map((e) => e.name).join(', ') || 'the built-in grammar'
    throw new Error(`baozhi: extension ${names} breaks the grammar: ${(error as Error).message}`)
  }
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
