/**
 * Editor and staff lines: who edited, designed and checked the page or
 * the story — editors, not authors.
 *
 *   本版责编：鲁明强 · 责任编辑：X　美术编辑：Y　校对：Z · 编辑:X 美编:Y 组版:Z     staff roles (credits rules)
 *   编辑：梁偉澄 (after an article) · 新京报记者 苏季 校对 李铭                   closing an article
 *   本版邮箱：xzrb@163.com                                                    a contact: an address, not a name
 *   编辑:周忻昊 点击数: 字号:                                                 a site's staff line, its counters after it
 *   （編輯：方沛清）1140710                                                   in brackets after the last sentence (signature.ts)
 *   …的分红。(段福修) 编辑:何晓萌 审核:杨先葵                                    glued after the last sentence (splitStaffTail)
 *   责任编辑：张三；校对：李四 · 编辑：张三 | 校对：李四 · 编辑 | 李四              fields a site or a post parts by a mark
 *                                                                          (staffFieldsInText: not in the story's text)
 *
 * The credits are read by the `editorLine` rule (grammar/rules/credits.ts),
 * the contact by its pattern (grammar/furniture.ts).
 *
 * Where it stands: closing an article — right after its body, or after
 * the signature that closed it (article := … signature? editorLine*),
 * unless a wide gap stands between them; a page's own staff line (本版…)
 * and a stray one at the top level.
 */
import { HAN_CLASS } from '../han'
import { looksLikeName, namesOnlyNoOne, namesPlace } from '../names'
import { endOf, startOf, type NodeFactory } from '../factory'
import type { Credit, EditorLine } from '../../src/types'
import { AUTHOR_LABEL, EDITOR_LABELS, FIELD_BARS, POST_SOURCE_LABELS, READS_LABELS, SOURCE_LABELS, type Span } from '../furniture'
import { CLAUSE_IN_ROW, INTRODUCES, TABLE_BAR, WIDE_GAP, afterBullet, holdsSentenceEnd, trimmed } from '../layout'
import { isStoryText, lineText, partAt, readAs, readRow, type Row } from '../../src/assemble/row'
import type { LineTest, Placer, Refinement } from './construct'
import type { Assembly } from '../../src/assemble/assembly'
import { tokenMatcher, type IToken } from 'chevrotain'
import { Colon, EditorRole, HAN_BAR, LParen, ReporterRole, Role, RParen, SentenceEnd, Space } from '../tokens'
import { fillGaps } from '../rules/inline-nodes'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { creditLine } from './line-nodes'
import { closingCredit, namesReporters } from './signature'
import { authorFieldCredits, isRoleWord, namesUnderLabel } from './byline'
import { CODE_JOIN, EDITOR_CODE, roleAfterPage } from '../rules/credits'
import { isChromeLine, placeChrome } from './chrome'
import { sourceNoteOf } from './source-note'
import { readFieldsWithCredits } from './stamp'
import { closesParagraph } from './paragraph'

/** The affiliation of a page's own staff (本版责编). */
const PAGE_STAFF = '本版'

/** 本版邮箱：xzrb@163.com · 投稿邮箱: tougao@xzrb.cn · 新闻热线：0350-3032110 */
const CONTACT = /^(本版|投稿|读者)?(邮箱|电子邮箱|信箱|新闻热线|热线电话|热线|电话) ?: ?([-A-Za-z0-9_.+@]{5,60})$/

/**
 * Where readers send their writing or their news (投稿邮箱, 新闻热线): a tip line (notice.ts), staff only in
 * the staff box, under its lines (a site's footer prints its 新闻热线 : 021-64179999 among its address and rights).
 */
const READERS_CHANNEL = /^(?:投稿|新闻热线|热线电话)/

/** Whether staff credits name no one, every name a placeholder (编辑:互联网, 责任编辑:网络抓取, 编辑:佚名). */
const namesNoStaff = (credits: Credit[]): boolean => credits.every((credit) => namesOnlyNoOne(credit.names))

/** The rows under a staff line that go on with its story: its text, more of its staff, a caption. */
const STORY_GOES_ON: ReadonlySet<Row['kind']> = new Set(['body', 'dateline', 'editorLine', 'byline', 'caption'])
/** Whether the story goes on under the current row, not set apart by two blank lines. */
function storyGoesOn(assembly: Assembly): boolean {
  const next = assembly.rows.peek()
  return next !== undefined && next.gap < WIDE_GAP && STORY_GOES_ON.has(next.kind)
}

/** A staff line giving an address or number: the spans of its parts. */
export function contactOf(line: string): { affiliation?: Span; role: Span; address: Span } | undefined {
  const m = CONTACT.exec(line.trimEnd())
  if (!m || !/[@0-9]/.test(m[3]!)) return undefined
  let at = line.length - line.trimStart().length
  const span = (part: string) => ({ start: (at = line.indexOf(part, at)), end: (at += part.length) })
  const affiliation = m[1] ? span(m[1]) : undefined
  const role = span(m[2]!)
  const address = span(m[3]!)
  return affiliation ? { affiliation, role, address } : { role, address }
}

/** 本版邮箱：xzrb@163.com: a staff line whose credit is an address, not a name. */
function contactCredit(text: string, from: number, factory: NodeFactory): Credit | undefined {
  const contact = contactOf(text)
  if (!contact) return undefined
  const opens = contact.affiliation?.start ?? contact.role.start
  const credit: Credit = {
    type: 'credit',
    // (The role as printed, 本版 included: 本版邮箱.)
    role: factory.source(from + opens, from + contact.role.end),
    names: [],
    contact: factory.source(from + contact.address.start, from + contact.address.end),
    value: factory.source(from + opens, from + contact.address.end),
    position: factory.position(from + opens, from + contact.address.end),
  }
  if (contact.affiliation) credit.affiliation = factory.source(from + contact.affiliation.start, from + contact.affiliation.end)
  return credit
}

/**
 * A site's editor named by the account that posted the story, letters or
 * digits in it: 责任编辑:wb001 · 编辑:黔江编辑1 (a person's name is read by the
 * credit rules, which take Han names only); or named by the account's rank in
 * the site's system, who keyed the story in: 录入:超级管理员 · 编辑:管理员.
 */
const EDITOR_ACCOUNT = /^(责任编辑|编辑|责编|录入) ?[:：] ?([\p{Script=Han}A-Za-z0-9_]{0,12}[A-Za-z0-9][\p{Script=Han}A-Za-z0-9_]{0,12}|(?:超级|系统|网站|后台)?管理员)$/u

/**
 * A desk or a pen name where a staff line names its editor or proofreader, longer than a person's
 * name: 责编：综合新闻编辑部, 网编：产经新闻中心, 录入校对：鱼珠前航道舵手 (an archive's volunteer). A desk by
 * its ending, from five characters; any name from seven (two names glued together run to six).
 */
const EDITOR_DESK = new RegExp(
  `^(?:(责任编辑|责编|编辑|网络编辑|网编|校对|录入校对|录入|审核) ?[:：] ?([${HAN_CLASS}]{3,8}(?:部|中心|组|室))|(录入校对|录入|校对) ?[:：] ?([${HAN_CLASS}]{7,10}))$`,
)

/** A person's name with a portal's code for its editor joined to it (张玉_NB12345): the credit rules read the name. */
const codedName = (name: string): boolean => {
  const at = name.indexOf(CODE_JOIN)
  return at > 0 && looksLikeName(name.slice(0, at)) && EDITOR_CODE.test(name.slice(at + 1))
}

/** A staff line naming no person, a site's account, a desk or a pen name (责编：综合新闻编辑部): its role and name. */
function accountField(line: string): { role: string; name: string } | undefined {
  const m = EDITOR_ACCOUNT.exec(line) ?? EDITOR_DESK.exec(line)
  if (!m || (m[2] !== undefined && codedName(m[2]))) return undefined
  // (EDITOR_DESK's second form, the proofreader's pen name, holds its role and name in groups 3 and 4.)
  return m[1] !== undefined ? { role: m[1], name: m[2]! } : { role: m[3]!, name: m[4]! }
}

