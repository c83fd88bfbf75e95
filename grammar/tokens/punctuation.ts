/**
 * Punctuation. Input is width-folded first, so （ ） ， ： ； ！ ？ arrive as
 * ( ) , : ; ! ? and one token serves both widths.
 */
import { Lexer, createToken } from 'chevrotain'
import { Other } from './text'

/** Punctuation that closes a sentence: 。! ? */
export const SentenceEnd = createToken({ name: 'SentenceEnd', pattern: Lexer.NA })
/** Punctuation after which a clause (and so a list item) may start. */
export const ClauseBreak = createToken({ name: 'ClauseBreak', pattern: Lexer.NA })

export const FullStop = createToken({ name: 'FullStop', pattern: /。/, categories: [SentenceEnd, ClauseBreak] })
export const Exclamation = createToken({ name: 'Exclamation', pattern: /!/, categories: [SentenceEnd, ClauseBreak] })
export const Question = createToken({ name: 'Question', pattern: /\?/, categories: [SentenceEnd, ClauseBreak] })
export const Comma = createToken({ name: 'Comma', pattern: /,/, categories: [ClauseBreak] })
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/, categories: [ClauseBreak] })
export const Colon = createToken({ name: 'Colon', pattern: /:/, categories: [ClauseBreak] })
/** 、 the enumeration comma, which separates names in credits. */
export const EnumComma = createToken({ name: 'EnumComma', pattern: /、/ })

export const LParen = createToken({ name: 'LParen', pattern: /\(/ })
export const RParen = createToken({ name: 'RParen', pattern: /\)/ })
/** 〔 〕: Taiwan papers' dateline brackets (〔記者陳彥廷／屏東報導〕). */
export const LTortoise = createToken({ name: 'LTortoise', pattern: /〔/ })
export const RTortoise = createToken({ name: 'RTortoise', pattern: /〕/ })
export const LLenticular = createToken({ name: 'LLenticular', pattern: /【/ })
export const RLenticular = createToken({ name: 'RLenticular', pattern: /】/ })
/**
 * [ ]: square brackets, where a web copy prints 【 】 around a dateline ([台東電子報]記者 楊伊杏/台東報導,
 * [本报讯]). Only the dateline's rule reads them as brackets; to every other rule they are the marks they
 * were (Other: a read-more link [详细], a footnote [1], an emoji's code [微笑], an author's era [唐]).
 */
export const LSquare = createToken({ name: 'LSquare', pattern: /\[/, categories: [Other] })
export const RSquare = createToken({ name: 'RSquare', pattern: /\]/, categories: [Other] })
export const LBook = createToken({ name: 'LBook', pattern: /《/ })
export const RBook = createToken({ name: 'RBook', pattern: /》/ })
/** Quotation marks: “ ” and the corner brackets 「 」『 』 of Hong Kong and Taiwan (a scraper's &ldquo; &rdquo; arrive decoded: src/normalize/entities.ts). */
export const LQuote = createToken({ name: 'LQuote', pattern: /[“「『]/ })
export const RQuote = createToken({ name: 'RQuote', pattern: /[”」』]/ })
/** —— the dash of "——记…" subtitles and of kickers: ——, or -- (a scraper's &mdash;&mdash; arrives decoded). */
export const Dash = createToken({ name: 'Dash', pattern: /\u2014+|-{2,}/ })
/** The bar (丨, a Han character) papers set between a role and its names as a slash: 记者丨张三, 文丨张三. */
export const HAN_BAR = '丨'
/** /, the box-drawing ╱ some Taiwan sites print for it (陳燕珩╱台北報導), and the bar (HAN_BAR). */
export const Slash = createToken({ name: 'Slash', pattern: new RegExp(`[/╱${HAN_BAR}]`) })
/**
 * ■ ● ◆ □ ◎ set before a byline or closing credit: ■記者蔡少玲, ■ 李 文, □陈 泳 报道, ◎ 川江都市报实习记者 李佑天羽;
 * ○ only before a reporter's role (○记者刘念海文/图, ○本报记者 X): ○ is a zero too (二○二四年), a brief's bullet
 * (○11月26日, ○市委书记…), a form's option (○是 ○否), a poem's section (○ 一), and 记者手记 is a column's name;
 * a site's list bullet • only before a role or the author's field (• 作者:蔡玲 吴佳丽 王洪普, a site's fields listed under
 * the title): before anything else it marks a menu's item or a list's (• 首页, • 送上一杯热水…).
 */
export const Bullet = createToken({
  name: 'Bullet',
  pattern: /[■●◆□◎]|○(?= ?(?:本报|本報)?(?:记者|記者|通讯员|通訊員|特约|特約|见习|見習|实习|實習|全媒体|全媒體|融媒体|融媒體|首席|文\/|图\/|圖\/|摄影|攝影)(?!手记|手記|节|節|站|会|會|证|證))|\u2022(?= ?(?:本报|本報)?(?:记者|記者|通讯员|通訊員|作者|撰文|撰稿)(?!手记|手記)[ :：])/,
})

export const punctuationCategories = [SentenceEnd, ClauseBreak]

export const punctuationTokens = [
  FullStop, Exclamation, Question, Comma, Semicolon, Colon, EnumComma,
  LParen, RParen, LTortoise, RTortoise, LLenticular, RLenticular, LSquare, RSquare, LBook, RBook, LQuote, RQuote,
  Dash, Slash, Bullet,
]
