/**
 * What the sites of Southeast Asian Chinese papers and a Taiwan local site
 * print, met in part (ar) (d601–d606: 国际日报, 柬中时报, 柬华日报, 印华日报,
 * 千岛日报, 台東電子報):
 *   Cc time gif / Banner app copy / Yearend1200x200      an image's alt texts over the page: interface
 *   (金边讯)第十届…, 【苏加巫眉讯】…                       a place alone before 讯: the dateline's place
 *   记者: / 周嘉豪                                       a reporter's label over a name: the byline
 *   【台東電子報】記者 楊伊杏/台東報導                     a site's tag, its reporter filing from a place
 *   [台東電子報]記者 楊伊杏/台東報導                       the same in square brackets, as the web copy prints them
 *   分類彙整: 2022選情新聞                                a blog's archive label: interface
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, creditsOf, find, findAll, readChecked as read } from '../helpers/tree'

const TITLE = '习近平会见世华社团联谊大会代表 柬华理事总会获“华社之光”荣誉'
const LEAD = '第十届世界华侨华人社团联谊大会向柬华理事总会颁授“华社之光”荣誉。'

describe('Latin lines at a Chinese page’s top', () => {
  it('Cc time gif / Banner app copy / Yearend1200x200 over the title: interface, the title the headline', () => {
    const issue = read(['Cc time gif', 'Banner app copy', 'Yearend1200x200', '', TITLE, '', `(金边讯)${LEAD}`].join('\n'))
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toEqual(['Cc time gif', 'Banner app copy', 'Yearend1200x200'])
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([TITLE])
  })

  it('must not fire: a page in English throughout keeps its lines', () => {
    expect(findAll(read(['China Daily', 'City opens new metro line', 'The new line links the airport with the city centre.'].join('\n')), 'chrome')).toEqual([])
  })
})

describe('a place alone before 讯 in brackets', () => {
  it('(金边讯)…, 【苏加巫眉讯】…, 泗水讯——…: the dateline’s place, no source', () => {
    for (const [opening, place] of [['(金边讯)', '金边'], ['【苏加巫眉讯】', '苏加巫眉'], ['（吉隆坡讯）', '吉隆坡'], ['泗水讯——', '泗水']] as const) {
      const dateline = find(read([TITLE, `${opening}${LEAD}`].join('\n')), 'dateline')!
      expect(dateline.place).toBe(place)
      expect(dateline.source).toBeUndefined()
    }
  })

  it('must not fire: 讯 and a dash in a sentence, not opening the line, is the text’s (据泗水讯——…)', () => {
    expect(findAll(read([TITLE, '另据泗水讯——当地华社昨日举行庆典，各界人士出席。'].join('\n')), 'dateline')).toEqual([])
  })

  it('must not fire: a desk’s tag before a title (商丘讯)注意安全 stays the title; an outlet’s name is the source (【香港商报讯】)', () => {
    expect(articles(read(['(商丘讯)注意安全', '', '神火大道车流量较大，提醒市民注意交通安全。'].join('\n'))).map((a) => toString(find(a, 'headline')))).toEqual(['(商丘讯)注意安全'])
    expect(find(read([TITLE, `【香港商报讯】${LEAD}`].join('\n')), 'dateline')!.source).toBe('香港商报讯')
  })
})

describe('a credit’s role alone with its colon over the name', () => {
  it('记者: / 周嘉豪 under the title: the byline, 记者 周嘉豪', () => {
    const issue = read([TITLE, '记者:', '周嘉豪', `(金边讯)${LEAD}`].join('\n'))
    expect(findAll(issue, 'byline').flatMap(creditsOf)).toEqual([['记者', ['周嘉豪']]])
  })

  it('not yet: a given name alone (d602’s 记者: / 嘉豪) reads as no name, so no byline (see review 19: 记者: / 好的)', () => {
    expect(findAll(read([TITLE, '记者:', '嘉豪', `(金边讯)${LEAD}`].join('\n')), 'byline').flatMap(creditsOf)).not.toContainEqual(['记者', ['嘉豪']])
  })

  it('must not fire: 记者: over a sentence, or with a blank line between, is no byline', () => {
    expect(findAll(read([TITLE, '记者:', '今天下午市政府召开新闻发布会。'].join('\n')), 'byline')).toEqual([])
    expect(findAll(read([TITLE, '记者:', '', '嘉豪', '', LEAD].join('\n')), 'byline').flatMap(creditsOf)).not.toEqual([['记者', ['嘉豪']]])
  })
})

describe('a site’s tag in lenticular brackets, its reporter filing from a place', () => {
  it('【台東電子報】記者 楊伊杏/台東報導 over the lead: the dateline, the site its source', () => {
    const issue = read(['前台東縣長陳建年推薦洪宗楷', '', '【台東電子報】記者 楊伊杏/台東報導', '', '「阿楷，你很優秀，但請再等四年吧！」二○一八的冬天，許多人為了他落淚。'].join('\n'))
    const dateline = find(issue, 'dateline')!
    expect(dateline.source).toBe('台東電子報')
    expect(dateline.place).toBe('台東')
    expect(creditsOf(dateline)).toEqual([['記者', ['楊伊杏']]])
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual(['前台東縣長陳建年推薦洪宗楷'])
  })
})

describe('square brackets as a web copy prints lenticular ones: [台東電子報] (d606)', () => {
  const STORY = '「阿楷，你很優秀，但請再等四年吧！」二○一八的冬天，許多人為了他落淚。'

  it('[台東電子報]記者 楊伊杏/台東報導 over the lead: the dateline, as 【台東電子報】', () => {
    const issue = read(['前台東縣長陳建年推薦洪宗楷', '', '[台東電子報]記者 楊伊杏/台東報導', '', STORY].join('\n'))
    const dateline = find(issue, 'dateline')!
    expect([dateline.source, dateline.place]).toEqual(['台東電子報', '台東'])
    expect(creditsOf(dateline)).toEqual([['記者', ['楊伊杏']]])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('[連網]1月29日…, [本报讯]5月9日…, [新华社北京5月9日电]…: the source in the brackets', () => {
    for (const [lead, source] of [
      ['[連網]1月29日航拍的連云港北疏港高速公路墟溝互通。', '連網'],
      ['[本报讯]5月9日，市民广场改造完工，市民纷纷前来游玩。', '本报讯'],
      ['[新华社北京5月9日电]一季度，我国经济运行稳中向好。', '新华社'],
    ] as const) {
      const issue = read(['市民广场改造完工', lead].join('\n'))
      expect(find(issue, 'dateline')?.source, lead).toBe(source)
      expect(findAll(issue, 'subheadline'), lead).toEqual([])
    }
  })

  it('[台東電子報] 記者 楊伊杏/台東報導, a space after the brackets: the same dateline', () => {
    const issue = read(['全縣啟動秋季植樹活動', '[台東電子報] 記者 楊伊杏/台東報導', '縣府今天表示，今年秋季計畫植樹10萬株。'].join('\n'))
    const dateline = find(issue, 'dateline')!
    expect([dateline.source, dateline.place]).toEqual(['台東電子報', '台東'])
    expect(creditsOf(dateline)).toEqual([['記者', ['楊伊杏']]])
  })

  it('must not fire: square brackets elsewhere are the marks they were, not a tag or a kicker (an emoji’s code, an author’s era, a page’s label)', () => {
    for (const lines of [
      ['[微笑]这届年轻人为何爱上“特种兵式旅游”', '5月9日，记者走访发现，不少年轻人利用周末出游。'],
      ['[唐]李白《静夜思》', '床前明月光，疑是地上霜。'],
      ['[郑州晚报]今日导读', '郑州地铁6号线一期今日开通'],
    ]) {
      const issue = read(lines.join('\n'))
      expect(findAll(issue, 'dateline'), lines[0]).toEqual([])
      expect(findAll(issue, 'columnTag'), lines[0]).toEqual([])
    }
  })

  it('must not fire: a read-more link, a footnote mark, a Markdown link or a bracketed name in a sentence is no dateline', () => {
    for (const lines of [
      ['市民广场改造完工', '本报讯 5月9日，市民广场改造完工。', '[详细]'],
      ['市民广场改造完工', '本报讯 5月9日，市民广场改造完工[1]。', '[1] 见本报5月8日报道。'],
      ['市民广场改造完工', '[市民广场](https://example.com/a.html) 5月9日改造完工。'],
      ['市民广场改造完工', '5月9日，市民在[市民广场]散步，广场改造完工。'],
    ]) {
      const issue = read(lines.join('\n'))
      expect(findAll(issue, 'dateline').filter((d) => d.source !== '本报讯'), lines.join('⏎')).toEqual([])
    }
  })
})

describe('a blog’s archive label', () => {
  it('分類彙整: 2022選情新聞 over the title: interface, no kicker', () => {
    const issue = read(['分類彙整: 2022選情新聞', '', '前台東縣長陳建年推薦洪宗楷', '', '「阿楷，你很優秀，但請再等四年吧！」二○一八的冬天，許多人落淚。'].join('\n'))
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toEqual(['分類彙整: 2022選情新聞'])
  })

  it('must not fire: a sentence opening with 分类 is the text’s (分类汇总工作今日完成。)', () => {
    expect(findAll(read(['垃圾分类推进会召开', '分类汇整：全市已完成垃圾分类小区三百个，覆盖居民十万户，各区进度不一。'].join('\n')), 'chrome')).toEqual([])
  })
})

describe('an outlet’s 消息 in lenticular brackets (d603: 【本报消息】26日下午,…)', () => {
  it('【本报消息】26日下午,…: the dateline, its source 本报消息 and the lead’s day', () => {
    const dateline = find(read(['中国侨联联谊联络部亚洲处举办青年委员在线交流会', '【本报消息】26日下午，中国侨联联谊联络部亚洲处举行青年委员在线交流会。'].join('\n')), 'dateline')!
    expect(dateline.source).toBe('本报消息')
    expect(dateline.date).toMatchObject({ day: 26 })
  })

  it('must not fire: 消息 in brackets after a word that names no outlet (【最新消息】…) is no dateline', () => {
    expect(findAll(read(['交流会举行', '【最新消息】26日下午，交流会在线举行。'].join('\n')), 'dateline')).toEqual([])
  })
})

describe('the photos an e-paper’s article page lists between the title and the lead (d601, 国际日报)', () => {
  const HEAD = '苏加巫眉百家姓分会庆中秋暨成立 14 周年纪念'
  const PHOTOS = ['庄长福致词', '陈基梅汇报', '关国华笛子独奏助兴', '融洽的相聚', '理事合影']
  const LEAD = '  【苏加巫眉讯】印华百家姓协会西爪哇苏加巫眉分会于9月10日举行庆中秋暨成立14周年纪念活动。'

  it('title / ⏎ / five short lines / ⏎ / the lead: the title the headline, the lines captions', () => {
    const issue = read([HEAD, '', ...PHOTOS, '', LEAD].join('\n'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([HEAD])
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(PHOTOS)
  })

  it('must not fire: three lines are a heading group (kicker, headline, subheadline), not photos', () => {
    const issue = read(['', '庆中秋 迎国庆', '百家姓分会举行联欢会', '——会员齐聚共话团结', '', LEAD].join('\n'))
    expect(findAll(issue, 'caption')).toEqual([])
  })

  it('must not fire: the block not set apart from the lead (straight over it) is left to the heading rules', () => {
    const issue = read([HEAD, '', ...PHOTOS, LEAD].join('\n'))
    expect(findAll(issue, 'caption')).toEqual([])
  })
})

describe('the photos listed after a story’s text, over the site’s comment box (d604, 千岛日报)', () => {
  const HEAD = '泗水华文报迎来创刊25周年 华社齐聚庆贺'
  const TEXT = ['泗水讯——创刊于泗水的传奇华文报《千岛日报》于2025年10月迎来创刊25周年。', '庆典现场气氛热烈，除颁发表彰外，还进行了象征吉祥团结的东平饭仪式。']
  const PHOTOS = ['与全体管理人员合影', '林文光博士将东平饭赠予社长陈平和', '管理层颁发奖项', '活动现场氛围']

  it('text / four short lines / Comments (0) / Add Comment: the lines captions, the comment box interface', () => {
    const issue = read([HEAD, '', ...TEXT, ...PHOTOS, 'Comments (0)', 'Add Comment'].join('\n'))
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(PHOTOS)
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toEqual(['Comments (0)', 'Add Comment'])
  })

  it('must not fire: three short lines are not enough, nor names (获奖者 / 王建国 / 李秀英 …)', () => {
    expect(findAll(read([HEAD, '', ...TEXT, ...PHOTOS.slice(0, 3)].join('\n')), 'caption')).toEqual([])
    expect(findAll(read([HEAD, '', ...TEXT, '王建国', '李秀英', '张志强', '陈晓明'].join('\n')), 'caption')).toEqual([])
  })
})
