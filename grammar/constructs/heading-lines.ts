/**
 * Heading lines: what each line of a heading group is — 引题 / 主题 / 副题
 * (kicker, headline, subheadlines) — and the column or topic tag a
 * heading line may carry at either end (以高质量党建引领发展（专题深思）).
 * heading-group.ts finds the group; this file reads its lines.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { ColumnTag, Inline } from '../../src/types'
import type { NodeFactory } from '../factory'
import { HAN_CLASS, HAN_WORD_CLASS } from '../han'
import { compactText, printedLength, trimmed } from '../layout'
import { Dash, LLenticular, LParen, Place, RLenticular, RParen, Space } from '../tokens'
import { end, readAs, start } from '../../src/assemble/row'
import type { Refinement } from './construct'
import type { RuleRunner } from '../../src/assemble/rule-runner'

/** A kicker that is only a label (战况, 要闻速览) is at most this long. */
const MAX_LABEL_LENGTH = 5

/** Roles of the lines of a heading group, in reading order. */
export type HeadingRole = 'kicker' | 'headline' | 'subheadline' | 'intertitle'

/**
 * 引题 / 主题 / 副题. Plain text has no type sizes, so the order decides:
 * one line is the headline; a line opening with —— (——记…) is a
 * subheadline; a first line ending with —— or :, a short label over a
 * line at least twice as long, a longer line quoting a speaker
 * (李强：…) over a short one, a line pausing at a comma over a title
 * half its length or less, or a first of two lines saying what the news is
 * for or when (缓解大石线交通压力, 正值花开烂漫时) or names a series' part (乡村振兴看恩施⑤), is a kicker; otherwise two
 * lines are headline + subheadline and three are kicker + headline +
 * subheadline — unless a short title with no pause heads lines that pause
 * at commas, as sentences do: then it is the headline; of two lines, the one a column tag closes (…（专题深思）)
 * is the headline, the other its kicker. Two conventions come first: a topic tag alone on its line
 * (【板前糾紛】) is the kicker wherever it is printed, and a web repost's
 * title restated by the print headline under it (or quoted by a print line
 * further down) is the headline, the print lines its subheadlines (a short
 * column label among them the kicker).
 */
export function headingRoles(lines: IToken[][]): HeadingRole[] {
  // (壹、前言 under the title: the body's first section head, not the title's.)
  if (lines.length >= 2 && opensSections(lines.at(-1)!)) return [...headingRoles(lines.slice(0, -1)), 'intertitle']
  const roles: HeadingRole[] = lines.map(() => 'subheadline')
  const tag = lines.length > 1 ? lines.findIndex(isTopicTag) : -1
  if (tag >= 0) roles[tag] = 'kicker'
  const rest = lines.map((_, k) => k).filter((k) => k !== tag)
  const [first, second] = rest
  const restated = (k: number) => restates(lines[k]!, lines[first!]!) || (k !== second && quotes(lines[k]!, lines[first!]!))
  if (first !== undefined && second !== undefined && rest.slice(1).some(restated) && (restated(second) || rest.length >= 3)) {
    roles[first] = 'headline'
    const last = rest.at(-1)!
    if (tag < 0 && rest.length >= 3 && isLabel(lines[last]!, lines[first]!)) roles[last] = 'kicker'
    return roles
  }
  let headline = first ?? 0
  if (tag < 0 && lines.length === 2 && columnTagged(lines[1]!) && !columnTagged(lines[0]!) && !opensWithDash(lines[1]!)) {
    // 夯实全面依法治国的社会基础 / 让普法更加精准高效（专题深思）, 北马精选即时国内地方 /
    // 【檳火箭黨選】曹觀友不參與黨選: the desk's column tag, at either end, marks the
    // headline; the line over it is its kicker. (Not a subtitle's dash opening the line: 市长王芳讲话 /
    // ——在全市经济工作会议上的讲话（摘要）, its bracket a note on the text, the line the subheadline.)
    roles[0] = 'kicker'
    roles[1] = 'headline'
    return roles
  }
  if (tag < 0 && lines.length >= 3 && titlesOverSentences(lines)) {
    // 邮政车冒黑烟 / 福州市邮政局车队长表示,今起停运乌贼车 / 昨日下午,…: the short
    // title first, the lines that tell the story under it.
    roles[0] = 'headline'
    return roles
  }
  if (
    tag < 0 &&
    lines.length >= 2 &&
    (endsAsKicker(lines[0]!) ||
      isLabel(lines[0]!, lines[1]!) ||
      quotesSpeaker(lines[0]!, lines[1]!) ||
      setsTheScene(lines[0]!, lines[1]!) ||
      (lines.length === 2 && (introducesTitle(lines[0]!) || namesUnit(lines[0]!) || labelsSeries(lines[0]!)) && !opensWithDash(lines[1]!) && namesTitle(lines[1]!)) ||
      (lines.length >= 3 && !opensWithDash(lines[1]!)))
  ) {
    roles[0] = 'kicker'
    headline = 1
  }
  roles[headline] = 'headline'
  return roles
}

