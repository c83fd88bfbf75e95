/**
 * Publication stamps: when a web page or e-paper published the text.
 *
 *   发布日期:2022年11月23日 上一版 下一版 · 2018-09-19 11:05 · 滕州日报 2021-03-24 07:17 大字
 *   …潛力獎。1021029                       Taiwan's bare date code after the last sentence (signature.ts)
 *   2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導   a site's stamp with the story's byline after it
 *   来源:南海网作者:赵丽影 编辑:林妙展 · … 编辑:王万川校对:赵丁   a site's field row, its author a byline, its staff a staff line
 *   - 2025-12-27 / - 港聞 / - 記者:X編輯:Y              a site's fields listed one per line under the title
 *   2014 / 02/18 / 08:30                               a date printed in parts under the title
 *
 * Everything about the convention is here: its patterns, the line tests,
 * the node, where it stands. (A title with its stamp or credits on one
 * line, and a post's meta under it, are title bars: title-bar.ts.)
 *
 * Where it stands: among an article's heading lines (a site's stamp under
 * its title), else at the top level, closing the open article.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { Role, Space } from '../tokens'
import type { Stamp } from '../../src/types'
import { AUTHOR_LABEL, EDITOR_LABELS, SITE_SOURCE_LABEL, FIELD_BARS, FIELD_BULLET, MAX_FURNITURE_LENGTH, PAGE_LINKS, PUBLISHED_LABELS, READS_LABELS, SOURCE_LABELS, TYPE_SIZE_LABELS, type Span } from '../furniture'
import type { DateValue } from '../../src/types'
import { lineText, partAt, readAs, readRow, start, textIn, type Row } from '../../src/assemble/row'
import { authorFieldCredits, bareNames, labelsReporterColumn, titleLine } from './byline'
import { HAN_CHARACTER, HAN_CLASS } from '../han'
import { looksLikeName } from '../names'
import { TEXT_TOKEN } from '../tokens/text'
import { compactSpaces, holdsFullStop, printedLength, trimmed } from '../layout'
import type { LineResult, LineTest, Placer, Reading, Refinement, RowNode } from './construct'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { rowPhrase } from './line-nodes'
import { PAGE_HEADER_STANDS_IN } from './page-header'
import { sourceNoteOf } from './source-note'
import { firstUnderTopFurniture } from '../page-shape'

/** What a stamp names: its date, as a span of its line's normalized text. */
export interface StampInfo {
  date: Span & { value: DateValue }
  /** Whether it stands straight under a title line (what is under it may be the title's byline: byline.ts). */
  underTitle?: boolean
}

/** The longest line of a site's fields read as its stamp. */
const MAX_FIELDED_STAMP = 120
/** The labels of a site's fields around its stamp's date. */
const FIELD_LABEL_WORDS = `${SOURCE_LABELS}|${SITE_SOURCE_LABEL}|${AUTHOR_LABEL}|${EDITOR_LABELS}|${READS_LABELS}|字号|发布|版次|(?:内容|信息|文章)?更新时间`

/** 發佈日期 : 2018-08-02 · 发布时间: 2019/04/24 · 建立時間：2019/05/23 10:00 · 发稿时间 2020-10-27 17:52 (its label set apart by a space) · 2018-09-19 11:05 · 2021年05月12日09:19 · 2015.07.31 00:00 */
// Labelled, or a bare date with a time; a bare date (2026/1/13) is more
// often a table cell than a stamp.
const PUBLISHED =
  /^(?:(?:发布|发佈|更新|建立|发稿)(?:日期|时间)(?: ?: ?| )([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|([0-9]{4})(?:-|年|\/|\.)([0-9]{1,2})(?:-|月|\/|\.)([0-9]{1,2})(?:日|\/)? ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: \[?[^ :\[\]]{1,12} ?: ?[^ \]]{0,30}\]?){0,4})$/
/**
 * A site's or app's name, its date and time, and its counter's label (齐点淄博 2023-01-15 20:32:00 阅读量:):
 * the counter makes it the site's line, not a title with its date.
 */
const SITE_TIME_COUNTER = new RegExp(
  `^[${HAN_CLASS}]{2,10} ([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}) [0-9]{1,2}:[0-9]{2}:[0-9]{2} (?:${READS_LABELS}) ?[:：] ?[0-9]*$`,
)

/**
 * A portal's post meta, its fields after bars (2011-1-29 11:08| 发布者: 兵器之友| 查看: 649| 评论: 0):
 * the site's own labels only (a table's 2021-7-20 16:00| 雨量: 201.9毫米 is data).
 */
const BARRED_POST_META = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}) [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[|｜] ?(?:发布者|作者|来源|查看|浏览|评论|点击|阅读|编辑|责任编辑|回复) ?[:：] ?[^|｜]{0,30}){2,6}$/

