/**
 * Datelines: the formula that opens a story (本报讯, 本报北京5月9日电, 新华社…),
 * with or without bracketed credits, and the story's date read from the
 * dateline itself or from the lead's first date.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Dateline, Issue } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

/** The dateline of the first paragraph of the first article. */
function leadDateline(issue: Issue): Dateline | undefined {
  const paragraph = find(articles(issue)[0]!, 'paragraph')!
  const first = paragraph.children[0]
  return first?.type === 'dateline' ? first : undefined
}

const credits = (dateline: Dateline) =>
  findAll(dateline, 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names }))

describe('datelines: where they fire', () => {
  it('本报讯 (记者杨峰雷) with an ASCII bracket: date from the lead', () => {
    const input = page(
      '市委专题会议暨市疫情防控工作领导小组第四十二次会议召开',
      '本报讯 (记者杨峰雷)5月9日,市委专题会议暨市疫情防控工作领导小组第四十二次会议召开。',
    )
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报讯')
    expect(dateline.place).toBeUndefined()
    expect(dateline.date).toEqual({ month: 5, day: 9, raw: '5月9日' })
    expect(toString(dateline)).toBe('本报讯 (记者杨峰雷)')
    expect(types(dateline)).toEqual(['text', 'credit', 'text'])
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['杨峰雷'] }])
    const paragraph = find(issue, 'paragraph')!
    expect(types(paragraph)).toEqual(['dateline', 'date', 'text'])
    expect(toString(paragraph.children[1])).toBe('5月9日')
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('本报讯（记者孙珺 通讯员褚家威） with a full-width bracket and two roles', () => {
    const input = page(
      '杭州亚运会倒计时500天',
      '本报讯（记者孙珺 通讯员褚家威）杭州亚运会倒计时500天主题活动在西湖举行。',
    )
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报讯')
    expect(dateline.date).toBeUndefined()
    expect(toString(dateline)).toBe('本报讯（记者孙珺 通讯员褚家威）')
    expect(credits(dateline)).toEqual([
      { role: '记者', affiliation: undefined, names: ['孙珺'] },
      { role: '通讯员', affiliation: undefined, names: ['褚家威'] },
    ])
    expect(findAll(dateline, 'credit').map((c) => c.value)).toEqual(['记者孙珺', '通讯员褚家威'])
    expect(toString(find(issue, 'paragraph')!.children.slice(1))).toBe('杭州亚运会倒计时500天主题活动在西湖举行。')
    expectSource(input, issue)
  })

  it('本报讯（记者 戈伟 实习生 刘晓雪）: names padded by spaces', () => {
    const input = page('夏粮收购工作有序开展', '本报讯（记者 戈伟 实习生 刘晓雪）5月9日，记者从市粮食局获悉，今年夏粮收购工作有序开展。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报讯')
    expect(dateline.date).toEqual({ month: 5, day: 9, raw: '5月9日' })
    expect(credits(dateline)).toEqual([
      { role: '记者', affiliation: undefined, names: ['戈伟'] },
      { role: '实习生', affiliation: undefined, names: ['刘晓雪'] },
    ])
    expect(findAll(dateline, 'credit').map((c) => c.value)).toEqual(['记者 戈伟', '实习生 刘晓雪'])
    expect(toString(dateline)).toBe('本报讯（记者 戈伟 实习生 刘晓雪）')
    expectSource(input, issue)
  })

  it('本报讯(记者孙珺) with an ASCII bracket and no space', () => {
    const input = page('全市春耕备耕工作推进会召开', '本报讯(记者孙珺)5月9日,全市春耕备耕工作推进会召开。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(toString(dateline)).toBe('本报讯(记者孙珺)')
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['孙珺'] }])
    expect(dateline.date).toEqual({ month: 5, day: 9, raw: '5月9日' })
    expectSource(input, issue)
  })

  it('本报讯　（记者杨峰雷） after an ideographic space', () => {
    const input = page('全市核酸检测实验室建设会议召开', '本报讯　（记者杨峰雷）5月8日，全市核酸检测实验室建设工作视频会议召开。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(toString(dateline)).toBe('本报讯　（记者杨峰雷）')
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['杨峰雷'] }])
    expect(dateline.date).toEqual({ month: 5, day: 8, raw: '5月8日' })
    expectSource(input, issue)
  })

  it('本报讯 5月10日上午,… : no credits, date from the lead', () => {
    const input = page(
      '忻州师范学院新校区(一期)项目管理有限公司成立',
      '本报讯 5月10日上午,忻州师范学院新校区(一期)项目管理有限公司正式成立,并举行了揭牌仪式。',
    )
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(toString(dateline)).toBe('本报讯')
    expect(types(dateline)).toEqual(['text'])
    expect(dateline.date).toEqual({ month: 5, day: 10, raw: '5月10日' })
    const paragraph = find(issue, 'paragraph')!
    expect(types(paragraph)).toEqual(['dateline', 'text', 'date', 'text'])
    expect(toString(paragraph)).toBe('本报讯 5月10日上午,忻州师范学院新校区(一期)项目管理有限公司正式成立,并举行了揭牌仪式。')
    expectSource(input, issue)
  })

  it('本报北京5月9日电（记者 王浩）: source, place and the dateline’s own date', () => {
    const input = page(
      '一季度全国新开工项目同比增长',
      '本报北京5月9日电（记者 王浩）记者8日从国家发展改革委获悉，一季度全国新开工项目同比增长。',
    )
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报')
    expect(dateline.place).toBe('北京')
    expect(dateline.date).toEqual({ month: 5, day: 9, raw: '5月9日' })
    expect(toString(dateline)).toBe('本报北京5月9日电（记者 王浩）')
    expect(types(dateline)).toEqual(['text', 'date', 'text', 'credit', 'text'])
    const date = find(dateline, 'date')!
    expect(date).toMatchObject({ value: '5月9日', month: 5, day: 9 })
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['王浩'] }])
    expectSource(input, issue)
  })

  it('新华社北京9月2日电（记者白瀛、王鹏）: two names joined by 、', () => {
    const input = page(
      '全国文化和旅游系统抓好假期安全工作',
      '新华社北京9月2日电（记者白瀛、王鹏）记者2日从文化和旅游部获悉，全国文化和旅游系统抓好假期安全工作。',
    )
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('新华社')
    expect(dateline.place).toBe('北京')
    expect(dateline.date).toEqual({ month: 9, day: 2, raw: '9月2日' })
    expect(toString(dateline)).toBe('新华社北京9月2日电（记者白瀛、王鹏）')
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['白瀛', '王鹏'] }])
    expect(find(dateline, 'credit')!.value).toBe('记者白瀛、王鹏')
    expectSource(input, issue)
  })

  it('新华社北京9月2日电 with no credits', () => {
    const input = page('习近平会见外宾', '新华社北京9月2日电 国家主席习近平2日在人民大会堂会见外宾。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline).toMatchObject({ source: '新华社', place: '北京', date: { month: 9, day: 2, raw: '9月2日' } })
    expect(toString(dateline)).toBe('新华社北京9月2日电')
    expect(findAll(dateline, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）: a national daily as wire source', () => {
    const input = page(
      '锂同位素高精度原位检测成功实现',
      '科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）锂同位素高精度分析技术研究取得重要进展。',
    )
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline).toMatchObject({ source: '科技日报', place: '兰州', date: { month: 6, day: 11, raw: '6月11日' } })
    expect(toString(dateline)).toBe('科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）')
    expect(credits(dateline)).toEqual([
      { role: '记者', affiliation: undefined, names: ['颉满斌'] },
      { role: '通讯员', affiliation: undefined, names: ['余若怡'] },
    ])
    expectSource(input, issue)
  })

  it('本报嘉兴5月9日电: a place the vocabulary does not know', () => {
    const input = page('嘉兴南湖景区迎来客流高峰', '本报嘉兴5月9日电 五一假期以来，南湖景区迎来客流高峰。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline).toMatchObject({ source: '本报', place: '嘉兴', date: { month: 5, day: 9, raw: '5月9日' } })
    expect(toString(dateline)).toBe('本报嘉兴5月9日电')
    expectSource(input, issue)
  })

  it('新华社重庆十四日电: a date in Chinese numerals, day only', () => {
    const input = page('重庆推进城市更新', '新华社重庆十四日电（记者 李松）重庆市十四日召开城市更新工作推进会。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline).toMatchObject({ source: '新华社', place: '重庆' })
    expect(dateline.date).toEqual({ day: 14, raw: '十四日' })
    expect(find(dateline, 'date')).toMatchObject({ value: '十四日', day: 14 })
    expectSource(input, issue)
  })

  it('a dateline paragraph broken across a layout break keeps its dateline', () => {
    const input = page(
      '我市组织收看全省红十字系统视频会议',
      '本报讯 (记者徐国华)5月8日,我市组织收看全省红十字系统视频会议。省会议结束后,我市接着召开会',
      '议,贯彻落实省会议精神。',
    )
    const issue = parseIssue(input)
    const paragraphs = findAll(issue, 'paragraph')
    expect(paragraphs).toHaveLength(1)
    const dateline = leadDateline(issue)!
    expect(dateline.date).toEqual({ month: 5, day: 8, raw: '5月8日' })
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['徐国华'] }])
    expect(toString(paragraphs[0])).toBe(
      '本报讯 (记者徐国华)5月8日,我市组织收看全省红十字系统视频会议。省会议结束后,我市接着召开会议,贯彻落实省会议精神。',
    )
    expectSource(input, issue)
  })

  it('a dateline with no headline above it still opens an article', () => {
    const input = page('本报讯 (记者徐国华)5月8日,全市核酸检测实验室建设工作视频会议召开。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['paragraph'])
    expect(leadDateline(issue)!.source).toBe('本报讯')
    expect(issue.data.diagnostics.map((d) => d.code)).not.toContain('orphan-text')
    expectSource(input, issue)
  })
})

