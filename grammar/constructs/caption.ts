/**
 * Photo captions: the words printed with a picture.
 *
 *   图为工人们正在拆除路灯 · ▲市民在广场上参加活动 · 许金山涉案。资料图片   a cue or an end word
 *   游客在景区游玩 / 李潤芳攝                                           a photographer's credit line under it
 *   中國外交部發言人耿爽警告，…                                          a flush sentence between headline and indented lead
 *   港鐵強調輕鐵屯門泳池站月台結構、路軌及鐵路設施符 (×3, cut at one width)  a site's gallery
 *
 * Everything about the convention is here: the line test, the second
 * looks that need a line's neighbours (a credit line under a line, the
 * flush sentence over an indented lead, a gallery cut at one width), the
 * node, and whether a caption set apart after a story is that story's.
 *
 * Where it stands: anywhere — among a heading group's lines (the page
 * printed the photo under the headline), in an article's body, or at the
 * top level; after a story, a caption that names its subject joins it.
 * (A caption glued to a dateline, …新华社记者 谢环驰 摄新华社北京12月5日电,
 * is found with glued leads: src/assemble/nodes.ts gluedLead.)
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Article, Caption, Credit } from '../../src/types'
import type { Row } from '../../src/assemble/classify'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { endOf, startOf, type NodeFactory } from '../factory'
import { compactText, printedLength, trimmed } from '../layout'
import { toInlines } from '../rules/inline-nodes'
import { isHanRun } from '../han'
import { CaptionCue, CaptionEnd, LParen, PhotoBy, RParen, SentenceEnd } from '../tokens'

/** A photo caption: 图为…, ▲…, …资料图片. */
export function isCaption(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  const first = t[0]
  const last = t.at(-1)
  return (first !== undefined && tokenMatcher(first, CaptionCue)) || (last !== undefined && tokenMatcher(last, CaptionEnd))
}

/**
 * A photographer's credit closing a line of text (…生动实践。 林 燕 彭楠岚 摄,
 * …现场。（蘇智鑫攝）, …报道 本报记者 张伟 摄): the line is a photo's caption,
 * its credit included. The credit is what follows the last sentence end or
 * space (or stands in the last brackets), and must read as a credit.
 */
export function trailingPhotoCredit(tokens: IToken[], runner: RuleRunner): Credit | undefined {
  const t = trimmed(tokens)
  const last = t.at(-1)
  if (!last) return undefined
  const bracketed = tokenMatcher(last, RParen) && t.length > 2 && tokenMatcher(t.at(-2)!, PhotoBy)
  if (!bracketed && !tokenMatcher(last, PhotoBy)) return undefined
  let from = t.length - 1
  if (bracketed) {
    while (from > 0 && !tokenMatcher(t[from]!, LParen)) from--
  } else {
    // Back over the credit's names and role to the sentence end before it.
    while (from > 0 && !tokenMatcher(t[from - 1]!, SentenceEnd) && !tokenMatcher(t[from - 1]!, RParen) && t.length - from < MAX_CREDIT_TOKENS) from--
  }
  if (from === 0) return undefined
  const tail = trimmed(t.slice(from))
  return tail.length > 1 ? runner.attempt(tail, (p) => p.photoCredit()) : undefined
}

/** The most tokens a trailing photo credit spans (role, a few padded names, 摄). */
const MAX_CREDIT_TOKENS = 12

/**
 * A photographer's credit line (李润芳摄) right under a body or heading
 * line makes that line the photo's caption, credit included; returns
 * whether it did. One credit to a caption: a second credit line starts a
 * caption of its own, and a column of them is not one ever-growing caption.
 */
export function creditsLineAbove(previous: Row | undefined, row: Row, credit: Credit): boolean {
  if (!previous || row.gap !== 0) return false
  const takesCredit = previous.kind === 'body' || previous.kind === 'heading' || (previous.kind === 'caption' && previous.photoCredit === undefined)
  if (!takesCredit) return false
  previous.kind = 'caption'
  previous.tokens = [...previous.tokens, ...row.tokens]
  previous.to = row.to
  previous.photoCredit = credit
  return true
}

/** The share of body lines that must be indented for an unindented one to stand out. */
const INDENTED_SHARE = 0.8
const MIN_INDENTED = 3

