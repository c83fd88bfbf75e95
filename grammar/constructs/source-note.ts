/**
 * Source notes: where a story's figures or text come from.
 *
 *   数据来源：国家统计局 · 资料来源：…          a data source
 *   来源:桂林日报 · 文章来源:http://…           a repost's source, under the story
 *   新快报 · 大洋网-广州日报 · 宁化县新闻中心     a repost's outlet, named alone on its line under the title
 *   来源: / 西双版纳发布 / 勐腊县融媒体中心        a site's source label alone, its values on the lines under it
 *   ◎台大意識報                                  a credit's bullet before the paper's own name, under the title
 *
 * Everything about the convention is here: its patterns, the line test,
 * the node, where it stands.
 *
 * Where it stands: among an article's heading lines (a repost's outlet
 * under its title), in its body (under a chart's figures), or at the top
 * level.
 */
import type { SourceNote } from '../../src/types'
import { HAN_CLASS } from '../han'
import { POST_SOURCE_LABELS, SOURCE_LABELS } from '../furniture'
import { lineText, partAt, readAs, readRow, start, type Row } from '../../src/assemble/row'
import { tokenMatcher } from 'chevrotain'
import { Colon, Role } from '../tokens'
import { trimmed } from '../layout'
import type { Placement } from '../../src/configure'
import type { LineTest, Placer, Refinement, RowNode } from './construct'
import { rowPhrase } from './line-nodes'
import { isDatePart } from './stamp'
import { NETWORK_NAMES } from '../rules/inline'

const SOURCE_NOTE_STANDS_IN: ReadonlySet<Placement> = new Set(['heading', 'body', 'top'])

/**
 * What such a label names: an outlet or a body by its ending, one or a few (人民日报, 新华社、人民日报, 渭南新闻网,
 * 央视新闻客户端, 某县融媒体中心, 渭南发布, 市统计局, 某某发布公众号), a title in book-title marks (《渭南日报》),
 * or the internet (来源 | 网络) — not a title's or a poem's words (转自：一位老兵的家书,
 * 来源 | 雪山), nor a group chat a rumour came from.
 */
const OUTLET = `[${HAN_CLASS}·]{1,16}(?:报|网|社|台|新闻|客户端|在线|发布|中心|频道|杂志|局|公众号)`
const OUTLET_OR_TITLE = `${OUTLET}(?:、${OUTLET}){0,3}|《[^《》]{1,20}》|(?:互联)?网络`
/**
 * A note that the text or its pictures come from the internet, as a post prints it, its request to take them down
 * perhaps after it: （来源网络）, （图片来源：网络）, （图源网络）, （部分图片来源于网络，侵删）, 【图片来源网络】.
 */
const FROM_THE_INTERNET = `^[(（[【] ?(?:部分)?(?:图片|图|配图|文章|文字|内容|素材)?(?:来源于|来源|来自|源自|源于|源) ?:? ?((?:互联)?网络)(?:[,，] ?(?:侵删|如有侵权请联系删除))? ?[)）\\]】]$`

/**
 * What a desk compiled the story from, in brackets on its own line under it: (本报综合), （综合新华社、央视新闻）,
 * （综合自新华社、人民日报等）, （本报综合报道）: the note whole, its source the words after 综合.
 */
const COMPILED_FROM = `^[(（]((?:本报|本网|本台|本刊)?综合(?:自|报道|整理|编译)?(?: ?[:：]? ?(?:${OUTLET_OR_TITLE})(?:等)?(?:报道|消息)?)?)[)）]$`

/** Who provided the photos, alone in brackets: （图片由县应急管理局提供）, （照片由市气象局提供）, （本版图片均由县委宣传部提供）, （县应急管理局供图）. */
const PHOTOS_PROVIDED = `^[(（](?:本版|本文|文中)?(?:图片|照片|配图)?均?由([^()（）]{2,20})提供[)）]$|^[(（]([^()（）]{2,20})供图[)）]$`

