/**
 * Credits that say what each name made, and the lines that carry them, as
 * the third and fourth held-out sets printed them: a name and its work
 * after a slash (黄梦如/文 程鹏/摄, 陈大春/文、摄), the work before the role or
 * the names (文/本报记者 徐瑞刚, 图/徐翔 牛红岩); a closing bracket on a line
 * of its own under the text; a site's row of fields naming the desk's
 * editor; a closing credit line set apart by a wide gap.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEAD = ['市领导调研媒体融合工作', '本报讯 9月4日，市人大常委会副主任在市融媒体中心调研。']
const signatures = (...lines: string[]) => findAll(parseIssue(page(...HEAD, ...lines)), 'signature')
/** The byline's credits of a line under a title, over a lead: [role, names] each. */
const bylineCredits = (line: string) => {
  const input = page('市领导调研媒体融合工作', line, '9月4日，市人大常委会副主任在市融媒体中心调研。')
  const issue = parseIssue(input)
  expectSource(input, issue)
  return findAll(find(issue, 'byline') ?? issue, 'credit').map((c) => [c.role, c.names])
}

describe('work credits: where they fire', () => {
  it('（记者 黄梦如/文 程鹏/摄） on its own line: the signature, both names', () => {
    const input = page(...HEAD, '（记者 黄梦如/文 程鹏/摄）')
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['黄梦如', '程鹏']])
    expectSource(input, issue)
  })

  it('an unlisted outlet before the role, and the work after each name: (九江日报记者 黄梦如/文 程鹏/摄)', () => {
    expect(signatures('(九江日报记者 黄梦如/文 程鹏/摄)')[0]!.names).toEqual(['黄梦如', '程鹏'])
  })

  it('several credits, the last names with their work: (全媒体记者 沈永亮 通讯员 郝勇君/文 路欣/图)', () => {
    expect(signatures('(全媒体记者 沈永亮 通讯员 郝勇君/文 路欣/图)')[0]!.names).toEqual(['沈永亮', '郝勇君', '路欣'])
  })

  it('one name with two works: （陈大春/文、摄）, after a whitespace line', () => {
    const input = page(...HEAD, '  ', '（陈大春/文、摄）')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(find(issue, 'signature')!.names).toEqual(['陈大春'])
  })

  it('the work before the role, and before the names with no role: 文/本报记者 徐瑞刚 / 图/徐翔 牛红岩 田雨 郭赟', () => {
    const found = signatures('文/本报记者 徐瑞刚', '图/徐翔 牛红岩 田雨 郭赟')
    expect(found.map((s) => s.names)).toEqual([['徐瑞刚'], ['徐翔', '牛红岩', '田雨', '郭赟']])
  })

  it('a closing bracket under untitled text closes it: one story, not a title over the site’s lines', () => {
    const input = page('9月4日，市人大常委会副主任在市融媒体中心调研。', '(九江日报记者 黄梦如/文 程鹏/摄)', '编辑:王嘉琪')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline')).toEqual([])
    expect(find(issue, 'signature')!.names).toEqual(['黄梦如', '程鹏'])
  })

  it('a credit line after a wide gap, with no text under it, closes the story above', () => {
    const input = [...HEAD, '', '', '', '南海网记者 吴侨宾 实习记者 赵建芝', ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(find(articles(issue)[0]!, 'signature')!.names).toEqual(['吴侨宾', '赵建芝'])
  })
})

describe('work credits: a paper’s short name after the work', () => {
  it('□文/半岛记者 景毅 图/半岛记者 刘延珉: the work, the paper’s short name, the role', () => {
    const issue = parseIssue(page('电商的"双11"求变之路', '□文/半岛记者 景毅 图/半岛记者 刘延珉', '本报讯 记者走访了多家电商仓库。'))
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => [c.affiliation, c.role, c.names])).toEqual([
      ['半岛', '半岛记者', ['景毅']],
      ['半岛', '半岛记者', ['刘延珉']],
    ])
  })

  it('must not fire: a wire dateline’s source and place (本报包头3月26日电 (记者 吕学先)) stay the dateline’s', () => {
    const dateline = find(parseIssue(page('包头市爆炸事故死亡人数增至5人', '本报包头3月26日电 (记者 吕学先 宋阿男)记者在发布会上获悉。')), 'dateline')!
    expect([dateline.source, dateline.place]).toEqual(['本报', '包头'])
  })
})

