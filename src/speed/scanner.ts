/**
 * A scanner that gives exactly the tokens Chevrotain's lexer gives (the
 * first pattern, in lexer order, that matches at each offset), faster.
 * Chevrotain narrows the patterns to try by the next character's block of
 * 256 code points, and the Han blocks hold the first characters of many
 * words, so it tried ~10 patterns for each Han text run. This scanner keeps
 * one list per character: for a character that can only start Han text,
 * one pattern.
 *
 * It covers what the token sets use: regular expressions, custom patterns
 * with start-character hints, one lexer mode, no groups, no longer_alt.
 * For anything else `createScanner` answers undefined and the lexer is used.
 */
import { Lexer, type IToken, type TokenType } from 'chevrotain'
import { firstCharsOfRegExp, type Ranges } from './first-chars'

/** The image matched at `offset`, or null. */
type Match = (text: string, offset: number, tokens: IToken[]) => string | null

interface Candidate {
  tokenType: TokenType
  match: Match
  /** A custom pattern's payload for its last match. */
  payload?: unknown
}

export type Scan = (text: string) => IToken[] | undefined

/**
 * A custom pattern may also carry, under this key, a function saying only
 * where its match at an offset ends (-1: no match). The scanner calls that
 * and makes no exec array: for the text run, a third of the tokens.
 */
export const MATCH_END = Symbol('baozhi.matchEnd')
export type MatchEnd = (text: string, offset: number, tokens: IToken[]) => number

/**
 * A scanner for `tokenTypes` (in lexer order), or undefined when it cannot
 * give the lexer's tokens. `exactHints` names token types whose start-char
 * hints list exactly where they can match.
 */
export function createScanner(tokenTypes: TokenType[], exactHints: ReadonlySet<TokenType> = new Set()): Scan | undefined {
  const table = candidateTable(tokenTypes, exactHints)
  if (!table) return undefined

  return (text) => {
    const tokens: IToken[] = []
    let offset = 0
    while (offset < text.length) {
      const list = table(text.charCodeAt(offset))
      let found: IToken | undefined
      for (let k = 0; k < list.length; k++) {
        const candidate = list[k]!
        const image = candidate.match(text, offset, tokens)
        if (image === null) continue
        // A match of nothing would never advance: leave such patterns to the lexer.
        if (image.length === 0) return undefined
        const { tokenType } = candidate
        found = { image, startOffset: offset, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType } as IToken
        if (candidate.payload !== undefined) found.payload = candidate.payload
        break
      }
      // No pattern matched: the lexer reports the error its own way.
      if (!found) return undefined
      tokens.push(found)
      offset += found.image.length
    }
    return tokens
  }
}

/**
 * Whether any of `tokenTypes` matches at an offset (the same test the
 * scanner makes), or undefined when the scanner cannot read them.
 */
export function createMatchTest(tokenTypes: TokenType[], exactHints: ReadonlySet<TokenType> = new Set()): ((text: string, offset: number, tokens: IToken[]) => boolean) | undefined {
  const table = candidateTable(tokenTypes, exactHints)
  if (!table) return undefined
  return (text, offset, tokens) => {
    const list = table(text.charCodeAt(offset))
    for (let k = 0; k < list.length; k++) if (list[k]!.match(text, offset, tokens) !== null) return true
    return false
  }
}

/** For each UTF-16 code unit, the candidates that can start there; undefined for token sets the scanner cannot read. */
function candidateTable(tokenTypes: TokenType[], exactHints: ReadonlySet<TokenType>): CandidatesAt | undefined {
  const candidates: Array<{ candidate: Candidate; ranges: Ranges }> = []
  for (const tokenType of tokenTypes) {
    if (tokenType.PATTERN === Lexer.NA) continue
    if (tokenType.GROUP !== undefined || tokenType.PUSH_MODE !== undefined || tokenType.POP_MODE !== undefined) return undefined
    if (tokenType.LONGER_ALT !== undefined) return undefined
    const candidate: Candidate = { tokenType, match: () => null }
    const read = matcherOf(tokenType, candidate, exactHints.has(tokenType))
    if (!read) return undefined
    candidate.match = read.match
    candidates.push({ candidate, ranges: read.ranges })
  }
  return candidatesByChar(candidates)
}

