/**
 * Closing signatures: who wrote or filed the story, printed at its end.
 *
 *   …全力做好防控工作。(张晔)                  bracketed, after the last sentence
 *   （本报记者葛孟超、张文参与采写）            contributors
 *   （文/图 汪路勇） · （记者 赵敏）            with a role
 *   （編輯：方沛清）1140710                   an editor's closing credit: an editor line, not a
 *                                            signature; the ROC date code after it dates it
 *   ■記者蔡少玲                               a credit line after the body (closingCredit)
 *   …近一个月。本报记者 李银刚 整理              a reporter's credit after the last sentence, no brackets
 *   …服务社区群众。陈建国/林楠                  two or more names after it, no role
 *   （王芳 文 李强 摄） （通讯员 李强 供稿）      names with their works set apart; who supplied the copy
 *   （记者 王芳）（责任编辑：赵敏）              the reporters' bracket, then the desk's: a staff line
 *
 * Everything about the convention is here: the `signature` rule that reads
 * the bracket, how it is split off the paragraph it closes (and the ROC
 * date code with it), what a signature name looks like, and the node a
 * credit line after the body becomes.
 *
 * Where it stands: at an article's end, after its last paragraph; it
 * closes the article (only staff lines may follow it: article := …
 * signature? editorLine*). Outside an article the bracket stays text.
 * (Whole-line closing credits with a source, 陈立希（新华社专稿）, are read by
 * the credit rules' `sourcedCredit`; the page builder places them here.)
 */
import { EOF, tokenMatcher, type IToken } from 'chevrotain'
import type { Credit, EditorLine, Signature, Stamp } from '../../src/types'
import { lineText, type Row } from '../../src/assemble/row'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { endOf, startOf, type NodeFactory } from '../factory'
import { TABLE_BAR, compactText, endsWithEllipsis, trimmed } from '../layout'
import { jumpLineOf } from './jump-line'
import { SOURCE_LABELS } from '../furniture'
import type { BaozhiParser, Dsl } from '../parser'
import { ROC_EPOCH } from '../rules/dates'
import { foundBeforeClose } from '../lookahead'
import { DOTTED_NAME, OUTLET_AFFILIATION, isMade, isWorkPair, namesWritersBody, outletBeforeRole, roleAfterPage, spacedWorkAt, workBeforeRole } from '../rules/credits'
import { namesMediaCentre } from '../rules/inline'
import { MAX_NAME, MIN_NAME, endsLikePlace, gluedNamePair, looksLikeName, paddedName, reportKind } from '../names'
import { fillGaps } from '../rules/inline-nodes'
import type { LineTest } from './construct'
import { Affiliation, Colon, Compiled, Contributed, EditorRole, EnumComma, LParen, Newline, PhotoBy, RParen, RQuote, ReporterRole, Reported, Role, SentenceEnd, Slash, Space, type TokenSet } from '../tokens'
import { TEXT_TOKEN } from '../tokens/text'

/** The broadcasters and agencies a story is reported from, where a name would stand before 报道: （央视报道）, （路透报道）. */
const AGENCY = /^(?:央视|央广|路透|美联|法新|共同|韩联|塔斯)$/

/** The longest bracket, in tokens, that is tried as a signature (eight names with their separators, a role and 参与采写). */
const MAX_SIGNATURE_TOKENS = 40

/** A source's label before the credits in a closing bracket: 来源, 出处, 稿源. */
const SOURCE_FIELD_LABEL = new RegExp(`^(?:${SOURCE_LABELS}|出处)$`)

