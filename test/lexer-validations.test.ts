/**
 * createTokenSet skips Chevrotain's lexer validations for the built-in
 * tokens (they cost cold start on every process): they are run here instead.
 */
import { Lexer } from 'chevrotain'
import { describe, expect, it } from 'vitest'
import { createTokenSet } from '../grammar/tokens'
import { defaultVocabulary } from '../grammar/vocabulary'

describe('lexer', () => {
  it('passes Chevrotain’s lexer validations with the built-in tokens', () => {
    const { lexerOrder } = createTokenSet(defaultVocabulary)
    expect(() => new Lexer(lexerOrder, { positionTracking: 'onlyOffset', ensureOptimizations: true })).not.toThrow()
  })
})
