/**
 * Datelines: where and when the story was filed, and by whom, opening its lead.
 *
 *   本报讯（记者 张三）5月9日… · 本报北京5月9日电 · 新华社北京5月9日电 · 【明報專訊】 · 中央社記者…台北10日電
 *
 * The dateline itself is read by the `dateline` rule
 * (grammar/rules/datelines.ts) inside its paragraph. Here is what a
 * dateline does to the page: a line a dateline opens starts a paragraph,
 * and opens an article when none is open (heading-group.ts finds the
 * heading group above it); and a dateline glued to what stood above it,
 * when a repost lost its line breaks, splits that off as a subheadline or
 * a caption.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { isHeadingLike, printedLength, trimmed } from '../layout'
import { DATELINE_OPENERS, isFlashEnd, opensByName } from '../rules/inline'
import { According, ClauseBreak, FullStop, LLenticular, LParen, LSquare, LTortoise, Newline, PhotoBy, SentenceEnd, Space } from '../tokens'
import { end, lineText, readRow, start, type Row } from '../../src/assemble/row'
import { labelsReporterColumn } from './byline'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import type { Assembly } from '../../src/assemble/assembly'
import type { Article, Credit } from '../../src/types'
import type { NodeFactory } from '../factory'
import { toString } from '../../src/walk/to-string'
import type { LineTest, Placer } from './construct'

export const readDateline: LineTest = ({ tokens, datelineLike }, { runner }) => {
  if (!datelineLike || !runner.datelineOpens(tokens)) return undefined
  const credits = creditsAlone(tokens, runner)
  return credits ? { kind: 'byline', credits } : { kind: 'dateline' }
}

/** The longest line read as credits alone: roles, a few names, the filing words. */
const MAX_CREDIT_LINE = 32

/** Whether a line opens with a bracket, as a filing its brackets set apart does (〔記者陳彥廷／屏東報導〕, 【記者X／台北報導】). */
const opensBracket = (tokens: IToken[]): boolean => {
  const first = trimmed(tokens)[0]
  return first !== undefined && FILING_BRACKETS.some((bracket) => tokenMatcher(first, bracket))
}
/** The brackets that set a filing apart. */
const FILING_BRACKETS = [LTortoise, LLenticular, LSquare, LParen]

/**
 * The credits of a dateline that names no outlet and no date, and leaves nothing of its line but a full stop
 * (記者: 李映蓉/綜合報導。 among a site's fields, 記者林睿奕／專題報導 under a title): credits alone, the story's credit
 * line, its byline or its closing credit. A place it names outside brackets is where the reporter filed from, as
 * 本报记者 李静 青岛报道 names it, the credit's (記者 陳偉傑/台東報導 alone under a title: the byline, filed from 台東).
 */
function creditsAlone(tokens: IToken[], runner: RuleRunner): Credit[] | undefined {
  // (A lead runs on: only a line as short as a credit line is parsed again.)
  if (printedLength(tokens) > MAX_CREDIT_LINE) return undefined
  const lead = runner.attempt(tokens, (p) => p.dateline(), 'prefix')
  // (A date dates a lead on the next line, and so does a place in the brackets that set a filing apart:
  // 〔記者陳彥廷／屏東報導〕 alone on its line is a dateline still.)
  if (lead === undefined || lead.source !== undefined || lead.date !== undefined || (lead.place !== undefined && opensBracket(tokens))) return undefined
  const rest = tokens.filter((token) => token.startOffset >= lead.position.end.offset!)
  if (!rest.every((token) => tokenMatcher(token, SentenceEnd) || tokenMatcher(token, Space))) return undefined
  const credits = lead.children.filter((child): child is Credit => child.type === 'credit')
  const { place } = lead
  return credits.length > 0 ? credits.map((credit) => (place === undefined ? credit : { ...credit, place })) : undefined
}

/** The longest title glued to its lead by a space (電訊不被歸責 【本報訊】…). */
const MAX_GLUED_TITLE = 20

/**
 * A title and its lead on one line, set apart by a space, as OCR reads a
 * column's head into its first line (電訊不被歸責 【本報訊】電訊管理局局長陶永強表示,…, 天上不下雨积水却遍地
 * 铁狮巷路面泥泞不堪 龙网常州晚报讯 本报热线…):
 * two rows, the title (a heading) and the lead its dateline opens. The
 * title is short and ends no sentence; a line its dateline opens itself
 * (南都讯 记者 王成波 …) is no such pair.
 */
