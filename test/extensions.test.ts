/**
 * The extension API: vocabulary units, tokens that join built-in
 * categories, parser subclasses with new rules and node types — checked on
 * src, and through the two examples run against the BUILT package.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BaozhiParser, createParser, createToken, parseIssue, tokens, visit, type Dateline, type TokenSet } from '../src/index'
import { ensureBuilt, root } from './helpers/build'

describe('extensions', () => {
  it('a token in a built-in category joins that convention without new rules', () => {
    const CountySource = createToken({ name: 'CountySource', pattern: /定襄在线讯/, categories: [tokens.FlashSource] })
    const { parseIssue } = createParser({ extensions: [{ name: 'dingxiang', tokens: [CountySource] }] })
    const found: string[] = []
    visit(parseIssue('标题\n\n定襄在线讯 (记者王强)5月9日,开会。'), 'dateline', (node) => {
      found.push((node as Dateline).source ?? '')
    })
    expect(found).toEqual(['定襄在线讯'])
  })

  it('a broken rule fails at createParser, named, with Chevrotain’s message', () => {
    class Broken extends BaozhiParser {
      constructor(set: TokenSet) {
        super(set)
        const $ = this as unknown as { RULE(name: string, impl: () => void): () => void; OR(alts: unknown[]): void; CONSUME(t: unknown): void }
        // Two alternatives that cannot be told apart: an ambiguity.
        $.RULE('broken', () => {
          $.OR([{ ALT: () => $.CONSUME(tokens.Colon) }, { ALT: () => $.CONSUME(tokens.Colon) }])
        })
        this.performSelfAnalysis()
      }
    }
    expect(() => createParser({ extensions: [{ name: 'broken-box', parser: Broken }] })).toThrow(
      /extension broken-box breaks the grammar: .*(Ambiguous|ambiguit)/is,
    )
  })

  it('a subclass replaces a built-in rule with OVERRIDE_RULE', () => {
    // A paper that never wants relative dates read: the date rule takes printed dates only.
    class AbsoluteDates extends BaozhiParser {
      constructor(set: TokenSet) {
        super(set)
        const $ = this as unknown as {
          OVERRIDE_RULE(name: string, impl: () => unknown): unknown
          CONSUME(t: unknown): { startOffset: number; image: string }
          ACTION<T>(f: () => T): T
          ctx: BaozhiParser['ctx']
        }
        this.date = $.OVERRIDE_RULE('date', () => {
          const token = $.CONSUME(tokens.DateToken)
          return $.ACTION(() => ({
            type: 'date',
            value: $.ctx.factory.source(token.startOffset, token.startOffset + token.image.length),
            position: $.ctx.factory.position(token.startOffset, token.startOffset + token.image.length),
          }))
        }) as BaozhiParser['date']
        this.performSelfAnalysis()
      }
    }
    const text = '标题\n\n本报讯 (记者王强)昨日,全市召开会议。'
    const leadDate = (tree: ReturnType<typeof parseIssue>) => {
      let date: unknown
      visit(tree, 'dateline', (node) => {
        date = (node as Dateline).date
      })
      return date
    }
    const { parseIssue: strict } = createParser({ extensions: [{ name: 'absolute-dates', parser: AbsoluteDates }] })
    // (A relative date after the dateline is no date it prints: the lead keeps it, the dateline has none.)
    expect(leadDate(parseIssue(text))).toBeUndefined()
    expect(leadDate(strict('标题\n\n本报讯 (记者王强)5月9日,开会。'))).toEqual({ raw: '5月9日' })
    // The override holds in every paragraph, also those with no dateline and no list.
    const dates = (tree: ReturnType<typeof parseIssue>) => {
      const found: string[] = []
      visit(tree, 'date', (node) => {
        found.push((node as { value: string }).value)
      })
      return found
    }
    const plain = '标题\n\n本报讯 5月9日,开会。\n\n会议指出,昨日全市降雨。\n'
    expect(dates(parseIssue(plain))).toEqual(['5月9日', '昨日'])
    expect(dates(strict(plain))).toEqual(['5月9日'])
    expect(dates(parseIssue(text))).toEqual(['昨日'])
    expect(dates(strict(text))).toEqual([])
  })

  it('at most one extension brings a parser class', () => {
    const ext = (name: string) => ({ name, parser: BaozhiParser })
    expect(() => createParser({ extensions: [ext('a'), ext('b')] })).toThrow(/only one extension may bring a parser class \(a, b/)
  })

})

describe('extension examples, from the built package', () => {
  beforeAll(async () => {
    await ensureBuilt()
  }, 300_000)

  const run = (name: string) => {
    const result = spawnSync(process.execPath, [join(root, 'examples', name)], { encoding: 'utf8', timeout: 30_000 })
    expect(result.status, result.stderr).toBe(0)
    return result.stdout
  }

  it('vocabulary-extension.mjs', () => {
    expect(run('vocabulary-extension.mjs').split('\n')).toEqual([
      'built-in: no dateline, no credits',
      'extended: dateline 忻州发布讯; credit 记者: 王强; credit 本版签发: 李明',
      '',
    ])
  })

  it('validates an extension’s grammar and leaves Object.groupBy as it found it (Node 20 lacks it)', () => {
    const script = `
      import { BaozhiParser, createParser } from ${JSON.stringify(join(root, 'dist/index.js'))}
      const before = typeof Object.groupBy
      createParser({ extensions: [{ name: 'with-grammar', parser: BaozhiParser }] })
      console.log(before === typeof Object.groupBy ? 'same' : 'changed')
    `
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout.trim()).toBe('same')
  })

  it('weather-extension.mjs', () => {
    expect(run('weather-extension.mjs').split('\n')).toEqual([
      'weather, article',
      'weather: 晴转多云 15～25℃ (line 1, «天气预报：晴转多云 15～25℃»)',
      '',
    ])
  })
})