/** How a token type's pattern is tried, and the characters it can start with. */
function matcherOf(tokenType: TokenType, candidate: Candidate, exactHint: boolean): { match: Match; ranges: Ranges } | undefined {
  const match = matchOf(tokenType, candidate)
  if (!match) return undefined
  // Where the lexer looks for the start characters, in its order: a string's
  // first character, a hint, a regular expression's first characters.
  const pattern = tokenType.PATTERN as unknown
  const hint = tokenType.START_CHARS_HINT
  let ranges: Ranges
  if (typeof pattern === 'string') ranges = [[pattern.charCodeAt(0), pattern.charCodeAt(0)]]
  else if (Array.isArray(hint)) ranges = hintRanges(hint, exactHint)
  else if (pattern instanceof RegExp) ranges = firstCharsOfRegExp(pattern)
  else return undefined
  return { match, ranges }
}

function matchOf(tokenType: TokenType, candidate: Candidate): Match | undefined {
  const pattern = tokenType.PATTERN as unknown
  if (pattern instanceof RegExp) {
    const single = singleCharacter(pattern)
    if (single !== undefined) {
      const code = single.charCodeAt(0)
      return (text, offset) => (text.charCodeAt(offset) === code ? single : null)
    }
    const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y')
    return (text, offset) => {
      sticky.lastIndex = offset
      return sticky.test(text) ? text.substring(offset, sticky.lastIndex) : null
    }
  }
  if (typeof pattern === 'string') {
    if (pattern.length === 0) return undefined
    return (text, offset) => (text.startsWith(pattern, offset) ? pattern : null)
  }
  const end = typeof pattern === 'function' ? (pattern as { [MATCH_END]?: MatchEnd })[MATCH_END] : undefined
  if (end) {
    return (text, offset, tokens) => {
      const at = end(text, offset, tokens)
      return at < 0 ? null : text.slice(offset, at)
    }
  }
  const exec = typeof pattern === 'function' ? pattern : (pattern as { exec?: unknown } | undefined)?.exec
  if (typeof exec !== 'function') return undefined
  const call = typeof pattern === 'function' ? exec : exec.bind(pattern)
  // The lexer's groups: none, as the scanner covers only token sets without them.
  const groups = {}
  return (text, offset, tokens) => {
    const m = call(text, offset, tokens, groups) as (RegExpExecArray & { payload?: unknown }) | null
    candidate.payload = m?.payload
    return m === null ? null : m[0]
  }
}

/**
 * The characters a hint lets the lexer try a pattern at. The lexer files
 * characters from 256 on in blocks of 255 and tries a hinted pattern on any
 * character of a hinted character's block, so a hint is widened the same
 * way — unless it is known to be exact (our vocabulary words).
 */
function hintRanges(hint: ReadonlyArray<string | number>, exact: boolean): Ranges {
  return hint.map((ch): [number, number] => {
    const code = typeof ch === 'number' ? ch : ch.charCodeAt(0)
    if (exact || code < 256) return [code, code]
    const block = Math.floor(code / 255)
    return [Math.max(256, block * 255), Math.min(0xffff, block * 255 + 254)]
  })
}

/** The one character a pattern such as /。/ or /\(/ matches, if that is all it matches. */
function singleCharacter(pattern: RegExp): string | undefined {
  if (pattern.flags.replace(/[gy]/g, '') !== '') return undefined
  const source = pattern.source
  if (source.length === 1 && !'.^$|?*+()[]{}\\'.includes(source)) return source
  if (source.length === 2 && source[0] === '\\' && /[^A-Za-z0-9]/.test(source[1]!)) return source[1]
  return undefined
}

/** The candidates that can start at a UTF-16 code unit, in lexer order. */
type CandidatesAt = (code: number) => Candidate[]

/**
 * Candidates by character, each character's list made the first time the
 * character is read: a page uses a few thousand of the 65 536, and building
 * them all was a third of the parser's construction time.
 */
function candidatesByChar(candidates: Array<{ candidate: Candidate; ranges: Ranges }>): CandidatesAt {
  const table: Array<Candidate[] | undefined> = new Array(0x10000)
  const listFor = (code: number) => {
    const list: Candidate[] = []
    for (const { candidate, ranges } of candidates) {
      if (ranges.some(([from, to]) => code >= from && code <= to)) list.push(candidate)
    }
    return (table[code] = list)
  }
  return (code) => table[code] ?? listFor(code)
}
