/**
 * Heading groups: the lines that open an article — up to three heading
 * lines (引题 kicker, 主题 headline, 副题 subheadlines: heading-lines.ts
 * tells which), with the captions, section labels, web page furniture
 * (stamps, interface lines) and extensions' constructs a page prints
 * among them, then any bylines.
 *
 *   党建引领 聚力发展            kicker
 *   我市召开全市工作会议          headline
 *   ——记…                       subheadline
 *   本报记者 张三                byline
 *   本报讯 5月9日…               the lead: an opener
 *
 * A group is found before an opener (a dateline or byline line), or at a
 * fresh start (page top, after a closed article) when body text follows.
 * A heading line is a short line that is not a sentence (grammar/layout.ts
 * `isHeadingLike`); what it is depends on what follows.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { isEditorsNote } from './editors-note'
import { MAX_HEADING_LENGTH, WIDE_GAP, compactText, holdsSentenceEnd, isHeadingLike, printedLength, trimmed } from '../layout'
import { Comma, LINE_END, Space } from '../tokens'
import { firstUnderTopFurniture, fullWidth, usualGap, type PageShape } from '../page-shape'
import { closesParagraph } from './paragraph'
import { startsDateline } from '../rules/inline'
import { afterListBullet, bulletRows, isChromeLine, isReadingControl } from './chrome'
import { opensUntitled } from './untitled'
import { namesPhotoOnly, photoNewsStory } from './caption'
import { SUBTITLE_DASH, headingInlines, headingRoles, isLabel, listedHeadline, marksKicker, type HeadingRole } from './heading-lines'
import { isStoryText, end, lineText, readAs, start, type Kind, type Row } from '../../src/assemble/row'
import type { RowStream } from '../../src/assemble/row-stream'
import type { Assembly } from '../../src/assemble/assembly'
import type { ArticleContent } from '../../src/types'
import type { LineTest, Refinement } from './construct'

export interface Group {
  /** Headings, and the captions and furniture among them, in page order. */
  heads: Row[]
  /** Bylines, and the page furniture printed with them (a page citation after a byline), in page order. */
  bylines: Row[]
}

export const readHeading: LineTest = ({ tokens, text, from, gap, below }, { words }) => {
  // (编者按 alone labels the editor's note under it: no title.)
  if (!isHeadingLike(tokens) || SCENE_FIELD.test(text.trim()) || isEditorsNote(tokens)) return undefined
  // (An ellipsis alone marks text left out of the story, …… over more of it: no title. Over a dateline it parts two
  // stories, the next one opening there.)
  if (ELLIPSIS_ALONE.test(text.trim()) && !(below !== undefined && startsDateline(below.tokens))) return undefined
  // • 送上一杯热水 为环卫工人提供歇脚地儿: a site's list bullet before a title is its interface, not the title's; so is a
  // mobile paper's star before each story's title (★我县推进新时代乡贤工作), or a campus weekly's mark (◎APEC教育論壇…).
  const title = afterListBullet(tokens) ?? afterTitleMark(tokens)
  if (title === undefined || title.length === 0) return { kind: 'heading' }
  // (• 首页: a menu's item, all of it interface.)
  if (isChromeLine(text.slice(title[0]!.startOffset - tokens[0]!.startOffset), words.chrome)) return { kind: 'chrome' }
  return { rows: bulletRows(tokens, title, from, gap, 'heading') }
}

/**
 * The marks a paper sets before each story's title, no part of it: a mobile paper's (手机报) stars, in its contents and
 * over each story (★, ☆); a campus weekly's ◎ (◎APEC教育論壇 台灣首辦在銘傳). (A credit's ◎, ◎ 本报记者 X, is the byline's.)
 */
export const TITLE_MARKS: ReadonlySet<string> = new Set(['★', '☆', '◎'])
/** A line's words after the mark before its title, or undefined when no mark opens it. */
const afterTitleMark = (tokens: IToken[]): IToken[] | undefined => (TITLE_MARKS.has(tokens[0]!.image) && tokens.length > 1 ? trimmed(tokens.slice(1)) : undefined)

/** An ellipsis's marks alone on a line: ……, …, ⋯⋯, ..... */
const ELLIPSIS_ALONE = /^[…⋯.。·]+$/

