/**
 * What a web page's copy sets around a story's title and through its text:
 *   …角逐裕廊東—武吉巴督 | 聯合早報       the page's title, the site's name after a bar: interface
 *   zaobao · ngzbnews                     a site's or an account's handle alone: interface
 *   [紅點同心黨:… / ](https://…)           a Markdown link broken over two lines: interface, the story goes on
 *   时间:… 来源:合肥晚报 / text / 古民居:…  under a site's stamp, an untitled story's titles are its sections
 * and where they must not fire: a title a bar parts in its own words, a
 * bracketed tag over its title, untitled text at the top of an e-paper page.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../src/index'
import { articles, expectSource, find, findAll, page, printed } from '../helpers/tree'

const TEXT = [
  '紅點同心黨派出兩名馬來準候選人,即競選老手奧斯曼,以及新人奧斯曼·哈密。',
  '紅點同心黨星期三晚上在裕廊東24街舉行首場準候選人介紹會。',
]

const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  const headline = find(issue, 'headline')
  return { issue, headline: headline ? printed(headline) : undefined, chrome: findAll(issue, 'chrome').map((node) => printed(node, false)) }
}

describe("a page's title with the site's name", () => {
  it.each([
    ['【GE2025】紅點同心黨兩馬來候選人領軍角逐裕廊東—武吉巴督 | 聯合早報', '【GE2025】紅點同心黨兩馬來候選人領軍角逐裕廊東—武吉巴督', '| 聯合早報'],
    ['全市道路交通平稳有序|荆州新闻网', '全市道路交通平稳有序', '|荆州新闻网'],
    // An underscore or a hyphen sets the site apart as often.
    ['刘德华现身北京 粉丝围观_新浪网', '刘德华现身北京 粉丝围观', '_新浪网'],
    ['全市召开春运工作会议 - 人民网', '全市召开春运工作会议', '- 人民网'],
    ['全市召开春运工作会议-中国新闻网', '全市召开春运工作会议', '-中国新闻网'],
  ])('%s: the headline, then the site as interface', (line, headline, site) => {
    const result = read(page(line, ...TEXT))
    expect(result.headline).toBe(headline)
    expect(result.chrome).toEqual([site])
    expect(articles(result.issue)).toHaveLength(1)
  })

  it.each(['发布时间:2018年08月14日 09:09:43  来源: 云南网-红河日报', '时间:2012-11-29 A+   A- 举报'])(
    'must not fire: %s — a hyphen among a site’s fields parts no title from a site',
    (line) => {
      const result = read(page('草坝镇:团结进步为美丽着色', line, ...TEXT))
      expect(result.headline).toBe('草坝镇:团结进步为美丽着色')
      expect(findAll(result.issue, 'stamp')).toHaveLength(1)
    },
  )

  it('must not fire: a hyphen joining two places in a title (京津冀-长三角联动发展) parts nothing', () => {
    expect(read(page('京津冀-长三角联动发展', ...TEXT)).headline).toBe('京津冀-长三角联动发展')
  })

  it('a bar inside the title\'s own words parts nothing: 两会青声|“青年发展型城市”连续三年写进政府工作报告', () => {
    const line = '两会青声|“青年发展型城市”连续三年写进政府工作报告'
    expect(read(page(line, ...TEXT)).headline).toBe(line)
  })
})

describe("a site's handle alone on its line", () => {
  it('zaobao under the title is interface, not a subheadline', () => {
    const result = read(page('紅點同心黨兩馬來候選人領軍角逐裕廊東', 'zaobao', ...TEXT))
    expect(result.chrome).toEqual(['zaobao'])
    expect(find(result.issue, 'subheadline')).toBeUndefined()
  })

  it.each(['CCTV', 'iPhone', 'ok'])('%s is no handle (capitals, or too short)', (line) => {
    expect(read(page('紅點同心黨兩馬來候選人領軍角逐裕廊東', line, ...TEXT)).chrome).toEqual([])
  })
})

describe('Markdown links left in the copy', () => {
  it('a link broken over two lines inside the story: interface, and the text under it is still the story\'s', () => {
    const input = `紅點同心黨兩馬來候選人領軍角逐裕廊東\n${TEXT[0]}\n[紅點同心黨:大選時間安排偏袒執政黨\n](https://www.bdggg.com/2025/zaobao/news_2025_04_16_753081)\n${TEXT[1]}\n`
    const result = read(input)
    expect(result.chrome).toEqual(['[紅點同心黨:大選時間安排偏袒執政黨', '](https://www.bdggg.com/2025/zaobao/news_2025_04_16_753081)'])
    expect(articles(result.issue)).toHaveLength(1)
    expect(findAll(articles(result.issue)[0]!, 'paragraph')).toHaveLength(2)
  })

  it('a bracket opening a line with no address under it is text: [转载] tags and brackets stay', () => {
    const input = `紅點同心黨兩馬來候選人領軍角逐裕廊東\n${TEXT[0]}\n[注:本文数据截至4月15日\n${TEXT[1]}\n`
    expect(read(input).chrome).toEqual([])
  })
})

describe("an untitled story under a site's stamp", () => {
  const story = [
    '“五岳归来不看山,黄山归来不看岳。”合福高铁这条“颜值”最高的高铁线开通后,黄山迎来八方游客。',
    '7月10日至11日,合福高铁旅游媒体联盟采访团聚焦黄山市,集体采风世界文化遗产。',
    '古民居:不可错过的水墨画',
    '趴在屋前酣睡的大狗,远处认真作画的女学生,河里洗菜的当地人,构成一幅水墨画。',
  ]

  it('its title lines are its sections: one article, the title an intertitle', () => {
    const input = `时间:2015-07-26 18:05 来源:合肥晚报\n${story.join('\n')}\n`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(printed(find(issue, 'intertitle')!)).toBe('古民居:不可错过的水墨画')
  })

  it('without the stamp, untitled text at the top is a story\'s tail and the title opens another story', () => {
    const input = `${story.join('\n')}\n`
    expect(articles(parseIssue(input)).map((article) => printed(find(article, 'headline') ?? article).slice(0, 6))).toContain('古民居:不可')
  })
})

describe("a site's lists and counters under the story", () => {
  it.each([
    '>更多相关文章',
    '- 网曝永修多名城管殴打小商贩2017-03-17 11:03:40',
    '- 徒步上高速只为追回血汗钱03-16',
    '已有0人发表了评论',
  ])('%s is interface, not a title', (line) => {
    const result = read(page('紅點同心黨兩馬來候選人領軍角逐裕廊東', ...TEXT, line))
    expect(result.chrome).toEqual([line])
    expect(articles(result.issue)).toHaveLength(1)
  })

  it('a list item of the story with no date glued on stays text: - 全市新增就业岗位1.2万个', () => {
    expect(read(page('紅點同心黨兩馬來候選人領軍角逐裕廊東', ...TEXT, '- 全市新增就业岗位1.2万个')).chrome).toEqual([])
  })
})

describe('short forms of the converged newsroom roles', () => {
  it('(随州日报全媒记者李文军、通讯员刘安国摄) closes photo news: both names its signature', () => {
    const input = page('公路抢险应急演练', '  4月13日,曾都区公路事业发展中心在府河镇举行公路抢险应急演练,切实保障汛期公路安全畅通。 (随州日报全媒记者李文军、通讯员刘安国摄)')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'signature')?.names).toEqual(['李文军', '刘安国'])
  })
})

describe('a story whose text opens by echoing its title, then a space (heading-group.ts echoesTitle)', () => {
  const FIRST = ['牛下車位需求爆 重劃車位不容緩', '牛下車位需求爆 重劃車位不容緩 牛頭角下邨重建後於2012年入伙,居民對屋邨車位的需求不斷增加。']
  const SECOND = ['落山道堆滿雜物 淪為衛生黑點', '落山道堆滿雜物 淪為衛生黑點 住在土瓜灣落山道的街坊楊先生向本報投訴,附近街道地面長期濕滑。']

  it('a title echoed at the head of its text, after a story with no closing credit: a story of its own (d625)', () => {
    const input = page(...FIRST, ...SECOND)
    const issue = parseIssue(input)
    expect(articles(issue).map((a) => printed(find(a, 'headline')!))).toEqual(['牛下車位需求爆 重劃車位不容緩', '落山道堆滿雜物 淪為衛生黑點'])
    expect(articles(issue).map((a) => findAll(a, 'paragraph').length)).toEqual([1, 1])
    expect(findAll(issue, 'intertitle')).toEqual([])
    expectSource(input, issue)
  })

  it('must not fire where the page’s first story opens with a plain lead: its sections’ heads echoed so stay its own (review 23)', () => {
    const input = page(
      '个税汇算清缴即将开始 这些问题你需要知道',
      '本报讯（记者 李娜）2024年度个人所得税综合所得汇算清缴将于3月1日开始，相关负责人就纳税人关心的问题进行了解答。',
      '哪些人需要办理年度汇算',
      '哪些人需要办理年度汇算 根据规定，取得综合所得且年度汇算需要补税金额超过400元的纳税人，需要办理年度汇算。',
      '如何预约办理时间',
      '如何预约办理时间 纳税人可以通过个人所得税App预约，3月1日至3月20日期间需要预约办理。',
    )
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expectSource(input, issue)
  })

  it('must not fire where the first echoed line stands under the page’s title: a timeline’s dates, a law’s articles (review 23)', () => {
    const input = page('图说厂史七十年', '1954年9月', '1954年9月 第一台国产车床在这里诞生，填补了国内空白。', '1978年12月', '1978年12月 工厂率先实行承包经营责任制，当年产值翻了一番。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(printed(find(issue, 'headline')!)).toBe('图说厂史七十年')
    expectSource(input, issue)
  })

  it('must not fire: a section head the text goes on from with no space (长江南路 / 长江南路金鹰…), nor a short one', () => {
    const input = page(...FIRST, '银杏大道赏秋色', '银杏大道赏秋色的市民络绎不绝，道路两旁金黄一片。', '赏秋', '赏秋 的人们纷纷拿出手机拍照留念。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expectSource(input, issue)
  })
})
