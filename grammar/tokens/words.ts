/**
 * Words of the newspaper trade, generated from a Vocabulary: one token type
 * per word, tagged with the categories (concepts) it belongs to, so 本报 is
 * both a wire source (本报北京5月9日电) and an affiliation (本报记者).
 * Word tokens are ordered longest first, so the lexer's first match is the
 * longest word (本报讯 before 本报).
 */
import { Lexer, createToken, type TokenType } from 'chevrotain'
import type { Vocabulary } from '../vocabulary'

/** Sources that form a dateline alone: 本报讯. */
export const FlashSource = createToken({ name: 'FlashSource', pattern: Lexer.NA })
/** Sources followed by place and date: 本报, 新华社. */
export const WireSource = createToken({ name: 'WireSource', pattern: Lexer.NA })
/** 本报, 本版…. */
export const Affiliation = createToken({ name: 'Affiliation', pattern: Lexer.NA })
/** Any role in a credit. */
export const Role = createToken({ name: 'Role', pattern: Lexer.NA })
/** 记者, 通讯员…. */
export const ReporterRole = createToken({ name: 'ReporterRole', pattern: Lexer.NA, categories: [Role] })
/** 责编, 编辑…. */
export const EditorRole = createToken({ name: 'EditorRole', pattern: Lexer.NA, categories: [Role] })
/** 图为…. */
export const CaptionCue = createToken({ name: 'CaptionCue', pattern: Lexer.NA })
/** 忻州日报…. */
export const Paper = createToken({ name: 'Paper', pattern: Lexer.NA })
/** 资料图片…: words that end a caption. */
export const CaptionEnd = createToken({ name: 'CaptionEnd', pattern: Lexer.NA })
/** 北京, 台北…. */
export const Place = createToken({ name: 'Place', pattern: Lexer.NA })

/** 据 in 据新华社电: the story is taken from a wire. */
export const According = createToken({ name: 'According', pattern: /据/ })
/** What follows 电 where it opens a word, not a wire's closing: 电视台, 电话, 电商, 电子报, 电力, 电网…. */
const AFTER_ELECTRIC = '视话子影力脑商动网台气池梯价器站厂线费量源缆路工信竞车邮'
/** What precedes 电 where it closes a word, not a wire's dateline: 广电, a county's radio and television (三峡广电讯). */
const BEFORE_ELECTRIC = '广'
/**
 * 电 or 讯 closing a wire dateline that has no date: 新华社电, 据新华社电. Not 电 opening a word
 * (AFTER_ELECTRIC), which is text: 淄博电视台记者 is a station's reporter, 10月8日电商节 no wire's date;
 * nor 电 closing one (BEFORE_ELECTRIC): 宜昌三峡广电讯 is the station's flash.
 */
export const WireEnd = createToken({ name: 'WireEnd', pattern: new RegExp(`(?<![${BEFORE_ELECTRIC}])电(?![${AFTER_ELECTRIC}])|讯`) })
/** 报道 / 报导 closing a credit: 记者 罗琼 报道, 〔记者陈彦廷/屏东报导〕. */
export const Reported = createToken({ name: 'Reported', pattern: /报道|报导/ })

/**
 * 发自 before the place a story was filed from, after its reporters' names: 南方周末记者 王芳 发自北京, 本报记者 李强
 * 发自武汉 (南方周末, 新京报, 财新 and others sign so, where most papers print 北京报道).
 */
export const FiledFrom = createToken({ name: 'FiledFrom', pattern: /发自/ })

/** 参与采写 closing a signature: （本报记者葛孟超、张文参与采写）; who supplied the copy, 供稿: （通讯员 李强 供稿）. */
export const Contributed = createToken({ name: 'Contributed', pattern: /参与采写|参与报道|供稿/ })

/**
 * 整理 after a reporter's name: compiled by them, （记者 杨海彤 整理）, （记者杨海彤整理）; or put together from other
 * reports, 整合 (长江网10月4日讯（记者陈智 整合）). (Not 编译: a translator's role before the name, 編譯／趙榮琳.)
 */
export const Compiled = createToken({ name: 'Compiled', pattern: /整理|整合/ })

/** 摄 after a photographer's name: 李润芳摄, 新华社记者 谢环驰 摄. */
export const PhotoBy = createToken({ name: 'PhotoBy', pattern: /摄/ })

