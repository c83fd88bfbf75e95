/**
 * baozhi: Chinese newspaper pages as a typed unist syntax tree.
 *
 *   import { parseIssue, visit, toString } from 'baozhi'
 */
export { parseIssue } from './parse-issue'
export type { ParseOptions } from './parse-issue'
export { toString } from './walk/to-string'
export { visit, CONTINUE, SKIP, EXIT } from 'unist-util-visit'
export type * from './types'
