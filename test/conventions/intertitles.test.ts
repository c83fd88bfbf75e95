/**
 * Intertitles (小标题): one to four short lines straight under each other,
 * between finished paragraphs of an article, set apart as the page sets its
 * paragraphs apart — by blank lines, or one paragraph per line.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, findAll, page, types } from '../helpers/tree'

const HEADLINE = '数字经济赋能乡村振兴'
const LEAD = '本报讯 5月9日，全市数字经济工作推进会召开。'
const P1 = '会议指出，要搭建平台，汇聚各方力量。'
const P2 = '会议要求，要加大人才引进力度。'

/** A page of one paragraph per line, no blank lines. */
const lines = (...rows: string[]) => `${rows.join('\n')}\n`

const intertitles = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return { issue, article: articles(issue)[0]!, texts: findAll(issue, 'intertitle').map((n) => toString(n)) }
}

describe('intertitles: where they fire', () => {
  it('one-line intertitles between blank-line paragraphs', () => {
    const { issue, article, texts } = intertitles(page(HEADLINE, LEAD, '搭建平台聚合力', P1, '人才引育添活力', P2))
    expect(types(issue)).toEqual(['article'])
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['搭建平台聚合力', '人才引育添活力'])
    expect(findAll(article, 'paragraph').map((p) => toString(p))).toEqual([LEAD, P1, P2])
  })

  it('a two-line intertitle on a blank-line page: one node with a layout break', () => {
    const { article, texts } = intertitles(page(HEADLINE, LEAD, '以精细化运营\n激活增量与存量市场', P1))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(types(findAll(article, 'intertitle')[0])).toEqual(['text', 'layoutBreak', 'text'])
    expect(texts).toEqual(['以精细化运营激活增量与存量市场'])
  })

  it('a four-line intertitle', () => {
    const { article, texts } = intertitles(page(HEADLINE, LEAD, '以精细化运营\n激活增量\n与存量市场\n打造新引擎', P1))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['以精细化运营激活增量与存量市场打造新引擎'])
  })

  it('one-line intertitles on a page of one paragraph per line', () => {
    const { article, texts } = intertitles(lines(HEADLINE, LEAD, '搭建平台聚合力', P1, '人才引育添活力', P2))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['搭建平台聚合力', '人才引育添活力'])
  })

  it('a two-line intertitle on a page of one paragraph per line', () => {
    const { article, texts } = intertitles(lines(HEADLINE, LEAD, '以精细化运营', '激活增量与存量市场', P1))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['以精细化运营激活增量与存量市场'])
  })

  it('记者手记 set apart by blank lines is an intertitle, not a credit', () => {
    const body = '走进乡村，记者看到数字经济正在改变农民的生活。'
    const { issue, article, texts } = intertitles(page(HEADLINE, LEAD, '记者手记', body))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['记者手记'])
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
  })

  it('an intertitle ending in —— may hold a comma: 政策赋能，解开束缚转化的“细绳子”——', () => {
    const title = '政策赋能，解开束缚转化的“细绳子”——'
    const { article, texts } = intertitles(
      page('科技成果转化提速', '本报讯 5月9日，全省科技成果转化工作会召开。', title, '会议指出，要完善科技成果转化政策。'),
    )
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual([title])
  })
})