/** Whether a line is a staff line naming no person: a site's account, a desk, a pen name (责编：综合新闻编辑部). */
export const namesAccount = (line: string): boolean => accountField(line.trim()) !== undefined

/**
 * A staff field's credit from its spans in the normalized text: the role from `roleAt`, the name from
 * `nameAt` to `nameEnd` (`name` as the credit lists it).
 */
function fieldCredit(factory: NodeFactory, roleAt: number, roleEnd: number, name: string, nameEnd: number): Credit {
  return {
    type: 'credit',
    role: factory.source(roleAt, roleEnd),
    names: [name],
    value: factory.source(roleAt, nameEnd),
    position: factory.position(roleAt, nameEnd),
  }
}

/** 责任编辑:wb001, 责编：综合新闻编辑部: a staff line whose name is a site account, a desk or a pen name. */
function accountCredit(text: string, from: number, factory: NodeFactory): Credit | undefined {
  const field = accountField(text.trimEnd())
  if (!field) return undefined
  const { role, name } = field
  const at = from + text.indexOf(role)
  return fieldCredit(factory, at, at + role.length, name, from + text.lastIndexOf(name) + name.length)
}

export const readContactLine: LineTest = ({ text, tokens, above }, { factory }) => {
  // (Elsewhere it is a tip line, notice.ts: 投稿邮箱:1056292011@qq.com over a site's story.)
  if (READERS_CHANNEL.test(text.trim()) && above?.kind !== 'editorLine') return undefined
  const credit = contactCredit(text, tokens[0]!.startOffset, factory) ?? accountCredit(text, tokens[0]!.startOffset, factory)
  return credit && { kind: 'editorLine', credits: [credit] }
}

/** A site's counters and controls after a staff line's credit: 点击数: 字号:, 阅读次数:12. */
const SITE_COUNTERS = new RegExp(`^(.+?) +((?:${READS_LABELS}|字号) ?:.*)$`)

/**
 * A site's staff line with its counters after the credit (编辑:周忻昊 点击数: 字号:):
 * two rows, the staff line and the site's interface.
 */
export const readStaffWithCounters: LineTest = ({ tokens, text, from, gap, creditLike }, { runner }) => {
  const m = creditLike ? SITE_COUNTERS.exec(text) : null
  if (!m) return undefined
  const split = partAt(tokens, text.lastIndexOf(m[2]!))
  if (split <= 0) return undefined
  const head = trimmed(tokens.slice(0, split))
  const credits = runner.attempt(head, (p) => p.editorLine())
  if (!credits) return undefined
  return { rows: [readRow(head, gap, from, { kind: 'editorLine', credits }), readRow(tokens.slice(split), 0, from + split, { kind: 'chrome' })] }
}

/** The editors a site's fields name: 编辑, 责编, 责任编辑, who keyed the story in (录入), and its desks' (频道主编, 网络编辑, 值班主编). */
const EDITOR_LABEL = `(?:责任编辑|责编|录入|(?:[${HAN_CLASS}]{0,2}(?:编辑|主编)))`
/** The labels of a site's field row, by what the field holds: its source, its author, its editor. */
const FIELD_LABEL = `${SOURCE_LABELS}|${AUTHOR_LABEL}|${EDITOR_LABEL}`

/**
 * The fields a news site's footer sets beside its editor's: a correction's or a tip's address, the source. (Not an
 * imprint's, 地址, 电话, 社长: a masthead's box names its chief editors beside them, no story's editor.)
 */
const FOOTER_LABEL = '(?:纠错|报料|新闻报料|爆料|来源|稿源)'
/**
 * The editor's field in such a row: the label, its colon, the name (a person's, or a site's account), then the
 * row's end, a space, a bracket, a bar, or the next field's label straight after the name (刘夏妍纠错:…).
 */
const STAFF_IN_FOOTER = new RegExp(
  `(?:^|[ (\\[【|])(${EDITOR_LABEL} ?: ?(?:[${HAN_CLASS}]{2,4}|[A-Za-z][A-Za-z0-9_]{1,15}))(?=$|[ )\\]】|【]|${FOOTER_LABEL} ?:)`,
)
/** A footer's field beside the editor's: its label and colon. */
const FOOTER_FIELD = new RegExp(`${FOOTER_LABEL} ?[:：]`)
/** Any field's label and colon in a row. */
const ANY_LABEL = /[\p{Script=Han}A-Za-z]{1,8} ?[:：]/gu
/** A label that is a footer's (its last characters: 稿件来源:, 新闻报料:). */
const FOOTER_LABEL_ALONE = new RegExp(`${FOOTER_LABEL} ?[:：]$`)
/** What may follow the editor's name in a footer: the row's end, a footer's field, its controls in brackets, a bar, a bracket's close. */
const FOOTER_AFTER_FIELD = new RegExp(`^(?:$|[ \u3000]*(?:${FOOTER_LABEL}|[【\\[|｜)）]))`)
/** Nothing but a site's controls in brackets beside the editor's field, bars and brackets around: 【收藏】, [打印]. */
const CONTROLS_ONLY = /^[\s()（）|｜]*(?:[【\[][^】\]]{1,6}[】\]][\s|｜]*)+[\s()（）|｜]*$/
/** A sentence's or a clause's mark: a row holding one is the story's text, not a footer. */
const CLAUSE_MARK = /[。，！？；]/

/**
 * The desk's editor in a site's or an e-paper's footer row, among fields that name no one:
 * 编辑: 刘夏妍纠错:171964650@qq.com, ( 责任编辑:李珊    新闻报料:8110110    版权声明,
 * (来源:山西新闻网 山西日报 网络编辑:张清兰) | ||||, 国内统一刊号:CN51-0072 … 总编辑:李晨赵 Email : …,
 * 责任编辑:vjlin【收藏】: the staff line, and the rest of the row interface (where the field's
 * words stand apart; glued to the next field's label, 刘夏妍纠错:, the whole row is the staff line).
 */
export const readStaffInFooter: LineTest = ({ tokens, text, from, gap, creditLike }, { factory }) => {
  // (One staff field only: a row of several, 编辑：高登科 责任编辑：李娟, is the staff rules'.)
  // (A row of the site's fields alone, 来源：巴彦淖尔日报 编辑：苏亮, is the field rows' staff line: readFieldRow.)
  const footer =
    creditLike && text.length <= MAX_FOOTER_ROW && !CLAUSE_MARK.test(text) && !FIELD_ROW.test(text) && tokens.filter((token) => tokenMatcher(token, Role)).length === 1
  const m = footer ? STAFF_IN_FOOTER.exec(text) : null
  if (!m) return undefined
  const start = m.index + m[0].length - m[1]!.length
  const end = start + m[1]!.length
  const [first, last] = [partAt(tokens, start), end >= text.length ? tokens.length : partAt(tokens, end)]
  // (A row that is the field alone, or in its brackets, (编辑:陈嘉俊), is read by the staff rules; the rest must
  // be a footer's: its fields (新闻报料:…, 来源:…) or its controls (【收藏】), and every label in it a footer's;
  // not more names (编辑：王五 李四 来源：新华社), nor other roles (监制：李四, 社长：王刚), nor a caption's words.)
  const around = `${text.slice(0, start)} ${text.slice(end)}`
  const labels = around.match(ANY_LABEL) ?? []
  if (!HAS_WORD.test(around) || !(FOOTER_FIELD.test(around) || CONTROLS_ONLY.test(around))) return undefined
  if (!labels.every((label) => FOOTER_LABEL_ALONE.test(label)) || !FOOTER_AFTER_FIELD.test(text.slice(end))) return undefined
  const { role, name } = FIELD_PARTS.exec(m[1]!)!.groups!
  const at = tokens[0]!.startOffset + start
  const fieldEnd = at + m[1]!.length
  // (The name as printed: a traditional page's in its own script.)
  const credit = fieldCredit(factory, at, at + role!.length, factory.source(fieldEnd - name!.length, fieldEnd), fieldEnd)
  const reading = { kind: 'editorLine' as const, credits: [credit] }
  if (first < 0 || last < 0) return reading
  const rows: Row[] = []
  const before = trimmed(tokens.slice(0, first))
  const after = trimmed(tokens.slice(last))
  if (before.length > 0) rows.push(readRow(before, gap, from, { kind: 'chrome' }))
  rows.push(readRow(tokens.slice(first, last), before.length > 0 ? 0 : gap, from + first, reading))
  if (after.length > 0) rows.push(readRow(after, 0, from + tokens.indexOf(after[0]!), { kind: 'chrome' }))
  return { rows }
}
/**
 * The desk's editor closing a site's row of fields that holds the story's date (来源:晚霞报2020年9月30日 星期三
 * 总第5431期 编辑:熊壮, 2026-03-13 09:23:30 谢孟洁 来源:区委报道组  责任编辑:程宜杉): the staff line closes the row, and the fields before it
 * are read again as a line of their own (the page header, the stamp, the source note and the byline read them), so
 * the row's reading no longer swallows the editor. Not a row of the desk's staff alone (编辑：高登科 责任编辑：李娟:
 * the staff rules'), nor one of a source and its editor (来源：巴彦淖尔日报 编辑：苏亮: the field rows'), nor one the
 * site's field reader parts itself (stamp.ts readFieldsWithCredits), nor a sentence.
 */