/**
 * An e-paper's list of the page's titles names each story's headline (主题):
 * of a story's heading lines, the one the list names is the headline, a
 * line over it the kicker, lines under it subheadlines (“泰安小美”开展志愿宣传活动 /
 * 文明新风引导市民文明游, the list naming the second). Undefined where the list
 * names none of the lines, or more than one.
 */
export function listedHeadline(lines: IToken[][], listed: ReadonlySet<string>): HeadingRole[] | undefined {
  if (listed.size === 0 || lines.length < 2) return undefined
  const named = lines.flatMap((line, k) => (listed.has(compactText(line)) ? [k] : []))
  if (named.length !== 1 || named[0]! > 1) return undefined
  return lines.map((_, k) => (k < named[0]! ? 'kicker' : k === named[0] ? 'headline' : 'subheadline'))
}

/** Whether a line says by its marks that it is a kicker: a topic tag (【奋进新征程 建功新时代】), or a closing —— or colon. */
export const marksKicker = (t: IToken[]): boolean => isTopicTag(t) || endsAsKicker(t)

/**
 * Whether a line under a kicker can be the headline it introduces: words of its own, not a note in
 * brackets ((附图), (2024年1月5日)) nor a line in Latin letters (an English title).
 */
const namesTitle = (t: IToken[]): boolean => {
  const words = compactText(t)
  return !/^[(（].*[)）]$/.test(words) && /\p{Script=Han}{4}/u.test(words)
}

/** Whether a column tag opens or closes the line (【檳火箭黨選】…, …（专题深思）). */
const columnTagged = (t: IToken[]) => columnTagSpan(t) !== undefined

/** A subtitle's opening dash, as its line is printed: ——记乡村教师张桂兰, ——在全市经济工作会议上的讲话. */
export const SUBTITLE_DASH = /^[—－-]/

const opensWithDash = (t: IToken[]) => {
  const first = trimmed(t)[0]
  return first !== undefined && tokenMatcher(first, Dash)
}

const endsAsKicker = (t: IToken[]) => {
  const last = trimmed(t).at(-1)
  return last !== undefined && (tokenMatcher(last, Dash) || last.image === ':')
}

/** How far into a line a speaker's colon stands (李强：, 习近平总书记：). */
const MAX_SPEAKER_LENGTH = 8

/**
 * A long line quoting a speaker (李强：坚定信心、毫不松懈，推动经济持续回升向好)
 * over a shorter line: the speaker's words are the kicker, the short line
 * the headline.
 */
function quotesSpeaker(first: IToken[], second: IToken[]): boolean {
  const t = trimmed(first)
  const colon = t.findIndex((token) => token.image === ':')
  if (colon <= 0 || printedLength(t.slice(0, colon)) > MAX_SPEAKER_LENGTH || t.some((token) => tokenMatcher(token, Dash))) return false
  // (A place before the colon datelines the title, 乌鲁木齐:两条直达新疆国际会展中心专线开通: no speaker.)
  if (namesPlace(trimmed(t.slice(0, colon)))) return false
  return printedLength(t) > printedLength(trimmed(second))
}

/** An administrative place's name, by its suffix: 沙湾市, 围场县, 城关区, 扎细新村. */
const PLACE_SUFFIX = /^[\p{Script=Han}]{1,8}(?:省|市|县|区|州|镇|乡|村|旗|盟)$/u

/** Whether words name a place: a place of the vocabulary (乌鲁木齐, 台北), or one by its suffix. */
const namesPlace = (words: IToken[]): boolean =>
  (words.length === 1 && tokenMatcher(words[0]!, Place)) || PLACE_SUFFIX.test(words.map((token) => token.image).join(''))

/**
 * A long line that pauses at a comma, as a sentence does, over a title
 * half its length or less (2014年,隨著市內一些公園完善或建成投用,逛公園成了… /
 * 市內公園增加,市民游玩更多去處): the 引题 setting the scene, the short line the
 * headline.
 */
