/**
 * Reading numbers as printed: 5, ５ (folded before we see it), 十四, 廿三,
 * 二〇一九.
 */
/** The numerals that count one to ten: the characters of ordinals and page numbers (第三, 十二版). */
export const COUNTING_NUMERALS = '一二三四五六七八九十'
/** Every numeral a date may be printed with: digit-by-digit years (二〇一九), 廿 and 卅 for 20 and 30. */
export const DATE_NUMERALS = '〇零一二三四五六七八九十廿卅'
/** The numerals a year is printed with digit by digit (二〇一九). */
export const DIGIT_NUMERALS = '〇零一二三四五六七八九'

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/**
 * The value of a number written in ASCII digits or Chinese numerals,
 * or undefined when it is not one. 二〇一九 reads digit by digit (years);
 * 十四, 二十三, 廿三 read positionally.
 */
const DIGIT_BY_DIGIT = new RegExp(`^[${DIGIT_NUMERALS}]{3,}$`)

export function readNumber(raw: string): number | undefined {
  if (/^[0-9]+$/.test(raw)) return Number(raw)
  if (raw.length === 0) return undefined
  if (DIGIT_BY_DIGIT.test(raw)) {
    let n = 0
    for (const ch of raw) n = n * 10 + (DIGITS[ch] ?? 0)
    return n
  }
  let total = 0
  let unit = 0
  for (const ch of raw) {
    if (ch === '十') {
      total += (unit || 1) * 10
      unit = 0
    } else if (ch === '廿') {
      total += 20
    } else if (ch === '卅') {
      total += 30
    } else if (ch in DIGITS) {
      unit = DIGITS[ch] ?? 0
    } else {
      return undefined
    }
  }
  return total + unit
}
