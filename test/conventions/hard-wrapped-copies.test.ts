/**
 * Hard-wrapped copies (src/normalize/unwrap.ts): a page OCR read column by
 * column, or a clipping service cut at a fixed width, reads as the page it
 * was cut from — the line breaks the column's edge made inside sentences,
 * words and names are read past; every other line break stays.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { unwrapColumns } from '../../src/normalize/unwrap'
import { articles, expectSource, find, findAll, types } from '../helpers/tree'

/** Each line cut every `width` characters, a mark that may not open a line kept on the line before (as typesetters do). */
const NO_LINE_START = /[，。、：；！？）」』”》,.:;!?)]/
function cut(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const chars = [...line]
      const pieces: string[] = []
      for (let from = 0; from < chars.length; ) {
        let to = Math.min(chars.length, from + width)
        while (to < chars.length && NO_LINE_START.test(chars[to]!)) to++
        pieces.push(chars.slice(from, to).join(''))
        from = to
      }
      return pieces.length ? pieces.join('\n') : line
    })
    .join('\n')
}

// A made-up story as a page prints it: title, dateline with credits, three paragraphs, a closing credit.
const TITLE = '城北新区老旧小区改造全面启动'
const PARAGRAPHS = [
  '本报讯（记者 王丽娟 通讯员 陈志刚）5月9日，城北新区老旧小区改造工程启动仪式在幸福里社区举行，今年全区将改造小区四十二个，惠及居民一万二千余户。',
  '据介绍，此次改造涉及雨污分流、管线入地、加装电梯、增设停车位等内容，区住建局将在六月底前完成全部小区的方案设计，并通过居民议事会征求意见。',
  '幸福里社区居民张大爷说，小区建成已有三十多年，下水道经常堵塞，楼道灯也坏了不少，这次改造真正改到了大家的心坎上。（通讯员 赵明洪 李传秀）',
]
const PRINTED = `${TITLE}\n\n${PARAGRAPHS.join('\n')}\n`

/** What a reader takes from a tree: headlines, paragraphs' text, datelines' credits, signatures' names. */
function reading(input: string) {
  const issue = parseIssue(input)
  const flat = (s: string) => s.replace(/\s*\n\s*/g, '')
  return {
    headlines: findAll(issue, 'headline').map((h) => flat(toString(h))),
    paragraphs: findAll(issue, 'paragraph').map((p) => flat(toString(p))),
    credits: findAll(issue, 'credit').map((c) => [c.role, c.names]),
    signatures: findAll(issue, 'signature').map((s) => s.names),
  }
}

describe('a hard-wrapped copy reads as the page it was cut from', () => {
  it.each([16, 20, 24, 30])('cut every %i characters: the same title, dateline, paragraphs and closing credit as printed', (width) => {
    const input = `${TITLE}\n\n${cut(PARAGRAPHS.join('\n'), width)}\n`
    expect(reading(input)).toEqual(reading(PRINTED))
    expect(reading(PRINTED).signatures).toEqual([['赵明洪', '李传秀']])
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
  })

  it('a role and a name the column cut read whole: （通 / 讯员 高晴）, （记者 欧 / 阳明月 赵敏）', () => {
    const briefs = [
      '● 日前，区审计局派出审计组，实地查勘乡镇村级摄像头安装工程，将此工程接入应急联动指挥系统，为保障群众生命财产安全。（通讯员 高晴）',
      '● 为提升城市品质，区城管局近日启动背街小巷整治行动，计划年内完成二十条街巷的改造提升，惠及沿街居民三千余户。（记者 欧阳明月 赵敏）',
    ]
    const input = `${cut(briefs.join('\n'), 20)}\n`
    expect(input).toContain('（通\n讯员 高晴）')
    expect(input).toContain('（记者 欧\n阳明月 赵敏）')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['高晴'], ['欧阳明月', '赵敏']])
    // (The node shows the copy as printed, its line break a layout break.)
    const signature = find(issue, 'signature')!
    expect(input.slice(signature.position.start.offset!, signature.position.end.offset!)).toBe('（通\n讯员 高晴）')
  })

  it('the line breaks read past are layout breaks in the tree: toString reads the text, positions point into the copy', () => {
    const input = `${TITLE}\n\n${cut(PARAGRAPHS.join('\n'), 20)}\n`
    const issue = parseIssue(input)
    const first = find(issue, 'paragraph')!
    expect(findAll(first, 'layoutBreak').length).toBeGreaterThan(0)
    for (const text of findAll(first, 'text')) {
      expect(text.value).not.toMatch(/\n/)
      expect(input.slice(text.position.start.offset!, text.position.end.offset!)).toBe(text.value)
    }
  })
})