function setsTheScene(first: IToken[], second: IToken[]): boolean {
  const t = trimmed(first)
  return pauses(t) && printedLength(t) >= 2 * printedLength(trimmed(second))
}

/**
 * A kicker's words, where no mark sets it apart: it says what the news is
 * for (缓解大石线交通压力 / 牧长路改造工程完工通车; 为…, 助力…, 喜迎…) or when it
 * happened (正值花开烂漫时 / 公园游园赏花去; …之际, …前夕); not over a subtitle's dash
 * (为了大山里的孩子 / ——记乡村教师张桂兰: headline and subheadline). (A plain line over a
 * headline of two phrases set apart by a space, 144团与沙湾市老沙湾镇联欢 /
 * 粽子飘香 共绘兵地团结情, is no such sign: on papers the rules were not
 * written for it was as often headline over subheadline.)
 */
function introducesTitle(first: IToken[]): boolean {
  const over = compactText(first)
  return PURPOSE_OPENING.test(over) || TIME_CLAUSE_END.test(over) || REPORTS_SPEECH.test(over)
}
/**
 * A kicker that says who spoke where, the headline under it what they said, as party papers set
 * a leader's words (杨兴铭在审议省政府工作报告时提出 / 聚精会神抓重点 全力以赴补短板…, 市委书记在调研时强调 /
 * …): 在… then 时, 上 or 中, then the verb of speaking, closing the line.
 */
const REPORTS_SPEECH = /^[\p{Script=Han}·]{2,16}在[^。!?，,]{2,24}(?:时|上|中)(?:强调|指出|提出|要求|表示)$/u
/** What a kicker opens with when it says what the news is for (not a question, 为什么…, 为何…, nor 为期三天…; not 纪念 or 庆祝, which open a 纪念馆's or a 庆祝大会's headline). */
const PURPOSE_OPENING = /^(?:为了|为(?!什么|何|啥|期)|助力|助推|聚焦|喜迎|迎接|缓解|献礼)[\p{Script=Han}“《]/u
/**
 * What a kicker is when it says when: 正值花开烂漫时, 在建党百年之际, 春节前夕 (not a
 * headline's …正当时, 植树造林正当时, nor one ending with 及时 or 小时).
 */
const TIME_CLAUSE_END = /^(?:正值|正逢|恰逢|适逢|值此|在|当)[^。!?]{2,16}(?:时|之时|之际)$|(?:之际|前夕)$/u

/**
 * A unit's name alone over its news, as military, police and trade papers set their briefs (甘肃省陇西县人武部 /
 * 组织抢险救灾课目演练, 国网城南供电公司 / 抢修线路保供电): the kicker says who, the headline what. Its place before it
 * (省, 市, 县, 区), then the unit; a title names no unit alone.
 */
const UNIT_NAME = new RegExp(
  `^[${HAN_CLASS}]{2,14}(?:人武部|武装部|军分区|警备区|支队|大队|中队|派出所|公安局|公安分局|消防救援站|法院|检察院|税务局|供电公司|分公司|支行|分行|卫生院|中心小学|中学|小学)$`,
)
const namesUnit = (first: IToken[]): boolean => UNIT_NAME.test(compactText(first))

/**
 * A series' label with the part's number closing it, over the part's own title (乡村振兴看恩施⑤ / 我州新增3个省级示范村,
 * 走进示范村（三）, 系列报道之五): the kicker. (A part named 上, 中 or 下 closes a headline as often: 老街的变迁（上）.)
 */
const SERIES_LABEL = /^[^。!?，,：:]{2,18}(?:[①-⑳]|[（(](?:[一二三四五六七八九十]{1,3}|[1-9][0-9]?)[)）]|之[一二三四五六七八九十]{1,3})$/u
const labelsSeries = (first: IToken[]): boolean => SERIES_LABEL.test(compactText(first))

/** The longest title that heads longer lines telling the story. */
const MAX_SHORT_TITLE = 8

/**
 * Whether a group opens with a short title (no pause in it) over lines at
 * least twice its length that each pause at a comma, as sentences do: the
 * title is the headline and the lines under it its subheadlines, where
 * three lines are otherwise kicker, headline, subheadline.
 */
function titlesOverSentences(lines: IToken[][]): boolean {
  const [title, ...rest] = lines.map(trimmed)
  const length = printedLength(title!)
  if (length > MAX_SHORT_TITLE || pauses(title!)) return false
  return rest.every((line) => pauses(line) && printedLength(line) >= 2 * length)
}

