/**
 * Width folding: full-width ASCII variants become ASCII (５月９日 → 5月9日,
 * （记者） → (记者), ， → ,), the ideographic space, NBSP and the typographic
 * spaces a web page's &ensp; and &emsp; leave (U+2000–U+200A, U+202F, U+205F) become a space.
 * Every replacement is one UTF-16 unit for one, so offsets do not move.
 */

// Full-width ASCII variants (！ to ～), the ideographic space, NBSP, the
// typographic spaces (en and em spaces, thin and hair spaces: 来源：巴彦淖尔日报\u2002\u2002编辑：苏亮), the
// vertical-form colon ︰ some Hong Kong sites print (記者︰脫芷晴), and
// U+E40C: the Sogou news corpora (SogouCS/CA), a common source of scraped
// Chinese news, store each paragraph break as this private-use character.
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2000-\u200a\u202f\u205f\ufe30\ue40c]/g

/**
 * Whether a folded character is one of the spaces among them, each read as an ASCII space: by its
 * code, as every full-width mark of a page passes here.
 */
const isSpace = (code: number): boolean => code === 0x3000 || code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (isSpace(code)) return ' '
  if (code === 0xfe30) return ':'
  if (code === 0xe40c) return '\n'
  return String.fromCharCode(code - 0xfee0)
}

export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, foldChar)
}
