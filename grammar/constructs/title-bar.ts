/**
 * Title bars: a story's title with the site's stamp or its credits on the
 * same line, or the post's meta on the line under it, as e-paper article
 * pages, listings and blogs print them.
 *
 *   我和郴州的故事 版次:A03  作者:  2025年06月19日           the title, then the site's fields: title and stamp
 *   假期出行 不文明行为煞风景 2025年04月06日  马志伟 刘文光    the title, its date, its writers: title, stamp, byline
 *   俯瞰“千湖之县” 雪景美不胜收 2024年11月09日                 the title and its date, over the text: title and stamp
 *   議員促當局交代… 2024年03月13日|文:論盡採訪組             a listing's item: title, stamp, byline (or the credit as interface)
 *   文/何欣潔 - 13 七月 2011 - 6 篇回應                       a blog post's meta under its title: byline and stamp
 *   學聲大代誌 2014-05-05 / 木棉道開唱…                        a column's name and the date over the title: interface
 *
 * Everything about the convention is here: its patterns and line tests.
 * The rows are the stamp construct's (stamp.ts) and the byline's.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { DateToken } from '../tokens'
import { AUTHOR_LABEL, MAX_FURNITURE_LENGTH, SOURCE_LABELS } from '../furniture'
import { HAN_CLASS } from '../han'
import { namesReporter } from '../names'
import { readNumber } from '../numerals'
import { holdsSentenceEnd, isHeadingLike, printedLength, trimmed } from '../layout'
import { lineText, partAt, readAs, readRow, textIn, type Row } from '../../src/assemble/row'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import type { LineResult, LineTest, LineView, Reading, Refinement } from './construct'
import { bareNames } from './byline'
import { isChromeLine } from './chrome'
import { BRIEF_COLUMN } from './intertitle'
import { FIELD_DATE, LABEL_COLON, SITE_FIELD_LABELS, SITE_OVER_STAMP, fieldDate, stampOf, type StampInfo } from './stamp'

/**
 * A title with the site's fields glued after it, set apart by a space: 我和郴州的故事 版次:A03  作者:  2025年06月19日.
 * (The site's own labels only: 停电通知 日期：2024年5月1日 dates the event, not the page.)
 */
const TITLE_BEFORE_FIELDS = new RegExp(`^(.{4,40}?) +((?:版次|${AUTHOR_LABEL}|${SOURCE_LABELS}|发布时间|发布日期) ?[:：].*)$`)

/**
 * The same with the title glued to the date that opens the fields, as an e-paper's template prints its title bar
 * when the copy lost the space (大漠深处孕育探区“新火种”2026年03月03日 来源:): the title, the full date, then a site's field.
 */
const TITLE_GLUED_TO_DATE = new RegExp(`^(.{4,40}?)([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日 +(?:版次|${AUTHOR_LABEL}|${SOURCE_LABELS}|发布时间|发布日期) ?[:：].*)$`)

/** What a full date holds, the cheap check before the glued title's pattern. */
const YEAR_MARK = '年'

/** A site's field label, wherever it stands. */
const FIELD_IN_TITLE = new RegExp(`(?:${SITE_FIELD_LABELS}|版次|栏目|频道|分类) ?[:：]`)

/**
 * A story's title with the site's fields glued after it on its line (我和郴州的故事
 * 版次:A03  作者:  2025年06月19日, as an e-paper's article page prints its title
 * bar): two rows, the title and the stamp. Not a paper's or site's name
 * before its fields (鹤城晚报 来源:…), which is the stamp's.
 */
