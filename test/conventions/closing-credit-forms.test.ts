/**
 * Closing credits and staff lines in the forms the issue's unseen texts
 * showed: an unlisted outlet before the role, the work after padded names,
 * 整理, the work first, a credit after the last sentence without brackets;
 * staff lines with roles the vocabulary does not list.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

const HEAD = ['夜间经济点亮城市', '本报讯 夏日时节，我国多个城市先后有序开放夜间经济。']
const signature = (last: string) => find(parseIssue(page(...HEAD, last)), 'signature')

describe('closing credits: where they fire', () => {
  it('（ 玉溪日报全媒体记者  熊长青  文/图） on its own line', () => {
    const input = page(...HEAD, '夜间经济发展势头正劲。', '（ 玉溪日报全媒体记者  熊长青  文/图）')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')).toMatchObject({ names: ['熊长青'], role: '玉溪日报全媒体记者' })
    expectSource(input, issue)
  })

  it('（记者 杨海彤 整理）: compiled by, not a name', () => {
    expect(signature('夜间经济发展势头正劲。（记者 杨海彤 整理）')!.names).toEqual(['杨海彤'])
  })

  it('…。本报记者 李银刚 整理 at the end of the last line, no brackets', () => {
    const input = page(...HEAD, '夜间经济发展势头正劲。本报记者 李银刚 整理')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['李银刚'])
    expectSource(input, issue)
  })

  it('文/图 本报记者 窦阳 as the last line: the work first', () => {
    expect(signature('文/图 本报记者 窦阳')!.names).toEqual(['窦阳'])
  })

  it('（赵磊明 曹剑 文/图） after the last sentence: the names, then what they made as one word', () => {
    const input = page(...HEAD, '面对记者的镜头，一位大婶依然乱吐瓜子壳。（赵磊明 曹剑 文/图）')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')).toMatchObject({ names: ['赵磊明', '曹剑'], role: '文/图' })
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
    expect(signature('夜间经济发展势头正劲。（赵磊明、曹剑 图/文）')).toMatchObject({ names: ['赵磊明', '曹剑'], role: '图/文' })
  })
})

describe('reporters’ credits one after another after the last sentence (signature.ts splitTrailingCredits)', () => {
  it('…外来务工人员。记者 胡龙召 通讯员 王晓杰: the signature, all their names', () => {
    const input = page(...HEAD, '在桐照，目前很多渔民都是来自省外的外来务工人员。记者 胡龙召 通讯员 王晓杰')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['胡龙召', '王晓杰'])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })

  it('must not fire: words that read as no names (记者 会答问), credits after a quote', () => {
    expect(signature('夜间经济发展势头正劲。记者 会答问 通讯员 王五')).toBeUndefined()
    expect(signature('“夜间经济发展势头正劲。”记者 张三 通讯员 李四')).toBeUndefined()
  })
})

describe('closing credits: where they must not fire', () => {
  it('（综合 文/图）, （资料 文/图）, （新华社 文/图）: no one’s names before the works', () => {
    for (const last of ['夜间经济发展势头正劲。（综合 文/图）', '夜间经济发展势头正劲。（资料 文/图）', '夜间经济发展势头正劲。（新华社 文/图）']) {
      expect(signature(last)).toBeUndefined()
    }
  })

  it('（张  晔） stays names alone, padded', () => {
    expect(signature('夜间经济发展势头正劲。（张  晔）')!.names).toEqual(['张晔'])
  })

  it('a sentence naming a reporter after the last full stop is no credit without a role', () => {
    expect(signature('夜间经济发展势头正劲。李银刚说完就走了')).toBeUndefined()
  })

  it('a credit inside the last sentence is no signature (记者李银刚整理了材料。)', () => {
    expect(signature('夜间经济发展势头正劲，本报记者李银刚整理了相关材料。')).toBeUndefined()
  })
})

describe('staff lines with roles the vocabulary does not list', () => {
  const staff = (line: string) =>
    findAll(parseIssue(page(...HEAD, line)), 'editorLine').flatMap((l) => findAll(l, 'credit').map((c) => [c.role, c.names]))

  it('编辑:张三 美编:李四 组版:王五', () => {
    expect(staff('编辑:张三 美编:李四 组版:王五')).toEqual([
      ['编辑', ['张三']],
      ['美编', ['李四']],
      ['组版', ['王五']],
    ])
  })

  it('an unlisted role after a listed one: 责任编辑：张三 监制：李四', () => {
    expect(staff('责任编辑：张三 监制：李四')).toEqual([
      ['责任编辑', ['张三']],
      ['监制', ['李四']],
    ])
  })

  it('值班编委：张三', () => {
    expect(staff('值班编委：张三')).toEqual([['值班编委', ['张三']]])
  })

  it('NOT an unlisted role alone (策划：张三 stays text: nothing says it is staff)', () => {
    expect(staff('策划：张三')).toEqual([])
  })

  it('NOT a sentence with a colon after a staff credit (编辑：张三 他说：好)', () => {
    expect(staff('编辑：张三 他说：很好的一次活动')).toEqual([])
  })
})

describe('摄影 set apart before a reporter’s role, closing photo news', () => {
  it('■摄影 记者 王 蓉 under the text: the signature, 王蓉', () => {
    const issue = parseIssue('水乡开渔礼\n昨天，文旅消费季启动仪式在嘉兴举行。\n■摄影 记者 王 蓉\n')
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王蓉']])
  })
})

/** The signature's names of a credit line set straight under the story's last line (no blank line between). */
const namesUnderLastLine = (line: string) => {
  const input = `${HEAD.join('\n')}\n${line}\n`
  const issue = parseIssue(input)
  expectSource(input, issue)
  return find(issue, 'signature')?.names
}

