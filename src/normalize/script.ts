/**
 * Traditional input: detected cheaply, converted to simplified for matching
 * only (so each convention is written once, in simplified, in grammar/),
 * with an offset map back to the original. Node values keep the printed
 * characters; only the lexer sees the conversion.
 */
import { simplify } from './opencc'

/**
 * Frequent characters that exist only in traditional script. A page of
 * simplified text essentially never contains them; a traditional page is
 * full of them.
 */
const TRADITIONAL_ONLY = new Uint8Array(0x10000)
for (const ch of '這個們來說時會國為與對發經從電後點開關長門問間題學體實現動產業報記訊導讀聞區議員華灣臺陳黃張劉東車馬魚龍見頁風飛語話書處應當還進過樣認識讓請證據變轉辦總統縣鄉鎮醫療衛衞護場際務費價錢銀觀權歷戰軍隊團組織製藝術職責負結構兩萬億歲數網絡線條標準確選舉擁擠無論於將興讚義壓彈傳優勢燈廣築爭擊嚴蘭劇聯專營養態懷壞夠週邊舊歡顧險檢驗續斷屬層稅環壽韓鄭濤鐵溫') {
  TRADITIONAL_ONLY[ch.charCodeAt(0)] = 1
}

const SAMPLE = 65_536

/** Whether a text reads as traditional Chinese. */
export function looksTraditional(text: string): boolean {
  let hits = 0
  let han = 0
  // Long texts are sampled evenly (about 64k characters), so detection
  // stays cheap and still sees every part of a many-page issue.
  const step = Math.max(1, Math.floor(text.length / SAMPLE))
  for (let i = 0; i < text.length; i += step) {
    const code = text.charCodeAt(i)
    if (code < 0x3400) continue
    han++
    // A table by code: a Set lookup per character cost more than the rest
    // of the normalization. Twelve hits decide (below), so stop there.
    if (TRADITIONAL_ONLY[code] === 1 && ++hits >= 12) return true
  }
  // A stray traditional name in simplified text is not enough: ask for
  // several hits that are also a noticeable share of the Han characters.
  return hits >= 12 || (hits >= 3 && hits / han > 0.05)
}

export interface Converted {
  text: string
  /** Offset in `text` → offset in the input, or undefined when they coincide. */
  toInput?: Int32Array
}

/**
 * Convert to simplified, mapping offsets by code point: the conversion
 * keeps the number of code points but not always the UTF-16 length
 * (some BMP characters map to astral ones and back).
 */
export function toSimplified(text: string): Converted {
  const converted = simplify(text)
  if (aligned(text, converted)) return { text: converted }
  const toInput = new Int32Array(converted.length + 1)
  let i = 0
  let j = 0
  while (j < converted.length) {
    const wide = (s: string, k: number) => {
      const c = s.charCodeAt(k)
      return c >= 0xd800 && c <= 0xdbff && k + 1 < s.length ? 2 : 1
    }
    const inputWidth = i < text.length ? wide(text, i) : 1
    const outputWidth = wide(converted, j)
    for (let k = 0; k < outputWidth; k++) toInput[j + k] = Math.min(i, text.length)
    i += inputWidth
    j += outputWidth
  }
  toInput[converted.length] = text.length
  return { text: converted, toInput }
}

/** Whether every code point kept its UTF-16 width. */
function aligned(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) {
    const x = a.charCodeAt(k)
    const y = b.charCodeAt(k)
    if ((x >= 0xd800 && x <= 0xdbff) !== (y >= 0xd800 && y <= 0xdbff)) return false
  }
  return true
}
