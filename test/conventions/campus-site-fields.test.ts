/**
 * What mainland university news sites and a county site print around their stories, met in parts (en) and (eo)
 * (d1028 集宁师范学院, d1029 河北大学新闻传播学院, d1025 宁海新闻网):
 *   发布者:党委宣传部供稿:经管系编辑:辛慧峰责任编辑:杨瑞芳      a row of the site's fields glued together: the staff line
 *   录入: 袁慧敏   责任编辑: 袁慧敏   稿源: 宁海新闻网           who keyed the story in among the fields: a staff credit
 *   首页- 学院新闻                                           the home page and the channel after a dash: interface
 *   http://www.nhnews.com.cn   宁海新闻网   2015年07月17日 08:52:28   the site's address, name and time: its stamp
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, find, findAll, page, readChecked as read, chromeLines as chrome } from '../helpers/tree'

const LEAD = '为提高学生的综合素质,拓展大学生思维,由团委主办的“爱我内蒙古”半决赛于11月4日在泉山校区主教楼举行。'
const staff = (input: string) => findAll(read(input), 'editorLine').flatMap((line) => findAll(line, 'credit').map((credit) => `${credit.role}:${credit.names.join('、')}`))

describe('a row of the site’s fields glued together', () => {
  it('who posted and supplied it, then its editors: the staff line, the story under it untitled (d1028)', () => {
    const input = `发布者:党委宣传部供稿:经管系编辑:辛慧峰责任编辑:杨瑞芳\n${LEAD}\n`
    expect(staff(input)).toEqual(['编辑:辛慧峰', '责任编辑:杨瑞芳'])
    const stories = articles(read(input))
    expect(stories).toHaveLength(1)
    expect(find(stories[0]!, 'headline')).toBeUndefined()
  })

  it('set apart by spaces: the same staff line', () => {
    expect(staff(`发布者:党委宣传部 供稿:经管系 编辑:辛慧峰 责任编辑:杨瑞芳\n${LEAD}\n`)).toEqual(['编辑:辛慧峰', '责任编辑:杨瑞芳'])
  })

  it('not fields that name an office as the editor: 供稿:经管系编辑:新闻中心 names no one', () => {
    expect(staff(`发布者:党委宣传部供稿:经管系编辑:新闻中心\n${LEAD}\n`)).toEqual([])
  })

  it('still two fields a semicolon parts: 责任编辑：李明徽；主编：公培佳, both the staff line’s (d813)', () => {
    expect(staff(page('幼儿园事件调查', LEAD, '责任编辑：李明徽；主编：公培佳'))).toEqual(['责任编辑:李明徽', '主编:公培佳'])
  })
})

describe('who keyed the story in, among the site’s fields', () => {
  it('录入: 袁慧敏   责任编辑: 袁慧敏   稿源: 宁海新闻网: two staff credits (d1025)', () => {
    expect(staff(page('力洋镇钦寸水库移民乐当新宁海人', LEAD, '录入: 袁慧敏   责任编辑: 袁慧敏   稿源: 宁海新闻网'))).toEqual(['录入:袁慧敏', '责任编辑:袁慧敏'])
  })
})

describe('the home page and the channel after a dash', () => {
  it('首页- 学院新闻 over the site’s stamp: interface, the title under it the story’s (d1029)', () => {
    const input = page('首页- 学院新闻\n2019-03-05 18:29:21 来源:本站原创', '“晋察冀日报研究室”成立座谈会暨图书捐赠仪式顺利举行', LEAD)
    expect(chrome(input)).toContain('首页- 学院新闻')
  })

  it('not a title that only opens with the word: 首页-尾页之间的故事：记一位老校对 stays a title', () => {
    expect(chrome(page('首页-尾页之间的故事：记一位老校对的一天', LEAD))).toEqual([])
  })
})

describe('the site’s address, its name, then the date and time', () => {
  const TITLE = '力洋镇钦寸水库移民乐当新宁海人'
  const BODY = '宁海新闻网讯(通讯员叶瑞) “庄书记,作为新宁海人,这次我们也要全力防台救灾!”这是台风来临时移民们说的话。'

  it('http://… 宁海新闻网 2015年07月17日 08:52:28 under the title: the stamp, dated that day, no caption (d1025)', () => {
    const stamp = find(read(page(`${TITLE}\nhttp://www.nhnews.com.cn   宁海新闻网   2015年07月17日 08:52:28`, BODY)), 'stamp')
    expect([stamp?.date?.year, stamp?.date?.month, stamp?.date?.day]).toEqual([2015, 7, 17])
    expect(findAll(read(page(`${TITLE}\nhttp://www.nhnews.com.cn   宁海新闻网   2015年07月17日 08:52:28`, BODY)), 'caption')).toEqual([])
  })

  it('not a sentence naming the site and a date: 欢迎访问 www.nhnews.com.cn 宁海新闻网 2015年07月17日 起改版 is no stamp', () => {
    expect(find(read(page(TITLE, '欢迎访问 www.nhnews.com.cn 宁海新闻网 2015年07月17日 起改版。', BODY)), 'stamp')).toBeUndefined()
  })
})
