/**
 * Sidebars: a box set beside a story, with a label over its own headline.
 *
 *   编辑点评 / 家长的安全监管没有假期 / …     the box's label (the vocabulary's sidebar labels), its headline, its text
 *   【相关链接】 / 我市23种疾病纳入大病医保 / …   the label in its brackets
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

/** The brackets a box's label may be printed in: 【相关链接】, [相关链接], 〖相关链接〗. */
const LABEL_BRACKETS = /^[【\[〖](.+)[】\]〗]$/u

/** Whether a run of title lines is a box's label (bare, or in its brackets: 【相关链接】) over its headline. */
export function isSidebar(run: Row[], words: FurnitureWords): boolean {
  if (run.length < 2) return false
  const label = lineText(run[0]!.tokens).trim()
  return words.sidebarLabels.includes(LABEL_BRACKETS.exec(label)?.[1] ?? label)
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const SIDEBAR_PATTERNS: readonly RegExp[] = [LABEL_BRACKETS]