describe('unwrapColumns: only the breaks the column made', () => {
  const wrapped = cut(PARAGRAPHS.join('\n'), 20)

  it('takes out the breaks inside sentences, and maps every offset back to the copy', () => {
    const { text, toInput, column } = unwrapColumns(wrapped)
    expect(column?.width).toBe(20)
    // (The dateline's first line holds no mark of running text, as a title as wide would not, but opens the lead: it
    // runs on into the lead's next line, the date the column cut (…陈志刚）5 / 月9日) read whole.)
    expect(text.split('\n')).toEqual(PARAGRAPHS)
    for (let k = 0; k < text.length; k++) expect(wrapped[toInput![k]!]).toBe(text[k])
  })

  it('must not fire: lines that are paragraphs of their own, of many lengths', () => {
    expect(unwrapColumns(PRINTED)).toEqual({ text: PRINTED })
  })

  it('must not fire: a title as wide as the column, no mark of running text in it, keeps its line', () => {
    const title = '城北新区老旧小区改造工程启动仪式昨日举行'
    expect([...title]).toHaveLength(20)
    const { text } = unwrapColumns(`${title}\n${wrapped}\n`)
    expect(text.startsWith(`${title}\n本报讯`)).toBe(true)
  })

  it('must not fire: teasers a site cut at one length, each closed by its ellipsis', () => {
    const teasers = ['市政府召开常务会议，研究部署下半年经济工作，会议指出要...', '全市安全生产工作会议召开，会议要求各部门压实责任，确...', '城北新区老旧小区改造全面启动，今年将改造小区四十二...']
    const input = `${teasers.join('\n')}\n`
    expect(unwrapColumns(input)).toEqual({ text: input })
  })

  it('must not fire: under a line at the edge, an indented line, a bullet, an ordinal, or a caption with its credit opens a block of its own', () => {
    for (const opening of ['　　今年全区将改造小区四十二个。', '● 今年全区将改造小区四十二个。', '一、改造内容', '2.改造时间', '市民在幸福里社区查看方案。 记者 刘洋 摄']) {
      const lines = wrapped.split('\n')
      const edge = lines.findIndex((line) => !/[。）]$/.test(line))
      const input = [...lines.slice(0, edge + 1), opening, ...lines.slice(edge + 1)].join('\n')
      expect(unwrapColumns(input).text).toContain(`\n${opening}`)
    }
  })

  it('must not fire: a line its credit closes after its sentence (…采访。广西新闻网记者 胡雁) ends there, as wide as the others or not', () => {
    const captions = ['参访团一行在宝迪红供应链公司采访。广西新闻网记者 胡雁 摄', '参访团一行在中马钦州产业园区采访。广西新闻网记者 胡雁 摄', '参访团记者在中华电力防城港电厂采访。广西新闻网记者 胡雁']
    const input = `${captions.join('\n')}\n广西新闻网钦州11月28日讯(记者 胡雁)“钦州和防城港是很有经济发展潜力的地方。”\n`
    expect(unwrapColumns(input).text).toBe(input)
  })

  it('must not fire: a list of short entries alike under a story is no column (the story’s lines overrun it)', () => {
    const story = '5月23日，原州区古雁街道雁岭社区开展垃圾分类宣传活动，让辖区居民在轻松愉快的氛围中掌握垃圾分类知识。'
    const list = Array.from({ length: 8 }, (_, k) => `[2026-03-0${k + 1}] -, 查看`).join('\n')
    const input = `${story}\n相关新闻\n${list}\n`
    expect(unwrapColumns(input).column).toBeUndefined()
  })
})

/** A page's tree, its every node checked against the input it points into. */
function read(page: string) {
  const issue = parseIssue(page)
  expectSource(page, issue)
  return issue
}

/**
 * Review 28's pages (made up near misses: 947 pages, 176 read worse by the first version of the pass): where the
 * pass must not fire, or must leave a line the page's furniture or the next story's.
 */
