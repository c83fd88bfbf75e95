import { defaultParser } from './create-parser'
import type { ParseOptions } from './options'
import type { Issue } from './types'

export type { ParseOptions } from './options'

/**
 * Parse the text of a newspaper page or issue into an `Issue` tree.
 * Never throws on a string: what it cannot place still lands in the tree,
 * and `issue.data.diagnostics` says why. Throws a TypeError for text that
 * is not a string, and a TypeError or RangeError for options no parse
 * could honour (an unknown script, an issueDate of month 13).
 */
export function parseIssue(text: string, options?: ParseOptions): Issue {
  return defaultParser().parseIssue(text, options)
}