export const readStaffClosingSiteRow: LineTest = (line, context) => {
  const { tokens, text, from } = line
  // (Every line of the page comes here: the editor's label near the line's end first.)
  const m = text.length <= MAX_FOOTER_ROW ? STAFF_CLOSING.exec(text) : null
  // (A row the site's field reader parts itself, each field known to it, is its: • 發佈時間:… 來源:… 作者:佚名 責任編輯:羅伯特.)
  if (!m || readFieldsWithCredits(line, context)) return undefined
  const head = text.slice(0, m.index)
  if (!SITE_ROW_FIELD.test(head) || CLAUSE_IN_ROW.test(head)) return undefined
  const split = partAt(tokens, m.index)
  if (split <= 0) return undefined
  const staff = trimmed(tokens.slice(split))
  const credits = context.runner.attempt(staff, (p) => p.editorLine())
  if (!credits || !credits.every((credit) => credit.names.length > 0)) return undefined
  return { rest: trimmed(tokens.slice(0, split)), closing: readRow(staff, 0, from + split, { kind: 'editorLine', credits }) }
}
/** The desk's editor's field closing a line: its label (the vocabulary's), its colon, one name (a person's, or a site's account). */
const STAFF_CLOSING = new RegExp(`(?:${EDITOR_LABELS}) ?[:：] ?(?:[${HAN_CLASS}]{2,4}|[${HAN_CLASS}] [${HAN_CLASS}]{1,2}|[A-Za-z][A-Za-z0-9_]{1,15})\\s*$`)
/**
 * What shows a row is a site's fields about the story, dated: the date in numerals. (A row of fields with no date, the
 * author's among them, is the field rows' to read: 作者:王晓明 来源: 编辑:张萌 is one staff line.)
 */
const SITE_ROW_FIELD = /[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}/

/** An editor's field glued to the field before it: the vocabulary's label, its colon, the name. */
const GLUED_EDITOR_FIELD = new RegExp(`(${EDITOR_LABELS}) ?: ?(.+)$`)
/** The editor's field's label and name. */
const FIELD_PARTS = new RegExp(`^(?<role>${EDITOR_LABEL}) ?: ?(?<name>.+)$`)
/** The longest footer row read for its editor. */
const MAX_FOOTER_ROW = 120
/** Who posted the story on the site and which office supplied it (发布者:党委宣传部, 供稿:经管系): offices, no one's credit. */
const SUBMITTER_LABELS = '发布者|发布人|供稿单位|供稿'
/**
 * A site's labelled fields with no date, each bracketed or set apart: 【作者:】 【编辑:张萌】 ·
 * 来源: 天天天水网    编辑: 辛小强 · 作者: 来源:大庆网 频道主编:左远红; or glued, who posted and supplied it
 * first (发布者:党委宣传部供稿:经管系编辑:辛慧峰责任编辑:杨瑞芳).
 */
const FIELD_ROW = new RegExp(`^(?:【?(?:${POST_SOURCE_LABELS}|${AUTHOR_LABEL}|${SUBMITTER_LABELS}|${EDITOR_LABEL}) ?: ?[^【】: ]{0,20}】? *){2,4}$`)
/** A post's name where an author's should be (管理员, 程序员, 编辑员): no person's. */
const NAMES_A_POST = /员$/
/** Nothing but spacing. */
const SPACING = /^ *$/
/** One field of such a row, its brackets with it. */
const ROW_FIELD = new RegExp(`【?(?:${POST_SOURCE_LABELS}|${AUTHOR_LABEL}|${SUBMITTER_LABELS}|${EDITOR_LABEL}) ?: ?[^【】: ]{0,20}】?`, 'g')
/** An editor's field in such a row, with the name. */
const EDITOR_FIELD = new RegExp(`${EDITOR_LABEL} ?: ?[^【】: ]{2,12}`, 'g')
/**
 * The same in a row that glues its fields together, nothing parting them (发布者:党委宣传部供稿:经管系编辑:辛慧峰责任编辑:杨瑞芳):
 * the name up to the next field's label.
 */
const GLUED_EDITOR_FIELDS = new RegExp(`${EDITOR_LABEL} ?: ?(?:(?!${EDITOR_LABEL} ?:)[^【】: ]){2,12}`, 'g')
/** A row with nothing parting its fields: no space, no semicolon, comma or enumeration comma. */
const GLUED_ROW = /^[^\s;；,，、]+$/

/**
 * A row of a site's fields with no date (【作者:】 【编辑:张萌】, 来源: 天天天水网  编辑: 辛小强): a staff line,
 * its credits the editor's field, the other fields its text — or, where the author's field names the
 * author (作者:赖全平 责任编辑:茜茜), each field a row of its own, as fieldRows reads them.
 */
