/**
 * Page furniture: whole lines that are not stories — running page headers
 * and footers, jump lines, section labels, and the furniture of web pages:
 * publication stamps and interface text (列印, 文字大小).
 * Each is a regular pattern over one normalized line (width-folded,
 * simplified), so they are written as anchored expressions here, one per
 * convention, each linear (no nested quantifiers).
 */
import { readDate } from './rules/dates'
import { HAN_CLASS } from './han'
import type { DateValue } from '../src/types'

export interface PageHeaderInfo {
  page?: number
  /** Normalized-text span of the section's name within the line, to read it as printed. */
  section?: { start: number; end: number }
  /** Normalized-text span of the date, to read it from the original. */
  date?: { start: number; end: number; value: DateValue }
}

export interface StampInfo {
  /** Normalized-text span of the date, to read it from the original. */
  date: { start: number; end: number; value: DateValue }
}

export interface JumpInfo {
  direction: 'to' | 'from'
  page?: number
}

const CN_DIGITS = '一二三四五六七八九十'

function pageNumber(raw: string): number | undefined {
  if (/^[0-9]+$/.test(raw)) return Number(raw)
  let n = 0
  for (const ch of raw) {
    const d = CN_DIGITS.indexOf(ch) + 1
    if (d === 0) return undefined
    n = d === 10 ? (n || 1) * 10 : n + d
  }
  return n
}

const PAGE = '([0-9]{1,3}|[一二三四五六七八九十]{1,3})'
/** A page as e-papers number it: a section letter, then the number (A05, B2). */
const LETTERED_PAGE = '[A-Z]{0,2}0*([0-9]{1,3}|[一二三四五六七八九十]{1,3})'
const DATE = '([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)'
const WEEKDAY = '星期[一二三四五六日天]'
/** The e-paper's own links printed after a page label: PDF版阅读, 上一版 下一版. */
const PAGE_LINKS = '(?: ?(?:PDF版(?:阅读)?|上一版|下一版|上一篇|下一篇))*'

/** 01版:要闻 · 第1版(要闻) · 第一版 · 第A05版:要闻 PDF版 · 当前版:01版 · 当前版: 05版 上一版 下一版 · 版面:第06版:银发乐园 上一篇 下一篇 · 第RB02版: 日报02版 */
const PAGE_LABEL = new RegExp(`^(?:(?:当前版|版面) ?: ?)?第? ?${LETTERED_PAGE} ?版(?: ?[:(] ?([^():]{1,12}?) ?\\)?)?${PAGE_LINKS}$`)
/** 《人民日报》(2025年03月10日第 06 版) · 光明日报 2012年10月27日 星期六 · 《四平日报》(2022年11月8日) 08版 */
const PAPER_DATE = new RegExp(
  `^《? ?([^《》() ]{2,10}报) ?》? ?\\(? ?${DATE} ?(?:第? *${PAGE} *版)? ?\\)? ?(?:第? *${PAGE} *版)? ?(${WEEKDAY})?$`,
)
/** A page citation closing a line: 《人民日报》（2025年03月10日第 01 版） after a byline on People's Daily's site. */
const TRAILING_CITATION = new RegExp(`《 ?[^《》() ]{2,10}报 ?》 ?\\( ?${DATE} ?第? *${PAGE} *版 ?\\)$`)

/**
 * Where a page citation that closes the line starts (its 《), when text
 * stands before it: 本报记者 吴储岐 向子丰《人民日报》（2025年03月10日第 01 版）.
 */
export function trailingCitationAt(line: string): number | undefined {
  const text = line.trimEnd()
  const m = TRAILING_CITATION.exec(text)
  return m && m.index > 0 && text.slice(0, m.index).trim() !== '' ? m.index : undefined
}

/** An e-paper's folio: the issue's number, then the page: 1886 期 / 第2版:2 · 第1886期 第A2版 */
const ISSUE_PAGE = new RegExp(`^(?:总?第 ?)?[0-9]{1,6} ?期 ?[/|·]? ?第? ?${LETTERED_PAGE} ?版(?: ?: ?[^ :]{1,12})?$`)

/**
 * A page header naming the issue's serial number and its date:
 * A2:综合*新闻总第3307期 >2018-09-14编印 · 2018年9月14日 星期五 总第3307期.
 * The date is required: a headline may name a serial number (举办总第100期道德讲堂).
 */
const ISSUE_NUMBER_LINE = /^[^。!?,]{0,30}总第 ?[0-9]{1,6} ?期[^。!?,]{0,30}$/
const ISSUE_NUMBER_DATE = /([0-9]{4})(?:年|-)([0-9]{1,2})(?:月|-)([0-9]{1,2})日?/

