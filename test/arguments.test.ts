/**
 * parseIssue's arguments are checked at the call: the never-throws promise
 * is about strings, and an option no parse could honour is the caller's
 * mistake, reported with what to write instead.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createParser, parseIssue, type ParseOptions } from '../src/index'

const LEAD = '本报讯 昨日，全市召开会议。'

describe('text that is not a string', () => {
  it.each([
    ['undefined', undefined, /got undefined.*readFileSync/],
    ['null', null, /got null/],
    ['a number', 42, /got 42/],
    ['an object', {}, /got an object/],
    ['an array', ['标题'], /got an array/],
    ['bytes', new TextEncoder().encode('标题'), /got bytes.*TextDecoder/],
  ])('%s is a TypeError that names the argument', (_, value, message) => {
    expect(() => parseIssue(value as unknown as string)).toThrow(TypeError)
    expect(() => parseIssue(value as unknown as string)).toThrow(/parseIssue\(text\)/)
    expect(() => parseIssue(value as unknown as string)).toThrow(message)
  })

  it('a parser made by createParser checks the same way', () => {
    expect(() => createParser().parseIssue(42 as unknown as string)).toThrow(TypeError)
  })
})

describe('options', () => {
  const call = (options: unknown) => () => parseIssue(LEAD, options as ParseOptions)

  it('accepts none, and every documented value', () => {
    expect(call(undefined)).not.toThrow()
    for (const script of ['auto', 'simplified', 'traditional']) expect(call({ script })).not.toThrow()
    for (const fields of ['asPrinted', 'simplified', 'traditional']) expect(call({ fields })).not.toThrow()
  })

  it('rejects options that are not an object', () => {
    expect(call(null)).toThrow(TypeError)
    expect(call('traditional')).toThrow(/options as an object/)
  })

  it('rejects an unknown option, naming the known ones', () => {
    expect(call({ scrpt: 'traditional' })).toThrow(/no option 'scrpt'; its options are script, fields, issueDate/)
  })

  it('rejects unknown script and fields values, listing the known ones', () => {
    expect(call({ script: 'hk' })).toThrow(RangeError)
    expect(call({ script: 'hk' })).toThrow(/script must be one of 'auto', 'simplified', 'traditional', not 'hk'/)
    expect(call({ fields: 'simple' })).toThrow(/fields must be one of 'asPrinted', 'simplified', 'traditional'/)
  })

  it.each([
    ['month 13', '2020-13-45'],
    ['day 45', '2020-01-45'],
    ['29 February of a common year', '2019-02-29'],
    ['day 0', '2020-05-00'],
  ])('rejects an impossible issueDate: %s', (_, issueDate) => {
    expect(call({ issueDate })).toThrow(RangeError)
    expect(call({ issueDate })).toThrow(/not a day of the calendar/)
  })

  it('accepts 29 February of a leap year', () => {
    expect(parseIssue(LEAD, { issueDate: '2020-02-29' }).data.issueDate).toMatchObject({ year: 2020, month: 2, day: 29 })
  })

  it.each(['yesterday', '2020/05/10', '10-05-2020', ''])('rejects an issueDate string that is no YYYY-MM-DD date: %j', (issueDate) => {
    expect(call({ issueDate })).toThrow(/not a date as YYYY-MM-DD/)
  })

  it('rejects impossible numbers and an invalid Date', () => {
    expect(call({ issueDate: { year: 2020, month: 13, day: 1 } })).toThrow(RangeError)
    expect(call({ issueDate: { year: 2020, month: 5.5, day: 1 } })).toThrow(RangeError)
    expect(call({ issueDate: new Date('not a date') })).toThrow(/invalid Date/)
    expect(call({ issueDate: 20200510 })).toThrow(TypeError)
  })
})

describe('an issueDate given as a Date', () => {
  const zone = process.env.TZ
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it.each([
    ['Asia/Shanghai', -480],
    ['America/New_York', 240],
    ['UTC', 0],
  ])('is the calendar day it shows, in day and raw alike (TZ=%s)', (tz, offset) => {
    process.env.TZ = tz
    const date = new Date(2020, 4, 10)
    // The zone is in force (Node reads TZ again when it changes).
    expect(date.getTimezoneOffset()).toBe(offset)
    const tree = parseIssue(LEAD, { issueDate: date })
    expect(tree.data.issueDate).toEqual({ year: 2020, month: 5, day: 10, raw: '2020-05-10' })
    // 昨日 resolves from that day.
    expect(JSON.stringify(tree)).toContain('"year":2020,"month":5,"day":9')
  })
})