describe('datelines: where they must not fire', () => {
  it('a paragraph opening 本报记者在现场…', () => {
    const input = page(
      '本报讯 5月9日,光明街拆迁工作全面展开。',
      '本报记者在现场看到,工人们正在拆除路灯,现场秩序井然。',
    )
    const issue = parseIssue(input)
    const paragraphs = findAll(issue, 'paragraph')
    expect(paragraphs).toHaveLength(2)
    expect(findAll(paragraphs[1]!, 'dateline')).toEqual([])
    expect(findAll(paragraphs[1]!, 'credit')).toEqual([])
    expect(toString(paragraphs[1])).toBe('本报记者在现场看到,工人们正在拆除路灯,现场秩序井然。')
    expectSource(input, issue)
  })

  it('本报记者从…获悉 opening the first paragraph under a headline', () => {
    const input = page('全市中小学分批开学', '本报记者从市教育局获悉,5月9日起全市中小学分批开学。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toEqual([])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expectSource(input, issue)
  })

  it('a photo credit 新华社记者 谢环驰 摄 under a caption', () => {
    const input = page(
      '习近平会见外宾',
      '新华社北京9月2日电（记者白瀛、王鹏）国家主席习近平2日在人民大会堂会见外宾。',
      '图为会见现场。',
      '新华社记者 谢环驰 摄',
    )
    const issue = parseIssue(input)
    const datelines = findAll(issue, 'dateline')
    expect(datelines).toHaveLength(1)
    expect(toString(datelines[0])).toBe('新华社北京9月2日电（记者白瀛、王鹏）')
    expectSource(input, issue)
  })

  it('本报讯 in the middle of a paragraph', () => {
    const input = page(
      '康师傅回应转卖废弃茶叶',
      '本报讯 昨日，康师傅就废弃茶叶被转手一事发表声明。',
      '据了解，此前刊发的本报讯（记者刘俊）一文引起广泛关注。',
    )
    const issue = parseIssue(input)
    const datelines = findAll(issue, 'dateline')
    expect(datelines).toHaveLength(1)
    expect(toString(datelines[0])).toBe('本报讯')
    const last = findAll(issue, 'paragraph').at(-1)!
    expect(types(last)).toEqual(['text'])
    expect(toString(last)).toBe('据了解，此前刊发的本报讯（记者刘俊）一文引起广泛关注。')
    expectSource(input, issue)
  })

  it('no date right after the dateline: none, a later date in the lead dates what it tells (据新华社电 …１５日继续交火)', () => {
    const input = page('叙首都发生交火', '据新华社电　在叙利亚首都大马士革，政府士兵和反政府武装人员１５日继续交火。叙反对派说，１２日冲突致死多人。')
    const issue = parseIssue(input)
    expect(leadDateline(issue)!.date).toBeUndefined()
    expectSource(input, issue)
  })

  it('a date that opens a span (5月9日起) is not the story’s date', () => {
    const input = page('全市中小学分批开学', '本报讯 记者从市教育局获悉,5月9日起全市中小学分批开学。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报讯')
    expect(dateline.date).toBeUndefined()
    expectSource(input, issue)
  })

  it('a date in the lead’s second sentence is not the story’s date', () => {
    const input = page('全市中小学分批开学', '本报讯 记者从市教育局获悉，全市中小学将分批开学。5月9日，首批学生返校。')
    expect(leadDateline(parseIssue(input))!.date).toBeUndefined()
  })

  it('a date in a later paragraph is not the story’s date', () => {
    const input = page(
      '杭州亚运会倒计时500天',
      '本报讯（记者孙珺 通讯员褚家威）杭州亚运会倒计时500天主题活动在西湖举行。',
      '5月9日，主办方还公布了志愿者招募计划。',
    )
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.date).toBeUndefined()
    expect(findAll(issue, 'dateline')).toHaveLength(1)
    expectSource(input, issue)
  })
})

