/**
 * Forms that hold across sites rather than for one of them, met in parts (eo)–(es) (d1026 广西师范大学, d1032 淅川融媒,
 * d1033 沁源县论坛, d1038 四川民族学院报, d1039 薄扶林速報):
 *   编 辑:钱 劭 / 审 核:王 上 / 来 源:淅川融媒      labels padded to a wider label's width: read closed up
 *   监 审:王晓凡                                  a review's role by its words ([监总…]审), under the other reviews
 *   2007/04/26 9561次浏览 分类:师大要闻            a site's row of pieces, one date among them: the stamp
 *   期次:第四期   作者:  文/   查看:55              labelled fields and no date: interface
 *   浏览次数:6356  放大 缩小 默认                  a counter or a field before the site's controls: interface (d961)
 *   作者:通讯员 陈祖合  浏览次数:6356               the author's field among them: the byline, the rest interface (d961)
 *   2026-03-13 09:23:30 谢孟洁 来源:区委报道组  责任编辑:程宜杉   the editor closing a dated row: its own staff line (d798)
 *   Site icon 薄扶林速報 · Exit mobile version     WordPress's mobile pages' furniture
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { closePaddedLabels } from '../../src/normalize/labels'
import { breakRunTogetherLines } from '../../src/normalize/run-together'
import { articles, find, findAll, headlinesOf, page, printed, readChecked as read, chromeLines as chrome } from '../helpers/tree'

const TITLE = '县领导深入乡镇调研农村人居环境整治工作'
const LEAD = '11月21日,县委常委、宣传部长马华中带领乡镇和相关单位负责人深入金河镇调研农村人居环境整治工作。'
const MORE = '马华中指出,要持续抓好农村环境和公路沿线广告牌专项整治工作。'
const staff = (input: string) => findAll(read(input), 'editorLine').flatMap((line) => findAll(line, 'credit').map((credit) => `${credit.role}:${credit.names.join('、')}`))
const subheadlines = (input: string) => findAll(read(input), 'subheadline').map((node) => printed(node, false))

describe('labels padded to a wider label’s width', () => {
  const FOOTER = '来 源:淅川融媒\n记者:王照娟\n编 辑:钱 劭\n审 核:王 上\n监 审:王晓凡'

  it('编 辑:, 审 核:, 监 审: under a story: its staff lines, the roles closed up, the nodes as printed (d1032)', () => {
    const input = `${TITLE}\n${LEAD}\n${MORE}\n${FOOTER}\n`
    expect(staff(input)).toEqual(['编辑:钱劭', '审核:王上', '监审:王晓凡'])
    expect(findAll(read(input), 'editorLine').map((node) => printed(node, false))).toEqual(['编 辑:钱 劭', '审 核:王 上', '监 审:王晓凡'])
  })

  it('来 源:淅川融媒: the source note, no story of its own; 记者:王照娟 the signature', () => {
    const tree = read(`${TITLE}\n${LEAD}\n${MORE}\n${FOOTER}\n`)
    expect(articles(tree)).toHaveLength(1)
    expect(find(tree, 'sourceNote')?.source).toBe('淅川融媒')
    expect(find(tree, 'signature')?.names).toEqual(['王照娟'])
  })

  it('作    者: with four spaces over another empty field (发布单位:) under a signed story: the site’s fields, no story’s title (d1026)', () => {
    const input = page(TITLE, LEAD, '(宣传部 赵亮  学生记者 蓝诚诚  文/摄)', '    作    者:\n    发布单位:', MORE)
    expect(headlinesOf(input)).toEqual([TITLE])
    expect(chrome(input)).toEqual(['作    者:', '发布单位:'])
  })

  it('not a place’s name over a title: 渭滨区峪泉路便民市场: over its headline stays the kicker', () => {
    expect(printed(find(read(page('渭滨区峪泉路便民市场:\n市民有序购物自觉佩戴口罩', LEAD)), 'kicker')!, false)).toBe('渭滨区峪泉路便民市场:')
  })

  it('closed up only before a colon, at a line’s start or after a space: not a padded title, nor words of a sentence', () => {
    expect(closePaddedLabels('编 辑:钱 劭\n作    者:\n').text).toBe('编辑:钱 劭\n作者:\n')
    expect(closePaddedLabels('春 天\n他说 好:就这样\n').toInput).toBeUndefined()
    expect(headlinesOf(page('春 天', LEAD))).toEqual(['春 天'])
  })

  it('not a review’s role alone under a paragraph: 监审:王晓凡 with no staff line over it stays the story’s', () => {
    expect(staff(`${TITLE}\n${LEAD}\n监审:王晓凡\n`)).toEqual([])
  })
})

describe('a site’s row of pieces', () => {
  const SITE_TITLE = '自治区重大项目建设宣传报道团到我校采访雁山校区项目进展情况'

  it('2007/04/26 9561次浏览 分类:师大要闻 under the title: the stamp, dated that day, no subheadline (d1026)', () => {
    const input = page(SITE_TITLE, '2007/04/26 9561次浏览 分类:师大要闻', LEAD)
    expect(find(read(input), 'stamp')?.date).toMatchObject({ year: 2007, month: 4, day: 26 })
    expect(subheadlines(input)).toEqual([])
  })

  it('a poster’s name, a dash, the date and time: the stamp (TUhjnbcbe - 2020/11/1 1:13:00, d1033)', () => {
    expect(find(read(page(SITE_TITLE, 'TUhjnbcbe - 2020/11/1 1:13:00', LEAD)), 'stamp')?.date).toMatchObject({ year: 2020, month: 11, day: 1 })
  })

  it('期次:第四期   作者:  文/   查看:55, fields with no date: interface, no subheadline (d1038)', () => {
    const input = page('我与校报二、三事', '   期次:第四期   作者:  文/   查看:55   ', LEAD)
    expect(chrome(input)).toContain('期次:第四期   作者:  文/   查看:55')
    expect(subheadlines(input)).toEqual([])
  })

  it('not an event’s fields in a notice: 时间:2024年5月9日 14:30 地点:市体育馆 stays the story’s text', () => {
    const input = page(SITE_TITLE, LEAD, '时间:2024年5月9日 14:30 地点:市体育馆', MORE)
    expect(find(read(input), 'stamp')).toBeUndefined()
    expect(chrome(input)).toEqual([])
  })

  it('not a row naming its author: 作者:王晓明 分类:校园新闻 is no interface', () => {
    expect(chrome(page(SITE_TITLE, '作者:王晓明 分类:校园新闻', LEAD))).toEqual([])
  })

  it('not a sentence: 阅读:120 人次参加了活动,分类:… holds a clause’s mark', () => {
    expect(find(read(page(SITE_TITLE, '2024/05/09 共有120人参加,分类:活动', LEAD)), 'stamp')).toBeUndefined()
  })

  it('a counter before the site’s controls: 浏览次数:6356  放大 缩小 默认 is interface, no subheadline (d961)', () => {
    const input = page(SITE_TITLE, '浏览次数:6356  放大 缩小 默认', LEAD)
    expect(chrome(input)).toContain('浏览次数:6356  放大 缩小 默认')
    expect(subheadlines(input)).toEqual([])
  })

  it('the date with the site’s type-size controls in their brackets: the stamp (2024/05/09 ( 字体:大 中 小 ))', () => {
    const input = page(SITE_TITLE, '2024/05/09 ( 字体:大 中 小 )', LEAD)
    expect(find(read(input), 'stamp')?.date).toMatchObject({ year: 2024, month: 5, day: 9 })
    expect(subheadlines(input)).toEqual([])
  })

  it('a date in brackets among the pieces: (2024/10/18) 分类:校园新闻 and （2024/10/18） 9561次浏览 are the stamp', () => {
    for (const row of ['(2024/10/18) 分类:校园新闻', '（2024/10/18） 9561次浏览']) {
      expect(find(read(page(SITE_TITLE, row, LEAD)), 'stamp')?.date).toMatchObject({ year: 2024, month: 10, day: 18 })
      expect(subheadlines(page(SITE_TITLE, row, LEAD))).toEqual([])
    }
  })

  it('not controls alone with words: 放大 缩小 的 效果 is no site row, nor 分类 放大 a field', () => {
    const input = page(SITE_TITLE, '政策放大 效果缩小', LEAD)
    expect(chrome(input)).toEqual([])
    expect(find(read(input), 'stamp')).toBeUndefined()
  })

  it('the author’s field before the site’s counter and controls: 作者:通讯员 陈祖合  浏览次数:6356  放大 缩小 默认 is the byline and interface (d961)', () => {
    for (const row of [' 作者:通讯员 陈祖合  浏览次数:6356  放大 缩小 默认', '作者:通讯员 陈祖合 浏览次数:6356']) {
      const tree = read(page(SITE_TITLE, row, LEAD))
      expect(findAll(tree, 'byline').flatMap((byline) => findAll(byline, 'credit').map((credit) => `${credit.role}:${credit.names.join('、')}`))).toEqual(['通讯员:陈祖合'])
      expect(chrome(page(SITE_TITLE, row, LEAD))).toEqual([row.slice(row.indexOf('浏览'))])
      expect(subheadlines(page(SITE_TITLE, row, LEAD))).toEqual([])
    }
  })

  it('not an author’s field that names no one: 作者:佚名 浏览次数:6356 放大 缩小 默认 credits no one', () => {
    expect(find(read(page(SITE_TITLE, '作者:佚名 浏览次数:6356 放大 缩小 默认', LEAD)), 'byline')).toBeUndefined()
  })

  it('not a row naming its author before the controls: 作者:王晓明 放大 缩小 is no interface', () => {
    expect(chrome(page(SITE_TITLE, '作者:王晓明 放大 缩小', LEAD))).not.toContain('作者:王晓明 放大 缩小')
  })
})

describe('the desk’s editor closing a site’s row of the story’s date or author', () => {
  const ROW_TITLE = '政府广场稻花香'
  const rows = (input: string) => {
    const tree = read(input)
    return { staff: staff(input), subheadlines: subheadlines(input), stamp: find(tree, 'stamp'), source: find(tree, 'sourceNote'), header: find(tree, 'pageHeader') }
  }

  it('2026-03-13 09:23:30 谢孟洁 来源:区委报道组  责任编辑:程宜杉: the stamp, then the staff line (d798)', () => {
    const read = rows(page(ROW_TITLE, '2026-03-13 09:23:30 谢孟洁 来源:区委报道组  责任编辑:程宜杉', LEAD))
    expect(read.staff).toEqual(['责任编辑:程宜杉'])
    expect(read.stamp?.date).toMatchObject({ year: 2026, month: 3, day: 13 })
  })

  it('来源:晚霞报2020年9月30日 星期三 总第5431期 编辑:熊壮: the issue line, then the staff line (d925)', () => {
    const read = rows(page(ROW_TITLE, '来源:晚霞报2020年9月30日 星期三 总第5431期 编辑:熊壮', LEAD))
    expect(read.staff).toEqual(['编辑:熊壮'])
    expect(read.subheadlines).toEqual([])
  })

  it('not a row of fields with no date: 作者:王晓明 来源: 编辑:张萌 stays the field rows’ one staff line', () => {
    expect(findAll(read(page(ROW_TITLE, '作者:王晓明 来源: 编辑:张萌', LEAD)), 'editorLine')).toHaveLength(1)
    expect(find(read(page(ROW_TITLE, '作者:王晓明 来源: 编辑:张萌', LEAD)), 'sourceNote')).toBeUndefined()
  })

  it('not the desk’s staff alone, nor a source and its editor: 编辑：高登科 责任编辑：李娟 and 来源：巴彦淖尔日报 编辑：苏亮 stay one row each', () => {
    expect(findAll(read(page(ROW_TITLE, LEAD, '编辑：高登科 责任编辑：李娟')), 'editorLine')).toHaveLength(1)
    expect(findAll(read(page(ROW_TITLE, LEAD, '来源：巴彦淖尔日报 编辑：苏亮')), 'editorLine')).toHaveLength(1)
  })

  it('not a sentence naming an editor: 2024年5月9日,记者采访了编辑:王颖 stays the story’s text', () => {
    expect(staff(page(ROW_TITLE, LEAD, '2024年5月9日,记者采访了编辑:王颖'))).toEqual([])
  })
})

describe('WordPress’s mobile pages', () => {
  it('Site icon 薄扶林速報 over the title, Exit mobile version at the foot: interface, the title the story’s (d1039)', () => {
    const input = page('Site icon 薄扶林速報', '通宵溫習室周日上鎖 同學望改善安排', '近日學校考試事務處開放部分百周年校園的課室作通宵溫習室予同學使用。', 'Exit mobile version')
    expect(headlinesOf(input)).toEqual(['通宵溫習室周日上鎖 同學望改善安排'])
    expect(chrome(input)).toEqual(['Site icon 薄扶林速報', 'Exit mobile version'])
  })

  it('not the words inside a sentence: …the exit mobile version of the app… stays text', () => {
    expect(chrome(page('应用更新', '该公司表示,用户可以选择 Exit mobile version 按钮返回桌面版本。'))).toEqual([])
  })
})

describe('a story whose paragraphs a store ran together on one line', () => {
  const P1 = '1月23、24日,受强冷空气影响,我县北部山区出现雨雪冰冻天气,最低气温降至零下3摄氏度。山区道路结冰,给群众出行带来不便。冰冻天气持续,让人们见识了雪上加霜的威力。'
  const P2 = '洽水镇石莹村是全县海拔最高的村庄之一。记者驱车前往,越往上走路面结冰越严重,车辆只能慢慢行驶,不少车辆停在路边等待冰雪融化,车速不得不慢下来。'
  const P3 = '到达石莹村时,村道上的积雪已有数厘米厚。村民们拿着铲子清理门前积雪,孩子们在雪地里追逐嬉戏,老人们则小心翼翼地行走,生怕摔跤。'
  const P4 = '从23日凌晨起,县供电局组织抢修队伍连夜上山,对被积雪压断的线路进行抢修。截至24日下午,受影响的线路已全部恢复供电,抢修工作还在加快推进。'
  const P5 = '另外,县交通运输局提醒广大驾驶员,雨雪冰冻天气期间尽量减少出行,确需出行的要提前检查车辆,安装防滑链,低速慢行,确保安全。县气象台预计,未来三天仍有降温,各地要做好防范。'
  const P6 = '据了解,此次雨雪冰冻天气是今年入冬以来影响范围最广的一次,全县共出动抢修人员两百余人次,清理道路积雪三十余公里。'
  const paragraphs = (input: string) => findAll(articles(read(input))[0]!, 'paragraph').length

  it('a space where each paragraph ended, on a line longer than any paragraph: the paragraphs, the copy as printed (d1030, d940)', () => {
    const input = `${[P1, P2, P3, P4, P5, P6].join(' ')}\n`
    expect(input.length).toBeGreaterThan(400)
    expect(paragraphs(input)).toBe(6)
    expect(printed(findAll(read(input), 'paragraph')[1]!, false)).toBe(P2)
  })

  it('not a line that sets every sentence apart with a space: one paragraph, as the copy prints it (d945)', () => {
    const spaced = [P1, P2, P3, P4, P5, P6].map((p) => p.replace(/。(?=.)/g, '。 ')).join(' ')
    expect(paragraphs(`${spaced}\n`)).toBe(1)
  })

  it('not a page whose lines another break parts (U+2028, a form feed): its lines are read one by one', () => {
    const lines = [P1, P2, P3, P4, P5, P6].map((p) => p.replace('。', '。 ')).join('\u2028')
    expect(breakRunTogetherLines(lines).toInput).toBeUndefined()
  })

  it('not a page’s ordinary lines: a space after a sentence inside a paragraph of a short line stays inside it', () => {
    expect(paragraphs(`${TITLE}\n${LEAD} 马华中指出,要持续抓好整治工作。 会议要求各乡镇抓好落实。\n`)).toBe(1)
  })
})

describe('an e-paper reader’s issue line with its count of pages', () => {
  it('《陕西师大报》总第703期 四版:杏园副刊 本期共4版: the page header, no headline (d1037)', () => {
    const input = page('《陕西师大报》总第703期 四版:杏园副刊 本期共4版', TITLE, LEAD)
    expect(printed(find(read(input), 'pageHeader')!, false)).toBe('《陕西师大报》总第703期 四版:杏园副刊 本期共4版')
    expect(headlinesOf(input)).toEqual([TITLE])
  })

  it('not a title naming a serial number: 举办总第100期道德讲堂 stays the headline', () => {
    expect(headlinesOf(page('我市举办总第100期道德讲堂', LEAD))).toEqual(['我市举办总第100期道德讲堂'])
  })
})

describe('the lead’s day in this month', () => {
  const date = (input: string) => find(read(input), 'dateline')?.date
  it('本报讯(记者 江陵)本月18日,…: the dateline’s day 18, its month unknown (d1044, d991, d992)', () => {
    expect(date(page(TITLE, '本报讯(记者 江陵)本月18日,考察团一行六人莅临巴塞罗那。'))).toMatchObject({ day: 18 })
    expect(date(page(TITLE, '本报讯(记者 江陵)本月18日,考察团一行六人莅临巴塞罗那。'))?.month).toBeUndefined()
  })

  it('not this month with no day: 本报讯 本月初,… dates nothing', () => {
    expect(date(page(TITLE, '本报讯 本月初,考察团一行六人莅临巴塞罗那。'))?.day).toBeUndefined()
  })
})

describe('a reader’s controls for the issue or the story before and after', () => {
  it('作者 内容  上一期  当前第156期  下一期 over the title: interface, the title the story’s (d1046)', () => {
    const top = 'C2:E学吉林·校园动态 上一版 下一版\n\n《江苏科技报·学生周刊》励志启智,开阔视野,净化心灵,陶冶情操,参与互动,\n\n国内统一刊号:CN32—0019\n\n第156期  总第5530期  2017年12月19日  星期二\n返回首页'
    const input = page(`${top}\n作者 内容  上一期  当前第156期  下一期\n长春解放大路小学举行“科技兴国”主题升旗仪式\n来源:本站原创 作者:鞠秀萍 发布日期:2017-12-19 09:10:18`, LEAD)
    expect(chrome(input)).toContain('作者 内容  上一期  当前第156期  下一期')
    expect(headlinesOf(input)).toEqual(['长春解放大路小学举行“科技兴国”主题升旗仪式'])
  })

  it('not a sentence naming them, nor an item of a numbered list of controls (1. 上一篇 下一篇)', () => {
    expect(chrome(page(TITLE, '读者可点击上一期、下一期查看往期内容。'))).toEqual([])
    expect(chrome(page('1. 上一篇 下一篇\n  2. 第3259期   20180130', TITLE, LEAD))).not.toContain('1. 上一篇 下一篇')
  })
})

describe('a new-media desk’s 总监 among its staff', () => {
  const HEAT = '从今天开始,县城所有换热站陆续启动,直到20号要全部投入运行。'
  it('监制:程广总监:杨峰 glued under the editors’ row: both staff credits (d1033)', () => {
    expect(staff(page('绿色沁源供暖已开始', HEAT, '编辑:安璐责编:贺志敏', '监制:程广总监:杨峰'))).toEqual(['编辑:安璐', '责编:贺志敏', '监制:程广', '总监:杨峰'])
  })

  it('not a company’s officers a story lists: 销售总监：王军 财务总监：刘强 stays the story’s', () => {
    expect(staff(page('绿色沁源供暖已开始', HEAT, '销售总监：王军 财务总监：刘强'))).toEqual([])
  })
})

describe('a document site’s source label', () => {
  it('文档来源: 中国冶金报-中国钢铁新闻网 under the story: its source note, no paragraph of it (d685)', () => {
    const tree = read(page(TITLE, LEAD, MORE, '文档来源: 中国冶金报-中国钢铁新闻网'))
    expect(find(tree, 'sourceNote')?.source).toBe('中国冶金报-中国钢铁新闻网')
    expect(findAll(articles(tree)[0]!, 'paragraph')).toHaveLength(2)
  })

  it('not the words in a sentence: 该文档来源于县档案馆的馆藏。 stays the story’s', () => {
    expect(find(read(page(TITLE, LEAD, '该文档来源于县档案馆的馆藏。')), 'sourceNote')).toBeUndefined()
  })
})

describe('a site’s channel named under the story’s title and fields', () => {
  const CHANNEL_TITLE = '冷水滩:社区添置休闲椅 “小心愿”惠民生'
  const FIELDS = '来源:区融媒体中心 编辑:邓钰凡 2019-05-15 16:04:36'

  it('title / fields / 时刻新闻 / —分享— / text: the channel’s name is interface, one story (d511)', () => {
    const input = page(CHANNEL_TITLE, FIELDS, '时刻新闻', LEAD)
    expect(headlinesOf(input)).toEqual([CHANNEL_TITLE])
    expect(chrome(input)).toContain('时刻新闻')
  })

  it('not a channel’s name over another title: 时刻新闻 / a second title / its text stays a story’s line', () => {
    const input = page(CHANNEL_TITLE, FIELDS, '时刻新闻', '县领导深入乡镇调研', LEAD)
    expect(chrome(input)).not.toContain('时刻新闻')
  })
})
