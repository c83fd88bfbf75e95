/**
 * Extensions, checked and merged into one configuration, the way
 * mdast-util-from-markdown's `configure()` merges its extensions: words into
 * the vocabulary, tokens into the lexer, rules into the one parser, and
 * line constructs into the page builder.
 *
 * Everything that can be checked is checked here, when the parser is made,
 * and each error names the extension and says what to write instead: a
 * mistake in an extension must not surface later as a wrong tree.
 */
import type { TokenType } from 'chevrotain'
import { BaozhiParser, type ExtensionRules } from '../grammar/parser'
import { VOCABULARY_KEYS, type VocabularyUnit } from '../grammar/vocabulary'
import { foldWidth } from './normalize/width'
import { simplify } from './normalize/opencc'
import type { Node } from './types'
import type { TokenSet } from '../grammar/tokens'

/** Where the lines of an extension's construct may stand on a page. */
export type Placement =
  /** Among an article's heading lines (kicker, headline, subheadlines), before its body: a weather box under a headline. */
  | 'heading'
  /** In an article's body, between paragraphs; the article goes on after it. */
  | 'body'
  /** At an article's end: it joins the article and closes it (an end mark, a box of contacts). */
  | 'closing'
  /** At the page's top level, outside any article. */
  | 'top'

/** A whole-line convention: runs a rule on the parser (given the line's tokens) and returns the node the line becomes. */
export type LineConvention = (parser: BaozhiParser) => Node | undefined

/** A construct an extension brings: a whole-line convention, and where its lines may stand. */
export interface LineConstruct {
  /** Shown in diagnostics and errors, with the extension's name. */
  name: string
  /** Reads a whole line: the node it becomes, or undefined when the line is not this construct. */
  line: LineConvention
  /**
   * Where its lines may stand (default `['body', 'top']`: inside an article
   * it joins the article, elsewhere it stands at the top level). With
   * `'heading'` it may stand among a heading group's lines; with
   * `'closing'` it closes the article it ends.
   */
  standsIn?: Placement[]
}

/**
 * An extension: words to add to the built-in conventions (a vocabulary
 * unit), and optionally grammar — tokens, rules, and line constructs that
 * turn a whole line into a node.
 */
export interface Extension extends VocabularyUnit {
  /** Tokens the lexer tries before the built-in ones (after line breaks and spacing). */
  tokens?: TokenType[]
  /**
   * Rules to add or replace, defined on the parser being built (like
   * java-parser's `defineRules($, t)`): `$.RULE(name, impl)` adds one,
   * `$.OVERRIDE_RULE(name, impl)` replaces a built-in one. Several
   * extensions' rules compose into one parser; the grammar is analysed
   * once, after all of them.
   */
  rules?: ExtensionRules
  /**
   * A subclass of BaozhiParser that adds rules (this.RULE) or replaces them
   * (this.OVERRIDE_RULE), then calls this.performSelfAnalysis(). At most one
   * extension may bring one, and then no extension may bring `rules`:
   * prefer `rules`, which compose.
   */
  parser?: new (tokens: TokenSet) => BaozhiParser
  /** Whole-line conventions, as constructs that stand in the body or at the top level (see `constructs`). */
  lines?: LineConvention[]
  /** Whole-line constructs, with where their lines may stand. */
  constructs?: LineConstruct[]
}

/** A line construct with the name of the extension that brought it. */
export interface ConfiguredConstruct {
  name: string
  extension: string
  line: LineConvention
  standsIn: ReadonlySet<Placement>
}

const EXTENSION_KEYS = ['name', 'tokens', 'rules', 'parser', 'lines', 'constructs', ...VOCABULARY_KEYS] as const
const PLACEMENTS: readonly Placement[] = ['heading', 'body', 'closing', 'top']
const DEFAULT_PLACEMENT: readonly Placement[] = ['body', 'top']

/** An error about an extension, naming it. */
class ExtensionError extends Error {
  constructor(extension: string, message: string) {
    super(`baozhi: extension ${extension}: ${message}`)
    this.name = 'ExtensionError'
  }
}

/** The known key nearest to an unknown one (flashSource → flashSources), for the error's suggestion. */
function nearest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase()
  return known.find((k) => k.toLowerCase().startsWith(lower) || lower.startsWith(k.toLowerCase()))
}