describe('intertitles: where they must not fire', () => {
  it('a short broken piece with text straight under it, on a blank-line page', () => {
    const { article, texts } = intertitles(page(HEADLINE, LEAD, '会议指出要搭建平台\n汇聚各方力量。', P2))
    expect(texts).toEqual([])
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph'])
    const broken = findAll(article, 'paragraph')[1]!
    expect(types(broken)).toEqual(['text', 'layoutBreak', 'text'])
    expect(toString(broken)).toBe('会议指出要搭建平台汇聚各方力量。')
  })

  it('a line with a comma inside and no —— is no intertitle', () => {
    const { texts } = intertitles(page(HEADLINE, LEAD, '政策赋能，解开束缚', P1))
    expect(texts).toEqual([])
  })

  it('a heading line followed by a dateline is a new article’s headline', () => {
    const { issue, texts } = intertitles(page(HEADLINE, LEAD, '人才引育添活力\n本报讯 5月10日，全市人才工作会议召开。'))
    expect(texts).toEqual([])
    expect(types(issue)).toEqual(['article', 'article'])
    const [, second] = articles(issue)
    expect(types(second)).toEqual(['headline', 'paragraph'])
    expect(toString(second!.children[0])).toBe('人才引育添活力')
  })

  it('short lines at the end of an article, with no body after them', () => {
    const { texts } = intertitles(page(HEADLINE, LEAD, P1, '忻府区\n原平市\n定襄县'))
    expect(texts).toEqual([])
  })

  // parser bug: in a run of six table cells on a one-paragraph-per-line page,
  // the first two stand alone as paragraphs but the last four (定襄县 / 五台县 /
  // 代县 / 繁峙县) are returned as one four-line intertitle, because only they
  // have body text after them. Table cells are never an intertitle.
  it('table cells (short lines in a row) between paragraphs of a one-per-line page', () => {
    const input = lines(
      HEADLINE,
      '本报讯 5月9日，全市数字经济工作推进会召开。各县区报送了一季度数字经济发展数据。',
      '会议指出，要搭建平台，汇聚各方力量，推动数字经济和实体经济深度融合。',
      '忻府区',
      '原平市',
      '定襄县',
      '五台县',
      '代县',
      '繁峙县',
      '会议要求，要加大人才引进力度，为数字经济发展提供人才支撑。',
    )
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'intertitle')).toEqual([])
  })

  // parser bug: a table's header and a row (地区 / 产值（亿元） / 增速 /
  // 忻府区 / 125.3 / 8.2%) — the last four cells come back as the intertitle
  // 增速忻府区125.38.2%, numbers and all.
  it('table cells with numbers between paragraphs of a one-per-line page', () => {
    const input = lines(
      HEADLINE,
      '本报讯 5月9日，全市数字经济工作推进会召开。各县区报送了一季度数字经济发展数据。',
      '会议指出，要搭建平台，汇聚各方力量，推动数字经济和实体经济深度融合。',
      '地区',
      '产值（亿元）',
      '增速',
      '忻府区',
      '125.3',
      '8.2%',
      '会议要求，要加大人才引进力度，为数字经济发展提供人才支撑。',
    )
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})

describe('intertitles: after a signed paragraph', () => {
  // Found by the line-shuffling property: the signature closes the article
  // while the short line is being weighed as its intertitle.
  it('a short line after a signature heads the next article', () => {
    const input = page(HEADLINE, LEAD, `${P1}(张晔)`, '搭建平台聚合力', P2)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['article', 'article'])
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'paragraph', 'signature'])
    expect(types(articles(issue)[1]!)).toEqual(['headline', 'paragraph'])
    expect(toString(findAll(articles(issue)[1]!, 'headline')[0]!)).toBe('搭建平台聚合力')
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})

describe('numbered heads', () => {
  // 新快报 (d18): a box head over the first of the story's numbered heads.
  it('a box head and numbered heads straight under each other are separate intertitles', () => {
    const input = lines(
      HEADLINE,
      LEAD,
      '条例亮点',
      '１设置一批“永久保护绿地”',
      '针对一些生态效果好的绿地，《条例》设立了“永久保护绿地”制度。',
      '２施工伤树最低要罚２万元',
      '《条例》规定施工单位应当在施工前制定保护措施。',
    )
    const { issue, article, texts } = intertitles(input)
    expect(types(issue)).toEqual(['article'])
    expect(texts).toEqual(['条例亮点', '１设置一批“永久保护绿地”', '２施工伤树最低要罚２万元'])
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'intertitle', 'paragraph', 'intertitle', 'paragraph'])
  })

  it('must not fire: one heading line opening with a number (４个关键时间点 / ４种处理办法)', () => {
    const { texts } = intertitles(lines(HEADLINE, LEAD, '４个关键时间点', '４种处理办法', P1))
    expect(texts).toEqual(['４个关键时间点４种处理办法'])
  })
})

