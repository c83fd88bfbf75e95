/**
 * Normalization: width folding keeps offsets; traditional input is read
 * through opencc-js with offsets mapped back by code point, values stay as
 * printed, and structured fields can be had in one script.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { looksTraditional, toSimplified } from '../src/normalize/script'
import { foldWidth, normalize } from '../src/normalize'
import { parseIssue, visit, type Credit, type Dateline, type Issue } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'
import { findAll } from './helpers/tree'

const corpus = (name: string) => readFileSync(join(__dirname, 'fixtures/corpus', name), 'utf8')
const sample = readFileSync(join(__dirname, 'fixtures/pages/xinzhou-daily-page.txt'), 'utf8')

function datelines(tree: Issue): Dateline[] {
  const out: Dateline[] = []
  visit(tree, 'dateline', (node) => {
    out.push(node as Dateline)
  })
  return out
}

const credits = (dateline: Dateline) =>
  dateline.children.filter((n): n is Credit => n.type === 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names }))

describe('width folding', () => {
  it('folds full-width ASCII, ideographic space and NBSP, one unit for one', () => {
    const input = '（记者　杨峰雷）５月９日，ＰＰＰ：１２３；\u00a0！'
    const folded = foldWidth(input)
    expect(folded).toBe('(记者 杨峰雷)5月9日,PPP:123; !')
    expect(folded.length).toBe(input.length)
  })

  it('folds the typographic spaces a page’s &ensp; and &emsp; leave, so fields they part are read apart (d583)', () => {
    const input = '来源：巴彦淖尔日报\u2002\u2002\u2003编辑：苏亮\u2009\u202f'
    expect(foldWidth(input)).toBe('来源:巴彦淖尔日报   编辑:苏亮  ')
    const tree = parseIssue(`市政协会议开幕\n\n今天，政协第五届委员会第一次会议隆重开幕。\n\n${input}\n`)
    expect(findAll(tree, 'editorLine').flatMap((line) => findAll(line, 'credit')).map((credit) => credit.names)).toEqual([['苏亮']])
  })

  it('reads the Sogou corpora’s U+E40C paragraph mark as a line break, keeping it in the tree', () => {
    const input = '标题\n本报讯（记者刘俊）会议召开。\ue40c会议要求，抓好落实。'
    const tree = parseIssue(input)
    const article = tree.children[0] as { children: Array<{ type: string }> }
    expect(article.children.map((n) => n.type)).toEqual(['headline', 'paragraph', 'paragraph'])
    expect(checkInvariants(tree, input)).toEqual([])
  })

  it('leaves CJK punctuation that has no ASCII twin', () => {
    expect(foldWidth('。、“”《》【】〔〕「」')).toBe('。、“”《》【】〔〕「」')
  })

  it('reads a full-width dateline like an ASCII one, values as printed', () => {
    const input = '标题\n\n本报讯（记者杨峰雷）５月９日，会议召开。'
    const [dateline] = datelines(parseIssue(input))
    expect(dateline?.date).toEqual({ month: 5, day: 9, raw: '５月９日' })
    expect(dateline && input.slice(dateline.position.start.offset, dateline.position.end.offset)).toBe('本报讯（记者杨峰雷）')
  })
})

describe('script detection', () => {
  it('sees traditional pages from Hong Kong and Taiwan', () => {
    for (const name of ['d01.txt', 'd02.txt', 'd03.txt', 'd04.txt', 'd05.txt', 'd21.txt', 'd22.txt']) {
      expect(looksTraditional(corpus(name)), name).toBe(true)
    }
  })

  it('does not mistake simplified pages for traditional', () => {
    expect(looksTraditional(sample)).toBe(false)
    for (const name of ['d06.txt', 'd08.txt', 'd09.txt', 'd15.txt', 'd19.txt']) {
      expect(looksTraditional(corpus(name)), name).toBe(false)
    }
  })

  it('needs more than a stray traditional character', () => {
    const paragraph =
      '本报讯 (记者杨峰雷)5月9日,香港長江實業集团今天发布公告,公司上半年业绩稳步增长,股价随之上涨。' +
      '分析人士认为,这与内地市场需求回暖、公司积极调整经营策略密切相关,预计下半年仍将保持增长势头。'
    expect(looksTraditional(paragraph)).toBe(false)
    expect(looksTraditional('【本報訊】板前壽司創辦人之一鄭威濤出庭作供。')).toBe(true)
  })

  it('reports the script it read the input as', () => {
    expect(parseIssue(sample).data.script).toBe('simplified')
    expect(parseIssue(corpus('d21.txt')).data.script).toBe('traditional')
    expect(parseIssue(corpus('d21.txt'), { script: 'simplified' }).data.script).toBe('simplified')
    expect(parseIssue('本報訊', { script: 'traditional' }).data.script).toBe('traditional')
  })
})

describe('offset map', () => {
  it('maps offsets back when conversion changes UTF-16 length', () => {
    // 㗲 (BMP) becomes 𠵾 (astral); 𠗣 (astral) becomes 㓆 (BMP).
    const input = '㗲報𠗣記者'
    const { text, toInput } = toSimplified(input)
    expect(text).toBe('𠵾报㓆记者')
    expect(toInput).toBeDefined()
    expect(text.slice(2, 3)).toBe('报')
    expect(toInput![2]).toBe(1)
    expect(text.slice(4)).toBe('记者')
    expect(toInput![4]).toBe(4)
    expect(toInput![text.length]).toBe(input.length)
  })

  it('keeps every node on the printed characters around such conversions', () => {
    const input = '㗲標題𠗣\n\n【本報訊】㗲記者鄭威濤報道，𠗣事件發生後，警方到場調查。\n'
    const tree = parseIssue(input)
    expect(tree.data.script).toBe('traditional')
    expect(checkInvariants(tree, input)).toEqual([])
    const [dateline] = datelines(tree)
    expect(dateline?.source).toBe('本報訊')
    expect(dateline && input.slice(dateline.position.start.offset, dateline.position.end.offset)).toBe('【本報訊】')
  })

  it('is the identity for simplified input', () => {
    const normalized = normalize(sample)
    expect(normalized.script).toBe('simplified')
    expect(normalized.toOriginal(100)).toBe(100)
  })
})

describe('traditional papers', () => {
  it('reads 【本報訊】 (Apple Daily)', () => {
    const [dateline] = datelines(parseIssue(corpus('d01.txt')))
    expect(dateline).toMatchObject({ source: '本報訊' })
    expect(credits(dateline!)).toEqual([])
  })

  it('reads (星島日報報道) (Sing Tao)', () => {
    const [dateline] = datelines(parseIssue(corpus('d02.txt')))
    expect(dateline).toMatchObject({ source: '星島日報報道' })
  })

  it('reads the Central News Agency dateline with its reporter', () => {
    for (const [name, reporter, day] of [
      ['d21.txt', '戴雅真', 29],
      ['d22.txt', '潘智義', 2],
    ] as const) {
      const [dateline] = datelines(parseIssue(corpus(name)))
      expect(dateline, name).toMatchObject({ source: '中央社', place: '台北', date: { day, raw: `${day}日` } })
      expect(credits(dateline!)).toEqual([{ role: '記者', affiliation: '中央社', names: [reporter] }])
    }
  })

  it('splits an unknown place off a glued name, and says it is unsure', () => {
    const input = '標題\n\n（中央社記者戴雅真竹山29日電）竹山鎮公所今天公布調查結果。'
    const tree = parseIssue(input)
    const [dateline] = datelines(tree)
    expect(dateline).toMatchObject({ place: '竹山' })
    expect(credits(dateline!)[0]?.names).toEqual(['戴雅真'])
    expect(tree.data.diagnostics.map((d) => d.code)).toEqual(['uncertain-split'])
  })

  it('gives structured fields in one script on request, values as printed', () => {
    const simplified = datelines(parseIssue(corpus('d21.txt'), { fields: 'simplified' }))[0]!
    expect(simplified.source).toBe('中央社')
    expect(credits(simplified)).toEqual([{ role: '记者', affiliation: '中央社', names: ['戴雅真'] }])
    expect(simplified.children.find((n) => n.type === 'credit')?.value).toBe('記者戴雅真')
    const traditional = datelines(parseIssue('标题\n\n本报讯 (记者杨峰雷)5月9日,开会。', { fields: 'traditional' }))[0]!
    expect(traditional.source).toBe('本報訊')
    expect(credits(traditional)).toEqual([{ role: '記者', affiliation: undefined, names: ['楊峰雷'] }])
  })
})

describe('numbers in dates', () => {
  const dateOf = (input: string) => {
    let found: unknown
    visit(parseIssue(input), 'date', (node) => {
      found ??= { ...node, position: undefined, type: undefined }
    })
    return found
  }

  it('reads Taiwan ROC years in the common era, keeping the printed form', () => {
    expect(dateOf('標題\n\n臺北市政府114年7月10日公布調查結果，民眾可上網查詢相關資料。')).toMatchObject({
      value: '114年7月10日',
      year: 2025,
      month: 7,
      day: 10,
    })
  })

  it('reads Chinese numerals and full-width digits', () => {
    expect(dateOf('标题\n\n二〇一九年五月九日,会议召开。')).toMatchObject({ year: 2019, month: 5, day: 9 })
    expect(dateOf('标题\n\n十二月廿三日,会议召开。')).toMatchObject({ month: 12, day: 23 })
    expect(dateOf('标题\n\n２０１９年５月９日,会议召开。')).toMatchObject({ value: '２０１９年５月９日', year: 2019, month: 5, day: 9 })
  })
})

describe('pinyin glosses a mirror site inserted', () => {
  const glossed = '探寻发(fā)展中的四川藏区\n\n见(jiàn)习记者 刘小兵\n\n本报(bào)林芝6月20日电 今天，全市召开会(huì)议。\n'

  it('are removed for the lexer only: the dateline and the byline read, values as printed, offsets into the input', () => {
    const tree = parseIssue(glossed)
    expect(checkInvariants(tree, glossed)).toEqual([])
    const [dateline] = datelines(tree)
    expect(dateline?.source).toBe('本报(bào)')
    expect(dateline?.place).toBe('林芝')
    const names: string[] = []
    visit(tree, 'credit', (node) => {
      names.push(...(node as Credit).names)
    })
    expect(names).toContain('刘小兵')
  })

  it('map every offset of the normalized text back to the input', () => {
    const { text, toOriginal } = normalize('本报(bào)林芝(zhī)讯')
    expect(text).toBe('本报林芝讯')
    expect([0, 1, 2, 3, 4, 5].map(toOriginal)).toEqual([0, 1, 7, 8, 14, 15])
  })

  it('with traditional input too: glosses removed, then the script converted', () => {
    const { text, toOriginal } = normalize('本報(bào)記者(jì)', 'traditional')
    expect(text).toBe('本报记者')
    expect(toOriginal(2)).toBe(7)
    expect(toOriginal(4)).toBe(13)
  })

  it('must not fire: Latin in brackets without a tone mark (维生素(b)), or after no Han character (Wi-Fi(ā)), stays', () => {
    expect(normalize('维生素(b)和钙(ca)').text).toBe('维生素(b)和钙(ca)')
    expect(normalize('Wi-Fi(ā)信号').text).toBe('Wi-Fi(ā)信号')
  })
})
