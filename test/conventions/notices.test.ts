/**
 * Notices (grammar/constructs/notice.ts): tip lines and helpline boxes a
 * paper prints with a story are a `notice` closing the article — not a
 * paragraph, not a staff line, never the next story's heading.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEAD = '市区新增两条公交线路'
const LEAD = '本报讯（记者 王明）昨日，市区新增两条公交线路，线路开通后，将方便市民出行。'

// Two Hong Kong web stories as stored (search corpus "pages"), copied exactly:
// https://www.stheadline.com/breaking-news/3548814/ (星島頭條, 2026-03-02), from its title on;
// https://hk01.com/突發/1065318/ (香港01), whole excerpt.
const SING_TAO = `珍惜生命│彩雲邨12歲女童墮平台 半清醒送院搶救

突發
更新時間：08:27 2026-03-02 HKT
發佈時間：08:27 2026-03-02 HKT

牛池灣彩雲邨繡文樓，今（2日）早上7時30分，一名12歲女童由單位墮下，倒卧平台，其父親報警求助，救護員接報到場，將半清醒事主送往伊利沙伯醫院搶救。警方正調查事件。

自殺求助熱線：

「情緒通」精神健康支援熱線：18111 

香港撒瑪利亞防止自殺會： 2389 2222

生命熱線： 2382 0000

明愛向晴軒： 18288

社會福利署： 2343 2255

撒瑪利亞會熱線(多種語言)： 2896 0000

東華三院芷若園： 18281

醫管局精神健康專線： 2466 7350

賽馬會青少年情緒健康網上支援平台「Open 噏」：http://www.openup.hk
`
const HK01 = `珍惜生命|觀塘海濱花園女子墮海 消防快艇救起
撰文:翁鈺輝
出版:更新:
今日(11日)上午8時01分,觀塘海濱花園職員報案指,一名女子在觀塘海濱道80號對開海濱長廊墮海,職員嘗試將岸邊水泡拋給女子不果。消防到場將女子救起,她神智清醒。警方正調查女子身份及墮海原因。據了解,事主因金錢問題萌死念。
61歲姓盧女保安巡邏時發現一名46歲姓李女子在海濱長廊爬出欄杆,坐在石壆位置,於是勸諭女子返回安全位置,惟女子隨即墮海,保安見狀報警求助。消防接報出動快艇將女子救上船,再由觀塘碼頭上岸。事主隨後送往聯合醫院檢查。
求助網站和熱線:
「情緒通」精神健康支援熱線:18111
香港撒瑪利亞防止自殺會熱線:23892222
醫院管理局精神健康專線:24667350
東華三院芷若園熱線︰18281
撒瑪利亞會熱線︰28960000
社會福利署熱線︰23432255
生命熱線:23820000
明愛向晴熱線﹕18288
`

describe('helpline boxes', () => {
  it('星島頭條: the box after the story is one notice closing it, blank lines between its lines', () => {
    const issue = parseIssue(SING_TAO)
    expect(articles(issue)).toHaveLength(1)
    const notices = findAll(issue, 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]!.kind).toBe('helpline')
    expect(toString(notices[0]!).startsWith('自殺求助熱線：')).toBe(true)
    expect(toString(notices[0]!).endsWith('http://www.openup.hk')).toBe(true)
    expect(types(articles(issue)[0]).at(-1)).toBe('notice')
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
    expectSource(SING_TAO, issue)
  })

  it('its title is the headline; the section label and the two stamps (time first, then date and zone) are furniture', () => {
    const issue = parseIssue(SING_TAO)
    expect(toString(find(issue, 'headline'))).toBe('珍惜生命│彩雲邨12歲女童墮平台 半清醒送院搶救')
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(findAll(issue, 'stamp').map((s) => s.date.raw)).toEqual(['2026-03-02', '2026-03-02'])
  })

  it('香港01: 撰文 is the byline, 出版:更新: empty labels, the box one notice with every service line', () => {
    const issue = parseIssue(HK01)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe('珍惜生命|觀塘海濱花園女子墮海 消防快艇救起')
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '撰文', names: ['翁鈺輝'] })
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    const notice = find(issue, 'notice')!
    expect(notice.kind).toBe('helpline')
    expect(toString(notice).endsWith('明愛向晴熱線﹕18288')).toBe(true)
    expectSource(HK01, issue)
  })

  it('《蘋果》關心你 titles a box too', () => {
    const input = page(HEAD, LEAD, '《蘋果》關心你\n生命熱線：2382 0000\n撒瑪利亞防止自殺會：2389 2222')
    const notice = find(parseIssue(input), 'notice')!
    expect(notice.kind).toBe('helpline')
    expect(toString(notice)).toContain('2389 2222')
  })
})

describe('tip lines', () => {
  it('■明報報料熱線﹕… closing a Ming Pao story (d38): a notice, not a paragraph', () => {
    const input = readFileSync(new URL('../fixtures/corpus/d38.txt', import.meta.url), 'utf8')
    const issue = parseIssue(input)
    const notice = find(issue, 'notice')!
    expect(notice.kind).toBe('tipLine')
    expect(toString(notice)).toBe('■明報報料熱線﹕inews@mingpao.com/ 9181 4676')
    expect(findAll(issue, 'paragraph').some((p) => toString(p).includes('報料熱線'))).toBe(false)
  })

  it('报料有奖 with a contact, after the story: closes it; the next title heads the next story', () => {
    const input = page(HEAD, LEAD, '报料有奖 新闻热线：0371-67659999', '全市开展安全生产大检查', '本报讯 今日，全市开展安全生产大检查。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(2)
    expect(types(articles(issue)[0]).at(-1)).toBe('notice')
    expect(findAll(issue, 'kicker')).toEqual([])
  })
})

describe('notices: where they must not fire', () => {
  it('a sentence about a tip line', () => {
    const input = page(HEAD, LEAD, '他赶紧打电话报警，并给本报新闻热线打来电话。')
    expect(findAll(parseIssue(input), 'notice')).toEqual([])
  })

  it('a headline naming a tip line, with no contact', () => {
    const input = page('本报新闻热线全天候开通', '本报讯 昨日起，本报新闻热线实行24小时值守。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'notice')).toEqual([])
    expect(toString(find(issue, 'headline'))).toBe('本报新闻热线全天候开通')
  })

  it('a desk contact under the staff (新闻热线：0350-3032110) stays a staff line', () => {
    const input = page(HEAD, LEAD, '本版责编：鲁明强\n新闻热线：0350-3032110')
    const issue = parseIssue(input)
    expect(findAll(issue, 'notice')).toEqual([])
    expect(findAll(issue, 'editorLine')).toHaveLength(2)
  })

  it('lines of name and number with no box title over them', () => {
    const input = page(HEAD, LEAD, '生命热线：2382 0000')
    expect(findAll(parseIssue(input), 'notice')).toEqual([])
  })
})

describe('review mends', () => {
  it('a tip line two blank lines under a helpline box is a tip line of its own, not the box’s', () => {
    const input = page(HEAD, LEAD, '自殺求助熱線：\n生命熱線： 2382 0000', '\n報料熱線： 9181 4676')
    const notices = findAll(parseIssue(input), 'notice')
    expect(notices.map((n) => n.kind)).toEqual(['helpline', 'tipLine'])
  })
})
