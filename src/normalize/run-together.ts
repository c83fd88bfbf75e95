/**
 * A story whose paragraphs a store or a scraper ran together on one line, a
 * space where each paragraph ended (…雪上加霜的威力。 洽水镇石莹村…): the line is
 * far longer than any paragraph a page prints, and sentences end before a
 * space again and again along it. Each such space is read as the break the
 * page sets between its other lines (a line break, and as many blank lines
 * as it usually leaves), so every convention sees the paragraphs, and the page
 * reads the same however widely its copy spaced it; nodes still slice what
 * the copy printed, through the offsets' map back.
 *
 * Left alone: a space after a sentence on a page's ordinary lines, and a
 * line that sets every sentence apart with one (a space after nearly every
 * sentence's end marks sentences, not paragraphs).
 */

import { splice, type Edit, type Spliced } from './splice'

/** How long a line must run before it is taken for paragraphs run together: longer than a page's long paragraphs. */
const RUN_TOGETHER_LINE = 400
/** The fewest paragraph ends a run-together line shows. */
const MIN_ENDS = 2
/** A sentence's end (its mark, a closing quote or bracket after it) and one space, then text: where a paragraph ended. */
const PARAGRAPH_END = /(?<=[。！？!?][”’"）)]?) (?=[^\s])/g
/** Any sentence's end. */
const SENTENCE_END = /[。！？!?][”’"）)]?/g
/**
 * The largest share of a line's sentence ends a space may follow for the spaces to mark its paragraphs: where nearly
 * every sentence is followed by one, the space is how the copy sets its sentences apart, not its paragraphs (d945).
 */
const MAX_SPACED_SHARE = 0.75
/** A line between line breaks of any kind (a Unicode line separator too), matched whole: one pass over the text. */
const LINE = /[^\n\r\u2028\u2029\f\v\u0085]+/g
/** A line break of any kind, a blank line's spacing before it. */
const LINE_BREAK = /[ \t\u3000]*(?:\r\n|[\n\r\u2028\u2029\f\v\u0085])/

/** The text with each run-together line's paragraph ends read as the page's breaks between paragraphs. */
export function breakRunTogetherLines(text: string): Spliced {
  if (text.length < RUN_TOGETHER_LINE) return { text }
  const edits: Edit[] = []
  let gap: string | undefined
  for (const line of text.matchAll(LINE)) {
    if (line[0].length < RUN_TOGETHER_LINE) continue
    const ends = [...line[0].matchAll(PARAGRAPH_END)]
    if (ends.length < MIN_ENDS || ends.length > MAX_SPACED_SHARE * (line[0].match(SENTENCE_END)?.length ?? 0)) continue
    gap ??= '\n'.repeat(1 + usualBlankLines(text))
    for (const end of ends) edits.push({ start: line.index + end.index, end: line.index + end.index + 1, by: gap })
  }
  return splice(text, edits)
}

/** How many blank lines the page usually leaves between two lines of text (the most frequent count; 0 when none). */
function usualBlankLines(text: string): number {
  const counts = new Map<number, number>()
  let blank = 0
  let seen = false
  for (const line of text.split(LINE_BREAK)) {
    if (line.trim() === '') blank++
    else {
      if (seen) counts.set(blank, (counts.get(blank) ?? 0) + 1)
      seen = true
      blank = 0
    }
  }
  let usual = 0
  for (const [gap, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = gap
  return usual
}
