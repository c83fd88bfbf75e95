/**
 * Credits: a role and the people who hold it.
 *   记者杨峰雷 · 本报记者 张建国 · 本版责编:鲁明强 · 记者白瀛、王鹏
 * Also the two whole-line conventions made of credits: bylines and
 * editor lines.
 */
import { EOF, tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import type { Credit } from '../../src/types'
import { MAX_GLUED_NAMES, MAX_NAME, MIN_NAME, gluedNamePair, looksLikeName, nameRunAhead, paddedName, namesPersonNotPlace, namesReporter, reportKind, splitGluedNames } from '../names'
import { endOf, startOf } from '../factory'
import { HAN_CLASS } from '../han'
import { LAYOUT_BREAK } from '../layout'
import { CENTRE_PLACE, CENTRE_ROLE, LISTED_OUTLETS, METRO_SHORT_NAME, MIDDLE_DOT, TODAYS_PAPER, nameRun, outletNameAhead, slashOrBar } from './inline'
import { FIELD_BAR } from '../furniture'
import { TEXT_TOKEN } from '../tokens/text'
import type { BaozhiParser, Dsl } from '../parser'
import {
  Affiliation,
  Alnum,
  AnyToken,
  Bullet,
  Colon,
  Comma,
  Compiled,
  Semicolon,
  SentenceEnd,
  EditorRole,
  EnumComma,
  LLenticular,
  LBook,
  LParen,
  LSquare,
  LTortoise,
  Paper,
  PhotoBy,
  Place,
  ReporterRole,
  Reported,
  FiledFrom,
  RelativeDate,
  Role,
  RBook,
  RLenticular,
  RParen,
  RSquare,
  RTortoise,
  Slash,
  WireEnd,
  WireSource,
  Space,
  Newline,
  Other,
  type TokenSet,
} from '../tokens'

/** The marks that list names: 王芳、李强, 王芳,李强. */
const NAME_LIST_MARK = /[、,，]/
/** A portal's code for an editor, after the name: SF069, NB12345, EN012. */
export const EDITOR_CODE = /^[A-Z]{1,4}[0-9]{2,6}$/
/** What joins that code to the name where no space parts them: 王芳_NB12345. */
export const CODE_JOIN = '_'
/** The spaces a typesetter padded a role's word with: the lexer read the word without them. */
const ROLE_PADDING = /[ \u3000]+/g

/** A media group's Latin initials, standing for its name before a role: YMG, SMG. */
const OUTLET_INITIALS = '[A-Z]{2,6}'
/** An outlet's name opening with its Latin letters, Han words after them: ETtoday新聞雲, TVBS新聞網, NOWnews今日新聞. */
const LATIN_LED_OUTLET = `[A-Za-z][A-Za-z0-9]{1,11}[${HAN_CLASS}]{1,6}`
/** The title marks a paper's name may be printed in before a role: 《福州日报》记者俞松/摄. */
const BOOK_OPEN = '《'
const BOOK_CLOSE = '》'

/** The most tokens names with their work span (three names, padded, and the work). */
const MAX_WORK_CREDIT_TOKENS = 10

/** The longest name a bullet sets alone on a line (□ 初墨, ■ 李 文): a surname and two characters. */
const MAX_BARE_CREDIT_NAME = 3
/** Names of four characters: a compound surname's (欧阳晓明, 司徒丽华), a transliterated one's (阿依古丽). */
const FOUR_CHARACTER_NAME = /^(?:欧阳|司徒|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|夏侯|令狐|端木|西门|南宫|独孤|呼延|轩辕|阿)/
/** Whether the word after a bullet may be a columnist's name. */
const bareNameAfterBullet = (word: string): boolean => [...word].length <= MAX_BARE_CREDIT_NAME || FOUR_CHARACTER_NAME.test(word)

/** A reporting team's name: a desk's or a paper's team that reported or surveyed the story (论尽采访组, 本报调研组, 联合报道组). */
const TEAM = /^\p{Script=Han}{2,8}(?:采访组|报道组|调研组|调查组|课题组|采访团|评论组)$/u
/** The longest team's name read as one. */
const MAX_TEAM_NAME = 10

/** A name in a bracket of names alone: two to four Han characters, or one padded by spaces (李 伟). */
const BARE_NAME = new RegExp(`^[${HAN_CLASS}]{1,4}$`)
/** The words of a broadcast's or a programme's name, which no person's holds: 新闻联播, 朝闻天下, 新闻直播间, 第一时间. */
const BROADCAST = /新闻|联播|频道|直播|节目|天下|时间|之声/
/** The most tokens a bracket of names alone spans (three names, padded). */
const MAX_BARE_NAMES_TOKENS = 12

/**
 * An outlet's name before a role is the credit's affiliation, as 本报 is:
 * a paper, its press group, a site, a station, a news app, a city's media
 * centre (郑州晚报, 潍坊日报社, 大洋网, 玉溪广播电视台, 西和县融媒体中心,
 * 佛山市新闻传媒中心, 大皖新闻, 金黔在线); a group's app before its paper,
 * joined by a middle dot (新甘肃·甘肃日报), or a site's app after the site
 * (长城网·冀云客户端), or any app or brand after the paper or site (青年报·青春上海); a paper's name in
 * title marks (《福州日报》); a media group's Latin initials alone (YMG全媒体记者: 烟台日报传媒集团); a paper
 * by its kind alone (晨报记者, 晚报记者), a metro paper or a city's paper by its short name (南都记者, 温都记者, 绵报记者); or a paper and its site listed together, as their joint
 * reporters are credited (河北日报、河北新闻网记者, 光明日报、光明网记者), or joined by a hyphen
 * (工人日报-中工网记者).
 */
const OUTLET_WORD = '(?:报|报社|社|网|在线|新闻|电视台|台|融媒体中心|传媒中心|新闻中心|传媒集团|客户端)'
/** A paper naming itself by its kind alone, as its reporters are credited: 晨报记者梁耀华, 晚报记者, 日报记者. */
const PAPER_BY_KIND = '(?:日报|晚报|晨报|早报|商报|时报|快报|周报)'
/**
 * The first characters of words ending in 报 that name no paper: verbs before the reporter reported to or of (举报记者,
 * 汇报, 通报, 据报, 上报, 回报, 呈报, 填报, 谎报), what is posted or sent (喜报, 捷报, 海报, 简报, 电报, 情报, 警报, 预报, 年报,
 * 公报), and the paper's word for itself (本报记者: the role's own).
 */
const NOT_PAPERS_INITIAL = '举汇通据上回呈填谎喜捷海简电情警预年公本'
/**
 * A city's paper by its short name, the first character of its city and 报, as it credits its reporters: 绵报 (绵阳日报),
 * 宁报 (宁波日报), a school's 校报 — （綿報融媒記者 曾晨）; not a word ending in 报 that names no paper (NOT_PAPERS_INITIAL).
 */
const CITY_PAPER_SHORT_NAME = `(?![${NOT_PAPERS_INITIAL}])[${HAN_CLASS}]报`
/**
 * A paper and its site or app joined by a hyphen or a slash, as their joint reporters are credited: 工人日报-中工网,
 * 扬子晚报/紫牛新闻, 青岛日报/观海新闻, an app's plus (现代快报/现代+).
 */
const JOINED_OUTLETS = `[${HAN_CLASS}]{2,12}[-/](?:[${HAN_CLASS}]{2,12}${OUTLET_WORD}|[${HAN_CLASS}]{1,8}\\+)`
export const OUTLET_AFFILIATION = new RegExp(
  `^(?:${PAPER_BY_KIND}|${TODAYS_PAPER}|${METRO_SHORT_NAME}|${CITY_PAPER_SHORT_NAME}|${OUTLET_INITIALS}|${LATIN_LED_OUTLET}|${BOOK_OPEN}?(?:[${HAN_CLASS}]{2,6}${MIDDLE_DOT})?[${HAN_CLASS}]{2,12}${OUTLET_WORD}${BOOK_CLOSE}?|[${HAN_CLASS}]{2,12}${OUTLET_WORD}${MIDDLE_DOT}[${HAN_CLASS}]{2,8}|${LISTED_OUTLETS}|${JOINED_OUTLETS})$`,
)

/** A site's name before the slash and its reporter's role, whatever it ends with (新竹振道/記者萬世璉). */
const SLASHED_SITE_NAME = new RegExp(`^[${HAN_CLASS}]{2,8}$`)

/** The dot that joins a transliterated name's parts: 马合巴勒·木尔扎汗. */
const NAME_DOT = /^[·•・]$/
/** The longest part of such a name. */
const MAX_DOTTED_PART = 8
/** A part of such a name: Han characters. */
const DOTTED_PART = new RegExp(`^[${HAN_CLASS}]{1,${MAX_DOTTED_PART}}$`)
/** A transliterated name whole, its parts joined by a middle dot. */
export const DOTTED_NAME = new RegExp(`^[${HAN_CLASS}]{1,8}(?:[·•・][${HAN_CLASS}]{1,8}){1,3}$`)

/** The most tokens a photo agency's tag holds after a photographer's credit ((C视觉), (视觉中国), (新华社发)). */
export const MAX_AGENCY_TOKENS = 3

/**
 * How many tokens at `la` (a place and text: 郑州 晚报; a paper: 大公报) spell an
 * outlet's name the vocabulary does not list before a role (南海网记者, and
 * 聯合報 記者陳嘉寧: a space may set the outlet apart from the role), or 0.
 */
export function outletBeforeRole(la: (k: number) => IToken | undefined): number {
  const one = oneOutletBeforeRole(la)
  if (one > 0) return one
  // (A paper and its app or site named before the role, a space between them: 华商晨报 掌中沈阳客户端记者 金恩子,
  // 浙江日报 潮新闻记者 王芳. The second must be an outlet's before the role, as the first is by its ending.)
  const paper = outletNameAhead(la, OUTLET_AFFILIATION, OUTLET_PARTS, (next) => tokenMatcher(next, Space))
  if (paper === 0) return 0
  const app = oneOutletBeforeRole((k) => la(k + paper + 1))
  return app > 0 ? paper + 1 + app : 0
}

/** The tokens an outlet's name may be lexed into besides text: a place (郑州 晚报), a paper, a wire source, letters, marks. */
const OUTLET_PARTS = [Place, Paper, WireSource, Alnum, Other, Slash, LBook, RBook, EnumComma, RelativeDate]

/** How many tokens at `la` spell one outlet's name before a role (outletBeforeRole), or 0. */
function oneOutletBeforeRole(la: (k: number) => IToken | undefined): number {
  // (An outlet the vocabulary lists, whatever its name ends with: 21世纪经济报道记者 王芳, 潮新闻记者 — not 本报, the credit's own word.)
  const listed = la(1)
  if (listed !== undefined && (tokenMatcher(listed, Paper) || tokenMatcher(listed, WireSource)) && !tokenMatcher(listed, Affiliation)) {
    const role = roleAfterOutlet(la, 1)
    if (role > 0 && nameAfterRole(la, role)) return 1 + barredBy(la, 1)
  }
  const outlet = outletNameAhead(la, OUTLET_AFFILIATION, OUTLET_PARTS, (_next, _after, k) => {
    const role = roleAfterOutlet(la, k)
    return role > 0 && nameAfterRole(la, role)
  })
  // (A site's name the slash sets apart before its reporter's role, whatever it ends with, as the site heads its
  // filing line: 新竹振道/記者萬世璉/新竹報導.)
  if (outlet === 0) {
    // (Not a person's name before the slash: 張三/記者李四 names two people.)
    const site = outletNameAhead(la, SLASHED_SITE_NAME, [Place], (next, _after, k) => {
      const role = tokenMatcher(next, Slash) ? roleAfterOutlet(la, k) : 0
      return role > 0 && tokenMatcher(la(role)!, ReporterRole) && nameAfterRole(la, role) && !looksLikeName(nameRun(la, k))
    })
    if (site > 0) return site + barredBy(la, site)
  }
  // (A county's or a city's name before its media centre's reporter, the centre in the role: 西和县融媒体中心记者, 县融媒体中心记者;
  // a name after the role, its colon perhaps between: not 县融媒体中心记者走基层, a title, nor …记者站.)
  if (outlet > 0) return outlet + barredBy(la, outlet)
  return outletNameAhead(la, CENTRE_PLACE, [Place], (next, _after, k) => {
    if (!tokenMatcher(next, ReporterRole) || next.image !== CENTRE_ROLE) return false
    let at = k + 2
    while (la(at) !== undefined && (tokenMatcher(la(at)!, Space) || tokenMatcher(la(at)!, Colon))) at++
    const name = la(at)
    // (Or a name padded to three characters' width: 武平县融媒体中心记者 李 玲.)
    return name !== undefined && name.tokenType.name === TEXT_TOKEN && (looksLikeName(name.image) || paddedName(name, la(at + 1), la(at + 2)) !== undefined)
  })
}

/**
 * What a credit's opening prints glued before its first reporter's role (a dateline's bracket, a closing bracket, a line
 * of credits under the title), whatever it names (the outlet's vocabulary aside): the app, brand or branch the reporter
 * works for (最泰安全媒体记者 刘小敏, 新黄河记者, 津云记者, 冷水滩分站记者, 北青-北京头条记者, an app's plus: 南方+记者),
 * or a word that qualifies the role (前方记者, 随团记者). Han text, two joined parts at most; not a person's name glued
 * to a role (张伟记者) but a brand's set apart from the names with their work after them (马上办记者 姜传刚 文/图), and a
 * name after the role.
 */
const GLUED_BEFORE_ROLE = new RegExp(`^[${HAN_CLASS}]{2,8}(?:[-/·][${HAN_CLASS}]{2,8}|\\+)?$`)
/** The words that qualify a reporter's role where they are printed glued before it: the role's, no outlet's. */
export const ROLE_QUALIFIER = /^(?:前方|后方|随团|随队|随行|跟队|值班|驻站|驻地|驻外|特派|资深|专职|兼职|文字|出镜|跑口|常驻)$/
const ENDS_IN_OUTLET_WORD = new RegExp(`${OUTLET_WORD}$`)
/**
 * The characters of the verbs and words a title's phrase glues before 记者, which no outlet's name holds: 专访央视记者 王冰冰,
 * 致敬一线记者 李明, 县委书记对话融媒体记者 王五, 走近、寻访、感谢、慰问、采访 a reporter, 向…, 与…, 跟….
 */
const TITLE_PHRASE = /[对访致向与和跟为记谢忆赞送采走探寻慰看问听]/
/** The most tokens glued before a bracket's first role (北青 - 北京 头条). */
const MAX_GLUED_TOKENS = 5

/**
 * How many tokens at `la` stand glued before a reporter's role at a credit's opening (GLUED_BEFORE_ROLE), or 0.
 * `spaced`: the name set apart from the role, as a line of credits under a title prints it (新黄河记者 王五); a title
 * glues them (最美记者张三).
 */
export function gluedBeforeRole(la: (k: number) => IToken | undefined, spaced = false): number {
  let image = ''
  for (let k = 1; k <= MAX_GLUED_TOKENS; k++) {
    const token = la(k)
    if (token === undefined || !(token.tokenType.name === TEXT_TOKEN || tokenMatcher(token, Place) || tokenMatcher(token, Paper) || (k > 1 && tokenMatcher(token, Other)))) return 0
    image += token.image
    const next = la(k + 1)
    if (next === undefined || !tokenMatcher(next, ReporterRole)) continue
    // (A name ending in an outlet's word is the outlet rule's to read (OUTLET_AFFILIATION): not 喜报记者, a word no paper's.)
    if (!GLUED_BEFORE_ROLE.test(image) || ENDS_IN_OUTLET_WORD.test(image) || TITLE_PHRASE.test(image)) return 0
    let at = k + 2
    while (la(at) !== undefined && tokenMatcher(la(at)!, Space)) at++
    const name = la(at)
    // (On a line, the name glued to the role only where the line closes with the report's word, a filing line:
    // 新唐人记者安心纽约报导.)
    if (name === undefined || name.tokenType.name !== TEXT_TOKEN || !looksLikeName(name.image) || (spaced && at === k + 2 && !reportClosesLine(la, at + 1))) return 0
    // (A brand that reads as a person's name, 马上办 (a paper's hotline column), only set apart from the name and with what
    // they made after it: 马上办记者 姜传刚 文/图; 张伟记者李明 is a title's phrase.)
    return !looksLikeName(image) || (spaced && workAfter(la, at + 1)) ? k : 0
  }
  return 0
}


/** Whether the report's word closes the line at `from`, the place it was filed from perhaps before it: 纽约报导, 报道. */
function reportClosesLine(la: (k: number) => IToken | undefined, from: number): boolean {
  const at = la(from) !== undefined && tokenMatcher(la(from)!, Place) ? from + 1 : from
  const after = la(at + 1)
  return la(at) !== undefined && tokenMatcher(la(at)!, Reported) && (after === undefined || after.tokenType === EOF)
}

/** Whether what the credit's names made follows them at `from`, a space before it: 文/图, 摄. */
function workAfter(la: (k: number) => IToken | undefined, from: number): boolean {
  let at = from
  while (la(at) !== undefined && tokenMatcher(la(at)!, Space)) at++
  return at > from && (isWorkPair(la(at)) || (la(at) !== undefined && tokenMatcher(la(at)!, PhotoBy)))
}

/**
 * Whether another outlet's reporter is credited at `la`, after a list of names (记者 王刚 淄博日报记者 张铭):
 * an outlet's name that does not read as a person's (王建社, 罗凤台 are reporters' names), a reporter's role
 * that is no work's (王建社 文/图 names a work), and a name after it. Where it is, the names before end.
 */
export function anotherOutletsReporterAt(la: (k: number) => IToken | undefined): boolean {
  const length = outletBeforeRole(la)
  if (length === 0) return false
  let outlet = ''
  for (let k = 1; k <= length; k++) outlet += la(k)!.image
  // (A compound surname's four characters are a name too: 欧阳建社.)
  if (looksLikeName(outlet) || (FOUR_CHARACTER_NAME.test(outlet) && [...outlet].length === 4)) return false
  const role = tokenMatcher(la(length + 1)!, Space) ? length + 2 : length + 1
  const roleToken = la(role)
  if (roleToken === undefined || !tokenMatcher(roleToken, ReporterRole) || isWorkPair(roleToken)) return false
  const name = tokenMatcher(la(role + 1)!, Space) ? la(role + 2) : la(role + 1)
  return name !== undefined && name.tokenType.name === TEXT_TOKEN && looksLikeName(name.image)
}

/**
 * Whether a name follows the role at `role` (证券时报记者池北源, 中新网记者 张三): an outlet before a role names
 * the piece's genre or the title's subject as often (澎湃新闻记者调查发现, 中新网记者探访, 财联社记者观察,
 * 南京日报记者节特刊), and then it credits no one.
 */
const nameAfterRole = (la: (k: number) => IToken | undefined, role: number): boolean => {
  let at = role + 1
  // (A colon, a slash or a bar may stand before the name: 梅州日报记者:郑炜梅, 株洲晚报融媒体记者/刘平.)
  if (la(at) !== undefined && (tokenMatcher(la(at)!, Colon) || slashOrBar(la(at)!))) at += la(at + 1) !== undefined && tokenMatcher(la(at + 1)!, Space) ? 2 : 1
  const after = la(at)
  return after !== undefined && ((at === role + 1 && tokenMatcher(after, Space)) || looksLikeName(after.image) || longNameBeforePhoto(after, la(at + 1)))
}

/** A run longer than a name straight before the photographer's word: a minority's name (巴依斯古楞摄), or two glued together. */
const longNameBeforePhoto = (run: IToken, next: IToken | undefined): boolean =>
  run.tokenType.name === TEXT_TOKEN && [...run.image].length > MAX_NAME && [...run.image].length <= MAX_GLUED_NAMES && next !== undefined && tokenMatcher(next, PhotoBy)

/** Where the role stands after an outlet's name ending at `k`, glued to it or a space between (南海网记者, 聯合報 記者), or 0. */
function roleAfterOutlet(la: (k: number) => IToken | undefined, k: number): number {
  const [next, after] = [la(k + 1), la(k + 2)]
  if (next !== undefined && tokenMatcher(next, Role)) return k + 1
  if (next !== undefined && tokenMatcher(next, Space) && after !== undefined && tokenMatcher(after, Role)) return k + 2
  const barred = barredBy(la, k)
  // (The line may end at the bar: 会议召开/ names no outlet.)
  const role = la(k + barred + 1)
  return barred > 0 && role !== undefined && tokenMatcher(role, Role) ? k + barred + 1 : 0
}

/**
 * How many tokens after the outlet's `k` set its name apart from the role by a bar or a slash, spaced or not
 * (北京日报客户端｜记者 王芳, 聯合報／記者王芳: the site's field for the outlet, then the credit), or 0. The bar or slash is
 * read with the outlet's tokens, and left out of its name (affiliate).
 */
function barredBy(la: (k: number) => IToken | undefined, k: number): number {
  let at = k + 1
  if (la(at) !== undefined && tokenMatcher(la(at)!, Space)) at++
  const mark = la(at)
  if (mark === undefined || !slashOrBar(mark)) return 0
  if (la(at + 1) !== undefined && tokenMatcher(la(at + 1)!, Space)) at++
  return at - k
}

/**
 * The staff's role at `at`, the page's word perhaps before it (（本版编辑 李强）: 本版 then 编辑): the role's token, or the
 * token at `at` where no page's word stands there.
 */
export const roleAfterPage = (tokens: IToken[], at: number): IToken | undefined => (tokens[at] !== undefined && tokenMatcher(tokens[at], Affiliation) ? tokens[at + 1] : tokens[at])

/** A body's name before photographers' names: five to twelve Han characters, longer than any name (安徽省台办). */
const BODY_NAME = new RegExp(`^[${HAN_CLASS}]{5,12}$`)

/** A photo's note in brackets after a name: where the person stands (左, 右一, 中), the photo's kind (资料图), who took it. */
const PHOTO_NOTE = /^(?:[左右中前后上下](?:[一二三四五六七八九十]|[0-9]{1,2}|起)?|.*(?:图|照|摄).*)$/
/** An author's field's role: 作者, 本文作者. */
const AUTHOR_ROLE = /作者$/
/** The most tokens of a note on the writer in brackets after an author's field. */
const MAX_WRITER_NOTE_TOKENS = 16
/** A role word the vocabulary does not list, in a staff line: two to four Han characters. */
const UNLISTED_ROLE = new RegExp(`^[${HAN_CLASS}]{2,4}$`)

/** Whether a credit's role, or the affiliation before it, opens at the token. */
const roleOrOutlet = (token: IToken) => tokenMatcher(token, Role) || tokenMatcher(token, Affiliation)

/** 摄影 after a photo credit's names (记者 苏 凯 摄影报道): the photographer's word, as 摄 is. */
export const PHOTOGRAPHY = '摄影'

/** 翻 before 摄: the photo is of a photo (記者陳嘉寧／翻攝). */
const REPHOTOGRAPHED = '翻'

/** 作者 as a site's field label (作者： 记者 汤江峰), over credits with their own roles. */
const AUTHOR_FIELD = '作者'

/**
 * Where a role of `role`'s kind stands after an author's field label and its colon, a space
 * between or not (作者： 记者 汤江峰: the 4th token ahead); 0 when the tokens ahead open no such field.
 * The credit rules read the field with it, and the title-over-byline test leaves such a line be.
 */
export function authorFieldRoleAt(la: (k: number) => IToken | undefined, role: TokenType): number {
  const colon = la(2)
  if (la(1)?.image !== AUTHOR_FIELD || colon === undefined || !tokenMatcher(colon, Colon)) return 0
  const space = la(3)
  const at = space !== undefined && tokenMatcher(space, Space) ? 4 : 3
  const found = la(at)
  return found !== undefined && tokenMatcher(found, role) ? at : 0
}

/** Whether a line holds a photographer's word (摄, 摄影): only then is it tried as a photo credit. */
export const holdsPhotoWord = (tokens: IToken[]): boolean => tokens.some((t) => tokenMatcher(t, PhotoBy) || t.image === PHOTOGRAPHY)

/** What a name made, after a slash (李 宇/文, 漫画/周滔), or before it (撰文/王芳): text, photos, photographs, drawings, charts. */
const MADE = /^(?:[文图摄]|文图|图文|漫画|制图|插图|绘图|编译|文字|撰文)$/

/** Whether a token says what was made (文, 图, 摄), as a slash sets it beside names. */
export const isMade = (token: IToken | undefined) => token !== undefined && MADE.test(token.image)

/** Two works with a slash, one role word to the lexer: 文/图, 图/文, 文/摄; a video too, 文/图/视频. */
const WORK_PAIR = /^[文图摄]\/[文图摄](?:\/视频)?$/
/**
 * Whether a token is a pair of works (文/图) as a role word: what the people credited made, before their role
 * (文/图 本报记者 窦阳) or after their names (游书金 游海丹 文/图).
 */
export const isWorkPair = (token: IToken | undefined) => token !== undefined && tokenMatcher(token, ReporterRole) && WORK_PAIR.test(token.image)

/**
 * Whether a line signs names with what they made: after them (李 宇/文
 * 戴子翔/图; 马志伟 刘文光 文/图, the work as one word) or before them, with a
 * slash or a colon (图/徐翔 牛红岩, 文：張三 圖：李四): only then can it open with
 * a name or with the work.
 */
export function signsWork(tokens: IToken[]): boolean {
  if (isMade(tokens[0]) && tokens[1] !== undefined && (tokenMatcher(tokens[1], Slash) || tokenMatcher(tokens[1], Colon))) return true
  // (文、图/王芳: two works listed before the slash.)
  if (worksListed((k) => tokens[k - 1], 1)) return true
  // (文 / 王芳: the slash set apart.)
  if (isMade(tokens[0]) && spacedSlash((k) => tokens[k - 1], 2)) return true
  // (文 | 张三: a bar, a space perhaps around it.)
  const bar = tokens[1] !== undefined && tokenMatcher(tokens[1], Space) ? tokens[2] : tokens[1]
  if (isMade(tokens[0]) && bar !== undefined && FIELD_BAR.test(bar.image)) return true
  for (let i = 0; i + 1 < tokens.length; i++) if (tokenMatcher(tokens[i]!, Slash) && isMade(tokens[i + 1])) return true
  // (文 王芳 图 李强: works and names set apart by spaces alone.)
  if (spacedWorkAt((k) => tokens[k - 1], 1, false)) return true
  return tokens.length > 1 && isWorkPair(tokens.at(-1))
}

/**
 * Whether works and names set apart by spaces alone make up the credits from `k` of `la` to the line's or the bracket's
 * end (文 王芳 图 李强; after a reporter's credit, 记者 王芳 摄影 李强): a work (摄影 too where `afterCredit`), a space,
 * names reading as people's, then the end or another such pair. A line's first pair needs another after it, but for
 * 撰文's (撰文 王芳): 文 王芳 alone may be two names, 图 李强 a caption's words.
 */
export function spacedWorkAt(la: (k: number) => IToken | undefined, k: number, afterCredit: boolean): boolean {
  const work = la(k)
  if (!(isMade(work) || (afterCredit && work?.image === PHOTOGRAPHY))) return false
  const spaceAt = (at: number) => la(at) !== undefined && tokenMatcher(la(at)!, Space)
  const nameAt = (at: number) => {
    const token = la(at)
    return token !== undefined && token.tokenType.name === TEXT_TOKEN && !isMade(token) && looksLikeName(token.image)
  }
  if (!spaceAt(k + 1) || !nameAt(k + 2)) return false
  let at = k + 3
  while (spaceAt(at) && nameAt(at + 1)) at += 2
  const after = la(at)
  if (after === undefined || after.tokenType === EOF || tokenMatcher(after, RParen)) return afterCredit || work!.image === WRITTEN
  return spaceAt(at) && spacedWorkAt(la, at + 1, true)
}
/** 撰文, the writer's word: alone before a name (撰文 王芳) it credits the writer, as 文 and 图 alone may not. */
const WRITTEN = '撰文'

/** Whether two works listed with 、, then a slash or a colon, stand at `k` of `la`: 文、图/王芳. */
const worksListed = (la: (k: number) => IToken | undefined, k: number): boolean => {
  const [comma, second, slash] = [la(k + 1), la(k + 2), la(k + 3)]
  return isMade(la(k)) && comma !== undefined && tokenMatcher(comma, EnumComma) && isMade(second) && slash !== undefined && (tokenMatcher(slash, Slash) || tokenMatcher(slash, Colon))
}

/** Whether a slash with a space either side stands at `k` of `la` (文 / 王芳, as some sites set a work's credit). */
const spacedSlash = (la: (k: number) => IToken | undefined, k: number): boolean => {
  const [before, slash, after] = [la(k), la(k + 1), la(k + 2)]
  return before !== undefined && slash !== undefined && after !== undefined && tokenMatcher(before, Space) && tokenMatcher(slash, Slash) && tokenMatcher(after, Space)
}

/**
 * Whether what reporters made opens a credit before its role: 文/图 本报记者,
 * 文/本报记者 (else 图/徐翔 names the photographers with no role: a work credit).
 */
export function workBeforeRole(la: (k: number) => IToken): boolean {
  // (摄影 记者 王 蓉: the photographer's word, set apart, before the role. 文字整理/本报记者: the work, compiled.)
  const work = isMade(la(1)) && tokenMatcher(la(2), Compiled) ? 2 : isMade(la(1)) ? 1 : 0
  const at = isWorkPair(la(1)) ? 2 : work > 0 && (tokenMatcher(la(work + 1), Slash) || tokenMatcher(la(work + 1), Colon)) ? work + 2 : photographyBefore(la) ? 2 : 0
  if (at === 0) return false
  const next = tokenMatcher(la(at), Space) ? at + 1 : at
  return roleOrOutlet(la(next)) || (outletAfterWork(la(next)) && tokenMatcher(la(next + 1), Role))
}

/** 摄影 set apart before a reporter's role (■摄影 记者 王 蓉): the work the credit names. */
const photographyBefore = (la: (k: number) => IToken): boolean =>
  la(1).image === PHOTOGRAPHY && tokenMatcher(la(2), Space) && tokenMatcher(la(3), ReporterRole)

/** The short name a paper calls itself by before a role, after the work (文/半岛记者 景毅): two to four Han characters. */
const PAPER_NICKNAME = new RegExp(`^[${HAN_CLASS}]{2,4}$`)
/** The paper named after the work, before the role: its short name, or a paper's (文/广州日报全媒体记者 王芳). */
const outletAfterWork = (token: IToken | undefined) =>
  token !== undefined && ((token.tokenType.name === TEXT_TOKEN && (PAPER_NICKNAME.test(token.image) || OUTLET_AFFILIATION.test(token.image))) || tokenMatcher(token, Paper))

/**
 * Whether a reporter's credit may open at the tokens ahead, where names or
 * a desk's name could too: it opens with text only as a work before its
 * role (文/本报记者), so 陳燕珩╱台北 is names and 國際中心／綜合報導 a desk.
 */
export const reporterCreditOpens = (la: (k: number) => IToken, text: TokenType): boolean =>
  // (No credit opens with a slash: one after the names sets their place apart, 記者陳嘉寧／桃園機場報導.)
  (!tokenMatcher(la(1), text) && !tokenMatcher(la(1), Slash)) || workBeforeRole(la)

/**
 * Whether names alone, each reading as a name, then a space and a reporter's credit open the line:
 * 吕子娟 邓浩然 记者 祁琳 文/图, correspondents named before the reporter's credit with no role of
 * their own. Two names or a full one (a two-character word may be a heading's: 周末 记者 王珏), and
 * the reporter's name set apart after the role and reading as a name too (王毅 记者会答问, 张华 李明
 * 记者站站长 name the people a heading is about; 市民反映 记者… is no one's name).
 */
export function namesBeforeCreditAt(la: (k: number) => IToken | undefined): boolean {
  const names: string[] = []
  for (let k = 1; k <= MAX_BARE_NAMES_TOKENS; k++) {
    const token = la(k)
    if (token === undefined) return false
    if (tokenMatcher(token, ReporterRole) || tokenMatcher(token, Affiliation)) {
      let at = tokenMatcher(token, Affiliation) && la(k + 1) !== undefined && tokenMatcher(la(k + 1)!, ReporterRole) ? k + 2 : k + 1
      if (la(at) !== undefined && tokenMatcher(la(at)!, Space)) at++
      const reporter = la(at)
      const fullNames = names.length > 1 || (names.length === 1 && [...names[0]!].length > MIN_NAME)
      return fullNames && tokenMatcher(la(k - 1)!, Space) && reporter !== undefined && reporter.tokenType.name === TEXT_TOKEN && looksLikeName(reporter.image)
    }
    if (tokenMatcher(token, Space) || tokenMatcher(token, EnumComma)) continue
    if (token.tokenType.name !== TEXT_TOKEN || !looksLikeName(token.image)) return false
    names.push(token.image)
  }
  return false
}

/** What a closing credit's bracketed note says when it names a source. */
const NAMES_SOURCE = /来源|专稿|供稿|特稿/
/**
 * A credit's bracketed note naming the body its writer belongs to: 李辰轩(湘南学院附属小学),
 * 郭 明(湘南学院附属小学), 张三(市教育局): a school, an office (林业署, 农业处, 县委宣传部), a firm, short and no sentence.
 */
const WRITERS_BODY_NAME = `[${HAN_CLASS}]{2,14}(?:学校|小学|中学|大学|学院|幼儿园|局|委|院|所|站|署|处|厅|部|中心|公司|医院|办公室|大队|支队|中队|派出所|社区|街道|协会)`
const WRITERS_BODY = new RegExp(`^${WRITERS_BODY_NAME}$`)
/** Whether a word names a body a writer belongs to: a school, an office, a firm (市教育局, 县融媒体中心). */
export const namesWritersBody = (word: string): boolean => WRITERS_BODY.test(word)
/** Whether a credit has its role, or names that look like names (a common surname first). */
const namedByRoleOrName = (credit: Credit) => credit.role !== undefined || credit.names.every((name) => looksLikeName(name))

/**
 * Tokens a byline opens with: its FIRST set without Text, since a bare name
 * is a byline only after a bullet (the gate of its second alternative),
 * and an outlet's name before a role (郑州晚报记者 董艳竹) starts with a
 * place or a paper more often than plain text; 報導: opens Malaysia's bylines.
 */
export const BYLINE_OPENERS = [Space, Bullet, Affiliation, ReporterRole, Paper, Place, Reported]

/** Whether a line's text may hold a credit's note (a source, or a writer's body in brackets): else sourcedCredit yields no credit. */
export const holdsCreditNote = (text: string) => NAMES_SOURCE.test(text) || WRITERS_BODY_IN_BRACKETS.test(text)
/** A writer's body in brackets anywhere on a line, for the line test's cheap check. */
const WRITERS_BODY_IN_BRACKETS = new RegExp(`[(（]${WRITERS_BODY_NAME}[)）]`)

/** A bracket of credits' closing filing words: the place filed from (深圳报道), or 摄影报道. */
interface Filing {
  place: IToken[]
  photographed: boolean
  /** Whether a space set the filing words apart from the names (记者 李帅 王五 报道: no place glued on). */
  spaced: boolean
}

/** The most tokens a filing tail spans (a space, a place in up to three parts, 报道). */
const MAX_FILING_TOKENS = 5

interface NameList {
  names: string[]
  end: number
}

export function defineCreditRules($: Dsl & BaozhiParser, t: TokenSet): void {
  const source = (start: number, end: number) => $.ctx.factory.source(start, end)
  /** A role's word as printed, the padding a typesetter set inside it closed up as the lexer read it (编 辑 → 编辑: src/normalize/labels.ts). */
  const printedRole = (role: IToken) => source(startOf(role), endOf(role)).replace(ROLE_PADDING, '')

  /** One name: a run of Han text with no separator inside. */
  /** How long a name may run: MAX_NAME, or MAX_GLUED_NAMES inside a dateline's brackets. */
  let maxName = MAX_NAME
  /** Whether a name may be a transliterated one, its parts joined by a middle dot: only straight after a role (记者 马合巴勒·木尔扎汗). */
  let dottedNames = false

  const runAhead = () => nameRunAhead((k) => $.LA(k), t.Text, Place, WireEnd, Reported)
  /** Whether the names read now follow a work and its slash or colon (文:論盡採訪組), where a team may be named. */
  let teamsNamed = false
  /** The text of the run of words ahead, as far as a name's run goes (runAhead). */
  const teamRun = (): string => {
    let text = ''
    for (let k = 1; tokenMatcher($.LA(k), t.Text) || tokenMatcher($.LA(k), Place); k++) text += $.LA(k).image
    return text
  }

  /**
   * One name: a run of Han text with no separator inside, no longer than a
   * name is (so 记者在采访时看到 is not a credit).
   */
  /** Whether a transliterated name opens at the next token: a part, the middle dot, another part. */
  const dottedAhead = (): boolean =>
    tokenMatcher($.LA(1), t.Text) && DOTTED_PART.test($.LA(1).image) && tokenMatcher($.LA(2), Other) && NAME_DOT.test($.LA(2).image) && tokenMatcher($.LA(3), t.Text)

  /** Whether one run of Han text longer than a name, then the photographer's word, stand ahead: 巴依斯古楞摄. */
  const longNameBeforePhotoBy = (): boolean => tokenMatcher($.LA(1), t.Text) && longNameBeforePhoto($.LA(1), tokenMatcher($.LA(2), Space) ? $.LA(3) : $.LA(2))

  /** Whether a transliterated name's next part stands at `k`: the middle dot, then the part (·木尔扎汗). */
  const dottedPartAt = (k: number): boolean => tokenMatcher($.LA(k), Other) && NAME_DOT.test($.LA(k).image) && tokenMatcher($.LA(k + 1), t.Text) && DOTTED_PART.test($.LA(k + 1).image)

  /** Whether one transliterated name and then the photographer's word stand ahead: 阿尔达克·拜斯汗 摄. */
  const dottedBeforePhotoBy = (): boolean => {
    if (!tokenMatcher($.LA(1), t.Text) || !DOTTED_PART.test($.LA(1).image) || !dottedPartAt(2)) return false
    const after = tokenMatcher($.LA(4), Space) ? $.LA(5) : $.LA(4)
    return tokenMatcher(after, PhotoBy)
  }

  const name = $.RULE('name', (): NameList => {
    let first: IToken | undefined
    let last: IToken | undefined
    let length = 0
    // (A reporting team's name is longer than a person's: 文:論盡採訪組, 本报调研组.)
    let most = maxName
    $.AT_LEAST_ONE({
      // The whole run of text ahead must fit: 欧阳诸葛明亮 is not cut to a name.
      GATE: () => {
        if (length > 0) return length + $.LA(1).image.length <= most
        const run = runAhead()
        most = teamsNamed && run <= MAX_TEAM_NAME && TEAM.test(teamRun()) ? run : maxName
        // (A transliterated name's first part may be longer than a name: 阿不都热依木·买买提.)
        if (dottedNames && dottedAhead()) most = MAX_DOTTED_PART
        return run <= most
      },
      DEF: () => {
        // (电 or 讯 inside a name, 刘电清, the lexer reads as a wire's end: glued between its text, it is the name's.)
        $.OPTION({
          GATE: () => length > 0 && tokenMatcher($.LA(2), t.Text),
          DEF: () => (length += $.CONSUME(WireEnd).image.length),
        })
        last = $.CONSUME(t.Text)
        first ??= last
        length += last.image.length
      },
    })
    // (A transliterated name, its parts joined by a middle dot, after a role: 马合巴勒·木尔扎汗, 阿不都热依木·买买提.)
    // (dottedAhead: the first part, then the dot and the next.)
    $.MANY({
      GATE: () => dottedNames && dottedPartAt(1),
      DEF: () => {
        $.CONSUME(Other)
        last = $.CONSUME2(t.Text)
      },
    })
    // (A name a hard-wrapped copy's column cut, 付 / 易, the lexer read whole: as printed, less the line break.)
    return $.ACTION(() => ({ names: [source(startOf(first!), endOf(last!)).replace(LAYOUT_BREAK, '')], end: endOf(last!) }))
  })

  /** Names separated by spaces, 、 or commas: 白瀛、王鹏; typeset padding undone (张  晔 → 张晔). */
  const nameList = $.RULE('nameList', (outletsEnd = true): NameList => {
    const list = $.SUBRULE(name)
    const spaced = [false]
    // (Which names a line break stands before: a name cut in two is joined after padding is undone.)
    const broken: boolean[] = []
    // Chevrotain's lookahead stops at the rule's end, so look past the
    // separator here: 记者 戈伟 实习生 刘晓雪 ends the list at 实习生.
    $.MANY({
      // (Not a word followed by a colon: 张三 监制：李四 names a role next; nor
      // a work and its slash: 张三 图/李四 (or 图 / 李四) names the photographer next; nor a
      // work alone after a whole name: 朱兰英 文 王志浩 摄 — 李 文 is a padded name;
      // nor an outlet's name before its reporter's role: 记者 王刚 淄博日报记者 张铭 — but in a
      // photographer's credit, whose names stand before the outlet as often: 李娇 眉山网记者 雷卓鸣 摄.)
      GATE: () =>
        tokenMatcher($.LA(2), t.Text) &&
        !tokenMatcher($.LA(3), Colon) &&
        // (Nor a word longer than a name before 报道: where the story was filed, 全国两会现场报道.)
        !(tokenMatcher($.LA(3), Reported) && [...$.LA(2).image].length > maxName) &&
        (!outletsEnd || !anotherOutletsReporterAt((k) => $.LA(k + 1))) &&
        !(isMade($.LA(2)) && (tokenMatcher($.LA(3), Slash) || spacedSlashAt(3))) &&
        !($.LA(0).image.length >= MIN_NAME && bareWorkAt(2)),
      DEF: () => {
        // (A line break too: a column may cut a bracket of names, 通讯员 郑聆阳 ⏎闻广）.)
        const separator = $.OR([
          { ALT: () => $.CONSUME(Space) },
          { ALT: () => $.CONSUME(Newline) },
          { ALT: () => $.CONSUME(EnumComma) },
          { ALT: () => $.CONSUME(Comma) },
        ])
        const next = $.SUBRULE1(name)
        $.ACTION(() => {
          broken.length = list.names.length
          list.names.push(...next.names)
          spaced.push(separator.tokenType === Space)
          broken.push(separator.tokenType === Newline, ...next.names.slice(1).map(() => false))
          list.end = next.end
        })
      },
    })
    return $.ACTION(() => ({ names: joinCutNames(unpadded(list.names, spaced), broken), end: list.end }))
  })
  $.names = $.RULE('names', (): string[] => $.SUBRULE(nameList).names)

  /**
   * An outlet's name in one token before a reporter's role, a paper's or a name by its ending: 半岛 of 文/半岛记者, 广州日报
   * of 文/广州日报全媒体记者 (after a work), 聯合報 of 聯合報／記者王芳／台北報導 (a filing line's, datelines.ts).
   */
  $.outletName = $.RULE('outletName', () => $.OR([{ ALT: () => $.CONSUME(t.Text) }, { ALT: () => $.CONSUME(Paper) }]))

  /**
   * [affiliation] role [: or /] names [what they made], for one family of
   * roles: 记者/黄少宏 (南方日报), 记者朱浩源文/图 (the text and photos are theirs).
   */
  function credit(role: TokenType): Credit {
    // 文/图 本报记者 窦阳: what reporters made may come first. (Not before staff
    // roles: the option would put reporters' words in FIRST(staffCredit).)
    // (文/本报记者 徐瑞刚: one work, then its slash, before the role.)
    const before = role !== ReporterRole ? undefined : $.OPTION6({
      GATE: () => workBeforeRoleAhead(),
      DEF: () => {
        const token = $.OR2([
          { GATE: () => isWorkPair($.LA(1)), ALT: () => $.CONSUME3(ReporterRole) },
          { GATE: () => photographyBefore((k) => $.LA(k)), ALT: () => $.CONSUME(EditorRole) },
          { ALT: () => $.SUBRULE(workOpening) },
        ])
        $.OPTION7(() => $.CONSUME3(Space))
        // 文/半岛记者 景毅, 文/广州日报全媒体记者 王芳: after the work, the paper's name before the role.
        const nickname = $.OPTION4({ GATE: () => outletAfterWork($.LA(1)) && tokenMatcher($.LA(2), role), DEF: () => $.SUBRULE($.outletName) })
        return { token, nickname }
      },
    })
    const listed = $.OPTION(() => {
      const token = $.CONSUME(Affiliation)
      // 聯合報 記者陳嘉寧: a space may set the outlet apart from the role.
      $.OPTION5(() => $.CONSUME2(Space))
      return token
    })
    const affiliation = listed ?? before?.nickname
    const roleToken = $.CONSUME(role)
    $.OPTION1(() => $.CONSUME(Space))
    // (编辑 | 李四, 文字 | 张三: a bar, as new-media posts set their staff and writers apart from their names.)
    $.OPTION2(() =>
      $.OR([
        { ALT: () => $.CONSUME(Colon) },
        { ALT: () => $.CONSUME(Slash) },
        { GATE: () => barBeforeName() || (role === EditorRole && penNameAfterBar()), ALT: () => $.CONSUME7(Other) },
      ]),
    )
    // 扬子晚报讯（记者 ⏎梅建明）: a line break may stand between role and names.
    $.OPTION3(() => $.OR1([{ ALT: () => $.CONSUME1(Space) }, { ALT: () => $.CONSUME(Newline) }]))
    dottedNames = true
    let list: NameList
    try {
      list = $.SUBRULE(nameList)
    } finally {
      dottedNames = false
    }
    const work = $.OR4([
      {
        GATE: workAhead,
        ALT: () => {
          $.MANY({ GATE: () => tokenMatcher($.LA(1), Space), DEF: () => $.CONSUME5(Space) })
          return $.CONSUME2(ReporterRole)
        },
      },
      // 郝勇君/文: what the names made, after a slash.
      { GATE: madeAhead, ALT: () => $.SUBRULE(madeSuffix)?.last },
      { ALT: () => undefined },
    ])
    // （记者 杨海彤 整理）: compiled by them.
    const compiled = $.OPTION8({
      GATE: () => tokenMatcher($.LA(tokenMatcher($.LA(1), Space) ? 2 : 1), Compiled),
      DEF: () => {
        $.OPTION9(() => $.CONSUME4(Space))
        return $.CONSUME(Compiled)
      },
    })
    return $.ACTION(() => {
      if (work) list.end = endOf(work)
      if (compiled) list.end = endOf(compiled)
      const start = startOf(before?.token ?? affiliation ?? roleToken)
      const names = list.names.flatMap((run) => {
        if ([...run].length <= MAX_NAME || DOTTED_NAME.test(run)) return [run]
        // 孙辰茜潘洁: two names glued together.
        const split = splitGluedNames(run)
        if (!split.certain) $.ctx.warn('uncertain-split', `names glued together (${run}); split as ${split.names.join('、')}`, start, list.end)
        return split.names
      })
      // (本报记者综合报道: how the story was reported, before its 报道, where a name would stand: no one named. The
      // name as the lexer read it, simplified: 綜合 too.)
      const unnamed = names.length === 1 && reportKind($.LA(0).image) && tokenMatcher($.LA(1), Reported) && !work && !compiled
      const end = unnamed ? endOf(roleToken) : list.end
      const node: Credit = {
        type: 'credit',
        // (The role as printed: the outlet before it opens it, 本报记者, 聯合報 記者.)
        role: source(startOf(affiliation ?? roleToken), startOf(roleToken)) + printedRole(roleToken),
        names: unnamed ? [] : names,
        value: source(start, end),
        position: $.ctx.factory.position(start, end),
      }
      if (affiliation) node.affiliation = source(startOf(affiliation), endOf(affiliation))
      return node
    })
  }

  /**
   * An outlet's name the vocabulary does not list, before the first
   * credit's role, as 本报 stands before it (郑州晚报记者 董艳竹,
   * (潍坊日报社全媒体记者 巩建国), 大公报记者林静文): its tokens, or []. Read
   * by the rules of whole credit lines and of a dateline's brackets, which
   * give the first credit this affiliation.
   */
  function outletAffiliation(): IToken[] {
    const outlet: IToken[] = []
    $.OPTION7({
      GATE: () => outletAhead() > 0,
      DEF: () => {
        const length = outletAhead()
        $.AT_LEAST_ONE2({
          GATE: () => outlet.length < length,
          DEF: () =>
            outlet.push(
              $.OR3([
                { ALT: () => $.CONSUME3(Place) },
                { ALT: () => $.CONSUME3(t.Text) },
                // (今日 of a paper named by the day: 今日桐乡记者.)
                { ALT: () => $.CONSUME3(RelativeDate) },
                { ALT: () => $.CONSUME3(Paper) },
                { ALT: () => $.CONSUME3(WireSource) },
                { ALT: () => $.CONSUME3(Alnum) },
                { ALT: () => $.CONSUME3(Other) },
                // (A slash joining a paper and its app, 扬子晚报/紫牛新闻, or setting the outlet apart: 聯合報／記者.)
                { ALT: () => $.CONSUME9(Slash) },
                { ALT: () => $.CONSUME(LBook) },
                { ALT: () => $.CONSUME(RBook) },
                { ALT: () => $.CONSUME6(EnumComma) },
                // (The space between a paper's name and its app's: 华商晨报 掌中沈阳客户端记者.)
                { ALT: () => $.CONSUME8(Space) },
              ]),
            ),
        })
        $.OPTION9(() => $.CONSUME5(Space))
      },
    })
    return outlet
  }

  /**
   * Whether what is glued before the first role of a bracket or of a line of credits is read too (gluedBeforeRole),
   * and, on a line, with the name set apart from the role.
   */
  let glued: 'bracket' | 'line' | undefined
  const outletAhead = () => outletBeforeRole((k) => $.LA(k)) || (glued ? gluedBeforeRole((k) => $.LA(k), glued === 'line') : 0)
  /** The outlet before the first credit of a bracket or a line of credits, where whatever is glued before its role is read too. */
  function firstAffiliation(where: 'bracket' | 'line'): IToken[] {
    glued = where
    try {
      return outletAffiliation()
    } finally {
      glued = undefined
    }
  }

  /**
   * Give a credit the outlet's name read before it (outletAffiliation); a
   * role printed first then opens with the outlet, as printed (深圳商报记者).
   */
  function affiliate(credit: Credit | undefined, outlet: IToken[]): void {
    if (credit && outlet.length > 0 && credit.affiliation === undefined) {
      // (A bar or a slash setting the outlet apart from the role is no part of its name, nor of the role: 北京日报客户端｜记者.)
      const barred = outlet.length - 1 - outlet.findLastIndex((token) => !tokenMatcher(token, Space) && !slashOrBar(token))
      const name = outlet.slice(0, outlet.length - barred)
      // (A word qualifying the role opens the role, naming no outlet: 前方记者.)
      const printed = source(startOf(name[0]!), endOf(name.at(-1)!))
      if (!ROLE_QUALIFIER.test(printed)) credit.affiliation = printed
      const start = startOf(outlet[0]!)
      const barredApart = outlet.slice(name.length).some((token) => !tokenMatcher(token, Space))
      if (credit.role !== undefined && credit.value.startsWith(credit.role) && !barredApart) credit.role = source(start, credit.position.start.offset!) + credit.role
      credit.value = source(start, credit.position.end.offset!)
      credit.position = $.ctx.factory.position(start, credit.position.end.offset!)
    }
  }

  /**
   * What the people named made, right after their names (文/图, 文/摄): not
   * the role of names that follow, so no name may come after it.
   */
  function workAhead(): boolean {
    // (A space may stand before it: 熊长青  文/图.)
    const at = tokenMatcher($.LA(1), Space) ? 2 : 1
    const next = $.LA(at)
    if (!isWorkPair(next)) return false
    const after = $.LA(at + 1)
    return !tokenMatcher(after, t.Text) && !tokenMatcher(after, Colon) && !(tokenMatcher(after, Space) && tokenMatcher($.LA(at + 2), t.Text))
  }

  /** Whether what names made follows them after a slash (郝勇君/文, 陈大春/文、摄). */
  const madeAhead = (): boolean => {
    const at = tokenMatcher($.LA(1), Space) ? 2 : 1
    // (A work alone after the names only before more names: 本报记者 申宇 摄 is a photographer's credit line.)
    return (tokenMatcher($.LA(at), Slash) && isMade($.LA(at + 1))) || (at === 2 && bareWorkAt(2) && tokenMatcher($.LA(3), Space))
  }

  /**
   * Whether a work word stands alone at k, set apart by a space after names
   * (朱兰英 文 王志浩 摄): it ends the line or the bracket, or more names follow.
   */
  const bareWorkAt = (k: number): boolean => {
    if (!isMade($.LA(k)) || $.LA(k).image.length !== 1) return false
    const after = $.LA(k + 1)
    return after.tokenType === EOF || tokenMatcher(after, RParen) || (tokenMatcher(after, Space) && tokenMatcher($.LA(k + 2), t.Text))
  }

  /**
   * Whether names with their work, a slash or a space before it, are ahead
   * (王志浩 摄, 戴子翔/图), or the work before them (图/李强): a work credit after a reporter's on one line.
   */
  const workCreditAhead = (): boolean => {
    // (The work first, its names after the slash: 文/本报记者 王芳 图/李强, 摄影/李强.)
    if (madeAt(1, true) && (tokenMatcher($.LA(2), Slash) || tokenMatcher($.LA(2), Colon) || spacedSlashAt(2))) return true
    // (Or a space alone after the work: 记者 王芳 摄影 李强.)
    if (spacedWorkAt((k) => $.LA(k), 1, true)) return true
    for (let k = 1; k <= MAX_WORK_CREDIT_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Slash)) return isMade($.LA(k + 1))
      if (k > 1 && tokenMatcher(token, Space) && bareWorkAt(k + 1)) return true
      if (!tokenMatcher(token, t.Text) && !tokenMatcher(token, Space)) return false
    }
    return false
  }

  /**
   * Names ahead with their work after a slash, inside a bracket: 李明/图, 张伟/文 — each a person's name, not where the
   * picture or the text came from (资料/图, 网络/图, 综合/编译).
   */
  const namesThenMadeAhead = (): boolean => {
    for (let k = 1; k <= MAX_WORK_CREDIT_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Slash)) return k > 1 && isMade($.LA(k + 1))
      if (tokenMatcher(token, t.Text) ? !namesPersonNotPlace(token.image) : !(k > 1 && tokenMatcher(token, Space))) return false
    }
    return false
  }

  /**
   * One work named: 文, 图 (text runs) or 摄; where `photography` (the work opening a credit after another, madeAt),
   * 摄影 too, a staff role to the lexer (文/王芳 摄影/李强). (After names, 尼加提 王艳 摄影报道, it is the photo credit's.)
   */
  const made = $.RULE('made', (photography = false): IToken =>
    $.OR([
      { GATE: () => isMade($.LA(1)), ALT: () => $.CONSUME(t.Text) },
      { ALT: () => $.CONSUME(PhotoBy) },
      { GATE: () => photography && $.LA(1).image === PHOTOGRAPHY, ALT: () => $.CONSUME(EditorRole) },
    ]),
  )

  /**
   * What reporters made, opening their credit before its role, then its slash (a colon too: 文：本報記者 張三); compiled,
   * 文字整理/本报记者 陈蔚林. The work named.
   */
  const workOpening = $.RULE('workOpening', (): IToken => {
    const work = $.SUBRULE(made)
    $.OPTION(() => $.CONSUME(Compiled))
    $.OR([{ ALT: () => $.CONSUME(Slash) }, { ALT: () => $.CONSUME(Colon) }])
    return work
  })

  /** What names made, after a slash: /文, /摄, /文、摄. The first work named, and the last token. */
  const madeSuffix = $.RULE('madeSuffix', (): { work: IToken; last: IToken } => {
    $.OPTION(() => $.CONSUME(Space))
    return $.OR([
      {
        // 游书金 游海丹 文/图: both works after the names, one word.
        GATE: () => isWorkPair($.LA(1)),
        ALT: () => {
          const pair = $.CONSUME(ReporterRole)
          return { work: pair, last: pair }
        },
      },
      {
        ALT: () => {
          // (朱兰英 文: a space may stand for the slash.)
          $.OPTION2(() => $.CONSUME(Slash))
          const work = $.SUBRULE(made)
          let last = work
          $.OPTION1({
            GATE: () => isMade($.LA(2)),
            DEF: () => {
              $.CONSUME(EnumComma)
              last = $.SUBRULE1(made)
            },
          })
          return { work, last }
        },
      },
    ])
  })

  const workBeforeRoleAhead = (): boolean => workBeforeRole((k) => $.LA(k))

  /**
   * Whether a reporter's credit may open here, where names alone could too:
   * it opens with text only as a work before its role (文/本报记者), so
   * 陳燕珩╱台北 is names.
   */
  const reporterCreditAhead = (): boolean => reporterCreditOpens((k) => $.LA(k), t.Text)

  /**
   * Whether a work is named at `k`: 文, 图, 摄; after another credit on the line, 摄影 too (文/王芳 摄影/李强). (Alone, 摄影：冼偉倫
   * under the story's staff lines is one of them.)
   */
  const madeAt = (k: number, afterCredit: boolean): boolean => isMade($.LA(k)) || (afterCredit && $.LA(k).image === PHOTOGRAPHY)

  /** Whether the photographer's credit opens here, after another on the line: 摄影/李强, 摄影：李强, 摄影 李强. */
  const photographyCreditAhead = (): boolean => $.LA(1).image === PHOTOGRAPHY && workCreditAhead()

  /** Whether two works listed with 、 and then a slash or a colon stand at `k` (文、图/王芳; 0: the first work just read). */
  const worksListedAt = (k: number): boolean => worksListed((j) => $.LA(j), k)

  /** Whether a slash with a space either side stands at `k`: 文 / 王芳. */
  const spacedSlashAt = (k: number): boolean => spacedSlash((j) => $.LA(j), k)

  /** Whether a bar follows the work named first, a space perhaps before it, a person's name after it: 文 | 张三. */
  const barAfterWork = (): boolean => barredNameAt(tokenMatcher($.LA(2), Space) ? 3 : 2)

  /**
   * Names with what they made, as some papers sign a story: after a slash
   * (李 宇/文 戴子翔/图: the text by 李宇, the photos by 戴子翔; 陈大春/文、摄),
   * or before the names, with a slash or a colon (图/徐翔 牛红岩, 文：張三). The
   * work is the credit's role. `afterCredit`: another credit stands before it on the line, so 摄影 may name the
   * work too (文/王芳 摄影/李强).
   */
  const workCredit = ($.workCredit = $.RULE('workCredit', (afterCredit = false): Credit => {
    const first = $.LA(1)
    let work: IToken | undefined
    let end = 0
    const list = $.OR([
      {
        // (图/徐翔, or with a colon: 文：張三; or a bar, as new-media posts print it: 文 | 张三.)
        // (The slash set apart by spaces too: 文 / 王芳 图 / 李强.)
        // (Two works listed before the slash: 文、图/王芳.)
        GATE: () => madeAt(1, afterCredit) && (tokenMatcher($.LA(2), Slash) || tokenMatcher($.LA(2), Colon) || barAfterWork() || spacedSlashAt(2) || worksListedAt(1)),
        ALT: () => {
          work = $.SUBRULE(made, { ARGS: [afterCredit] })
          $.OPTION2({
            GATE: () => worksListedAt(0),
            DEF: () => {
              $.CONSUME(EnumComma)
              $.SUBRULE1(made)
            },
          })
          $.OPTION1({ GATE: () => tokenMatcher($.LA(1), Space) && slashOrBar($.LA(2)), DEF: () => $.CONSUME1(Space) })
          $.OR1([{ ALT: () => $.CONSUME(Slash) }, { ALT: () => $.CONSUME(Colon) }, { GATE: barBeforeName, ALT: () => $.CONSUME(Other) }])
          $.OPTION(() => $.CONSUME(Space))
          teamsNamed = true
          let names: NameList
          try {
            names = $.SUBRULE(nameList)
          } finally {
            teamsNamed = false
          }
          end = names.end
          return names
        },
      },
      {
        // (Set apart by a space alone, on a line of such pairs: 文 王芳 图 李强, 记者 王芳 摄影 李强.)
        GATE: () => spacedWorkAt((k) => $.LA(k), 1, afterCredit),
        ALT: () => {
          work = $.SUBRULE2(made, { ARGS: [afterCredit] })
          $.CONSUME2(Space)
          const names = $.SUBRULE2(nameList)
          end = names.end
          return names
        },
      },
      {
        ALT: () => {
          const names = $.SUBRULE1(nameList)
          // The role is the first work named (文 of 文、摄).
          const suffix = $.SUBRULE(madeSuffix)
          $.ACTION(() => {
            work = suffix.work
            end = endOf(suffix.last)
          })
          return names
        },
      },
    ])
    return $.ACTION(() => ({
      type: 'credit',
      role: source(startOf(work!), endOf(work!)),
      names: list.names,
      value: source(startOf(first), end),
      position: $.ctx.factory.position(startOf(first), end),
    }))
  }))

  /**
   * After a role's word: a colon and the names under it, as one credit
   * (組版:王五, 報導:黃方濟). Shared by the rules whose role is no vocabulary word.
   */
  function namesAfterColon(role: IToken): Credit {
    $.OPTION(() => $.CONSUME(Space))
    $.CONSUME(Colon)
    $.OPTION1(() => $.CONSUME1(Space))
    const list = $.SUBRULE(nameList)
    return $.ACTION(() => ({
      type: 'credit',
      role: printedRole(role),
      names: list.names,
      value: source(startOf(role), list.end),
      position: $.ctx.factory.position(startOf(role), list.end),
    }))
  }

  /** 報導:黃方濟 · 报道：李四: the report's word as the role, then a colon and the names. */
  const reportedBy = $.RULE('reportedBy', (): Credit => namesAfterColon($.CONSUME(Reported)))

  /** A work credit and the space after it, on a line of credits (creditsLine uses every OPTION index). */
  const spacedWorkCredit = $.RULE('spacedWorkCredit', (): Credit => {
    const found = $.SUBRULE(workCredit, { ARGS: [true] })
    $.OPTION(() => $.CONSUME(Space))
    return found
  })

  /** 報導:黃方濟 and the photographer's credit after it (報導:黃方濟 攝影:李強): the line's credits. */
  const reportedByLine = $.RULE('reportedByLine', (): Credit[] => {
    const credits = [$.SUBRULE(reportedBy)]
    $.OPTION({
      GATE: () => tokenMatcher($.LA(1), Space) && madeAt(2, true) && (tokenMatcher($.LA(3), Colon) || tokenMatcher($.LA(3), Slash)),
      DEF: () => {
        $.CONSUME(Space)
        credits.push($.SUBRULE(workCredit, { ARGS: [true] }))
      },
    })
    return credits
  })

  $.reporterCredit = $.RULE('reporterCredit', () => credit(ReporterRole))

  /** A reporter's credit with an unlisted outlet's name before it: （ 玉溪日报全媒体记者  熊长青  文/图）. */
  $.outletReporterCredit = $.RULE('outletReporterCredit', (): Credit => {
    const outlet = outletAffiliation()
    const found = $.SUBRULE1($.reporterCredit)
    $.ACTION(() => affiliate(found, outlet))
    return found
  })
  /**
   * The first reporter's credit of a closing bracket, what is glued before its role read as a dateline's bracket reads it:
   * （新黄河记者 王五）, （前方记者 刘小敏）.
   */
  $.leadingReporterCredit = $.RULE('leadingReporterCredit', (): Credit => {
    const outlet = firstAffiliation('bracket')
    const found = $.SUBRULE2($.reporterCredit)
    $.ACTION(() => affiliate(found, outlet))
    return found
  })
  $.staffCredit = $.RULE('staffCredit', () => credit(EditorRole))

  /**
   * Credits in brackets after a dateline: (记者孙珺 通讯员褚家威); a news
   * site's desk editor too (财联社5月9日电（编辑 赵昊）).
   */
  $.bracketCredits = $.RULE('bracketCredits', (): Array<Credit | IToken> => {
    maxName = MAX_GLUED_NAMES
    try {
      return bracketCreditsBody()
    } finally {
      maxName = MAX_NAME
    }
  })

  function bracketCreditsBody(): Array<Credit | IToken> {
    // (本报讯【记者 王建新】: some papers set the credits in lenticular brackets; square or tortoise-shell ones too, 本报讯[记者 王芳],
    // 本报讯〔记者 王芳〕.)
    const open = $.OR5([{ ALT: () => $.CONSUME(LParen) }, { ALT: () => $.CONSUME(LLenticular) }, { ALT: () => $.CONSUME(LSquare) }, { ALT: () => $.CONSUME1(LTortoise) }])
    const parts: Array<Credit | IToken> = [open]
    $.OPTION(() => $.CONSUME(Space))
    const outlet = firstAffiliation('bracket')
    $.OR1([
      // 本报讯（县委宣传部 李强）: the names under their office's (before names alone: 市教育局 is four characters, as a name may be).
      { GATE: officeBeforeNamesAhead, ALT: () => parts.push($.SUBRULE(officeCredit)) },
      // 本报讯（商闻）, （李伟 秦仁民）: names alone, the reporters' names as papers sign short items.
      { GATE: bareNamesAhead, ALT: () => parts.push($.SUBRULE($.bareCredit)) },
      // (游书金 游海丹 文/图, 张伟/文 李明/图): names, then what they made.
      { GATE: () => namesBeforeWorkPair() || namesThenMadeAhead(), ALT: () => parts.push($.SUBRULE($.workCredit)) },
      // (石智铭 记者 李凭): a correspondent's name with no role of its own, then the reporter's credit.
      { GATE: namesBeforeRoleAhead, ALT: () => parts.push($.SUBRULE2($.bareCredit)) },
      { ALT: () => parts.push($.SUBRULE(anyCredit)) },
    ])
    // (记者 张伟/文 李明/图: what the reporter made, after the names; the role stays the reporter's.)
    $.OPTION4({ GATE: () => tokenMatcher($.LA(1), Slash) && isMade($.LA(2)), DEF: () => $.SUBRULE(madeSuffix) })
    $.MANY({
      // (记者 李帅 摄影报道: 摄影 closes the bracket here, naming no one.)
      GATE: () => !filingAhead(),
      DEF: () => {
        // (記者 王丹妮 ⏎通讯员 郑聆阳: a line break may part two credits.)
        $.OPTION1(() =>
          $.OR([{ ALT: () => $.CONSUME1(Space) }, { ALT: () => $.CONSUME1(Newline) }, { ALT: () => $.CONSUME(EnumComma) }, { ALT: () => $.CONSUME(Comma) }]),
        )
        parts.push(
          $.OR2([
            // (Another outlet's reporter: 记者 王刚 淄博日报记者 张铭.)
            { GATE: () => outletAhead() > 0, ALT: () => $.SUBRULE($.outletReporterCredit) },
            // (The others' names with their work: …张伟/文 李明/图.)
            { GATE: namesThenMadeAhead, ALT: () => $.SUBRULE1($.workCredit) },
            { ALT: () => $.SUBRULE1(anyCredit) },
          ]),
        )
      },
    })
    // （记者石华深圳报道）, (记者 李帅 摄影报道): where the story was filed from, or that the photos are theirs too.
    const filing = $.OPTION3({ GATE: filingAhead, DEF: () => $.SUBRULE(filingTail) })
    $.OPTION2(() => $.CONSUME2(Space))
    parts.push(
      $.OR6([
        { GATE: () => tokenMatcher(open, LParen), ALT: () => $.CONSUME(RParen) },
        { GATE: () => tokenMatcher(open, LLenticular), ALT: () => $.CONSUME(RLenticular) },
        { GATE: () => tokenMatcher(open, LSquare), ALT: () => $.CONSUME(RSquare) },
        { GATE: () => tokenMatcher(open, LTortoise), ALT: () => $.CONSUME1(RTortoise) },
      ]),
    )
    $.ACTION(() => {
      const credits = parts.filter((p): p is Credit => !('tokenType' in p))
      affiliate(credits[0], outlet)
      if (filing) fileFrom(credits.at(-1), filing)
    })
    return parts
  }

  /**
   * What closes a bracket of credits after the last names: the place the
   * story was filed from and 报道 (深圳报道), or 摄影报道 (photographed and
   * reported; 报道摄影 says it the other way round).
   */
  const filingTail = $.RULE('filingTail', (): Filing => {
    const place: IToken[] = []
    let photographed = false
    const spaced = $.OPTION(() => $.CONSUME(Space)) !== undefined
    $.OR([
      {
        GATE: () => $.LA(1).image === PHOTOGRAPHY,
        ALT: () => {
          $.CONSUME(EditorRole)
          photographed = true
        },
      },
      { ALT: () => $.MANY(() => place.push($.OR1([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }]))) },
    ])
    $.CONSUME(Reported)
    // (记者 王嵩 报道摄影: reported, then photographed, the words the other way round.)
    $.OPTION1({
      GATE: () => $.LA(1).image === PHOTOGRAPHY,
      DEF: () => {
        $.CONSUME1(EditorRole)
        photographed = true
      },
    })
    return { place, photographed, spaced }
  })

  /** Whether 摄影报道 closes the line ahead: [space] 摄影 报道, then its end. */
  const photographedAhead = (): boolean => {
    const at = tokenMatcher($.LA(1), Space) ? 2 : 1
    return $.LA(at).image === PHOTOGRAPHY && tokenMatcher($.LA(at + 1), Reported) && ($.LA(at + 2).tokenType === EOF || tokenMatcher($.LA(at + 2), Space))
  }

  /** Whether a filing tail closes the bracket: [space] (places and text, or 摄影), 报道 [摄影], then the bracket's end. */
  function filingAhead(): boolean {
    for (let k = 1; k <= MAX_FILING_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Reported)) return tokenMatcher($.LA(k + 1), RParen) || ($.LA(k + 1).image === PHOTOGRAPHY && tokenMatcher($.LA(k + 2), RParen))
      const inTail = (k === 1 && tokenMatcher(token, Space)) || tokenMatcher(token, Place) || tokenMatcher(token, t.Text) || token.image === PHOTOGRAPHY
      if (!inTail) return false
    }
    return false
  }

  /**
   * Give the last credit the place its story was filed from. With no place
   * before 报道, a place the vocabulary does not know was read as a last
   * name (记者 李静 嘉兴报道): it is the place, when more than one name was
   * read, it is glued to 报道 (记者 李帅 王五 报道 names two reporters), and it
   * does not read as a reporter's full name (通讯员姚汪平 文玲香报道: see
   * namesReporter). The credit then ends before it.
   */
  function fileFrom(credit: Credit | undefined, { place, photographed, spaced }: Filing): void {
    if (!credit || photographed) return
    if (place.length > 0) {
      credit.place = source(startOf(place[0]!), endOf(place.at(-1)!))
    } else if (credit.names.length > 1 && !spaced && !namesReporter(credit.names.at(-1)!)) {
      credit.place = credit.names.pop()
      const start = credit.position.start.offset!
      const end = start + credit.value.slice(0, credit.value.lastIndexOf(credit.place!)).trimEnd().length
      credit.value = source(start, end)
      credit.position = $.ctx.factory.position(start, end)
    }
  }

  /**
   * Where a run of names ahead ends: runs of one to four Han characters
   * (padded single ones too), separated by spaces or 、 — the index of the
   * first token that is none of these, with the characters read; undefined
   * when a longer run of text stands among them, or none ends in reach.
   */
  function namesRunEnd(from = 1): { at: number; characters: number } | undefined {
    let characters = 0
    for (let k = from; k < from + MAX_BARE_NAMES_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Space) || tokenMatcher(token, EnumComma)) continue
      if (!tokenMatcher(token, t.Text)) return { at: k, characters }
      // (Two names glued together count as names too: 本报讯(李洁张其富).)
      if (!BARE_NAME.test(token.image) && gluedNamePair(token.image) === undefined) return undefined
      characters += token.image.length
    }
    return undefined
  }

  /**
   * Whether the writers' office opens the bracket, set apart before their names alone, each reading as a name:
   * 本报讯（县委宣传部 李强）, （市教育局 张伟 李明）, as a county's correspondents are credited.
   */
  function officeBeforeNamesAhead(): boolean {
    const office = $.LA(1)
    if (!tokenMatcher(office, t.Text) || !namesWritersBody(office.image) || !tokenMatcher($.LA(2), Space)) return false
    const end = namesRunEnd(3)
    if (end === undefined || end.characters < MIN_NAME || !tokenMatcher($.LA(end.at), RParen)) return false
    for (let k = 3; k < end.at; k++) if (tokenMatcher($.LA(k), t.Text) && !looksLikeName($.LA(k).image)) return false
    return true
  }

  /** The writers' names under their office's: 县委宣传部 李强 (the office the credit's affiliation). */
  const officeCredit = $.RULE('officeCredit', (): Credit => {
    const office = $.CONSUME(t.Text)
    $.CONSUME(Space)
    const credit = $.SUBRULE($.bareCredit)
    return $.ACTION(() => ({
      ...credit,
      affiliation: source(startOf(office), endOf(office)),
      value: source(startOf(office), credit.position.end.offset!),
      position: $.ctx.factory.position(startOf(office), credit.position.end.offset!),
    }))
  })

  /**
   * Whether names alone, each reading as a name, then a space and a reporter's role open the bracket:
   * (石智铭 记者 李凭), (于雅楠 记者 白惠娟), a correspondent named with no role before the reporter's credit.
   */
  function namesBeforeRoleAhead(): boolean {
    const end = namesRunEnd()
    if (end === undefined || end.at < 3 || !tokenMatcher($.LA(end.at), ReporterRole) || !tokenMatcher($.LA(end.at - 1), Space)) return false
    // (Not a place that opens with a surname's character: （金华 记者 李凭） files from 金华.)
    for (let k = 1; k < end.at; k++) if (tokenMatcher($.LA(k), t.Text) && !namesPersonNotPlace($.LA(k).image)) return false
    return true
  }

  /** Whether names and a pair of works close the bracket: 游书金 游海丹 文/图). */
  function namesBeforeWorkPair(): boolean {
    const end = namesRunEnd()
    return end !== undefined && end.characters >= MIN_NAME && isWorkPair($.LA(end.at)) && tokenMatcher($.LA(end.at + 1), RParen)
  }

  /**
   * Whether the bracket ahead holds names alone: runs of two to four Han
   * characters (or padded single ones), separated by spaces or 、, and
   * nothing else before its closing bracket.
   */
  function bareNamesAhead(): boolean {
    const end = namesRunEnd()
    if (end === undefined || end.characters < MIN_NAME || !tokenMatcher($.LA(end.at), RParen)) return false
    // (A broadcast's name in the bracket, 央视网消息（新闻联播）：, is the programme the report comes from: no one's name.)
    for (let k = 1; k < end.at; k++) if (tokenMatcher($.LA(k), t.Text) && BROADCAST.test($.LA(k).image)) return false
    return true
  }

  /** Any credit, staff roles first (摄影 is both). */
  const anyCredit = $.RULE('anyCredit', (): Credit =>
    $.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [{ ALT: () => $.SUBRULE($.staffCredit) }, { ALT: () => $.SUBRULE($.reporterCredit) }],
    }),
  )

  /**
   * A line of credits that names desk staff: 本版责编:鲁明强; 新京报记者 苏季
   * 校对 李铭. The builder tries `byline` first, so a line that matches here
   * holds at least one staff credit.
   */
  $.editorLine = $.RULE('editorLine', (): Credit[] => {
    const credits: Credit[] = []
    $.OPTION(() => $.CONSUME(Space))
    $.AT_LEAST_ONE(() => {
      credits.push(
        $.OR([
          // 编辑:张三 组版:王五: after a staff credit, a role the vocabulary does not list.
          { GATE: () => credits.length > 0 && unlistedRoleAhead(), ALT: () => $.SUBRULE(unlistedStaffCredit) },
          { ALT: () => $.SUBRULE(anyCredit) },
        ]),
      )
      // (A portal's code for its editor after the name: 责任编辑：张玉 SF069, 王芳_NB12345, 王芳 (EN012).)
      $.OPTION4({
        GATE: editorCodeAhead,
        DEF: () => {
          $.OPTION6({ GATE: () => tokenMatcher($.LA(2), LParen), DEF: () => $.CONSUME4(Space) })
          const open = $.OR3([{ ALT: () => $.CONSUME3(Space) }, { ALT: () => $.CONSUME1(Other) }, { ALT: () => $.CONSUME(LParen) }])
          $.CONSUME(Alnum)
          $.OPTION5({ GATE: () => tokenMatcher(open, LParen), DEF: () => $.CONSUME(RParen) })
        },
      })
      // (Credits parted by spaces, or by bullets as a new-media desk lists its staff: 编辑:沙玉兰◆二审:曾淑花◆三审:魏礼军.)
      $.OPTION1(() => $.OR1([{ ALT: () => $.CONSUME1(Space) }, { GATE: () => credits.length > 0 && !tokenMatcher($.LA(2), EOF), ALT: () => $.CONSUME(Bullet) }]))
      // (Or by a semicolon, a comma, a slash or a bar, as a site's page lists them: 责任编辑:张三;校对:李四, 编辑:张三 | 校对:李四,
      // 编辑:张三丨校对:李四 —
      // only where the next staff role follows: 编辑:张三,李四 lists two names under one role.)
      $.OPTION2({
        // (The names before it read as people's: 审核：通过；校对：已完成 is a form's, no desk's.)
        GATE: () => staffFieldAfter(1) && (credits.at(-1)?.names ?? []).every(namesSomeone),
        DEF: () => {
          $.OR2([
            { ALT: () => $.CONSUME(Semicolon) },
            { ALT: () => $.CONSUME(Comma) },
            { ALT: () => $.CONSUME(EnumComma) },
            { ALT: () => $.CONSUME(Slash) },
            { ALT: () => $.CONSUME(Other) },
          ])
          $.OPTION3(() => $.CONSUME2(Space))
        },
      })
    })
    $.CONSUME(EOF)
    return credits
  })

  /**
   * Whether a portal's code for the editor follows the names: set apart by a space (SF069), an underscore (_NB12345) or
   * in brackets ((EN012)), then the line's end or a space before the next field.
   */
  const editorCodeAhead = (): boolean => {
    const at = tokenMatcher($.LA(1), Space) && tokenMatcher($.LA(2), LParen) ? 2 : 1
    const [open, code, after] = [$.LA(at), $.LA(at + 1), $.LA(at + 2)]
    const bracketed = tokenMatcher(open, LParen)
    if (!(tokenMatcher(open, Space) || open.image === CODE_JOIN || bracketed) || !tokenMatcher(code, Alnum) || !EDITOR_CODE.test(code.image)) return false
    const end = bracketed ? $.LA(at + 3) : after
    return (!bracketed || tokenMatcher(after, RParen)) && (end.tokenType === EOF || tokenMatcher(end, Space))
  }

  /**
   * Whether the token `k` ahead parts two staff fields: a semicolon, a comma or a bar (|, ｜), then, a space
   * perhaps between, a staff role and its colon.
   */
  const staffFieldAfter = (k: number): boolean => {
    const mark = $.LA(k)
    const parts = tokenMatcher(mark, Semicolon) || tokenMatcher(mark, Comma) || tokenMatcher(mark, EnumComma) || slashOrBar(mark)
    if (!parts) return false
    const at = tokenMatcher($.LA(k + 1), Space) ? k + 2 : k + 1
    const role = $.LA(at)
    return (tokenMatcher(role, EditorRole) || (tokenMatcher(role, t.Text) && UNLISTED_ROLE.test(role.image))) && tokenMatcher($.LA(at + 1), Colon)
  }

  /** Whether a staff field's name reads as a person's: a name, or a compound surname's four characters (欧阳明轩). */
  const namesSomeone = (name: string): boolean => looksLikeName(name) || ([...name].length === 4 && FOUR_CHARACTER_NAME.test(name))

  /**
   * Whether a bar stands next, a name reading as a person's after it (编辑 | 李四): not a section's head, 编辑 | 精雕细琢,
   * nor a form's status, 审核 | 通过.
   */
  const barBeforeName = (): boolean => barredNameAt(1)

  /** Whether the token `k` ahead is a bar, and a name reading as a person's follows it, a space perhaps between. */
  function barredNameAt(k: number): boolean {
    if (!FIELD_BAR.test($.LA(k).image)) return false
    const name = tokenMatcher($.LA(k + 1), Space) ? $.LA(k + 2) : $.LA(k + 1)
    return tokenMatcher(name, t.Text) && looksLikeName(name.image)
  }

  /**
   * Whether a bar, then any name a person's length closing the line, stand ahead: a pen name as a post's staff line
   * prints it (编辑| 大麦). Only after a staff role: after a work's, 文 | 精雕细琢 and 图 | 新华社 name no one.
   */
  function penNameAfterBar(): boolean {
    if (!FIELD_BAR.test($.LA(1).image)) return false
    const at = tokenMatcher($.LA(2), Space) ? 3 : 2
    return tokenMatcher($.LA(at), t.Text) && [...$.LA(at).image].length <= MAX_NAME && $.LA(at + 1).tokenType === EOF
  }

  /** A role word the vocabulary does not list, then a colon: 组版: (two to four characters). */
  const unlistedRoleAhead = () => {
    const role = $.LA(1)
    if (!tokenMatcher(role, t.Text) || !UNLISTED_ROLE.test(role.image)) return false
    return tokenMatcher($.LA(2), Colon) || (tokenMatcher($.LA(2), Space) && tokenMatcher($.LA(3), Colon))
  }

  /** A staff credit under a role the vocabulary does not list, after a listed one on the line: 组版:王五. */
  const unlistedStaffCredit = $.RULE('unlistedStaffCredit', (): Credit => namesAfterColon($.CONSUME(t.Text)))

  /**
   * A paper's name, then its reporter's filing line in brackets, alone on a
   * line under the title, as Taiwan's dailies print it on their sites:
   * 中國時報【陳燕珩╱台北報導】, 聯合報〔記者陳嘉寧／桃園報導〕. The name may
   * stand without a role. (Without the paper's name, a bracketed filing line
   * opens the lead: a dateline, grammar/rules/datelines.ts.)
   */
  const paperFiling = $.RULE('paperFiling', (): Credit => {
    $.CONSUME(Paper)
    $.OPTION(() => $.CONSUME(Space))
    $.OR([{ ALT: () => $.CONSUME(LLenticular) }, { ALT: () => $.CONSUME(LTortoise) }, { ALT: () => $.CONSUME(LParen) }])
    const credit = $.OR1([{ GATE: reporterCreditAhead, ALT: () => $.SUBRULE($.reporterCredit) }, { ALT: () => $.SUBRULE($.bareCredit) }])
    $.OPTION1(() => $.CONSUME1(Space))
    $.CONSUME(Slash)
    const place: IToken[] = []
    $.AT_LEAST_ONE(() => place.push($.OR2([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }])))
    $.CONSUME(Reported)
    $.OR3([{ ALT: () => $.CONSUME(RLenticular) }, { ALT: () => $.CONSUME(RTortoise) }, { ALT: () => $.CONSUME(RParen) }])
    return $.ACTION(() => {
      credit.place = source(startOf(place[0]!), endOf(place.at(-1)!))
      return credit
    })
  })

  /** Whether an author's field label (作者：) stands before a credit with a role of its own (作者： 记者 汤江峰). */
  const authorFieldAhead = (): boolean => {
    const role = authorFieldRoleAt((k) => $.LA(k), ReporterRole)
    if (role === 0) return false
    // (The role's name a person's: 作者：记者 汤江峰; not 作者：记者节筹备组, 作者：记者站原站长 何山.)
    const name = tokenMatcher($.LA(role + 1), Space) ? $.LA(role + 2) : $.LA(role + 1)
    return looksLikeName(name.image)
  }

  const namesBeforeCreditAhead = (): boolean => namesBeforeCreditAt((k) => $.LA(k))

  /** The author field's label and its colon (作者：), before credits with roles of their own. */
  const authorField = $.RULE('authorField', () => {
    $.CONSUME(ReporterRole)
    $.CONSUME(Colon)
    $.OPTION(() => $.CONSUME(Space))
  })

  /** 发自北京 after the reporters' names: the place the story was filed from (南方周末记者 王芳 发自北京). Its tokens. */
  const sentFrom = $.RULE('sentFrom', (): IToken[] => {
    const place: IToken[] = []
    $.OPTION(() => $.CONSUME(Space))
    $.CONSUME(FiledFrom)
    $.AT_LEAST_ONE(() => place.push($.OR([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }])))
    return place
  })

  /**
   * Reporters' credits making up a line: 本报记者 张建国; ■記者蔡少玲; ■ 李 文
   * (a columnist: a bare name after the bullet); with the place the story
   * was filed from: 本报记者 李静 青岛报道, □陈 泳 报道, 南方周末记者 王芳 发自北京.
   */
  const creditsLine = $.RULE('creditsLine', (): Credit[] => {
    const credits: Credit[] = []
    let bullet: IToken | undefined
    const place: IToken[] = []
    let reported: IToken | undefined
    let slash: IToken | undefined
    let filed: IToken[] | undefined
    $.OPTION1(() => {
      bullet = $.CONSUME(Bullet)
      $.OPTION2(() => $.CONSUME1(Space))
    })
    // 作者： 记者 汤江峰  通讯员 王小玲: a site's author field over credits with roles of their own; the label is the field's.
    $.OPTION({ GATE: authorFieldAhead, DEF: () => $.SUBRULE(authorField) })
    const outlet = firstAffiliation('line')
    $.OR([
      {
        // (图/徐翔 names no role: a work credit, below. Nor does a name before its work, 秦颖/文 张志嵩/图:
        // the reporters' credits must open here, or the alternatives below are tried.)
        GATE: () => (!(isMade($.LA(1)) && (tokenMatcher($.LA(2), Slash) || tokenMatcher($.LA(2), Colon))) || workBeforeRoleAhead()) && reporterCreditOpens((k) => $.LA(k), t.Text),
        ALT: () => {
          // (After 本报记者任浩 杨淼/文, a name opens no reporter's credit: 王康明/图 is a work credit, below.)
          $.AT_LEAST_ONE({
            // (Not 摄影, a staff role to the lexer, after the first credit: 记者 王芳 摄影/李强 names the photographer, below.)
            GATE: () => (reporterCreditOpens((k) => $.LA(k), t.Text) && !(credits.length > 0 && photographyCreditAhead())) || (credits.length > 0 && outletAhead() > 0),
            DEF: () => {
              credits.push(
                $.OR5([
                  // (Another outlet's reporter after the first credit: 本报记者 王刚 淄博日报记者 张铭.)
                  { GATE: () => credits.length > 0 && outletAhead() > 0, ALT: () => $.SUBRULE($.outletReporterCredit) },
                  { ALT: () => $.SUBRULE($.reporterCredit) },
                ]),
              )
              $.OPTION3(() => $.CONSUME2(Space))
            },
          })
          // 本报首席记者 朱兰英 文 王志浩 摄: names with their work after the reporters'.
          $.MANY2({
            GATE: workCreditAhead,
            DEF: () => credits.push($.SUBRULE(spacedWorkCredit)),
          })
        },
      },
      // (■城市拍客: a four-character word after the bullet is the column's label; a columnist's name is shorter,
      // but for a compound surname's or a transliterated one: ■欧阳晓明, ◎ 阿依古丽.)
      // (Then a reporter's credit may follow, a correspondent's name set before it: □唐探峰 本报记者 汪美山 文/图.)
      {
        GATE: () => bullet !== undefined && bareNameAfterBullet($.LA(1).image),
        ALT: () => {
          credits.push($.SUBRULE($.bareCredit))
          $.MANY3({
            GATE: () => tokenMatcher($.LA(1), Space) && (tokenMatcher($.LA(2), ReporterRole) || tokenMatcher($.LA(2), Affiliation)),
            DEF: () => {
              $.CONSUME7(Space)
              credits.push($.SUBRULE1($.reporterCredit))
            },
          })
        },
      },
      // 吕子娟 邓浩然 记者 祁琳 文/图: the correspondents' names set before the reporter's credit, no bullet and no
      // role of their own (only names that read as names).
      {
        GATE: () => bullet === undefined && outlet.length === 0 && namesBeforeCreditAhead(),
        ALT: () => {
          credits.push($.SUBRULE2($.bareCredit))
          $.AT_LEAST_ONE3(() => {
            $.CONSUME6(Space)
            credits.push($.SUBRULE2($.reporterCredit))
          })
        },
      },
      // 報導:黃方濟: the reporter under the word for the report, as Malaysia's Chinese papers print it; the photographer's
      // credit may follow (報導:黃方濟 攝影:李強).
      {
        ALT: () => {
          const line = $.SUBRULE(reportedByLine)
          $.ACTION(() => credits.push(...line))
        },
      },
      {
        GATE: () => bullet === undefined && outlet.length === 0,
        ALT: () =>
          $.AT_LEAST_ONE1(() => {
            credits.push($.SUBRULE(workCredit, { ARGS: [credits.length > 0] }))
            $.OPTION5(() => $.CONSUME3(Space))
          }),
      },
    ])
    $.OPTION4(() =>
      $.OR6([
        // 邵阳日报记者 伍 洁 通讯员 唐美玉 刘兴富 摄影报道: photographed and reported by them all.
        { GATE: photographedAhead, ALT: () => $.SUBRULE(filingTail) },
        { ALT: () => (filed = $.SUBRULE(sentFrom)) },
        {
          ALT: () => {
            // 聯合報 記者陳嘉寧／桃園機場報導: after a paper's name, a slash may set the
            // place apart from the names. (Without one, 特派記者林則宏／北京報導 is
            // a filing line: a dateline; 記者張麗英/報導, naming no place, is a byline.)
            $.OPTION8({ GATE: () => outlet.length > 0 || credits[0]?.affiliation !== undefined || tokenMatcher($.LA(2), Reported), DEF: () => (slash = $.CONSUME(Slash)) })
            $.MANY(() => place.push($.OR1([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }])))
            // □陈 泳 报道: a space may stand before 报道.
            $.OPTION6(() => $.CONSUME4(Space))
            reported = $.CONSUME(Reported)
          },
        },
      ]),
    )
    return $.ACTION(() => {
      affiliate(credits[0], outlet)
      const last = credits.at(-1)!
      if (filed) {
        last.place = source(startOf(filed[0]!), endOf(filed.at(-1)!))
      } else if (reported && place.length > 0) {
        // (即時 after the place says how it was reported: 聯合報／記者王芳／台北即時報導.)
        const where = place.length > 1 && reportKind(place.at(-1)!.image) ? place.slice(0, -1) : place
        last.place = source(startOf(where[0]!), endOf(where.at(-1)!))
      } else if (reported && !slash && last.names.length > 1 && !namesReporter(last.names.at(-1)!) && !listedLast(last)) {
        // 本报记者 李静 嘉兴报道: an unknown place was read as a second name
        // (记者张丽英、王大明/报导, the slash straight before 报导, names none; nor does 王芳、李强 报道, the names listed).
        last.place = last.names.pop()
      }
      return credits
    })
  })

  /** Whether a credit's last name is listed after the one before it with 、 or a comma (王芳、李强): a name, no place. */
  const listedLast = (credit: Credit): boolean => {
    const value = credit.value ?? ''
    const name = credit.names.at(-1)!
    return value.endsWith(name) && NAME_LIST_MARK.test(value.slice(0, -name.length).trimEnd().slice(-1))
  }

  /**
   * After an author's field, a note on the writer in brackets, closing the line (作者：张三（渭南日报记者）,
   * 作者：李明（系市作协会员））: what the writer is, no one else's name. Up to the closing bracket, no sentence in it.
   */
  const writerNoteAhead = (credits: Credit[]): boolean => {
    if (credits.length !== 1 || !AUTHOR_ROLE.test(credits[0]!.role ?? '')) return false
    const open = tokenMatcher($.LA(1), Space) ? 2 : 1
    if (!tokenMatcher($.LA(open), LParen)) return false
    for (let k = open + 1; k <= open + MAX_WRITER_NOTE_TOKENS; k++) {
      const token = $.LA(k)
      if (token.tokenType === EOF || tokenMatcher(token, SentenceEnd) || tokenMatcher(token, LParen)) return false
      if (!tokenMatcher(token, RParen)) continue
      // (Not where a photo's caption names the person by the photo: 作者：刘伟（左一）, 作者：刘伟（资料图）.)
      let note = ''
      for (let j = open + 1; j < k; j++) note += $.LA(j).image
      if (PHOTO_NOTE.test(note)) return false
      return $.LA(k + 1).tokenType === EOF || (tokenMatcher($.LA(k + 1), Space) && $.LA(k + 2).tokenType === EOF)
    }
    return false
  }

  /** A line that is only reporters' credits (creditsLine), or a paper's bracketed filing line (paperFiling). */
  $.byline = $.RULE('byline', (): Credit[] => {
    let credits: Credit[] = []
    $.OPTION(() => $.CONSUME(Space))
    $.OR({
      // Three tokens: a paper's name and a space open both (聯合報 【… / 聯合報 記者…).
      MAX_LOOKAHEAD: 3,
      DEF: [{ ALT: () => (credits = [$.SUBRULE(paperFiling)]) }, { ALT: () => (credits = $.SUBRULE(creditsLine)) }],
    })
    $.OPTION2({
      GATE: () => writerNoteAhead(credits),
      DEF: () => {
        $.OPTION3(() => $.CONSUME2(Space))
        $.CONSUME(LParen)
        $.MANY(() => $.CONSUME(AnyToken))
      },
    })
    $.OPTION1(() => $.CONSUME1(Space))
    $.CONSUME(EOF)
    return credits
  })

  /** A further photographer's role, the paper's word perhaps before it (本报通讯员): read after the names before it. */
  const ownRole = $.RULE('ownRole', (): IToken => {
    $.OPTION(() => $.CONSUME(Affiliation))
    return $.CONSUME(ReporterRole)
  })

  /**
   * A photographer's credit line: 李潤芳攝, 新华社记者 谢环驰 摄,
   * (記者簡榮豐攝), 株洲日报全媒体记者/刘平 摄. Its role is the printed 摄.
   */
  $.photoCredit = $.RULE('photoCredit', (): Credit => {
    let open: IToken | undefined
    let close: IToken | undefined
    $.OPTION(() => (open = $.CONSUME(LParen)))
    const first = $.LA(1)
    // 本报记者, or an outlet the vocabulary does not list: (福州日报记者 刘家铭 叶义斌 摄影报道);
    // in brackets, any body's name set apart before the names: (安徽省台办 裔淳 摄).
    const bodyAhead = () => open !== undefined && bodyBeforeNames()
    const affiliation = $.OPTION1({
      GATE: () => tokenMatcher($.LA(1), Affiliation) || outletAhead() > 0 || bodyAhead(),
      DEF: () =>
        $.OR2([
          { GATE: () => tokenMatcher($.LA(1), Affiliation), ALT: () => [$.CONSUME(Affiliation)] },
          { GATE: bodyAhead, ALT: () => [$.CONSUME2(t.Text)] },
          { ALT: () => $.SUBRULE($.outletPrefix) },
        ]),
    })
    const role = $.OPTION2(() => $.CONSUME(ReporterRole))
    // (A slash may part the role from the names: 株洲日报全媒体记者/刘平 摄.)
    $.OPTION3(() => $.OR3([{ ALT: () => $.CONSUME(Space) }, { ALT: () => $.CONSUME1(Slash) }]))
    // (After the role, a transliterated name: 记者 马合巴勒·木尔扎汗 摄; or with no role, the photographer's word straight
    // after it: …冒雪出行。 阿尔达克·拜斯汗 摄.)
    dottedNames = role !== undefined || dottedBeforePhotoBy()
    // (After the role, one run longer than a name straight before the photographer's word: a minority's name, 记者巴依斯古楞摄,
    // or two names glued together, split below.)
    if (role !== undefined && longNameBeforePhotoBy()) maxName = MAX_GLUED_NAMES
    let list: NameList
    try {
      list = $.SUBRULE(nameList, { ARGS: [false] })
    } finally {
      dottedNames = false
      maxName = MAX_NAME
    }
    $.OPTION4(() => $.CONSUME1(Space))
    // 记者 苏 凯 通讯员 宋超喜 摄影报道: the others credited with the photo
    // (the roles may be listed with a 、 between them: 全媒记者李文军、通讯员刘安国摄; the paper's word before one, after a
    // name with no role: 刘晓龙 本报通讯员 肖定怀 摄影报道).
    $.MANY(() => {
      $.MANY1(() => $.CONSUME(EnumComma))
      $.SUBRULE(ownRole)
      $.OPTION6(() => $.CONSUME2(Space))
      const more = $.SUBRULE1(nameList, { ARGS: [false] })
      $.OPTION7(() => $.CONSUME3(Space))
      $.ACTION(() => list.names.push(...more.names))
    })
    // 記者陳嘉寧／翻攝: a slash may stand before the photographer's word.
    $.OPTION9(() => $.CONSUME(Slash))
    // 摄, 摄影 after the names (摄影报道: photographed and reported), 翻摄 (a photo of a photo).
    const by = $.OR([
      { ALT: () => $.CONSUME(PhotoBy) },
      { GATE: () => $.LA(1).image === PHOTOGRAPHY, ALT: () => $.CONSUME(EditorRole) },
      {
        GATE: () => $.LA(1).image === REPHOTOGRAPHED,
        ALT: () => {
          $.CONSUME(t.Text)
          return $.CONSUME1(PhotoBy)
        },
      },
    ])
    const reported = $.OPTION8(() => $.CONSUME(Reported))
    $.OPTION5(() =>
      $.OR1([
        { GATE: () => open !== undefined, ALT: () => (close = $.CONSUME(RParen)) },
        // 张勤宝 摄(C视觉): the agency that supplied the photo, in brackets after the credit.
        { GATE: () => open === undefined, ALT: () => (close = $.SUBRULE($.photoAgency)) },
      ]),
    )
    $.CONSUME(EOF)
    return $.ACTION(() => {
      const start = startOf(open ?? first)
      const end = endOf(close ?? reported ?? by)
      const node: Credit = {
        type: 'credit',
        role: source(startOf(by), endOf(by)),
        // (Two names glued together are two, 孙辰茜潘洁; a longer run that is no two names one person's, 巴依斯古楞.)
        names: list.names.flatMap((name) => gluedNamePair(name) ?? [name]),
        value: source(start, end),
        position: $.ctx.factory.position(start, end),
      }
      if (affiliation) node.affiliation = source(startOf(affiliation[0]!), endOf(affiliation.at(-1)!))
      return node
    })
  })

  /**
   * A body's name set apart before the photographers' names in a bracketed
   * credit (安徽省台办 裔淳 摄): longer than a name is, with names after it.
   */
  function bodyBeforeNames(): boolean {
    const [body, space, name] = [$.LA(1), $.LA(2), $.LA(3)]
    return (
      tokenMatcher(body, t.Text) &&
      BODY_NAME.test(body.image) &&
      tokenMatcher(space, Space) &&
      tokenMatcher(name, t.Text) &&
      name.image.length <= MAX_NAME
    )
  }

  /** An outlet's name before a photographer's role (福州日报记者 …): its tokens. */
  $.outletPrefix = $.RULE('outletPrefix', (): IToken[] => outletAffiliation())

  /** A photo agency's tag in brackets after a photographer's credit: (C视觉), (视觉中国); the closing bracket. */
  $.photoAgency = $.RULE('photoAgency', (): IToken => {
    $.CONSUME(LParen)
    let count = 0
    $.AT_LEAST_ONE({
      GATE: () => count < MAX_AGENCY_TOKENS && $.LA(1).tokenType !== RParen && $.LA(1).tokenType !== Space,
      DEF: () => {
        $.CONSUME(AnyToken)
        count++
      },
    })
    return $.CONSUME(RParen)
  })

  /**
   * A closing credit with its source in brackets, alone on a line:
   * 陈立希（新华社专稿）, 作者：刘俊 （来源：广州日报）. The note must name a
   * source (来源, 专稿, 供稿, 特稿) so a bracketed aside is not taken for one.
   */
  $.sourcedCredit = $.RULE('sourcedCredit', (): Credit[] => {
    const credits: Credit[] = []
    $.OPTION(() => $.CONSUME(Space))
    $.OR([
      { GATE: reporterCreditAhead, ALT: () => credits.push($.SUBRULE($.reporterCredit)) },
      { ALT: () => credits.push($.SUBRULE($.bareCredit)) },
    ])
    $.OPTION1(() => $.CONSUME1(Space))
    $.CONSUME(LParen)
    let note = ''
    $.AT_LEAST_ONE({
      GATE: () => $.LA(1).tokenType !== RParen,
      DEF: () => (note += $.CONSUME(AnyToken).image),
    })
    $.CONSUME(RParen)
    $.OPTION2(() => $.CONSUME2(Space))
    $.CONSUME(EOF)
    // (A body's note after names with no role: only names as names look, 李辰轩(湘南学院附属小学), not 通知(县教育局).)
    return $.ACTION(() => (NAMES_SOURCE.test(note) || (WRITERS_BODY.test(note) && credits.every(namedByRoleOrName)) ? credits : []))
  })

  /** A bare name list standing for a credit with no role (■ 李 文). */
  $.bareCredit = $.RULE('bareCredit', (): Credit => {
    const first = $.LA(1)
    const list = $.SUBRULE(nameList)
    return $.ACTION(() => ({
      type: 'credit' as const,
      // (Two names glued together are two: 李洁张其富.)
      names: list.names.flatMap((name) => gluedNamePair(name) ?? [name]),
      value: source(startOf(first), list.end),
      position: $.ctx.factory.position(startOf(first), list.end),
    }))
  })
}

