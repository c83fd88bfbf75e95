/**
 * Intertitles (小标题): one to four short lines straight under each other,
 * between finished paragraphs of an article, set apart as the page sets its
 * paragraphs apart — by blank lines, or one paragraph per line.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, findAll, page, types } from '../helpers/tree'

const HEADLINE = '数字经济赋能乡村振兴'
const LEAD = '本报讯 5月9日，全市数字经济工作推进会召开。'
const P1 = '会议指出，要搭建平台，汇聚各方力量。'
const P2 = '会议要求，要加大人才引进力度。'

/** A page of one paragraph per line, no blank lines. */
const lines = (...rows: string[]) => `${rows.join('\n')}\n`

const intertitles = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return { issue, article: articles(issue)[0]!, texts: findAll(issue, 'intertitle').map((n) => toString(n)) }
}

describe('intertitles: where they fire', () => {
  it('one-line intertitles between blank-line paragraphs', () => {
    const { issue, article, texts } = intertitles(page(HEADLINE, LEAD, '搭建平台聚合力', P1, '人才引育添活力', P2))
    expect(types(issue)).toEqual(['article'])
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['搭建平台聚合力', '人才引育添活力'])
    expect(findAll(article, 'paragraph').map((p) => toString(p))).toEqual([LEAD, P1, P2])
  })

  it('a two-line intertitle on a blank-line page: one node with a layout break', () => {
    const { article, texts } = intertitles(page(HEADLINE, LEAD, '以精细化运营\n激活增量与存量市场', P1))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(types(findAll(article, 'intertitle')[0])).toEqual(['text', 'layoutBreak', 'text'])
    expect(texts).toEqual(['以精细化运营激活增量与存量市场'])
  })

  it('a four-line intertitle', () => {
    const { article, texts } = intertitles(page(HEADLINE, LEAD, '以精细化运营\n激活增量\n与存量市场\n打造新引擎', P1))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['以精细化运营激活增量与存量市场打造新引擎'])
  })

  it('one-line intertitles on a page of one paragraph per line', () => {
    const { article, texts } = intertitles(lines(HEADLINE, LEAD, '搭建平台聚合力', P1, '人才引育添活力', P2))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['搭建平台聚合力', '人才引育添活力'])
  })

  it('a two-line intertitle on a page of one paragraph per line', () => {
    const { article, texts } = intertitles(lines(HEADLINE, LEAD, '以精细化运营', '激活增量与存量市场', P1))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['以精细化运营激活增量与存量市场'])
  })

  it('记者手记 set apart by blank lines is an intertitle, not a credit', () => {
    const body = '走进乡村，记者看到数字经济正在改变农民的生活。'
    const { issue, article, texts } = intertitles(page(HEADLINE, LEAD, '记者手记', body))
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual(['记者手记'])
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
  })

  it('an intertitle ending in —— may hold a comma: 政策赋能，解开束缚转化的“细绳子”——', () => {
    const title = '政策赋能，解开束缚转化的“细绳子”——'
    const { article, texts } = intertitles(
      page('科技成果转化提速', '本报讯 5月9日，全省科技成果转化工作会召开。', title, '会议指出，要完善科技成果转化政策。'),
    )
    expect(types(article)).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(texts).toEqual([title])
  })
})

describe('intertitles: where they must not fire', () => {
  it('a short broken piece with text straight under it, on a blank-line page', () => {
    const { article, texts } = intertitles(page(HEADLINE, LEAD, '会议指出要搭建平台\n汇聚各方力量。', P2))
    expect(texts).toEqual([])
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph'])
    const broken = findAll(article, 'paragraph')[1]!
    expect(types(broken)).toEqual(['text', 'layoutBreak', 'text'])
    expect(toString(broken)).toBe('会议指出要搭建平台汇聚各方力量。')
  })

  it('a line with a comma inside and no —— is no intertitle', () => {
    const { texts } = intertitles(page(HEADLINE, LEAD, '政策赋能，解开束缚', P1))
    expect(texts).toEqual([])
  })

  it('a heading line followed by a dateline is a new article’s headline', () => {
    const { issue, texts } = intertitles(page(HEADLINE, LEAD, '人才引育添活力\n本报讯 5月10日，全市人才工作会议召开。'))
    expect(texts).toEqual([])
    expect(types(issue)).toEqual(['article', 'article'])
    const [, second] = articles(issue)
    expect(types(second)).toEqual(['headline', 'paragraph'])
    expect(toString(second!.children[0])).toBe('人才引育添活力')
  })

  it('short lines at the end of an article, with no body after them', () => {
    const { texts } = intertitles(page(HEADLINE, LEAD, P1, '忻府区\n原平市\n定襄县'))
    expect(texts).toEqual([])
  })

  // parser bug: in a run of six table cells on a one-paragraph-per-line page,
  // the first two stand alone as paragraphs but the last four (定襄县 / 五台县 /
  // 代县 / 繁峙县) are returned as one four-line intertitle, because only they
  // have body text after them. Table cells are never an intertitle.
  it('table cells (short lines in a row) between paragraphs of a one-per-line page', () => {
    const input = lines(
      HEADLINE,
      '本报讯 5月9日，全市数字经济工作推进会召开。各县区报送了一季度数字经济发展数据。',
      '会议指出，要搭建平台，汇聚各方力量，推动数字经济和实体经济深度融合。',
      '忻府区',
      '原平市',
      '定襄县',
      '五台县',
      '代县',
      '繁峙县',
      '会议要求，要加大人才引进力度，为数字经济发展提供人才支撑。',
    )
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'intertitle')).toEqual([])
  })

  // parser bug: a table's header and a row (地区 / 产值（亿元） / 增速 /
  // 忻府区 / 125.3 / 8.2%) — the last four cells come back as the intertitle
  // 增速忻府区125.38.2%, numbers and all.
  it('table cells with numbers between paragraphs of a one-per-line page', () => {
    const input = lines(
      HEADLINE,
      '本报讯 5月9日，全市数字经济工作推进会召开。各县区报送了一季度数字经济发展数据。',
      '会议指出，要搭建平台，汇聚各方力量，推动数字经济和实体经济深度融合。',
      '地区',
      '产值（亿元）',
      '增速',
      '忻府区',
      '125.3',
      '8.2%',
      '会议要求，要加大人才引进力度，为数字经济发展提供人才支撑。',
    )
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})

describe('intertitles: after a signed paragraph', () => {
  // Found by the line-shuffling property: the signature closes the article
  // while the short line is being weighed as its intertitle.
  it('a short line after a signature heads the next article', () => {
    const input = page(HEADLINE, LEAD, `${P1}(张晔)`, '搭建平台聚合力', P2)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['article', 'article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph', 'signature'])
    expect(types(articles(issue)[1])).toEqual(['headline', 'paragraph'])
    expect(toString(findAll(articles(issue)[1]!, 'headline')[0]!)).toBe('搭建平台聚合力')
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})
