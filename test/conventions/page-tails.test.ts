/**
 * The links a web page prints under its story, the last lines of the text
 * (相关推荐; 熱圖一覽 / 高清圖集賞析; 爱问(iAsk.com) / 不支持Flash; ####): short,
 * no sentence in them, after the story's last sentence. They are chrome,
 * not the story's last paragraph nor a new story's title; and where they
 * must not fire: a closing credit, names alone, a copy cut after a
 * character, a paragraph that does not end its sentence above them.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, findAll, page } from '../helpers/tree'

const HEADLINE = '小区物业一走 居民生活乱了套'
const BODY = ['“小区物业走了，垃圾成堆。”近日，网友向本报报料。', '记者昨日来到小区，看到垃圾已经堆满了路边。']

/** The site's stamp under the title: the page is a web copy. */
const STAMP = '2019-03-18 23:59 来源:南国今报'

const read = (...tail: string[]) => {
  const input = page(`${HEADLINE}\n${STAMP}`, ...BODY, ...tail)
  const issue = parseIssue(input)
  expectSource(input, issue)
  return {
    articles: articles(issue).length,
    paragraphs: findAll(issue, 'paragraph').map((p) => toString(p)),
    chrome: findAll(issue, 'chrome').map((c) => toString(c)),
    signatures: findAll(issue, 'signature').map((s) => s.names),
  }
}

describe('links under the story', () => {
  it.each([
    [['相关推荐']],
    [['熱圖一覽', '高清圖集賞析']],
    [['爱问(iAsk.com)', '不支持Flash']],
    [['####']],
    [['华侨报新闻']],
    [['详细>>精彩推荐', '版权所有 © 2019 南国今报']],
  ])('%j: chrome, the story keeps its two paragraphs', (tail) => {
    const { articles, paragraphs, chrome } = read(...tail)
    expect(articles).toBe(1)
    expect(paragraphs).toEqual(BODY)
    expect(chrome).toEqual(expect.arrayContaining(tail))
  })
})

describe('links under the story: where they must not fire', () => {
  it.each([
    ['(许来伟)', ['许来伟']],
    ['(记者 王心 通讯员 叁科)', ['王心', '叁科']],
    ['齐晓兵 范红霞', ['齐晓兵', '范红霞']],
  ])('%s is the closing credit', (line, names) => {
    const { paragraphs, chrome, signatures } = read(line)
    expect(chrome).toEqual([])
    expect(paragraphs).toEqual(BODY)
    expect(signatures.flat()).toEqual(names)
  })

  it.each([['收入 | 支出 | 结余'], ['2026/1/13']])('%s, a table’s row or a number, is the story’s data', (line) => {
    expect(read(line).chrome).toEqual([])
  })

  it('a last line of a character or two is where the copy was cut: text', () => {
    expect(read('僑').chrome).toEqual([])
  })

  it('a short line under a paragraph that does not end its sentence goes on with it', () => {
    const input = page(HEADLINE, BODY[0]!, '记者昨日来到小区，看到', '垃圾堆满了路边')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })

  it('on a page that is no web copy (no interface, no stamp), a short last line is the story’s: 欢迎广大市民踊跃参加', () => {
    const input = page(HEADLINE, ...BODY, '欢迎广大市民踊跃参加')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })

  it('more than three short lines at the end are the story’s, not links', () => {
    expect(read('风雨过后', '彩虹满天', '人心向暖', '岁月长安').chrome).toEqual([])
  })

  it('a sentence, however short, is text: 谢谢。', () => {
    expect(read('谢谢大家。').chrome).toEqual([])
  })
})

describe('what a site prints under a story its editor closed', () => {
  const STORY = '於今日中午時份，司警接報消防局通知指出，青洲新馬路青翠樓附近有火警。\n司警指出，較早前有市民發現上述地點街道上有紙皮著火。\n(編輯:陳嘉俊)'

  it('the editor’s line in brackets closes the story: the same text printed again is a second untitled story', () => {
    const issue = parseIssue(`${STORY}\n${STORY}`)
    expect(articles(issue)).toHaveLength(2)
    expect(articles(issue).map((a) => findAll(a, 'paragraph').length)).toEqual([2, 2])
  })

  it('a list of other stories’ titles under it, however long, is the site’s', () => {
    const titles = ['苦主遍全國 官方介入處理', '地盤浮雕走紅 逾500人求拜師', '戰場熱成像反制效果受質疑', '增速分化加劇 經濟大省承壓前行', '大削關稅減少對美依賴']
    const issue = parseIssue(`${STAMP}\n${STORY}\n${titles.join('\n')}`)
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toEqual(titles)
    expect(articles(issue)).toHaveLength(1)
  })

  it.each(['上一篇:父亲节网友“晾”礼物“晒”父爱', '下一篇:101路公车客多拥挤 市民盼望增开班次', '热点图片', '- 头条新闻', '最新专题'])('%s is the site’s', (line) => {
    expect(read(line).chrome).toContain(line)
  })

  it('must not fire: an editor’s line without brackets (编辑:陈嘉俊) does not close the story for text after it', () => {
    const issue = parseIssue(page(HEADLINE, BODY[0]!, '编辑:陈嘉俊', BODY[1]!))
    expect(articles(issue)).toHaveLength(1)
  })
})
