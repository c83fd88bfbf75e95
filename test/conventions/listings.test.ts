/**
 * What a site's pages print around their stories, met in the nineteenth
 * held-out set (part v):
 *   記者觀察 / 記者觀察|後疫情時代… / teaser / 記者觀察|維園年宵… / teaser   a column's listing page
 *   台灣觀點: 澳門政治發展的遞嬗 / 壹、前言 / … / 貳、…                    a numbered section head under the title
 *   ◆编者按 / the editors' note                                           the note's label after a bullet
 *   主页 / 本地新聞                                                       a breadcrumb set apart by slashes
 *   出版日期: Saturday, August 08, 2009                                   a publication date in English
 *   2007-01-05 本报记者                                                    a date with the author's field left empty
 *   全球客家…首都【亞庇七日訊】…                                           the headline printed again before its lead
 * each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import type { Stamp } from '../../src/index'
import { articles, find, findAll, page, readChecked } from '../helpers/tree'

const read = readChecked
const headlines = (input: string) => articles(read(input)).map((a) => toString(find(a, 'headline')))

describe('a column’s listing page: each title after the column’s label and a bar is a story', () => {
  const TEASERS = [
    ['記者觀察|後疫情時代 旅客日漸依賴自助值機服務', '國泰航空公司今日(23日)稍早時候發生網上系統故障，導致旅客無法預辦登機。'],
    ['記者觀察|維園年宵市場開鑼 年花璀璨氣氛濃', '全港15個年宵市場今日(23日)起一連7日舉行，市民踴躍入場。'],
    ['記者觀察|省港盃今晚決戰 大灣區足球未來可期', '第43屆省港盃次回合將於今晚(22日)8時在香港大球場舉行。'],
  ]

  it('記者觀察 / three titled teasers: three stories, the label alone the listing’s', () => {
    const input = page('記者觀察', ...TEASERS.flat())
    expect(headlines(input)).toEqual(TEASERS.map(([title]) => title))
    expect(findAll(read(input), 'intertitle')).toEqual([])
  })

  it('must not fire: a story’s section heads carry no column label, they stay intertitles', () => {
    const input = page('维园年宵市场开锣', '全港15个年宵市场今日起一连7日举行。', '年花璀璨气氛浓', '市民踊跃入场，选购年花。')
    expect(headlines(input)).toEqual(['维园年宵市场开锣'])
    expect(findAll(read(input), 'intertitle').map((n) => toString(n))).toEqual(['年花璀璨气氛浓'])
  })

  it('must not fire: a labelled title with no text under it, at the story’s end, opens no story', () => {
    const input = page('维园年宵市场开锣', '全港15个年宵市场今日起一连7日举行。', '市民踊跃入场，选购年花。', '記者觀察|省港盃今晚決戰')
    expect(headlines(input)).toEqual(['维园年宵市场开锣'])
  })
})

describe('a numbered section head under the title', () => {
  it('台灣觀點: … / 壹、前言 / text / 貳、…: the title the headline, 壹、前言 the first intertitle', () => {
    const input = page('台灣觀點: 澳門政治發展的遞嬗', '壹、前言', '澳門近年來因為經濟快速發展，人民所得大幅提高。', '貳、2013年澳門立法會選舉', '第五屆澳門立法會選舉的結果出爐。')
    const issue = read(input)
    expect(headlines(input)).toEqual(['台灣觀點: 澳門政治發展的遞嬗'])
    expect(findAll(issue, 'intertitle').map((n) => toString(n))).toEqual(['壹、前言', '貳、2013年澳門立法會選舉'])
  })

  it('must not fire: 一、二月份 counts months, the line stays the subheadline', () => {
    const issue = read(page('全市经济运行平稳', '一、二月份工业增加值增长', '今年以来，全市经济运行总体平稳。'))
    expect(findAll(issue, 'subheadline').map((n) => toString(n))).toEqual(['一、二月份工业增加值增长'])
  })
})

describe('the editors’ note label after a bullet', () => {
  it('◆编者按 over the note: the note’s label, no byline', () => {
    const issue = read(page('◆编者按', '故土情深。人们对自己脚下的土地都有着血脉相连的浓烈情感。'))
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'editorsNote')).toHaveLength(1)
  })

  it('must not fire: □ before a columnist’s name is still the byline (□ 初墨)', () => {
    const issue = read(page('战酷暑 保清洁', '□ 初墨', '7月23日是二十四节气中的大暑。当天，全市环卫工人打扫卫生。'))
    expect(findAll(issue, 'byline')).toHaveLength(1)
  })
})

describe('a site’s furniture over the story', () => {
  const STORY = ['全球客家總執行長黃石華稱譽沙巴', '【亞庇七日訊】全球客家總執行長黃石華日前到訪沙巴。']

  it('主页 / 本地新聞: a breadcrumb, no kicker', () => {
    const issue = read(page('主页 / 本地新聞', ...STORY))
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toContain('主页 / 本地新聞')
  })

  it('must not fire: a title with a slash that opens with no home page stays the title (南京/上海 双城记)', () => {
    expect(headlines(page('南京/上海 双城记', '本报讯 两座城市的故事。'))).toEqual(['南京/上海 双城记'])
  })

  it('出版日期: Saturday, August 08, 2009: a stamp dated 2009-08-08', () => {
    const issue = read(page(STORY[0]!, '出版日期: Saturday, August 08, 2009', STORY[1]!))
    const stamp = find(issue, 'stamp') as Stamp | undefined
    expect(stamp?.date).toMatchObject({ year: 2009, month: 8, day: 8 })
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('2007-01-05 本报记者: the site’s date with its author’s field left empty, a stamp, not a title', () => {
    const input = page('这两年我们一起走过', '2007-01-05 本报记者', '今天，晚报版面世整整两年了。')
    expect(headlines(input)).toEqual(['这两年我们一起走过'])
    expect((find(read(input), 'stamp') as Stamp | undefined)?.date).toMatchObject({ year: 2007, month: 1, day: 5 })
  })

  it('must not fire: a date with a reporter’s name after the role is the byline’s line, no empty field (2007-01-05 本报记者 陈敏)', () => {
    const issue = read(page('这两年我们一起走过', '2007-01-05 本报记者 陈敏', '今天，晚报版面世整整两年了。'))
    expect(findAll(issue, 'credit').flatMap((c) => c.names)).toContain('陈敏')
  })
})

describe('the headline printed again before its lead', () => {
  it('title / title【亞庇七日訊】…: the copy glued to the dateline is the site’s echo, not a subheadline', () => {
    const title = '全球客家總執行長黃石華稱譽沙巴為海外客家精神王國首都'
    const issue = read(page(title, `${title}【亞庇七日訊】全球客家總執行長黃石華日前到訪沙巴。`))
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(find(issue, 'dateline')?.place).toBe('亞庇')
  })

  it('must not fire: a different line glued to the dateline is still its subheadline', () => {
    const issue = read(page('全球客家總執行長黃石華稱譽沙巴', '黃石華日前到訪沙巴【亞庇七日訊】全球客家總執行長黃石華日前到訪沙巴。'))
    expect(findAll(issue, 'subheadline').map((n) => toString(n))).toEqual(['黃石華日前到訪沙巴'])
  })
})

describe('a breadcrumb one step down to a section', () => {
  it('新闻 新闻> 连云港新闻 over an untitled photo item: interface, and the item is a story of its own', () => {
    const input = page('新聞 新聞> 連云港新聞', '【連網】1月29日航拍的連云港北疏港高速公路墟溝互通。\n連云港日報全媒體記者 王健民 攝')
    const issue = read(input)
    expect(headlines(input)).toEqual([''])
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王健民']])
  })

  it('must not fire: a title that compares with > (收入>支出 家庭账本里的新闻) stays the title', () => {
    expect(headlines(page('收入>支出 家庭账本里的新闻', '本报讯 记者走访了十户家庭。'))).toEqual(['收入>支出 家庭账本里的新闻'])
  })
})

describe('a page that sets every title two blank lines above its text', () => {
  const STORIES = [
    ['老人过马路遇车流 交警主动搀扶护送', '7月29日上午，城厢交警一中队执勤人员在路口执勤，主动搀扶老人过马路。 (胡雪梅)'],
    ['美国华人教授来莆考察', '8月5日，美国密苏里大学教授余小强利用暑假来莆考察。 (子木)'],
    ['跨区发展蔬菜喜获丰收', '发展蔬菜产业，增加农民收入。来自新度镇的蔬菜种植大户喜获丰收。 (陈国松)'],
  ]
  const input = `今天是\n天气预报:\n\n${STORIES.map(([title, text]) => `${title}\n\n\n${text}`).join('\n\n')}\n`

  it('each title is its story’s, each story signs off, the date and weather widgets are interface', () => {
    const issue = read(input)
    expect(headlines(input)).toEqual(STORIES.map(([title]) => title))
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['胡雪梅'], ['子木'], ['陈国松']])
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['今天是', '天气预报:'])
  })

  it('must not fire: on a page with one title two blank lines above its text and another right over it, the gap still parts blocks', () => {
    const page2 = `看家乡事,品故乡情\n\n\n${STORIES[0]![0]}\n${STORIES[0]![1]}\n`
    expect(headlines(page2)).toEqual([STORIES[0]![0]])
  })

  it('must not fire: a reporter’s credit with its role after the lead is the byline papers print there; the section head under it stays one', () => {
    const text = page('藏历新年送暖,守护美好家园', '在藏历新年即将来临之际，社区开展系列活动，切实为居民群众送上关怀与帮助。记者 张雪芳', '关爱孤寡老人,传递温暖真情', '2月10日，社区为孤寡老人发放了爱心就餐卡。')
    expect(headlines(text)).toEqual(['藏历新年送暖,守护美好家园'])
  })

  it('must not fire: a package’s sections signing off under their intertitles stay one story', () => {
    const text = page('人民群众的“心上事”', '导语：代表们关心民生。', '“一城一乡”谋发展', '城乡融合发展步伐加快。 (张晔)', '“一老一小”看保障', '养老托育服务不断完善。 (王云杉)')
    expect(articles(read(text))).toHaveLength(1)
  })
})

describe('a column’s label after a bullet', () => {
  it('■城市拍客 over a title: no byline (a columnist’s name is shorter)', () => {
    const issue = read(page('■城市拍客\n老人过马路遇车流 交警主动搀扶护送', '7月29日上午，交警主动搀扶老人过马路。'))
    expect(findAll(issue, 'byline')).toEqual([])
  })

  it('must not fire: □ 初墨, ■ 李 文: a columnist’s name after the bullet is the byline', () => {
    for (const line of ['□ 初墨', '■ 李 文']) {
      const issue = read(page('战酷暑 保清洁', line, '7月23日是大暑。当天，全市环卫工人打扫卫生。'))
      expect(findAll(issue, 'byline')).toHaveLength(1)
    }
  })
})

describe('an e-paper’s links and a site’s citation of the print page', () => {
  it('查看本期全部内容 over the title: interface, the title the headline', () => {
    const input = page('查看本期全部内容\n花厂峪村:老区人民的日子一天比一天好\n□本报记者储学敏', '在青龙满族自治县祖山镇花厂峪村，老区人民的日子一天比一天好。')
    expect(headlines(input)).toEqual(['花厂峪村:老区人民的日子一天比一天好'])
  })

  it('2020-11-08 大众日报 06版 under the title: a page header with the paper, the date and page 6', () => {
    const issue = read(page('“红”村一日', '2020-11-08 大众日报 06版', '朱村是总书记考察过的村庄，如今日子红红火火。'))
    const header = find(issue, 'pageHeader')
    expect(header).toMatchObject({ page: 6, date: { year: 2020, month: 11, day: 8 } })
    expect(headlines(page('“红”村一日', '2020-11-08 大众日报 06版', '朱村是总书记考察过的村庄，如今日子红红火火。'))).toEqual(['“红”村一日'])
  })

  it('must not fire: a date and a paper’s name in a sentence (2020-11-08 大众日报 06版刊发了本文) stay text', () => {
    const issue = read(page('“红”村一日', '2020-11-08 大众日报 06版刊发了本文，引起读者关注。'))
    expect(findAll(issue, 'pageHeader')).toEqual([])
  })
})

describe('where the part (v) and (w) rules must not fire (a review’s probes)', () => {
  it('关键词|就业优先 / 关键词|教育公平 under a feature’s own title: its section heads, one story', () => {
    const input = page('政府工作报告中的民生关键词', '本报记者 王五', '今年的政府工作报告，民生温度十足。', '关键词|就业优先', '报告提出，今年城镇新增就业目标为1200万人左右。', '关键词|教育公平', '报告提出，推进义务教育优质均衡发展。')
    expect(headlines(input)).toEqual(['政府工作报告中的民生关键词'])
    expect(findAll(read(input), 'intertitle')).toHaveLength(2)
  })

  it.each(['一、二年级不布置书面作业', '（二）让农民腰包鼓起来'])('%s under a title: the subheadline, not a section head', (line) => {
    const issue = read(page('减负新政落地', line, '本报讯 记者从市教育局获悉，新学期起，全市小学低年级不布置书面家庭作业。'))
    expect(findAll(issue, 'subheadline').map((n) => toString(n))).toEqual([line])
  })

  it.each(['【喜报】10月8日，我市选手在全省职业技能大赛中荣获一等奖。', '【图片新闻】10月8日，市民在公园赏菊。', '【新春喜报】10月8日，我市喜获丰收。'])('%s: a genre’s tag names no outlet', (lead) => {
    expect(find(read(page('全市新闻', lead)), 'dateline')).toBeUndefined()
  })

  it('天气预报 without its colon titles a weather box', () => {
    expect(headlines(page('天气预报', '今天白天多云转晴，偏北风3到4级，最高气温25℃。'))).toEqual(['天气预报'])
  })

  it.each(['■欧阳晓明', '□ 司徒丽华', '◎ 阿依古丽'])('%s: a compound surname’s or a transliterated four-character name after the bullet is the byline', (line) => {
    const issue = read(page('秋日的思念', line, '又是一年秋风起，我站在老屋前，想起了远方的母亲。'))
    expect(findAll(issue, 'byline')).toHaveLength(1)
  })

  it('a page that sets every line two blank lines apart: the gap says nothing of titles, no title opens a story of its own', () => {
    const input = '老旧小区改造惠民生\n\n\n近年来，我市大力推进老旧小区改造，惠及居民3万余户。\n\n\n补齐设施短板\n\n\n改造中，各小区新增停车位2000余个。\n\n\n提升服务水平\n\n\n小区引入物业服务，居民满意度明显提升。\n'
    expect(headlines(input)).toEqual(['老旧小区改造惠民生'])
  })
})