describe('a photographer’s credit with a slash between the role and the name (d416)', () => {
  it.each([['株洲日报全媒体记者/刘平 摄', ['刘平']], ['记者/刘平 摄', ['刘平']]])('%s straight under the story’s last line: its signature', (line, names) => {
    expect(namesUnderLastLine(line)).toEqual(names)
  })

  it('must not fire: a bulleted caption with such a credit keeps its bullet apart, no signature', () => {
    const input = page(...HEAD, '• ◀井盖破损处插上了树枝。 记者/刘平 摄')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((c) => c.children.length > 0)).toEqual([true])
    expect(find(issue, 'chrome')).toBeDefined()
  })
})

describe('photographers by their contributor’s title (d517, d533)', () => {
  it.each([['(特约摄影师 张玉峰)', ['张玉峰']], ['特约摄影 史云平 摄', ['史云平']]])('%s closing the story: its signature', (line, names) => {
    expect(namesUnderLastLine(line)).toEqual(names)
  })

  it('must not fire: 摄影师 in the story’s sentence stays text', () => {
    const issue = parseIssue(page(...HEAD, '摄影师张玉峰说,这里的景色四季不同。'))
    expect(find(issue, 'signature')).toBeUndefined()
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

describe('a paper naming itself by its kind alone before its reporter’s role (d539)', () => {
  it.each([['晚报记者 梁耀华', ['梁耀华']], ['晨报记者梁耀华 通讯员潘明明', ['梁耀华', '潘明明']]])('%s under the story: its signature, the paper no name', (line, names) => {
    expect(namesUnderLastLine(line)).toEqual(names)
  })

  it('must not fire: 晚报记者 as a lead’s subject stays text', () => {
    const issue = parseIssue(page(...HEAD, '晚报记者从市教育局获悉,今年全市新建学校30所。'))
    expect(find(issue, 'signature')).toBeUndefined()
  })
})


describe('a site’s author field over credits with roles of their own', () => {
  it('作者： 记者 汤江峰  通讯员 王小玲 under the text: the signature, both names', () => {
    expect(signature('作者： 记者 汤江峰  通讯员 王小玲')?.names).toEqual(['汤江峰', '王小玲'])
  })

  it('作者：记者 汤江峰 通讯员 王小玲 under the title: the byline, each credit its role', () => {
    const credits = findAll(find(parseIssue(page('两个“10”的故事', '作者：记者 汤江峰 通讯员 王小玲', '10岁男孩的脑袋里长了个肿瘤，头痛欲裂。')), 'byline')!, 'credit')
    expect(credits.map(({ role, names }) => ({ role, names }))).toEqual([{ role: '记者', names: ['汤江峰'] }, { role: '通讯员', names: ['王小玲'] }])
  })

  it('来源: 浙江日报  作者: 记者 潘虹 under the text: the source note and the credit, no new article titled 来源', () => {
    const input = page(...HEAD, '来源: 浙江日报  作者: 记者 潘虹 通讯员 余小平')
    const issue = parseIssue(input)
    expect(findAll(issue, 'article')).toHaveLength(1)
    expect(find(issue, 'sourceNote')).toBeDefined()
    expect(find(issue, 'signature')?.names).toEqual(['潘虹', '余小平'])
    expectSource(input, issue)
  })

  it('must not: 作者： over a sentence (作者：记者们连夜赶稿，…) is text', () => {
    expect(signature('作者：记者们连夜赶稿，第二天一早就见报了。')).toBeUndefined()
  })

  it('作者：刘伟（系市作协会员）: a note on the writer in brackets after the name — the signature under the text, the byline under the title', () => {
    expect(signature('作者：刘伟（系市作协会员）')?.names).toEqual(['刘伟'])
    const input = page('城市的记忆', '作者：张建国（渭南日报记者）', '老街的青石板上，留着几代人的脚印。')
    const issue = parseIssue(input)
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => c.names)).toEqual([['张建国']])
    expect(toString(find(issue, 'headline')!)).toBe('城市的记忆')
    expectSource(input, issue)
  })

  it('must not: a bracket with a sentence in it, or after a role that is no author’s field (记者：刘伟（实习）)', () => {
    expect(signature('作者：刘伟（系市作协会员。）')).toBeUndefined()
    expect(signature('记者：刘伟（实习）')).toBeUndefined()
  })

  it('must not: a photo’s note on where the person stands or what the photo is (作者：刘伟（左一）, （资料图）) (review 27)', () => {
    for (const line of ['作者：刘伟（左一）', '作者：刘伟（左）', '作者：刘伟（资料图）']) expect(signature(line), line).toBeUndefined()
  })
})

describe('a closing bracket’s name glued to the works it made, and the text compiled before the role (signature.ts, credits.ts workOpening; d265)', () => {
  it('（张晔文/图）: the name signs, as （张晔 文/图） does', () => {
    const input = page(...HEAD, '夜间经济发展势头正劲。', '（张晔文/图）')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')?.names).toEqual(['张晔'])
    expectSource(input, issue)
  })

  it('（文字整理/本报记者 陈蔚林）: the reporter who compiled the text signs', () => {
    expect(signature('（文字整理/本报记者 陈蔚林）')?.names).toEqual(['陈蔚林'])
  })

  it('must not fire: words glued to 文/图 that read as no name (（资料文/图）), nor 整理 alone before the slash', () => {
    expect(signature('（资料文/图）')).toBeUndefined()
    expect(signature('（整理/资料）')).toBeUndefined()
  })
})

describe('closing brackets of county papers: where they fire', () => {
  const LAST = '夜间经济发展势头正劲。'

  it('（王芳 文 李强 摄）: each name with its work, set apart by a space', () => {
    const input = page(...HEAD, `${LAST}（王芳 文 李强 摄）`)
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['王芳', '李强'])
    expect(findAll(issue, 'caption')).toEqual([])
    expectSource(input, issue)
  })

  it('（通讯员 李强 供稿）, （李强 供稿）: who supplied the copy, not a name', () => {
    expect(signature(`${LAST}（通讯员 李强 供稿）`)).toMatchObject({ names: ['李强'], role: '通讯员' })
    expect(signature(`${LAST}（李强 供稿）`)!.names).toEqual(['李强'])
  })

  it('（远安融媒 王芳 李强）, （恩施日报 王芳）: the outlet set apart before the names is no one’s name', () => {
    expect(signature(`${LAST}（远安融媒 王芳 李强）`)!.names).toEqual(['王芳', '李强'])
    expect(signature(`${LAST}（恩施日报 王芳）`)!.names).toEqual(['王芳'])
  })

  it('（记者 王芳 通讯员 李强）（责任编辑：赵敏）: the reporters’ bracket signs, the desk’s is the staff line', () => {
    for (const last of [`${LAST}（记者 王芳 通讯员 李强）（责任编辑：赵敏）`, '（记者 王芳 通讯员 李强）（责任编辑：赵敏）']) {
      const input = page(...HEAD, LAST, last)
      const issue = parseIssue(input)
      expect(find(issue, 'signature')!.names).toEqual(['王芳', '李强'])
      expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map((c) => [c.role, c.names]))).toEqual([['责任编辑', ['赵敏']]])
      expectSource(input, issue)
    }
  })
})

describe('closing brackets of county papers: where they must not fire', () => {
  it('（市教育局供稿）: an office supplied it, no one signs', () => {
    expect(signature('夜间经济发展势头正劲。（市教育局供稿）')).toBeUndefined()
  })

  it('（记者 王芳）（图为夜市一角）: a second bracket that names no staff leaves the line as printed', () => {
    const issue = parseIssue(page(...HEAD, '夜间经济发展势头正劲。（记者 王芳）（图为夜市一角）'))
    expect(findAll(issue, 'editorLine')).toEqual([])
  })

  it('（记者 王芳）（记者 李强）: two reporters’ brackets are no staff line', () => {
    const issue = parseIssue(page(...HEAD, '夜间经济发展势头正劲。（记者 王芳）（记者 李强）'))
    expect(findAll(issue, 'editorLine')).toEqual([])
  })
})
