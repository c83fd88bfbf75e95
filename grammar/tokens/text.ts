/**
 * Plain text. Most of a page is text between conventions, so the lexer
 * crosses it in runs: a Han run continues through a character that could
 * start a word of the vocabulary or a list marker (a "stop" character)
 * unless one of those tokens really matches there. 工作 does not stop the
 * run for 工作人员's sake; 记者 does. A run may START with a stop character
 * when no word matched there. A long run also crosses a comma (, or 、)
 * into more such text (…团结一心,共同推进…), except inside a credit: a
 * fifth of a page's tokens were commas between two runs. Grammar that
 * looks for a comma inside a line must look inside text runs too
 * (constructs/intertitle.ts: isIntertitleLike).
 *
 * The run is a custom pattern with a start-characters hint, so Chevrotain
 * keeps its first-character optimization (see ../../../shared/FACTS.md).
 * Astral Han characters are read as surrogate pairs.
 */
import { createToken, type IToken, type TokenType } from 'chevrotain'
import { MATCH_END, type MatchEnd } from '../../src/speed/scanner'
import { TEXT_RUN_RANGES } from '../han'

/** The name of the Han text-run token (one is generated per vocabulary). */
export const TEXT_TOKEN = 'Text'

const HAN_RANGES = TEXT_RUN_RANGES
/** High surrogates of the astral Han planes (Extensions B–F), and the low surrogates after them. */
const ASTRAL_HIGH: [number, number] = [0xd840, 0xd87f]
const LOW: [number, number] = [0xdc00, 0xdfff]

const COMMA = 0x2c
const ENUM_COMMA = 0x3001 // 、
/**
 * A run crosses a comma (，, normalized to ,, or 、) only after this many
 * characters: more than any name, so names listed after a credit's role
 * stay apart (记者 张三,李四), as do short enumerations (教育、卫生).
 */
const MIN_RUN_BEFORE_COMMA = 5

/** Class of each UTF-16 unit: not Han, Han, or a stop character. */
const OTHER = 0
const HAN = 1
const STOP = 2

/**
 * One character of each block of 255 the lexer files a start character in
 * (from 256 on), for every block holding a Han character or astral high
 * surrogate: the pattern is tried on every character of a hinted block.
 */
function blockHints(): string[] {
  const hints: string[] = []
  for (const [from, to] of [...HAN_RANGES, ASTRAL_HIGH]) {
    for (let code = from; code <= to; code = (Math.floor(code / 255) + 1) * 255) hints.push(String.fromCharCode(code))
  }
  return [...new Set(hints)]
}

/**
 * Whether a token other than text matches at an offset: at a stop
 * character, the run ends only where one does.
 */
export type WordAt = (text: string, offset: number, tokens: IToken[]) => boolean

/**
 * The Han text-run token. It crosses `stopChars` where `wordAt` finds no
 * token (without `wordAt`, it stops at every one of them), and a comma
 * after a long run unless `keepsCommas` says the tokens so far leave it in
 * a credit (without it, it keeps every comma apart).
 */
export function createTextToken(
  stopChars: Iterable<string>,
  wordAt: WordAt = () => true,
  keepsCommas: (tokens: IToken[]) => boolean = () => true,
): TokenType {
  const classes = new Uint8Array(0x10000)
  for (const [from, to] of HAN_RANGES) classes.fill(HAN, from, to + 1)
  for (const ch of stopChars) if (classes[ch.charCodeAt(0)] === HAN) classes[ch.charCodeAt(0)] = STOP
  const astral = (text: string, at: number) => {
    const high = text.charCodeAt(at)
    if (high < ASTRAL_HIGH[0] || high > ASTRAL_HIGH[1]) return false
    const low = text.charCodeAt(at + 1)
    return low >= LOW[0] && low <= LOW[1]
  }
  // After a comma the run goes on only into Han text that starts no token.
  const hanRunAt = (text: string, at: number, tokens: IToken[]) => {
    const kind = classes[text.charCodeAt(at)]
    return kind === HAN || (kind === STOP && !wordAt(text, at, tokens))
  }
  /** Where the run at `offset` ends, or -1 when none starts there. */
  const end: MatchEnd = (text, offset, tokens) => {
    let at = offset
    if (classes[text.charCodeAt(at)] !== OTHER) at++
    else if (astral(text, at)) at += 2
    else return -1
    for (;;) {
      const code = text.charCodeAt(at)
      const kind = classes[code]
      // hanRunAt's test, written out: calling it here cost ~5% of a parse.
      if (kind === HAN || (kind === STOP && !wordAt(text, at, tokens))) at++
      else if (kind === OTHER && astral(text, at)) at += 2
      else if (
        (code === COMMA || code === ENUM_COMMA) &&
        at - offset >= MIN_RUN_BEFORE_COMMA &&
        hanRunAt(text, at + 1, tokens) &&
        !keepsCommas(tokens)
      )
        at++
      else break
    }
    return at
  }
  const pattern = (text: string, offset: number, tokens: IToken[]) => {
    const at = end(text, offset, tokens)
    return at < 0 ? null : ([text.slice(offset, at)] as [string])
  }
  return createToken({
    name: TEXT_TOKEN,
    pattern: Object.assign(pattern, { [MATCH_END]: end }),
    start_chars_hint: blockHints(),
    line_breaks: false,
  })
}

/** Latin letters and digits: 5G, PPP, 2019, 001229. */
export const Alnum = createToken({ name: 'Alnum', pattern: /[0-9A-Za-z]+/ })

/** Anything else, one UTF-16 unit at a time (lone surrogates included). */
export const Other = createToken({ name: 'Other', pattern: /[\u0000-\uffff]/, line_breaks: false })
