/**
 * A paper's story reposted on a forum (local forums repost the day's paper
 * thread by thread), and the small lines a site prints around a story: a
 * form's labels with no value, a greeting, a call to follow the site. The
 * thread's title is the story's headline; the board's counters, the post's
 * controls and stamp, the reply box are interface; a site's report that
 * names its paper in brackets (秦楚网讯(十堰晚报)) is dated by the site and
 * credited after the brackets.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Dateline, Stamp } from '../../src/index'
import { articles, find, findAll } from '../helpers/tree'

const headlines = (input: string) => findAll(parseIssue(input), 'headline').map((node) => toString(node))
const LEAD = '本报讯(记者 王小川)昨日上午,市民张先生打来电话,称解放路口的一个井盖缺失。'

const THREAD = [
  '解放路口一井盖缺失',
  '',
  '[复制链接] 3',
  '回复',
  '1589',
  '查看',
  '打印 上一主题 下一主题',
  '',
  '2万',
  '',
  '主题',
  '',
  'Rank: 8Rank: 8',
  '积分',
  '20417',
  '跳转到指定楼层',
  '楼主',
  '发表于 2018-9-3 07:12:40 | 只看该作者 |倒序浏览 |阅读模式',
  '',
  LEAD,
  '一位过路的老人说,井盖丢了好几天了。',
  '分享到:  QQ空间QQ空间',
  '收藏收藏',
  '使用道具 举报',
  '您需要登录后才可以回帖 登录 | 立即注册',
  '快速回复 返回顶部 返回列表',
].join('\n')

describe('a story reposted on a forum', () => {
  it('the thread title is the headline; counters, controls and reply box are interface', () => {
    const issue = parseIssue(THREAD)
    expect(headlines(THREAD)).toEqual(['解放路口一井盖缺失'])
    const [article] = articles(issue)
    expect(article!.children.filter((node) => node.type === 'paragraph')).toHaveLength(2)
    expect(findAll(issue, 'paragraph').map((node) => toString(node))).not.toContain('1589')
    expect(issue.children.filter((node) => node.type === 'paragraph')).toEqual([])
  })

  it('the post’s stamp gives its date', () => {
    const stamp = find(parseIssue(THREAD), 'stamp') as Stamp
    expect(stamp.date).toMatchObject({ year: 2018, month: 9, day: 3 })
  })

  it('must not fire: a number in the story, a word of the forum in a sentence', () => {
    const text = `路灯亮了\n${LEAD}\n1589\n查看现场后,工作人员当天就补上了井盖。`
    const paragraphs = findAll(parseIssue(text), 'paragraph').map((node) => toString(node))
    expect(paragraphs).toContain('查看现场后,工作人员当天就补上了井盖。')
  })
})

describe('a forum’s archive and its noise against copying (d669, d670)', () => {
  const POST = ['旅菲祥古莲联乡会举行新春联欢晚会', '', '世界日报:旅菲祥古莲联乡会2月18日晚七时假座马尼拉华人区举行新春联欢晚会。', '', '秘书长蔡芳伟担任大会司仪。']

  it('the poster’s name before 发表于 and the date, the pages and the link to the full thread: interface and the stamp', () => {
    const input = ['菲龙网管理员8 发表于 2023-2-21 09:49', '', ...POST, '', '页: [1]', '查看完整版本: 旅菲祥古莲联乡会举行新春联欢晚会', ''].join('\n')
    const issue = parseIssue(input)
    expect(find(issue, 'stamp') as Stamp).toMatchObject({ date: { year: 2023, month: 2, day: 21 } })
    expect(headlines(input)).toEqual(['旅菲祥古莲联乡会举行新春联欢晚会'])
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['页: [1]', '查看完整版本: 旅菲祥古莲联乡会举行新春联欢晚会'])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it('a European forum’s day-first stamp, its note that the post was edited, the floor, the noise between lines', () => {
    const noise = ['. B; a) u- X/ I# f6 W. C  O* I$ z6 T', '5 E5 X9 i# [5 B9 p8 ]']
    const input = ['发表于 2.12.2009 09:33:24 | 只看该作者 |倒序浏览 |阅读模式', '本帖最后由 欧洲新报 于 2.12.2009 09:55 编辑', noise[0], '', ...POST.slice(0, 3), '', noise[1], '', POST[4], ''].join('\n')
    const issue = parseIssue(input)
    expect(find(issue, 'stamp') as Stamp).toMatchObject({ date: { year: 2009, month: 12, day: 2 } })
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['本帖最后由 欧洲新报 于 2.12.2009 09:55 编辑', ...noise])
    expect(headlines(input)).toEqual(['旅菲祥古莲联乡会举行新春联欢晚会'])
    // (The noise between the story's paragraphs stands in its text: the story goes on under it.)
    expect(findAll(articles(issue)[0]!, 'paragraph').map((node) => toString(node))).toContain(POST[4])
  })

  it('must not fire: a formula, an abbreviation list, a page count in a sentence', () => {
    const input = [...POST, '', 'x = y + z; a = b', '', 'U.S. and E.U. leaders met in N.Y. on Monday.', '', '本书共3页: 第1页是目录。', ''].join('\n')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })
})

describe('a site’s report naming its paper in brackets', () => {
  it('秦楚网讯(十堰晚报)记者 刘成臣 报道: the site is the source, the reporter credited after the brackets', () => {
    const dateline = find(parseIssue('井盖缺失\n秦楚网讯(十堰晚报)记者 刘成臣 报道:昨日上午,市民朱女士给本报打来电话。'), 'dateline') as Dateline
    expect(dateline.source).toBe('秦楚网讯')
    expect(findAll(dateline, 'credit').map((credit) => [credit.role, credit.names])).toEqual([['记者', ['刘成臣']]])
  })

  it('must not fire: credits in the brackets stay credits (南阳网讯(全媒体记者张琼), 昆明信息港讯(昆明日报 记者陈思伊))', () => {
    const first = find(parseIssue('好记者讲好故事\n南阳网讯(全媒体记者张琼)近日,选拔赛在郑州举行。'), 'dateline') as Dateline
    expect(findAll(first, 'credit').map((credit) => credit.names)).toEqual([['张琼']])
    const second = find(parseIssue('滇池治理\n昆明信息港讯(昆明日报 记者陈思伊)近日,滇池治理取得进展。'), 'dateline') as Dateline
    expect(findAll(second, 'credit').map((credit) => credit.names)).toEqual([['陈思伊']])
  })
})

describe('labels with no value, greetings, calls to follow', () => {
  it.each([
    ['律师搜索:\n省份: 城市:\n法律领域:'],
    ['本期发布:'],
    ['https://www.example.com/欢迎您!\n☆ 东江网 ☆欢迎您'],
    ['关注东江热线'],
    ['search'],
  ])('%s is interface, not the story’s heading', (lines) => {
    const text = `${lines}\n\n井盖缺失多日无人管\n\n${LEAD}`
    expect(headlines(text)).toEqual(['井盖缺失多日无人管'])
    const issue = parseIssue(text)
    expect(find(issue, 'kicker')).toBeUndefined()
    expect(issue.children.filter((node) => node.type === 'chrome').length).toBeGreaterThan(0)
  })

  it('must not fire: a kicker ending with a colon over its title (渭滨区峪泉路便民市场: / 市民有序购物)', () => {
    const issue = parseIssue(`渭滨区峪泉路便民市场:\n市民有序购物自觉佩戴口罩\n${LEAD}`)
    expect(toString(find(issue, 'kicker')!)).toBe('渭滨区峪泉路便民市场:')
    expect(toString(find(issue, 'headline')!)).toBe('市民有序购物自觉佩戴口罩')
  })

  it('must not fire: a greeting in a sentence, a call to follow in the story', () => {
    const text = `井盖缺失多日无人管\n\n${LEAD}\n\n店主笑着对每一位进门的顾客说,欢迎光临,欢迎您!\n\n关注民生是我们的责任。`
    const paragraphs = findAll(parseIssue(text), 'paragraph').map((node) => toString(node))
    expect(paragraphs).toEqual(expect.arrayContaining(['店主笑着对每一位进门的顾客说,欢迎光临,欢迎您!', '关注民生是我们的责任。']))
  })
})
