/**
 * baozhi: Chinese newspaper pages as a typed unist syntax tree.
 *
 *   import { parseIssue, visit, toString } from 'baozhi'
 */
export { parseIssue } from './parse-issue'
export type { ParseOptions } from './parse-issue'
export { createParser, defaultParser } from './create-parser'
export type { CreateParserOptions, Extension, LineConstruct, LineConvention, Placement, Parser } from './create-parser'
export type { FieldScript } from './assemble/fields'
export type { IssueDateOption } from './options'
export type { ScriptOption } from './normalize'
export { builtinUnits, defaultVocabulary, mergeVocabulary } from '../grammar/vocabulary'
export type { Vocabulary, VocabularyUnit } from '../grammar/vocabulary'
export { toString } from './walk/to-string'
export { visit, CONTINUE, SKIP, EXIT } from 'unist-util-visit'
export type * from './types'

// The grammar itself, for extension by inheritance and for tooling
// (railroad diagrams: grammar/make-diagrams.mjs).
export { BaozhiParser } from '../grammar/parser'
export type { Dsl, ExtensionDsl, ExtensionRules, UnitContext } from '../grammar/parser'
export { startOf, endOf } from '../grammar/factory'
export type { NodeFactory } from '../grammar/factory'
export * as tokens from '../grammar/tokens/categories'
// Chevrotain's own, so extension tokens share the library's copy of it.
export { createToken, Lexer, tokenMatcher, EOF } from 'chevrotain'
export { createTokenSet } from '../grammar/tokens'
export type { TokenSet } from '../grammar/tokens'
