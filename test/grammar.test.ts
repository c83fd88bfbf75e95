/**
 * The grammar itself: it passes Chevrotain's own validations (ambiguities,
 * left recursion, unreachable alternatives) and its lexer keeps the
 * first-character optimization (createTokenSet builds it with
 * ensureOptimizations, which throws when a pattern defeats it).
 */
import { describe, expect, it } from 'vitest'
import { BaozhiParser } from '../grammar/parser'
import { createTokenSet } from '../grammar/tokens'
import { defaultVocabulary } from '../grammar/vocabulary'

describe('grammar', () => {
  const tokens = createTokenSet(defaultVocabulary)

  it('passes Chevrotain validations', () => {
    expect(() => new BaozhiParser(tokens, { validate: true })).not.toThrow()
  })

  it('lexes every character: no lexer errors on arbitrary text', () => {
    const text = '本报讯\u0000\ud800𠀀\u202e（记者）【】《》“”——ＡＢＣ１２３\r\n\t'
    const { errors, tokens: lexed } = tokens.lexer.tokenize(text)
    expect(errors).toEqual([])
    expect(lexed.map((t) => t.image).join('')).toBe(text)
  })

  it('stops Han text runs before vocabulary words', () => {
    const images = tokens.lexer.tokenize('会议要求一是要抓好本报记者张建国').tokens.map((t) => t.image)
    expect(images).toEqual(['会议要求', '一是', '要抓好', '本报', '记者', '张建国'])
  })
})