/** A line that is only the issue's date: 2024年6月4日 星期二 · 2020年5月10日 星期日 农历四月十八 · 2026-01-27 */
const DATE_LINE = new RegExp(`^(?:${DATE}|([0-9]{4}-[0-9]{2}-[0-9]{2}))(?: ?${WEEKDAY})?(?: ?农历[^ ]{2,8})?$`)
/** The weekday alone on its line, under a date line: 星期二 */
const WEEKDAY_LINE = new RegExp(`^${WEEKDAY}$`)
/**
 * A press-clipping service's document header (WiseNews / 慧科): its number,
 * the paper, its circulation, the date — 275 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23
 */
const CLIPPING_HEADER = /^[0-9]{1,5} ?\. ?([^|]{2,30}?)(?: ?\| ?[^|]{1,60}?){0,3} ?\| ?(([0-9]{4})-([0-9]{2})-([0-9]{2}))$/
/**
 * …and its line of medium, page and section, the author at its end where
 * the export names one: 報章 | A02 |澳聞 · 通訊社 | 社會新聞 ·
 * 報章 | A13 |惠台政策解讀深圳篇 |By 張國威 · Newspaper | B04 |產經
 */
const CLIPPING_PAGE = new RegExp(
  `^(?:报章|报纸|杂志|网站|通讯社|newspaper|magazine|website|news agency) ?\\| ?(?:${LETTERED_PAGE} ?\\| ?)?([^|]{1,16}?)(?: ?\\| ?by [^|]{1,20})?$`,
  'i',
)
/** 發佈日期 : 2018-08-02 · 发布时间: 2019/04/24 · 2018-09-19 11:05 */
// Labelled, or a bare date with a time; a bare date (2026/1/13) is more
// often a table cell than a stamp.
const PUBLISHED =
  /^(?:(?:发布|发佈|更新)(?:日期|时间) ?: ?([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}) [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)$/
/**
 * Stamps of e-paper and news sites, with the date as Chinese papers print
 * it or as sites do, and the site's own words around it:
 * 发布日期:2022年11月23日 上一版 下一版 · http://www.sina.com.cn 2005年04月28日10:33 南京报业网 ·
 * 作者: 来源:柚都平和 时间:2022-05-30 · 滕州日报 2021-03-24 07:17 大字 ·
 * www.zjol.com.cn 2003年10月06日 浙江在线新闻网站 · and the site's fields after
 * the date, labels with or without a value: 刊发日期:2018-09-14 阅读次数: 作者:本通 语音阅读:语音阅读
 */
const SITE_STAMP = new RegExp(
  '^(?:(?:发布|更新|刊发)(?:日期|时间) ?: ?|(?:https?://|www\\.)[!-~]{3,60} |[^ :|]{2,12}报 |(?:作者 ?: ?[^ :]{0,10} ?)?来源 ?: ?[^ :]{1,20} ?(?:时间|日期) ?: ?)' +
    '([0-9]{4})(?:年|-)([0-9]{1,2})(?:月|-)([0-9]{1,2})日?(?: ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?: ?[^ ]{1,20})?' +
    '(?: [^ :]{1,12}:[^ ]{0,20}){0,4}' +
    PAGE_LINKS +
    '$',
)

/** A running page header or footer: the page number, section and date it names. */
export function pageHeaderOf(line: string): PageHeaderInfo | undefined {
  const text = line.replace(/ {2,}/g, ' ').trim()
  let m = PAGE_LABEL.exec(text)
  if (m) {
    const info: PageHeaderInfo = {}
    const page = pageNumber(m[1]!)
    if (page !== undefined) info.page = page
    if (m[2]) {
      const at = line.indexOf(m[2], line.indexOf('版'))
      info.section = { start: at, end: at + m[2].length }
    }
    return info
  }
  m = PAPER_DATE.exec(text)
  if (m) {
    const info: PageHeaderInfo = { date: dateSpan(line, m[2]!) }
    const printed = m[3] ?? m[4]
    const page = printed ? pageNumber(printed) : undefined
    if (page !== undefined) info.page = page
    return info
  }
  m = DATE_LINE.exec(text)
  if (m) return { date: m[1] ? dateSpan(line, m[1]) : isoDateSpan(line, m[2]!) }
  if (WEEKDAY_LINE.test(text)) return {}
  m = CLIPPING_HEADER.exec(text)
  if (m) {
    const at = line.lastIndexOf(m[2]!)
    return { date: { start: at, end: at + m[2]!.length, value: { year: Number(m[3]), month: Number(m[4]), day: Number(m[5]), raw: m[2]! } } }
  }
  m = ISSUE_PAGE.exec(text)
  if (m) {
    const page = pageNumber(m[1]!)
    return page === undefined ? {} : { page }
  }
  if (ISSUE_NUMBER_LINE.test(text) && (m = ISSUE_NUMBER_DATE.exec(text))) {
    const at = line.indexOf(m[0])
    const value = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), raw: m[0] }
    return { date: { start: at, end: at + m[0].length, value } }
  }
  m = CLIPPING_PAGE.exec(text)
  if (m) {
    const info: PageHeaderInfo = {}
    const page = m[1] === undefined ? undefined : pageNumber(m[1])
    if (page !== undefined) info.page = page
    const at = line.lastIndexOf(m[2]!)
    info.section = { start: at, end: at + m[2]!.length }
    return info
  }
  return undefined
}