describe('review 28: where a column’s line breaks are not to be read past', () => {
  it.each([
    ['a list of nominees, each a line closed by its ；', "张建国，男，1975年5月生，现任县交通局副局长，拟任县交通局局长；\n李红梅，女，1978年3月生，现任县教育局副局长，拟任县教育局局长；\n王志强，男，1980年9月生，现任县财政局副局长，拟任县财政局局长；\n赵丽华，女，1982年1月生，现任县民政局副局长，拟任县民政局局长。"],
    ['a poem’s lines, each closed by ；', "春望\n杜甫\n国破山河在，城春草木深；\n感时花溅泪，恨别鸟惊心；\n烽火连三月，家书抵万金；\n白头搔更短，浑欲不胜簪。"],
    ['items each closed by ；', "会议要求：\n要提高政治站位，切实增强做好工作的责任感；\n要突出工作重点，集中力量攻克难点堵点问题；\n要强化督查考核，确保各项任务落地落实落细；\n要加强宣传引导，营造全社会共同参与的氛围。"],
    ['keyword lines alike', "关键词：垃圾分类、绿色生活、文明城市、环保\n关键词：春耕生产、农业技术、乡村振兴、农民\n关键词：安全生产、隐患排查、责任落实、防范\n关键词：志愿服务、独居老人、社区关爱、温暖"],
  ])('must not fire on a page that is no column’s: %s', (_, page) => {
    expect(unwrapColumns(page).text).toBe(page)
  })

  it('must not fire: the staff line under a paragraph whose last line fills the column stays a staff line', () => {
    expect(findAll(read("县农业农村局开展春耕生产技术指导\n　　本报讯（通讯员 高晴）连日来，县农业\n农村局组织农技人员深入田间地头，开展春耕\n生产技术指导服务，帮助农户解决生产中遇到\n的实际困难。\n　　在城关镇新农村蔬菜种植基地，农技人员\n现场讲解大棚蔬菜病虫害绿色防控技术，并向\n种植户发放技术资料三百余份。\n　　据统计，今年以来，该局共组织技术培训\n二十余场次，培训农民一千二百余人次，有力\n保障了春耕生产顺利进行，全力推动各项工。\n（责任编辑：王芳 校对：李明）"), 'editorLine')).toHaveLength(1)
  })

  it('must not fire: a date line, an end mark under a full last line are the page’s, not the text’s', () => {
    expect(findAll(read("县农业农村局开展春耕生产技术指导\n　　本报讯（通讯员 高晴）连日来，县农业农村局组织农\n技人员深入田间地头，开展春耕生产技术指导服务，帮助农\n户解决生产中遇到的实际困难。\n　　在城关镇新农村蔬菜种植基地，农技人员现场讲解大棚\n蔬菜病虫害绿色防控技术，并向种植户发放技术资料三百余\n份。\n　　据统计，今年以来，该局共组织技术培训二十余场次，\n培训农民一千二百余人次，有力保障了春耕生产顺利进行。\n——完——"), 'endMark')).toHaveLength(1)
    expect(findAll(read("县农业农村局开展春耕生产技术指导\n　　本报讯（通讯员 高晴）连日来，县农业\n农村局组织农技人员深入田间地头，开展春耕\n生产技术指导服务，帮助农户解决生产中遇到\n的实际困难。\n　　在城关镇新农村蔬菜种植基地，农技人员\n现场讲解大棚蔬菜病虫害绿色防控技术，并向\n种植户发放技术资料三百余份。\n　　据统计，今年以来，该局共组织技术培训\n二十余场次，培训农民一千二百余人次，有力\n保障了春耕生产顺利进行，全力推动各项工。\n2024年5月9日"), 'paragraph').map((p) => toString(p)).join('')).not.toContain('2024年5月9日')
  })

  it('must not fire: a jump line under a line the column cut stays the jump line', () => {
    expect(findAll(read("全市安全生产工作会议召开\n　　本报北京5月9日电（记者 王五）全市\n安全生产工作会议今天召开，会议传达学习了\n上级有关安全生产工作的重要指示精神，总结\n了去年以来全市安全生产工作情况。\n　　会议强调，各级各部门要牢固树立安全发\n（下转第二版）"), 'jumpLine')).toHaveLength(1)
  })

  it('must not fire: a title as wide as the column keeps its line over the dateline, the byline', () => {
    expect(findAll(read("坚持绿色发展，全面推进高质量发展\n本报北京5月9日电（记者 王五）\n全市安全生产工作会议今天召开，会\n议传达学习了上级有关安全生产工作\n的重要指示精神，总结了去年以来全\n市安全生产工作情况。\n会议强调，各级各部门要牢固树立安\n全发展理念，坚持人民至上、生命至\n上，以更加扎实有效的举措防范化解\n重大安全风险，坚决遏制重特大事故\n发生。\n会议要求，要压紧压实各方责任，深\n入开展安全生产隐患排查整治，切实\n维护人民群众生命财产安全和社会大\n局稳定。"), 'headline').map((h) => toString(h))).toEqual(['坚持绿色发展，全面推进高质量发展'])
    const bylined = read("坚持绿色发展，全面推进高质量发展再上新台\n本报记者 张三 通讯员 李四\n全市安全生产工作会议今天召开，会议传达学\n习了上级有关安全生产工作的重要指示精神，\n总结了去年以来全市安全生产工作情况。\n会议强调，各级各部门要牢固树立安全发展理\n念，坚持人民至上、生命至上，以更加扎实有\n效的举措防范化解重大安全风险，坚决遏制重\n特大事故发生。\n会议要求，要压紧压实各方责任，深入开展安\n全生产隐患排查整治，切实维护人民群众生命\n财产安全和社会大局稳定。")
    expect(findAll(bylined, 'headline').map((h) => toString(h))).toEqual(['坚持绿色发展，全面推进高质量发展再上新台'])
    expect(findAll(bylined, 'byline')).toHaveLength(1)
  })

  it('must not fire: a kicker as wide as the column over its headline stays the article’s heading', () => {
    const issue = read("聚焦民生实事，全面推进高质量发展再上新台阶谱写新篇章全面推进高质量发展再\n市图书馆开展世界读书日系列活动\n　　本报讯（记者 陈静）4月23日是世界读书日，市图书馆开展了主题书展、\n名家讲座、亲子阅读等系列活动，吸引了大批市民走进图书馆。\n　　在主题书展区，近千册精选图书整齐摆放，市民们或驻足翻阅，或拍照留念。\n“平时工作忙，今天特意带孩子来感受读书氛围。”市民李女士说。\n　　据悉，今年市图书馆还将陆续推出二十余场阅读推广活动，进一步推动全民阅\n读深入开展。")
    expect(articles(issue)).toHaveLength(1)
    expect(types(articles(issue)[0]!)[0]).not.toBe('paragraph')
  })

  it('must not fire: captions set between the lines the column cut stay captions (图①：…, …(左一)…。)', () => {
    expect(findAll(read("我市举办垃圾分类主题宣传活动\n本报讯（记者 张三）5月9日，市城管局联\n合多家单位在人民广场开展“垃圾分类 绿色\n图①：市民在活动现场了解垃圾分类知识。\n生活”——携手共建单位共绘美好家园主题活\n动，吸引了众多市民参与。\n活动现场，工作人员通过展板、发放宣传册等\n形式向市民讲解垃圾分类知识，并设置了有奖\n问答环节，现场气氛热烈。\n据了解，下一步我市将继续深入推进垃圾分类\n工作，努力营造全民参与的良好氛围。\n（通讯员 付易）"), 'caption').map((c) => toString(c))).toEqual(['图①：市民在活动现场了解垃圾分类知识。'])
    expect(findAll(read("我市举办垃圾分类主题宣传活动\n　　本报讯（记者 张三）5月9日，市城管\n局联合多家单位在人民广场开展“垃圾分类 \n县长张三（左一）在活动现场了解垃圾分类工作。\n绿色生活”——携手共建单位共绘美好家园主\n题活动，吸引了众多市民参与。\n　　活动现场，工作人员通过展板、发放宣传\n册等形式向市民讲解垃圾分类知识，并设置了\n有奖问答环节，现场气氛热烈。\n　　据了解，下一步我市将继续深入推进垃圾\n分类工作，努力营造全民参与的良好氛围。\n（通讯员 付易）"), 'caption').map((c) => toString(c))).toEqual(['县长张三（左一）在活动现场了解垃圾分类工作。'])
  })

  it('must not fire: a question and its answer, briefs each opening 本报讯, stay apart', () => {
    const qa = findAll(read("医保新政答问\n问：新政策什么时候开始实施，\n适用于哪些人群，全力推动各？\n答：新政策自6月1日起正式实\n施，适用于全体参保人员，包括\n城镇职工和城乡居民。\n问：参保人员需要办理哪些手续\n，去哪里办理，全力推动各项？\n答：无需另外办理任何手续，系\n统将根据参保信息自动进行认定\n。\n问：有疑问可以咨询哪些部门？\n答：可以拨打医保服务热线进行\n咨询，也可以到各级医保经办机\n构现场咨询。"), 'paragraph').map((p) => toString(p).replace(/\n/g, ''))
    expect(qa.filter((p) => p.startsWith('问：'))).toHaveLength(3)
    expect(qa.filter((p) => p.startsWith('答：'))).toHaveLength(3)
    expect(findAll(read("本地简讯\n本报讯 5月9日，市文明办在\n人民广场开展志愿服务进社区活\n动，为市民提供义诊、理发、家\n电维修等便民服务，全力推动。\n本报讯 5月9日，市教育局召\n开全市教育工作会议，总结去年\n工作，部署今年重点任务，全。\n本报讯 近日，市税务局启动第\n三十三个全国税收宣传月活动，\n为纳税人送去政策大礼包，全。"), 'dateline')).toHaveLength(3)
  })
})