describe('datelines the line test finds are in the paragraph too', () => {
  // The line was read as opening with a dateline (it opened the article),
  // but the paragraph rule's lookahead refused the same dateline: the
  // paragraph held its text only.
  it('本报讯 glued to the date (本报讯2月9日上午,…): the dateline, dated by the lead', () => {
    const input = page('“三下乡”集中示范活动启动', '本报讯2月9日上午,萧县2018年文化科技卫生“三下乡”集中示范活动在黄口镇镇西社区举行。')
    const dateline = leadDateline(parseIssue(input))!
    expect(dateline.source).toBe('本报讯')
    expect(dateline.date).toEqual({ month: 2, day: 9, raw: '2月9日' })
  })

  it('本报讯 before a credit bracket that never closes: the dateline, the bracket text', () => {
    const issue = parseIssue(page('标题一行', '本报讯〔通讯员 李四 参与采写）5月9日,全市上下团结一心。'))
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报讯')
    expect(findAll(dateline, 'credit')).toEqual([])
  })

  it('but not a word that only begins like a source (本报告显示…)', () => {
    const issue = parseIssue(page('标题一行', '本报告显示,全市上下团结一心。'))
    expect(leadDateline(issue)).toBeUndefined()
  })
})

describe('a dateline’s bracket broken by a line break', () => {
  it('扬子晚报讯（记者 ⏎梅建明）11月5日…, on a page of one line per paragraph: one lead paragraph, its credit and date read', () => {
    const input = '扬子晚报讯（记者 \n梅建明）11月5日上午，在南京浦口区盘城街道的一农场内发生事故。\n据介绍，相继被送往医院救治的母子两人来自福建。\n'
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.date).toMatchObject({ month: 11, day: 5 })
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['梅建明'] }])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })

  it('a closed bracket: the dateline alone on its line opens the lead under it, the next line stands alone', () => {
    // (Two paragraphs, as the gold views of d340, d447 and d451 read a dateline alone over its lead; three before.)
    const input = '扬子晚报讯（记者 梅建明）\n11月5日上午，在南京浦口区盘城街道的一农场内发生事故。\n据介绍，母子两人来自福建。\n'
    expect(findAll(parseIssue(input), 'paragraph').map((p) => toString(p))).toEqual(['扬子晚报讯（记者 梅建明）11月5日上午，在南京浦口区盘城街道的一农场内发生事故。', '据介绍，母子两人来自福建。'])
  })
})

