/**
 * createTokenSet tokenizes with its own scanner (src/speed/scanner.ts)
 * when it covers the token set: the tokens must be exactly the lexer's.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixturePages } from './helpers/fixture-pages.mjs'
import { Lexer, createToken, type IToken } from 'chevrotain'
import { createTokenSet } from '../grammar/tokens'
import { createScanner } from '../src/speed/scanner'
import { firstCharsOfRegExp } from '../src/speed/first-chars'
import { DateToken } from '../grammar/tokens'
import { defaultVocabulary } from '../grammar/vocabulary'

const tokenSet = createTokenSet(defaultVocabulary)
const scan = createScanner(tokenSet.lexerOrder)!

const shape = (tokens: IToken[]) => tokens.map((t) => [t.image, t.startOffset, t.tokenType.name, t.tokenTypeIdx])
const same = (text: string) => {
  const lexed = tokenSet.lexer.tokenize(text)
  expect(shape(tokenSet.tokenize(text).tokens)).toEqual(shape(lexed.tokens))
  // Without the exact hints of the vocabulary words, too.
  expect(shape(scan(text)!)).toEqual(shape(lexed.tokens))
}

const fixtures = fixturePages().map((page) => page.text)

/** Every character a pattern or a vocabulary word mentions, and some edges of the Han ranges. */
const ALPHABET = [
  ...new Set([
    ...tokenSet.lexerOrder.flatMap((t) => (t.PATTERN instanceof RegExp ? [...t.PATTERN.source] : [])),
    ...Object.values(defaultVocabulary).flatMap((words: readonly string[]) => words.flatMap((w) => [...w])),
    '\ud840', '\udc00', '\ud87f', '\udfff', '\ud800', '\u0000', '\uffff', '\u3007', '\u3400', '\u4dbf', '\u9fff', '\uf900', '\ufaff',
    '\u2460', '\u2473', '\u2014', '\r', '\n', '\t', ' ', '\u00a0', '\u200b', '\ufeff', '0', '9', '.', '月', '日', '年', '电', '讯',
  ]),
]

describe('scanner', () => {
  it('covers the built-in token set', () => {
    expect(scan).toBeDefined()
  })

  it('widens hints as the lexer does: a pattern matching beyond its hint', () => {
    // The lexer tries a hinted pattern on every character of a hinted
    // character's block (甲 U+7532 and 乙 U+4E59 are in different blocks; 甲 and 田 U+7530 share one).
    const Loose = createToken({ name: 'Loose', pattern: (text: string, offset: number) => (/^[甲田乙]/.test(text.slice(offset)) ? [text[offset]!] as [string] : null), start_chars_hint: ['甲'], line_breaks: false })
    const Rest = createToken({ name: 'Rest', pattern: /[\u0000-\uffff]/, line_breaks: false })
    const order = [Loose, Rest]
    const lexer = new Lexer(order, { positionTracking: 'onlyOffset' })
    const text = '甲田乙'
    expect(shape(createScanner(order)!(text)!)).toEqual(shape(lexer.tokenize(text).tokens))
    expect(lexer.tokenize(text).tokens.map((t) => t.tokenType.name)).toEqual(['Loose', 'Loose', 'Rest'])
  })

  it('gives the lexer’s tokens on every fixture', () => {
    for (const text of fixtures) same(text)
  })

  it('gives the lexer’s tokens on any mix of the patterns’ and words’ characters', () => {
    const piece = fc.oneof(fc.constantFrom(...ALPHABET), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(3000).map(String))
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => same(pieces.join(''))), { numRuns: 500 })
  })
})

describe('first characters of a pattern', () => {
  const chars = (pattern: RegExp) => firstCharsOfRegExp(pattern).map(([from, to]) => String.fromCharCode(from) + String.fromCharCode(to))

  it('reads past a lookaround, which matches no character', () => {
    expect(chars(/[0-9]日(?!内)|(?=甲)甲乙/)).toEqual(['09', '甲甲'])
    expect(chars(/(?<!前)日前/)).toEqual(['日日'])
  })

  it('answers any character for what it does not understand', () => {
    expect(firstCharsOfRegExp(/\d日/)).toEqual([[0, 0xffff]])
    expect(firstCharsOfRegExp(/(?<name>甲)/)).toEqual([[0, 0xffff]])
  })

  it('knows where the built-in date can start (not anywhere: it is tried at every one of them)', () => {
    const size = firstCharsOfRegExp(DateToken.PATTERN as RegExp).reduce((sum, [from, to]) => sum + to - from + 1, 0)
    expect(size).toBeLessThan(100)
  })
})
