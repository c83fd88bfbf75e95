/** Dates completed from the issue date: day-only datelines and relative dates. */
import { describe, expect, it } from 'vitest'
import { parseIssue, visit, type Dateline, type DateNode, type Issue } from '../src/index'

const datelineOf = (tree: Issue) => {
  let found: Dateline | undefined
  visit(tree, 'dateline', (node) => {
    found ??= node as Dateline
  })
  return found
}
const datesOf = (tree: Issue) => {
  const found: DateNode[] = []
  visit(tree, 'date', (node) => {
    found.push(node as DateNode)
  })
  return found
}

const cna = '台北商圈認證 寧夏西門獲3星\n\n（中央社記者戴雅真台北29日電）台北市政府今天公布星級商圈分級認證。\n'

describe('issue date', () => {
  it('leaves a day-only dateline alone when the issue date is unknown', () => {
    const tree = parseIssue(cna)
    expect(datelineOf(tree)?.date).toEqual({ day: 29, raw: '29日' })
    expect(tree.data.issueDate).toBeUndefined()
  })

  it('completes it from the issueDate option', () => {
    const tree = parseIssue(cna, { issueDate: '2013-10-30' })
    // (The numbers printed stay as printed; the calendar date is resolved.)
    expect(datelineOf(tree)?.date).toEqual({ day: 29, raw: '29日', resolved: { year: 2013, month: 10, day: 29 } })
    expect(tree.data.issueDate).toMatchObject({ year: 2013, month: 10, day: 30 })
  })

  it('takes last month for a day after the issue day', () => {
    expect(datelineOf(parseIssue(cna, { issueDate: '2013-11-02' }))?.date?.resolved).toEqual({ year: 2013, month: 10, day: 29 })
    expect(datelineOf(parseIssue(cna, { issueDate: '2014-01-02' }))?.date?.resolved).toEqual({ year: 2013, month: 12, day: 29 })
  })

  it('completes it from a dated page header', () => {
    const page = '光明日报 2012年10月27日 星期六\n\n标题\n\n新华社北京26日电 国务院召开常务会议。\n'
    const tree = parseIssue(page)
    expect(tree.data.issueDate).toMatchObject({ year: 2012, month: 10, day: 27 })
    expect(datelineOf(tree)?.date).toEqual({ day: 26, raw: '26日', resolved: { year: 2012, month: 10, day: 26 } })
  })

  it('keeps relative dates raw, and resolves them against a known issue date', () => {
    const lead = '标题\n\n本报讯 (记者王强)昨日,全市召开会议。日前,有关部门发布通知。\n'
    const raw = parseIssue(lead)
    // (A relative date is the lead's, not the dateline's: see Dateline.date.)
    expect(datelineOf(raw)?.date).toBeUndefined()
    expect(datesOf(raw).map((d) => [d.value, d.relative, d.day])).toEqual([
      ['昨日', '昨日', undefined],
      ['日前', '日前', undefined],
    ])
    const resolved = parseIssue(lead, { issueDate: { year: 2020, month: 5, day: 1 } })
    expect(datesOf(resolved)[0]).toMatchObject({ value: '昨日', relative: '昨日', resolved: { year: 2020, month: 4, day: 30 } })
    expect(datesOf(resolved)[0]!.day).toBeUndefined()
    expect(datesOf(resolved)[1]).toMatchObject({ value: '日前', relative: '日前' })
    expect(datesOf(resolved)[1]!.resolved).toBeUndefined()
  })

  it('rejects an unreadable issueDate option at the call (it used to be ignored)', () => {
    expect(() => parseIssue(cna, { issueDate: 'yesterday' })).toThrow(RangeError)
  })
})
