/**
 * Line measures shared by the constructs (grammar/constructs/): a line's
 * tokens trimmed, its printed length, the gap that sets blocks apart, and
 * the shape of a heading-like line. What a line IS is each construct's to
 * say.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { Bullet, ClauseBreak, FullStop, Newline, SentenceEnd, Space } from './tokens'

/**
 * A line break in printed text with the spacing about it: where a hard-wrapped copy's column broke a text the lexer
 * read whole (src/normalize/unwrap.ts) — a layout break in the tree (src/assemble/positions.ts), nothing in a name
 * (rules/credits.ts).
 */
export const LAYOUT_BREAK = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g

/** One line of the page that holds text, without its line break. */
export interface Line {
  /** Tokens of the line, without the line break. */
  tokens: IToken[]
  /** Index of the line's first token in the unit's token stream. */
  first: number
  /** Blank lines (empty or spacing only) between this line and the previous one with text. */
  gap: number
  /**
   * Whether the blank line straight above holds spacing only: the line's
   * indent, broken off onto a line of its own by the copy (  ⏎訊報創刊…).
   */
  indentAbove?: boolean
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

/** A line its colon closes (两人分别写下：, 齐声高唱：): it introduces what follows, no field or title of its own. */
export const INTRODUCES = /[:：]\s*$/

/** A layout table's bar, as a copy leaves it after a row's last cell: |, ｜. */
export const TABLE_BAR = /^[|｜]+$/

/** Most headlines and subheadlines fit in this many characters. */
export const MAX_HEADING_LENGTH = 40

/** Whether a line holds a sentence's full stop (。) anywhere: a title prints none. */
export const holdsFullStop = (tokens: IToken[]): boolean => tokens.some((token) => tokenMatcher(token, FullStop))

/** Whether tokens hold a sentence's end (。！？). */
export const holdsSentenceEnd = (tokens: IToken[]): boolean => tokens.some((token) => tokenMatcher(token, SentenceEnd))
/** How many sentences a line's tokens end: its sentence-end marks (。！？). */
export const sentenceCount = (tokens: IToken[]): number => tokens.filter((token) => tokenMatcher(token, SentenceEnd)).length

/**
 * A heading-like line: short, not a sentence (no 。), not ending in a
 * clause break (, ; : 、), not starting with punctuation that continues a
 * sentence. Whether it IS a heading depends on what follows (heading-group.ts, intertitle.ts).
 * (`maxLength`: for heading lines that run several together.)
 */
export function isHeadingLike(tokens: IToken[], maxLength = MAX_HEADING_LENGTH): boolean {
  const t = trimmed(tokens)
  if (t.length === 0) return false
  const length = printedLength(t, maxLength)
  if (length < 2 || length > maxLength) return false
  if (holdsFullStop(t)) return false
  const last = t.at(-1)!
  if (tokenMatcher(last, ClauseBreak) && !tokenMatcher(last, SentenceEnd) && last.image !== ':') return false
  if (last.image === '、') return false
  const first = t[0]!
  if (tokenMatcher(first, ClauseBreak) || first.image === '、') return false
  return true
}

/** Tokens without the bullet opening them (■, ◆, □…), trimmed: □倪竹馨 摄 → 倪竹馨 摄, ◆编辑:沙玉兰 → 编辑:沙玉兰. */
export const afterBullet = (tokens: IToken[]): IToken[] => (tokens.length >= 2 && tokenMatcher(tokens[0]!, Bullet) ? trimmed(tokens.slice(1)) : tokens)

/** A line's text with its runs of spaces made one and its ends trimmed (a field row's padding: 来源:X    时间:Y). */
export const compactSpaces = (line: string): string => line.replace(/ {2,}/g, ' ').trim()

/** Tokens' text without spacing (编  者 → 编者). */
export const compactText = (tokens: IToken[]): string =>
  tokens
    .map((token) => token.image)
    .join('')
    .replace(/\s+/g, '')

/** The most tokens an ellipsis is lexed into (…… as one token or two). */
const MAX_ELLIPSIS_TOKENS = 2

/** An ellipsis closing a sentence, ……; a lone … or ... may be a cut (a site's teaser is cut so). */
const ELLIPSIS = /……$/

/** One ellipsis closing a line, as sites cut a teaser (…回复指⋯, …的发展…, …情况...); two (……) close a sentence. */
const CUT_MARK = /(?:^|[^…⋯.])(?:[…⋯]|\.{3})$/u
/** The most tokens a cut mark and the character before it span (…情况... may be four). */
const CUT_MARK_TOKENS = 4

/** Whether the tokens end where a site cut the text, with one ellipsis (a teaser's …回复指⋯). */
export const endsWithCut = (tokens: IToken[]): boolean => CUT_MARK.test(tokens.slice(-CUT_MARK_TOKENS).map((token) => token.image).join(''))

/** Whether the tokens up to index `at` end with an ellipsis (…提供一站式服务总窗口……, …心心相印40载……). */
export function endsWithEllipsis(tokens: IToken[], at = tokens.length - 1): boolean {
  let text = ''
  for (let k = at; k >= 0 && k > at - MAX_ELLIPSIS_TOKENS; k--) text = tokens[k]!.image + text
  return ELLIPSIS.test(text)
}

/** An interview's speaker opening a line, the question's or the answer's: 问：, 答：, Q:, 记者：, 主持人：. */
export const SPEAKER_OPENING = /^(?:问|答|Q|A|记者|主持人)\s?[:：]/

/** A line whole in brackets: a closing credit, a note (（记者 王芳）, 【资料图】), no title's or photo's words. */
export const BRACKETED_LINE = /^[（(〔【[].*[)）〕】\]]$/

/** What a sentence holds and a link or a menu's item does not: clause and sentence punctuation. */
export const SENTENCE_MARK = /[，。！？；：、,!?;:]|\.(?!\S)/
/**
 * A sentence's or a clause's mark, full- or half-width as the normalized text prints it, no colon: what a site's row of
 * labelled fields never holds (site-fields.ts, editor-line.ts).
 */
export const CLAUSE_IN_ROW = /[。，！？；,!?;]/
/** How a story's sentence ends a line: its end mark, a closing quote or bracket after it. */
export const STORY_END = /[。！？!?…][”’"」』）)]*$/

/** Whether a line's text ends a sentence (…开工仪式举行。, …他说。”). */
export const endsStory = (text: string): boolean => STORY_END.test(text.trim())