describe('a lead opening with its reporters’ credits, no outlet named', () => {
  const TITLE = '社区开展环境卫生整治行动'
  const read = (lead: string, ...more: string[]) => {
    const input = page(TITLE, lead, ...more)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return issue
  }

  it('见习记者 王艺 报道 昨日,…: the credits closed by 报道 are the dateline, the lead goes on', () => {
    const dateline = leadDateline(read('见习记者 王艺 报道 昨日，记者来到了位于竹荫街路段的老酒店。'))!
    expect(dateline.source).toBeUndefined()
    expect(credits(dateline)).toEqual([{ role: '见习记者', names: ['王艺'] }])
  })

  it('全媒体记者张苗苗报道 11月28日,…: glued, and the lead’s date is the dateline’s', () => {
    const dateline = leadDateline(read('全媒体记者张苗苗报道 11月28日，市民周先生致电市民呼叫中心。'))!
    expect(credits(dateline)).toEqual([{ role: '全媒体记者', names: ['张苗苗'] }])
    expect(dateline.date?.month).toBe(11)
    expect(dateline.date?.day).toBe(28)
  })

  it('(全媒体记者 张生俊) 10月30日,…: the credits in brackets are the dateline', () => {
    const dateline = leadDateline(read('(全媒体记者 张生俊) 10月30日，市中区大洲广场社区开展环境卫生整治行动。'))!
    expect(dateline.source).toBeUndefined()
    expect(credits(dateline)).toEqual([{ role: '全媒体记者', names: ['张生俊'] }])
    expect(dateline.date?.day).toBe(30)
  })

  it('本报记者张军建报道：…: the paper’s own reporter, 本报 the source as in brackets', () => {
    const dateline = leadDateline(read('本报记者张军建报道：7月26日中午，渭南市民沈老先生一家在河边游玩。'))!
    expect(dateline.source).toBe('本报')
    expect(credits(dateline)).toEqual([{ role: '本报记者', affiliation: '本报', names: ['张军建'] }])
    expect(dateline.date?.day).toBe(26)
  })

  it('三秦都市报记者张军建、陕西台记者华林、杜鹏报道：…: outlets’ reporters, the first outlet the source, named once', () => {
    const dateline = leadDateline(read('三秦都市报记者张军建、陕西台记者华林、杜鹏报道：7月26日中午，渭南市民沈老先生一家在河边游玩。'))!
    expect(dateline.source).toBe('三秦都市报')
    expect(credits(dateline)).toEqual([
      { role: '记者', affiliation: '三秦都市报', names: ['张军建'] },
      { role: '陕西台记者', affiliation: '陕西台', names: ['华林', '杜鹏'] },
    ])
  })

  it.each([
    ['扬子晚报/紫牛新闻记者 王芳 5月9日，渭南市民沈老先生一家在河边游玩。', '扬子晚报/紫牛新闻'],
    ['青岛日报/观海新闻记者 王芳 通讯员 李强 报道 渭南市民沈老先生一家在河边游玩。', '青岛日报/观海新闻'],
    ['北京日报客户端｜记者 王芳 5月9日，渭南市民沈老先生一家在河边游玩。', '北京日报客户端'],
  ])('%s: a paper and its app joined by a slash, or the outlet set apart by a bar, the source (not read before)', (lead, source) => {
    const dateline = leadDateline(read(lead))!
    expect(dateline.source).toBe(source)
    expect(credits(dateline)[0]).toMatchObject({ role: '记者', names: ['王芳'] })
  })

  it.each(['本报讯[记者 王芳]5月9日，', '本报讯〔记者 王芳〕5月9日，'])('%s: the credits in square or tortoise-shell brackets, as in round ones (not read before, nor the date)', (opening) => {
    const dateline = leadDateline(read(`${opening}渭南市民沈老先生一家在河边游玩。`))!
    expect(dateline.source).toBe('本报讯')
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['王芳'] }])
    expect(dateline.date?.day).toBe(9)
  })

  it.each([
    ['本报讯（县委宣传部 李强）5月9日，', '县委宣传部', ['李强']],
    ['本报讯（市教育局 张伟 李明）5月9日，', '市教育局', ['张伟', '李明']],
  ])('%s: the writers’ office set apart before their names, the office the credit’s affiliation (the bracket was not read)', (opening, affiliation, names) => {
    const dateline = leadDateline(read(`${opening}渭南市民沈老先生一家在河边游玩。`))!
    expect(credits(dateline)).toEqual([{ role: undefined, affiliation, names }])
    expect(dateline.date?.day).toBe(9)
  })

  it('must not fire: an office before words that read as no one’s name is no credit’s affiliation (本报讯（外交部 发言人）…)', () => {
    const dateline = leadDateline(read('本报讯（外交部 发言人）5月9日，渭南市民沈老先生一家在河边游玩。'))
    expect(dateline === undefined ? [] : credits(dateline).filter(({ affiliation }) => affiliation !== undefined)).toEqual([])
  })

  it('医生在线网据现代快报网报道，现代快报讯（记者 王芳）…: the words citing the report a repost’s source note, no subheadline (d87)', () => {
    const issue = read('医生在线网据现代快报网报道，现代快报讯（记者 王芳）褪黑素、葡萄籽胶囊等保健食品销量高居榜首。')
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(find(issue, 'sourceNote')).toMatchObject({ source: '现代快报网' })
    expect(leadDateline(issue)).toMatchObject({ source: '现代快报讯' })
  })

  it('words running on into a dateline after a clause’s mark, citing no report, stay the paragraph’s (他还特别提到，新华社北京…: a subheadline before)', () => {
    const issue = read('他还特别提到，新华社北京5月9日电的报道引起关注。')
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(findAll(issue, 'sourceNote')).toEqual([])
  })

  it('本刊讯 5月9日，…: a magazine’s own flash, as 本报讯 a paper’s (no dateline before)', () => {
    expect(leadDateline(read('本刊讯 5月9日，渭南市民沈老先生一家在河边游玩。'))).toMatchObject({ source: '本刊讯' })
  })

  it('记者张军建、通讯员华林报道：…: an enumeration comma before the next role parts two credits', () => {
    const dateline = leadDateline(read('记者张军建、通讯员华林报道：7月26日中午，渭南市民沈老先生一家在河边游玩。'))!
    expect(credits(dateline)).toEqual([
      { role: '记者', affiliation: undefined, names: ['张军建'] },
      { role: '通讯员', affiliation: undefined, names: ['华林'] },
    ])
  })

  it('记者田林调查报道：…, 记者 田林 核实报道：…: how the story was reported is not the name’s', () => {
    for (const lead of ['记者田林调查报道:3月9日上午9时许，记者来到张先生所说的地点。', '记者 田林 核实报道:3月9日上午9时许，记者来到张先生所说的地点。']) {
      expect(credits(leadDateline(read(lead))!)).toEqual([{ role: '记者', affiliation: undefined, names: ['田林'] }])
    }
  })

  it('must not fire: an outlet’s reporter as the lead’s subject (深圳商报记者从市教育局获悉…), or 报道 the verb', () => {
    expect(findAll(read('深圳商报记者从市教育局获悉，今年高考报名人数增加。'), 'dateline')).toEqual([])
    expect(findAll(read('本报记者张军建报道的这起事件引发广泛关注，网友热议。'), 'dateline')).toEqual([])
  })

  it('4月7日消息：…, 5月9日电 …: the wire’s date opening the lead, its outlet dropped: a dateline with the date alone', () => {
    for (const [lead, day] of [['4月7日消息：今天，我县召开绿化造林工作重点乡镇部门汇报会。', 7], ['5月9日电 国家统计局今天发布4月份居民消费价格数据。', 9]] as const) {
      const dateline = leadDateline(read(lead))!
      expect(dateline.source, lead).toBeUndefined()
      expect(dateline.date?.day, lead).toBe(day)
    }
  })

  it('must not fire: the date glued to the next word (4月7日电力公司…), or further into the paragraph', () => {
    expect(findAll(read('4月7日电力公司发布停电通知，请市民注意出行安全。'), 'dateline')).toEqual([])
    expect(findAll(read('会议指出，近期工作成效明显。4月7日消息：各地已全面部署。'), 'dateline')).toEqual([])
  })

  it('must not fire: words before 报道 that name no one (本报记者此前报道：, 记者多次报道：, 本报记者调查报道：)', () => {
    for (const lead of ['本报记者此前报道：该路段事故频发，市民多次反映。', '记者多次报道：该路段事故频发，市民多次反映。', '本报记者调查报道：该路段事故频发，市民多次反映。']) {
      expect(findAll(read(lead), 'dateline'), lead).toEqual([])
    }
  })

  it('must not fire: the credits alone on their line (记者 罗琼 报道, （本报记者 李四）) are no dateline', () => {
    expect(findAll(read('记者 罗琼 报道', '近日，市中区大洲广场社区开展环境卫生整治行动。'), 'dateline')).toEqual([])
    expect(findAll(read('近日，市中区大洲广场社区开展环境卫生整治行动。', '（本报记者 李四）'), 'dateline')).toEqual([])
  })

  it('must not fire: 报道 as the sentence’s verb, glued to what follows (记者王艺报道的这起事件…, 记者王艺报道称…)', () => {
    expect(findAll(read('记者王艺报道的这起事件引发广泛关注，网友热议。'), 'dateline')).toEqual([])
    expect(findAll(read('记者王艺报道称，当地已有三家企业停产整顿。'), 'dateline')).toEqual([])
  })

  it('must not fire: a lead whose subject is the reporter (记者从市教育局获悉) or a name alone in brackets ((李伟)今天…)', () => {
    expect(findAll(read('记者从市教育局获悉，今年报道数量增加。'), 'dateline')).toEqual([])
    expect(findAll(read('(李伟)今天上午召开会议。'), 'dateline')).toEqual([])
  })

  it('must not fire: after an outlet the grammar does not know (晨报96101现场新闻 记者 姚锦波 报道…), the credits open no dateline mid-line', () => {
    const issue = read('晨报96101现场新闻 记者 姚锦波 报道 7月29日，马鞍山东站派出所接到市民陈女士报警。')
    expect(findAll(issue, 'dateline')).toEqual([])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })
})

