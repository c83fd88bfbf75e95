/**
 * HTML entities a scraper left unescaped in a page's text (&nbsp;&nbsp;本报讯,
 * 加快建设&ldquo;12218&rdquo;现代化产业体系, &mdash;&mdash;记…, &#12288;): the lexer reads
 * the characters they stand for, so that every convention reads such a copy as
 * it reads the page (a quote's entity no longer holds the ; that ends a clause);
 * nodes still show what the copy printed, entities included, since their text
 * is sliced from the original input.
 *
 * Only the entities news pages leave: spacing, quotes, dashes, the ellipsis,
 * the middle dot, the markup characters, and any character by its number.
 * Anything else that looks like one (&foo;) stays as printed.
 */

import { splice, type Edit, type Spliced } from './splice'

/** The text with its entities decoded, and where each of its offsets came from. */
export type Decoded = Spliced

/** The named entities a news page's text leaves, and the characters they stand for. */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** An entity: named (one of NAMED), or a character by its decimal or hexadecimal number. */
const ENTITY = new RegExp(`&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(${Object.keys(NAMED).join('|')}));`, 'g')

/** The highest code point; a number past it, or a surrogate's, names no character. */
const MAX_CODE_POINT = 0x10ffff
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff

/** The character an entity stands for, or undefined when its number names none. */
function characterOf(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) return NAMED[name]
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16)
  return code > 0 && code <= MAX_CODE_POINT && !isSurrogate(code) ? String.fromCodePoint(code) : undefined
}

/** The text with its entities decoded, and where each of its offsets came from. */
export function decodeEntities(text: string): Decoded {
  if (!text.includes('&')) return { text }
  const edits: Edit[] = []
  for (const m of text.matchAll(ENTITY)) {
    const character = characterOf(m[1], m[2], m[3])
    if (character !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, by: character })
  }
  return splice(text, edits)
}
