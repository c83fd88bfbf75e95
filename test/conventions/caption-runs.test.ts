/**
 * A photo story's captions printed together between its title and its
 * text: three or more short lines of one sentence each, then the text;
 * one or two when each is one clause closed by a full stop, or one sentence
 * right over the dateline.
 *   满城尽是中国红 / 劳动公园里,老人们一起歌唱祖国。 / … / □文/图 记者 李强 / 金秋时节,…
 *   昔日公园仅一座 / ◀2016年,…湿地公园。 / ▼2004年,…塌陷区。 / 2006年的园林路。 本报记者 牛智广 摄 / …
 * The run must show it holds captions (one is a caption already, or the
 * story's credit line stands under it); a short lead of one-sentence
 * lines over the text is the story's own paragraphs.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, findAll, page } from '../helpers/tree'

const HEADLINE = '满城尽是中国红'
const CAPTIONS = ['内蒙古科技大学实验小学的孩子们与国旗同框。', '劳动公园里，老人们一起歌唱祖国。', '园林工人祝福祖国。']
const TEXT = '金秋时节，喜迎国庆，鹿城包头的节日氛围扑面而来，处处的“中国红”成为这座工业城市最动人的底色，大街小巷一片欢腾。'

const read = (...lines: string[]) => {
  const input = `${HEADLINE}\n${lines.join('\n')}\n`
  const issue = parseIssue(input)
  expectSource(input, issue)
  return {
    articles: articles(issue).length,
    captions: findAll(issue, 'caption').map((c) => toString(c)),
    paragraphs: findAll(issue, 'paragraph').map((p) => toString(p)),
  }
}

describe('captions printed together over the story', () => {
  it('over the story’s credit line: captions, then the byline and the text', () => {
    const input = page(HEADLINE, CAPTIONS.join('\n'), '□文/图 记者 李强', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(CAPTIONS)
    expect(findAll(issue, 'byline')).toHaveLength(1)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it('one of them pointing to its photo (◀, ▼) or credited: all of them are captions', () => {
    const lines = ['◀2016年，我市利用塌陷区建起白鹭洲国家城市湿地公园。', '▼2004年，平煤集团七矿采煤塌陷区。', '2003年，祥云公园所在地是一座山丘。', '2006年的园林路。 本报记者 牛智广 摄']
    const { captions, paragraphs } = read(...lines, TEXT)
    expect(captions).toEqual(lines)
    expect(paragraphs).toEqual([TEXT])
  })
})

describe('a run caption whose photographer’s credit lost its 摄', () => {
  const credited = ['参访团一行在宝迪红供应链公司采访。广西新闻网记者 胡雁 摄', '参访团一行在中马钦州产业园区采访。广西新闻网记者 胡雁 摄']
  const lead = '广西新闻网钦州11月28日讯(记者 胡雁)“钦州和防城港是很有经济发展潜力的地方。”'

  it('参访团记者在电厂采访。广西新闻网记者 胡雁 after two credited captions, over the dateline: a caption, one story', () => {
    const last = '参访团记者在中华电力防城港电厂采访。广西新闻网记者 胡雁'
    const { articles, captions, paragraphs } = read(...credited, last, lead)
    expect(articles).toBe(1)
    expect(captions).toEqual([...credited, last])
    expect(paragraphs).toEqual([lead])
  })

  it('must not fire: a sentence with a long tail after it is no caption (its credit is no short role and names)', () => {
    const last = '参访团记者在中华电力防城港电厂采访。随后记者又来到了防城港海洋文化主题公园参观'
    const { captions } = read(...credited, last, lead)
    expect(captions).toEqual(credited)
  })
})

describe('captions printed together over the story, its writer named apart', () => {
  it('这些地方的环境不咋样 / 伊巍 / captions / 文/图 记者 伊巍 / 通讯员 杨东刚 报道 / the text', () => {
    const input = page('这些地方的环境不咋样', '伊巍', CAPTIONS.join('\n'), '文/图 记者 伊巍\n通讯员 杨东刚 报道', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(CAPTIONS)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it('must not fire: a credit line with nothing under it closes the story, the short lines over it are its text', () => {
    const input = page('这些地方的环境不咋样', CAPTIONS.join('\n'), '文/摄 大庆晚报记者 杨萌')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('a gallery: captions framed by credited ones, to the story’s end (d98)', () => {
  const framed = ['湖北日报全媒记者黄璐（右一）在现场。（湖北日报全媒记者 柯皓 摄）', '第一组代表进入“通道”准备接受采访。', '代表走上通道。', '代表通道现场。', '湖北日报全媒记者黄璐现场提问。（湖北日报全媒记者 柯皓 摄）']

  it('图集丨… / a credited caption / short one-sentence lines / a credited caption, nothing under: all captions, no paragraph', () => {
    const input = page('图集丨湖北两会首场“代表通道”直击', ...framed)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(framed)
    expect(findAll(issue, 'paragraph')).toEqual([])
  })

  it('must not fire: a title that names no gallery (a story between two photos keeps its paragraphs)', () => {
    const input = page('湖北两会首场“代表通道”开启', ...framed)
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(3)
  })

  it('must not fire: the next story’s title under the run (its text stays its own, the run the gallery’s text)', () => {
    const input = page('图集丨湖北两会首场“代表通道”直击', ...framed, '市图书馆新馆开放', TEXT)
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual([framed[0], framed[4]])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([...framed.slice(1, 4), TEXT])
  })

  it('must not fire: captions, then the story’s one sentence closing it, is no frame (the sentence is the story’s)', () => {
    const input = page(HEADLINE, ...framed.slice(0, 2), framed[4]!, TEXT.slice(0, 20) + '。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toContain(TEXT.slice(0, 20) + '。')
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual([framed[0], framed[4]])
  })

  it('must not fire: one credited caption among short lines to the story’s end is no frame (the lines are the story’s)', () => {
    const input = page(HEADLINE, framed[0]!, ...framed.slice(1, 4))
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual([framed[0]])
    expect(findAll(issue, 'paragraph')).toHaveLength(3)
  })
})

describe('captions printed together over the story: where it must not fire', () => {
  it('short one-sentence lines with nothing to show they are captions: the story’s paragraphs', () => {
    const { captions, paragraphs } = read(...CAPTIONS, TEXT)
    expect(captions).toEqual([])
    expect(paragraphs).toEqual([...CAPTIONS, TEXT])
  })

  it('two short lines over the credit line are too few for a run: the credit line is read as before', () => {
    const input = page(HEADLINE, CAPTIONS.slice(0, 2).join('\n'), '□文/图 记者 李强', TEXT)
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('lines of two sentences are no captions: 园林工人祝福祖国。他们说，祖国好。', () => {
    const lines = ['园林工人祝福祖国。他们说，祖国好。', '老人们一起歌唱祖国。大家很开心。', '孩子们与国旗同框。笑容灿烂。']
    const input = page(HEADLINE, lines.join('\n'), '□文/图 记者 李强', TEXT)
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('one or two photos’ captions between the title and the text, the story crediting its photos', () => {
  const LEAD = '本报讯(全媒体记者 任媛媛 徐飞 文/图)4月30日，由德阳市委宣传部、市委网信办组织开展的媒体采访活动走进德阳，记者们先后走进企业车间和乡村。'

  it('退休教师庄艳华镜头下的鸡山岛。 under the title, over the credit line 文/图 and the text: the photo’s caption', () => {
    const caption = '退休教师庄艳华镜头下的鸡山岛。'
    const input = page('“彩虹岛”上的幸福底色', caption, '本报记者 王兴 文/图', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual([caption])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it('two such lines, over the dateline crediting 文/图: both captions, the story opens at its dateline', () => {
    const lines = ['记者们深入东电车间采访。', '代表通道现场。']
    const { articles, captions, paragraphs } = read(...lines, LEAD)
    expect(articles).toBe(1)
    expect(captions).toEqual(lines)
    expect(paragraphs).toEqual([LEAD])
  })

  it('a sentence of clauses right over the dateline (大家共同举杯庆佳节,展现和谐、温馨的邻里关系。): the caption', () => {
    const caption = '大家共同举杯庆佳节，展现和谐、温馨的邻里关系。'
    const { captions, paragraphs } = read(caption, LEAD)
    expect(captions).toEqual([caption])
    expect(paragraphs).toEqual([LEAD])
  })

  it('花好莫要采。 over the credit line: the caption, then the byline and the text', () => {
    const input = page('街头桂花飘香 市民莫要采摘', '花好莫要采。', '□全媒体记者 王建成 文/图', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['花好莫要采。'])
    expect(findAll(issue, 'byline')).toHaveLength(1)
  })
})

describe('a credited caption and one more over the story’s dateline, set apart by blank lines (d524)', () => {
  it('…十佳编辑记者。 记者 傅倩 摄 / 冠甫舞狮队在作开场表演。 / the dateline: both captions, one story from its title', () => {
    const input = ['第十一届读者节现场活动侧记', '2014-11-10  来源:中国徐州网-徐州日报  编辑:', '', '徐州报业传媒集团十佳编辑记者。     记者 傅倩 仲冬竹 摄', '', '', '冠甫舞狮队在作开场表演。', '', '', '中国徐州网-徐州日报(记者 骆耀明) 初冬的暖阳一扫深秋的阴霾,欢声笑语在现场回荡。', ''].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'caption').map((c) => toString(c).replace(/\s+/g, ' '))).toEqual(['徐州报业传媒集团十佳编辑记者。 记者 傅倩 仲冬竹 摄', '冠甫舞狮队在作开场表演。'])
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'dateline')).toHaveLength(1)
  })

  it('must not fire: photo news of several clauses, then a brief’s dateline far under it: photo news, its own story', () => {
    const input = ['图片新闻', '', '4月10日,市民在人民公园赏花游玩,园内郁金香竞相绽放,吸引众多游客。 记者 李四 摄', '', '', '本报讯(记者 王五) 4月9日,市图书馆新馆正式开放,首日接待读者3000余人次。', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'signature')).toHaveLength(1)
  })

  it('must not fire: photo news under its title with no text under it keeps its text and signature', () => {
    const input = ['读者节现场活动', '', '徐州报业传媒集团十佳编辑记者在读者节上领奖,现场掌声不断。 记者 傅倩 摄', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toHaveLength(1)
    expect(findAll(issue, 'caption')).toEqual([])
  })
})

describe('one caption under a byline crediting the photos', () => {
  it('震区村民砍蔗忙 / □本报记者 吴东萍 文/图 / the site’s stamp / 蔗农将甘蔗从马背上卸下。 / the text: the caption', () => {
    const input = page('震区村民砍蔗忙', '□本报记者 吴东萍 文/图', '百色早报 2013-03-01 01:19', '蔗农将甘蔗从马背上卸下。', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['蔗农将甘蔗从马背上卸下。'])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it.each(['今天是植树节。', '记者日前来到城关镇甘蔗种植基地。', '这是一个丰收的季节。'])('must not fire: a lead sentence opening as leads do under such a byline (%s): the text', (lead) => {
    const input = page('植树添绿', '□本报记者 吴东萍 文/图', lead, TEXT)
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('one or two captions between the title and the text: where it must not fire', () => {
  it('under the byline the text has begun: 通讯员 刘年兵 / 我与长沙晚报结缘整整25年了。 is the first paragraph', () => {
    const input = page('刘年兵：我与长沙晚报结缘整整25年', '通讯员 刘年兵', '我与长沙晚报结缘整整25年了。', TEXT)
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it('a sentence of clauses over a paragraph (短短六天的时间,马不停蹄地跑了六个市。): the lead, not a caption', () => {
    const { captions, paragraphs } = read('短短六天的时间，马不停蹄地跑了六个市。', TEXT)
    expect(captions).toEqual([])
    expect(paragraphs).toHaveLength(2)
  })

  it('an exclamation (春天来了！) or two sentences over the text: paragraphs', () => {
    expect(read('春天来了！', TEXT).captions).toEqual([])
    expect(read('春天来了。花开了。', TEXT).captions).toEqual([])
  })

  it('a short story of one clause with no text under it (会议还研究了其他事项。): its paragraph', () => {
    const { captions, paragraphs } = read('会议还研究了其他事项。')
    expect(captions).toEqual([])
    expect(paragraphs).toEqual(['会议还研究了其他事项。'])
  })

  // (A review found these read as captions when no credit said the story had photos.)
  it.each(['全县春耕生产全面展开。', '会议由县长刘明主持。', '今天是五一国际劳动节。', '春天来了。'])('%s over the text, no photo credited: the lead’s paragraph', (line) => {
    expect(read(line, TEXT).captions).toEqual([])
  })

  it('a summary line over a dateline that credits no photos (截至6月10日,全市已收获小麦86万亩。): no caption', () => {
    expect(read('截至6月10日，全市已收获小麦86万亩。', '本报讯(记者 赵刚)今年“三夏”麦收工作进展顺利，各地抢抓晴好天气收获小麦。').captions).toEqual([])
  })

  it('a line longer than a caption’s clause over the text: a paragraph', () => {
    const long = '内蒙古科技大学实验小学的孩子们在国庆节前夕的升旗仪式上与国旗同框合影留念并高声歌唱祖国。'
    expect(read(long, TEXT).captions).toEqual([])
  })
})

/**
 * Photos named by short lines printed together in a photo story, no
 * sentence among them: inside its text, under its title, or closing it,
 * the story crediting its photos (/图, 摄); five or more under the title
 * need no credit.
 */
