/**
 * Bylines: who reported the story, on a line of their own.
 *
 *   本报记者 张三 李四 · 文/图 本报记者 窦阳 · 新华社记者 孙辰茜    a credit with a role (credits rules)
 *   本报记者  吴储岐  向子丰《人民日报》（2025年03月10日第 01 版）   glued to a page citation: a byline, then a page header
 *   陈立希（新华社专稿） · 作者：刘俊（来源：广州日报）              a credit naming its source
 *   李 宇/文 戴子翔/图                                            names with what they made
 *   N本报记者 毛朝青 通讯员 宁化综                                  a symbol font's bullet copied as a letter
 *   省运会接待酒店周边整治须加快 本报记者 刘晨 文/图                  a title with its byline after it: two rows
 *
 * Where it stands: under an article's heading group (heading-group.ts
 * takes the bylines printed there), or opening an article of its own when
 * none is open. After the body, a credit line closes the article: it is
 * its signature (■記者蔡少玲, signature.ts `closingCredit`), and over the next
 * brief of a column (◆…) closes it — unless other body
 * text follows: then a reporter's credit is the byline some papers print
 * after the lead (大公报记者林静文), and a role glued to a word a section's
 * title (记者手记: intertitle.ts).
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Article, Byline, Credit } from '../../src/types'
import { pageHeaderOf, trailingCitationAt } from './page-header'
import { stampOf } from './stamp'
import { sourceNoteOf } from './source-note'
import { INTRODUCES, WIDE_GAP, afterBullet, printedLength, trimmed } from '../layout'
import { MAX_BARE_NAME, looksLikeName, namesAlone, namesNoOne, namesOnlyNoOne, namesPlace } from '../names'
import { HAN_CLASS } from '../han'
import type { NodeFactory } from '../factory'
import { AUTHOR_LABEL } from '../furniture'
import { OUTLET_AFFILIATION, authorFieldRoleAt, holdsCreditNote, isWorkPair, gluedBeforeRole, namesBeforeCreditAt, outletBeforeRole, signsWork } from '../rules/credits'
import { Affiliation, Bullet, Dash, LLenticular, LParen, LQuote, LSquare, LTortoise, ListMarker, PhotoBy, ReporterRole, Reported, Role, SentenceEnd, Space } from '../tokens'
import { TEXT_TOKEN } from '../tokens/text'
import { lineText, partAt, readAs, readRow, textIn, type Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { Group } from './heading-group'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import type { BaozhiParser } from '../parser'
import type { LineTest, LineView, Placer, Refinement, RowNode } from './construct'
import { creditLine } from './line-nodes'
import { closingCredit, isSignatureName } from './signature'
import { closesParagraph, opensBrief, placeText } from './paragraph'
import { isEditorsNote } from './editors-note'
import { articleItClosed } from './end-mark'
import { addIntertitle } from './intertitle'

/**
 * A byline glued to the page citation after it, as People's Daily's site
 * prints them: two rows, the byline (a credit with a role, or names alone
 * before the citation) and the citation, a page header.
 */
export const readCitedByline: LineTest = ({ tokens, text, from, gap }, { runner }) => {
  const at = trailingCitationAt(text)
  if (at === undefined) return undefined
  const split = partAt(tokens, at)
  if (split <= 0) return undefined
  const head = trimmed(tokens.slice(0, split))
  const citation = tokens.slice(split)
  const header = pageHeaderOf(textIn(text, citation, tokens[0]!.startOffset))
  if (!header) return undefined
  const credits = runner.attempt(head, (p) => p.byline()) ?? bareNames(head, runner)
  if (!credits) return undefined
  return {
    rows: [readRow(head, gap, from, { kind: 'byline', credits }), readRow(citation, 0, from + split, { kind: 'pageHeader', pageHeader: header })],
  }
}

/** A Markdown front matter field's key and colon: author:. */
const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_-]*:$/

/** The shortest title a byline may be glued to. */
const MIN_TITLE = 4

/** A site's bar closing a field before the next (来源：远安日报 | 作者：王芳). */
const TRAILING_BAR = /\s*[|｜丨]\s*$/

/**
 * A title with its byline after it on one line, set apart by spaces, as
 * reposts print them (省运会接待酒店周边整治须加快 本报记者 刘晨 文/图), or by
 * the writer's bullet (见证惠州30年变迁□郭浩杰): two rows, the title (a
 * heading) and the byline. The title ends no sentence; the byline is the
 * whole rest of the line, a credit with its role (after a bullet, the
 * writer's name alone will do, or the photographer's credit: …■特约摄影记者 胡华余 摄).
 */
