/**
 * A column of briefs under one title (要闻简报 / ◆… / ◆…): a reader sees one
 * article whose items are its paragraphs — the ◆ bullets are no ordinal
 * list, and no item is an article of its own (it has no title). A column
 * whose items carry their own titles is several articles (layout.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, types } from '../helpers/tree'

const BRIEFS = [
  '要闻简报',
  '   ◆9月24日,县直机关干部职工篮球赛在县体育馆正式开赛。县人大常委会副主任出席开幕式。',
  '    ◆9月23日,我县召开巩固衔接重点工作调度会。副县长李晋平出席。',
  '    ◆9月25日,副县长李晋平带队检查水源地保护工作。',
  '',
].join('\n')

describe('brief columns', () => {
  it('要闻简报 with ◆ items: one article, one paragraph per item, no list', () => {
    const issue = parseIssue(BRIEFS)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe('要闻简报')
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph'])
    expect(findAll(issue, 'list')).toEqual([])
    expectSource(BRIEFS, issue)
  })

  it('NOT one article when each item has its own title and lead: several articles', () => {
    const input = ['县直机关篮球赛开赛', '', '本报讯 9月24日,县直机关干部职工篮球赛开赛。', '', '', '我县召开重点工作调度会', '', '本报讯 9月23日,我县召开巩固衔接重点工作调度会。', ''].join('\n')
    expect(articles(parseIssue(input))).toHaveLength(2)
  })
})

describe('a reader-hotline column: a bulleted label over each item’s title and subtitle', () => {
  const column = ['■暖心', '包遗落在公交车上', '多人助力帮忙寻回', '张女士来电：我是外地来出差的，当天中午搭乘公交车时把包落在车上。', '最后我顺利找回包，还赶上了飞机。', '■生气', '外卖小哥骑车乱窜', '全然不顾他人安全', '刘女士来电：9日上午，一名外卖小哥骑车从我面前横穿过去。', '(黄晓彬 柯丽娟 肖打 整理)'].join('\n')

  it('two items, each its label the kicker, its title the headline, its subtitle the subheadline', () => {
    const issue = parseIssue(column)
    const items = articles(issue)
    expect(items.map((a) => toString(find(a, 'headline')!))).toEqual(['包遗落在公交车上', '外卖小哥骑车乱窜'])
    expect(items.map((a) => toString(find(a, 'kicker')!))).toEqual(['■暖心', '■生气'])
    expect(findAll(issue, 'byline')).toEqual([])
  })

  it('the closing (names 整理) signs the last item', () => {
    expect(find(articles(parseIssue(column))[1]!, 'signature')?.names).toEqual(['黄晓彬', '柯丽娟', '肖打'])
  })

  it('must not: a columnist’s name after the bullet under the title (■ 窦阳) stays the byline', () => {
    const issue = parseIssue(['老街的早点铺', '■ 窦阳', '清晨六点，老街的早点铺已经坐满了人。'].join('\n'))
    expect(findAll(issue, 'byline')).toHaveLength(1)
  })

  it('must not: a one-line bulleted section title in a story stays a section (■现场 / text)', () => {
    const issue = parseIssue(['全市春耕工作推进会召开', '本报讯 5月9日，全市春耕工作推进会召开。', '■现场', '会场内座无虚席，与会人员认真听取报告。'].join('\n'))
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('the hotline column in traditional script', () => {
  it('(黃曉彬 柯麗娟 肖打 整理): the signature, the names as printed', () => {
    const issue = parseIssue(['■暖心', '包遺落在公交車上', '多人助力幫忙尋回', '張女士來電：我是外地來出差的，當天中午搭乘公交車時把包落在車上。', '(黃曉彬 柯麗娟 肖打 整理)'].join('\n'))
    expect(find(issue, 'signature')?.names).toEqual(['黃曉彬', '柯麗娟', '肖打'])
  })
})

describe('a column of briefs under its label after a story', () => {
  const STORY = ['州政协召开党组会议', '本报讯（全媒体记者 赵敏）5月8日，州政协党组召开会议，传达学习有关会议精神。', '会议强调，要坚持围绕中心、服务大局。']

  it('简讯 / ●… / ●… after the story’s text: the column is a story of its own, not the story’s section', () => {
    const input = [...STORY, '简讯', '●5月8日，州文旅局举办导游技能大赛，30余名导游参赛。', '●5月8日，州图书馆开展“世界读书日”系列活动。', ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual(['州政协召开党组会议', '简讯'])
    expect(findAll(issue, 'intertitle')).toEqual([])
    expect(types(articles(issue)[1])).toEqual(['headline', 'paragraph', 'paragraph'])
    expectSource(input, issue)
  })

  it('【要闻简报】 and 新闻速递 label a column too; its first brief signed, (李强), closes it', () => {
    for (const label of ['【要闻简报】', '新闻速递', '简 讯']) {
      const input = [...STORY, '', label, '', '●5月8日，州文旅局举办导游技能大赛。（李强）', ''].join('\n')
      const issue = parseIssue(input)
      expect(articles(issue).map((a) => toString(find(a, 'headline')!)), label).toEqual(['州政协召开党组会议', label])
      expect(find(articles(issue)[1]!, 'signature')?.names).toEqual(['李强'])
    }
  })

  it('must not: a section head that only names news in other words (会议要求 / …) stays the story’s section', () => {
    const input = [...STORY, '', '下一步工作', '', '会议要求，各单位要抓好落实。', ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'intertitle').map((n) => toString(n))).toEqual(['下一步工作'])
  })

  it('must not: a label with the brief’s own title on its line (简讯：州图书馆开展读书活动) is no bare label', () => {
    const input = [...STORY, '', '简讯：州图书馆开展读书活动', '', '5月8日，州图书馆开展“世界读书日”系列活动。', ''].join('\n')
    expect(findAll(parseIssue(input), 'headline').map((n) => toString(n))).not.toContain('简讯')
  })
})

describe('a column whose items carry their own bulleted titles', () => {
  const COLUMN = ['要闻简报', '', '◆远安县召开安全生产工作会议', '5月9日，远安县召开安全生产工作会议，部署下一阶段工作。', '◆旧县镇新修公路', '近日，远安县旧县镇新修了一条公路，村民出行更方便了。', ''].join('\n')

  it('要闻简报 / ◆title / text / ◆title / text: an article per item (the second title was the first item’s intertitle)', () => {
    const issue = parseIssue(COLUMN)
    expect(articles(issue).map((article) => toString(find(article, 'headline')))).toEqual(['◆远安县召开安全生产工作会议', '◆旧县镇新修公路'])
    expectSource(COLUMN, issue)
  })

  it('must not fire: a story’s bulleted section heads under its unbulleted title stay its sections', () => {
    const input = ['老街焕发新活力', '', '本报讯 5月9日，记者走进远安县茅坪场镇。', '◆合作社带动增收', '今年以来，村里新建了三个合作社。', '◆老街焕发新活力', '老街经过改造，游客越来越多。', ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'intertitle').map((node) => toString(node))).toEqual(['◆合作社带动增收', '◆老街焕发新活力'])
  })
})