describe('an outlet’s 消息 opening the lead, as others print 讯', () => {
  const read = (lead: string) => {
    const input = page('柘荣福源农村社区举办第三届“邻里节”', lead)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return issue
  }

  it('千山晚报消息 (a paper’s name glued to 消息), then the lead: the source', () => {
    expect(leadDateline(read('千山晚报消息 近日，市民反映道路积水严重。'))?.source).toBe('千山晚报消息')

  })

  it('宁德网消息(游书金 游海丹 文/图) 9月22日,…: the site, names before their work, and the lead’s date', () => {
    const dateline = leadDateline(read('宁德网消息(游书金 游海丹 文/图) 9月22日，柘荣县东源乡福源农村社区人头攒动。'))!
    expect(dateline.source).toBe('宁德网消息')
    expect(credits(dateline)).toEqual([{ role: '文/图', names: ['游书金', '游海丹'] }])
    expect(dateline.date?.day).toBe(22)
  })

  it('本报消息记者余萍通讯员何庆报道7月29日,…: 本报 and 消息, then the credits closed by 报道', () => {
    const dateline = leadDateline(read('本报消息记者余萍通讯员何庆报道7月29日，马鞍山东站派出所接到市民陈女士报警。'))!
    expect(dateline.source).toBe('本报消息')
    expect(credits(dateline)).toEqual([
      { role: '记者', names: ['余萍'] },
      { role: '通讯员', names: ['何庆'] },
    ])
  })

  it('must not fire: 消息 in the lead’s words (本报消息灵通人士透露…, 消息称…, 据新华网消息…)', () => {
    expect(findAll(read('本报消息灵通人士透露，会议将召开。'), 'dateline')).toEqual([])
    expect(findAll(read('消息称，会议将于下周召开。'), 'dateline')).toEqual([])
    expect(leadDateline(read('据新华网消息，会议将于下周召开。'))?.source).not.toBe('新华网消息')
  })

  it('must not fire: a network’s or a forecast’s 消息 (互联网消息, 天气预报消息)', () => {
    expect(findAll(read('互联网消息 近日，多地出现“AI换脸”诈骗。'), 'dateline')).toEqual([])
    expect(findAll(read('天气预报消息 明天起我市将迎来降温。'), 'dateline')).toEqual([])
  })

  it('（本报消息）, （澳门日报消息）: the outlet’s 消息 in round brackets opening the lead, as in lenticular ones (no dateline before)', () => {
    expect(leadDateline(read('（本报消息）昨日，柘荣县东源乡福源农村社区人头攒动。'))?.source).toBe('本报消息')
    const dateline = leadDateline(read('（澳门日报消息）昨日，柘荣县东源乡福源农村社区人头攒动。'))!
    expect(dateline.source).toBe('澳门日报消息')
    expect(toString(dateline)).toBe('（澳门日报消息）')
  })

  it('must not fire: round brackets round a 消息 in a sentence (他说（据本报消息）…) or words that are no outlet’s (（互联网消息）)', () => {
    expect(findAll(read('他说（据本报消息）会议将于下周召开。'), 'dateline')).toEqual([])
    expect(findAll(read('（互联网消息）近日，多地出现“AI换脸”诈骗。'), 'dateline')).toEqual([])
  })

  it('must not fire: an outlet’s 消息 not opening its line (…据千山晚报消息 记者…)', () => {
    expect(findAll(read('近日有读者反映，据千山晚报消息 记者从市里获悉，会议将召开。'), 'dateline')).toEqual([])
  })
})

