/**
 * What city dailies and evening papers reposted on their sites and on portals print around their stories, met in
 * parts (dg)–(dj) (d931 三门峡日报, d932 酒泉日报, d937 亳州晚报, d938 皖东晨刊, d939 陇东报, d940 普洱日报, d941 四川科技报,
 * d945 联合日报 of Sarawak, d953 哈密日报; (dl)–(dn): d959, d960 铁道建设报, d961 北碚报, d968 澧县新闻网, (do): d969 台灣新聞網, d970 港紙, d971 老中電子報; d573, d757):
 *   本报讯:(记者 李博 徐洪波)欢呼…                              a colon between the flash and its bracket: the dateline's credits
 *   普洱日报讯(记者 …)6月27至28日,…                              a span of days, the first day's 日 left out: the lead's date
 *   本报讯在2月8日召开的…会上                                     the lead's preposition before its date: the dateline's date
 *   皖东晨刊 2018-07-25 08:00 大字 / 晨刊讯 …                     a paper named 刊: its stamp, its flash
 *   打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。   the share widget's steps on one line: interface
 *   QQ截图20210925105328                                          a screenshot's file name: interface
 *   [文章下载] [字号: ]                                            a story page's controls in brackets: interface
 *   Published at May 31, 2022 03:08 pm                              a site's stamp in English with its label
 *   频道推荐 / • title / • title / …                               a site's bulleted list of other stories: interface
 *   本报记者陈燕韩蕾摄                                              two names of two characters glued: two photographers
 *   (刘晓龙 本报通讯员 肖定怀 摄影报道)                              a name with no role, then the paper's correspondent: the signature
 *   冬日田园满目青翠 / ⏎⏎ / 12月4日,…。…。(… 摄影报道)               photo news its credit closes, far under its title: the story
 *   …车站建设情况。候亚峰 姜永祥 高炼 摄影报道                        names alone, then 摄影报道, after the last sentence: the signature
 *   27 / 2019-11 · 新闻内容                                            a site's date block, its label over the story: interface
 *   【导读】 / ★title / … / 【本地】 / ★title / text                  a mobile paper's issue: contents and section label interface, each star's title a story
 *   创建于 2013-06-19                                                  a content system's creation stamp
 *   2024/05/19 / Sunday / 14:05 · 港紙 HKI POST - 第112期 / Page 1   a site's date block, a shared document's title and page marker: interface
 *   …观礼的群众。资料片                                                an archive photo's word closing a caption
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, creditsOf, find, findAll, headlinesOf as headlines, page, readChecked as read, chromeLines as chrome } from '../helpers/tree'

const TITLE = '三门峡,我们为你自豪!'
const LEAD = '欢呼、尖叫、激动、紧张、自豪……10月6日晚7时,我市参加《魅力中国城》初赛竞演节目终于揭开了神秘面纱。'
const MORE = '在三门峡国际文博城会展中心,各界群众齐聚一堂收看节目。'

const dateline = (input: string) => find(read(input), 'dateline')
const signatures = (input: string) => findAll(read(input), 'signature').map((node) => node.names)

describe('a colon between the flash source and its bracket of credits', () => {
  it('the bracket is the dateline’s credits (d931)', () => {
    const line = dateline(page(TITLE, `本报讯:(记者 李博 徐洪波)${LEAD}`))
    expect(line?.source).toBe('本报讯')
    expect(creditsOf(line)).toEqual([['记者', ['李博', '徐洪波']]])
  })

  it('not a bracket that names no one after the colon', () => {
    const line = dateline(page(TITLE, `本报讯:(图)${LEAD}`))
    expect(creditsOf(line)).toEqual([])
  })
})

describe('a span of days in one month, the first day’s 日 left out', () => {
  const LEAD_SPAN = '由中国日报社与驻东盟使团联合启动的“中老铁路行”媒体团到普洱采访。'
  it('dates the lead by its first day (d940)', () => {
    const line = dateline(page(TITLE, `普洱日报讯(记者 徐一丹 魏大良)6月27至28日,${LEAD_SPAN}`))
    expect([line?.date?.month, line?.date?.day]).toEqual([6, 27])
  })

  it('with a hyphen too', () => {
    const line = dateline(page(TITLE, `本报讯 7月15-16日,${LEAD_SPAN}`))
    expect([line?.date?.month, line?.date?.day]).toEqual([7, 15])
  })

  it('not a month and a count with no day after the span', () => {
    const line = dateline(page(TITLE, `本报讯 6月27至28名,${LEAD_SPAN}`))
    expect(line?.date).toBeUndefined()
  })
})

describe('the lead’s preposition before its date', () => {
  it('在 and 于 leave the date the lead’s first (d937)', () => {
    expect(dateline(page(TITLE, '本报讯在2月8日召开的全市作风建设专项行动推进会上,印发了新举措。'))?.date?.day).toBe(8)
    expect(dateline(page(TITLE, '本报讯 于5月9日召开的会议上,印发了新举措。'))?.date?.day).toBe(9)
  })

  it('not another word before the date', () => {
    expect(dateline(page(TITLE, '本报讯 到2月8日,全市已印发新举措。'))?.date).toBeUndefined()
  })
})

describe('a paper named 刊', () => {
  it('its name with the date and time is the stamp, its 讯 the flash (d938)', () => {
    const tree = read(page('影视城内“双捡” 净化旅游环境', '皖东晨刊 2018-07-25 08:00 大字', '晨刊讯 滁州长城梦世界影视城是滁州市一个重要旅游景点。'))
    expect(findAll(tree, 'subheadline')).toEqual([])
    expect(find(tree, 'stamp')).toBeDefined()
    expect(find(tree, 'dateline')?.source).toBe('晨刊讯')
  })

  it('not a word ending in 刊 run into the sentence', () => {
    expect(dateline(page(TITLE, '期刊讯息显示,全市已印发新举措。'))).toBeUndefined()
  })
})

describe('a share widget’s steps for WeChat on one line', () => {
  const STEPS = '打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。'
  it('under its label is interface (d939)', () => {
    expect(chrome(page('曹焕荣 | 大美庆阳', '分享到微信朋友圈', STEPS, LEAD))).toContain(STEPS)
  })

  it('not where no share label stands over it', () => {
    expect(chrome(page(TITLE, LEAD, STEPS))).not.toContain(STEPS)
  })
})

describe('a screenshot’s file name left where the picture stood', () => {
  it('is interface, the story goes on under it (d953)', () => {
    const tree = read(page(TITLE, LEAD, 'QQ截图20210925105328', MORE))
    expect(articles(tree)).toHaveLength(1)
    expect(chrome(page(TITLE, LEAD, 'QQ截图20210925105328', MORE))).toContain('QQ截图20210925105328')
  })

  it('not a title naming a screenshot', () => {
    expect(chrome(page(TITLE, LEAD, 'QQ截图功能升级', MORE))).not.toContain('QQ截图功能升级')
  })
})

describe('a story page’s controls in square brackets', () => {
  it('[文章下载] [字号: ] is interface, no subheadline (d953)', () => {
    const tree = read(page(TITLE, '[文章下载] [字号: ]', LEAD))
    expect(findAll(tree, 'subheadline')).toEqual([])
    expect(chrome(page(TITLE, '[文章下载] [字号: ]', LEAD))).toContain('[文章下载] [字号: ]')
  })
})

describe('a site’s stamp in English with its label', () => {
  it('Published at May 31, 2022 03:08 pm is the stamp, its date read (d945)', () => {
    const stamp = find(read(page('人聯黨604升旗禮 歡慶成立63週年', 'Published at May 31, 2022 03:08 pm', `(本报古晋31日讯)${MORE}`)), 'stamp')
    expect([stamp?.date?.year, stamp?.date?.month, stamp?.date?.day]).toEqual([2022, 5, 31])
  })

  it('not a label without the time', () => {
    expect(find(read(page(TITLE, 'Published at May 31, 2022', LEAD)), 'stamp')).toBeUndefined()
  })
})

describe('a site’s bulleted list of other stories under its label', () => {
  const LIST = ['频道推荐', '  • 六安市金安区市场监管局依法清理“僵尸企业”不断优化营商环境', '  • “00后”,书写不一样的青春', '  • 乘地铁 学国家安全知识'].join('\n')
  it('is interface, no story of its own (d937)', () => {
    const input = page(TITLE, LEAD, LIST)
    expect(headlines(input)).toEqual([TITLE])
    expect(chrome(input)).toContain('乘地铁 学国家安全知识')
  })

  it('not bulleted sentences under the label: text, not titles', () => {
    const input = page(TITLE, LEAD, ['频道推荐', '  • 第一项工作已完成部署。', '  • 第二项工作正在推进。', '  • 第三项工作将于下月启动。'].join('\n'))
    expect(chrome(input)).not.toContain('第二项工作正在推进。')
  })
})

describe('two names of two characters glued in a photographers’ credit', () => {
  it('are two, both halves opening with a common surname (d932)', () => {
    expect(signatures(page(TITLE, LEAD, '本报记者陈燕韩蕾摄'))).toEqual([['陈燕', '韩蕾']])
  })

  it('not a name of four characters', () => {
    expect(signatures(page(TITLE, LEAD, '西藏日报见习记者 次仁平措摄')).flat()).not.toContain('次仁')
    expect(signatures(page(TITLE, LEAD, '(记者 诸葛晓明 摄)'))).toEqual([['诸葛晓明']])
  })
})

describe('a name with no role, then the paper’s correspondent, closing photo news', () => {
  it('is the signature of both (d941)', () => {
    expect(signatures(page(TITLE, `${LEAD}(刘晓龙 本报通讯员 肖定怀 摄影报道)`))).toEqual([['刘晓龙', '肖定怀']])
    expect(signatures(page(TITLE, `${LEAD}(刘晓龙 本报记者 肖定怀 摄)`))).toEqual([['刘晓龙', '肖定怀']])
  })
})

describe('photo news its reporting photographers close, under its title past the photo’s gap', () => {
  const NEWS = '12月4日,南江县集州街道文星村蔬菜基地生机勃勃、满目青翠。去年以来,南江县积极对接城市“菜篮子”工程,成功带动村民增收。'
  const CREDIT = '(刘晓龙 本报通讯员 肖定怀 摄影报道)'
  it('is the title’s story: its text and signature (d941)', () => {
    const input = `冬日田园满目青翠\n\n\n${NEWS}${CREDIT}\n`
    const tree = read(input)
    expect(headlines(input)).toEqual(['冬日田园满目青翠'])
    expect(signatures(input)).toEqual([['刘晓龙', '肖定怀']])
    expect(findAll(tree, 'paragraph')).toHaveLength(1)
    expect(findAll(tree, 'caption')).toEqual([])
  })

  it('not the last paragraph of a story under its text: it closes that paragraph', () => {
    const tree = read(page(TITLE, LEAD, `${NEWS}${CREDIT}`))
    expect(articles(tree)).toHaveLength(1)
    expect(findAll(tree, 'paragraph')).toHaveLength(2)
  })
})

describe('names alone, then 摄影报道, after the last sentence', () => {
  const TEXT = '骑行从地铁1号线延政大道站开始,最终到达高铁北站参观盾构始发仪式和车站建设情况。'
  it('sign the story (d959)', () => {
    expect(signatures(page(TITLE, LEAD, `${TEXT}候亚峰 姜永祥 高炼 摄影报道`))).toEqual([['候亚峰', '姜永祥', '高炼']])
  })

  it('not words that are no names', () => {
    expect(signatures(page(TITLE, LEAD, `${TEXT}全体 市民 摄影报道`))).toEqual([])
  })
})

describe('a site’s block of the day over its year and month', () => {
  it('27 / 2019-11 over the title is interface, no kicker (d960)', () => {
    const input = page('中国中铁四局集团第一工程有限公司', '27', '2019-11', '【铁道建设报】张河川到肃祁项目指导并慰问员工', LEAD)
    expect(chrome(input)).toContain('2019-11')
    expect(findAll(read(input), 'kicker')).toEqual([])
  })

  it('not a year and month in the story’s text', () => {
    expect(chrome(page(TITLE, LEAD, '2019-11', MORE))).not.toContain('2019-11')
  })
})

describe('a site’s label over the story: 新闻内容', () => {
  it('is interface, no kicker (d961)', () => {
    const input = page('新闻内容', '第二版:新闻', '党员义务修路 村民喜上心头', `本报讯 (通讯员 陈祖合)${MORE}`)
    expect(chrome(input)).toContain('新闻内容')
    expect(findAll(read(input), 'kicker')).toEqual([])
  })
})

describe('a mobile paper’s issue: its contents under 【导读】, its sections, a star before each title', () => {
  const STORY_A = ['★我县多会合一部署招商引资工作', '3月26日,我县举行开放型经济和招商引资工作领导小组第四次会议。', '与会人员还对生产项目的选址进行集中会审。']
  const STORY_B = ['★我县推进新时代乡贤工作', '3月27日,全县新时代乡贤工作推进会召开。', '会议要求各乡镇建立乡贤工作站。']
  const ISSUE = ['2019年3月28日 星期四', '【导读】', '★我县多会合一部署招商引资工作', '★我县推进新时代乡贤工作', '★涔南镇举行人居环境整治工作培训会', '【本地】', ...STORY_A, ...STORY_B].join('\n')
  it('each starred title heads its story, the star no part of it; the contents and the section’s label are interface (d968, d757)', () => {
    expect(headlines(`${ISSUE}\n`)).toEqual(['我县多会合一部署招商引资工作', '我县推进新时代乡贤工作'])
    expect(chrome(`${ISSUE}\n`)).toEqual(expect.arrayContaining(['涔南镇举行人居环境整治工作培训会', '【本地】']))
    expect(findAll(read(`${ISSUE}\n`), 'kicker')).toEqual([])
  })

  it('not a star inside a line of text', () => {
    expect(headlines(page(TITLE, `${LEAD}获评★级景区。`))).toEqual([TITLE])
  })
})

describe('a content system’s word that it created the story, and the date', () => {
  it('创建于 2013-06-19 under the title is the stamp (d573)', () => {
    const input = page(TITLE, '创建于 2013-06-19', LEAD)
    expect(headlines(input)).toEqual([TITLE])
    expect(find(read(input), 'stamp')?.date?.year).toBe(2013)
  })

  it('not a sentence of the story that says when something was built', () => {
    expect(find(read(page(TITLE, LEAD, '该馆创建于2013-06-19,是全县首家。')), 'stamp')).toBeUndefined()
  })
})

describe('a site’s date block at the page’s top: the date, the weekday in English, the time', () => {
  it('is the page’s date and interface, the title under it the headline (d969)', () => {
    const input = page(['2024/05/19', 'Sunday', '14:05'].join('\n'), '太平市社區發行社區報蓬勃發展', '台灣新聞網記者黃永順/太平報導', LEAD)
    expect(headlines(input)).toEqual(['太平市社區發行社區報蓬勃發展'])
    expect(findAll(read(input), 'kicker')).toEqual([])
  })

  it('not a weekday in a sentence', () => {
    expect(headlines(page(TITLE, 'Sunday Brunch 周日早午餐活动', LEAD))).toContain(TITLE)
  })
})

describe('a document-sharing site’s page marker and the document’s title over it', () => {
  const NEWS = '八月一日,由香港島各界聯合會舉辦的「完善地區治理幫到你」知識問答比賽舉行抽獎儀式。'
  it('are interface, the story untitled under them (d970, d971)', () => {
    const input = page('港紙 HKI POST - 第112期', 'Page 1', NEWS, MORE)
    expect(chrome(input)).toEqual(expect.arrayContaining(['港紙 HKI POST - 第112期', 'Page 1']))
    expect(headlines(input)).toEqual([''])
  })

  it('not a first line over anything but the first page’s marker', () => {
    expect(headlines(page('港紙 HKI POST 第112期出版', NEWS, MORE))).toEqual(['港紙 HKI POST 第112期出版'])
  })
})

describe('资料片, an archive photo’s word, closing the caption', () => {
  const captions = (input: string) => findAll(read(input), 'caption')
  it('makes the line a caption (d516)', () => {
    expect(captions(page(TITLE, LEAD, '地级威海市成立大会举行当天,威海剧院门前都是观礼的群众。资料片', MORE))).toHaveLength(1)
  })

  it('not a sentence of the story that names an archive film', () => {
    expect(captions(page(TITLE, LEAD, '他们观看了一部资料片。', MORE))).toEqual([])
  })
})
