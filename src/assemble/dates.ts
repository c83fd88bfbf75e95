/**
 * Dates against the issue date: a day-only dateline (台北10日電) is resolved
 * to the issue's month and year, a relative date (昨日, 今天) to its day.
 * The printed numbers stay as printed; the calendar date is the date's
 * `resolved`. With no issue date known, there is none.
 */
import { RELATIVE_DAYS } from '../../grammar/tokens/dates'
import type { CalendarDate, Dateline, DateNode, DateValue, Issue, Node, PageHeader, Stamp } from '../types'

const complete = (d: DateValue | undefined): d is DateValue & CalendarDate =>
  d?.year !== undefined && d.month !== undefined && d.day !== undefined

function shift(base: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(base.year, base.month - 1, base.day + days))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** Fill the missing numbers of a date printed without them (10日, 5月9日, 昨日). */
function fillFromIssue(date: { year?: number; month?: number; day?: number }, relative: string | undefined, issue: CalendarDate): CalendarDate | undefined {
  if (relative !== undefined) {
    const days = RELATIVE_DAYS[relative]
    return days === undefined ? undefined : shift(issue, days)
  }
  if (date.day === undefined) return undefined
  if (date.month === undefined) {
    // A day after the issue's day is last month's (a story filed on the 30th, printed on the 2nd).
    const back = date.day > issue.day ? shift({ ...issue, day: 1 }, -1) : issue
    return { year: back.year, month: back.month, day: date.day }
  }
  if (date.year === undefined) {
    return { year: date.month > issue.month ? issue.year - 1 : issue.year, month: date.month, day: date.day }
  }
  return undefined
}

/**
 * Call `visit` on every node in document order until it returns true (a
 * plain walk: unist-util-visit's bookkeeping cost more than the work).
 */
function someNode(node: Node, visit: (node: Node) => boolean): boolean {
  if (visit(node)) return true
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) if (someNode(child, visit)) return true
  return false
}

/** Complete the tree's dates from the issue date (the checked option), or from a dated page header. */
export function resolveDates(tree: Issue, option: DateValue | undefined): void {
  let issue = option
  if (!issue) {
    someNode(tree, (node) => {
      const date = node.type === 'pageHeader' || node.type === 'stamp' ? (node as PageHeader | Stamp).date : undefined
      if (complete(date)) issue = date
      return issue !== undefined
    })
  }
  if (!complete(issue)) return
  const base: CalendarDate = issue
  tree.data.issueDate = issue

  someNode(tree, (node) => {
    if (node.type === 'date') {
      const date = node as DateNode
      const filled = fillFromIssue(date, date.relative, base)
      if (filled) date.resolved = filled
    } else if (node.type === 'dateline') {
      const dateline = node as Dateline
      if (!dateline.date) return false
      const relative = Object.keys(RELATIVE_DAYS).includes(dateline.date.raw) ? dateline.date.raw : undefined
      const filled = fillFromIssue(dateline.date, relative, base)
      if (filled) dateline.date = { ...dateline.date, resolved: filled }
    }
    return false
  })
}