/** 更新時間：08:27 2026-03-02 HKT: Hong Kong sites print the time first, then the date and the zone. */
const TIME_FIRST = /^(?:发布|发佈|更新|建立)(?:日期|时间) ?: ?[0-9]{1,2}:[0-9]{2} ([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?: [A-Z]{3})?$/

/**
 * Stamps of e-paper and news sites, with the date as Chinese papers print
 * it or as sites do, and the site's own words around it:
 * 发布日期:2022年11月23日 上一版 下一版 · http://www.sina.com.cn 2005年04月28日10:33 南京报业网 ·
 * 作者: 来源:柚都平和 时间:2022-05-30 · 滕州日报 2021-03-24 07:17 大字 · 皖东晨刊 2018-07-25 08:00 大字 (a paper named 刊) · NEWS.SOHU.COM 2004年10月23日16:32 来源:云南日报 ·
 * www.zjol.com.cn 2003年10月06日 浙江在线新闻网站 · 石河子日报 新闻 时间:2025年05月30日 来源:石河子日报
 * (the paper, its channel, the date's label) · 南川日报2018-10-19 09:43 (the paper glued to the date) · and the site's fields after
 * the date, labels with or without a value: 刊发日期:2018-09-14 阅读次数: 作者:本通 语音阅读:语音阅读
 */
const SITE_STAMP = new RegExp(
  '^(?:(?:发布|更新|刊发)(?:日期|时间) ?: ?|(?:当前报章|当前报纸|当前期次) ?:? ?|(?:https?://|www\\.)[!-~]{3,60} |[A-Za-z0-9-]{2,30}(?:\\.[A-Za-z0-9-]{2,30}){1,3} |[^ :|]{2,12}(?:报|刊|网)(?: [^ :|]{1,6})? ?(?:(?:时间|日期) ?: ?)?|(?:作者 ?: ?[^ :]{0,10} ?)?来源 ?: ?[^ :]{1,20} ?(?:时间|日期) ?: ?)' +
    '([0-9]{4})(?:年|-)([0-9]{1,2})(?:月|-)([0-9]{1,2})日?(?: ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?: ?[^ ]{1,20})?' +
    '(?: [^ :]{1,12} ?: ?[^ ]{0,20}){0,4}' +
    PAGE_LINKS +
    '$',
)

/**
 * A forum post's stamp, its controls after it: 发表于 2016-5-8 06:26:09 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式
 * (a paper's story reposted on a local forum); or its poster's name before it, as a forum's archive
 * prints each post: 菲龙网管理员8 发表于 2023-2-21 09:49.
 */
const FORUM_POST = /^(?:[^ |。!?,:]{1,20} +)?(?:发表于|发表时间 ?:) ?([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?: ?\| ?[^|。!?,]{1,30})*$/
/** The same with the day first, as a forum in Europe dates its posts: 发表于 2.12.2009 09:33:24 | 只看该作者 |倒序浏览. */
const FORUM_POST_DAY_FIRST = /^(?:[^ |。!?,:]{1,20} +)?发表于 ?((0?[1-9]|[12][0-9]|3[01])\.(0?[1-9]|1[0-2])\.([0-9]{4}))(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?: ?\| ?[^|。!?,]{1,30})*$/

/** The months as English-language sites of Chinese papers print them. */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
/**
 * A publication date in English after a date label, as Malaysian and other
 * sites print it: 出版日期: Saturday, August 08, 2009.
 */
const ENGLISH_DATE_STAMP = new RegExp(
  `^(?:出版日期|${PUBLISHED_LABELS}) ?: ?((?:[A-Za-z]{6,9}, )?(${MONTHS.join('|')}) ([0-9]{1,2}), ([0-9]{4}))$`,
  'i',
)
/**
 * A date in English with its time, as overseas Chinese papers' sites print
 * it under the title: Nov 9, 2018, 17:08 PM · November 9, 2018 5:08 pm, and
 * with the site's label before it, Published at May 31, 2022 03:08 pm (the
 * time required: a bare date may be a table's).
 */
const ENGLISH_DATE_TIME = new RegExp(
  `^(?:(?:published|posted|updated)(?: at| on)? )?(((?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]{0,6}\\.?) ([0-9]{1,2}), ([0-9]{4})),? [0-9]{1,2}:[0-9]{2}(?: ?[ap]\\.?m\\.?)?$`,
  'i',
)
/** A blog's poster after the date, as WordPress themes print the post's meta: by WA Chinese Post, by admin. */
const POSTED_BY = ' by [^ |]{1,30}(?: [^ |]{1,30}){0,4}?'
/** The post's comments after its date or poster: Leave a Comment, No Comments, 2 Comments, Comments Off. */
const POST_COMMENTS = '(?: ?[-—–|·])? (?:leave a comment|no comments|[0-9]{1,4} comments?|comments (?:are )?off)'
/**
 * A blog's post meta in English under the title, as WordPress themes print it (February 17, 2022 by WA Chinese
 * Post Leave a Comment · Posted on March 3, 2020 by admin — 2 Comments): the post's stamp, its date; the poster is
 * the site's account, no byline. (The comments' link or count required: a bare date may be a table's, and a date
 * with who or where after it a poster's or an inscription's a story quotes, March 3, 1952 by the harbour.)
 */
const ENGLISH_POST_META = new RegExp(
  `^(?:posted on )?(((?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]{0,6}\\.?) ([0-9]{1,2}), ([0-9]{4}))(?:${POSTED_BY})?${POST_COMMENTS}$`,
  'i',
)
/** A European site's stamp, the day first and the time after it: 13.03.2015  12:30 (the time required: a bare date may be a table's). */
const DAY_FIRST_STAMP = /^((0?[1-9]|[12][0-9]|3[01])\.(0?[1-9]|1[0-2])\.([0-9]{4})) [0-9]{1,2}:[0-9]{2}$/

/** A writer and the date, set apart by a bar: 陳玲芳 |2023.03.11 (a Taiwan paper's story page). */
const WRITER_DATE = new RegExp(`^[${HAN_CLASS}·]{2,6} ?\\| ?(([0-9]{4})[./-]([0-9]{1,2})[./-]([0-9]{1,2}))$`)

/**
 * The date first, then the site or its channel (2014年04月11日   浙江在线台州频道, a reposting
 * site's line under the title), the writer's name before it or after it (2017-06-15 翟宇佳 延吉新闻网,
 * 2017-09-26 22:57 娄底新闻网 李建国), the paper and its section parted by a slash (2019-10-31 基督教論壇報 / 華人教會),
 * or the author's field left with its role alone (2007-01-05 本报记者).
 */
const DATE_BEFORE_SITE = new RegExp(
  `^(([0-9]{4})(?:-|年)([0-9]{1,2})(?:-|月)([0-9]{1,2})日?)(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)? (?:[${HAN_CLASS}]{2,3}[·]?[${HAN_CLASS}]{0,1} [${HAN_CLASS}]{2,10}(?:新闻网|网|在线)|[${HAN_CLASS}]{2,10}(?:新闻网|网|在线) [${HAN_CLASS}]{2,3}[·]?[${HAN_CLASS}]{0,1}|[${HAN_CLASS}]{2,16}(?:网|报|频道|在线|新闻)(?: ?\/ ?[${HAN_CLASS}]{2,8})?|(?:本报|本刊)?(?:记者|通讯员|特约记者))$`,
)

/**
 * A hyphened date glued to the site that dated it, as a listing of its stories prints each one's
 * (2024-9-27遂平新闻, 2024-09-25平安县融媒): the stamp, as with a space between them (DATE_BEFORE_SITE).
 * Only a hyphened date: 2024年9月27日遂平新闻… opens a sentence as often.
 */
const DATE_GLUED_TO_SITE = new RegExp(`^(([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}))[${HAN_CLASS}]{2,16}(?:网|报|频道|在线|新闻|融媒)$`)

/**
 * A site's date and time first, then the channel the story is filed in, whatever it is called
 * (2025-01-15 青年 · 2025-01-15 10:20 要闻 · 2014-11-10  中国徐州网-徐州日报, a site and its paper): the date as sites write it, hyphened; a weekday after it
 * makes the date line (page-header.ts). Only under the story's title (readStamp): in a
 * story's text, 2023-05-10 立项 / 2023-11-08 开工 is its timeline.
 */
const DATE_BEFORE_CHANNEL = new RegExp(
  `^(([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}))(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)? (?!星期|周[一二三四五六日天])[${HAN_CLASS}]{1,6}(?:-[${HAN_CLASS}]{2,8})?$`,
)

/**
 * A full date and its time, then the outlet or its column glued on or set apart, and a site's
 * type-size buttons before it (A-A+2014年2月3日00:40广西日报评论 · 2024年06月26日 10时19分 忻州日报),
 * or its comment link's count after it (2012年06月12日11:02东南快报我要评论(23)): the time makes it a stamp.
 */
const DATE_TIME_THEN_NAME = new RegExp(
  `^(?:A[-+] ?A[-+] ?)?(([0-9]{4})(?:年|-)([0-9]{1,2})(?:月|-)([0-9]{1,2})日?) ?(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,2}时[0-9]{1,2}分) ?(?:[${HAN_CLASS}]{2,12}|[${HAN_CLASS}]{0,10}评论[(（][0-9]{1,6}[)）])$`,
)

/**
 * A site's name and its address, then the date and its time (阳光东坑  http://dk.sun0769.com/   2008-12-03 17:12): the
 * address says the name is the site's, whatever it is called.
 */
const NAME_ADDRESS_DATE_TIME = new RegExp(
  `^[${HAN_CLASS}]{2,12} (?:https?://)?[A-Za-z0-9-]+\\.[^ ]+ (([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})) [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$`,
)

/**
 * The same with the address first, the date perhaps in Han (http://www.nhnews.com.cn   宁海新闻网   2015年07月17日 08:52:28).
 */
const ADDRESS_NAME_DATE_TIME = new RegExp(
  `^(?:https?://)?[A-Za-z0-9-]+\\.[^ ]+ +[${HAN_CLASS}]{2,12} +(([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?) ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$`,
)

/**
 * A site's or an app's name, then the date and its time: set apart by a slash, a bar or a dot, whatever the name
 * (台湾好新闻/ 2015.07.31 00:00, 恩施发布 | 2024/5/9 10:20), or by a space after a name a media outlet's ending gives away
 * (远安融媒 2024-05-09 10:20, 长阳发布, 潮新闻客户端; SITE_STAMP knows 报 and 网). Not a title with its date and time
 * (春运首日客流平稳 2023-01-15 20:32: title-bar.ts).
 */
const NAME_THEN_DATE_TIME = new RegExp(
  `^(?:[${HAN_CLASS}A-Za-z0-9·]{2,16} ?[/|｜·]|[${HAN_CLASS}]{1,12}(?:融媒|融媒体|发布|新闻|客户端|在线|频道|电视台|广电)) ?(([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?) ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$`,
)

/**
 * A full date and its time, then the page's count of reads (2020/04/07 20:40 點閱 45695 次,
 * 2023-05-06 10:20 浏览:1203): the count makes it the site's line.
 */
const DATE_TIME_READS = new RegExp(
  `^(([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})) [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})? (?:${READS_LABELS}) ?[:：]? ?[0-9]+ ?次?$`,
)

/**
 * A blog's post meta under its title: the date, the post's category perhaps, its comments' count and its reads
 * (2016年05月12日 历史老照片 暂无评论 阅读 114 次, 2019-03-08 3 条评论 浏览 56 次), or its reads in brackets and
 * the comments' count in its own after them, as an e-paper reader prints it (2023-05-30 浏览(103) (0)): the
 * counts make it the site's line.
 */
const DATE_POST_COUNTS = new RegExp(
  `^(([0-9]{4})(?:年|-)([0-9]{1,2})(?:月|-)([0-9]{1,2})日?)(?: [${HAN_CLASS}]{2,10})?(?: (?:暂无评论|[0-9]{1,6} ?条评论|评论 ?[(（]?[0-9]{1,6}[)）]?))? (?:${READS_LABELS}) ?(?:[:：]? ?[0-9,]{1,9} ?次|[(（][0-9,]{1,9}[)）](?: [(（][0-9]{1,6}[)）])?)$`,
)

/**
 * A post's date with its weekday in brackets and its time, alone under the title: 2017年09月02日(土)18時39分 (a Japanese
 * site's weekday), 2024年3月29日(星期五)10时20分. (The date and weekday alone are the page's date line: page-header.ts.)
 */
const DATE_WEEKDAY_TIME = /^(([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日)[(（](?:星期|周)?[一二三四五六日天月火水木金土][)）] ?[0-9]{1,2}[时時:][0-9]{2}分?$/

/**
 * A post's upload time under its label, the date with dots as a Korean site prints it: 上传 2008.09.25 08:29
 * (中央日报中文网), 发布 2008.09.25 08:29.
 */
const UPLOADED = /^(?:上传|发布|更新|修改|登录)(?:时间|日期)? ?[:：]? ?(([0-9]{4})\.([0-9]{1,2})\.([0-9]{1,2})) [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/
/**
 * When a content system says the story was created, published or updated, the word 于 before the date (创建于
 * 2013-06-19, 最后更新于 2016-05-08 10:20, as Joomla prints a story's meta, a bullet perhaps before it): the stamp.
 */
const CREATED_ON = /^(?:创建|发布|更新|最后更新|修改)于 ?[:：]? ?(([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2}))(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/

/** The day alone in brackets over a title, as a daily column dates its item: (3月15日). */
const BRACKETED_DAY = /^[(（](([0-9]{1,2})月([0-9]{1,2})日)[)）]$/

/** An outlet's site or app with the month, day and time, the year left out: 春城晚报-开屏新闻 05-21 08:29:48. */
const YEARLESS_STAMP = /^[^ :|]{2,24}(?:报|网|新闻) (([0-9]{2})-([0-9]{2})) [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/

/**
 * Any line of a site's fields with a full date among them and no sentence
 * in it (2014-10-15 7:49:00 来源:阳光网—阳光报 进入论坛 · 达孜区人民网站:dzq.lasa.gov.cn
 * 2020年10月26日 访问量: 来源:拉萨日报 作者:袁忠兵): a site labels its fields, a
 * story does not; the date may be glued to a field's value (编辑:吴沁彤2023-11-21
 * 09:13内容来源:深圳商报). The labels stand apart (at the start, after a space or
 * a bar): (图片来源:2002年1月1日《工商时报》) is a photo's source.
 */
const FIELDED_STAMP = new RegExp(
  `^(?=[^，。！？；,!?;]{0,${MAX_FIELDED_STAMP}}$)(?=(?:.{0,${MAX_FIELDED_STAMP}}[ |])?(?:${FIELD_LABEL_WORDS}) ?[:：])(?:.{0,${MAX_FIELDED_STAMP}}?[^0-9])?(([0-9]{4})(?:-|年|/)([0-9]{1,2})(?:-|月|/)([0-9]{1,2})日?)(?![0-9])`,
)

/** The stamp a line of fields names (FIELDED_STAMP): its first full date, found as printed. */
function fieldedStamp(line: string, text: string): StampInfo | undefined {
  // (Most lines name no year and no label: known before the pattern runs.)
  if (!YEAR.test(text) || !LABEL_COLON.test(text)) return undefined
  // (A line that opens with a notice's particular is the notice's, no site's: 主讲:… 来自:… 时间:… 地点:…, 姓名:… .)
  if (NOTICE_FIELD.test(text)) return undefined
  const m = FIELDED_STAMP.exec(text)
  if (!m) return undefined
  return printedDate(line, m)
}
/** A notice's particulars opening a line, fields no site prints: 主讲, 姓名, 作品, 地点, 报告人, 联系人. */
const NOTICE_FIELD = /^(?:主讲人?|报告人|讲座|姓名|性别|年龄|作品|展品|地点|联系人|联系电话|嘉宾|成绩) ?[:：]/

/**
 * The stamp of a full date found in a line's folded text (the match's groups: the date as
 * printed, its year, month, day): its span in the line, the 日 after the day left out.
 * (The date has no spaces in it: it is printed in the line as in its folded text.)
 */
function printedDate(line: string, [, printed, year, month, day]: RegExpExecArray): StampInfo {
  const at = line.indexOf(printed!)
  const value = { year: Number(year), month: Number(month), day: Number(day), raw: `${year}-${month}-${day}` }
  return { date: { start: at, end: at + printed!.replace(/日$/, '').length, value } }
}

/** A year's four digits, and a label's colon: what a line of fields must hold. */
const YEAR = /[0-9]{4}/
export const LABEL_COLON = /[:：]/

/** The separators of a site's fields left empty before its date: / / 2017-02-15 16:40 (its author and source not given). */
const EMPTY_FIELDS = /^(?:[/|｜] ?){1,4}(?=[0-9])/

/** A web page's publication stamp: the date it names. */
export function stampOf(line: string): StampInfo | undefined {
  const text = compactSpaces(line).replace(FIELD_BULLET, '').replace(EMPTY_FIELDS, '')
  const english = ENGLISH_DATE_STAMP.exec(text)
  if (english) {
    const at = line.indexOf(english[1]!)
    const value = { year: Number(english[4]), month: MONTHS.indexOf(english[2]!.toLowerCase()) + 1, day: Number(english[3]), raw: english[1]! }
    return { date: { start: at, end: at + english[1]!.length, value } }
  }
  const englishTime = ENGLISH_DATE_TIME.exec(text) ?? ENGLISH_POST_META.exec(text)
  const monthOfName = englishTime ? MONTHS.findIndex((name) => name.startsWith(englishTime[2]!.slice(0, 3).toLowerCase())) + 1 : 0
  if (englishTime && monthOfName > 0) {
    const at = line.indexOf(englishTime[1]!)
    return { date: { start: at, end: at + englishTime[1]!.length, value: { year: Number(englishTime[4]), month: monthOfName, day: Number(englishTime[3]), raw: englishTime[1]! } } }
  }
  const dayFirst = DAY_FIRST_STAMP.exec(text) ?? FORUM_POST_DAY_FIRST.exec(text)
  // (The date opens the line's text: its span starts where the date is printed.)
  if (dayFirst) return fieldDate(line.indexOf(dayFirst[1]!), dayFirst, true)
  const dateFirst = DATE_BEFORE_SITE.exec(text) ?? DATE_GLUED_TO_SITE.exec(text) ?? DATE_TIME_THEN_NAME.exec(text) ?? NAME_THEN_DATE_TIME.exec(text) ?? NAME_ADDRESS_DATE_TIME.exec(text) ?? ADDRESS_NAME_DATE_TIME.exec(text) ?? WRITER_DATE.exec(text) ?? DATE_TIME_READS.exec(text) ?? DATE_POST_COUNTS.exec(text) ?? DATE_WEEKDAY_TIME.exec(text) ?? UPLOADED.exec(text) ?? CREATED_ON.exec(text)
  if (dateFirst) return printedDate(line, dateFirst)
  const yearless = YEARLESS_STAMP.exec(text) ?? BRACKETED_DAY.exec(text)
  if (yearless) {
    const at = line.indexOf(yearless[1]!)
    return { date: { start: at, end: at + yearless[1]!.length, value: { month: Number(yearless[2]), day: Number(yearless[3]), raw: yearless[1]! } } }
  }
  const m = PUBLISHED.exec(text) ?? TIME_FIRST.exec(text) ?? FORUM_POST.exec(text) ?? SITE_TIME_COUNTER.exec(text) ?? BARRED_POST_META.exec(text) ?? SITE_STAMP.exec(text)
  if (!m) return fieldedStamp(line, text) ?? siteFieldsOf(line)?.stamp
  const [year, month, day] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!]
  const at = line.indexOf(year)
  const end = line.indexOf(day, at + year.length + month.length + 1) + day.length
  const value = { year: Number(year), month: Number(month), day: Number(day), raw: `${year}-${month}-${day}` }
  return { date: { start: at, end, value } }
}

/**
 * A site's row of fields over or under its story, the date among them:
 * labels with their values or none, set apart by spaces or in brackets,
 * with the site's address and buttons beside them —
 *   时间:2012-11-29 A+   A- 举报
 *   【发布日期:2012-04-10】 【来源:】 【阅读:次】【作者:周晓露】
 *   来源:淮河晨刊 2018-09-19 17:27   https://www.yybnet.net/
 *   发布: 4:09pm 07/02/2022          (Malaysian sites: the time, then day/month/year)
 *   2019-11-05 09:16:02  |  来源:长春日报  |  编辑:田东艳   (fields between bars)
 */
export const SITE_FIELD_LABELS = `${PUBLISHED_LABELS}|${SOURCE_LABELS}|${SITE_SOURCE_LABEL}|${AUTHOR_LABEL}|${EDITOR_LABELS}|${READS_LABELS}|${TYPE_SIZE_LABELS}`
const SITE_FIELD = new RegExp(`^[【\\[]?(${SITE_FIELD_LABELS}) ?: ?`)
/** A field's value: one word, up to a label glued after it (来源:南海网作者:赵丽影). */
// (Or up to the date glued after it: 编辑:吴沁彤2023-11-21 09:13.)
const FIELD_VALUE = new RegExp(`^((?:(?!(?:${SITE_FIELD_LABELS}) ?:|[0-9]{4}[-年/][0-9])[^ :【】\\[\\]]){0,16})[】\\]]?`)
/** A colon straight after a field's value: the value was the next field's label. */
const LABEL_NEXT = /^ ?[:：]/
/** Fields that name people: the author (AUTHOR_LABEL), and the desk's editor, by each of its labels. */
const EDITOR_FIELDS: ReadonlySet<string> = new Set(EDITOR_LABELS.split('|'))
/** A further name in a field that names people (作者:赵丽影 赵建芝 吴侨宾), up to the next label. */
const MORE_NAME = new RegExp(`^ +((?:(?!(?:${SITE_FIELD_LABELS}) ?:)[^ :【】\\[\\]]){1,8})(?= |$)`)
export const FIELD_DATE = /^【?(([0-9]{4})(?:-|年|\/)([0-9]{1,2})(?:-|月|\/)([0-9]{1,2})日?)(?: ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?】?/
const DAY_FIRST_DATE = /^[0-9]{1,2}:[0-9]{2} ?[ap]m (([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4}))/i
// (And the row's buttons with their colons, 分享: · 分享到:, its correction box, 纠错:171964650@qq.com, its rating,
// 评分: 5.75/4, and the
// type size's bracket the copy cut off at the line's end, 字体:【.)
const FIELD_EXTRAS = /^(?:https?:\/\/[!-~]+|www\.[!-~]+|A\+|A-|举报|大字|小字|打印|【?(?:打印|关闭)】?|【?大 中 小】|\||分享到? ?[:：]?|纠错 ?[:：] ?[!-~]*|评分 ?[:：] ?[0-9./]*|收藏|[【[]$)/

/** A site's link between the bars of its field row: 进入复兴论坛, 手机看视频. */
const LINK_BETWEEN_BARS = /^[^ |:：。!?,]{1,8}(?= *\||$)/

/** A site's row of fields: its stamp (the date field's span), and the fields naming its author and its editor, if it has them. */
/** What may stand between two staff fields of a site's row: spacing, a bar. */
const STAFF_AFTER_STAFF = new RegExp(`^[ ${FIELD_BARS}]*$`)

export function siteFieldsOf(line: string): { stamp: StampInfo; author?: Span; editor?: Span } | undefined {
  let at = line.length - line.trimStart().length
  // (A bullet may open the row: • 發佈時間:2015-02-10 09:34:06  來源:廈門日報  責任編輯:羅伯特.)
  at += FIELD_BULLET.exec(line.slice(at))?.[0].length ?? 0
  let stamp: StampInfo | undefined
  let author: Span | undefined
  let editor: Span | undefined
  let fields = 0
  while (at < line.length) {
    const rest = line.slice(at)
    let length: number
    let m: RegExpExecArray | null
    if ((m = FIELD_DATE.exec(rest))) {
      stamp ??= fieldDate(at, m, false)
      length = m[0].length
    } else if ((m = SITE_FIELD.exec(rest))) {
      fields++
      length = m[0].length
      const value = rest.slice(length)
      const dated = FIELD_DATE.exec(value)
      const dayFirst = dated ? null : DAY_FIRST_DATE.exec(value)
      if (dated ?? dayFirst) {
        stamp ??= fieldDate(at + length, (dated ?? dayFirst)!, dayFirst !== null)
        length += (dated ?? dayFirst)![0].length
      } else {
        const valued = FIELD_VALUE.exec(value)!
        // (An empty field's value is no next label's word: 浏览次数: 分享:.)
        const [printed, name] = LABEL_NEXT.test(value.slice(valued[0].length)) ? ['', ''] : [valued[0], valued[1]]
        length += printed.length
        const label = m[1]!
        const credited = label === AUTHOR_LABEL || EDITOR_FIELDS.has(label)
        if (credited && name) {
          // The names run on to the next label: 作者:赵丽影 赵建芝 吴侨宾 编辑:林妙展.
          for (let more = MORE_NAME.exec(line.slice(at + length)); more && !printed.endsWith('】'); more = MORE_NAME.exec(line.slice(at + length))) {
            if (FIELD_DATE.test(more[1]!) || FIELD_EXTRAS.test(more[1]!)) break
            length += more[0].length
          }
          if (label === AUTHOR_LABEL) author ??= { start: at, end: at + length }
          // (The desk's staff one after another, bars between: 編輯:田東艷 | 責編:董健雄.)
          else if (editor && STAFF_AFTER_STAFF.test(line.slice(editor.end, at))) editor.end = at + length
          else editor ??= { start: at, end: at + length }
        }
      }
    } else if ((m = FIELD_EXTRAS.exec(rest))) length = m[0].length
    else if (line.slice(0, at).trimEnd().endsWith('|') && (m = LINK_BETWEEN_BARS.exec(rest))) length = m[0].length
    else return undefined
    at += length + /^ */.exec(line.slice(at + length))![0].length
  }
  return stamp && fields > 0 ? { stamp, author, editor } : undefined
}

/** A date field's span and value (raw is filled from the printed text by the node). */
export function fieldDate(start: number, m: RegExpExecArray, dayFirst: boolean): StampInfo {
  const [year, month, day] = dayFirst ? [m[4]!, m[3]!, m[2]!] : [m[2]!, m[3]!, m[4]!]
  // The span is the date alone: not its brackets, not the time beside it.
  const at = start + m[0].indexOf(m[1]!)
  return { date: { start: at, end: at + m[1]!.length, value: { year: Number(year), month: Number(month), day: Number(day), raw: `${year}-${month}-${day}` } } }
}

/**
 * A site's fields listed one per line under the title, as a converter
 * prints the page's list of them (- 2025-12-30 / - 港聞 / - 新報人 /
 * - 記者:鄭佩兒、劉穎翹編輯:新報人 / - 2025-12-30): a list bullet, then the field.
 */
const LISTED_FIELD = /^[-*•] (\S.{0,40})$/u
/** The longest word a listed field may be that names no date and no one: a section, a paper (港聞, 新報人). */
const MAX_LISTED_WORD = 12
/** The rows a listed field may be read as. */
const LISTED_KINDS: ReadonlySet<Row['kind']> = new Set(['stamp', 'chrome', 'byline', 'editorLine'])
/** Whether a row is a field of such a list. */
const isListedField = (row: Row | undefined): boolean => row !== undefined && LISTED_KINDS.has(row.kind) && LISTED_FIELD.test(lineText(row.tokens).trim())

/**
 * A field of a site's list under a title: the list opens under the title
 * with its date (a stamp); under a field of it, a credit line is the byline
 * or the staff line it reads as, a date a stamp, a short word (the
 * section, the paper) interface. Not a list of the story's own points
 * (- 加强学习。), nor one that does not open with a date under a title.
 */
export const readListedField: LineTest = ({ tokens, text, above }, { runner }) => {
  const m = LISTED_FIELD.exec(text.trim())
  if (!m || (above?.kind !== 'heading' && !isListedField(above))) return undefined
  const field = m[1]!
  const rest = trimmed(tokens.slice(partAt(tokens, text.indexOf(field))))
  if (rest.length === 0) return undefined
  const date = wholeFieldDate(field)
  // (The list's first date is the stamp; later ones, - 2025-12-27 again or a schedule's days, its interface.)
  if (date && above?.kind === 'heading') return { kind: 'stamp', stamp: fieldDate(text.indexOf(field), date, false) }
  if (!isListedField(above)) return undefined
  if (date) return { kind: 'chrome' }
  const credits = runner.attempt(rest, (p) => p.byline())
  if (credits) return { kind: 'byline', credits }
  const staff = runner.attempt(rest, (p) => p.editorLine())
  if (staff) return { kind: 'editorLine', credits: staff }
  // (A credit the credit rules cannot read, - 記者:DMC編輯:DMC, is the list's field all the same; another
  // labelled field, - 消息来源:丹东日报社, is left to its own construct.)
  if (holdsFullStop(rest)) return undefined
  if (rest.some((token) => tokenMatcher(token, Role))) return { kind: 'chrome' }
  return printedLength(rest) <= MAX_LISTED_WORD && !LABEL_COLON.test(field) ? { kind: 'chrome' } : undefined
}

/**
 * A site's date printed in parts, a line each, under the story's title
 * (开学啦!宁化3万余名中小学生走进校园 / 2014 / 02/18 / 08:30; 2015-06-14 /
 * 09:31): the year alone, the year and month (27 / 2019-11, a site's block of the day over its month), the month and
 * day, the time under its date, a whole date under another part — the stamp's parts, no title.
 */
const DATE_PART = /^(?:(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[/-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12][0-9]|3[01])|(?:19|20)[0-9]{2}[/-](?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12][0-9]|3[01]))$/
/** A time alone: a date block's part. */
const TIME_PART = /^(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$/
/** A site's date field that is the whole of `text` (2025-12-27, 2014/02/18), or undefined. */
function wholeFieldDate(text: string): RegExpExecArray | undefined {
  const date = FIELD_DATE.exec(text)
  return date !== null && date[0].length === text.length ? date : undefined
}

/** Whether a row is a part of a date block. */
export const isDatePart = (row: Row | undefined): boolean => row !== undefined && (row.kind === 'chrome' || row.kind === 'stamp') && (DATE_PART.test(lineText(row.tokens).trim()) || TIME_PART.test(lineText(row.tokens).trim()))

/**
 * A part of a date block under a title (or under another part): a whole
 * date is the stamp, the year or the month and day interface. Not a bare
 * date under text, nor a whole date straight under a heading-like line (a
 * table's cell, more often than a stamp).
 */
export const readDatePart: LineTest = ({ text, above }) => {
  const part = text.trim()
  // (A time under the date it belongs to, a stamp or another part: 2015-06-14 / 09:31, 2014 / 02/18 / 08:30.
  // Not under a title or amid the text, where a timeline's or a schedule's times head their lines: 首班 / 06:00,
  // 誓师大会日程： / 08:00 / 学生入场.)
  if (TIME_PART.test(part)) return above !== undefined && (above.kind === 'stamp' || above.kind === 'pageHeader' || isDatePart(above)) ? { kind: 'chrome' } : undefined
  if (!DATE_PART.test(part)) return undefined
  const date = wholeFieldDate(part)
  // (A whole date only under another part: under a heading-like line it may be a table's cell, 杭州高特… / 2026/1/13.
  // A part alone under a title or under the page's interface, the day's number of a date block: 27 / 2019-11.)
  if (!isDatePart(above) && (date || (above?.kind !== 'heading' && above?.kind !== 'chrome'))) return undefined
  return date ? { kind: 'stamp', stamp: fieldDate(text.indexOf(part), date, false) } : { kind: 'chrome' }
}

/** The furniture an English date's stamp may stand under (besides a Chinese title). */
const OVER_ENGLISH_STAMP: ReadonlySet<Row['kind']> = new Set(['chrome', 'stamp', 'pageHeader', 'masthead'])
export const readStamp: LineTest = ({ text, above }) => {
  // (A date in English with its time amid the text, The ceremony will be held on / Nov 9, 2018, 5:00 PM, is the text's:
  // only under a Chinese title or the site's furniture.)
  if ((ENGLISH_DATE_TIME.test(text.trim()) || ENGLISH_POST_META.test(text.trim())) && above !== undefined && !(above.kind === 'heading' ? HAN_CHARACTER.test(lineText(above.tokens)) : OVER_ENGLISH_STAMP.has(above.kind))) return undefined
  // (The separators of empty fields before a date, / / 2017-02-15 16:40, only where no line of text stands over them:
  // under a table's row or another date, / / and the time are its empty cells and its last.)
  if (EMPTY_FIELDS.test(text.trim()) && (above?.kind === 'body' || above?.kind === 'stamp')) return undefined
  const stamp = text.length > MAX_FURNITURE_LENGTH ? undefined : (stampOf(text) ?? channelStamp(text, above))
  return stamp && { kind: 'stamp', stamp: above?.kind === 'heading' ? { ...stamp, underTitle: true } : stamp }
}

/**
 * The stamp of a date and a channel (DATE_BEFORE_CHANNEL), under the story's title: a heading line,
 * or a line of text at the page's top that closes no sentence (the title too long for a heading,
 * stampNeighbours' titlesStamp); under the site's labelled fields, when it names the outlet. Not
 * under a sentence, a colon or another such dated line.
 */
function channelStamp(line: string, above: Row | undefined): StampInfo | undefined {
  if (above === undefined || (above.kind !== 'heading' && above.kind !== 'body' && above.kind !== 'stamp')) return undefined
  const over = lineText(above.tokens).trim()
  if ((above.kind !== 'stamp' && /[:：]$/.test(over)) || DATE_BEFORE_CHANNEL.test(over) || (above.kind === 'body' && closesSentence(above.tokens))) return undefined
  const compact = compactSpaces(line)
  // (Under the site's labelled fields, the date again with the outlet's name: 2014-11-10  中国徐州网-徐州日报.)
  if (above.kind === 'stamp' && !OUTLET_ENDING.test(compact)) return undefined
  const m = DATE_BEFORE_CHANNEL.exec(compact)
  return m ? printedDate(line, m) : undefined
}
/** A name that is an outlet's by its ending. */
const OUTLET_ENDING = /(?:报|网|新闻)$/

/** The bar a site sets between a writer's name and the date: |, ｜. */
const BAR = `[${FIELD_BARS}]`
/** A writer's name before the rest of the line, a space or a bar between: 林意玲 2020/04/07 …, 陳玲芳 |2023.03.11. */
const WRITER_FIRST = new RegExp(`^([${HAN_CLASS}·]{2,6})(?: ?${BAR} ?| )[^ ]`)
/** A site's field label, as a whole word. */
const FIELD_LABEL = new RegExp(`^(?:${SITE_FIELD_LABELS})$`)
/** The fewest characters of a writer's name printed with no role before the stamp: a two-character word is a place's or a channel's as often. */
const MIN_WRITERS_NAME = 3
/** How places' and landmarks' names end, where people's seldom do: 王府井, 南京路, 石桥镇, 秦皇岛, 张家口, 马鞍山, 黄鹤楼. */
const PLACE_ENDING = /[省市县区镇乡村街路井巷岛口山楼港湾湖关门桥寺塔园城州庄堡坝岭宫洲]$/
const writersName = (word: string): boolean => [...word].length >= MIN_WRITERS_NAME && looksLikeName(word) && !PLACE_ENDING.test(word)
/** A date alone after the bar that sets it apart from the writer's name: |2023.03.11. */
const BARRED_DATE = new RegExp(`^${BAR} ?(([0-9]{4})[./-]([0-9]{1,2})[./-]([0-9]{1,2}))$`)
/** The bar opening what follows the name. */
const BAR_FIRST = new RegExp(`^${BAR}`)

/**
 * A writer's name, then the site's stamp, under the title (林意玲 2020/04/07 20:40 點閱 45695 次,
 * 陳玲芳 |2023.03.11): two rows, the byline and the stamp. The name stands alone with no role, as
 * a site prints its writer; set apart by a bar, a date alone is the stamp.
 */
export const readWriterBeforeStamp: LineTest = ({ tokens, text, from, gap, above }, { runner }) => {
  if (!titleLine(above)) return undefined
  const m = WRITER_FIRST.exec(text)
  // (A name as a person's is, one word of three characters or more: not a place's, a channel's or a
  // tag's, 江苏 2023-04-20 …, 金融 |2023.03.11, 王府井 …; not an outlet's, 湖北日报 2020-01-14 09:20, nor a
  // field's label, 发布日期 : ….)
  const name = m ? m[1]! : ''
  const split = m && writersName(name) && !OUTLET_ENDING.test(name) && !FIELD_LABEL.test(name) ? partAt(tokens, name.length) : -1
  // (The name one word: the first token.)
  if (split !== 1 || tokens[0]!.tokenType.name !== TEXT_TOKEN) return undefined
  const writer = tokens.slice(0, 1)
  const stamped = trimmed(tokens.slice(split))
  const stampText = lineText(stamped)
  const barred = BARRED_DATE.exec(stampText)
  // (Set apart by a bar, only a date after it: 张三 李四 |2023.03.11 names two. Where the whole line is a
  // stamp with a space after its first word, that word is the site's: 齐点淄博 2023-01-15 20:32:00 阅读量:.)
  if (BAR_FIRST.test(stampText) ? !barred : stampOf(text) !== undefined) return undefined
  const stamp = barred ? printedDate(stampText, barred) : stampOf(stampText)
  if (!stamp) return undefined
  const credits = bareNames(writer, runner)
  if (!credits) return undefined
  return { rows: [readRow(writer, gap, from, { kind: 'byline', credits }), readRow(stamped, 0, from + tokens.indexOf(stamped[0]!), { kind: 'stamp', stamp })] }
}

/** A site's date and time opening a line, with something after it. */
const STAMP_OPENING = /^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2} [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?) ?(.+)$/

/**
 * A site's posting time closing a line, labelled or not, after the story's
 * byline: 記者:林家慶 / 嘉義縣 報導 發佈時間:2025-06-06 15:10:34.
 */
const STAMP_CLOSING = /^(.+?) ((?:(?:发布|發佈|发表|發表|更新)?(?:时间|時間|日期) ?[:：] ?)?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2} [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)$/

/**
 * A site's stamp with the story's byline after it (2019-03-18 23:59聯合報
 * 記者陳嘉寧／桃園機場報導), or before it (記者:林家慶 / 嘉義縣 報導
 * 發佈時間:2025-06-06 15:10:34): two rows, the stamp and the byline, as
 * printed.
 */
export const readStampedByline: LineTest = ({ tokens, text, from, gap, creditLike }, { runner }) => {
  if (!creditLike) return undefined
  const opening = STAMP_OPENING.exec(text)
  const closing = opening ? null : STAMP_CLOSING.exec(text)
  const m = opening ?? closing
  // (The date's span is counted from the start of the stamp's part, as its row has it.)
  const stamp = m ? stampOf(opening ? m[1]! : m[2]!) : undefined
  if (!m || !stamp) return undefined
  const split = partAt(tokens, opening ? text.indexOf(m[2]!, m[1]!.length) : text.lastIndexOf(m[2]!))
  if (split <= 0) return undefined
  const [first, second] = [trimmed(tokens.slice(0, split)), trimmed(tokens.slice(split))]
  // (记者手记 2025-07-02 21:30: a reporter's column and its time, no credit.)
  if (labelsReporterColumn(opening ? second : first)) return undefined
  const credits = runner.attempt(opening ? second : first, (p) => p.byline())
  if (!credits) return undefined
  const secondFrom = from + tokens.indexOf(second[0]!)
  return {
    rows: opening
      ? [readRow(first, gap, from, { kind: 'stamp', stamp }), readRow(second, 0, secondFrom, { kind: 'byline', credits })]
      : [readRow(first, gap, from, { kind: 'byline', credits }), readRow(second, 0, secondFrom, { kind: 'stamp', stamp })],
  }
}

/**
 * A site's row of fields naming the author or the desk's editor at its
 * end, or the author at its start (【发布日期:2012-04-10】 【来源:】 【作者:周晓露】 ·
 * 作者:王艺 来源:洞庭之声报 发布时间:2015年11月25日 · 2009年08月13日 14:57
 * 来源:南海网作者:赵丽影 赵建芝 吴侨宾 编辑:林妙展): the author's field a byline,
 * the editor's an editor line, and the rest of the line the stamp.
 */
export const readFieldsWithCredits: LineTest = ({ tokens, text, from, gap, creditLike }, { runner }) => {
  const staffed = creditLike && text.length <= MAX_FURNITURE_LENGTH ? staffAfterFields(tokens, text, from, gap, runner) : undefined
  if (staffed) return staffed
  const fields = creditLike && text.length <= MAX_FURNITURE_LENGTH ? siteFieldsOf(text) : undefined
  if (!fields || (!fields.author && !fields.editor)) return undefined
  // (The line's text starts at its first token: LineView.text is trimmed.)
  const partOf = (span: Span) => ({ first: partAt(tokens, span.start), last: span.end >= text.length ? tokens.length : partAt(tokens, span.end) })
  const rows: Row[] = []
  let rest = { first: 0, last: tokens.length }
  // The editor's field closing the line, then the author's before it (or opening the line).
  const editor = fields.editor && partOf(fields.editor)
  // The editor's field between the site's other fields (2017-09-07 08:26:36 [来源:湖南日报] [责编:廖慧文] 字体:【大 中 小】,
  // 稿源:津滨网 编辑:邵华 2021-03-01 14:23): the fields before it, the editor's line, the fields after it.
  // (Or opening the row, the fields after it: 编辑:王珏 来源:旺苍县党政公众网 发布时间:2018-03-26 15:16:00.)
  if (editor && !fields.author && editor.last < tokens.length) return editorBetweenFields(editor, { tokens, text, from, gap }, runner)
  let staff: Row | undefined
  if (editor && editor.first > 0 && editor.last === tokens.length) {
    const credits = runner.attempt(fieldWithoutBrackets(trimmed(tokens.slice(editor.first))), (p) => p.editorLine())
    if (credits) {
      staff = readRow(trimmed(tokens.slice(editor.first)), 0, from + editor.first, { kind: 'editorLine', credits })
      rest = { first: 0, last: editor.first }
    }
  }
  const author = fields.author && partOf(fields.author)
  let byline: Row | undefined
  let opens = false
  const closesRest = (last: number) => tokens.slice(last, rest.last).every((token) => tokenMatcher(token, Space))
  if (author && author.first >= 0 && author.last >= 0 && (author.first === 0 || closesRest(author.last))) {
    const authorTokens = trimmed(tokens.slice(author.first, author.last))
    const credits = authorFieldCredits(fieldWithoutBrackets(authorTokens), runner)
    if (credits) {
      opens = author.first === 0
      byline = readRow(authorTokens, opens ? gap : 0, from + author.first, { kind: 'byline', credits })
      rest = opens ? { first: author.last, last: rest.last } : { first: 0, last: author.first }
    }
  }
  // (The editor's field closing the row, the author's among the fields before it, the date between them: 来源: 金昌日报
  // 作者: 陈玉福   2015-05-13 11:16  编辑: 杨伟玲: each its own row, creditsBetweenFields.)
  const between = staff && !byline && author && editor && author.first > 0 ? creditsBetweenFields(author, editor, { tokens, text, from, gap }, runner) : undefined
  if (between) return between
  // (With an editor's field too, the row is read by the lines' later tests: 来源:区融媒体中心 作者:… 编辑:邓钰凡 2019-05-15;
  // unless both stand among the site's other fields, the date's before them: creditsBetweenFields.)
  if (!staff && !byline) {
    if (author && editor && author.first > 0 && editor.last < tokens.length) return creditsBetweenFields(author, editor, { tokens, text, from, gap }, runner)
    return author && !editor && author.first > 0 && author.last > 0 ? authorBetweenFields(author, { tokens, text, from, gap }, runner) : undefined
  }
  const stampTokens = trimmed(tokens.slice(rest.first, rest.last))
  const stamp = stampTokens.length > 0 ? stampOf(textIn(text, stampTokens, tokens[0]!.startOffset)) : undefined
  if (!stamp) return undefined
  const stampRow = readRow(stampTokens, opens ? 0 : gap, from + tokens.indexOf(stampTokens[0]!), { kind: 'stamp', stamp })
  if (byline && opens) rows.push(byline, stampRow)
  else rows.push(stampRow, ...(byline ? [byline] : []))
  if (staff) rows.push(staff)
  return { rows }
}

/** Where the desk's staff may start on a site's field row: an editor's label and its colon, after a space. */
const STAFF_LABEL = new RegExp(` (?:${EDITOR_LABELS}) ?[:：]`)
/** The same, to find each on the line (matchAll needs the global flag). */
const EVERY_STAFF_LABEL = new RegExp(STAFF_LABEL.source, 'g')

/**
 * A site's field row whose last fields name the desk's staff one after
 * another (2025-07-31 15:48:26 稿件来源:遂宁日报 编辑:王万川校对:赵丁责任编辑:郑红梅审核:张瑞灵):
 * the stamp, then the staff line — two staff at least, read by the staff
 * rules to the line's end.
 */
function staffAfterFields(tokens: IToken[], text: string, from: number, gap: number, runner: RuleRunner): LineResult {
  for (const label of text.matchAll(EVERY_STAFF_LABEL)) {
    const split = partAt(tokens, label.index! + 1)
    if (split <= 0) continue
    const head = trimmed(tokens.slice(0, split))
    const stamp = stampOf(textIn(text, head, tokens[0]!.startOffset))
    if (!stamp) continue
    const staff = trimmed(tokens.slice(split))
    const credits = runner.attempt(staff, (p) => p.editorLine())
    if (!credits || credits.length < 2) return undefined
    return { rows: [readRow(head, gap, from, { kind: 'stamp', stamp }), readRow(staff, 0, from + tokens.indexOf(staff[0]!), { kind: 'editorLine', credits })] }
  }
  return undefined
}

/** A line of a site's fields, as its line test reads it. */
type FieldLine = { tokens: IToken[]; text: string; from: number; gap: number }

/** A field naming people on a site's row of fields, its tokens and its own row's reading. */
type NamedField = { field: IToken[]; reading: Reading }
/** Where a field stands on the row, in tokens. */
type FieldSpan = { first: number; last: number }

/** The editor's field (编辑:李强), read as the staff line, or undefined when it names no one. */
function editorField(editor: FieldSpan, line: FieldLine, runner: RuleRunner): NamedField | undefined {
  const field = trimmed(line.tokens.slice(editor.first, editor.last))
  const credits = field.length > 0 ? runner.attempt(fieldWithoutBrackets(field), (p) => p.editorLine()) : undefined
  return credits && { field, reading: { kind: 'editorLine', credits } }
}

/** The author's field (作者:王芳, 作者: 记者 王满凤), read as the byline, or undefined when it names no one. */
function authorField(author: FieldSpan, line: FieldLine, runner: RuleRunner): NamedField | undefined {
  const field = trimmed(line.tokens.slice(author.first, author.last))
  const credits = field.length > 0 ? authorFieldCredits(fieldWithoutBrackets(field), runner) : undefined
  return credits && { field, reading: { kind: 'byline', credits } }
}

/** The editor's field among a site's other fields: its staff line, the fields around it (fieldsAmongFields). */
function editorBetweenFields(editor: FieldSpan, line: FieldLine, runner: RuleRunner): { rows: Row[] } | undefined {
  const named = editorField(editor, line, runner)
  return named && fieldsAmongFields([named], line, () => ({ kind: 'chrome' }))
}

/** A part of a site's row of fields with no date: the site's source note (来源:中国赣州网-赣州晚报), else its interface. */
function sourceOrInterface(part: IToken[]): Reading {
  const source = sourceNoteOf(lineText(part))
  return source ? { kind: 'sourceNote', source } : { kind: 'chrome' }
}

/**
 * The author's field between the site's other fields (2017年09月22日 来源: 《廊坊日报》 作者: 记者 王满凤 字体:,
 * 发布时间:2017-10-20 作者:周菀娇 浏览次数: 来源:团委): the byline, the fields around it (fieldsAmongFields);
 * a part with no date is the site's source note (来源:中国赣州网-赣州晚报) or its interface.
 */
function authorBetweenFields(author: FieldSpan, line: FieldLine, runner: RuleRunner): { rows: Row[] } | undefined {
  const named = authorField(author, line, runner)
  return named && fieldsAmongFields([named], line, sourceOrInterface)
}

/**
 * A site's row of fields with fields naming people among them, in the order printed (the editor's, the author's, or
 * both: 发布时间:2024-05-09 10:20:30 来源:恩施日报 作者:王芳 编辑:李强 浏览次数:123): each its own row, and the fields
 * around them the stamp where they hold the date, else what `undated` reads them as; undefined when none holds the date.
 */
function fieldsAmongFields(named: NamedField[], { tokens, text, from, gap }: FieldLine, undated: (part: IToken[]) => Reading): { rows: Row[] } | undefined {
  const stampIn = (part: IToken[]) => (part.length > 0 ? stampOf(textIn(text, part, tokens[0]!.startOffset)) : undefined)
  const pieces: Array<{ tokens: IToken[]; reading?: Reading; stamp?: StampInfo }> = []
  let at = 0
  for (const { field, reading } of named) {
    const first = tokens.indexOf(field[0]!)
    const between = trimmed(tokens.slice(at, first))
    if (between.length > 0) pieces.push({ tokens: between, stamp: stampIn(between) })
    pieces.push({ tokens: field, reading })
    at = first + field.length
  }
  const after = trimmed(tokens.slice(at))
  if (after.length > 0) pieces.push({ tokens: after, stamp: stampIn(after) })
  if (!pieces.some((piece) => piece.stamp)) return undefined
  const rows = pieces.map((piece, k) =>
    readRow(piece.tokens, k === 0 ? gap : 0, from + tokens.indexOf(piece.tokens[0]!), piece.reading ?? (piece.stamp ? { kind: 'stamp', stamp: piece.stamp } : undated(piece.tokens))),
  )
  return { rows }
}

/**
 * The author's field and the editor's among the site's other fields, the date's field before them (发布时间:2024-05-09
 * 10:20:30 来源:恩施日报 作者:王芳 编辑:李强 浏览次数:123): the byline, the staff line, the fields around them
 * (fieldsAmongFields); so with the date between them (来源: 金昌日报  作者: 陈玉福   2015-05-13 11:16  编辑: 杨伟玲).
 * (With the date after them, 来源:区融媒体中心 作者:… 编辑:邓钰凡 2019-05-15 16:04:36, the row stays the stamp, as the
 * title's.)
 */
function creditsBetweenFields(author: FieldSpan, editor: FieldSpan, line: FieldLine, runner: RuleRunner): { rows: Row[] } | undefined {
  if (author.last > editor.first) return undefined
  const byline = authorField(author, line, runner)
  const staff = editorField(editor, line, runner)
  const read = byline && staff && fieldsAmongFields([byline, staff], line, sourceOrInterface)
  // (The date's field first, the row's first part read as the stamp; or the date between the author's field and the
  // editor's, 来源: 金昌日报  作者: 陈玉福   2015-05-13 11:16  编辑: 杨伟玲.)
  const dated = read?.rows.findIndex((row) => row.kind === 'stamp') ?? -1
  return read && (dated === 0 || (dated > 0 && dated < read.rows.findIndex((row) => row.kind === 'editorLine'))) ? read : undefined
}

/**
 * A field's tokens without the brackets a site sets it in (【作者:周晓露】), nor the bars it sets between
 * the desk's staff (編輯:田東艷 | 責編:董健雄: the bar and the spacing before it go).
 */
const fieldWithoutBrackets = (field: IToken[]): IToken[] =>
  field
    .slice(OPEN_FIELD.has(field[0]!.image) ? 1 : 0, CLOSE_FIELD.has(field.at(-1)!.image) ? -1 : undefined)
    .filter((token, k, all) => !FIELD_BAR.has(token.image) && !(tokenMatcher(token, Space) && FIELD_BAR.has(all[k + 1]?.image ?? '')))
/** The bars, one to a token. */
const FIELD_BAR: ReadonlySet<string> = new Set(FIELD_BARS)
/** The brackets a site sets a field in: 【作者:周晓露】, [责编:廖慧文]. */
const OPEN_FIELD: ReadonlySet<string> = new Set(['【', '['])
const CLOSE_FIELD: ReadonlySet<string> = new Set(['】', ']'])

/** A web page's publication stamp. */
export const stampNode: RowNode = (row: Row, { context: { runner, factory } }): Stamp => {
  const { date } = row.stamp!
  const from = start(row.tokens)
  return {
    type: 'stamp',
    date: { ...date.value, raw: factory.source(from + date.start, from + date.end) },
    ...rowPhrase(row, runner, factory),
  }
}

/** Stands where page headers do. */
export const placeStamp: Placer = (row, assembly) => {
  assembly.stand(() => stampNode(row, assembly), PAGE_HEADER_STANDS_IN)
}

/** A site's name over its stamp: a paper's, a news site's, an app's (开封在线, 大庆网, 开封热线, 滕州日报). */
export const SITE_OVER_STAMP = new RegExp(`^[${HAN_CLASS}]{2,8}(?:日报|晚报|晨报|早报|商报|都市报|网|在线|热线|客户端)$`)
/** A site's field label with no value: 来源: · 作者: (the value left empty). */
const EMPTY_FIELD = new RegExp(`^(?:${SOURCE_LABELS}|${AUTHOR_LABEL}|${EDITOR_LABELS}) ?[:：]$`)
/**
 * A site's row of fields whose date the page left empty, the next field's label after it: 日期: 来源:淄博日报收集编辑:淄博日报
 * (the row a stamp would be, had the date been filled in).
 */
const UNDATED_FIELDS = new RegExp(`^(?:${PUBLISHED_LABELS}) ?[:：] +(?:${SITE_FIELD_LABELS}) ?[:：]`)

/**
 * What a site prints about its stamp: its name over it (开封在线 / 2018-12-31 18:56),
 * and its fields left empty beside it (来源: / 责任编辑:网络抓取): interface, not
 * the story's title or a subheadline. (An empty label over its value on the
 * next line, 作者: / 夏凡, is the site's field, read with its value.) A row of
 * fields whose date is left empty (日期: 来源:淄博日报…) is interface too.
 */
export const stampNeighbours: Refinement = (rows) => {
  // The rows at the page's top that are all the site's furniture: a title over its stamp stands under them only.
  const firstText = firstUnderTopFurniture(rows)
  const furnitureAbove = (k: number) => firstText === -1 || k <= firstText
  return rows.map((row, k) => {
    if (row.kind !== 'heading' && row.kind !== 'body') return row
    const [above, below] = [rows[k - 1], rows[k + 1]]
    if (titlesStamp(row, below, furnitureAbove(k))) return readAs(row, 'heading')
    const text = lineText(row.tokens).trim()
    // (Under the story's title: a headline over its stamp, 我市发布一季度经济通报, stays the title.)
    if (SITE_OVER_STAMP.test(text)) return below?.kind === 'stamp' && below.gap === 0 && above?.kind === 'heading' ? readAs(row, 'chrome') : row
    return (EMPTY_FIELD.test(text) && besideFields(above, below)) || UNDATED_FIELDS.test(text) ? readAs(row, 'chrome') : row
  })
}

/** A question's or exclamation's mark closing a line, quotes and brackets after it. */
const MARK_CLOSING = /[!?！？][”’"')）]*$/
/** Whether a line of text closes a sentence: a full stop anywhere (a title prints none), or a closing mark. */
const closesSentence = (tokens: IToken[]): boolean => holdsFullStop(tokens) || MARK_CLOSING.test(lineText(tokens).trim())

/**
 * A web copy's first line of text right over the site's stamp is the story's title, however long
 * and however punctuated (两会青声|“青年发展型城市”连续三年写进政府工作报告,市人大代表邬斌:“青年人有未来,城市才有未来” /
 * 2025-01-15 青年): a site prints its stamp under the title. Not a line closing a sentence anywhere in
 * it (a brief over a stamp printed under it: …不低于18℃。(记者 李娜)), nor a line under text.
 */
function titlesStamp(row: Row, below: Row | undefined, underFurnitureOnly: boolean): boolean {
  return row.kind === 'body' && below?.kind === 'stamp' && below.gap === 0 && underFurnitureOnly && !closesSentence(row.tokens)
}

/**
 * Whether an empty field stands among the site's fields: beside its stamp, over its staff line, or over another empty
 * field, whatever its label (作者: / 发布单位:).
 */
function besideFields(above: Row | undefined, below: Row | undefined): boolean {
  if (above?.kind === 'stamp' || below?.kind === 'stamp' || below?.kind === 'editorLine') return true
  return (below?.kind === 'body' || below?.kind === 'heading' || below?.kind === 'chrome') && ANY_EMPTY_FIELD.test(lineText(below.tokens).trim())
}
/** A field of any short label left empty (发布单位:, 作者:). */
const ANY_EMPTY_FIELD = new RegExp(`^[${HAN_CLASS}]{1,6} ?[:：]$`)

/** Every pattern of the convention, for the test that checks none backtracks. */
export const STAMP_PATTERNS: readonly RegExp[] = [UPLOADED, CREATED_ON, DATE_WEEKDAY_TIME, DATE_TIME_READS, DATE_POST_COUNTS, WRITER_FIRST, BARRED_DATE, BAR_FIRST, FIELD_LABEL, PLACE_ENDING, ENGLISH_DATE_STAMP, ENGLISH_DATE_TIME, ENGLISH_POST_META, DATE_BEFORE_SITE, DATE_GLUED_TO_SITE, DATE_BEFORE_CHANNEL, DATE_TIME_THEN_NAME, NAME_THEN_DATE_TIME, NAME_ADDRESS_DATE_TIME, ADDRESS_NAME_DATE_TIME, BRACKETED_DAY, WRITER_DATE, DAY_FIRST_STAMP, YEARLESS_STAMP, PUBLISHED, TIME_FIRST, FORUM_POST, FORUM_POST_DAY_FIRST, SITE_TIME_COUNTER, BARRED_POST_META, SITE_STAMP, STAMP_CLOSING, STAMP_OPENING, SITE_FIELD, FIELD_VALUE, FIELD_DATE, DAY_FIRST_DATE, STAFF_LABEL, LISTED_FIELD, DATE_PART, TIME_PART, FIELD_EXTRAS, LINK_BETWEEN_BARS, MORE_NAME, SITE_OVER_STAMP, EMPTY_FIELD, ANY_EMPTY_FIELD, UNDATED_FIELDS, FIELDED_STAMP, EMPTY_FIELDS]
