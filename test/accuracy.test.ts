/**
 * The accuracy bench's machinery (bench/accuracy.mjs, bench/extract.mjs,
 * bench/gold-score.mjs), not the parser's accuracy: every fixture has one
 * valid hand-written expectation (test/fixtures/expected/NAME.json) or gold
 * view (test/fixtures/gold/NAME.json) that states only printed text, every
 * corpus text has its provenance row, and the comparer scores hand-made trees
 * as it should. The accuracy reached is measured by `npm run accuracy`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { importBench } from './helpers/build'

interface FieldResult {
  field: string
  key: string
  expected: number
  got: number
  right: number
  missed: unknown[]
  extra: unknown[]
}
interface Score {
  expected: number
  got: number
  right: number
  results: FieldResult[]
}
interface AccuracyModule {
  validateExpectation(value: unknown): string[]
  compare(expectation: unknown, extracted: unknown): Score
}
interface ExtractModule {
  extract(tree: unknown): unknown
}
interface GoldScoreModule {
  validateGoldView(value: unknown): string[]
}

const fixtures = join(__dirname, 'fixtures')
const expectedDir = join(fixtures, 'expected')
const goldDir = join(fixtures, 'gold')
const texts = ['corpus', 'pages'].flatMap((sub) =>
  readdirSync(join(fixtures, sub))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ name: basename(file, '.txt'), path: join(fixtures, sub, file) })),
)

let accuracy: AccuracyModule
let extractor: ExtractModule
let goldScore: GoldScoreModule

beforeAll(async () => {
  accuracy = await importBench<AccuracyModule>('accuracy')
  extractor = await importBench<ExtractModule>('extract')
  goldScore = await importBench<GoldScoreModule>('gold-score')
}, 300_000)

/** Invisible characters, as the comparer ignores them. */
const squeeze = (s: string) => s.replace(/[\s\p{Cc}\p{Cf}\p{Co}\p{Z}]/gu, '')

/** Every string value of an expectation or gold view except the notes (and script, file), with its path. */
function strings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'notes' || key === 'script' || key === 'file' ? [] : strings(item, `${path}.${key}`),
    )
  return []
}

describe('expectations', () => {
  it('has fixtures', () => expect(texts.length).toBeGreaterThan(0))

  it('has no expectation or gold view without a fixture', () => {
    const names = new Set(texts.map((t) => t.name))
    const orphans = [expectedDir, goldDir].flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => basename(file, '.json'))
        .filter((name) => !names.has(name)),
    )
    expect(orphans).toEqual([])
  })

  for (const { name, path } of texts) {
    describe(name, () => {
      const expected = join(expectedDir, `${name}.json`)
      const gold = join(goldDir, `${name}.json`)

      it('has one expectation: a hand-written expectation or a gold view', () => {
        expect([existsSync(expected), existsSync(gold)].filter(Boolean), `${name}: expected/ or gold/`).toHaveLength(1)
      })

      if (existsSync(expected))
        it('has a valid expectation file', () => {
          const expectation = JSON.parse(readFileSync(expected, 'utf8'))
          expect(accuracy.validateExpectation(expectation)).toEqual([])
        })

      if (existsSync(gold))
        it('has a valid gold view of this text', () => {
          const view = JSON.parse(readFileSync(gold, 'utf8'))
          expect(goldScore.validateGoldView(view)).toEqual([])
          expect(view.file).toBe(basename(path))
        })

      it('states only text that is printed in the fixture', () => {
        const printed = squeeze(readFileSync(path, 'utf8'))
        const expectation = JSON.parse(readFileSync(existsSync(expected) ? expected : gold, 'utf8'))
        const absent = strings(expectation).filter(([, value]) => !printed.includes(squeeze(value)))
        expect(absent).toEqual([])
      })
    })
  }
})

describe('corpus provenance (test/fixtures/corpus/sources.tsv)', () => {
  const table = readFileSync(join(fixtures, 'corpus', 'sources.tsv'), 'utf8').trimEnd().split('\n')
  const columns = table[0]!.split('\t')
  const rows = table.slice(1).map((line) => line.split('\t'))

  it('has the columns file, origin, kind, traditional, outlet, verified, notes', () => {
    expect(columns).toEqual(['file', 'origin', 'kind', 'traditional', 'outlet', 'verified', 'notes'])
  })

  it('has one complete row for each corpus text, in order', () => {
    const files = texts.filter((t) => t.path.includes(`${join('fixtures', 'corpus')}`)).map((t) => basename(t.path))
    const byNumber = (a: string, b: string) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''))
    expect(rows.map((row) => row[0])).toEqual([...files].sort(byNumber))
    for (const row of rows) {
      expect(row, row[0]).toHaveLength(columns.length)
      expect(row.filter((cell) => cell.trim() === ''), row[0]).toEqual([])
      expect(['yes', 'no'], row[0]).toContain(row[3])
    }
  })
})

