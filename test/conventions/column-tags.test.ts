/**
 * Column and topic tags printed with a heading: （专题深思）, （直通两会）,
 * 【許金山案】 — a `columnTag` node at either end of the heading's text.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

const LEAD = '本报讯 5月9日，全市党建工作推进会召开。'

const tagsOf = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return findAll(issue, 'columnTag').map((tag) => ({ label: tag.label, text: toString(tag) }))
}

describe('column tags: where they fire', () => {
  it('a column tag after the headline: （专题深思）', () => {
    const input = page('以高质量党建引领高质量发展（专题深思）', LEAD)
    expect(tagsOf(input)).toEqual([{ label: '专题深思', text: '（专题深思）' }])
    expect(toString(find(parseIssue(input), 'headline')!)).toBe('以高质量党建引领高质量发展（专题深思）')
  })

  it('a column tag before the headline: （直通两会）', () => {
    expect(tagsOf(page('（直通两会）代表委员热议新质生产力', LEAD))).toEqual([{ label: '直通两会', text: '（直通两会）' }])
  })

  it('a topic tag opening a Hong Kong headline: 【許金山案】, label as printed or simplified', () => {
    const input = page('【許金山案】法官完成引導 陪審團開始退庭商議', '【本報訊】許金山案今於高等法院再續。')
    expect(tagsOf(input)).toEqual([{ label: '許金山案', text: '【許金山案】' }])
    expect(find(parseIssue(input, { fields: 'simplified' }), 'columnTag')!.label).toBe('许金山案')
  })
})

describe('column tags: where they must not fire', () => {
  it('a bracket inside the headline, one with digits, or a whole line in brackets', () => {
    expect(tagsOf(page('全市（含县区）春耕工作推进会召开', LEAD))).toEqual([])
    expect(tagsOf(page('全市春耕工作推进会召开（2025）', LEAD))).toEqual([])
    expect(tagsOf(page('【板前糾紛】', '患癌鄭威濤着厚褸出庭', '【本報訊】患癌鄭威濤昨日出庭。'))).toEqual([])
  })

  it('brackets in body text stay text', () => {
    expect(tagsOf(page('全市春耕工作推进会召开', LEAD, '会议由副市长主持（市农业农村局）'))).toEqual([])
  })
})