/** Review 29's pages (new made-up near misses on the narrowed pass: 631 pages, 114 read worse, 82 now as before). */
describe('review 29: the line under a text’s last line, and a column’s short lines', () => {
  it('must not fire: the next story’s lead under a line that fills the column with no full stop opens the next story', () => {
    expect(findAll(read("交通项目建设按下快进键\n本报讯 记者 陈红 报道：会议指出，要坚持农业农村优先\n发展，加快补齐农村基础设施短板，持续改善农村人居\n环境，让农民群众过上更加美好的生活。\n据介绍，该项目总投资约十二亿元，全长八点六公里，\n设计时速六十公里，建成后将有效缓解城区东西向交通\n压力。如有疑问，可拨打市民服务热线一二三四五咨询\n本报讯（记者 李四）5月8日，市消防救援支队启动夏\n季消防安全大检查，重点检查人员密集场所和高层建筑。"), 'dateline')).toHaveLength(2)
  })

  it('must not fire: a date alone in Chinese numerals (二〇二四年五月九日) under a line that fills the column is the page’s', () => {
    expect(findAll(read("坚持绿色发展，推进乡村振兴\n本报讯（记者 张三）本次比赛共吸引了来自全省十\n三个地市的二百余名选手参赛，比赛设置了理论考\n试和实际操作两个环节，全面检验选手的专业技能。\n经过两天的激烈角逐，最终评选出一等奖五名、二\n等奖十名、三等奖十五名，获奖选手将被授予省技\n术能手称号，详情可咨询市民服务热线12345\n二〇二四年五月九日\n此次义诊活动共接待群众三百余人次，发放宣传资\n料一千余份，受到当地群众的广泛好评，活动将持\n续到本月底。"), 'paragraph').map((p) => toString(p)).join('')).not.toContain('二〇二四年五月九日')
  })

  it('must not fire: a letter’s close (此致) under a line that fills the column stays its own', () => {
    expect(findAll(read("一封感谢信\n尊敬的社区工作人员：\n我是一名退休教师，在这个小区已\n经住了二十多年。去年以来，社区\n对老旧小区进行了改造，加装了电\n梯，修缮了屋顶，还新建了休闲广\n场和健身步道，居民们的生活发生\n了翻天覆地的变化。\n在此，我代表全体居民向社区表示\n衷心的感谢，也希望这样的好作风\n能够一直保持下去，最后祝社区各\n位工作人员工作顺利\n此致\n敬礼！\n读者 王建华\n2024年5月6日"), 'paragraph').map((p) => toString(p).replace(/\n/g, '')).some((p) => p.includes('此致') && p.length > 4)).toBe(false)
  })

  it('must not fire: on a page indenting its paragraphs, the next story’s title with a comma under a full last line is a title', () => {
    expect(findAll(read("坚持绿色发展，推进乡村振兴\n　　本报讯（记者 张三）会议指出，要坚持农业农\n村优先发展，加快补齐农村基础设施短板，持续改\n善农村人居环境，让农民群众过上更加美好的生活。\n　　近日，市生态环境局联合市城管局在全市范围\n内开展垃圾分类专项检查行动，重点检查居民小区、\n机关单位和商业综合体的分类投放设施配置情况。\n守护一江碧水，共建美丽家园\n　　本报讯（记者 周敏）园区负责人介绍，项目全\n部建成投产后，预计年产值可达五十亿元，带动就\n业三千余人，将成为全区经济发展的新引擎。\n　　“以前下雨天出门一身泥，现在家门口就是柏\n油路，晚上还有路灯，出行方便多了。”说起村里\n的变化，村民老李笑得合不拢嘴。"), 'headline').map((h) => toString(h))).toContain('守护一江碧水，共建美丽家园')
  })

  it('must not fire: items opened by their ordinal words (第二条) under a full last line open their paragraphs', () => {
    expect(findAll(read("扎实做好当前各项工作\n本报讯（记者 张三）5月9日，全市\n工作推进会召开。会议强调，各级各\n部门要以高度的政治责任感，扎实做\n好当前各项工作，确保取得实效。\n第一条　要提高政治站位，充分认识\n做好这项工作的重要意义，切实增强\n责任感和紧迫感，把各项任务抓紧抓\n实抓好。\n第二条　要突出工作重点，聚焦群众\n反映强烈的突出问题，集中力量开展\n专项整治，务求取得实实在在的成效。\n第三条　要强化督促检查，建立健全\n工作台账，实行清单化管理，对工作\n不力、进展缓慢的单位及时通报批评。"), 'paragraph').map((p) => toString(p).replace(/\n/g, '')).filter((p) => p.startsWith('第'))).toHaveLength(3)
  })

  it('must not fire: items with no closing mark, each joined, stay apart (one list, 1、 a marker family), and the office under them', () => {
    const issue = read("关于做好安全生产工作的通知\n为切实做好今年的安全生产工作，现\n就有关事项通知如下：\n1、加强组织领导，成立由分管领导\n任组长的工作专班，明确责任分工，\n确保各项措施落到实处\n2、完善工作机制，建立定期会商、\n信息通报和联合执法制度，形成工作\n合力\n3、强化督查考核，将工作开展情况\n纳入年度综合考核，对工作不力的严\n肃问责\n4、注重宣传引导，及时总结推广典\n型经验做法，营造全社会共同参与的\n良好氛围\n某某市安全生产委员会办公室\n2024年5月9日")
    const items = findAll(issue, 'listItem').map((item) => toString(item).replace(/\n/g, ''))
    expect(items).toEqual([
      '1、加强组织领导，成立由分管领导任组长的工作专班，明确责任分工，确保各项措施落到实处',
      '2、完善工作机制，建立定期会商、信息通报和联合执法制度，形成工作合力',
      '3、强化督查考核，将工作开展情况纳入年度综合考核，对工作不力的严肃问责',
      '4、注重宣传引导，及时总结推广典型经验做法，营造全社会共同参与的良好氛围',
    ])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toContain('某某市安全生产委员会办公室')
  })

  it('must not fire: a question spilling two characters onto its second line stays apart from the answer', () => {
    const paragraphs = findAll(read("科技教育点燃创新梦想\n本报讯（通讯员 刘洋 记者 周敏）近年来，该村依\n托当地特色资源，大力发展乡村旅游和特色种植，\n村集体经济收入从不足十万元增长到一百二十万\n元。\n问：哪些人可以申请这项补贴？申请流程是怎样\n的？\n受访者：我们将继续扩大覆盖面，提升服务质量，\n让更多市民享受到便捷的阅读服务。\n此次义诊活动共接待群众三百余人次，发放宣传\n资料一千余份，受到当地群众的广泛好评，活动\n将持续到本月底。"), 'paragraph').map((p) => toString(p).replace(/\n/g, ''))
    expect(paragraphs).toContain('问：哪些人可以申请这项补贴？申请流程是怎样的？')
  })
})

