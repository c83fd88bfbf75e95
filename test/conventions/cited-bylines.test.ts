/**
 * People's Daily's own site prints the byline glued to the page citation:
 * 本报记者  吴储岐  向子丰《人民日报》（2025年03月10日第 01 版）. That is a byline
 * (padded names, or names alone) and a page header with the page and the
 * date, which dates the issue; and of two heading lines, the one a column
 * tag closes (…（专题深思）) is the headline.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Credit, type PageHeader } from '../../src/index'
import { articles, find, findAll, types } from '../helpers/tree'
import { checkInvariants } from '../helpers/invariants.mjs'

const LEAD = '今年全国两会，代表委员们围绕高质量发展建言献策。'
const credits = (node: Parameters<typeof findAll>[0]) => findAll(node, 'credit').map((c: Credit) => ({ role: c.role, names: c.names }))

describe('a byline glued to its page citation', () => {
  it('本报记者  张  晔  苏  滨  刘以晴《人民日报》（…第 01 版）: a byline of three padded names, then the page header', () => {
    const input = `坚持教育科技人才一起抓（代表委员议国是）\n\n本报记者  张  晔  苏  滨  刘以晴《人民日报》（2025年03月10日第 01 版）\n\n${LEAD}`
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'byline', 'pageHeader', 'paragraph'])
    expect(credits(find(article!, 'byline')!)).toEqual([{ role: '本报记者', names: ['张晔', '苏滨', '刘以晴'] }])
    expect(find(article!, 'pageHeader') as PageHeader).toMatchObject({ page: 1, date: { year: 2025, month: 3, day: 10 } })
    expect(issue.data.issueDate).toMatchObject({ year: 2025, month: 3, day: 10 })
    expect(checkInvariants(issue, input)).toEqual([])
  })

  it('王曼倩《人民日报》（…第 13 版）: names alone before the citation are the byline', () => {
    const issue = parseIssue(`让普法更加精准高效（专题深思）\n\n王曼倩《人民日报》（2025年03月10日第 13 版）\n\n${LEAD}`)
    const [article] = articles(issue)
    expect(credits(find(article!, 'byline')!)).toEqual([{ role: undefined, names: ['王曼倩'] }])
    expect((find(article!, 'pageHeader') as PageHeader).page).toBe(13)
  })

  it('must not fire: a citation alone on its line, or after a sentence', () => {
    const alone = parseIssue(`标题\n\n《人民日报》（2025年03月10日第 01 版）\n\n${LEAD}`)
    expect(find(alone, 'byline')).toBeUndefined()
    const quoted = parseIssue(`标题\n\n${LEAD}\n\n这篇文章刊登在《人民日报》（2025年03月10日第 01 版）`)
    expect(find(quoted, 'byline')).toBeUndefined()
  })
})

describe('a column tag marks the headline of two heading lines', () => {
  it('夯实全面依法治国的社会基础 / 让普法更加精准高效（专题深思）: kicker, headline', () => {
    const issue = parseIssue(`夯实全面依法治国的社会基础\n\n让普法更加精准高效（专题深思）\n\n${LEAD}`)
    const [article] = articles(issue)
    expect(types(article).slice(0, 2)).toEqual(['kicker', 'headline'])
    expect(toString(find(article!, 'headline')!)).toBe('让普法更加精准高效（专题深思）')
  })

  it('must not fire: the tag on the first line (it is the headline, the second its subheadline)', () => {
    const issue = parseIssue(`以高质量党建引领高质量发展（专题深思）\n\n全市召开党建工作推进会\n\n${LEAD}`)
    expect(types(articles(issue)[0]).slice(0, 2)).toEqual(['headline', 'subheadline'])
  })
})