/** Where a date printed as 2026-01-27 stands in the line, with its value. */
function isoDateSpan(line: string, date: string): NonNullable<PageHeaderInfo['date']> {
  const at = line.indexOf(date)
  const [year, month, day] = date.split('-').map(Number)
  return { start: at, end: at + date.length, value: { year: year!, month: month!, day: day!, raw: date } }
}

/** Where a printed date stands in the line, with its value. */
function dateSpan(line: string, date: string): NonNullable<PageHeaderInfo['date']> {
  const at = line.indexOf(date.slice(0, 4))
  return { start: at, end: at + date.length, value: readDate(date) }
}

/** A web page's publication stamp: the date it names. */
export function stampOf(line: string): StampInfo | undefined {
  const text = line.replace(/ {2,}/g, ' ').trim()
  const m = PUBLISHED.exec(text) ?? SITE_STAMP.exec(text)
  if (!m) return undefined
  const [year, month, day] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!]
  const at = line.indexOf(year)
  const end = line.indexOf(day, at + year.length + month.length + 1) + day.length
  const value = { year: Number(year), month: Number(month), day: Number(day), raw: `${year}-${month}-${day}` }
  return { date: { start: at, end, value } }
}

/**
 * A line of a web page's interface (列印, 文字大小, 字号 大 中 小): every
 * space-separated part of it is one of the vocabulary's `chrome` words, and
 * not all of them one character (a lone 大 is text).
 */
export function isChromeLine(line: string, chrome: readonly string[]): boolean {
  const text = line.trim()
  if (isInterfaceLine(text) || isNavigationBar(text, chrome)) return true
  // Every line of the page comes here: look at its first word before splitting it.
  const space = text.indexOf(' ')
  if (!chrome.includes(space < 0 ? text : text.slice(0, space))) return false
  const parts = text.split(/ +/)
  return parts.every((part) => chrome.includes(part)) && parts.some((part) => part.length > 1)
}

/** The most parts a navigation bar has, and the longest part. */
const NAV_BAR = /^[^|。!?,]{1,10}(?: ?\| ?[^|。!?,]{1,10}){2,9}$/

/**
 * A site's navigation bar: short links between bars, at least one of them
 * a control of the vocabulary (返回主页 | 郑州晚报 | 标题导航 | 郑州日报); a
 * table row with bars names none (收入 | 支出 | 结余).
 */
function isNavigationBar(text: string, chrome: readonly string[]): boolean {
  if (!text.includes('|') || !NAV_BAR.test(text)) return false
  return text.split('|').some((part) => chrome.includes(part.trim()))
}

/**
 * Lines of a site's or a clipping service's interface that are not words of
 * the vocabulary but shapes: a breadcrumb (新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文),
 * a counter (文章字数:152, 字數: 856 words), a document number closing a
 * clipping (文章編號: 201905230226173), a label with no value (发布日期:), a
 * search box (报刊搜索: 搜索), a rule of dashes, the clipping service's notice (本內容經慧科的電子服務提供。…).
 */
const INTERFACE_LINES: readonly RegExp[] = [
  /^[^>。!?]{1,30}(?: ?> ?[^>。!?]{1,20}){2,}$/,
  /^(?:(?:文章|本文)?字数|word count) ?: ?[0-9,]{1,7}(?: ?words)?(?: ?\|[^|]{1,60}){0,4}$/i,
  /^(?:当前报纸名称|报纸名称) ?: ?[^ ]{2,16}$/,
  // A site's labels over its blocks, no control with options under them.
  /^(?:文章内容|新闻推荐|相关新闻|更多|往期报纸|往期回顾)(?: (?:更多|往期报纸|往期回顾))*$/,
  /^日期 ?: ?[0-9]{1,2}-[0-9]{1,2}$/,
  /^(?:文章编号|document id) ?: ?\[?[0-9]{6,24}\]?$/i,
  /^keyword matched ?:/i,
  /^(?:发布|更新)(?:日期|时间) ?:$/,
  // A site's search box and its button: 报刊搜索: 搜索.
  /^(?:报刊|站内|全文|新闻)?搜索 ?:(?: ?搜索)?$/,
  /^[-=_*~]{5,}$/,
  /^(?:本内容经慧科的电子服务提供|source: wisers electronic service)/i,
  /^back to main menu$/i,
]

