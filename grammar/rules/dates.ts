/** Reading a printed date into numbers: 2019年5月9日, 五月九日, 9日. */
import type { DateValue } from '../../src/types'
import { readNumber } from '../numerals'
import { DAY_IN_WORD } from '../tokens/dates'

/** The year, month and day of a printed date; the day's word may be left out before a span's end (6月27至28日). */
const DATE_PARTS = /^(?:(.+?)年)?(?:(.+?)月)?(?:(.+?)(?:[日号]|$))?/

/** Spaces in a printed date (4 月29 日). */
const DIGITS_GAP = / /g

/** Years of the Republic of China calendar (Taiwan): 114年 is 2025. */
export const ROC_EPOCH = 1911

/**
 * The numeric fields of a printed date (a trailing 电/讯 is ignored).
 * A three-digit year is an ROC year and is given in the common era.
 */
export function readDate(raw: string): DateValue {
  // (昨(10)日: the day in the brackets.)
  // (4 月29 日: the spaces a PDF's copy sets after digits are no part of the numbers.)
  const [, y, m, d] = DATE_PARTS.exec(raw.replace(DAY_IN_WORD, '$1日').replace(DIGITS_GAP, '')) ?? []
  const value: DateValue = { raw }
  const year = y === undefined ? undefined : readNumber(y)
  const month = m === undefined ? undefined : readNumber(m)
  const day = d === undefined ? undefined : readNumber(d)
  if (year !== undefined) value.year = y!.length === 3 && /^[0-9]+$/.test(y!) ? year + ROC_EPOCH : year
  if (month !== undefined) value.month = month
  if (day !== undefined) value.day = day
  return value
}
