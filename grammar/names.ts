/**
 * Personal names in credits: how long they are, and how two names glued
 * together without a separator (孙辰茜潘洁) are split.
 */

import { tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import { Space } from './tokens/spacing'

/**
 * Characters in the run of text starting at the parser's next token, places
 * included (记者从广州地铁获悉: 从 is not a name before 广州), and `inner` tokens
 * glued between its text (电 in 刘电清), up to a place right before the
 * `filed` word (台北 of 记者陈玲芳台北报导). A name must be
 * the whole run, so a run longer than a name is no name, never cut short.
 */
export function nameRunAhead(LA: (k: number) => IToken, text: TokenType, place: TokenType, inner?: TokenType, filed?: TokenType): number {
  let n = 0
  const glued = (k: number) => inner !== undefined && k > 1 && tokenMatcher(LA(k), inner) && tokenMatcher(LA(k - 1), text) && tokenMatcher(LA(k + 1), text)
  // (A place right before 报导 is where the story was filed from: 记者陈玲芳台北报导.)
  const filedFrom = (k: number) => filed !== undefined && k > 1 && tokenMatcher(LA(k), place) && tokenMatcher(LA(k + 1), filed)
  for (let k = 1; (tokenMatcher(LA(k), text) || tokenMatcher(LA(k), place) || glued(k)) && !filedFrom(k); k++) n += LA(k).image.length
  return n
}

/** Shortest name a signature may hold (Han characters). */
export const MIN_NAME = 2
/** Longest single name accepted in a credit (Han characters). */
export const MAX_NAME = 4
/** Longest run accepted inside a dateline's brackets, where names may be glued. */
export const MAX_GLUED_NAMES = 6

/** Common single-character surnames, to find where a glued second name starts. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝赖傅萧阎'.split(''),
)

/**
 * The same surnames as Hong Kong and Taiwan print them (黃, 陳, 劉…), so that a
 * name reads as one in either script (names are read as printed).
 */
const TRADITIONAL_SURNAMES = '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧於蔣餘葉蘇呂盧鍾譚陸範賈韋鄒閆龍賀顧龔萬錢嚴湯齊喬龐顏莊聶魯嶽歐關蘭寧紀畢單塗駱藍遊鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衞應閔鄔邊師欒榮叢鞏遲鄺溫衛賴蕭閻'
for (const surname of TRADITIONAL_SURNAMES) SURNAMES.add(surname)

/** The longest name printed bare, with no role: a surname and one or two characters. */
export const MAX_BARE_NAME = 3

/**
 * Whether a word printed with no role word beside it reads as a person's
 * name: two or three Han characters opening with a common surname
 * (王星海, 林楠); 以上, 详见 are not.
 */
export function looksLikeName(word: string): boolean {
  const characters = [...word]
  return characters.length >= MIN_NAME && characters.length <= MAX_BARE_NAME && /^\p{Script=Han}+$/u.test(word) && SURNAMES.has(characters[0]!) && !SURNAME_WORD.test(word)
}

/**
 * A two-character name padded to three characters' width by a space between (王　洁, 田 鹏, 李 玲): the name, or
 * undefined. `first`, `space` and `second` are the three tokens as lexed.
 */
export function paddedName(first: IToken | undefined, space: IToken | undefined, second: IToken | undefined): string | undefined {
  if (first === undefined || space === undefined || second === undefined || !tokenMatcher(space, Space) || [...first.image].length !== 1 || [...second.image].length !== 1) return undefined
  const name = first.image + second.image
  return looksLikeName(name) ? name : undefined
}

/**
 * Whether a word is the name of a province or a city that opens with a surname's character and
 * looks like a person's (江西, 邵阳, 金华), as printed in either script. Alone under a title it is a
 * site's channel or the story's place, no writer (byline.ts); beside a role or another name it may
 * be a person's (记者 金华, 王强 金华).
 */
export const namesPlace = (word: string): boolean => PLACES_LIKE_NAMES.has(word)
const PLACES_LIKE_NAMES = new Set(
  (
    '江西 江苏 江蘇 安徽 甘肃 甘肅 吉林 宁夏 寧夏 武汉 武漢 成都 郑州 鄭州 沈阳 瀋陽 兰州 蘭州 宁波 寧波 苏州 蘇州 温州 溫州 常州 徐州 ' +
    '金华 金華 许昌 許昌 安阳 安陽 邵阳 邵陽 岳阳 岳陽 常德 柳州 桂林 梅州 龙岩 龍岩 宁德 寧德 曲靖 吉安 黄山 黃山 黄冈 黃岡 黄石 黃石 ' +
    '江门 江門 阳江 陽江 唐山 邢台 阳泉 陽泉 吕梁 呂梁 包头 包頭 白山 白城 安庆 安慶 池州 娄底 婁底 焦作 商丘 周口 贺州 賀州 安顺 安順 ' +
    '毕节 畢節 安康 商洛 金昌 白银 白銀 武威 张掖 張掖 吴忠 吳忠'
  ).split(' '),
)

/**
 * Words that open with a surname's character and name no one, as they follow 记者 in a sentence
 * (记者连日来走访, 记者 全程跟踪, 记者陆续收到, 记者于昨晚) or stand where a name may (萧山, 萧条),
 * and places named X家Y (傅家庄, 阎家湾).
 */
const SURNAME_WORD = /^(?:.家[庄湾村屯沟营寨堡店铺]$|连日|连续|連日|連續|全程|全面|全体|全體|陆续|陸續|于[昨今前近当此]|於[昨今前近當此]|曾经|曾經|赖以|賴以|萧条|蕭條|萧山|蕭山|阎王|閻王)/u

/**
 * Whether a word says how a story was reported, where a reporter's name or a place would stand
 * (（综合报道）, (联合讯), 【連線報導】, (南洋商报独家讯), （视频报道））: no one's name, no place; after a place, 即時 (台北即時報導,
 * a site's report as it happens).
 */
export const reportKind = (word: string): boolean => REPORT_KIND.test(word)
const REPORT_KIND = /^(?:综合|联合|连线|专题|独家|特别|特约|专访|采访|快讯|简讯|专讯|视频|图文|图片|文字|现场|追踪|跟踪|直播|深度|滚动|连续|调查|核实|系列|新闻|网络|电视|编辑部|即时)$/
/** How many characters a report's kind takes at the end of names glued to 报道 (田林调查报道, 田林核实报道): a name of two at least before it. */
const KIND_LENGTH = 2
/** The length of the report's kind glued to the end of a run of names before 报道 (田林核实 → 2), or 0. */
export function reportKindGlued(word: string): number {
  const chars = [...word]
  if (chars.length - KIND_LENGTH < MIN_NAME) return 0
  const kind = chars.slice(-KIND_LENGTH).join('')
  return reportKind(kind) ? kind.length : 0
}

/** How the names of places end that the vocabulary may not list: 石家庄, 连云港, 马鞍山, 景德镇, 曹妃甸, 陆家嘴, 王府井. */
const PLACE_ENDING = /[州市县区镇乡村山港口庄岛城关界甸嘴汇井角门淀峡店湾坝桥营堡寨屯铺坡岭塘洲沟峪滩]$/u

/** Whether a word ends the way places' names do (贵港, 萧县, 西和 does not). */
export const endsLikePlace = (word: string): boolean => PLACE_ENDING.test(word)
/** X家Y, as many places are named (张家界, 陆家嘴, 徐家汇, 刘家峡): a place, not a name. */
const FAMILY_PLACE = /^.家.$/u

/**
 * Whether the last word of a run of names, glued to 报道, is a name and not
 * the place the story was filed from (通讯员姚汪平 文玲香报道, against 记者 李静
 * 嘉兴报道): three characters opening with a common surname and not ending
 * the way places do. Two characters stay the place: most cities' names are.
 */
export function namesReporter(word: string): boolean {
  return [...word].length === MAX_BARE_NAME && looksLikeName(word) && !PLACE_ENDING.test(word) && !FAMILY_PLACE.test(word)
}

/** The most people named alone on a line (吕子娟 邓浩然, 齐晓兵 范红霞). */
const MAX_NAMES_ALONE = 3

/**
 * Whether a line is names alone: one name, its characters perhaps padded
 * (汪 肯 堂), or a few set apart by spaces (吕子娟 邓浩然) — a writer under a
 * title, a closing credit with no role. `most` bounds how many: a list of
 * people in a story's text (张丽华 王建军 李秀梅 赵志刚 刘红) may name any number.
 */
export function namesAlone(line: string, most = MAX_NAMES_ALONE): boolean {
  const text = line.trim()
  if (looksLikeName(text.replace(/ +/g, ''))) return true
  const names = text.split(/ +/)
  return names.length > 1 && names.length <= most && names.every(looksLikeName)
}

export interface GluedSplit {
  names: string[]
  /** False when the split is a guess. */
  certain: boolean
}

/**
 * Split a run longer than one name into two: 4 → 2+2, 6 → 3+3, 5 → 2+3 or
 * 3+2, whichever puts a common surname first in the second name (a guess
 * when both or neither do).
 */
export function splitGluedNames(run: string): GluedSplit {
  const chars = [...run]
  if (chars.length <= MAX_NAME - 1) return { names: [run], certain: true }
  const at = (k: number) => ({ names: [chars.slice(0, k).join(''), chars.slice(k).join('')] })
  if (chars.length === 4) return { ...at(2), certain: SURNAMES.has(chars[2]!) }
  if (chars.length === 6) return { ...at(3), certain: SURNAMES.has(chars[3]!) }
  const two = SURNAMES.has(chars[2]!)
  const three = SURNAMES.has(chars[3]!)
  return { ...at(three && !two ? 3 : 2), certain: two !== three }
}

/** Surnames of two characters, a name of four opening with one (欧阳明月, 司马相如): one person. */
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '轩辕', '端木', '南宫', '独孤', '西门', '呼延', '澹台', '申屠', '钟离', '司空', '歐陽', '諸葛', '長孫'],
)

