/**
 * Building a parser for one vocabulary: tokens, lexer and Chevrotain parser
 * are constructed once (performSelfAnalysis is the expensive part) and
 * reused for every call of its parseIssue.
 */
import { BaozhiParser } from '../grammar/parser'
import { createTokenSet } from '../grammar/tokens'
import { defaultVocabulary, type Vocabulary } from '../grammar/vocabulary'
import { buildBlocks } from './build/blocks'
import { splitLines } from './build/lines'
import { createFactory, locate } from './build/positions'
import { createUnits } from './build/units'
import { normalize } from './normalize'
import type { Diagnostic, Issue } from './types'

/** Options for `parseIssue`. */
export interface ParseOptions {}

export interface CreateParserOptions {
  /** Words to use instead of the default vocabulary. */
  vocabulary?: Vocabulary
  /**
   * Run Chevrotain's grammar validations at construction. Needs
   * `Object.groupBy` (Node >= 21); off by default.
   */
  validate?: boolean
}

export interface Parser {
  parseIssue(text: string, options?: ParseOptions): Issue
}

export function createParser(options: CreateParserOptions = {}): Parser {
  const tokens = createTokenSet(options.vocabulary ?? defaultVocabulary)
  const parser = new BaozhiParser(tokens, { validate: options.validate ?? false })

  return {
    parseIssue(text: string): Issue {
      const input = String(text)
      const normalized = normalize(input)
      const diagnostics: Diagnostic[] = []
      const factory = createFactory(normalized, input)
      const lexed = tokens.lexer.tokenize(normalized.text)
      for (const error of lexed.errors) {
        diagnostics.push({
          code: 'lexer',
          message: error.message,
          position: factory.position(error.offset, error.offset + error.length),
        })
      }
      const units = createUnits(parser, factory, diagnostics)
      const children = buildBlocks({
        tokens: lexed.tokens,
        lines: splitLines(lexed.tokens),
        units,
        factory,
        diagnostics,
      })
      const issue: Issue = {
        type: 'issue',
        children,
        data: { diagnostics },
        position: factory.position(0, normalized.text.length),
      }
      locate(issue, normalized, input)
      return issue
    },
  }
}

let shared: Parser | undefined

/** The parser with the default vocabulary, built on first use. */
export function defaultParser(): Parser {
  return (shared ??= createParser())
}
