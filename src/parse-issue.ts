import { defaultParser, type ParseOptions } from './create-parser'
import type { Issue } from './types'

export type { ParseOptions } from './create-parser'

/**
 * Parse the text of a newspaper page or issue into an `Issue` tree.
 * Never throws on a string: what it cannot place still lands in the tree,
 * and `issue.data.diagnostics` says why.
 */
export function parseIssue(text: string, options: ParseOptions = {}): Issue {
  return defaultParser().parseIssue(text, options)
}