/**
 * 数据来源：国家统计局 · 资料来源: 新华社 · a repost's 文章来源:都市快报, 来源:桂林日报, 文章来源:http://news.72177.com/…, - 消息来源:丹东日报社,
 * 本文来源:渭南日报, 转自:渭南日报, 来源 | 渭南日报 (a bar for the colon, as new-media posts print it) ·
 * a government site's 信息来源:靖江日报 (a site's source labels: furniture.ts SOURCE_LABELS) ·
 * a note that the text or its pictures come from the internet: （来源网络）, （图片来源：网络）, （图源网络） ·
 * the address of the story it was taken from: 原文链接：http://…, 链接：www.… ·
 * where a story first ran: 原载于2023年5月18日《咸阳日报》四版 ·
 * the wire or paper a story is taken from, in brackets on its own line under it: （新华社）, （据人民日报）, （来源：新华网）,
 * （本文来源：恩施新闻网）, （据《人民日报》）, （本文来源：远安发布）, or in lenticular or square ones as a site prints the field (【来源：远安日报】, [来源:华声在线]);
 * what a desk compiled it from: (本报综合), （综合新华社、央视新闻）;
 * who provided the photos, in brackets on a line of its own: （图片由县应急管理局提供）, （县应急管理局供图）
 */
const SOURCE_NOTE = new RegExp(
  `^(?:[-•·] )?(?:数据来源|资料来源|${SOURCE_LABELS}) ?: ?(\\S.{0,79})$|${PHOTOS_PROVIDED}|^(?:${POST_SOURCE_LABELS}) ?[:|｜丨] ?(${OUTLET_OR_TITLE})$|${FROM_THE_INTERNET}|^(?:原文链接|原文地址|原文网址|来源链接|链接|网址) ?[:|｜] ?((?:https?://|www\\.)[!-~]{3,160})$|^(?:原载于|原刊于|原文刊于|原文载于|原载 ?[:：]) ?([^。!?]{2,60})$|^[(（](?:据 ?|(?:${POST_SOURCE_LABELS}) ?[:：] ?)(${OUTLET_OR_TITLE})(?:电|消息|报道)?[)）]$|^[(（]([${HAN_CLASS}]{1,10}(?:社|报|网|台)|[${HAN_CLASS}]{2,10}新闻)[)）]$|^【(?:${POST_SOURCE_LABELS}) ?[:：] ?([^【】]{2,30})】$|^\\[(?:${POST_SOURCE_LABELS}) ?[:：] ?([^\\[\\]]{2,30})\\]$|${COMPILED_FROM}`,
)

/** A line naming where figures come from: the span of the source. */
export function sourceNoteOf(line: string): { start: number; end: number } | undefined {
  return sourceSpan(line, SOURCE_NOTE)
}

/** The span in `line` of the source a pattern's first group that matched holds, or undefined where it does not match. */
function sourceSpan(line: string, pattern: RegExp): { start: number; end: number } | undefined {
  const m = pattern.exec(line.trim())
  if (!m) return undefined
  const source = m.slice(1).find((group) => group !== undefined)!
  const at = line.lastIndexOf(source)
  return { start: at, end: at + source.length }
}

/**
 * A repost's source line: a paper or site named alone on its line
 * (新快报, 南方都市报, 大洋网-广州日报), or a county's media centre or
 * station (宁化县新闻中心, 西和县融媒体中心). Named by the kind of paper its name
 * ends with, so a headline that merely ends in 报 (特大喜报) is not one.
 */
const OUTLET_LINE = new RegExp(`^[${HAN_CLASS}]{1,10}(?:日报|晚报|晨报|早报|都市报|商报|时报|快报|青年报|法制报|网)(?:-[${HAN_CLASS}]{1,10}(?:日报|晚报|晨报|早报|都市报|商报|时报|快报|报))?$`)