/**
 * A scene's field in a reporter's log, behind a dash or not: -时间:晚7时30分 /
 * -地点:利星购物广场附近. Text of the story, however short.
 */
const SCENE_FIELD = /^[-—·]? ?(?:时间|地点|人物|事件|现场|天气)[:：]/

/** The longest line that may hold a heading group run together (引题 主题 副题 on one line). */
const MAX_RUN_TOGETHER_LENGTH = 2 * MAX_HEADING_LENGTH

/**
 * A heading group run together on one line, its parts set apart by spaces
 * (a clipping export's 深圳證實富源自外省引入尖子生源 廣東周五前普查「高考移民」
 * 粵教育廳：最嚴重將吊銷辦學執照), straight over the dateline it opens: too
 * long for one heading, but a title all the same — not a sentence, and not
 * under text it could continue. Read as a heading line.
 */
export const runTogetherTitles: Refinement = (rows) => {
  // (A copy spaced by a web page's empty paragraphs sets every line a blank line apart: one more is the title's gap there.)
  const widest = usualGap(rows) + 1
  return rows.map((row, k) => {
    const above = rows[k - 1]
    const below = rows[k + 1]
    const title =
      row.kind === 'body' &&
      below?.kind === 'dateline' &&
      // (Only a line too long for one heading: a bracket's credit, （记者 张晔）, over a lead is no title.)
      (below.gap < WIDE_GAP || (below.gap <= widest && printedLength(row.tokens) > MAX_HEADING_LENGTH)) &&
      (above === undefined || above.kind !== 'body' || row.gap >= WIDE_GAP) &&
      row.tokens.some((token) => tokenMatcher(token, Space)) &&
      isHeadingLike(row.tokens, MAX_RUN_TOGETHER_LENGTH)
    return title ? readAs(row, 'heading') : row
  })
}

/** A comma closing a line: a title a database's column cut there (哪些城市居民存款多：6城市突破万亿大关，). */
const CUT_AT_COMMA = /^[，,]$/
/** The colon between a title's two parts. */
const TITLE_COLON = /^[：:]$/

/**
 * The page's first line, flush, closed by a comma, a colon between its two parts, over text the
 * page indents (a news CMS's record: its title field, cut by the column at a comma, then the
 * story's paragraphs, each indented): the title. A paragraph never ends at a comma, so the line is
 * no paragraph's last; nor is it the first line of a paragraph the page would indent.
 */
export const cutTitles: Refinement = (rows) => {
  const k = firstUnderTopFurniture(rows)
  const [row, next] = [rows[k], rows[k + 1]]
  if (row === undefined || next === undefined || row.kind !== 'body' || row.indented === true || next.indented !== true || !isStoryText(next)) return rows
  const t = trimmed(row.tokens)
  // (A title's two parts, a colon between: 哪些城市居民存款多：6城市突破万亿大关，. A salutation, 亲爱的同学们，, a lead-in,
  // 据市统计局最新发布的数据，, a poem's first verse, 春风吹过山岗，, holds none: the text's.)
  if (!CUT_AT_COMMA.test(t.at(-1)!.image) || !isHeadingLike(t.slice(0, -1)) || !t.slice(1, -2).some((token) => TITLE_COLON.test(token.image))) return rows
  return rows.map((r, j) => (j === k ? readAs(r, 'heading') : r))
}

const MAX_HEADING_LINES = 3
/** Rows that may stand among the headings of a group. */
const AMONG_HEADINGS: Kind[] = ['caption', 'pageHeader', 'stamp', 'chrome', 'sourceNote']
/** Whether a row may stand among a group's headings: those kinds, and extension constructs placed there. */
const amongHeadings = (row: Row) => AMONG_HEADINGS.includes(row.kind) || (row.kind === 'extension' && row.construct!.standsIn.has('heading'))
/** Page furniture a byline may carry on its line or under it: 本报记者 X《人民日报》（…第 01 版）. */
const WITH_BYLINES: Kind[] = ['pageHeader', 'stamp']

/** The run of bylines (with the furniture printed among them) from the row `at(0)` on. */
function bylinesFrom(at: (i: number) => Row | undefined): Row[] {
  const run: Row[] = []
  for (let row = at(0); row && (row.kind === 'byline' || (run.length > 0 && WITH_BYLINES.includes(row.kind) && row.gap === 0)); row = at(run.length)) {
    run.push(row)
  }
  return run
}