/**
 * Typesetters pad two-character names to the width of three (田 鹏,
 * 张  晔  苏  滨). Runs of one-character "names" separated only by spaces
 * are put back together: two or three make one name, longer even runs make
 * two-character names.
 */
/**
 * Whether a line break cut one name in two (郑聆 ⏎阳, 郑 ⏎聆阳): a single
 * character on either side, three at most together; no name is one character.
 */
const cutName = (before: string, after: string): boolean => {
  const [a, b] = [[...before].length, [...after].length]
  return (a === 1 || b === 1) && a + b <= MAX_CUT_NAME
}
/** The longest name a line break may have cut. */
const MAX_CUT_NAME = 3

export function unpad(names: string[], spaced: boolean[]): string[] {
  return unpadded(names, spaced).map(({ name }) => name)
}

/** unpad's names, each with the index of the first piece it was made of. */
function unpadded(names: string[], spaced: boolean[]): Array<{ name: string; first: number }> {
  const out: Array<{ name: string; first: number }> = []
  let i = 0
  while (i < names.length) {
    let j = i
    while (j < names.length && [...names[j]!].length === 1 && (j === i || spaced[j])) j++
    const run = names.slice(i, j)
    if (run.length <= 1) {
      out.push({ name: names[i]!, first: i })
      i++
      continue
    }
    if (run.length <= 3) out.push({ name: run.join(''), first: i })
    else for (let k = 0; k < run.length; k += 2) out.push({ name: run.slice(k, k + 2).join(''), first: i + k })
    i = j
  }
  return out
}

/**
 * Names with those a line break cut in two joined (郑聆 ⏎阳 → 郑聆阳), once
 * padding is undone, so that a padded name's half is never taken for a cut
 * one (王 芳 ⏎李 明 → 王芳, 李明). `broken[i]`: a line break stands before piece i.
 */
function joinCutNames(names: Array<{ name: string; first: number }>, broken: boolean[]): string[] {
  const out: string[] = []
  for (const { name, first } of names) {
    if (out.length > 0 && broken[first] === true && cutName(out.at(-1)!, name)) out[out.length - 1] += name
    else out.push(name)
  }
  return out
}