/**
 * A county's or a city's media centre or station named alone (宁化县新闻中心, 浙江在线新闻中心): a
 * source line only under the site's stamp or its date, where a title's first line (市广播电视台 /
 * 推出系列融媒体产品) or a sentence the layout cut (承办单位为 / 县融媒体中心 / …) cannot stand; and
 * named with its place, two characters at least before the institution's word.
 */
const CENTRE_LINE = new RegExp(`^[${HAN_CLASS}]{2,10}(?:融媒体中心|新闻中心|传媒中心|广播电视台|电视台)$`)
/** Whether a media centre's line stands where it names the source: under the stamp, the page's date line, or a date block's part. */
const overCentre = (above: Row | undefined): boolean => above !== undefined && (above.kind === 'stamp' || above.kind === 'pageHeader' || isDatePart(above))

/** A line naming only the outlet a reposted story comes from: the span of its name. */
/**
 * Words ending in 网 that name no site: a verb's object (嫌犯落网, 上网, 触网, 撒网, 织网, 联网) and
 * the networks (互联网, 物联网, 电网, 法网, 渔网): a headline ends with them (甘肃连环杀人嫌犯落网).
 */
const NOT_A_SITE = new RegExp(`(?:[落上入触撒织结联破漏拉收补]网|${NETWORK_NAMES})$`)

export function outletLineOf(line: string, above?: Row): { start: number; end: number } | undefined {
  const name = line.trim()
  if (!(OUTLET_LINE.test(name) && !NOT_A_SITE.test(name)) && !(CENTRE_LINE.test(name) && overCentre(above))) return undefined
  const at = line.indexOf(name)
  return { start: at, end: at + name.length }
}

/**
 * A site's source field opening its row (来源：远安融媒, 信息来源：远安县政府办): the source named in one word, then,
 * set apart by spaces or a bar, the next field.
 */
const SOURCE_FIELD = new RegExp(`^(?:${POST_SOURCE_LABELS}) ?[:|｜丨] ?[^ :|｜丨]{1,30}`)
/** What sets a row's fields apart: spaces, a bar between. */
const FIELD_APART = /^ *(?:[|｜丨] *)?$/

/**
 * A site's source field, then its staff's on the same row (来源：远安融媒 编辑：王芳 审核：李强 终审：赵敏,
 * 来源：恩施日报 | 编辑：李强 | 审核：赵敏, 来源：恩施日报 记者：王芳 编辑：李强): the source note, then the rest read as a
 * line of its own — the staff line, or the byline and the staff line. The next field's role and its colon open the
 * rest, which must read as credits; the bar between the fields stays with the source's row.
 */
export const readSourceThenStaff: LineTest = ({ tokens, text, from, gap }, { runner }) => {
  const m = SOURCE_FIELD.exec(text)
  if (!m) return undefined
  // (The field must end where a token does: a longer value, cut by the pattern, is no one word.)
  const end = partAt(tokens, m[0].length)
  if (end <= 0) return undefined
  const head = tokens.slice(0, end)
  let split = head.length
  while (split < tokens.length && FIELD_APART.test(tokens[split]!.image)) split++
  const [role, colon] = [tokens[split], tokens[split + 1]]
  if (split === head.length || role === undefined || colon === undefined || !tokenMatcher(role, Role) || !tokenMatcher(colon, Colon)) return undefined
  const source = sourceNoteOf(lineText(head))
  // (The rest must read as credits: 作者: 今日桐乡记者 羊宇杰 编辑: 王颖 does not, and the row stays the source's.)
  if (!source || !runner.attempt(trimmed(tokens.slice(split)), (p) => p.editorLine())) return undefined
  return { label: readRow(trimmed(tokens.slice(0, split)), gap, from, { kind: 'sourceNote', source }), rest: tokens.slice(split) }
}

/**
 * A credit's bullet before a paper's name alone, as a student or community paper signs a story with its own name under
 * the title (◎台大意識報): the paper the story comes from, no person's byline.
 */