describe('sidebars', () => {
  // 信息时报 (d20): boxes after the main story, each a label over a headline.
  it('a box label over a headline opens a sidebar article: kicker and headline', () => {
    const input = lines(HEADLINE, LEAD, P1, '编辑点评', '家长的安全监管没有假期', '暑假已至，家长要及时把安全这一课补上。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['article', 'article'])
    expect(types(articles(issue)[1]!)).toEqual(['kicker', 'headline', 'paragraph'])
    expect(toString(findAll(articles(issue)[1]!, 'kicker')[0]!)).toBe('编辑点评')
  })

  it('知多Ｄ, in full-width letters, on a traditional page', () => {
    const input = lines('七歲女童遇襲', '【本報訊】一名七歲女童昨日遇襲。', '知多Ｄ', '十六歲犯強姦罪要負刑責', '刑法規定，已滿十六周歲的人犯罪，應當負刑事責任。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['article', 'article'])
    expect(toString(findAll(articles(issue)[1]!, 'kicker')[0]!)).toBe('知多Ｄ')
  })

  it('must not fire: a short section head over its sub-head (审议意见 / 审议会议提出问询的主要问题) — two intertitles', () => {
    const { issue, texts } = intertitles(lines(HEADLINE, LEAD, P1, '审议意见', '审议会议提出问询的主要问题', P2))
    expect(types(issue)).toEqual(['article'])
    expect(texts).toEqual(['审议意见', '审议会议提出问询的主要问题'])
  })

  it('编辑点评 is no staff line (编辑 glued to one word)', () => {
    const input = lines(HEADLINE, LEAD, '编辑点评', '家长的安全监管没有假期', P2)
    expect(findAll(parseIssue(input), 'editorLine')).toEqual([])
  })
})

describe('tables copied one cell per line', () => {
  // 中国经济网 (d14): a title, a header of three labels, rows of name / date / sponsor.
  const TABLE = ['公司名称', '上会日期', '保荐机构', '杭州高特电子设备股份有限公司', '2026/1/13', '中信证券', '苏州联讯仪器股份有限公司', '2026/1/14', '中信证券']

  it('a header of text cells over rows with a column of numbers: a table, its title an intertitle', () => {
    const input = lines(HEADLINE, LEAD, P1, '2026年IPO过会企业一览：', ...TABLE, P2)
    const { issue, article, texts } = intertitles(input)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'intertitle', 'table', 'paragraph'])
    expect(texts).toEqual(['2026年IPO过会企业一览：'])
    const table = findAll(issue, 'table')[0]!
    expect(table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['公司名称', '上会日期', '保荐机构'],
      ['杭州高特电子设备股份有限公司', '2026/1/13', '中信证券'],
      ['苏州联讯仪器股份有限公司', '2026/1/14', '中信证券'],
    ])
  })

  it('the table ends where the columns’ shapes break', () => {
    const input = lines(HEADLINE, LEAD, ...TABLE, '合计', '两家', P2)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'tableRow')).toHaveLength(3)
  })

  it('must not fire: one data row, or cells of text only', () => {
    const one = lines(HEADLINE, LEAD, ...TABLE.slice(0, 6), P2)
    expect(findAll(parseIssue(one), 'table')).toEqual([])
    const words = lines(HEADLINE, LEAD, '地区', '负责人', '忻府区', '张三', '定襄县', '李四', P2)
    expect(findAll(parseIssue(words), 'table')).toEqual([])
  })
})

describe('intertitles beside lines with a clause in them', () => {
  // 都市快报 (d17), one paragraph per line.
  const LONG = '车站要在每组售票机、每组进闸机、每个站台中部处各贴一张告示，告知列车晚点或故障情况，并做好解释工作。'

  it('a line with a clause under a title run is body, not part of the title', () => {
    const input = lines(HEADLINE, LEAD, LONG, '一旦暴雨造成突发情况', '值班站长立刻变身为应急处理主任', '先来看看，地铁工作人员的职责是什么', LONG)
    const { article, texts } = intertitles(input)
    expect(texts).toEqual(['一旦暴雨造成突发情况值班站长立刻变身为应急处理主任'])
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'intertitle', 'paragraph', 'paragraph'])
  })

  it('a title run right under a short line with a clause that does not close', () => {
    const input = lines(HEADLINE, LEAD, LONG, '预案以几个关键的时间点，划分出４种处理办法', '延误３－１０分钟', '每隔１分钟播放一次晚点广播', LONG)
    const { texts } = intertitles(input)
    expect(texts).toEqual(['延误３－１０分钟每隔１分钟播放一次晚点广播'])
  })
})

