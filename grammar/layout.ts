/**
 * Line-level conventions: how a page's lines group into mastheads,
 * heading groups, bylines, paragraphs and captions. These are the
 * context-dependent decisions (is this short line a headline or the tail
 * of a broken paragraph?) that src/build/blocks.ts applies; each is named
 * after the convention it recognises.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import {
  CaptionCue,
  CaptionEnd,
  ClauseBreak,
  Dash,
  FullStop,
  LParen,
  Newline,
  Paper,
  RParen,
  RQuote,
  SentenceEnd,
  Space,
} from './tokens'

/** One line of the page, without its line break. */
export interface Line {
  /** 0-based line number. */
  index: number
  /** Tokens of the line, without the line break. */
  tokens: IToken[]
  /** Index of the line's first token in the unit's token stream. */
  first: number
  blank: boolean
}

const isLayout = (token: IToken) => tokenMatcher(token, Space) || tokenMatcher(token, Newline)

/** The line's tokens without leading and trailing spacing. */
export function trimmed(tokens: IToken[]): IToken[] {
  let from = 0
  let to = tokens.length
  while (from < to && isLayout(tokens[from]!)) from++
  while (to > from && isLayout(tokens[to - 1]!)) to--
  return tokens.slice(from, to)
}

/** Printed characters of a line, spacing excluded, counted in code points. */
export function printedLength(tokens: IToken[], limit = Infinity): number {
  let n = 0
  for (const token of tokens) {
    if (!tokenMatcher(token, Space)) n += codePoints(token.image)
    // Past `limit` the exact count does not matter to the caller.
    if (n > limit) return n
  }
  return n
}

/** Code points of a string, as `[...text].length` counts them, without iterating. */
function codePoints(text: string): number {
  let n = text.length
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/** Two or more blank lines: the gap e-paper copies leave between blocks. */
export const WIDE_GAP = 2

/**
 * A paragraph piece ends its paragraph when it closes a sentence: 。! ?,
 * possibly followed by a closing quote or bracket (…。” or …。(刘鑫林)).
 * Otherwise layout broke it and the next piece continues it
 * (…严禁一切野 / 外用火…).
 */
export function closesParagraph(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  for (let i = t.length - 1; i >= 0; i--) {
    const token = t[i]!
    if (tokenMatcher(token, SentenceEnd)) return true
    if (tokenMatcher(token, RQuote)) continue
    if (tokenMatcher(token, RParen)) {
      // (刘鑫林) after a full stop: look before the bracket.
      let j = i - 1
      while (j >= 0 && !tokenMatcher(t[j]!, LParen)) j--
      if (j < 0) return false
      i = j
      continue
    }
    return false
  }
  return false
}

/** Most headlines and subheadlines fit in this many characters. */
export const MAX_HEADING_LENGTH = 40

/**
 * A heading-like line: short, not a sentence (no 。), not ending in a
 * clause break (, ; : 、), not starting with punctuation that continues a
 * sentence. Whether it IS a heading depends on what follows (blocks.ts).
 */
export function isHeadingLike(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  if (t.length === 0) return false
  const length = printedLength(t, MAX_HEADING_LENGTH)
  if (length < 2 || length > MAX_HEADING_LENGTH) return false
  if (t.some((token) => tokenMatcher(token, FullStop))) return false
  const last = t.at(-1)!
  if (tokenMatcher(last, ClauseBreak) && !tokenMatcher(last, SentenceEnd) && last.image !== ':') return false
  if (last.image === '、') return false
  const first = t[0]!
  if (tokenMatcher(first, ClauseBreak) || first.image === '、') return false
  return true
}

/**
 * An intertitle (小标题) candidate: heading-like, and no clause inside
 * (no , or ;) unless it ends with —— (政策赋能，解开束缚转化的“细绳子”——).
 */
export function isIntertitleLike(tokens: IToken[]): boolean {
  if (!isHeadingLike(tokens)) return false
  const t = trimmed(tokens)
  if (tokenMatcher(t.at(-1)!, Dash)) return true
  return !t.some((token) => token.image === ',' || token.image === ';')
}

/** A masthead: the paper's name opens a short line that is not a sentence. */
export function mastheadPaper(tokens: IToken[]): IToken | undefined {
  const t = trimmed(tokens)
  const first = t[0]
  if (!first || !tokenMatcher(first, Paper)) return undefined
  // The name stands alone: 忻州日报社开展… is a headline about the paper.
  const next = t[1]
  if (next && !tokenMatcher(next, Space) && !tokenMatcher(next, ClauseBreak)) return undefined
  if (printedLength(t) > 30 || t.some((token) => tokenMatcher(token, SentenceEnd))) return undefined
  return first
}

/** A photo caption: 图为…, ▲…, …资料图片. */
export function isCaption(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  const first = t[0]
  const last = t.at(-1)
  return (first !== undefined && tokenMatcher(first, CaptionCue)) || (last !== undefined && tokenMatcher(last, CaptionEnd))
}

/** A kicker that is only a label (战况, 要闻速览) is at most this long. */
const MAX_LABEL_LENGTH = 5

/** Roles of the lines of a heading group, in reading order. */
export type HeadingRole = 'kicker' | 'headline' | 'subheadline'

/**
 * 引题 / 主题 / 副题. Plain text has no type sizes, so the order decides:
 * one line is the headline; a line opening with —— (——记…) is a
 * subheadline; a first line ending with —— or :, or a short label over a
 * line at least twice as long, is a kicker; otherwise two
 * lines are headline + subheadline and three are kicker + headline +
 * subheadline.
 */
export function headingRoles(lines: IToken[][]): HeadingRole[] {
  const opensWithDash = (t: IToken[]) => {
    const first = trimmed(t)[0]
    return first !== undefined && tokenMatcher(first, Dash)
  }
  const endsAsKicker = (t: IToken[]) => {
    const last = trimmed(t).at(-1)
    return last !== undefined && (tokenMatcher(last, Dash) || last.image === ':')
  }
  // A short label over a headline twice its length (战况 / 叙首都发生“前所未有”交火).
  const isLabel = (label: IToken[], under: IToken[]) =>
    printedLength(trimmed(label)) <= MAX_LABEL_LENGTH && 2 * printedLength(trimmed(label)) <= printedLength(trimmed(under))
  const roles: HeadingRole[] = lines.map(() => 'subheadline')
  let headline = 0
  if (
    lines.length >= 2 &&
    (endsAsKicker(lines[0]!) || isLabel(lines[0]!, lines[1]!) || (lines.length >= 3 && !opensWithDash(lines[1]!)))
  ) {
    roles[0] = 'kicker'
    headline = 1
  }
  roles[headline] = 'headline'
  return roles
}

/** A signature name: two to four characters, as names are. */
export function isSignatureName(name: string): boolean {
  const length = [...name].length
  return length >= 2 && length <= 4
}