/**
 * Whether a line is interface by its shape (a breadcrumb, a counter, a
 * document number…) rather than a control named by the vocabulary: such a
 * line has no options under it.
 */
export function isInterfaceLine(line: string): boolean {
  const text = line.trim()
  return INTERFACE_LINES.some((pattern) => pattern.test(text))
}

/** 本版邮箱：xzrb@163.com · 投稿邮箱: tougao@xzrb.cn · 新闻热线：0350-3032110 */
const CONTACT = /^(本版|投稿|读者)?(邮箱|电子邮箱|信箱|新闻热线|热线电话|电话) ?: ?([-A-Za-z0-9_.+@]{5,60})$/

type Span = { start: number; end: number }

/** A staff line giving an address or number: the spans of its parts. */
export function contactOf(line: string): { affiliation?: Span; role: Span; address: Span } | undefined {
  const m = CONTACT.exec(line.trimEnd())
  if (!m || !/[@0-9]/.test(m[3]!)) return undefined
  let at = line.length - line.trimStart().length
  const span = (part: string) => ({ start: (at = line.indexOf(part, at)), end: (at += part.length) })
  const affiliation = m[1] ? span(m[1]) : undefined
  const role = span(m[2]!)
  const address = span(m[3]!)
  return affiliation ? { affiliation, role, address } : { role, address }
}

/** 数据来源：国家统计局 · 资料来源: 新华社 */
const SOURCE_NOTE = /^(?:数据|资料)来源 ?: ?(\S.{0,39})$/

/** A line naming where figures come from: the span of the source. */
export function sourceNoteOf(line: string): { start: number; end: number } | undefined {
  const m = SOURCE_NOTE.exec(line.trim())
  if (!m) return undefined
  const at = line.lastIndexOf(m[1]!)
  return { start: at, end: at + m[1]!.length }
}

/**
 * A repost's source line: a paper or site named alone on its line
 * (新快报, 南方都市报, 大洋网-广州日报). Named by the kind of paper its name
 * ends with, so a headline that merely ends in 报 (特大喜报) is not one.
 */
const OUTLET_LINE = new RegExp(`^[${HAN_CLASS}]{1,10}(?:日报|晚报|晨报|早报|都市报|商报|时报|快报|青年报|法制报|网)(?:-[${HAN_CLASS}]{1,10}(?:日报|晚报|晨报|早报|都市报|商报|时报|快报|报))?$`)

/** A line naming only the outlet a reposted story comes from: the span of its name. */
export function outletLineOf(line: string): { start: number; end: number } | undefined {
  const name = line.trim()
  if (!OUTLET_LINE.test(name)) return undefined
  const at = line.indexOf(name)
  return { start: at, end: at + name.length }
}

/** (下转第2版) · (上接第一版) · 转第3版 */
const JUMP = new RegExp(`^\\(? ?(下转|上接|转|接|续) ?第? ?${PAGE} ?版 ?\\)?$`)

export function jumpLineOf(line: string): JumpInfo | undefined {
  const m = JUMP.exec(line.trim())
  if (!m) return undefined
  const info: JumpInfo = { direction: m[1] === '上接' || m[1] === '接' || m[1] === '续' ? 'from' : 'to' }
  const page = pageNumber(m[2]!)
  if (page !== undefined) info.page = page
  return info
}

/** A line that is only a section's name (港闻, 要闻, 国际): its span. */
export function sectionLabelOf(line: string, sections: readonly string[]): PageHeaderInfo | undefined {
  const name = line.trim()
  if (!sections.includes(name)) return undefined
  const at = line.indexOf(name)
  return { section: { start: at, end: at + name.length } }
}

/** Every pattern of this file, for the tests that check none backtracks. */
export const furniturePatterns: readonly RegExp[] = [
  PAGE_LABEL,
  PAPER_DATE,
  TRAILING_CITATION,
  DATE_LINE,
  WEEKDAY_LINE,
  CLIPPING_HEADER,
  CLIPPING_PAGE,
  ISSUE_PAGE,
  ISSUE_NUMBER_LINE,
  ISSUE_NUMBER_DATE,
  PUBLISHED,
  SITE_STAMP,
  JUMP,
  SOURCE_NOTE,
  OUTLET_LINE,
  CONTACT,
  NAV_BAR,
  ...INTERFACE_LINES,
]
