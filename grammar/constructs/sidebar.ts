/**
 * Sidebars: a box set beside a story, with a label over its own headline.
 *
 *   编辑点评 / 家长的安全监管没有假期 / …     the box's label (the vocabulary's sidebar labels), its headline, its text
 *
 * A box's label over its headline, then body text: a sidebar article of
 * its own, kicker and headline (heading-lines.ts reads the label as the
 * kicker). A label alone over body text (背景 / …) may as well be a
 * section head: it stays one (intertitle.ts).
 *
 * Where it stands: at the top level, closing the article it was printed
 * beside; it opens an article of its own.
 */
import { lineText, type FurnitureWords, type Row } from '../../src/assemble/row'

/** Whether a run of title lines is a box's label over its headline. */
export function isSidebar(run: Row[], words: FurnitureWords): boolean {
  return run.length >= 2 && words.sidebarLabels.includes(lineText(run[0]!.tokens).trim())
}
