/**
 * More ordinal list families run into a paragraph: 一、二、三、, 1. 2. 3.,
 * ① ②, 其一/其二/其三 — and what looks like them but is not a run
 * (一、二级, a single 1., decimals such as 1.6公里).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { List } from '../../src/index'
import { expectSource, find, findAll, page, types } from '../helpers/tree'

const HEADLINE = '全市春耕工作推进会召开'
const items = (list: List) => list.children.map((item) => [item.ordinal, item.marker, toString(item)])

/** The lead paragraph of `lead`, parsed and checked. */
function lead(body: string) {
  const input = page(HEADLINE, `本报讯 ${body}`)
  const issue = parseIssue(input)
  expectSource(input, issue)
  const paragraph = find(issue, 'paragraph')!
  expect(toString(paragraph)).toBe(`本报讯 ${body}`)
  return paragraph
}

describe('lists: where they fire', () => {
  it('一、二、三、 run in after a colon', () => {
    const paragraph = lead('会议要求：一、提高认识，统一思想；二、压实责任，狠抓落实；三、加强督导，确保实效。')
    expect(types(paragraph)).toEqual(['dateline', 'text', 'list'])
    const list = find(paragraph, 'list')!
    expect(list.style).toBe('一、')
    expect(items(list)).toEqual([
      [1, '一、', '一、提高认识，统一思想；'],
      [2, '二、', '二、压实责任，狠抓落实；'],
      [3, '三、', '三、加强督导，确保实效。'],
    ])
  })

  it('1. 2. 3.', () => {
    const paragraph = lead('会议要求：1.提高认识，统一思想；2.压实责任，狠抓落实；3.加强督导，确保实效。')
    const list = find(paragraph, 'list')!
    expect(list.style).toBe('1.')
    expect(items(list)).toEqual([
      [1, '1.', '1.提高认识，统一思想；'],
      [2, '2.', '2.压实责任，狠抓落实；'],
      [3, '3.', '3.加强督导，确保实效。'],
    ])
  })

  it('1. 2. with a space after the marker', () => {
    const list = find(lead('会议要求：1. 提高认识，统一思想；2. 压实责任，狠抓落实。'), 'list')!
    expect(items(list).map(([n, m]) => [n, m])).toEqual([
      [1, '1.'],
      [2, '2.'],
    ])
  })

  it('1.6公里 inside an item is not a marker', () => {
    const list = find(lead('会议要求：1.新建道路1.6公里，年底完工；2.改造桥梁3座，汛前完成。'), 'list')!
    expect(items(list)).toEqual([
      [1, '1.', '1.新建道路1.6公里，年底完工；'],
      [2, '2.', '2.改造桥梁3座，汛前完成。'],
    ])
  })

  it('① ② ③', () => {
    const list = find(lead('会议要求：①提高认识，统一思想；②压实责任，狠抓落实；③加强督导。'), 'list')!
    expect(list.style).toBe('①')
    expect(items(list)).toEqual([
      [1, '①', '①提高认识，统一思想；'],
      [2, '②', '②压实责任，狠抓落实；'],
      [3, '③', '③加强督导。'],
    ])
  })

  it('其一，其二，其三，', () => {
    const paragraph = lead('会议认为，其一，思想认识不到位；其二，责任落实不到位；其三，督导检查不到位。')
    const list = find(paragraph, 'list')!
    expect(list.style).toBe('其一')
    expect(items(list)).toEqual([
      [1, '其一', '其一，思想认识不到位；'],
      [2, '其二', '其二，责任落实不到位；'],
      [3, '其三', '其三，督导检查不到位。'],
    ])
    expect(toString(paragraph.children[1])).toBe(' 会议认为，')
  })
})