describe('names before their work in a dateline’s brackets', () => {
  it('本报讯(游书金 文/图)9月22日,…: the names’ credit, its role the works', () => {
    const input = page('柘荣举办邻里节', '本报讯(游书金 文/图)9月22日，柘荣县东源乡福源农村社区人头攒动。')
    const dateline = leadDateline(parseIssue(input))!
    expect(credits(dateline)).toEqual([{ role: '文/图', names: ['游书金'] }])
  })

  it('must not fire: a sentence, not names, before 文/图 in brackets is no credit', () => {
    const input = page('柘荣举办邻里节', '本报讯(本次活动由社区组织 文/图)9月22日，柘荣县东源乡福源农村社区人头攒动。')
    expect(findAll(parseIssue(input), 'credit').filter((c) => c.role === '文/图')).toEqual([])
  })
})

describe('a dateline’s credits alone on their line, no outlet, place or date: the credit line', () => {
  const LEAD_NEXT = '金門縣閩聲愛樂協會近日在金門基督教會舉行第三屆第二次會員大會。'
  const read = (line: string) => {
    const input = page('金門閩聲愛樂協會會員大會圓滿落幕', line, LEAD_NEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return issue
  }

  it.each(['記者: 李映蓉/綜合報導。', '記者林睿奕／專題報導'])('%s under the title: the byline, the text under it the story’s', (line) => {
    const issue = read(line)
    expect(findAll(issue, 'dateline')).toEqual([])
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => [c.role, c.names])).toEqual([['記者', [line.includes('李映蓉') ? '李映蓉' : '林睿奕']]])
    expect(findAll(articles(issue)[0]!, 'paragraph').map((p) => toString(p))).toEqual([LEAD_NEXT])
  })

  it('must not fire: a place dates the lead under it (〔記者陳彥廷／屏東報導〕 alone on its line stays a dateline)', () => {
    const dateline = find(read('〔記者陳彥廷／屏東報導〕'), 'dateline')
    expect(dateline?.place).toBe('屏東')
  })
})

