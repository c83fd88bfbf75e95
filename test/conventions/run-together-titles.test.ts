/**
 * A heading group run together on one line (grammar/constructs/heading-group.ts
 * `runTogetherTitles`): clipping exports and some sites print 引题 主题 副题
 * on one line, set apart by spaces, longer than any one heading.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, page } from '../helpers/tree'

const TITLE = '深圳證實富源自外省引入尖子生源 廣東周五前普查「高考移民」 粵教育廳：最嚴重將吊銷辦學執照'
const LEAD = '香港文匯報訊（記者石華深圳報道）網上近日流傳出一份深圳市高三年級第二次模擬考試成績單。'

describe('run-together titles: where they fire', () => {
  it('a long spaced title line straight over the dateline is the headline', () => {
    const input = page(TITLE, LEAD)
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe(TITLE)
    expect(issue.data.diagnostics.map((d) => d.code)).not.toContain('orphan-text')
    expectSource(input, issue)
  })

  it('also under a clipping header', () => {
    const issue = parseIssue(['報章 | A20 |中國新聞', '字數: 1088 words', TITLE, '', LEAD].join('\n'))
    expect(toString(find(issue, 'headline'))).toBe(TITLE)
  })
})

describe('run-together titles: where they must not fire', () => {
  it('a long line with a full stop is a sentence, not a title', () => {
    const line = '深圳證實富源自外省引入尖子生源。 廣東周五前普查「高考移民」 粵教育廳表示最嚴重將吊銷辦學執照'
    expect(find(parseIssue(page(line, LEAD)), 'headline')).toBeUndefined()
  })

  it('a long line with no spaces is not several headings run together', () => {
    const line = '深圳證實富源自外省引入尖子生源廣東周五前普查「高考移民」粵教育廳：最嚴重將吊銷辦學執照'
    expect(find(parseIssue(page(line, LEAD)), 'headline')).toBeUndefined()
  })

  it('a long line not over a dateline stays text', () => {
    const input = page(TITLE, '網上近日流傳出一份深圳市高三年級第二次模擬考試成績單。')
    expect(find(parseIssue(input), 'headline')).toBeUndefined()
  })

  it('nor one straight under body text it could continue', () => {
    const input = ['網上近日流傳出一份深圳市高三年級第二次模擬考試成績單,讓人驚奇的是,', TITLE, LEAD].join('\n') + '\n'
    expect(find(parseIssue(input), 'headline')).toBeUndefined()
  })
})

describe('run-together titles in a copy spaced by a web page’s empty paragraphs', () => {
  const MORE = ['學生家長宋先生表示，深圳四大高中的錄取分數基本都在四百三十分左右。', '據知情人表示，衡水第一中學多名學生被深圳富源學校收去。']

  it('every line a blank line apart, the title two over its dateline: still the headline (it was text, the lead a story of its own)', () => {
    const input = ['報章 | A20 |中國新聞', '', '字數: 1088 words', '', TITLE, '', '', LEAD, '', MORE[0], '', MORE[1], ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe(TITLE)
    expectSource(input, issue)
  })

  it('must not fire: a closing bracket’s credit two blank lines over the next lead on such a page is no title', () => {
    const input = ['報章 | A20 |中國新聞', '', '字數: 1088 words', '', MORE[0], '', MORE[1], '', '', '（記者 張曄）', '', '', LEAD, '', MORE[0], ''].join('\n')
    expect(find(parseIssue(input), 'headline')).toBeUndefined()
  })

  it('must not fire: two blank lines over the dateline where the page sets its lines apart by none (a story’s end, the next one’s lead)', () => {
    const input = ['報章 | A20 |中國新聞', '字數: 1088 words', MORE[0], MORE[1], '', '', TITLE, '', '', LEAD, MORE[0], MORE[1], ''].join('\n')
    expect(find(parseIssue(input), 'headline')).toBeUndefined()
  })
})