export const readTitledByline: LineTest = ({ tokens, from, gap, creditLike }, { runner }) => {
  if (!creditLike) return undefined
  for (let split = 1; split < tokens.length; split++) {
    // (A byline opens with its role or its paper's 本报: 本报记者, 记者, 全媒体记者; or with the writer's bullet: □郭浩杰.)
    const next = tokens[split]!
    const bulleted = tokenMatcher(next, Bullet)
    if (!bulleted && (!tokenMatcher(tokens[split - 1]!, Space) || !(tokenMatcher(next, Role) || tokenMatcher(next, Affiliation)))) continue
    // (A site's author field over a credit with its role, after the site's other fields, 来源: 浙江日报  作者: 记者 潘虹:
    // the line is the site's fields, read by them.)
    if (authorFieldAt(tokens, split)) return undefined
    const title = trimmed(tokens.slice(0, split))
    // (A Markdown file's field, author: 记者张雪芳: its key is no title; markdown.ts reads the field.)
    if (FIELD_KEY.test(lineText(title))) return undefined
    // (A role in the title, or a sentence it ends, rules out every later split too.)
    if (title.some((t) => tokenMatcher(t, Role))) return undefined
    // (Nor a bullet before names alone: □唐探峰 本报记者 汪美山 is a writer's credit, then the reporter's, no title.
    // ■两会特别报道 本报记者 李强 is a series' title and its byline.)
    if (tokenMatcher(title[0]!, Bullet) && namesAlone(lineText(title.slice(1)))) return undefined
    // (Nor names alone before the reporter's credit, the whole line a byline: 吕子娟 邓浩然 记者 祁琳 文/图.)
    // (Nor names with their work before another's: 文/王芳 摄影/李强 is one line of credits.)
    if (!bulleted && (namesAlone(lineText(title)) || signsWork(title)) && runner.attempt(tokens, (p) => p.byline())) return undefined
    if (printedLength(title) < MIN_TITLE || tokenMatcher(title.at(-1)!, SentenceEnd)) continue
    // (南湖晚报 记者 王卫国 龙凌: an outlet's name before the role is the credit's, not a title.)
    // (生活新报讯 记者 欧良军: a dateline's source before its credits, the lead on the next line.)
    if (!bulleted && (OUTLET_AFFILIATION.test(lineText(title)) || outletBeforeRole((k) => tokens[k - 1]) > 0 || runner.datelineOpens(tokens))) return undefined
    // (After a bullet, the photographer's credit too: 地标性建筑展风采■特约摄影记者 胡华余 摄.)
    const isCredited = (credits: Credit[] | undefined) => credits?.some((credit) => credit.role !== undefined || (bulleted && signedByNames(credit)))
    let credits = runner.attempt(tokens.slice(split), (p) => p.byline())
    if (!isCredited(credits) && bulleted) credits = [runner.attempt(tokens.slice(split + 1), (p) => p.photoCredit())].filter((c) => c !== undefined)
    if (!credits || !isCredited(credits)) continue
    // (版次:16 作者:马美玲 雍雨: what stands before the byline may be the page's label;
    // 2009-11-03 09:45:23 來源:東北網-鶴城晚報  作者:孟繁宇, the site's stamp.)
    // (来源：远安日报 作者：王芳, 本文来源：远安日报 | 作者：王芳: the source's field, a bar perhaps after it.)
    const pageHeader = pageHeaderOf(lineText(title))
    const stamp = pageHeader ? undefined : stampOf(lineText(title))
    const source = pageHeader || stamp ? undefined : sourceNoteOf(lineText(title).replace(TRAILING_BAR, ''))
    const head = pageHeader
      ? readRow(title, gap, from, { kind: 'pageHeader', pageHeader })
      : stamp
        ? readRow(title, gap, from, { kind: 'stamp', stamp })
        : source
          ? readRow(title, gap, from, { kind: 'sourceNote', source })
          : readRow(title, gap, from, { kind: 'heading' })
    return { rows: [head, readRow(tokens.slice(split), 0, from + split, { kind: 'byline', credits })] }
  }
  return undefined
}

/** Whether an author's field with a credit's own role starts at `k`: 作者: 记者 潘虹. */
const authorFieldAt = (tokens: IToken[], k: number): boolean => authorFieldRoleAt((j) => tokens[k + j - 1], Role) > 0

/**
 * A role glued to one word and nothing else (编辑点评, 记者手记): a column's
 * label, not a staff line — staff lines set the name apart (编辑：梁偉澄,
 * 本版责编:鲁明强) or name several people.
 */
export function isRoleWord(tokens: IToken[]): boolean {
  return tokens.length === 2 && tokenMatcher(tokens[0]!, Role) && tokens[1]!.tokenType.name === TEXT_TOKEN
}

/** Names alone standing for a credit with no role (王曼倩 before a page citation), as long as names are. */
export function bareNames(tokens: IToken[], runner: RuleRunner): Credit[] | undefined {
  const credit = runner.attempt(tokens, (p) => p.bareCredit())
  return credit && signedByNames(credit) ? [credit] : undefined
}

/** Whether a credit names people, each as long as a name is. */
const signedByNames = (credit: Credit): boolean => credit.names.length > 0 && credit.names.every(isSignatureName)

/** What a reporter's column is called after the role (记者核实, 记者手记, 记者调查): a section's label, no name. */
const REPORTER_COLUMN = /^(?:核实|手记|调查|观察|追踪|暗访|走访|直击|连线|体验|札记|感言|点评|再访|回访)$/

/** Whether a line is a reporter's column's label (记者手记, 记者调查), not a credit. */
export const labelsReporterColumn = (tokens: IToken[]): boolean => isRoleWord(tokens) && REPORTER_COLUMN.test(tokens[1]!.image)

export const readByline: LineTest = ({ tokens, text, creditLike, textAbove }, { runner }) => {
  if (!creditLike || labelsReporterColumn(tokens)) return undefined
  // (◆编者按: the label of the editors' note under it, not a columnist's name after the bullet.)
  if (isEditorsNote(tokens)) return undefined
  const credited = glyphBullet(tokens) ? tokens.slice(1) : (workAfterBullet(tokens) ?? tokens.slice(textAbove ? dashBefore(tokens) : 0))
  // (A line signing names with their work, 李 宇/文 戴子翔/图, opens with a name;
  // one naming an outlet the vocabulary does not list, 南海网记者 吴侨宾, with its name, or an app or a brand glued before
  // the role, 新黄河记者 王五 (credits.ts gluedBeforeRole).)
  // (Or with correspondents' names before the reporter's credit, 吕子娟 邓浩然 记者 祁琳.)
  const at = (k: number) => credited[k - 1]
  if (!(runner.opens('byline', credited[0]) || signsWork(credited) || outletBeforeRole(at) > 0 || gluedBeforeRole(at, true) > 0 || namesBeforeCreditAt(at))) return undefined
  const credits = runner.attempt(credited, (p) => p.byline())
  // (A role and 的 open a phrase, a title's: 记者的坚守, 撰稿人的话 name no one.)
  if (credits?.some((credit) => credit.names.some((name) => name.startsWith(POSSESSIVE)))) return undefined
  // (作者:云上谷城, 作者:泸溪融媒: an author's field naming the outlet or an office, no person, says where the story came from.)
  const outlet = credits?.length === 1 && credits[0]!.role === AUTHOR_LABEL ? namesOutletAlone(credits[0]!.names, text) : undefined
  if (outlet) return { kind: 'sourceNote', source: outlet }
  // (作者:佚名, 作者:匿名: an author's credit naming no one.)
  return credits && { kind: 'byline', credits: credits.map((credit) => (namesOnlyNoOne(credit.names) ? { ...credit, names: [] } : credit)) }
}

