/**
 * How furniture lines print pages and dates: page numbers (3, A05, 十二),
 * printed dates, weekdays, the e-paper's page links — shared by the
 * constructs of furniture lines (constructs/page-header.ts, stamp.ts,
 * jump-line.ts), which hold their own patterns. Each pattern is a regular
 * expression over one normalized line (width-folded, simplified), anchored
 * and linear (no nested quantifiers): test/pathological.test.ts runs them
 * all (constructs/index.ts `FURNITURE_PATTERNS`) on adversarial lines.
 */

import { COUNTING_NUMERALS, readNumber } from './numerals'
import { DATE_GAP } from './tokens/dates'

/**
 * Furniture lines are short: the longest met, a clipping export's header in
 * English (6 .Hong Kong Economic Journal | … | 2019-05-23), runs to about a
 * hundred characters. Longer lines are not tried as page headers, stamps or
 * interface (every line of a page is, and most are paragraphs), but for a
 * clipping service's notice, which is known by its opening.
 */
export const MAX_FURNITURE_LENGTH = 160

/** A span of a line's normalized text. */
export type Span = { start: number; end: number }

/** A page number as printed: 3, 03, 十二 (grammar/numerals.ts reads it). */
export const pageNumber = (raw: string): number | undefined => readNumber(raw)

/** A page number in a pattern, digits or numerals: its group. */
export const PAGE = `([0-9]{1,3}|[${COUNTING_NUMERALS}]{1,3})`
/** A page as e-papers number it: a section letter, then the number (A05, B2). */
export const LETTERED_PAGE = `[A-Za-z]{0,2}0*([0-9]{1,3}|[${COUNTING_NUMERALS}]{1,3})`
/** A date as Chinese papers print it (2024年6月4日; a PDF's copy, 2024 年 6 月 4 日), in a pattern: its group. */
export const DATE = `([0-9]{4}${DATE_GAP}年${DATE_GAP}[0-9]{1,2}${DATE_GAP}月${DATE_GAP}[0-9]{1,2}${DATE_GAP}日)`
/** A weekday (星期二) in a pattern. */
export const WEEKDAY = '星期[一二三四五六日天]'
/** A weekday by its short name (周二), in a pattern. */
export const SHORT_WEEKDAY = '周[一二三四五六日天]'
/** The e-paper's own links printed after a page label: PDF版阅读, 上一版 下一版. */
/**
 * A site's field labels, by what the field holds (来源:南海网 作者:赵丽影
 * 编辑:林妙展 发布时间:2009-08-13 阅读:35): the stamp (constructs/stamp.ts),
 * the editors' field row (editor-line.ts) and the interface (chrome.ts)
 * read them, each its own selection. Alternatives, for a pattern's
 * alternation; each is followed there by its colon.
 */
/** Where the story came from: 来源, 稿源, 稿件来源, 新闻来源, 信息来源, a document site's 文档来源 (the longer labels first, so each is read whole). */
export const SOURCE_LABELS = '稿件来源|新闻来源|文章来源|消息来源|信息来源|内容来源|文档来源|来源|稿源'
/** A post's labels of where it was taken from, with the site's source labels: 本文来源, 转自, 转载自. */
export const POST_SOURCE_LABELS = `本文来源|原文来源|本文转自|转载自|转自|${SOURCE_LABELS}`
/** The bars a site sets between its fields and a post between a role and its names: |, ｜, ︱ (作者:记者︱林彬). */
export const FIELD_BARS = '|｜︱'
/** One of those bars alone: a token's image. */
export const FIELD_BAR = new RegExp(`^[${FIELD_BARS}]$`)
/**
 * A site's field of where the story came from among its other fields (出处：北京商报 作者：…, 作者:刘思嶽 来自:新导报
 * 时间:2009-11-26): not alone, where 出处：《论语》 names a quotation's and 来自：北京 a guest's home.
 */
export const SITE_SOURCE_LABEL = '出处|来自'
/** Who wrote it: 作者. */
export const AUTHOR_LABEL = '作者'
/** The desk's editor: 责任编辑, 编辑, 责编, the web desk's 网络编辑 and 网编. */
export const EDITOR_LABELS = '责任编辑|网络编辑|编辑|责编|网编'
/** When the page was published or updated. */
export const PUBLISHED_LABELS = '发布日期|发布时间|发表日期|发表时间|更新时间|发布|时间|日期'
/** How often it was read or visited, a page's counters: 阅读, 点击数, 浏览次数, 访问量, 人气, 點閱率 (the longer word first). */
export const READS_LABELS = '点阅率|点阅数|点阅次数|点阅|点击率|点击量|点击数|点击|阅读量|阅读数|阅读次数|阅读|浏览量|浏览数|浏览次数|浏览|访问量|访问数|访问次数|查看次数|人气'
/** The type size buttons: 字号, 字体. */
export const TYPE_SIZE_LABELS = '字号|字体'

/** A list item's mark before a site's field, as a converter copies <li>: - 发布日期:2021-12-28 10:22:57 · • 消息来源:丹东日报社. */
export const FIELD_BULLET = /^[-•·] (?=\S)/

/** A site's list bullet, as its HTML list is copied before a title or a lead (• 送上一杯热水…, •   本报太原7月15日讯…). */
export const LIST_BULLET = '\u2022'

/** The links an e-paper prints with its page label or stamp: PDF版, 上一版 下一版 >, 查看本版大图. */
export const PAGE_LINKS = '(?: ?/? ?(?:PDF版(?:阅读)?|上一版|下一版|上一篇|下一篇|查看本版大图|本版大图)(?: ?[<>«»]{1,2})?)*'

/** A list page's link from a teaser to its story, in brackets: [詳細], [全文]. */
export const READ_MORE_LINK = '\\[(?:详细|全文|更多|阅读全文|详情)\\]'
/** A blog listing's link after a teaser it cut, as WordPress themes print it: 繼續閱讀, Continue reading →. */
const CONTINUE_LINK = '(?:继续阅读|continue reading)(?: ?(?:→|»|›|>{1,3}))?'
/** The link after a teaser's cut text: after its ellipsis (… [詳細]), or after a space (…,她 繼續閱讀, … Continue reading →). */
export const READ_MORE_AT_END = new RegExp(`(?:(?:\\.{3}|…{1,2}) ?${READ_MORE_LINK}|[ \u3000]${CONTINUE_LINK})$`, 'i')
/** WordPress's mark of an excerpt's cut, its ellipsis in brackets: […], [...]. */
export const EXCERPT_MORE = /\[(?:\.{3}|…)\]$/
/**
 * A blog listing's excerpt cut at a set length, its ellipsis set apart by a space or in brackets, with no link after it
 * (…图片由七天读者提供 ..., …(Grand Parc ..., … […]): the teaser ends there.
 */
export const EXCERPT_CUT = new RegExp(`[ \u3000](?:\\.{3}|…)$|${EXCERPT_MORE.source}`)
/** The last character of such a link (its bracket, 读, g of reading, an arrow): the cheap check on a line's last token before the pattern. */
export const READ_MORE_LAST = /[\]读讀gG→»›>]$/
