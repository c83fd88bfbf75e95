/**
 * What campus papers, local sites and reposting portals print around their stories, met in parts (ef)–(eh)
 * (d1007 中国石油报 on a trade portal, d1008 淡江時報, d1010 新竹振道, d1011 台大意識報; d1006 中国民航报):
 *   學聲大代誌 2014-05-05 / 木棉道開唱… / 【記者…報導】…      a column's name and the date over the title: interface
 *   ◎台大意識報 (under the title)                            a credit's bullet before the paper's own name: a source note
 *   ◎文/王芳 · □文/图 李强                                   a credit's bullet before names signed with their work: the byline
 *   …成果展。 / ⏎⏎⏎ / caption (圖/…) / ⏎⏎⏎ / 在設計與…          text as far under a caption as the caption under the text: the story's
 *   新竹振道/記者萬世璉/新竹報導                               a site's name the slash sets before its reporter: the byline
 *   [中国石油报 2010年12月15日] 12月13日…                      a paper's tag with the day it printed the story: the dateline
 *   当前位置:首页 > 勘探与钻采工程 > title / 勘探与钻采工程      the channel, the step before the title's: interface
 *   …来自大庆1205"> (at the page's top)                       an attribute's value leaked before the page: interface
 *   中国民航报 记者郝蒙 通讯员易世忠 报道:3月16日…              an outlet's name, a space, its reporters: the dateline
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, find, findAll, headlinesOf as headlines, page, printed, readChecked as read, chromeLines as chrome } from '../helpers/tree'

const paragraphs = (input: string) => findAll(read(input), 'paragraph').map((node) => printed(node, false))

describe('a column’s name and the date over the title', () => {
  const LEAD = '【記者范熒恬淡水校園報導】102學年度第二學期學生事務會議於上月30日,跳脫以往會議形式,移師到淡水校園牧羊草坪舉行。'

  it('is interface: the title under it is the story’s (d1008)', () => {
    const input = page('學聲大代誌 2014-05-05', '木棉道開唱學生事務會民歌現', LEAD)
    expect(chrome(input)).toEqual(['學聲大代誌 2014-05-05'])
    expect(headlines(input)).toEqual(['木棉道開唱學生事務會民歌現'])
  })

  it('not a title with its date over the text: 春运首日客流平稳 2023-01-15 stays the title', () => {
    const input = page('春运首日客流平稳 2023-01-15', '1月15日,全市各大车站客流平稳有序,旅客出行秩序良好。')
    expect(chrome(input)).toEqual([])
  })
})

describe('a credit’s bullet before the paper’s own name, under the title', () => {
  const TEXT = '  昨天(22日)下午在紹興社區舉辦「紹興大吟釀」的活動。這是台大社會系吳嘉苓老師與台科大工業設計系蔡敦仁老師合開的課程成果展。'

  it('is the source the story comes from, no byline: the title over it is the headline (d1011)', () => {
    const input = page('2014年6月23日 星期一', '吟唱設計 釀造社區──紹興大吟釀', '◎台大意識報', TEXT)
    expect(headlines(input)).toEqual(['吟唱設計 釀造社區──紹興大吟釀'])
    expect(find(read(input), 'sourceNote')?.source).toBe('台大意識報')
    expect(find(read(input), 'byline')).toBeUndefined()
  })

  it('not a word ending in 报 that names no paper: ■喜报 is no source', () => {
    expect(find(read(page('吟唱設計 釀造社區──紹興大吟釀', '■喜报', TEXT)), 'sourceNote')).toBeUndefined()
  })
})

describe('a credit’s bullet before names signed with their work', () => {
  const TEXT = '昨天下午在社区举办“绍兴大吟酿”的活动。这是社会系老师与工业设计系老师合开的课程成果展。'

  it('is the byline: ◎文/王芳, □文/王芳, ■文/图 李强', () => {
    for (const [line, role, names] of [['◎文/王芳', '文', ['王芳']], ['□文/王芳', '文', ['王芳']], ['■文/图 李强', '文/图', ['李强']]] as const) {
      const input = page('吟唱设计 酿造社区', line, TEXT)
      expect(headlines(input)).toEqual(['吟唱设计 酿造社区'])
      expect(find(read(input), 'credit')).toMatchObject({ role, names })
    }
  })

  it('not a bullet before a title’s words: ◎APEC教育論壇 台灣首辦 stays a title', () => {
    expect(find(read(page('◎APEC教育論壇 台灣首辦', TEXT)), 'byline')).toBeUndefined()
  })
})

describe('text as far under a caption as the caption stands under the text', () => {
  const FIRST = '  昨天(22日)下午在紹興社區舉辦「紹興大吟釀」的活動。這是台大社會系老師合開的課程成果展。'
  const CAPTION = '「興願」手工蠟燭。該組同學活用社區的廢棄玻璃瓶,做成盛裝蠟燭的容器。(圖/取自紹興學程@紹興社區)'
  const NEXT = '  在設計與社會的課程中,前六周由吳老師和蔡老師講授社會學與設計的基本理論,隨後進行小型設計作業。'

  it('goes on with the story (d1011)', () => {
    const input = `吟唱設計 釀造社區\n\n${FIRST}\n\n\n\n${CAPTION}\n\n\n\n${NEXT}\n`
    expect(articles(read(input))).toHaveLength(1)
    expect(find(articles(read(input))[0]!, 'caption')).toBeDefined()
    expect(paragraphs(input)).toHaveLength(2)
    expect(findAll(articles(read(input))[0]!, 'paragraph')).toHaveLength(2)
  })

  it('not text farther under the caption than the caption under the story: the story ended', () => {
    const input = `吟唱設計 釀造社區\n\n${FIRST}\n\n\n\n${CAPTION}\n\n\n\n\n\n${NEXT}\n`
    expect(findAll(articles(read(input))[0]!, 'paragraph')).toHaveLength(1)
  })
})

describe('a site’s name the slash sets before its reporter’s filing', () => {
  const CAPTION = '▲鄭宏輝看板「升級新竹」,為年底選戰揭序幕。(圖/萬世璉攝)'
  const TEXT = '大新竹合併議題還有沒一個定論,有意角逐新竹市長寶座的行政院顧問鄭宏輝,在幾個重要路口也掛上大型看板「升級新竹」,為年底選戰揭開序幕。'

  it('is the byline, the site the reporter’s (d1010)', () => {
    const input = page(CAPTION, '新竹振道/記者萬世璉/新竹報導', TEXT)
    expect(find(read(input), 'credit')).toMatchObject({ role: '記者', names: ['萬世璉'] })
    expect(headlines(input)).toEqual([''])
  })

  it('not words the line ends with at the slash: 会议召开／ / 29日電,… stays one paragraph', () => {
    expect(paragraphs('会议召开／\n29日電,图为第一其次01版:要闻首先图为，”下转第2版\n')).toHaveLength(1)
  })

  it('not a person’s name before the slash: 張三/記者萬世璉 names no site', () => {
    const credit = find(read(page(CAPTION, '張三/記者萬世璉/新竹報導', TEXT)), 'credit')
    expect(credit?.affiliation).not.toBe('張三')
  })
})

describe('a paper’s tag with the day it printed the story', () => {
  const LEAD = '12月13日13时30分,正在大庆油田北3区施工的大庆钻探钻井二公司30920钻井队年进尺突破10万米。'

  it('is the dateline, its date the issue’s (d1007)', () => {
    for (const tag of ['[中国石油报 2010年12月15日] ', '【中国石油报 2010年12月15日】']) {
      const dateline = find(read(page('大庆两井队年进尺双破十万米', `${tag}${LEAD}`)), 'dateline')
      expect(dateline?.source).toBe('中国石油报')
      expect(dateline?.date).toMatchObject({ month: 12, day: 15 })
    }
  })

  it('not a tag with no sentence after it on the line', () => {
    expect(find(read(page('大庆两井队年进尺双破十万米', '[中国石油报 2010年12月15日]', LEAD)), 'dateline')).toBeUndefined()
  })
})

describe('a channel under a crumb that ends with the story’s title', () => {
  const CRUMB = '当前位置:首页  >  勘探与钻采工程  >  大庆两井队年进尺双破十万米'
  const TEXT = '12月13日13时30分,正在大庆油田北3区施工的大庆钻探钻井二公司30920钻井队年进尺突破10万米。'

  it('is interface, no title (d1007)', () => {
    const input = page(CRUMB, '勘探与钻采工程', '大庆两井队年进尺双破十万米', TEXT)
    expect(chrome(input)).toContain('勘探与钻采工程')
    expect(headlines(input)).toEqual(['大庆两井队年进尺双破十万米'])
  })

  it('not a line naming no step of the crumb: 钻井队喜报 stays the kicker’s', () => {
    expect(chrome(page(CRUMB, '钻井队喜报', '大庆两井队年进尺双破十万米', TEXT))).not.toContain('钻井队喜报')
  })
})

describe('an attribute’s value leaked at the page’s top', () => {
  const CRUMB = '当前位置:首页  >  勘探与钻采工程  >  大庆两井队年进尺双破十万米'
  const TEXT = '12月13日13时30分,正在大庆油田北3区施工的大庆钻探钻井二公司30920钻井队年进尺突破10万米。'

  it('is interface, no story of its own (d1007)', () => {
    const input = page(`${TEXT}\n据了解,这两支钻井队来自大庆1205">`, CRUMB, '大庆两井队年进尺双破十万米', TEXT)
    expect(articles(read(input))).toHaveLength(1)
    expect(chrome(input)).toContain('据了解,这两支钻井队来自大庆1205">')
  })

  it('not where no furniture of the page stands under it: the lines stay text', () => {
    const input = page(`${TEXT}\n据了解,这两支钻井队来自大庆1205">`, '大庆两井队年进尺双破十万米', TEXT)
    expect(chrome(input)).toEqual([])
  })
})

describe('an outlet’s name, a space, its reporters and 报道', () => {
  const LEAD = '3月16日上午和下午,国航西南分公司执行两班成都-阿克苏包机任务,运送260名员工入疆复工。'

  it('open the lead: the dateline (d1006)', () => {
    const dateline = find(read(page('国航包机运送员工入疆复工', `中国民航报 记者郝蒙 通讯员易世忠、孙小蓉 报道:${LEAD}`)), 'dateline')
    expect(dateline?.source).toBe('中国民航报')
    expect(findAll(dateline!, 'credit').map((credit) => credit.names)).toEqual([['郝蒙'], ['易世忠', '孙小蓉']])
  })

  it('not a sentence naming a paper’s reporter: 中国民航报 记者近日走访了… has no dateline', () => {
    expect(find(read(page('国航包机运送员工入疆复工', `中国民航报 记者近日走访了国航西南分公司。${LEAD}`)), 'dateline')).toBeUndefined()
  })
})