describe('photo news the column cut: its last piece closing with the photographer’s credit is the text’s, not a caption', () => {
  // Made-up photo news as pages print it: a title, then one paragraph closing with the photographer's credit.
  const NEWS = [
    ['多元养殖助增收', '日前，城南区胡集镇东马村养殖基地内，工作人员正在喂养绵羊。近年来，该镇依托独特的资源和区位优势，引导农民通过合作社加农户的模式发展养殖业，带动农民增收。 记者 李若生 摄'],
    ['项目建设助就业', '日前，城南区吴店镇医疗器械产业园内，工作人员正在向客商介绍产品。该产业园主导产品有医用设备、安防产品、办公用品等八大系列，项目建成投产后可吸纳就业一百人。（通讯员 郜玉华 摄）'],
  ]
  const page = (wrap: (text: string) => string) => NEWS.map(([title, text]) => `${title}\n\n${wrap(text!)}\n`).join('\n')

  it.each([20, 24, 30])('cut every %i characters: read as printed, no caption, the credit signing the text', (width) => {
    const input = page((text) => cut(text, width))
    const printed = page((text) => text)
    expect(findAll(parseIssue(input), 'caption')).toHaveLength(0)
    expect(reading(input)).toEqual(reading(printed))
    expectSource(input, parseIssue(input))
  })

  it('must not fire: a caption opened by its cue (▲…) under the cut text, or one with the text going on under it, stays a caption', () => {
    const cue = '本报讯（记者 张三）5月9日，市城管局联合多家单位在人民\n广场开展垃圾分类主题宣传活动，吸引了众多市民参与，现场\n气氛热烈，工作人员向市民发放宣传册一千余份，讲解分类\n▲市民在活动现场了解垃圾分类知识。 记者 李若生 摄\n'
    expect(findAll(parseIssue(`垃圾分类进社区\n\n${cue}`), 'caption').map((c) => toString(c))).toEqual(['▲市民在活动现场了解垃圾分类知识。 记者 李若生 摄'])
    const between = '本报讯（记者 张三）5月9日，市城管局联合多家单位在人民\n广场开展垃圾分类主题宣传活动，吸引了众多市民参与，现场\n气氛热烈，工作人员向市民发放宣传册一千余份，讲解分类\n市民在活动现场了解垃圾分类知识。 记者 李若生 摄\n知识，并设置了有奖问答环节，受到市民的广泛好评。\n'
    expect(findAll(parseIssue(`垃圾分类进社区\n\n${between}`), 'caption').map((c) => toString(c))).toEqual(['市民在活动现场了解垃圾分类知识。 记者 李若生 摄'])
  })
})

