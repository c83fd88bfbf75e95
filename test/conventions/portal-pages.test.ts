/**
 * What portal and paper sites print around a story, met in part (ak)
 * (d567 北京商报's site, d570 东南快报 on 腾讯新闻):
 *   出处：北京商报 作者：吴其芸 网编：产经新闻中心 2026-09-20   the site's fields: 出处 a source label, 网编 an editor's
 *   2012年06月12日11:02东南快报我要评论(23)                   the stamp with its comment link's count
 *   资料图：台湾民间团体抗议教科书去中国化                     a file photo's caption
 *   X 分享到微信朋友圈 / 打开微信，点击底部的“发现”， / …      a share widget's dialog
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, find, findAll, readChecked, types } from '../helpers/tree'

const read = readChecked
const TITLE = '滑板车背诵、有道乐读等App因未公开个人信息收集使用规则等被通报'
const LEAD = '北京商报讯（记者 吴其芸）9月20日，记者从国家互联网信息办公室获悉，相关App被通报。'

describe('a portal page around its story', () => {
  it('出处： … 网编： … date under the title: one stamp, the title the headline', () => {
    const issue = read([TITLE, '出处：北京商报 作者：吴其芸 网编：产经新闻中心 2026-09-20', LEAD].join('\n'))
    expect(types(articles(issue)[0])).toEqual(['headline', 'stamp', 'paragraph'])
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2026, month: 9, day: 20 })
  })

  it('the date and time, the paper and its comment count (2012年06月12日11:02东南快报我要评论(23)): the stamp', () => {
    const issue = read(['台湾“教育部”要求教科书写明台湾属于中国', '2012年06月12日11:02东南快报我要评论(23)', '“立委”郑丽君昨日指出，“教育部”正讨论高中历史课本有关台湾史内容。'].join('\n'))
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2012, month: 6, day: 12 })
    expect(toString(find(issue, 'headline'))).toBe('台湾“教育部”要求教科书写明台湾属于中国')
  })

  it('资料图：…: a file photo’s caption', () => {
    const issue = read(['台湾“教育部”要求教科书写明台湾属于中国', '资料图：台湾民间团体抗议教科书去中国化', '“立委”郑丽君昨日指出，“教育部”正讨论高中历史课本有关台湾史内容。'].join('\n'))
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['资料图：台湾民间团体抗议教科书去中国化'])
  })

  it('a share widget’s dialog and the type-size buttons are interface, no title or text', () => {
    const issue = read([TITLE, 'A 大 中 小', '手机网页版', 'X 分享到微信朋友圈', '打开微信，点击底部的“发现”，', '使用“扫一扫”即可将网页分享至朋友圈。', LEAD].join('\n'))
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe(TITLE)
    expect(findAll(issue, 'chrome')).toHaveLength(5)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it('must not fire: 出处 in a sentence, and a story’s text about sharing, stay text', () => {
    const issue = read([TITLE, LEAD, '这句话的出处：《论语》，意思是学习要经常温习。', '市民可以打开微信，点击底部的“发现”，扫码参与活动。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('a site’s field row ending with the desk’s staff (part (af), d540 遂宁日报 on its site)', () => {
  const HEAD = '于旷野中走来 向新征程奔跑'
  const TEXT = '本报讯 全市召开会议，部署有关工作，要求各单位抓好落实。'

  it('2025-07-31 15:48:26 稿件来源:遂宁日报 编辑:王万川校对:赵丁责任编辑:郑红梅审核:张瑞灵: the stamp, then the staff line', () => {
    const issue = read([HEAD, '2025-07-31 15:48:26 稿件来源:遂宁日报 编辑:王万川校对:赵丁责任编辑:郑红梅审核:张瑞灵', TEXT].join('\n'))
    expect(types(articles(issue)[0])).toEqual(['headline', 'stamp', 'editorLine', 'paragraph'])
    const staff = find(issue, 'editorLine')!.children.filter((c) => c.type === 'credit').map((c) => [c.role, c.names])
    expect(staff).toEqual([['编辑', ['王万川']], ['校对', ['赵丁']], ['责任编辑', ['郑红梅']], ['审核', ['张瑞灵']]])
  })

  it('must not fire: a field row naming one editor among its fields stays as it was read (来源:南海网 编辑:林妙展 2009-08-13)', () => {
    const issue = read([HEAD, '2009年08月13日 14:57 来源:南海网 编辑:林妙展 阅读:35', TEXT].join('\n'))
    expect(findAll(issue, 'editorLine').flatMap((l) => l.children.filter((c) => c.type === 'credit'))).toHaveLength(1)
  })
})

describe('an app’s dialog on how to open the page, and a comment box under the story (part (ao), d588 分宜县融媒体中心)', () => {
  const TITLE = '洋江镇：定成员，锻造理事“主心骨”'
  const BODY = '沿着蜿蜒的山路进入桥背村，脚下是平整的柏油路，村内干净整洁。'

  it('打开APP / 2步打开 媒体云APP / • 点击右上角“…” 按钮 / • 使用浏览器/Safari打开 over the title: interface, no kicker', () => {
    const issue = read(['打开APP', '2步打开 媒体云APP', '  • 点击右上角“…” 按钮', '  • 使用浏览器/Safari打开', '', TITLE, '', BODY].join('\n'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([TITLE])
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('最新评论 / 来说两句吧... / 已有0人参与,点击查看更多精彩评论 / 加载中。。。。 under the story: interface, no story of their own', () => {
    const issue = read([TITLE, BODY, '最热评论', '最新评论', '来说两句吧...', '已有0人参与,点击查看更多精彩评论', '加载中。。。。'].join('\n'))
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'chrome')).toHaveLength(5)
  })

  it('must not fire: a story telling readers to open a page in their browser says it in a sentence (请使用浏览器打开链接后填写。)', () => {
    const issue = read([TITLE, '本报讯 报名方式：请使用浏览器打开链接后填写报名表。', '使用浏览器打开后，按提示操作即可。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('must not fire: a sentence opening with the comment box’s words is the story’s (网友评论称赞此举暖心)', () => {
    const issue = read([TITLE, BODY, '网友评论称赞此举暖心'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})