/** Check one extension's shape, words and grammar parts; returns its name. */
function checkExtension(extension: unknown, index: number): string {
  if (typeof extension !== 'object' || extension === null) {
    throw new TypeError(`baozhi: extensions[${index}] must be an object such as { name: 'my-paper', flashSources: ['某某讯'] }`)
  }
  const given = extension as Record<string, unknown>
  if (typeof given.name !== 'string' || given.name.trim() === '') {
    throw new TypeError(`baozhi: extensions[${index}] needs a name (a non-empty string), shown in errors about it`)
  }
  const name = given.name
  for (const key of Object.keys(given)) {
    if ((EXTENSION_KEYS as readonly string[]).includes(key)) continue
    const hint = nearest(key, EXTENSION_KEYS)
    throw new ExtensionError(name, `unknown key '${key}'${hint ? `; did you mean '${hint}'?` : ''} (keys: ${EXTENSION_KEYS.join(', ')})`)
  }
  for (const key of VOCABULARY_KEYS) if (given[key] !== undefined) checkWords(name, key, given[key])
  if (given.tokens !== undefined && !(Array.isArray(given.tokens) && given.tokens.every(isTokenType))) {
    throw new ExtensionError(name, 'tokens must be an array of token types made with the createToken that baozhi exports')
  }
  if (given.rules !== undefined && typeof given.rules !== 'function') {
    throw new ExtensionError(name, 'rules must be a function ($, tokens) => { $.RULE(…) } that defines the extension’s rules')
  }
  const isParserClass = (c: unknown) => c === BaozhiParser || (typeof c === 'function' && c.prototype instanceof BaozhiParser)
  if (given.parser !== undefined && !isParserClass(given.parser)) {
    throw new ExtensionError(name, 'parser must be a class that extends BaozhiParser')
  }
  if (given.lines !== undefined && !(Array.isArray(given.lines) && given.lines.every((line) => typeof line === 'function'))) {
    throw new ExtensionError(name, 'lines must be an array of functions (parser) => node | undefined')
  }
  if (given.constructs !== undefined) checkConstructs(name, given.constructs)
  return name
}

/** Vocabulary words: strings, as the lexer sees text (simplified, ASCII digits and brackets). */
function checkWords(extension: string, key: string, words: unknown): void {
  if (!Array.isArray(words)) throw new ExtensionError(extension, `${key} must be an array of words, e.g. ${key}: ['某某']`)
  for (const word of words) {
    if (typeof word !== 'string' || word.trim() === '') {
      throw new ExtensionError(extension, `${key} holds ${typeof word === 'string' ? 'an empty word' : `${JSON.stringify(word)}, not a word`}: every word is a non-empty string`)
    }
    const folded = foldWidth(word)
    if (folded !== word) {
      throw new ExtensionError(extension, `${key}: write '${word}' as '${folded}' (words are matched against width-folded text: ASCII digits, brackets and colons)`)
    }
    const simplified = simplify(word)
    if (simplified !== word) {
      throw new ExtensionError(extension, `${key}: write '${word}' in simplified script, '${simplified}' (traditional input is read as simplified, so the word matches both)`)
    }
  }
}

function checkConstructs(extension: string, constructs: unknown): void {
  if (!Array.isArray(constructs)) throw new ExtensionError(extension, 'constructs must be an array of { name, line, standsIn? }')
  for (const construct of constructs as Array<Record<string, unknown>>) {
    if (typeof construct?.name !== 'string' || typeof construct.line !== 'function') {
      throw new ExtensionError(extension, 'each construct needs a name (string) and a line function (parser) => node | undefined')
    }
    const standsIn = construct.standsIn
    if (standsIn !== undefined && !(Array.isArray(standsIn) && standsIn.length > 0 && standsIn.every((p) => PLACEMENTS.includes(p)))) {
      throw new ExtensionError(extension, `construct ${construct.name}: standsIn must list one or more of ${PLACEMENTS.map((p) => `'${p}'`).join(', ')}`)
    }
  }
}

const isTokenType = (token: unknown): token is TokenType =>
  typeof token === 'function' || (typeof token === 'object' && token !== null && typeof (token as TokenType).name === 'string' && 'PATTERN' in token)

/** Check every extension and merge their parts (words are merged by the caller with the base vocabulary). */
export function configure(extensions: unknown): { extensions: Extension[]; constructs: ConfiguredConstruct[]; tokens: TokenType[] } {
  if (!Array.isArray(extensions)) throw new TypeError('baozhi: createParser({ extensions }) takes an array of extensions')
  const names = extensions.map(checkExtension)
  const duplicate = names.find((name, k) => names.indexOf(name) !== k)
  if (duplicate !== undefined) throw new ExtensionError(duplicate, 'two extensions have this name; give each its own')
  const list = extensions as Extension[]
  const constructs = list.flatMap((extension) => [
    ...(extension.lines ?? []).map((line, k) => ({ name: `lines[${k}]`, extension: extension.name, line, standsIn: new Set(DEFAULT_PLACEMENT) })),
    ...(extension.constructs ?? []).map((c) => ({ name: c.name, extension: extension.name, line: c.line, standsIn: new Set(c.standsIn ?? DEFAULT_PLACEMENT) })),
  ])
  return { extensions: list, constructs, tokens: list.flatMap((e) => e.tokens ?? []) }
}

export { ExtensionError }
