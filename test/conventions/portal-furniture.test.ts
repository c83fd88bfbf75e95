/**
 * What news portals and trade papers' e-papers print around a story, met in parts (bi) and (bj) (d688 中国石化报,
 * d690 长江网, d695 成都晚报's platform):
 *   > 社会 > / 正文 >“超级黄金周” 成都2万余警力保平安    a breadcrumb whose home page the copy dropped, its last step
 *                                                    the story's title: interface, the title printed under it heads
 *   大漠深处孕育探区“新火种”2026年03月03日 来源:         a title glued to its date and the site's field: title and stamp
 *   ![]() 日期检索                                     an image's mark with the page's control after it: interface
 *   您的当前位置：新闻中心 > 武汉                         a crumb's label: interface
 *   长江网10月4日讯（记者陈智 整合）                      a reporter who put the story together: the credit, 整合 no name
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, creditsOf, find, findAll, page, readChecked as read, chromeLines as chrome, headlinesOf as headlines } from '../helpers/tree'

const TITLE = '“超级黄金周” 成都2万余警力保平安'
const LEAD = '成都晚报记者昨日从成都市公安局获悉,在刚刚过去的国庆中秋“超级黄金周”,2万余名民警坚守一线,使全市社会治安环境平安祥和。'
const MORE = '10月1日12时10分左右,大邑县公安局斜源派出所接到群众报警称,江源村山崖下发现一辆电动三轮车。'


describe('a breadcrumb the copy cut', () => {
  it('its steps between the marks, the home page dropped, and its last step with the story’s title after it, are interface', () => {
    const input = page('> 社会 >', `正文 >${TITLE}`, TITLE, LEAD, MORE)
    expect(chrome(input)).toEqual(expect.arrayContaining(['> 社会 >', `正文 >${TITLE}`]))
    expect(headlines(input)).toEqual([TITLE])
  })

  it('not under a story’s title or text: a route or a menu’s path a story gives (路线如下： / > 西安 >, review 30)', () => {
    const input = page('丝路自驾游攻略', '作者：老驴', '第一段路线如下：', '> 西安 >', '> 兰州 >', '全程约1200公里,建议用时四天。')
    expect(chrome(input)).toEqual([])
  })

  it('not where the title after 正文 is printed nowhere else: the line stays the page’s title (review 30)', () => {
    expect(chrome(page('> 社会 >', '正文 >男子高速逆行被查处', '2023-05-06 10:12 来源：交通安全报', MORE))).not.toContain('正文 >男子高速逆行被查处')
  })

  it('not a line of the text that opens with a mark or names the text', () => {
    for (const line of ['正文部分共分三章,详细介绍了改革方案。', '正文：见附件']) expect(chrome(page(TITLE, LEAD, line, MORE)), line).not.toContain(line)
  })
})

describe('a title glued to its date and the site’s field', () => {
  it('is the title, then the stamp (d688)', () => {
    const issue = read(page('大漠深处孕育探区“新火种”2026年03月03日 来源:', '本报讯 2月28日,早春的内蒙古巴丹吉林沙漠腹地,依然寒风如刀、黄沙漫卷。', MORE))
    expect(articles(issue).map((article) => toString(find(article, 'headline')))).toEqual(['大漠深处孕育探区“新火种”'])
    expect(find(issue, 'stamp')?.date).toMatchObject({ year: 2026, month: 3, day: 3 })
  })

  it('not where a field’s label opens the line: the site’s fields throughout (发布者：校办2024年…, review 30)', () => {
    const issue = read(page('学术报告会通知', '发布者：校办2024年06月20日 来源：校园网', '本报讯 6月25日下午,学校将举行学术报告会。'))
    expect(findAll(issue, 'headline').map((node) => toString(node))).toEqual(['学术报告会通知'])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('not where a phrase runs on into the date: a sentence’s', () => {
    const issue = read(page(TITLE, LEAD, '会议定于2026年03月03日 来源:市政府办公室', MORE))
    expect(findAll(issue, 'headline').map((node) => toString(node))).toEqual([TITLE])
  })
})

describe('an image’s mark, a crumb’s label', () => {
  it('an image’s Markdown mark with a control after it is interface (d688: ![]() 日期检索)', () => {
    const input = page('![]() 日期检索', TITLE, LEAD)
    expect(chrome(input)).toContain('![]() 日期检索')
    expect(headlines(input)).toEqual([TITLE])
  })

  it('not with a caption after it', () => {
    expect(chrome(page(TITLE, LEAD, '![]() 图为民警在街头执勤。', MORE))).not.toContain('![]() 图为民警在街头执勤。')
  })

  it.each(['您的当前位置：新闻中心 > 武汉'])('%s is interface', (line) => {
    const input = page(line, TITLE, '2020-10-04 20:30 来源: 长江网', LEAD)
    expect(chrome(input)).toContain(line)
    expect(find(read(input), 'kicker')).toBeUndefined()
  })
})

describe('a reporter who put the story together (整合)', () => {
  it('closes the dateline’s credit as 整理 does, no name of its own (d690)', () => {
    const issue = read(page('外媒眼中的武汉长假：蓬勃发展，欢声笑语', '长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半，但外媒关注武汉的热度不减。'))
    expect(creditsOf(find(issue, 'dateline'))).toEqual([['记者', ['陈智']]])
  })

  it('the word in a sentence is the sentence’s', () => {
    const issue = read(page(TITLE, LEAD, '该局整合资源,服务群众,取得明显成效。'))
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})
