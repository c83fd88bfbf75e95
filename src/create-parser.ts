/**
 * Building a parser for one vocabulary: tokens, lexer and Chevrotain parser
 * are constructed once (performSelfAnalysis is the expensive part) and
 * reused for every call of its parseIssue.
 */
import { BaozhiParser } from '../grammar/parser'
import { createTokenSet } from '../grammar/tokens'
import { defaultVocabulary, mergeVocabulary, type Vocabulary, type VocabularyUnit } from '../grammar/vocabulary'
import { buildBlocks } from './build/blocks'
import { groupPages } from './build/pages'
import { splitLines } from './build/lines'
import { createFactory, locate } from './build/positions'
import { createUnits } from './build/units'
import { resolveDates, type IssueDateOption } from './build/dates'
import { convertFields, type FieldScript } from './build/fields'
import { normalize, type ScriptOption } from './normalize'
import type { Diagnostic, Issue } from './types'

/** Options for `parseIssue`. */
export interface ParseOptions {
  /**
   * The input's script. `auto` (default) detects traditional text and
   * reads it through opencc-js (loaded only then); force it either way.
   */
  script?: ScriptOption
  /**
   * The script of structured fields (`source`, `place`, `role`,
   * `affiliation`, `names`, `paper`): `asPrinted` (default), or all
   * `simplified` / all `traditional` to merge papers from different regions.
   */
  fields?: FieldScript
  /**
   * The issue's date (`'2020-05-10'`, a Date, or numbers). Day-only
   * datelines (台北10日電) and relative dates (昨日) are completed from it;
   * without it, from a dated page header when there is one.
   */
  issueDate?: IssueDateOption
}

export interface CreateParserOptions {
  /**
   * Units of words to add to the built-in ones (a county paper's 忻州在线讯,
   * a staff role 值班编辑…): `{ name, flashSources: […], editorRoles: […] }`.
   */
  extensions?: VocabularyUnit[]
  /** Words to use instead of the built-in vocabulary (extensions are added to them). */
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
  const vocabulary = mergeVocabulary(options.vocabulary ?? defaultVocabulary, ...(options.extensions ?? []))
  const tokens = createTokenSet(vocabulary)
  const parser = new BaozhiParser(tokens, { validate: options.validate ?? false })

  return {
    parseIssue(text: string, options: ParseOptions = {}): Issue {
      const input = String(text)
      const normalized = normalize(input, options.script)
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
      const children = groupPages(buildBlocks({
        tokens: lexed.tokens,
        lines: splitLines(lexed.tokens),
        units,
        factory,
        diagnostics,
        sections: vocabulary.sections,
      }))
      const issue: Issue = {
        type: 'issue',
        children,
        data: { diagnostics, script: normalized.script },
        position: factory.position(0, normalized.text.length),
      }
      resolveDates(issue, options.issueDate)
      locate(issue, normalized, input)
      convertFields(issue, options.fields ?? 'asPrinted', normalized.script)
      return issue
    },
  }
}

let shared: Parser | undefined

/** The parser with the default vocabulary, built on first use. */
export function defaultParser(): Parser {
  return (shared ??= createParser())
}
