/**
 * Multi-page issues: when the text holds several numbered page headers
 * (01版:要闻 … 02版:地方), the top level is grouped into `page` nodes, so
 * users can walk an issue page by page and stitch articles continued by
 * jump lines (article.continuedOn / continuedFrom name the other page).
 *
 * Numbered lines at the END of each page's text are footers
 * (《人民日报》（2025年03月10日第 06 版）): then each one closes its page.
 */
import type { IssueContent, Page, PageHeader } from '../types'

const numbered = (node: IssueContent): node is PageHeader => node.type === 'pageHeader' && node.page !== undefined

export function groupPages(children: IssueContent[]): IssueContent[] {
  const boundaries = children.filter(numbered)
  if (boundaries.length < 2) return children
  // Footers when the last numbered line closes the text; headers otherwise.
  const footers = children.at(-1) === boundaries.at(-1)
  const pages: Page[] = []
  let current: IssueContent[] = []
  let header: PageHeader | undefined
  for (const node of children) {
    if (numbered(node) && !footers) {
      // (The headers printed straight over the numbered one are the new page's: a clipping service's paper and date over
      // its page and section, 1 .南方日报 | 2024-05-09 / 报章 | A03 |要闻.)
      const opening = current.splice(headersOver(current))
      // (What stands before the first page's header, with no story in it, is that page's: an export's count of its
      // documents, a dated header over the page's own, 1957年7月20日人民日报 第3版 / 第3版().)
      if (pages.length > 0 || current.some((child) => child.type === 'article')) close(header)
      current.push(...opening)
      header = node
    }
    current.push(node)
    if (numbered(node) && footers) close(node)
  }
  close(footers ? undefined : header)
  return pages

  function close(header: PageHeader | undefined) {
    if (current.length === 0) return
    const page: Page = {
      type: 'page',
      children: current,
      position: { start: current[0]!.position.start, end: current.at(-1)!.position.end },
    }
    if (header?.page !== undefined) page.page = header.page
    if (header?.section !== undefined) page.section = header.section
    // (Where the numbered header names no date, a header printed over it on the page dates it.)
    const date = header?.date ?? (footers ? undefined : datedOver(current, header))
    if (date !== undefined) page.date = date
    pages.push(page)
    current = []
  }
}

/** Where the run of page headers naming no page that closes `nodes` starts: printed straight over the next numbered header. */
function headersOver(nodes: IssueContent[]): number {
  let from = nodes.length
  while (from > 0 && nodes[from - 1]!.type === 'pageHeader' && !numbered(nodes[from - 1]!)) from--
  return from
}

/** The date of the first dated page header among a page's nodes before its numbered `header`. */
function datedOver(nodes: IssueContent[], header: PageHeader | undefined): PageHeader['date'] {
  if (header === undefined) return undefined
  const over = nodes.slice(0, nodes.indexOf(header))
  return over.find((node): node is PageHeader => node.type === 'pageHeader' && node.date !== undefined)?.date
}
