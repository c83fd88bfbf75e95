/**
 * grammar/patterns.ts: one test for a list of patterns answers as trying
 * each in turn does — on every line of the corpus, for the furniture's
 * pattern lists, and on patterns whose numbering or flags could change
 * what an alternation matches.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FURNITURE_PATTERNS } from '../grammar/constructs'
import { anyPattern } from '../grammar/patterns'

const corpusDir = new URL('./fixtures/corpus/', import.meta.url)
const lines = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(new URL(name, corpusDir), 'utf8').split('\n'))
  .map((line) => line.trim())

const one = (patterns: readonly RegExp[], text: string) => patterns.some((pattern) => pattern.test(text))

describe('anyPattern', () => {
  it('answers as the furniture patterns tried one by one, on every corpus line (lists of ten in turn)', () => {
    const WINDOW = 10
    let differing = 0
    let decided = 0
    for (let from = 0; from < FURNITURE_PATTERNS.length; from += WINDOW) {
      const patterns = FURNITURE_PATTERNS.slice(from, from + WINDOW)
      const test = anyPattern(patterns)
      const answers = lines.map((line) => one(patterns, line))
      lines.forEach((line, k) => {
        if (test(line) !== answers[k]) differing++
      })
      // (A list some lines match and others do not: the comparison saw both answers.)
      if (answers.includes(true) && answers.includes(false)) decided++
    }
    expect(differing).toBe(0)
    expect(decided).toBeGreaterThan(5)
  })

  it('keeps each pattern anchored within its own group', () => {
    const test = anyPattern([/^首页$/, /正文$/])
    expect(test('首页')).toBe(true)
    expect(test('首页 国内')).toBe(false)
    expect(test('国内 正文')).toBe(true)
  })

  it('tries a pattern with a backreference alone, so its number still points at its group', () => {
    const patterns = [/^(a)b$/, /^(.{2,10})\1$/]
    const test = anyPattern(patterns)
    for (const text of ['收藏收藏', '收藏分享', 'ab', 'abab', 'b']) expect(test(text), text).toBe(one(patterns, text))
  })

  it('keeps each pattern’s flags', () => {
    const test = anyPattern([/^Advertisement$/i, /^\p{Script=Han}{2}$/u])
    expect(test('ADVERTISEMENT')).toBe(true)
    expect(test('广告')).toBe(true)
    expect(test('广告位')).toBe(false)
  })
})