/**
 * A reporter's credit and the work, naming no one (本报记者文/图, 本报通讯员 文/图, 本报记者 摄: a repost dropped the
 * name; □通讯员 报道, the name's box left blank behind the credit's bullet), or a commentator's desk alone (本报评论员):
 * the byline all the same, with no names, not a subheadline. (A role alone, 记者, or a work alone, 文/图, is no credit.)
 */
export const readUnnamedCredit: LineTest = ({ tokens: line }) => {
  const tokens = afterBullet(line)
  if (!tokenMatcher(tokens[0]!, Affiliation) && !tokenMatcher(tokens[0]!, ReporterRole)) return undefined
  const roles = tokens.filter((token) => tokenMatcher(token, ReporterRole))
  const works = tokens.filter((token) => isWorkPair(token) || tokenMatcher(token, PhotoBy) || tokenMatcher(token, Reported))
  const credit = tokens.every(
    (token) => tokenMatcher(token, ReporterRole) || tokenMatcher(token, PhotoBy) || tokenMatcher(token, Reported) || tokenMatcher(token, Affiliation) || tokenMatcher(token, Space),
  )
  // (A commentator's desk alone, 本报评论员, signs the paper's editorial: its byline, no person named.)
  const commentator = roles.length === 1 && COMMENTATOR.test(roles[0]!.image)
  // (Or the paper's own reporter after the credit's bullet, the name's box left blank: □本报记者, as the page's other
  // credits print □本报记者 包 诚; a role alone with no bullet, 记者, is a word.)
  const blankName = tokens.length < line.length && roles.length === 1 && works.length === 0 && tokenMatcher(tokens[0]!, Affiliation)
  return credit && ((works.length > 0 && roles.some((role) => !isWorkPair(role))) || commentator || blankName) ? { kind: 'byline', credits: [] } : undefined
}

/** A paper's commentators, who sign its editorials by the desk's name: 本报评论员, 特约评论员. */
const COMMENTATOR = /评论员$/

/** The possessive after a role that makes it a phrase's noun, not a credit's (记者的坚守). */
const POSSESSIVE = '的'

/**
 * The span of an author's field's one name where it names an outlet or an office, no person (云上谷城, 县农业局, 泸溪融媒).
 * A name of three characters ending as a body's may be a person's, or a pen name (王玉台, 周新县, 望江台): only by a
 * media word's ending (泸溪融媒) or Hubei's county apps.
 */
function namesOutletAlone(names: readonly string[], text: string): { start: number; end: number } | undefined {
  const [name] = names
  if (names.length !== 1 || namesNoOne(name!)) return undefined
  if ([...name!].length > MAX_BARE_NAME ? namesPerson(name!) : !MEDIA_ENDING.test(name!) && !COUNTY_APP.test(name!)) return undefined
  const at = text.lastIndexOf(name!)
  return at < 0 ? undefined : { start: at, end: at + name!.length }
}

/** A reporter's role alone with its colon, a site's field whose value is set on the next line: 记者: / 周嘉豪. */
const ROLE_LABEL_ALONE = /^(?:记者|通讯员|撰文) ?[:：]$/

/**
 * The names under a reporter's role set alone with its colon on the line above (记者: / 周嘉豪, as a
 * site sets its fields on two lines): the two lines are the byline. Only straight under the label,
 * and only what reads as names (a common surname first): an interview's 记者: / 好的, a form's
 * 通讯员： / 姓名, a book's 作者： / 余华 are not bylines.
 */
export const readNamesUnderRoleLabel: LineTest = namesUnderLabel(ROLE_LABEL_ALONE, 'byline', (p) => p.byline())

/** The most names read under a label alone on the line above (the label says they are names: 本版摄影 / four photographers). */
const MAX_NAMES_UNDER_LABEL = 6

/**
 * Names straight under a label set alone on the line above (记者: / 周嘉豪, 编辑: / 施袭森): the
 * label's row, taking them, read by `rule` as a row of `kind`. With `closesField`, only where
 * the line under the names says the field ended there (editor-line.ts).
 */
export function namesUnderLabel(label: RegExp, kind: 'byline' | 'editorLine', rule: (parser: BaozhiParser) => Credit[] | undefined, closesField?: (below: LineView['below']) => boolean): LineTest {
  return ({ tokens, text, from, gap, above, below }, { runner }) => {
    if (above === undefined || gap > 0 || !namesAlone(text, MAX_NAMES_UNDER_LABEL) || !label.test(lineText(above.tokens).trim())) return undefined
    if (closesField && !closesField(below)) return undefined
    const joined = [...above.tokens, ...tokens]
    const credits = runner.attempt(joined, rule)
    return credits && { above: { ...above, kind, tokens: joined, to: from + tokens.length - 1, credits } }
  }
}

/**
 * A writer's name alone on the line under a title, as essays and columns
 * print it (那岁月,不只因为怀念而美好 / 汪肯堂 / 若现在有人问我…; two or three
 * writers: 吕子娟 邓浩然; or under the site's stamp under the title, 2024年06月26日 10时19分
 * 忻州日报 / 刘 强, not under a stamp at the page's top, where a site's tags may stand): the
 * byline, a credit with no role — not the headline under a kicker. (Under a label,
 * 编辑: / 施袭森 or 责任编辑 / 陈雪晔, the name is the label's value; under a
 * word too short for a title, 交通灯 / 刘志俍, one of a site's tags.)
 */
