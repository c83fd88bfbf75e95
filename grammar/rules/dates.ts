/** Reading a printed date into numbers: 2019年5月9日, 五月九日, 9日. */
import type { DateValue } from '../../src/types'
import { readNumber } from '../numerals'

const DATE_PARTS = /^(?:(.+?)年)?(?:(.+?)月)?(?:(.+?)日)?/

/** The numeric fields of a printed date (a trailing 电/讯 is ignored). */
export function readDate(raw: string): DateValue {
  const [, y, m, d] = DATE_PARTS.exec(raw) ?? []
  const value: DateValue = { raw }
  const year = y === undefined ? undefined : readNumber(y)
  const month = m === undefined ? undefined : readNumber(m)
  const day = d === undefined ? undefined : readNumber(d)
  if (year !== undefined) value.year = year
  if (month !== undefined) value.month = month
  if (day !== undefined) value.day = day
  return value
}