export function defineSignatureRules($: Dsl & BaozhiParser, t: TokenSet): void {
  /** Whether a role word stands before the bracket closes. */
  const roleAhead = (): boolean => foundBeforeClose((k) => $.LA(k), Role, RParen, MAX_SIGNATURE_TOKENS)
  /** Whether a work and its slash open a credit before its role (文/本报记者 X), not names with no role (图/路欣). */
  const workFirst = (): boolean => workBeforeRole((k) => $.LA(k))
  /**
   * Whether names that read as names, then the works they made as one word
   * to the lexer (文/图), fill the bracket: （赵磊明 曹剑 文/图）; or then a work
   * set apart by a space, each name with its own (（王芳 文 李强 摄）). (（综合 文/图）,
   * （资料 文/图） name no one; （高新区 文/图） names a place.)
   */
  const namesThenWork = (): boolean => {
    for (let k = 1; k <= MAX_SIGNATURE_TOKENS; k++) {
      const token = $.LA(k)
      if (isWorkPair(token)) return k > 1
      if (k > 2 && isMade(token) && tokenMatcher($.LA(k - 1), Space) && (tokenMatcher($.LA(k + 1), Space) || tokenMatcher($.LA(k + 1), RParen))) return true
      const apart = tokenMatcher(token, Space) || tokenMatcher(token, EnumComma)
      if (!apart && !(tokenMatcher(token, t.Text) && looksLikeName(token.image) && !endsLikePlace(token.image))) return false
    }
    return false
  }

  /**
   * The closing credit at the end of a paragraph, in brackets:
   * (张晔), （本报记者葛孟超、张文参与采写）, （文/图 汪路勇）, （編輯：方沛清）;
   * several credits (（通讯员 庞啸 全媒体记者 吕静远）) sign with all their names.
   */
  /**
   * Where the story came from, its field opening the closing bracket before the credits
   * ((出处:中国社会科学报 本报记者 王宙/摄 张微/文), (来源:湖北日报 记者 王芳)): the source, no one's name.
   */
  const signatureSource = $.RULE('signatureSource', () => {
    $.OPTION({
      GATE: () => sourceFieldAhead(),
      DEF: () => {
        $.CONSUME(t.Text, { LABEL: 'label' })
        $.CONSUME(Colon)
        $.CONSUME1(t.Text, { LABEL: 'source' })
        $.CONSUME(Space)
      },
    })
  })
  /** A source's label, its colon, its name and a space, opening a bracket's credits. */
  const sourceFieldAhead = (): boolean =>
    tokenMatcher($.LA(1), t.Text) && SOURCE_FIELD_LABEL.test($.LA(1).image) && tokenMatcher($.LA(2), Colon) && tokenMatcher($.LA(3), t.Text) && tokenMatcher($.LA(4), Space) && roleAhead()

  /** A reporter's role alone before the bracket closes, its paper's word perhaps before it: 本报记者), 记者). */
  const unnamedAhead = (): boolean => {
    const k = tokenMatcher($.LA(1), Affiliation) ? 2 : 1
    return tokenMatcher($.LA(k), ReporterRole) && tokenMatcher($.LA(k + 1), RParen)
  }

  /** The role of a reporter's credit naming no one, with its paper's word: 本报记者. */
  const unnamedRole = $.RULE('unnamedRole', (): string => {
    const affiliation = $.OPTION(() => $.CONSUME(Affiliation))
    const reporter = $.CONSUME(ReporterRole)
    return (affiliation?.image ?? '') + reporter.image
  })

  $.signature = $.RULE('signature', (): Signature => {
    const open = $.CONSUME(LParen)
    $.OPTION(() => $.CONSUME(Space))
    $.SUBRULE(signatureSource)
    let names: string[] = []
    let role: string | undefined
    $.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          // (本报记者), (记者): the reporter's credit naming no one, as a repost or a brief leaves it; the story's
          // signature all the same, its role and no names.
          GATE: unnamedAhead,
          ALT: () => {
            const unnamed = $.SUBRULE(unnamedRole)
            $.ACTION(() => (role = unnamed))
          },
        },
        {
          ALT: () => {
            const credit = $.SUBRULE($.staffCredit)
            $.ACTION(() => ({ names, role } = credit))
          },
        },
        {
          // (Only with a role ahead: （张  晔） is names alone; and not for a name
          // set apart before a credit, （庞啸 记者吕静远）, unless it is an
          // outlet's: （华商网 记者王佳柯）, （大公报记者林静文）.)
          // (文/本报记者 X opens with its work: a credit still. A name glued to the works it made, （张晔文/图）, is the
          // work credit's below: 文/图 is its only role.)
          GATE: () =>
            roleAhead() &&
            !namesThenWork() &&
            (workFirst() || !(tokenMatcher($.LA(1), t.Text) && !tokenMatcher($.LA(2), Role) && outletBeforeRole((k) => $.LA(k)) === 0)),
          ALT: () => {
            const credit = $.SUBRULE($.leadingReporterCredit)
            $.OPTION1(() => $.CONSUME(Contributed))
            $.ACTION(() => ({ names, role } = credit))
          },
        },
        // （陈大春/文、摄）, （赵磊明 文/图）: names with what they made; （文 王芳 图 李强）: works and names set apart.
        {
          GATE: () => foundBeforeClose((k) => $.LA(k), Slash, RParen, MAX_SIGNATURE_TOKENS) || namesThenWork() || spacedWorkAt((k) => $.LA(k), 1, false),
          ALT: () => {
            const credit = $.SUBRULE($.workCredit)
            $.ACTION(() => ({ names, role } = credit))
          },
        },
        // (Two names glued together, longer than a name, alone in the bracket: （周姗姗李丹）.)
        {
          GATE: () => tokenMatcher($.LA(1), t.Text) && tokenMatcher($.LA(2), RParen) && gluedNamePair($.LA(1).image) !== undefined,
          ALT: () => {
            const run = $.CONSUME2(t.Text)
            $.ACTION(() => (names = gluedNamePair(run.image)!))
          },
        },
        { ALT: () => (names = $.SUBRULE($.names)) },
      ],
    })
    // Further credits, each with its role: （通讯员 庞啸 全媒体记者 吕静远）, （庞 啸 全媒体记者吕静远）,
    // or with what they made: （记者 黄梦如/文 程鹏/摄）.
    $.MANY(() => {
      // (A line break too, where a column cut the bracket, with the spacing before it: （庞 啸 ⏎全媒体记者吕静远）.)
      $.MANY2(() => $.OR1([{ ALT: () => $.CONSUME3(Space) }, { ALT: () => $.CONSUME(Newline) }, { ALT: () => $.CONSUME(EnumComma) }]))
      const more = $.OR2({
        // (Both may open with a work and a slash: 文/本报记者 X has a role after it, 图/路欣 has none.)
        IGNORE_AMBIGUITIES: true,
        DEF: [
          // (Another outlet's reporter: （记者 王刚 淄博日报记者 张铭）.)
          { GATE: () => outletBeforeRole((k) => $.LA(k)) > 0, ALT: () => $.SUBRULE1($.outletReporterCredit) },
          // (摄影 names the work too, after another credit: （记者 王芳 摄影/李强）, （记者 王芳 摄影 李强）.)
          { GATE: () => !workFirst(), ALT: () => $.SUBRULE1($.workCredit, { ARGS: [true] }) },
          { ALT: () => $.SUBRULE($.reporterCredit) },
        ],
      })
      $.ACTION(() => {
        // The role is kept only when every name is printed under it.
        if (role !== more.role) role = undefined
        names = [...names, ...more.names]
      })
    })
    $.OPTION2(() => $.CONSUME1(Space))
    // (黄晓彬 柯丽娟 肖打 整理): the names, and that they compiled the item.
    // (Only names that read as names, a full one or several: （图片整理）, （综合 整理）, （文字 整理） are no one's.)
    $.OPTION4({
      GATE: () => names.length > 0 && names.every(looksLikeName) && (names.length > 1 || [...names[0]!].length > MIN_NAME),
      DEF: () => {
        $.CONSUME(Compiled)
        $.OPTION5(() => $.CONSUME4(Space))
      },
    })
    // (李强 供稿): the names, and that they supplied the copy; a role's names too, (通讯员 李强 供稿). (（市教育局供稿）
    // names an office, no one.)
    $.OPTION8({
      GATE: () => names.length > 0 && names.every(looksLikeName) && tokenMatcher($.LA(1), Contributed),
      DEF: () => {
        $.CONSUME1(Contributed)
        $.OPTION9(() => $.CONSUME6(Space))
      },
    })
    // (雪妮报道), (记者 王强 报道): the names, and that they reported the story, as papers in Southeast
    // Asia close their reports. (（综合报道）, （视频报道） say how it was reported, （央视报道） where from: no one.)
    $.OPTION6({
      GATE: () => names.length > 0 && !names.some((name) => reportKind(name) || AGENCY.test(name)),
      DEF: () => {
        $.CONSUME(Reported)
        $.OPTION7(() => $.CONSUME5(Space))
      },
    })
    const close = $.CONSUME(RParen)
    $.OPTION3(() => $.CONSUME2(Space))
    $.CONSUME(EOF)
    return $.ACTION(() => {
      const f = $.ctx.factory
      const node: Signature = {
        type: 'signature',
        names,
        value: f.source(startOf(open), endOf(close)),
        position: f.position(startOf(open), endOf(close)),
      }
      if (role !== undefined) node.role = role
      return node
    })
  })
}

