/**
 * What blog, campus and overseas papers' sites print around a story, met in
 * part (al) (d572 学通社, d574 湖州师范学院, d577 侨报, d578 八八新聞網):
 *   文/何欣潔 - 13 七月 2011 - 6 篇回應            a post's meta: the byline and the stamp
 *   文章列表(依標籤) 高雄縣                        a blog listing's label
 *   湖州师范学院党委宣传部、新闻中心主办            a site's sponsor line
 *   Nov 9, 2018, 17:08 PM                         a date in English with its time: the stamp
 *   学通社记者 陈洪家                              an agency's reporter (…社 before the role)
 * Each where it fires and where it must not.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, creditsOf, find, findAll, readChecked as read, types } from '../helpers/tree'

const credits = creditsOf

describe('a blog listing’s posts', () => {
  it('d578: each post a story, its title the headline, the meta its byline and stamp; the listing’s label interface', () => {
    const issue = read(readFileSync(new URL('../fixtures/corpus/d578.txt', import.meta.url), 'utf8'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([
      '夏日豪雨侵襲,大愛村淹水及膝',
      '甲仙新米夏日插秧,傳承農事鄉土教育',
      '市長來了(上)不在行程內的南沙魯',
      '強制拆除房屋公文,再度引發爭議',
      '五里埔慶端午,憂就業回鄉難',
    ])
    expect(articles(issue).map((a) => credits(find(a, 'byline'))[0])).toEqual([
      ['文', ['何欣潔']],
      ['文', ['何欣潔']],
      ['文', ['劉瑋婷']],
      ['文', ['鄭淳毅']],
      ['文', ['何欣潔']],
    ])
  })

  it('title / 文/何欣潔 - 13 七月 2011 - 6 篇回應 / text: headline, byline, stamp dated 2011-07-13, paragraph', () => {
    const issue = read(['甲仙新米夏日插秧，傳承農事鄉土教育', '', '文/何欣潔 - 13 七月 2011 - 6 篇回應', '', '甲仙愛鄉協會理事長陳敬忠表示，公田插秧學習活動已經進入第三期。'].join('\n'))
    expect(types(articles(issue)[0])).toEqual(['headline', 'byline', 'stamp', 'paragraph'])
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2011, month: 7, day: 13 })
  })

  it('must not fire: a dash between a name and a date in a sentence, or a month past twelve, is no post meta', () => {
    const issue = read(['甲仙新米夏日插秧', '陳敬忠表示 - 13 七月 2011 - 公田插秧學習活動已經進入第三期。', '甲仙國小 - 5 十三月 2011 - 6 篇回應'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('a site’s sponsor line, an English date stamp, an agency’s reporter', () => {
  it('湖州师范学院党委宣传部、新闻中心主办 over the title: interface, the title the headline', () => {
    const issue = read(['湖州师范学院党委宣传部、新闻中心主办', '', '校报荣获省高校“好新闻”评选四奖项', '', '来源:党委宣传部 发布日期:2007-12-18', '12月14日至16日，省高校校报研究会在嘉兴学院举行学术年会。'].join('\n'))
    expect(toString(find(issue, 'headline'))).toBe('校报荣获省高校“好新闻”评选四奖项')
  })

  it('must not fire: a sentence that something is hosted (由我市主办) stays the title', () => {
    const issue = read(['第十届运动会由我市主办', '', '本报讯 第十届全省运动会将于明年在我市举行。'].join('\n'))
    expect(toString(find(issue, 'headline'))).toBe('第十届运动会由我市主办')
  })

  it('Nov 9, 2018, 17:08 PM under the title: the stamp', () => {
    const issue = read(['《侨报小记者报》主编告别信(图)', '', 'Nov 9, 2018, 17:08 PM', '', '说实话，我2013年加入《侨报》小记者俱乐部之前，对中文没有真正的兴趣。'].join('\n'))
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2018, month: 11, day: 9 })
    expect(toString(find(issue, 'headline'))).toBe('《侨报小记者报》主编告别信(图)')
  })

  it('must not fire: an English date with no time is no stamp (a table’s or a sentence’s)', () => {
    const issue = read(['侨报新闻', '', 'Nov 9, 2018', '', '说实话，我2013年加入《侨报》小记者俱乐部之前，对中文没有真正的兴趣。'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('学通社记者 陈洪家 under the title: the byline, the agency its affiliation', () => {
    const issue = read(['青春笔触，思想之舞', '学通社记者 陈洪家', '', '近日，学校举办了第五届思政微课大赛。'].join('\n'))
    expect(find(find(issue, 'byline')!, 'credit')).toMatchObject({ role: '学通社记者', names: ['陈洪家'], affiliation: '学通社' })
  })
})

describe('review mends: where the newest furniture must not fire (a second review on made-up pages)', () => {
  it('a story’s WeChat steps stay text; only under the widget’s share line are they interface', () => {
    const issue = read(['如何在手机上查公积金', '本报讯 记者昨天了解到，市民可以在手机上查询公积金。步骤如下：', '打开微信，点击底部的“发现”，', '再点击“扫一扫”，扫描二维码即可。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('a headline or a sentence that something is hosted stays text (本届读书节由市委宣传部主办)', () => {
    expect(toString(find(read(['本届读书节由市委宣传部主办', '', '本报讯 第五届全民读书节昨日开幕。'].join('\n')), 'headline'))).toBe('本届读书节由市委宣传部主办')
    const kicker = read(['全市中小学运动会开幕', '本报讯 全市中小学运动会昨日开幕，来自全市的两千余名运动员参赛。', '市体育局、市教育局主办', '比赛为期三天。'].join('\n'))
    expect(findAll(kicker, 'chrome')).toEqual([])
  })

  it('文章列表 before a title’s words, with no bracket, stays the title', () => {
    expect(toString(find(read(['文章列表 高雄縣長選情', '', '高雄縣長選舉昨日進入最後衝刺。'].join('\n')), 'headline'))).toBe('文章列表 高雄縣長選情')
  })

  it('a date in English with its time amid the text stays text', () => {
    const issue = read(['外籍人士学汉语热情高', '本报讯 记者昨天来到一家汉语培训中心，黑板上写着下一次课的时间：', 'March 15, 2019, 9:30 am', '来自美国的学员汤姆说，他已经学了两年汉语。'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('a bracketed count after no comment link is no stamp’s (…22:10莆田秀屿（12）)', () => {
    const issue = read(['莆田秀屿发生一起交通事故', '本报讯 记者获悉，事故发生于', '2015年08月08日22:10莆田秀屿（12）', '路段，所幸无人员伤亡。'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('a post meta quoted under a line its colon opens stays text (记者翻出当年的剪报： / 文/张三 - 5 三月 1981 - 北京)', () => {
    const issue = read(['重读鲁迅', '本报记者 陈丹', '', '记者翻出当年的剪报：', '文/张三 - 5 三月 1981 - 北京', '那篇文章至今读来仍令人动容。'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('出处：《史记·廉颇蔺相如列传》 names a quotation’s source, not a site’s (no source note, no stamp)', () => {
    const issue = read(['成语故事：负荆请罪', '', '廉颇听说后，脱去上衣，背着荆条，到蔺相如门前请罪。', '出处：《史记·廉颇蔺相如列传》'].join('\n'))
    expect(findAll(issue, 'sourceNote')).toEqual([])
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})
