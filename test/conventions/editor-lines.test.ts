/**
 * Editor lines: desk staff credits on a line of their own (本版责编:鲁明强,
 * 责任编辑：王五). Never an article's author: a page's own line (本版…)
 * stands at the top level; a staff line right after an article belongs to it.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Credit } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEADLINE = '我市5G基建服务专班召开第一次会议'
const LEAD = '本报讯 5月9日,我市5G基建服务专班召开第一次会议,解读了《忻州市5G基建服务专班实施方案》。'

const fields = ({ role, affiliation, names }: Credit) => ({ role, affiliation, names })

describe('editor lines: where they fire', () => {
  it('本版责编:鲁明强: the page’s own, at the top level between articles', () => {
    const input = page(
      HEADLINE,
      LEAD,
      '本版责编:鲁明强',
      '小职员发挥大作用',
      '本报讯 连日来,忻府区光明街拆迁现场一字排开一支特殊队伍。',
    )
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'editorLine', 'article'])
    const line = issue.children[1]!
    expect(line.type).toBe('editorLine')
    expect(toString(line)).toBe('本版责编:鲁明强')
    expect(findAll(line, 'credit').map(fields)).toEqual([{ role: '本版责编', affiliation: '本版', names: ['鲁明强'] }])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })

  it('本版责编：鲁明强 with a full-width colon, alone on a page', () => {
    const input = page('本版责编：鲁明强')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['editorLine'])
    expect(find(issue, 'credit')).toMatchObject({ value: '本版责编：鲁明强', role: '本版责编', affiliation: '本版', names: ['鲁明强'] })
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('责任编辑：王五 after an article’s body belongs to the article', () => {
    const input = page(HEADLINE, LEAD, '责任编辑：王五')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'editorLine'])
    const credit = find(find(article!, 'editorLine')!, 'credit')!
    expect(fields(credit)).toEqual({ role: '责任编辑', affiliation: undefined, names: ['王五'] })
    expect(credit.value).toBe('责任编辑：王五')
    expectSource(input, issue)
  })

  it('初审:许治远 复审:傅仁斌 终审:袁万茂: the three reviews (三审) closing a site’s story, each its own staff line', () => {
    const input = page(HEADLINE, LEAD, '初审:许治远', '复审:傅仁斌', '终审:袁万茂')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'editorLine', 'editorLine', 'editorLine'])
    expect(findAll(article!, 'credit').map(fields)).toEqual([
      { role: '初审', affiliation: undefined, names: ['许治远'] },
      { role: '复审', affiliation: undefined, names: ['傅仁斌'] },
      { role: '终审', affiliation: undefined, names: ['袁万茂'] },
    ])
    expectSource(input, issue)
  })

  it('初審編輯:魏鵬 over 責任編輯:姜暉 at the top of a copied page: staff lines, not the headline', () => {
    const input = page('初審編輯:魏鵬', '責任編輯:姜暉', '海濱小城美麗新生', '威海網訊 (記者 王春苗)1987年9月27日,在威海發展史上具有劃時代的意義。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['editorLine', 'editorLine', 'article'])
    expect(findAll(issue.children[0]!, 'credit').map(fields)).toEqual([{ role: '初審編輯', affiliation: undefined, names: ['魏鵬'] }])
    expect(toString(find(articles(issue)[0]!, 'headline')!)).toBe('海濱小城美麗新生')
    expectSource(input, issue)
  })

  it('二审 in a headline or a lead stays text', () => {
    const input = page('男子醉驾致人死亡 二审维持原判', '本报讯(记者 张三)昨日,市中级法院对该案二审宣判。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(toString(find(issue, 'headline')!)).toBe('男子醉驾致人死亡 二审维持原判')
    expectSource(input, issue)
  })

  it('编辑 李四', () => {
    const input = page(HEADLINE, LEAD, '编辑 李四')
    const issue = parseIssue(input)
    const line = find(issue, 'editorLine')!
    expect(toString(line)).toBe('编辑 李四')
    expect(findAll(line, 'credit').map(fields)).toEqual([{ role: '编辑', affiliation: undefined, names: ['李四'] }])
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })

  it('美编 赵六', () => {
    const input = page(HEADLINE, LEAD, '美编 赵六')
    const issue = parseIssue(input)
    const line = find(issue, 'editorLine')!
    expect(findAll(line, 'credit').map(fields)).toEqual([{ role: '美编', affiliation: undefined, names: ['赵六'] }])
    expectSource(input, issue)
  })

  it('责任编辑：王五 美编：赵六 校对：孙七: several staff on one line', () => {
    const input = page(HEADLINE, LEAD, '责任编辑：王五 美编：赵六 校对：孙七')
    const issue = parseIssue(input)
    const line = find(issue, 'editorLine')!
    expect(types(line)).toEqual(['credit', 'text', 'credit', 'text', 'credit'])
    expect(findAll(line, 'credit').map(fields)).toEqual([
      { role: '责任编辑', affiliation: undefined, names: ['王五'] },
      { role: '美编', affiliation: undefined, names: ['赵六'] },
      { role: '校对', affiliation: undefined, names: ['孙七'] },
    ])
    expectSource(input, issue)
  })

  it('本版编辑 张三 美编 李四: the page’s line with two roles', () => {
    const input = page(HEADLINE, LEAD, '本版编辑 张三 美编 李四')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'editorLine'])
    expect(findAll(issue.children[1]!, 'credit').map(fields)).toEqual([
      { role: '本版编辑', affiliation: '本版', names: ['张三'] },
      { role: '美编', affiliation: undefined, names: ['李四'] },
    ])
    expectSource(input, issue)
  })
})

describe('editor lines: where they must not fire', () => {
  it('编辑部收到来信。: a sentence', () => {
    const input = page(HEADLINE, LEAD, '编辑部收到来信。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
    expect(toString(findAll(issue, 'paragraph').at(-1))).toBe('编辑部收到来信。')
    expectSource(input, issue)
  })

  it('编辑李四介绍,…: an editor as the subject of a sentence', () => {
    const input = page(HEADLINE, LEAD, '编辑李四介绍,本版今年全新改版。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('a headline opening with 编辑部: 编辑部里的年轻人', () => {
    const input = page('编辑部里的年轻人', '本报讯 5月9日,本报编辑部的年轻人们走进基层一线。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expect(toString(find(issue, 'headline'))).toBe('编辑部里的年轻人')
    expect(findAll(issue, 'editorLine')).toEqual([])
    expectSource(input, issue)
  })

  it('编辑部地址 忻州市七一北路: page furniture, not a credit', () => {
    const input = page(HEADLINE, LEAD, '编辑部地址 忻州市七一北路')
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
    expectSource(input, issue)
  })
})

describe('more staff lines', () => {
  const HEAD = '全市春耕工作推进会召开'
  const LEAD_ = '本报讯 5月9日，全市春耕工作推进会召开。'
  const staff = (line: string) => {
    const input = page(HEAD, LEAD_, line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return findAll(issue, 'editorLine').flatMap((l) => findAll(l, 'credit').map(({ role, affiliation, names, contact }) => ({ role, affiliation, names, contact })))
  }

  it('流程编辑 王敏 · 版式设计：李娜 · 本期统筹：张伟 · 责任编辑：王敏', () => {
    expect(staff('流程编辑 王敏')).toEqual([{ role: '流程编辑', affiliation: undefined, names: ['王敏'], contact: undefined }])
    expect(staff('版式设计：李娜')[0]).toMatchObject({ role: '版式设计', names: ['李娜'] })
    expect(staff('本期统筹：张伟')[0]).toMatchObject({ role: '本期统筹', names: ['张伟'] })
    expect(staff('责任编辑：王敏')[0]).toMatchObject({ role: '责任编辑', names: ['王敏'] })
  })

  it('新京报记者 苏季 校对 李铭 after the body: the reporter signs the story, the proof-reader is staff', () => {
    expect(staff('新京报记者 苏季 校对 李铭')).toEqual([{ role: '校对', affiliation: undefined, names: ['李铭'], contact: undefined }])
    expect(find(parseIssue(page(HEAD, LEAD_, '新京报记者 苏季 校对 李铭')), 'signature')).toMatchObject({ names: ['苏季'] })
  })

  it('本版邮箱：xzrb@163.com: the page\'s own address, a contact instead of names', () => {
    expect(staff('本版邮箱：xzrb@163.com')).toEqual([{ role: '本版邮箱', affiliation: '本版', names: [], contact: 'xzrb@163.com' }])
  })

  it('under the staff, a channel open to readers is the desk\'s contact: 新闻热线：0350-3032110', () => {
    expect(findAll(parseIssue(page(HEAD, LEAD_, '本版责编：鲁明强\n新闻热线：0350-3032110')), 'editorLine')).toHaveLength(2)
  })

  it('elsewhere a channel open to readers (投稿邮箱:…) is a tip line, no staff', () => {
    const issue = parseIssue(page('投稿邮箱:1056292011@qq.com', HEAD, LEAD_))
    expect(find(issue, 'notice')?.kind).toBe('tipLine')
  })

  it('must not fire: an address inside a sentence, or a role with no address', () => {
    expect(staff('欢迎读者通过本版邮箱xzrb@163.com来信。')).toEqual([])
    expect(staff('本版邮箱：欢迎来信')).toEqual([])
  })
})

describe('a site’s staff line with its counters (editor-line.ts readStaffWithCounters)', () => {
  const head = ['开栏的话', '', '作者: 来源:柚都平和 时间:2022-05-30']

  it('编辑:周忻昊 点击数: 字号: under the title: a staff line and the site’s interface; the title stays the headline', () => {
    const input = [...head, '编辑:周忻昊 点击数: 字号:', '', '为积极响应县委、县政府关于加强花山溪水环境综合整治的号召,本报今起开设专栏。', ''].join('\n')
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe('开栏的话')
    expect(findAll(issue, 'credit').map((c) => [c.role, c.names])).toEqual([['编辑', ['周忻昊']]])
    expect(toString(find(issue, 'chrome'))).toBe('点击数: 字号:')
    expectSource(input, issue)
  })

  it('NOT when the text before the counters names no staff (阅读次数 after a sentence)', () => {
    const input = [...head, '本文共计两千字 阅读次数: 12', '', '为积极响应县委号召,本报今起开设专栏。', ''].join('\n')
    expect(findAll(parseIssue(input), 'editorLine')).toEqual([])
  })
})

describe('the editor among a footer’s fields that name no one (editor-line.ts readStaffInFooter; d370, d389, d507, d509)', () => {
  const staffOf = (line: string) => {
    const input = page(HEADLINE, LEAD, line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return findAll(issue, 'editorLine').flatMap((e) => findAll(e, 'credit').map((c) => [c.role, c.names]))
  }

  it.each([
    ['( 责任编辑:李珊    新闻报料:8110110    版权声明', '责任编辑', '李珊'],
    ['(来源:山西新闻网 山西日报 网络编辑:张清兰) | ||||||||', '网络编辑', '张清兰'],
    ['责任编辑:vjlin【收藏】', '责任编辑', 'vjlin'],
    ['编辑: 刘夏妍纠错:171964650@qq.com', '编辑', '刘夏妍'],
    ['编辑：王芳 来源：新华社', '编辑', '王芳'],
  ])('%s: the staff line, the rest interface', (line, role, name) => {
    expect(staffOf(line)).toEqual([[role, [name]]])
  })

  it('the other fields are interface, not the story’s text', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, '( 责任编辑:李珊    新闻报料:8110110    版权声明'))
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toContain('新闻报料:8110110    版权声明')
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it('must not fire: a row of several staff keeps them all (编辑：高登科 责任编辑：李娟); a field in its brackets alone closes the story as before', () => {
    expect(staffOf('编辑：高登科 责任编辑：李娟')).toEqual([['编辑', ['高登科']], ['责任编辑', ['李娟']]])
    const issue = parseIssue(page(HEADLINE, LEAD, '(编辑:陈嘉俊)'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'editorLine').map((e) => toString(e))).toEqual(['(编辑:陈嘉俊)'])
  })

  it('must not fire: a sentence naming an editor (编辑：王芳说，今年的工作很好。) is the story’s text', () => {
    expect(staffOf('编辑王芳说，今年的工作很好，来源：本报记者的采访。')).toEqual([])
    expect(staffOf('编辑：王芳说今年的工作很好')).toEqual([])
  })
})

describe('a site’s row of fields with no date (editor-line.ts readFieldRow)', () => {
  it.each([
    ['【作者:】 【编辑:张萌】', [['编辑', ['张萌']]]],
    ['来源: 天天天水网    编辑: 辛小强', [['编辑', ['辛小强']]]],
    ['编辑:李丽朱    责任编辑:孙红亮', [['编辑', ['李丽朱']], ['责任编辑', ['孙红亮']]]],
  ])('%s is a staff line with the editors’ credits', (line, credits) => {
    const editor = find(parseIssue(`${HEADLINE}\n${LEAD}\n${line}`), 'editorLine')
    expect(editor && toString(editor)).toBe(line)
    expect(findAll(editor!, 'credit').map((credit) => [credit.role, credit.names])).toEqual(credits)
  })

  it('the author’s field naming the author, set apart by a space or in brackets: the author signs, the editor is staff (as readSpacedFieldRow reads wide-spaced fields)', () => {
    for (const line of ['作者:赖全平 责任编辑:茜茜', '【作者:赖全平】 【责任编辑:茜茜】']) {
      const input = `${HEADLINE}\n${LEAD}\n${line}\n`
      const issue = parseIssue(input)
      expectSource(input, issue)
      expect(find(issue, 'signature')?.names, line).toEqual(['赖全平'])
      expect(findAll(find(issue, 'editorLine')!, 'credit').map(fields), line).toEqual([{ role: '责任编辑', affiliation: undefined, names: ['茜茜'] }])
    }
  })

  it('bracketed fields with the source’s: the source note, the signature, the staff line, all in the story (【作者:王晓明】 【来源:人民网】 【编辑:张萌】)', () => {
    const input = `${HEADLINE}\n${LEAD}\n【作者:王晓明】 【来源:人民网】 【编辑:张萌】\n`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!).slice(-3)).toEqual(['signature', 'sourceNote', 'editorLine'])
  })

  it('must not fire: an empty field before the next label (作者:王晓明 来源: 编辑:张萌), or an author’s field naming a post (管理员): one staff line, as before', () => {
    for (const line of ['作者:王晓明 来源: 编辑:张萌', '【来源:宁化在线】 【作者:管理员】 【编辑:张萌】']) {
      const input = `${HEADLINE}\n${LEAD}\n${line}\n`
      const issue = parseIssue(input)
      expectSource(input, issue)
      expect(findAll(issue, 'signature'), line).toEqual([])
      expect(toString(find(issue, 'editorLine')!), line).toBe(line)
    }
  })

  it('must not fire: a forum’s posts, each author’s line over its post’s stamp and text, sign no post above', () => {
    const input = ['宁化论坛 > 宁化杂谈 > 查看帖子', '宁化哪里的米粉最好吃?', '作者:老宁化', '发表于 2024-03-15 10:20', '来宁化三年了,一直没找到正宗的米粉店,求各位推荐。', '返回顶部', '作者:翠江人家', '发表于 2024-03-15 11:05', '推荐北大路那家老店,开了二十多年了,汤头很鲜。', '返回顶部', ''].join('\n')
    expect(findAll(parseIssue(input), 'signature')).toEqual([])
  })

  it('the author’s field alone in its brackets (【作者:赖全平】) names no staff: the signature, not a staff line', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n【作者:赖全平】\n`)
    expect(find(issue, 'signature')?.names).toEqual(['赖全平'])
    expect(findAll(issue, 'editorLine')).toEqual([])
  })

  it('the author’s credit under the site’s notice after the story still signs the story (d541)', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n免责声明:本文来自宁化在线新闻频道,不代表宁化在线的观点和立场。\n【作者:赖全平】 【责任编辑:茜茜】\n- 上一篇:宁化今年计划治理水土流失面积近十万亩\n`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'chrome', 'signature', 'editorLine'])
  })

  it('must not fire: a credit under the site’s notice with a story under it opens that story', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n免责声明:本文来自宁化在线新闻频道,不代表宁化在线的观点和立场。\n\n本报记者 赖全平\n\n本报讯 5月10日,我市召开第二次会议。\n`
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(2)
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('staff credits parted by bullets, as a new-media desk lists them (◆编辑:沙玉兰◆二审:曾淑花◆三审:魏礼军)', () => {
    const bulleted = find(parseIssue(`${HEADLINE}\n${LEAD}\n◆编辑:沙玉兰◆二审:曾淑花◆三审:魏礼军\n`), 'editorLine')!
    expect(findAll(bulleted, 'credit').map((credit) => [credit.role, credit.names])).toEqual([['编辑', ['沙玉兰']], ['二审', ['曾淑花']], ['三审', ['魏礼军']]])
  })

  it('must not fire: bulleted names with no role, a court’s instances alone (二审:维持原判)', () => {
    expect(findAll(parseIssue(`${HEADLINE}\n${LEAD}\n◆沙玉兰◆曾淑花◆魏礼军\n`), 'editorLine')).toEqual([])
    expect(findAll(parseIssue(`${HEADLINE}\n${LEAD}\n◆二审:维持原判◆三审:发回重审\n`), 'editorLine')).toEqual([])
  })

  it('must not fire: fields naming no editor (来源: 天天天水网  作者: 杨璟), a sentence about an editor', () => {
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n来源: 天天天水网  作者: 杨璟`), 'editorLine')).toBeUndefined()
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n来源:本报记者采访,编辑:核实后刊发。`), 'editorLine')).toBeUndefined()
  })
})

describe('an interview’s question is no staff line', () => {
  it('记者：怎么做？ between the answers: text, no editor line, nothing read as interface', () => {
    const input = page('消化道癌发病率高', '本报记者 杨振东', '消化道癌是常见病，发病率高。', '记者：怎么做？', '卢忠生：消化道癌若要早发现，最有效的方法是做胃肠镜检查。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'intertitle')).toEqual([])
    expect(findAll(issue, 'paragraph').map((node) => toString(node))).toContain('记者：怎么做？')
    expectSource(input, issue)
  })

  it('still: 编辑:王五 打印 关闭 is the staff line, then the controls', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, '编辑:王五 打印 关闭'))
    expect(findAll(issue, 'editorLine')).toHaveLength(1)
    expect(findAll(issue, 'chrome')).toHaveLength(1)
  })
})

describe('the night’s editor in charge and the senior editor', () => {
  it('值班主任:李玮 and 编审:王学明 under the text: staff lines', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, '编辑:张铭', '值班主任:李玮', '编审:王学明'))
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map(fields))).toEqual([
      { role: '编辑', affiliation: undefined, names: ['张铭'] },
      { role: '值班主任', affiliation: undefined, names: ['李玮'] },
      { role: '编审', affiliation: undefined, names: ['王学明'] },
    ])
  })
})

describe('the desk’s staff glued after the last sentence (signature.ts splitStaffTail)', () => {
  it('…。(段福修) 编辑:何晓萌 责任编辑:赵雄 邹燮锦 |: the signature, then the staff line, the table’s bar with it', () => {
    const input = page(HEADLINE, LEAD, '合作社将收到的菜籽留出了一部分作为社员的分红。(段福修) 编辑:何晓萌 责任编辑:赵雄 邹燮锦 审核:杨先葵 |')
    const issue = parseIssue(input)
    const article = articles(issue)[0]!
    expect(find(article, 'signature')!.names).toEqual(['段福修'])
    expect(findAll(article, 'credit').filter((c) => c.role !== undefined).map(fields)).toEqual([
      { role: '编辑', affiliation: undefined, names: ['何晓萌'] },
      { role: '责任编辑', affiliation: undefined, names: ['赵雄', '邹燮锦'] },
      { role: '审核', affiliation: undefined, names: ['杨先葵'] },
    ])
    expect(types(article).slice(-3)).toEqual(['paragraph', 'signature', 'editorLine'])
    expectSource(input, issue)
  })

  it('…。编辑：王珏 审核：李军 with no one signing: the staff line closes the story', () => {
    const input = page(HEADLINE, LEAD, '会议要求各单位提高管理水平。编辑：王珏 审核：李军')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0]!).slice(-2)).toEqual(['paragraph', 'editorLine'])
    expectSource(input, issue)
  })

  it('must not fire: a desk’s word in the text after the last sentence, no colon (编辑部地址…, 编辑 王珏), or a colon with no one named', () => {
    for (const last of ['会议要求各单位提高管理水平。编辑部地址在市中心', '会议要求各单位提高管理水平。编辑 王珏', '会议要求各单位提高管理水平。编辑：']) {
      expect(findAll(parseIssue(page(HEADLINE, LEAD, last)), 'editorLine')).toEqual([])
    }
  })
})

describe('a staff role set alone over its names, as a site sets its fields in two cells (editor-line.ts readNamesUnderStaffLabel; d206, d95)', () => {
  const SIGNED = '12时45分,记者随110巡逻车赶到现场,只见一名男子瘫软在地上。(夏凡 余婷婷)'

  it('编辑: / 施袭森 under the story: the staff line, 编辑 施袭森, the story’s', () => {
    const input = [HEADLINE, LEAD, SIGNED, '编辑:', '施袭森', ''].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit')).map(fields)).toEqual([{ role: '编辑', affiliation: undefined, names: ['施袭森'] }])
    expect(findAll(articles(issue)[0]!, 'paragraph').map((p) => toString(p))).not.toContain('施袭森')
  })

  it('责任编辑 / 陈雪晔, the label without its colon: the staff line', () => {
    const issue = parseIssue([HEADLINE, LEAD, '责任编辑', '陈雪晔', ''].join('\n'))
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit')).map((c) => c.names)).toEqual([['陈雪晔']])
  })

  it('must not fire: words that are no names under the label, a blank line between, or 编辑 with no colon', () => {
    for (const lines of [['编辑:', '好的,我们马上改。'], ['编辑:', '', '施袭森'], ['编辑', '施袭森']]) {
      const issue = parseIssue([HEADLINE, LEAD, ...lines, ''].join('\n'))
      expect(findAll(issue, 'editorLine')).toEqual([])
    }
  })
})

describe('a row of credit fields whose staff roles the vocabulary does not know (editor-line.ts readCreditFields)', () => {
  const BODY = '据介绍，广场将于下周向市民开放，届时将举办系列文化活动。'
  const closing = (line: string) => {
    const input = page(HEADLINE, LEAD, BODY, line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return issue
  }
  const staff = (issue: ReturnType<typeof parseIssue>) => findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map(({ role, names }) => ({ role, names })))
  const signed = (issue: ReturnType<typeof parseIssue>) => findAll(issue, 'signature').flatMap((s) => s.names)

  it('策划：王军 统筹：刘强 closing a story: one staff line, its roles as printed', () => {
    const issue = closing('策划：王军 统筹：刘强')
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'paragraph', 'editorLine'])
    expect(staff(issue)).toEqual([{ role: '策划', names: ['王军'] }, { role: '统筹', names: ['刘强'] }])
  })

  it('一审：张伟 二审：李明 三审：王军, the three reviews, and 出品人：王军 监制：刘强、李明', () => {
    expect(staff(closing('一审：张伟 二审：李明 三审：王军')).map((c) => c.role)).toEqual(['一审', '二审', '三审'])
    expect(staff(closing('出品人：王军 监制：刘强、李明'))).toEqual([{ role: '出品人', names: ['王军'] }, { role: '监制', names: ['刘强', '李明'] }])
  })

  it('（文、图/黄乔 一审/涂道勇 二审/胡林 三审/邱国良）: the writer signs, the reviewers are staff (d632)', () => {
    const issue = closing('（文、图/黄乔 一审/涂道勇 二审/胡林 三审/邱国良）')
    expect(signed(issue)).toEqual(['黄乔'])
    expect(staff(issue)).toEqual([{ role: '一审', names: ['涂道勇'] }, { role: '二审', names: ['胡林'] }, { role: '三审', names: ['邱国良'] }])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
  })

  it('文字：刘强 策划：王军: the writer signs, the planner is staff; 文字：张伟 摄影：李明 both sign', () => {
    const issue = closing('文字：刘强 策划：王军')
    expect(signed(issue)).toEqual(['刘强'])
    expect(staff(issue)).toEqual([{ role: '策划', names: ['王军'] }])
    expect(signed(closing('文字：张伟 摄影：李明'))).toEqual(['张伟', '李明'])
  })

  it('a reporter’s role of the vocabulary is a writer’s: （记者/张伟 实习生/李明） signs the story', () => {
    const issue = closing('（记者/张伟 实习生/李明）')
    expect(signed(issue)).toEqual(['张伟', '李明'])
    expect(findAll(issue, 'editorLine')).toEqual([])
  })

  it('口述：王军 整理：刘强: the teller and the writer sign the story', () => {
    const issue = closing('口述：王军 整理：刘强')
    expect(signed(issue)).toEqual(['王军', '刘强'])
    expect(findAll(issue, 'editorLine')).toEqual([])
  })

  it('must not fire: a list of roles no paper employs — a cast, winners, a team, a court’s bench, a recipe, a scene, a contract (review 23)', () => {
    for (const line of [
      '导演：陈凯 主演：张伟 李明',
      '编剧：王军 导演：刘强 主演：张伟 李明',
      '一等奖：王军 二等奖：刘强、李明 三等奖：张伟、陈晨',
      '组长：王军 副组长：刘强 成员：李明、陈晨、赵丽',
      '主席：王军 副主席：刘强、李明',
      '审判长：王军 审判员：刘强 书记员：李明',
      '监制：陈凯 导演：张国强',
      '主料：牛肉 辅料：姜丝 调料：白糖',
      '作词：王军 作曲：刘强 演唱：李明',
      '配偶：李丽 长子：王军 次子：王强',
      '时间：上午 地点：广场',
      '主持人：王军 嘉宾：刘强',
      '原告：张某 被告：李某',
      '一审：维持原判 二审：改判',
      '甲方：张三 乙方：李四',
    ]) {
      const issue = closing(line)
      expect(findAll(issue, 'editorLine'), line).toEqual([])
      expect(findAll(articles(issue)[0]!, 'paragraph').map((p) => toString(p)).at(-1), line).toBe(line)
    }
  })

  it('must not fire inside a sentence the lines run on with (今年改造工程由 / 策划：王军 统筹：刘强 / 两位同志牵头推进。)', () => {
    const input = page(HEADLINE, '本报讯 5月9日，记者从市住建局获悉，今年改造工程由\n策划：王军 统筹：刘强\n两位同志牵头推进，确保年底完工。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine')).toEqual([])
    expectSource(input, issue)
  })

  it('must not fire: one field of an unknown role alone (监制：王军), which could be anything', () => {
    expect(findAll(closing('监制：王军'), 'editorLine')).toEqual([])
  })
})

describe('文图 and 图文 before a slash are the work, as 文/图 is (credits.ts MADE)', () => {
  it('文图/张伟 closing a story signs it with the name alone', () => {
    const input = page(HEADLINE, LEAD, '文图/张伟')
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature').flatMap((s) => s.names)).toEqual(['张伟'])
    expectSource(input, issue)
  })
})

describe('a staff or author field naming no one (编辑:互联网, 责任编辑:网络抓取, 作者:佚名): the site’s interface (names.ts namesNoOne)', () => {
  const BODY = '据介绍，广场将于下周向市民开放，届时将举办系列文化活动。'
  it('closing a story, alone or among the site’s fields: no staff line, no signature', () => {
    for (const line of ['编辑：互联网', '责任编辑：网络抓取', '编辑：佚名', '时间:2021-12-07 18:53:39    来源:网络整理    编辑:互联网', '作者：佚名']) {
      const input = page(HEADLINE, LEAD, BODY, line)
      const issue = parseIssue(input)
      expect(findAll(issue, 'editorLine'), line).toEqual([])
      // (作者:佚名 an author's credit naming no one: a signature with no names.)
      expect(findAll(issue, 'signature').flatMap((s) => s.names), line).toEqual([])
      expect(findAll(articles(issue)[0]!, 'paragraph'), line).toHaveLength(2)
      expectSource(input, issue)
    }
  })

  it('between the story’s lines it stays the story’s (摄影：佚名 under a photo’s line; 编辑：互联网 over 校对：李明) (review 23)', () => {
    const photo = parseIssue(page('老照片里的城市记忆', '上世纪五十年代的人民路。\n摄影：佚名\n这张照片由市档案馆提供，记录了当年人民路的街景。'))
    expect(types(photo)).toEqual(['article'])
    const staffed = parseIssue(page(HEADLINE, LEAD, BODY, '编辑：互联网\n校对：李明'))
    expect(types(staffed)).toEqual(['article'])
    expect(findAll(articles(staffed)[0]!, 'credit').map((c) => c.role)).toContain('校对')
  })

  it('作者：佚名 under a title is read as a named author’s line is, its credit naming no one (review 23)', () => {
    const text = (author: string) => page(`读书的意义\n作者：${author}\n读书，是与古今中外的智者对话。`, `坚持的力量\n作者：${author}\n水滴石穿，绳锯木断，坚持就是胜利。`)
    const shape = (input: string) => findAll(parseIssue(input), 'article').map((a) => types(a))
    expect(shape(text('佚名'))).toEqual(shape(text('张伟')))
    expect(findAll(parseIssue(text('佚名')), 'credit').flatMap((c) => c.names)).toEqual([])
  })

  it('still: a person’s name in the same fields (编辑：张伟, 作者：张伟)', () => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, BODY, '编辑：张伟')), 'editorLine')).toHaveLength(1)
    expect(findAll(parseIssue(page(HEADLINE, LEAD, BODY, '作者：张伟')), 'signature')).toHaveLength(1)
  })
})

describe('a desk’s staff listed a line each under a staff line, unknown roles too (editor-line.ts readCreditFields; d425)', () => {
  it('◆编辑:沙玉兰 / ◆二审:曾淑花 / ◆三审:魏礼军: three staff credits', () => {
    const input = page(HEADLINE, LEAD, '◆编辑:沙玉兰\n◆二审:曾淑花\n◆三审:魏礼军')
    const issue = parseIssue(input)
    expect(findAll(issue, 'credit').map((c) => c.role)).toEqual(['编辑', '二审', '三审'])
    expectSource(input, issue)
  })

  it('must not fire: a court’s instance under a staff line naming no one (编辑：张伟 / 二审：维持原判, 二审：王某某), nor one alone', () => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '编辑：张伟\n二审：维持原判')), 'credit').map((c) => c.role)).toEqual(['编辑'])
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '编辑：王芳\n二审：王某某')), 'credit').map((c) => c.role)).toEqual(['编辑'])
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '二审：李明')), 'editorLine')).toEqual([])
  })

  it('must not fire: a programme’s credit alone under the staff line (编辑：刘洋 / 总策划：王军 / 总导演：李明) (review 23)', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, '编辑：刘洋\n总策划：王军\n总导演：李明'))
    expect(findAll(issue, 'credit').map((c) => c.role)).toEqual(['编辑'])
  })
})

describe('staff fields parted by a semicolon, a comma or a bar, and a bar between a role and its names (a site’s page, a new-media post)', () => {
  it('责任编辑：张三；校对：李四 · 责任编辑：张三，校对：李四 · 编辑：张三 | 校对：李四: one staff line, two credits', () => {
    for (const line of ['责任编辑：张三；校对：李四', '责任编辑：张三，校对：李四', '编辑：张三 | 校对：李四', '编辑：张三｜校对：李四']) {
      const input = page(HEADLINE, LEAD, line)
      const issue = parseIssue(input)
      expect(findAll(issue, 'editorLine'), line).toHaveLength(1)
      expect(findAll(issue, 'credit').map((c) => [c.role, c.names]), line).toEqual([['责任编辑', ['张三']], ['校对', ['李四']]].map(([role, names]) => [line.startsWith('编辑') && role === '责任编辑' ? '编辑' : role, names]))
      expect(findAll(issue, 'paragraph')).toHaveLength(1)
      expectSource(input, issue)
    }
  })

  it('编辑：张三；审核：李四；监制：王五: a role the vocabulary does not list, after a listed one, past the semicolon too', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, '编辑：张三；审核：李四；监制：王五'))
    expect(findAll(issue, 'credit').map((c) => c.role)).toEqual(['编辑', '审核', '监制'])
  })

  it('编辑 | 李四: a bar between the role and the names', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, '编辑 | 李四'))
    expect(findAll(issue, 'credit').map((c) => [c.role, c.names])).toEqual([['编辑', ['李四']]])
  })

  it('parted by a slash, 丨 or an enumeration comma too; the issue’s and the desk’s editors (本期编辑, 文字编辑, 图片编辑)', () => {
    for (const line of ['编辑：刘伟丨校对：王芳', '编辑：刘伟 / 校对：王芳', '编辑：刘伟、校对：王芳', '本期编辑：刘伟；审核：王芳', '文字编辑：刘伟；图片编辑：王芳']) {
      const issue = parseIssue(page(HEADLINE, LEAD, line))
      expect(findAll(issue, 'credit').map((c) => c.names), line).toEqual([['刘伟'], ['王芳']])
    }
  })

  it('a compound surname’s four characters are a name there (责任编辑：欧阳明轩，校对：司马晓燕)', () => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '责任编辑：欧阳明轩，校对：司马晓燕')), 'credit').map((c) => c.names)).toEqual([['欧阳明轩'], ['司马晓燕']])
  })

  it('must not fire: a Q&A’s lines (编辑：凌晨两点；校对：三点。 / 记者：辛苦了。) (review 26)', () => {
    const issue = parseIssue(page('对话｜夜班编辑部', '记者：你们每天几点下班？', '编辑：凌晨两点；校对：三点。', '记者：辛苦了。'))
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('must not fire: a section’s head, a status after the bar or the colon (编辑 | 精雕细琢, 审核 | 通过, 审核：通过；校对：已完成) (review 26)', () => {
    for (const line of ['编辑 | 精雕细琢', '审核 | 通过', '审核：通过；校对：已完成', '编辑｜手记']) {
      expect(findAll(parseIssue(page(HEADLINE, LEAD, line, '公园管理处将对设施进行定期检查。')), 'editorLine'), line).toEqual([])
    }
  })

  it('must not fire: staff fields the text introduces or goes on after, or a table’s rows (review 26)', () => {
    const pages = [
      page(HEADLINE, LEAD, '当被问到各自负责什么时，两人分别写下：', '编辑：王强；校对：刘敏', '两人在这里已经一起工作了十年。'),
      page(HEADLINE, LEAD, '获奖名单如下：', '责任编辑：张三；校对：李四'),
      page(HEADLINE, '本报讯（记者 王明）5月9日，本报召开全体大会，宣布新一届编辑部负责人名单。', '主编：张三，责任编辑：李四，校对：王五', '大会要求全体采编人员以新的面貌投入工作。'),
      page(HEADLINE, LEAD, '职务 | 姓名\n编辑 | 张三\n校对 | 李四', '值班人员须提前十分钟到岗。'),
      page(HEADLINE, LEAD, '片尾字幕显示：', '总导演 | 张三\n编辑 | 李四\n摄像 | 王五', '全片共六集，每集50分钟。'),
    ]
    for (const input of pages) expect(findAll(parseIssue(input), 'editorLine'), input).toEqual([])
  })

  it('must not fire: names under one role parted by a comma (编辑：张三，李四), a table’s row of cells, a sentence with a semicolon', () => {
    const names = parseIssue(page(HEADLINE, LEAD, '编辑：张三，李四'))
    expect(findAll(names, 'credit').map((c) => [c.role, c.names])).toEqual([['编辑', ['张三', '李四']]])
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '姓名 | 单位 | 职务')), 'editorLine')).toEqual([])
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '编辑部认为：方案可行；校对工作仍需加强。')), 'editorLine')).toEqual([])
  })
})

describe('the page’s photographers under 本版摄影 on the line above (editor-line.ts STAFF_LABEL_ALONE; d753)', () => {
  it('本版摄影 / 蒋雨鸥 宋亚堃 胡小东 陈哲: one staff line, four names', () => {
    const input = page(HEADLINE, LEAD).replace(/\n$/, '\n本版摄影\n蒋雨鸥 宋亚堃 胡小东 陈哲\n')
    const issue = parseIssue(input)
    const lines = findAll(issue, 'editorLine')
    expect(lines.map((line) => findAll(line, 'credit').map(fields))).toEqual([[{ role: '本版摄影', affiliation: '本版', names: ['蒋雨鸥', '宋亚堃', '胡小东', '陈哲'] }]])
    expectSource(input, issue)
  })

  it('must not fire: a sentence under the label is no names', () => {
    const input = page(HEADLINE, LEAD).replace(/\n$/, '\n本版摄影\n记者深入一线拍摄了这组照片\n')
    expect(findAll(parseIssue(input), 'editorLine')).toEqual([])
  })
})

describe('the page’s editor in brackets with the page’s word, and more labels over names (editor-line.ts)', () => {
  it('（本版编辑 李强） closing the page is a staff line, no signature; 本版编辑 / 陈晨 too', () => {
    const bracket = parseIssue(page(HEADLINE, LEAD, '（本版编辑 李强）'))
    expect(findAll(bracket, 'signature')).toEqual([])
    expect(findAll(bracket, 'editorLine').map((line) => findAll(line, 'credit').map((c) => c.names))).toEqual([[['李强']]])
    const label = parseIssue(page(HEADLINE, LEAD).replace(/\n$/, '\n本版编辑\n陈晨\n'))
    expect(findAll(label, 'editorLine').map((line) => findAll(line, 'credit').map((c) => c.names))).toEqual([[['陈晨']]])
  })
})

describe('the chief editors and the desk’s juniors by their titles: 总编辑, 执行主编, 见习编辑, 责任校对, 文检', () => {
  const staffOf = (line: string) => findAll(parseIssue(page(HEADLINE, LEAD, line)), 'editorLine').flatMap((l) => findAll(l, 'credit').map((c) => [c.role, c.names]))

  it.each([
    ['总编辑：王芳', [['总编辑', ['王芳']]]],
    ['编辑:王芳 责任编辑:李强 总编辑:赵敏', [['编辑', ['王芳']], ['责任编辑', ['李强']], ['总编辑', ['赵敏']]]],
    ['主编：王芳 执行主编：李强', [['主编', ['王芳']], ['执行主编', ['李强']]]],
    ['编辑：王芳 见习编辑：李强', [['编辑', ['王芳']], ['见习编辑', ['李强']]]],
    ['责任校对：王芳', [['责任校对', ['王芳']]]],
    ['值班编委/张广 本版编辑/陈广江 美编/张新宇 文检/张一帅', [['值班编委', ['张广']], ['本版编辑', ['陈广江']], ['美编', ['张新宇']], ['文检', ['张一帅']]]],
  ])('%s: each a staff credit (a paragraph, or the title dropped from the line, before)', (line, staff) => {
    expect(staffOf(line)).toEqual(staff)
  })

  it('must not fire: 总编辑 in a sentence stays the sentence’s', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, '报社总编辑王芳表示，今年将继续推进媒体融合。'))
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toContain('报社总编辑王芳表示，今年将继续推进媒体融合。')
  })
})
