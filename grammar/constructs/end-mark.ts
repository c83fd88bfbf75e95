/**
 * End marks: the sign a paper or agency prints where a story ends.
 *
 *   （完） · (完) · 【完】 · （全文完） · -完- · ——完——     the story ends here
 *   （未完待续） · （待续）                                  the story goes on in a later issue
 *   ◇ · ◇◇◇                                                a lone end sign under the last paragraph
 *   END · - END - · —END—                                   a new-media post's end, in Latin letters, under its last sentence
 *
 * Everything about the convention is here: its pattern, the line test,
 * the node, where it stands.
 *
 * Where it stands: on its own line, at the end of the open article, which
 * it closes (article := … signature? endMark? editorLine*); staff lines
 * after it still join that article (assembly.ts, `signedArticle`). With no
 * article open it stands at the top level. A bracketed end mark glued to
 * the last sentence (…护士区域注册。(完), …开会。（张晔）（完）) is split off
 * its paragraph the same way (paragraph.ts), so the signature before it is
 * still found.
 *
 * It must not fire on a bullet that opens an item (◇市区新增两条公交线路):
 * only a line that holds nothing but the mark is one.
 */
import type { Article, EndMark } from '../../src/types'
import type { Assembly } from '../../src/assemble/assembly'
import { tokenMatcher, type IToken } from 'chevrotain'
import { end, isStoryText, lineText, readAs, start, type Row } from '../../src/assemble/row'
import { RParen, RQuote, SentenceEnd } from '../tokens'
import type { NodeFactory } from '../factory'
import type { LineTest, Placer, Refinement } from './construct'
import { STORY_END } from '../layout'

/** The words of an end mark: the story ends, or goes on in a later issue. */
const ENDS = '完|全文完|本文完'
const GOES_ON = '未完待续|待续|未完'

/** (完) · 【完】 · -完- · ——完—— · (未完待续) · ◇ · ◇◇◇ (the line's normalized text, spaces removed). */
const END_MARK = new RegExp(`^(?:[(（\\[【〔]?(${ENDS}|${GOES_ON})[)）\\]】〕]?|[-—─]{1,2}(${ENDS})[-—─]{1,2}|◇{1,3})$`)

/** A new-media post's end in Latin letters: END. */
const LATIN_END = 'END'
/** END alone, in brackets or between dashes (END, (END), - END -, —END—; the line's normalized text, spaces removed). */
const LATIN_END_MARK = new RegExp(`^(?:[(（\\[【]?${LATIN_END}[)）\\]】]?|[-—─–~]{1,2}${LATIN_END}[-—─–~]{1,2})$`, 'i')

/**
 * END alone on its line closes the post only where a sentence closed the story's text above it and no text of the
 * story follows: not a word of the text (START / END / FINISH, 银幕上浮现三个字母： / END, a poem's line, a
 * title, a key's name a column cut, 按 / END / 键回到行尾). Its row, read as text by the line tests, is read again.
 */
export const latinEndMarks: Refinement = (rows) =>
  rows.map((row, k) => {
    if (!LATIN_END_MARK.test(lineText(row.tokens).replace(/\s+/g, ''))) return row
    const [above, below] = [rows[k - 1], rows[k + 1]]
    // (Or under the story's staff line or source note: 编辑：李四 / - END -.)
    const closed = (isStoryText(above) && STORY_END.test(lineText(above.tokens).trimEnd())) || (above !== undefined && AFTER_THE_TEXT.has(above.kind))
    return closed && !isStoryText(below) ? readAs(row, 'endMark') : row
  })

/** What a post prints under its text, before its END. */
const AFTER_THE_TEXT: ReadonlySet<Row['kind']> = new Set(['editorLine', 'sourceNote'])

/** The longest line an end mark fills, spaces included (（ 未完待续 ）). */
const MAX_END_MARK_LENGTH = 12

/** The words that say the story goes on. */
const GOES_ON_WORDS = new RegExp(`^(?:${GOES_ON})$`)

/** Whether a line is an end mark, and whether the story goes on: undefined when it is not one. */
export function endMarkOf(line: string): { continued: boolean } | undefined {
  if (line.length > MAX_END_MARK_LENGTH) return undefined
  const m = END_MARK.exec(line.replace(/\s+/g, ''))
  if (!m) return undefined
  return { continued: m[1] !== undefined && GOES_ON_WORDS.test(m[1]) }
}

export const readEndMark: LineTest = ({ text }) => (endMarkOf(text) ? { kind: 'endMark' } : undefined)

/**
 * The node of an end mark's tokens: its printed text, and whether the story
 * goes on — read from the normalized text, so （未完待續） says so as （未完待续） does.
 */
function endMarkNode(tokens: IToken[], factory: NodeFactory): EndMark {
  const from = start(tokens)
  const to = end(tokens)
  const node: EndMark = { type: 'endMark', value: factory.source(from, to), position: factory.position(from, to) }
  if (endMarkOf(lineText(tokens))?.continued) node.continued = true
  return node
}

/**
 * Closes the open article as its last part, or follows the closing credit
 * that just closed it ((张晔) / (完)); else stands at the top level.
 */
export const placeEndMark: Placer = (row, assembly) => assembly.closeWith(endMarkNode(row.tokens, assembly.context.factory))

/**
 * The article an end mark just closed, nothing after the mark yet (…。（完） / （赵敏）): where a closing credit under the
 * mark signs (paragraph.ts for one in brackets, byline.ts for a credit line); else undefined.
 */
export function articleItClosed(assembly: Assembly): Article | undefined {
  const article = assembly.signedArticle()
  return article?.children.at(-1)?.type === 'endMark' ? article : undefined
}

/** A bracketed end mark glued after the last sentence: (完) · 【完】 · (全文完) · (未完待续). */
const GLUED_END_MARK = new RegExp(`^[(\\[【〔](?:${ENDS}|${GOES_ON}|${LATIN_END})[)\\]】〕]$`)

/** The most tokens a glued end mark spans: its brackets and its words. */
const MAX_GLUED_TOKENS = 4

/**
 * A paragraph's tokens with a bracketed end mark glued after its last
 * sentence or signature split off: the body, and the mark's node.
 */
export function splitEndMark(range: IToken[], factory: NodeFactory): { body: IToken[]; mark?: EndMark } {
  for (let k = 2; k <= Math.min(MAX_GLUED_TOKENS, range.length - 1); k++) {
    const tail = range.slice(-k)
    if (!GLUED_END_MARK.test(lineText(tail))) continue
    const before = range[range.length - k - 1]!
    if (!tokenMatcher(before, SentenceEnd) && !tokenMatcher(before, RParen) && !tokenMatcher(before, RQuote)) return { body: range }
    return { body: range.slice(0, -k), mark: endMarkNode(tail, factory) }
  }
  return { body: range }
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const END_MARK_PATTERNS: readonly RegExp[] = [END_MARK, GLUED_END_MARK, GOES_ON_WORDS, LATIN_END_MARK]
