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
  const close = (header: PageHeader | undefined) => {
    if (current.length === 0) return
    const page: Page = {
      type: 'page',
      children: current,
      position: { start: current[0]!.position.start, end: current.at(-1)!.position.end },
    }
    if (header?.page !== undefined) page.page = header.page
    if (header?.section !== undefined) page.section = header.section
    if (header?.date !== undefined) page.date = header.date
    pages.push(page)
    current = []
  }
  let header: PageHeader | undefined
  for (const node of children) {
    if (numbered(node) && !footers) {
      close(header)
      header = node
    }
    current.push(node)
    if (numbered(node) && footers) close(node)
  }
  close(footers ? undefined : header)
  return pages
}
