/**
 * Ordinal lists with one item per paragraph (grammar/constructs/list.ts):
 * 一是…。 / 二是…。 / 三是…。 each opening its own paragraph are one list,
 * as inline lists are — one paragraph holding the list, the breaks between
 * items kept as layout breaks.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, findAll, page } from '../helpers/tree'

const HEAD = ['市委召开常委会议', '本报讯 5月9日,市委召开常委会议。']
const lists = (input: string) =>
  findAll(parseIssue(input), 'list').map((list) => ({ style: list.style, markers: list.children.map((item) => item.marker) }))

describe('lists with one item per paragraph: where they fire', () => {
  it('一是… / 二是… / 三是… after a paragraph ending in a colon', () => {
    const input = page(...HEAD, '会议要求，全市上下要做好以下工作：', '一是加强学习，提高认识。', '二是狠抓落实，压实责任。', '三是强化督导，确保实效。', '会议还研究了其他事项。')
    const issue = parseIssue(input)
    expect(lists(input)).toEqual([{ style: '一是', markers: ['一是', '二是', '三是'] }])
    const paragraphs = findAll(articles(issue)[0]!, 'paragraph')
    expect(paragraphs.map((p) => toString(p).slice(0, 4))).toEqual(['本报讯 ', '会议要求', '会议还研'])
    expect(findAll(paragraphs[1]!, 'layoutBreak').length).toBeGreaterThanOrEqual(3)
    expectSource(input, issue)
  })

  it('the first item inline in the lead-in paragraph, the next on its own', () => {
    const input = page(...HEAD, '会议要求，一是加强学习，提高思想认识。', '二是狠抓落实，压实各方责任。')
    expect(lists(input)).toEqual([{ style: '一是', markers: ['一是', '二是'] }])
  })

  it('第一、 / 第二、 / 第三、 on lines of their own, no blank line between', () => {
    const input = [...HEAD, '第一、加强队伍建设，提升能力。', '第二、强化督导检查，确保落实。', '第三、完善制度机制，形成长效。'].join('\n') + '\n'
    expect(lists(input)).toEqual([{ style: '第一', markers: ['第一', '第二', '第三'] }])
  })

  it('in traditional script: 一是 / 二是 items of a Taiwan story', () => {
    const input = page('金管會加強查核', '〔記者王孟倫／台北報導〕金管會表示將加強查核。', '一是要求業者自律，落實內控。', '二是加重罰則，從嚴究責。')
    expect(lists(input)).toEqual([{ style: '一是', markers: ['一是', '二是'] }])
  })
})

describe('lists with one item per paragraph: where they must not fire', () => {
  it('二是… with no 一是 before it starts a paragraph of its own', () => {
    const input = page(...HEAD, '会议认为，工作取得成效。', '二是狠抓落实，压实责任。')
    expect(lists(input)).toEqual([])
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(3)
  })

  it('一是… then 三是…: not the next item', () => {
    const input = page(...HEAD, '一是加强学习，提高认识。', '三是强化督导，确保实效。')
    expect(lists(input)).toEqual([])
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(3)
  })

  it('第二天 after a paragraph with 第一、: not a marker (第二 must be followed by 、 , :)', () => {
    const input = page(...HEAD, '第一、加强队伍建设，提升能力。', '第二天，督导组继续调研。')
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(3)
  })

  it('an item after a new story’s title belongs to no list of the article before it', () => {
    const input = [...HEAD, '', '一是加强学习，提高认识。', '', '', '', '全市开展安全生产大检查', '', '二是狠抓落实，压实责任。'].join('\n') + '\n'
    expect(lists(input)).toEqual([])
  })
})

const ordinals = (input: string) =>
  findAll(parseIssue(input), 'list').map((list) => ({ style: list.style, ordinals: list.children.map((item) => item.ordinal) }))

describe('a list with one item printed elsewhere', () => {
  it('第一、… 第二、… 第四，… one item per paragraph: one list of three items', () => {
    const input = page(...HEAD, '第一、加强队伍建设，提升能力水平。', '第二、完善工作机制，压实各方责任。', '第四，强化督导检查，确保取得实效。')
    expect(ordinals(input)).toEqual([{ style: '第一', ordinals: [1, 2, 4] }])
  })

  it('inline too: 第一，…；第二，…；第四，…', () => {
    const input = page(...HEAD, '会议要求，第一，加强队伍建设，提升能力；第二，完善工作机制，压实责任；第四，强化督导检查，确保实效。')
    expect(ordinals(input)).toEqual([{ style: '第一', ordinals: [1, 2, 4] }])
  })

  it('must not fire: a gap before the second item (第一 … 第三), or two items missing (第一 第二 第五)', () => {
    expect(ordinals(page(...HEAD, '第一、加强队伍建设，提升能力水平。', '第三、强化督导检查，确保取得实效。'))).toEqual([])
    const five = ordinals(page(...HEAD, '第一、加强队伍建设，提升能力水平。', '第二、完善工作机制，压实各方责任。', '第五、强化督导检查，确保取得实效。'))
    expect(five).toEqual([{ style: '第一', ordinals: [1, 2] }])
  })

  it('must not fire: only one item may be passed over (第一 第二 第四 第六 ends at 第四)', () => {
    const six = ordinals(page(...HEAD, '会议要求，第一，加强队伍建设，提升能力；第二，完善工作机制，压实责任；第四，强化督导检查，确保实效；第六，做好宣传引导，营造氛围。'))
    expect(six).toEqual([{ style: '第一', ordinals: [1, 2, 4] }])
  })
})
