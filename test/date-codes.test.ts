/** Taiwan's closing date code (ROC yyymmdd) after the last sentence or the editor tag. */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Article, type Credit, type EditorLine } from '../src/index'
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

  it('joins the code to the editor’s closing credit before it: an editor line with its date, not a signature', () => {
    const input = `${lead}（編輯：方沛清）1140710\n`
    const line = last(input) as EditorLine
    expect(line.type).toBe('editorLine')
    expect(toString(line)).toBe('（編輯：方沛清）1140710')
    const credit = line.children.find((c): c is Credit => c.type === 'credit')
    expect(credit).toMatchObject({ role: '編輯', names: ['方沛清'] })
    expect(line.date).toEqual({ year: 2025, month: 7, day: 10, raw: '1140710' })
    expect(checkInvariants(parseIssue(input), input)).toEqual([])
  })

  it('a reporter’s closing signature takes the code as its date', () => {
    const input = `${lead}（张晔）1140710\n`
    expect(last(input)).toMatchObject({ type: 'signature', names: ['张晔'], date: { year: 2025, month: 7, day: 10 } })
  })

  it('NOT a code: a number inside a sentence, or one that is no date', () => {
    expect(last(`${lead}共1021029人次。\n`).type).toBe('paragraph')
    expect(last(`${lead}1021399\n`).type).toBe('paragraph')
    expect(last('标题\n\n本报讯 5月9日,开会。2025\n').type).toBe('paragraph')
  })
})
