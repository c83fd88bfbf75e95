/**
 * parseIssue is total: any string gives a tree whose positions are sound
 * and which loses no printed character. Inputs are generated from a seeded
 * generator (reproducible) mixing the conventions' own markers with
 * arbitrary UTF-16 code units, lone surrogates and control characters.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'
import { mulberry32 as random } from './helpers/random.mjs'


const PIECES = [
  '本报讯', '本报', '记者', '本报记者', '通讯员', '责编', '本版', '新华社', '北京', '5月9日', '９日电', '一是', '二是',
  '三是', '第一', '首先', '其次', '最后', '(一)', '(', ')', '（', '）', '【', '】', '《', '》', '“', '”', '——', '、', ',',
  '，', '。', '：', ':', ';', ' ', '　', '\n', '\n\n', '\r\n', '\r', '张晔', '会议召开', '图为', '忻州日报', '\u0000',
  '\ud800', '\udc00', '𠀀', '\u202e', '\ufeff', 'PPP', '2019年',
]

function generate(next: () => number, length: number): string {
  let out = ''
  while (out.length < length) {
    if (next() < 0.7) out += PIECES[Math.floor(next() * PIECES.length)]
    else out += String.fromCharCode(Math.floor(next() * 0x10000))
  }
  return out
}

describe('robustness', () => {
  it('gives a sound tree for 300 generated inputs', () => {
    const next = random(20261128)
    for (let i = 0; i < 300; i++) {
      const input = generate(next, Math.floor(next() * 400))
      let problems: string[]
      try {
        problems = checkInvariants(parseIssue(input), input)
      } catch (error) {
        throw new Error(`parseIssue threw on ${JSON.stringify(input)}: ${error}`)
      }
      expect(problems, JSON.stringify(input)).toEqual([])
    }
  })

  it('handles the empty string and blank pages', () => {
    for (const input of ['', '\n', '\n\n\n', '   ', '\r\n\r\n']) {
      const tree = parseIssue(input)
      expect(tree.type).toBe('issue')
      expect(tree.children).toEqual([])
      expect(tree.position.end.offset).toBe(input.length)
    }
  })

  it('keeps the page when its lines are shuffled', () => {
    const page = '忻州日报\n\n会议召开\n\n本报讯 (记者杨峰雷)5月9日,会议召开。一是要抓好;二是要落实。\n\n本版责编:鲁明强\n\n(张晔)\n'
    const lines = page.split('\n')
    const next = random(7)
    for (let i = 0; i < 50; i++) {
      const shuffled = [...lines].sort(() => next() - 0.5).join('\n')
      expect(checkInvariants(parseIssue(shuffled), shuffled)).toEqual([])
    }
  })
})
