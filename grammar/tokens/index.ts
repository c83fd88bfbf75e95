/**
 * The token vocabulary, assembled in lexer order: layout, extensions'
 * tokens, dates, list markers, trade words (longest first), punctuation,
 * then text.
 */
import { Lexer, createToken, tokenMatcher, type ILexingResult, type IToken, type TokenType } from 'chevrotain'
import type { Vocabulary } from '../vocabulary'
import { FIRST_HAN } from '../han'
import { RELATIVE_DATE_FIRST_CHARS, dateTokens } from './dates'
import { Newline, layoutTokens } from './spacing'
import { LIST_MARKER_FIRST_CHARS, listCategories, listTokens } from './lists'
import { HAN_BAR, RLenticular, RParen, RTortoise, punctuationCategories, punctuationTokens } from './punctuation'
import { createMatchTest, createScanner } from '../../src/speed/scanner'
import { Alnum, Other, createTextToken } from './text'
import { Role, createWordTokens, fixedWordTokens, wordCategories } from './words'

export * from './dates'
export * from './spacing'
export * from './lists'
export * from './punctuation'
export { Alnum, Other } from './text'
export * from './words'

/** All token types of one vocabulary, and the lexer built from them. */
export interface TokenSet {
  /** Every token type, categories included (what the parser is given). */
  all: TokenType[]
  /** The lexer's token types in matching order. */
  lexerOrder: TokenType[]
  /** The generated Han text-run token. */
  Text: TokenType
  lexer: Lexer
  /** The lexer's tokens for a text, by the faster scanner when it covers the token set. */
  tokenize(text: string): Pick<ILexingResult, 'tokens' | 'errors'>
}

/** Any token at all: what plain text is made of. */
export const AnyToken = createToken({ name: 'AnyToken', pattern: Lexer.NA })

/** Give every lexer token the AnyToken category (once; tokens are shared). */
function joinAnyToken(tokens: TokenType[]): void {
  for (const token of tokens) {
    const categories = (token.CATEGORIES ??= [])
    if (!categories.includes(AnyToken)) categories.push(AnyToken)
  }
}

/**
 * Whether the tokens read so far leave us inside a credit: a role (记者,
 * 编辑…) on this line, not closed by a bracket since. There a text run
 * keeps commas apart, as names glued together (孙辰茜潘洁,张三) are split
 * by the credit rules. Read incrementally, so a long line costs no more
 * than its tokens; `reset` after each tokenization lets go of its tokens.
 */
function creditTracker(): { inCredit: (tokens: IToken[]) => boolean; reset: () => void } {
  let seen: IToken[] | undefined
  let read = 0
  let inside = false
  const reset = () => {
    seen = undefined
    read = 0
    inside = false
  }
  const inCredit = (tokens: IToken[]) => {
    if (tokens !== seen || tokens.length < read) {
      reset()
      seen = tokens
    }
    for (; read < tokens.length; read++) {
      const token = tokens[read]!
      if (tokenMatcher(token, Role)) inside = true
      else if (tokenMatcher(token, Newline) || tokenMatcher(token, RParen) || tokenMatcher(token, RTortoise) || tokenMatcher(token, RLenticular)) inside = false
    }
    return inside
  }
  return { inCredit, reset }
}

/**
 * The token set of a vocabulary, plus extensions' own tokens, which the
 * lexer tries before every built-in token but line breaks and spacing
 * (give them the built-in categories, e.g. FlashSource, to join existing
 * conventions without new rules).
 */
export function createTokenSet(vocabulary: Vocabulary, extra: TokenType[] = []): TokenSet {
  const words = createWordTokens(vocabulary)
  const stopChars = new Set<string>(LIST_MARKER_FIRST_CHARS)
  // Text runs may stop before any word's first character (a literal Han first character of a pattern).
  for (const word of [...extra, ...words, ...fixedWordTokens]) {
    const firsts = word.PATTERN instanceof RegExp ? [word.PATTERN.source.charAt(0)] : (word.START_CHARS_HINT ?? [])
    for (const first of firsts) if (typeof first === 'string' && first >= FIRST_HAN) stopChars.add(first)
  }
  for (const ch of '电讯') stopChars.add(ch) // WireEnd's class
  stopChars.add('驻') // StationedRole's first character (驻京记者)
  stopChars.add(HAN_BAR) // Slash's bar, a Han character set between a role and its names (记者丨张三, 文丨张三)
  for (const ch of `〇零两廿卅${RELATIVE_DATE_FIRST_CHARS}`) stopChars.add(ch) // numerals and relative dates
  // Extension tokens first after layout, as documented (a cue 今天白天 wins
  // over the relative date 今天); vocabulary words before the fixed ones:
  // 本报讯 must win over 讯.
  const beforeText = [...layoutTokens, ...extra, ...dateTokens, ...listTokens, ...words, ...fixedWordTokens, ...punctuationTokens, Alnum]
  // A run crosses a stop character where none of the tokens before it matches.
  const credits = creditTracker()
  const Text = createTextToken(stopChars, createMatchTest(beforeText, new Set(words)), credits.inCredit)
  const lexerOrder = [...beforeText, Text, Other]
  joinAnyToken(lexerOrder)
  const buildLexer = () =>
    new Lexer(lexerOrder, {
      positionTracking: 'onlyOffset',
      ensureOptimizations: true,
      // The built-in patterns are validated by the tests; validating them again
      // (the Text class alone has hundreds of ranges) cost ~15 ms of cold start.
      // Extension tokens are new, so a set with any is validated.
      skipValidations: extra.length === 0,
    })
  // A word token matches only where a word of its group starts: its hint is exact.
  const scan = createScanner(lexerOrder, new Set(words))
  // The scanner reads the built-in set, so its lexer (~20 ms to build) is
  // made only when asked for; a set with extension tokens builds it at once,
  // so a broken token fails here.
  let lexer = scan && extra.length === 0 ? undefined : buildLexer()
  const lexerOf = () => (lexer ??= buildLexer())
  return {
    all: [...lexerOrder, AnyToken, ...punctuationCategories, ...listCategories, ...wordCategories],
    lexerOrder,
    Text,
    get lexer() {
      return lexerOf()
    },
    tokenize(text) {
      try {
        const tokens = scan?.(text)
        return tokens ? { tokens, errors: [] } : lexerOf().tokenize(text)
      } finally {
        credits.reset()
      }
    },
  }
}
