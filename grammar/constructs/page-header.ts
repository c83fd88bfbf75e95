/**
 * Page headers and footers: the lines that say which page this is.
 *
 *   01版:要闻 · 第3版：城市新闻 · A02 | 港聞      a page label, with its section
 *   A03                                          an e-paper's folio alone
 *   光明日报 2012年10月27日 星期六                the paper and date of the page
 *   2024年6月4日 星期二                          the issue's date on its own line
 *   铜仁日报 2024年6月4日 星期二 第3版             the page's parts in any order, its page among them (pageLineOfParts)
 *   《人民日报》（2025年03月10日第 01 版）         a page citation (also after a byline)
 *   要闻 · 港聞                                  a section label alone (the vocabulary's sections)
 *   第01版 / 要闻 / 第02版 / 综合新闻 / 第03版 …     an e-paper's list of its pages: interface (pageLists)
 *
 * Everything about the convention is here: its patterns (the way pages and
 * dates print is grammar/furniture.ts), the line test, the node, where it
 * stands.
 *
 * Where it stands: among an article's heading lines (a web page's section
 * under its title), else at the top level, closing the open article.
 */
import { tokenMatcher } from 'chevrotain'
import type { DateValue, PageHeader } from '../../src/types'
import { HAN_CLASS } from '../han'
import { DATE, LETTERED_PAGE, MAX_FURNITURE_LENGTH, PAGE, PAGE_LINKS, SHORT_WEEKDAY, WEEKDAY, pageNumber, type Span } from '../furniture'
import { readDate } from '../rules/dates'
import { COUNTING_NUMERALS, DATE_NUMERALS, DIGIT_NUMERALS, readNumber } from '../numerals'
import { lineText, partAt, readAs, readRow, start, type Row } from '../../src/assemble/row'
import { authorFieldCredits } from './byline'
import { INTRODUCES, compactSpaces, printedLength, trimmed } from '../layout'
import { DATE_GAP, Dash } from '../tokens'
import { firstUnderTopFurniture } from '../page-shape'
import type { Placement } from '../../src/configure'
import type { LineResult, LineTest, Placer, Refinement, RowNode } from './construct'
import { rowPhrase } from './line-nodes'

/** What a page header names, as spans of its line's normalized text. */
export interface PageHeaderInfo {
  /** The paper the line names (光明日报 2012年10月27日, a clipping's 275 .澳門日報 | … | 2019-05-23). */
  paper?: Span
  page?: number
  /** The section's name, to read it as printed. */
  section?: Span
  /** The date, to read it from the original. */
  date?: Span & { value: DateValue }
}

/** An e-paper's field naming the page's section after its page field: 版次：A03 版名：要闻. */
const SECTION_FIELD = '版名|版面名称|版面名'
/** The front page by name, as an archive's field gives it (版面:头版): page 1. */
const FRONT_PAGE = '头版|頭版'
/**
 * 01版:要闻 · 第1版(要闻) · 第03版 综合新闻 · 第一版 · 第A05版:要闻 PDF版 · 当前版:01版 · 当前版: 05版 上一版 下一版 · 版面:第06版:银发乐园 上一篇 下一篇 ·
 * 第RB02版: 日报02版 · 版次:16 · 上一版/ 02 版:综合新闻 /下一版 查看本版大图 (the page between its links) · an archive's fields:
 * 版面:头版 (the front page), 第3版() (its section's name left empty)
 */
