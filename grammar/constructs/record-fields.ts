/**
 * A crawler's record: a story stored with its fields labelled on their
 * lines, as news crawlers and their exports keep it.
 *
 *   标题:甘肃连环杀人嫌犯：曾向乡邻亲口讲述白银凶案     the title after its label: the headline
 *   发布时间:2016-08-29 07:55:35                       the stamp (stamp.ts)
 *   正文:事件仍在发酵，罗尔备受质疑。资料图             the text opens after its label: the line read as it is
 *
 * Everything about the convention is here. The labels are the record's
 * furniture (interface rows); the title after its label is a heading
 * whatever its length or marks (a web title may run long, or hold a
 * colon), and what follows the text's label is read as the line it is —
 * the lead, or a photo's caption printed first.
 */
import { lineText, partAt, readRow, type Row } from '../../src/assemble/row'
import { INTRODUCES, trimmed } from '../layout'
import type { LineTest } from './construct'
import { readTitleWithSite } from './page-titles'

/** The title's label: 标题:, 標題：, 题目:, 新闻标题:. */
const TITLE_LABEL = /^(?:新闻标题|新聞標題|标题|標題|题目|題目) ?[:：] ?(?=\S)/u
/** The text's label: 正文:. (Not 内容:, which notices print over their own fields: 时间：… 内容：….) */
const TEXT_LABEL = /^正文 ?[:：] ?(?=\S)/u
/**
 * A library database's record, its labels in lenticular brackets: 【版次】第A06版:晚报之眸 /
 * 【入库时间】20130530 / 【全文挂接】 / 【全文】, the text on the lines under it; or each label
 * with its value after an equals sign (【日期】= 1991.02.23 / 【期号】= 311 / 【标题】= 图片 /
 * 【作者】= 画连生 / 【正文】=, the record printed again under them). The labels are the
 * record's furniture; so are the values after an equals sign and the record's own dates and
 * links; what follows 【版次】 is read as the page line it is, and the text after 【全文】 or
 * 【正文】 on its line as the line it is. Labels no story prints opening a line of its text.
 */
const BRACKETED_FIELD = /^【(版次|版名|版号|期号|日期|专栏|标题|作者|入库时间|入库日期|全文挂接|全文|正文)】( ?= ?)?/u
/** The labels a record prints without an equals sign: the page, the record's own date and link, its text. */
const BARE_LABEL = /^(?:版次|入库时间|入库日期|全文挂接|全文|正文)$/u
/** The labels whose value is the record's, not the paper's: the whole line is interface. */
const RECORD_ONLY = /^(?:入库时间|入库日期|全文挂接)$/u
/** The labels the story's text follows. */
const TEXT_FIELD = /^(?:全文|正文)$/u


/**
 * Whether a bracketed field stands in the record's block: at the page's top, under the record's
 * title or its other fields. (A story that quotes 【标题】= 图片 or opens a line with 【正文】 keeps its
 * text: not under a line its colon closes, 记录会显示为：, nor under a field read as the story's text.)
 */
function inRecord(above: Row | undefined): boolean {
  if (above === undefined || OVER_FIELDS.has(above.kind)) return true
  const over = lineText(above.tokens).trim()
  return above.kind === 'heading' && !INTRODUCES.test(over) && !BRACKETED_FIELD.test(over)
}

/** The longest title a record's label stands over (a web title with its site's words). */
const MAX_RECORD_TITLE = 80

/** The rows a record's fields stand under: its other fields and the site's furniture, never the story's text. */
const OVER_FIELDS: ReadonlySet<Row['kind']> = new Set(['chrome', 'stamp', 'pageHeader', 'masthead', 'sourceNote'])

/**
 * A record's field, at the record's top: the title's label first on the
 * page or under the site's furniture; the text's label under the record's
 * other fields (发布时间:…). (标题：… or 正文：… in a story's text — how an
 * official document is set out, a quoted title, a notice's 正文：详见附件 —
 * are the text's words.)
 */
export const readRecordField: LineTest = (view, context) => {
  const { tokens, text, from, gap, above } = view
  const bracketed = BRACKETED_FIELD.exec(text)
  if (bracketed && inRecord(above) && (bracketed[2] !== undefined || BARE_LABEL.test(bracketed[1]!))) {
    const [field, name, equals] = bracketed as unknown as [string, string, string | undefined]
    const split = partAt(tokens, field.length)
    const valued = split > 0 && split < tokens.length
    // (After an equals sign only the text's label has the story after it.)
    if (!valued || RECORD_ONLY.test(name) || (equals !== undefined && !TEXT_FIELD.test(name))) return { kind: 'chrome' }
    return { label: readRow(tokens.slice(0, split), gap, from, { kind: 'chrome' }), rest: trimmed(tokens.slice(split)) }
  }
  const title = TITLE_LABEL.exec(text)
  const label = title ?? TEXT_LABEL.exec(text)
  if (!label) return undefined
  // (The title's label first on the page or under the site's furniture; the text's under the record's fields.)
  const under = (title !== null && above === undefined) || (above !== undefined && OVER_FIELDS.has(above.kind))
  if (!under) return undefined
  const split = partAt(tokens, label[0].length)
  if (split <= 0 || split >= tokens.length) return undefined
  const rest = trimmed(tokens.slice(split))
  const labelRow = readRow(tokens.slice(0, split), gap, from, { kind: 'chrome' })
  if (!title) return { label: labelRow, rest }
  if (text.length - label[0].length > MAX_RECORD_TITLE) return undefined
  const restFrom = from + tokens.indexOf(rest[0]!)
  // (The page's title with its site's name after a bar, 寻找章莹颖!…超66小时-中青在线: the title, then the site's name.)
  const withSite = readTitleWithSite({ ...view, tokens: rest, text: lineText(rest), from: restFrom, gap: 0 }, context)
  if (withSite && 'rows' in withSite) return { rows: [labelRow, ...withSite.rows] }
  return { rows: [labelRow, readRow(rest, 0, restFrom, { kind: 'heading' })] }
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const RECORD_FIELD_PATTERNS: readonly RegExp[] = [TITLE_LABEL, TEXT_LABEL, BRACKETED_FIELD, BARE_LABEL, RECORD_ONLY, TEXT_FIELD]