/**
 * A closing credit in brackets on a line of its own under the text
 * ((九江日报记者 黄梦如/文 程鹏/摄) under the last paragraph): the text's
 * signature, so body text — never the title of a story after it, as a
 * short line with no full stop otherwise could be. The paragraph rule
 * splits it off (splitSignature).
 */
export const readClosingBracket: LineTest = ({ tokens, above }, { runner }) => {
  if ((above?.kind !== 'body' && above?.kind !== 'dateline') || !tokenMatcher(tokens[0]!, LParen) || !tokenMatcher(tokens.at(-1)!, RParen)) return undefined
  const signature = bracketSignature(tokens, runner)
  return signature && signature.names.length > 0 && signature.names.every(isSignatureName) ? { kind: 'body' } : undefined
}

/**
 * The signature a closing bracket holds, from its opening bracket to its closing one: its credits or
 * names, or, where the writers' office stands before their names, set apart (（县融媒体中心 张伟）,
 * （市教育局 张伟 李明）, as a contributor signs), the names alone: the office is no one's name.
 */
function bracketSignature(bracket: IToken[], runner: RuleRunner): Signature | undefined {
  const inside = trimmed(bracket.slice(1, -1))
  const [office, apart] = inside
  if (office === undefined || apart === undefined || !tokenMatcher(apart, Space) || !namesOffice(office.image, inside)) return runner.attempt(bracket, (p) => p.signature())
  const signature = runner.attempt([bracket[0]!, ...inside.slice(2), bracket.at(-1)!], (p) => p.signature())
  return signature && signature.names.length > 0 && signature.names.every(looksLikeName) ? signature : undefined
}