const PAGE_LABEL = new RegExp(
  `^(?:上一版 ?/ ?)?(?:(?:当前版|版面) ?: ?)?(?:第? ?${LETTERED_PAGE} ?版|版次 ?: ?${LETTERED_PAGE}|${FRONT_PAGE})(?: ?[:(] ?([^():]{1,12}?)? ?\\)?| (?!上一|下一)([${HAN_CLASS}]{2,8})| ?(?:${SECTION_FIELD}) ?: ?([^():]{1,12}))?${PAGE_LINKS}$`,
)
/** A paper's name and the page, no date: 恩施日报 第3版, 恩施日报 · 第3版：要闻. */
const PAPER_PAGE = new RegExp(`^《? ?([^《》() ·]{2,10}报) ?》? ?[·•]? ?第? ?${LETTERED_PAGE} ?版(?: ?: ?([^ :]{1,12}))?$`)
/** 《人民日报》(2025年03月10日第 06 版) · 光明日报 2012年10月27日 星期六 · 《四平日报》(2022年11月8日) 08版 · 《中国市场监管报》(2023年08月24日 A1 版) */
const PAPER_DATE = new RegExp(
  `^《? ?([^《》() ]{2,10}报) ?》? ?\\(? ?${DATE} ?(?:第? *${LETTERED_PAGE} *版)? ?\\)? ?(?:第? *${PAGE} *版)? ?(${WEEKDAY})?$`,
)
/** An archive's citation of the page, the date first: 1957年7月20日人民日报 第3版. */
const DATE_PAPER_PAGE = new RegExp(`^${DATE} ?([^《》() ]{2,10}报) ?第? ?${PAGE} ?版$`)
/** An e-paper's folio with the date first: 2021年10月27日 第05版:关注. */
const DATED_PAGE = new RegExp(`^${DATE} ?第? ?${LETTERED_PAGE} ?版(?: ?: ?([^ :]{1,12}))?$`)
/** A site's citation of the print page, the date first in figures: 2020-11-08 大众日报 06版. */
const ISO_DATE_PAPER_PAGE = new RegExp(`^(([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})) ([^《》() ]{2,10}报) 第? ?${PAGE} ?版$`)
/** Words ending in 报 that name a report, not a paper: 警情通报, 天气预报, 工作简报. */
const REPORTS = '通报|预报|简报|情报|汇报|公报|举报|警报|电报|海报|捷报|喜报|年报|季报|月报'
/**
 * An archive's citation of the paper a clipping comes from: its name, its edition in brackets, the
 * date, the page and the issue's number (申报 1946年05月24日 第1版 第24521期 · 大光报（韶关） 1948-10-31 ·
 * 中央日报（昆明） 1948-03-12).
 */
