/**
 * Copies of a news CMS's records: a title field the database cut at a comma, over the story's
 * indented paragraphs.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../src/index'
import { articles, expectSource, find, findAll } from '../helpers/tree'

const BODY = [
  '　　国家统计局发布的数据显示，2016年末住户存款余额为60.65万亿元，同比增长9.9%。',
  '　　哪些城市的市民存款最多？记者通过对29个重点城市的统计发现，有17个城市的住户存款余额超过5000亿元。',
]

describe('a title field cut at a comma, over indented paragraphs (heading-group.ts cutTitles)', () => {
  it('哪些城市居民存款多：6城市突破万亿大关， / 　　…: the title', () => {
    const input = ['哪些城市居民存款多：6城市突破万亿大关，', ...BODY, ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(find(issue, 'headline')).toBeDefined()
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })

  it('must not fire: a flush line closed by a comma over flush text is the text', () => {
    const issue = parseIssue(['哪些城市居民存款多：6城市突破万亿大关，', '国家统计局发布的数据显示，2016年末住户存款余额为60.65万亿元。', ''].join('\n'))
    expect(find(issue, 'headline')).toBeUndefined()
  })

  it('must not fire: a salutation, a lead-in, a verse closed by a comma over indented text (no colon between two parts)', () => {
    for (const first of ['亲爱的同学们，', '据市统计局最新发布的数据，', '春风吹过山岗，']) {
      expect(find(parseIssue([first, ...BODY, ''].join('\n')), 'headline'), first).toBeUndefined()
    }
  })

  it('must not fire: a long line closed by a comma, a sentence the page cut, over indented text', () => {
    const issue = parseIssue(['据了解，道路春运开始以来，由于天气尚好和安全运输生产措施到位，我市道路春运安全形势一直处于稳定状态，', ...BODY, ''].join('\n'))
    expect(find(issue, 'headline')).toBeUndefined()
  })
})