describe('validateExpectation', () => {
  const valid = { script: 'simplified', articles: [{ headline: '我市召开会议', paragraphs: 1 }] }

  it('accepts a minimal expectation', () => {
    expect(accuracy.validateExpectation(valid)).toEqual([])
  })

  it.each([
    ['a missing paragraphs', { script: 'simplified', articles: [{ headline: 'x' }] }],
    ['an unknown script', { ...valid, script: 'cantonese' }],
    ['null instead of an omitted key', { script: 'simplified', articles: [{ headline: 'x', kicker: null, paragraphs: 1 }] }],
    ['an empty array instead of an omitted key', { script: 'simplified', articles: [{ headline: 'x', captions: [], paragraphs: 1 }] }],
    ['a name with padding', { script: 'simplified', articles: [{ headline: 'x', bylines: [{ names: ['田 鹏'] }], paragraphs: 1 }] }],
    ['an unknown key', { script: 'simplified', articles: [{ headline: 'x', title: 'y', paragraphs: 1 }] }],
    ['a one-item list', { script: 'simplified', articles: [{ headline: 'x', lists: [{ style: '一是', items: 1 }], paragraphs: 1 }] }],
    ['a dateline without source', { script: 'simplified', articles: [{ headline: 'x', dateline: { place: '北京' }, paragraphs: 1 }] }],
    ['an empty root', { ...valid, root: {} }],
  ])('rejects %s', (_, value) => {
    expect(accuracy.validateExpectation(value).length).toBeGreaterThan(0)
  })
})

describe('validateGoldView', () => {
  const view = (articles: object[], captions: string[] = []) => ({ file: 'd01.txt', masthead: null, editorLines: [], captions, articles, notes: 'read by a test' })
  const article = { kicker: null, headline: '我市召开会议', subheadlines: [], byline: [], dateline: null, signature: [], lists: [], paragraphs: 1 }

  it('accepts a page of articles, and a page of photos with their captions and no story', () => {
    expect(goldScore.validateGoldView(view([article]))).toEqual([])
    expect(goldScore.validateGoldView(view([], ['图为工人们正在拆除路灯']))).toEqual([])
  })

  it('rejects a page with neither a story nor a caption', () => {
    expect(goldScore.validateGoldView(view([])).length).toBeGreaterThan(0)
  })
})

// Hand-made trees: only what extract() reads (no positions needed).
const text = (value: string) => ({ type: 'text', value })
const node = (type: string, value: string, extra: object = {}) => ({ type, ...extra, children: [text(value)] })
const issue = (...children: object[]) => ({ type: 'issue', data: { script: 'simplified', diagnostics: [] }, children })