export const readTitledStamp: LineTest = ({ tokens, text, from, gap, creditLike }, { runner }) => {
  if (text.length > MAX_FURNITURE_LENGTH || !LABEL_COLON.test(text)) return undefined
  const glued = text.includes(YEAR_MARK) ? TITLE_GLUED_TO_DATE.exec(text) : null
  const m = glued ?? TITLE_BEFORE_FIELDS.exec(text)
  if (!m) return undefined
  const [, title, fields] = m as unknown as [string, string, string]
  // (Glued to its date, a title is one only where no phrase runs on into the date, 会议定于2026年3月3日 来源:… is a
  // sentence's, and no field's label opens it: 发布者：校办2024年06月20日 来源：校园网 is the site's fields throughout.)
  if (glued && (RUNS_ON.test(title) || LABEL_COLON.test(title))) return undefined
  const stamp = stampOf(fields)
  const split = stamp ? partAt(tokens, text.length - fields.length) : -1
  if (!stamp || split <= 0) return undefined
  const head = trimmed(tokens.slice(0, split))
  // (A field before the fields is the site's too: 作者: 来源:柚都平和 时间:2022-05-30.)
  if (!isHeadingLike(head) || SITE_OVER_STAMP.test(title.trim()) || FIELD_IN_TITLE.test(title) || stampOf(title) !== undefined) return undefined
  // (A byline before the site's posting time is the story's credit, not its title: stamp.ts readStampedByline.)
  if (creditLike && runner.attempt(head, (p) => p.byline())) return undefined
  return { rows: [readRow(head, gap, from, { kind: 'heading' }), readRow(tokens.slice(split), 0, from + split, { kind: 'stamp', stamp })] }
}

/** What a title bar's date ends with, names after it: the cheap check before its pattern. */
const DATE_THEN_SPACE = '日 '
/** The shortest title a title bar prints (综合新闻 2025年04月06日 王明 李华 is a page's section, its date and its editors). */
const MIN_BAR_TITLE = 6
/**
 * A story's title with its date and its writers' names after it, as an
 * e-paper's template prints the title bar (假期出行 不文明行为煞风景 2025年04月06日  马志伟 刘文光):
 * the title, then a full date, then one to four names set apart by spaces.
 */
const TITLE_DATE_NAMES = new RegExp(`^(.{4,40}?) +([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)((?: +[${HAN_CLASS}]{2,4}){1,4})$`)

/**
 * A story's title with its date after it and nothing more, over the story's text (俯瞰“千湖之县” 雪景美不胜收
 * 2024年11月09日, as an e-paper's article page prints its title bar): the title, then a full date closing the line.
 */
const TITLE_THEN_DATE = /^(.{2,40}?) +([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$/
/** What such a line ends with: the cheap check before its pattern. */
const DATE_AT_END = '日'
/** A phrase running on into the date after it: …将于, …截止于, …定为, …至, …—. */
const RUNS_ON = /(?:于|为|至|在|到|从|自|是|[—\-–:：])$/
/** A paper's name or a page's line before the date: …日报, …報, …版, 第…版. */
const PAPER_OR_PAGE = /(?:报|報|版)$|第 ?[A-Z]?[0-9]{1,3} ?版/
/** A caption's opening: 图为, 圖為, ▲, 图：. */
const CAPTION_OPENING = /^(?:图为|圖為|图：|圖：|图:|▲|△)/
/** What may stand over a title with its date: the page's and the site's furniture. */
const OVER_TITLE_BAR: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'masthead'])
/** The first year a site's page could date itself: older dates a title names. */
const FIRST_WEB_YEAR = 1995

/**
 * A listing's item line: the title, its date, a bar and its credit
 * (議員促當局交代青洲山保護進展 2024年03月13日|文:論盡採訪組, as a site's section
 * page lists its stories over their teasers).
 */
const TITLE_DATE_BAR = new RegExp(`^(.{4,60}?) +([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日) *[|｜] *(\\S.*)$`)
/** What a listing item's date ends with, its bar after it: the cheap check before its pattern. */
const DATE_THEN_BAR = /日 *[|｜]/

