/** Taiwan's closing date code (ROC yyymmdd) after the last sentence or the editor tag. */
import { describe, expect, it } from 'vitest'
import { parseIssue, type Article, type Signature } from '../src/index'
import { checkInvariants } from './helpers/invariants'

const last = (text: string) => {
  const article = parseIssue(text).children.find((n) => n.type === 'article') as Article
  return article.children.at(-1)!
}
const lead = '標題\n\n（中央社記者郭建伸台北10日電）總統府今天表示，將持續關注。'

describe('date codes', () => {
  it('reads a bare code after the last sentence as the closing stamp', () => {
    const input = `${lead}1021029\n`
    expect(last(input)).toMatchObject({ type: 'signature', names: [], value: '1021029', date: { year: 2013, month: 10, day: 29 } })
    expect(checkInvariants(parseIssue(input), input)).toEqual([])
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
