/**
 * Intertitles (小标题): heading lines between finished paragraphs of an
 * article, titling its sections.
 *
 *   以精细化运营 / 激活增量与存量市场        one to four lines straight under each other
 *   １设置一批… · ２施工伤树…               numbered heads: each stands alone
 *   审议意见 / 审议会议提出问询的主要问题      a short section head over its sub-head: two intertitles
 *   记者手记                                a credit-like line with body text under it (byline.ts)
 *
 * A run of title lines is an intertitle when it is short, none of its
 * lines is wrapped text, and body text follows, set apart as the page
 * sets paragraphs apart. After a signature closed the article, such a run
 * heads the next article instead (heading-group.ts); a box's label over
 * its headline heads a sidebar (sidebar.ts).
 *
 * Where it stands: in an article's body.
 */
import { tokenMatcher } from 'chevrotain'
import { SPEAKER_OPENING, WIDE_GAP, compactSpaces, compactText, isHeadingLike, trimmed } from '../layout'
import { fullWidth } from '../page-shape'
import { HAN_CLASS } from '../han'
import { Bullet, Dash, Newline, RParen, SentenceEnd } from '../tokens'
import { end, isStoryText, lineText, start, type Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { Refinement } from './construct'
import { SITE_FURNITURE, TITLE_MARKS, freshGroup, type Group } from './heading-group'
import { barredColumnLabel, barredLabelOf, isLabel } from './heading-lines'
import { toString } from '../../src/walk/to-string'
import type { Article } from '../../src/types'
import { namesAlone } from '../names'
import { isSidebar } from './sidebar'
import { titlesAfterUnsignedText } from './untitled'
import { endsWithPhoto } from './caption'
import { splitSignature } from './signature'
import { labelsItem } from './hotline-column'
import { interruptsText } from './chrome'

/**
 * An intertitle (小标题) candidate: heading-like, and no clause inside
 * (no , or ;) unless it ends with —— (政策赋能，解开束缚转化的“细绳子”——),
 * or it is one of the sections a story titles alike in two phrases (pairedSectionHeads).
 */
export function isIntertitleLike(row: Row): boolean {
  const { tokens } = row
  if (!isHeadingLike(tokens)) return false
  const t = trimmed(tokens)
  // (An interview's question, 记者：怎么做？, is its text, not a section's title.)
  if (SPEAKER_OPENING.test(lineText(t))) return false
  if (tokenMatcher(t.at(-1)!, Dash)) return true
  // (A text run may hold a comma: see tokens/text.ts.)
  return row.pairedHead === true || !t.some((token) => token.image === ';' || token.image.includes(','))
}

/** Two short phrases paired about one comma, as sections are titled (文艺演出,演绎精彩时刻; 表彰先进,传播正能量). */
const PAIRED_PHRASES = new RegExp(`^[${HAN_CLASS}]{3,8},[${HAN_CLASS}]{3,8}$`)

/**
 * Sections a story titles alike, each head two short phrases paired about a comma (文艺演出,演绎精彩时刻 /
 * … / 表彰先进,传播正能量 / …): two such lines or more between text, none straight under another.
 * One such line alone is a quoted poem's line, a saying, a banner's words or a line of speech
 * (床前明月光,疑是地上霜; 前人栽树,后人乘凉), the text's; two straight under each other, a poem's.
 */
export const pairedSectionHeads: Refinement = (rows) => {
  const paired: number[] = []
  rows.forEach((row, k) => {
    if ((row.kind === 'heading' || row.kind === 'body') && row.tokens.length <= MAX_PAIRED_TOKENS && isStoryText(rows[k - 1]) && isStoryText(rows[k + 1]) && pairsPhrases(lineText(trimmed(row.tokens)))) paired.push(k)
  })
  const apart = paired.every((k, n) => n === 0 || k - paired[n - 1]! > 1)
  if (paired.length < MIN_PAIRED_HEADS || !apart) return rows
  const heads = new Set(paired)
  return rows.map((row, k) => (heads.has(k) ? { ...row, pairedHead: true } : row))
}
/**
 * Whether a line is two short phrases paired about a comma, not a couplet's or a classical verse's two
 * halves of five or seven characters (天增岁月人增寿,春满乾坤福满门; 白日依山尽,黄河入海流).
 */
function pairsPhrases(line: string): boolean {
  if (!PAIRED_PHRASES.test(line)) return false
  const [first, second] = line.split(',')
  return !(first!.length === second!.length && VERSE_LENGTHS.has(first!.length))
}
/** The lengths of a classical verse's lines and a couplet's halves. */
const VERSE_LENGTHS: ReadonlySet<number> = new Set([5, 7])

/** The most tokens such a head is lexed into (text, its comma, text, spacing about them). */
const MAX_PAIRED_TOKENS = 7

/** The fewest heads that show a story titles its sections alike. */
const MIN_PAIRED_HEADS = 2

/** A number opening a heading, straight before its Han text (１设置一批…). */
const NUMBERED_HEAD = new RegExp(`^([1-9][0-9]?)(?=[${HAN_CLASS}])`)

/**
 * Heading lines that number a story's sections (１设置一批… ２施工伤树…):
 * each opens with a number, and the number before or after it opens another.
 */
export function numberedHeads(rows: Row[]): Set<Row> {
  const numbers = new Map<Row, number>()
  for (const row of rows) {
    if (row.kind !== 'heading') continue
    const m = NUMBERED_HEAD.exec(lineText(row.tokens))
    if (m) numbers.set(row, Number(m[1]))
  }
  const present = new Set(numbers.values())
  const heads = new Set<Row>()
  for (const [row, n] of numbers) if (present.has(n + 1) || present.has(n - 1)) heads.add(row)
  return heads
}

/** A caller's words opening an item of a readers' hotline column (刘女士:…, 市民全先生说:…, 城管监察一大队焦先生:…). */
const CALLER = new RegExp(`^[${HAN_CLASS}]{1,12}(?:先生|女士|老人|大爷|大妈|阿姨|同学)说?[:：]`)

/**
 * A column of briefs by its label, perhaps in brackets or after a bullet: 简讯, 要闻简报, 本地快讯, 新闻速递, 一句话新闻,
 * 【简讯】, ■简讯 (the label's characters spaced apart too: 简 讯).
 */
export const BRIEF_COLUMN = /^[【\[■●◆▲]?(?:(?:要闻|新闻|本地|本市|本县|县域|乡镇|综合|政务|经济|社会|教育|文化|体育|国内|国际|省内|市内|县内)?(?:简讯|简报|短讯|快讯|速递|速览)|一句话新闻|新闻速递|信息快递)[】\]]?$/

/** How much of a paragraph is read for its caller. */
const CALLER_PROBE = 12

/**
 * Whether a heading line under the open story's text titles a story of its
 * own rather than a section: under unsigned text opening the page
 * (untitled.ts), under a paragraph its signature closes, a listing's
 * title after its column's label and a bar (記者觀察|…), a title over a publication stamp of its own, and in a readers' hotline column, whose items each open
 * with a caller's words (道路坑洼真难行 / 刘女士:… / 别带孩子闯红灯 / 覃女士:…).
 */
export function titlesAnotherStory(row: Row, assembly: Assembly): boolean {
  if (!assembly.article || row.kind !== 'heading') return false
  if (titlesAfterUnsignedText(assembly) || endsWithPhoto(assembly)) return true
  // (Over the site's stamp of its own, under the open story's text, 以「奇.遇」為題 澳門藝術節五月舉行 /
  // 2024年03月13日|文:論盡採訪組: a story's title bar, as a listing prints one over each teaser; a section's
  // title carries no publication stamp.)
  if (assembly.hasText() && assembly.rows.peek(1)?.kind === 'stamp') return true
  // (The text under the title, past what a site prints between them: 广州市：坚持产业第一… / 《人民日报》（2025年03月10日第 16 版） / 建设现代化产业体系…)
  let ahead = 1
  while (SITE_FURNITURE.has(assembly.rows.peek(ahead)?.kind ?? 'body')) ahead++
  const next = assembly.rows.peek(ahead)
  if (!next || next.kind !== 'body') return false
  // (A column of briefs under its label after the story, 简讯 / ●5月8日，…: the column is a story of its own, its items
  // its paragraphs (brief-columns), no section of the story above.)
  if (BRIEF_COLUMN.test(compactText(trimmed(row.tokens)))) return true
  // (Under a paragraph its reporter's name closes, …纷纷表扬。 (胡雪梅): that story ended; the title is the next one's —
  // unless the story is a package whose sections sign off under their intertitles: see sectionGoesOn.)
  const inPackage = assembly.article.children.some((child) => child.type === 'intertitle')
  if (!inPackage && signsOff(assembly)) return true
  // (A listing's next title under one with the same column's label before a bar: 記者觀察|後疫情時代… /
  // … / 記者觀察|維園年宵市場開鑼…; a feature's section heads, 关键词|就业优先 under its own title, stay sections.)
  if (listingGoesOn(row, assembly) || bulletedTitlesGoOn(row, assembly) || numberedBriefsGoOn(row, assembly)) return true
  if (!CALLER.test(lineText(next.tokens))) return false
  // The story's first paragraph, or the one still being gathered.
  const first = assembly.article.children.find((child) => child.type === 'paragraph')
  const piece = assembly.lastPiece()
  const opening = first ? first.position.start.offset! : piece && start(piece.tokens)
  return opening !== undefined && CALLER.test(assembly.context.text.slice(opening, opening + CALLER_PROBE))
}

/** Whether a title carries the column's label the open story's headline carries (記者觀察|…): the listing's next story. */
function listingGoesOn(row: Row, assembly: Assembly): boolean {
  const headline = assembly.article?.children.find((child) => child.type === 'headline')
  if (!headline || barredColumnLabel(row.tokens) === undefined) return false
  // (Both as printed: a traditional page's labels are compared in its own script.)
  const printed = assembly.context.factory.source(start(row.tokens), end(row.tokens))
  const label = barredLabelOf(printed)
  return label !== undefined && barredLabelOf(toString(headline)) === label
}

/**
 * Whether a title opens with the bullet the open story's headline opens with (要闻简报 / ◆远安县召开安全生产工作会议 /
 * 5月9日，… / ◆旧县镇新修公路 / …): a column's next item with a title of its own, a story of its own, as a column whose
 * items carry their titles is several stories; a feature's bulleted section heads under an unbulleted title stay its
 * sections.
 */
function bulletedTitlesGoOn(row: Row, assembly: Assembly): boolean {
  const first = trimmed(row.tokens)[0]
  const headline = assembly.article?.children.find((child) => child.type === 'headline')
  if (first === undefined || headline === undefined) return false
  // (The bullet on the title's line, or a title's mark read apart before it, as the headline's was: ◎APEC… / … / ◎觀光學子….)
  const mark = tokenMatcher(first, Bullet) ? first.image : titleMarkOf(assembly.rows.peek(-1))
  if (mark === undefined) return false
  const before = assembly.context.text.slice(Math.max(0, headline.position.start.offset! - MARK_REACH), headline.position.start.offset!)
  return toString(headline).trimStart().startsWith(mark) || before.trimEnd().endsWith(mark)
}

/** How far before a headline its title's mark, read apart, is looked for (the mark and a space). */
const MARK_REACH = 2

/** The title's mark a row holds alone, read apart from the title after it (heading-group.ts TITLE_MARKS), or undefined. */
const titleMarkOf = (row: Row | undefined): string | undefined =>
  row?.kind === 'chrome' && row.tokens.length === 1 && TITLE_MARKS.has(row.tokens[0]!.image) ? row.tokens[0]!.image : undefined

/** A brief's number opening its title, its stop after it: 1.庆台湾民主选举…, 2、… (a date opens with a number too: 5月24日纽约简讯). */
const NUMBERED_BRIEF = new RegExp(`^([1-9][0-9]?)[.．、](?=[${HAN_CLASS}])`)
/** The word a column of briefs ends its title with, its date or place before it: 5月24日纽约简讯, 本地快讯. */
const BRIEF_WORD = /(?:简讯|简报|短讯|快讯|速递|速览)$/

/**
 * Whether a numbered title is a column's next brief, a story of its own (5月24日纽约简讯 / 【新唐人…讯】下面请看一组纽约简讯。 /
 * 1.庆台湾民主选举 纽约州府通过决议案 / … / 2.经费削减当头 华策会筹款任务重 / …): under the column's title, its first; under
 * the brief numbered one less, the next. A story's numbered sections under its own title stay its sections.
 */
function numberedBriefsGoOn(row: Row, assembly: Assembly): boolean {
  const number = NUMBERED_BRIEF.exec(compactText(trimmed(row.tokens)))
  const headline = assembly.article?.children.find((child) => child.type === 'headline')
  if (!number || !headline) return false
  const title = compactSpaces(assembly.context.text.slice(headline.position.start.offset!, headline.position.end.offset!))
  const above = NUMBERED_BRIEF.exec(title)
  return above ? Number(above[1]) + 1 === Number(number[1]) : Number(number[1]) === 1 && BRIEF_WORD.test(title)
}

/**
 * Whether the paragraph being gathered ends with its story's signature in
 * brackets, (胡雪梅) after the last sentence. (A reporter's credit with its
 * role after the lead, …关怀与帮助。记者 张雪芳, is the byline some papers print
 * there: the story goes on under it.)
 */
function signsOff(assembly: Assembly): boolean {
  const piece = assembly.lastPiece()
  const last = piece && trimmed(piece.tokens).at(-1)
  if (!piece || !last || !tokenMatcher(last, RParen)) return false
  const { runner, factory } = assembly.context
  return splitSignature(piece.tokens, runner, factory).closing?.type === 'signature'
}

/** A line of intertitle at most. */
const MAX_INTERTITLE_LINES = 4

/** Whether a heading line may start a section's title here: in an article, after a finished paragraph. */
export function mayTitleSection(row: Row, assembly: Assembly, paragraphClosed: boolean): boolean {
  return (
    assembly.article !== undefined &&
    paragraphClosed &&
    // (The first section's title may open the body under the story's credit line: 本报记者 郑欢 / 市民反映 / 1月2日下午,….)
    (assembly.hasBody() || assembly.lastPiece() !== undefined || assembly.article.children.at(-1)?.type === 'byline') &&
    row.kind === 'heading' &&
    isIntertitleLike(row)
  )
}

/**
 * The heading line `row` and the title lines under it (a line
 * with a clause in it, 先来看看，…职责是什么, is body, not title; a numbered
 * head stands alone).
 */
function titleRun(row: Row, assembly: Assembly): Row[] {
  const { numbered, paragraphGap } = assembly.page
  const run = [row]
  // (On a page of blank-line paragraphs, a blank line may part them too: 废品站藏身荒地 / ⏎ / 易燃品堆积如山;
  // not a line that ends a sentence: @北雁雁:这些人真是无聊! / ⏎ / 记者核实.)
  const partOfTitle = (gap: number) => gap === 0 || (gap === paragraphGap && !tokenMatcher(run.at(-1)!.tokens.at(-1)!, SentenceEnd))
  const titleLine = (next: Row | undefined): next is Row =>
    next !== undefined &&
    next.kind === 'heading' &&
    partOfTitle(next.gap) &&
    !numbered.has(next) &&
    isIntertitleLike(next)
  for (let next = assembly.rows.peek(); titleLine(next); next = assembly.rows.peek(run.length)) run.push(next)
  return run
}

/**
 * Whether body text follows the run, set apart as the page sets paragraphs
 * apart (a short line with text straight under it on a page of blank-line
 * paragraphs is a broken piece; table cells are not followed by body). A
 * box head may stand over the first numbered head (条例亮点 / １设置…), a
 * table's title over its table. More blank lines under the run than the
 * page sets between paragraphs still part it from its section's text
 * (路灯横倒损坏 / two blank lines / 记者在现场看到,…): a wide gap there is no
 * new story's (one opens with its dateline, or after its signature) — for
 * one line, not a line of names.
 */
function bodyFollows(run: Row[], assembly: Assembly): boolean {
  const { page } = assembly
  const after = assembly.rows.peek(run.length)
  if (after === undefined) return false
  // (Over a wide gap only one line titles its section: two lines there are a story's end and the next one's title,
  // 欢迎广大市民前往观展 / 健康讲座进社区 / ⏎⏎; and a line of names is the story's list, 张丽华 王建军 李秀梅.)
  if (after.gap >= WIDE_GAP && (run.length > 1 || namesAlone(lineText(run[0]!.tokens), Infinity))) return false
  const bodyLike = after.kind === 'body' || (after.kind === 'heading' && !isIntertitleLike(after))
  return (bodyLike && (after.gap > 0 || page.paragraphGap === 0)) || page.numbered.has(after) || after.kind === 'tableCell'
}

/**
 * Places a run of title lines starting at `row` — as intertitles, as a
 * sidebar's heading, or as the heading group of the next article — and
 * takes its rows; returns false when the lines are not a title after all
 * (then they are text).
 */
export function placeTitleRun(row: Row, assembly: Assembly): boolean {
  const { page } = assembly
  const run = titleRun(row, assembly)
  const above = assembly.rows.peek(-1)
  const runStarts = row.gap > 0 || above?.kind !== 'heading' || !isIntertitleLike(above) || page.numbered.has(row)
  if (!runStarts || !bodyFollows(run, assembly)) return false
  if (isSidebar(run, assembly.context.furnitureWords)) {
    assembly.flush()
    assembly.open({ heads: run, bylines: [] }, row)
    assembly.rows.take(run.length - 1)
    return true
  }
  // One to four lines; a longer run of short lines is a table, not a title.
  // A line as wide as the column is wrapped text, not a title (OCR of a narrow column).
  const titled = run.length <= MAX_INTERTITLE_LINES && run.every((r) => isIntertitleLike(r) && !fullWidth(page, r))
  if (!titled) return false
  // A signature on the paragraph before closes the article (the flush must
  // come first): then the line heads the next article. So does a column's
  // item label over its title and subtitle (■生气 / 外卖小哥骑车乱窜 / 全然不顾他人安全):
  // the next item, not a section (a section's title under its bullet is one line). So does a
  // title under a listing's teaser the link to its story closed (…與世界各地的 繼續閱讀 / 盧秀燕赴日展開城市外交…,
  // page-shape.ts listingTeasers): the listing's next item.
  const afterTeaser = teaserAbove(assembly)
  assembly.flush()
  if (assembly.article && (afterTeaser || labelsItem(run, assembly))) assembly.close()
  if (!assembly.article) {
    const fresh = freshGroup(assembly.rows, row, false, assembly.page.titleGap)
    if (!fresh) return false
    assembly.open(fresh, row)
    assembly.rows.take(fresh.heads.length + fresh.bylines.length - 1)
    return true
  }
  addIntertitles(run, assembly)
  assembly.rows.take(run.length - 1)
  return true
}

/**
 * Whether a listing's teaser (page-shape.ts listingTeasers) stands over the title being read, perhaps with what a copy
 * kept of a photo between them (…图片由七天读者提供 ... / Résultats de recherche d'images pour « … » / the next title).
 */
function teaserAbove(assembly: Assembly): boolean {
  for (let k = -1; ; k--) {
    const row = assembly.rows.peek(k)
    if (row === undefined) return false
    if (assembly.page.teasers.has(row)) return true
    if (row.kind !== 'chrome' || !interruptsText(row)) return false
  }
}

/** One line the story's text runs on under, placed as its intertitle (a speaker's label: byline.ts). */
export const addIntertitle = (row: Row, assembly: Assembly): void => addIntertitles([row], assembly)

/** A short section head over its sub-head (审议意见 / 审议会议提出问询的主要问题): two levels, two intertitles. */
function addIntertitles(run: Row[], assembly: Assembly): void {
  const { tokens, runner, factory } = assembly.context
  const parts = run.length >= 2 && isLabel(run[0]!.tokens, run[1]!.tokens) ? [run.slice(0, 1), run.slice(1)] : [run]
  for (const part of parts) {
    const range = tokens.slice(part[0]!.from, part.at(-1)!.to + 1)
    assembly.article!.children.push({
      type: 'intertitle',
      children: runner.inline(range, 'phrase'),
      position: factory.position(start(range), end(range)),
    })
  }
}

/**
 * A package's section: a title and its reporters' byline inside a story
 * that is running (抓科技创新，要着眼建设现代化产业体系 / 本报记者 王永战 韩俊杰 沈靖然
 * under 科技高峰和产业高峰都要靠我们自己去攀登), set apart from the text above
 * by no more than the story sets its paragraphs apart: the package goes on,
 * the title an intertitle, the byline the section's. Set apart more (直播间里卖小米 /
 * 本报记者 刘莉 after a blank line under a story whose paragraphs have none between
 * them), the title and byline open the page's next story — unless the package
 * says it is one: its title labels it (·组合报道), the section is a part of a
 * series (之一：…) or a box's label (相关链接, 记者手记). (Stories of their own are
 * set apart by a wide gap, or open with a dateline.)
 */
export function isPackageSection(group: Group, row: Row, assembly: Assembly): boolean {
  // (A title marked as the open story's was is the column's next story, its byline its own: ◎觀光學子… / 吳玉如.陳瑞斌╱….)
  if (bulletedTitlesGoOn(row, assembly)) return false
  if (
    assembly.state() !== 'body' ||
    row.gap >= WIDE_GAP ||
    !group.bylines.some((r) => r.kind === 'byline') ||
    group.heads.length !== 1 ||
    group.heads[0]!.kind !== 'heading' ||
    assembly.rows.peek(group.heads.length + group.bylines.length)?.kind !== 'body'
  ) {
    return false
  }
  // (A report its flash dateline opened, 本报讯 为纪念建党90周年,…, is one story: a title and byline under its text open
  // the page's next, □本报记者 包 诚 / … / 水木年华为合肥市贫困儿童送温暖 / □本报记者.)
  if (opensWithDateline(assembly.article) && !labelledPackage(assembly)) return false
  // (In the copy's own blank lines, as the story's gaps are read: a copy spaced out once more reads the same.)
  const gaps = storyGaps(assembly, row)
  if (gaps === undefined ? row.gap <= assembly.page.paragraphGap : gaps.before <= gaps.most) return true
  const title = lineText(trimmed(group.heads[0]!.tokens)).trim()
  return SERIES_PART.test(title) || SECTION_LABEL.test(title) || assembly.context.furnitureWords.sidebarLabels.includes(title) || labelledPackage(assembly)
}

/** Whether a story's first paragraph opens with its dateline. */
const opensWithDateline = (article: Article | undefined): boolean => {
  const first = article?.children.find((child) => child.type === 'paragraph')
  return first?.type === 'paragraph' && first.children[0]?.type === 'dateline'
}

/** A part of a series: 之一：羊倌变成了“羊老板”, （上）, 上篇. */
const SERIES_PART = /^(?:之[一二三四五六七八九十]|[(（][上中下一二三四五六七八九十][)）]|[上中下]篇)/
/** A box's label over a reporter's words in a package: 记者手记, 记者观察, 编后. */
const SECTION_LABEL = /^(?:记者手记|记者观察|编后|编后语|相关新闻)$/
/** A package's label in its title or kicker: ·组合报道, 系列报道. */
const PACKAGE_LABEL = /组合报道|系列报道|组合稿/

/** Whether the open story's title or kicker labels it a package (暑期生活面面观·组合报道). */
function labelledPackage(assembly: Assembly): boolean {
  return (assembly.article?.children ?? []).some((child) => (child.type === 'headline' || child.type === 'kicker' || child.type === 'subheadline') && PACKAGE_LABEL.test(toString(child)))
}

/**
 * The most blank lines the open story sets between its paragraphs, and the blank lines between its last one and
 * `row`, both read from the copy's text (a hard-wrapped copy's lines inside a paragraph count none); undefined before
 * its second paragraph.
 */
function storyGaps(assembly: Assembly, row: Row): { most: number; before: number } | undefined {
  const { text } = assembly.context
  const spans = (assembly.article?.children ?? []).filter((child) => child.type === 'paragraph').map((p) => [p.position.start.offset!, p.position.end.offset!] as const)
  const piece = assembly.lastPiece()
  if (piece) spans.push([start(piece.tokens), end(piece.tokens)])
  const blankLines = (from: number, to: number) => Math.max(0, (text.slice(from, to).match(LINE_BREAKS) ?? []).length - 1)
  let most: number | undefined
  for (let k = 1; k < spans.length; k++) most = Math.max(most ?? 0, blankLines(spans[k - 1]![1], spans[k]![0]))
  return most === undefined ? undefined : { most, before: blankLines(spans.at(-1)![1], start(row.tokens)) }
}
/** Line breaks as the Newline token reads them, for counting the blank lines between two paragraphs. */
const LINE_BREAKS = new RegExp((Newline.PATTERN as RegExp).source, 'g')

/**
 * Whether a closing credit ends only a section of a package: the article
 * already holds a section's title (an intertitle), and the line being
 * placed is the next section's title, over body text with no dateline of
 * its own (（本报记者徐雷鹏、田先进、孙佩瑾） / “一城一乡”谋发展 / 3月9日，…).
 * A story of its own opens with a dateline, or stands after a wide gap.
 */
export function sectionGoesOn(assembly: Assembly): boolean {
  const title = assembly.rows.peek(0)
  const text = assembly.rows.peek(1)
  return (
    assembly.article?.children.some((child) => child.type === 'intertitle') === true &&
    title?.kind === 'heading' &&
    title.gap < WIDE_GAP &&
    !assembly.groups.has(title) &&
    text?.kind === 'body' &&
    text.gap < WIDE_GAP
  )
}

/** A package's section: its title as an intertitle, then its byline. */
export function placeSection(group: Group, assembly: Assembly): void {
  assembly.flush()
  if (!assembly.article) return assembly.open(group, group.heads[0]!)
  addIntertitles(group.heads, assembly)
  for (const row of group.bylines) assembly.article?.children.push(assembly.node(row))
}