const BULLETED_PAPER = new RegExp(`^[■●◆□◎] ?([${HAN_CLASS}]{2,12}(?:报社?|网))$`)

export const readSourceNote: LineTest = ({ text, above }) => {
  // 数据来源：国家统计局; a repost's 新快报 under its title; ◎台大意識報.
  const source = sourceNoteOf(text) ?? outletLineOf(text, above) ?? sourceSpan(text, BULLETED_PAPER)
  return source && { kind: 'sourceNote', source }
}

/** A line naming where figures come from (数据来源：国家统计局). */
export const sourceNoteNode: RowNode = (row: Row, { context: { runner, factory } }): SourceNote => {
  const from = start(row.tokens)
  return { type: 'sourceNote', source: factory.source(from + row.source!.start, from + row.source!.end), ...rowPhrase(row, runner, factory) }
}

export const placeSourceNote: Placer = (row, assembly) => {
  assembly.stand(() => sourceNoteNode(row, assembly), SOURCE_NOTE_STANDS_IN)
}

/** A site's source label alone on its line, the value left to the lines under it: 来源: · 稿件来源： */
const SOURCE_LABEL_ALONE = new RegExp(`^(?:${POST_SOURCE_LABELS}|${SOURCE_LABELS}) ?[:：]$`)
/** A source's name on a line of its own under its label: one word, no sentence's mark (西双版纳发布, 勐腊县融媒体中心). */
const SOURCE_VALUE = new RegExp(`^[${HAN_CLASS}A-Za-z0-9·]{2,16}$`)
/** The rows a label or its value may have been read as at first: text, or a value already read as an outlet's line (钱江晚报). */
const TEXT_KINDS: ReadonlySet<Row['kind']> = new Set(['body', 'heading', 'sourceNote'])
/** The most sources a label's lines name (a site's and the centre it took the story from). */
const MAX_SOURCE_VALUES = 3

/**
 * A site's source label alone on its line and the sources named one per line under it, as a page prints the field's
 * label and its value in elements of their own (…服务工作。” / 来源: / 西双版纳发布 / 勐腊县融): the label is interface,
 * each name a source note — no paragraph of the story, though a value cut short (勐腊县融) names no outlet by its ending.
 * Only text rows (or a value read as an outlet's line), each a word with no mark, and only where no text follows them;
 * a label with no such line under it stays as it reads.
 */
export const sourceValuesUnderLabel: Refinement = (rows) => {
  const read = rows.slice()
  const text = (row: Row | undefined) => (row && TEXT_KINDS.has(row.kind) ? lineText(row.tokens).trim() : undefined)
  for (let at = 0; at < rows.length; at++) {
    if (!SOURCE_LABEL_ALONE.test(text(rows[at]) ?? '')) continue
    let to = at + 1
    while (to < rows.length && to - at <= MAX_SOURCE_VALUES && SOURCE_VALUE.test(text(rows[to]) ?? '')) to++
    // (The story's text or its fields' labels under them, 来源: / 钱江晚报 / 作者: / 夏凡 …: the label stays the story's,
    // where the credits under it are read.)
    if (to === at + 1 || text(rows[to]) !== undefined) continue
    read[at] = readAs(rows[at]!, 'chrome')
    for (let k = at + 1; k < to; k++) {
      const line = lineText(rows[k]!.tokens)
      const name = line.trim()
      const from = line.indexOf(name)
      read[k] = { ...readAs(rows[k]!, 'sourceNote'), source: { start: from, end: from + name.length } }
    }
    at = to - 1
  }
  return read
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const SOURCE_NOTE_PATTERNS: readonly RegExp[] = [SOURCE_NOTE, OUTLET_LINE, CENTRE_LINE, NOT_A_SITE, SOURCE_FIELD, FIELD_APART, SOURCE_LABEL_ALONE, SOURCE_VALUE, BULLETED_PAPER]
