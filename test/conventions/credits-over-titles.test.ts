/**
 * A credit printed over the story's title: a clipping export's author at the end of its page
 * line, a Markdown file's author field, a byline standing over the title (byline.ts
 * creditOverTitle); a translator's credit (编译/X); a site's type size buttons among its controls.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page } from '../helpers/tree'

const credit = (issue: ReturnType<typeof parseIssue>) => find(issue, 'byline')?.children.find((c) => c.type === 'credit')
const TEXT = '深圳曾是中国大陆改革开放的先驱，现在又由于新创产业繁荣，成为大陆城市经济发展模式的新样板。'

describe('a credit over the title (byline.ts creditOverTitle)', () => {
  it('本报记者 张三 / title / text: the story the credit opened takes the title', () => {
    const input = page('本报记者 张三', '市区暴雨道路积水严重', '昨日，市区暴雨，道路积水严重，行人与机动车只能行驶在狭窄的路面上。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(find(issue, 'headline')).toBeDefined()
    expect(credit(issue)).toMatchObject({ names: ['张三'] })
    expectSource(input, issue)
  })

  it('must not fire: a page header between (a credit carried over from the page before), a title with its own byline, a numbered section’s head', () => {
    const overHeader = parseIssue(page('本报记者 张雪芳', '第3版 要闻', '背街小巷换新颜', '本报讯 今年以来，我市对背街小巷进行了集中整治。'))
    expect(find(articles(overHeader).at(-1)!, 'byline')).toBeUndefined()
    const ownByline = parseIssue(page('本报记者 张雪芳', '背街小巷换新颜', '本报记者 李明', '今年以来，我市对背街小巷进行了集中整治。'))
    expect(findAll(articles(ownByline).at(-1)!, 'byline')).toHaveLength(1)
    const numbered = parseIssue(page('本报记者 张雪芳', '一、基本情况', '今年以来，我市对背街小巷进行了集中整治。', '二、存在问题', '部分小巷排水不畅。'))
    expect(find(numbered, 'headline')).toBeUndefined()
  })

  it('must not fire: a credit closing the story above stays its signature; the next title opens a story of its own', () => {
    const issue = parseIssue(page('老旧小区改造惠及万户', `${TEXT}（记者 张三）`, '市区暴雨道路积水严重', '昨日，市区暴雨，道路积水严重。'))
    expect(articles(issue)).toHaveLength(2)
    expect(find(articles(issue)[1]!, 'byline')).toBeUndefined()
  })
})

describe('a clipping export’s author at the end of its page line (page-header.ts readPageHeader)', () => {
  const HEADER = ['224 .經濟日報(臺灣) | 發行量/接觸人次: 250,000 | 2019-05-11']

  it('報章 |  S02 |新創夢奇地 |By 編譯／趙榮琳: the page header, and the byline of the title under it', () => {
    const input = [...HEADER, '報章 |  S02 |新創夢奇地 |By 編譯／趙榮琳', '字數: 899 words', '磁吸跨國企業、人才、資金  新創之都深圳 挑戰矽谷', TEXT, ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(find(issue, 'headline')).toBeDefined()
    expect(credit(issue)).toMatchObject({ role: '編譯', names: ['趙榮琳'] })
    expect(findAll(issue, 'pageHeader').some((header) => header.section === '新創夢奇地')).toBe(true)
    expectSource(input, issue)
  })

  it('|By 記者張國威: a credit with its role', () => {
    const issue = parseIssue([...HEADER, '報章 | A13 |兩岸 |By 記者張國威', '字數: 861 words', '陸委會：兩岸交流應對等', TEXT, ''].join('\n'))
    expect(toString(find(issue, 'headline')!)).toBe('陸委會：兩岸交流應對等')
    expect(credit(issue)).toMatchObject({ role: '記者', names: ['張國威'] })
  })

  it('|By 王軍: a name alone', () => {
    const issue = parseIssue([...HEADER, '報章 |', '06 |深度報道 |By 王軍', '字數: 1710 words', '“一針一線”繡出發展空間', TEXT, ''].join('\n'))
    expect(credit(issue)).toMatchObject({ names: ['王軍'] })
  })

  it('must not fire: |By naming no person (|By 綜合) leaves the page line whole', () => {
    const issue = parseIssue([...HEADER, '報章 |  S02 |新創夢奇地 |By 綜合', '磁吸跨國企業、人才、資金', TEXT, ''].join('\n'))
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

describe('a Markdown file’s author field (markdown.ts authorField)', () => {
  const file = (author: string) => ['---', 'title: "社工承認非法集結"', 'date: "2020-07-16"', `author: "${author}"`, 'category: "眾聞"', '---', '', '# 社工承認非法集結', '', TEXT, ''].join('\n')

  it('author: "記者邢穎琦": the byline, over the title', () => {
    const input = file('記者邢穎琦')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(credit(issue)).toMatchObject({ role: '記者', names: ['邢穎琦'] })
    expectSource(input, issue)
  })

  it('author: 记者张雪芳, unquoted: the byline too, the key no title', () => {
    const input = ['---', 'title: "小区停水通知"', 'author: 记者张雪芳', '---', '', '# 小区停水通知', '', TEXT, ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline')!)).toBe('小区停水通知')
    expect(credit(issue)).toMatchObject({ role: '记者', names: ['张雪芳'] })
    expectSource(input, issue)
  })

  it('must not fire: a paper’s name in the field (author: "申报") is interface', () => {
    const issue = parseIssue(file('申报'))
    expect(find(issue, 'byline')).toBeUndefined()
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('a translator’s credit and a site’s type size buttons', () => {
  it('编译/赵荣琳 under the title: the byline', () => {
    const issue = parseIssue(page('新创之都深圳 挑战硅谷', '编译/赵荣琳', TEXT))
    expect(credit(issue)).toMatchObject({ role: '编译', names: ['赵荣琳'] })
  })

  it('0 收藏 打印 增大字体 减小字体 under the site’s fields: interface, not the title', () => {
    const issue = parseIssue(page('2016年06月17日 来源:河池日报', '0 收藏 打印 增大字体 减小字体', `金城江讯 ${TEXT}`))
    expect(find(issue, 'headline')).toBeUndefined()
  })
})