/** Rows that may follow the heading lines of a fresh start: the body, its opener, or what a page prints between them. */
const OPENS_BODY: ReadonlySet<Kind> = new Set(['body', 'dateline', 'byline', 'sourceNote', 'editorLine'])

/** Whether a row is text a credit line over it could open (not a new story's heading). */
const opensBody = (next: Row | undefined) => isStoryText(next) && next.gap < WIDE_GAP

/** Photo news printed without its photo, read as the photo's caption (its text and its photographer's credit): a story's text. */
const photoNewsText = (row: Row): boolean => row.kind === 'caption' && row.photoNews === true

/** Rows that may follow a group: its body. */
const BODY: Kind[] = ['body', 'dateline', 'heading']

/** The shortest title a story's text is read as echoing. */
const MIN_ECHOED_TITLE = 6

/**
 * Whether a line of text opens with the title right over it, then a space (落山道堆滿雜物 淪為衛生黑點 /
 * 落山道堆滿雜物 淪為衛生黑點 住在土瓜灣…): a copy that printed the story's title again at the head of its
 * text, run in with it.
 */
function echoesTitle(row: Row, above: Row | undefined): boolean {
  if (row.kind !== 'body' || above?.kind !== 'heading' || row.gap >= WIDE_GAP) return false
  const title = lineText(above.tokens).trim()
  const text = lineText(row.tokens).trim()
  return printedLength(above.tokens) >= MIN_ECHOED_TITLE && text.length > title.length && text.startsWith(title) && /\s/.test(text[title.length]!)
}

/**
 * Whether the page's first story opens by echoing its title: the copy's habit, so that a title its text
 * echoes further down opens a story too, not a section of the one above. (A story whose text opens with
 * a plain lead may head its sections so, 哪些人需要办理年度汇算 / 哪些人需要办理年度汇算 根据规定，…: its own.)
 */
function firstStoryEchoes(rows: Row[]): boolean {
  const first = rows.findIndex((row, k) => isStoryText(row) && rows[k - 1]?.kind === 'heading')
  // (Its title alone: under the page's title, 图说厂史七十年 / 1954年9月 / 1954年9月 第一台…, a line its text
  // echoes heads a part of that story, as a timeline's dates, a forecast's periods or a law's articles do.)
  return first > 0 && echoesTitle(rows[first]!, rows[first - 1]) && rows[first - 2]?.kind !== 'heading'
}

/** Heading groups that precede an opener (a dateline, a byline, text echoing its title), by their first row. */
export function findHeadingGroups(rows: Row[]): Map<Row, Group> {
  const groups = new Map<Row, Group>()
  let claimedUpTo = -1
  // (Titles echoed at the head of their text open stories while the stories above opened so.)
  let echoing = firstStoryEchoes(rows)
  for (let k = 0; k < rows.length; k++) {
    const kind = rows[k]!.kind
    const echo = echoing && echoesTitle(rows[k]!, rows[k - 1])
    if (k <= claimedUpTo || (kind !== 'dateline' && kind !== 'byline' && !echo)) continue
    let b = k
    while (b - 1 > claimedUpTo && rows[b - 1]!.kind === 'byline') b--
    let h = b
    let headings = 0
    // (The title its text echoes alone: lines over it may close the story above, 活动时间 6月8日至10日 / 活动地点 滨江公园.)
    while (h - 1 > claimedUpTo && (!echo || headings === 0)) {
      const previous = rows[h - 1]!
      // A web page's navigation over its title (返回主页 | 标题导航 / 上一期 下一期):
      // the titles above it are the page's index, not this story's heading lines.
      if (previous.kind === 'chrome' && headings > 0 && !isReadingControl(previous)) break
      // Two blank lines part blocks: a line over them is not this story's (看家乡事,品故乡情 / ⏎⏎ / the title).
      if (headings > 0 && rows[h]!.gap >= WIDE_GAP) break
      if (previous.kind === 'heading' && headings < MAX_HEADING_LINES) headings++
      else if (!amongHeadings(previous)) break
      h--
    }
    while (h < b && rows[h]!.kind !== 'heading') h++ // a group starts with its first heading
    const next = k + bylinesFrom((i) => rows[k + i]).length
    // A group needs a heading; and a byline opens an article only when a
    // body follows it: at the end of one it is a closing credit (■記者蔡少玲) —
    // but under a title and its dashed subtitle, a story the copy cut after
    // its byline (推动法治建设 守护群众美好生活 / ——访州人大代表… / 记者 刘茹).
    if (h === b || (kind === 'byline' && !BODY.includes(rows[next]?.kind ?? 'masthead') && !titledAndSubtitled(rows.slice(h, b)))) {
      // The other bylines of this run would find the same: skip them, so a
      // run is walked once (walked at each of its rows, it was quadratic).
      if (kind === 'byline') k = next - 1
      continue
    }
    groups.set(rows[h]!, { heads: rows.slice(h, b), bylines: rows.slice(b, next) })
    claimedUpTo = next - 1
    echoing = echo
  }
  return groups
}