/**
 * Whether a word names the body the writers work for, set apart before their names in a closing bracket: an office or
 * a school (市教育局), or, before names with no role (`inside` the bracket), an outlet (恩施日报) or a media centre by
 * its short name (远安融媒, 巴东广电). (Before a role the outlet is the credit's affiliation: （华商网 记者王佳柯）.)
 */
const namesOffice = (word: string, inside: readonly IToken[]): boolean =>
  namesWritersBody(word) || ((OUTLET_AFFILIATION.test(word) || namesMediaCentre(word)) && !inside.some((token) => tokenMatcher(token, Role)))

/**
 * What a note in brackets says when it is a photo's, not a signature: who provided it (（讀者提供）, （通讯员供图）),
 * where it came from (（資料照）, （圖／取自臉書）, （翻攝自臉書）, （视频截图）). (（图/王芳）, the photographer after the photo's
 * word, signs: a work credit.)
 */
const PHOTO_NOTE = /^(?:(?:图 ?[/／:：] ?)?(?:资料照|资料图|翻摄|取自))|(?:提供|供图|截图|资料照片?)$/

/** How an outlet's or an agency's name ends (美联社, 中国时报, 大洋网, 香港电台): no person's. */
const OUTLET_END = /[社报報网網台]$/u
/** Whether a name read in a closing bracket names an outlet or an agency. */
const namesOutlet = (name: string): boolean => OUTLET_END.test(name)

/** A signature name: two to four characters, as names are, or a transliterated name's parts joined by a middle dot (阿不都热依木·买买提). */
export function isSignatureName(name: string): boolean {
  const length = [...name].length
  return (length >= MIN_NAME && length <= MAX_NAME) || DOTTED_NAME.test(name)
}

