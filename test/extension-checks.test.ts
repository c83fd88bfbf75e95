/**
 * Extensions are constructs of the same shape as the built-in ones: several
 * may each bring rules to one parser, a construct may stand among an
 * article's headings or close it, and every mistake an extension can make
 * fails in createParser (or, for the nodes it builds, in a development
 * check) with a message that names the extension and says what to fix.
 */
import { describe, expect, it } from 'vitest'
import {
  BaozhiParser,
  createParser,
  createToken,
  endOf,
  startOf,
  tokens,
  type Article,
  type Extension,
  type ExtensionDsl,
  type Issue,
  type Node,
  type TokenSet,
} from '../src/index'

const WeatherCue = createToken({ name: 'WeatherCue', pattern: /天气预报/ })
const EndMark = createToken({ name: 'EndMark', pattern: /\(完\)/ })

/** A whole line from a cue to its end as a leaf node of `type`. */
const lineNode = ($: ExtensionDsl, cue: typeof WeatherCue, type: string) => () => {
  const first = $.CONSUME(cue)
  let last = first
  $.MANY(() => {
    last = $.CONSUME(tokens.AnyToken)
  })
  return $.ACTION(() => ({
    type,
    value: $.ctx.factory.source(startOf(first), endOf(last)),
    position: $.ctx.factory.position(startOf(first), endOf(last)),
  }))
}

const weather: Extension = {
  name: 'weather-box',
  tokens: [WeatherCue],
  rules: ($) => {
    $.weather = $.RULE('weather', lineNode($, WeatherCue, 'weather'))
  },
  constructs: [{ name: 'weather', line: (p) => (p as ExtensionDsl).weather(), standsIn: ['heading', 'body', 'top'] }],
}

const endMark: Extension = {
  name: 'end-mark',
  tokens: [EndMark],
  rules: ($) => {
    $.endMark = $.RULE('endMark', lineNode($, EndMark, 'endMark'))
  },
  constructs: [{ name: 'endMark', line: (p) => (p as ExtensionDsl).endMark(), standsIn: ['closing'] }],
}

const articles = (tree: Issue) => tree.children.filter((n): n is Article => n.type === 'article')
const types = (nodes: Node[]) => nodes.map((n) => n.type)

describe('extensions as constructs', () => {
  it('two extensions each bring their own rule, in one parser', () => {
    const { parseIssue } = createParser({ extensions: [weather, endMark] })
    const tree = parseIssue('天气预报 晴\n\n全市春耕生产全面展开\n\n本报讯 5月9日,全市春耕生产全面展开。\n(完)\n')
    expect(types(tree.children)).toEqual(['weather', 'article'])
    expect(types(articles(tree)[0]!.children)).toEqual(['headline', 'paragraph', 'endMark'])
  })

  it('a weather line between a headline and its dateline stands in the heading group; the headline stays a headline', () => {
    const page = '全市春耕生产全面展开\n天气预报 晴\n本报讯（记者 王强）5月9日，全市春耕生产全面展开。'
    const { parseIssue } = createParser({ extensions: [weather] })
    const [article] = articles(parseIssue(page))
    expect(types(article!.children)).toEqual(['headline', 'weather', 'paragraph'])
    expect(parseIssue(page).data.diagnostics.filter((d) => d.code === 'orphan-text')).toEqual([])
    // Placed only in the body (the default), it cuts the heading from its dateline, as before.
    const bodyOnly = createParser({ extensions: [{ ...weather, constructs: [{ ...weather.constructs![0]!, standsIn: undefined }] }] })
    expect(articles(bodyOnly.parseIssue(page))[0]!.children.some((n) => n.type === 'headline')).toBe(false)
  })

  it('a closing construct closes its article: the text after it is not the article’s', () => {
    const { parseIssue } = createParser({ extensions: [endMark] })
    const tree = parseIssue('标题\n\n本报讯 5月9日,开会。\n(完)\n会后又说了一句。\n')
    expect(types(articles(tree)[0]!.children)).toEqual(['headline', 'paragraph', 'endMark'])
    expect(types(tree.children)).toEqual(['article', 'paragraph'])
  })

  it('extension tokens are tried before the built-in ones, relative dates included', () => {
    for (const pattern of [/今天白天/, /(今天|明天)(白天|夜间)/]) {
      const Cue = createToken({ name: 'ForecastCue', pattern })
      const { parseIssue } = createParser({
        extensions: [
          {
            name: 'forecast',
            tokens: [Cue],
            rules: ($) => {
              $.forecast = $.RULE('forecast', lineNode($, Cue, 'forecast'))
            },
            constructs: [{ name: 'forecast', line: (p) => (p as ExtensionDsl).forecast() }],
          },
        ],
      })
      expect(types(parseIssue('今天白天 晴 15～25℃').children), String(pattern)).toEqual(['forecast'])
    }
  })
})