/** Whether heading lines are a title and its subtitle under it, opened by a dash (——访州人大代表…): a story's head, whatever follows. */
const titledAndSubtitled = (heads: Row[]): boolean =>
  heads.length >= 2 && heads.every((row) => row.kind === 'heading') && SUBTITLE_DASH.test(lineText(heads.at(-1)!.tokens).trim()) && !SUBTITLE_DASH.test(lineText(heads[0]!.tokens).trim())

/** The furniture a site or an export prints under a story's title: interface lines, its stamp, its page and date. */
export const SITE_FURNITURE: ReadonlySet<Kind> = new Set(['chrome', 'stamp', 'pageHeader'])

/**
 * Whether a web page's furniture closes the title block (严查酒驾醉驾 预防交通事故
 * / 文章字数:152, a title over its stamp): the site sets the story's text
 * apart from its title block, so a wide gap after it does not part them.
 */
const closesTitleBlock = (heads: Row[]) => {
  const last = heads.at(-1)?.kind
  return last !== undefined && SITE_FURNITURE.has(last) && heads.some((row) => row.kind === 'heading')
}

/**
 * Whether the wide gap before a row ends the open article (two blank
 * lines part blocks), which it does except after a title block the site's
 * furniture closed (its bylines may follow): there the site set the text
 * apart; and except before plain text that opens nothing of its own.
 */
export function gapEndsArticle(row: Row, assembly: Assembly): boolean {
  if (row.gap < WIDE_GAP) return false
  // Plain text that opens nothing of its own (no heading over it, no untitled
  // story it closes) goes on with the story: sites set paragraphs apart so.
  if (assembly.state() === 'body' && row.kind === 'body' && !assembly.groups.has(row) && !opensUntitled(row, assembly)) return false
  // A photo's caption set apart inside the story, its text going on under the captions, is the story's
  // (…影响了广场形象。 / ⏎⏎ / 甘蔗渣吐在绿化带里 / ⏎⏎ / 瓜子壳成堆 / … / 广场四周的绿化带里…).
  if (assembly.state() === 'body' && row.kind === 'caption' && textGoesOn(assembly, row.gap)) return false
  // A credit line with no text under it closes the story above, however far apart (南海网记者 吴侨宾 … 报道).
  if (assembly.state() === 'body' && row.kind === 'byline' && !assembly.groups.has(row) && !opensBody(assembly.rows.peek())) return false
  // So does a site's row of fields with its author's credits, read as rows from one line (来源: 绍兴日报     作者: 记者 何雯 …:
  // editor-line.ts readSpacedFieldRow).
  if (assembly.state() === 'body' && row.kind === 'sourceNote' && assembly.rows.peek()?.kind === 'byline' && assembly.rows.peek()!.gap === 0 && onOneLine(row, assembly.rows.peek()!, assembly)) return false
  // (The byline a site's fields name may follow its stamp: 【发布日期:…】【作者:周晓露】.)
  const furnished = assembly.article?.children.some((child) => SITE_FURNITURE.has(child.type as Kind)) ?? false
  // A lead that opens with its dateline is the title's story however far apart (宝鸡市第十三届金秋菊展开展 / ⏎⏎ /
  // 文化艺术报讯 (…)), and so is any text under the page's first title (第A1版:要闻 / 沙颍河上运输忙 / ⏎⏎ / 连日来,…), photo news too,
  // which freshGroup gave it (isTitleOverGap).
  if (assembly.state() === 'heading' && (row.kind === 'dateline' || ((row.kind === 'body' || photoNewsText(row)) && assembly.openedFirst()))) return false
  // (So is the text under any title on a page that sets every title that far above its text: page-shape.ts titleGapOf.)
  if (assembly.state() === 'heading' && row.kind === 'body' && row.gap === assembly.page.titleGap) return false
  return assembly.state() !== 'heading' || !furnished
}