export const readFieldRow: LineTest = ({ tokens, text, from, gap }, { runner, factory }) => {
  if (!FIELD_ROW.test(text.trim())) return undefined
  const spans = [...text.matchAll(ROW_FIELD)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  // (Field by field only where the fields are the whole line, spaces between them: in 作者:王晓明 来源: 编辑:张萌 an
  // empty field would take the next one's label as its value.)
  const whole = spans.every((span, k) => SPACING.test(text.slice(k === 0 ? 0 : spans[k - 1]!.end, span.start))) && SPACING.test(text.slice(spans.at(-1)?.end ?? 0))
  const authored = whole ? fieldRows(tokens, text, spans, from, gap, runner, true) : undefined
  if (authored) return { rows: authored }
  const credits: Credit[] = []
  for (const editor of text.matchAll(GLUED_ROW.test(text.trim()) ? GLUED_EDITOR_FIELDS : EDITOR_FIELD)) {
    const from = partAt(tokens, editor.index)
    const to = partAt(tokens, editor.index + editor[0].length)
    const read = from < 0 ? undefined : runner.attempt(trimmed(tokens.slice(from, to < 0 ? tokens.length : to)), (p) => p.editorLine())
    if (read) credits.push(...read)
    // (A field glued to the one before it, 供稿:经管系编辑:辛慧峰, where no token opens: read from the line as printed, its
    // role the vocabulary's word, not the glued value before it: 经管系编辑 → 编辑.)
    else if (from < 0) {
      const field = GLUED_EDITOR_FIELD.exec(editor[0])
      const fieldAt = tokens[0]!.startOffset + editor.index
      const roleAt = fieldAt + (field?.index ?? 0)
      if (field && namesStaff(field[2]!)) credits.push(fieldCredit(factory, roleAt, roleAt + field[1]!.length, field[2]!, fieldAt + editor[0].length))
    }
  }
  return credits.length > 0 ? { kind: 'editorLine', credits } : undefined
}

/** A field of a site's row, its label and its value (来源: 绍兴日报, 【作者:赖全平】). */
const SPACED_FIELD = new RegExp(`^【?(${FIELD_LABEL}) ?[:：] ?(.*?)】?$`)
/** What sets such fields apart. */
const FIELD_GAP = / {2,}/g
/** A source's label alone. */
const SOURCE_LABEL = new RegExp(`^(?:${SOURCE_LABELS})$`)

/**
 * A row of a site's fields set apart by wide spaces, the author's a line of credits (来源: 绍兴日报
 * 作者: 记者 何雯 通讯员 张荣奎 文/摄     编辑: 金锦): the source note, the author's credits (under the
 * story, its signature) and the editor's staff line, each its own row. Two to four fields, every one
 * labelled; the author's must read as credits.
 */
export const readSpacedFieldRow: LineTest = ({ tokens, text, from, gap }, { runner }) => {
  const spans = text.includes('  ') ? spansAtGaps(text) : undefined
  const rows =
    (spans !== undefined && spans.length >= 2 && spans.length <= MAX_ROW_FIELDS ? fieldRows(tokens, text, spans, from, gap, runner) : undefined) ??
    labelledRows(tokens, text, from, gap, runner)
  return rows && { rows }
}

/** The most fields a row of a site's fields holds. */
const MAX_ROW_FIELDS = 4

/** The spans of a line set apart by wide spaces. */
function spansAtGaps(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  let at = 0
  for (const m of text.matchAll(FIELD_GAP)) {
    spans.push({ start: at, end: m.index })
    at = m.index + m[0].length
  }
  spans.push({ start: at, end: text.trimEnd().length })
  return spans
}

/** A field's label opening the line. */
const OPENS_WITH_LABEL = new RegExp(`^\\s*(?:${FIELD_LABEL}) ?[:：]`)
/** A field's label opening the line or after a space: 来源:, 作者:, 编辑:, 责任编辑:. */
const LABEL_AT = new RegExp(`(?<=^|\\s)(?:${FIELD_LABEL}) ?[:：]`, 'g')

/**
 * The same row with its fields set apart by one space, a value holding spaces too, found by their labels
 * (来源: 《今日桐乡》 作者: 今日桐乡记者 羊宇杰 编辑: 王颖): each field from its label to the next one's, the first label
 * opening the line, two to four fields. Read as fieldRows reads them, the author's value read as credits.
 */
function labelledRows(tokens: IToken[], text: string, from: number, gap: number, runner: RuleRunner): Row[] | undefined {
  // (Every line of the page comes here: only one a field's label opens is looked through.)
  if (!OPENS_WITH_LABEL.test(text)) return undefined
  const starts = [...text.matchAll(LABEL_AT)].map((m) => m.index)
  if (starts.length < 2 || starts.length > MAX_ROW_FIELDS) return undefined
  const end = text.trimEnd().length
  const spans = starts.map((start, k) => ({ start, end: k + 1 < starts.length ? text.slice(0, starts[k + 1]).trimEnd().length : end }))
  return fieldRows(tokens, text, spans, from, gap, runner, true)
}

/**
 * The rows of a site's fields at `spans` of the line: the source note (or interface), the author's
 * credits (a byline: under the story, its signature) and the editor's staff line (or interface where
 * the field is empty). Undefined unless every span is a labelled field and the author's names read as
 * credits: a row of fields naming no author is a staff line (readFieldRow).
 */
function fieldRows(tokens: IToken[], text: string, spans: Array<{ start: number; end: number }>, from: number, gap: number, runner: RuleRunner, strict = false): Row[] | undefined {
  const fields = spans.map((span) => ({ span, m: SPACED_FIELD.exec(text.slice(span.start, span.end).trim()) }))
  if (fields.length < 2 || fields.some((field) => !field.m)) return undefined
  const rows: Row[] = []
  let authored = false
  for (const { span, m } of fields) {
    const first = partAt(tokens, span.start)
    const last = span.end >= text.trimEnd().length ? tokens.length : partAt(tokens, span.end)
    if (first < 0 || last < 0) return undefined
    const part = trimmed(tokens.slice(first, last))
    const label = m![1]!
    const value = m![2]!.trim()
    // (The line's gap stands before its first row; the others follow on the same line.)
    const row = (reading: Partial<Row> & { kind: Row['kind'] }) => rows.push(readRow(part, rows.length ? 0 : gap, from + first, reading))
    if (SOURCE_LABEL.test(label)) {
      const source = sourceNoteOf(lineText(withinBrackets(part)))
      // (Closer set fields must each read: a source that names none leaves the row a staff line.)
      if (!source && strict) return undefined
      row(source ? { kind: 'sourceNote', source } : { kind: 'chrome' })
    } else if (label === AUTHOR_LABEL) {
      const valueAt = part.findIndex((token) => token.startOffset >= part[0]!.startOffset + lineText(part).indexOf(value))
      const named = value && valueAt > 0 ? authorFieldCredits(trimmed(withinBrackets(part.slice(valueAt))), runner) : undefined
      // (The same names read with the field's label, its role, as a site's dated row reads them (stamp.ts): 作者：王芳.)
      const labelled = named && authorFieldCredits(withinBrackets(part), runner)
      const credits = labelled && sameNames(labelled, named!) ? labelled : named
      // (And the author's names must read as people's: 宁化, 管理员, 程序员 name none.)
      if (!credits || (strict && !credits.every((credit) => credit.names.every((name) => looksLikeName(name) && !namesPlace(name) && !NAMES_A_POST.test(name))))) return undefined
      authored = true
      row({ kind: 'byline', credits })
    } else {
      const credits = value ? runner.attempt(withinBrackets(part), (p) => p.editorLine()) : undefined
      row(credits ? { kind: 'editorLine', credits } : { kind: 'chrome' })
    }
  }
  return authored ? rows : undefined
}

/** Whether two readings of a field credit the same names, credit by credit. */
const sameNames = (a: Credit[], b: Credit[]): boolean => a.length === b.length && a.every((credit, k) => credit.names.join('、') === b[k]!.names.join('、'))

/** A field's tokens without the lenticular brackets a site sets it in (【编辑:张萌】 → 编辑:张萌). */
function withinBrackets(part: IToken[]): IToken[] {
  const opens = part[0]?.image === '【' ? 1 : 0
  const closes = part.at(-1)?.image === '】' ? 1 : 0
  return trimmed(part.slice(opens, part.length - closes))
}

/** Brackets a site sets a staff line in: [編輯: 劉曉明], 【编辑:刘晓明】. */
const STAFF_BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['[', ']'],
  ['【', '】'],
]

/**
 * A line's staff within the marks it is set in: inside the brackets it is
 * wholly set in (in round brackets only when a staff role opens it,
 * (责编:王思迪、王艳): (记者 王心) closing a story is its signature,
 * signature.ts), or after its bullet (◆编辑:沙玉兰); else the line.
 */
function staffWithinMarks(tokens: IToken[]): IToken[] {
  // (Or after a bullet, as a new-media desk lists its staff: ◆编辑:沙玉兰 / ◆校对:曾淑花.)
  const bulleted = afterBullet(tokens)
  if (bulleted !== tokens) return bulleted
  const [first, last] = [tokens[0]!.image, tokens.at(-1)!.image]
  if (tokens.length <= 2) return tokens
  if (STAFF_BRACKETS.some(([open, close]) => first === open && last === close)) return trimmed(tokens.slice(1, -1))
  if (first !== '(' || last !== ')') return tokens
  const inside = trimmed(tokens.slice(1, -1))
  return tokenMatcher(inside[0]!, EditorRole) ? inside : tokens
}

/** The longest row of a site's controls after a staff line: 【打印】【关闭】【收藏】【返回顶部】. */
const MAX_CONTROLS_TAIL = 24
/** The longest staff line with its controls after it. */
const MAX_STAFF_WITH_CONTROLS = 60

/** A letter of any script: what a control's label holds. */
const HAS_WORD = /\p{L}/u

/**
 * A staff role set alone on its line, a site's field whose value is on the next line: 编辑: / 施袭森, 责任编辑 / 陈雪晔; the
 * page's photographers and editors, as an e-paper sets them under its last story (本版摄影 / 蒋雨鸥 宋亚堃, 本版编辑 / 李强).
 */