describe('an intertitle of two phrases paired about a comma (d524, d619)', () => {
  it('文艺演出，演绎精彩时刻 / 表彰先进，传播正能量 between paragraphs: intertitles', () => {
    const { article, texts } = intertitles(page(HEADLINE, LEAD, '文艺演出，演绎精彩时刻', P1, '表彰先进，传播正能量', P2))
    expect(texts).toEqual(['文艺演出，演绎精彩时刻', '表彰先进，传播正能量'])
    expect(findAll(article, 'paragraph').map((p) => toString(p))).toEqual([LEAD, P1, P2])
  })

  it('must not fire: one such line alone (a poem’s line, a saying, words spoken), two straight under each other (a poem)', () => {
    for (const line of ['床前明月光，疑是地上霜', '前人栽树，后人乘凉', '我们打赢了，祖国安全了']) expect(intertitles(page(HEADLINE, LEAD, line, P1)).texts).toEqual([])
    expect(intertitles(page(HEADLINE, LEAD, '白日依山尽，黄河入海流', '欲穷千里目，更上一层楼', P1)).texts).toEqual([])
  })

  it('must not fire: sentences with their full stops, clauses longer than a phrase, three phrases, even two of each', () => {
    for (const [first, second] of [['他笑了笑，没有再说话。', '她点点头，转身走了。'], ['先来看看，地铁工作人员的职责是什么', '再来看看，地铁工作人员的分工是什么'], ['搭平台，聚人才，促发展', '强产业，惠民生，谋长远']]) {
      expect(intertitles(page(HEADLINE, LEAD, first!, P1, second!, P2)).texts).toEqual([])
    }
  })
})

describe('paragraphs of one line each', () => {
  it('a full line ending with ； closes its paragraph (an enumeration, one paragraph a role)', () => {
    const roles = [
      '地铁司机负责驾驶列车进站停车，并播放广播安抚乘客；打开车门，疏散乘客下车等；如果列车停在隧道，就由地铁司机担任应急处理主任，指挥乘客疏散；之后还要断开列车蓄电池，到前方站待命；',
      '行车值班员必须把紧急情况及时通知值班站长及车站工作人员、警方等；反复播放相关广播；如果暴雨导致车站停电，要停止运营服务，进行清客；必要时，还要负责请求支援。',
    ]
    const input = lines(HEADLINE, LEAD, ...roles)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([LEAD, ...roles])
  })
})

describe('sidebars: where they must not fire', () => {
  it('a box label alone over body text (背景) stays an intertitle of the story', () => {
    const input = lines(HEADLINE, LEAD, P1, '背景', '数字经济是继农业经济、工业经济之后的主要经济形态。')
    const { issue, texts } = intertitles(input)
    expect(types(issue)).toEqual(['article'])
    expect(texts).toEqual(['背景'])
  })
})