describe('lists: where they must not fire', () => {
  const noList = (body: string) => {
    const paragraph = lead(body)
    expect(findAll(paragraph, 'list')).toEqual([])
  }

  it('一、二级 and 一、二等奖: an enumeration of numerals', () => noList('本次比赛设一、二级指标，共评出一、二等奖十名。'))

  it('a single 1.', () => noList('会议要求：1.提高认识，统一思想，确保各项工作落到实处。'))

  it('decimals only: 1.6公里, 2.5万人, 3.2亿元', () => noList('新建道路全长1.6公里，2.5万人受益，工程投资3.2亿元。'))

  it('a single 其一', () => noList('会议认为，其一，思想认识不到位。'))

  it('a single ①', () => noList('会议要求：①提高认识，统一思想。'))
})

describe('一为…二为… (part (bj), d693 波新聞: 一為立體創意賽神豬,…;二為畫我客家著色比賽,…)', () => {
  it('opening clauses, in order: a list of the 一为 family, each item its marker', () => {
    const paragraph = lead('活动分为两项,一为立体创意赛神猪,让参赛者自由发挥创意;二为画我客家着色比赛,以义民祭文化为着色主题。')
    const list = find(paragraph, 'list')!
    expect(list.style).toBe('一为')
    expect(items(list).map(([ordinal, marker]) => [ordinal, marker])).toEqual([
      [1, '一为'],
      [2, '二为'],
    ])
  })

  it('not inside a word, nor alone: 合二为一, 统一为, a single 一为', () => {
    for (const body of ['两个机构合二为一,统一为市民服务。', '这次活动一为庆祝节日。', '全市标准统一为三级,二为过渡。']) {
      expect(findAll(lead(body), 'list'), body).toEqual([])
    }
  })
})

describe('digits in brackets and digits with the enumeration comma', () => {
  it('（1）…；（2）…；（3）… run in after a colon: one list, style (1), the brackets as printed', () => {
    const paragraph = lead('会议要求：（1）提高认识；（2）压实责任；（3）强化督导。')
    const list = find(paragraph, 'list')!
    expect(list.style).toBe('(1)')
    expect(items(list).map(([ordinal, marker]) => [ordinal, marker])).toEqual([[1, '（1）'], [2, '（2）'], [3, '（3）']])
  })

  it('1、…；2、…；3、…: one list, style 1、', () => {
    const list = find(lead('会议要求：1、提高认识；2、压实责任；3、强化督导。'), 'list')!
    expect(list.style).toBe('1、')
    expect(list.children).toHaveLength(3)
  })

  it('must not fire: months and lines numbered in a sentence (1、2月份, 1、2号线) are no run', () => {
    expect(findAll(lead('今年1、2月份，全市经济运行平稳。'), 'list')).toEqual([])
    expect(findAll(lead('地铁1、2、3号线今天起延长运营时间。'), 'list')).toEqual([])
  })

  it('must not fire: a class in brackets after its grade (三年级（2）班) opens no item', () => {
    expect(findAll(lead('三年级（2）班和（3）班的学生参加了活动。'), 'list')).toEqual([])
  })
})

describe('markers opening lines, the items with no closing mark', () => {
  it('一、… ⏎ 二、… ⏎ 三、…, each item on its own line with no closing mark: one list of three', () => {
    const input = `${HEADLINE}\n本报讯 会议提出三点要求：\n一、加强组织领导，明确责任分工\n二、完善工作机制，形成工作合力\n三、强化督查考核，严肃追责问责\n`
    const issue = parseIssue(input)
    const list = find(issue, 'list')!
    expect(list.style).toBe('一、')
    expect(list.children.map((item) => toString(item).trim())).toEqual(['一、加强组织领导，明确责任分工', '二、完善工作机制，形成工作合力', '三、强化督查考核，严肃追责问责'])
    expectSource(input, issue)
  })

  it('must not fire: a line wrapped before 1、2月份 opens no run', () => {
    const input = `${HEADLINE}\n本报讯 据统计，今年\n1、2月份全市经济运行平稳，\n各项指标好于预期。\n`
    expect(findAll(parseIssue(input), 'list')).toEqual([])
  })
})