const STAFF_LABEL_ALONE = /^(?:(?:编辑|美编|校对|审核|网络编辑|摄影|美术编辑) ?[:：]|(?:本版)?(?:责任编辑|责编) ?[:：]?|本版(?:摄影|编辑|统筹|美编) ?[:：]?)$/

/**
 * The names under a staff role set alone on the line above (编辑: / 施袭森, 责任编辑 / 陈雪晔, as a
 * site sets its fields in two cells): the two lines are the staff line. Only straight under the
 * label, only names (a common surname first), and not in an interview, its speakers' labels each
 * over their words (编辑: / 鲁迅 / 读者: / 为什么？, 村民： / …): an answer is no editor's name.
 */
export const readNamesUnderStaffLabel: LineTest = namesUnderLabel(STAFF_LABEL_ALONE, 'editorLine', (p) => p.editorLine(), (below) => below === undefined || !speakerLabel(lineText(trimmed(below.tokens))))

/**
 * Whether a line opens with a speaker's label, an interview's (问:…, 记者：…, or a label alone: 读者:,
 * 村民：); a site's next field alone (审核:, 来源:, 发布时间:) is no speaker's.
 */
const speakerLabel = (line: string): boolean => SPEAKER_LABEL.test(line) || (LABEL_ALONE.test(line) && !SITE_FIELD_LABEL.test(line))
const SPEAKER_LABEL = /^(?:问|答|记者|主持人|读者|网友|嘉宾) ?[:：]/
const LABEL_ALONE = /^[\p{Script=Han}]{1,5} ?[:：]$/u
const SITE_FIELD_LABEL = /^(?:(?:责任|网络|本版)?编辑|责编|美编|校对|审核|审校|审签|终审|监制|来源|作者|通讯员|摄影|时间|日期|发布时间|发布日期|更新时间|点击|浏览) ?[:：]$/

/**
 * Tried after bylines: a credit line that is not all reporters names staff; a site may set it in
 * brackets ([編輯: 劉曉明]), or print its controls after it (责任编辑:vjlin【收藏】): two rows then,
 * the staff line and the interface.
 */
export const readEditorLine: LineTest = ({ tokens, text, creditLike, from, gap }, { runner, words }) => {
  const staff = staffWithinMarks(tokens)
  // (Its bracket closed before a site's label the copy glued to it, （编辑：李华）最新新闻: the staff line opens after the bracket.)
  // (Or the page's word before the role: （本版编辑 李强）.)
  const role = roleAfterPage(tokens, 1)
  const opening = staff === tokens && tokenMatcher(tokens[0]!, LParen) && role !== undefined && tokenMatcher(role, EditorRole) ? tokens[1] : staff[0]
  if (!creditLike || isRoleWord(staff) || !runner.opens('editorLine', opening)) return undefined
  const credits = runner.attempt(staff, (p) => p.editorLine())
  // (A site's field naming the author alone in its brackets, 【作者:赖全平】, names no staff: the author's credit.)
  if (credits && credits.every((credit) => namesReporters(credit, staff))) return { kind: 'byline', credits }
  // (No control read as a name: 编辑:王五 打印 关闭 is the staff line, then the controls.)
  if (credits && !credits.some((credit) => credit.names.some((name) => isChromeLine(name, words.chrome)))) return { kind: 'editorLine', credits }
  // The controls after the names (责任编辑:李珊【收藏】, 编辑:王五 打印 关闭): the longest tail, within a
  // row of controls' length, that is a chrome line by itself. (Only on a line as short as a staff line is.)
  if (text.length > MAX_STAFF_WITH_CONTROLS) return credits && { kind: 'editorLine', credits }
  const lineStart = tokens[0]!.startOffset
  for (let split = 2; split < tokens.length; split++) {
    if (tokenMatcher(tokens[split]!, Space) || text.length - (tokens[split]!.startOffset - lineStart) > MAX_CONTROLS_TAIL) continue
    const tail = text.slice(tokens[split]!.startOffset - lineStart)
    // (A control is a word: a question's mark is no control, 记者:怎么做? is an interview's question.)
    if (!HAS_WORD.test(tail) || !isChromeLine(tail, words.chrome)) continue
    const head = trimmed(tokens.slice(0, split))
    const named = runner.attempt(staffWithinMarks(head), (p) => p.editorLine())
    if (named) return { rows: [readRow(head, gap, from, { kind: 'editorLine', credits: named }), readRow(tokens.slice(split), 0, from + split, { kind: 'chrome' })] }
  }
  return credits && { kind: 'editorLine', credits }
}

/**
 * A field of a row of credits: a role of a few Han characters (two works may share one, 文、图), its
 * colon or slash, then the names, perhaps after a space (策划：王军, 监制：刘强、李明, 一审/涂道勇, 策划： 王军).
 */
const CREDIT_FIELD = new RegExp(`^([${HAN_CLASS}]{1,5}(?:、[${HAN_CLASS}]{1,5})?) ?[:/] ?(.*)$`)
/** A field whose role lenticular brackets set off, its names after them: 【记者】柳时强, 【校对】梁飞飞. */
const BRACKETED_FIELD = new RegExp(`^【([${HAN_CLASS}]{1,5})】 ?(.*)$`)
/** The reviews and checks a story passes before it is printed (三审三校): 一审, 二审, 三审, 终审, 审核, 编审, 校对, 签发. */
const REVIEWS = '[一二三初复终监总]审|审校|审核|审签|审稿|核稿|编审|签发|校对'
/**
 * The staff roles of a story's production the vocabulary may not list, by the words they are made
 * of: the reviews (REVIEWS), the planners and producers (策划, 总策划, 统筹, 监制, 出品人,
 * 制片人), the editors and designers (执行主编, 视频编辑, 海报设计, 排版, 剪辑, 摄像, 后期, 配音). A list's
 * other roles (导演, 主演, 一等奖, 组长, 审判长, 主办, 主料, 红方) name no one the paper employs.
 */
const STAFF_ROLES = `${REVIEWS}|(?:总|执行|联合)?(?:策划|统筹|监制|制片人?|出品人?)|总监|(?:执行|责任|值班|文字|图片|视频|新媒体|版面|本期|美术)?(?:编辑|主编)|(?:视觉|海报|美术|版式|版面|平面)?设计|排版|组版|美编|责编|剪辑|摄像|后期|配音|动画|制作|技术支持`
const STAFF_ROLE = new RegExp(`^(?:${STAFF_ROLES})$`)
/** A staff role and its colon wherever it stands, as fields glued together print it (总监制:黄金杰监制:陈叶静责编:赵海镇). */
const STAFF_FIELD_OPENING = new RegExp(`(?:${STAFF_ROLES}) ?[:：]`, 'g')
/**
 * Roles of the story's writers and photographers among such fields (文字：刘强, 文、图/黄乔, 摄影：李明,
 * 口述：王军 整理：刘强, 采访：王芳 整理：李强): its credit, the signature under it, not its staff.
 */
const WRITER_ROLE = /^(?:文|图|摄|文字|图片|文图|图文|文、图|图、文|撰文|撰稿|作者|记者|通讯员|采写|采访|采访整理|摄影|口述|整理|配文|漫画|绘图|插图)$/
/** The reviews a story passes, one a line under its editor (◆二审:曾淑花): a desk's staff by their role alone. */
const REVIEW_ROLE = new RegExp(`^(?:${REVIEWS})$`)
/** Whether a staff line names a review (三 审:罗 华): the production's other staff may be listed under it. */
const reviewed = (row: Row): boolean => (row.credits ?? []).some((credit) => credit.role !== undefined && REVIEW_ROLE.test(credit.role))
/** A review's field opening a line, perhaps after a desk's bullet, its role perhaps padded: ◆二审:曾淑花, 三审/邱国良, 二 审:罗兴美. */
const REVIEW_FIELD_OPENS = new RegExp(`^(?:[◆•] ?)?(?:${REVIEWS}|[一二三初复终] +审) ?[:：/]`)
/**
 * Whether a line names the reviews a story passed and their staff, fields of their roles only, perhaps in round
 * brackets and with no colons ((一审 赵雪如 二审 袁定平 三审 龚春梅), 一审:刘世卫 二审:周大威): credits, no menu of words.
 */