/**
 * On a page whose paragraphs are indented (　　(星島日報報道)中美貿易戰…), a
 * sentence set flush between the headline and the indented lead is the
 * photo's caption the page carried there (中國外交部發言人耿爽警告，…).
 */
export function unindentedCaptions(rows: Row[]): Row[] {
  // Lines right under a heading are the candidates, so they do not count.
  const text = rows.filter((row, k) => (row.kind === 'body' || row.kind === 'dateline') && rows[k - 1]?.kind !== 'heading')
  const indented = text.filter(isIndented).length
  if (indented < MIN_INDENTED || indented < INDENTED_SHARE * text.length) return rows
  rows.forEach((row, k) => {
    const above = rows[k - 1]
    const below = rows[k + 1]
    if (row.kind !== 'body' || isIndented(row) || above?.kind !== 'heading') return
    if (below && (below.kind === 'dateline' || below.kind === 'body') && isIndented(below)) row.kind = 'caption'
  })
  return rows
}

const isIndented = (row: Row) => row.indented === true

/** Fewest lines, and shortest cut, of a site's truncated gallery captions. */
const MIN_TRUNCATED_RUN = 3
const MIN_TRUNCATED_LENGTH = 12

/**
 * A site's photo gallery copied as captions cut at one width
 * (港鐵強調輕鐵屯門泳池站月台結構、路軌及鐵路設施符 / 臨時行人道石躉「離地」，比一個五蚊銀還大。（讀者):
 * three or more lines of exactly the same length, each set apart by a
 * blank line, none of them closing a sentence. (A hard-wrapped column also
 * has lines of one length that do not close sentences, but they follow
 * each other with no blank line between.)
 */
export function truncatedCaptions(rows: Row[]): Row[] {
  let from = 0
  while (from < rows.length) {
    const length = cutLength(rows[from]!)
    let to = from + 1
    while (length > 0 && to < rows.length && rows[to]!.gap === 1 && cutLength(rows[to]!) === length) to++
    if (to - from >= MIN_TRUNCATED_RUN) for (let k = from; k < to; k++) rows[k]!.kind = 'caption'
    from = to
  }
  return rows
}

/** The printed length of a text line that could be a cut caption, or 0. */
function cutLength(row: Row): number {
  if (row.kind !== 'body' && row.kind !== 'heading') return 0
  const length = printedLength(row.tokens)
  return length >= MIN_TRUNCATED_LENGTH && !tokenMatcher(row.tokens.at(-1)!, SentenceEnd) ? length : 0
}

/** A caption line, with the photographer's credit line under it where printed. */
export function captionNode(row: Row, tokens: IToken[], runner: RuleRunner, factory: NodeFactory): Caption {
  const range = tokens.slice(row.from, row.to + 1)
  const credit = row.photoCredit
  const split = credit ? range.findIndex((t) => t.startOffset >= credit.position.start.offset!) : range.length
  const text = trimmed(range.slice(0, split))
  const between = range.slice(text.length === 0 ? 0 : range.indexOf(text.at(-1)!) + 1, split)
  const children: Caption['children'] = [...runner.inline(text, 'phrase'), ...toInlines(between, factory)]
  if (credit) children.push(credit)
  return { type: 'caption', children, position: factory.position(startOf(range[0]!), endOf(range.at(-1)!)) }
}

/** Characters a caption must share, in a row, with the story it belongs to. */
const SHARED_SUBJECT = 4
/** How much of the story is searched (its subject is named early), so the check stays linear. */
const STORY_PREFIX = 4000
/** How much of the caption is tried. */
const MAX_CAPTION_PROBE = 60

/** Whether a caption names what the article is about: a run of its words is in the article's text. */
export function sharesSubject(caption: Row, article: Article, page: string): boolean {
  const text = compactText(caption.tokens).slice(0, MAX_CAPTION_PROBE)
  const story = page.slice(article.position.start.offset!, Math.min(article.position.end.offset!, article.position.start.offset! + STORY_PREFIX))
  for (let i = 0; i + SHARED_SUBJECT <= text.length; i++) {
    const run = text.slice(i, i + SHARED_SUBJECT)
    if (isHanRun(run) && story.includes(run)) return true
  }
  return false
}
