/**
 * Photo captions: 图为…, ▲…, …资料图片, and a photographer's credit on the
 * line under the caption (李潤芳攝, 新华社记者 谢环驰 摄, （記者簡榮豐攝）),
 * which joins the caption as a `credit`. Inside an article between
 * paragraphs; at the top level after a wide gap, unless it names the
 * subject of the story above it (four characters in a row in common).
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { importBench } from '../helpers/build'
import { parseIssue, toString } from '../../src/index'
import type { Caption } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEADLINE = '路灯改造工程启动'
const LEAD = '本报讯 5月9日，我市路灯改造工程正式启动。'
const AFTER = '工程预计年底完工。'

const credit = (caption: Caption) => {
  const c = find(caption, 'credit')
  return c && { role: c.role, affiliation: c.affiliation, names: c.names, value: c.value }
}

describe('captions: where they fire', () => {
  it('图为… between paragraphs of an article', () => {
    const input = page(HEADLINE, LEAD, '图为工人们正在拆除旧路灯。', AFTER)
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(issue)).toEqual(['article'])
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    const caption = find(article!, 'caption')!
    expect(toString(caption)).toBe('图为工人们正在拆除旧路灯。')
    expect(credit(caption)).toBeUndefined()
    expect(toString(findAll(article!, 'paragraph')[1])).toBe(AFTER)
    expectSource(input, issue)
  })

  it('▲… : a caption opened by a triangle', () => {
    const input = page(HEADLINE, LEAD, '▲工人们正在拆除旧路灯。', AFTER)
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    expect(toString(find(issue, 'caption'))).toBe('▲工人们正在拆除旧路灯。')
    expectSource(input, issue)
  })

  it('…资料图片: a caption closed by a photo note', () => {
    const input = page(HEADLINE, LEAD, '工人们正在拆除旧路灯。资料图片', AFTER)
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    expect(toString(find(issue, 'caption'))).toBe('工人们正在拆除旧路灯。资料图片')
    expectSource(input, issue)
  })

  it('李潤芳攝 under a caption line above the dateline: one caption with its credit', () => {
    const input = page('男子酒後鬧事被捕', '警員在現場調查。\n李潤芳攝', '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'caption', 'paragraph'])
    const caption = find(article!, 'caption')!
    expect(types(caption)).toEqual(['text', 'layoutBreak', 'credit'])
    expect(credit(caption)).toEqual({ role: '攝', affiliation: undefined, names: ['李潤芳'], value: '李潤芳攝' })
    expect(toString(caption)).toBe('警員在現場調查。李潤芳攝')
    expect(find(issue, 'dateline')!.source).toBe('本報訊')
    expectSource(input, issue)
  })

  it('a second credit line under a credited caption is a caption of its own (one credit to a caption)', () => {
    const input = page(HEADLINE, LEAD, '图为工人们正在拆除旧路灯\n李润芳摄\n张建国摄', AFTER)
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'caption', 'paragraph'])
    const [first, second] = findAll(article!, 'caption')
    expect(credit(first!)?.names).toEqual(['李润芳'])
    expect(toString(second!)).toBe('张建国摄')
    expect(credit(second!)?.names).toEqual(['张建国'])
    expectSource(input, issue)
  })

  it('新华社记者 谢环驰 摄 under a caption line: affiliation and a padded credit', () => {
    const input = page(
      '习近平会见外国元首',
      '本报北京5月9日电 习近平在人民大会堂会见外国元首。',
      '5月9日，习近平在北京人民大会堂会见外国元首。\n新华社记者 谢环驰 摄',
      '会见后，两国元首共同见证签署合作文件。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    const caption = find(article!, 'caption')!
    expect(types(caption)).toEqual(['date', 'text', 'layoutBreak', 'credit'])
    expect(credit(caption)).toEqual({ role: '摄', affiliation: '新华社', names: ['谢环驰'], value: '新华社记者 谢环驰 摄' })
    // The credit is no dateline and no byline.
    expect(findAll(issue, 'dateline')).toHaveLength(1)
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })

  it('（記者簡榮豐攝） on the line under a caption', () => {
    const input = page('男子酒後鬧事被捕', '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。', '警員在現場調查。\n（記者簡榮豐攝）', '案件仍在調查中。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    const caption = find(article!, 'caption')!
    expect(types(caption)).toEqual(['text', 'layoutBreak', 'credit'])
    expect(credit(caption)).toMatchObject({ role: '攝', names: ['簡榮豐'] })
    expect(toString(caption)).toBe('警員在現場調查。（記者簡榮豐攝）')
    expect(findAll(issue, 'signature')).toEqual([])
    expectSource(input, issue)
  })

  it('a credit line alone between paragraphs is a caption holding only the credit', () => {
    const input = page(HEADLINE, LEAD, '新华社记者 谢环驰 摄', AFTER)
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    const caption = find(article!, 'caption')!
    expect(types(caption)).toEqual(['credit'])
    expect(credit(caption)).toMatchObject({ role: '摄', names: ['谢环驰'] })
    expectSource(input, issue)
  })

  it('（記者簡榮豐攝） alone between paragraphs', () => {
    const input = page('男子酒後鬧事被捕', '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。', '（記者簡榮豐攝）', '案件仍在調查中。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    expect(types(find(article!, 'caption'))).toEqual(['credit'])
    expect(findAll(issue, 'signature')).toEqual([])
    expectSource(input, issue)
  })

  it('图为… after a wide gap that names the story above (路灯改造) is that story’s photo', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n\n图为路灯改造工程现场。\n`
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'caption'])
    expect(articles(issue)[0]!.position.end.offset).toBe(input.length - 1)
    expectSource(input, issue)
  })

  it('图为… after a wide gap that does not name the story stands at the top level, outside the article', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n\n图为工人们正在拆除旧路灯。\n`
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'caption'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expect(toString(issue.children[1])).toBe('图为工人们正在拆除旧路灯。')
    expectSource(input, issue)
  })

  it('▲… with its credit line after a wide gap: a top-level caption with the credit', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n\n▲工人们正在拆除旧路灯。\n新华社记者 谢环驰 摄\n`
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'caption'])
    const caption = issue.children[1] as Caption
    expect(types(caption)).toEqual(['text', 'layoutBreak', 'credit'])
    expect(credit(caption)).toMatchObject({ role: '摄', names: ['谢环驰'] })
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })
})

describe('captions: where they must not fire', () => {
  it('a paragraph that contains 图为 mid-sentence', () => {
    const body = '记者看到，以图为主题的展板摆满了广场。'
    const input = page(HEADLINE, LEAD, body)
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph'])
    expect(toString(findAll(issue, 'paragraph')[1])).toBe(body)
    expectSource(input, issue)
  })

  it('摄影 as a word in a sentence', () => {
    const body = '摄影师张三介绍，该片历时三年摄制完成，摄影展将持续一个月。'
    const input = page(HEADLINE, '本报讯 5月9日，我市摄影爱好者协会举办摄影展。', body)
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
    expect(toString(findAll(issue, 'paragraph')[1])).toBe(body)
    expectSource(input, issue)
  })

  it('a headline opening with 图: 图书馆新馆开放', () => {
    const input = page('图书馆新馆开放', '本报讯 5月9日，市图书馆新馆正式开放。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(toString(find(issue, 'headline'))).toBe('图书馆新馆开放')
    expectSource(input, issue)
  })
})

describe('a gallery of captions cut at one width', () => {
  // 成報 (d03): the site cuts each gallery caption at the same length.
  const CUT = ['港鐵強調輕鐵屯門泳池站月台結構、路軌及鐵路設施符', '臨時行人道石躉「離地」，比一個五蚊銀還大。（讀者', '輕鐵屯門泳池站出現沉降，毗鄰新鴻基地盤並未暫停工']

  it('three or more lines of the same length, none closing a sentence, are captions', () => {
    const input = page('輕鐵屯門泳池站月台沉降', ...CUT, '港鐵再爆出鐵路站月台沉降事件，大批港鐵職員日前到輕鐵屯門泳池站檢測。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'caption', 'caption', 'caption', 'paragraph'])
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(CUT)
  })

  it('must not fire: a hard-wrapped column, lines of one length with no blank line between', () => {
    const prose = '港鐵再爆出鐵路站月台沉降事件大批港鐵職員日前到輕鐵屯門泳池站檢測事後在路軌留下多個神秘藍線惹人疑竇港鐵昨日則承認鄰近樓盤工程去年打樁後去年底發現月台出現沉降問題。'
    const column = Array.from({ length: Math.ceil(prose.length / 20) }, (_, k) => prose.slice(k * 20, k * 20 + 20))
    const input = `輕鐵屯門泳池站月台沉降\n\n${column.join('\n')}\n`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption')).toEqual([])
  })

  it('must not fire: two such lines, or lines that close their sentences', () => {
    const two = page('輕鐵屯門泳池站月台沉降', ...CUT.slice(0, 2), '港鐵再爆出鐵路站月台沉降事件，大批港鐵職員日前到輕鐵屯門泳池站檢測。')
    expect(findAll(parseIssue(two), 'caption')).toEqual([])
    const closed = page(HEADLINE, LEAD, '会议指出，要搭建平台汇聚力量。', '会议要求，要加大人才引进力度。', '会议强调，要抓好落实各项工作。')
    expect(findAll(parseIssue(closed), 'caption')).toEqual([])
  })
})

describe('a flush sentence over an indented lead', () => {
  // 星島日報 (d02): the scraped page's image caption sits between headline and lead.
  const body = ['　　(星島日報報道)中美貿易戰不斷升級，彭博社引述消息人士指，關稅或加碼。', '　　七月六日，美國向中國貨品加徵關稅。', '　　特朗普曾威脅加徵一成關稅。']

  it('on a page of indented paragraphs, a flush sentence right under the headline is a caption', () => {
    const input = page('美擬加碼徵25%關稅 中方：必然反制', '中國外交部發言人耿爽警告，若美再加徵關稅，中方必然反制。', ...body)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'caption', 'paragraph', 'paragraph', 'paragraph'])
  })

  it('must not fire: when the paragraphs are not indented, or the flush line is not under the headline', () => {
    // (Without its dateline: a sentence right over a story's dateline is its photo's caption on any page, caption-runs.test.ts.)
    const undated = body.map((p) => p.trim().replace('(星島日報報道)', ''))
    const flat = page('美擬加碼徵25%關稅 中方：必然反制', '中國外交部發言人耿爽警告，若美再加徵關稅，中方必然反制。', ...undated)
    expect(findAll(parseIssue(flat), 'caption')).toEqual([])
    const later = page('美擬加碼徵25%關稅 中方：必然反制', body[0]!, '中國外交部發言人耿爽警告，若美再加徵關稅，中方必然反制。', ...body.slice(1))
    expect(findAll(parseIssue(later), 'caption')).toEqual([])
  })
})

describe('more caption forms: a position cue, a provider, a body before the photographer, a name glued to 摄', () => {
  const read = (line: string) => {
    const input = page(HEADLINE, LEAD, line, AFTER)
    const issue = parseIssue(input)
    expectSource(input, issue)
    const caption = find(issue, 'caption')
    return { caption: caption && toString(caption), credit: caption && credit(caption), paragraphs: findAll(issue, 'paragraph').length }
  }

  it.each(['上图:“爱心车队”护考。', '下图：有关部门全力保障考生饮食安全。', '左图为工人们正在拆除旧路灯。'])('%s: the photo’s position opens a caption', (line) => {
    expect(read(line)).toMatchObject({ caption: line, paragraphs: 2 })
  })

  it.each(['同宝山顶落日美如画。海北州文体旅游广电局供图', '1月25日,周丽娟在直播销售农产品。 周丽娟 提供', '中山医院内镜中心医生为患者诊治 /院方供图'])('%s: who provided the photo closes a caption', (line) => {
    expect(read(line)).toMatchObject({ caption: line, paragraphs: 2 })
  })

  it('(安徽省台办 裔淳 摄): a body’s name before the photographer, the credit’s affiliation', () => {
    const line = '台湾记者采访淮北市长牛弩韬。(安徽省台办 裔淳 摄)'
    expect(read(line)).toMatchObject({ caption: line, credit: { affiliation: '安徽省台办', names: ['裔淳'] } })
  })

  it('生活污水已经淹没了半边马路 严文辉摄: a name glued to 摄 after a space', () => {
    const line = '生活污水已经淹没了半边马路 严文辉摄'
    expect(read(line)).toMatchObject({ caption: line, credit: { names: ['严文辉'] } })
  })

  it('天下文化创办人高希均。图/天下文化提供: the provider after 图/', () => {
    const line = '天下文化创办人高希均。图/天下文化提供'
    expect(read(line)).toMatchObject({ caption: line, paragraphs: 2 })
  })

  it('黄山北站航拍图。《福州日报》记者俞松/摄: a paper in title marks before the role, the affiliation', () => {
    const line = '黄山北站航拍图。《福州日报》记者俞松/摄'
    expect(read(line)).toMatchObject({ caption: line, credit: { affiliation: '《福州日报》', names: ['俞松'] } })
  })

  it.each(['6月17日,倪艳红(右)与丁春立商量开办葫芦烙刻画班事宜。', '湖北日报全媒记者黄璐(右一)在现场。', '首长曹观友(右8)和总经理李兴前(左7)率领全体嘉宾向读者拜年。'])(
    '%s: where people stand in the photo makes a caption',
    (line) => {
      expect(read(line)).toMatchObject({ caption: line, paragraphs: 2 })
    },
  )

  it('must not fire: a long paragraph of several sentences naming a position stays text', () => {
    const line = '会上，市长王五（右）介绍了情况。他说，今年全市经济平稳增长。各项指标好于预期。下一步，全市将继续推进改革。'
    expect(read(line).caption).toBeUndefined()
  })

  it('must not fire: a sentence saying who provided something ends in its full stop (相关数据由市统计局提供。)', () => {
    expect(read('相关数据由市统计局提供。').caption).toBeUndefined()
  })

  it('must not fire: after a slash only 供图 names a photo’s provider (全市蔬菜批发价格 数据/市统计局提供 is a table’s note)', () => {
    expect(read('全市蔬菜批发价格 数据/市统计局提供').caption).toBeUndefined()
  })

  it('must not fire: 拍摄 as the text’s verb after a space (游客们在桥头 纷纷拍摄) is no photographer', () => {
    expect(read('游客们在桥头 纷纷拍摄').credit).toBeUndefined()
  })

  it('must not fire: two names before 摄 in brackets are names, not a body and a name ((王五 李四 摄))', () => {
    expect(read('台湾记者采访淮北市长牛弩韬。(王五 李四 摄)').credit).toMatchObject({ affiliation: undefined, names: ['王五', '李四'] })
  })
})

describe('caption forms: where they must not fire (a review’s probes)', () => {
  it('乡村振兴调研行（中）: a series’ part in brackets is no position in a photo, the line stays the headline', () => {
    const issue = parseIssue(page('乡村振兴调研行（中）', '本报记者 王五', '走进石门村，一排排新房整齐排列，村民们正忙着秋收。', '村里还建起了合作社。'))
    expect(findAll(issue, 'caption')).toEqual([])
    expect(toString(find(issue, 'headline'))).toBe('乡村振兴调研行（中）')
  })

  it('…不要向陌生账户转账。本栏目由市公安局反诈中心提供: a column’s note, no photo’s provider', () => {
    const issue = parseIssue(page('防诈骗小贴士', '不要轻信陌生来电，不要向陌生账户转账。本栏目由市公安局反诈中心提供'))
    expect(findAll(issue, 'caption')).toEqual([])
  })
})

describe('a paragraph closing with its photo’s caption and credit', () => {
  const TEXT = '6月5日是第54个世界环境日，当天，海东市集中开展“六五环境日”宣传活动。各县区、各部门突出主题，有针对性地开展环境日系列宣传。'
  const CUE = '图为乐都区生态环境局在乐都区中心广场开展集中宣传活动。本报记者 李永兰 摄'
  const read = (line: string) => {
    const input = page(HEADLINE, line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return {
      paragraphs: findAll(issue, 'paragraph').map((p) => toString(p)),
      captions: findAll(issue, 'caption').map((c) => ({ text: toString(c), credit: credit(c) })),
      signatures: findAll(issue, 'signature').length,
    }
  }

  it('…宣传。图为…活动。本报记者 李永兰 摄: the text is the paragraph, the cue’s sentence and the credit the caption', () => {
    const { paragraphs, captions, signatures } = read(TEXT + CUE)
    expect(paragraphs).toEqual([TEXT])
    expect(captions).toHaveLength(1)
    expect(captions[0]!.text).toBe(CUE)
    expect(captions[0]!.credit?.names).toEqual(['李永兰'])
    expect(signatures).toBe(0)
  })

  it('must not fire: text after the cue’s sentence, or no credit on the line', () => {
    expect(read(`${TEXT}图为乐都区生态环境局开展集中宣传活动。活动持续一天。`).captions).toEqual([])
    expect(read(`${TEXT}图为乐都区生态环境局开展集中宣传活动。`).paragraphs).toHaveLength(1)
  })

  it('must not fire: a caption’s own text before the cue (▲…。图为…) is one caption', () => {
    const line = '▲10月8日，升等改造的榆乌路主体工程竣工。图为升等改造后的榆乌路。 本报记者 汪慧 摄'
    const { captions, paragraphs } = read(line)
    expect(captions.map((c) => c.text)).toEqual([line])
    expect(paragraphs).toEqual([])
  })
})

describe('a caption that names where its photo came from (包头晚报, d396)', () => {
  it.each([
    '赛汗塔拉城中草原前的公交候车亭成了一道风景。图片来源:包头晚报 祝家乐/摄',
    '市民在广场上参加健身活动。(图片来源:新华社 记者张三 摄)',
    '游客在景区拍照留念。图源：视觉中国',
  ])('%s is a caption', (line) => {
    const input = page(HEADLINE, LEAD, line, AFTER)
    const [article] = articles(parseIssue(input))
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    expect(toString(find(article!, 'caption')!)).toBe(line)
  })

  it('must not fire: a story’s paragraph of several sentences with the page’s picture source glued on is text', () => {
    const input = page(HEADLINE, LEAD, '工程分三期实施。每期半年。市民出行将更加便利。图片来源:网络', AFTER)
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('must not fire: a sentence that talks of a picture’s source is text', () => {
    const input = page(HEADLINE, LEAD, '图片来源是否可靠，需要核实。', AFTER)
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('must not fire: a web copy’s note on its pictures glued to a story’s sentence', () => {
  it.each([
    '据悉,该桥预计明年5月正式通车。(图片来源:市住建局)',
    '经记者核实,该照片拍摄于2019年国庆期间。图片来源:网友朋友圈',
  ])('%s stays a paragraph', (line) => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, line, AFTER)), 'caption')).toEqual([])
  })
})

describe('the wire’s formula for a photo: …日拍摄的… (d338)', () => {
  it.each(['12月7日拍摄的第四届哈尔滨采冰节活动现场(无人机照片)。', '这是5月9日在北京拍摄的天安门广场。'])('%s is a caption', (line) => {
    const [article] = articles(parseIssue(page(HEADLINE, line, LEAD, AFTER)))
    expect(toString(find(article!, 'caption')!)).toBe(line)
  })

  it('must not fire: a story’s sentence about a photo taken, with more to say, is text', () => {
    const line = '5月9日拍摄的照片显示,路灯已全部更换。工人们将继续施工。'
    expect(findAll(parseIssue(page(HEADLINE, LEAD, line, AFTER)), 'caption')).toEqual([])
  })
})

describe('a photo’s caption under its file name (d534)', () => {
  it('GetAttachment (8).jpg / 苹果丰收,工人装车拉运。 inside a story: the file name interface, the line its caption', () => {
    const input = ['崇信:苹果园里“画”丰收', '甘肃农民网讯 (通讯员 梁蕊)又到一年金秋时,崇信县的苹果园里一片繁忙。', 'GetAttachment (8).jpg', '苹果丰收,工人装车拉运。', 'GetAttachment (9).jpg', '崇信县苹果园。', '据了解,崇信县苹果种植面积为4.5万亩,今年苹果产量预计达到8万吨。', ''].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['苹果丰收,工人装车拉运。', '崇信县苹果园。'])
    expect(findAll(issue, 'article')).toHaveLength(1)
  })

  // (A second review on made-up pages found these read as captions.)
  it.each(['据悉,今年全县苹果收购价格稳中有升。', '记者了解到,该县已建成果品冷库20座。', '“苹果卖得好,日子有奔头。”', '二、做强产业链条。'])('must not fire: %s under a file name, opening as the story’s text does', (line) => {
    const input = ['崇信:苹果园里“画”丰收', '甘肃农民网讯 (通讯员 梁蕊)又到一年金秋时。', 'IMG_2034.JPG', line, '据了解,崇信县苹果种植面积为4.5万亩。', ''].join('\n')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('must not fire: the story’s last line under a file name', () => {
    const input = ['崇信:苹果园里“画”丰收', '甘肃农民网讯 (通讯员 梁蕊)又到一年金秋时,果农忙着采摘。', 'IMG_2034.JPG', '活动受到了果农的一致好评。', ''].join('\n')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('1.jpg / 倒塌的树木挡住了路。 over the story its photographer’s credit closes: the caption, the story its text and signature (d502)', () => {
    const input = page('众人合力排路障', '责任编辑:雷尧', '1.jpg', '倒塌的树木挡住了路。', '4月20日,彭山区江口镇双江村网格员在日常巡查中发现,村道旁有一棵大树倒在路中间,严重影响了群众出行。', '随后,路政工作人员开来运输车,利用电锯将树干锯断运走。', '李娇 雷卓鸣 摄')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['倒塌的树木挡住了路。'])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
    expect(find(issue, 'signature')!.names).toEqual(['李娇', '雷卓鸣'])
  })

  it('must not fire: with no file name over it, the first line of such a story stays its text', () => {
    const first = '倒塌的树木挡住了路。'
    const issue = parseIssue(page('众人合力排路障', '责任编辑:雷尧', first, '4月20日,网格员在日常巡查中发现,村道旁有一棵大树倒在路中间。', '随后,路政工作人员开来运输车,利用电锯将树干锯断运走。', '李娇 雷卓鸣 摄'))
    expect(findAll(issue, 'caption').map((c) => toString(c))).not.toContain(first)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toContain(first)
  })

  it('must not fire: a long paragraph of the story under a file name stays its text', () => {
    const long = '据了解,崇信县苹果种植面积为4.5万亩,其中高标准矮化密植苹果园1.3万亩,今年苹果产量预计达到8万吨,产值4亿元。'
    const input = ['崇信:苹果园里“画”丰收', '甘肃农民网讯 (通讯员 梁蕊)又到一年金秋时。', 'GetAttachment (8).jpg', long, ''].join('\n')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('a photo’s kind in brackets before its sentence’s full stop (d530)', () => {
  it('9月9日,在…都兰县,牧民在转场途中(无人机照片)。 over the story: its caption', () => {
    const caption = '9月9日,在青海省海西蒙古族藏族自治州都兰县,牧民在转场途中(无人机照片)。'
    const input = page(caption, '近日,位于柴达木盆地东部的都兰县牧民开始转场,赶着牛羊前往冬季草场。', '新华社记者 张龙 摄')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toContain(caption)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).not.toContain(caption)
  })

  it('must not fire: a sentence that mentions drone photos, or holds them mid-sentence', () => {
    const input = page('都兰牧民转场', '本报讯 记者用无人机拍摄了牧民转场的照片。', '牧民们(无人机照片)在转场途中,赶着牛羊前往冬季草场,场面十分壮观。')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('图：, then a sentence: the photo’s label over its caption (part (aj), d564, 大公报)', () => {
  const HEAD = '经营活动无法进行 中兴：现金充足'
  const LEAD = '【大公报讯】停牌的中兴通讯发出公告，首次承认公司主要经营活动已无法进行。'

  it('图：中兴通讯表示，公司现金充足。图为中兴官方网站首页: a caption', () => {
    const issue = parseIssue(`${HEAD}\n图：中兴通讯表示，公司现金充足。图为中兴官方网站首页\n${LEAD}\n`)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['图：中兴通讯表示，公司现金充足。图为中兴官方网站首页'])
  })

  it('must not fire: 图：李四 names the photographer, a credit; 图表 and 图书 are words', () => {
    expect(findAll(parseIssue(`${HEAD}\n图：李四\n${LEAD}\n`), 'caption')).toEqual([])
    expect(findAll(parseIssue(`${HEAD}\n${LEAD}\n图书：市图书馆新增藏书三万册，市民可免费借阅。\n`), 'caption')).toEqual([])
  })
})

describe('a caption the column cut (part (aj), d564 hard-wrapped at 36 characters)', () => {
  const text = readFileSync(new URL('../fixtures/corpus/d564.txt', import.meta.url), 'utf8')
  let wrapped = ''
  beforeAll(async () => {
    const variations = await importBench<{ hardWrap(text: string, width: number): string }>('variations')
    wrapped = variations.hardWrap(text, 36)
  }, 300_000)

  it('图：…图为中兴 / 官方网站首页: one caption, both lines; the last line no title', () => {
    const issue = parseIssue(wrapped)
    expectSource(wrapped, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c).replace(/\n/g, ''))).toEqual(['图：中兴通讯表示，公司现金充足，在合法合规的前提下坚守商业信用。图为中兴官方网站首页'])
    expect(findAll(issue, 'headline').map((h) => toString(h))).not.toContain('官方网站首页')
  })

  it('must not fire: a caption that closes its sentence at the line’s end keeps the line under it (the text’s)', () => {
    const issue = parseIssue(text)
    expect(findAll(issue, 'caption')).toHaveLength(1)
    expect(findAll(issue, 'paragraph').length).toBeGreaterThan(3)
  })
})

describe('a caption printed twice, or over a copy the site cut (d586 西贡解放日报; d143)', () => {
  const TITLE = '本报向平政、平新华人赠送新年礼物'
  const LEAD = '〔本报消息〕昨日下午，本报继续开展岁暮济贫活动，关照平政县华人。'
  const MORE = '据黎氏杏山副主席告知，平政县有20万8723个家庭户。'

  it('文忠孝编委向平政县华人赠送利是。 twice under the lead: one caption, the copy the site’s echo, the story going on under it', () => {
    const issue = parseIssue([TITLE, '', LEAD, '文忠孝编委向平政县华人赠送利是。', '文忠孝编委向平政县华人赠送利是。', '', MORE].join('\n'))
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['文忠孝编委向平政县华人赠送利是。'])
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
  })

  it('平新郡华人获赠送利是时很开心。 over its cut copy 平新郡华人获赠送: the caption and its echo', () => {
    const issue = parseIssue([TITLE, '', LEAD, '', '平新郡华人获赠送利是时很开心。', '平新郡华人获赠送'].join('\n'))
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['平新郡华人获赠送利是时很开心。'])
  })

  it('must not fire: a long paragraph printed twice by a copy stays text; a sentence followed by another stays text', () => {
    const long = '据黎氏杏山副主席告知，平政县有20万8723个家庭户共81万4326人口，其中华人家庭户有两千余户，多数从事商业和手工业，生活水平近年来稳步提高，但仍有部分家庭生活困难，需要社会各界关心帮助。'
    expect(findAll(parseIssue([TITLE, '', LEAD, long, long].join('\n')), 'caption')).toEqual([])
    expect(findAll(parseIssue([TITLE, '', LEAD, '会员们纷纷表示感谢。', '活动持续了两个小时。'].join('\n')), 'caption')).toEqual([])
  })
})

describe('a photographer’s credit in brackets that opens with the photographer’s word (photo-credit.ts photographerFirst)', () => {
  it('（摄影 张刚、施佳生） after the photo’s sentence under the title: a caption, its credit the photographers, its brackets kept', () => {
    const line = '游客在多乐美地滑雪场体验冰雪运动。(摄影 张刚、施佳生)'
    const input = page(HEADLINE, line, LEAD, AFTER)
    const issue = parseIssue(input)
    const caption = find(issue, 'caption')!
    expect(toString(caption)).toBe(line)
    expect(credit(caption)).toMatchObject({ role: '摄影', names: ['张刚', '施佳生'] })
    expectSource(input, issue)
  })

  it('（摄影：张刚）, （摄影/张刚） and （图/张刚） after the photo’s sentence: a caption, not a story signed over the lead', () => {
    for (const line of ['游客在滑雪场体验冰雪运动。（摄影：张刚）', '游客在滑雪场体验冰雪运动。（摄影/张刚）', '游客在滑雪场体验冰雪运动。（图/张刚）']) {
      const issue = parseIssue(page(HEADLINE, line, LEAD, AFTER))
      expect(findAll(issue, 'caption').map((c) => toString(c)), line).toEqual([line])
      expect(articles(issue), line).toHaveLength(1)
      expect(findAll(issue, 'signature'), line).toEqual([])
    }
  })

  it('photo news under its title, its text closed by （摄影 王刚）: the story’s paragraph and signature, as with （王刚 摄） (review 23)', () => {
    const issue = parseIssue(page('雪后故宫', '1月22日，北京迎来新年首场降雪，故宫银装素裹，吸引众多游客前来观赏。（摄影 王刚）'))
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'signature'])
    expect(find(issue, 'signature')!.names).toEqual(['王刚'])
  })

  it('must not fire: no photographer’s name (摄影 爱好者, 图/表), a title (我市新增两处口袋公园（图/李强）), two credits in the bracket (review 23)', () => {
    for (const line of ['市民参观影展。（摄影 爱好者）', '全年数据见下。（图/表）']) {
      expect(findAll(parseIssue(page(HEADLINE, LEAD, line, AFTER)), 'caption'), line).toEqual([])
    }
    const titled = parseIssue(page('我市新增两处口袋公园（图/李强）', '本报讯（记者 何静）近日，两处口袋公园建成开放。', '公园内设置了座椅和健身器材。'))
    expect(toString(find(titled, 'headline')!)).toBe('我市新增两处口袋公园（图/李强）')
    const both = parseIssue(page(HEADLINE, LEAD, '演练中，消防员向学生们演示灭火器使用方法。（摄影 张三 通讯员 李四）'))
    expect(findAll(both, 'caption')).toEqual([])
  })
})

describe('a photo’s label where the photo stood: the scene or a speaker (caption.ts labelsScene; d728, d754)', () => {
  it('会议现场 and 校长杨小林讲话 over an untitled story’s text: captions, the story untitled', () => {
    const input = page('会议现场', '校长杨小林讲话', '7月4日上午，校长杨小林就校庆筹备工作进展情况进行专门调研，并召开现场办公会。', '会上，各工作组负责同志进行了汇报。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((node) => toString(node))).toEqual(['会议现场', '校长杨小林讲话'])
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline')).toEqual([])
    expectSource(input, issue)
  })

  it('after the story’s text: 茶叙会现场, 党委书记隋广军发言 are its photos’ captions', () => {
    const input = page(HEADLINE, LEAD, AFTER, '茶叙会现场', '党委书记隋广军发言')
    expect(findAll(parseIssue(input), 'caption').map((node) => toString(node))).toEqual(['茶叙会现场', '党委书记隋广军发言'])
  })

  it('must not fire: a title that says more (直击高考现场, 习近平发表重要讲话) heads its story', () => {
    for (const title of ['直击高考现场', '习近平发表重要讲话']) {
      const issue = parseIssue(page(title, LEAD, AFTER))
      expect(toString(find(issue, 'headline')), title).toBe(title)
      expect(findAll(issue, 'caption'), title).toEqual([])
    }
  })

  it('must not fire: what the office holder did, no one named (教育工作会议召开 / 市委书记出席并讲话 / 市长主持), is a title’s line (it was a caption)', () => {
    const input = `教育工作会议召开\n市委书记出席并讲话\n市长主持\n\n${LEAD}\n\n${AFTER}\n`
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect([find(issue, 'kicker'), find(issue, 'headline'), ...findAll(issue, 'subheadline')].map((node) => toString(node!))).toEqual(['教育工作会议召开', '市委书记出席并讲话', '市长主持'])
    expectSource(input, issue)
  })
})

describe('a QR code’s note with no brackets (扫二维码,看更多报道): the photo’s caption, as (扫码阅读全文) is', () => {
  it('under the story’s text', () => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, AFTER, '扫二维码,看更多报道')), 'caption').map((node) => toString(node))).toEqual(['扫二维码,看更多报道'])
  })

  it('must not fire: a sentence about scanning the code (扫二维码后，市民可以看到…。) is text', () => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '扫二维码后，市民可以看到路灯的维修进度。')), 'caption')).toEqual([])
  })
})

describe('a photo’s sentence and its credit in more forms: who provided it in brackets, the photographer’s word first (caption.ts PROVIDED_PHOTO, photo-credit.ts photographerAfterSentence)', () => {
  it('工人们正在拆除路灯。（通讯员供图）, …（图片由市城管局提供）, …。图/王芳, …。摄影/王芳: each a caption', () => {
    for (const line of ['工人们正在拆除路灯。（通讯员供图）', '工人们正在拆除路灯。（图片由市城管局提供）', '工人们正在拆除路灯。图/王芳', '工人们正在拆除路灯。摄影/王芳']) {
      const input = page(HEADLINE, LEAD, line, AFTER)
      const issue = parseIssue(input)
      expect(findAll(issue, 'caption').map((node) => toString(node)), line).toEqual([line])
      expect(findAll(issue, 'signature'), line).toEqual([])
      expectSource(input, issue)
    }
  })

  it('工人们正在拆除路灯。 图片由受访者提供 (no brackets), 图片说明：…, 图注：… (a site’s label before it): each a caption (each was text, the first running on into the next paragraph)', () => {
    for (const line of ['工人们正在拆除路灯。 图片由受访者提供', '图片说明：工人们正在拆除路灯。', '图注：工人们正在拆除路灯。']) {
      const input = page(HEADLINE, LEAD, line, AFTER)
      const issue = parseIssue(input)
      expect(findAll(issue, 'caption').map((node) => toString(node)), line).toEqual([line])
      expect(findAll(issue, 'paragraph').map((node) => toString(node)), line).toEqual([LEAD, AFTER].map((p) => p.trim()))
      expectSource(input, issue)
    }
  })

  it('must not fire: a title with its photo’s credit (我市新增两处口袋公园（图/李强）), a story’s paragraph of sentences, a sentence that something was provided', () => {
    expect(toString(find(parseIssue(page('我市新增两处口袋公园（图/李强）', LEAD, AFTER)), 'headline'))).toBe('我市新增两处口袋公园（图/李强）')
    const long = '工程分三期实施。一期改造主干道路灯。二期改造背街小巷路灯。图/王芳'
    expect(findAll(parseIssue(page(HEADLINE, LEAD, long)), 'caption')).toEqual([])
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '改造资金由市财政提供。', AFTER)), 'caption')).toEqual([])
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '工程分三期实施。相关数据由市统计局提供', AFTER)), 'caption')).toEqual([])
  })
})

describe('review 36’s narrowing of the photo labels: titles stay titles', () => {
  it('must not fire: a title opening with its verb (走进颁奖典礼现场), a speech’s title over its dash subtitle, a label over a lead its dateline opens', () => {
    const visit = parseIssue(page('走进颁奖典礼现场', LEAD, AFTER))
    expect(toString(find(visit, 'headline'))).toBe('走进颁奖典礼现场')
    const speech = parseIssue('市长王芳讲话\n——在全市经济工作会议上的讲话（摘要）\n同志们：今年是全面完成“十四五”规划目标任务的关键一年。\n')
    expect(toString(find(speech, 'headline'))).toBe('市长王芳讲话')
    expect(findAll(speech, 'subheadline').map((node) => toString(node))).toEqual(['——在全市经济工作会议上的讲话（摘要）'])
    expect(findAll(speech, 'caption')).toEqual([])
    const titled = parseIssue(page('市委书记王芳讲话', LEAD, AFTER))
    expect(toString(find(titled, 'headline'))).toBe('市委书记王芳讲话')
  })
})

describe('who provided the photo after a role set apart, and a caption whole in brackets', () => {
  const read = (line: string) => {
    const input = page(HEADLINE, LEAD, line, AFTER)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return { captions: findAll(issue, 'caption').map((node) => toString(node)), paragraphs: findAll(issue, 'paragraph').map((node) => toString(node)) }
  }

  it('…拆除旧路灯。 通讯员 李强 供图: the caption (it was a paragraph, run on into the next)', () => {
    expect(read('工人们正在拆除旧路灯。 通讯员 李强 供图')).toEqual({ captions: ['工人们正在拆除旧路灯。 通讯员 李强 供图'], paragraphs: [LEAD, AFTER] })
  })

  it('（图为工人们正在拆除旧路灯）: the caption (it was an intertitle)', () => {
    expect(read('（图为工人们正在拆除旧路灯）').captions).toEqual(['（图为工人们正在拆除旧路灯）'])
  })

  it('must not fire: a sentence saying who provided something (…由市档案馆 提供), a bracket that only opens with the cue', () => {
    expect(read('这批老照片由 市档案馆 提供。').captions).toEqual([])
    expect(read('（图为示意，具体以实物为准）详情请咨询客服。').captions).toEqual([])
  })
})

describe('a photo’s sentence and its note in brackets as Taiwan’s papers print it: who took it, where from, who provided it', () => {
  const TITLE = '市府汰換老舊路燈'
  const LEAD_T = '本報訊 市府工務局昨日表示，全市老舊路燈將於年底前汰換完成。'
  const AFTER_T = '工務局指出，新路燈採用節能燈具，可省下三成電費。'

  it.each(['工人們正在拆除路燈。（圖／記者陳嘉寧攝）', '工人們正在拆除路燈。（圖／取自臉書）', '工人們正在拆除路燈。（翻攝自臉書）', '工人們正在拆除路燈。（圖：市府提供）', '工人們正在拆除路燈。（讀者提供）', '工人們正在拆除路燈。（資料照）'])('%s between the story’s paragraphs: the photo’s caption, no signature (a paragraph, or the note a signature mid-story, before)', (line) => {
    const input = page(TITLE, LEAD_T, line, AFTER_T)
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((node) => toString(node))).toEqual([line])
    expect(findAll(issue, 'signature')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
    expectSource(input, issue)
  })

  it('must not fire: names alone after the photo’s word, （圖／王芳）, stay the photographer’s credit in the caption', () => {
    const issue = parseIssue(page(TITLE, LEAD_T, '工人們正在拆除路燈。（圖／王芳）', AFTER_T))
    expect(findAll(find(issue, 'caption')!, 'credit').map((c) => c.names)).toEqual([['王芳']])
  })

  it('must not fire: a bracketed name closing the story stays its signature; a note after a paragraph of several sentences stays text', () => {
    expect(findAll(parseIssue(page(TITLE, LEAD_T, `${AFTER_T}（王芳）`)), 'signature').map((s) => s.names)).toEqual([['王芳']])
    const long = '工務局指出，新路燈採用節能燈具。預計可省下三成電費，明年起分區施工。（市府提供）'
    const issue = parseIssue(page(TITLE, LEAD_T, long))
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'signature')).toEqual([])
  })
})

describe('a photo’s caption naming what it shows in a phrase, under the title (caption.ts namedSceneCaptions)', () => {
  const SCENE_TITLE = '群力第五大道路灯电源盖板丢失'
  const SCENE_LEAD = '17日,市民王先生给本报打来电话反映,群力第五大道上的路灯电源盖板有的敞口、有的已经丢失,希望有关部门能够处理一下。'
  const captionsOf = (input: string) => findAll(parseIssue(input), 'caption').map((node) => toString(node))

  it('群力关东古巷的一处路灯。 between the title and a longer lead: the caption, no paragraph (d845; d330 退休教师庄艳华镜头下的鸡山岛。)', () => {
    const input = page(SCENE_TITLE, '群力关东古巷的一处路灯。', SCENE_LEAD)
    expectSource(input, parseIssue(input))
    expect(captionsOf(input)).toEqual(['群力关东古巷的一处路灯。'])
    expect(findAll(articles(parseIssue(input))[0]!, 'paragraph')).toHaveLength(1)
    expect(captionsOf(page(SCENE_TITLE, '退休教师庄艳华镜头下的鸡山岛。', SCENE_LEAD))).toEqual(['退休教师庄艳华镜头下的鸡山岛。'])
  })

  it('first on a page that kept no title: 群力关东古巷的一处路灯。 / the lead', () => {
    expect(captionsOf(`群力关东古巷的一处路灯。\n${SCENE_LEAD}\n`)).toEqual(['群力关东古巷的一处路灯。'])
  })

  it('not a short lead that says something of its subject: 春天是播种的季节。 turns on 是, 这里有全市最美的风景。 on 有', () => {
    expect(captionsOf(page(SCENE_TITLE, '春天是播种的季节。', SCENE_LEAD))).toEqual([])
    expect(captionsOf(page(SCENE_TITLE, '这里有全市最美的风景。', SCENE_LEAD))).toEqual([])
  })

  it('not a phrase over a lead no longer than it, nor one among the story’s paragraphs', () => {
    expect(captionsOf(page(SCENE_TITLE, '群力关东古巷的一处路灯。', '路灯坏了很久。'))).toEqual([])
    expect(captionsOf(page(SCENE_TITLE, SCENE_LEAD, '群力关东古巷的一处路灯。', SCENE_LEAD))).toEqual([])
  })
})
