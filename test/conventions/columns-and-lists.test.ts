/**
 * Columns of short items and sites' list pages, as the fourth held-out set
 * printed them: a readers' hotline column whose items each open with a
 * caller's words; a site's page title glued to the first words of the text;
 * a list page's teasers with their read-more links and time stamps; a
 * roundup's photo-source notes; an overseas site's dated flash dateline.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const headlines = (input: string) => findAll(parseIssue(input), 'headline').map((node) => toString(node))

describe('a readers’ hotline column', () => {
  const COLUMN = [
    '道路坑洼真难行',
    '刘女士:我是在水一方住户。进小区大门的巷子口路面上有个大坑。',
    '韦先生:高速公路出口附近的国道,有一段路坑洼太多。',
    '别带孩子闯红灯',
    '覃女士:昨晚7时许,我骑电动车经过路口,看到一位家长带孩子闯红灯。',
    '感谢公交好司机',
    '韦先生:24日上午,我的儿子把书包忘在车上,司机送了回来。',
    '热线值班:于杨洁 余升 张之馨',
  ]

  it('each title over a caller’s words opens an item of its own; the desk’s hotline staff is an editor line', () => {
    const input = page(...COLUMN)
    const issue = parseIssue(input)
    expect(headlines(input)).toEqual(['道路坑洼真难行', '别带孩子闯红灯', '感谢公交好司机'])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
    expect(findAll(issue, 'intertitle')).toEqual([])
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map((c) => c.role))).toEqual(['热线值班'])
    expectSource(input, issue)
  })

  it('callers in other words: 市民全先生说:…, an office’s 城管监察一大队焦先生:… under 反 馈', () => {
    const input = page(
      '废品堆在马路上',
      '市民全先生说:青岛南路附近有一个医院,门口堆满废品。',
      '记者说:回收废品应得到支持,但不能堆在路上。',
      '反 馈',
      '城管监察一大队焦先生:24日见报后,我们已经处理。',
      '(记者 杨海彤 整理)',
    )
    expect(headlines(input)).toEqual(['废品堆在马路上', '反 馈'])
    expect(find(articles(parseIssue(input))[1]!, 'signature')!.names).toEqual(['杨海彤'])
  })

  it('must not fire: a story’s section titles stay intertitles when its paragraphs do not open with callers', () => {
    const input = page('道路坑洼真难行', '本报讯 记者昨日走访发现,多条道路坑洼不平。', '居民盼早修复', '刘女士:我每天都从这里经过,很不方便。')
    expect(headlines(input)).toEqual(['道路坑洼真难行'])
    expect(findAll(parseIssue(input), 'intertitle').map((node) => toString(node))).toEqual(['居民盼早修复'])
  })
})

describe('a site’s page title glued to the text', () => {
  it('the title with the first words of the text glued on is interface; the printed title under it is the headline', () => {
    const input = page('道路坑洼真难行刘女士我是在水一方住户进小区大', '南国今报 2014-02-26 13:26 大字', '道路坑洼真难行', '刘女士:我是在水一方住户。进小区大门的巷子口路面上有个大坑。')
    const issue = parseIssue(input)
    expect(types(issue)[0]).toBe('chrome')
    expect(headlines(input)).toEqual(['道路坑洼真难行'])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('must not fire: a kicker that opens with the headline’s words, followed by other text', () => {
    const input = page('道路坑洼真难行 市民盼早日修复', '道路坑洼真难行', '本报讯 记者昨日走访发现,多条道路坑洼不平。')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })
})

describe('a site’s list page of teasers', () => {
  it('the breadcrumb from the home page and its section under it are interface; read-more links are too, a teaser’s cut text is its text', () => {
    const input = [
      '首页 > 菲國新聞',
      '菲國新聞',
      '本報訊:陸運特許管制署署長表示,該署已批准調漲車費。',
      '當局稱,調漲金額將於週二公佈... [詳細]',
      '2026-3-16 00:03',
      '本報訊:官員宣布,政府包機昨日載回300多名海外菲勞。',
      '... [詳細]',
      '2026-3-16 00:02',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expect(types(issue).slice(0, 2)).toEqual(['chrome', 'chrome'])
    expect(articles(issue)).toHaveLength(2)
    expect(findAll(issue, 'headline')).toEqual([])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toContain('... [詳細]')
    expectSource(input, issue)
  })

  it('must not fire: a sentence naming the home page, a title with [详细] inside it', () => {
    const issue = parseIssue(page('首页改版 > 预期', '本报讯 市民在网站首页 > 菲國新聞栏目可以看到更多。'))
    expect(types(issue)).not.toContain('chrome')
  })
})

describe('a roundup’s photo-source notes and an overseas site’s dated flash', () => {
  it('(图片来源:…), (资料图片), (网络图片) alone on a line are captions, never a signature or a title', () => {
    const input = page(
      '【12.28中国速瞄】16年前元旦 习在台媒登广告(组图)',
      '(图片来源:2002年1月1日《工商时报》)',
      '【看中国2017年12月28日讯】16年前元旦,习近平曾在台媒登广告祝民众新年快乐。',
      '元旦将至 中国估1.35亿人次出游',
      '元旦将至,国家旅游局发布信息。',
      '(网络图片)',
    )
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((node) => toString(node))).toEqual(['(图片来源:2002年1月1日《工商时报》)', '(网络图片)'])
    expect(findAll(issue, 'signature')).toEqual([])
    const dateline = find(issue, 'dateline')!
    expect(dateline.source).toBe('看中国')
    expect(dateline.place).toBeUndefined()
    expect(dateline.date).toMatchObject({ year: 2017, month: 12, day: 28 })
  })

  it('must not fire: a bracketed aside naming a picture in a sentence; a place dated by its day stays the place', () => {
    const issue = parseIssue(page('标题一行', '本报讯 他展示了一张照片(资料图片见二版),说明情况。'))
    expect(findAll(issue, 'caption')).toEqual([])
    const malaysian = find(parseIssue(page('标题一行', '(雪邦1日讯)雪邦市议会昨日召开会议。')), 'dateline')!
    expect(malaysian.place).toBe('雪邦')
    expect(malaysian.source).toBeUndefined()
  })
})

describe('a story page’s furniture between its title and its text', () => {
  it('reading controls (【字号: | | 【背景色 …) do not part the title from its byline; keywords, a labelled menu and links between bars are interface', () => {
    const input = [
      '设为首页 | 加入收藏',
      '城市导航: 石家庄 保定 唐山 承德',
      '',
      '烧烤摊挡住河边遛弯路',
      '',
      '来源: 石家庄新闻网 作者: 2014-06-10 08:32:58',
      '【字号: | | 【背景色 杏仁黄 秋叶褐 胭脂红',
      '',
      '  槐东小区',
      '',
      '  □社区记者卞静',
      '',
      '  9日,家住槐东小区的居民赵女士来电反映,河边小路被烧烤摊占了。',
      '',
      '关键词:烧烤,遛弯路,河边',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expect(types(issue).slice(0, 2)).toEqual(['chrome', 'chrome'])
    expect(headlines(input)).toEqual(['烧烤摊挡住河边遛弯路'])
    const byline = find(issue, 'byline')!
    expect(findAll(byline, 'credit').map((c) => [c.role, c.names])).toEqual([['社区记者', ['卞静']]])
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
    expectSource(input, issue)
  })

  it('must not fire: a sentence opening with 关键词: in a lead is text', () => {
    const issue = parseIssue(page('标题一行', '本报讯 关键词:这是一句话。会议强调要抓好落实。'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})
