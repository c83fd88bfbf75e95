/** Dates: 5月9日, 2019年5月9日, 二〇一九年五月九日, and the wire form 5月9日电. */
import { createToken } from 'chevrotain'
import { DATE_NUMERALS, DIGIT_NUMERALS } from '../numerals'

const CN = `[${DATE_NUMERALS}]`
/**
 * A space a copy may print between a date's digits and its words, as text taken from a PDF does after each run of
 * digits (4 月29 日, 2019 年4 月, 3 月 11 日): one at most, the date still one token.
 */
export const DATE_GAP = ' ?'
/** The day in brackets inside a relative day's word: 昨(10)日, 今(11)日, 前(9)日. */
export const DAY_IN_WORD = /[昨今前明]\(([0-9]{1,2})\)日/
const CN_YEAR = `[${DIGIT_NUMERALS}]{4}年`

/**
 * The word that closes a wire date: 电, 讯, or a site's 消息 (中新网12月4日消息, 新华网北京12月4日消息),
 * the same formula as the wire's; a special or urgent dispatch's 专电, 急电, sent: 发专电
 * (新华社华盛顿5月9日专电, 【本报沈阳十一日专电】, 【本报北平特派员子毅廿九日发专电】).
 */
const WIRE_DATE_END = '(?:发?[专急]电|[电讯]|消息)'
/** The hour, and the minute, a site's flash may print between its date and 讯 (华龙网4月23日10时35分讯). */
const WIRE_TIME = `${DATE_GAP}[0-9]{1,2}时(?:[0-9]{1,2}分)?`
/** That word at a wire date's end, the time before it if printed, to part them from the date. */
export const WIRE_DATE_CLOSE = new RegExp(`(?:${WIRE_TIME})?${WIRE_DATE_END}$`)

/**
 * The date that closes a wire dateline: 5月9日电, 9日电, 十四日电, 12日讯, 4日消息, and with its year (【看中国2017年12月28日讯】),
 * or with the hour a site's flash gives it (4月23日10时35分讯).
 */
export const DatelineDate = createToken({
  name: 'DatelineDate',
  pattern: new RegExp(`(?:[0-9]{4}${DATE_GAP}年${DATE_GAP}[0-9]{1,2}${DATE_GAP}月${DATE_GAP}|[0-9]{1,2}${DATE_GAP}月${DATE_GAP})?[0-9]{1,2}${DATE_GAP}日(?:${WIRE_TIME})?${WIRE_DATE_END}|(?:${CN}{1,2}月)?${CN}{1,3}日${WIRE_DATE_END}`),
})

/**
 * What a number with 号 counts when it is no day: a line, a building, a gate, a document, a hall, a decree, a
 * contestant, a ward (7月1号线, 3月5号楼, 4月1号厅, 7月1号令, 5月2号选手, 6月5号病房).
 * After a month, 号 is the day as speech says it (7月26号中午).
 */
const NOT_A_DAY_NUMBER = '(?![线楼院门房店机车位台桥路文件码口站舱坑厅馆令选病展窗柜仓床箱场])'
/**
 * The part of a month a lead may date the news by, no day named: 7月中旬, 8月上旬, 3月中下旬. (9月底, 5月初 are looser: a reader of
 * d160 reads no date in 9月底,….)
 */
const PART_OF_MONTH = '(?:[上中下]|上中|中下)旬'
/**
 * A span of days in one month, its first day's 日 left out (6月27至28日, 7月15-16日, 5月9到10日): the
 * first day is printed without its word, the span's end closes both.
 */
const SPAN_TO_DAY = `(?=(?:至|到|-|—|~|～)${DATE_GAP}[0-9]{1,2}${DATE_GAP}日)`

/**
 * A calendar date with month and day, and optionally the year: four digits,
 * or three for Taiwan's ROC years (114年7月10日), the day closed by 日 or, as speech says it, 号
 * (7月26号), or left out before a span's end (6月27至28日: SPAN_TO_DAY); or a month of a year, no day (2021年12月,…), or a month before the part of it the news is dated by (7月中旬,…: PART_OF_MONTH); or a day alone in digits,
 * as wire and Taiwan copy date the news (１５日继续交火), or this month's day (本月18日: the day, no month), but not a span of
 * days or a rate (3日内, 5日左右, 5日均线, 1日需花66元); or the day named
 * in brackets inside yesterday's or today's word, as Taiwan's and Southeast
 * Asia's papers print it (昨(10)日, 今(11)日).
 */
export const DateToken = createToken({
  name: 'Date',
  pattern: new RegExp(
    `(?:[0-9]{3,4}${DATE_GAP}年${DATE_GAP})?[0-9]{1,2}${DATE_GAP}月${DATE_GAP}[0-9]{1,2}${DATE_GAP}(?:日|号${NOT_A_DAY_NUMBER}|${SPAN_TO_DAY})|[0-9]{4}${DATE_GAP}年${DATE_GAP}[0-9]{1,2}${DATE_GAP}月(?! ?[0-9])|[0-9]{1,2}月(?=${PART_OF_MONTH})|(?:本月 ?)?[0-9]{1,2}日(?!内|以内|之内|左右|均|需)|(?:${CN_YEAR})?${CN}{1,2}月${CN}{1,3}日|${DAY_IN_WORD.source}`,
  ),
})

/** Days from the issue date, by relative word. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { 昨日: -1, 昨天: -1, 今日: 0, 今天: 0, 前天: -2, 前日: -2, 明天: 1, 明日: 1 }
/** Relative words that name no day: 日前 (the other day), 近日 (recently). */
const VAGUE_DAYS = ['日前', '近日']

/**
 * A date relative to the issue's: 昨日, 今天, 前天; or vague: 日前, 近日.
 * Kept as printed, resolved only against a known issue date.
 */
export const RelativeDate = createToken({ name: 'RelativeDate', pattern: new RegExp([...Object.keys(RELATIVE_DAYS), ...VAGUE_DAYS].join('|')) })

/** First characters of relative dates: Han text runs stop before them. */
export const RELATIVE_DATE_FIRST_CHARS = [...new Set([...Object.keys(RELATIVE_DAYS), ...VAGUE_DAYS].map((word) => word[0]))].join('')

export const dateTokens = [DatelineDate, DateToken, RelativeDate]