/**
 * The title bar of a title, its date and its writers: three rows, the
 * title, the stamp (the date) and the byline (names with no role word).
 * Only full names after the date, and a title before it. A listing's
 * item prints a bar and a credit after the date (…2024年03月13日|文:張三):
 * the credit is the byline where the credit rules read it, else the
 * stamp's field.
 */
export const readTitleDateNames: LineTest = ({ tokens, text, from, gap, textAbove, above }, { runner, words }) => {
  if (text.length <= MAX_FURNITURE_LENGTH && DATE_THEN_BAR.test(text)) return titleDateBar(tokens, text, from, gap, runner)
  // (Only the page's title, the site's furniture at most over it: under a label, 县域动态 / 俯瞰…收不胜收 2024年11月09日 /
  // 我县举办… 2024年11月08日 / …, titles with their dates are a listing's.)
  if (!textAbove && (above === undefined || OVER_TITLE_BAR.has(above.kind)) && text.length <= MAX_FURNITURE_LENGTH && text.endsWith(DATE_AT_END)) {
    const dated = titleThenDate(tokens, text, from, gap, words.chrome)
    if (dated) return dated
  }
  const m = text.length <= MAX_FURNITURE_LENGTH && text.includes(DATE_THEN_SPACE) ? TITLE_DATE_NAMES.exec(text) : null
  if (!m) return undefined
  const [, title, date, names] = m as unknown as [string, string, string, string]
  const dateAt = partAt(tokens, text.indexOf(date, title.length))
  const namesAt = partAt(tokens, text.length - names.trimStart().length)
  if (dateAt <= 0 || namesAt <= dateAt) return undefined
  const head = trimmed(tokens.slice(0, dateAt))
  // (Each a full name, three characters with a common surname first and no place's ending: 星期三, 放大 缩小 默认,
  // 王家庄 李家村, 金华 常山 are a page's words or places; two-character names, 张伟 李强 on a duty roster, are not read.)
  const credits = isHeadingLike(head) && printedLength(head) >= MIN_BAR_TITLE && names.trim().split(/ +/).every(namesReporter) ? bareNames(tokens.slice(namesAt), runner) : undefined
  if (!credits) return undefined
  return titleBarRows({ tokens, from, gap }, head, date, dateAt, namesAt, { kind: 'byline', credits })
}

/**
 * A title and its date alone after it, before any text of the page (TITLE_THEN_DATE): two rows, the
 * title and the date's stamp. (Under a story's text, 市文化和旅游局 2024年11月09日 signs a notice.)
 */
function titleThenDate(tokens: IToken[], text: string, from: number, gap: number, chrome: readonly string[]): LineResult {
  const m = TITLE_THEN_DATE.exec(text)
  if (!m) return undefined
  const [, title, date] = m as unknown as [string, string, string]
  const dateAt = partAt(tokens, text.indexOf(date, title.length))
  if (dateAt <= 0) return undefined
  const head = trimmed(tokens.slice(0, dateAt))
  // (Not a site's links before the date, 前一版 下一版 2023年12月22日, nor a hosted issue's title, 《德州晚报》在线“悦”读 |
  // 2024年1月31日: interface, whole.)
  // (A column of briefs may be titled by its label alone: 简讯 2020年04月23日.)
  const briefs = BRIEF_COLUMN.test(lineText(head).trim())
  if (!isHeadingLike(head) || (printedLength(head) < MIN_BAR_TITLE && !briefs) || isChromeLine(lineText(head), chrome) || isChromeLine(text, chrome)) return undefined
  // (Not a sentence running on into the date, 第十届全市运动会将于 2024年11月9日; a paper's or a page's line, 星島日報
  // 港聞版 2024年11月09日, 第A04版：港聞 2024年11月09日; a caption, 图为游客在景区赏雪 2024年11月9日; nor a date the title
  // names, older than the web's pages, 历史上的今天 1949年10月1日, 南京大屠杀死难者国家公祭日 1937年12月13日.)
  const words = lineText(head).trim()
  if (RUNS_ON.test(words) || PAPER_OR_PAGE.test(words) || CAPTION_OPENING.test(words)) return undefined
  if (Number(FIELD_DATE.exec(date)![2]) < FIRST_WEB_YEAR) return undefined
  return titleBarRows({ tokens, from, gap }, head, date, dateAt, tokens.length)
}