/**
 * A reporter stationed in a place, named by it: 驻京记者, (本报)驻大同记者, 驻吕梁记者 — a role for every
 * place a paper keeps a desk in, so read by its form, not listed (the place one to four characters). Not a
 * clause about a reporter (驻村干部向记者讲述, 对记者说), nor 驻 as a verb's first part (驻守边关, 驻扎, 驻足).
 */
export const StationedRole = createToken({
  name: 'StationedRole',
  pattern: /驻(?![守扎足留])(?:(?![向对给跟与和让请把被从在的是说])[\u4e00-\u9fff]){1,4}?记者/,
  start_chars_hint: ['驻'],
  categories: [ReporterRole, Role],
})

/** Grammar words that are not vocabulary (fixed by the conventions themselves). */
export const fixedWordTokens = [Reported, FiledFrom, Contributed, Compiled, According, WireEnd, PhotoBy, StationedRole]

export const wordCategories = [
  FlashSource, WireSource, Affiliation, Role, ReporterRole, EditorRole, CaptionCue, CaptionEnd, Paper, Place,
]

const conceptOf: Array<[keyof Vocabulary, TokenType]> = [
  ['flashSources', FlashSource],
  ['wireSources', WireSource],
  ['affiliations', Affiliation],
  ['reporterRoles', ReporterRole],
  ['editorRoles', EditorRole],
  ['captionCues', CaptionCue],
  ['captionEnds', CaptionEnd],
  ['papers', Paper],
  ['places', Place],
]


/**
 * One token type per set of concepts (本报 and 新华社 share one: wire source
 * and affiliation), matching the longest vocabulary word at the position,
 * so the lexer's first match is the longest word (本报讯 before 本报)
 * whatever the order of the types. Few token types keep the parser's
 * analysis (and so cold start) cheap.
 */
export function createWordTokens(vocabulary: Vocabulary): TokenType[] {
  const conceptsOf = new Map<string, TokenType[]>()
  for (const [key, category] of conceptOf) {
    for (const word of vocabulary[key]) {
      if (word.length === 0) continue
      const list = conceptsOf.get(word) ?? []
      if (!list.includes(category)) list.push(category)
      conceptsOf.set(word, list)
    }
  }
  const longest = longestWordAt([...conceptsOf.keys()])
  const groups = new Map<string, { categories: TokenType[]; words: Set<string> }>()
  for (const [word, categories] of conceptsOf) {
    const key = categories.map((c) => c.name).join('+')
    const group = groups.get(key) ?? { categories, words: new Set() }
    group.words.add(word)
    groups.set(key, group)
  }
  return [...groups].map(([key, { categories, words }]) =>
    createToken({
      name: `Words_${key}`,
      pattern: (text: string, offset: number) => {
        const word = longest(text, offset)
        return word !== undefined && words.has(word) ? ([word] as [string]) : null
      },
      start_chars_hint: [...new Set([...words].map((w) => w.charAt(0)))],
      line_breaks: false,
      categories,
    }),
  )
}

/**
 * Whether a word ending in 报 would take the first character of 报道 (报导) after it: 通讯员李明报道 is a name and 报道,
 * not 李, the paper 明报 and 道. (明报报道 keeps its paper.)
 */
const takesReportsCharacter = (word: string, text: string, offset: number): boolean => {
  if (!word.endsWith(REPORTED_FIRST)) return false
  REPORTED_AT.lastIndex = offset + word.length - REPORTED_FIRST.length
  return REPORTED_AT.test(text)
}
/** The token 报道 (Reported), matched where the word's last character stands. */
const REPORTED_AT = new RegExp((Reported.PATTERN as RegExp).source, 'y')
const REPORTED_FIRST = '报'

/** The longest of `words` starting at an offset (remembered for the last offset asked). */
function longestWordAt(words: string[]): (text: string, offset: number) => string | undefined {
  // Keyed by char code: reading a character as a string would allocate one per call.
  const byFirst = new Map<number, string[]>()
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(word.charCodeAt(0)) ?? []
    list.push(word)
    byFirst.set(word.charCodeAt(0), list)
  }
  let lastText: string | undefined
  let lastOffset = -1
  let lastWord: string | undefined
  return (text, offset) => {
    if (text === lastText && offset === lastOffset) return lastWord
    lastText = text
    lastOffset = offset
    lastWord = byFirst.get(text.charCodeAt(offset))?.find((word) => text.startsWith(word, offset) && !takesReportsCharacter(word, text, offset))
    return lastWord
  }
}