/** Whether two rows were read from one line of the page: no line break in the text between them. */
function onOneLine(row: Row, next: Row, assembly: Assembly): boolean {
  return !LINE_END.test(assembly.context.text.slice(end(row.tokens), start(next.tokens)))
}

/**
 * Whether, under the current caption and any more captions, the story's text goes on: plain text right under them, no
 * title over it — closer than a wide gap, or no farther below the captions than they stand below the text (`gap`: a
 * page that sets its photo apart by as many blank lines on each side, …课程成果展。 / ⏎⏎⏎ / 「興願」手工蠟燭。…(圖/…) /
 * ⏎⏎⏎ / 在設計與社會的課程中,…).
 */
function textGoesOn(assembly: Assembly, gap: number): boolean {
  let ahead = 1
  while (assembly.rows.peek(ahead)?.kind === 'caption') ahead++
  const next = assembly.rows.peek(ahead)
  return next !== undefined && next.kind === 'body' && (next.gap < WIDE_GAP || next.gap <= gap) && !assembly.groups.has(next)
}

/**
 * A heading line that may title text set two blank lines under it at the
 * page's top: a title, not a pair of phrases parted by a comma, as a site's
 * slogan is printed (看家乡事，品故乡情).
 */
const isTitleOverGap = (row: Row) => row.kind !== 'heading' || !row.tokens.some((token) => tokenMatcher(token, Comma))

/** Heading lines whose last lines are captions (图片新闻 / 金丝皇菊绽放“黄金花” / …摄): a story told by its photos. */
const photoStory = (heads: Row[]) =>
  // (The page's furniture may follow the captions: …记者 陈红菊摄 / 第06版:社会经纬.)
  heads.filter((row) => !SITE_FURNITURE.has(row.kind)).at(-1)?.kind === 'caption' && heads.some((row) => row.kind === 'heading')

/**
 * Whether the site's furniture from the row `from` on closes a title block over the story's text: the first row
 * after the furniture opens the body, no other title before it (“三湖”洲岛建设正酣 / ⏎⏎ / 日期:12-23 / 字号: / 版面:第A01版 /
 * ⏎⏎ / 12月22日,…, a copy spaced by a web page's empty paragraphs). Not a slogan or a nameplate over the page's
 * furniture and the story's own title (看家乡事,品故乡情 / ⏎⏎ / … / 南国今报 2014-02-26 / 道路坑洼真难行).
 */
function furnitureOverText(rows: RowStream, from: number): boolean {
  let k = from
  while (rows.peek(k) !== undefined && SITE_FURNITURE.has(rows.peek(k)!.kind)) k++
  const next = rows.peek(k)
  // (Text as a story's is, closing a sentence: not a line a copy left as text that titles nothing, 1# over a forum's post meta.)
  return next !== undefined && OPENS_BODY.has(next.kind) && (next.kind !== 'body' || holdsSentenceEnd(next.tokens))
}

/** What stands between the page's index or dialog and the story's title: navigation, the page's folio. */
const BETWEEN_TITLES: ReadonlySet<Kind> = new Set(['chrome', 'pageHeader'])

/** Whether the heads end with navigation since the last title line, the page's folio and date around it. */
function navigationSince(heads: Row[]): boolean {
  let k = heads.length - 1
  let navigation = false
  for (; k >= 0 && BETWEEN_TITLES.has(heads[k]!.kind); k--) navigation ||= heads[k]!.kind === 'chrome'
  return navigation && k < heads.length - 1
}

/**
 * Heading lines at a fresh start (page top, after a closed article), from
 * the current row on (as `current` reads it), followed by body text.
 */
