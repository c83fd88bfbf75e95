/**
 * Where the seventeenth session's rules must not fire, as review 24 found
 * them over-firing on made-up pages (each case read the old way before the
 * rules were narrowed): a separator between two stories, names before a
 * role glued to a word, an end mark before a glued staff line, a column of
 * briefs, words for news before 讯, places before 文/图.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

/** The paragraphs each article holds, as their first characters. */
const storyParagraphs = (input: string) => articles(parseIssue(input)).map((article) => findAll(article, 'paragraph').map((p) => toString(p).slice(0, 6)))

describe('a separator between two stories is no mark set into the first', () => {
  it('~~~~~~, ～～～, ……, a template’s fields, a tag between two dated stories: the second is no paragraph of the first', () => {
    for (const separator of ['~~~~~~', '～～～', '……', '{PAPERID=navigation_005001001, MONTH=12, PREBM=002, NUM=2}', '<span id="74psf"></span>']) {
      const input = page('县城新增充电桩50个', '本报讯（记者 王敏）今年以来，县城新增公共充电桩50个。', separator, '本报讯（记者 李强）5月9日，县人民医院开展义诊活动。')
      const first = articles(parseIssue(input))[0]!
      expect(findAll(first, 'paragraph').map((p) => toString(p).slice(0, 3))).toEqual(['本报讯'])
      expectSource(input, parseIssue(input))
    }
  })

  it('a closing bracket alone on its line, marks of emphasis, a closing quote: text, as before', () => {
    for (const line of ['）', '！！！', '”']) {
      expect(findAll(parseIssue(page('县城新增充电桩50个', '本报讯 今年以来，县城新增公共充电桩50个。', line)), 'chrome')).toEqual([])
    }
  })
})

describe('names before a role glued to a word stay the heading’s', () => {
  it('王毅 记者会答问, 周末 记者 王珏, 张华 李明 记者站站长: no byline of names alone', () => {
    for (const line of ['王毅 记者会答问', '周末 记者 王珏', '张华 李明 记者站站长', '张三 李四 记者 采访']) {
      const issue = parseIssue(page('两会外长记者会', line, '本报讯 5月9日，记者会在梅地亚中心举行。'))
      const unnamed = findAll(issue, 'credit').filter((credit) => credit.role === undefined)
      expect(unnamed).toEqual([])
    }
  })
})

describe('a staff line glued after an end mark, or after a brief in a column', () => {
  it('…。（未完待续） 编辑：王珏 审核：李军: the end mark, then the staff line; no signature', () => {
    for (const mark of ['（未完待续）', '（待续）', '（完）']) {
      const input = page('老周的剪纸人生', `本报讯 老周与剪纸结缘已经整整五十年。${mark} 编辑：王珏 审核：李军`)
      const issue = parseIssue(input)
      expect(find(issue, 'signature')).toBeUndefined()
      expect(types(articles(issue)[0]!).slice(-2)).toEqual(['endMark', 'editorLine'])
      expectSource(input, issue)
    }
  })

  it('a staff tail after the first brief of a column, more briefs under it: the column goes on, the tail stays in the text', () => {
    const input = page('新闻速递', '本报讯 县图书馆推出“书香进万家”活动，读者可在线预约借书。编辑：张红 审核：李伟', '本报讯 县文化馆举办书法展，展出作品百余幅。', '本报讯 县博物馆延长开放时间。')
    expect(storyParagraphs(input)).toEqual([['本报讯 县图', '本报讯 县文', '本报讯 县博']])
  })
})

describe('words for news and here-and-now before 讯, places before 文/图', () => {
  it('传来喜讯（记者…）, 闻讯(记者…), 本月1日讯, 我县6月7日讯, 今日上午讯: no dateline', () => {
    for (const lead of [
      '今日丽水传来喜讯（记者 吴丹 报道），中央文明委公布了名单。',
      '今日闻讯(记者 王五)赶来的市民在店门口排起长队。',
      '男队/女队双双传来喜讯(记者 王五 报道)，两队均获冠军。',
      '家属闻讯(记者 刘明 通讯员 赵亮)赶到医院。',
      '本月1日讯(记者 王五)全县开展安全检查。',
      '我县6月7日讯(记者 王五)全县开展安全检查。',
      '今日上午讯(记者 张敏)全县开展安全检查。',
    ]) {
      expect(findAll(parseIssue(page('全县开展安全检查', lead)), 'dateline')).toEqual([])
    }
  })

  it('（高新区 文/图）: a place before the works signs nothing', () => {
    expect(find(parseIssue(page('全县开展安全检查', '本报讯 全县开展安全检查。（高新区 文/图）')), 'signature')).toBeUndefined()
  })
})

describe('review 25: what the overseas papers’ rules must not read', () => {
  it('a topic before 综合报道 names no outlet (【两会综合报道】, 【世界杯综合报道】); a bracket cited mid-sentence is no dateline', () => {
    for (const lead of ['【两会综合报道】全国两会5日在北京开幕。', '【世界杯综合报道】阿根廷队昨晚夺冠。', '据【欧洲时报记者田皓雪子报道】,伦敦华人社区举行庆祝活动。']) {
      expect(findAll(parseIssue(page('全县开展安全检查', lead)), 'dateline')).toEqual([])
    }
  })

  it('a Wi-Fi notice’s account and password, a kicker asking to pass the story on, a question after a location label: text', () => {
    for (const line of ['账号:SmartCity 密码:12345678', '转发此文!', '您的位置 首页 之外还有什么']) {
      expect(findAll(parseIssue(page('全城免费WiFi上线', '本报讯 5月9日，全城免费WiFi正式上线。', line, '市民可在公共场所免费使用。')), 'chrome')).toEqual([])
    }
  })

  it('a credit under a brief’s one paragraph, the next brief titled under it: the brief’s signature, as before', () => {
    const input = page('市图书馆延长开放时间', '为满足市民阅读需求,市图书馆自本月起将闭馆时间延长至晚上九点。', '本报记者 李明', '城东社区老年食堂开张', '城东社区首家老年食堂昨日正式开业。', '社区负责人介绍,食堂每餐提供两荤两素。')
    expect(find(parseIssue(input), 'signature')?.names).toEqual(['李明'])
    expect(findAll(parseIssue(input), 'byline')).toEqual([])
  })
})