describe('a copy cut by a cutter that counts every character, spaces and all (unwrap.ts atEdge)', () => {
  it('lines holding spaces the cutter counted reach the column’s edge: the paragraph reads as printed', () => {
    const text = [
      '住在土瓜湾 落山道的街坊 杨先生向本报投诉，落山道附近街道地面长期湿滑，堆满杂物，传出恶臭，存在卫生问题。',
      '他说：“无论是日间还是晚间，这里都有人乱丢垃圾，希望当局加强清洁。” 食环署回复表示，会加强巡查及清扫，并向违例者提出检控。',
      '区议员表示，该处街道狭窄，行人众多，杂物堆放不但影响环境卫生，亦构成火警隐患，已去信有关部门跟进，要求尽快清理并设置告示。',
    ]
    const printedPage = `街坊投诉\n\n${text.join('\n')}\n`
    const cutPage = `街坊投诉\n\n${cut(text.join('\n'), 24)}\n`
    expect(cutPage.split('\n').some((line) => (line.match(/ /g) ?? []).length >= 2 && [...line].length === 24)).toBe(true)
    expect(reading(cutPage)).toEqual(reading(printedPage))
  })

  it('must not fire: a title with spaces as wide as the column, over the text, keeps its line', () => {
    const input = '政府广场稻花香 市民赏秋正当时 一\n本报讯（记者 张三）5月9日，市城管局联合多家单位\n在人民广场开展垃圾分类主题宣传活动，吸引了众多\n市民参与，现场气氛热烈，工作人员向市民发放宣传\n册一千余份，讲解分类知识，受到市民的广泛好评。\n'
    expect(findAll(parseIssue(input), 'dateline')).toHaveLength(1)
  })
})