export function namesReviews(tokens: IToken[]): boolean {
  const inner = lineText(withinRoundBrackets(tokens))
  const fields = creditFields(inner, 0, () => false)
  return fields !== undefined && fields.length >= MIN_CREDIT_FIELDS && fields.every((field) => REVIEW_ROLE.test(roleOf(field, inner)) && namesStaffOnly(field, inner))
}
/** A field's role as the line prints it, its padding undone (编 辑 → 编辑). */
const roleOf = (field: CreditField, line: string): string => unpadded(line.slice(field.role[0], field.role[1]))
/** Whether every name of a field reads as a person's on a desk's staff. */
const namesStaffOnly = (field: CreditField, line: string): boolean => field.names.every(([a, b]) => namesStaff(unpadded(line.slice(a, b))))
/** Where a field opens: its role, or the bracket about it (【记者】). */
const fieldStart = (field: CreditField): number => (field.bracketed ? field.role[0] - 1 : field.role[0])
/** The fewest fields that make such a row: one field of an unknown role could be anything. */
const MIN_CREDIT_FIELDS = 2
/** A row of staff fields is short. */
const MAX_CREDIT_FIELDS = 8

interface CreditField {
  role: readonly [number, number]
  names: Array<[number, number]>
  writer: boolean
  /** Whether its role stands in lenticular brackets (【记者】): a field even alone on its line. */
  bracketed: boolean
}

/**
 * A row of credit fields whose staff roles the vocabulary does not know (策划：王军 统筹：刘强, 一审：张伟
 * 二审：李明 三审：王军, 出品人：王军 监制：刘强): an unknown role word in a staff line still makes a staff
 * line, where its roles are a production's (STAFF_ROLE). The writers' fields among them (文字：刘强,
 * （文、图/黄乔 一审/涂道勇 二审/胡林 三审/邱国良）) are the story's credit, a row of their own (文字：张伟
 * 摄影：李明, all of it). Two fields at least, every name read as a person's (二审：维持原判 titles a court
 * story; 张某 names no one); where a story's credits close it, not in a sentence the lines run on with.
 */
export const readCreditFields: LineTest = ({ tokens, text, from, gap, above, below }, { factory }) => {
  // (Where a story's credits close it: not inside a sentence the lines run on with, 今年改造工程由 / 总负责：… / 两位同志牵头推进。)
  // (A role its brackets set off, 【记者】柳时强, stands in no sentence.)
  const bracketed = BRACKETED_FIELD.test(text.trim())
  const runsOn = (above?.kind === 'body' && !closesParagraph(above.tokens)) || (below !== undefined && below.gap === 0 && holdsSentenceEnd(below.tokens))
  if (runsOn && !bracketed) return undefined
  // (After a new-media desk's bullet, ◆二审:曾淑花, as it lists its staff a line each.)
  const inner = withinRoundBrackets(afterBullet(tokens))
  const lineStart = tokens[0]!.startOffset
  const offset = inner[0]!.startOffset - lineStart
  // (A reporter's role of the vocabulary is a writer's too: 实习生/李明, 特约记者：王芳.)
  const reporter = (at: number, role: string) => {
    const token = tokens[partAt(tokens, at)]
    return token !== undefined && token.image === role && tokenMatcher(token, ReporterRole)
  }
  const fields = creditFields(text.slice(offset, inner.at(-1)!.startOffset - lineStart + inner.at(-1)!.image.length), offset, reporter)
  // (One field will do under a staff line, as a desk lists its staff a line each: ◆编辑:沙玉兰 / ◆二审:曾淑花 / ◆三审:魏礼军,
  // or over the next review's line, the first of the list: 一审:唐 军 / 二审:宋丽梅 / 三审:唐正海, a blank line between
  // them where the copy sets the list's lines apart so, the first from the story's text over it as well.
  // A production's role will do there too, the editor over the reviews, the producer under them (编 辑:苏 伟 / 一 审:魏 倩 /
  // … / 总监制:骆世明); not under another staff line (编辑：刘洋 / 总策划：王军 credits a programme).)
  const role = fields?.length === 1 ? roleOf(fields[0]!, text) : ''
  const listed =
    STAFF_ROLE.test(role) &&
    ((above?.kind === 'editorLine' && (REVIEW_ROLE.test(role) || reviewed(above))) ||
      (below !== undefined && (below.gap === 0 || (below.gap === gap && gap < WIDE_GAP && above?.kind === 'body')) && REVIEW_FIELD_OPENS.test(lineText(trimmed(below.tokens)))))
  // (A role its brackets set off is a field alone on its line too: 【记者】柳时强 / 【通讯员】罗瑞娴 / 【校对】梁飞飞.)
  if (!fields || fields.length < (listed || fields.every((field) => field.bracketed) ? 1 : MIN_CREDIT_FIELDS)) return undefined
  // (Fields glued together, 总监制:黄金杰监制:陈叶静…, close the story: where its text goes on under them, a drama's
  // credits the story lists, 主创阵容如下。 / 总监制:张国立监制:王晓红 / 该剧讲述了…, they are its words.)
  if (!WHITESPACE.test(text.trim()) && !bracketed && below !== undefined && below.gap < WIDE_GAP && holdsSentenceEnd(below.tokens)) return undefined
  if (!fields.every((field) => namesStaffOnly(field, text))) return undefined
  const credit = (field: CreditField): Credit => {
    const [first, last] = [fieldStart(field), field.names.at(-1)![1]]
    return {
      type: 'credit',
      role: unpadded(factory.source(lineStart + field.role[0], lineStart + field.role[1])),
      names: field.names.map(([a, b]) => unpadded(text.slice(a, b))),
      value: factory.source(lineStart + first, lineStart + last),
      position: factory.position(lineStart + first, lineStart + last),
    }
  }
  if (fields.every((field) => !field.writer)) return { kind: 'editorLine', credits: fields.map(credit) }
  if (fields.every((field) => field.writer)) return { kind: 'byline', credits: fields.map(credit) }
  // (Writers and staff: a row for each run of fields, the brackets with the first and the last.)
  const rows: Row[] = []
  for (let k = 0; k < fields.length; ) {
    let end = k + 1
    while (end < fields.length && fields[end]!.writer === fields[k]!.writer) end++
    const first = k === 0 ? 0 : partAt(tokens, fieldStart(fields[k]!))
    const last = end === fields.length ? tokens.length : partAt(tokens, fieldStart(fields[end]!))
    if (first < 0 || last < 0) return undefined
    const credits = fields.slice(k, end).map(credit)
    rows.push(readRow(trimmed(tokens.slice(first, last)), rows.length ? 0 : gap, from + first, { kind: fields[k]!.writer ? 'byline' : 'editorLine', credits }))
    k = end
  }
  return { rows }
}