export function freshGroup(rows: RowStream, current = rows.peek(0), pageTop = false, titleGap?: number): Group | undefined {
  const heads: Row[] = []
  let headings = 0
  // The page's first title owns the text under it however far apart (see gapEndsArticle); and
  // every title owns it on a page that sets each title that far above its text (page-shape.ts titleGapOf).
  // (Photo news too, its text and its photographers' credit read as the photo's: 赏菊 / ⏎⏎⏎ / 11月4日,… / 记者 韩小珍 摄.)
  const ownsTextBelow = (row: Row) =>
    (OPENS_BODY.has(row.kind) || photoNewsText(row)) &&
    ((pageTop && heads.every(isTitleOverGap)) || (row.gap === titleGap && heads.at(-1)?.kind === 'heading'))
  for (let row = current; row; row = rows.peek(heads.length)) {
    // (A site's stamp under its title may stand apart: 烈日下的热情 / ⏎⏎ / http://… 2005年04月28日10:33 南京报业网.)
    if (heads.length > 0 && row.gap >= WIDE_GAP && row.kind !== 'stamp' && !(SITE_FURNITURE.has(row.kind) && furnitureOverText(rows, heads.length)) && !closesTitleBlock(heads)) {
      if (ownsTextBelow(row)) break
      return undefined
    }
    // (Navigation between titles: the ones above it were the page's index; not
    // the site's controls under a title its stamp closed, 标题 / 2005年07月11日 09:53:25 / 浙江在线新闻网站 / 副题.)
    // (Navigation with the page's folio and date around it: 我知道了 / 2020年06月02日 / 上一期 下一期 / 02:要闻 / 标题, a reader's
    // dialog over the page; a paper's name and date alone under a title, 探尋發展中的四川藏區 / 甘孜日報 2016年05月20日 / ——副题, parts nothing.)
    if (row.kind === 'heading' && headings > 0 && navigationSince(heads) && !heads.some((head) => head.kind === 'stamp')) break
    // (A title under a photo's caption is the next photo's: 纸鸢曼舞 / …张勤宝 摄 / 品味书香.)
    if (row.kind === 'heading' && headings > 0 && heads.at(-1)!.kind === 'caption') break
    // (Photo news under its title, its text and its photographers' credit: the story's body, not a caption among the heads.)
    if (photoNewsText(row) && headings > 0) break
    if (row.kind === 'heading' && headings < MAX_HEADING_LINES) headings++
    else if (!amongHeadings(row)) break
    heads.push(row)
  }
  const after = rows.peek(heads.length)
  if (headings === 0) return undefined
  // A photo story: headlines over captions only, the page or the block ending after them,
  // or the next photo's title under them (遂宁 / 纸鸢曼舞 / …张勤宝 摄 / 乐山 / 品味书香 / …).
  if (photoStory(heads) && (!after || after.gap >= WIDE_GAP || after.kind === 'heading')) return { heads, bylines: [] }
  // A teaser: its title over the pointer to its story's page (全市经济运行稳中向好 / ●详见 3 版), an
  // article of its title alone, continued on that page (jump-line.ts).
  if (after?.kind === 'jumpLine' && after.jump?.teaser === true && after.gap < WIDE_GAP) return { heads, bylines: [] }
  if (after !== undefined && photoNewsText(after) && (after.gap < WIDE_GAP || ownsTextBelow(after))) return { heads, bylines: [] }
  if (!after || (after.gap >= WIDE_GAP && !closesTitleBlock(heads) && !ownsTextBelow(after))) return undefined
  // (A data source note, or a site's staff line, may stand between the headings and the body.)
  if (!OPENS_BODY.has(after.kind)) return undefined
  return { heads, bylines: bylinesFrom((i) => rows.peek(heads.length + i)) }
}

/**
 * A heading line as wide as the column, with the next heading line
 * straight under it, was wrapped by the column's edge (OCR of a narrow
 * column: 市委专题会议暨市疫情防控工作领导小组第四 / 十二次会议召开): one heading.
 */
function unwrapHeadings(heads: Row[], page: PageShape, assembly: Assembly): Row[] {
  const out: Row[] = []
  for (const row of heads) {
    const previous = out.at(-1)
    const wrapped =
      previous?.kind === 'heading' && row.kind === 'heading' && row.gap === 0 && fullWidth(page, previous) && !closesParagraph(previous.tokens)
    if (wrapped) out[out.length - 1] = { ...previous, tokens: assembly.context.tokens.slice(previous.from, row.to + 1), to: row.to }
    else out.push(row)
  }
  return out
}