describe('an intertitle with more blank lines under it than the page sets between paragraphs (d171)', () => {
  it('路灯横倒损坏 / two blank lines / the section’s text: an intertitle, not a paragraph', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n路灯横倒损坏\n\n\n${P1}\n\n${P2}\n`
    const { article, texts } = intertitles(input)
    expect(texts).toEqual(['路灯横倒损坏'])
    expect(findAll(article, 'paragraph').map((p) => toString(p))).toEqual([LEAD, P1, P2])
  })

  it('must not fire: a short sentence set apart so stays a paragraph; a dateline under the gap opens a story of its own', () => {
    const sentence = intertitles(`${HEADLINE}\n\n${LEAD}\n\n路灯坏了。\n\n\n${P1}\n`)
    expect(sentence.texts).toEqual([])
    expect(findAll(sentence.article, 'paragraph')).toHaveLength(3)
    const next = intertitles(`${HEADLINE}\n\n${LEAD}\n\n（张晔）\n\n路灯横倒损坏\n\n\n湖北日报讯（记者 张晔）5月9日，全市召开会议，部署有关工作。\n`)
    expect(next.texts).toEqual([])
    expect(articles(next.issue)).toHaveLength(2)
  })
})

describe('the first section’s head under the title, where the story heads its later sections alike (heading-group.ts firstSectionHeads)', () => {
  const TITLE = '草坪护栏被损 市民盼修缮'
  const TEXT = '10月17日，市民田先生致电本报民生热线反映，体育馆路段的围挡草坪护栏被损坏。'
  const MORE = '记者来到现场看到，多节护栏东倒西歪，有的已经断裂倒在草地上。'
  const REPLY = '区城管局工作人员表示，将及时修复或安装新护栏。'
  const read = (...rows: string[]) => {
    const input = rows.join('\n\n') + '\n'
    const issue = parseIssue(input)
    expectSource(input, issue)
    return issue
  }
  const texts = (issue: ReturnType<typeof read>, type: 'subheadline' | 'intertitle') => findAll(issue, type).map((n) => toString(n))

  it('a label and its head under the title, like the label-and-head pairs between the paragraphs: intertitles', () => {
    const issue = read(TITLE, '南川日报2018-10-19 09:43', '市民反映', '篱笆护栏被损坏', TEXT, '记者调查', '多节护栏“东倒西歪”', MORE, '部门回复', '及时修复或安装新护栏', REPLY)
    expect(texts(issue, 'subheadline')).toEqual([])
    expect(texts(issue, 'intertitle').slice(0, 2)).toEqual(['市民反映', '篱笆护栏被损坏'])
  })

  it('a short phrase under the title, like a later section’s head: an intertitle', () => {
    const issue = read('3分钟长卷，感受岳阳抗击洪水的磅礴力量！', '时间:2020-08-12 18:46:35 来源:岳阳日报全媒体采访中心', '踏平惊涛保安澜', '电闪雷鸣，暴雨倾盆；惊涛拍岸，洪水滔天。', '人民至上 生命至上', '江南的梅雨，今年来得特别早，特别猛，特别久。')
    expect(texts(issue, 'subheadline')).toEqual([])
    expect(texts(issue, 'intertitle')).toContain('踏平惊涛保安澜')
  })

  it('must not fire: a short subheadline with no section heads under it, or one longer than a label', () => {
    expect(texts(read('烧烤摊挡住河边遛弯路', '槐东小区', TEXT, MORE), 'subheadline')).toEqual(['槐东小区'])
    const long = '市民呼吁相关部门尽快修复护栏'
    expect(texts(read(TITLE, long, TEXT, '记者调查现场发现护栏损坏', MORE, REPLY), 'subheadline')).toEqual([long])
  })

  it('must not fire: the heading group’s own lines — a dash’s subtitle over the byline, a short line over a dateline’s lead, a series’ part, a deck under the short line', () => {
    const own = read('守护一方平安的“老黄牛”', '——记民警李建国', '本报记者 王芳', '在城关派出所，提起李建国，同事们都竖起大拇指。', '扎根基层守初心', '1998年，李建国从警校毕业后主动申请到偏远派出所。', '情系群众办实事', '辖区群众有困难，总是第一时间找他。')
    expect(texts(own, 'subheadline')).toEqual(['——记民警李建国'])
    const lead = read('我市召开防汛工作会议', '筑牢安全防线', '本报讯（记者 赵磊）5月8日，我市召开防汛工作会议。', '压实责任', '会议要求，各地要压紧压实防汛责任。', '强化值守', '会议强调，要严格落实24小时值班制度。')
    expect(texts(lead, 'subheadline')).toEqual(['筑牢安全防线'])
    const part = read('走近大国工匠', '2024-05-09 10:20 来源：工人日报', '（上篇）', '在中车株洲电力机车有限公司的车间里，记者见到了他。', '二十年磨一剑', '他从一名普通焊工成长为高级技师。', '匠心传帮带', '如今，他带出了二十多名徒弟。')
    expect(texts(part, 'subheadline')).toEqual(['（上篇）'])
    const deck = read('我市老旧小区改造跑出加速度', '2024-05-09 10:20 来源：滨江日报', '已改造42个', '惠及居民一万余户，全市加装电梯136部', '今年以来，我市加快推进老旧小区改造。', '管网全面更新', '改造中，施工方对小区供水、排水、燃气管网进行了更新。')
    expect(texts(deck, 'subheadline')).toEqual(['已改造42个', '惠及居民一万余户，全市加装电梯136部'])
  })

  it('must not fire: a box’s stock label between the paragraphs (记者手记) is no section’s head', () => {
    const issue = read('我市首条有轨电车开通运营', '2024-05-09 10:20 来源：滨江日报', '票价一律2元', '5月8日上午，我市首条有轨电车线路正式开通运营。', '开通首日，不少市民专程前来体验。', '记者手记', '一条电车线，连起了城市的东西两端。')
    expect(texts(issue, 'subheadline')).toEqual(['票价一律2元'])
  })

  it('must not fire: the next story’s title, its lead under it, is no section head of this one (d69)', () => {
    const issue = read('泉河铺乡', '加大农资市场监管', '本报讯(陈世仁)今年以来，固始县泉河铺乡积极开展农资市场检查行动。', MORE, '陈文友捐资奖学获好评', '本报讯(秦仁民 李伟)连日来，陈文友捐资奖学的义举在当地传为佳话。')
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['加大农资市场监管', '陈文友捐资奖学获好评'])
    expect(texts(issue, 'intertitle')).toEqual([])
  })
})