/** The fields of a line of credits at `offset`, as spans of the line; undefined where a part is no field's. */
function creditFields(line: string, offset: number, reporter: (at: number, role: string) => boolean): CreditField[] | undefined {
  const fields: CreditField[] = []
  // (Read part by part, and so a line that opens with no field is left at its first word.)
  for (const word of paddedRoles(line)) for (const part of gluedFields(word)) {
    if (fields.length > MAX_CREDIT_FIELDS) return undefined
    const at = offset + part.index
    // (A role padded to a three's width, 编 辑:苏 伟, read unpadded; a review's role needs no colon, its names after a
    // space: （一审 赵雪如 二审 袁定平 三审 龚春梅）.)
    const padded = PADDED_FIELD.exec(part[0])
    // (Or a role in lenticular brackets, its names after them: 【记者】柳时强 【通讯员】罗瑞娴.)
    const bracketed = BRACKETED_FIELD.exec(part[0])
    const m = padded ? [part[0], padded[1]! + padded[2]!, padded[3]!] : (bracketed ?? CREDIT_FIELD.exec(part[0]) ?? (REVIEW_ROLE.test(part[0]) ? [part[0], part[0], ''] : null))
    if (m) {
      const role = m[1]!
      const roleAt = bracketed ? at + 1 : at
      const writer = WRITER_ROLE.test(role) || reporter(roleAt, role)
      if (fields.at(-1)?.names.length === 0 || (!writer && !STAFF_ROLE.test(role))) return undefined
      // (A padded role's span takes in its padding: 编 辑.)
      const field: CreditField = { role: [roleAt, roleAt + (padded ? part[0].indexOf(padded[2]!, 1) + 1 : role.length)], names: [], writer, bracketed: bracketed !== null }
      if (m[2]) addNames(field.names, at + part[0].length - m[2].length, m[2])
      fields.push(field)
      continue
    }
    const field = fields.at(-1)
    if (!field) return undefined
    // (A name padded to a three's width, a character at a time: 一审:唐 军, 汪 肯 堂.)
    const last = field.names.at(-1)
    if (last && part[0].length === 1 && PADDED_SO_FAR.test(line.slice(last[0] - offset, last[1] - offset))) {
      last[1] = at + 1
      continue
    }
    addNames(field.names, at, part[0])
  }
  return fields.at(-1)?.names.length ? fields : undefined
}

/** A word of a line and where it stands in the line, as a match gives it. */
interface Word {
  0: string
  index: number
}

/**
 * The words of a line of credits, set apart by spaces or by the bars a site prints between its fields (一审:刘洁琼丨二审:蔡晓雅),
 * a role of two characters padded to a three's width joined back to its colon's word (编 辑:苏 伟, 一 审:魏 倩 → 编 辑:苏 · 伟):
 * the line's words as they are elsewhere.
 */
function paddedRoles(line: string): Word[] {
  const words = [...line.matchAll(CREDIT_WORD)].map((word) => ({ 0: word[0], index: word.index! }))
  // (Most lines pad no role: seen at once.)
  if (!PADDED_ROLE_IN_LINE.test(line)) return words
  const joined: Word[] = []
  for (let k = 0; k < words.length; k++) {
    const [word, next] = [words[k]!, words[k + 1]]
    const padded = next !== undefined && HAN_ALONE.test(word[0]) ? line.slice(word.index, next.index + next[0].length) : undefined
    if (padded !== undefined && PADDED_FIELD.test(padded)) {
      joined.push({ 0: padded, index: word.index })
      k++
    } else joined.push(word)
  }
  return joined
}
/** A word of a line of credits: what stands between spaces and bars. */
const CREDIT_WORD = new RegExp(`[^\\s${FIELD_BARS}${HAN_BAR}]+`, 'g')
/** A padded role anywhere in a line: the cheap check before the words are joined. */
const PADDED_ROLE_IN_LINE = new RegExp(`(?:^|\\s)[${HAN_CLASS}] +[${HAN_CLASS}] ?[:/]`)
/** One Han character alone: a padded role's first. */
const HAN_ALONE = new RegExp(`^[${HAN_CLASS}]$`)
/** A role of two characters padded apart, its colon or slash, then the names: 编 辑:苏 伟, 一 审:魏 倩. */
const PADDED_FIELD = new RegExp(`^([${HAN_CLASS}]) +([${HAN_CLASS}]) ?[:/] ?(.*)$`)
/** A name without the spaces that padded it (唐 军 → 唐军). */
const unpadded = (name: string): string => name.replace(/ +/g, '')
/** A name's first characters padded apart, one or two of them, so far (唐, 汪 肯): the next one alone is its next. */
const PADDED_SO_FAR = /^[^ ](?: +[^ ])?$/
/**
 * A part of a line of credits split where each staff field opens, the fields printed with no space between them
 * (总监制:黄金杰监制:陈叶静责编:赵海镇编辑:项露露 → 总监制:黄金杰 · 监制:陈叶静 · 责编:赵海镇 · 编辑:项露露): the part as
 * it is where one field or none opens in it.
 */
function gluedFields(part: Word): Word[] {
  // (Two colons at least, the cheap check before the roles' pattern.)
  if (!TWO_COLONS.test(part[0])) return [{ 0: part[0], index: part.index }]
  const opens = [...part[0].matchAll(STAFF_FIELD_OPENING)].map((m) => m.index)
  if (opens.length < 2 || opens[0] !== 0) return [{ 0: part[0], index: part.index }]
  return opens.map((open, k) => ({ 0: part[0].slice(open, opens[k + 1]), index: part.index + open }))
}

/** A space: fields set apart by one are no glued fields. */
const WHITESPACE = /\s/
/** Two fields' colons in a part: glued fields hold two at least. */
const TWO_COLONS = /[:：].*[:：]/
/** A placeholder for a name, as court stories print parties: 王某, 王某某. */
const PLACEHOLDER = /某/
/** Whether a field's name reads as a person's: a surname first, no place's name, no placeholder (王某某). */
const namesStaff = (name: string): boolean => looksLikeName(name) && !namesPlace(name) && !PLACEHOLDER.test(name)

/** The names of a part at `at`, set apart by enumeration commas (王军、刘强), as spans of the line. */
function addNames(spans: Array<[number, number]>, at: number, part: string): void {
  let from = at
  for (const name of part.split('、')) {
    spans.push([from, from + name.length])
    from += name.length + 1
  }
}

/** A line's tokens within the round brackets it is wholly set in (（文、图/黄乔 一审/涂道勇）), else the line's. */
function withinRoundBrackets(tokens: IToken[]): IToken[] {
  const t = trimmed(tokens)
  return t.length > 2 && t[0]!.image === '(' && t.at(-1)!.image === ')' ? trimmed(t.slice(1, -1)) : t
}

/**
 * A credit line that opens with reporters' credits before the staff's
 * (新京报记者 苏季 校对 李铭): the reporters' part and the staff's, as rows of
 * their own; undefined when it names staff only.
 */
function reporterFirst(row: Row): { reporters: Row; staff: Row } | undefined {
  const credits = row.credits!
  const staffAt = credits.findIndex((credit) => !namesReporters(credit, row.tokens))
  if (staffAt <= 0) return undefined
  const split = row.tokens.findIndex((t) => t.startOffset >= credits[staffAt]!.position.start.offset!)
  const reporters = { ...row, kind: 'byline' as const, tokens: trimmed(row.tokens.slice(0, split)), credits: credits.slice(0, staffAt) }
  reporters.to = reporters.from + reporters.tokens.length - 1
  const staff = { ...row, tokens: row.tokens.slice(split), from: row.from + split, credits: credits.slice(staffAt) }
  return { reporters, staff }
}

/**
 * Staff lines right after an article (編輯：梁偉澄), also after the
 * signature that closed it (（赵敏） / 责任编辑：孙丽), belong to it; a
 * page's own (本版责编) and stray ones stand at the top level.
 */
export const placeEditorLine: Placer = (row, assembly) => {
  // (A field naming no one, 编辑:互联网, 责任编辑:网络抓取, among the site's fields over the story or where nothing of
  // the story follows it: the site's interface, no staff. Between the story's lines, 摄影：佚名 under a photo's, it
  // stays the story's line.)
  if (namesNoStaff(row.credits!) && !(assembly.hasText() && storyGoesOn(assembly))) {
    placeChrome(readAs(row, 'chrome'), assembly)
    return
  }
  assembly.flush()
  // 新京报记者 苏季 校对 李铭 closing a story: the reporter signs it, the proofreader is staff.
  // (Under the title, before any text, 記者:鄭佩兒、劉穎翹編輯:新報人: the reporters' byline, then the staff line.)
  const parts = assembly.article ? reporterFirst(row) : undefined
  if (parts) {
    const { factory } = assembly.context
    assembly.article!.children.push(assembly.hasText() ? closingCredit(parts.reporters, factory) : creditLine('byline', parts.reporters, factory))
    row = parts.staff
  }
  const pageStaff = row.credits!.some((c) => c.affiliation === PAGE_STAFF)
  const owner = pageStaff ? undefined : assembly.article ?? (row.gap < WIDE_GAP ? assembly.signedArticle() : undefined)
  const line = creditLine('editorLine', row, assembly.context.factory)
  if (owner === assembly.article && owner) {
    owner.children.push(line)
    // (編輯:陳嘉俊) under the text closes the story: text after it is another's.
    if (assembly.hasBody() && closesStory(row)) assembly.close()
  } else if (owner) assembly.addAfter(owner, line)
  else assembly.addToPage(() => line)
}