export const readWriterUnderTitle: LineTest = ({ tokens, text, above }, { runner }) => {
  if (!underTitle(above) || !namesAlone(text) || !onlyNames(tokens)) return undefined
  // (A place's name alone, 江西 or 邵阳 under a web title, is the site's channel: interface, no writer.)
  if (text.trim().split(/ +/).every(namesPlace)) return { kind: 'chrome' }
  const credits = bareNames(tokens, runner)
  return credits && { kind: 'byline', credits }
}

/** Whether a line is text and spaces only: names printed bare, no bullet, no bracket. */
const onlyNames = (tokens: IToken[]): boolean => tokens.every((token) => token.tokenType.name === TEXT_TOKEN || tokenMatcher(token, Space))

/**
 * An office a signed commentary's writer holds, by its last word: 副县长, 市委书记, 局长,
 * 主任, 院长, 教授, a paper's 总编辑 (晋江经济报总编辑 吴美章) (a party paper's page of signed articles by officials and experts).
 */
const OFFICE = new RegExp(`^[${HAN_CLASS}]{0,16}(?:书记|[县市区镇乡省州]长|主任|局长|部长|厅长|处长|主席|院长|校长|董事长|总经理|社长|总编辑|主编|台长|教授|研究员)$`)
/** A name with the middle dot some names are written with (居来提·艾海提). */
const DOTTED_NAME = new RegExp(`^[${HAN_CLASS}]{1,8}·[${HAN_CLASS}]{1,8}$`)

/**
 * A reporter's name before the role, as Korean papers' Chinese editions credit (• 郑基焕 记者, from 정기환 기자): the
 * byline, the role after the names. One or two names, each a person's, and the role ending the line, under the title
 * or its furniture (in a story, 王五 记者 may end a sentence's words).
 */
export const readNameFirstCredit: LineTest = ({ tokens, text, above, below }, { factory }) => {
  if (above !== undefined && !OVER_NAME_FIRST.has(above.kind)) return undefined
  const m = NAME_FIRST.exec(text.trim())
  if (!m) return undefined
  // (A list of them, one a line, 记者团成员为： / • 郑基焕 记者 / • 李美贤 记者, names a team: review 33.)
  if (below !== undefined && below.gap === 0 && NAME_FIRST.test(lineText(trimmed(below.tokens)))) return undefined
  if (above !== undefined && NAME_FIRST.test(lineText(above.tokens).trim())) return undefined
  const found = [m[2]!, m[3]].filter((name): name is string => name !== undefined)
  if (!found.every(looksLikeName)) return undefined
  const first = trimmed(tokens)[0]!.startOffset
  const start = first + text.trim().indexOf(m[1]!)
  const roleAt = start + m[1]!.lastIndexOf(m[4]!)
  const end = roleAt + m[4]!.length
  return { kind: 'byline', credits: [spannedCredit(factory, [roleAt, end], printedWords(factory, start, m[1]!, found), [start, end])] }
}
/**
 * Reporters' names with no role, a slash, the places they filed from, the report's word closing the line, as Taiwan's
 * campus and local papers credit under the title (林妙影╱台北報導, 吳玉如.陳瑞斌╱馬祖.桃園報導): the byline, its credit
 * the names and the places. Each name a person's, the line under the title or its furniture; with a role the line is
 * the lead's filing line (記者林則宏／北京報導: dateline.ts).
 */
export const readNamesFiledFrom: LineTest = ({ tokens, text, above }, { factory }) => {
  if (above === undefined || !OVER_NAME_FIRST.has(above.kind)) return undefined
  const line = text.trim()
  const m = NAMES_FILED_FROM.exec(line)
  if (!m) return undefined
  const found = m[1]!.split(NAME_JOINER)
  if (!found.every(looksLikeName)) return undefined
  const start = trimmed(tokens)[0]!.startOffset + text.indexOf(line)
  const names = printedWords(factory, start, m[1]!, found)
  const placeAt = start + m[0].indexOf(m[2]!, m[1]!.length)
  const credit: Credit = { type: 'credit', names, value: factory.source(start, start + line.length), position: factory.position(start, start + line.length), place: factory.source(placeAt, placeAt + m[2]!.length) }
  return { kind: 'byline', credits: [credit] }
}
/** What joins a credit's names or its places: a dot, an enumeration comma (吳玉如.陳瑞斌, 馬祖.桃園). */
const NAME_JOINER = /[.·、]/
/** The names, the slash, the places, the report's word: 林妙影╱台北報導 (folded: 报导). */
const NAMES_FILED_FROM = new RegExp(`^([${HAN_CLASS}]{2,4}(?:[.·、][${HAN_CLASS}]{2,4}){0,3}) ?[/／╱] ?([${HAN_CLASS}]{2,6}(?:[.·、][${HAN_CLASS}]{2,6}){0,3})(?:报导|报道)$`)

/** The names, then the reporter's role closing the line, perhaps behind a list's bullet: • 郑基焕 记者. */
const NAME_FIRST = new RegExp(`^(?:• ?)?(([${HAN_CLASS}]{2,4})(?: ([${HAN_CLASS}]{2,4}))? (记者|摄影记者|特派记者|通讯员))$`)
/** What a name-first credit stands under: the title, its furniture. */
const OVER_NAME_FIRST: ReadonlySet<Row['kind']> = new Set(['heading', 'chrome', 'stamp', 'pageHeader'])

/**
 * The author said in words, a site's byline in a sentence's shape, straight under the title: 作者是 Alan K Chow,
 * 作者是 张三. The byline, 作者 its role, the name as printed, Latin or Han (a person's: 作者是谁 asks a question).
 */
