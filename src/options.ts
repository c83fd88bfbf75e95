/**
 * parseIssue's arguments, checked when the call is made. The never-throws
 * promise is about strings: a value that is not text, or an option no
 * parse could honour (a month 13, a script we do not know), is the
 * caller's mistake, and fails at once with an error that says what to
 * write instead — not later as a wrong tree.
 */
import type { FieldScript } from './assemble/fields'
import type { ScriptOption } from './normalize'
import type { DateValue } from './types'

/** The issue's date: `'2020-05-10'`, a Date (read in local time), or numbers. */
export type IssueDateOption = string | Date | { year: number; month: number; day: number }

/** Options for `parseIssue`. */
export interface ParseOptions {
  /**
   * The input's script. `auto` (default) detects traditional text and
   * reads it through opencc-js (loaded only then); force it either way.
   */
  script?: ScriptOption
  /**
   * The script of structured fields (`source`, `place`, `role`,
   * `affiliation`, `names`, `paper`): `asPrinted` (default), or all
   * `simplified` / all `traditional` to merge papers from different regions.
   */
  fields?: FieldScript
  /**
   * The issue's date (`'2020-05-10'`, a Date, or `{ year, month, day }`).
   * Day-only datelines (台北10日電) and relative dates (昨日) are completed
   * from it; without it, from a dated page header when there is one. A
   * Date is read in local time (its getFullYear, getMonth, getDate): the
   * calendar day it shows where the code runs.
   */
  issueDate?: IssueDateOption
}

/** parseIssue's options, checked. */
export interface CheckedOptions {
  script: ScriptOption
  fields: FieldScript
  issueDate: DateValue | undefined
}

const SCRIPTS: readonly ScriptOption[] = ['auto', 'simplified', 'traditional']
const FIELD_SCRIPTS: readonly FieldScript[] = ['asPrinted', 'simplified', 'traditional']
const OPTION_NAMES = ['script', 'fields', 'issueDate'] as const
/** An issue date as text: year, month and day, dash-separated. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

const shown = (value: unknown): string =>
  typeof value === 'string' ? `'${value}'` : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : String(value)

const listed = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ')

/** The text to parse: a string, or a TypeError that says how to get one. */
export function checkText(text: unknown, call = 'parseIssue'): string {
  if (typeof text === 'string') return text
  const hint =
    text instanceof Uint8Array
      ? ' Decode the bytes first, e.g. new TextDecoder().decode(bytes), or new TextDecoder(\'gb18030\') for GB text.'
      : text === undefined || text === null
        ? ' Read the file first, e.g. readFileSync(path, \'utf8\').'
        : ''
  throw new TypeError(`baozhi: ${call}(text) needs the text as a string, got ${text instanceof Uint8Array ? 'bytes' : shown(text)}.${hint}`)
}

/** The options, each checked; undefined ones take their defaults. */
export function checkOptions(options: unknown, call = 'parseIssue'): CheckedOptions {
  if (options === undefined) return { script: 'auto', fields: 'asPrinted', issueDate: undefined }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`baozhi: ${call}(text, options) takes options as an object such as { script: 'auto' }, got ${shown(options)}.`)
  }
  const given = options as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!(OPTION_NAMES as readonly string[]).includes(key)) {
      throw new TypeError(`baozhi: ${call} has no option '${key}'; its options are ${OPTION_NAMES.join(', ')}.`)
    }
  }
  return {
    script: oneOf(given.script, SCRIPTS, 'script', 'auto', call),
    fields: oneOf(given.fields, FIELD_SCRIPTS, 'fields', 'asPrinted', call),
    issueDate: given.issueDate === undefined ? undefined : checkIssueDate(given.issueDate, call),
  }
}

function oneOf<T extends string>(value: unknown, values: readonly T[], name: string, fallback: T, call: string): T {
  if (value === undefined) return fallback
  if ((values as readonly unknown[]).includes(value)) return value as T
  throw new RangeError(`baozhi: ${call} option ${name} must be one of ${listed(values)}, not ${shown(value)}.`)
}

/** Whether year, month and day name a day of the (proleptic Gregorian) calendar. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** The issue date as a date value, or an error that says how to write it. */
function checkIssueDate(option: unknown, call: string): DateValue {
  const example = "'2020-05-10', new Date(2020, 4, 10) or { year: 2020, month: 5, day: 10 }"
  let year: number, month: number, day: number, raw: string
  if (option instanceof Date) {
    if (Number.isNaN(option.getTime())) throw new RangeError(`baozhi: ${call} option issueDate is an invalid Date; give ${example}.`)
    // Local time, for the day and for raw alike: the calendar day the Date shows where the code runs.
    ;[year, month, day] = [option.getFullYear(), option.getMonth() + 1, option.getDate()]
    raw = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  } else if (typeof option === 'string') {
    const m = ISO_DATE.exec(option.trim())
    if (!m) throw new RangeError(`baozhi: ${call} option issueDate ${shown(option)} is not a date as YYYY-MM-DD; give ${example}.`)
    ;[year, month, day, raw] = [Number(m[1]), Number(m[2]), Number(m[3]), option]
  } else if (typeof option === 'object' && option !== null && 'year' in option && 'month' in option && 'day' in option) {
    const numbers = option as { year: number; month: number; day: number }
    ;({ year, month, day } = numbers)
    raw = `${year}-${month}-${day}`
  } else {
    throw new TypeError(`baozhi: ${call} option issueDate must be ${example}, not ${shown(option)}.`)
  }
  if (!isCalendarDay(year, month, day)) {
    throw new RangeError(`baozhi: ${call} option issueDate ${shown(raw)} is not a day of the calendar (year ${year}, month ${month}, day ${day}).`)
  }
  return { year, month, day, raw }
}