const ARCHIVE_CITATION = new RegExp(
  `^((?![^ ]*(?:${REPORTS})(?: |[(（]))[^《》()（） ]{1,10}报(?: ?[(（][${HAN_CLASS}]{2,6}[)）])?) (?:${DATE}|(([0-9]{4})-([0-9]{2})-([0-9]{2})))(?: 第 ?${PAGE} ?版)?(?: 第 ?[0-9]{1,6} ?期)?$`,
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

/** What a page's section is called, as its last word (要闻, 城市新闻, 文化副刊): so a schedule's 09:开幕式 is none. */
const PAGE_SECTIONS = '要闻|新闻|综合|时评|评论|专刊|副刊|视点|社会|经济|财经|文化|体育|国际|国内|地方|民生|城事|专版|特刊|周刊|文艺|健康|教育|法治|观察|关注|头版'

/**
 * An e-paper's folio as its reader prints it, the page's two digits and its section: 02:要闻; after a space, its
 * lettered page (A05　城事, B16 文化周刊) or the section's word alone (02 要闻) — not a number's phrase, 10 大新闻,
 * 24 小时关注, 30 年坚守教育.
 */
const FOLIO_SECTION = new RegExp(
  `^(?:[A-F]?([0-9]{2}) ?[:：] ?|[A-F]([0-9]{2})[ \u3000]+)([${HAN_CLASS}]{0,4}(?:${PAGE_SECTIONS}))$|^([0-9]{2})[ \u3000]+(${PAGE_SECTIONS})$`,
)

/** An e-paper's folio alone on its line, the page's letter and its number padded to two digits: A03 · B05 (B12, D3 are vitamins). */
const LONE_FOLIO = /^[A-F]0([1-9])$/

/** An e-paper's folio: the issue's number, then the page: 1886 期 / 第2版:2 · 第1886期 第A2版 · 第2216期:第01版 本期出版日期:2018-10-22 */
const ISSUE_PAGE = new RegExp(`^(?:总?第 ?)?[0-9]{1,6} ?期 ?[/|·:]? ?第? ?${LETTERED_PAGE} ?版(?: ?: ?[^ :]{1,12})?(?: (?:本期)?出版日期 ?: ?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})?$`)

/**
 * A paper's imprint line: its registration numbers and publisher (国内统一刊号:CN64-0001 宁夏日报报业集团出版, …邮发代号…;
 * the owner and publisher first: 中共昌吉回族自治州委员会主管主办 昌吉日报社出版 国内统一刊号:CN65-0010), or its recognition
 * (澳門特別行政區政府承認之有效刊物).
 */
const IMPRINT = /^(?=[^。!?]{0,140}(?:刊号|出版物号|邮发代号|有效刊物))(?:(?:[^。!?,]{2,40}(?:主管|主办|出版) ?){0,3}(?:国内统一刊号|国内统一连续出版物号|国际标准连续出版物号|邮发代号)(?: ?[:：] ?| ?(?=[A-Z]{2} ?[0-9]{2}-[0-9]{4}(?:\/ ?\(?[A-Z]\)?)?(?: |$)))[A-Z]{0,2} ?[0-9][^。!?]{0,100}|[^。!?,]{2,20}政府承认之有效刊物)$/
/**
 * A page header naming the issue's serial number and its date:
 * A2:综合*新闻总第3307期 >2018-09-14编印 · 2018年9月14日 星期五 总第3307期 · 2019年01月09日出版 总第 1276 (the 期 left
 * off at the line's end) · 2017年9月15日 总336期 (第 left off) · the issue's number first, then its date: 1275 期 2019-12-30,
 * 第1275期 2019年12月30日.
 * The date is required: a headline may name a serial number (举办总第100期道德讲堂).
 */
const ISSUE_NUMBER_LINE = new RegExp(`^[^。!?,]{0,30}总第? ?(?:[0-9]{1,6}|[${COUNTING_NUMERALS}]{1,6}) ?(?:期[^。!?,]{0,30})?$`)
/** The issue's number first, then its date (1275 期 2019-12-30): one such line, not a list of issues (readPageHeader). */
const ISSUE_NUMBER_FIRST = /^第? ?[0-9]{1,6} ?期 +[0-9]{4}(?:年|-)[0-9]{1,2}(?:月|-)[0-9]{1,2}日?$/
/** The issue's count of pages, as only an issue's own line prints it: 本期共4版, 本期16版, 本期四版. */
const ISSUE_PAGE_COUNT = new RegExp(`本期共? ?(?:[0-9]{1,3}|[${COUNTING_NUMERALS}]{1,3}) ?版`)
const ISSUE_NUMBER_DATE = new RegExp(`([0-9]{4})${DATE_GAP}(?:年|-)${DATE_GAP}([0-9]{1,2})${DATE_GAP}(?:月|-)${DATE_GAP}([0-9]{1,2})(?:${DATE_GAP}日)?`)

/**
 * A line that is only the issue's date: 2024年6月4日 星期二 · 2020年5月10日 星期日 农历四月十八 ·
 * 2026-01-27 · 2005年7月18日,星期一(GSM+8 北京时间) (the zone a site names) · 2013年2月22日 星期 (its day cut off) ·
 * the weekday in brackets or by its short name, as sites print today's date at their top (2024年03月29日 (星期五),
 * 2024年3月29日 周五).
 */
const DATE_LINE = new RegExp(
  `^(?:${DATE}|([0-9]{4}-[0-9]{2}-[0-9]{2}))(?:[,，]? ?(?:${WEEKDAY}|${SHORT_WEEKDAY}|星期|[(（] ?(?:${WEEKDAY}|${SHORT_WEEKDAY}) ?[)）]))?(?: ?农历[^ ]{2,8})?(?: ?[(（][^()（）]{1,16}时间[)）])?$`,
)
/**
 * The date alone in numerals, one separator throughout, the month and day perhaps unpadded (2008-7-27 · 2008/7/27 ·
 * 2019.05.23), at the page's top: the date of the page or of the post (pageDateOverText).
 */
const NUMERIC_DATE_LINE = /^(?<year>[0-9]{4})(?<separator>[-/.])(?<month>0?[1-9]|1[0-2])\k<separator>(?<day>0?[1-9]|[12][0-9]|3[01])$/

/** The weekday first, then the date, as a Malaysian site heads its pages: 星期四 2024年 4月 25日. */
const WEEKDAY_FIRST_DATE_LINE = new RegExp(`^${WEEKDAY} ?(([0-9]{4})年 ?([0-9]{1,2})月 ?([0-9]{1,2})日)$`)
/** The weekday alone on its line, under a date line: 星期二, or in English as overseas and Taiwan sites print it (Sunday). */
const WEEKDAY_LINE = new RegExp(`^(?:${WEEKDAY}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`, 'i')
/** The issue's date in numerals, as a Macau or Hong Kong front page prints it: 二O一三年五月十七日 (O for 〇). */
const NUMERAL_DATE_LINE = new RegExp(`^([${DIGIT_NUMERALS}O]{4})年([${COUNTING_NUMERALS}]{1,3})月([${DATE_NUMERALS}]{1,3})日$`)
/** The issue's date in the lunar calendar, alone: 農曆癸巳年四月初八日 · 农历四月十八. */
const LUNAR_DATE_LINE = /^农历[^ 。!?,]{2,12}$/
/**
 * A press-clipping service's document header (WiseNews / 慧科): its number,
 * the paper, its circulation, the date — 275 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23
 */
const CLIPPING_HEADER = /^[0-9]{1,5} ?\. ?([^|]{2,30}?)(?: ?\| ?[^|]{1,60}?){0,3} ?\| ?(([0-9]{4})-([0-9]{2})-([0-9]{2}))$/
/** The media a clipping service files a document under. */
const CLIPPING_MEDIA = '报章|报纸|杂志|网站|通讯社|newspaper|magazine|website|news agency'
/**
 * …and its line of medium, page and section, the author at its end where
 * the export names one: 報章 | A02 |澳聞 · 通訊社 | 社會新聞 ·
 * 報章 | A13 |惠台政策解讀深圳篇 |By 張國威 · Newspaper | B04 |產經
 */
const CLIPPING_PAGE = new RegExp(
  `^(?:${CLIPPING_MEDIA}) ?\\| ?(?:${LETTERED_PAGE} ?\\| ?)?([^|]{1,16}?)(?: ?\\| ?by(?: [^|]{1,20})?)?$`,
  'i',
)
/** The medium alone, its line broken after the bar, as some exports print it: 報章 | (the page and section on the next line). */
const CLIPPING_MEDIUM = new RegExp(`^(?:${CLIPPING_MEDIA}) ?\\|$`, 'i')
/** …and the rest of that line on the next: the page, the section, the author — 09 |鎂刻地產 |By 甄素靜 · A01 |頭版 |By 池北源. */
const CLIPPING_PAGE_BY = new RegExp(`^${LETTERED_PAGE} ?\\| ?([^|]{1,16}?) ?\\| ?by [^|]{1,20}$`, 'i')
/**
 * The parts a page's running line is made of, in whatever order a paper sets them: the paper (铜仁日报, 《嘉兴日报》),
 * the date (2024年6月4日, 2024-06-04), the weekday and the lunar date, the issue's number (第1234期), the page
 * (第3版, A05版, 03版, or a clipping's code with no 版, P08) with its section after a colon (第3版：城市新闻), or the section
 * alone after the page (第3版 城市新闻, 大眾報 P08 | 澳門新聞 2011-09-02).
 * Each is tried where the last one ended (on the rest of the line: a short one), the site's separators (spaces,
 * bars, dots, arrows, slashes) skipped.
 */
const PAGE_LINE_PART = {
  paper: new RegExp(`^《? ?([${HAN_CLASS}]{2,10}报) ?》?`),
  date: new RegExp(`^(?:${DATE}|(([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})))`),
  day: new RegExp(`^(?:${WEEKDAY}|${SHORT_WEEKDAY}|农历[^ |·>/]{2,8})`),
  issue: /^总?第 ?[0-9]{1,6} ?期/,
  page: new RegExp(`^(?:第? ?${LETTERED_PAGE} ?版|(?=[A-Za-z])${LETTERED_PAGE}(?![0-9A-Za-z]))(?: ?[:：] ?([${HAN_CLASS}]{2,8}))?`),
  section: new RegExp(`^([${HAN_CLASS}]{2,8})`),
}
/** The parts in the order they are tried, each with its name. */
const PAGE_LINE_PARTS = Object.entries(PAGE_LINE_PART) as Array<[keyof typeof PAGE_LINE_PART, RegExp]>
/** The word a page part prints (第3版, A05版): the cheap check before the parts. */
const PAGE_WORD = '版'
/** A page's code set apart with no word, as a clipping prints it (大眾報 P08 | 澳門新聞): the same check where no 版 stands. */
const PAGE_CODE = /(?:^|[ |｜])[A-Za-z]{1,2}[0-9]{1,3}(?:[ |｜]|$)/
/** What may part a page line's parts. */
const PAGE_LINE_SEPARATOR = /^[ |｜·•>/／]*/
/** A report's word closing what the paper's part matched (警情通报): no paper. */
const ENDS_IN_REPORT = new RegExp(`(?:${REPORTS})$`)

/**
 * A page's running line of those parts, its page among them with the date or the paper beside it (铜仁日报 2024年6月4日
 * 星期二 第3版, 2024年6月4日 星期二 | 第3版, 第3版 城市新闻 2024年6月4日): its page, date, paper and section. Tried after the
 * forms above, each of which reads one order; a section only straight after the page, and no part twice.
 */
function pageLineOfParts(text: string, line: string): PageHeaderInfo | undefined {
  // (The page is among the parts: a line with no 版 is none, and most lines are read no further.)
  if (!text.includes(PAGE_WORD) && !PAGE_CODE.test(text)) return undefined
  const found = new Map<keyof typeof PAGE_LINE_PART, RegExpExecArray>()
  let lastPart: keyof typeof PAGE_LINE_PART | undefined
  let at = 0
  while (at < text.length) {
    const separator = PAGE_LINE_SEPARATOR.exec(text.slice(at))![0].length
    at += separator
    if (at >= text.length) break
    let matched: RegExpExecArray | null = null
    for (const [name, pattern] of PAGE_LINE_PARTS) {
      // (The section set apart after the page, the part before it: 第3版 城市新闻, not 人民日报第3版刊登我市做法.)
      if (found.has(name) || (name === 'section' && !(separator > 0 && lastPart === 'page'))) continue
      matched = pattern.exec(text.slice(at))
      if (matched) {
        found.set(name, matched)
        lastPart = name
        break
      }
    }
    if (!matched || matched[0].length === 0) return undefined
    at += matched[0].length
  }
  if (ENDS_IN_REPORT.test(found.get('paper')?.[1] ?? '')) return undefined
  const page = found.get('page')
  if (!page || !(found.has('date') || found.has('paper'))) return undefined
  const info = withPage({}, page[1] ?? page[2])
  const [paper, date] = [found.get('paper'), found.get('date')]
  if (paper) info.paper = spanOf(line, paper[1]!)
  if (date) info.date = date[1] ? dateSpan(line, date[1]) : numberedDate(line, date[2]!, date.slice(3, 6))
  const section = page[3] ?? found.get('section')?.[1]
  if (section) info.section = sectionAfterPage(line, section)
  return info
}

/** A running page header or footer: the page number, section and date it names. */
export function pageHeaderOf(line: string): PageHeaderInfo | undefined {
  const text = compactSpaces(line)
  let m = PAGE_LABEL.exec(text)
  if (m) {
    // (The page is printed as 第N版 or as 版次:N, or named: 头版.)
    const info = withPage({}, m[1] ?? m[2] ?? FRONT_PAGE_NUMBER)
    // (Its section after a colon or a bracket, or after a space: 第03版 综合新闻; or in its field: 版名：要闻.)
    const section = m[3] ?? m[4] ?? m[5]
    if (section) info.section = sectionAfterPage(line, section)
    return info
  }
  m = PAPER_PAGE.exec(text)
  if (m) {
    const info = withPage({ paper: spanOf(line, m[1]!) }, m[2])
    if (m[3]) info.section = sectionAfterPage(line, m[3])
    return info
  }
  m = PAPER_DATE.exec(text)
  if (m) return withPage({ paper: spanOf(line, m[1]!), date: dateSpan(line, m[2]!) }, m[3] ?? m[4])
  m = ARCHIVE_CITATION.exec(text)
  if (m) return withPage({ paper: spanOf(line, m[1]!), date: m[2] ? dateSpan(line, m[2]) : numberedDate(line, m[3]!, m.slice(4, 7)) }, m[7])
  m = ISO_DATE_PAPER_PAGE.exec(text)
  if (m) return withPage({ paper: spanOf(line, m[5]!), date: numberedDate(line, m[1]!, m.slice(2, 5)) }, m[6])
  m = DATE_PAPER_PAGE.exec(text)
  if (m) return withPage({ paper: spanOf(line, m[2]!), date: dateSpan(line, m[1]!) }, m[3])
  m = DATED_PAGE.exec(text)
  if (m) {
    const info = withPage({ date: dateSpan(line, m[1]!) }, m[2])
    if (m[3]) info.section = lastSpanOf(line, m[3])
    return info
  }
  m = DATE_LINE.exec(text)
  if (m) return { date: m[1] ? dateSpan(line, m[1]) : isoDateSpan(line, m[2]!) }
  m = NUMERAL_DATE_LINE.exec(text)
  if (m) {
    const [year, month, day] = [readNumber(m[1]!.replace(/O/g, '〇')), readNumber(m[2]!), readNumber(m[3]!)]
    if (year !== undefined && month !== undefined && day !== undefined) {
      const at = line.indexOf(m[0])
      return { date: { start: at, end: at + m[0].length, value: { year, month, day, raw: m[0] } } }
    }
  }
  m = WEEKDAY_FIRST_DATE_LINE.exec(text)
  if (m) return { date: numberedDate(line, m[1]!, m.slice(2, 5)) }
  if (WEEKDAY_LINE.test(text) || LUNAR_DATE_LINE.test(text)) return {}
  m = CLIPPING_HEADER.exec(text)
  if (m) return { paper: spanOf(line, m[1]!), date: numberedDate(line, m[2]!, m.slice(3, 6), line.lastIndexOf(m[2]!)) }
  m = FOLIO_SECTION.exec(text)
  // (Its number and section in the form that matched: after a colon, after a lettered page, or the section alone.)
  if (m) return withPage({ section: lastSpanOf(line, (m[3] ?? m[5])!) }, m[1] ?? m[2] ?? m[4])
  m = ISSUE_PAGE.exec(text) ?? LONE_FOLIO.exec(text)
  if (m) return withPage({}, m[1])
  if ((ISSUE_NUMBER_LINE.test(text) || ISSUE_NUMBER_FIRST.test(text)) && (m = ISSUE_NUMBER_DATE.exec(text))) return { date: numberedDate(line, m[0], m.slice(1, 4)) }
  // (No date, but the issue's count of pages, as an e-paper reader heads a page: 《陕西师大报》总第703期 四版:杏园副刊 本期共4版.)
  if (ISSUE_NUMBER_LINE.test(text) && ISSUE_PAGE_COUNT.test(text)) return {}
  // The paper's imprint: 国内统一刊号:CN64-0001 宁夏日报报业集团出版.
  if (IMPRINT.test(text)) return {}
  m = CLIPPING_PAGE.exec(text)
  if (m) return withPage({ section: lastSpanOf(line, m[2]!) }, m[1])
  return pageLineOfParts(text, line)
}

/** The front page's number, where it is named (头版), no number printed. */
const FRONT_PAGE_NUMBER = '1'

/** The header with the page its printed number names, where it names one (a number, 03, or numerals, 十二). */
function withPage(info: PageHeaderInfo, printed: string | undefined): PageHeaderInfo {
  const page = printed === undefined ? undefined : pageNumber(printed)
  if (page !== undefined) info.page = page
  return info
}

/**
 * A date printed in digits (2019-05-23, 2019年5月23日) where it stands in the line (`at`: its first occurrence unless
 * given), its year, month and day as matched.
 */
function numberedDate(line: string, printed: string, [year, month, day]: string[], at = line.indexOf(printed)): NonNullable<PageHeaderInfo['date']> {
  return { start: at, end: at + printed.length, value: { year: Number(year), month: Number(month), day: Number(day), raw: printed } }
}

/** The span of the page's section, printed after its 版 (第03版 综合新闻, 版次：A03 版名：要闻). */
function sectionAfterPage(line: string, section: string): Span {
  const at = line.indexOf(section, line.indexOf('版'))
  return { start: at, end: at + section.length }
}

/** Where a part of the line stands in it (its first occurrence). */
function spanOf(line: string, part: string): Span {
  const at = line.indexOf(part)
  return { start: at, end: at + part.length }
}

/** Where a part of the line stands in it, its last occurrence (a section after the page's number and words). */
function lastSpanOf(line: string, part: string): Span {
  const at = line.lastIndexOf(part)
  return { start: at, end: at + part.length }
}

/** Where a date printed as 2026-01-27 stands in the line, with its value. */
function isoDateSpan(line: string, date: string): NonNullable<PageHeaderInfo['date']> {
  return numberedDate(line, date, date.split('-'))
}

/** Where a printed date stands in the line, with its value. */
function dateSpan(line: string, date: string): NonNullable<PageHeaderInfo['date']> {
  const at = line.indexOf(date.slice(0, 4))
  return { start: at, end: at + date.length, value: readDate(date) }
}

/** A line that is only a section's name (港闻, 要闻, 国际): its span. */
export function sectionLabelOf(line: string, sections: readonly string[]): PageHeaderInfo | undefined {
  const name = line.trim()
  if (!sections.includes(name)) return undefined
  const at = line.indexOf(name)
  return { section: { start: at, end: at + name.length } }
}


export const PAGE_HEADER_STANDS_IN: ReadonlySet<Placement> = new Set(['heading', 'top'])

/** Extensions first, then page headers: a nameplate line with a date (光明日报 2012年10月27日 星期六) is one. */
export const readPageHeader: LineTest = ({ tokens, text, above, below, from, gap }, { words, runner }) => {
  if (text.length > MAX_FURNITURE_LENGTH) return undefined
  const pageHeader = pageHeaderOf(text) ?? clippingHeaderPart(text, above) ?? sectionLabelOf(text, words.sections)
  if (!pageHeader) return controlsAfter(tokens, text, from, gap, words.chrome)
  // (Issues listed one a line, 部分目录如下： / 1275 期 2019-12-30 / 1276 期 2020-01-09: a story's list, no page's header.)
  if (ISSUE_NUMBER_FIRST.test(compactSpaces(text)) && listedBeside(ISSUE_NUMBER_FIRST, above, below)) return undefined
  // (Sources cited one a line, 资料来源： / 1957年7月20日人民日报 第3版 / 1958年4月2日光明日报 第2版: a story's list.)
  if (DATE_PAPER_PAGE.test(compactSpaces(text)) && ((above !== undefined && INTRODUCES.test(lineText(above.tokens))) || listedBeside(DATE_PAPER_PAGE, above, below))) return undefined
  // (A clipping's page line naming the author at its end, 報章 | 06 |深度報道 |By 王軍: the page header, then
  // the byline, printed over the document's title: byline.ts creditOverTitle.)
  const by = CLIPPING_PAGE.test(compactSpaces(text)) || CLIPPING_PAGE_BY.test(compactSpaces(text)) ? CLIPPING_BY.exec(text) : null
  const at = by ? partAt(tokens, by.index + by[0].length - by[2]!.length) : -1
  const byAt = by ? partAt(tokens, by.index + by[0].indexOf(by[1]!)) : -1
  const credits = at > 0 && byAt > 0 ? authorFieldCredits(trimmed(tokens.slice(at)), runner) : undefined
  if (!credits) return { kind: 'pageHeader', pageHeader }
  return {
    rows: [
      readRow(trimmed(tokens.slice(0, byAt)), gap, from, { kind: 'pageHeader', pageHeader }),
      readRow(tokens.slice(byAt), 0, from + byAt, { kind: 'byline', credits }),
    ],
  }
}

/**
 * An e-paper's date line with its reader's controls after it (2021年3月2日 星期二 返回版面目录): the page header, then
 * the controls, interface. Only controls the vocabulary lists, set apart by a space.
 */
function controlsAfter(tokens: Row['tokens'], text: string, from: number, gap: number, chrome: readonly string[]): LineResult {
  // (Most lines hold no date: the cheap check first.)
  if (!DATE_BEFORE_CONTROLS.test(text)) return undefined
  const words = text.split(' ')
  let kept = words.length
  while (kept > 1 && chrome.includes(words[kept - 1]!)) kept--
  if (kept === words.length) return undefined
  const line = words.slice(0, kept).join(' ')
  const pageHeader = pageHeaderOf(line)
  const split = pageHeader ? partAt(tokens, line.length) : -1
  if (!pageHeader || split <= 0) return undefined
  return { rows: [readRow(trimmed(tokens.slice(0, split)), gap, from, { kind: 'pageHeader', pageHeader }), readRow(trimmed(tokens.slice(split)), 0, from + split, { kind: 'chrome' })] }
}

/** A date opening the line (2021年3月2日, 2023 年 10 月 2 日, 2021-03-02), a space after it: how a date line with controls after it starts. */
const DATE_BEFORE_CONTROLS = /^[0-9]{4}(?: ?年|[-./]).* /

/** Whether the line above or below reads by `pattern` too: a story's list, one item a line, no page's header. */
const listedBeside = (pattern: RegExp, above: Pick<Row, 'tokens'> | undefined, below: Pick<Row, 'tokens'> | undefined): boolean =>
  [above, below].some((row) => row !== undefined && pattern.test(compactSpaces(lineText(row.tokens))))

/** The author at the end of a clipping's page line, after its bar and By: |By 王軍, | by 編譯／趙榮琳. */
const CLIPPING_BY = / ?\| ?(by) ?([^|]{1,20})$/i

/**
 * A numeric date alone as the page's first line under its nameplate and page lines, over the story's text
 * (2008-7-27 / 三秦都市报记者…): the page's date, not the story's headline. Not the first of a series of dated
 * entries (a diary's 2023.5.1 / … / 2023.5.2, a chronicle, a table's column of dates: another such date stands
 * alone further down), nor a date that titles the story over its ——subtitle (2008.8.8 / ——写在…).
 */
export const pageDateOverText: Refinement = (rows) => {
  const k = firstUnderTopFurniture(rows)
  const row = rows[k]
  if (row === undefined || (row.kind !== 'heading' && row.kind !== 'body')) return rows
  const pageHeader = numericDateLine(lineText(row.tokens))
  if (pageHeader === undefined) return rows
  const under = rows[k + 1]
  if (under === undefined || tokenMatcher(trimmed(under.tokens)[0]!, Dash)) return rows
  if (rows.slice(k + 1).some((later) => NUMERIC_DATE_LINE.test(lineText(later.tokens).trim()))) return rows
  return rows.map((r, j) => (j === k ? { ...r, kind: 'pageHeader', pageHeader } : r))
}

/** A numeric date alone on its line (NUMERIC_DATE_LINE): its span and value. */
function numericDateLine(line: string): PageHeaderInfo | undefined {
  const m = NUMERIC_DATE_LINE.exec(line.trim())
  if (!m?.groups) return undefined
  const at = line.indexOf(m[0])
  const { year, month, day } = m.groups
  return { date: { start: at, end: at + m[0].length, value: { year: Number(year), month: Number(month), day: Number(day), raw: m[0] } } }
}

/**
 * A clipping's header line broken after its medium (報章 | / 09 |鎂刻地產 |By 甄素靜): the medium
 * alone under the document's first header line (its number, paper and date), the page, section and
 * author under the medium. Nowhere else: 报纸 | and 12 | 移动客户端 | by 年龄统计 may be a table's cells.
 */
function clippingHeaderPart(line: string, above: Row | undefined): PageHeaderInfo | undefined {
  const text = compactSpaces(line)
  if (above?.kind !== 'pageHeader') return undefined
  const aboveText = compactSpaces(lineText(above.tokens))
  if (CLIPPING_MEDIUM.test(text)) return CLIPPING_HEADER.test(aboveText) ? {} : undefined
  const m = CLIPPING_MEDIUM.test(aboveText) ? CLIPPING_PAGE_BY.exec(text) : null
  if (!m) return undefined
  const page = pageNumber(m[1]!)
  const at = line.lastIndexOf(m[2]!)
  return { ...(page === undefined ? {} : { page }), section: { start: at, end: at + m[2]!.length } }
}

/** A running header or footer, or a section label. */
export const pageHeaderNode: RowNode = (row: Row, { context: { runner, factory } }): PageHeader => {
  const info = row.pageHeader!
  const from = start(row.tokens)
  const node: PageHeader = { type: 'pageHeader', ...rowPhrase(row, runner, factory) }
  if (info.paper) node.paper = factory.source(from + info.paper.start, from + info.paper.end)
  if (info.page !== undefined) node.page = info.page
  if (info.section) node.section = factory.source(from + info.section.start, from + info.section.end)
  if (info.date) {
    const value: DateValue = { ...info.date.value, raw: factory.source(from + info.date.start, from + info.date.end) }
    node.date = value
  }
  return node
}

export const placePageHeader: Placer = (row, assembly) => {
  assembly.stand(() => pageHeaderNode(row, assembly), PAGE_HEADER_STANDS_IN)
}

/** The fewest pages an e-paper's list of its pages names: a page's footer and the next page's header make two. */
const MIN_LISTED_PAGES = 3
/** The longest section's name under a page's number in such a list (要闻, 综合新闻, 社会生活). */
const MAX_LISTED_SECTION = 8

/** Whether a row is a numbered page line (第01版, 02版:要闻, A03). */
const numberedPage = (row: Row | undefined): boolean => row?.kind === 'pageHeader' && row.pageHeader?.page !== undefined

/** Whether a row may name a listed page's section: a short line, no sentence, no number of its own. */
const listedSection = (row: Row | undefined): boolean =>
  row !== undefined && !numberedPage(row) && (row.kind === 'pageHeader' || row.kind === 'heading' || row.kind === 'body') && printedLength(row.tokens) <= MAX_LISTED_SECTION

/**
 * An e-paper's list of its pages (第01版 / 要闻 / 第02版 / 综合新闻 / 第03版 / 社会生活):
 * three or more page numbers one after another, each with at most its
 * section's name under it, is the reader's navigation, not the pages
 * themselves: interface, and no page break. (A page's footer and the next
 * page's header stand together too, but two of them, not three.)
 */
export const pageLists: Refinement = (rows) => {
  const read = rows.slice()
  for (let k = 0; k < rows.length; k++) {
    if (!numberedPage(rows[k])) continue
    let to = k
    let pages = 0
    while (numberedPage(rows[to])) {
      pages++
      to++
      if (listedSection(rows[to])) to++
    }
    if (pages >= MIN_LISTED_PAGES) for (let n = k; n < to; n++) read[n] = readAs(rows[n]!, 'chrome')
    k = to - 1
  }
  return read
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const PAGE_HEADER_PATTERNS: readonly RegExp[] = [
  ...Object.values(PAGE_LINE_PART),
  PAGE_LINE_SEPARATOR,
  PAGE_CODE,
  DATE_BEFORE_CONTROLS,
  ENDS_IN_REPORT,
  FOLIO_SECTION,
  LONE_FOLIO,
  PAGE_LABEL,
  PAPER_PAGE,
  PAPER_DATE,
  ARCHIVE_CITATION,
  TRAILING_CITATION,
  DATE_LINE,
  NUMERIC_DATE_LINE,
  WEEKDAY_FIRST_DATE_LINE,
  WEEKDAY_LINE,
  CLIPPING_HEADER,
  CLIPPING_PAGE,
  CLIPPING_MEDIUM,
  CLIPPING_PAGE_BY,
  ISSUE_PAGE,
  ISSUE_NUMBER_LINE,
  ISSUE_NUMBER_FIRST,
  IMPRINT,
  DATED_PAGE,
  ISO_DATE_PAPER_PAGE,
  NUMERAL_DATE_LINE,
  LUNAR_DATE_LINE,
  ISSUE_NUMBER_DATE,
  ISSUE_PAGE_COUNT,
]
