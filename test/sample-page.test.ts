/**
 * The seed page of 忻州日报, checked field by field against what a reader
 * of the printed page sees (written by hand, not derived from the parser).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  parseIssue,
  toString,
  type Article,
  type Credit,
  type Dateline,
  type List,
  type Node,
  type Parent,
} from '../src/index'

const input = readFileSync(join(__dirname, 'fixtures/pages/xinzhou-daily-page.txt'), 'utf8')
const issue = parseIssue(input)

interface Expected {
  headline: string
  subheadlines?: string[]
  byline?: { role: string; affiliation?: string; names: string[] }
  dateline?: { source: string; credit?: string[]; month: number; day: number; raw: string }
  paragraphs: number
  list?: { style: string; items: number }
  signature?: string
}

const expected: Expected[] = [
  {
    headline: '市委专题会议暨市疫情防控工作领导小组第四十二次会议召开',
    subheadlines: ['郑连生主持并讲话 朱晓东安排工作'],
    dateline: { source: '本报讯', credit: ['杨峰雷'], month: 5, day: 9, raw: '5月9日' },
    paragraphs: 4,
  },
  {
    headline: '省脱贫攻坚工作成效考核二〇一九年度',
    subheadlines: ['郑连生主持并讲话 朱晓东提出要求'],
    dateline: { source: '本报讯', credit: ['杨峰雷'], month: 5, day: 9, raw: '5月9日' },
    paragraphs: 3,
    list: { style: '一是', items: 6 },
  },
  {
    headline: '我市组织收看全省红十字系统“公共卫生、全民健康”推进工作视频会议',
    dateline: { source: '本报讯', credit: ['徐国华'], month: 5, day: 8, raw: '5月8日' },
    paragraphs: 2,
  },
  {
    headline: '全市核酸检测实验室建设会议召开',
    dateline: { source: '本报讯', credit: ['徐国华'], month: 5, day: 8, raw: '5月8日' },
    paragraphs: 4,
  },
  {
    headline: '忻州师范学院新校区(一期)项目管理有限公司成立',
    dateline: { source: '本报讯', month: 5, day: 10, raw: '5月10日' },
    paragraphs: 4,
    signature: '张晔',
  },
  {
    headline: '省5G专班现场协调督导组来我市调研',
    dateline: { source: '本报讯', month: 5, day: 9, raw: '5月9日' },
    paragraphs: 3,
    list: { style: '一是', items: 5 },
    signature: '刘鑫林',
  },
  {
    headline: '我市5G基建服务专班召开第一次会议',
    dateline: { source: '本报讯', month: 5, day: 9, raw: '5月9日' },
    paragraphs: 3,
    signature: '刘鑫林',
  },
  {
    headline: '小职员发挥大作用',
    subheadlines: ['——记忻府区市政工程服务中心王敏和他的同事们'],
    byline: { role: '本报记者', affiliation: '本报', names: ['张建国'] },
    paragraphs: 3,
  },
]

const articles = issue.children.filter((node): node is Article => node.type === 'article')
const childrenOf = (article: Article, type: string) => article.children.filter((node) => node.type === type)

function all(node: Node, type: string, out: Node[] = []): Node[] {
  if (node.type === type) out.push(node)
  if ('children' in node) for (const child of (node as Parent).children) all(child as Node, type, out)
  return out
}

describe('xinzhou-daily-page', () => {
  it('has the masthead, 8 articles and the editor line, in page order; the last story keeps its photo caption', () => {
    expect(issue.children.map((node) => node.type)).toEqual([
      'masthead',
      'article',
      'article',
      'article',
      'article',
      'article',
      'article',
      'editorLine',
      'article',
      'article',
    ])
    const masthead = issue.children[0]!
    expect(masthead.type === 'masthead' && masthead.paper).toBe('忻州日报')
    expect(toString(masthead)).toBe('忻州日报 忻州在线')
    // The caption stands 3 blank lines under the street-light story and names its subject (拆除路灯).
    const last = articles[7]!
    expect(last.children.at(-1)!.type).toBe('caption')
    expect(toString(last.children.at(-1))).toBe('图为工人们正在拆除路灯')
    expect(issue.data.diagnostics).toEqual([])
  })

  it('reads the editor line as a credit of 本版', () => {
    const line = issue.children.find((node) => node.type === 'editorLine')!
    const credits = all(line, 'credit') as Credit[]
    expect(credits.map(({ role, affiliation, names }) => ({ role, affiliation, names }))).toEqual([
      { role: '本版责编', affiliation: '本版', names: ['鲁明强'] },
    ])
  })

  expected.forEach((want, i) => {
    describe(`article ${i + 1}: ${want.headline}`, () => {
      const article = articles[i]!

      it('has its heading group', () => {
        expect(childrenOf(article, 'kicker')).toEqual([])
        expect(childrenOf(article, 'headline').map(toString)).toEqual([want.headline])
        expect(childrenOf(article, 'subheadline').map(toString)).toEqual(want.subheadlines ?? [])
        const first = article.children.findIndex((node) => node.type === 'paragraph')
        expect(article.children.slice(0, first).every((n) => n.type !== 'paragraph')).toBe(true)
      })

      it('has its byline', () => {
        const credits = childrenOf(article, 'byline').flatMap((b) => all(b, 'credit')) as Credit[]
        expect(credits.map(({ role, affiliation, names }) => ({ role, affiliation, names }))).toEqual(
          want.byline ? [{ affiliation: undefined, ...want.byline }] : [],
        )
      })

      it('has its dateline at the start of the first paragraph', () => {
        const datelines = all(article, 'dateline') as Dateline[]
        if (!want.dateline) return expect(datelines).toEqual([])
        expect(datelines).toHaveLength(1)
        const dateline = datelines[0]!
        const firstParagraph = childrenOf(article, 'paragraph')[0] as Parent
        expect(firstParagraph.children[0]).toBe(dateline)
        expect(dateline.source).toBe(want.dateline.source)
        expect(dateline.place).toBeUndefined()
        expect(dateline.date).toEqual({ month: want.dateline.month, day: want.dateline.day, raw: want.dateline.raw })
        const credits = (all(dateline, 'credit') as Credit[]).map((c) => ({ role: c.role, names: c.names }))
        expect(credits).toEqual(want.dateline.credit ? [{ role: '记者', names: want.dateline.credit }] : [])
      })

      it(`has ${want.paragraphs} paragraphs`, () => {
        expect(childrenOf(article, 'paragraph')).toHaveLength(want.paragraphs)
      })

      it('has its lists', () => {
        const lists = all(article, 'list') as List[]
        if (!want.list) return expect(lists).toEqual([])
        expect(lists).toHaveLength(1)
        expect(lists[0]!.style).toBe(want.list.style)
        expect(lists[0]!.children.map((item) => item.ordinal)).toEqual(
          Array.from({ length: want.list.items }, (_, k) => k + 1),
        )
      })

      it('ends with its signature', () => {
        const signatures = childrenOf(article, 'signature')
        if (!want.signature) return expect(signatures).toEqual([])
        expect(article.children.at(-1)).toEqual(expect.objectContaining({ type: 'signature', names: [want.signature] }))
      })
    })
  })

  it('re-joins paragraphs broken by layout, mid-word', () => {
    const text = articles.map((a) => childrenOf(a, 'paragraph').map(toString).join('\n')).join('\n')
    expect(text).toContain('严禁一切野外用火')
    expect(text).toContain('领导干部主动接访')
    expect(text).toContain('我市接着召开会议,贯彻落实省会议精神。')
    // …and never glues a headline to the text around it.
    const paragraphs = articles.flatMap((a) => childrenOf(a, 'paragraph').map(toString))
    for (const want of expected) {
      for (const heading of [want.headline, ...(want.subheadlines ?? [])]) {
        expect(paragraphs.filter((p) => p.startsWith(heading) || p.endsWith(heading))).toEqual([])
      }
    }
  })

  it('carries a list across a layout break', () => {
    const list = (all(articles[5]!, 'list') as List[])[0]!
    const last = list.children.at(-1)!
    expect(last.marker).toBe('五是')
    expect(last.children.some((node) => node.type === 'layoutBreak')).toBe(true)
    expect(toString(last)).toMatch(/^五是要学习借鉴其他省市开展5G建设的先进经验/)
  })

  it('spot-checks positions against the original text', () => {
    const dateline = all(articles[0]!, 'dateline')[0]!
    expect(dateline.position.start).toEqual({ line: 11, column: 1, offset: input.indexOf('本报讯') })
    expect(input.slice(dateline.position.start.offset, dateline.position.end.offset)).toBe('本报讯 (记者杨峰雷)')
    const byline = childrenOf(articles[7]!, 'byline')[0]!
    expect(byline.position.start.line).toBe(109)
    expect(input.slice(byline.position.start.offset, byline.position.end.offset)).toBe('本报记者 张建国')
    const signature = childrenOf(articles[4]!, 'signature')[0]!
    expect(input.slice(signature.position.start.offset, signature.position.end.offset)).toBe('(张晔)')
    const caption = articles[7]!.children.at(-1)!
    expect(articles[7]!.position.end).toEqual(caption.position.end)
    expect(caption.position.start).toEqual({ line: 119, column: 1, offset: input.lastIndexOf('图为') })
  })
})