/**
 * A title bar's rows: the title, the date's stamp (its row opening
 * at the date, with the date field's span and value, as a site's fields
 * give them), and what stands after it, where something does.
 */
function titleBarRows(line: Pick<LineView, 'tokens' | 'from' | 'gap'>, head: IToken[], date: string, dateAt: number, tailAt: number, tail?: Reading): { rows: Row[] } {
  const { tokens, from, gap } = line
  const stamp = fieldDate(0, FIELD_DATE.exec(date)!, false)
  const rows = [readRow(head, gap, from, { kind: 'heading' }), readRow(trimmed(tokens.slice(dateAt, tailAt)), 0, from + dateAt, { kind: 'stamp', stamp })]
  return { rows: tail ? [...rows, readRow(tokens.slice(tailAt), 0, from + tailAt, tail)] : rows }
}

/** A listing item's line (TITLE_DATE_BAR): the title, the date's stamp, and the credit after the bar. */
function titleDateBar(tokens: IToken[], text: string, from: number, gap: number, runner: RuleRunner): LineResult {
  const m = TITLE_DATE_BAR.exec(text)
  if (!m) return undefined
  const [, title, date, credit] = m as unknown as [string, string, string, string]
  const dateAt = partAt(tokens, text.indexOf(date, title.length))
  const creditAt = partAt(tokens, text.length - credit.length)
  if (dateAt <= 0 || creditAt <= dateAt) return undefined
  const head = trimmed(tokens.slice(0, dateAt))
  if (!isHeadingLike(head) || printedLength(head) < MIN_BAR_TITLE || stampOf(title) !== undefined) return undefined
  const credits = runner.attempt(tokens.slice(creditAt), (p) => p.byline())
  // (A credit the credit rules cannot read, 文:論盡採訪組, is the bar's field: interface.)
  return titleBarRows({ tokens, from, gap }, head, date, dateAt, creditAt, credits ? { kind: 'byline', credits } : { kind: 'chrome' })
}

/**
 * A blog's post meta under its title, as WordPress themes print it (文/何欣潔 - 13 七月 2011 - 6 篇回應 ·
 * 文/何欣潔 - 28 六月 2011 - 五里埔慶端午,憂就業回鄉難 已關閉迴響。): the credit, a dash, the date (the day, the
 * month in numerals, the year), and the comments' count or state after another.
 */
const POST_META = /^(\S.{1,20}?) - (([0-9]{1,2}) ([一二三四五六七八九十]{1,3})月 ([0-9]{4}))(?: - .{1,80})?$/u
/** What a post meta's line holds, the cheap check before its pattern. */
const POST_META_DASH = ' - '

/**
 * The post meta line: two rows, the byline (its credit, where the credit
 * rules read it) and the stamp (the date and what follows it).
 */
