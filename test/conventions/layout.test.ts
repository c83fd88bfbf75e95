/**
 * Layout: how a page's lines become mastheads, heading groups, paragraphs
 * (re-joined where layout broke them), captions; where articles open and
 * close; what happens to text outside any article.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Issue } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const LEAD = '本报讯 (记者杨峰雷)5月9日,市委专题会议召开。'

describe('paragraphs re-joined across layout breaks', () => {
  it('a word broken across a blank line: 野 / 外用火', () => {
    const input = page(
      '市委专题会议召开',
      LEAD,
      '会议要求,要始终保持敬畏心理。要继续抓好护林防火工作,严禁一切野',
      '外用火,管住人头、田头、坟头、源头。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph'])
    const paragraph = article!.children[2]!
    expect(types(paragraph)).toEqual(['text', 'layoutBreak', 'text'])
    expect(find(paragraph, 'layoutBreak')!.value).toBe('\n\n')
    expect(toString(paragraph)).toBe(
      '会议要求,要始终保持敬畏心理。要继续抓好护林防火工作,严禁一切野外用火,管住人头、田头、坟头、源头。',
    )
    expectSource(input, issue)
  })

  it('a piece ending in a comma continues on the next line', () => {
    const input = page(
      '市委专题会议召开',
      '本报讯 (记者杨峰雷)5月9日,市委专题会议召开。市委书记郑连生主持并讲话,',
      '市委副书记、市长朱晓东安排工作。市领导赵新年、刘婷芳出席会议。',
    )
    const issue = parseIssue(input)
    const paragraphs = findAll(issue, 'paragraph')
    expect(paragraphs).toHaveLength(1)
    expect(toString(paragraphs[0])).toBe(
      '本报讯 (记者杨峰雷)5月9日,市委专题会议召开。市委书记郑连生主持并讲话,市委副书记、市长朱晓东安排工作。市领导赵新年、刘婷芳出席会议。',
    )
    expectSource(input, issue)
  })

  it('a paragraph broken twice across blank lines', () => {
    const input = page(
      '全市核酸检测实验室建设会议召开',
      LEAD,
      '王月娥要求,各县(市、区)医疗机构一定要严格按照时间节点、技术标准、规范操作。要专班专人负责核酸检测实验室',
      '建设工作,落实硬件建设、仪器购买和运输等各环节工作。6月初全市核酸检测实验室要建成并投入使用,为全面',
      '打赢疫情防控阻击战提供有力的技术支持。',
    )
    const issue = parseIssue(input)
    const paragraphs = findAll(issue, 'paragraph')
    expect(paragraphs).toHaveLength(2)
    const paragraph = paragraphs[1]!
    expect(types(paragraph)).toEqual(['text', 'layoutBreak', 'text', 'layoutBreak', 'text'])
    expect(toString(paragraph)).toBe(
      '王月娥要求,各县(市、区)医疗机构一定要严格按照时间节点、技术标准、规范操作。要专班专人负责核酸检测实验室建设工作,落实硬件建设、仪器购买和运输等各环节工作。6月初全市核酸检测实验室要建成并投入使用,为全面打赢疫情防控阻击战提供有力的技术支持。',
    )
    expectSource(input, issue)
  })

  it('a short first line broken by a single newline on a page whose paragraphs are set apart by blank lines', () => {
    const input = page(
      '全市核酸检测实验室建设会议召开',
      LEAD,
      '要专班专人负责核酸检测实验室\n建设工作,保障建成即投用。',
      '要提早组织一线检测人员进行专业培训。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph'])
    const paragraph = article!.children[2]!
    expect(types(paragraph)).toEqual(['text', 'layoutBreak', 'text'])
    expect(find(paragraph, 'layoutBreak')!.value).toBe('\n')
    expect(toString(paragraph)).toBe('要专班专人负责核酸检测实验室建设工作,保障建成即投用。')
    expectSource(input, issue)
  })

  it('NOT re-joined: a piece closing its sentence (。, 。”, ?) ends the paragraph', () => {
    const input = page(
      '市委专题会议召开',
      LEAD,
      '会议要求,要持续抓好项目建设,聚力攻坚“双过半”。',
      '他说:“要把忻州的事办好。”',
      '无人机如何在没有定位信号的受限环境中智能辨识方向、自主避障,又如何替代人工完成隧道衬砌的空鼓检测?',
      '要严格报告制度,重大事项要及时报告。',
    )
    const issue = parseIssue(input)
    const paragraphs = findAll(issue, 'paragraph')
    expect(paragraphs.map((p) => toString(p))).toEqual([
      '本报讯 (记者杨峰雷)5月9日,市委专题会议召开。',
      '会议要求,要持续抓好项目建设,聚力攻坚“双过半”。',
      '他说:“要把忻州的事办好。”',
      '无人机如何在没有定位信号的受限环境中智能辨识方向、自主避障,又如何替代人工完成隧道衬砌的空鼓检测?',
      '要严格报告制度,重大事项要及时报告。',
    ])
    expect(findAll(issue, 'layoutBreak')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT re-joined: lines of a page with no blank lines, each closing its sentence', () => {
    const input =
      '江苏探索科技成果高效转化应用新途径\n\n在没有定位信号的受限环境中，无人机如何智能辨识方向、自主避障？\n6月11日，在江苏宜兴的一处隧道内，一架无人机检测衬砌空鼓病害。\n变化始于一系列改革举措。\n'
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph'])
    expect(findAll(issue, 'layoutBreak')).toEqual([])
    expectSource(input, issue)
  })
})

describe('two blank lines part paragraphs', () => {
  it('a story’s last line that ends no sentence does not run on into what stands two blank lines under it', () => {
    // (CNA's editor line closes its last paragraph: …（編輯：黃世雅）1140705; the next story's photo caption under it)
    const input = [
      '網路恐嚇案 戴男羈押禁見',
      '',
      '（中央社記者劉世怡台北5日電）檢察官漏夜複訊後，向北院聲請羈押禁見。',
      '',
      '檢察官認為，林女涉犯罪嫌疑重大，向北院聲請羈押禁見。周男則因罪嫌不足請回。（編輯：黃世雅）1140705',
      '',
      '',
      '',
      '台灣職籃台北富邦勇士隊24日逆轉擊退台鋼獵鷹隊，在季後賽首戰拔得頭籌。（台北富邦勇士提供）中央社記者黃巧雯傳真 114年4月24日',
      '',
      '（中央社記者黃巧雯台北24日電）台灣職籃台鋼獵鷹今天前3節幾乎一路領先，但在第4節崩盤。',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const [first] = articles(issue)
    expect(findAll(first!, 'paragraph').map((p) => toString(p))).not.toContain(expect.stringContaining('台灣職籃'))
    expect(findAll(issue, 'dateline')).toHaveLength(2)
    expect(find(first!, 'dateline')).toBe(findAll(issue, 'dateline')[0])
    expect(findAll(first!, 'dateline')).toHaveLength(1)
  })

  it('must not fire: a word broken across two blank lines runs on (a site dropped a photo there)', () => {
    const input = `${page('市委专题会议召开', LEAD, '会议要求,要始终保持敬畏心理。要继续抓好护林防火工作,严禁一切野')}\n\n外用火,管住人头、田头、坟头、源头。\n`
    expect(findAll(parseIssue(input), 'paragraph').map((p) => toString(p))).toContain('会议要求,要始终保持敬畏心理。要继续抓好护林防火工作,严禁一切野外用火,管住人头、田头、坟头、源头。')
  })

  it('must not fire: a sentence broken across one blank line runs on (a site’s layout break)', () => {
    const input = page('市委专题会议召开', LEAD, '会议要求,要始终保持敬畏心理。要继续抓好护林防火工作,严禁一切野', '外用火,管住人头、田头、坟头、源头。')
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(2)
  })
})

describe('form feeds', () => {
  it('a PDF’s form feed where a page ends is spacing: the page reads as without it', () => {
    const text = page('市委专题会议召开', LEAD, '会议要求,要始终保持敬畏心理。', '本版责编：鲁明强')
    // (pdftotext ends each page with one: here on a line of its own between two blocks, and before the next block's line)
    const input = text.replace('\n\n会议要求', '\n\f\n会议要求').replace('\n\n本版责编', '\n\n\f本版责编')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(issue.children.map((node) => node.type)).toEqual(parseIssue(text).children.map((node) => node.type))
    expect(articles(issue).map((a) => types(a))).toEqual(articles(parseIssue(text)).map((a) => types(a)))
    expect(findAll(issue, 'paragraph').map((p) => toString(p).trim())).toEqual(findAll(parseIssue(text), 'paragraph').map((p) => toString(p).trim()))
  })
})

describe('line and paragraph separators', () => {
  it('U+2028 and U+2029 break lines as \\n does', () => {
    const text = page('市委专题会议召开', LEAD, '会议要求,要始终保持敬畏心理。', '本版责编：鲁明强')
    const input = text.replace(/\n\n/g, '\u2028\u2028').replace('\u2028\u2028本版责编', '\u2029\u2029本版责编')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(issue.children.map((node) => node.type)).toEqual(parseIssue(text).children.map((node) => node.type))
    expect(findAll(issue, 'paragraph').map((p) => toString(p).trim())).toEqual(findAll(parseIssue(text), 'paragraph').map((p) => toString(p).trim()))
  })
})

describe('a scraper’s unescaped entities', () => {
  it('&nbsp; indents, &ldquo; &rdquo; quote and &mdash;&mdash; opens a subheadline, as the characters do', () => {
    const printed = ['文明之花处处开', '——记城关区文明实践站', '', '　　本报讯（记者 张三）5月9日，“文明实践”活动启动。', '']
    const input = printed.join('\n').replace(/　/g, '&nbsp;').replace('“', '&ldquo;').replace('”', '&rdquo;').replace('——', '&mdash;&mdash;')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(types(articles(parseIssue(printed.join('\n')))[0]!))
    expect(findAll(find(issue, 'dateline')!, 'credit').map((c) => c.names)).toEqual([['张三']])
  })
})

describe('an ellipsis closes its paragraph', () => {
  // 人民日报 (d07): …提供一站式服务总窗口…… / 政策释放科技成果转化活力。
  it('…总窗口…… then a new sentence across a blank line: two paragraphs', () => {
    const input = page('江苏探索科技成果转化新途径', '本报讯 江苏区域中心综合服务中心启用，为高校成果转化提供一站式服务总窗口……', '政策释放科技成果转化活力。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'paragraph'])
  })

  it('must not fire: a lone … (a cut, not an ellipsis)', () => {
    const input = page('江苏探索科技成果转化新途径', '本报讯 江苏区域中心综合服务中心启用，为高校…', '成果转化提供一站式服务。')
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(1)
  })
})

describe('a desk credit closes its paragraph', () => {
  // 成報 (d03): …幅度卻達60毫米。 本報港聞部報道 — the lead's end, credit and all.
  it('…。 本報港聞部報道 ends the paragraph; the next line is a new one', () => {
    const input = page('輕鐵屯門泳池站月台沉降', '【本報訊】港鐵再爆出鐵路站月台沉降事件，幅度卻達60毫米。 本報港聞部報道', '輕鐵屯門泳池站附近有居民表示，大批港鐵職員本周一到該站進行測量。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'paragraph'])
  })

  it('must not fire: a line broken after 报道 in mid-sentence', () => {
    const input = page('全市春耕工作推进会召开', '本报讯 5月9日，全市春耕工作推进会召开。会议内容由多家媒体报道', '，引起广泛关注。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })
})

describe('headings wrapped by a narrow column (OCR)', () => {
  // The seed page hard-wrapped at 20 characters, as OCR of a narrow column gives it.
  const seed = readFileSync(join(__dirname, '..', 'fixtures', 'pages', 'xinzhou-daily-page.txt'), 'utf8')
  const wrap = (text: string, width: number) =>
    text
      .split('\n')
      .map((line) => Array.from({ length: Math.max(1, Math.ceil(line.length / width)) }, (_, k) => line.slice(k * width, k * width + width)).join('\n'))
      .join('\n')

  it('a heading as wide as the column, with a heading line straight under it, is one heading', () => {
    const input = wrap(seed, 20)
    const issue = parseIssue(input)
    expectSource(input, issue)
    const [first, , third] = articles(issue)
    expect(findAll(first!, 'headline').map((h) => toString(h))).toEqual(['市委专题会议暨市疫情防控工作领导小组第四十二次会议召开'])
    expect(types(first!).slice(0, 2)).toEqual(['headline', 'subheadline'])
    expect(findAll(third!, 'headline').map((h) => toString(h))).toEqual(['我市组织收看全省红十字系统“公共卫生、全民健康”推进工作视频会议'])
    expect(findAll(third!, 'subheadline')).toEqual([])
    expect(articles(issue)).toHaveLength(8)
  })

  it('a line as wide as the column is wrapped text, never an intertitle', () => {
    const input = wrap(seed, 20)
    const issue = parseIssue(input)
    expect(findAll(issue, 'intertitle')).toEqual([])
    expect(findAll(parseIssue(seed), 'intertitle')).toEqual([])
  })

  it('the first lines of a paragraph the column broke before its first 。 are its text, not a heading group', () => {
    // (d113 hard-wrapped as a clipping service's export gives it: …大陆国台办发布惠台31 / 条后，…)
    const text = [
      '深圳是台商投资最早、对台胞开放最高的大陆城市之一，大陆国台办发布惠台措施后，深圳是少数未出具新政策的地方政府，因为原有政策已经全部涵盖，深圳的做法是把原有政策重新整理汇编成册。',
      '深圳市副市长表示，深圳的惠台具有优惠、普惠、实惠的特征，台资企业和台胞都可以按程序申报。',
    ]
    const input = `深圳整理惠台政策九十九条\n\n${wrap(text.join('\n'), 20)}\n`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['深圳整理惠台政策九十九条'])
    expect(findAll(issue, 'paragraph').map((p) => toString(p).replace(/\n/g, ''))).toEqual(text)
  })

  it('a short page: one paragraph the column broke, its two longest lines alike, opens with text, not a heading', () => {
    // (no one length shared by three lines: the two longest give the column)
    const input = '沙颍河上运输忙\n\n连日来，随着人们对能源、生产、农资的需求增长，我市\n沙颍河水上运输日益繁忙，一艘艘货船满载着煤炭、\n沙石等物资往来穿梭。\n'
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph'])
    expect(toString(find(issue, 'paragraph')!).replace(/\n/g, '')).toBe('连日来，随着人们对能源、生产、农资的需求增长，我市沙颍河水上运输日益繁忙，一艘艘货船满载着煤炭、沙石等物资往来穿梭。')
  })

  it('must not fire: on a short page whose longest line stands out, a title over one line of text stays the title', () => {
    const input = '沙颍河上运输忙 货船往来穿梭\n连日来，我市沙颍河水上运输日益繁忙，一艘艘货船满载着煤炭、沙石等物资往来穿梭。\n'
    const issue = parseIssue(input)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['沙颍河上运输忙 货船往来穿梭'])
  })

  it('an indented first line as wide as the column, less its indent, runs on into the next (after two blank lines)', () => {
    const input = [
      '青岛市区空气质量优良',
      '',
      '10月份青岛市区空气质量优良率达到了百分',
      '之百，同比升高9.7个百分点，为历史同期',
      '最好水平。',
      '',
      '',
      '　　按照空气质量综合指数评价，各区空气质',
      '量由好到差排名依次为：市南、崂山、城阳、',
      '黄岛、李沧、市北。',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['青岛市区空气质量优良'])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it('an indent of four spaces takes four characters of the column: the indented line at the edge runs on, no subheadline', () => {
    // (A copy cut every 20 characters, the indent counted as the cut counted it: d258 hard-wrapped.)
    const cut = (line: string) => [...line].reduce((lines, character, k) => (k % 20 === 0 ? [...lines, character] : [...lines.slice(0, -1), lines.at(-1)! + character]), [] as string[]).join('\n')
    const text = [
      '    网友元宝真是好名字在途经虹桥路湖滨公园附近时发现人行道上的铜人像似乎有些不对劲。那对铜人像，一个是拉黄包车的，还有一个书生模样的站立在一旁。',
      '    拍完照片后，网友就把铜像嘴里的烟头拿下来，丢进了附近的垃圾桶。可刚过没几天，昨日又有网友发现书生的嘴里叼了一根烟头。',
    ]
    const input = `谁给“书生”叼的烟\n网友希望“好心人”别再“递烟”\n\n${text.map(cut).join('\n\n')}\n`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['谁给“书生”叼的烟'])
    expect(findAll(issue, 'subheadline').map((h) => toString(h))).toEqual(['网友希望“好心人”别再“递烟”'])
    expect(findAll(issue, 'paragraph').map((p) => toString(p).replace(/\n/g, ''))).toEqual(text.map((p) => p.trim()))
  })

  it('one space the cut left before a line is no indent: the line goes on with the one over it, no title of its own', () => {
    const input = [
      '● 为加快推进数字经济产业园建设，龙梭中路西延',
      '线涵洞工程近日开工建设。该工程联通黛山大道',
      '和鸡冠石路，建成后将有效缓解交通压力。（通讯员',
      ' 龚姗）',
      '● 为顺利推进公益设施建设，服务业发展区管委',
      '会近日获得政府专项债券4亿元，其中3亿元用',
      '于绿岛丽景项目，发行期限30年。（通讯员 付',
      '易）',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual([])
    // (The cut taken out, the credit the column cut, （通讯员 /  龚姗）, reads whole: each brief closes with its reporter's credit.)
    expect(findAll(issue, 'paragraph').map((p) => toString(p).replace(/\n/g, ''))).toEqual([
      '● 为加快推进数字经济产业园建设，龙梭中路西延线涵洞工程近日开工建设。该工程联通黛山大道和鸡冠石路，建成后将有效缓解交通压力。',
      '● 为顺利推进公益设施建设，服务业发展区管委会近日获得政府专项债券4亿元，其中3亿元用于绿岛丽景项目，发行期限30年。',
    ])
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['龚姗'], ['付易']])
  })

  it('must not: two spaces before a line still open a paragraph under a line at the column’s edge', () => {
    const input = [
      '龙梭中路西延线涵洞开工',
      '',
      '为加快推进国际数字经济产业园建设，龙梭中',
      '路西延线涵洞及护岸工程近日开工。该工程联',
      '通黛山大道和鸡冠石路，建成后将缓解交通压',
      '力，方便周边群众出行，提升区域通行能力。',
      '  全线预计明年六月建成通车，届时将惠及沿',
      '线二十余个小区的居民，出行时间大大缩短。',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it.each([
    // (A review's probes: a page that opens every paragraph with one space, a tab, four spaces.)
    ['one space before every paragraph is the page’s indent', '前三季度全市经济运行稳中向好\n本报记者 周涛\n 前三季度，全市实现地区生产总值4860亿元，同\n比增长6.2%，增速比上半年加快0.3个百分点。\n 分产业看，第一产业增加值210亿元，增长3.5\n%；第二产业增加值1980亿元，增长6.8%；第\n三产业增加值2670亿元，增长6.0%。\n 市统计局新闻发言人表示，总体来看，全市经济运行\n延续回升向好态势，高质量发展扎实推进。\n', 3],
    ['a tab is an indent, never what a cut left', '图书馆里的“夜读人”\n\t晚上九点，市图书馆24小时自助阅览室里\n依然灯火通明，二十多位读者正在安静地读书\n学习。\n\t“白天上班没时间，晚上来这里看看书，感\n觉很充实。”在一家科技公司上班的小刘说。\n\t据了解，自助阅览室开放一年来，累计接待\n读者超过10万人次，夜间读者占比近四成。\n', 3],
    ['four spaces before paragraphs of two lines: the column is as wide as the indented lines', '让“一老一小”生活更舒心\n    近年来，我市聚焦“一老一小”民生需求，着力补齐养老托\n育服务短板，构建起覆盖城乡的服务网络。\n    在养老服务方面，全市建成社区嵌入式养老服务中心45家\n，日间照料中心120个，老年助餐点300余个。\n    在托育服务方面，全市每千人口拥有3岁以下婴幼儿托位数\n达到4.5个，普惠性托位占比超过六成。\n', 3],
  ])('must not: %s — each paragraph stays whole and apart, no subheadline', (_, input, paragraphs) => {
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(paragraphs)
  })

  it('a dateline the column cut after its comma runs on into the lead', () => {
    const input = [
      '送上一杯热水',
      '　　生活报讯 (记者李丹) 26日,',
      '哈尔滨市环卫工人节当日，生活报联合省慈善',
      '总会、哈尔滨市城管局发起“一杯热水行动',
      '温暖环卫工”活动。',
      '活动得到爱心商家和市民的积极响应，截至目',
      '前已有一百余家商户报名参加，为环卫工人提',
      '供热水和休息场所。',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const paragraphs = findAll(issue, 'paragraph')
    expect(find(paragraphs[0]!, 'dateline')).toBeDefined()
    expect(toString(paragraphs[0]!)).toContain('哈尔滨市环卫工人节当日')
  })

  it('must not fire: a line ending with a comma with a blank line under it on a page of one line per paragraph', () => {
    const input = '会议召开\n本报讯 5月9日，全市召开会议。\n各位代表，\n\n会议要求，要抓好落实。\n'
    const issue = parseIssue(input)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual(['本报讯 5月9日，全市召开会议。', '各位代表，', '会议要求，要抓好落实。'])
  })

  it('a dateline’s bracket of credits the column cut: a line break parts credits and names, and a name cut in two is one', () => {
    const input = '我市开建保障房\n\n本报讯（记者 王丹妮 通讯员 郑聆\n阳 闻广）近日，我市开建保障房一千套，市民\n可以申请。\n'
    const issue = parseIssue(input)
    expectSource(input, issue)
    const credits = findAll(find(issue, 'dateline')!, 'credit')
    expect(credits.map((c) => [c.role, c.names])).toEqual([
      ['记者', ['王丹妮']],
      ['通讯员', ['郑聆阳', '闻广']],
    ])
  })

  it('must not fire: whole names either side of a line break stay two', () => {
    const input = '我市开建保障房\n\n本报讯（记者 王丹妮 通讯员 郑聆阳\n闻广）近日，我市开建保障房一千套。\n'
    const credits = findAll(find(parseIssue(input), 'dateline')!, 'credit')
    expect(credits.map((c) => c.names)).toEqual([['王丹妮'], ['郑聆阳', '闻广']])
  })

  it('must not fire: a kicker as wide as the column over a wrapped headline, a blank line under them, is a heading', () => {
    const input = [
      '聚焦民生实事 办好群众身边的小事大事暖心事',
      '老旧小区改造惠及全市三万八千余户居民家庭',
      '生活品质',
      '',
      '本报讯 今年以来，我市把老旧小区改造作为重',
      '要民生实事，累计完成改造小区126个，惠',
      '及居民3.8万余户。改造涉及雨污分流、管',
      '线入地、加装电梯、增设停车位等内容，居民',
      '满意度达96%。',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(types(articles(issue)[0]!)[0]).not.toBe('paragraph')
    expect(toString(find(issue, 'paragraph')!)).toMatch(/^本报讯/)
  })

  it('must not fire: a title wider than a narrow column, straight over the text, stays the title', () => {
    const input = '老旧小区加装电梯让居民上下楼不再难\n近日，城南街道幸福里小区3\n号楼的电梯正式投入使用，这\n是今年全区第15部建成运行\n的加装电梯。家住6楼的78\n岁居民张大爷说：“以前下一\n次楼要歇好几回，现在方便多\n了。”\n'
    const issue = parseIssue(input)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['老旧小区加装电梯让居民上下楼不再难'])
  })

  it('photo news the column cut reads as uncut: the lines over the caption its credit ends are that caption’s', () => {
    // (d271 hard-wrapped at 36: the story's text, then its photographer's credit line)
    const lines = [
      '近日,宜都市枝城镇洋津畈村的80亩辣椒喜获丰收,长势喜人的辣椒和村民的笑',
      '脸交相辉映,“椒”出了乡村振兴新答卷(图①、②、③)。近年来,洋津畈村依',
      '托自身资源优势,流转村内荒地2200余亩,采取“合作社+农户”的模式,大',
      '力发展经济作物。今年全村共发展辣椒80亩,带动脱贫对象67户、184人增',
      '加收入40余万元。',
    ]
    const credit = '三峡日报通讯员 王春丽 摄'
    const input = `${lines.join('\n')}\n${credit}\n`
    const issue = parseIssue(input)
    expectSource(input, issue)
    // (each block of each story, as its type and its words)
    const reading = (tree: Issue) => tree.children.map((node) => [node.type, ...(node.type === 'article' ? node.children.map((child) => `${child.type}: ${toString(child).replace(/\n/g, '')}`) : [])])
    expect(reading(issue)).toEqual(reading(parseIssue(`${lines.join('')}\n${credit}\n`)))
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王春丽']])
  })

  it('must not fire: a caption by its own words (图为…) under the text the column cut stays the photo’s', () => {
    const lines = [
      '近日,宜都市枝城镇洋津畈村的80亩辣椒喜获丰收,长势喜人的辣椒和村民的笑',
      '脸交相辉映,“椒”出了乡村振兴新答卷。近年来,洋津畈村依托自身资源优势,',
      '流转村内荒地2200余亩,大力发展经济作物。',
      '图为村民在采摘辣椒。三峡日报通讯员 王春丽 摄',
    ]
    const issue = parseIssue(`${lines.join('\n')}\n`)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['图为村民在采摘辣椒。三峡日报通讯员 王春丽 摄'])
  })

  // (each paragraph as its words, the column's line breaks taken out)
  const paragraphTexts = (input: string) => findAll(parseIssue(input), 'paragraph').map((p) => toString(p).replace(/\n/g, ''))
  const indentedPage = [
    '“这才是真正的河南!”',
    '',
    '  短短六天的时间,马不停蹄地跑了六个市。',
    '  12月11日,当采访团结束了对我省郑州、洛阳、平顶山、许昌、漯河、开封',
    '六市的采访,重新回到省会郑州时,一行人话语间纷纷流露出难抑的收获喜悦。',
    '这次采访活动,我们知道了河南并不是来之前想象的那样。采访团就奔赴洛阳。',
    '6日上午参加完我省的省情说明会,采访团马不停蹄地一天采访一个市。',
    '  楚天广播电台的肖飞,平时不怎么说话,但昨天特意告诉我:“河南真的很伟',
    '大!”',
    '',
  ]

  it('on a page that opens its paragraphs indented, a line cut after a full stop goes on into the flush line under it', () => {
    expect(paragraphTexts(indentedPage.join('\n'))).toEqual([
      '短短六天的时间,马不停蹄地跑了六个市。',
      '12月11日,当采访团结束了对我省郑州、洛阳、平顶山、许昌、漯河、开封六市的采访,重新回到省会郑州时,一行人话语间纷纷流露出难抑的收获喜悦。这次采访活动,我们知道了河南并不是来之前想象的那样。采访团就奔赴洛阳。6日上午参加完我省的省情说明会,采访团马不停蹄地一天采访一个市。',
      '楚天广播电台的肖飞,平时不怎么说话,但昨天特意告诉我:“河南真的很伟大!”',
    ])
  })

  // (a text cut every 20 characters, as a narrow column's OCR gives it)
  const column20 = (text: string) => Array.from({ length: Math.ceil([...text].length / 20) }, (_, k) => [...text].slice(k * 20, k * 20 + 20).join(''))

  it('with no paragraph opened indented either, a line the edge cut after a full stop goes on into the text straight under it, where the page’s edge lines were cut inside their sentences', () => {
    // (The edge falls after a sentence's end inside a paragraph far more often than at its end.)
    const first = '昨天下午市政府召开全市防汛工作会议部署。会议要求，各地各部门要压紧压实防汛责任，加强值班值守，确保群众生命财产安全，确保重要设施安全度汛，全力打赢防汛抗洪这场硬仗。'
    const second = '据介绍，今年入汛以来，我市降雨量较常年偏多三成，部分河流水位持续上涨，防汛形势十分严峻复杂，各地已转移群众三千余人。'
    const input = ['全市防汛工作会议召开', '', ...column20(first), ...column20(second), ''].join('\n')
    expect(column20(first)[0]).toBe('昨天下午市政府召开全市防汛工作会议部署。')
    expect(paragraphTexts(input)).toEqual([first, second])
  })

  it('must not fire: on a flush page whose edge lines close their sentences, each line that closes one ends its paragraph', () => {
    const flush = indentedPage.map((line) => line.replace(/^ +/, ''))
    expect(paragraphTexts(flush.join('\n'))).toContain('6日上午参加完我省的省情说明会,采访团马不停蹄地一天采访一个市。')
  })

  it('must not fire: a line that closes its sentence short of the column’s edge ends its paragraph', () => {
    const flush = indentedPage.map((line) => line.replace(/^ +/, ''))
    const texts = paragraphTexts(flush.join('\n'))
    expect(texts).toContain('短短六天的时间,马不停蹄地跑了六个市。')
    expect(texts.at(-1)).toBe('楚天广播电台的肖飞,平时不怎么说话,但昨天特意告诉我:“河南真的很伟大!”')
  })


  it('a line with a space in it reaches the column’s edge too: ● 为加快推进…建设,龙 / 梭中路… is one brief, no title', () => {
    const briefs = [
      '● 为加快推进国际数字经济产业园建设,龙梭中路西延线涵洞及护岸工程近日开工建设。该工程联通黛山大道和鸡冠石路,建成后将有效缓解交通压力。',
      '● 为顺利推进政府公益设施建设,近日,服务业发展区管委会获得政府专项债券4亿元人民币,用于区内学校和医院的建设。',
    ]
    const input = ['区县简讯', '', ...column20(briefs[0]!), '', ...column20(briefs[1]!), ''].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['区县简讯'])
    expect(paragraphTexts(input)).toEqual(briefs)
  })

  it('a piece the column cut out of a paragraph is no caption for the photo’s word in it (关雄(右一)的): the copy reads as the page', () => {
    const text = '8月5日,美国密苏里大学教授、博士生导师余小强(中)利用暑假回国探亲的间隙,在福建农林大学教授、博士生导师关雄(右一)的陪同下,来莆对市区古谯楼和文峰天后宫的古建筑和妈祖文化进行参观考察活动。图为余小强教授一行在文峰宫新殿参观妈祖供品。'
    const input = ['美国华人教授来莆考察', '', ...column20(text), ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(paragraphTexts(input)).toEqual([text])
    expect(paragraphTexts(`美国华人教授来莆考察\n\n${text}\n`)).toEqual([text])
  })

  it('must not fire: on a page not cut at one width, a line naming a photo’s position stays a caption', () => {
    const caption = '市长张三(右一)在现场查看工程进度。'
    const input = page('市领导调研重点工程', caption, '本报讯 5月9日,市长张三率队调研全市重点工程建设情况,要求各部门加快推进项目建设,确保按期完工投用。')
    expect(findAll(parseIssue(input), 'caption').map((c) => toString(c))).toEqual([caption])
  })

  it('must not fire: under a paragraph of the story, a line the store cut and a photo’s caption stay apart', () => {
    // (a second review: the caption is the photo's, not the end of the story's text)
    const input = [
      '我市启动春季植树造林行动',
      '本报讯（记者 王芳）3月12日，我市在城北生',
      '态公园举行春季义务植树活动。',
      '活动现场，机关干部、志愿者等千余人分工协作',
      '，挖坑、扶苗、培土、浇水，一株株树苗整齐地',
      '立在了山坡上。据了解，今年全市计划新增造林',
      '市民在城北生态公园植树。 记者 刘洋 摄',
      '',
    ].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['市民在城北生态公园植树。 记者 刘洋 摄'])
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('must not fire: a title at the column’s edge over its photo’s caption stays apart from it', () => {
    const input = [
      '市城管执法局做好环卫保障',
      '本报讯 3月9日，市城管执法局组织环卫工人对主城',
      '区道路开展集中清扫，展现城市洁净优美的环境。',
      '赏花踏青正当时 滨江公园千余株樱花竞相开放',
      '3月9日，市民在滨江公园樱花林下拍照留念。 记者 张建国 摄',
      '',
    ].join('\n')
    expect(findAll(parseIssue(input), 'caption').map((c) => toString(c))).toEqual(['3月9日，市民在滨江公园樱花林下拍照留念。 记者 张建国 摄'])
  })

  it('must not fire: names padded with a space either side of a line break are not cut names (王 芳 ⏎李 明)', () => {
    for (const bracket of ['（记者 王 芳\n李 明）', '（记者 王芳\n李 明）', '（记者 王 芳\n李明）']) {
      const input = `市城管执法局做好环卫保障\n本报讯${bracket}3月9日，市城管执法局组织环卫工人对主城区道路开展集中清扫。\n`
      expect(findAll(find(parseIssue(input), 'dateline')!, 'credit').map((c) => c.names), bracket).toEqual([['王芳', '李明']])
    }
  })

  it('must not fire: a headline with its subheadline straight under it on a page of long paragraphs', () => {
    const input = `全市数字经济工作推进会召开\n搭建平台汇聚力量推动融合\n本报讯 5月9日，全市数字经济工作推进会召开。会议指出，要搭建平台，汇聚各方力量，推动数字经济和实体经济深度融合发展。\n会议要求，要加大人才引进力度，为数字经济发展提供人才支撑，各县区要抓好落实。\n`
    const issue = parseIssue(input)
    expect(types(articles(issue)[0]!).slice(0, 2)).toEqual(['headline', 'subheadline'])
  })
})

describe('heading groups', () => {
  it('a headline alone', () => {
    const input = page('全市核酸检测实验室建设会议召开', '本报讯 (记者徐国华)5月8日,全市核酸检测实验室建设工作视频会议召开。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph'])
    expect(toString(article!.children[0])).toBe('全市核酸检测实验室建设会议召开')
    expect(article!.position.start.offset).toBe(0)
    expectSource(input, issue)
  })

  it('headline + subheadline', () => {
    const input = page(
      '市委专题会议暨市疫情防控工作领导小组第四十二次会议召开',
      '郑连生主持并讲话 朱晓东安排工作',
      LEAD,
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'subheadline', 'paragraph'])
    expect(toString(article!.children[0])).toBe('市委专题会议暨市疫情防控工作领导小组第四十二次会议召开')
    expect(toString(article!.children[1])).toBe('郑连生主持并讲话 朱晓东安排工作')
    expectSource(input, issue)
  })

  it('headline + subheadline with a number in the headline', () => {
    const input = page('省脱贫攻坚工作成效考核二〇一九年度', '郑连生主持并讲话 朱晓东提出要求', LEAD)
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'subheadline', 'paragraph'])
    expectSource(input, issue)
  })

  it('kicker + headline + subheadline', () => {
    const input = page('聚焦高质量发展', '我市召开重点项目推进会', '郑连生主持并讲话', LEAD)
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['kicker', 'headline', 'subheadline', 'paragraph'])
    expect(article!.children.slice(0, 3).map((c) => toString(c))).toEqual([
      '聚焦高质量发展',
      '我市召开重点项目推进会',
      '郑连生主持并讲话',
    ])
    expectSource(input, issue)
  })

  it('a ——记… subtitle under the headline, then a byline', () => {
    const input = page(
      '小职员发挥大作用',
      '——记忻府区市政工程服务中心王敏和他的同事们',
      '本报记者 张建国',
      '连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'subheadline', 'byline', 'paragraph'])
    expect(toString(article!.children[1])).toBe('——记忻府区市政工程服务中心王敏和他的同事们')
    expectSource(input, issue)
  })

  it('headline + two subheadlines when the second line opens with ——', () => {
    const input = page(
      '小职员发挥大作用',
      '——记忻府区市政工程服务中心王敏和他的同事们',
      '光明街拆迁工作纪实',
      '本报讯 连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍。',
    )
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'subheadline', 'subheadline', 'paragraph'])
    expectSource(input, issue)
  })

  it('a kicker ending in —— above the headline', () => {
    const input = page('政策赋能——', '江苏探索科技成果高效转化应用新途径', '本报讯 5月9日,高校区域技术转移转化中心(江苏)揭牌。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['kicker', 'headline', 'paragraph'])
    expect(toString(article!.children[0])).toBe('政策赋能——')
    expectSource(input, issue)
  })

  it('a kicker ending in ——, headline and subheadline', () => {
    const input = page(
      '政策赋能——',
      '江苏探索科技成果高效转化应用新途径',
      '全国首个区域中心运行一年',
      '本报讯 5月9日,高校区域技术转移转化中心(江苏)揭牌。',
    )
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['kicker', 'headline', 'subheadline', 'paragraph'])
    expectSource(input, issue)
  })

  it('a heading group with no dateline, at the top of the page', () => {
    const input = page('给黑土地做体检，施肥更精细', '午后，齐北松和李克东行走在吉林省长春市农安县田间，察看玉米新苗长势。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })
})

describe('a headline line is never glued to the text around it', () => {
  it('after a paragraph that layout left unfinished', () => {
    const input = page(
      '市委专题会议召开',
      '本报讯 5月9日,会议召开,市委副书记、市长朱晓东安排工作,',
      '全市核酸检测实验室建设会议召开',
      '本报讯 (记者徐国华)5月8日,全市核酸检测实验室建设工作视频会议召开。',
    )
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'article'])
    const [first, second] = articles(issue)
    expect(toString(find(first!, 'paragraph'))).toBe('本报讯 5月9日,会议召开,市委副书记、市长朱晓东安排工作,')
    expect(types(second)).toEqual(['headline', 'paragraph'])
    expect(toString(second!.children[0])).toBe('全市核酸检测实验室建设会议召开')
    expectSource(input, issue)
  })

  it('between paragraphs on a page with no blank lines', () => {
    const input = '第一篇标题\n本报讯 5月9日,会议召开。\n全市核酸检测实验室建设会议召开\n本报讯 5月10日,会议召开。\n'
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'article'])
    expect(articles(issue).map((a) => types(a))).toEqual([
      ['headline', 'paragraph'],
      ['headline', 'paragraph'],
    ])
    expect(findAll(issue, 'layoutBreak')).toEqual([])
    expectSource(input, issue)
  })

  it('a section heading inside an article is not glued to the next paragraph', () => {
    const input =
      '江苏探索科技成果高效转化应用新途径\n\n6月11日，在江苏宜兴的一处隧道内，一架无人机检测衬砌空鼓病害。\n政策赋能，解开束缚转化的“细绳子”——\n2017年入职南京邮电大学后，王健在成果转化上遇到过困难。\n'
    const issue = parseIssue(input)
    const paragraphs = findAll(issue, 'paragraph')
    expect(paragraphs.map((p) => toString(p))).toEqual([
      '6月11日，在江苏宜兴的一处隧道内，一架无人机检测衬砌空鼓病害。',
      '2017年入职南京邮电大学后，王健在成果转化上遇到过困难。',
    ])
    expect(find(issue, 'headline') && toString(find(issue, 'headline'))).toBe('江苏探索科技成果高效转化应用新途径')
    expectSource(input, issue)
  })
})

describe('masthead', () => {
  it('the paper’s name at the top of the page', () => {
    const input = page('忻州日报 忻州在线', '全市核酸检测实验室建设会议召开', '本报讯 5月8日,全市核酸检测实验室建设工作视频会议召开。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['masthead', 'article'])
    const masthead = issue.children[0]!
    expect(masthead).toMatchObject({ type: 'masthead', paper: '忻州日报' })
    expect(toString(masthead)).toBe('忻州日报 忻州在线')
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expectSource(input, issue)
  })

  it('the paper’s name after leading blank lines', () => {
    const input = `\n\n\n\n${page('忻州日报 忻州在线', '全市核酸检测实验室建设会议召开', '本报讯 5月8日,视频会议召开。')}`
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['masthead', 'article'])
    expectSource(input, issue)
  })

  it('NOT a masthead: a headline naming the paper, mid-page', () => {
    const input = page(
      '全市核酸检测实验室建设会议召开',
      '本报讯 5月8日,视频会议召开。',
      '忻州日报社开展主题党日活动',
      '本报讯 5月9日,忻州日报社开展主题党日活动。',
    )
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'article'])
    expect(toString(find(articles(issue)[1]!, 'headline'))).toBe('忻州日报社开展主题党日活动')
    expectSource(input, issue)
  })

  it('NOT a masthead: a headline at the top of the page that starts with the paper’s name', () => {
    const input = page('忻州日报社开展主题党日活动', '本报讯 5月9日,忻州日报社开展主题党日活动。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expectSource(input, issue)
  })
})

describe('captions', () => {
  it('图为… after a wide gap stands at the top level', () => {
    const input =
      '小职员发挥大作用\n\n本报记者 张建国\n\n连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍。\n\n\n\n图为工人们正在拆除路灯\n'
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'caption'])
    expect(toString(issue.children[1])).toBe('图为工人们正在拆除路灯')
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('图为… inside an article, between paragraphs', () => {
    const input = page('市委专题会议召开', LEAD, '图为会议现场', '会议要求,要持续抓好项目建设。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    expect(toString(article!.children[2])).toBe('图为会议现场')
    expectSource(input, issue)
  })

  it('NOT a caption: a headline opening with 图书馆', () => {
    const input = page('图书馆开馆迎客', '本报讯 5月9日,市图书馆新馆正式开馆迎客。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expectSource(input, issue)
  })
})

describe('a wide gap (2+ blank lines) closes an article', () => {
  it('plain text after a wide gap that opens nothing of its own goes on with the article (sites set paragraphs apart so)', () => {
    const input = '市委专题会议召开\n\n本报讯 5月9日,会议召开,市领导出席。\n\n\n会议要求,要抓好安全生产。\n'
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph'])
    expect(issue.data.diagnostics.map((d) => d.code)).toEqual([])
    expectSource(input, issue)
  })

  it('text after a wide gap is no longer a signed article’s', () => {
    const input = '市委专题会议召开\n\n本报讯 5月9日,会议召开,市领导出席。（张晔）\n\n\n会议要求,要抓好安全生产。\n'
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'paragraph'])
    expect(issue.data.diagnostics.map((d) => d.code)).toEqual(['orphan-text'])
    expectSource(input, issue)
  })

  it('a heading group after a wide gap opens a new article without a dateline', () => {
    const input =
      '市委专题会议召开\n\n本报讯 5月9日,会议召开。\n\n\n\n给黑土地做体检\n\n午后,齐北松和李克东行走在吉林省长春市农安县田间。\n'
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'article'])
    expect(articles(issue).map((a) => types(a))).toEqual([
      ['headline', 'paragraph'],
      ['headline', 'paragraph'],
    ])
    expect(toString(find(articles(issue)[1]!, 'headline'))).toBe('给黑土地做体检')
    expectSource(input, issue)
  })

  it('NOT closed by one blank line: the next paragraph stays in the article', () => {
    const input = page('市委专题会议召开', '本报讯 5月9日,会议召开。', '会议要求,要抓好安全生产。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph'])
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })
})

describe('text outside any article', () => {
  it('after a signed story, becomes a root paragraph with an orphan-text diagnostic', () => {
    const input = page(
      '全市防汛工作会议召开',
      '本报讯 5月9日,防汛会议召开。(张晔)',
      '会议要求,要始终保持敬畏心理,牢牢守住安全稳定底线。',
      '全市核酸检测实验室建设会议召开',
      '本报讯 5月8日,视频会议召开。',
    )
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'paragraph', 'article'])
    const orphan = issue.children[1]!
    expect(toString(orphan)).toBe('会议要求,要始终保持敬畏心理,牢牢守住安全稳定底线。')
    expect(issue.data.diagnostics).toHaveLength(1)
    const [diagnostic] = issue.data.diagnostics
    expect(diagnostic!.code).toBe('orphan-text')
    expect(diagnostic!.position).toEqual(orphan.position)
    expectSource(input, issue)
  })

  it('the page’s first text, broken by layout, is re-joined in its untitled story', () => {
    const input = page(
      '会议要求,要始终保持敬畏心理,牢牢守住安全稳定底线。要继续抓好护林防火工作,严禁一切野',
      '外用火,管住人头、田头、坟头、源头。',
    )
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    const [paragraph] = articles(issue)[0]!.children
    expect(types(paragraph)).toEqual(['text', 'layoutBreak', 'text'])
    expect(toString(paragraph)).toBe(
      '会议要求,要始终保持敬畏心理,牢牢守住安全稳定底线。要继续抓好护林防火工作,严禁一切野外用火,管住人头、田头、坟头、源头。',
    )
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('NOT orphan: text under a headline', () => {
    const input = page('市委专题会议召开', '会议要求,要始终保持敬畏心理,牢牢守住安全稳定底线。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })
})