export const readTitledLead: LineTest = ({ tokens, from, gap }, { runner }) => {
  // (The title is short: only a space near the line's start can part it from the lead, after a title of two parts at most.)
  const reach = tokens[0]!.startOffset + 2 * MAX_GLUED_TITLE_PARTS * MAX_GLUED_TITLE
  let split = -1
  for (let k = 1; k < tokens.length - 1 && tokens[k]!.startOffset <= reach && split < 0; k++) {
    // (Or an outlet's name the vocabulary does not list, closed by 讯 and set apart from the lead: …泥泞不堪 龙网常州晚报讯 本报热线…;
    // not 讯 opening a word, 天气预报讯息, 警报讯号, 群众举报讯问.)
    if (tokenMatcher(tokens[k]!, Space) && (DATELINE_OPENERS.some((t) => tokenMatcher(tokens[k + 1]!, t)) || (opensByName((j) => tokens[k + j]) && flashSetApart(tokens, k + 1)))) split = k
  }
  if (split < 0) return undefined
  const title = trimmed(tokens.slice(0, split))
  if (!gluedTitleFits(title) || !isHeadingLike(title) || DATELINE_OPENERS.some((t) => tokenMatcher(title[0]!, t))) return undefined
  const lead = tokens.slice(split + 1)
  if (!runner.datelineOpens(lead) || runner.datelineOpens(tokens)) return undefined
  return { rows: [readRow(title, gap, from, { kind: 'heading' }), readRow(lead, 0, from + split + 1, { kind: 'dateline' })] }
}

/**
 * Whether a title glued to its lead is short enough to be one: one part, or two a space sets apart as a two-part
 * headline prints them (惠灵顿中国园林协会召开特别会议 商讨中国花园项目筹资方案), each short.
 */
function gluedTitleFits(title: IToken[]): boolean {
  const parts = lineText(title).trim().split(TITLE_PARTS_GAP)
  return parts.length <= MAX_GLUED_TITLE_PARTS && parts.every((part) => [...part].length <= MAX_GLUED_TITLE)
}
/** What sets a two-part headline's parts apart on one line. */
const TITLE_PARTS_GAP = /[ \u3000]+/
/** The most parts a title glued to its lead holds. */
const MAX_GLUED_TITLE_PARTS = 2

/** The most tokens an outlet's name before 讯 spans, looked through for its 讯. */
const MAX_FLASH_NAME_TOKENS = 6

/** Whether the 讯 closing an outlet's name from token `from` on is set apart from what follows it: a space or a bracket, not a word's next character. */
function flashSetApart(tokens: IToken[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_FLASH_NAME_TOKENS; k++) {
    if (!isFlashEnd(tokens[k])) continue
    const next = tokens[k + 1]
    return next === undefined || tokenMatcher(next, Space) || tokenMatcher(next, LParen) || tokenMatcher(next, Newline)
  }
  return false
}

/**
 * A dateline starts a paragraph, and an article when none is open — or
 * when the one open is an untitled story its own dateline opened: a second
 * dateline there opens the next (a listing's teasers, (記者李三祿報導)… /
 * (記者宋國正報導)…). Under a title, under text with no dateline of its own
 * (a photo's caption read as text), or where the dateline cites another's
 * report (据新华社…电), the story goes on.
 */
export const placeDateline: Placer = (row, assembly) => {
  assembly.flush()
  if (!assembly.article || (assembly.hasBody() && !cites(row) && untitledWithDateline(assembly.article))) assembly.open({ heads: [], bylines: [] }, row)
  assembly.gather(row)
}

/**
 * Whether a dateline cites another's report (据新华社北京3月5日电…, 路透社北京5月9日电称,…) or labels a
 * reporter's column ((记者手记)…): the story quotes it or goes on into it.
 */
const cites = (row: Row): boolean =>
  tokenMatcher(row.tokens[0]!, According) || CITED_DISPATCH.test(lineText(row.tokens)) || labelsReporterColumn(row.tokens.slice(1, 3))
/** A dispatch quoted by the words after its 电: 路透社北京5月9日电称, …电说, …电指出. */
const CITED_DISPATCH = /^[^，。,]{2,30}?电(?:称|说|指出|报道)/