export const readPostMeta: LineTest = ({ tokens, text, from, gap, above }, { runner }) => {
  // (Under the post's title or the site's furniture: a line quoted in a story, 文/张三 - 5 三月 1981 - 北京, is its text.)
  if (above !== undefined && above.kind !== 'heading' && above.kind !== 'chrome' && above.kind !== 'stamp') return undefined
  // (Nor under a line its colon opens onto the text: 记者翻出当年的剪报： / 文/张三 - 5 三月 1981 - 北京.)
  if (above?.kind === 'heading' && LABEL_COLON.test(lineText(above.tokens).trim().slice(-1))) return undefined
  const m = text.length <= MAX_FURNITURE_LENGTH && text.includes(POST_META_DASH) ? POST_META.exec(text) : null
  if (!m) return undefined
  const [, credit, printed, day, month, year] = m as unknown as [string, string, string, string, string, string]
  const monthNumber = readNumber(month)
  if (monthNumber === undefined || monthNumber < 1 || monthNumber > 12) return undefined
  const split = partAt(tokens, credit.length)
  if (split <= 0) return undefined
  const head = trimmed(tokens.slice(0, split))
  const credits = runner.attempt(head, (p) => p.byline())
  if (!credits) return undefined
  const rest = trimmed(tokens.slice(split))
  const at = textIn(text, rest, tokens[0]!.startOffset).indexOf(printed)
  const stamp: StampInfo = { date: { start: at, end: at + printed.length, value: { year: Number(year), month: monthNumber, day: Number(day), raw: printed } } }
  return { rows: [readRow(head, gap, from, { kind: 'byline', credits }), readRow(rest, 0, from + tokens.indexOf(rest[0]!), { kind: 'stamp', stamp })] }
}

/** The longest title a site prints over its stamp's row (a college's or a county's news site's long titles). */
const MAX_WEB_TITLE = 80

/** What a site's title stands under: its navigation, its page line. */
const OVER_WEB_TITLE: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'masthead'])

/**
 * A long line between the site's navigation and its stamp's row (当前位置: 首页 >> 学院新闻 /
 * 我院承办的“多彩校园·闪亮青春”第十二届…大赛圆满落幕 / 发布时间:2017-10-20 作者:周菀娇): the
 * story's title, however long, when it ends no sentence and holds none. (Under the title a lead
 * stands over the text, not over the stamp.)
 */
export const longTitlesOverStamps: Refinement = (rows) =>
  rows.map((row, k) => {
    if (row.kind !== 'body') return row
    const [above, next] = [rows[k - 1], rows[k + 1]]
    // (Not at the page's top, where a cut first sentence may stand over a date; nor a line opening with a date, a lead's.)
    if (next?.kind !== 'stamp' || above === undefined || !OVER_WEB_TITLE.has(above.kind) || tokenMatcher(row.tokens[0]!, DateToken)) return row
    if (printedLength(row.tokens, MAX_WEB_TITLE) > MAX_WEB_TITLE || holdsSentenceEnd(row.tokens)) return row
    return readAs(row, 'heading')
  })

/**
 * A column's name and the site's date, hyphened, on a line over the story's title (學聲大代誌 2014-05-05 /
 * 木棉道開唱學生事務會民歌現 / 【記者…報導】…): the column's bar, interface. The name is a column's, short; the title
 * stands alone under it, the story's text under the title. (A title with its date, 春运首日客流平稳 2023-01-15, is longer,
 * or has the text straight under it.)
 */
const COLUMN_BAR = new RegExp(`^[${HAN_CLASS}]{2,6} +[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$`)
/** What may stand under a title that stands under a column's bar: the story's text or its opening. */
const UNDER_BARRED_TITLE: ReadonlySet<Row['kind']> = new Set(['body', 'dateline', 'byline'])

export const columnBarsOverTitles: Refinement = (rows) =>
  rows.map((row, k) => {
    if (row.kind !== 'heading' || !COLUMN_BAR.test(lineText(row.tokens).trim())) return row
    const [title, text] = [rows[k + 1], rows[k + 2]]
    if (title?.kind !== 'heading' || text === undefined || !UNDER_BARRED_TITLE.has(text.kind)) return row
    return readAs(row, 'chrome')
  })

/** Every pattern of the convention, for the test that checks none backtracks. */
export const TITLE_BAR_PATTERNS: readonly RegExp[] = [TITLE_BEFORE_FIELDS, TITLE_GLUED_TO_DATE, FIELD_IN_TITLE, TITLE_DATE_NAMES, TITLE_THEN_DATE, RUNS_ON, PAPER_OR_PAGE, CAPTION_OPENING, TITLE_DATE_BAR, DATE_THEN_BAR, POST_META, COLUMN_BAR]
