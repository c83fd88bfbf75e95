/**
 * Datelines: the formula that opens a story.
 *   本报讯 (记者杨峰雷)              a flash source, then bracketed credits
 *   本报北京5月9日电(记者 X)         a wire source, a place, a date ending 电/讯
 *   【本报讯】 【新华社重庆十四日电】   the same in lenticular brackets
 *   (星岛日报报道)                   a flash source in brackets (Hong Kong)
 *   (中央社记者戴雅真台北29日电)       a wire source with its reporter inside (Taiwan)
 *   兰州晚报讯 半岛都市报11月6日讯      any outlet's name as the source (see outletAhead)
 *   西和讯(通讯员梁云霞杨军祥)          a local desk's name and 讯, before credits in brackets
 *   【香港商报讯】记者林丽青报道：       loose credits closed by 报道 after any dateline
 *   千山晚报消息 · 本报消息记者余萍…报道    an outlet's 消息 opening its line, as 讯 (see newsSourceAt); in brackets too, （本报消息）
 *   见习记者 王艺 报道 昨日,…           a line's reporters' credits and 报道, no outlet named
 *   恩施日报全媒体记者 王芳 5月9日,…      or no 报道, the lead's date set apart after the names; the outlet the source
 *   远安融媒(记者 王芳) 宜昌三峡广电讯     a media centre's name, its reporters' bracket after it or 讯
 *   中新网讯 潮新闻客户端讯               a wire source's flash: the source printed whole
 *   (全媒体记者 张生俊) 10月30日,…      a line's reporters' credits in brackets, no outlet named
 * When the dateline has no date, the paragraph rule takes the lead's first
 * date (本报讯 5月10日上午,…) — see grammar/rules/inline.ts.
 */
import { EMPTY_ALT, EOF, tokenMatcher, type IToken, type TokenType } from 'chevrotain'
import type { Credit, Dateline, DateNode } from '../../src/types'
import { endOf, startOf } from '../factory'
import type { BaozhiParser, Dsl } from '../parser'
import {
  According,
  ClauseBreak,
  Dash,
  Colon,
  Comma,
  Affiliation,
  Role,
  DatelineDate,
  DateToken,
  EditorRole,
  EnumComma,
  FlashSource,
  LLenticular,
  LParen,
  LSquare,
  Newline,
  LTortoise,
  Paper,
  Place,
  Slash,
  RLenticular,
  RParen,
  RSquare,
  RTortoise,
  SentenceEnd,
  RelativeDate,
  ReporterRole,
  Reported,
  Space,
  WireEnd,
  WireSource,
  lastLineEnd,
  type TokenSet,
} from '../tokens'
import { HAN_CLASS } from '../han'
import { MAX_NAME, MIN_NAME, looksLikeName, nameRunAhead, namesPersonNotPlace, reportKind, reportKindGlued } from '../names'
import { readDate } from './dates'
import { dateNode, fillGaps } from './inline-nodes'
import { OUTLET_AFFILIATION, PHOTOGRAPHY, anotherOutletsReporterAt, isWorkPair, namesWritersBody, outletBeforeRole, reporterCreditOpens } from './credits'
import { CENTRE_ROLE, MIDDLE_DOT, NAME_GOES_ON, closesFlash, creditsBracketAt, datePlaceEnds, flashOpensWord, gluedOutlet, isFlashEnd, localDeskAhead, looseCompiledAt, newsSourceAt, outletAhead, placeDateAt, placeFlashAt, sitePrefixAhead, slashOrBar, wireDateOpensAt } from './inline'
import { foundBeforeClose } from '../lookahead'
import { AUTHOR_LABEL } from '../furniture'
import { Alnum, Other, TEXT_TOKEN } from '../tokens/text'

/** A paper's name by its ending (经济日报, 四川经济日报). */
const PAPER_NAME = new RegExp(`^[${HAN_CLASS}]{2,12}报$`)
/** The longest place after a paper's name before 讯 (内江, 防城港). */
const MAX_PLACE_AFTER_PAPER = 3
/** A place's name: Han characters only. */
const PLACE_WORD = new RegExp(`^[${HAN_CLASS}]{2,}$`)

/**
 * Where a paper's name, read as tokens, ends and a place after it begins in
 * a run before 讯 (四川 经济日报 | 内江): the index of the place's first
 * token, or 0 when the run is one name (滨州日报/滨州网, 今日开化). The place
 * is Han text of its own token, short.
 */
function paperBeforePlace(name: IToken[]): number {
  for (let j = name.length - 1; j > 0; j--) {
    const paper = name.slice(0, j).map((token) => token.image).join('')
    const place = name.slice(j).map((token) => token.image).join('')
    if (PAPER_NAME.test(paper) && [...place].length <= MAX_PLACE_AFTER_PAPER && PLACE_WORD.test(place)) return j
  }
  return 0
}

/** What the core of a dateline consumed, before it becomes a node. */
interface Core {
  /** 据 in 据新华社电. */
  according?: IToken
  /** The outlet; absent when the dateline names none (〔記者陳彥廷／屏東報導〕: 報導 is no outlet). */
  source?: IToken
  role?: IToken
  names: IToken[][]
  place: IToken[]
  date?: IToken
  /** 电 of a wire dateline without a date. */
  end?: IToken
  /** 報導 closing a reporter's filing line. */
  reported?: IToken
  /** The desk that compiled the report, first of its name (生活中心 of 生活中心／綜合報導): no outlet, but the dateline's. */
  desk?: IToken
  /** 讯 after an outlet's name read as the source (法制晚报讯). */
  sourceEnd?: IToken
}

/** The most tokens a filing line in brackets spans (記者 王五 ／ 連線 報導). */
const MAX_FILED_TOKENS = 12

/** The most tokens a site's name in lenticular brackets spans (台東 電子報). */
const MAX_SITE_TAG_TOKENS = 3

/** A place glued to a name is split off when the name run is this long. */
const GLUED_PLACE_MIN = 4
/** The most tokens searched for the 报道 that closes loose credits. */
const MAX_LOOSE_TOKENS = 24
/** How far back a lead's first token is looked at for the line's start: an indent is shorter. */
const LINE_START_PROBE = 12
/** How far back a site's date and time before the lead are looked for, the line's start with them (2017年04月30日 21:44:00 and a space). */
const STAMP_PROBE = 28
/** What may stand before a lead on its line: spacing, and a bullet. */
const LINE_INDENT = /^[\s\u3000■●◆▲□◎]*$/
/**
 * A photo's credit in brackets closing the words before on the line, then a space: the photo's
 * caption, printed on the lead's line in a listing's teaser (…青睞。(李三祿攝) (記者李三祿報導)…,
 * …祝福。(旅遊處提供) (記者…)): the lead opens its own line after it (caption.ts readCaptionedLead).
 */
const AFTER_PHOTO_CREDIT = /(?:[摄攝]|提供)[)）][\s\u3000]+$/
/**
 * A site's date and time printed before the lead on its line (2017年04月30日 21:44城市快报记者 张清 …): the story's
 * stamp, read as a row of its own (listing-date.ts), the lead opening the line after it.
 */
const AFTER_STAMP = /^[\s\u3000]*[0-9]{4}(?:年|[./-])[0-9]{1,2}(?:月|[./-])[0-9]{1,2}日? [0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})? ?$/

/** How a ministry's, a city government's or a station's short name ends where a name would stand: 文化部, 高市府, 华视. */
const ORGANISATION_ENDING = /[部府视台社]$/
/** The kinds of report a paper's flash in brackets names after its slash: ( 芝加哥時報 / 快訊 ). */
const FLASH_KINDS = /^(?:快讯|简讯|专讯|特讯|讯)$/
/** The paper a site's report comes from, named in brackets after its source: 秦楚网讯(十堰晚报). */
const PAPER_IN_BRACKETS = new RegExp(`^[${HAN_CLASS}]{2,10}(?:日报|晚报|晨报|早报|都市报|商报|时报|快报|报)$`)
/** The most tokens such a paper's name is lexed into (十堰 晚报). */
const MAX_PAPER_TOKENS = 3

/**
 * A site's or paper's name as its tag before the lead: 連網, 大河网, 晋城日报 (traditional forms too: a
 * short text may not be read as traditional). Not a genre's word: 喜报, 捷报, 战报, 图片新闻.
 */
const SITE_TAG = new RegExp(`^(?![${HAN_CLASS}]*(?:喜|捷|战|快|简|画|海|周|情)[报報]$)[${HAN_CLASS}]{1,10}(?:网|網|[${HAN_CLASS}]报|[${HAN_CLASS}]報)$`)
/** A paper's tag with its app or channel after a middle dot: 大河报·豫视频, 大公报·大公文汇全媒体 (the paper's part a SITE_TAG). */
const APP_AFTER_TAG = new RegExp(`^(.+)${MIDDLE_DOT}[${HAN_CLASS}]{2,8}$`)
/** Whether a bracketed tag names a site or a paper, its app perhaps after it (SITE_TAG, APP_AFTER_TAG). */
function namesSiteTag(image: string): boolean {
  const app = APP_AFTER_TAG.exec(image)
  return SITE_TAG.test(app ? app[1]! : image)
}

/** The Latin letter a paper's newsroom or app opens its brand with (e公司, i西安). */
const BRAND_LETTER = /^[A-Za-z]$/
/** The longest brand name after its letter, in characters (公司, 财经, 贝壳财经). */
const MAX_BRAND = 6
/** Whether a paper's newsroom or app, named by a Latin letter and a word, then 讯, stands at the next tokens (e公司讯). */
const deskAhead = (la: (k: number) => IToken | undefined): boolean => {
  const [letter, word, end] = [la(1), la(2), la(3)]
  // (Not 讯 opening a word: 证券时报e公司讯息….)
  return (
    !flashOpensWord(la(4)) &&
    letter !== undefined &&
    tokenMatcher(letter, Alnum) &&
    BRAND_LETTER.test(letter.image) &&
    word !== undefined &&
    word.tokenType.name === TEXT_TOKEN &&
    [...word.image].length <= MAX_BRAND &&
    isFlashEnd(end)
  )
}

/** The paper's own word for itself before its reporter's role: 本报, 本网, 本台. */
const OWN_WORD = /^本/
/** A site's label for who wrote the story, read as a role: 作者, 新闻作者, 文章作者. */
const AUTHOR_ROLE = new RegExp(`${AUTHOR_LABEL}$`)

/** Before 电报导 in a report compiled from the foreign wires: 综合外 (綜合外電報導), 外. */
const FOREIGN_WIRES = /^(?:综合)?外$/
/** The wire's word, 电. */
const WIRE_WORD = '电'

/** A wire date that prints its year. */
const YEAR_IN_DATE = /年/

