/**
 * Ordinal list markers. Each family is one token type; the parser decides
 * whether a marker really opens a list item (grammar/rules/lists.ts).
 */
import { Lexer, createToken, type TokenType } from 'chevrotain'
import { COUNTING_NUMERALS } from '../numerals'

const N = `[${COUNTING_NUMERALS}]{1,3}`

/** Any list marker. */
export const ListMarker = createToken({ name: 'ListMarker', pattern: Lexer.NA })

/** 一是, 二是…. */
export const ShiMarker = createToken({ name: 'ShiMarker', pattern: new RegExp(`${N}是`), categories: [ListMarker] })
/** 第一是, 第二是… (三个坚持：第一是…；第二是…): a family of its own, printed so. */
export const DiShiMarker = createToken({ name: 'DiShiMarker', pattern: new RegExp(`第${N}是`), categories: [ListMarker] })
/** 一为, 二为… (比赛分两类,一为…,二为…; the list rules read it only where it opens a clause, not 合二为一). */
export const WeiMarker = createToken({ name: 'WeiMarker', pattern: new RegExp(`${N}为`), categories: [ListMarker] })
/** 一要, 二要…. */
export const YaoMarker = createToken({ name: 'YaoMarker', pattern: new RegExp(`${N}要`), categories: [ListMarker] })
/** 第一, 第二… (only followed by 、 , :). */
export const DiMarker = createToken({ name: 'DiMarker', pattern: new RegExp(`第${N}`), categories: [ListMarker] })
/** 其一, 其二…. */
export const QiMarker = createToken({ name: 'QiMarker', pattern: new RegExp(`其${N}`), categories: [ListMarker] })
/** 首先, 其次, 再次, 最后. */
export const SequenceMarker = createToken({ name: 'SequenceMarker', pattern: /首先|其次|再次|最后/, categories: [ListMarker] })
/** (一), (二)…. */
export const ParenMarker = createToken({ name: 'ParenMarker', pattern: new RegExp(`\\(${N}\\)`), categories: [ListMarker] })
/** 一、二、… (section numbering run into the text). */
export const DunMarker = createToken({ name: 'DunMarker', pattern: new RegExp(`${N}、`), categories: [ListMarker] })
/** (1), (2)… (（1）, folded to half width): digits in brackets. */
export const ParenDigitMarker = createToken({ name: 'ParenDigitMarker', pattern: /\([0-9]{1,2}\)/, categories: [ListMarker] })
/** 1、2、… (digits and the enumeration comma, as 一、 is). */
export const DigitDunMarker = createToken({ name: 'DigitDunMarker', pattern: /[0-9]{1,2}、/, categories: [ListMarker] })
/** A decimal number, so 1.6 is not read as the marker 1. */
export const Decimal = createToken({ name: 'Decimal', pattern: /[0-9]+\.[0-9]+/ })
/** 1. 2. … */
export const DigitMarker = createToken({ name: 'DigitMarker', pattern: /[0-9]{1,2}\./, categories: [ListMarker] })
/** ① ② … ⑳ */
export const CircledMarker = createToken({ name: 'CircledMarker', pattern: /[\u2460-\u2473]/, categories: [ListMarker] })

/** How a family is named (its first marker) and how a marker's ordinal is read. */
export interface MarkerFamily {
  style: string
  /** Characters a marker of this family must be followed by, if any. */
  followedBy?: RegExp
}

export const markerFamilies = new Map<TokenType, MarkerFamily>([
  [ShiMarker, { style: '一是' }],
  [DiShiMarker, { style: '第一是' }],
  [WeiMarker, { style: '一为' }],
  [YaoMarker, { style: '一要' }],
  [DiMarker, { style: '第一', followedBy: /^[、,:]/ }],
  [SequenceMarker, { style: '首先' }],
  [QiMarker, { style: '其一' }],
  [ParenMarker, { style: '(一)' }],
  [DunMarker, { style: '一、' }],
  [ParenDigitMarker, { style: '(1)' }],
  [DigitDunMarker, { style: '1、' }],
  [DigitMarker, { style: '1.' }],
  [CircledMarker, { style: '①' }],
])

// Decimal before DigitMarker: the lexer takes the first pattern that matches.
export const listTokens = [ShiMarker, DiShiMarker, WeiMarker, YaoMarker, DiMarker, QiMarker, SequenceMarker, ParenMarker, DunMarker, ParenDigitMarker, DigitDunMarker, Decimal, DigitMarker, CircledMarker]
export const listCategories = [ListMarker]

/** First characters of list markers: Han text runs stop before them. */
export const LIST_MARKER_FIRST_CHARS = `${COUNTING_NUMERALS}第首其再最`