describe('extension mistakes fail in createParser, naming the extension', () => {
  const make = (extension: unknown) => () => createParser({ extensions: [extension as Extension] })

  it('an unknown key, with the key meant', () => {
    expect(make({ name: 'my-paper', flashSource: ['某某讯'] })).toThrow(/extension my-paper: unknown key 'flashSource'; did you mean 'flashSources'\?/)
  })

  it('a word that is not a string', () => {
    expect(make({ name: 'my-paper', flashSources: [42] })).toThrow(/extension my-paper: flashSources holds 42, not a word/)
    expect(make({ name: 'my-paper', flashSources: '某某讯' })).toThrow(/extension my-paper: flashSources must be an array/)
  })

  it('a word in traditional script, with the simplified word to write', () => {
    expect(make({ name: 'zaobao', flashSources: ['聯合早報訊'] })).toThrow(/extension zaobao: flashSources: write '聯合早報訊' in simplified script, '联合早报讯'/)
  })

  it('a word with full-width brackets or digits, with the folded word to write', () => {
    expect(make({ name: 'my-paper', flashSources: ['（本刊讯）'] })).toThrow(/write '（本刊讯）' as '\(本刊讯\)'/)
  })

  it('the built-in units pass the same checks', async () => {
    const { builtinUnits } = await import('../src/index')
    expect(() => createParser({ extensions: builtinUnits.map((u) => ({ ...u, name: `copy-of-${u.name}` })) })).not.toThrow()
  })

  it('a token used in a rule but listed in no extension’s tokens', () => {
    const Unlisted = createToken({ name: 'Unlisted', pattern: /某某/ })
    const extension: Extension = {
      name: 'forgetful',
      rules: ($) => {
        $.forgetful = $.RULE('forgetful', () => $.CONSUME(Unlisted))
      },
    }
    expect(make(extension)).toThrow(/extension forgetful: rule forgetful consumes token Unlisted, which is in no extension's tokens/)
  })

  it('a parser class that forgets performSelfAnalysis()', () => {
    class Unanalysed extends BaozhiParser {
      constructor(set: TokenSet) {
        super(set)
      }
    }
    // (BaozhiParser analyses itself only when it is the class being built.)
    expect(make({ name: 'unanalysed', parser: Unanalysed })).toThrow(/extension unanalysed: its parser class must call this.performSelfAnalysis\(\)/)
  })

  it('a rule that breaks the grammar, named alone when several extensions bring rules', () => {
    const broken: Extension = {
      name: 'broken-box',
      rules: ($) => {
        $.broken = $.RULE('broken', () => $.OR([{ ALT: () => $.CONSUME(tokens.Colon) }, { ALT: () => $.CONSUME(tokens.Colon) }]))
      },
    }
    expect(() => createParser({ extensions: [weather, broken] })).toThrow(/extension broken-box breaks the grammar/)
  })

  it('a parser class beside other extensions’ rules', () => {
    expect(() => createParser({ extensions: [weather, { name: 'classy', parser: BaozhiParser }] })).toThrow(/extension classy: brings a parser class/)
  })

  it('a construct without a line function, or placed nowhere known', () => {
    expect(make({ name: 'boxes', constructs: [{ name: 'box' }] })).toThrow(/extension boxes: each construct needs a name/)
    expect(make({ name: 'boxes', constructs: [{ name: 'box', line: () => undefined, standsIn: ['sidebar'] }] })).toThrow(/construct box: standsIn must list/)
  })
})

describe('nodes an extension builds are checked (a development check with validate: true)', () => {
  const badNodes: Array<[string, (tokens: Array<{ startOffset: number; image: string }>) => unknown, RegExp]> = [
    ['without a position', () => ({ type: 'weather' }), /without a position/],
    ['ending before it starts', (t) => ({ type: 'weather', position: { start: { offset: t.at(-1)!.startOffset + 1 }, end: { offset: t[0]!.startOffset } } }), /ends \(\d+\) before it starts/],
  ]
  const extension = (build: (tokens: Array<{ startOffset: number; image: string }>) => unknown): Extension => ({
    name: 'sloppy',
    constructs: [{ name: 'box', line: (p) => build((p as unknown as { input: Array<{ startOffset: number; image: string }> }).input) as Node }],
  })

  it.each(badNodes)('a node %s is reported and the line read without it', (_, build, problem) => {
    const tree = createParser({ extensions: [extension(build)] }).parseIssue('标题\n\n本报讯 5月9日,开会。')
    const [diagnostic] = tree.data.diagnostics.filter((d) => d.code === 'extension-error')
    expect(diagnostic!.message).toMatch(/extension sloppy: construct box built a weather node/)
    expect(diagnostic!.message).toMatch(problem)
    expect(types(articles(tree)[0]!.children)).toEqual(['headline', 'paragraph'])
  })

  it.each(badNodes)('with validate: true, a node %s throws, naming the extension', (_, build, problem) => {
    const { parseIssue } = createParser({ extensions: [extension(build)], validate: true })
    expect(() => parseIssue('标题')).toThrow(/extension sloppy: construct box built a weather node/)
    expect(() => parseIssue('标题')).toThrow(problem)
  })
})