export function defineDatelineRules($: Dsl & BaozhiParser, t: TokenSet): void {
  const factory = {
    position: (start: number, end: number) => $.ctx.factory.position(start, end),
    source: (start: number, end: number) => $.ctx.factory.source(start, end),
  }

  /** Optional space, then bracketed credits: used as a gate, and read after a flash source's colon. */
  const bracketAfterSpace = $.RULE('bracketAfterSpace', (): Array<Credit | IToken> => {
    $.OPTION(() => $.CONSUME(Space))
    return $.SUBRULE($.bracketCredits)
  })
  const bracketBacktrack = $.BACKTRACK(bracketAfterSpace).bind($)
  /** An opening bracket of credits (round, or lenticular: 本报讯【记者 王建新】) ahead, a space perhaps before it. */
  const opensCredits = (token: IToken) => tokenMatcher(token, LParen) || tokenMatcher(token, LLenticular) || tokenMatcher(token, LSquare) || tokenMatcher(token, LTortoise)
  const bracketAhead = () => (opensCredits($.LA(1)) || (tokenMatcher($.LA(1), Space) && opensCredits($.LA(2)))) && bracketBacktrack()
  /** A colon, then bracketed credits (本报讯:(记者 李博 徐洪波)…): used as a gate after a flash source. */
  const bracketAfterColon = $.RULE('bracketAfterColon', () => {
    $.CONSUME(Colon)
    $.SUBRULE(bracketAfterSpace)
  })
  const colonBracketBacktrack = $.BACKTRACK(bracketAfterColon).bind($)
  /** A flash source's colon before its bracket of credits, as some sites print it: 本报讯:(记者 李博 徐洪波)欢呼…. */
  const colonBracketAhead = () => atFlashEnd() && tokenMatcher($.LA(1), Colon) && colonBracketBacktrack()

  /**
   * Credits without brackets after a flash source, closed by 报道 or by the
   * body: 新快报讯 记者 罗琼 实习生 葛晶 通讯员 王玮 报道; 南都讯 记者 王成波.
   * One name per role unless 、 joins more, so the body is not taken for names.
   */
  const looseCredits = $.RULE('looseCredits', (): Array<Credit | IToken> => {
    const parts: Array<Credit | IToken> = []
    // (本报讯 于雅楠 记者白惠娟报道: a correspondent named with no role before the reporter's credit.)
    $.OPTION8({
      GATE: bareNameBeforeCredit,
      DEF: () => {
        $.OPTION9(() => $.CONSUME5(Space))
        // (One name, read here: the credit rules' names would run on into an outlet's before the role, 于雅楠 眉山日报记者….)
        const name = $.CONSUME5(t.Text)
        $.ACTION(() => {
          const [from, to] = [startOf(name), endOf(name)]
          parts.push({ type: 'credit', names: [factory.source(from, to)], value: factory.source(from, to), position: factory.position(from, to) })
        })
      },
    })
    $.AT_LEAST_ONE({
      GATE: () => (creditAhead() || creditAfterComma()) && !workClosesCredits(),
      DEF: () => {
        $.OPTION7({ GATE: creditAfterComma, DEF: () => $.CONSUME1(EnumComma) })
        $.OPTION(() => $.CONSUME(Space))
        // (本报记者张军建报道：: the paper's own reporter.)
        const own = $.OPTION6({ GATE: ownReporterAhead, DEF: () => $.CONSUME(Affiliation) })
        // 咸宁新闻网讯 咸宁日报记者刘晖报道: the paper the site's reporter works for, before the role.
        const prefix = $.OPTION4({ GATE: () => outletBeforeRole((k) => $.LA(k)) > 0, DEF: () => $.SUBRULE($.outletPrefix) })
        const outlet = own === undefined ? prefix : [own]
        const role = $.CONSUME(ReporterRole)
        // (A slash or the bar may stand between the role and the names: 本报讯 记者丨张三 5月8日，….)
        $.OPTION1(() => $.OR1([{ ALT: () => $.CONSUME1(Space) }, { ALT: () => $.CONSUME(Slash) }]))
        const names: IToken[][] = []
        // A name is no longer than names are: in 记者从市教育局获悉 and
        // 记者从广州地铁获悉 the reporter is the lead's subject. The whole run
        // of text ahead (places included) must fit, so no name is cut short.
        const fits = (run: IToken[]) => run.length > 0 || nameRunAhead((k) => $.LA(k), t.Text, Place) <= MAX_NAME
        const first: IToken[] = []
        $.AT_LEAST_ONE1({ GATE: () => fits(first), DEF: () => first.push($.CONSUME(t.Text)) })
        names.push(first)
        $.MANY({
          // 通讯员冯香婷 王丽君 吴志华报道: before a closing 报道, spaces too separate names.
          GATE: () =>
            (tokenMatcher($.LA(1), EnumComma) && !creditAfterComma()) ||
            (tokenMatcher($.LA(1), Space) &&
              tokenMatcher($.LA(2), t.Text) &&
              nameRunAhead((k) => $.LA(k + 1), t.Text, Place) <= MAX_NAME &&
              // (记者 田林 调查报道: how the story was reported, not a name.)
              !reportKind($.LA(2).image) &&
              // (Nor another outlet's name before its reporter's role: 记者 王刚 淄博日报记者 张铭报道.)
              !anotherOutletsReporterAt((k) => $.LA(k + 1)) &&
              (reportedCloses() || namesCloseCredits())),
          DEF: () => {
          $.OR([{ ALT: () => $.CONSUME(EnumComma) }, { ALT: () => $.CONSUME4(Space) }])
          const more: IToken[] = []
          $.AT_LEAST_ONE2({ GATE: () => fits(more), DEF: () => more.push($.CONSUME1(t.Text)) })
          names.push(more)
          },
        })
        $.ACTION(() => {
          // (记者田林核实报道: the report's kind glued to the name before 报道 is not the name's.)
          const last = names.at(-1)!.at(-1)!
          const kind = tokenMatcher($.LA(1), Reported) ? reportKindGlued(last.image) : 0
          const end = endOf(last) - kind
          const from = outlet?.length ? startOf(outlet[0]!) : startOf(role)
          const credit: Credit = {
            type: 'credit',
            // (The role as printed, the outlet before it included: 南国都市报记者.)
            role: factory.source(from, endOf(role)),
            names: names.map((n, k) => factory.source(startOf(n[0]!), k === names.length - 1 ? end : endOf(n.at(-1)!))),
            value: factory.source(from, end),
            position: factory.position(from, end),
          }
          if (outlet?.length) credit.affiliation = factory.source(startOf(outlet[0]!), endOf(outlet.at(-1)!))
          parts.push(credit)
        })
      },
    })
    // 本报讯 记者 王芳 文/图 近日，…: what the reporters made, after their names, before the lead (the dateline's text).
    const work = $.SUBRULE(workAfterNames)
    if (work) parts.push(work)
    $.OPTION2({
      // (Reported second: a space or 摄影 before it.)
      GATE: () => tokenMatcher($.LA(1), Reported) || (tokenMatcher($.LA(2), Reported) && (tokenMatcher($.LA(1), Space) || photographyAt(1))),
      DEF: () => {
        $.OPTION3(() => $.CONSUME2(Space))
        // (…张伟科摄影报道: photographed and reported.)
        $.OPTION5({ GATE: () => photographyAt(1), DEF: () => parts.push($.CONSUME(EditorRole)) })
        parts.push($.CONSUME(Reported))
      },
    })
    return parts
  })
  /**
   * Whether what the reporters made (文/图) stands ahead, after their names, a space perhaps before it, and no name after
   * it: it closes their credits (本报讯 记者 王芳 文/图 近日，…), opening none (文/图 记者 王芳 is a credit).
   */
  function workClosesCredits(): boolean {
    const at = tokenMatcher($.LA(1), Space) ? 2 : 1
    if (!isWorkPair($.LA(at))) return false
    const next = tokenMatcher($.LA(at + 1), Space) ? $.LA(at + 2) : $.LA(at + 1)
    return !tokenMatcher(next, Role) && !tokenMatcher(next, Affiliation) && !(tokenMatcher(next, t.Text) && looksLikeName(next.image))
  }
  /** The work after the reporters' names that closes their credits (workClosesCredits), if any. */
  const workAfterNames = $.RULE('workAfterNames', (): IToken | undefined =>
    $.OPTION({
      GATE: workClosesCredits,
      DEF: () => {
        $.OPTION1(() => $.CONSUME(Space))
        return $.CONSUME(ReporterRole)
      },
    }),
  )
  /** Whether the token `k` ahead is 摄影, the photographer's word (read as a staff role). */
  const photographyAt = (k: number) => tokenMatcher($.LA(k), EditorRole) && $.LA(k).image === PHOTOGRAPHY
  const looseBacktrack = $.BACKTRACK(looseCredits).bind($)
  /** A reporter's role ahead, after `from` tokens, a space perhaps before it. */
  const roleAhead = (from = 0) => tokenMatcher($.LA(from + 1), ReporterRole) || (tokenMatcher($.LA(from + 1), Space) && tokenMatcher($.LA(from + 2), ReporterRole))
  /** The paper's own reporter ahead: 本报 and the role (本报记者). */
  const ownReporterAhead = (at = 0) => tokenMatcher($.LA(at + 1), Affiliation) && tokenMatcher($.LA(at + 2), ReporterRole)
  /**
   * A reporter's credit ahead, after `from` tokens: the role, the paper's own 本报 before it, or an outlet's
   * name the vocabulary does not list (咸宁日报记者).
   */
  const creditAhead = (from = 0) => {
    const la = (k: number) => $.LA(from + k)
    if (roleAhead(from)) return true
    const at = tokenMatcher(la(1), Space) ? 1 : 0
    if (ownReporterAhead(from + at)) return true
    const length = outletBeforeRole((k) => la(k + at))
    const next = tokenMatcher(la(at + length + 1), Space) ? at + length + 2 : at + length + 1
    return length > 0 && tokenMatcher(la(next), ReporterRole)
  }
  /** Another outlet's reporters after an enumeration comma: 三秦都市报记者张军建、陕西台记者华林、杜鹏报道. */
  const creditAfterComma = () => tokenMatcher($.LA(1), EnumComma) && creditAhead(1)
  /**
   * Whether the names ahead, each a person's, set apart by spaces (or 、), close their credits with no 报道 after them:
   * the lead's date follows a space (本报讯 记者 王芳 李强 近日，…), or the next role (… 通讯员 李强 张伟 近日，…),
   * or the line ends (本报讯 记者 王芳 李强). Else one name per role: the lead's own words may follow the name.
   */
  function namesCloseCredits(): boolean {
    for (let k = 1; k <= MAX_LOOSE_TOKENS; k += 2) {
      const [gap, word] = [$.LA(k), $.LA(k + 1)]
      if (!tokenMatcher(gap, Space) && !tokenMatcher(gap, EnumComma)) return k > 1 && (gap.tokenType === EOF || tokenMatcher(gap, Newline))
      if (k > 1 && tokenMatcher(gap, Space) && (leadDateAt(k + 1) || tokenMatcher(word, ReporterRole) || tokenMatcher(word, Newline))) return true
      if (!namesPersonAt(word)) return false
    }
    return false
  }

  /** Whether the lead's date stands at token `k`, its sentence going on after it on the line (5月9日，…, 近日，…). */
  function leadDateAt(k: number): boolean {
    const date = $.LA(k)
    const after = $.LA(k + 1)
    return (tokenMatcher(date, DateToken) || tokenMatcher(date, RelativeDate)) && after.tokenType !== EOF && !tokenMatcher(after, Newline) && !tokenMatcher(after, Space)
  }

  /**
   * Whether reporters' credits opening the line close before the lead's date with no 报道, a space between
   * (记者 王芳 5月9日，…, 恩施日报全媒体记者 王芳 通讯员 李强 近日，…): an outlet's name perhaps before the first role,
   * each role's names a person's. (记者王芳5月9日从…获悉: no space sets the credits apart, the reporter is the lead's subject.)
   */
  function creditsCloseBeforeDate(): boolean {
    let named = false
    for (let k = outletBeforeRole((j) => $.LA(j)) + 1; k <= MAX_LOOSE_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Space) || (named && tokenMatcher(token, EnumComma))) {
        if (named && tokenMatcher(token, Space) && leadDateAt(k + 1)) return true
        continue
      }
      // (作者 王芳 2024年5月9日来源：… is a site's fields, the author's label among them.)
      if (tokenMatcher(token, ReporterRole) && AUTHOR_ROLE.test(token.image)) return false
      // (Or the date glued to the last name, 报道 and its colon after it: 东方网记者刘轶琳5月10日报道：…, the lead's date.)
      if (named && tokenMatcher(token, DateToken) && tokenMatcher($.LA(k + 1), Reported) && tokenMatcher($.LA(k + 2), Colon)) return true
      if (tokenMatcher(token, ReporterRole) || (!named && tokenMatcher(token, Affiliation))) named = false
      else if (namesPersonAt(token) && (tokenMatcher($.LA(k - 1), ReporterRole) || tokenMatcher($.LA(k - 1), Space) || tokenMatcher($.LA(k - 1), EnumComma))) named = true
      else return false
    }
    return false
  }

  /**
   * How many tokens ahead name the outlet before a reporter's role, read as the dateline's source (三秦都市报 of
   * 三秦都市报记者张军建报道：), or 0: a media centre's place is no outlet of its own, the lexer reading the centre in
   * the role (利川市 融媒体中心记者 王芳: the role as printed, 利川市融媒体中心记者).
   */
  function outletSourceLength(): number {
    let length = outletBeforeRole((k) => $.LA(k))
    // (The bar or slash setting the outlet apart from the role is no part of its name: 北京日报客户端｜记者 王芳.)
    while (length > 0 && (tokenMatcher($.LA(length), Space) || slashOrBar($.LA(length)))) length--
    return $.LA(length + 1).image === CENTRE_ROLE ? 0 : length
  }

  /** Whether the token just read closes a flash source (本报讯, or 讯 after an outlet's name). */
  // (本报北京5月9日讯 记者王芳 …: a dated source's 讯 too.)
  const atFlashEnd = () => tokenMatcher($.LA(0), FlashSource) || closesFlash($.LA(0))
  const afterFlash = () => atFlashEnd() || paperNamed

  /** Whether the dateline just named its paper in brackets (秦楚网讯(十堰晚报)): credits may follow as after a flash source. */
  let paperNamed = false
  /** At a flash source's end, the paper its site reports for, in brackets and alone there: (十堰晚报). */
  const paperAhead = (): boolean => {
    if (!atFlashEnd() || !tokenMatcher($.LA(1), LParen)) return false
    let image = ''
    for (let k = 2; k <= MAX_PAPER_TOKENS + 1; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, RParen)) return k > 2 && PAPER_IN_BRACKETS.test(image)
      if (!(tokenMatcher(token, t.Text) || tokenMatcher(token, Place))) return false
      image += token.image
    }
    return false
  }
  /**
   * Loose credits: after a flash source, or after any other dateline when
   * 报道 closes them (本报深圳5月15日电 记者姜天骄报道：, 【香港商报讯】记者林丽青报道：),
   * so a lead that opens with 记者 (记者从市教育局获悉) is not taken for one.
   */
  const looseAhead = () => (creditAhead() || bareNameBeforeCredit()) && (afterFlash() || reportedCloses()) && looseBacktrack()

  /**
   * A name alone, reading as a person's (not a place's), set apart before a reporter's credit that 报道
   * closes: 本报讯 于雅楠 记者白惠娟报道, the correspondent named with no role of their own.
   */
  function bareNameBeforeCredit(): boolean {
    const at = tokenMatcher($.LA(1), Space) ? 1 : 0
    const name = $.LA(at + 1)
    if (!tokenMatcher(name, t.Text) || !namesPersonNotPlace(name.image)) return false
    return tokenMatcher($.LA(at + 2), Space) && creditAhead(at + 2) && reportedCloses()
  }

  /** Whether a token is text that reads as a person's name: not a place's (namesPersonNotPlace), nor a writers' body's (本报评论员). */
  const namesPersonAt = (token: IToken): boolean => tokenMatcher(token, t.Text) && namesPersonNotPlace(token.image) && !namesWritersBody(token.image)

  /**
   * Names alone closed by 报道 after a flash source, as military papers credit their correspondents (本报讯 杨森、周志刚报道:7月中旬…,
   * 本报讯 尤英飞报道：…): each a person's name, 、 or spaces between them, the lead set apart after 报道 (a colon, a space, its
   * date). Not the lead's own words: 本报讯 据报道, 本报讯 近日有媒体报道 name no one.
   */
  function reportingNamesAhead(): boolean {
    if (!afterFlash()) return false
    let named = 0
    for (let k = 1; k <= MAX_LOOSE_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Reported)) return named > 0 && leadAfterReported()
      if (tokenMatcher(token, Space) || (named > 0 && tokenMatcher(token, EnumComma))) continue
      if (!namesPersonAt(token)) return false
      named++
    }
    return false
  }

  /** The names reportingNamesAhead finds and their 报道: one credit, its role the printed 报道, as a photographer's is 摄. */
  const reportingNames = $.RULE('reportingNames', (): Array<Credit | IToken> => {
    const names: IToken[] = []
    $.OPTION(() => $.CONSUME(Space))
    $.AT_LEAST_ONE(() => {
      names.push($.CONSUME(t.Text))
      $.OPTION1(() => $.OR([{ ALT: () => $.CONSUME(EnumComma) }, { ALT: () => $.CONSUME1(Space) }]))
    })
    const reported = $.CONSUME(Reported)
    return $.ACTION(() => {
      const [from, to] = [startOf(names[0]!), endOf(reported)]
      const credit: Credit = {
        type: 'credit',
        role: reported.image,
        names: names.map((name) => name.image),
        value: factory.source(from, to),
        position: factory.position(from, to),
      }
      return [credit, reported]
    })
  })

  /**
   * The part of `before`, the `probe` characters the input prints before offset `at`, on the line of `at`: undefined
   * where that line starts further back.
   */
  function onLine(before: string, at: number, probe: number): string | undefined {
    const broken = lastLineEnd(before)
    return broken >= 0 || at <= probe ? before.slice(broken + 1) : undefined
  }

  /**
   * Whether the token ahead opens its line, only spacing or a bullet before it: credits
   * alone open a lead there, not after other text (晨报９６１０１现场新闻 记者 姚锦波 报道,
   * where an outlet this grammar does not know is named first). Or a photo's credit before it
   * (AFTER_PHOTO_CREDIT), or a site's date and time alone (AFTER_STAMP).
   */
  function opensLine(k = 1): boolean {
    const at = startOf($.LA(k))
    const before = $.ctx.factory.source(Math.max(0, at - LINE_START_PROBE), at)
    const indent = onLine(before, at, LINE_START_PROBE)
    if ((indent !== undefined && LINE_INDENT.test(indent)) || AFTER_PHOTO_CREDIT.test(before)) return true
    const stamp = onLine($.ctx.factory.source(Math.max(0, at - STAMP_PROBE), at), at, STAMP_PROBE)
    return stamp !== undefined && AFTER_STAMP.test(stamp)
  }

  /** Whether a reporter's credits in brackets open the line, and the lead's text goes on after them. */
  function creditsOpenLead(): boolean {
    if (!tokenMatcher($.LA(1), LParen)) return false
    const at = tokenMatcher($.LA(2), Space) ? 3 : 2
    const first = $.LA(at)
    // (An outlet's name the vocabulary does not list may stand before the role: (健康时报记者尹薇)魏则西事件….)
    if (!tokenMatcher(first, ReporterRole) && !tokenMatcher(first, Affiliation) && outletBeforeRole((k) => $.LA(at - 1 + k)) === 0) return false
    for (let k = 3; k <= MAX_LOOSE_TOKENS; k++) {
      const token = $.LA(k)
      if (token.tokenType === EOF || tokenMatcher(token, LParen)) return false
      if (!tokenMatcher(token, RParen)) continue
      const after = tokenMatcher($.LA(k + 1), Space) ? $.LA(k + 2) : $.LA(k + 1)
      return after.tokenType !== EOF && bracketBacktrack()
    }
    return false
  }

  /**
   * Whether the lead goes on after the 报道 that closes the credits ahead, on
   * the same line and set apart from it: by a space, a colon or the lead's
   * date (记者王艺报道的这起事件…, 记者王艺报道称…: 报道 is the sentence's verb).
   */
  function leadAfterReported(): boolean {
    for (let k = 1; k <= MAX_LOOSE_TOKENS; k++) {
      if (!tokenMatcher($.LA(k), Reported)) continue
      const next = $.LA(k + 1)
      const after = tokenMatcher(next, Space) || tokenMatcher(next, Colon) ? $.LA(k + 2) : next
      const apart = after !== next || tokenMatcher(next, DateToken) || tokenMatcher(next, RelativeDate)
      return apart && after.tokenType !== EOF && !tokenMatcher(after, RParen)
    }
    return false
  }

  /**
   * Whether every name in the run of credits ahead, before its 报道, reads as a person's: 本报记者此前报道：…,
   * 记者多次报道：… name no one (a time, an adverb), nor does a report's kind alone (本报记者调查报道).
   * (An outlet's name before a role is no name: 三秦都市报记者…, 河北日报、河北新闻网记者….)
   */
  function namesBeforeReported(): boolean {
    let named = false
    for (let k = outletBeforeRole((j) => $.LA(j)) + 1; k <= MAX_LOOSE_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Reported)) return named
      if (!tokenMatcher(token, t.Text)) continue
      const next = tokenMatcher($.LA(k + 1), Space) ? $.LA(k + 2) : $.LA(k + 1)
      if (tokenMatcher(next, ReporterRole)) continue
      // (记者 田林 调查报道: the report's kind set apart before 报道.)
      if (tokenMatcher(next, Reported) && reportKind(token.image)) continue
      const kind = tokenMatcher($.LA(k + 1), Reported) ? reportKindGlued(token.image) : 0
      if (!looksLikeName(token.image.slice(0, token.image.length - kind))) return false
      named = true
    }
    return false
  }

  /**
   * Whether the words after the brackets closing ahead cite them as a report's title, not a lead going on
   * (〔記者 鄭江洛報導〕一文刊出後…, …所述的情況, …中指出).
   */
  function citedAfter(close: TokenType): boolean {
    for (let k = 1; k <= MAX_FILED_TOKENS + 2; k++) {
      if (!tokenMatcher($.LA(k), close)) continue
      return CITING.test($.LA(k + 1).image)
    }
    return false
  }

  /** Whether the run of credits ahead (roles, names, spaces, 、) is closed by 报道. */
  function reportedCloses(): boolean {
    for (let k = 1; k <= MAX_LOOSE_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Reported)) return true
      const inCredits =
        tokenMatcher(token, Space) || tokenMatcher(token, ReporterRole) || tokenMatcher(token, t.Text) ||
        tokenMatcher(token, Place) || tokenMatcher(token, EnumComma) ||
        // (An outlet's name before a role: 本报记者, 三秦都市报记者; a slash joining two, 扬子晚报/紫牛新闻记者 — not a filing's
        // slash before its place, 記者吳文欽/高雄報導.)
        tokenMatcher(token, WireSource) || tokenMatcher(token, Paper) || tokenMatcher(token, Affiliation) ||
        (tokenMatcher(token, Slash) && tokenMatcher($.LA(k + 2), ReporterRole))
      if (!inCredits) return false
    }
    return false
  }

  /** Whether a slash stands before the 】 that closes the brackets (【記者王五／連線報導】). */
  const slashBeforeClose = (): boolean => foundBeforeClose((k) => $.LA(k), Slash, closer, MAX_FILED_TOKENS)

  /**
   * A site's or paper's name alone in lenticular brackets before a date opening the lead, 【連網】1月29日,
   * or before its reporter filing from a place, 【台東電子報】記者 楊伊杏/台東報導. (`from`: where the name
   * starts, the token after the opening bracket.)
   */
  const siteTagAhead = (from = 1): boolean => {
    const length = siteTagLength(from)
    if (length === 0) return false
    // (The issue's date in the tag: the lead's sentence after the brackets, however it opens.)
    const dated = issueDateAt(from + length)
    if (dated > 0) return clauseOnLine(from + length + dated + 1)
    // (A space may follow the brackets: 【南阳网】 记者王丽/南阳报道.)
    const at = from + length + (tokenMatcher($.LA(from + length + 1), Space) ? 2 : 1)
    const after = $.LA(at)
    // (The date opens the lead's sentence: 【連網】1月29日航拍的…; not a page's label, 【郑州晚报】今日导读. Or the
    // reporters' bracket does, as after 本报讯: 【大河报·豫视频】（记者 王芳）5月9日，….)
    return ((tokenMatcher(after, DateToken) || tokenMatcher(after, RelativeDate)) && clauseOnLine(at + 1)) || filedAfterTag(at) || (creditsBracketAt((k) => $.LA(k), at) && clauseOnLine(at + 1))
  }

  /** The most tokens looked along a line for a clause's mark. */
  const MAX_CLAUSE_PROBE = 40

  /** Whether a clause's or a sentence's mark stands on the line from `k` on: the words there are a sentence's. */
  function clauseOnLine(k: number): boolean {
    for (let j = k; j < k + MAX_CLAUSE_PROBE; j++) {
      const token = $.LA(j)
      if (tokenMatcher(token, ClauseBreak) || tokenMatcher(token, SentenceEnd)) return true
      if (tokenMatcher(token, Newline) || token.tokenType === EOF) return false
    }
    return false
  }

  /** How many tokens the site's name in the brackets spans (連網; 台東 電 子報, a place and words), or 0. */
  function siteTagLength(from = 1): number {
    let image = ''
    for (let k = 1; k <= MAX_SITE_TAG_TOKENS + 1; k++) {
      const token = $.LA(from + k - 1)
      // (The paper's issue date may close the tag, a space before it: [中国石油报 2010年12月15日].)
      if (tokenMatcher(token, closer) || (k > 1 && issueDateAt(from + k - 1) > 0)) return k > 1 && namesSiteTag(image) ? k - 1 : 0
      // (A middle dot between the paper's tag and its app's: 大河报·豫视频.)
      const dot = k > 1 && tokenMatcher(token, Other) && token.image === MIDDLE_DOT
      if (!dot && !tokenMatcher(token, t.Text) && !tokenMatcher(token, Place) && !tokenMatcher(token, WireEnd)) return 0
      image += token.image
    }
    return 0
  }

  /**
   * How many tokens at `k` hold the issue's full date closing a site's tag, a space before it ([中国石油报 2010年12月15日]:
   * a repost cites the paper and the day it printed the story), or 0. A full date only, the year in it.
   */
  function issueDateAt(k: number): number {
    const at = tokenMatcher($.LA(k), Space) ? k + 1 : k
    const date = $.LA(at)
    return at > k && tokenMatcher(date, DateToken) && YEAR_IN_DATE.test(date.image) && tokenMatcher($.LA(at + 1), closer) ? at - k + 1 : 0
  }

  /** Whether a reporter's credit, a slash, a place and 报导 follow the site's tag at `k` (記者 楊伊杏/台東報導). */
  const filedAfterTag = (k: number): boolean => tokenMatcher($.LA(k), ReporterRole) && foundBeforeClose((j) => $.LA(j + k - 1), Slash, Reported, MAX_FILED_TOKENS)

  /** Whether the brackets hold a desk's compiled report: [desk ／] 综合 报导 】. */
  const compiledAhead = (from = 1, close: TokenType = closer): boolean => {
    for (let k = from; k < from + MAX_FILED_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Reported)) return reportKind($.LA(k - 1).image) && tokenMatcher($.LA(k + 1), close) && (k === from + 1 || tokenMatcher($.LA(k - 2), Slash))
      if (tokenMatcher(token, close) || token.tokenType === EOF) return false
    }
    return false
  }

  /**
   * Whether tortoise-shell or round brackets round a desk's compiled report open the line: 〔即時新聞／綜合報導〕, （綜合報導）
   * (in lenticular ones the alternatives read it wherever they stand).
   */
  const compiledInAhead = (open: TokenType, close: TokenType): boolean => tokenMatcher($.LA(1), open) && compiledAhead(2, close) && opensLine()
  const tortoiseCompiledAhead = (): boolean => compiledInAhead(LTortoise, RTortoise)
  const roundCompiledAhead = (): boolean => compiledInAhead(LParen, RParen)

  /**
   * A desk's compiled report, no reporter named: [the desk ／] the report's kind and 报导 (國際中心／綜合報導, 綜合報導), in
   * brackets or opening the lead's line with none (looseCompiledAhead). The kind stands where a place would (buildDateline
   * reads it so); the desk's name is the dateline's (its span), no outlet.
   */
  const compiledReport = $.RULE('compiledReport', (): Core => {
    const desk: IToken[] = []
    $.OPTION(() => {
      $.AT_LEAST_ONE(() => desk.push($.OR([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }])))
      $.CONSUME(Slash)
    })
    const kind = $.CONSUME1(t.Text)
    const reported = $.CONSUME(Reported)
    return { names: [], place: [kind], reported, desk: desk[0] }
  })

  /** Whether a desk's compiled report with no brackets opens the line: 生活中心／綜合報導 … (looseCompiledAt). */
  const looseCompiledAhead = (): boolean => opensLine() && looseCompiledAt((k) => $.LA(k))

  /** An outlet's name and 消息 opening the lead, then its credits: 千山晚报消息 …, 本报消息记者余萍通讯员何庆报道…. */
  const newsSource = $.RULE('newsSource', (): { core: Core; credits: Array<Credit | IToken> } => {
    const core: Core = { names: [], place: [] }
    let credits: Array<Credit | IToken> = []
    $.OR([
      {
        // 本报 and 消息, two words to the lexer.
        GATE: () => tokenMatcher($.LA(1), WireSource),
        ALT: () => {
          core.source = $.CONSUME(WireSource)
          core.sourceEnd = $.CONSUME(t.Text)
        },
      },
      {
        // 澳门晚报消息: the paper's place, a word of its own, then the rest of its name and 消息.
        GATE: () => tokenMatcher($.LA(1), Place),
        ALT: () => {
          core.source = $.CONSUME(Place)
          core.sourceEnd = $.CONSUME2(t.Text)
        },
      },
      {
        ALT: () => {
          core.source = $.CONSUME1(t.Text)
          // (北欧绿色邮报网报道(记者陈雪霏): the outlet's 报道 where others print 消息.)
          $.OPTION1(() => (core.sourceEnd = $.CONSUME(Reported)))
        },
      },
    ])
    $.OR1([
      {
        GATE: bracketAhead,
        ALT: () => {
          $.OPTION(() => $.CONSUME(Space))
          credits = $.SUBRULE($.bracketCredits)
        },
      },
      { GATE: () => roleAhead() && reportedCloses(), ALT: () => (credits = $.SUBRULE(looseCredits)) },
      { ALT: () => {} },
    ])
    return { core, credits }
  })

  /** Words that cite a bracketed filing line as a report's title: 一文, 所述, 中 (指出), 的. */
  const CITING = /^(?:一文|所述|文中|中|的)/

  /** A place's name by its ending: 嘉义县, 台中市, 北屯区. */
  const PLACE_ENDING = /[县縣市区區镇鎮乡鄉省州]$/

  /** The place a filing line names and its 報導, closing it: 屏東報導, 埔里 報導. */
  const filedPlace = $.RULE('filedPlace', (): { place: IToken[]; reported: IToken } => {
    const place: IToken[] = []
    $.AT_LEAST_ONE(() => place.push($.OR([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }])))
    $.OPTION(() => $.CONSUME(Space))
    const reported = $.CONSUME(Reported)
    return { place, reported }
  })

  /**
   * A reporter's credit, a slash, the place and 报导: 記者陳彥廷／屏東報導, spaced on some sites (記者:林家慶 / 嘉義縣 報導).
   * In a filing line's brackets opening the line the place may be glued to the names, one the vocabulary
   * knows, 報導 straight after it: 〔記者孫義方台中報導〕 (`bracketed`).
   */
  const filedFrom = $.RULE('filedFrom', (bracketed?: boolean) => {
    const credit = $.SUBRULE($.reporterCredit)
    // (A name of two characters at least: in 〔記者林嘉義報導〕 the place the vocabulary knows is the name's end.)
    const glued = () => bracketed === true && tokenMatcher($.LA(1), Place) && tokenMatcher($.LA(2), Reported) && credit.names.every((name) => [...name].length >= MIN_NAME)
    $.OR1([
      {
        ALT: () => {
          $.OPTION(() => $.CONSUME(Space))
          $.CONSUME(Slash)
          // (Spaced, only before a place the vocabulary knows or a place's name by its ending: 記者 張三 / 李四 報導
          // names two reporters.)
          $.OPTION1({ GATE: () => tokenMatcher($.LA(2), Place) || PLACE_ENDING.test($.LA(2).image), DEF: () => $.CONSUME1(Space) })
        },
      },
      { GATE: glued, ALT: EMPTY_ALT() },
    ])
    return { credit, ...$.SUBRULE(filedPlace) }
  })

  /** The outlet named before its reporter's credit, a slash or a space after it or none: 聯合報／, 台灣好新聞 , 自由時報. */
  const filingOutlet = $.RULE('filingOutlet', () => {
    const outlet = $.SUBRULE($.outletName)
    $.OPTION(() => $.OR([{ ALT: () => $.CONSUME(Slash) }, { ALT: () => $.CONSUME(Space) }]))
    return outlet
  })

  /** Where the reporter's role stands after an outlet's name opening the filing (2, or 3 past a slash or a space), or 0. */
  function roleAfterFilingOutlet(): number {
    const outlet = $.LA(1)
    if (!(tokenMatcher(outlet, t.Text) && OUTLET_AFFILIATION.test(outlet.image)) && !tokenMatcher(outlet, Paper)) return 0
    const role = tokenMatcher($.LA(2), Slash) || tokenMatcher($.LA(2), Space) ? 3 : 2
    return tokenMatcher($.LA(role), ReporterRole) ? role : 0
  }

  /**
   * A reporter filing from a place, the outlet before the credit where the paper names it: 記者陳彥廷／屏東報導,
   * 聯合報／記者王芳／台北即時報導 (as the paper's site opens a story), 〔自由時報記者王芳／台北報導〕.
   */
  const filedFromOutlet = $.RULE('filedFromOutlet', (bracketed?: boolean) => {
    // (Unbracketed, only with the slash: 2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導 is the site's line of the story's fields.)
    const outlet = $.OPTION({
      GATE: () => roleAfterFilingOutlet() > 0 && (tokenMatcher($.LA(0), LTortoise) || tokenMatcher($.LA(2), Slash)),
      DEF: () => $.SUBRULE(filingOutlet),
    })
    return { outlet, ...$.SUBRULE(filedFrom, { ARGS: [bracketed] }) }
  })

  /**
   * An outlet's reporter filing in brackets, the outlet named first: 【欧洲时报记者田皓雪子报道】 (the place within the
   * credit), 【自由時報記者王芳／台北報導】 (after a slash). The outlet's token, and the filing.
   */
  const outletFiling = $.RULE('outletFiling', () => {
    const outlet = $.SUBRULE(filingOutlet)
    const filed = $.OR1([{ GATE: () => filedWithinAhead(), ALT: () => $.SUBRULE(filedWithin) }, { ALT: () => $.SUBRULE(filedFrom) }])
    return { outlet, filed }
  })

  /**
   * Whether an outlet's reporter files in the brackets, the outlet first, a slash or a space after it or none:
   * 【欧洲时报记者田皓雪子报道】, 【聯合報／記者王芳／台北報導】.
   */
  function outletFilingAhead(): boolean {
    const role = roleAfterFilingOutlet()
    return role > 0 && (filedWithinAhead(role) || foundBeforeClose((k) => $.LA(k), Slash, closer, MAX_FILED_TOKENS, role + 1))
  }

  /**
   * Whether a name alone opens the brackets, a person's (not a place's), then a slash, a place and 報導 closing them:
   * 【柏原祥/埔里報導】 (not a desk's compiled report, 【國際中心／綜合報導】, read before; nor an office filing, 【林業署/南投報導】);
   * or the place the vocabulary knows glued to the name, no slash: 【林宜瑩台北報導】.
   */
  function namedFilingAhead(): boolean {
    const name = $.LA(1)
    if (!namesPersonAt(name) || ORGANISATION_ENDING.test(name.image)) return false
    if (tokenMatcher($.LA(2), Place) && tokenMatcher($.LA(3), Reported)) return tokenMatcher($.LA(4), closer)
    const slash = tokenMatcher($.LA(2), Space) ? 3 : 2
    if (!tokenMatcher($.LA(slash), Slash)) return false
    for (let k = slash + 1; k <= MAX_FILED_TOKENS; k++) {
      const token = $.LA(k)
      // (The report's kind where the place would stand, 【王芳／連線報導】: the reporter named all the same, no place.)
      if (tokenMatcher(token, Reported)) return tokenMatcher($.LA(k + 1), closer)
      if (!tokenMatcher(token, Place) && !tokenMatcher(token, t.Text) && !tokenMatcher(token, Space)) return false
    }
    return false
  }

  /** A name alone filing from a place, in brackets: 柏原祥/埔里報導, 林宜瑩台北報導. */
  const filedByName = $.RULE('filedByName', () => {
    const credit = $.SUBRULE($.bareCredit)
    $.OPTION({
      GATE: () => !tokenMatcher($.LA(1), Place),
      DEF: () => {
        $.OPTION3(() => $.CONSUME(Space))
        $.CONSUME(Slash)
        $.OPTION1(() => $.CONSUME1(Space))
      },
    })
    return { credit, ...$.SUBRULE(filedPlace) }
  })

  /**
   * Whether a paper's flash in round brackets is ahead: a paper's name, a slash, a flash's word and the bracket closing
   * ( 芝加哥時報 / 快訊 ), spaced or not. (A paper named with a slash in a sentence's brackets goes on: (芝加哥時報/快訊版).)
   */
  function bracketedFlashAhead(): boolean {
    let k = 1
    const skipSpace = () => (tokenMatcher($.LA(k), Space) ? k++ : k)
    if (!tokenMatcher($.LA(k++), LParen)) return false
    skipSpace()
    if (!tokenMatcher($.LA(k), t.Text) || !PAPER_IN_BRACKETS.test($.LA(k++).image)) return false
    skipSpace()
    if (!tokenMatcher($.LA(k++), Slash)) return false
    skipSpace()
    const kind = $.LA(k++)
    if (!tokenMatcher(kind, t.Text)) return false
    const flash = tokenMatcher($.LA(k), WireEnd) ? kind.image + $.LA(k++).image : kind.image
    if (!FLASH_KINDS.test(flash)) return false
    skipSpace()
    return tokenMatcher($.LA(k), RParen)
  }

  /** A paper's flash in round brackets: ( 芝加哥時報 / 快訊 ). */
  const bracketedFlash = $.RULE('bracketedFlash', () => {
    const open = $.CONSUME(LParen)
    $.OPTION(() => $.CONSUME(Space))
    const paper = $.CONSUME(t.Text)
    $.OPTION1(() => $.CONSUME1(Space))
    $.CONSUME(Slash)
    $.OPTION2(() => $.CONSUME2(Space))
    const kind = $.CONSUME1(t.Text)
    const wireEnd = $.OPTION3(() => $.CONSUME(WireEnd))
    $.OPTION4(() => $.CONSUME3(Space))
    const close = $.CONSUME(RParen)
    return { open, paper, end: wireEnd ?? kind, close }
  })

  /** Whether a reporter's credit and 報導 close the brackets, no slash between: 【記者嚴光澎報導】. */
  const filedWithinAhead = (from = 1, close: TokenType = closer): boolean => {
    // (本報 before the role in tortoise-shell brackets: 〔本報特約記者 鄭江洛報導〕. In lenticular ones 本報 is the source: see datelineCore.)
    const role = close === RTortoise && tokenMatcher($.LA(from), Affiliation) ? from + 1 : from
    if (!tokenMatcher($.LA(role), ReporterRole)) return false
    for (let k = role + 1; k <= role + MAX_FILED_TOKENS; k++) {
      const token = $.LA(k)
      if (tokenMatcher(token, Reported)) return tokenMatcher($.LA(k + 1), close)
      if (tokenMatcher(token, Slash) || tokenMatcher(token, close) || token.tokenType === EOF) return false
    }
    return false
  }

  /**
   * A reporter's credit and 報導, a place of the vocabulary between: 記者嚴光澎報導, 記者陳玲芳台北報導
   * (Taiwan papers, in 【】; the name's run ends at the place before 報導).
   */
  const filedWithin = $.RULE('filedWithin', () => {
    const credit = $.SUBRULE($.reporterCredit)
    const place: IToken[] = []
    $.MANY(() => place.push($.CONSUME(Place)))
    const reported = $.CONSUME(Reported)
    return { credit, place, reported }
  })

  /**
   * Whether the core is read inside a dateline's brackets, where a wire
   * source may close with 報道 instead of a date (【本報記者唐欽濱深圳報道】);
   * outside them 本报记者 X 报道 is a byline.
   */
  let bracketed = false
  /** Whether the core is read inside any brackets, lenticular or round: (星岛日报报道). */
  let enclosed = false
  /** What closes the lenticular brackets being read: 】, or ] where a web copy prints square ones. */
  let closer: TokenType = RLenticular

  /**
   * Square brackets opening the line around a dateline, as a web copy prints 【】: [本报讯], [新华社北京5月9日电],
   * [記者王五／連線報導], [綜合報導], or a site's name before the lead's date or its reporter filing from a place
   * ([大河网]5月9日, [台東電子報]記者 楊伊杏/台東報導). Nothing else in them: square brackets are a read-more link's
   * ([详细]), a footnote's ([1]), an emoji's code ([微笑]), an author's era ([唐]), a page's label ([今日导读]).
   */
  function squareDatelineAhead(): boolean {
    if (!tokenMatcher($.LA(1), LSquare) || !opensLine()) return false
    closer = RSquare
    try {
      if (siteTagAhead(2)) return true
      for (let k = 3; k <= MAX_FILED_TOKENS + 2; k++) {
        const token = $.LA(k)
        if (tokenMatcher(token, RSquare)) {
          const last = $.LA(k - 1)
          return [FlashSource, WireEnd, DatelineDate, Reported].some((type) => tokenMatcher(last, type))
        }
        if (tokenMatcher(token, Newline) || token.tokenType === EOF) return false
      }
      return false
    } finally {
      closer = RLenticular
    }
  }

  /**
   * An outlet's or a local desk's name as the source: 兰州晚报讯,
   * 半岛都市报11月6日讯 (the name, then the wire date), 东北网哈尔滨11月29日电
   * (the name, a place the vocabulary knows, the wire date), 【金陵晚报报道】,
   * 西和讯 (see outletAhead and localDeskAhead). In brackets, a name that is
   * no outlet's before the wire date is the place, and no outlet is named:
   * (雪邦1日讯), as Malaysia's Chinese papers date their stories; so is a place
   * alone before 讯 in brackets, (金边讯), or before a dash, 泗水讯——.
   */
  /**
   * A wire's date before its place, then the closing word (12月4日 合肥 消息, 5月9日 太原 电): read after an
   * outlet's name (namedCore) and after a wire source (datelineCore), where datePlaceEnds saw it ahead.
   */
  const datePlaceEnd = $.RULE('datePlaceEnd', (): Pick<Core, 'date' | 'place' | 'end'> => {
    const date = $.CONSUME(DateToken)
    const place = $.OR([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }])
    const end = $.OR1([{ ALT: () => $.CONSUME(WireEnd) }, { ALT: () => $.CONSUME1(t.Text) }])
    return { date, place: [place], end }
  })

  const namedCore = $.RULE('namedCore', (): Core => {
    const core: Core = { names: [], place: [] }
    const name: IToken[] = []
    const outlet = outletAhead((k) => $.LA(k), Place)
    // ((金边讯), 【苏加巫眉讯】: a place alone before 讯 in the brackets, no outlet.)
    const placeOnly = outlet === undefined && placeFlashOpens()
    const length = outlet?.length ?? 1
    $.AT_LEAST_ONE({
      GATE: () => name.length < length,
      // (A middle dot may join a site to its app: 青海新闻网·大美青海客户端讯; a slash a paper to its site, 滨州日报/滨州网讯,
      // and a hyphen or a dash a site to its paper, 华商网-华商晚报讯, 华商网--华商晚报讯;
      // an app may be named by the day, 今日开化讯.)
      DEF: () =>
        name.push(
          $.OR([
            { ALT: () => $.CONSUME(Place) },
            { ALT: () => $.CONSUME(t.Text) },
            { ALT: () => $.CONSUME(Other) },
            { ALT: () => $.CONSUME(Slash) },
            { ALT: () => $.CONSUME(EnumComma) },
            { ALT: () => $.CONSUME(RelativeDate) },
            // (A paper the vocabulary knows after its region's name: 四川经济日报内江讯.)
            { ALT: () => $.CONSUME(Paper) },
            // (A dash joining a site to its paper: 华商网--华商晚报讯.)
            { ALT: () => $.CONSUME(Dash) },
            // (A site's Latin address opening its name: on.cc东网专讯.)
            { ALT: () => $.CONSUME(Alnum) },
          ]),
        ),
    })
    // (中国徐州网-徐州日报(记者 骆耀明): the name alone, the bracket of credits closing it.)
    $.OPTION({
      GATE: () => outlet?.end !== 'credited',
      DEF: () =>
        $.OR1([
          { ALT: () => (core.sourceEnd = $.CONSUME(WireEnd)) },
          { ALT: () => (core.date = $.CONSUME(DatelineDate)) },
          { ALT: () => (core.sourceEnd = $.CONSUME(Reported)) },
          {
            ALT: () => {
              core.place = [$.CONSUME1(Place)]
              core.date = $.CONSUME1(DatelineDate)
            },
          },
          {
            // 台湾网12月4日合肥消息, (台泰时报10月7日曼谷电): the date, then the place and the closing word.
            GATE: () => outlet?.end === 'datedPlaced',
            ALT: () => Object.assign(core, $.SUBRULE(datePlaceEnd)),
          },
        ]),
    })
    return $.ACTION(() => {
      // (A wire date with its year, 【看中国2017年12月28日讯】, is an outlet's: places are dated by day.)
      if (placeOnly || (outlet === undefined && core.date !== undefined && !YEAR_IN_DATE.test(core.date.image))) {
        core.place = name
        return core
      }
      // (四川经济日报内江讯: a paper's name, then the place it reports from before 讯, as a wire source's
      // 经济日报内江讯 prints it: the paper is the source, the place the dateline's.)
      const paperEnds = core.sourceEnd !== undefined && tokenMatcher(core.sourceEnd, WireEnd) ? paperBeforePlace(name) : 0
      if (paperEnds > 0) {
        core.source = name[0]
        core.end = core.sourceEnd
        core.sourceEnd = name[paperEnds - 1]
        core.place = name.slice(paperEnds)
        return core
      }
      core.source = name[0]
      core.sourceEnd ??= name.at(-1)
      return core
    })
  })

  /**
   * A place alone before 讯 (placeFlashAt), opening its line: its brackets first on the line, or
   * the place itself (泗水讯——). (据星洲日报（吉隆坡讯）报道,… names another paper's report.)
   */
  const placeFlashOpens = (): boolean => placeFlashAt((k) => $.LA(k), enclosed) && opensLine(enclosed ? 0 : 1)

  /**
   * A place (two to five characters) and the wire date: in brackets, (雪邦1日讯),
   * (吉隆坡5日讯); or without them, set apart from the lead by a mark or a
   * space (亚庇10日讯|端午节早上…), as Malaysian sites print it.
   */
  const placeDateAhead = () => placeDateAt((k) => $.LA(k), enclosed)

  /**
   * A local desk's name, 讯 and its credits: in brackets, or loose and
   * closed by 报道 (钟家庄讯 通讯员王明轩报道), so a lead that opens with 记者
   * after the name is not taken for one. The gate of its source.
   */
  const localDesk = $.RULE('localDesk', () => {
    $.OR([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(t.Text) }])
    $.CONSUME(WireEnd)
    $.OR1([
      { GATE: () => !roleAhead(), ALT: () => $.SUBRULE(bracketAfterSpace) },
      { GATE: reportedCloses, ALT: () => $.SUBRULE(looseCredits) },
      // 贵港讯 11月6日，…: the lead's date after the desk's 讯, no credits.
      {
        GATE: () => tokenMatcher($.LA(tokenMatcher($.LA(1), Space) ? 2 : 1), DateToken) || tokenMatcher($.LA(tokenMatcher($.LA(1), Space) ? 2 : 1), RelativeDate),
        ALT: () => $.OPTION(() => $.CONSUME(Space)),
      },
      // 每日印尼讯,本周,…: a comma straight after 讯, the lead's; nothing more of the dateline.
      { GATE: () => tokenMatcher($.LA(1), Comma), ALT: EMPTY_ALT() },
    ])
  })
  const localDeskBacktrack = $.BACKTRACK(localDesk).bind($)

  const namedAhead = (): boolean => {
    const la = (k: number) => $.LA(k)
    const outlet = outletAhead(la, Place)
    if (outlet !== undefined) return outlet.end !== 'reported' || enclosed
    return placeDateAhead() || placeFlashOpens() || (!enclosed && localDeskAhead(la) && localDeskBacktrack())
  }

  /** Whether the report compiled from the foreign wires stands at `k`: 综合外 电 报导 (綜合外電報導), 外 电 报道. */
  const foreignWiresAt = (k: number): boolean =>
    tokenMatcher($.LA(k), t.Text) && FOREIGN_WIRES.test($.LA(k).image) && tokenMatcher($.LA(k + 1), WireEnd) && $.LA(k + 1).image === WIRE_WORD && tokenMatcher($.LA(k + 2), Reported)

  /** Source, and for wire sources the reporter, place and date. */
  const datelineCore = $.RULE('datelineCore', (): Core => {
    const core: Core = { names: [], place: [] }
    $.OR([
      {
        // (华商网-华商报讯: a site's name before the paper's source; the whole is the source.)
        GATE: () => tokenMatcher($.LA(1), FlashSource) || sitePrefixAhead((k) => $.LA(k)),
        ALT: () => {
          const site = $.OPTION3(() => {
            const name = $.CONSUME2(t.Text)
            $.CONSUME(Other)
            return name
          })
          const flash = $.CONSUME(FlashSource)
          $.ACTION(() => {
            core.source = site ?? flash
            if (site) core.sourceEnd = flash
          })
        },
      },
      // 法制晚报讯, 半岛都市报11月6日讯, 西和讯(…): an outlet's or a local desk's name.
      { GATE: namedAhead, ALT: () => Object.assign(core, $.SUBRULE(namedCore)) },
      {
        ALT: () => {
          $.OPTION5(() => (core.according = $.CONSUME(According)))
          core.source = $.CONSUME(WireSource)
          $.OR7([
            {
              // 证券时报e公司讯，…: a paper's newsroom or app named after it, a Latin letter opening its brand, then 讯:
              // the whole is the source, no place (places are named in Han characters: 经济日报内江讯 files from 内江).
              GATE: () => deskAhead((k) => $.LA(k)),
              ALT: () => {
                $.CONSUME(Alnum)
                $.CONSUME3(t.Text)
                core.sourceEnd = $.CONSUME2(WireEnd)
              },
            },
            {
              ALT: () => {
                $.OPTION(() => {
                  core.role = $.CONSUME(ReporterRole)
                  $.OPTION1(() => $.CONSUME(Space))
                  // No name at all in 【本報記者深圳廿二日電】: the role stands for the desk.
                  $.MANY1(() => {
                    const name: IToken[] = []
                    $.AT_LEAST_ONE1(() => name.push($.CONSUME(t.Text)))
                    core.names.push(name)
                    $.OPTION2(() => $.CONSUME(EnumComma))
                  })
                })
                $.MANY(() => core.place.push($.OR1([{ ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME1(t.Text) }])))
                $.OR2([
                  { ALT: () => (core.date = $.CONSUME(DatelineDate)) },
                  {
                    // (中央社巴黎9日綜合外電報導): the day, then the report compiled from the foreign wires, as CNA heads
                    // its news from abroad.
                    GATE: () => tokenMatcher($.LA(1), DateToken) && foreignWiresAt(2),
                    ALT: () => {
                      core.date = $.CONSUME(DateToken)
                      $.CONSUME4(t.Text)
                      $.CONSUME3(WireEnd)
                      core.reported = $.CONSUME1(Reported)
                    },
                  },
                  { ALT: () => (core.end = $.CONSUME(WireEnd)) },
                  { GATE: () => bracketed, ALT: () => (core.reported = $.CONSUME(Reported)) },
                  {
                    // 人民网5月9日太原电, 央视网5月9日北京消息: the date before the place (datePlaceEnds).
                    GATE: () => core.place.length === 0 && datePlaceEnds($.LA(1), $.LA(2), $.LA(3)),
                    ALT: () => Object.assign(core, $.SUBRULE1(datePlaceEnd)),
                  },
                ])
              },
            },
          ])
        },
      },
    ])
    return core
  })

  /**
   * A site's tag in the dateline's brackets: its name (連網; 台東 電 子報, a place and words), and the issue's date after
   * it where the tag prints it ([中国石油报 2010年12月15日]).
   */
  const siteTag = $.RULE('siteTag', (): { site: IToken[]; issued?: IToken } => {
    const site: IToken[] = []
    // (电 in 台東電子報 is read as a wire's 电 by the lexer: a part of the name here; and the middle dot
    // before an app's name, 大河报·豫视频.)
    const length = $.ACTION(() => siteTagLength())
    $.AT_LEAST_ONE({
      GATE: () => site.length < length,
      DEF: () => site.push($.OR([{ ALT: () => $.CONSUME(t.Text) }, { ALT: () => $.CONSUME(Place) }, { ALT: () => $.CONSUME(WireEnd) }, { ALT: () => $.CONSUME(Other) }])),
    })
    const issued = $.OPTION({
      GATE: () => issueDateAt(1) > 0,
      DEF: () => {
        $.OPTION1(() => $.CONSUME(Space))
        return $.CONSUME(DateToken)
      },
    })
    return { site, issued }
  })

  $.dateline = $.RULE('dateline', (): Dateline => {
    let core!: Core
    let open: IToken | undefined
    let close: IToken | undefined
    let credits: Array<Credit | IToken> = []
    paperNamed = false
    closer = RLenticular
    $.OR2([
      {
        // (A square bracket is also an Other the outlet's name of the last alternative may hold: the
        // gate of the square one decides, so the first alternative is tried first. Tortoise-shell brackets open it
        // only round a desk's compiled report: the alternatives below read the rest.)
        IGNORE_AMBIGUITIES: true,
        GATE: () => (!tokenMatcher($.LA(1), LTortoise) || tortoiseCompiledAhead()) && (!tokenMatcher($.LA(1), LParen) || roundCompiledAhead()),
        ALT: () => {
          open = $.OR([
            { ALT: () => $.CONSUME(LLenticular) },
            // ([本报讯], [台東電子報]記者 楊伊杏/台東報導: square brackets as a web copy prints them, closed by ].)
            { GATE: squareDatelineAhead, ALT: () => $.CONSUME(LSquare) },
            // (〔即時新聞／綜合報導〕: a desk's compiled report in tortoise-shell brackets, as Taiwan's papers print it.)
            { GATE: tortoiseCompiledAhead, ALT: () => $.CONSUME3(LTortoise) },
            // (（綜合報導）全市…: the same in round brackets opening the lead; alone under a story's text it notes what the
            // desk compiled it from, a source note.)
            { GATE: roundCompiledAhead, ALT: () => $.CONSUME4(LParen) },
          ])
          bracketed = enclosed = true
          closer = tokenMatcher(open, LSquare) ? RSquare : tokenMatcher(open, LTortoise) ? RTortoise : tokenMatcher(open, LParen) ? RParen : RLenticular
          try {
            $.OR4([
              {
                // 【記者王五／連線報導】: a reporter filing, in these brackets too.
                GATE: () => slashBeforeClose() && reporterCreditOpens((k) => $.LA(k), t.Text),
                ALT: () => {
                  const filed = $.SUBRULE1(filedFrom)
                  $.ACTION(() => {
                    core = { names: [], place: filed.place, reported: filed.reported }
                    credits = [filed.credit]
                  })
                },
              },
              {
                // 【欧洲时报记者田皓雪子报道】, 【星岛日报记者…报道】: an outlet's reporter, the outlet the source.
                // (Opening the line: 据【欧洲时报记者…报道】 cites another paper's report.)
                // (Or the place after a slash: 【自由時報記者王芳／台北報導】.)
                // (A slash or a space may part the outlet from its reporter: 【聯合報／記者王芳／台北報導】, 【台灣好新聞 記者王芳／台北報導】.)
                GATE: () => outletFilingAhead() && opensLine(0),
                ALT: () => {
                  const { outlet, filed } = $.SUBRULE(outletFiling)
                  $.ACTION(() => {
                    core = { names: [], place: filed.place, reported: filed.reported, source: outlet, sourceEnd: outlet }
                    credits = [filed.credit]
                  })
                },
              },
              {
                // 【記者嚴光澎報導】: the reporter, no outlet.
                GATE: () => filedWithinAhead(),
                ALT: () => {
                  const filed = $.SUBRULE(filedWithin)
                  $.ACTION(() => {
                    core = { names: [], place: filed.place, reported: filed.reported }
                    credits = [filed.credit]
                  })
                },
              },
              {
                // 【綜合報導】, 【國際中心／綜合報導】: compiled by a desk, no reporter named.
                // (Not a person's name before the slash, 【王芳／連線報導】: the reporter's filing, below.)
                GATE: () => compiledAhead() && !namedFilingAhead(),
                ALT: () => {
                  const compiled = $.SUBRULE(compiledReport)
                  $.ACTION(() => (core = compiled))
                },
              },
              {
                // 【柏原祥/埔里報導】: a reporter named with no role, filing from a place, as Taiwan's local sites print it —
                // opening the lead's line (…首獎作品為【柏原祥/埔里報導】系列中的… cites a series).
                GATE: () => namedFilingAhead() && opensLine(0),
                ALT: () => {
                  const filed = $.SUBRULE(filedByName)
                  $.ACTION(() => {
                    core = { names: [], place: filed.place, reported: filed.reported }
                    credits = [filed.credit]
                  })
                },
              },
              {
                // 【本报消息】26日下午,…: an outlet's 消息 in the brackets, as 本报讯 stands in them.
                GATE: () => newsSourceAt((k) => $.LA(k)) > 0,
                ALT: () => {
                  const found = $.SUBRULE1(newsSource)
                  $.ACTION(() => ({ core, credits } = found))
                },
              },
              {
                // 【連網】1月29日…: a site's name alone in the brackets, the lead's date after them.
                GATE: siteTagAhead,
                ALT: () => {
                  const { site, issued } = $.SUBRULE(siteTag)
                  $.ACTION(() => (core = { names: [], place: [], source: site[0], sourceEnd: site.at(-1), date: issued }))
                },
              },
              {
                ALT: () => {
                  core = $.SUBRULE(datelineCore)
                  // 【本报讯 记者凯文】3月30日,…: the reporter after the paper's flash, inside the brackets.
                  $.OPTION8({ GATE: looseAhead, DEF: () => (credits = $.SUBRULE3(looseCredits)) })
                },
              },
            ])
          } finally {
            bracketed = enclosed = false
          }
          close = $.OR1([
            { GATE: () => closer === RLenticular, ALT: () => $.CONSUME(RLenticular) },
            { GATE: () => closer === RSquare, ALT: () => $.CONSUME(RSquare) },
            { GATE: () => closer === RTortoise, ALT: () => $.CONSUME3(RTortoise) },
            { GATE: () => closer === RParen, ALT: () => $.CONSUME4(RParen) },
          ])
          closer = RLenticular
          // 【香港商报讯】记者林丽青报道：: the reporter after the brackets.
          $.OPTION({ GATE: looseAhead, DEF: () => (credits = $.SUBRULE1(looseCredits)) })
          // 【本报讯】（记者 王建新）4月23日，…: a bracket of credits after the brackets, as after 本报讯.
          $.OPTION1({
            GATE: () => credits.length === 0 && bracketAhead(),
            DEF: () => {
              $.OPTION2(() => $.CONSUME6(Space))
              credits = $.SUBRULE2($.bracketCredits)
            },
          })
          // 【台東電子報】記者 楊伊杏/台東報導: the site's reporter filing from a place, after its tag.
          $.OPTION3({
            GATE: () => {
              const at = tokenMatcher($.LA(1), Space) ? 2 : 1
              return credits.length === 0 && tokenMatcher($.LA(at), ReporterRole) && foundBeforeClose((k) => $.LA(k + at - 1), Slash, Reported, MAX_FILED_TOKENS)
            },
            DEF: () => {
              $.OPTION5(() => $.CONSUME5(Space))
              const filed = $.SUBRULE2(filedFrom)
              $.ACTION(() => {
                core = { ...core, place: filed.place, reported: filed.reported }
                credits = [filed.credit]
              })
            },
          })
        },
      },
      {
        // ( 芝加哥時報 / 快訊 ) 備受…: the paper's flash in round brackets, its name and the report's kind parted by a
        // slash, as overseas community papers open a lead.
        GATE: () => opensLine() && bracketedFlashAhead(),
        ALT: () => {
          const flash = $.SUBRULE(bracketedFlash)
          $.ACTION(() => {
            open = flash.open
            close = flash.close
            core = { names: [], place: [], source: flash.paper, sourceEnd: flash.end }
          })
        },
      },
      {
        // (全媒体记者 张生俊) 10月30日,…: the reporters' credits in brackets open the lead, no outlet named.
        // (Alone on their line they close a story: a signature.)
        GATE: () => opensLine() && creditsOpenLead(),
        ALT: () => {
          credits = $.SUBRULE1($.bracketCredits)
          $.ACTION(() => (core = { names: [], place: [] }))
        },
      },
      {
        ALT: () => {
          open = $.CONSUME(LParen)
          enclosed = true
          try {
            // (（本報消息）, （澳门日报消息）: an outlet's 消息 in the round brackets, as in lenticular ones.)
            $.OR8([
              { GATE: () => newsSourceAt((k) => $.LA(k)) > 0, ALT: () => ({ core, credits } = $.SUBRULE3(newsSource)) },
              { ALT: () => (core = $.SUBRULE1(datelineCore)) },
            ])
          } finally {
            enclosed = false
          }
          close = $.CONSUME(RParen)
        },
      },
      {
        // 〔記者 鄭江洛報導〕, 〔本報特約記者 鄭江洛報導〕: the reporter in tortoise-shell brackets, no place, no outlet.
        // (A place there, 〔記者孫義方台中報導〕, is filedFrom's: it weighs whether the place ends the name, 〔記者林嘉義報導〕.)
        GATE: () =>
          tokenMatcher($.LA(1), LTortoise) && filedWithinAhead(2, RTortoise) && !foundBeforeClose((k) => $.LA(k), Place, Reported, MAX_FILED_TOKENS) && opensLine() && !citedAfter(RTortoise),
        ALT: () => {
          open = $.CONSUME2(LTortoise)
          const filed = $.SUBRULE2(filedWithin)
          close = $.CONSUME2(RTortoise)
          $.ACTION(() => {
            core = { names: [], place: filed.place, reported: filed.reported }
            credits = [filed.credit]
          })
        },
      },
      {
        // 〔本报讯〕昨日下午,… · 〔本报消息〕昨(10)日… · 〔中央社瀋陽廿三日電〕…: the paper's or the wire's source in
        // tortoise-shell brackets.
        GATE: () => tokenMatcher($.LA(1), LTortoise) && (tokenMatcher($.LA(2), FlashSource) || tokenMatcher($.LA(2), WireSource) || newsSourceAt((k) => $.LA(k + 1)) > 0),
        ALT: () => {
          open = $.CONSUME1(LTortoise)
          enclosed = true
          try {
            $.OR9([
              { GATE: () => newsSourceAt((k) => $.LA(k)) > 0, ALT: () => ({ core, credits } = $.SUBRULE2(newsSource)) },
              { ALT: () => (core = $.SUBRULE3(datelineCore)) },
            ])
          } finally {
            enclosed = false
          }
          close = $.CONSUME1(RTortoise)
        },
      },
      {
        // 千山晚报消息 …, 宁德网消息(文/图 游书金 游海丹)9月22日…, 本报消息记者余萍通讯员何庆报道7月29日…:
        // an outlet's name and 消息 opening the lead, as a flash source's 讯 does.
        GATE: () => opensLine() && newsSourceAt((k) => $.LA(k)) > 0,
        ALT: () => {
          const found = $.SUBRULE(newsSource)
          $.ACTION(() => ({ core, credits } = found))
        },
      },
      {
        // 生活中心／綜合報導 …: a desk's compiled report opening the lead's line, no brackets (in them, read above).
        GATE: looseCompiledAhead,
        ALT: () => {
          const compiled = $.SUBRULE1(compiledReport)
          $.ACTION(() => (core = compiled))
        },
      },
      {
        // 4月7日消息：今天，…, 5月9日电 …: the wire's date and its closing word opening the lead, set apart from it,
        // no outlet named (a repost dropped it).
        GATE: () => opensLine() && wireDateOpensAt((k) => $.LA(k)),
        ALT: () => {
          const date = $.CONSUME2(DatelineDate)
          $.ACTION(() => (core = { names: [], place: [], date }))
        },
      },
      {
        // 见习记者 王艺 报道 昨日,…, 全媒体记者张苗苗报道 11月28日,…: the reporters' credits closed by 报道
        // open the lead, no outlet named. (Alone on their line they are the byline.) An outlet's name before
        // the first role is the source, as in brackets: 本报记者张军建报道：…, 三秦都市报记者张军建、陕西台记者华林报道：….
        // So are credits with no 报道 whose names a space sets apart from the lead's date: 记者 王芳 李强 5月9日，…,
        // 恩施日报全媒体记者 王芳 通讯员 李强 近日，… (creditsCloseBeforeDate).
        GATE: () =>
          opensLine() && creditAhead() && ((reportedCloses() && leadAfterReported() && namesBeforeReported()) || creditsCloseBeforeDate()) && looseBacktrack(),
        ALT: () => {
          const outlet = $.ACTION(() => (ownReporterAhead() ? 1 : outletSourceLength()))
          const [first, last] = [$.LA(1), $.LA(outlet ?? 0)]
          credits = $.SUBRULE2(looseCredits)
          $.ACTION(() => {
            core = outlet ? { names: [], place: [], source: first, sourceEnd: last } : { names: [], place: [] }
            // (The outlet named once, as the source: the first credit's role is the role printed after it, 记者 of
            // 三秦都市报记者张军建, as in brackets after the name, 三秦都市报（记者 张军建）. The paper's own word stays
            // in its reporter's role, as everywhere: 本报记者.)
            const credit = credits[0]
            if (outlet && credit !== undefined && !('tokenType' in credit) && credit.affiliation !== undefined && !OWN_WORD.test(credit.affiliation)) {
              credit.role = credit.role!.slice(credit.affiliation.length).trimStart()
            }
          })
        },
      },
      {
        // 〔記者陳彥廷／屏東報導〕, 特派記者林琮盛／北京報導: a reporter filing from a place.
        // (Its 报导 comes before any 讯: 滨州日报/滨州网讯(记者 裴庆力 报道) is a paper's and its site's name.)
        GATE: () => foundBeforeClose((k) => $.LA(k), Reported, WireEnd, MAX_FILED_TOKENS),
        ALT: () => {
          // (The place glued to the names only where the brackets open the line: 據了解，〔記者孫義方台中報導〕一文… cites it.)
          const opening = $.ACTION(() => opensLine())
          open = $.OPTION6(() => $.CONSUME(LTortoise))
          const filed = $.SUBRULE(filedFromOutlet, { ARGS: [open !== undefined && opening] })
          close = $.OPTION7(() => $.CONSUME(RTortoise))
          $.ACTION(() => {
            core = { names: [], place: filed.place, reported: filed.reported, source: filed.outlet, sourceEnd: filed.outlet }
            credits = [filed.credit]
          })
        },
      },
      {
        ALT: () => {
          core = $.SUBRULE2(datelineCore)
          // 秦楚网讯(十堰晚报)记者 刘成臣 报道: the site's source, its paper, then the reporter.
          $.OPTION9({
            GATE: paperAhead,
            DEF: () => {
              $.CONSUME3(LParen)
              $.AT_LEAST_ONE3(() => $.OR6([{ ALT: () => $.CONSUME3(Place) }, { ALT: () => $.CONSUME3(t.Text) }]))
              close = $.CONSUME3(RParen)
              paperNamed = true
            },
          })
          $.OR3([
            {
              GATE: bracketAhead,
              ALT: () => {
                $.OPTION4(() => $.CONSUME2(Space))
                credits = $.SUBRULE($.bracketCredits)
              },
            },
            {
              // (本报讯:(记者 李博 徐洪波)…: a colon between the flash and its bracket.)
              GATE: colonBracketAhead,
              ALT: () => {
                $.CONSUME(Colon)
                credits = $.SUBRULE(bracketAfterSpace)
              },
            },
            { GATE: looseAhead, ALT: () => (credits = $.SUBRULE(looseCredits)) },
            { GATE: reportingNamesAhead, ALT: () => (credits = $.SUBRULE(reportingNames)) },
            { ALT: () => {} },
          ])
        },
      },
    ])
    paperNamed = false
    return $.ACTION(() => buildDateline(core, open, close, credits))
  })

  $.date = $.RULE('date', (): DateNode => {
    // (A wire date in a sentence, 据新华社12月4日消息, 截至12月4日电…: the date, its closing word text.)
    const token = $.OR([{ ALT: () => $.CONSUME(DateToken) }, { ALT: () => $.CONSUME(RelativeDate) }, { ALT: () => $.CONSUME(DatelineDate) }])
    return $.ACTION(() => dateNode(token, $.ctx.factory))
  })

  function buildDateline(core: Core, open: IToken | undefined, close: IToken | undefined, credits: Array<Credit | IToken>): Dateline {
    // (The outlet's own app after its name goes on with the name, a place perhaps after it: 中国青年报客户端北京5月9日电,
    // 潮新闻客户端5月9日讯.)
    if (core.source !== undefined && core.sourceEnd === undefined && core.place.length > 0 && NAME_GOES_ON.test(core.place[0]!.image)) core.sourceEnd = core.place.shift()
    // (A wire source's 讯 with no place nor date after the name is its flash, the source as printed: 中新网讯, 潮新闻客户端讯,
    // as 新京报讯 is; 新华社电 is the wire's.)
    if (core.source !== undefined && core.place.length === 0 && core.date === undefined && isFlashEnd(core.end)) {
      core.sourceEnd = core.end
      core.end = undefined
    }
    // The dateline spans everything it consumed, whichever order the formula prints.
    const consumed = [open, close, core.according, core.desk, core.source, core.sourceEnd, core.reported, core.date, core.end, ...core.place, ...credits].filter((p) => p !== undefined)
    const start = Math.min(...consumed.map((p) => ('tokenType' in p ? startOf(p) : p.position.start.offset!)))
    const end = Math.max(...consumed.map((p) => ('tokenType' in p ? endOf(p) : p.position.end.offset!)))
    const source = core.source && factory.source(startOf(core.source), endOf(core.sourceEnd ?? core.source))
    const parts: Array<Credit | DateNode> = credits.filter((p): p is Credit => !('tokenType' in p))
    const node: Dateline = { type: 'dateline', children: [], position: factory.position(start, end) }
    if (source !== undefined) node.source = source

    // 連線報導, 綜合報導: how the story was reported, not where; nor 即時 after the place (台北即時報導).
    const place = reportKind(core.place.map((token) => token.image).join('')) ? [] : core.place.length > 1 && reportKind(core.place.at(-1)!.image) ? core.place.slice(0, -1) : core.place
    let placeStart = place[0] ? startOf(place[0]) : undefined
    // 晨报淄博7月6日讯: a paper's short name glued to the place, read as one word: the source, then the place.
    const glued = source === undefined && place.length === 1 ? gluedOutlet(place[0]!.image) : undefined
    if (glued) {
      node.source = factory.source(placeStart!, placeStart! + glued.outlet.length)
      placeStart! += glued.outlet.length
    }
    const placeEnd = place.at(-1) ? endOf(place.at(-1)!) : undefined
    if (core.role && core.names.length > 0) {
      // 戴雅真苗栗: no known place split the run, so the place is glued to
      // the last name; take its last two characters, and say so.
      const lastName = core.names.at(-1)!
      let namesEnd = endOf(lastName.at(-1)!)
      if (placeStart === undefined && namesEnd - startOf(lastName[0]!) >= GLUED_PLACE_MIN) {
        placeStart = namesEnd - 2
        namesEnd = placeStart
        $.ctx.warn('uncertain-split', 'place glued to the reporter’s name; split before its last two characters', startOf(lastName[0]!), endOf(lastName.at(-1)!))
      }
      const names = core.names.map((name, i) =>
        factory.source(startOf(name[0]!), i === core.names.length - 1 ? namesEnd : endOf(name.at(-1)!)),
      )
      parts.push({
        type: 'credit',
        role: factory.source(startOf(core.role), endOf(core.role)),
        affiliation: source,
        names,
        value: factory.source(startOf(core.role), namesEnd),
        position: factory.position(startOf(core.role), namesEnd),
      })
      if (placeStart !== undefined) node.place = factory.source(placeStart, placeEnd ?? endOf(core.names.at(-1)!.at(-1)!))
    } else if (placeStart !== undefined) {
      node.place = factory.source(placeStart, placeEnd!)
    }

    // 香港文匯報訊（記者石華深圳報道）: the place its reporter filed from is the dateline's.
    node.place ??= parts.find((part): part is Credit => part.type === 'credit' && part.place !== undefined)?.place

    if (core.date) {
      // 5月9日电, 12月4日消息: the date node covers the date, the closing word stays text.
      const date = dateNode(core.date, $.ctx.factory)
      node.date = { ...readDate(core.date.image), raw: date.value }
      parts.push(date)
    }
    node.children = fillGaps(start, end, parts, $.ctx.factory)
    return node
  }

}
