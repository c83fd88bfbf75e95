/**
 * Credits where a story's text ends or a site's fields name its writer: a photographer who
 * also reported it, reporters' credits closing a paragraph, the byline some papers print after
 * the lead, a site's author field with names alone, and the field between the site's others;
 * and the words that open with a surname but name no one.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../src/index'
import { articles, expectSource, find, findAll, page } from '../helpers/tree'

const TITLE = '渔港开渔 千帆竞发'
const LEAD = '一大早，渔港已是人山人海。在桐照，目前很多渔民都是来自省外的外来务工人员。'

describe('a photographer who reported the story, in brackets after its last sentence (photo-credit.ts)', () => {
  it('…车辆行驶缓慢。(通讯员 韦亮 摄影报道): the signature', () => {
    const input = page('28日，太原市学府街与平阳路的交叉口处积水严重，一辆机动车从深水区域高速行驶，溅起水花。由于排水不畅，导致这一路段车辆行驶缓慢。(通讯员 韦亮 摄影报道)', '来源：山西晚报 编辑：杨鑫')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['韦亮'])
    expectSource(input, issue)
  })

  it('must not fire: a one-sentence caption with its credit over the story stays a caption', () => {
    const issue = parseIssue(page(TITLE, '渔民们扬帆出海。(记者 韦亮 摄影)', `本报讯 ${LEAD}`))
    expect(find(issue, 'signature')).toBeUndefined()
    expect(findAll(issue, 'caption')).toHaveLength(1)
  })
})

describe('reporters’ credits after the last sentence end the paragraph (paragraph.ts signedByReporters)', () => {
  it('…外来务工人员。记者 胡龙召 通讯员 王晓杰 / 纠错:… : the signature, the line under it not the text', () => {
    const input = page(TITLE, `${LEAD}记者 胡龙召 通讯员 王晓杰`, '纠错:171964650@qq.com')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['胡龙召', '王晓杰'])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(1)
    expectSource(input, issue)
  })

  it('must not fire: words after the last sentence that name no one go on into the next line', () => {
    const issue = parseIssue(page(TITLE, '一大早，渔港已是人山人海。记者 走访', '发现，渔民们早已整装待发。'))
    expect(find(issue, 'signature')).toBeUndefined()
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })
})

describe('the byline some papers print after the lead (byline.ts bylineAfterLead)', () => {
  const LEAD_SIGNED = '在藏历新年即将来临之际，扎细新村社区积极开展系列“我为群众办实事”实践活动，切实为居民群众送上关怀与帮助。记者 张雪芳'

  it('credits closing the lead, the next paragraph under it: the byline, the story goes on', () => {
    const input = page('藏历新年送暖，守护美好家园', LEAD_SIGNED, '为弘扬尊老敬老的传统美德，社区开展了一场温暖人心的活动。', '活动当天，社区工作人员为老人发放了爱心就餐卡。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '记者', names: ['张雪芳'] })
    expect(find(issue, 'signature')).toBeUndefined()
    expect(findAll(issue, 'paragraph')).toHaveLength(3)
    expectSource(input, issue)
  })

  it('must not fire: titled briefs, each signed under its one paragraph (the next title is the next brief’s)', () => {
    const issue = parseIssue(page('全市春耕备耕有序推进', '连日来，我市各地抢抓农时，组织农机下田，春耕备耕工作有序推进。记者 张雪芳', '城区新增三处便民停车场', '近日，城区新增三处便民停车场，缓解了老城区停车难问题。记者 李明'))
    expect(articles(issue)).toHaveLength(2)
    expect(find(issue, 'byline')).toBeUndefined()
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['张雪芳'], ['李明']])
  })

  it('must not fire: a column of briefs, each signed under its text', () => {
    const issue = parseIssue(page('志愿快讯', '◆团委组织大学生志愿者在关河开展了志愿活动，清理垃圾。 本报记者 刘琴', '◆大箕镇团委组织青年志愿者投身河道清理工作。 本报记者 李茹霞'))
    expect(find(issue, 'byline')).toBeUndefined()
  })

  it('must not fire: the credit under the story’s only paragraph signs it', () => {
    const issue = parseIssue(page('藏历新年送暖，守护美好家园', LEAD_SIGNED, '责任编辑：王五'))
    expect(find(issue, 'signature')!.names).toEqual(['张雪芳'])
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

describe('a site’s author field with names alone (byline.ts authorFieldCredits)', () => {
  it('来源: 台州日报  作者: 杨辉  编辑: 罗亚妮 under the text: source, signature, staff', () => {
    const input = page(TITLE, LEAD, '来源: 台州日报  作者: 杨辉  编辑: 罗亚妮')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['杨辉'])
    expect(find(issue, 'editorLine')).toBeDefined()
    expectSource(input, issue)
  })

  it('must not fire: a desk’s word or no one (作者: 综合, 作者: 佚名)', () => {
    for (const who of ['综合', '佚名']) {
      const issue = parseIssue(page(TITLE, LEAD, `来源: 台州日报  作者: ${who}  编辑: 罗亚妮`))
      expect(find(issue, 'signature')).toBeUndefined()
      expect(find(issue, 'byline')).toBeUndefined()
    }
  })
})

describe('the author’s field between a site’s other fields (stamp.ts authorBetweenFields)', () => {
  it('2017年09月22日 来源: 《廊坊日报》 作者: 记者 王满凤 字体: under the title: stamp, byline, the rest', () => {
    const input = page(TITLE, '2017年09月22日 来源: 《廊坊日报》 作者: 记者 王满凤 字体:', LEAD)
    const issue = parseIssue(input)
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '记者', names: ['王满凤'] })
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2017, month: 9, day: 22 })
    expectSource(input, issue)
  })

  it('发布时间:2017-10-20 作者:周菀娇 浏览次数: 来源:团委: a name alone', () => {
    const issue = parseIssue(page(TITLE, '发布时间:2017-10-20 作者:周菀娇 浏览次数: 来源:团委', LEAD))
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')!.names).toEqual(['周菀娇'])
  })

  it('must not fire: 作者:综合 between the fields names no one', () => {
    const issue = parseIssue(page(TITLE, '发布时间:2017-10-20 作者:综合 浏览次数: 来源:团委', LEAD))
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

describe('the author’s field and the editor’s between a site’s other fields (stamp.ts creditsBetweenFields)', () => {
  const FIELDS = '发布时间：2024-05-09 10:20:30 来源：恩施日报 作者：王芳 编辑：李强 浏览次数：123'
  const staff = (issue: ReturnType<typeof parseIssue>) => findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map((c) => [c.role, c.names]))

  it(`${FIELDS}: the stamp, the byline, the staff line, the counter`, () => {
    const input = page(TITLE, FIELDS, LEAD)
    const issue = parseIssue(input)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2024, month: 5, day: 9 })
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '作者', names: ['王芳'] })
    expect(staff(issue)).toEqual([['编辑', ['李强']]])
    expect(articles(issue)).toHaveLength(1)
    expectSource(input, issue)
  })

  it('must not fire: with the date after the fields (来源:… 作者:… 编辑:邓钰凡 2019-05-15 16:04:36) the row stays the title’s stamp', () => {
    const issue = parseIssue(page(TITLE, '来源:区融媒体中心 作者:蒋静 周顺庆 蒋海军 编辑:邓钰凡 2019-05-15 16:04:36 浏览次数：12', LEAD))
    expect(find(issue, 'byline')).toBeUndefined()
    expect(articles(issue)).toHaveLength(1)
  })

  it('must not fire: 作者:综合 names no one; the row stays the stamp', () => {
    const issue = parseIssue(page(TITLE, '发布时间：2024-05-09 10:20:30 来源：恩施日报 作者：综合 编辑：李强 浏览次数：123', LEAD))
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

describe('words that open with a surname and name no one (names.ts looksLikeName)', () => {
  it('must not fire: 记者连日来, 记者 全程, 记者陆续, 记者于昨晚 after the last sentence are the text', () => {
    for (const words of ['记者连日来', '记者 全程', '记者陆续', '记者于昨晚']) {
      const issue = parseIssue(page(TITLE, `一大早，渔港已是人山人海。${words}`, '走访发现，渔民们早已整装待发。'))
      expect(find(issue, 'signature')).toBeUndefined()
      expect(find(issue, 'byline')).toBeUndefined()
    }
  })

  it('must not fire: a province or a city alone under the title (a site’s channel: 江西, d461) names no writer', () => {
    for (const place of ['江西', '安徽', '邵阳', '金華']) {
      const issue = parseIssue(page(TITLE, place, LEAD))
      expect(find(issue, 'byline')).toBeUndefined()
    }
  })

  it('a writer’s name alone under the title is still the byline (王星海)', () => {
    expect(find(parseIssue(page(TITLE, '王星海', LEAD)), 'byline')).toBeDefined()
  })

  it('must not fire: an office or a place in the author’s field (作者: 农业局, 作者: 阎良区)', () => {
    for (const who of ['农业局', '阎良区', '萧山网']) {
      const issue = parseIssue(page(TITLE, LEAD, `来源: 台州日报  作者: ${who}  编辑: 罗亚妮`))
      expect(find(issue, 'signature')).toBeUndefined()
      expect(find(issue, 'byline')).toBeUndefined()
    }
  })
})