export const readAuthorIs: LineTest = ({ tokens, text, above }, { factory }) => {
  // (Straight under the title, as a byline stands: in a story, 作者是 J K Rowling names a book's author.)
  if (above?.kind !== 'heading') return undefined
  const m = AUTHOR_IS.exec(text.trim())
  if (!m || !(LATIN_NAME.test(m[2]!) || looksLikeName(m[2]!))) return undefined
  const from = trimmed(tokens)[0]!.startOffset
  const start = text.indexOf(m[0]) + from
  const at = text.indexOf(m[2]!, text.indexOf(m[1]!) + m[1]!.length) + from
  const end = at + m[2]!.length
  return { kind: 'byline', credits: [spannedCredit(factory, [start, start + m[1]!.length], [m[2]!], [start, end])] }
}
/** 作者是 and the name after it. */
const AUTHOR_IS = /^(作者)是 ?(\S(?:.{0,28}\S)?)$/
/** A name in Latin letters: Alan K Chow, Li Wei. */
const LATIN_NAME = /^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){1,3}$/

/**
 * A site's author box: the paper, the writer's name and the button to follow them (基督教论坛报 何毓芬 追踪): the
 * byline, its credit the name with no role, the paper and the button its line's other words (one row, so a title
 * over it heads its story as over any byline). Only the three parts, the name reading as a person's.
 */
export const readAuthorBox: LineTest = ({ tokens, text }, { runner }) => {
  const m = AUTHOR_BOX.exec(text.trim())
  if (!m) return undefined
  const parts = trimmed(tokens).filter((token) => !tokenMatcher(token, Space))
  if (parts.length !== 3 || parts[1]!.image !== m[1]) return undefined
  const credits = bareNames([parts[1]!], runner)
  return credits && { kind: 'byline', credits }
}
/** The author box's parts: an outlet's name, a name, the follow button (追踪, 关注, 订阅). */
const AUTHOR_BOX = new RegExp(`^[${HAN_CLASS}]{2,12}(?:报|网|台|社|刊) +([${HAN_CLASS}]{2,4}) +\\+? ?(?:追踪|关注|订阅)$`)

/**
 * A writer's office and name alone on the line under a title (我们的幸福生活不容诋毁 /
 * 察布查尔锡伯自治县副县长 居来提·艾海提): the byline, the office as the credit's role.
 * (A line that says more, 市委书记 张伟 主持会议, is a subheadline.)
 */
export const readOfficeUnderTitle: LineTest = ({ tokens, text, above }, { factory }) => {
  if (!underTitle(above) && !overUntitledText(above)) return undefined
  const parts = text.trim().split(/ +/)
  if (parts.length !== 2) return undefined
  const [office, name] = parts as [string, string]
  if (!OFFICE.test(office) || !(looksLikeName(name) || DOTTED_NAME.test(name))) return undefined
  const from = tokens[0]!.startOffset
  const at = text.indexOf(name, office.length)
  return { kind: 'byline', credits: [spannedCredit(factory, [from, from + office.length], [name], [from, from + at + name.length])] }
}

/**
 * Words found in a line's normalized text, as the page prints them (a traditional page's names in its own script:
 * 吳玉如, not 吴玉如), each sought after the one before; `start` is where the line's text opens in the input.
 */
function printedWords(factory: NodeFactory, start: number, line: string, words: string[]): string[] {
  let from = 0
  return words.map((word) => {
    const at = line.indexOf(word, from)
    from = at + word.length
    return factory.source(start + at, start + from)
  })
}

/** A credit read off a line's text by its spans: its role's, and its own from its first word to its last. */
function spannedCredit(factory: NodeFactory, [roleStart, roleEnd]: [number, number], names: string[], [start, end]: [number, number]): Credit {
  return { type: 'credit', role: factory.source(roleStart, roleEnd), names, value: factory.source(start, end), position: factory.position(start, end) }
}

/** Whether a row is a title a writer's line stands under: a heading long enough for a title, no label over a value. */
const underTitle = (above: Row | undefined): above is Row => (titleLine(above) && !labels(above)) || (above?.kind === 'stamp' && above.stamp?.underTitle === true)

/**
 * Whether a row is a heading long enough for a title, not closed by a label's colon. (A title may
 * name a role, 记者疫情采访点滴, where the line under it says more than names: a stamp, stamp.ts.)
 */
export const titleLine = (row: Row | undefined): row is Row => row?.kind === 'heading' && printedLength(row.tokens) >= MIN_TITLE && !INTRODUCES.test(lineText(row.tokens).trim())

/**
 * Whether a line stands where an untitled story's byline does: at the page's top, or under its
 * furniture or a photo's caption (版面:第06版:要闻 / 陈力(右)在平利县老县镇采访。… / 平利县融媒体中心总编辑 陈力 /
 * 在参与此次…): a series of signed testimonies prints no title over each.
 */
const OVER_UNTITLED_BYLINE: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'masthead', 'caption', 'stamp'])
const overUntitledText = (above: Row | undefined): boolean => above === undefined || OVER_UNTITLED_BYLINE.has(above.kind)

/** Whether a line is a label over a value: it ends with a colon, or names a role. */
const labels = (row: Row): boolean => INTRODUCES.test(lineText(row.tokens).trim()) || row.tokens.some((token) => tokenMatcher(token, Role))

/**
 * A bullet printed in a symbol font, copied as the Latin letter it is
 * stored as (N本报记者 毛朝青, as ■本报记者 is printed): one letter glued
 * to the credit after it.
 */
function glyphBullet(tokens: IToken[]): boolean {
  const [first, next] = tokens
  return next !== undefined && /^[A-Za-z]$/.test(first!.image) && !tokenMatcher(next, Space)
}