/**
 * A site prints its stamp under the story's whole title: the headline stands over the stamp.
 * When the roles would put it under (草坪护栏被损 市民盼修缮 / 南川日报2018-10-19 09:43 / 市民反映 /
 * 篱笆护栏被损坏 · 3分钟长卷,感受岳阳…磅礴力量! / 时间:… 来源:… / 踏平惊涛保安澜: the title over
 * the stamp read as a kicker), the lines over the stamp take the roles among themselves and the
 * lines under it are subheadlines. Not when the line over the stamp is a column's label (供暖资讯 /
 * stamp / 城关区:六成热用户已享“温暖”) or says by its marks it is a kicker (【奋进新征程 建功新时代】,
 * …——): the title is under it. (Three print heading lines the stamp parts after the second,
 * 引题 / 主题 / stamp / 副题, keep their roles: the headline is over it. A campaign's label with no
 * marks, 聚焦2024年全国两会 / stamp / 代表委员热议政府工作报告, is taken for the title: a known miss.)
 */
function headlineOverStamp(heads: Row[], headings: Row[], roles: HeadingRole[]): HeadingRole[] {
  const stamp = heads.findIndex((row) => row.kind === 'stamp')
  if (stamp < 0) return roles
  const over = headings.filter((row) => heads.indexOf(row) < stamp)
  const under = headings.length - over.length
  const last = over.at(-1)
  if (last === undefined || under === 0 || roles.indexOf('headline') < over.length || isLabel(last.tokens, headings[over.length]!.tokens) || marksKicker(last.tokens)) return roles
  return [...headingRoles(over.map((row) => row.tokens)), ...Array<HeadingRole>(under).fill('subheadline')]
}

/** The longest subheadline that may title a story's first section: a label of a few words (市民反映, 踏平惊涛保安澜). */
const MAX_SECTION_LABEL = 8
/** How far in length a later section head may be from it. */
const LIKE_LENGTH = 2
/** How many rows under the heading group the story's later section heads are looked for. */
const SECTION_SEARCH_ROWS = 60
/** A box's stock label between the paragraphs, no section's head: 相关链接, 记者手记, 小贴士. */
const BOX_LABEL = /^(?:相关链接|链接|延伸阅读|记者手记|编后|编后语|编者按|短评|小贴士|温馨提示|背景资料|今日天气)$/
/**
 * What marks a subheadline as the heading group's own however short: a subtitle's dash (——记民警李建国),
 * a person's (访作家王蒙, 记…, 宋华东主持, …整理), a series' or its part's (（上篇）, 系列报道之三).
 */
const OWN_SUBHEADLINE = new RegExp(`${SUBTITLE_DASH.source}|^[访记]|(?:主持|整理|撰文)$|^[（(【〔]?(?:上|中|下)篇?[）)】〕]?$|之[一二三四五六七八九十]+$|系列`)

/**
 * Short lines at the foot of the heading group that head the story's first section, where the story heads
 * its later sections alike: with short heading lines (a label over its head, or one line) between its
 * paragraphs, of like length (草坪护栏被损 市民盼修缮 / 南川日报2018-10-19 09:43 / 市民反映 / 篱笆护栏被损坏 /
 * 10月17日,… / 记者调查 / 多节护栏“东倒西歪” / …; 踏平惊涛保安澜 / 电闪雷鸣,… / 人民至上 生命至上 / …):
 * intertitles, not subheadlines. Only a line the text starts straight under (the label over it too,
 * where the story's later heads pair so), not over the group's bylines or a lead that opens with its
 * dateline (a heading group's lines stand over those), and not a line marked as the group's own
 * (OWN_SUBHEADLINE). A box's stock label (相关链接, 记者手记) is no section's head, nor is the next
 * story's title.
 */
