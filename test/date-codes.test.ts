/** Taiwan's closing date code (ROC yyymmdd) after the last sentence or the editor tag. */
import { describe, expect, it } from 'vitest'
import { parseIssue, type Article, type Signature } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'

const last = (text: string) => {
  const article = parseIssue(text).children.find((n) => n.type === 'article') as Article
  return article.children.at(-1)!
}
const lead = '標題\n\n（中央社記者郭建伸台北10日電）總統府今天表示，將持續關注。'

describe('date codes', () => {
  it('reads a bare code after the last sentence as the page’s stamp, after the article', () => {
    const input = `${lead}1021029\n`
    const issue = parseIssue(input)
    expect(issue.children.map((n) => n.type)).toEqual(['article', 'stamp'])
    expect(issue.children[1]).toMatchObject({ type: 'stamp', date: { year: 2013, month: 10, day: 29, raw: '1021029' } })
    expect((issue.children[0] as Article).children.at(-1)!.type).toBe('paragraph')
    // The stamp dates the issue, so the day-only dateline gets its month and year.
    expect(issue.data.issueDate).toMatchObject({ year: 2013, month: 10, day: 29 })
    expect(checkInvariants(issue, input)).toEqual([])
  })

  it('joins the code to the editor tag before it', () => {
    const input = `${lead}（編輯：方沛清）1140710\n`
    const stamp = last(input) as Signature
    expect(stamp).toMatchObject({ role: '編輯', names: ['方沛清'], value: '（編輯：方沛清）1140710' })
    expect(stamp.date).toEqual({ year: 2025, month: 7, day: 10, raw: '1140710' })
  })

  it('NOT a code: a number inside a sentence, or one that is no date', () => {
    expect(last(`${lead}共1021029人次。\n`).type).toBe('paragraph')
    expect(last(`${lead}1021399\n`).type).toBe('paragraph')
    expect(last('标题\n\n本报讯 5月9日,开会。2025\n').type).toBe('paragraph')
  })
})
