/**
 * The Han characters, in one place: the ranges every convention that asks
 * "is this Chinese text?" reads, as code-point ranges (for the lexer's text
 * runs) and as regular-expression classes (for line tests). Chevrotain
 * drops the `u` flag, so astral Han characters are matched as surrogate
 * pairs where it matters (the text runs).
 */

/** 〇, the Han zero (二〇一九). */
export const HAN_ZERO: [number, number] = [0x3007, 0x3007]
/** CJK Unified Ideographs Extension A, then the Yijing hexagrams, then the Unified Ideographs: U+3400–U+9FFF. */
export const HAN_COMMON: [number, number] = [0x3400, 0x9fff]
/** CJK Compatibility Ideographs. */
export const HAN_COMPATIBILITY: [number, number] = [0xf900, 0xfaff]

/** The lexer's text runs: 〇, Extension A, the Unified Ideographs, the compatibility ideographs. */
export const TEXT_RUN_RANGES: Array<[number, number]> = [HAN_ZERO, [0x3400, 0x4dbf], [0x4e00, 0x9fff], HAN_COMPATIBILITY]

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`
const klass = (...ranges: Array<[number, number]>) => ranges.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')

/** A regular-expression class body for the common Han characters. */
export const HAN_CLASS = klass(HAN_COMMON)
/** The same with the compatibility ideographs (column and topic tags). */
export const HAN_WORD_CLASS = klass(HAN_COMMON, HAN_COMPATIBILITY)

/** Any Han character: whether a line is Chinese at all. */
export const HAN_CHARACTER = new RegExp(`[${HAN_CLASS}]`)

const HAN_RUN = new RegExp(`^[${HAN_CLASS}]+$`)
/** Whether a string is all common Han characters. */
export const isHanRun = (text: string): boolean => HAN_RUN.test(text)

/** The first Han code unit: characters from here on may start a Han word. */
export const FIRST_HAN = String.fromCharCode(HAN_COMMON[0])