/** The Central News Agency's closing date code: ROC year, month, day (1021029 = 2013-10-29). */
const ROC_DATE_CODE = /^(1[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$/

/** What closes an article's last paragraph: a signature, or an editor's closing credit. */
export type Closing = Signature | EditorLine

/**
 * The closing stamp of an article, split off its last paragraph: a
 * signature (刘鑫林) after the last sentence, or an editor's closing credit
 * (（編輯：方沛清）), which is an editor line, not a signature; Taiwan's date
 * code after either is its date (（編輯：方沛清）1140710), a bare one after the
 * last sentence is the page's publication stamp (…潛力獎。1021029).
 */
export function splitSignature(
  range: IToken[],
  runner: RuleRunner,
  factory: NodeFactory,
): { body: IToken[]; closing?: Closing; staff?: EditorLine; stamp?: Stamp } {
  let t = trimmed(range)
  const code = t.at(-1)
  const before = t.at(-2)
  const m = code && before && (tokenMatcher(before, SentenceEnd) || tokenMatcher(before, RParen)) ? ROC_DATE_CODE.exec(code.image) : null
  if (!m || !code) {
    const bracketed = splitBracketed(t, runner, factory)
    return bracketed.closing ? bracketed : splitTrailingCredit(t, runner, factory)
  }
  t = trimmed(t.slice(0, -1))
  const { body, closing } = splitBracketed(t, runner, factory)
  const date = { year: Number(m[1]) + ROC_EPOCH, month: Number(m[2]), day: Number(m[3]), raw: factory.source(code.startOffset, endOf(code)) }
  if (!closing) {
    const stamp: Stamp = { type: 'stamp', date, children: runner.inline([code], 'phrase'), position: factory.position(code.startOffset, endOf(code)) }
    return { body: t, stamp }
  }
  const from = closing.position.start.offset!
  const position = factory.position(from, endOf(code))
  if (closing.type === 'editorLine') {
    const credits = closing.children.filter((c): c is Credit => c.type === 'credit')
    return { body, closing: { ...closing, date, children: fillGaps(from, endOf(code), credits, factory), position } }
  }
  return { body, closing: { ...closing, date, value: factory.source(from, endOf(code)), position } }
}

/**
 * A closing credit in brackets after the last sentence: a signature
 * (刘鑫林), or, when it names a desk role (（編輯：方沛清）), an editor line.
 */
function splitBracketed(t: IToken[], runner: RuleRunner, factory: NodeFactory): { body: IToken[]; closing?: Closing; staff?: EditorLine } {
  const last = t.at(-1)
  if (!last || !tokenMatcher(last, RParen)) return { body: t }
  let open = t.length - 2
  while (open >= 0 && !tokenMatcher(t[open]!, LParen) && t.length - open < MAX_SIGNATURE_TOKENS) open--
  if (open < 0 || !tokenMatcher(t[open]!, LParen)) return { body: t }
  let before = open - 1
  while (before >= 0 && tokenMatcher(t[before]!, Space)) before--
  const previous = t[before]
  // (The reporters' bracket, then the desk's: …抓好落实。（记者 王芳）（责任编辑：赵敏）.)
  if (previous && tokenMatcher(previous, RParen)) return signatureThenStaff(t, open, before, runner, factory) ?? { body: t }
  // (After the last sentence, a closing quote or an ellipsis: …心心相印40载…… (记者 施翔).)
  if (previous && !tokenMatcher(previous, SentenceEnd) && !tokenMatcher(previous, RQuote) && !endsWithEllipsis(t, before)) return { body: t }
  // ((下转四版): where the story goes on, no name.)
  if (jumpLineOf(compactText(t.slice(open))) !== undefined) return { body: t }
  const signature = bracketSignature(t.slice(open), runner)
  const body = trimmed(t.slice(0, open))
  const inside = trimmed(t.slice(open + 1, -1))
  if (!signature) return splitReportersAndStaff(t, open, inside, body, runner, factory) ?? { body: t }
  // (An outlet or an agency named alone, （美联社）, （中国时报）: a photo's or a repost's source, no one's signature; so is a
  // photo's note, （讀者提供）, （資料照）, （圖／取自臉書）.)
  if (!signature.names.every(isSignatureName) || (signature.role === undefined && signature.names.every(namesOutlet))) return { body: t }
  if (PHOTO_NOTE.test(lineText(inside).trim())) return { body: t }
  // (The page's word may stand before the staff's role: （本版编辑 李强）.)
  const role = roleAfterPage(inside, 0)
  const staff = role && tokenMatcher(role, EditorRole) ? runner.attempt(inside, (p) => p.staffCredit()) : undefined
  if (!staff) return { body, closing: signature }
  const from = startOf(t[open]!)
  const to = endOf(t.at(-1)!)
  return { body, closing: { type: 'editorLine', children: fillGaps(from, to, [staff], factory), position: factory.position(from, to) } }
}

/**
 * A closing bracket that names the reporters, then the desk's staff
 * ((融媒体记者:段炜   编辑:郑旭  审核:黄炎  终审:罗春生), as county media sites
 * close a story): the reporters sign it, the rest is its staff line.
 * Undefined unless a reporter's credit comes first and staff follow.
 */
function splitReportersAndStaff(
  t: IToken[],
  open: number,
  inside: IToken[],
  body: IToken[],
  runner: RuleRunner,
  factory: NodeFactory,
): { body: IToken[]; closing: Signature; staff: EditorLine } | undefined {
  if (inside.length === 0 || !inside.some((token) => tokenMatcher(token, EditorRole))) return undefined
  const credits = runner.attempt(inside, (p) => p.editorLine())
  if (!credits) return undefined
  const reporters = credits.filter((credit) => namesReporters(credit, inside))
  const staffAt = reporters.length
  if (staffAt === 0 || staffAt === credits.length || !credits.slice(0, staffAt).every((credit) => reporters.includes(credit))) return undefined
  if (!reporters.every((credit) => credit.names.length > 0 && credit.names.every(isSignatureName))) return undefined
  const from = startOf(t[open]!)
  const to = endOf(t.at(-1)!)
  const reportersEnd = reporters.at(-1)!.position.end.offset!
  const staffFrom = credits[staffAt]!.position.start.offset!
  const signature: Signature = {
    type: 'signature',
    names: reporters.flatMap((credit) => credit.names),
    value: factory.source(from, reportersEnd),
    position: factory.position(from, reportersEnd),
  }
  if (reporters.length === 1 && reporters[0]!.role !== undefined) signature.role = reporters[0]!.role
  const staff: EditorLine = { type: 'editorLine', children: fillGaps(staffFrom, to, credits.slice(staffAt), factory), position: factory.position(staffFrom, to) }
  return { body, closing: signature, staff }
}

/**
 * Two closing brackets after the last sentence, the reporters' then the desk's staff's (…抓好落实。（记者 王芳 通讯员
 * 李强）（责任编辑：赵敏）): the first the signature, the second the staff line. Undefined unless the first signs
 * (splitBracketed) and every credit of the second names a staff role.
 */
function signatureThenStaff(t: IToken[], open: number, before: number, runner: RuleRunner, factory: NodeFactory): { body: IToken[]; closing: Signature; staff: EditorLine } | undefined {
  const signed = splitBracketed(t.slice(0, before + 1), runner, factory)
  if (signed.closing?.type !== 'signature' || signed.staff) return undefined
  const inside = trimmed(t.slice(open + 1, -1))
  if (!inside.some((token) => tokenMatcher(token, EditorRole)) || inside.some((token) => tokenMatcher(token, ReporterRole))) return undefined
  const credits = runner.attempt(inside, (p) => p.editorLine())
  if (!credits || credits.length === 0 || credits.some((credit) => credit.names.length === 0)) return undefined
  const [from, to] = [startOf(t[open]!), endOf(t.at(-1)!)]
  return { body: signed.body, closing: signed.closing, staff: { type: 'editorLine', children: fillGaps(from, to, credits, factory), position: factory.position(from, to) } }
}

/** Whether a credit names reporters: a reporter's role word among `tokens` within its span. */
export const namesReporters = (credit: Credit, tokens: readonly IToken[]): boolean =>
  tokens.some((token) => tokenMatcher(token, ReporterRole) && token.startOffset >= credit.position.start.offset! && token.startOffset < credit.position.end.offset!)

/** The fewest names a bare credit glued to the last sentence must give: one bare name could be any word. */
const MIN_TRAILING_NAMES = 2

/**
 * Names after the last sentence with no role, set apart by spaces, / or 、
 * (…服务社区群众。陈建国/林楠, …就没有这样的情况发生。”王星海 耿志清): the
 * reporters' signature, when there are at least two and each reads as a
 * name.
 */
function splitTrailingNames(t: IToken[], from: number, tail: IToken[], factory: NodeFactory): { body: IToken[]; closing?: Closing } {
  // (A two-character name padded to three characters' width, 王　洁, is a name however it stands: the padding is its typesetting.)
  const padded = paddedNameAlone(tail)
  if (padded !== undefined) return { body: trimmed(t.slice(0, from)), closing: signatureOver(tail, [padded], undefined, factory) }
  // (The credit's closing bracket, its opening one lost in a repost, …形成多赢局面。刘永欢、蒋鹏): its brackets say it is a credit.)
  const bracketLost = tail.length > 1 && tokenMatcher(tail.at(-1)!, RParen) && !t.some((token) => tokenMatcher(token, LParen))
  const names: string[] = []
  for (const token of bracketLost ? tail.slice(0, -1) : tail) {
    if (tokenMatcher(token, Space) || tokenMatcher(token, Slash) || tokenMatcher(token, EnumComma)) continue
    if (!looksLikeName(token.image)) return { body: t }
    names.push(token.image)
  }
  // (One name may sign when a space sets it apart from the last sentence, …资料5个。 夏慧, or the bracket closes it.)
  const spaced = from > 0 && tokenMatcher(t[from]!, Space)
  if (names.length < (spaced || bracketLost ? 1 : MIN_TRAILING_NAMES)) return { body: t }
  return { body: trimmed(t.slice(0, from)), closing: signatureOver(tail, names, undefined, factory) }
}

/** A closing credit that is one padded name alone (王　洁, 田 鹏): the name, or undefined. */
const paddedNameAlone = (tail: IToken[]): string | undefined => (tail.length === 3 ? paddedName(tail[0], tail[1], tail[2]) : undefined)

/** The word that says the credit's names photographed the story and reported it. */
const PHOTO_REPORTED = /^摄影报道$/
/**
 * Whether a credit after the last sentence says its reporters photographed the story (记者 李忠 摄影报道): a reporter's
 * role, or names alone that read as names (…车站建设情况。候亚峰 姜永祥 高炼 摄影报道), then 摄影报道.
 */
const photoReported = (tail: IToken[]): boolean =>
  PHOTO_REPORTED.test(lineText(tail.slice(-2))) && (tail.some((token) => tokenMatcher(token, ReporterRole)) || namesOnly(trimmed(tail.slice(0, -2))))
/**
 * Names alone, set apart by spaces, one at least reading as a name and each as long as one (候亚峰 姜永祥 高炼: 候, a
 * rare surname or a slip for 侯, opens the first).
 */
const namesOnly = (tokens: IToken[]): boolean => {
  const words = tokens.filter((token) => !tokenMatcher(token, Space))
  return words.length > 0 && words.every((token) => token.tokenType.name === TEXT_TOKEN && NAME_LENGTH.test(token.image)) && words.some((token) => looksLikeName(token.image))
}
const NAME_LENGTH = new RegExp(`^\\p{Script=Han}{${MIN_NAME},${MAX_NAME}}$`, 'u')

/**
 * The names of a credit after the last sentence that is two photographers' names glued together before 摄 (…等。
 * 杨华沈芳群摄): a run longer than a name, then the photographer's word, split where the second name's surname
 * opens (splitGluedNames), each half reading as a name; else undefined.
 */
function gluedPhotographers(tail: IToken[]): string[] | undefined {
  const [run, by] = tail
  return tail.length === 2 && tokenMatcher(by!, PhotoBy) ? gluedNamePair(run!.image) : undefined
}


/** The most tokens a reporter's credit after the last sentence spans (本报记者 李银刚 整理). */
const MAX_TRAILING_CREDIT_TOKENS = 12

/**
 * A reporter's credit after the last sentence, no brackets
 * (…近一个月。本报记者 李银刚 整理): the signature. It must name a role.
 */
function splitTrailingCredit(line: IToken[], runner: RuleRunner, factory: NodeFactory): { body: IToken[]; closing?: Closing } {
  // (A layout table's bar may close the line after the credit, …等地。 作者:尹雪梅 石磊 |: the credit is read before it.)
  const barred = line.length > 2 && TABLE_BAR.test(line.at(-1)!.image) && tokenMatcher(line.at(-2)!, Space)
  if (!barred) return readTrailingCredit(line, runner, factory)
  const { body, closing } = readTrailingCredit(trimmed(line.slice(0, -1)), runner, factory)
  if (closing?.type !== 'signature') return { body: line }
  // (The bar closes the signature's row: its span takes it in.)
  const [from, to] = [closing.position.start.offset!, endOf(line.at(-1)!)]
  return { body, closing: { ...closing, value: factory.source(from, to), position: factory.position(from, to) } }
}

/** The credit after the last sentence of `t`, as splitTrailingCredit reads it. */
function readTrailingCredit(t: IToken[], runner: RuleRunner, factory: NodeFactory): { body: IToken[]; closing?: Closing } {
  let from = t.length - 1
  const ends = (token: IToken) => tokenMatcher(token, SentenceEnd) || tokenMatcher(token, RQuote)
  while (from > 0 && !ends(t[from - 1]!) && t.length - from < MAX_TRAILING_CREDIT_TOKENS) from--
  // (A paragraph of names alone, 张贻富 石奇峰 under the last one, signs the story too.)
  if (from === 0 && t.length < MAX_TRAILING_CREDIT_TOKENS) return splitTrailingNames(t, 0, t, factory)
  if (from === 0 || !ends(t[from - 1]!)) return { body: t }
  const tail = trimmed(t.slice(from))
  if (tail.length === 0) return { body: t }
  // (Two photographers' names glued together before 摄, …等。 杨华沈芳群摄: they sign the photo news.)
  const glued = gluedPhotographers(tail)
  if (glued) return { body: trimmed(t.slice(0, from)), closing: signatureOver(tail, glued, tail[1]!.image, factory) }
  if (!tail.some((token) => tokenMatcher(token, Role))) return splitTrailingNames(t, from, tail, factory)
  // (After a quote only when it closes a sentence, and the names read as names:
  // …我祝福重庆!”本报记者赵君辉, not …”记者张三问他.)
  const afterQuote = from > 1 && tokenMatcher(t[from - 1]!, RQuote) && tokenMatcher(t[from - 2]!, SentenceEnd)
  if (!tokenMatcher(t[from - 1]!, SentenceEnd) && !afterQuote) return { body: t }
  // (Photographed and reported by them, …手下留情。本报记者李忠摄影报道: the photographers' credit signs it.)
  const credit = runner.attempt(tail, (p) => p.outletReporterCredit()) ?? (photoReported(tail) ? runner.attempt(tail, (p) => p.photoCredit()) : undefined)
  if (!credit) return splitTrailingCredits(t, from, tail, afterQuote, runner, factory)
  if (!credit.names.every(afterQuote ? looksLikeName : isSignatureName)) return { body: t }
  return { body: trimmed(t.slice(0, from)), closing: signatureOver(tail, credit.names, credit.role, factory) }
}

/**
 * Reporters' credits one after another after the last sentence, each with
 * its role (…来自省外的外来务工人员。记者 胡龙召 通讯员 王晓杰): the signature,
 * all their names. (Names that read as names only: 记者 会答问 names no one.)
 */
function splitTrailingCredits(t: IToken[], from: number, tail: IToken[], afterQuote: boolean, runner: RuleRunner, factory: NodeFactory): { body: IToken[]; closing?: Closing } {
  const credits = runner.attempt(tail, (p) => p.byline())
  if (!credits || credits.length < 2 || afterQuote) return { body: t }
  if (!credits.every((credit) => credit.role !== undefined && credit.names.length > 0 && credit.names.every(looksLikeName))) return { body: t }
  const role = credits.every((credit) => credit.role === credits[0]!.role) ? credits[0]!.role : undefined
  return { body: trimmed(t.slice(0, from)), closing: signatureOver(tail, credits.flatMap((credit) => credit.names), role, factory) }
}

/** A credit line after an article's body, read as its signature: ■記者蔡少玲. */
export function closingCredit(row: Row, factory: NodeFactory): Signature {
  const [credit] = row.credits ?? []
  return signatureOver(row.tokens, row.credits?.flatMap((c) => c.names) ?? [], credit?.role, factory)
}

/** A signature spanning `tokens` (a credit printed without brackets), with its names and, where printed, its role. */
function signatureOver(tokens: IToken[], names: string[], role: string | undefined, factory: NodeFactory): Signature {
  const from = startOf(tokens[0]!)
  const to = endOf(tokens.at(-1)!)
  const node: Signature = { type: 'signature', names, value: factory.source(from, to), position: factory.position(from, to) }
  if (role !== undefined) node.role = role
  return node
}
