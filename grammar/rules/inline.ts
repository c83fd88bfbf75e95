/**
 * Paragraph content: an optional dateline at the start, then lists, dates,
 * book titles and plain text. `phrase` is the same without dateline and
 * lists, for headlines and captions. (The closing signature is its own
 * construct: grammar/constructs/signature.ts.)
 */
import { EOF, tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import type { BookTitle, Dateline, DateNode, Inline } from '../../src/types'
import type { BaozhiParser, Dsl } from '../parser'
import {
  According,
  AnyToken,
  Bullet,
  Colon,
  Comma,
  Dash,
  DatelineDate,
  DateToken,
  EnumComma,
  FlashSource,
  LBook,
  LLenticular,
  LSquare,
  LParen,
  RLenticular,
  RParen,
  RTortoise,
  Role,
  SentenceEnd,
  Slash,
  LTortoise,
  Newline,
  Paper,
  Place,
  RBook,
  RelativeDate,
  Reported,
  ReporterRole,
  Space,
  WireEnd,
  WireSource,
  type TokenSet,
} from '../tokens'
import { HAN_CLASS } from '../han'
import { endsLikePlace, reportKind } from '../names'
import { FIELD_BAR, LIST_BULLET } from '../furniture'
import { foundBeforeClose } from '../lookahead'
import { Alnum, Other, TEXT_TOKEN } from '../tokens/text'

/** Tokens a dateline can open with: checked before the (costly) speculative parse. */
export const DATELINE_OPENERS = [FlashSource, WireSource, LLenticular, LSquare, LParen, LTortoise, According, ReporterRole]

/** The middle dot that joins a site to its news app or a group's app to its paper: 青海新闻网·大美青海客户端, 新甘肃·甘肃日报. */
export const MIDDLE_DOT = '·'

/** 讯, which closes a flash source (本报讯, 法制晚报讯) where the lexer reads it as a wire source's end. */
const FLASH_END = '讯'
/** Whether a token is the 讯 closing a flash source (not 电, the wire's other end). */
export const isFlashEnd = (token: IToken | undefined): token is IToken => token !== undefined && token.image === FLASH_END && tokenMatcher(token, WireEnd)
/** Whether a token closes a source with 讯: the word alone, or the wire's date the lexer reads with it (本报北京5月9日讯). */
export function closesFlash(token: IToken | undefined): boolean {
  if (token === undefined) return false
  const dated = tokenMatcher(token, DatelineDate) && token.image.endsWith(FLASH_END)
  return dated || isFlashEnd(token)
}

/**
 * A county's or a city's media centre or station, filing as a paper does: 渭南市融媒体中心讯, 某县广播电视台讯; a diocese's
 * communications centre too, (澳門教區社會傳播中心訊).
 */
const MEDIA_CENTRE = '融媒体中心|融媒中心|传媒中心|传播中心|新闻中心|广播电视台|电视台'

/**
 * A paper's special dispatch, whatever its name ends with: 学苑专讯, 明报专讯 — the name and 专 before 讯 (专讯 closes it as
 * 讯 closes 本报讯; the outlet's name is read to 专); a site's name may open with its Latin address (on.cc東網專訊).
 */
const SPECIAL_DISPATCH = `^(?:[A-Za-z][A-Za-z0-9.]{0,9})?[${HAN_CLASS}]{2,10}专$`
const SPECIAL_DISPATCH_NAME = new RegExp(SPECIAL_DISPATCH)
/**
 * A county paper named by the day and its place, as many are (今日桐乡, 今日临海, 今日开化; the lexer reads 今日 as a
 * day): not the day and a time of it, 今日上午记者从…, 今日下午.
 */
export const TODAYS_PAPER = `今日(?![上下凌早晚中傍深午起])[${HAN_CLASS}]{2,4}`
/** The same before 讯, a flash source: 今日花都讯 (credits read it before a role: 今日桐乡记者). */
const TODAYS_FLASH = `^${TODAYS_PAPER}$`
const TODAYS_FLASH_NAME = new RegExp(TODAYS_FLASH)
/**
 * A metro paper (都市报) by its short name, the first character of its name and 都, as it files and credits its
 * reporters: 南都 (南方都市报), 温都 (温州都市报), 海都 (海峡都市报) — 温都讯 昨晚…, …罚款。温都记者 吕进科.
 */
export const METRO_SHORT_NAME = `[${HAN_CLASS}]都`
const METRO_FLASH = `^${METRO_SHORT_NAME}$`
const METRO_FLASH_NAME = new RegExp(METRO_FLASH)

/**
 * Whether an outlet's name may be closed as read: a special dispatch's, a paper's named by the day and a metro paper's
 * short name only by 讯 (学苑专讯, 今日花都讯, 温都讯), and not where the day's name ends in a word for news (今日要闻快讯),
 * nor where the short name is a place's (`place`: 成都讯 is filed from 成都).
 */
function closesName(name: string, end: OutletEnd, place: boolean): boolean {
  if (METRO_FLASH_NAME.test(name)) return end === 'flash' && !place
  const byTheDay = TODAYS_FLASH_NAME.test(name)
  if (end === 'flash') return !(byTheDay && NEWS_WORDS.test(name.slice(-1)))
  return !byTheDay && !SPECIAL_DISPATCH_NAME.test(name)
}
/** A county's radio and television, 广电, a station's short name's word (巴东广电, 三峡广电讯). */
const BROADCAST_WORD = '广电'
/** A county's media centre by its short names: 远安融媒, 巴东广电. */
const CENTRE_SHORT = `融媒|${BROADCAST_WORD}`
/**
 * A paper's, site's or news app's name: a run of Han characters ending in
 * 报, a 刊 (皖东晨刊: its 晨刊讯), 网, 新闻, 新闻社, 在线, 客户端 or a weekly's 论坛 (法制晚报, 半岛都市报, 大洋网, 大皖新闻, 泰国头条新闻社, 浙江在线, 時代論壇), or a media centre's
 * (渭南市融媒体中心, 某县广播电视台, by its short name 中方融媒, 巴东广电), a site and its paper joined by a hyphen, a dash or a slash (华商网-华商报,
 * 华商网--华商晚报, 滨州日报/滨州网, 青岛日报社/观海新闻), a site
 * and its app joined by a middle dot (青海新闻网·大美青海客户端). (A source
 * named otherwise, 忻州发布讯, is taught by a vocabulary: examples/vocabulary-extension.mjs.)
 */
const OUTLET_NAME = new RegExp(
  `^(?:[${HAN_CLASS}]{2,10}${MIDDLE_DOT}|[${HAN_CLASS}]{1,10}(?:报社?|网)(?:-{1,2}|—{1,2}|/))?[${HAN_CLASS}]{1,10}(?:报|刊|网|新闻|新闻社|在线|客户端|论坛|${MEDIA_CENTRE}|${CENTRE_SHORT})$|${SPECIAL_DISPATCH}|${TODAYS_FLASH}|${METRO_FLASH}`,
)
/** The most tokens an outlet's name is lexed into (兰州 晚报: a place, then text; 《 福州 日报 》 in title marks). */
const MAX_OUTLET_TOKENS = 4
/** The tokens a joiner adds to a name that joins two (、 in 沈阳 晚报 、 沈阳 网). */
const JOINER_TOKENS = 1
/** The longest outlet's name, in characters (as OUTLET_NAME and credits' OUTLET_AFFILIATION allow). */
const MAX_OUTLET_CHARS = 18

/** How an outlet's name is closed when it opens a dateline. */
export type OutletEnd = 'flash' | 'dated' | 'placed' | 'datedPlaced' | 'reported' | 'credited'

/**
 * An outlet's name at the parser's next tokens, read as a dateline's source:
 * the family of 本报讯 for any paper, not only those the vocabulary lists.
 *   法制晚报讯, 兰州晚报讯                 flash: the name, then 讯
 *   半岛都市报11月6日讯                    dated: the name, then a wire date
 *   东北网哈尔滨11月29日电                 placed: the name, a place, then the wire date
 *   台湾网12月4日合肥消息, (台泰时报10月7日曼谷电)  datedPlaced: the name, the date, then the place and 电/讯/消息
 *   【金陵晚报报道】                       reported: the name, then 报道 (in brackets)
 *   昆明信息港讯 (昆明日报 记者陈思伊)       any name, when 讯 and a bracket of credits follow
 *   中国徐州网-徐州日报(记者 骆耀明)        credited: a name by its ending, the bracket of credits straight after it
 * Returns how many tokens the name spans and how it ends, or undefined.
 */
export function outletAhead(la: (k: number) => IToken | undefined, place: TokenType): { length: number; end: OutletEnd } | undefined {
  let end: OutletEnd | undefined
  const length = outletNameAhead(
    la,
    OUTLET_NAME,
    [place, Other, Dash, Slash, RelativeDate, Alnum],
    (next, after, k) =>
      !NAME_GOES_ON.test(next.image) && !forumInSentence(la, k, after) && (end = outletEnd(next, after, la(k + 3))) !== undefined && closesName(nameRun(la, k), end, tokenMatcher(la(1)!, place)),
    PAPER_AFTER_REGION,
  )
  if (length > 0 && end !== undefined) return { length, end }
  // Any name is an outlet's before 讯 and a bracket of credits: 华商网-华商报讯(实习记者 王佳柯…), 昆明信息港讯 (昆明日报 记者陈思伊),
  // a paper's and its site's (滨州日报/滨州网讯(记者 裴庆力), 沈阳晚报、沈阳网讯(记者李庆实)), an app's named by the day (今日开化讯(记者 王燕珍)); or before
  // the wire date and the bracket: 掌上长沙4月1日讯(全媒体记者 唐朝昭), 长沙晚报掌上长沙4月1日讯(…).
  let named: OutletEnd | undefined
  // (Not an outlet's name and the place before the date: 广西新闻网钦州11月28日讯 is filed from 钦州.)
  // (Not a word for news before 讯, 传来喜讯(记者…), 今日闻讯(记者…); not a time of the day, 今日上午讯; not a word for here and
  // now before the date, 本月1日讯, 我县6月7日讯.)
  const namedLength = outletNameAhead(la, ANY_OUTLET_NAME, [place, Other, Slash, EnumComma, RelativeDate], (next, _after, k) => {
    const flash = isFlashEnd(next)
    // (Most runs are closed by neither: the name is read only when one closes it.)
    if ((!flash && !tokenMatcher(next, DatelineDate)) || !creditsBracketAt(la, k + 2)) return false
    const name = nameRun(la, k)
    if ((NEWS_WORDS.test(name.slice(-1)) && !BROADCASTER.test(name)) || TIME_OF_DAY.test(name)) return false
    named = flash ? 'flash' : !placeAfterOutlet(name, la(k)!) && !HERE_AND_NOW.test(name) ? 'dated' : undefined
    return named !== undefined
  }, PAPER_AFTER_REGION, MAX_OUTLET_TOKENS + JOINER_TOKENS)
  if (namedLength > 0 && named !== undefined) return { length: namedLength, end: named }
  // An outlet's name with its reporters' bracket straight after it, no 讯: 中国徐州网-徐州日报(记者 骆耀明) 初冬的暖阳….
  // (Most lines have no bracket that close to their start: the names are not tried.)
  if (!parenWithin(la, MAX_OUTLET_TOKENS + 2)) return undefined
  // (A media centre's name, a sentence's subject as often, only before the lead's date or a space: 远安融媒（记者 王芳）5月9日，…,
  // not 白水县融媒体中心（记者 张三）获得….)
  const credited = outletNameAhead(la, CREDITED_OUTLET_NAME, [place, Other], (_next, _after, k) => creditsBracketAt(la, k + 1) && leadAfterBracket(la, k + 1, namesMediaCentre(nameRun(la, k))))
  return credited > 0 ? { length: credited, end: 'credited' } : undefined
}

/**
 * Whether a name ending in 论坛 and its 讯 run on into the sentence's next word: 天涯论坛讯速传开 (讯速, a slip for 迅速) is
 * a sentence; a weekly's flash is set apart from its lead (时代论坛讯 12月8日…, 【時代論壇訊】).
 */
function forumInSentence(la: (k: number) => IToken | undefined, k: number, after: IToken | undefined): boolean {
  return FORUM.test(nameRun(la, k)) && after !== undefined && after.tokenType.name === TEXT_TOKEN
}
const FORUM = /论坛$/

/** The word of an outlet's own app or site right after its name, which goes on with the name: 中国青年报客户端北京5月9日电, 红网时刻新闻5月15日讯. */
export const NAME_GOES_ON = /^(?:客户端|新闻客户端|在线|新闻网|新闻)$/

/**
 * A paper the vocabulary knows, inside a longer outlet's name after its region's: 四川 经济日报, 河南 法治日报 (a
 * province's paper named after a national one). Never the name's first token: 经济日报讯 is read as the wire source.
 */
const PAPER_AFTER_REGION: readonly TokenType[] = [Paper]

/** The characters of the tokens up to `k`. */
export function nameRun(la: (k: number) => IToken | undefined, k: number): string {
  let image = ''
  for (let j = 1; j <= k; j++) image += la(j)!.image
  return image
}

/** A time of the day closing a run before 讯: 今日上午讯 names no outlet. */
const TIME_OF_DAY = /(?:上午|下午|中午|晚上|早上|凌晨|傍晚|晚间|清晨|夜间)$/
/** Words for here and now before a wire date: 本月1日讯, 我县6月7日讯, 本市…: no outlet's name. */
const HERE_AND_NOW = /^(?:本|我|今|昨|近|该|此)[^ ]{0,2}$/

/** The most characters of a place's name after an outlet's, before the wire date (钦州, 防城港); an app's is longer (掌上长沙). */
const MAX_PLACE_AFTER_OUTLET = 3

/** An outlet's name by its ending, with more of the run after it: 广西新闻网 in 广西新闻网钦州. */
const OUTLET_BEFORE_MORE = /^.+?(?:报|网|台)(?=.)/u

/**
 * Whether a name's run (`image`, its last token `last`) is an outlet's name and a place's after it (广西新闻网钦州:
 * 广西新闻网, then 钦州): a short word after the outlet's, or one the vocabulary or its ending makes a place.
 */
function placeAfterOutlet(image: string, last: IToken): boolean {
  const outlet = OUTLET_BEFORE_MORE.exec(image)?.[0]
  if (outlet === undefined) return false
  const rest = image.slice(outlet.length)
  return [...rest].length <= MAX_PLACE_AFTER_OUTLET || (tokenMatcher(last, Place) && last.image === rest) || endsLikePlace(rest)
}

/** Whether an opening bracket stands among the first `count` tokens ahead. */
function parenWithin(la: (k: number) => IToken | undefined, count: number): boolean {
  for (let k = 2; k <= count; k++) {
    const token = la(k)
    if (token === undefined) return false
    if (tokenMatcher(token, LParen)) return true
  }
  return false
}

/** The most tokens a bracket of credits spans. */
const MAX_BRACKET_TOKENS = 16

/**
 * Whether the story's lead follows the bracket of credits opening at token `k`: text on the same
 * line, not a list of outlets going on (徐州日报(记者 骆耀明)、新华日报(记者 王五)等…), a work's title
 * after it (徐州日报(记者 骆耀明)《读者节现场活动侧记》), or nothing (a closing credit). `setApart`: the lead opens
 * with a space or its date (SETS_LEAD_APART).
 */
function leadAfterBracket(la: (k: number) => IToken | undefined, k: number, setApart = false): boolean {
  let close = la(k) !== undefined && tokenMatcher(la(k)!, Space) ? k + 1 : k
  while (close < k + MAX_BRACKET_TOKENS && la(close) !== undefined && !tokenMatcher(la(close)!, RParen)) close++
  const after = la(close + 1)
  if (after === undefined || !tokenMatcher(la(close)!, RParen)) return false
  if (setApart && !SETS_LEAD_APART.some((type) => tokenMatcher(after, type))) return false
  return !tokenMatcher(after, EnumComma) && !tokenMatcher(after, LBook) && !tokenMatcher(after, Newline) && !after.image.startsWith(LIST_GOES_ON)
}
/** What opens a lead set apart from the bracket of credits before it: a space, the lead's date. */
const SETS_LEAD_APART: readonly TokenType[] = [Space, DateToken, RelativeDate]
/** 等 after a bracket: the list of outlets goes on (…等10余家媒体). */
const LIST_GOES_ON = '等'

/** An outlet's name by its ending, two characters or more before it, for two an enumeration comma joins (沈阳晚报、沈阳网: not 市委、市政府, nor 喜报、捷报 or 舞台、平台). */
const ENDED_OUTLET = `[${HAN_CLASS}]{2,10}(?:报|网|台|新闻|在线|客户端)`
/** Two outlets' names an enumeration comma joins: a paper and its site filing as one (沈阳晚报、沈阳网讯; 河北日报、河北新闻网记者 周聪聪). */
export const LISTED_OUTLETS = `${ENDED_OUTLET}、${ENDED_OUTLET}`

/** A media centre's name by its ending: 远安县融媒体中心, 远安融媒, 巴东广电. */
const CENTRE_NAME = new RegExp(`(?:中心|${CENTRE_SHORT})$`)
/** Whether a word names a media centre by its ending (远安县融媒体中心, 远安融媒, 巴东广电). */
export const namesMediaCentre = (word: string): boolean => CENTRE_NAME.test(word)
/** A station's name by its short word for radio and television, not 电讯 (telegraph news) before 讯: 三峡广电讯. */
const BROADCASTER = new RegExp(`${BROADCAST_WORD}$`)
/**
 * An outlet's name by its ending, a site's name and a hyphen or a slash perhaps before it (中国徐州网-徐州日报, 扬子晚报/紫牛新闻, 徐州日报,
 * 淄博电视台), a media centre's (远安县融媒体中心, 远安融媒, 巴东广电), or two outlets listed (河北日报、河北新闻网).
 */
const CREDITED_OUTLET_NAME = new RegExp(`^(?:[${HAN_CLASS}]{2,12}[-/])?[${HAN_CLASS}]{1,10}(?:报|网|新闻|在线|客户端|${MEDIA_CENTRE}|${CENTRE_SHORT})$|^${LISTED_OUTLETS}$`)
/** Any name of a paper, site or app, a hyphen or a slash joining two (华商网-华商报, 滨州日报/滨州网, 昆明信息港), or an enumeration comma two outlets' names (沈阳晚报、沈阳网). */
const ANY_OUTLET_NAME = new RegExp(`^[${HAN_CLASS}]{2,12}(?:[-/][${HAN_CLASS}]{2,12})?$|^${LISTED_OUTLETS}$`)

/** How far into a bracket a role word must stand for the bracket to hold credits (an outlet's name, then the role). */
const MAX_TOKENS_BEFORE_ROLE = 4

/** Whether a bracket of credits opens at token `k` (a space may stand before it): （记者…, (昆明日报 记者…. */
export function creditsBracketAt(la: (k: number) => IToken | undefined, k: number): boolean {
  const open = la(k) !== undefined && tokenMatcher(la(k)!, Space) ? k + 1 : k
  if (la(open) === undefined || !tokenMatcher(la(open)!, LParen)) return false
  return foundBeforeClose(la, Role, RParen, MAX_TOKENS_BEFORE_ROLE, open + 1)
}

function outletEnd(next: IToken, after: IToken | undefined, beyond: IToken | undefined): OutletEnd | undefined {
  // (Not 讯 opening a word: 法制晚报讯息栏目…, 县融媒体中心讯息平台…, 警报讯号.)
  if (isFlashEnd(next)) return flashOpensWord(after) ? undefined : 'flash'
  if (tokenMatcher(next, DatelineDate)) return 'dated'
  // (The wire date set apart from the lead: 淘宝网杭州10月8日电商直播节 is a title, its 电 the lead's word.)
  if (tokenMatcher(next, Place) && after !== undefined && tokenMatcher(after, DatelineDate) && (beyond === undefined || separatesLead(beyond) || tokenMatcher(beyond, LParen))) {
    return 'placed'
  }
  if (tokenMatcher(next, Reported)) return 'reported'
  // (The date before the place, as some sites and overseas papers print it: the place a short word, the closing word straight after it.)
  if (datePlaceEnds(next, after, beyond)) return 'datedPlaced'
  return undefined
}

/** What follows 讯 where it opens a word (讯息, 讯号, 讯问, 讯飞), not the close of a source's name. */
const WORD_AFTER_FLASH = /^[息号问飞]/
/** Whether 讯, then `after`, opens a word (讯息, 讯号…) rather than closing a source's name. */
export const flashOpensWord = (after: IToken | undefined): boolean => after !== undefined && after.tokenType.name === TEXT_TOKEN && WORD_AFTER_FLASH.test(after.image)

/**
 * Whether a wire's date, then its place, then its closing word stand at these tokens (12月4日 合肥 消息, 5月9日
 * 太原 电): the date before the place, as some sites and overseas papers print it — the place a short word, the
 * closing word straight after it.
 */
export function datePlaceEnds(date: IToken | undefined, place: IToken | undefined, end: IToken | undefined): boolean {
  return date !== undefined && place !== undefined && end !== undefined && tokenMatcher(date, DateToken) && datePlace(place) && (tokenMatcher(end, WireEnd) || end.image === NEWS_WORD)
}

/** The longest place after a wire's date, in characters (吉隆坡, 哈尔滨). */
const MAX_PLACE_AFTER_DATE = 4
/** A place after a wire's date, before its closing word: one the vocabulary knows, or a short word of Han text (曼谷, 吉隆坡). */
const datePlace = (token: IToken): boolean =>
  tokenMatcher(token, Place) || (token.tokenType.name === TEXT_TOKEN && PLACE_AFTER_DATE.test(token.image))
const PLACE_AFTER_DATE = new RegExp(`^[${HAN_CLASS}]{2,${MAX_PLACE_AFTER_DATE}}$`)

/**
 * How many tokens at the parser's next ones spell an outlet's name: Han
 * text, or any of `parts` (a place: 兰州 晚报), or after the first token any
 * of `laterParts` (四川 经济日报), at most MAX_OUTLET_TOKENS, whose joined
 * characters match `name` and before a token that `closes` accepts; 0 when
 * none do.
 */
export function outletNameAhead(
  la: (k: number) => IToken | undefined,
  name: RegExp,
  parts: TokenType[],
  closes: (next: IToken, after: IToken | undefined, k: number) => boolean,
  laterParts: readonly TokenType[] = [],
  maxTokens = MAX_OUTLET_TOKENS,
): number {
  let image = ''
  for (let k = 1; k <= maxTokens; k++) {
    const token = la(k)
    const part = (type: TokenType) => tokenMatcher(token!, type)
    if (token === undefined || !(token.tokenType.name === TEXT_TOKEN || parts.some(part) || (k > 1 && laterParts.some(part)))) return 0
    image += token.image
    // Most lines open with a run of text longer than any outlet's name.
    if (image.length > MAX_OUTLET_CHARS) return 0
    const next = la(k + 1)
    if (name.test(image) && next !== undefined && closes(next, la(k + 2), k)) return k
  }
  return 0
}

/**
 * Whether tokens start the way datelines do: an opener, an outlet's name
 * closed by 讯 or a wire date (半岛都市报11月6日讯), or a local desk's name
 * and 讯 before credits in brackets (西和讯(通讯员…)).
 */
export const startsDateline = (tokens: IToken[]): boolean => {
  const lead = afterLeadBullet(tokens)
  return opensDatelineAt((k) => lead[k - 1])
}

/** Whether the next tokens open the way datelines do (the test of startsDateline, and the paragraph rule's gate). */
export function opensDatelineAt(la: (k: number) => IToken | undefined): boolean {
  const first = la(1)
  return (
    (first !== undefined && DATELINE_OPENERS.some((t) => tokenMatcher(first, t))) ||
    looseCompiledAt(la) ||
    opensByName(la) ||
    sitePrefixAhead(la) ||
    placeDateAt(la, false) ||
    placeFlashAt(la, false) ||
    newsSourceAt(la) > 0 ||
    outletReporterAt(la) ||
    wireDateOpensAt(la)
  )
}

/** A desk's name before its compiled report: 生活中心, 國際中心, 即時新聞, 政治組 (two to six characters). */
const DESK_NAME = new RegExp(`^[${HAN_CLASS}]{2,6}$`)

/**
 * Whether a desk's compiled report with no brackets stands at `la` (生活中心／綜合報導 …, 即時新聞／綜合報導, as Taiwan's
 * sites print it under the title): the desk's name, a slash, the report's kind and 报导 — a kind alone (綜合報導 …)
 * opens a sentence as often. (In brackets, 〔即時新聞／綜合報導〕, the dateline's brackets tell it.)
 */
export function looseCompiledAt(la: (k: number) => IToken | undefined): boolean {
  const [desk, slash, kind, reported] = [la(1), la(2), la(3), la(4)]
  if (desk === undefined || desk.tokenType.name !== TEXT_TOKEN || !DESK_NAME.test(desk.image) || slash === undefined || !tokenMatcher(slash, Slash)) return false
  return kind !== undefined && kind.tokenType.name === TEXT_TOKEN && reportKind(kind.image) && reported !== undefined && tokenMatcher(reported, Reported)
}

/**
 * The wire's date and its closing word, set apart from the lead by a colon or a space (4月7日消息：今天，…, 5月9日电 …):
 * a dateline whose outlet a repost dropped. (Glued to the next word the date is the sentence's: 4月7日电力公司….)
 */
export function wireDateOpensAt(la: (k: number) => IToken | undefined): boolean {
  const [date, apart, lead] = [la(1), la(2), la(3)]
  return date !== undefined && tokenMatcher(date, DatelineDate) && apart !== undefined && (tokenMatcher(apart, Colon) || tokenMatcher(apart, Space)) && lead !== undefined && lead.tokenType !== EOF
}

/**
 * An outlet's reporter opening the line: its name, then the role (三秦都市报记者张军建…报道：; after a slash, 聯合報／記者王芳／台北報導), or a media centre's
 * (利川市融媒体中心记者 王芳 报道 …); the dateline rule requires 报道 or the lead's date to close the credits and the
 * lead to go on after them.
 */
function outletReporterAt(la: (k: number) => IToken | undefined): boolean {
  return (
    outletNameAhead(la, CREDITED_OUTLET_NAME, [Place, Paper], (next) => tokenMatcher(next, ReporterRole), [Paper, EnumComma, Slash]) > 0 ||
    // (A slash or a bar after the paper's name, as its site opens a story: 聯合報／記者王芳／台北即時報導, 北京日报客户端｜记者 王芳;
    // or a space: 中国民航报 记者郝蒙 通讯员易世忠 报道:.)
    outletNameAhead(la, CREDITED_OUTLET_NAME, [Place, Paper], (next, after) => (slashOrBar(next) || tokenMatcher(next, Space)) && after !== undefined && tokenMatcher(after, ReporterRole), [Paper]) > 0 ||
    outletNameAhead(la, CENTRE_PLACE, [Place], (next) => tokenMatcher(next, ReporterRole) && next.image === CENTRE_ROLE) > 0
  )
}

/** A slash or a site's bar (|, ｜): what sets a field, an outlet or a role apart from what follows it. */
export const slashOrBar = (token: IToken): boolean => tokenMatcher(token, Slash) || FIELD_BAR.test(token.image)

/** The reporter's role that names the media centre it works for. */
export const CENTRE_ROLE = '融媒体中心记者'
/**
 * The place a media centre belongs to: a county's, city's or district's name, or the word alone (县); words
 * that tie a sentence together are in no place's name (图片由县, 跟着市 open sentences; 和, 向, 迎 are in 西和县, 向阳区, 迎泽区).
 */
export const CENTRE_PLACE = new RegExp(`^(?![^]*[由从到的是在着请让与及为被把对])[${HAN_CLASS}]{0,8}[省市县区州旗盟]$`)

/** A place named alone before the wire date: two to five Han characters. */
const DATELINE_PLACE = new RegExp(`^[${HAN_CLASS}]{2,5}$`)
/** A bar setting an unbracketed place and wire date apart from the lead: 亚庇10日讯|端午节… */
const BAR = '|'
/** Whether a token sets an unbracketed place and wire date apart from the lead: a bar, spaces, a colon, a dash. */
const separatesLead = (token: IToken) => token.image === BAR || tokenMatcher(token, Space) || tokenMatcher(token, Colon) || tokenMatcher(token, Dash)

/**
 * A place (two to five characters) and the wire date at `la`: in brackets,
 * (雪邦1日讯), (吉隆坡5日讯); or without them, set apart from the lead by a
 * mark or a space (亚庇10日讯|端午节早上…), as Malaysian sites print it
 * (see unbracketedPlace).
 */
export function placeDateAt(la: (k: number) => IToken | undefined, bracketed: boolean): boolean {
  const [place, date, after] = [la(1), la(2), la(3)]
  const glued = place !== undefined && place.tokenType.name === TEXT_TOKEN && gluedOutlet(place.image) !== undefined
  return (
    place !== undefined &&
    (tokenMatcher(place, Place) || (place.tokenType.name === TEXT_TOKEN && DATELINE_PLACE.test(place.image)) || glued) &&
    date !== undefined &&
    tokenMatcher(date, DatelineDate) &&
    // (An outlet glued to its place may have its credits' bracket next: 广西新闻网钦州11月28日讯(记者 胡雁).)
    (bracketed || (after !== undefined && (separatesLead(after) || (glued && tokenMatcher(after, LParen))) && unbracketedPlace(place, date, glued)))
  )
}

/**
 * An outlet's name glued to the place before the wire date, lexed as one
 * word: a paper's short name (晨报淄博7月6日讯) or a site's or paper's whole
 * name (东北网鸡西10月8日讯, 广西新闻网钦州11月28日讯, 印尼商报泗水讯): the name, the place.
 * The name is the shortest that ends the way outlets' names do.
 */
const GLUED_PAPER = new RegExp(`^((?:晨|晚|日|早|商|快)报|[${HAN_CLASS}]{1,8}?(?:网|日报|晚报|晨报|都市报|商报|时报))([${HAN_CLASS}]{2,4})$`)
/** The networks whose names end in 网 and name no outlet (互联网协会, 物联网产业园): source-note.ts reads them too. */
export const NETWORK_NAMES = '互联网|物联网|局域网|广域网|因特网|万维网|电网|天网|法网|渔网|球网|铁丝网'
const NETWORK_WORDS = new RegExp(`^(?:${NETWORK_NAMES})$`)
/** Characters that make a word with the 网 before them (网络, 网上, 网站): the name runs on, no place follows. */
const WORD_AFTER_NET = /^[络上页站友民点格吧店购红关球速课文状]/
/** What a body's name ends with, where a place would stand: 公司, 协会, 产业园. */
const BODY_ENDING = /(?:公司|协会|集团|中心|产业园|园区|技术|企业|平台|商城|学校|医院)$/

/**
 * An outlet's name glued to its place, read as one word (晨报淄博, 东北网鸡西,
 * 广西新闻网钦州): the name and the place, or undefined when the word is a
 * body's name with 网 in it (联通网络公司, 互联网协会, 京东商城网上年货节).
 */
export function gluedOutlet(word: string): { outlet: string; place: string } | undefined {
  const m = GLUED_PAPER.exec(word)
  if (!m) return undefined
  const [, outlet, place] = m as unknown as [string, string, string]
  if (NETWORK_WORDS.test(outlet) || (outlet.endsWith('网') && WORD_AFTER_NET.test(place)) || BODY_ENDING.test(place)) return undefined
  return { outlet, place }
}

/**
 * Without brackets, a place the vocabulary knows, a day alone (亚庇10日讯, as
 * Malaysian sites date by day), or a paper glued to its place (晨报淄博7月6日讯):
 * a company's name before a full date (某某公司11月6日讯) is no dateline.
 */
const unbracketedPlace = (place: IToken, date: IToken, glued: boolean) => tokenMatcher(place, Place) || !MONTH_IN_DATE.test(date.image) || glued
/** A wire date that prints its month. */
const MONTH_IN_DATE = /月/

/** A news site's name, as reposts set it before the paper's: 华商网, 大洋网. */
const SITE_NAME = new RegExp(`^[${HAN_CLASS}]{2,10}网$`)

/**
 * A site's name joined by a hyphen to a paper's source, as the site's
 * reposts print it (华商网-华商报讯, 大洋网-广州日报讯): the whole is the source.
 */
export function sitePrefixAhead(la: (k: number) => IToken | undefined): boolean {
  const [site, hyphen, source] = [la(1), la(2), la(3)]
  return site?.tokenType.name === TEXT_TOKEN && SITE_NAME.test(site.image) && hyphen?.image === '-' && source !== undefined && tokenMatcher(source, FlashSource)
}

/** The word some papers open the lead with after their name, as others print 讯: 千山晚报消息, 本报消息. */
const NEWS_WORD = '消息'
/** A paper's, site's or station's name glued to 消息 (千山晚报消息, 宁德网消息), read by the lexer as one run of text. */
const OUTLET_NEWS = new RegExp(`^[${HAN_CLASS}]{1,10}(?:报|网|台)${NEWS_WORD}$`)

/**
 * An outlet's name and 消息 opening the lead, as a flash source's 讯 does
 * (千山晚报消息 …, 宁德网消息(文/图 游书金 游海丹)9月22日…, 本报消息记者余萍…报道…),
 * the lead going on after it on the line: how many tokens the source spans, or 0.
 */
export function newsSourceAt(la: (k: number) => IToken | undefined): number {
  const first = la(1)
  if (first === undefined) return 0
  let length = 0
  // (互联网消息, 天气预报消息: a network's or a forecast's news, no outlet's.)
  if (first.tokenType.name === TEXT_TOKEN && OUTLET_NEWS.test(first.image) && !NOT_OUTLETS.test(first.image.slice(0, -NEWS_WORD.length))) length = 1
  else if (tokenMatcher(first, WireSource) && la(2)?.tokenType.name === TEXT_TOKEN && la(2)!.image === NEWS_WORD) length = 2
  // (A paper named by its place, the place a word of its own to the lexer: 澳门 晚报消息, 北京 晚报消息.)
  else if (tokenMatcher(first, Place) && la(2)?.tokenType.name === TEXT_TOKEN && OUTLET_NEWS.test(first.image + la(2)!.image)) length = 2
  // (An outlet's name and 报道, its reporters' brackets straight after: 北欧绿色邮报网报道(记者陈雪霏)–. Not 报道 going on
  // into a sentence, 新华网报道称…, nor a paper the story names before, 该报报道(记者李娜)….)
  else if (la(2) !== undefined && tokenMatcher(la(2)!, Reported) && la(3) !== undefined && tokenMatcher(la(3)!, LParen)) {
    const named = first.tokenType.name === TEXT_TOKEN && CREDITED_OUTLET_NAME.test(first.image) && !NOT_OUTLETS.test(first.image) && !NAMED_BEFORE.test(first.image)
    return named ? 2 : 0
  }
  const next = la(length + 1)
  return length > 0 && next !== undefined && NEWS_LEAD.some((type) => tokenMatcher(next, type)) ? length : 0
}

/** An outlet the text named before, by a demonstrative: 该报, 此网, 这家报, 上述网. */
const NAMED_BEFORE = /^(?:该|此|这|那|其|上述|某)/
/** Words ending like an outlet's name that name none: networks (互联网), a forecast (天气预报). */
const NOT_OUTLETS = new RegExp(`${NETWORK_WORDS.source}|^(?:天气预报|预报|海报|警报|简报|快报|通报|公报|情报|画报|电报)$`)

/**
 * What the lead goes on with after an outlet's 消息: a space, a colon (央视网消息：…), credits, a date; or the
 * brackets close (【本报消息】26日下午,…, 〔本报消息〕).
 */
const NEWS_LEAD: readonly TokenType[] = [Space, Colon, LParen, ReporterRole, DateToken, DatelineDate, RelativeDate, RLenticular, RParen, RTortoise]

/** The opener test of startsDateline for names (outlets, local desks), at the next tokens. */
export function opensByName(la: (k: number) => IToken | undefined): boolean {
  const outlet = outletAhead(la, Place)
  if (outlet !== undefined && outlet.end !== 'reported') return true
  return localDeskAhead(la)
}

/** How an outlet's name ends, where a place's does not: 报, 网, 台, 社, a weekly's 论坛 (【時代論壇訊】), 传媒, 之声. */
const OUTLET_ENDING = /(?:报|网|台|社|站|刊|中心|论坛|传媒|之声)$/

/**
 * A place alone and 讯 closing the brackets, no date (金边讯), 【苏加巫眉讯】: how Southeast
 * Asia's Chinese papers head a local report, as (雪邦21日讯) with its day; or the paper's
 * name glued to the place there (星洲日报吉隆坡讯, 国际日报棉兰讯: gluedOutlet). (An outlet's
 * name in its place, 【香港商报讯】, ends the way outlets' names do: its source.)
 */
export function placeFlashAt(la: (k: number) => IToken | undefined, bracketed = true): boolean {
  const [place, end, close] = [la(1), la(2), la(3)]
  if (place === undefined || !isFlashEnd(end) || close === undefined) return false
  // (Or a dash after it, no brackets, opening the line: 泗水讯——创刊于泗水的…, as Indonesia's papers print it.)
  if (!(bracketed ? tokenMatcher(close, RParen) || tokenMatcher(close, RLenticular) : tokenMatcher(close, Dash))) return false
  const text = place.tokenType.name === TEXT_TOKEN
  return (
    (tokenMatcher(place, Place) ||
      (text && DATELINE_PLACE.test(place.image) && !OUTLET_ENDING.test(place.image) && !reportKind(place.image)) ||
      (text && bracketed && gluedPlace(place.image))) &&
    clauseAfter(la, 4)
  )
}

/** A paper's name glued to a place before 讯 (国际日报棉兰讯), not to how the story was reported (南洋商报独家讯). */
const gluedPlace = (word: string): boolean => {
  const glued = gluedOutlet(word)
  return glued !== undefined && !reportKind(glued.place)
}

/** How far a lead's first sentence may end after its opening (tokens). */
const MAX_SENTENCE_TOKENS = 60

/**
 * Whether a sentence ends after the `from`th token, before the run ends: a lead goes on
 * after its dateline; a title does not ((商丘讯)注意安全, (槟城讯)槟城新春大游行，万人空巷).
 */
function clauseAfter(la: (k: number) => IToken | undefined, from: number): boolean {
  for (let k = from; k < from + MAX_SENTENCE_TOKENS; k++) {
    const token = la(k)
    if (token === undefined || token.tokenType === EOF) return false
    if (tokenMatcher(token, SentenceEnd) || /[。！？]/.test(token.image)) return true
  }
  return false
}

/** A local desk's name: a county's or district's media centre files as 西和讯, 萧县讯. */
const LOCAL_DESK = new RegExp(`^[${HAN_CLASS}]{2,4}$`)

/**
 * Words ending in 讯 that name no desk: a brief, good news, a newsletter, hearing the news (快讯 11月6日…, 喜讯 日前…,
 * 闻讯赶来), getting the news (民警接讯,…, 获讯, 得讯); questioning a suspect and being questioned (经审讯,…, 侦讯,
 * 提讯, 问讯, 刑讯, 应讯, 候讯, 受讯).
 */
const NEWS_WORDS = /^(?:快|简|喜|资|通|短|速|电|传|音|视|死|首|专|要|新|动|捷|佳|汛|闻|接|获|得|审|侦|提|问|刑|质|应|候|受)$/

/**
 * A local desk's name, 讯, then a bracket (西和讯(通讯员梁云霞杨军祥)) or a
 * role (钟家庄讯 通讯员王明轩报道): the opener only; the dateline rule requires
 * the bracket to hold credits, the role's credits to close with 报道. Or a
 * comma straight after 讯, the lead going on after it (每日印尼讯,本周,…):
 * a desk or a small outlet named before its flash, no credits.
 */
export function localDeskAhead(la: (k: number) => IToken | undefined): boolean {
  const name = la(1)
  const end = la(2)
  let next = la(3)
  if (next !== undefined && tokenMatcher(next, Space)) next = la(4)
  return (
    name !== undefined &&
    (name.tokenType.name === TEXT_TOKEN || tokenMatcher(name, Place)) &&
    LOCAL_DESK.test(name.image) &&
    // (Not a word for news: 家属闻讯(记者…)赶到, 传来喜讯.)
    !NEWS_WORDS.test(name.image.slice(-1)) &&
    isFlashEnd(end) &&
    next !== undefined &&
    (tokenMatcher(next, LParen) || tokenMatcher(next, ReporterRole) || deskDateAt(la, next) || (next === la(3) && tokenMatcher(next, Comma)))
  )
}

/**
 * Whether the lead's date follows a local desk's 讯 (贵港讯 11月6日，我市…): the desk's dateline, its name a
 * place's (a place the vocabulary knows, or a name ending as places' do; not a word for a brief, 快讯).
 */
function deskDateAt(la: (k: number) => IToken | undefined, next: IToken): boolean {
  const name = la(1)!
  // (A place's name, by the vocabulary or by its ending: 村民闻讯昨日…, 汽车商讯 近日…, 平安警讯 are words for news.)
  const place = tokenMatcher(name, Place) || endsLikePlace(name.image)
  return place && (tokenMatcher(next, DateToken) || tokenMatcher(next, RelativeDate)) && !NEWS_WORDS.test(name.image.slice(-1))
}
import { bookTitleNode, toInlines, type Atom } from './inline-nodes'

export function defineInlineRules($: Dsl & BaozhiParser, _t: TokenSet): void {
  const factory = () => $.ctx.factory

  /** One piece of phrasing: a date, a book title, or any token as text. */
  $.atom = $.RULE('atom', (): Atom =>
    $.OR({
      // Alternatives overlap (AnyToken covers all); gates and order decide.
      IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
      DEF: [
        { ALT: () => $.SUBRULE($.date) },
        { GATE: () => $.ctx.bookTitles.has($.LA(1)), ALT: () => $.SUBRULE($.bookTitle) },
        { ALT: () => $.CONSUME(AnyToken) },
      ],
    }),
  )

  /** 《…》 with its closing mark in the same unit. */
  $.bookTitle = $.RULE('bookTitle', (): BookTitle => {
    const open = $.CONSUME(LBook)
    const inner: IToken[] = []
    $.MANY({ GATE: () => $.LA(1).tokenType !== RBook, MAX_LOOKAHEAD: 1, DEF: () => inner.push($.CONSUME(AnyToken)) })
    const close = $.CONSUME(RBook)
    return $.ACTION(() => bookTitleNode(open, inner, close, factory()))
  })

  $.paragraph = $.RULE('paragraph', (): Inline[] => {
    const atoms: Atom[] = []
    let dateline: Dateline | undefined
    // A bullet some papers set before the lead (■ 都市时报讯 (全媒体记者 李文璟)…): the
    // paragraph's mark, text; the dateline after it is still its lead's.
    $.OPTION2({
      MAX_LOOKAHEAD: 1,
      GATE: () => $.ctx.allowDateline && isLeadBullet($.LA(1)) && $.ctx.lists.get($.LA(1)) === undefined,
      DEF: () => {
        atoms.push($.SUBRULE1($.atom))
        $.OPTION3({ MAX_LOOKAHEAD: 1, GATE: () => $.LA(1).tokenType === Space, DEF: () => atoms.push($.SUBRULE2($.atom)) })
      },
    })
    $.OPTION({
      // One token of lookahead: the gate decides (it parses the dateline
      // ahead). With more, Chevrotain's analysis refused datelines the line's
      // classification read as ones: 本报讯 followed at once by the lead's
      // date or text (本报讯2月9日上午, 本报讯萧县…), or by a credit bracket
      // that never closes (本报讯〔编辑 张三 报道).
      MAX_LOOKAHEAD: 1,
      GATE: () =>
        $.ctx.allowDateline &&
        opensDatelineAt((k) => $.LA(k)) &&
        datelineAhead(),
      DEF: () => atoms.push((dateline = $.SUBRULE($.dateline))),
    })
    $.MANY({
      MAX_LOOKAHEAD: 1,
      DEF: () =>
      $.OR({
        IGNORE_AMBIGUITIES: true,
        MAX_LOOKAHEAD: 1,
        DEF: [
          { GATE: () => $.ctx.lists.get($.LA(1))?.first === true, ALT: () => atoms.push($.SUBRULE($.list)) },
          { ALT: () => atoms.push($.SUBRULE($.atom)) },
        ],
      }),
    })
    return $.ACTION(() => {
      if (dateline) dateFromLead(dateline, atoms)
      return toInlines(atoms, factory())
    })
  })
  const datelineAhead = $.BACKTRACK($.dateline).bind($)

  $.phrase = $.RULE('phrase', (): Inline[] => {
    const atoms: Atom[] = []
    $.MANY({ MAX_LOOKAHEAD: 1, DEF: () => atoms.push($.SUBRULE($.atom)) })
    return $.ACTION(() => toInlines(atoms, factory()))
  })
}

/** A bullet set before a lead: a paper's (■, ●) or a site list's (•). */
const isLeadBullet = (token: IToken | undefined): boolean => token !== undefined && (tokenMatcher(token, Bullet) || token.image === LIST_BULLET)

/** A run without the bullet set before its lead, and the space after the bullet (■ 都市时报讯…): where its dateline would open. */
export function afterLeadBullet(tokens: IToken[]): IToken[] {
  if (!isLeadBullet(tokens[0])) return tokens
  return tokens[1] !== undefined && tokenMatcher(tokens[1], Space) ? tokens.slice(2) : tokens.slice(1)
}

/** A dateline printed without a date takes the lead's date (see leadDate). */
export function dateFromLead(dateline: Dateline, atoms: Atom[]): void {
  if (dateline.date) return
  const lead = leadDate(atoms)
  if (!lead) return
  const { type: _type, value, position: _position, relative: _relative, ...numbers } = lead
  dateline.date = { ...numbers, raw: value }
}

/**
 * The story's date when the dateline has none: a calendar date right
 * after the dateline (本报讯 (记者杨峰雷)5月9日,…), spacing and a line break aside, or a preposition (本报讯在2月8日召开的…), or the colon
 * after its reporter's 报道 (…记者刘晖报道:8日,…), or a dash (本报讯——5月9日,…). A date later
 * in the lead (…武装人员１５日继续交火) dates what the sentence tells, not the
 * dateline; a relative one (本报讯 昨日,…) is no date the dateline prints:
 * it stays the lead's, resolved there against the date.
 */
function leadDate(atoms: Atom[]): DateNode | undefined {
  let next = 1
  // (Loose credits closed by 报道 and a colon: 咸宁新闻网讯 咸宁日报记者刘晖报道:8日,….)
  // (Or a dash setting the lead apart: 本报讯——5月9日,….)
  while (next < atoms.length && (isAtomOf(atoms[next]!, LEAD_SPACING) || (next === 1 && isAtomOf(atoms[next]!, LEAD_MARKS)))) next++
  // (The preposition the lead opens with, before its date: 本报讯在2月8日召开的…会上, 本报讯 于5月9日….)
  if (isLeadPreposition(atoms[next])) next++
  const first = atoms[next]
  return first && !('tokenType' in first) && first.type === 'date' && first.relative === undefined ? first : undefined
}

/** The words that open a lead on its date, as a preposition: 在2月8日召开的…, 于5月9日…. */
const LEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['在', '于'])
const isLeadPreposition = (atom: Atom | undefined): boolean => atom !== undefined && 'tokenType' in atom && atom.tokenType.name === TEXT_TOKEN && LEAD_PREPOSITIONS.has(atom.image)

/** Spacing, or the line break a column's edge set after the dateline (本报讯 (记者 巩建国)⏎9月16日,…). */
const LEAD_SPACING: readonly TokenType[] = [Space, Newline]
/** The mark straight after the dateline that sets its lead apart: 报道:8日, 本报讯——5月9日. */
const LEAD_MARKS: readonly TokenType[] = [Colon, Dash]
/** Whether an atom is a token of one of `types` (not a node the rule built). */
const isAtomOf = (atom: Atom, types: readonly TokenType[]): boolean => 'tokenType' in atom && types.some((type) => tokenMatcher(atom, type))

/** 《 marks that have their 》 later in the unit (so the rule can close them). */
export function planBookTitles(tokens: IToken[]): Set<IToken> {
  const openers = new Set<IToken>()
  let open: IToken | undefined
  for (const token of tokens) {
    if (token.tokenType === LBook) open = token
    else if (token.tokenType === RBook && open) {
      openers.add(open)
      open = undefined
    }
  }
  return openers
}
