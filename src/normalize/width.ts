/**
 * Width folding: full-width ASCII variants become ASCII (５月９日 → 5月9日,
 * （记者） → (记者), ， → ,), the ideographic space and NBSP become a space.
 * Every replacement is one UTF-16 unit for one, so offsets do not move.
 */

// Full-width ASCII variants (！ to ～), the ideographic space, NBSP, the
// vertical-form colon ︰ some Hong Kong sites print (記者︰脫芷晴), and
// U+E40C: the Sogou news corpora (SogouCS/CA), a common source of scraped
// Chinese news, store each paragraph break as this private-use character.
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\ufe30\ue40c]/g

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code === 0x3000 || code === 0x00a0) return ' '
  if (code === 0xfe30) return ':'
  if (code === 0xe40c) return '\n'
  return String.fromCharCode(code - 0xfee0)
}

export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, foldChar)
}