describe('short lines naming a story’s photos', () => {
  const TITLE = '罗炳辉广场:不文明市民乱丢乱吐弄脏绿化带'
  const LEAD = '3月12日,记者在罗炳辉广场看到,一些不文明的市民乱丢乱吐,导致广场四周的绿化带里垃圾成堆,影响了广场形象。'
  const PHOTOS = ['甘蔗渣吐在绿化带里', '瓜子壳成堆', '文化墙上乱写乱画']
  const MORE = '广场四周的绿化带里垃圾很多,有瓜子、烟头、烟壳、甘蔗渣等等,面对记者的镜头,一位大婶依然乱吐瓜子壳。'
  const CREDIT = '(赵磊明 曹剑/图)'

  it('inside the story’s text, set apart by blank lines, its credit under them: captions, one story', () => {
    const input = [TITLE, '', LEAD, '', '', PHOTOS.join('\n\n\n'), '', MORE, '', CREDIT, ''].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(PHOTOS)
    expect(findAll(articles(issue)[0]!, 'paragraph').map((p) => toString(p))).toEqual([LEAD, MORE])
  })

  it('under the title, over the photo news closed by its photographer’s credit: captions, the title the headline', () => {
    const photos = ['王营庄大棚园区里农民忙碌的身影', '信义林泉沟生态养猪场仔猪成群', '风景如画的吴城万亩油菜花海']
    const text = '在深入实施乡村振兴战略工作中,离石区坚持农业农村优先发展,全力加快推进农业现代化和农民增收致富步伐,在吕梁山上奏响乡村振兴最强音。 记者 郭炳中 摄'
    const input = page('第2版:要闻·乡村振兴', '吕梁山奏响乡村振兴最强音', ...photos, text)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(findAll(issue, 'headline')[0]!)).toBe('吕梁山奏响乡村振兴最强音')
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(photos)
    // (The photo news under them is the story's text, its photographer the signature.)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
    expect(findAll(issue, 'signature').map((s) => toString(s))).toEqual(['记者 郭炳中 摄'])
  })

})

