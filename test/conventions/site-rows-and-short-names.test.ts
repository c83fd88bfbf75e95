/**
 * What site pages and records of metro and overseas papers print around their stories, met in parts (eb)–(ee)
 * (d998 铜梁网, d999 勐腊县融媒体中心, d1001 日中商报, d1002 温州都市报, d1004 淄博日报):
 *   温都讯 昨晚，… / …罚款。温都记者 吕进科          a metro paper's short name (X都) filing and crediting: source, signature
 *   …服务工作。” / 来源: / 西双版纳发布 / 勐腊县融      a source label alone, its values on the lines under it: no paragraphs
 *   日期: 来源:淄博日报收集编辑:淄博日报              a row of fields whose date is left empty: interface, no subheadline
 *   位置 :  铜梁网 > 新闻详情                         the bare word 位置 before marked steps: a breadcrumb
 *   铜梁区融媒体中心 15小时前                          a post's time as an app prints it, how long ago: interface
 *   …不得不谓《译书汇编》实为之倡也” / 但随着…          a quoted sentence closing the line, its full stop left out: the paragraph ends
 * and in part (cx) (d874 山东教育报):
 *   录入:超级管理员                                    a staff field naming the account's rank in the site's system: a staff line
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { find, findAll, page, printed, readChecked as read, chromeLines as chrome } from '../helpers/tree'

const paragraphs = (input: string) => findAll(read(input), 'paragraph').map((node) => printed(node, false))
const subheadlines = (input: string) => findAll(read(input), 'subheadline').map((node) => printed(node, false))

describe('a metro paper by its short name, X都', () => {
  const LEAD = '昨晚，市公安局机场分局对殴打国航地勤人员一事作出处理：对两名乘客均给予行政拘留5日。'
  const LAST = '最近几天，国内多个地方因雷雨天气，出现大面积航班延误或取消。机场警方将相关当事人带走调查。'

  it('files the story: 温都讯 is the dateline’s source (d1002)', () => {
    const dateline = find(read(page('2名女乘客因航班延误殴打地勤人员被拘留5天', `温都讯 ${LEAD}`)), 'dateline')
    expect(dateline?.source).toBe('温都讯')
  })

  it('credits its reporter after the last sentence: the signature (d1002)', () => {
    const signature = find(read(page('2名女乘客因航班延误殴打地勤人员被拘留5天', `温都讯 ${LEAD}`, `${LAST}温都记者 吕进科`)), 'signature')
    expect(signature?.names).toEqual(['吕进科'])
    expect(signature?.role).toBe('温都记者')
  })

  it('not a city’s name the vocabulary knows: 成都讯 names no outlet', () => {
    expect(find(read(page('2名女乘客因航班延误殴打地勤人员被拘留5天', `成都讯 ${LEAD}`)), 'dateline')).toBeUndefined()
  })

  it('not a sentence about the paper’s reporters: 南都记者发现… stays the paragraph’s', () => {
    const input = page('深圳5个四连号拍出643万', `${LAST}南都记者发现，两个四连号被拍出。`)
    expect(find(read(input), 'signature')).toBeUndefined()
  })
})

describe('a source label alone, its values on the lines under it', () => {
  const BODY = '6月27日,2025年云南省文化科技卫生“三下乡”集中示范活动在勐腊县、磨憨镇启动。'

  it('the label is interface, each value a source note: no paragraphs (d999)', () => {
    const input = page('三下乡活动在勐腊启动', `${BODY}\n来源:\n西双版纳发布\n勐腊县融`)
    expect(paragraphs(input)).toEqual([BODY])
    expect(findAll(read(input), 'sourceNote').map((node) => node.source)).toEqual(['西双版纳发布', '勐腊县融'])
    expect(chrome(input)).toContain('来源:')
  })

  it('a value read as an outlet’s line already (钱江晚报): the label goes with it', () => {
    expect(paragraphs(page('三下乡活动在勐腊启动', `${BODY}\n来源:\n钱江晚报`))).toEqual([BODY])
  })

  it('not where the story’s credits follow, each label over its value: 作者: / 夏凡 余婷婷 still signs it (d206)', () => {
    const input = page('三下乡活动在勐腊启动', `${BODY}\n来源:\n钱江晚报\n作者:\n夏凡 余婷婷 余勤 柏建斌`)
    expect(find(read(input), 'signature')?.names).toEqual(['夏凡', '余婷婷', '余勤', '柏建斌'])
  })

  it('not a label over a sentence: 来源: / 本次活动由省委宣传部等15家单位联合主办。 stays text', () => {
    const input = page('三下乡活动在勐腊启动', `${BODY}\n来源:\n本次活动由省委宣传部等15家单位联合主办。`)
    expect(paragraphs(input)).toContain('本次活动由省委宣传部等15家单位联合主办。')
  })
})

describe('a row of fields whose date is left empty', () => {
  const TITLE = '美丽河湖看淄博︱孝妇河:百里绿脉蕴一城繁华'
  const BODY = '一座城市因为有水,便有了灵性。贯穿南北的孝妇河,被称为淄博的“母亲河”。'

  it('is interface, no subheadline (d1004)', () => {
    const input = page(TITLE, '日期: 来源:淄博日报收集编辑:淄博日报', BODY)
    expect(subheadlines(input)).toEqual([])
    expect(chrome(input)).toEqual(['日期: 来源:淄博日报收集编辑:淄博日报'])
  })

  it('not a row whose date is filled in: 日期:2024-10-30 来源:淄博日报 stays the stamp', () => {
    const input = page(TITLE, '日期:2024-10-30 来源:淄博日报', BODY)
    expect(find(read(input), 'stamp')?.date).toMatchObject({ year: 2024, month: 10, day: 30 })
    expect(chrome(input)).toEqual([])
  })
})

describe('a breadcrumb labelled by the bare word 位置', () => {
  const TITLE = '【新春走基层】铜梁虎峰:万家团圆时 他们在坚守'
  const BODY = '2月16日晚上9点,农历除夕夜,铜梁区虎峰镇群力村的乡间公路上,村党支部书记夏世模带领多名村干部开始夜间巡查。'

  it('is interface, no kicker (d998)', () => {
    const input = page('位置 :  铜梁网 > 新闻详情', TITLE, BODY)
    expect(chrome(input)).toContain('位置 :  铜梁网 > 新闻详情')
    expect(find(read(input), 'kicker')).toBeUndefined()
  })

  it('not a story’s field of place with no marked step: 位置:东经122度30分 stays text', () => {
    expect(chrome(page(TITLE, '位置:东经122度30分', BODY))).toEqual([])
  })
})

describe('a post’s time as an app prints it, how long ago', () => {
  const TITLE = '【新春走基层】铜梁虎峰:万家团圆时 他们在坚守'
  const BODY = '2月16日晚上9点,农历除夕夜,铜梁区虎峰镇群力村的乡间公路上,村党支部书记夏世模带领多名村干部开始夜间巡查。'

  it('with the poster’s name before it: interface, no subheadline (d998)', () => {
    const input = page(TITLE, '铜梁区融媒体中心 15小时前', BODY)
    expect(subheadlines(input)).toEqual([])
    expect(chrome(input)).toEqual(['铜梁区融媒体中心 15小时前'])
  })

  it('alone: 3天前, 刚刚', () => {
    expect(chrome(page(TITLE, '3天前', BODY))).toEqual(['3天前'])
    expect(chrome(page(TITLE, '刚刚', BODY))).toEqual(['刚刚'])
  })

  it('not a title about how long ago: 十五小时前的那场大火 stays the subheadline', () => {
    expect(subheadlines(page(TITLE, '十五小时前的那场大火', BODY))).toEqual(['十五小时前的那场大火'])
  })
})

describe('a quoted sentence closing the line, its full stop left out', () => {
  const QUOTED = '辛亥革命元老冯自由在《革命逸史》中提到“吾国青年思想之进步,收效至巨,不得不谓《译书汇编》实为之倡也”'
  const NEXT = '但随着中日战争全面爆发,大批旅日华人回国选择投笔从戎。'

  it('ends the paragraph (d1001)', () => {
    expect(paragraphs(page('日本华文传媒百年的兴衰与发展', `${QUOTED}\n${NEXT}`))).toEqual([QUOTED, NEXT])
  })

  it('not a quoted term the layout broke after: …开展“两个确保” / 活动 is one paragraph', () => {
    const input = page('日本华文传媒百年的兴衰与发展', '全市上下团结一心,深入开展“两个确保”\n活动,提升公共服务水平。')
    expect(paragraphs(input)).toHaveLength(1)
  })
})

describe('a staff field naming the account’s rank in the site’s system', () => {
  const TEXT = '本报讯(记者 石振莹 通讯员 宋国倩)近日,东营区科达小学的学生们收到了新疆小伙伴的来信。'

  it('is a staff line, no paragraph: 录入:超级管理员, 编辑:管理员 (d874)', () => {
    for (const [line, role, name] of [['录入:超级管理员', '录入', '超级管理员'], ['编辑:管理员', '编辑', '管理员']] as const) {
      const input = page('东营市科达小学学生与新疆小伙伴书信联谊', `${TEXT}\n${line}`)
      expect(find(read(input), 'editorLine')).toBeDefined()
      expect(find(find(read(input), 'editorLine')!, 'credit')).toMatchObject({ role, names: [name] })
      expect(paragraphs(input)).toEqual([TEXT])
    }
  })

  it('not the rank in the story’s words, no staff label: 网站管理员表示,… stays text', () => {
    const input = page('东营市科达小学学生与新疆小伙伴书信联谊', `${TEXT}\n网站管理员表示,系统将于下周升级。`)
    expect(find(read(input), 'editorLine')).toBeUndefined()
    expect(paragraphs(input)).toHaveLength(2)
  })
})
