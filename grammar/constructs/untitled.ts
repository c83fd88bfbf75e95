/**
 * Stories printed without a title: a text that opens with plain sentences
 * and ends with a closing credit is an article whose headline is empty
 * (the web copy of a report that lost its title, a story's text handed on
 * without it), not text outside any article.
 *
 *   人间烟火气，最抚百姓心。…            no headline, no dateline: plain sentences
 *   抚慰人心的烟火气                    its section heads (intertitles, once it is an article)
 *   …李明红说。（ 玉溪日报全媒体记者  熊长青  文/图）   the closing credit that makes it a story
 *
 * Read ahead from the first sentence outside any article to the end of its
 * block (a wide gap, or whatever opens something else: a heading group, a
 * dateline, a masthead, a page header, a jump line): if a closing credit
 * comes first — a signature closing a line, or a credit line after the text
 * — the text is that story's. Text with no such credit stays at the top
 * level with an `orphan-text` diagnostic (the tail of a story from another
 * page, a stray line). (A dateline opens an article of its own: dateline.ts.)
 */
import { closesStory } from './editor-line'
import { tokenMatcher } from 'chevrotain'
import { WIDE_GAP, trimmed } from '../layout'
import { isEditorsNote, signedByEditors } from './editors-note'
import { LParen, SentenceEnd } from '../tokens'
import type { Kind, Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { Article } from '../../src/types'
import { splitSignature } from './signature'

/** Rows that open something of their own: the text before them is not closed by a credit after them. */
const OPENS_ANOTHER: ReadonlySet<Kind> = new Set(['dateline', 'masthead', 'pageHeader', 'jumpLine'])

/**
 * Whether a row closes a story with a credit: a credit line, a line
 * ending in a signature — bracketed, or names set after the last sentence
 * (…资料5个。 夏慧) — or the editor's line in brackets.
 */
function closesWithCredit(row: Row, assembly: Assembly): boolean {
  // (Or its editor's line in brackets, as sites close a story: (編輯:陳嘉俊).)
  if (row.kind === 'byline' || (row.kind === 'editorLine' && closesStory(row))) return true
  if (row.kind !== 'body') return false
  const { runner, factory } = assembly.context
  return splitSignature(row.tokens, runner, factory).closing?.type === 'signature'
}

/**
 * The rows from which, reading on to the end of their block, a closing
 * credit comes: one pass from the page's end (so a page of orphan text is
 * read once, not once per line).
 */
function signedText(rows: readonly Row[], assembly: Assembly): Set<Row> {
  const signed = new Set<Row>()
  let credited = false
  for (let k = rows.length - 1; k >= 0; k--) {
    const row = rows[k]!
    const next = rows[k + 1]
    // The block ends before the next row when a wide gap or an opener stands there.
    if (next && (next.gap >= WIDE_GAP || OPENS_ANOTHER.has(next.kind) || assembly.groups.has(next))) credited = false
    if (closesWithCredit(row, assembly)) credited = true
    if (credited) signed.add(row)
  }
  return signed
}

const signedByAssembly = new WeakMap<Assembly, Set<Row>>()

/** Whether a sentence outside any article opens an untitled story (a closing credit ends its block). */
export function opensUntitled(row: Row, assembly: Assembly): boolean {
  return untitledOpening(row, assembly) !== undefined
}

/**
 * How a sentence outside any article opens an untitled story: signed (a closing credit ends its block), as the next
 * item of a list of untitled items (followsSignedUntitled), or as the page's first text.
 */
function untitledOpening(row: Row, assembly: Assembly): 'signed' | 'nextItem' | 'pageFirst' | undefined {
  // (A closing credit on a line of its own, （陈大春/文、摄）, closes text; it opens none.)
  if (row.kind !== 'body' || tokenMatcher(row.tokens[0]!, LParen)) return undefined
  let signed = signedByAssembly.get(assembly)
  if (!signed) signedByAssembly.set(assembly, (signed = signedText(assembly.rows.all(), assembly)))
  if (signed.has(row)) return 'signed'
  if (followsSignedUntitled(row, assembly)) return 'nextItem'
  return opensPage(row, assembly) ? 'pageFirst' : undefined
}

/** The parts a story's title is printed in: a story that holds none is untitled. */
const TITLE_PARTS: ReadonlySet<string> = new Set(['kicker', 'headline', 'subheadline'])

/**
 * Whether a sentence stands right under an untitled story its signature just closed (a site's list page printing a
 * column's items one after another, each without its title: …倍感温馨。(徐永斌) / 1月15日,河棚镇召开…): the next item, even
 * where the copy was cut before its credit.
 */
function followsSignedUntitled(row: Row, assembly: Assembly): boolean {
  const story = assembly.signedArticle()
  return (
    story !== undefined &&
    story.children.at(-1)?.type === 'signature' &&
    !story.children.some((child) => TITLE_PARTS.has(child.type)) &&
    row.gap < WIDE_GAP &&
    row.tokens.some((token) => tokenMatcher(token, SentenceEnd))
  )
}

/**
 * Untitled stories no credit closes: opened as a page's first text (most often the tail of a story whose title is
 * elsewhere), or as a list's next item its credit was cut from.
 */
const unsignedStories = new WeakSet<Article>()

/** Open the untitled story a sentence outside any article opens, if it opens one (opensUntitled): whether it did. */
export function openUntitled(row: Row, assembly: Assembly): boolean {
  const opening = untitledOpening(row, assembly)
  if (opening === undefined) return false
  // (Under a site's stamp it is the one story the web copy holds, its title lost: its titles are its sections.)
  const stamped = assembly.rows.peek(-1)?.kind === 'stamp'
  assembly.open({ heads: [], bylines: [] }, row)
  // (A post set in display lines is the page's story, its titles its sections: display-lines.ts.)
  if ((opening === 'pageFirst' && !stamped && row.displayLine !== true) || opening === 'nextItem') unsignedStories.add(assembly.article!)
  return true
}

/**
 * Whether a title under the open story's text opens a story of its own
 * rather than a section of it: so under unsigned text at the page's top
 * (the tail of a column's item: 市民王女士:… / 污水管道该治理 / 市民李女士:…).
 * A signed untitled story's titles are its sections. (intertitle.ts asks.)
 */
export const titlesAfterUnsignedText = (assembly: Assembly): boolean => assembly.article !== undefined && unsignedStories.has(assembly.article)

/**
 * Whether a sentence is the page's first text, only furniture above it
 * (a web copy that lost its title: 来源:… 作者:… / 1月27日,记者在赣州汽车站看到,…):
 * the story the page holds, whatever closes it. (A line with no full stop,
 * 看家乡事,品故乡情, is a slogan: it opens nothing.)
 */
function opensPage(row: Row, assembly: Assembly): boolean {
  if (assembly.hasArticle() || !(row.displayLine === true || row.tokens.some((token) => tokenMatcher(token, SentenceEnd)))) return false
  // (The editors' word over the stories, 编者按：… or …——编  者 under it, is no story.)
  const next = assembly.rows.peek()
  return !isEditorsNote(row.tokens) && !(next && signedByEditors(trimmed(next.tokens)))
}
