/**
 * A review of this release's reading rules on made-up pages (review 20:
 * 44 pages where a rule must not fire): the over-fires it found, each now a
 * must-not test — a record's bracketed fields in a story, a timeline's
 * dated line, a section title with an underscore, a reporter's column with
 * its time, two reporters parted by a spaced slash, a how-to's numbered
 * steps.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, find, findAll, readChecked as read } from '../helpers/tree'

const TITLE = '市图书馆推出古籍数字化服务'
const LEAD = '本报讯 5月9日，市图书馆推出古籍数字化服务，读者可在线查阅馆藏旧报。'

describe('a record’s bracketed fields: only in the record’s block', () => {
  it('【正文】 opening a line of a story: its text, the story goes on', () => {
    const issue = read([TITLE, LEAD, '【正文】部分由馆员逐字录入，读者可对照原版核对。', '据介绍，这项服务将陆续覆盖全部馆藏。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(3)
  })

  it('a search guide quoting 【标题】= 图片 and 【作者】= 画连生: the story’s text', () => {
    const issue = read([TITLE, LEAD, '检索时，记录会显示为：', '【标题】= 图片', '【作者】= 画连生', '读者点击记录即可查看原版。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('a dated line in a story’s timeline is no site stamp', () => {
  it('1980-05-01 延边 创刊延边日报: text, no stamp', () => {
    const issue = read(['延边日报发展历程', '本报讯 延边日报走过了七十多年的历程。', '1980-05-01 延边 创刊延边日报', '2017-06-15 报社 上线延边新闻网客户端'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('an underscore in a title is an alt text only with an image’s suffix', () => {
  it('城市更新进行时_老街新颜 under 城市更新进行时: a title, not interface', () => {
    const issue = read(['城市更新进行时', '本报讯 5月9日，我市城市更新工作推进会召开。', '城市更新进行时_老街新颜', '老街改造后，沿街商铺重新开张，市民纷纷前来打卡。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a byline before a time: only a byline’s names', () => {
  it('记者手记 2025-07-02 21:30: no byline naming 手记', () => {
    const issue = read(['全市防汛工作会议召开', '记者手记 2025-07-02 21:30', '本报讯 7月2日，全市防汛工作会议召开。'].join('\n'))
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('a spaced slash between two reporters is no filing place', () => {
  it('记者 张三 / 李四 报道: no dateline placed at 李四', () => {
    const issue = read(['春运首日发送旅客6万人次', '记者 张三 / 李四 报道', '春运首日，全市各客运站共发送旅客6万人次。'].join('\n'))
    expect(findAll(issue, 'dateline').map((d) => d.place)).not.toContain('李四')
  })
})

describe('a how-to’s numbered steps stay its text', () => {
  it('1. 注册 / 2. 登录 / 3. 搜索 in a story: no interface', () => {
    const issue = read([TITLE, LEAD, '使用方法如下：', '1. 注册', '2. 登录', '3. 搜索', '读者也可到馆咨询。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual([TITLE])
  })
})