/** A credit's bullet before names signed with their work (◎文/王芳, □文/图 李强): the work's credit after the bullet, or undefined. */
function workAfterBullet(tokens: IToken[]): IToken[] | undefined {
  const credit = afterBullet(tokens)
  return credit !== tokens && signsWork(credit) ? credit : undefined
}

/**
 * How many tokens a dash and its space take before a closing credit under the text (…表示满意。 / ——本报记者 王芳), or 0.
 */
function dashBefore(tokens: IToken[]): number {
  if (!tokenMatcher(tokens[0]!, Dash)) return 0
  return tokens[1] !== undefined && tokenMatcher(tokens[1], Space) ? 2 : 1
}

/** A credit naming its source (陈立希（新华社专稿）): a credit line all the same; at an article's end, its signature. */
export const readSourcedCredit: LineTest = ({ tokens, text, creditLike }, { runner }) => {
  // The built-in rule yields no credit unless the note names a source or the writer's body.
  if (!creditLike || !(holdsCreditNote(text) || !runner.builtInGrammar) || !runner.opens('sourcedCredit', tokens[0])) return undefined
  const credits = runner.attempt(tokens, (p) => p.sourcedCredit())
  return credits?.length ? { kind: 'byline', credits } : undefined
}

/** How the story was reported, set alone on the line under its byline: 摄影报道, 文/图. */
const REPORTED_TAIL = /^(?:摄影报道|报道|报导|文\/图|图\/文|摄|整理)$/

/**
 * A site's author field over the credit the story prints under its title, naming the same people (作者:胡吉元 /
 * 发布时间:2019年06月24日 / 文字/胡吉元): the field is the site's, interface; the printed credit is the byline. Only
 * with the site's other fields between them, or none.
 */
export const echoedAuthorFields: Refinement = (rows) => {
  let read: Row[] | undefined
  for (let k = 0; k < rows.length; k++) {
    const names = authorFieldNames(rows[k]!)
    if (names === undefined) continue
    let j = k + 1
    while (j < rows.length && j - k <= MAX_FIELDS_BETWEEN && SITE_FIELD_KINDS.has(rows[j]!.kind)) j++
    const printed = rows[j]
    if (printed?.kind !== 'byline' || authorFieldNames(printed) !== undefined || namesKey(printed) !== names) continue
    read ??= rows.slice()
    read[k] = readAs(rows[k]!, 'chrome')
  }
  return read ?? rows
}

/** The names of a byline read from a site's author field (作者:胡吉元), as one key; undefined for any other row. */
const authorFieldNames = (row: Row): string | undefined =>
  row.kind === 'byline' && row.credits?.length === 1 && row.credits[0]!.role === AUTHOR_LABEL ? namesKey(row) : undefined
/** A credit row's names, sorted, as one key. */
const namesKey = (row: Row): string => (row.credits ?? []).flatMap((credit) => credit.names).sort().join('、')
/** The site's fields that may stand between its author field and the printed credit. */
const SITE_FIELD_KINDS: ReadonlySet<Row['kind']> = new Set(['stamp', 'chrome', 'sourceNote'])
/** The most such fields between them. */
const MAX_FIELDS_BETWEEN = 3

/**
 * A byline whose last words the column wrapped to the next line
 * (◎ 川江都市报实习记者 李佑天羽 / 摄影报道): the byline, both lines.
 */
export const bylineTails: Refinement = (rows) => {
  const read: Row[] = []
  for (const row of rows) {
    const byline = read.at(-1)
    if (byline?.kind === 'byline' && row.gap === 0 && REPORTED_TAIL.test(lineText(row.tokens).trim())) {
      read[read.length - 1] = { ...byline, tokens: [...byline.tokens, ...row.tokens], to: row.to }
    } else read.push(row)
  }
  return read
}

/** The longest line printed between a title and its byline that leaves the byline the story's: a sentence under the title. */
const MAX_LINE_OVER_BYLINE = 30

/**
 * The longest summary a paper sets between its title and the byline (a deck of a sentence or two). A longer text
 * there is the lead some papers print over the byline (大公报记者林静文 under the lead, d117): the story's paragraph.
 */
const MAX_DECK = 100

/**
 * A summary printed between the title and the byline, the story's text under the byline
 * (AI让优质医疗触手可及 / 现代社会信息大爆炸，…改头换面。 / ■本报记者 贡晓丽 / 不久前，…): the deck, a
 * subheadline. Only the one text over the byline, straight under the title's lines, no lead's dateline in it.
 * (Over a lead its dateline opens, a text of a sentence or more is the story's, the credit under it its signature:
 * marked-bylines.test.ts.)
 */
function deckOverByline(article: Article, assembly: Assembly): void {
  const at = article.children.findIndex((child) => child.type === 'paragraph')
  const deck = article.children[at]
  if (deck?.type !== 'paragraph' || at !== article.children.length - 1) return
  const over = article.children.slice(0, at)
  if (!over.some((child) => child.type === 'headline') || !over.every((child) => HEADING_OR_FURNITURE.has(child.type))) return
  if (deck.children.some((child) => child.type === 'dateline' || child.type === 'list')) return
  const { start, end } = deck.position!
  if (end.offset! - start.offset! > MAX_DECK) return
  // (A summary closes its sentences; it holds no list (要做到：第一，…；第二，…。) and opens with no list's marker
  // (三是…, 1.…), no bracket a lead's source or a note opens with (〔記者…〕…, （一）…), no bullet, and is no editors'
  // note (编者按：…).)
  const tokens = assembly.context.tokens
  const first = tokens.findIndex((token) => token.startOffset === start.offset)
  const last = tokens.findLastIndex((token) => token.startOffset + token.image.length === end.offset)
  if (first < 0 || last < first || !closesParagraph(tokens.slice(first, last + 1)) || isEditorsNote(tokens.slice(first, last + 1))) return
  if (NO_DECK_OPENING.some((type) => tokenMatcher(tokens[first]!, type))) return
  article.children[at] = { type: 'subheadline', children: deck.children, position: deck.position }
}

