/**
 * A readers' hotline column: items of callers' words, each under a bulleted
 * label, a title and a subtitle.
 *
 *   ■暖心                         the item's label: its kicker
 *   包遗落在公交车上               its title: the headline
 *   多人助力帮忙寻回               the subheadline
 *   张女士来电：我是外地来…       the caller's words: the item's text
 *   ■生气                         the next item's label: a new article, not a section
 *   …
 *   (黄晓彬 柯丽娟 肖打 整理)      the column's compilers: the last item's signature
 *
 * Everything about the convention is here: when a bulleted word is the
 * label rather than a columnist's name (byline.ts reads ■ 李 文 as a
 * byline), and when a bulleted head after an item's text opens the next
 * item rather than a section of the same story (intertitle.ts). Both hold
 * only over an item whose text opens with a caller's words: a feature's
 * bulleted sections (■变局 / 老厂房 / 变身新园区) and a poem's pen name
 * (■一苇) print the same shapes.
 */
import { tokenMatcher } from 'chevrotain'
import { printedLength } from '../layout'
import { looksLikeName } from '../names'
import { HAN_CLASS } from '../han'
import { Bullet } from '../tokens'
import { lineText, readAs, type Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { Refinement } from './construct'

/** A caller's words opening an item of a readers' hotline: 张女士来电:, 读者李先生来电说,. */
const CALLER_TAG = new RegExp(`^[${HAN_CLASS}]{0,8}(?:女士|先生|师傅|阿姨|大爷|大妈|同学|市民|读者|网友)来电(?:说|反映|称)?[:：,，]`)

/** The most title lines between an item's label and the caller's words. */
const MAX_ITEM_TITLE_LINES = 3

/** What an item's label may stand under: the item before it, or the page's furniture. */
const OVER_ITEM_LABEL: ReadonlySet<Row['kind']> = new Set(['body', 'dateline', 'pageHeader', 'masthead', 'chrome', 'stamp'])

/** The fewest lines of an item's head after the item before it: its label, its title, its subtitle. */
const MIN_ITEM_HEAD = 3
/** The longest label after a bullet over an item's title (■暖心, ■生气, ■曝光台). */
const MAX_ITEM_LABEL = 4

/**
 * Whether title lines straight from row `k` stand over a caller's words, as a hotline column
 * opens each item (张女士来电：…, 市民李先生来电说，…).
 */
function overCallersItem(rows: readonly Row[], k: number): boolean {
  for (let j = k; j <= k + MAX_ITEM_TITLE_LINES && j < rows.length; j++) {
    const row = rows[j]!
    // (The caller's words may be a column's cut line, short enough to read as a heading's.)
    if (j > k && CALLER_TAG.test(lineText(row.tokens).trim())) return true
    if (row.kind !== 'heading' || row.gap > 0) return false
  }
  return false
}

/**
 * A bulleted word over an item's title (■暖心 over 包遗落在公交车上): the item's kicker, not a
 * columnist's name. Only a bare word that reads as no name (a surname opens none of it), no
 * role, at the page's top, under its furniture or under an item's text, never under a title
 * (■一苇 under 春天的信 is the poet).
 */
export const bulletedLabels: Refinement = (rows) =>
  rows.map((row, k) => {
    const above = rows[k - 1]
    const word = row.kind === 'byline' && tokenMatcher(row.tokens[0]!, Bullet) && (row.credits ?? []).every((credit) => credit.role === undefined && !credit.names.some(looksLikeName))
    const placed = above === undefined || OVER_ITEM_LABEL.has(above.kind)
    return word && placed && overCallersItem(rows, k + 1) ? readAs(row, 'heading') : row
  })

/**
 * Whether a run of title lines after an item's text opens the column's next item: a bulleted
 * label over its title and subtitle, the caller's words under them (■生气 / 外卖小哥骑车乱窜 /
 * 全然不顾他人安全 / 刘女士来电：…).
 */
export function labelsItem(run: Row[], assembly: Assembly): boolean {
  const first = run[0]!.tokens
  if (run.length < MIN_ITEM_HEAD || !tokenMatcher(first[0]!, Bullet) || printedLength(first.slice(1)) > MAX_ITEM_LABEL) return false
  const rows = [...run, assembly.rows.peek(run.length)].filter((row): row is Row => row !== undefined)
  return overCallersItem(rows, 1)
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const HOTLINE_COLUMN_PATTERNS: readonly RegExp[] = [CALLER_TAG]