/**
 * A staff line in brackets under the text, as sites close a story with its
 * editor: (編輯:陳嘉俊), （責任編輯：X）, CNA's （編輯：方沛清）1140710 with its date code.
 */
export const closesStory = (row: Row): boolean => EDITOR_IN_BRACKETS.test(lineText(row.tokens).trim())
/** A line in round brackets, a Taiwan date code (1140710: ROC year 114, month, day) perhaps after it. */
const EDITOR_IN_BRACKETS = /^[(（][^()（）]*[)）](?:[0-9]{7})?$/

/** Every pattern of the convention, for the test that checks none backtracks. */
export const EDITOR_LINE_PATTERNS: readonly RegExp[] = [READERS_CHANNEL, CONTACT, SITE_COUNTERS, EDITOR_ACCOUNT, FIELD_ROW, EDITOR_FIELD, GLUED_EDITOR_FIELDS, GLUED_ROW, GLUED_EDITOR_FIELD, EDITOR_IN_BRACKETS, CREDIT_FIELD, PADDED_FIELD, PADDED_ROLE_IN_LINE, HAN_ALONE, STAFF_ROLE, WRITER_ROLE, REVIEW_ROLE, REVIEW_FIELD_OPENS, PLACEHOLDER, STAFF_CLOSING, SITE_ROW_FIELD]

/** The most tokens a staff tail after the last sentence spans (six roles with two or three names each, spaced). */
const MAX_STAFF_TAIL_TOKENS = 48

/**
 * The desk's staff glued after the last sentence or its closing bracket, as
 * county sites flatten a story's end (…作为社员的分红。(段福修) 编辑:何晓萌
 * 责任编辑:赵雄 邹燮锦 · …管理水平。编辑：王珏 审核：李军): its staff line, split
 * off before the end mark and the closing credit are looked for (the
 * paragraph rule's endParagraph). Only a tail that opens with a desk's role
 * and its colon and is staff credits to its end, each naming someone.
 */
export function splitStaffTail(range: IToken[], runner: RuleRunner, factory: NodeFactory): { body: IToken[]; staff: EditorLine } | undefined {
  const t = trimmed(range)
  let end = t.length - 1
  while (end >= 0 && t.length - end <= MAX_STAFF_TAIL_TOKENS && !tokenMatcher(t[end]!, SentenceEnd) && !tokenMatcher(t[end]!, RParen)) end--
  if (end < 1 || t.length - end > MAX_STAFF_TAIL_TOKENS) return undefined
  let tail = trimmed(t.slice(end + 1))
  // (The writers' field may come first, its names the signature the body's end gives: …舒展。 通讯员:高清书 张鑫
  // 编辑:邓植元|审核:余运超 琚晓青 |.)
  if (tail.length > 0 && tokenMatcher(tail[0]!, ReporterRole) && opensField(tail, 0)) {
    const staffAt = tail.findIndex((token, k) => k > 0 && tokenMatcher(tail[k - 1]!, Space) && tokenMatcher(token, EditorRole) && opensField(tail, k))
    if (staffAt < 0) return undefined
    end = t.indexOf(tail[staffAt - 1]!)
    tail = tail.slice(staffAt)
  }
  // (Its role with a colon, as fields print it: …。编辑部地址在… and …。编辑记者们… are text.)
  if (tail.length < 3 || !tokenMatcher(tail[0]!, EditorRole) || !opensField(tail, 0)) return undefined
  // (A layout table's bar may close the row: 审核:杨先葵 |.)
  let last = tail.length
  while (last > 1 && (TABLE_BAR.test(tail[last - 1]!.image) || tokenMatcher(tail[last - 1]!, Space))) last--
  const credits = runner.attempt(tail.slice(0, last), (p) => p.editorLine())
  if (!credits || credits.length === 0 || !credits.every((credit) => credit.names.length > 0)) return undefined
  const from = startOf(tail[0]!)
  const to = endOf(tail.at(-1)!)
  return { body: trimmed(t.slice(0, end + 1)), staff: { type: 'editorLine', children: fillGaps(from, to, credits, factory), position: factory.position(from, to) } }
}

/** Whether the role at `k` opens a field, its colon after it (perhaps after a space): 编辑:邓植元, 通讯员 :高清书. */
const opensField = (tokens: IToken[], k: number): boolean => {
  const next = tokens[k + 1]
  const colon = next !== undefined && tokenMatcher(next, Space) ? tokens[k + 2] : next
  return colon !== undefined && tokenMatcher(colon, Colon)
}

/** Staff fields parted by a semicolon, a comma, a slash or a bar before the next role's colon, or a bar between a role and its names. */
const MARKED_FIELDS = new RegExp(`[;；]|[,，、/${HAN_BAR}${FIELD_BARS}] ?[^\\s,，、;；/${HAN_BAR}${FIELD_BARS}:：]{1,6} ?[:：]|[${FIELD_BARS}]`)
/** A bar between a table's cells. */
const CELL_BAR = new RegExp(`[${FIELD_BARS}]`)
/** A role and a name a bar parts, as a post lists its staff one a line (审核 | 王五, 监制 | 赵六). */
const BARRED_FIELD = new RegExp(`^[${HAN_CLASS}]{1,5} ?[${FIELD_BARS}] ?([${HAN_CLASS}]{2,4})$`)

/**
 * Staff fields a mark parts (责任编辑：张三；校对：李四, 编辑 | 李四) are the story's words, not its desk's line, where the
 * text introduces them with a colon (两人分别写下： / 编辑：王强；校对：刘敏, 片尾字幕显示： / 总导演 | 张三 / 编辑 | 李四),
 * where the story's text stands above them and goes on under them (an announcement's …宣布新一届编辑部负责人名单。 /
 * 主编：张三，责任编辑：李四，校对：王五 / 大会要求…), or where
 * they stand among a table's rows, cells that name no one beside them (职务 | 姓名 / 编辑 | 张三 / 校对 | 李四).
 * (Lines set one under another with no blank line between them are read as one run.)
 */
export const staffFieldsInText: Refinement = (rows) => {
  const read = rows.slice()
  const barred = (j: number) => rows[j] !== undefined && CELL_BAR.test(lineText(rows[j]!.tokens))
  for (let k = 0; k < rows.length; k++) {
    if (rows[k]!.kind !== 'editorLine' || !MARKED_FIELDS.test(lineText(rows[k]!.tokens))) continue
    // (The run of barred lines this one stands in, one straight under another.)
    let [first, last] = [k, k]
    while (first > 0 && rows[first]!.gap === 0 && barred(first - 1) && barred(first)) first--
    while (barred(last) && rows[last + 1]?.gap === 0 && barred(last + 1)) last++
    const above = rows[first - 1]
    const introduced = above !== undefined && INTRODUCES.test(lineText(above.tokens))
    // (The site's other fields in the run, 来源|…, are no table's cells.)
    const table = rows.slice(first, last + 1).some((row) => (row.kind === 'heading' || isStoryText(row)) && !barNamesStaff(row))
    // (In the text's middle, its words above and below: a site's fields under the title, over the text, are its own.)
    const amidText = isStoryText(above) && isStoryText(rows[last + 1])
    if (introduced || amidText || table) for (let j = first; j <= last; j++) if (read[j]!.kind === 'editorLine') read[j] = readAs(rows[j]!, 'body')
    k = last
  }
  return read
}

/** Whether a row of text names one of the staff by a bar, as a post's list does (监制 | 赵六): a name after the bar. */
const barNamesStaff = (row: Row): boolean => {
  const m = BARRED_FIELD.exec(lineText(row.tokens).trim())
  return m !== null && looksLikeName(m[1]!)
}
