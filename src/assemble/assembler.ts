/**
 * The assembler: a page's lines → mastheads, page headers, articles,
 * editor lines, captions, jump lines and stray paragraphs.
 *
 * 1. Each line is read by the constructs' line tests, in their declared
 *    order, and read again where its neighbours change what it is
 *    (classify.ts; grammar/constructs/index.ts declares both orders).
 * 2. Heading groups are found before the lines that open articles
 *    (grammar/constructs/heading-group.ts).
 * 3. The rows are walked once, in order: each is placed by the table of
 *    its construct's placement, which reads and changes the state of the
 *    page (assembly.ts: top / heading / body / closing):
 *
 *    article := headingGroup byline* (paragraph | intertitle | caption | table | section signature | …)* signature? (endMark | notice)? editorLine*
 */
import type { Line } from '../../grammar/layout'
import { measurePage } from '../../grammar/page-shape'
import { findHeadingGroups, freshGroup, gapEndsArticle } from '../../grammar/constructs/heading-group'
import { isPackageSection, placeSection, titlesAnotherStory } from '../../grammar/constructs/intertitle'
import { PLACEMENTS } from '../../grammar/constructs'
import type { IssueContent } from '../types'
import type { ConfiguredConstruct } from '../configure'
import { classify } from './classify'
import { splitLines } from './lines'
import { buildSafely } from './safety-net'
import { Assembly, type BuildContext } from './assembly'
import { RowStream } from './row-stream'
import type { Row } from './row'

export interface BuildInput extends BuildContext {
  /** Extensions' line constructs. */
  constructs?: ConfiguredConstruct[]
  /** Development checks: an extension's invalid node throws instead of being reported. */
  strict?: boolean
}

export function buildBlocks(input: BuildInput): IssueContent[] {
  // Lines are split here and let go after classification: rows keep what they need.
  const build = (lines: Line[]) => assemble(classify(lines, input), input)
  return buildSafely(splitLines(input.tokens), build, input.diagnostics, input.factory)
}

/** Walks the rows once, placing each by its construct. */
function assemble(rows: Row[], context: BuildContext): IssueContent[] {
  const assembly = new Assembly(new RowStream(rows), context, measurePage(rows, context.column), findHeadingGroups(rows))
  for (let row = assembly.rows.next(); row; row = assembly.rows.next()) {
    // Two blank lines or more end an article.
    if (gapEndsArticle(row, assembly)) assembly.close()
    const group =
      assembly.groups.get(row) ??
      ((!assembly.article || assembly.awaitsTitle(row) || titlesAnotherStory(row, assembly)) && row.kind === 'heading' ? freshGroup(assembly.rows, undefined, !assembly.hasArticle(), assembly.page.titleGap) : undefined)
    if (group && isPackageSection(group, row, assembly)) {
      placeSection(group, assembly)
      assembly.rows.take(group.heads.length + group.bylines.length - 1)
    } else if (group) {
      assembly.open(group, row)
      assembly.rows.take(group.heads.length + group.bylines.length - 1)
    } else {
      PLACEMENTS[row.kind](row, assembly)
    }
  }
  assembly.close()
  return assembly.root
}