function firstSectionHeads(group: Group, headings: Row[], roles: HeadingRole[], below: (k: number) => Row | undefined, opensStory: (row: Row) => boolean): HeadingRole[] {
  // (A label it may be, before the story is searched: most groups hold none.)
  const label = (row: Row, k: number) => roles[k] === 'subheadline' && printedLength(row.tokens, MAX_SECTION_LABEL) <= MAX_SECTION_LABEL && !OWN_SUBHEADLINE.test(compactText(row.tokens))
  if (!headings.some(label) || group.bylines.length > 0) return roles
  const lead = below(1)
  if (lead !== undefined && startsDateline(lead.tokens)) return roles
  const lengths: number[] = []
  let paired = false
  // (A section's head may be a label over its title, 记者调查 / 多节护栏“东倒西歪”: a run of two between text.)
  const head = (row: Row | undefined) => row?.kind === 'heading' && !holdsSentenceEnd(row.tokens)
  // (Up to the next story's heading group: its title is no section's head.)
  for (let k = 1; k <= SECTION_SEARCH_ROWS && below(k) !== undefined && !opensStory(below(k)!); k++) {
    const run = head(below(k + 1)) ? 2 : 1
    if (!head(below(k)) || !isStoryText(below(k - 1)) || !isStoryText(below(k + run))) continue
    if (!BOX_LABEL.test(compactText(below(k)!.tokens))) {
      for (let n = 0; n < run; n++) lengths.push(printedLength(below(k + n)!.tokens))
      paired ||= run === 2
    }
    k += run - 1
  }
  if (lengths.length === 0) return roles
  const first = headings.findIndex((row, k) => label(row, k) && lengths.some((other) => Math.abs(other - printedLength(row.tokens)) <= LIKE_LENGTH))
  // (The section's head and, where the story pairs its heads, the one line under it: the last heading lines, nothing of the site's under them.)
  const last = Math.min(headings.length - 1, first + (paired ? 1 : 0))
  if (first < 0 || last !== headings.length - 1 || group.heads.at(-1) !== headings.at(-1)) return roles
  return roles.map((role, k) => (k >= first && role === 'subheadline' ? 'intertitle' : role))
}

/** The titles an e-paper's list names on the page (chrome.ts titleIndex), read once per page. */
const listedByAssembly = new WeakMap<Assembly, ReadonlySet<string>>()
function listedTitles(assembly: Assembly): ReadonlySet<string> {
  let listed = listedByAssembly.get(assembly)
  if (!listed) listedByAssembly.set(assembly, (listed = new Set(assembly.rows.all().flatMap((row) => (row.indexEntry ? [compactText(row.tokens)] : [])))))
  return listed
}

/** The nodes that open an article: its heading lines by role, the rows printed among them, its bylines. */
export function articleOpening(group: Group, assembly: Assembly): ArticleContent[] {
  const { runner, factory } = assembly.context
  const heads = unwrapHeadings(group.heads, assembly.page, assembly)
  const headings = heads.filter((row) => row.kind === 'heading')
  const lines = headings.map((row) => row.tokens)
  const read = listedHeadline(lines, listedTitles(assembly)) ?? headlineOverStamp(heads, headings, headingRoles(lines))
  const roles = firstSectionHeads(group, headings, read, (k) => assembly.rows.peek(group.heads.length + group.bylines.length - 1 + k), (row) => assembly.groups.has(row))
  // (Photo news under its title, one photo closing the heads: its text the story's, its credit the signature — caption.ts.)
  // (Bylines after it would stand after its signature: then it is the story's photo.)
  // (A site's interface after it, 版权声明, or the page's line, 2013年2月22日 星期, closes nothing.)
  const lastHead = heads.findLast((row) => row.kind !== 'chrome' && row.kind !== 'pageHeader')
  // (Captions naming the story's photos in a few words may stand over it: 王营庄大棚园区里农民忙碌的身影 / … / 在深入实施…。 记者 郭炳中 摄.)
  const lonePhoto = heads.filter((row) => row.kind === 'caption' && !namesPhotoOnly(row)).length === 1 && lastHead?.kind === 'caption' && group.bylines.length === 0
  // (The group opens at the current row: the row after it is past its heads and bylines.)
  const after = assembly.rows.peek(group.heads.length + group.bylines.length)
  const beyond = assembly.rows.peek(group.heads.length + group.bylines.length + 1)
  const children: ArticleContent[] = heads.flatMap((row) => {
    if (row.kind === 'caption' && lonePhoto) return photoNewsStory(row, after, beyond, assembly) ?? [assembly.node(row)]
    if (row.kind !== 'heading') return assembly.node(row)
    const position = factory.position(start(row.tokens), end(row.tokens))
    return { type: roles[headings.indexOf(row)]!, children: headingInlines(row.tokens, runner, factory), position }
  })
  for (const row of group.bylines) children.push(assembly.node(row))
  return children
}