describe('a site’s excerpts cut at one fixed length are no column (page-shape.ts MAX_WRAP_COLUMN)', () => {
  // Made-up listing as d687's copy gives it, its blank lines lost: each story's title, its photo's caption, and its
  // lead cut by the site at 101 characters.
  const excerpt = (lead: string) => [...`${lead}，${'市民对此纷纷点赞，认为这一举措切实解决了群众身边的急难愁盼问题，也让城市更有温度，更加宜居宜业宜游'.repeat(3)}`].slice(0, 101).join('')
  const stories = [
    ['城北新区老旧小区改造全面启动 惠及居民一万余户', '城北新区老旧小区改造工程启动现场。', '【记者王丽娟城北报道】城北新区老旧小区改造工程昨日启动'],
    ['市民公园新增健身步道 晨练市民赞不绝口', '市民在新建的健身步道上晨练。', '【记者陈志刚城南报道】市民公园新建的健身步道本周正式开放'],
    ['夜间经济点亮城市烟火气 夜市客流创新高', '城东夜市人头攒动。', '【记者赵明洪城东报道】随着气温回升，城东夜市人气持续攀升'],
    ['社区食堂开进老旧小区 老人吃饭不再愁', '老人们在社区食堂就餐。', '【记者李传秀城西报道】城西街道首家社区食堂日前正式营业'],
  ]
  const input = `${stories.map(([title, caption, lead]) => `${title}\n${caption}\n${excerpt(lead!)}`).join('\n')}\n`

  it('lines sharing a length wider than any column’s are not joined to the title under them', () => {
    expect(input.split('\n').filter((line) => [...line].length === 101)).toHaveLength(4)
    const unwrapped = unwrapColumns(input)
    expect(unwrapped.column).toBeUndefined()
    expect(unwrapped.text).toBe(input)
  })

  it('must not fire: a column as narrow as a page’s (20) is still read as one', () => {
    expect(unwrapColumns(`${TITLE}\n\n${cut(PARAGRAPHS.join('\n'), 20)}\n`).column?.width).toBe(20)
  })
})