/** What a deck never opens with: a list's marker, a bracket, a bullet. */
const NO_DECK_OPENING = [ListMarker, LParen, LLenticular, LTortoise, LSquare, Bullet]

/** What may stand over a deck: the heading lines and the site's furniture. */
const HEADING_OR_FURNITURE: ReadonlySet<string> = new Set(['kicker', 'headline', 'subheadline', 'stamp', 'chrome', 'pageHeader', 'sourceNote'])

/**
 * Whether all the article holds as text is one short line (a sentence
 * under its title, 花好莫要采。), so a credit line under it, with the lead
 * after, is the story's byline.
 */
function onlyLineOverByline(article: Article): boolean {
  const paragraphs = article.children.filter((child) => child.type === 'paragraph')
  if (paragraphs.length !== 1) return false
  // (A lead of its own, 本报讯 市图书馆新馆昨日正式开馆。, is a story the credit under it signs.)
  if (paragraphs[0]!.children.some((child) => child.type === 'dateline')) return false
  const { start, end } = paragraphs[0]!.position!
  return end.offset! - start.offset! <= MAX_LINE_OVER_BYLINE
}

/**
 * The credits a site's author field names (作者: …): credits with roles (作者: 记者 何雯 通讯员 张荣奎),
 * or names alone that read as people's (作者: 杨辉, 作者:王丹妮 郑聆阳) — not a desk's word (作者: 综合).
 */
export function authorFieldCredits(value: IToken[], runner: RuleRunner): Credit[] | undefined {
  const credits = runner.attempt(value, (p) => p.byline())
  // (Several names under a role read as names each: 记者 李佩蓉 见习记, a field the site cut, is not two people.)
  const people = (credit: Credit) => credit.names.every((name) => namesPerson(name) && (credit.names.length === 1 || looksLikeName(name)))
  if (credits) return credits.every(people) ? credits : undefined
  const bare = runner.attempt(value, (p) => p.bareCredit())
  return bare && bare.names.length > 0 && bare.names.every((name) => looksLikeName(name) && namesPerson(name)) ? [bare] : undefined
}

/** The media words outlets' names end with, never a person's: 泸溪融媒, 平安发布, 四川在线, 昭化新闻, 今日头条. */
const MEDIA_WORDS = '融媒|发布|在线|新闻|头条'
const MEDIA_ENDING = new RegExp(`(?:${MEDIA_WORDS})$`, 'u')
/** How the names of offices, bodies and outlets end (农业局, 卫健委, 文明办, 高新区, 萧山网, 泸溪融媒): no person's. */
const BODY_ENDING = new RegExp(`(?:[局委办区县市镇乡村网社报台部厅处所院站队会组室馆]|${MEDIA_WORDS})$`, 'u')
/** A county's news app on Hubei's shared platform, 云上 and the county's name (云上谷城, 云上枝江): an outlet, no person. */
const COUNTY_APP = /^云上[^ ]{2,3}$/u
/** Whether an author's field names a person: not no one (综合, 佚名), not an office, a place or an outlet (农业局, 阎良区, 云上谷城). */
const namesPerson = (name: string): boolean => !namesNoOne(name) && !BODY_ENDING.test(name) && !COUNTY_APP.test(name)

/** The most tokens into a lead its dateline's credits are looked for: 本报讯 (记者 李四). */
const DATELINE_CREDIT_REACH = 8

/** Whether a lead's dateline names its own reporters (本报讯 (记者 李四)…): the credit above is another story's. */
const namesReporters = (lead: Row): boolean => lead.tokens.slice(0, DATELINE_CREDIT_REACH).some((token) => tokenMatcher(token, Role))

export const bylineNode: RowNode = (row, assembly): Byline => creditLine('byline', row, assembly.context.factory)

/** What may stand under a credit line that signs the story its end mark closed: the story's staff, the site's interface. */
const UNDER_SIGNED_MARK: ReadonlySet<Row['kind']> = new Set(['editorLine', 'chrome'])
/** What may stand under a story's last credit, the story over: the page's footer. */
const FOOTER: ReadonlySet<Row['kind']> = new Set(['chrome', 'editorLine', 'endMark', 'notice', 'pageHeader'])

/** What a story a credit opened may hold before its title is read: the credit, and the site's interface beside it (not a page's header: a credit over it is the page before's). */
const OVER_TITLE: ReadonlySet<string> = new Set(['byline', 'chrome', 'stamp'])

/**
 * Whether a heading group may take the credit printed over it: a title (not a numbered section's head,
 * 一、基本情况, under a credit that opened the text), with no byline of its own under it, or one naming
 * the same people.
 */
export const takesCreditOver = (group: Group, over: Article['children']): boolean =>
  group.heads.length > 0 && mayTakeCredit(group.heads[0]!) && (group.bylines.length === 0 || sameNames(group.bylines, over))

/** Whether the title's own bylines name the people the credit over it names (|By 池北源 / … / 证券时报记者池北源). */
function sameNames(bylines: Row[], over: Article['children']): boolean {
  const names = (list: string[]) => [...list].sort().join('、')
  const above = over.flatMap((child) => (child.type === 'byline' ? child.children.flatMap((c) => (c.type === 'credit' ? c.names : [])) : []))
  return names(above) === names(bylines.flatMap((row) => row.credits?.flatMap((credit) => credit.names) ?? []))
}

/** Whether a heading line may be the title a credit over it was printed for: not a numbered section's head (一、基本情况). */
export const mayTakeCredit = (row: Row): boolean => !tokenMatcher(row.tokens[0]!, ListMarker)

