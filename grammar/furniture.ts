/**
 * Page furniture: whole lines that are not stories — running page headers
 * and footers, jump lines, section labels, and the furniture of web pages:
 * publication stamps and interface text (列印, 文字大小).
 * Each is a regular pattern over one normalized line (width-folded,
 * simplified), so they are written as anchored expressions here, one per
 * convention, each linear (no nested quantifiers).
 */
import { readDate } from './rules/dates'
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
const DATE = '([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)'

/** 01版:要闻 · 第1版(要闻) · 第一版 */
const PAGE_LABEL = new RegExp(`^第? ?${PAGE} ?版(?: ?[:(] ?([^():]{1,12}?) ?\\)?)?$`)
/** 《人民日报》(2025年03月10日第 06 版) · 光明日报 2012年10月27日 星期六 */
const PAPER_DATE = new RegExp(
  `^《? ?([^《》() ]{2,10}报) ?》? ?\\(? ?${DATE} ?(?:第? *${PAGE} *版)? ?\\)? ?(星期[一二三四五六日天])?$`,
)
/** 發佈日期 : 2018-08-02 · 发布时间: 2019/04/24 · 2018-09-19 11:05 */
// Labelled, or a bare date with a time; a bare date (2026/1/13) is more
// often a table cell than a stamp.
const PUBLISHED =
  /^(?:(?:发布|发佈|更新)(?:日期|时间) ?: ?([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?: [0-9]{1,2}:[0-9]{2})?|([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}) [0-9]{1,2}:[0-9]{2})$/

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
    const info: PageHeaderInfo = {}
    const at = line.indexOf(m[2]!.slice(0, 4))
    info.date = { start: at, end: at + m[2]!.length, value: readDate(m[2]!) }
    const page = m[3] ? pageNumber(m[3]) : undefined
    if (page !== undefined) info.page = page
    return info
  }
  return undefined
}

/** A web page's publication stamp: the date it names. */
export function stampOf(line: string): StampInfo | undefined {
  const m = PUBLISHED.exec(line.replace(/ {2,}/g, ' ').trim())
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
  // Every line of the page comes here: look at its first word before splitting it.
  const space = text.indexOf(' ')
  if (!chrome.includes(space < 0 ? text : text.slice(0, space))) return false
  const parts = text.split(/ +/)
  return parts.every((part) => chrome.includes(part)) && parts.some((part) => part.length > 1)
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
export const furniturePatterns: readonly RegExp[] = [PAGE_LABEL, PAPER_DATE, PUBLISHED, JUMP, SOURCE_NOTE, CONTACT]
