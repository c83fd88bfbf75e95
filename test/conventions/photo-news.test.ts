/**
 * Photo news (grammar/constructs/photo-credit.ts `photoNews`, caption.ts
 * `photoNewsStory`): a short text straight under its title (or the page's
 * furniture) over a photographer's credit line is read as readers read it —
 * the story's paragraphs, the photographer's credit its signature. (Until
 * this release the text was the photo's caption; every reader who labelled
 * such items without being told a convention read them this way.) Under a
 * story's lead, a credit line is a photo's, not this.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const TEXT = '牢记嘱托担使命,勇于争先谱新篇。图为出席省十四届人大五次会议的代表审议政府工作报告。'
const MORE = '临近开学,市场监管部门组织精干力量,积极开展秋季校园食品安全专项检查。'
const CREDIT = '本报记者 丁思文 摄'

describe('photo news: where it fires', () => {
  it('a title, its photo’s text, the credit on a line of its own: the story’s paragraph and its signature', () => {
    const input = ['聚合力 谱新篇', '', TEXT, '', CREDIT, ''].join('\n')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'signature'])
    expect(toString(find(issue, 'paragraph')!)).toBe(TEXT)
    expect(find(issue, 'signature')!.names).toEqual(['丁思文'])
    expect(findAll(issue, 'caption')).toEqual([])
    expectSource(input, issue)
  })

  it('two paragraphs of text, a wide gap before the credit: two paragraphs', () => {
    const input = ['聚合力 谱新篇', '', TEXT, '', MORE, '', '', CREDIT, ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT, MORE])
    expect(find(issue, 'signature')!.names).toEqual(['丁思文'])
  })

  it('with no title, under the page line: an untitled story of its photo', () => {
    const input = ['第02版:综合', '', TEXT, '', MORE, '', '记者 宋伟峰 摄', ''].join('\n')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(types(articles(issue)[0])).toEqual(['paragraph', 'paragraph', 'signature'])
  })

  it('must not fire: a phrase over the credit (惠民市集 城市晚报全媒体记者 吕闯 摄) is the photo’s caption', () => {
    const issue = parseIssue(['惠民市集 城市晚报全媒体记者 吕闯 摄', ''].join('\n'))
    expect(findAll(issue, 'caption')).toHaveLength(1)
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('must not fire: a caption over the story’s own text stays the photo’s caption', () => {
    const input = ['聚合力 谱新篇', '', `${TEXT} ${CREDIT}`, '本报讯 1月27日,辽宁省第十四届人民代表大会第五次会议隆重开幕。', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toHaveLength(1)
    expect(findAll(issue, 'signature')).toEqual([])
  })
})

describe('photo news: where it must not fire', () => {
  it('a credit line under a story with a dateline lead: the story keeps its paragraphs', () => {
    const input = ['聚合力 谱新篇', '', '本报讯 1月27日,辽宁省第十四届人民代表大会第五次会议隆重开幕。', '', CREDIT, ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it('a credit line under a story’s later paragraphs (a photo at its end): they stay paragraphs', () => {
    const input = ['聚合力 谱新篇', '', '本报讯 1月27日,会议隆重开幕。', '', TEXT, '', CREDIT, ''].join('\n')
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(2)
  })

  it('more text than a photo’s (four paragraphs): a story, not a caption', () => {
    const input = ['聚合力 谱新篇', '', TEXT, '', MORE, '', TEXT, '', MORE, '', CREDIT, ''].join('\n')
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(4)
  })
})

describe('photo news: credit lines in other forms', () => {
  it('several people and 摄影报道: 记者 苏 凯 通讯员 宋超喜 摄影报道', () => {
    const input = ['金丝皇菊绽放“黄金花”', '', '初冬时节,新蔡县关津乡王楼村金丝皇菊种植基地遍地金黄。', '  记者 苏 凯 通讯员 宋超喜 摄影报道', ''].join('\n')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'signature'])
    expect(find(issue, 'signature')!.names).toEqual(['苏凯', '宋超喜'])
    expectSource(input, issue)
  })

  it('the role on the line above the names: 全媒体记者 / 崔圣驰 摄', () => {
    const input = ['图片新闻', '', '随着天气逐渐转冷,小区楼旁和路边的树木开始纷纷落叶。', '全媒体记者', '崔圣驰 摄', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual(['随着天气逐渐转冷,小区楼旁和路边的树木开始纷纷落叶。'])
    expect(find(issue, 'signature')).toMatchObject({ names: ['崔圣驰'], value: '全媒体记者\n崔圣驰 摄' })
    expectSource(input, issue)
  })

  it('NOT 摄影 as a staff role before a name (摄影 张三): no photo credit line', () => {
    const input = ['金丝皇菊绽放“黄金花”', '', '本报讯 初冬时节,金丝皇菊种植基地遍地金黄。', '摄影 张三', ''].join('\n')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('photo news: a whole story', () => {
  it('its signature closes it: text set apart under it is not its paragraph', () => {
    const input = ['聚合力 谱新篇', '', TEXT, '', CREDIT, '', '', MORE, ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(articles(issue)[0]!, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
    expectSource(input, issue)
  })
})

describe('a story’s last paragraph closed by its photographer’s credit (d236 宝鸡日报; held-out texts)', () => {
  const HEAD = '全市首届金秋菊展开幕'
  const LEAD = '本报讯 11月4日，丝绸之路第二届暨宝鸡市第十三届金秋菊展开幕。'
  const LAST = '本届菊展以“奋斗百年路·启航新征程”为主题。菊展主展区设在中华石鼓园景区，同时设立了分展区。'

  it('the paragraph is the story’s text, the photographer its signature, at the story’s end', () => {
    const input = page(HEAD, LEAD, `${LAST}(记者 韩小珍 摄)`, '责任编辑：王五')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(find(article!, 'signature')?.names).toEqual(['韩小珍'])
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(article!, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })

  it('must not fire: one short sentence saying what the photo shows, a caption by its words, or a caption the story goes on under', () => {
    for (const caption of ['台湾记者采访淮北市长牛弩韬。(安徽省台办 裔淳 摄)', `图为菊展现场。游客在展区拍照留念。(记者 韩小珍 摄)`]) {
      const issue = parseIssue(page(HEAD, LEAD, LAST, caption, '责任编辑：王五'))
      expect(findAll(issue, 'signature'), caption).toEqual([])
      expect(findAll(issue, 'caption'), caption).toHaveLength(1)
    }
    const goesOn = parseIssue(page(HEAD, LEAD, `${LAST}(记者 韩小珍 摄)`, '展区亮点', '菊展期间还将举办美食体验节。'))
    expect(findAll(goesOn, 'signature')).toEqual([])
  })
})

describe('photographed and reported, glued after the last sentence (d352 大连晚报, d264 湖南日报)', () => {
  const HEAD = '隧道墙壁被人乱涂乱画'
  const LEAD = '本报讯 昨日，有市民反映，广州湾大道隧道墙壁被人乱涂乱画。'

  it('…手下留情。本报记者李忠摄影报道 · …装箱。湖南日报记者 李健 通讯员 童建胜 摄影报道: the signature', () => {
    for (const [tail, names] of [
      ['希望执法部门加强管理,也希望“涂鸦者”手下留情。本报记者李忠摄影报道', ['李忠']],
      ['合作社与农户一起将蔬菜装箱。湖南日报记者 李健 通讯员 童建胜 摄影报道', ['李健', '童建胜']],
    ] as const) {
      const issue = parseIssue(page(HEAD, LEAD, tail))
      expect(find(issue, 'signature')?.names, tail).toEqual(names)
    }
  })

  it('must not fire: 摄影报道 inside a sentence, or after words that are no credit', () => {
    for (const tail of ['他说这是一组摄影报道。', '展览汇集了多年来的优秀作品。本届摄影报道']) {
      expect(findAll(parseIssue(page(HEAD, LEAD, tail)), 'signature'), tail).toEqual([])
    }
  })
})

describe('photo news under its title, the page’s lines after it (d181, d461)', () => {
  const TITLE = '广场垃圾很“刺眼”'
  const SENTENCES = ['16日,景色宜人的市人民广场引来众多市民休闲。', '市民们边玩边吃着零食,随手扔下瓜子壳、纸巾等垃圾,很煞风景。']

  it('its paragraphs set apart, the credit on its own line, the page’s date line and folio under it: text and signature', () => {
    const input = ['2013年2月22日 星期', TITLE, '', SENTENCES[0], '', SENTENCES[1], '', '记者 陈红菊摄', '', '2013年2月22日 星期', '第06版:社会经纬 上一版3  4下一版', ''].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(articles(issue)[0]!, 'paragraph').map((p) => toString(p))).toEqual(SENTENCES)
    expect(findAll(issue, 'signature').map((s) => toString(s))).toEqual(['记者 陈红菊摄'])
  })

  it('must not fire: with the story’s text under the photo news, it is the story’s photo', () => {
    const input = page(TITLE, `${SENTENCES[0]}(记者 陈红菊 摄)`, '本报讯 近日,市城管局组织人员对广场进行集中清理,共清运垃圾2吨。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toEqual([])
  })
})

describe('photo news under its title and the site’s stamp, the staff line set apart under it (d595, 綏化新聞網)', () => {
  const TITLE = '稻海深处有『丹青』'
  const STAMP = '来源:绥化日报 2025-07-10 字体:'
  const SENTENCES = ['在北林区秦家镇国家级区域性良种繁育基地,盛昌农业稻田画已经初具规模。', '据介绍,今年稻田画制作已经进入第六年,画面中盛昌农业化身一艘巨型“航母”。']

  it('d595: title / stamp / text / credit / ⏎⏎ / 編輯:韓敏: one story under its title, its text and its photographers', () => {
    const input = readFileSync(new URL('../fixtures/corpus/d595.txt', import.meta.url), 'utf8')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toContain('稻海深處有『丹青』')
    const story = articles(issue).find((a) => toString(find(a, 'headline')) === '稻海深處有『丹青』')!
    expect(findAll(story, 'paragraph')).toHaveLength(2)
    expect(findAll(story, 'signature').flatMap((s) => s.names)).toEqual(['夏慶豐', '劉華鵬'])
  })

  it('the same, made up: title / stamp / text / credit / ⏎⏎ / 编辑:韩敏', () => {
    const input = [TITLE, '', STAMP, '', `  ${SENTENCES[0]}`, '', `  ${SENTENCES[1]}`, '', '  夏庆丰  全媒体记者 刘华鹏 摄', '', '', '编辑:韩敏'].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([TITLE])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
    expect(findAll(issue, 'signature').flatMap((s) => s.names)).toEqual(['夏庆丰', '刘华鹏'])
  })

  it('a menu whose channel’s name holds a role’s word (小记者风采) is still the site’s menu', () => {
    const input = ['经济新闻 综合新闻 视频新闻 市场监管 黑土副刊 日报头条号 小记者风采 日报公众号 晚报公众号 绥化直播', TITLE, '', STAMP, '', `  ${SENTENCES[0]}`].join('\n')
    expect(toString(find(parseIssue(input), 'chrome')!)).toBe('经济新闻 综合新闻 视频新闻 市场监管 黑土副刊 日报头条号 小记者风采 日报公众号 晚报公众号 绥化直播')
  })

  it('must not fire: a credit line whose words are roles and names stays a credit (记者 苏 凯 通讯员 宋超喜 摄影报道)', () => {
    const input = [TITLE, '记者 苏凯 通讯员 宋超喜 王五 李六 赵七 摄影报道', `${SENTENCES[0]}`].join('\n')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })
})