/** Whether a line pauses at a comma inside it, as a sentence does. */
const pauses = (t: IToken[]) => /[,，;；].+/.test(t.map((token) => token.image).join(''))

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

/** The longest phrase a print line must take from the web title to be read as restating it. */
const MIN_QUOTED = 8

/**
 * Whether a print title line, below the first print line, takes a long
 * phrase from the web title over them (北京小区猫狗遭飞镖射杀　居民担忧人身安全报案 /
 * 小区内飞镖乱飞　猫狗成靶子 / 数只猫狗被射中　居民担忧人身安全报案): the web
 * title put together from the print lines, so it is the headline.
 */
function quotes(print: IToken[], title: IToken[]): boolean {
  const a = [...compactText(print)]
  const b = compactText(title)
  for (let from = 0; from + MIN_QUOTED <= a.length; from++) if (b.includes(a.slice(from, from + MIN_QUOTED).join(''))) return true
  return false
}

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

/**
 * The first section's ordinal opening its head: 壹、, 一、, （一）. Only the first: （二）让农民腰包鼓起来
 * under a series' title is its part; and not before another numeral (一、二年级, 一、二月份: counted).
 */
const SECTION_ORDINAL = /^(?:壹、|一、(?![一二三四五六七八九十两])|[（(]一[)）])/
/** The longest section head read after its ordinal. */
const MAX_SECTION_HEAD = 16

/** Whether a heading line opens a numbered section (壹、前言, 一、基本情况): the body's first head, printed under the title. */
function opensSections(tokens: IToken[]): boolean {
  const text = compactText(trimmed(tokens))
  const m = SECTION_ORDINAL.exec(text)
  return m !== null && text.length - m[0].length <= MAX_SECTION_HEAD
}

/** A column's label before a bar opening a title: two to six Han characters (記者觀察|…, 海报丨…, 两会青声|…). */
const BARRED_LABEL = new RegExp(`^([${HAN_WORD_CLASS}]{2,6}) ?[|｜丨] ?(?=\\S)`)
/** The shortest title after a column's bar. */
const MIN_BARRED_TITLE = 4

/**
 * The column label a heading line opens with before a bar (記者觀察|維園年宵市場開鑼
 * 年花璀璨氣氛濃 → 記者觀察), or undefined. A listing page sets it before every
 * story's title, so a line carrying it titles a story of its own.
 */
export function barredColumnLabel(tokens: IToken[]): string | undefined {
  return barredLabelOf(compactText(trimmed(tokens)))
}

/** The same, of a title's text as printed (spaces aside). */
export function barredLabelOf(title: string): string | undefined {
  const text = title.replace(/\s+/g, '')
  const m = BARRED_LABEL.exec(text)
  return m && text.length - m[0].length >= MIN_BARRED_TITLE ? m[1] : undefined
}

/**
 * A column's label alone on its line over a title that opens with it
 * (記者觀察 / 記者觀察|後疫情時代 旅客日漸依賴自助值機服務): the listing's
 * section label, interface, not the story's kicker or headline.
 */
export const columnLabels: Refinement = (rows) =>
  rows.map((row, k) => {
    const next = rows[k + 1]
    if (row.kind !== 'heading' || next?.kind !== 'heading') return row
    const label = barredColumnLabel(next.tokens)
    return label !== undefined && compactText(trimmed(row.tokens)) === label ? readAs(row, 'chrome') : row
  })

/**
 * A heading line's inline content, with a column or topic tag at either
 * end as a `columnTag` node (以高质量党建引领发展（专题深思）).
 */
export function headingInlines(tokens: IToken[], runner: RuleRunner, factory: NodeFactory): Inline[] {
  const span = columnTagSpan(tokens)
  if (!span) return runner.inline(tokens, 'phrase')
  const tag = tokens.slice(span.from, span.to)
  const node: ColumnTag = {
    type: 'columnTag',
    label: factory.source(tag[0]!.startOffset + tag[0]!.image.length, tag.at(-1)!.startOffset),
    children: runner.inline(tag, 'phrase'),
    position: factory.position(start(tag), end(tag)),
  }
  const before = tokens.slice(0, span.from)
  const after = tokens.slice(span.to)
  return [...(before.length ? runner.inline(before, 'phrase') : []), node, ...(after.length ? runner.inline(after, 'phrase') : [])]
}
