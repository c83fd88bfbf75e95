/**
 * What a site's section page prints over its teasers, met in part (ah)
 * (d553, 論盡媒體's 即時報道 listing):
 *   議員促當局交代青洲山保護進展 2024年03月13日|文:論盡採訪組   a title bar: title, date, bar, credit
 *   …工務局引述文化局意見回覆指⋯                               a teaser the site cut with one ellipsis
 * and a credit with what was made before a colon (文：張三 圖：李四), as
 * Hong Kong and Macau papers sign. Each where it fires and where it must not.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, creditsOf, find, findAll, page, readChecked } from '../helpers/tree'

const read = readChecked
const headlines = (input: string) => articles(read(input)).map((a) => toString(find(a, 'headline')))
const bylineCredits = (input: string) => findAll(read(input), 'byline').flatMap(creditsOf)

const ITEMS = [
  ['議員促當局交代青洲山保護進展 政府:山體及建築有序修復及跟進中 2024年03月13日|文:論盡採訪組', '直選議員李靜儀在其書面質詢問到當局有關北區規劃詳細情況，關注區內青洲山的發展方向、保護進展為何等。工務局引述文化局意見回覆指⋯'],
  ['以奇遇為題 澳門藝術節五月舉行 預算約2490萬 展演19套外國及本地節目 2024年03月13日|文:論盡採訪組', '第三十四屆澳門藝術節將於5月3日起至6月7日舉行，涵蓋戲劇、戲曲、舞蹈、雜技、音樂及視覺藝術等19套精選節目，在今日新聞發佈上⋯'],
  ['氹仔東亞運大馬路六車相撞 兩傷者送院 疑因收掣不及引致 2024年03月12日|文:張三', '據治安警察局消息，今日下午氹仔東亞運大馬路發生一宗交通意外，涉及四輛私家車、一輛電單車與一輛旅遊巴士相撞，事故中一名⋯'],
]

describe('a listing of titled teasers, each title bar over a teaser the site cut', () => {
  it('three title bars: three stories, each title its headline, each date a stamp', () => {
    const input = page(...ITEMS.flat())
    expect(headlines(input)).toEqual([
      '議員促當局交代青洲山保護進展 政府:山體及建築有序修復及跟進中',
      '以奇遇為題 澳門藝術節五月舉行 預算約2490萬 展演19套外國及本地節目',
      '氹仔東亞運大馬路六車相撞 兩傷者送院 疑因收掣不及引致',
    ])
    const issue = read(input)
    expect(articles(issue).map((a) => find(a, 'stamp')?.date)).toMatchObject([{ year: 2024, month: 3, day: 13 }, { year: 2024, month: 3, day: 13 }, { year: 2024, month: 3, day: 12 }])
    expect(articles(issue).map((a) => findAll(a, 'paragraph').length)).toEqual([1, 1, 1])
  })

  it('the credit after the bar is the byline where it reads as one (文:張三)', () => {
    expect(bylineCredits(page(...ITEMS[2]!))).toEqual([['文', ['張三']]])
  })

  it('a reporting team’s name is a credit’s name too (文:論盡採訪組; credits.ts TEAM)', () => {
    expect(bylineCredits(page(...ITEMS[0]!))).toEqual([['文', ['論盡採訪組']]])
  })

  it('must not fire: a word run on past the team’s word (记者在采访组织者时) names no team', () => {
    const issue = parseIssue(page('志愿服务暖人心', '记者在采访组织者时了解到，活动已持续三年。'))
    expect(find(issue, 'byline')).toBeUndefined()
  })

  it('under a section label and its description, the first title bar still opens a story', () => {
    const input = page('即時報道', '即時資訊、特別報道、即時評論。', ...ITEMS.slice(0, 2).flat())
    expect(headlines(input).slice(-2)).toEqual(['議員促當局交代青洲山保護進展 政府:山體及建築有序修復及跟進中', '以奇遇為題 澳門藝術節五月舉行 預算約2490萬 展演19套外國及本地節目'])
  })

  it('must not fire: a title too short for a title bar over a date and a bar is no story’s title (综合新闻 2024年03月13日|…)', () => {
    const issue = read(page('综合新闻 2024年03月13日|编辑:张三', '全市上下团结一心，共同推进各项工作落实落细，取得了明显成效，群众满意度不断提升。'))
    expect(findAll(issue, 'headline').map((h) => toString(h))).not.toContain('综合新闻')
  })

  it('must not fire: text after a cut teaser that is no title goes on as before (a site’s slogan under it)', () => {
    const input = page('北海天气预报', '本报讯(记者黄娴)据市气象局预测，本周北海无明显降水，风干物燥，需注意用火安全，与此同时需做好预防...', '北海新闻，讲述家乡的故事。有观点、有态度，接地气的实时新闻。')
    expect(articles(read(input))).toHaveLength(1)
  })

  it('must not fire: a title printed again over the site’s stamp, with no text between, stays the one story (d164)', () => {
    const input = page('春城市民愜意賞玩家門口的公園', '2019-11-05 09:16:02  |  來源:長春日報', '春城市民愜意賞玩家門口的公園', '長春日報11月5日訊(記者 林桂清):長春日報日前刊發的一文在線上線下引發讀者熱議。')
    expect(articles(read(input))).toHaveLength(1)
  })
})

describe('what was made, then a colon, then the names: 文：張三 圖：李四', () => {
  const HEAD = '澳門藝術節五月舉行 展演十九套節目'
  const LEAD = '第三十四屆澳門藝術節將於5月3日起舉行，涵蓋戲劇、戲曲等節目。'

  it.each([
    ['文：張三', [['文', ['張三']]]],
    ['文:张三', [['文', ['张三']]]],
    ['文：張三 圖：李四', [['文', ['張三']], ['圖', ['李四']]]],
  ])('%s under the title: the byline', (line, credits) => {
    expect(bylineCredits(page(`${HEAD}\n${line}`, LEAD))).toEqual(credits)
  })

  it('文：本報記者 張三: the work before the role, as 文/本報記者 張三', () => {
    expect(bylineCredits(page(`${HEAD}\n文：本報記者 張三`, LEAD))).toEqual([['本報記者', ['張三']]])
  })

  it('must not fire: 圖：, then a sentence, is a caption’s label, no credit', () => {
    expect(findAll(read(page(`${HEAD}\n圖：市民在公園觀看演出。`, LEAD)), 'byline')).toEqual([])
  })

  it('must not fire: a colon after a word that names no work (文化：…) credits no one', () => {
    expect(findAll(read(page(`${HEAD}\n文化：張三`, LEAD)), 'byline')).toEqual([])
  })
})

describe('a listing’s date glued before each item’s lead (2025.11.26記者孫偉倫/綜合報導…), met in part (ap) (d593, FTNN 新聞網)', () => {
  const ITEM_LINES = [
    '市区老旧小区改造今年启动',
    '2024-03-12记者张三/综合报道市住建局昨日公布今年老旧小区改造计划，共涉及小区四十二个，居民近万户，改造内容包括管网、电梯加装和...',
    '高新区新增两所公办幼儿园',
    '2024-03-11文/李四(市教育局)今年秋季学期起，高新区将新增两所公办幼儿园，提供学位七百余个，缓解片区入园难问题，报名时间另行...',
    '春季植树活动周末开展',
    '2024-03-10记者王五/综合报道本周末，市园林局将在城北郊野公园组织春季植树活动，市民可通过公众号预约报名参加，现场提供树苗和...',
  ]

  it('d593: seven items, each a story under its title, its date a stamp and not its dateline’s date', () => {
    const issue = read(readFileSync(new URL('../fixtures/corpus/d593.txt', import.meta.url), 'utf8'))
    const stories = articles(issue)
    expect(stories).toHaveLength(7)
    expect(toString(find(stories[2]!, 'headline'))).toBe('賴清德太愛加戲')
    expect(stories.map((a) => find(a, 'stamp')?.date)).toMatchObject([
      { year: 2025, month: 11, day: 29 }, { year: 2025, month: 11, day: 28 }, { year: 2025, month: 11, day: 28 }, { year: 2025, month: 11, day: 27 },
      { year: 2025, month: 11, day: 26 }, { year: 2025, month: 11, day: 25 }, { year: 2025, month: 11, day: 25 },
    ])
    expect(find(stories[4]!, 'dateline')?.date).toBeUndefined()
  })

  it('title / date glued to a credit and a cut teaser, three times, no blank lines: three stories, each with its stamp', () => {
    const issue = read(ITEM_LINES.join('\n'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual(['市区老旧小区改造今年启动', '高新区新增两所公办幼儿园', '春季植树活动周末开展'])
    expect(articles(issue).map((a) => find(a, 'stamp')?.date?.day)).toEqual([12, 11, 10])
    expect(articles(issue).map((a) => findAll(a, 'paragraph').length)).toEqual([1, 1, 1])
  })

  it('must not fire: a date written with 年月日 opens a sentence, not a listing (2024年3月12日，记者…)', () => {
    const issue = read(['市区老旧小区改造今年启动', '2024年3月12日，记者从市住建局获悉，今年老旧小区改造计划共涉及小区四十二个。'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('must not fire: a dotted date before words that name no one is the text’s (2023.5.1 劳动节当天…), nor a table’s row', () => {
    expect(findAll(read(['五一假期景区客流创新高', '2023.5.1劳动节当天，全市各景区接待游客三十二万人次，同比增长一成。'].join('\n')), 'stamp')).toEqual([])
    expect(findAll(read(['项目进度表', '2024-01-05 项目名称 城北污水处理厂扩建', '2024-02-10 项目名称 城南公园改造'].join('\n')), 'stamp')).toEqual([])
  })

  it.each(['2017年04月30日 21:44城市快报记者 张清 通讯员 焦轩 昨日是“五一”小长假第一天，全市交警全员上路。', '2017-04-30 21:44 城市快报记者 张清 通讯员 焦轩 昨日是“五一”小长假第一天，全市交警全员上路。'])(
    '%s: a site’s date and time before the lead, glued or not, are the story’s stamp, the credits its dateline’s (d201: one paragraph, no dateline)',
    (line) => {
      const issue = read(page('小长假交管部门全员上路', line))
      expect(findAll(issue, 'stamp').map((stamp) => stamp.date)).toMatchObject([{ year: 2017, month: 4, day: 30 }])
      expect(findAll(find(issue, 'dateline')!, 'credit').map((credit) => credit.names)).toEqual([['张清'], ['焦轩']])
    },
  )

  it('must not fire: a date and time before a sentence that credits no one stays the text’s (2017年04月30日 21:44，全市…)', () => {
    const issue = read(page('小长假交管部门全员上路', '2017年04月30日 21:44，全市交警全员上路，保障假期交通顺畅。'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('must not fire: a date before a slash and a time is the site’s field row, its writer the story’s (2019/04/26/ 09:00 来源:… 盘小美, d372)', () => {
    const issue = read(page('【图片新闻】庆阳西峰区广大果农抢抓农时 积极为苹果疏花', ' 2019/04/26/ 09:00 来源:每日甘肃网-甘肃经济日报 盘小美', '新闻图片', '眼下苹果进入盛花期，西峰区广大果农抢抓农时，积极为苹果疏花。'))
    expect(findAll(issue, 'stamp')).toHaveLength(1)
    expect(findAll(issue, 'subheadline')).toEqual([])
  })
})

describe('a listing’s teasers, each a photo’s caption and a lead its dateline opens, met in part (bb) (d650, 澎湖時報)', () => {
  const TEASERS: Array<[string, string]> = [
    ['●好運龜來好運常伴燈組頗受遊客青睞。(李三祿攝)', '(記者李三祿報導)澎湖風景區管理處處長洪志光表示,今年以光島盛典為主題,設計多款燈...'],
    ['●二崁獨有的子孫巷是澎湖獨特的文化資產,不時吸引留影遊人。(宋國正攝)', '(記者宋國正報導)本縣知名觀光景點-西嶼鄉二崁古厝聚落,相鄰古厝之間的「子孫巷」留存至今仍...'],
    ['●旅遊處安排潛水教練擔任收信郵差,為遊客傳送思念與祝福。(旅遊處提供)', '(記者李三祿報導)位於馬公市鎖港里的杭灣海域中,設置有一座極富特色的水下裝置藝術,不僅具有寄、收信功能,而且...'],
  ]
  const datelineNames = (input: string) => articles(read(input)).map((a) => find(a, 'dateline') && findAll(find(a, 'dateline')!, 'credit').flatMap((c) => c.names))

  it('caption and dateline on one line, a space between: the caption, then an untitled story per teaser', () => {
    const input = `${TEASERS.map(([caption, lead]) => `${caption} ${lead}`).join('\n')}\n`
    const issue = read(input)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(TEASERS.map(([caption]) => caption))
    expect(datelineNames(input)).toEqual([['李三祿'], ['宋國正'], ['李三祿']])
  })

  it('a dateline on each line of its own, under the untitled story its own dateline opened: the next story', () => {
    const input = `${TEASERS.map(([, lead]) => lead).join('\n')}\n`
    expect(articles(read(input))).toHaveLength(3)
  })

  it('must not fire: a second dateline under a titled story stays in it (a column of briefs under one title)', () => {
    const input = page('澎湖簡訊', ...TEASERS.map(([, lead]) => lead))
    expect(articles(read(input))).toHaveLength(1)
  })

  it('must not fire: under a caption read as the story’s text, the dateline goes on with the story', () => {
    const input = page('台北富邦勇士隊24日靠著賴廷恩末節獨攬9分逆轉擊退台鋼獵鷹隊。（台北富邦勇士提供）中央社記者黃巧雯傳真 114年4月24日', '（中央社記者黃巧雯台北24日電）台灣職籃台北富邦勇士靠賴廷恩末節獨攬9分,以91比79逆轉勝出。', '曾在PLG締造3連霸的勇士,上季無緣季後賽,本季重返季後賽行列。')
    expect(articles(read(input))).toHaveLength(1)
  })

  it('must not fire: a sentence with no photo’s credit in brackets before the dateline is no caption', () => {
    const input = '好運龜來好運常伴燈組頗受遊客青睞。 (記者李三祿報導)澎湖風景區管理處處長洪志光表示,今年以光島盛典為主題。\n'
    expect(findAll(read(input), 'caption')).toEqual([])
  })
})

describe('a photo’s caption glued before a mainland dateline on one line (review 19)', () => {
  it('市民在滨江公园赏花。（记者 王强 摄） 本报讯（记者 李四）…: the caption, then the lead its dateline opens', () => {
    const input = '市民在滨江公园赏花。（记者 王强 摄） 本报讯（记者 李四）昨天，第十届市民文化节在滨江公园开幕，吸引了数万名市民参加。\n'
    const issue = read(input)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['市民在滨江公园赏花。（记者 王强 摄）'])
    expect(find(issue, 'dateline')).toMatchObject({ source: '本报讯' })
  })

  it('must not fire: a citation after the caption (据新华社…) opens no lead of its own', () => {
    const input = '市民在滨江公园赏花。（记者 王强 摄） 据新华社北京5月1日电，第十届市民文化节在滨江公园开幕。\n'
    expect(findAll(read(input), 'caption')).toEqual([])
  })
})