describe('a lead’s first line and a quoted term at the column’s edge (wrapped at 20: d629, d70)', () => {
  it('本报讯(记者 言就实)2011年 / 1月24日,…: the dateline’s line runs on, the date read whole', () => {
    const lead = '本报讯(记者 言就实)2011年1月24日,对中国兵器报社、对中国兵器装备集团公司新闻宣传工作来说,都是一个难忘的日子。'
    const input = `春风化雨赋新声\n\n${cut([lead, ...PARAGRAPHS.slice(1)].join('\n'), 20)}\n`
    const issue = parseIssue(input)
    expect(find(issue, 'dateline')!.date).toMatchObject({ year: 2011, month: 1, day: 24 })
    expectSource(input, issue)
  })

  it('…为集团公司“622战略” / 圆满完成…: a quoted term the edge cut after is no paragraph’s end', () => {
    const text = '会议指出，报社多年来坚持正确方向成绩显著肯定了报社为集团公司发展战略“六二二战略”圆满完成所作的贡献，勉励报社深入推进各项调整，抓学习，明方向，求创新，重品行。'
    const wrapped = cut([text, ...PARAGRAPHS].join('\n'), 20)
    expect(wrapped.split('\n')[1]!.endsWith('”')).toBe(true)
    expect(unwrapColumns(wrapped).text.split('\n')[0]).toBe(text)
  })

  it('本报讯 (记者 巩建国) / 9月16日,…: the lead’s date on the line under the dateline is its date', () => {
    const issue = parseIssue('老街焕发新活力\n\n本报讯 (潍坊日报社全媒体记者 巩建国)\n9月16日,大型新闻采访活动在淄博市淄川区举行。\n')
    expect(find(issue, 'dateline')!.date).toMatchObject({ month: 9, day: 16 })
  })

  it('must not fire: a credit line as wide as the column, and a quote closing its sentence (…很伟大!”)', () => {
    const closing = cut([...PARAGRAPHS, '他说：“我们的城市越来越好了，这一切都很伟大!”'].join('\n'), 20)
    expect(unwrapColumns(closing).text.endsWith('这一切都很伟大!”')).toBe(true)
  })
})

describe('a word the reporter’s role opens at a line’s start (wrapped at 20: d253)', () => {
  it('…独特的酒文化都给 / 記者們留下了深刻印象。: the sentence the column cut goes on (記者 opened a credit line, no break taken out)', () => {
    const text = '皖北地區淳厚質樸的民風，獨特的酒文化都給記者們留下了深刻印象，蚌埠依山傍水的城市景觀也讓人難忘。'
    const wrapped = cut([text, ...PARAGRAPHS].join('\n'), 20)
    expect(wrapped.split('\n').some((line) => line.startsWith('記者們'))).toBe(true)
    expect(unwrapColumns(wrapped).text.split('\n')[0]).toBe(text)
  })

  it('must not fire: a reporter’s credit line under the text the column cut stays a line of its own', () => {
    const wrapped = cut([...PARAGRAPHS].join('\n'), 20) + '\n记者 王芳 李强'
    expect(unwrapColumns(wrapped).text.endsWith('\n记者 王芳 李强')).toBe(true)
  })
})