describe('a dateline alone on its line opens the lead under it: one paragraph (d340 浙江在线, d447, d451)', () => {
  it('浙江在线12月19日讯 / 中山路世纪广场,…: the dateline and its lead one paragraph', () => {
    const issue = parseIssue(['浙江在线12月19日讯', '中山路世纪广场，曾是嘉兴城市西区的标志性建筑之一。', '昨晚7点半左右，广场上人不多。'].join('\n'))
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expect(find(findAll(issue, 'paragraph')[0]!, 'dateline')).toBeDefined()
  })

  it('本报讯 / ⏎ / 昨日,…: across a blank line too', () => {
    const issue = parseIssue(['市区新增两条公交线路', '', '本报讯', '', '昨日，市公交集团宣布新增两条公交线路。', '', '线路将于下月开通。'].join('\n'))
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it('must not fire: a dateline line that ends its sentence stands as its paragraph (本报讯 昨日，会议举行。 / 会议指出，…)', () => {
    const issue = parseIssue(['会议召开', '本报讯 昨日，全市工作会议举行。', '会议指出，要抓好各项工作落实。'].join('\n'))
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})

describe('a local desk’s 讯 before the lead’s date', () => {
  it('贵港讯 11月6日，我市…: the desk’s dateline, its date', () => {
    const issue = parseIssue(page('我市举行座谈会庆祝记者节', '贵港讯 11月6日，我市在市区举行庆祝第26个中国记者节座谈会。'))
    expect(find(issue, 'dateline')).toMatchObject({ source: '贵港讯' })
    expect(find(issue, 'dateline')?.date).toMatchObject({ month: 11, day: 6 })
  })

  it('must not: 快讯 11月6日，… and 喜讯 日前，… (a brief, good news) are no desks', () => {
    expect(find(parseIssue(page('我市举行座谈会庆祝记者节', '快讯 11月6日，我市在市区举行座谈会。')), 'dateline')).toBeUndefined()
    expect(find(parseIssue(page('我市举行座谈会庆祝记者节', '喜讯 昨日，我市获评全国文明城市。')), 'dateline')).toBeUndefined()
  })
})

describe('special dispatches, the world’s agencies, old papers’ correspondents (part (bc))', () => {
  const dateline = (lead: string) => leadDateline(parseIssue(page('美国总统会见来访的中国代表团', lead)))

  it.each([
    ['新华社华盛顿5月9日专电 美国总统今天表示，将继续推动两国经贸合作。', { source: '新华社', place: '华盛顿', date: { month: 5, day: 9 } }],
    ['本报华盛顿5月9日专电 美国总统今天表示，将继续推动两国经贸合作。', { source: '本报', place: '华盛顿', date: { month: 5, day: 9 } }],
    ['【本报沈阳十一日专电】据悉：辽西大战仍在北镇一带进行。', { source: '本报', place: '沈阳', date: { day: 11 } }],
    ['【路透社北京九月八日电】前总统尼克松今天会见了中国的实权人物。', { source: '路透社', place: '北京', date: { month: 9, day: 8 } }],
    ['法新社巴黎5月9日电 法国总统今天表示，将继续推动两国合作。', { source: '法新社', place: '巴黎', date: { month: 5, day: 9 } }],
    ['〔本报南京廿三日电〕白副总长崇禧昨由平返京后，即晋谒主席。', { source: '本报', place: '南京', date: { day: 23 } }],
  ])('%s: the dispatch’s dateline', (lead, expected) => {
    expect(dateline(lead)).toMatchObject(expected)
  })

  it.each(['据路透社5月8日报道，前总统尼克松今天会见了中国领导人。', '路透社报道称，前总统尼克松今天会见了中国领导人。', '本报讯 5月9日专题讲座在市图书馆举行，吸引市民300余人。'])(
    'must not fire: %s (an agency cited in the lead, a 专题 after the date) opens no dispatch',
    (lead) => {
      const found = dateline(lead)
      expect(found === undefined || found.source === '本报讯').toBe(true)
      if (found) expect(toString(found)).toBe('本报讯')
    },
  )
})

describe('a correspondent named with no role before the reporter’s credit in a dateline’s bracket (credits.ts namesBeforeRoleAhead; d414)', () => {
  it('抚顺传媒网讯(石智铭 记者 李凭)10月30日下午,…: two credits, the first with no role', () => {
    const input = page('搭连街道党员志愿者义务清扫', '抚顺传媒网讯(石智铭 记者 李凭)10月30日下午,东洲区搭连街道开展志愿者服务活动。')
    const issue = parseIssue(input)
    const line = find(issue, 'dateline')!
    expect(findAll(line, 'credit').map((c) => ({ role: c.role, names: c.names }))).toEqual([{ role: undefined, names: ['石智铭'] }, { role: '记者', names: ['李凭'] }])
    expect(line.date).toMatchObject({ month: 10, day: 30 })
    expectSource(input, issue)
  })

  it('must not fire: words before the role that name no one (（综合 记者 李凭）, （社区 记者 李凭）), nor a place (（金华 记者 李凭）)', () => {
    for (const lead of ['本报讯（综合 记者 李凭）10月30日下午,东洲区开展活动。', '本报讯（社区 记者 李凭）10月30日下午,东洲区开展活动。', '本报讯（金华 记者 李凭）10月30日下午,开展活动。']) {
      const credits = findAll(parseIssue(page('标题', lead)), 'credit')
      expect(credits.some((c) => c.role === undefined), lead).toBe(false)
    }
  })
})

describe('a correspondent named with no role before the reporter’s loose credit that 报道 closes (datelines.ts bareNameBeforeCredit; d671)', () => {
  it('本报讯 于雅楠 记者白惠娟报道 …: two credits, the first with no role', () => {
    const input = page('开展和谐邻里欢度节日活动', '本报讯 于雅楠 记者白惠娟报道 金秋送爽，丹桂飘香。社区开展了邻里节活动。')
    const issue = parseIssue(input)
    expect(findAll(find(issue, 'dateline')!, 'credit').map((c) => ({ role: c.role, names: c.names }))).toEqual([{ role: undefined, names: ['于雅楠'] }, { role: '记者', names: ['白惠娟'] }])
    expectSource(input, issue)
  })

  it('must not fire: a word or a place before the credit (今年, 金华), nor without the closing 报道', () => {
    for (const lead of ['本报讯 今年 记者白惠娟报道 金秋送爽。', '本报讯 金华 记者白惠娟报道 金秋送爽。', '本报讯 于雅楠 记者白惠娟 金秋送爽，丹桂飘香。']) {
      expect(findAll(parseIssue(page('标题', lead)), 'credit').some((c) => c.role === undefined), lead).toBe(false)
    }
  })
})

describe('credits without brackets after a dated 讯 (datelines.ts atFlashEnd: the lexer reads 5月9日讯 as one date)', () => {
  it('本报北京5月9日讯 记者王芳 通讯员李强 …: the credits, as after 本报讯 and 本报北京讯', () => {
    const input = page('市教育局召开专题会议', '本报北京5月9日讯 记者王芳 通讯员李强 近日，市教育局召开会议，部署今年的招生工作。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect([dateline.place, dateline.date?.month, dateline.date?.day]).toEqual(['北京', 5, 9])
    expect(credits(dateline).map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '记者', names: ['王芳'] },
      { role: '通讯员', names: ['李强'] },
    ])
    expectSource(input, issue)
  })

  it('must not fire: 记者从…获悉 after it is the lead’s subject, no credit', () => {
    const issue = parseIssue(page('市教育局召开专题会议', '本报北京5月9日讯 记者从市教育局获悉，今年的招生工作已经部署。'))
    expect(credits(leadDateline(issue)!)).toEqual([])
  })
})

describe('what the reporters made after their names in credits without brackets (datelines.ts workAfterNames)', () => {
  it('本报讯 记者 王芳 通讯员 李强 文/图 近日，…: the credits, the work closing them', () => {
    const input = page('市教育局召开专题会议', '本报讯 记者 王芳 通讯员 李强 文/图 近日，市教育局召开会议，部署今年的招生工作。')
    const issue = parseIssue(input)
    expect(credits(leadDateline(issue)!).map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '记者', names: ['王芳'] },
      { role: '通讯员', names: ['李强'] },
    ])
    expectSource(input, issue)
  })

  it('must not fire: 文/图 before a name is that name’s credit (本报讯 记者 王芳 文/图 李强)', () => {
    const issue = parseIssue(page('市教育局召开专题会议', '本报讯 记者 王芳 文/图 李强 近日，市教育局召开会议。'))
    expect(credits(leadDateline(issue)!).map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '记者', names: ['王芳'] },
      { role: '文/图', names: ['李强'] },
    ])
  })
})

