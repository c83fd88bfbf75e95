/**
 * Conventions of the texts folded as parts (bu) and (bv) (d740–d748): newspaper text as archives,
 * databases and e-paper systems hold it (an archive's fields over a story, a page cited by its
 * date and paper, a blog's post meta over transcribed clippings), and the briefs of military and
 * unit papers (a unit's name over its news, correspondents credited by their names and 报道).
 * Made-up pages in those forms; each family with the cases where it must not fire.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, readChecked } from '../helpers/tree'

const LEAD = '本报讯 近日，市人武部组织民兵开展抢险救灾演练，全市三百余名民兵参加。'

describe('an archive’s page fields (page-header.ts)', () => {
  it('版面:头版 under a title is the page line, page 1, the title over it the headline', () => {
    const input = page('林彪元帅当选全国人民代表大会代表', '版面:头版', LEAD)
    const issue = readChecked(input)
    expect(find(issue, 'pageHeader')?.page).toBe(1)
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['林彪元帅当选全国人民代表大会代表'])
  })

  it('第3版() with its section left empty, and 1957年7月20日人民日报 第3版 citing the page by its date and paper, are page lines', () => {
    const issue = readChecked(page('1957年7月20日人民日报 第3版', '第3版()', '淮北发现新煤田', LEAD))
    const headers = findAll(issue, 'pageHeader')
    expect(headers.map((h) => h.page)).toEqual([3, 3])
    expect(headers[0]!.date).toMatchObject({ year: 1957, month: 7, day: 20 })
    expect(headers[0]!.paper).toBe('人民日报')
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['淮北发现新煤田'])
  })

  it('must not fire (review 34): sources cited date first one a line under 资料来源： are the story’s list, no page lines', () => {
    const issue = parseIssue(page('黄河岸边的记忆', '老人翻开发黄的剪报本，第一页贴着的正是那篇报道。', '资料来源：\n1957年7月20日人民日报 第3版\n1958年4月2日光明日报 第2版', '他说，这些剪报陪伴了他大半辈子。'))
    // (The list still parts the story, read as a title over its subtitle, as before the rule: an older fault.)
    expect(findAll(issue, 'pageHeader')).toHaveLength(0)
  })

  it('must not fire: 头版头条 (a column’s label) and a sentence citing the front page stay text', () => {
    expect(findAll(parseIssue(page('头版头条', '淮北发现新煤田', LEAD)), 'pageHeader')).toHaveLength(0)
    expect(findAll(parseIssue(page('淮北发现新煤田', '本报讯 这条消息刊登在1957年7月20日人民日报第3版。')), 'pageHeader')).toHaveLength(0)
  })
})

describe('correspondents credited by their names and 报道 after 本报讯 (datelines.ts reportingNames)', () => {
  it.each([
    ['本报讯 杨森、周志刚报道:7月中旬,甘肃省陇西县人武部组织民兵演练。', ['杨森', '周志刚'], 7],
    ['本报讯 尤英飞报道：8月上旬，河北省定兴县人武部将先进事迹融入征兵宣传。', ['尤英飞'], 8],
    ['本报讯 潘玉响 张高龙 报道：近日，安徽省固镇县人武部召开学生军训协调会。', ['潘玉响', '张高龙'], undefined],
    ['本报讯 杨森报道:3月中下旬,甘肃省陇西县人武部组织民兵演练。', ['杨森'], 3],
  ])('%s: the dateline’s credit, its role the printed 报道; the lead’s month read', (lead, names, month) => {
    const input = page('组织抢险救灾课目演练', lead)
    const dateline = find(readChecked(input), 'dateline')!
    expect(findAll(dateline, 'credit').map((c) => [c.role, c.names])).toEqual([['报道', names]])
    expect(dateline.date?.month).toBe(month)
    expect(dateline.date?.day).toBeUndefined()
  })

  it('must not fire: the lead’s own words (据报道, 有媒体报道) and a place before 报道 name no one', () => {
    for (const lead of ['本报讯 据报道:8月上旬,河北省定兴县人武部将先进事迹融入征兵宣传。', '本报讯 近日有媒体报道，河北省定兴县人武部开展征兵宣传。', '本报讯 北京报道：8月上旬，河北省定兴县人武部开展征兵宣传。']) {
      expect(findAll(parseIssue(page('抗疫先锋变身征兵大使', lead)), 'credit')).toHaveLength(0)
    }
  })

  it('must not fire: 9月底 and 5月初 date no dateline (a reader of d160 reads none); 中旬 alone is no date', () => {
    expect(find(parseIssue(page('东沙河展牌遭破坏', '晚报讯（记者 李帅）9月底，有市民反映东沙河沿岸的展牌遭到破坏。')), 'dateline')?.date).toBeUndefined()
    expect(find(parseIssue(page('东沙河展牌遭破坏', '晚报讯（记者 李帅）中旬以来，有市民反映东沙河沿岸的展牌遭到破坏。')), 'dateline')?.date).toBeUndefined()
  })
})

describe('a unit’s name over its news is the kicker (heading-lines.ts UNIT_NAME)', () => {
  it('甘肃省陇西县人武部 / 组织抢险救灾课目演练: kicker and headline', () => {
    const issue = readChecked(page('甘肃省陇西县人武部\n组织抢险救灾课目演练', LEAD))
    expect(toString(find(issue, 'kicker')!)).toBe('甘肃省陇西县人武部')
    expect(toString(find(issue, 'headline')!)).toBe('组织抢险救灾课目演练')
  })

  it('must not fire: a title naming a unit in a sentence, or a subtitle’s dash under the unit, keeps headline over subheadline', () => {
    const sentence = readChecked(page('市人武部开展民兵整组\n全市三百余名民兵参加点验', LEAD))
    expect(toString(find(sentence, 'headline')!)).toBe('市人武部开展民兵整组')
    const dashed = readChecked(page('城南区人武部\n——记全国民兵工作先进单位', LEAD))
    expect(toString(find(dashed, 'headline')!)).toBe('城南区人武部')
  })
})

describe('a site’s block labels and the staff line a copy glued them to (chrome.ts SITE_BLOCK_LABELS, editor-line.ts)', () => {
  const story = (...tail: string[]) => `调研组赴云南开展工作\n\n${LEAD}\n\n${tail.join('\n')}\n`

  it('(编辑:李华)最新新闻 / 专题 / 更多>>: the editor line, then the site’s labels', () => {
    const input = story('(编辑:李华)最新新闻', '专题', '更多>>')
    const issue = readChecked(input)
    expect(findAll(issue, 'editorLine').flatMap((e) => findAll(e, 'credit').map((c) => [c.role, c.names]))).toEqual([['编辑', ['李华']]])
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toEqual(['最新新闻', '专题', '更多>>'])
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it('must not fire: a bracket opening with the editor’s role over a story’s words, or a label in a sentence', () => {
    expect(findAll(parseIssue(story('(编辑:李华)最新新闻报道显示，全市民兵整组工作已经完成。')), 'chrome')).toHaveLength(0)
    expect(findAll(parseIssue(story('更多新闻请关注本报客户端。')), 'chrome')).toHaveLength(0)
  })
})

describe('a blog’s post meta under its title is its stamp (stamp.ts DATE_POST_COUNTS)', () => {
  it.each(['2016年05月12日 历史老照片 暂无评论 阅读 114 次', '2019-03-08 3 条评论 浏览 56 次', '2016年05月12日 阅读 114 次'])('%s: a stamp, dated', (meta) => {
    const input = page('解放前夕的报纸旧闻', meta, LEAD)
    const issue = readChecked(input)
    expect(find(issue, 'stamp')?.date?.year).toBeGreaterThan(2000)
    expect(findAll(issue, 'subheadline')).toHaveLength(0)
    expectSource(input, issue)
  })

  it('must not fire: a date with a reading’s count in a sentence, or with no count, is no stamp', () => {
    expect(findAll(parseIssue(page('解放前夕的报纸旧闻', '2016年05月12日 市民到馆阅读 114 次以上', LEAD)), 'stamp')).toHaveLength(0)
  })
})

describe('an ordinal after an ellipsis opens its item (lists.ts ELLIPSIS_MARKS)', () => {
  it('……(一)…(二)…(三)…, as a transcription leaves out what stood between: one list of three', () => {
    const issue = parseIssue(page('城防固若金汤', '(本报讯)警备司令报告各种情形。……(一)城防工事构筑……预定十月间完成。(二)平抑物价方面:成立经济检查队。(三)治安方面:加强巡逻。'))
    expect(findAll(issue, 'list').map((l) => [l.style, l.children.length])).toEqual([['(一)', 3]])
    expect(articles(issue)).toHaveLength(1)
  })

  it('must not fire: one marker after an ellipsis makes no list', () => {
    expect(findAll(parseIssue(page('城防固若金汤', '(本报讯)警备司令报告各种情形……(一)城防工事构筑预定十月间完成。')), 'list')).toHaveLength(0)
  })
})
