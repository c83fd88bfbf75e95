import { describe, expect, it } from 'vitest'
import { outline } from '../src/outline'
import type { Credit, DateNode, Diagnostic, Issue, Node, Position, Text } from '../src/types'

const position: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
const text = (value: string): Text => ({ type: 'text', value, position })
const credit = (value: string, role: string, names: string[], affiliation?: string): Credit => ({
  type: 'credit',
  value,
  role,
  names,
  ...(affiliation ? { affiliation } : {}),
  position,
})
const date = (value: string, month: number, day: number): DateNode => ({ type: 'date', value, month, day, position })
const diagnostic: Diagnostic = { code: 'orphan-text', message: 'x', position }

function issue(
  children: Issue['children'],
  diagnostics: Diagnostic[] = [],
  script: Issue['data']['script'] = 'simplified',
): Issue {
  return { type: 'issue', children, data: { diagnostics, script }, position }
}

describe('outline', () => {
  it('prints only the diagnostics count for an empty issue', () => {
    expect(outline(issue([]))).toBe('0 diagnostics')
    expect(outline(issue([], [diagnostic]))).toBe('1 diagnostic')
  })

  it('says when the page was read as traditional script', () => {
    expect(outline(issue([], [], 'traditional'))).toBe('script: traditional\n0 diagnostics')
  })

  it('formats every kind of node', () => {
    const tree = issue(
      [
        { type: 'masthead', paper: '忻州日报', children: [text('忻州日报 忻州在线')], position },
        {
          type: 'pageHeader',
          page: 1,
          section: '要闻',
          date: { year: 2020, month: 5, day: 10, raw: '2020年5月10日' },
          children: [text('01版:要闻')],
          position,
        },
        {
          type: 'article',
          position,
          children: [
            { type: 'kicker', children: [text('坚决打赢疫情防控阻击战')], position },
            { type: 'headline', children: [text('市委专题会议'), { type: 'layoutBreak', value: '\n', position }, text('召开')], position },
            { type: 'subheadline', children: [text('郑连生主持并讲话\u3000朱晓东安排工作')], position },
            { type: 'byline', children: [credit('本报记者 张建国', '本报记者', ['张建国'], '本报')], position },
            {
              type: 'paragraph',
              position,
              children: [
                {
                  type: 'dateline',
                  source: '本报',
                  place: '北京',
                  date: { month: 5, day: 9, raw: '5月9日' },
                  children: [text('本报北京'), date('5月9日', 5, 9), text('电 ('), credit('记者杨峰雷', '记者', ['杨峰雷']), text(')')],
                  position,
                },
                text('会议要求,'),
              ],
            },
            {
              type: 'paragraph',
              position,
              children: [
                text('要求:'),
                {
                  type: 'list',
                  style: '一是',
                  position,
                  children: ['一是', '二是'].map((marker, i) => ({
                    type: 'listItem' as const,
                    ordinal: i + 1,
                    marker,
                    children: [text(marker + '要抓好。')],
                    position,
                  })),
                },
              ],
            },
            { type: 'signature', value: '(张晔 刘鑫林)', names: ['张晔', '刘鑫林'], position },
            { type: 'caption', children: [text('图为会议现场')], position },
          ],
        },
        { type: 'article', children: [{ type: 'paragraph', children: [text('只有正文')], position }], position },
        { type: 'editorLine', children: [text('本版责编:'), credit('鲁明强', '本版责编', ['鲁明强'], '本版')], position },
        { type: 'editorLine', children: [text('校对 某某')], position },
        { type: 'jumpLine', direction: 'to', page: 2, children: [text('(下转第2版)')], position },
        { type: 'jumpLine', direction: 'from', children: [text('(上接第一版)')], position },
        { type: 'caption', children: [text('图为工人们正在拆除路灯')], position },
        { type: 'paragraph', children: [text('一二三四五六七八九十一二三四五六七八九十超出部分')], position },
      ],
      [diagnostic, diagnostic],
    )
    expect(outline(tree)).toBe(
      [
        '忻州日报',
        'page header: page 1 · 要闻 · 2020年5月10日',
        '1. 市委专题会议召开',
        '   kicker: 坚决打赢疫情防控阻击战',
        '   sub: 郑连生主持并讲话 朱晓东安排工作',
        '   byline: 本报记者 张建国',
        '   dateline: 本报 · 北京 · 5月9日 · 记者 杨峰雷',
        '   2 paragraphs',
        '   list 一是: 2 items (一是 二是)',
        '   signature: 张晔、刘鑫林',
        '   caption: 图为会议现场',
        '2. (no headline)',
        '   1 paragraph',
        'editor line: 本版责编 鲁明强',
        'editor line: 校对 某某',
        'jump line: to page 2',
        'jump line: from: (上接第一版)',
        'caption: 图为工人们正在拆除路灯',
        'paragraph: 一二三四五六七八九十一二三四五六七八九十…',
        '2 diagnostics',
      ].join('\n'),
    )
  })

  it('lists node types it does not know (extensions) by type and text', () => {
    const weather = { type: 'weather', children: [text('晴 15~28℃')], position } as unknown as Node
    const tree = issue([weather as Issue['children'][number]])
    expect(outline(tree)).toBe('weather: 晴 15~28℃\n0 diagnostics')
  })

  it('shows a date without numbers by its printed form, and elides long marker runs', () => {
    const markers = Array.from({ length: 12 }, (_, i) => `第${i + 1}`)
    const tree = issue([
      {
        type: 'article',
        position,
        children: [
          { type: 'headline', children: [text('标题')], position },
          {
            type: 'paragraph',
            position,
            children: [
              { type: 'dateline', source: '新华社', date: { raw: '日前' }, children: [text('新华社')], position },
              {
                type: 'list',
                style: '第一',
                position,
                children: markers.map((marker, i) => ({ type: 'listItem' as const, ordinal: i + 1, marker, children: [], position })),
              },
            ],
          },
        ],
      },
    ])
    const lines = outline(tree).split('\n')
    expect(lines).toContain('   dateline: 新华社 · 日前')
    expect(lines).toContain('   list 第一: 12 items (第1 第2 第3 第4 第5 第6 第7 第8 第9 第10 …)')
  })

  it('sums up web interface lines in one line, and shows stamps, tables and sidebars', () => {
    const node = (type: string, value: string, extra: object = {}) => ({ type, ...extra, children: [text(value)], position }) as never
    const tree = issue([
      {
        type: 'article',
        children: [
          node('headline', '【許金山案】法官完成引導'),
          node('stamp', '2018-09-19 11:05', { date: { year: 2018, month: 9, day: 19, raw: '2018-09-19' } }),
          node('chrome', '列印'),
          node('chrome', '文字大小'),
          node('chrome', '仲細D都得'),
          node('paragraph', '許金山案今於高等法院再續。'),
          {
            type: 'table',
            children: [
              { type: 'tableRow', children: [node('tableCell', '公司名称'), node('tableCell', '上会日期')], position },
              { type: 'tableRow', children: [node('tableCell', '杭州高特'), node('tableCell', '2026/1/13')], position },
            ],
            position,
          } as never,
        ],
        position,
      },
    ])
    expect(outline(tree).split('\n')).toEqual([
      '1. 【許金山案】法官完成引導',
      '   1 paragraph',
      '   stamp: 2018年9月19日',
      '   web interface: 3 lines (列印 · 文字大小 …)',
      '   table: 2 rows × 2 columns (公司名称 | 上会日期)',
      '0 diagnostics',
    ])
  })
})