describe('a paper’s tag with its app’s after a middle dot, in lenticular brackets (datelines.ts namesSiteTag)', () => {
  it('【大河报·豫视频】（记者 王芳）5月9日，…: the tag the source, the bracket’s credits, the lead’s date', () => {
    const input = page('市教育局召开专题会议', '【大河报·豫视频】（记者 王芳）5月9日，市教育局召开会议，部署今年的招生工作。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect([dateline.source, dateline.date?.month, dateline.date?.day]).toEqual(['大河报·豫视频', 5, 9])
    expect(credits(dateline).map(({ role, names }) => ({ role, names }))).toEqual([{ role: '记者', names: ['王芳'] }])
    expectSource(input, issue)
    expect(leadDateline(parseIssue(page('市教育局召开专题会议', '【大河报】（记者 王芳）近日，市教育局召开会议。')))?.source).toBe('大河报')
  })

  it('must not fire: the tag alone on its line, or a page’s label after it (【郑州晚报】今日导读)', () => {
    for (const line of ['【大河报·豫视频】', '【郑州晚报·今日】今日导读']) {
      expect(findAll(parseIssue(page('市教育局召开专题会议', line, '近日，市教育局召开会议。')), 'dateline'), line).toEqual([])
    }
  })
})

describe('sources a list page’s teasers open with (d749, d752)', () => {
  it('a paper named by its place, then 消息, in lenticular brackets: 【澳門晚報消息】 (the place a word of its own to the lexer)', () => {
    const input = page('五一首兩日入境客超27萬 酒店入住逾九成', '【澳門晚報消息】內地五天勞動節假期已經展開,旅客訪澳熱度持續。')
    const issue = parseIssue(input)
    expect(leadDateline(issue)?.source).toBe('澳門晚報消息')
    expectSource(input, issue)
  })

  it('a paper’s special dispatch whatever its name ends with: 【學苑專訊】, 学苑专讯（记者 王芳）', () => {
    expect(leadDateline(parseIssue(page('候選幹事感失望', '【學苑專訊】香港大學學生會補選中央諮詢大會在今日舉行。')))?.source).toBe('學苑專訊')
    const dateline = leadDateline(parseIssue(page('市教育局召开专题会议', '学苑专讯（记者 王芳）近日，市教育局召开会议。')))!
    expect([dateline.source, credits(dateline).map((c) => c.names)]).toEqual(['学苑专讯', [['王芳']]])
  })

  it('must not fire: 专讯 only closes a name before 讯 (中专讯息平台上线了 is a sentence)', () => {
    expect(findAll(parseIssue(page('标题', '中专讯息平台上线了，学生可以登录查询。')), 'dateline')).toEqual([])
  })
})

describe('a county paper named by the day and its place before 讯 (inline.ts TODAYS_FLASH; d756)', () => {
  it('今日花都讯 …: the source', () => {
    const input = page('花都冷经济带动乡村热', '今日花都讯 区文旅局近日举行冬季文旅推介会，推出多条线路。')
    const issue = parseIssue(input)
    expect(leadDateline(issue)?.source).toBe('今日花都讯')
    expectSource(input, issue)
  })

  it('must not fire: 今日快讯, 今日上午讯 (a word for news, a time of the day)', () => {
    for (const lead of ['今日要闻快讯 区文旅局近日举行冬季文旅推介会。', '今日上午讯 区文旅局近日举行冬季文旅推介会。']) {
      expect(findAll(parseIssue(page('标题', lead)), 'dateline'), lead).toEqual([])
    }
  })
})

describe('a dash setting the lead apart from its dateline', () => {
  it('本报讯——5月9日，…: the lead’s date is the dateline’s, as after a space or a colon', () => {
    const issue = parseIssue('老街焕发新活力\n\n本报讯——5月9日，记者走进远安县茅坪场镇。\n')
    expect(find(issue, 'dateline')!.date).toMatchObject({ month: 5, day: 9 })
  })

  it('must not fire: a relative date after the dash stays the lead’s (本报讯——近日，…)', () => {
    const issue = parseIssue('老街焕发新活力\n\n本报讯——近日，记者走进远安县茅坪场镇。\n')
    expect(find(issue, 'dateline')!.date).toBeUndefined()
  })
})