describe('short lines naming photos: where it must not fire', () => {
  // (A review on made-up pages found these read as captions.)
  it('a list with no credit for photos under a title (a story’s projects, a notice’s names): no captions', () => {
    const projects = ['新建改扩建幼儿园20所', '城区老旧小区改造50个', '新增公共停车位3000个', '农村公路提档升级200公里', '新建城市书房10个']
    const input = page('今年全市十大民生实事项目', ...projects, '以上民生实事项目由市人大代表票决产生,将于年底前全部完成。')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('a list under a line a colon closes, in a story crediting its photos: no captions', () => {
    const input = page('志愿者清理河道垃圾', '本报讯(记者 王强 摄影报道) 3月5日,200余名志愿者来到城南河开展清理活动。参加活动的单位包括:', '市生态环境局', '市水利局', '共青团市委', '城南街道办事处', '志愿者们分段负责,共清理垃圾3吨。')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('a new story’s heading group whose text holds a credited caption: no captions', () => {
    const input = page('我市召开春耕生产推进会', '本报讯(记者 张华) 3月10日,我市召开春耕生产推进会,部署全年粮食生产工作。', '春潮涌动开新局', '城南新区重点项目集中开工', '总投资达86亿元', '3月9日上午,城南新区举行重点项目集中开工仪式,此次开工的12个项目涵盖先进制造等领域。', '项目开工现场。 记者 李四 摄')
    expect(findAll(parseIssue(input), 'caption').map((c) => toString(c))).not.toContain('城南新区重点项目集中开工')
  })

  const STORY = ['文/图 记者 张伟', '连日来,我市环卫工人奋战街头,打响了落叶清扫攻坚战,城市环境干净整洁。']
  const NEXT = '本市启动冬季供暖工作,全市居民将按时用上暖气。'

  it('three heading lines under a story crediting its photos over its text (its credit above them): no captions', () => {
    const input = page('落叶清扫攻坚战', ...STORY, '冬季供暖', '我市供暖季正式开始', '全市居民按时用上暖气', NEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption')).toEqual([])
  })

  it('an e-paper’s list of titles (标题导航), the page’s links under it: no captions', () => {
    const titles = ['全省残疾人技能比武10月鸣锣', '远程医疗覆盖全市主要医院', '居民雨中竞唱', '台湾客人一行参访郑州', '我省13领域投资须经政府核准']
    const input = page('第AA03版:时政新闻', '县乡际断头路要打通', ...titles, '返回主页 | 郑州晚报 | 标题导航', '上一期 下一期')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('a story’s text broken into short lines of verse (“天苍苍 野茫茫 / 风吹草低见牛羊”): its text', () => {
    const lines = ['提起呼伦贝尔大草原', '大部分人首先想到的是', '“天苍苍  野茫茫', '风吹草低见牛羊”', '这里之美  不止草原', '动物种群的多样性']
    const input = page('“神奇动物”在哪里', '这里是中国最美的草原,这里是北方游牧民族的摇篮。', ...lines, '呼伦贝尔是野生动物的天堂,野生动物共有489种。')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('a kicker, a headline and a subtitle (2025年全国两会—— / … / 副题:…) over photo news: the heading group', () => {
    const input = page('本报讯 全市上下团结一心,共同推进各项工作落实落细。', '2025年全国两会——', '以高质量党建引领高质量发展', '——多措并举稳就业', '在全市各地,党员干部深入一线,帮助群众解决实际困难。 记者 李强 摄')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).not.toContain('以高质量党建引领高质量发展')
  })

  it('three lines under a web title and its fields: the print edition’s heading group, no captions', () => {
    const input = page('城管部门全力应对汛期考验', '来源:郑州晚报 2020-07-07', '防汛一线', '城管部门全力应对汛期考验', '昼夜值守保畅通', '连日来,市城管局全员上岗,昼夜值守,全力应对汛期考验,记者 张伟 摄。')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})