describe('compare', () => {
  it('scores one right field and one wrong field', () => {
    const tree = issue({ type: 'article', children: [node('headline', '我市召开会议'), node('paragraph', '会议召开。')] })
    const expectation = { script: 'simplified', articles: [{ headline: '我市召开会议', paragraphs: 2 }] }
    const score = accuracy.compare(expectation, extractor.extract(tree))
    const headline = score.results.find((r) => r.key === 'headline')
    const paragraphs = score.results.find((r) => r.key === 'paragraphs')
    expect(headline).toMatchObject({ expected: 1, got: 1, right: 1, missed: [], extra: [] })
    expect(paragraphs).toMatchObject({ expected: 1, got: 1, right: 0, missed: [2], extra: [1] })
    // script + headline + paragraphs
    expect(score).toMatchObject({ expected: 3, got: 3, right: 2 })
  })

  it('reads credits, datelines, lists and the root, and ignores invisible characters', () => {
    const tree = issue(
      { type: 'masthead', paper: '忻州日报', children: [text('忻州日报 忻州在线')] },
      {
        type: 'article',
        children: [
          { type: 'headline', children: [text('小职员'), { type: 'layoutBreak', value: '\n' }, text('发挥大作用')] },
          { type: 'byline', children: [{ type: 'credit', role: '本报记者', affiliation: '本报', names: ['张建国'], value: '本报记者 张建国' }] },
          {
            type: 'paragraph',
            children: [
              {
                type: 'dateline',
                source: '本报讯',
                date: { month: 5, day: 9, raw: '5月9日' },
                children: [text('本报讯 ('), { type: 'credit', role: '记者', names: ['杨峰雷'], value: '记者杨峰雷' }, text(')')],
              },
              {
                type: 'list',
                style: '一是',
                children: [node('listItem', '一是要…', { ordinal: 1, marker: '一是' }), node('listItem', '二是要…', { ordinal: 2, marker: '二是' })],
              },
            ],
          },
          { type: 'signature', names: ['张晔'], value: '(张晔)' },
        ],
      },
      { type: 'editorLine', children: [{ type: 'credit', role: '本版责编', affiliation: '本版', names: ['鲁明强'], value: '本版责编:鲁明强' }] },
    )
    const expectation = {
      script: 'simplified',
      articles: [
        {
          headline: '小职员\n发挥大作用',
          bylines: [{ role: '本报记者', affiliation: '本报', names: ['张建国'] }],
          // the affiliation of a dateline credit is not compared when not stated
          dateline: { source: '本报讯', date: { month: 5, day: 9 }, credits: [{ role: '记者', names: ['杨峰雷'] }] },
          paragraphs: 1,
          lists: [{ style: '一是', items: 2 }],
          signature: { names: ['张晔'] },
        },
      ],
      root: { mastheads: ['忻州日报'], editorLines: [{ role: '本版责编', affiliation: '本版', names: ['鲁明强'] }] },
    }
    const score = accuracy.compare(expectation, extractor.extract(tree))
    expect(score.results.filter((r) => r.right !== r.expected || r.right !== r.got)).toEqual([])
    // script, headline, byline, source, date, credit, paragraphs, list, signature, masthead, editor line
    expect(score).toMatchObject({ expected: 11, got: 11, right: 11 })
  })

  it('counts a wrong signature role, a missing dateline date and an extra article', () => {
    const article = (headline: string) => ({
      type: 'article',
      children: [
        node('headline', headline),
        { type: 'paragraph', children: [{ type: 'dateline', source: '本报讯', children: [text('本报讯')] }] },
        { type: 'signature', role: '记者', names: ['蔡少玲'], value: '■記者蔡少玲' },
      ],
    })
    const tree = issue(article('甲'), article('乙'))
    const expectation = {
      script: 'simplified',
      articles: [{ headline: '甲', dateline: { source: '本报讯', date: { day: 29 } }, paragraphs: 1, signature: { role: '攝影', names: ['蔡少玲'] } }],
    }
    const score = accuracy.compare(expectation, extractor.extract(tree))
    const of = (key: string) => score.results.filter((r) => r.key === key)
    expect(of('dateline.date')).toMatchObject([{ expected: 1, got: 0, right: 0 }])
    expect(of('signature')[0]).toMatchObject({ expected: 1, got: 1, right: 0 })
    // the second article is all extra: headline, source, paragraphs, signature
    expect(score.got - score.expected).toBe(4 - 1)
    // expected: script, headline, source, date, paragraphs, signature = 6; right: script, headline, source, paragraphs
    expect(score).toMatchObject({ expected: 6, right: 4 })
  })

  it('aligns articles in order, so a split article does not shift the later ones', () => {
    const tree = issue(
      { type: 'article', children: [node('headline', '一'), node('paragraph', 'a。')] },
      { type: 'article', children: [node('headline', '图片说明'), node('paragraph', 'b。')] },
      { type: 'article', children: [node('headline', '二'), node('paragraph', 'c。')] },
    )
    const expectation = {
      script: 'simplified',
      articles: [
        { headline: '一', paragraphs: 1 },
        { headline: '二', paragraphs: 1 },
      ],
    }
    const score = accuracy.compare(expectation, extractor.extract(tree))
    expect(score).toMatchObject({ expected: 5, right: 5, got: 7 })
  })

  it('counts furniture in a heading group at the root, and a table row as a paragraph', () => {
    const tree = issue({
      type: 'article',
      children: [
        node('headline', '垃圾徵費欠細節'),
        node('pageHeader', '港聞', { section: '港聞' }),
        node('stamp', '發佈時間: 2019/04/24', { date: { year: 2019, month: 4, day: 24, raw: '2019/04/24' } }),
        node('chrome', '列印'),
        node('paragraph', '港府銳意明年底實施垃圾徵費。'),
        {
          type: 'table',
          children: [
            { type: 'tableRow', children: [node('tableCell', '公司名称'), node('tableCell', '上会日期')] },
            { type: 'tableRow', children: [node('tableCell', '杭州高特'), node('tableCell', '2026/1/13')] },
          ],
        },
      ],
    })
    const expectation = {
      script: 'simplified',
      articles: [{ headline: '垃圾徵費欠細節', paragraphs: 3 }],
      root: { pageHeaders: ['港聞'], other: ['發佈時間: 2019/04/24', '列印'] },
    }
    const score = accuracy.compare(expectation, extractor.extract(tree))
    expect(score.results.filter((r) => r.right !== r.expected || r.right !== r.got)).toEqual([])
    // script, headline, paragraphs, page header, two other lines
    expect(score).toMatchObject({ expected: 6, got: 6, right: 6 })
  })
})
