/**
 * What an overseas weekly's flipbook page prints, met in part (ek) (d1018, 《乡音》报 on issuu):
 *   【本报讯 记者凯文】3月30日,…                         the paper's flash and its reporter in one pair of brackets: the dateline
 *   惠灵顿中国园林协会召开特别会议 商讨中国花园项目筹资方案 【本报讯 记者凯文】…   a two-part title glued to its lead
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, find, page, printed, readChecked as read } from '../helpers/tree'

const LEAD = '3月30日, 惠灵顿中国园林协会在番花会馆召开特别会议,对中国花园项目的进展情况进行了讨论。'

describe('the paper’s flash and its reporter in one pair of lenticular brackets', () => {
  it('【本报讯 记者凯文】: the dateline whole, the reporter its credit, the date after the brackets its date (d1018)', () => {
    const dateline = find(read(page('园林协会召开特别会议', `【本报讯 记者凯文】${LEAD}`)), 'dateline')!
    expect(printed(dateline, false)).toBe('【本报讯 记者凯文】')
    expect([dateline.source, dateline.date?.month, dateline.date?.day]).toEqual(['本报讯', 3, 30])
    expect(find(dateline, 'credit')?.names).toEqual(['凯文'])
  })

  it('not the lead’s own words after the brackets: 【本报讯】记者从市园林局获悉 names no reporter', () => {
    const dateline = find(read(page('园林协会召开特别会议', '【本报讯】记者从市园林局获悉，中国花园项目有望在6月底拿到许可。')), 'dateline')!
    expect(find(dateline, 'credit')).toBeUndefined()
  })
})

describe('a two-part title glued to its lead by a space', () => {
  const TITLE = '惠灵顿中国园林协会召开特别会议 商讨中国花园项目筹资方案'

  it('the title, then the lead its dateline opens (d1018)', () => {
    const stories = articles(read(page(`${TITLE} 【本报讯 记者凯文】${LEAD}`)))
    const story = stories.find((article) => find(article, 'dateline'))!
    expect(printed(find(story, 'headline')!, false)).toBe(TITLE)
  })

  it('not three parts: 园林协会 召开会议 商讨方案 筹资计划 … stays one line of text', () => {
    const input = page(`园林协会 召开特别会议 商讨花园项目 筹资方案 【本报讯 记者凯文】${LEAD}`)
    expect(articles(read(input)).some((article) => find(article, 'headline') && printed(find(article, 'headline')!, false).startsWith('园林协会 召开特别会议'))).toBe(false)
  })
})
