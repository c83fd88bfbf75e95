/**
 * 图说：… labels a photo's caption (新民晚报 prints it under the title, the
 * photographer's credit at its end), as 图为 opens one. With its colon only:
 * a column named 图说 (图说两会) heads a story, and 图说 in a sentence is text.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, types } from '../helpers/tree'

const HEADLINE = '冬季到上海来看企鹅生蛋，海昌海洋公园极地冰雪节开幕'
const LEAD = '新民晚报讯（记者 孙云）冬季到上海不一定能看到雪，不过可以看到企鹅。'

describe('图说: where it fires', () => {
  it('图说：… 孙云 摄 under the title: a caption, not a subheadline', () => {
    const input = `${HEADLINE}\n\n图说：今天上午上海海昌海洋公园开启极地冰雪节活动 孙云 摄\n${LEAD}\n`
    const issue = parseIssue(input)
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(toString(find(issue, 'caption')!)).toBe('图说：今天上午上海海昌海洋公园开启极地冰雪节活动 孙云 摄')
    expect(find(issue, 'dateline')!.source).toBe('新民晚报讯')
    expectSource(input, issue)
  })
})

describe('图说: where it must not fire', () => {
  it('NOT a caption: a column named 图说 over a story', () => {
    const input = `图说两会 代表委员热议民生\n\n本报讯 5月9日，全市春耕工作推进会召开。\n`
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(toString(articles(issue)[0]!.children.find((n) => n.type === 'headline')!)).toBe('图说两会 代表委员热议民生')
    expectSource(input, issue)
  })

  it('NOT a caption: 图说 inside a sentence', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n展览以图说史，讲述上海的变迁。\n`
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph'])
    expectSource(input, issue)
  })
})