describe('work credits with a bar (a new-media post)', () => {
  it('文 | 张建国 under the title: the byline, the work its role', () => {
    const issue = parseIssue(page('城市的记忆', '文 | 张建国', '老街的青石板上，留着几代人的脚印。'))
    expect(findAll(find(issue, 'byline')!, 'credit').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '文', names: ['张建国'] }])
  })

  it('must not fire: no person after the bar (文 | 精雕细琢, 图 | 新华社), a caption’s word after 图片： (图片：夜景) (review 27)', () => {
    for (const line of ['文 | 精雕细琢', '图 | 新华社', '图片：夜景', '图片：活动现场']) expect(findAll(parseIssue(page('城市的记忆', line, '老街的青石板上，留着几代人的脚印。')), 'byline'), line).toEqual([])
  })
})

describe('work credits: where they must not fire', () => {
  it('a padded name is not cut at a work: （记者 李 宇/文）', () => {
    expect(signatures('（记者 李 宇/文）')[0]!.names).toEqual(['李宇'])
  })

  it('a slash to a place is a filing line, not a work: 〔記者陳嘉寧／桃園報導〕 stays the dateline', () => {
    const issue = parseIssue(page('桃園機場旅客創新高', '〔記者陳嘉寧／桃園報導〕桃園機場昨日旅客人數創新高。'))
    expect(find(issue, 'dateline')).toBeDefined()
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('a desk’s compiled report is no reporter’s credit: 【國際中心／綜合報導】', () => {
    const dateline = find(parseIssue(page('標題一行', '【國際中心／綜合報導】深圳推出新措施。')), 'dateline')!
    expect(findAll(dateline, 'credit')).toEqual([])
  })

  it('a closing bracket under a title, not under text, is no signature line: (本报记者 张三) there is the byline', () => {
    const issue = parseIssue(page('市领导调研媒体融合工作', '（本报记者 张三）', '本报讯 9月4日，市领导调研。'))
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('a bracketed aside under text stays text: （同比增长8.5%）', () => {
    expect(signatures('（同比增长8.5%）')).toEqual([])
  })
})

describe('site furniture around untitled and titled stories', () => {
  it('a site’s fields with the editor’s field at the end: the stamp and an editor line', () => {
    const input = ['柳州印象', '', '发布时间: 2013-08-05 12:16:57    来源: 鄂尔多斯日报    责任编辑: 何敏嘉', '', '柳州位于广西壮族自治区的中北部。', ''].join('\n')
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline')!)).toBe('柳州印象')
    expect(find(issue, 'stamp')).toBeDefined()
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map((c) => [c.role, c.names]))).toEqual([['责任编辑', ['何敏嘉']]])
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
    expectSource(input, issue)
  })

  it('the author’s names run to the next label, glued to the value before it: 来源:南海网作者:赵丽影 赵建芝 编辑:林妙展', () => {
    const input = ['2009年08月13日 14:57 来源:南海网作者:赵丽影 赵建芝 编辑:林妙展', '', '今天，南海网记者接到报料。', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'byline').flatMap((b) => findAll(b, 'credit').flatMap((c) => c.names))).toEqual(['赵丽影', '赵建芝'])
    expect(findAll(issue, 'editorLine')).toHaveLength(1)
  })

  it('an app’s name takes one line under it (its slogan), not the column’s title under that', () => {
    const issue = parseIssue(['报晓风客户端', '', '报知天下 晓通万家', '', '街拍', '', '有市民反映，天桥下的餐棚无人打理。', ''].join('\n'))
    expect(types(issue).slice(0, 2)).toEqual(['chrome', 'chrome'])
    expect(toString(find(issue, 'headline')!)).toBe('街拍')
  })

  it('an e-paper’s page turner, whatever is glued to it: PDF «上一版 下一版»本期共8版(1-2-3-4-5-6-7-8)', () => {
    const issue = parseIssue(page('PDF «上一版 下一版»本期共8版(1-2-3-4-5-6-7-8)', '绛县乡村振兴局正式挂牌成立', '本报讯 6月3日，绛县乡村振兴局正式挂牌成立。'))
    expect(types(issue)).toEqual(['chrome', 'article'])
    expect(toString(find(issue, 'headline')!)).toBe('绛县乡村振兴局正式挂牌成立')
  })

  it('must not fire: a field row naming no editor keeps its one stamp; a sentence with 编辑 in it is text', () => {
    const issue = parseIssue(['柳州印象', '', '发布时间: 2013-08-05 12:16:57    来源: 鄂尔多斯日报', '', '编辑:部门认为这项工作很重要。', ''].join('\n'))
    expect(findAll(issue, 'stamp')).toHaveLength(1)
    expect(findAll(issue, 'editorLine')).toEqual([])
  })

  it('must not fire: a sentence about the previous and next pages is text', () => {
    const issue = parseIssue(page('标题一行', '本报讯 读者可以翻到上一版和下一版，看到更多报道。'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('reporters’ work after their names, then the others’ credits', () => {
  const bylineCredits = (line: string) => {
    const input = page('五峰牛庄行', line, '8月17日一大早，我们一路向西。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    return findAll(issue, 'credit').map((c) => [c.role, c.names])
  }

  it('本报记者任浩 贺少雄 何凡 杨彩虹 杨淼/文 王康明/图: the reporters, then the photographer with his work', () => {
    expect(bylineCredits('本报记者任浩 贺少雄 何凡 杨彩虹 杨淼/文 王康明/图')).toEqual([
      ['本报记者', ['任浩', '贺少雄', '何凡', '杨彩虹', '杨淼']],
      ['图', ['王康明']],
    ])
  })

  it('must not fire: names after the role with no work stay the reporters’ (本报记者 张三 王五)', () => {
    expect(bylineCredits('本报记者 张三 王五')).toEqual([['本报记者', ['张三', '王五']]])
  })
})

describe('a name with its work, whatever the name (d259, 淇河晨报)', () => {
  const TITLE = '小区没人管了'
  const LEAD = '晨报讯 昨日，市民反映小区没人管了。'
  const bylines = (input: string) => findAll(parseIssue(input), 'byline').flatMap((b) => b.children.filter((c) => c.type === 'credit'))

  it('秦颖/文 张志嵩/图 under the title: the byline, each name with its work as its role', () => {
    expect(bylines(page(TITLE, `秦颖/文 张志嵩/图\n${LEAD}`)).map((c) => [c.role, c.names])).toEqual([
      ['文', ['秦颖']],
      ['图', ['张志嵩']],
    ])
  })

  it('张志嵩/图 alone on the line under the reporter’s byline: a byline too, not the story’s title', () => {
    const input = `□记者 秦颖/文\n张志嵩/图\n${LEAD}`
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline')).toEqual([])
    expect(bylines(input).map((c) => c.names)).toEqual([['秦颖'], ['张志嵩']])
    expectSource(input, issue)
  })

  it('d259: one story, its two credit lines its bylines', () => {
    const issue = parseIssue(readFileSync(new URL('../fixtures/corpus/d259.txt', import.meta.url), 'utf8'))
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'byline')).toHaveLength(2)
  })

  it('must not fire: words with a slash that are no name and its work (城市/文化, 上海/图书馆)', () => {
    for (const line of ['城市/文化', '上海/图书馆']) expect(bylines(page(TITLE, `${line}\n${LEAD}`)), line).toEqual([])
  })
})

describe('works listed before the slash, and the photographer after the report’s word', () => {
  it('文、图/王芳 under the title: the byline, the first work the role', () => {
    expect(bylineCredits('文、图/王芳')).toEqual([['文', ['王芳']]])
    expect(signatures('（文、图/王芳）').map((s) => s.names)).toEqual([['王芳']])
  })

  it('报导：王芳 摄影：李强: the reporter under the report’s word, then the photographer', () => {
    expect(bylineCredits('报导：王芳 摄影：李强')).toEqual([['报导', ['王芳']], ['摄影', ['李强']]])
  })

  it('must not fire: 文、图、视频 in a sentence, no slash after the works', () => {
    expect(find(parseIssue(page('市领导调研媒体融合工作', '文、图、视频等多种形式的作品参加了评选。')), 'byline')).toBeUndefined()
  })
})

describe('works set apart by a space alone, 撰文 a work, and the photographer after a reporter’s credit', () => {
  it('文 王芳 图 李强, 文 王芳 李强 图 赵敏: each work, a space, its names', () => {
    expect(bylineCredits('文 王芳 图 李强')).toEqual([['文', ['王芳']], ['图', ['李强']]])
    expect(bylineCredits('文 王芳 李强 图 赵敏')).toEqual([['文', ['王芳', '李强']], ['图', ['赵敏']]])
  })

  it('撰文：王芳 摄影：李强, 撰文 王芳 摄影 李强: the writer and the photographer (摄影 was read as staff)', () => {
    expect(bylineCredits('撰文：王芳 摄影：李强')).toEqual([['撰文', ['王芳']], ['摄影', ['李强']]])
    expect(bylineCredits('撰文 王芳 摄影 李强')).toEqual([['撰文', ['王芳']], ['摄影', ['李强']]])
    // (Before a role, as 文 is: the role is the credit's, 文：本报记者 王芳.)
    expect(bylineCredits('撰文：本报记者 王芳')).toEqual([['本报记者', ['王芳']]])
  })

  it('记者 王芳 摄影/李强, 记者 王芳 摄影 李强: the photographer after the reporter', () => {
    expect(bylineCredits('记者 王芳 摄影/李强')).toEqual([['记者', ['王芳']], ['摄影', ['李强']]])
    expect(bylineCredits('记者 王芳 摄影 李强')).toEqual([['记者', ['王芳']], ['摄影', ['李强']]])
  })

  it('采访：王芳 整理：李强: who interviewed and who wrote it up sign it, no staff', () => {
    expect(bylineCredits('采访：王芳 整理：李强')).toEqual([['采访', ['王芳']], ['整理', ['李强']]])
  })

  it('must not fire: one work and a name alone (文 王芳, 图 李强: two names, a caption’s words); 校对 after a reporter stays staff', () => {
    for (const line of ['文 王芳', '图 李强']) expect(bylineCredits(line), line).toEqual([])
    const issue = parseIssue(page('市领导调研媒体融合工作', '新京报记者 苏季 校对 李铭', '9月4日，市人大常委会副主任在市融媒体中心调研。'))
    expect(findAll(issue, 'editorLine').map((node) => toString(node))).toEqual(['校对 李铭'])
  })
})

describe('works set apart by a space alone in a closing bracket', () => {
  it('（记者 王芳 摄影 李强）, （记者 王芳 摄影/李强）, （文 王芳 图 李强）: the signature, every name', () => {
    expect(signatures('（记者 王芳 摄影 李强）').map((s) => s.names)).toEqual([['王芳', '李强']])
    expect(signatures('（记者 王芳 摄影/李强）').map((s) => s.names)).toEqual([['王芳', '李强']])
    expect(signatures('（文 王芳 图 李强）').map((s) => s.names)).toEqual([['王芳', '李强']])
  })

  it('must not fire: （记者 王芳 校对 李强） signs with the reporter, the proofreader staff', () => {
    const issue = parseIssue(page(...HEAD, '（记者 王芳 校对 李强）'))
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王芳']])
    expect(findAll(issue, 'editorLine')).toHaveLength(1)
  })
})

describe('names listed before 报道 in a byline', () => {
  it('本报记者 王芳、李强 报道: both names (the last was read as the place filed from)', () => {
    expect(bylineCredits('本报记者 王芳、李强 报道')).toEqual([['本报记者', ['王芳', '李强']]])
    expect(bylineCredits('记者 王芳,李强 报道')).toEqual([['记者', ['王芳', '李强']]])
  })

  it('must not fire: an unknown place set apart before 报道 stays the place (本报记者 李静 嘉兴报道)', () => {
    const input = page('市领导调研媒体融合工作', '本报记者 李静 嘉兴报道', '9月4日，市人大常委会副主任在市融媒体中心调研。')
    const credit = find(find(parseIssue(input), 'byline')!, 'credit')!
    expect([credit.names, credit.place]).toEqual([['李静'], '嘉兴'])
  })
})
