/**
 * Extensions' line constructs (src/configure.ts): lines an extension's rule
 * reads, placed like the built-in constructs by where the extension says
 * they may stand — among a heading group's lines (heading-group.ts counts
 * them there), in an article's body, closing it, or at the top level.
 * Their line test runs among the first (src/assemble/classify.ts).
 */
import type { ArticleContent } from '../../src/types'
import type { Placer, RowNode } from './construct'

/** The node the extension's rule built of the line. */
export const extensionNode: RowNode = (row) => row.node as ArticleContent

/** In the article where its placement admits it (a closing construct then closes it), else at the top level. */
export const placeExtension: Placer = (row, assembly) => {
  const { standsIn } = row.construct!
  assembly.flush()
  const joined = assembly.stand(() => extensionNode(row, assembly), standsIn)
  if (joined && standsIn.has('closing') && !standsIn.has('body')) assembly.close()
}