/** Whether an article prints no title, and a dateline opened it. */
const untitledWithDateline = (article: Article): boolean => {
  const first = article.children.find((child) => child.type !== 'stamp' && child.type !== 'chrome')
  return !article.children.some((child) => child.type === 'headline') && first?.type === 'paragraph' && first.children[0]?.type === 'dateline'
}

/**
 * How far into a paragraph, in characters, a dateline may be glued after a
 * subheadline or a caption: sixty tokens when tokens averaged 2.7
 * characters. (Counted in characters so that longer text runs do not
 * widen it.)
 */
const GLUED_LEAD_CHARS = 160

/**
 * Reposts lose their line breaks: a subheadline runs straight into the
 * dateline (就废弃茶叶被转手事件发声明本报讯（记者刘俊）…), or a photo
 * caption does (…新华社记者 谢环驰 摄新华社北京12月5日电). Returns how many
 * tokens precede a dateline found near the start of the first paragraph,
 * before any full stop (or right after a 摄); 0 when there is none.
 */
export function gluedLead(body: IToken[], runner: RuleRunner): number {
  // A paragraph that was only its signature has no lead at all.
  if (body.length === 0 || runner.datelineOpens(body)) return 0
  const limit = body[0]!.startOffset + GLUED_LEAD_CHARS
  let sentenceEnded = false
  for (let i = 1; i < body.length && body[i]!.startOffset < limit; i++) {
    const token = body[i]!
    if (tokenMatcher(token, FullStop)) {
      sentenceEnded = true
      continue
    }
    const opensDateline = DATELINE_OPENERS.some((t) => tokenMatcher(token, t))
    // After a full stop, only a photo credit (…摄) may still run into the dateline.
    const allowed = !sentenceEnded || tokenMatcher(body[i - 1]!, PhotoBy)
    if (opensDateline && allowed && runner.datelineOpens(body.slice(i))) return i
  }
  return 0
}

/** A repost's words citing the report it copies, a clause's mark after them: 据现代快报网报道， (the source 现代快报网). */
const CITED_REPORT = /据([^，,：:。据]{2,24}?)(?:报道|報道|报导|報導|消息|电|電)[，,：:]$/

/** Whether tokens print the article's headline again, spacing aside (compared as the input prints both). */
function echoesHeadline(tokens: IToken[], article: Article, factory: NodeFactory): boolean {
  const headline = article.children.find((child) => child.type === 'headline')
  if (!headline) return false
  const unspaced = (s: string) => s.replace(/\s+/g, '')
  const printed = unspaced(toString(headline))
  return printed.length > 0 && unspaced(factory.source(start(tokens), end(tokens))) === printed
}

/**
 * The first paragraph of an article, with what a glued dateline shows was
 * printed above it split off (a subheadline, or a photo's caption ending
 * in 摄) and added to the article: returns the paragraph's own tokens.
 */
export function splitGluedLead(body: IToken[], assembly: Assembly): IToken[] {
  const { article } = assembly
  const { runner, factory } = assembly.context
  const glued = article && !assembly.hasBody() ? gluedLead(body, runner) : 0
  if (glued === 0) return body
  const lead = trimmed(body.slice(0, glued))
  // (Words that run on into the dateline, a clause's mark closing them, are no title printed above it; where they cite a
  // report, 医生在线网据现代快报网报道，现代快报讯（记者…）…, a repost's note of its source, else the paragraph's own words.)
  if (tokenMatcher(lead.at(-1)!, ClauseBreak) && !tokenMatcher(lead.at(-1)!, SentenceEnd)) {
    const printed = factory.source(start(lead), end(lead))
    const cited = CITED_REPORT.exec(printed)
    if (!cited) return body
    const at = start(lead) + cited.index + cited[0].indexOf(cited[1]!, 1)
    article!.children.push({
      type: 'sourceNote',
      source: factory.source(at, at + cited[1]!.length),
      children: runner.inline(lead, 'phrase'),
      position: factory.position(start(lead), end(lead)),
    })
    return body.slice(glued)
  }
  const photo = tokenMatcher(lead.at(-1)!, PhotoBy)
  // (The headline printed again before its lead, 全球客家總執行長…首都【亞庇七日訊】…: the site's echo, interface.)
  const echo = !photo && echoesHeadline(lead, article!, factory)
  article!.children.push({
    type: photo ? 'caption' : echo ? 'chrome' : 'subheadline',
    children: runner.inline(lead, 'phrase'),
    position: factory.position(start(lead), end(lead)),
  })
  return body.slice(glued)
}
