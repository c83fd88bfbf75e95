/**
 * What the overseas Chinese papers of corpus part (ay) showed (d634–d639):
 * an outlet's compiled report and an outlet's reporter in lenticular
 * brackets, a photo's source alone in brackets with the page's code after
 * it, and a site's share prompt, login form, colonless breadcrumb and image
 * placeholder. Each with where it must not fire.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page } from '../helpers/tree'

const TITLE = '亞裔男子失蹤2天 警方呼籲公眾助尋'
const leadDateline = (lead: string) => find(parseIssue(page(TITLE, lead)), 'dateline')

describe('datelines in lenticular brackets', () => {
  it('【星岛综合报道】: the outlet’s compiled report, the whole its source', () => {
    expect(leadDateline('【星岛综合报道】1名24岁亚裔男子已失踪2天,警方呼吁公众协助寻找。')?.source).toBe('星岛综合报道')
  })

  it('【欧洲时报记者田皓雪子报道】: the outlet the source, its reporter the credit', () => {
    const dateline = leadDateline('【欧洲时报记者田皓雪子报道】2021年12月,《欧洲时报》英国版迎来创刊十周年。')!
    expect(dateline.source).toBe('欧洲时报')
    expect(findAll(dateline, 'credit').map((c) => [c.role, c.names])).toEqual([['记者', ['田皓雪子']]])
  })

  it('must not fire: 【综合报道】 stays a desk’s report with no outlet; a name that is no outlet’s before 记者 names no source', () => {
    expect(leadDateline('【综合报道】1名24歲亞裔男子已失蹤2天。')?.source).toBeUndefined()
    expect(leadDateline('【市民记者王小明报道】1名24歲亞裔男子已失蹤2天。')?.source).toBeUndefined()
  })
})

describe('a photo’s source alone in brackets', () => {
  it('(圖片:多倫多警隊) T02 and (網上圖片) between two stories: captions, the page’s code interface, the next story its own', () => {
    const input = page(TITLE, '【星島綜合報道】1名24歲亞裔男子已失蹤2天。', '(圖片:多倫多警隊) T02', '3賊乘坐保時捷SUV 持槍搶走奧迪房車', '【星島綜合報道】3名賊人持槍搶走1輛奧迪房車。', '(網上圖片)')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((node) => toString(node))).toEqual(['(圖片:多倫多警隊)', '(網上圖片)'])
    expect(articles(issue)).toHaveLength(2)
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['T02'])
    expectSource(input, issue)
  })

  it('must not fire: a bracket naming a person’s picture in a sentence, a page’s code with no photo’s note', () => {
    expect(findAll(parseIssue(page(TITLE, '本報訊 警方公布了失蹤者的照片(圖片見本版)，呼籲公眾協助。')), 'caption')).toEqual([])
    expect(findAll(parseIssue(page(TITLE, '本報訊 警方呼籲公眾協助。', '(警方呼籲) T02')), 'caption')).toEqual([])
  })
})

describe('a site’s share prompt, login form, colonless breadcrumb and image placeholder', () => {
  it('interface, the story going on under the placeholder', () => {
    const input = page('您的位置 首页 英国', '登录名: 密码: 忘密码了', TITLE, '喜歡就分享這篇文章', '【本報訊】1名24歲亞裔男子已失蹤2天。', 'article_img', '警方表示,公眾若有消息,可致電警方。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['您的位置 首页 英国', '登录名: 密码: 忘密码了', '喜歡就分享這篇文章', 'article_img'])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })

  it('must not fire: sharing in a sentence, a password in a story, 您的位置 in a sentence', () => {
    for (const line of ['他把這篇文章分享給了朋友們。', '警方提醒市民，用户名和密码不要告诉他人。', '您的位置首页已经更新了吗？记者发现很多市民不知道。']) {
      expect(findAll(parseIssue(page(TITLE, '【本報訊】1名24歲亞裔男子已失蹤2天。', line)), 'chrome')).toEqual([])
    }
  })
})

describe('Southeast Asia’s papers: the paper glued to its place before 讯, the reporter before 报道 closing the story (d601, d668)', () => {
  const LEAD = '2023年6月25日下午5时,日里棉兰扶轮社成员举行社长交接典礼会。'

  it('(星洲日报吉隆坡讯), (国际日报棉兰讯), 【印尼商报泗水讯】: the paper the source, the place the dateline’s', () => {
    for (const [opening, source, place] of [['(星洲日报吉隆坡讯)', '星洲日报', '吉隆坡'], ['(国际日报棉兰讯)', '国际日报', '棉兰'], ['【印尼商报泗水讯】', '印尼商报', '泗水']]) {
      expect(leadDateline(`${opening}${LEAD}`)).toMatchObject({ source, place })
    }
  })

  it('(雪妮报道), (國强报导), （记者 王强 报道） after the last sentence: the signature', () => {
    for (const [closing, names] of [['(雪妮报道)', ['雪妮']], ['(國强报导)', ['國强']], ['（记者 王强 报道）', ['王强']]] as const) {
      expect(find(parseIssue(page(TITLE, `(棉兰讯)${LEAD}当选社长致辞,感谢各位成员的信任。${closing}`)), 'signature')!.names).toEqual(names)
    }
  })

  it('must not fire: （综合报道）, （据新华社报道）, a paper’s name and a long run before 讯', () => {
    for (const closing of ['（综合报道）', '（据新华社报道）', '（联合报道）']) {
      expect(find(parseIssue(page(TITLE, `(棉兰讯)${LEAD}当选社长致辞,感谢各位成员的信任。${closing}`)), 'signature')).toBeUndefined()
    }
    expect(leadDateline(`(星洲日报关于吉隆坡交通新规讯)${LEAD}`)).toBeUndefined()
    // (How the story was reported is no place, alone in the brackets either: (独家讯), (综合讯).)
    for (const opening of ['(独家讯)', '(综合讯)', '(南洋商报独家讯)']) expect(leadDateline(`${opening}${LEAD}`)?.place).toBeUndefined()
  })
})
