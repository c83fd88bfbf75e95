/**
 * Ordinal lists run into a paragraph: 一是…二是…, 一要…, 第一、…, 首先…其次…,
 * (一)…(二)…. A marker opens an item only at a clause start, in a run
 * 1, 2, 3… of its family, with items that are not trivially short.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Issue, List } from '../../src/index'
import { expectSource, find, findAll, page, types } from '../helpers/tree'

/** An article whose second paragraph is `body`. */
const article = (body: string) =>
  page('省5G专班现场协调督导组来我市调研', '本报讯 5月9日,省5G专班现场协调督导组来到我市调研。', body)

const items = (list: List) => list.children.map((item) => [item.ordinal, item.marker, toString(item)])

/** The paragraph holding `body`, parsed. */
function bodyOf(input: string, issue: Issue) {
  const paragraphs = findAll(issue, 'paragraph')
  expect(paragraphs).toHaveLength(2)
  expectSource(input, issue)
  return paragraphs[1]!
}

describe('lists: where they fire', () => {
  it('一是…二是…三是… after a colon', () => {
    const input = article(
      '督导组对我市下一步工作提出要求:一是要继续提高政治站位;二是要强化主动意识;三是要讲究方式方法。',
    )
    const issue = parseIssue(input)
    const paragraph = bodyOf(input, issue)
    expect(types(paragraph)).toEqual(['text', 'list'])
    expect(toString(paragraph.children[0])).toBe('督导组对我市下一步工作提出要求:')
    const list = find(paragraph, 'list')!
    expect(list.style).toBe('一是')
    expect(items(list)).toEqual([
      [1, '一是', '一是要继续提高政治站位;'],
      [2, '二是', '二是要强化主动意识;'],
      [3, '三是', '三是要讲究方式方法。'],
    ])
  })

  it('一是…二是… whose items run over several sentences', () => {
    const input = article(
      '郑连生指出,言必行,行必果。一是要在主观上找原因,提高思想自觉。思想是行动的先导。二是要从自身找原因,尽快补齐短板。三是要从主体上找不足,提升内生动力。',
    )
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(list.style).toBe('一是')
    expect(items(list)).toEqual([
      [1, '一是', '一是要在主观上找原因,提高思想自觉。思想是行动的先导。'],
      [2, '二是', '二是要从自身找原因,尽快补齐短板。'],
      [3, '三是', '三是要从主体上找不足,提升内生动力。'],
    ])
  })

  it('一要…二要…三要… after commas', () => {
    const input = article('会议强调,一要提高思想认识,二要压实工作责任,三要加强督导检查。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(list.style).toBe('一要')
    expect(items(list)).toEqual([
      [1, '一要', '一要提高思想认识,'],
      [2, '二要', '二要压实工作责任,'],
      [3, '三要', '三要加强督导检查。'],
    ])
  })

  it('第一、…第二、…', () => {
    const input = article('会议指出,第一、要提高政治站位;第二、要压实工作责任。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(list.style).toBe('第一')
    expect(items(list)).toEqual([
      [1, '第一', '第一、要提高政治站位;'],
      [2, '第二', '第二、要压实工作责任。'],
    ])
  })

  it('第一，…第二，…第三，… with full-width commas', () => {
    const input = article('会议指出，第一，要提高政治站位；第二，要压实工作责任；第三，要加强督导检查。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(list.style).toBe('第一')
    expect(items(list)).toEqual([
      [1, '第一', '第一，要提高政治站位；'],
      [2, '第二', '第二，要压实工作责任；'],
      [3, '第三', '第三，要加强督导检查。'],
    ])
  })

  it('首先…其次…最后…', () => {
    const input = article('范建民表示,首先要统一思想认识,其次要落实工作责任,最后要强化督查问效。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(list.style).toBe('首先')
    expect(items(list)).toEqual([
      [1, '首先', '首先要统一思想认识,'],
      [2, '其次', '其次要落实工作责任,'],
      [3, '最后', '最后要强化督查问效。'],
    ])
  })

  it('首先…最后… with no 其次', () => {
    const input = article('首先要统一思想,把思想统一到决策部署上来;最后要强化督查,确保各项工作落实到位。')
    const issue = parseIssue(input)
    const paragraph = bodyOf(input, issue)
    expect(types(paragraph)).toEqual(['list'])
    expect(items(find(paragraph, 'list')!).map(([ordinal, marker]) => [ordinal, marker])).toEqual([
      [1, '首先'],
      [2, '最后'],
    ])
  })

  it('(一)…(二)…(三)… in a paragraph', () => {
    const input = article('会议部署了三项工作:(一)加强组织领导;(二)强化督导检查;(三)严格追责问责。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(list.style).toBe('(一)')
    expect(items(list)).toEqual([
      [1, '(一)', '(一)加强组织领导;'],
      [2, '(二)', '(二)强化督导检查;'],
      [3, '(三)', '(三)严格追责问责。'],
    ])
  })

  it('（一）…（二）… with full-width brackets: the marker as printed', () => {
    const input = article('会议部署了两项工作：（一）加强组织领导；（二）强化督导检查。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(list.style).toBe('(一)')
    expect(items(list)).toEqual([
      [1, '（一）', '（一）加强组织领导；'],
      [2, '（二）', '（二）强化督导检查。'],
    ])
  })

  it('a list in the dateline paragraph itself', () => {
    const input = page('全市安全生产工作会议召开', '本报讯 5月9日,全市安全生产工作会议召开。会议要求:一是要提高认识;二是要压实责任。')
    const issue = parseIssue(input)
    const paragraph = find(issue, 'paragraph')!
    expect(types(paragraph)).toEqual(['dateline', 'text', 'date', 'text', 'list'])
    expect(items(find(paragraph, 'list')!)).toEqual([
      [1, '一是', '一是要提高认识;'],
      [2, '二是', '二是要压实责任。'],
    ])
    expectSource(input, issue)
  })

  it('a list whose paragraph is broken across blank lines, before and inside it', () => {
    const input = article(
      '通过实地调研和听取汇报,督导组对我市\n\n下一步工作提出要求:一是要继续提高政治站位;二是要强化主动意识;三是要学习借鉴\n\n其他省市开展5G建设的先进经验。',
    )
    const issue = parseIssue(input)
    const paragraph = bodyOf(input, issue)
    expect(types(paragraph)).toEqual(['text', 'layoutBreak', 'text', 'list'])
    const list = find(paragraph, 'list')!
    expect(items(list)).toEqual([
      [1, '一是', '一是要继续提高政治站位;'],
      [2, '二是', '二是要强化主动意识;'],
      [3, '三是', '三是要学习借鉴其他省市开展5G建设的先进经验。'],
    ])
    expect(types(list.children[2])).toEqual(['text', 'layoutBreak', 'text'])
  })

  it('a list broken by layout between two items', () => {
    const input = article('督导组提出要求:一是要继续提高政治站位;二是要强化主动意识;\n\n三是要讲究方式方法。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(items(list)).toEqual([
      [1, '一是', '一是要继续提高政治站位;'],
      [2, '二是', '二是要强化主动意识;'],
      [3, '三是', '三是要讲究方式方法。'],
    ])
  })

  it('a list whose items start on new lines (single line breaks)', () => {
    const input = article('会议要求,一是要提高认识,\n二是要压实责任。')
    const issue = parseIssue(input)
    const list = find(bodyOf(input, issue), 'list')!
    expect(items(list)).toEqual([
      [1, '一是', '一是要提高认识,'],
      [2, '二是', '二是要压实责任。'],
    ])
  })
})

describe('lists: where they must not fire', () => {
  const noList = (body: string) => {
    const input = article(body)
    const issue = parseIssue(input)
    const paragraph = bodyOf(input, issue)
    expect(findAll(paragraph, 'list')).toEqual([])
    expect(types(paragraph)).toEqual(['text'])
    expect(toString(paragraph)).toBe(body)
  }

  it('第一次会议 and 第一书记', () =>
    noList('我市5G基建服务专班召开第一次会议,驻村第一书记代表作了发言。'))

  it('第一书记 at a clause start, with 第二 after a comma', () => noList('村第一书记,第二书记都参加了会议。'))

  it('第一、第二名: an enumeration, not a list', () => noList('第一、第二名分别由忻府区代表队和原平市代表队获得。'))

  it('a lone 首先', () => noList('他表示,首先要统一思想,把思想和行动统一到决策部署上来。'))

  it('a lone 最后', () => noList('最后,他表示,要把各项工作抓实抓细。'))

  it('a lone 其次', () => noList('他说,其次是资金问题,也要一并解决。'))

  it('一是一、二是二: an idiom', () => noList('他说,干工作要一是一、二是二,来不得半点虚假。'))

  it('统一是… mid-clause', () => noList('大家认为,思想统一是前提,行动统一是关键。'))

  it('一是… then 三是…: not a run', () => noList('会议要求,一是要提高认识;三是要压实责任。'))

  it('markers with items too short to be items (fewer than two characters of content)', () => {
    noList('他说,一是,二是,都要抓好。')
    noList('他说,一是A,二是要抓好。')
    // Two characters are enough.
    const input = article('他说,一是要干,二是要快。')
    expect(items(find(bodyOf(input, parseIssue(input)), 'list')!)).toEqual([
      [1, '一是', '一是要干,'],
      [2, '二是', '二是要快。'],
    ])
  })

  it('第一,… then 第二次…: the second marker is not followed by 、 or ,', () =>
    noList('会议指出,第一,要提高认识。第二次会议将于下月召开。'))
})

describe('a 一是 list whose first marker is glued to the words announcing it (d536)', () => {
  it('今年的重点工作一是…;二是…;三是…: one list of three, the announcing words the paragraph’s', () => {
    const body = '他说:“今年的重点工作一是加强高标准农田建设,提升耕地质量;二是抓好春耕备耕生产和防灾减灾;三是加大农牧民培训力度。”'
    const input = article(body)
    const issue = parseIssue(input)
    expectSource(input, issue)
    const list = find(issue, 'list')!
    expect(list.children.map((item) => item.ordinal)).toEqual([1, 2, 3])
    expect(toString(list).startsWith('一是加强高标准农田建设')).toBe(true)
  })

  it('must not fire: a glued 一是 with one more item only, or in a word (统一是基础)', () => {
    expect(find(parseIssue(article('这项工作的意义一是提升效率;二是节约成本。')), 'list')).toBeUndefined()
    expect(find(parseIssue(article('思想统一是基础,行动统一是关键,步调一致是保障。')), 'list')).toBeUndefined()
  })
})
