/**
 * Line-level conventions: how a page's lines group into mastheads,
 * heading groups, bylines, paragraphs and captions. These are the
 * context-dependent decisions (is this short line a headline or the tail
 * of a broken paragraph?) that src/assemble/blocks.ts applies; each is named
 * after the convention it recognises.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import {
  ClauseBreak,
  Dash,
  FullStop,
  LLenticular,
  LParen,
  Newline,
  Paper,
  RLenticular,
  RParen,
  RQuote,
  Reported,
  SentenceEnd,
  Space,
} from './tokens'
import { HAN_WORD_CLASS } from './han'

/** One line of the page that holds text, without its line break. */
export interface Line {
  /** Tokens of the line, without the line break. */
  tokens: IToken[]
  /** Index of the line's first token in the unit's token stream. */
  first: number
  /** Blank lines (empty or spacing only) between this line and the previous one with text. */
  gap: number
}

const isLayout = (token: IToken) => tokenMatcher(token, Space) || tokenMatcher(token, Newline)

/** The line's tokens without leading and trailing spacing (the array itself when there is none). */
export function trimmed(tokens: IToken[]): IToken[] {
  let from = 0
  let to = tokens.length
  while (from < to && isLayout(tokens[from]!)) from++
  while (to > from && isLayout(tokens[to - 1]!)) to--
  // Most lines have nothing to trim: no copy for them (token arrays are never mutated).
  return from === 0 && to === tokens.length ? tokens : tokens.slice(from, to)
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

/** An ellipsis closes a sentence (…提供一站式服务总窗口……); a lone … may be a cut. */
const ELLIPSIS = /……$/

/** Tokens of a desk's credit closing a paragraph (本報 港聞部 報道). */
const MAX_DESK_CREDIT_TOKENS = 4

/**
 * A paragraph piece ends its paragraph when it closes a sentence: 。! ?,
 * or ……, possibly followed by a closing quote or bracket (…。” or …。(刘鑫林)), or
 * by a desk's credit after a space (…60毫米。 本報港聞部報道).
 * Otherwise layout broke it and the next piece continues it
 * (…严禁一切野 / 外用火…).
 */
export function closesParagraph(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  if (signedByEditors(t)) return true
  let last = t.length - 1
  if (last >= 0 && tokenMatcher(t[last]!, Reported)) {
    // Back over a short credit to the space that sets it apart.
    const space = t.findLastIndex((token, k) => k >= last - MAX_DESK_CREDIT_TOKENS && tokenMatcher(token, Space))
    if (space > 0) last = space - 1
  }
  for (let i = last; i >= 0; i--) {
    const token = t[i]!
    // (An ellipsis may come as one token or as one per character.)
    if (tokenMatcher(token, SentenceEnd) || ELLIPSIS.test((t[i - 1]?.image ?? '') + token.image)) return true
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
  // (A text run may hold a comma: see tokens/text.ts.)
  return !t.some((token) => token.image === ';' || token.image.includes(','))
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
 * subheadline; of two lines, the one a column tag closes (…（专题深思）)
 * is the headline, the other its kicker. Two conventions come first: a topic tag alone on its line
 * (【板前糾紛】) is the kicker wherever it is printed, and a web repost's
 * title restated by the print headline under it is the headline, the print
 * lines its subheadlines (a short column label among them the kicker).
 */
export function headingRoles(lines: IToken[][]): HeadingRole[] {
  const roles: HeadingRole[] = lines.map(() => 'subheadline')
  const tag = lines.length > 1 ? lines.findIndex(isTopicTag) : -1
  if (tag >= 0) roles[tag] = 'kicker'
  const rest = lines.map((_, k) => k).filter((k) => k !== tag)
  const [first, second] = rest
  if (first !== undefined && second !== undefined && restates(lines[second]!, lines[first]!)) {
    roles[first] = 'headline'
    const last = rest.at(-1)!
    if (tag < 0 && rest.length >= 3 && isLabel(lines[last]!, lines[first]!)) roles[last] = 'kicker'
    return roles
  }
  let headline = first ?? 0
  if (tag < 0 && lines.length === 2 && endsWithColumnTag(lines[1]!) && !endsWithColumnTag(lines[0]!)) {
    // 夯实全面依法治国的社会基础 / 让普法更加精准高效（专题深思）: the desk's
    // column tag closes the headline; the line over it is its kicker.
    roles[0] = 'kicker'
    roles[1] = 'headline'
    return roles
  }
  if (
    tag < 0 &&
    lines.length >= 2 &&
    (endsAsKicker(lines[0]!) || isLabel(lines[0]!, lines[1]!) || (lines.length >= 3 && !opensWithDash(lines[1]!)))
  ) {
    roles[0] = 'kicker'
    headline = 1
  }
  roles[headline] = 'headline'
  return roles
}

/** Whether a column tag closes the line (…（专题深思）). */
const endsWithColumnTag = (t: IToken[]) => {
  const span = columnTagSpan(t)
  return span !== undefined && span.to === t.lastIndexOf(trimmed(t).at(-1)!) + 1
}

const opensWithDash = (t: IToken[]) => {
  const first = trimmed(t)[0]
  return first !== undefined && tokenMatcher(first, Dash)
}

const endsAsKicker = (t: IToken[]) => {
  const last = trimmed(t).at(-1)
  return last !== undefined && (tokenMatcher(last, Dash) || last.image === ':')
}

/** A short label over a headline twice its length (战况 / 叙首都发生“前所未有”交火). */
export const isLabel = (label: IToken[], headline: IToken[]): boolean =>
  printedLength(trimmed(label)) <= MAX_LABEL_LENGTH && 2 * printedLength(trimmed(label)) <= printedLength(trimmed(headline))

/** 【板前糾紛】: a topic tag, the whole line in lenticular brackets. */
function isTopicTag(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  return (
    t.length >= 3 &&
    tokenMatcher(t[0]!, LLenticular) &&
    tokenMatcher(t.at(-1)!, RLenticular) &&
    !t.slice(1, -1).some((token) => tokenMatcher(token, LLenticular) || tokenMatcher(token, RLenticular))
  )
}

/** The shortest shared opening that makes one title a restatement of another. */
const MIN_RESTATED = 4

/**
 * Whether `print` restates `title`: they open alike for most of the shorter
 * one (杭州地铁应对暴雨有预案　误１５分钟… / 杭州地铁应对暴雨有详细预案).
 */
function restates(print: IToken[], title: IToken[]): boolean {
  // By code point, so an astral character counts once.
  const a = [...compactText(print)]
  const b = [...compactText(title)]
  let shared = 0
  while (shared < a.length && a[shared] === b[shared]) shared++
  return shared >= MIN_RESTATED && shared >= 0.6 * Math.min(a.length, b.length)
}

/**
 * An editor's note: opened by 编者按 (【编者按】, 编者按：) or signed
 * ——编者 at its end (——编  者, padded for typesetting).
 */
export function isEditorsNote(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  return /^【?编者按/.test(compactText(t.slice(0, 4))) || signedByEditors(t)
}

/** …——编  者 at the end of trimmed tokens (the text is joined only when it ends in 者). */
const signedByEditors = (t: IToken[]) => t.at(-1)?.image.endsWith('者') === true && /——编者$/.test(compactText(t.slice(-6)))

/** Tokens' text without spacing (编  者 → 编者). */
export const compactText = (tokens: IToken[]): string =>
  tokens
    .map((token) => token.image)
    .join('')
    .replace(/\s+/g, '')

/** A word of Han characters, compatibility ideographs included. */
const HAN_WORD = new RegExp(`^[${HAN_WORD_CLASS}]+$`)

/** The longest column or topic tag: 专题深思, 直通两会, 許金山案. */
const MAX_TAG_LENGTH = 8

/**
 * A column or topic tag at either end of a heading line — （专题深思）…,
 * …（直通两会）, 【許金山案】…: the index span of its tokens (brackets
 * included) in `tokens`, or undefined. The rest of the line must hold the
 * heading's text, and the tag only words (no digits, no punctuation).
 */
export function columnTagSpan(tokens: IToken[]): { from: number; to: number } | undefined {
  const t = trimmed(tokens)
  if (t.length < 4) return undefined
  const offset = tokens.indexOf(t[0]!)
  const isWords = (inner: IToken[]) =>
    inner.length > 0 &&
    inner.every((token) => !tokenMatcher(token, Space) && HAN_WORD.test(token.image)) &&
    printedLength(inner) <= MAX_TAG_LENGTH
  const opens = (token: IToken) => tokenMatcher(token, LParen) || tokenMatcher(token, LLenticular)
  const closes = (token: IToken) => tokenMatcher(token, RParen) || tokenMatcher(token, RLenticular)
  if (opens(t[0]!)) {
    const close = t.findIndex(closes)
    if (close > 1 && close < t.length - 1 && isWords(t.slice(1, close))) return { from: offset, to: offset + close + 1 }
  }
  if (closes(t.at(-1)!)) {
    const open = t.findLastIndex(opens)
    if (open > 0 && open < t.length - 2 && isWords(t.slice(open + 1, -1))) return { from: offset + open, to: offset + t.length }
  }
  return undefined
}