/**
 * Two names glued together in a run longer than a name (杨华沈芳群, 周姗姗李丹, 李洁张其富): split where the second
 * name's surname opens (splitGluedNames), certain of it, each half reading as a name; else undefined. A run as
 * long as the longest name is two only where both halves open with a common surname (陈燕韩蕾, 李丹杨丹), not a surname of
 * two (欧阳明月): a name of four (次仁平措, 格日勒图, 诸葛晓明, 田皓雪子, 司马相如) is one.
 */
export function gluedNamePair(run: string): string[] | undefined {
  const chars = [...run]
  const length = chars.length
  if (length === MAX_NAME) return SURNAMES.has(chars[0]!) && SURNAMES.has(chars[2]!) && !COMPOUND_SURNAMES.has(run.slice(0, 2)) ? pairOf(splitGluedNames(run)) : undefined
  if (length < MAX_NAME || length > MAX_GLUED_NAMES) return undefined
  return pairOf(splitGluedNames(run))
}
const pairOf = (split: GluedSplit): string[] | undefined => (split.certain && split.names.every(looksLikeName) ? split.names : undefined)

/**
 * What a credit's field gives where it names no one: the desk compiled it, the writer is not known, the
 * copy came from the web (综合, 佚名, 本网, 互联网, 网络抓取).
 */
const NO_ONE = /^(?:综合|綜合|佚名|本报|本報|本网|本網|网络|網絡|互联网|互聯網|网络抓取|網絡抓取|网络整理|網絡整理|匿名|不详|不詳)$/
/** Whether a credit's name is no one's (佚名, 互联网). */
export const namesNoOne = (name: string): boolean => NO_ONE.test(name)
/** Whether a credit's names are all no one's, and it names any (作者:佚名, 编辑:互联网). */
export const namesOnlyNoOne = (names: readonly string[]): boolean => names.length > 0 && names.every(namesNoOne)

/**
 * Whether a word printed alone before a credit reads as a person's name and not a place's that opens with a
 * surname's character (石智铭, 于雅楠; not 金华, 阎良区): a correspondent named with no role of their own.
 */
export const namesPersonNotPlace = (word: string): boolean => looksLikeName(word) && !endsLikePlace(word) && !namesPlace(word)