/**
 * The credit printed over a story's title (a clipping's header naming the author, 報章 | / 06 |深度報道 |By 王軍
 * / 字數: 1710 words / the title; a Markdown file's author field over its heading): the story a byline
 * opened, nothing in it yet but the credit and the site's interface, is the story the title under it
 * heads — its opening, which the title's article takes (assembly.ts open). Undefined otherwise.
 */
export function creditOverTitle(article: Article | undefined, gathering: boolean): Article['children'] | undefined {
  if (article === undefined || gathering) return undefined
  return article.children.some((child) => child.type === 'byline') && article.children.every((child) => OVER_TITLE.has(child.type)) ? article.children : undefined
}

/**
 * Reporters' credits glued after the lead's last sentence, the story's text going on under it
 * (…切实为居民群众送上关怀与帮助。记者 张雪芳 / 为弘扬尊老敬老的传统美德,…): the byline some
 * papers print after the lead, as placeByline reads the credit on a line of its own — not the
 * story's signature. `credit` is the credit's tokens, split off the lead as its signature.
 */
export function bylineAfterLead(credit: IToken[], assembly: Assembly): Byline | undefined {
  // (Under the story's title: an untitled story's credit is its end.)
  const titled = assembly.article?.children.some((child) => child.type === 'headline') === true
  if (!titled || assembly.hasBody() || !storyGoesOn(assembly)) return undefined
  const credits = assembly.context.runner.attempt(credit, (p) => p.byline())
  if (!credits?.length || !credits.every((c) => c.role !== undefined && c.names.length > 0)) return undefined
  return creditLine('byline', readRow(credit, 0, 0, { kind: 'byline', credits }), assembly.context.factory)
}

/**
 * Whether the story's text goes on under the line just read: its next paragraph. (Not a title: a
 * page of titled briefs, each signed under its one paragraph, sets the next brief's title there.)
 */
function storyGoesOn(assembly: Assembly): boolean {
  const next = assembly.rows.peek(0)
  // (Not in a column of briefs, each signed: ◆…。 本报记者 李茹霞 / ◆…, the next brief.)
  return next !== undefined && next.gap < WIDE_GAP && next.kind === 'body' && !opensBrief(next)
}

/** The paragraphs a story's text holds over a byline printed after its lead: the lead alone. */
const LEAD_ONLY = 1

/**
 * Whether a credit line under more of the story's text than its lead labels the quotation under it
 * (…了解项目进展情况…… / 武平县融媒体中心记者 李 玲 / “在百日攻坚的系列宣传报道当中,…”): the speaker's label, as a
 * roundup of voices heads each one's words, not the story's byline.
 */
function labelsQuote(next: Row, assembly: Assembly): boolean {
  const paragraphs = assembly.article?.children.filter((child) => child.type === 'paragraph').length ?? 0
  return paragraphs > LEAD_ONLY && tokenMatcher(next.tokens[0]!, LQuote)
}

export const placeByline: Placer = (row, assembly) => {
  const next = assembly.rows.peek()
  // (Over the next brief of a column, ◆团武乡县委组织… / 本报记者 刘琴 / ◆晋城市…: the credit signs the brief above —
  // unless the column credits each brief over it, its first credit over its first brief, a byline.)
  const signsBriefAbove = next?.kind === 'body' && opensBrief(next) && !assembly.article?.children.some((child) => child.type === 'byline')
  if (assembly.article && assembly.hasText() && next?.kind === 'body' && !assembly.groups.has(next) && !signsBriefAbove) {
    // Body text follows, so this is no closing credit: 记者手记 is an
    // intertitle; a reporter's credit (大公报记者林静文) is the byline some
    // papers print after the lead.
    assembly.flush()
    // (The paragraph flushed may close its story with its signature, …一句话。（张晔）: then the credit opens the next
    // story, below.)
    const article = assembly.article
    if (article) {
      if (isRoleWord(row.tokens)) placeText(readAs(row, 'heading'), assembly)
      else if (labelsQuote(next, assembly)) addIntertitle(row, assembly)
      else {
        deckOverByline(article, assembly)
        article.children.push(bylineNode(row, assembly))
      }
      return
    }
  }
  assembly.flush()
  if (assembly.article && next?.kind === 'dateline' && onlyLineOverByline(assembly.article) && !namesReporters(next)) {
    // 花好莫要采。 / □全媒体记者 王建成 文/图 / 本报讯 …: the lead follows, so the credit is
    // the story's byline, not the signature of the one short line over it.
    assembly.article.children.push(bylineNode(row, assembly))
    return
  }
  if (assembly.article && assembly.hasText()) {
    // After the body, a credit line closes the article: ■記者蔡少玲.
    assembly.article.children.push(closingCredit(row, assembly.context.factory))
    // (The next brief of the column under it is a story of its own.)
    if (signsBriefAbove) assembly.close()
  } else if (assembly.article) {
    assembly.article.children.push(bylineNode(row, assembly))
  } else {
    // (Under the site's interface after a story, only the page's end or its footer under it: the credit signs that
    // story, 免责声明:本文来自… / 【作者:赖全平】 【责任编辑:茜茜】 / - 上一篇:…. Not over a stamp, a caption or more
    // credits: a forum's next post, 作者:X / 发表于… / its text.)
    // (So does one straight under the end mark that closed it, nothing but the page's end or the story's staff and the
    // site's interface under it: …。（完） / 本报记者 王芳. Over a page's header or another page, it opens what follows.)
    const underMark = next === undefined || UNDER_SIGNED_MARK.has(next.kind) ? articleItClosed(assembly) : undefined
    const above = next === undefined || FOOTER.has(next.kind) ? underMark ?? assembly.articleOverInterface() : undefined
    if (above) assembly.addAfter(above, closingCredit(row, assembly.context.factory))
    else assembly.open({ heads: [], bylines: [row] }, row)
  }
}
