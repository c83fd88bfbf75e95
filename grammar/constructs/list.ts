/**
 * Ordinal lists whose items each open a paragraph of their own:
 *
 *   会议要求：               (or 会议要求，一是加强学习。 inline)
 *   一是加强学习。…
 *   二是狠抓落实。…
 *   三是强化督导。…
 *
 * are one list, as inline lists are: the item paragraphs are read as one
 * paragraph (the breaks between them kept as layout breaks), whose list
 * the inline rule reads (grammar/rules/lists.ts: markers, `planLists`,
 * which also decides whether the markers make a list at all). A line
 * continues the paragraph before it when it opens with the marker that
 * follows the last one that paragraph holds (二是 after 一是, 第三、 after
 * 第二、, 第四， after 第二、 when the page printed 第三 elsewhere); a marker with no predecessor there (a paragraph opening 二是…
 * alone) starts a paragraph as any line does.
 */
import { tokenMatcher } from 'chevrotain'
import { markerAt, nextItem, type Marker } from '../rules/lists'
import { Newline, Space } from '../tokens'
import type { Row } from '../../src/assemble/row'

/** The last marker a paragraph so far holds at a clause start, or undefined. */
export type ListRun = Marker | undefined

/** The run after reading one more line of the paragraph (each line is read once). */
export function runAfter(run: ListRun, row: Row): ListRun {
  const { tokens } = row
  let previous
  for (let i = 0; i < tokens.length; i++) {
    const marker = markerAt(tokens, i, previous, run)
    if (marker) run = marker.ordinal === 1 ? marker : (run && nextItem(marker, run)) ?? run
    const token = tokens[i]!
    if (!tokenMatcher(token, Space) && !tokenMatcher(token, Newline)) previous = token
  }
  return run
}

/** Whether a line opens with the item that follows the paragraph's last one. */
export function continuesList(run: ListRun, row: Row): boolean {
  if (!run) return false
  const marker = markerAt(row.tokens, 0, undefined, run)
  return marker !== undefined && nextItem(marker, run) !== undefined
}
