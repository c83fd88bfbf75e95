/**
 * Paragraphs: the story's text, re-joined where layout broke it.
 *
 *   …严禁一切野 / 外用火…                       a piece that does not close a sentence runs on into the next
 *   …60毫米。 本報港聞部報道                     a desk's credit after the last sentence still closes it
 *   …全力做好防控工作。(张晔)                    a signature closes the paragraph and the article (signature.ts)
 *
 * Everything about the convention is here: when a piece ends its
 * paragraph, when a line that does not run on into the next stands alone
 * (table cells, enumerating clauses ending ；), the paragraph node (an
 * editors' note instead where it is one: editors-note.ts), and two second
 * looks that make heading-like lines body text: a question straight over
 * the body, and a dashed attribution under a quote. (The lines a
 * hard-wrapped column cut are read back as the text they were cut from in
 * wrapped-text.ts.)
 *
 * Where it stands: in an article's body; at the top level text outside
 * any article is kept with an `orphan-text` diagnostic. After a jump line
 * from another page, text with no heading of its own opens the
 * continuation (jump-line.ts).
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Paragraph } from '../../src/types'
import { WIDE_GAP, endsWithCut, endsWithEllipsis, holdsSentenceEnd, printedLength, SPEAKER_OPENING, trimmed } from '../layout'
import { atColumnEdge, cutInsideWord, lineWidth, opensIndented, type PageShape } from '../page-shape'
import { Affiliation, Colon, Dash, EnumComma, LParen, LQuote, ListMarker, RParen, RQuote, Reported, ReporterRole, Role, SentenceEnd, Space } from '../tokens'
import { looksLikeName, namesAlone } from '../names'
import { TEXT_TOKEN } from '../tokens/text'
import { isStoryText, end, lineText, readAs, start, type Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { Placer, Refinement } from './construct'
import { splitGluedLead } from './dateline'
import { articleItClosed, splitEndMark } from './end-mark'
import { editorsNoteNode, isEditorsNote, signedByEditors } from './editors-note'
import { mayTitleSection, placeTitleRun, sectionGoesOn } from './intertitle'
import { splitSignature } from './signature'
import { bylineAfterLead } from './byline'
import { splitStaffTail } from './editor-line'
import { continuesList } from './list'
import { openUntitled } from './untitled'
import { SITE_FURNITURE } from './heading-group'

/** Tokens of a desk's credit closing a paragraph (本報 港聞部 報道). */
const MAX_DESK_CREDIT_TOKENS = 4

/** The longest line read as a letter's salutation: 安顺日报编辑部:, 尊敬的各位读者朋友:. */
const MAX_SALUTATION = 16

/** The shortest salutation: 问: and 答: are a Q&A's speakers' labels. */
const MIN_SALUTATION = 4

/**
 * A short line a colon closes (安顺日报编辑部:): it addresses what follows, a
 * paragraph of its own. Not an ordinal's section head (一、主要做法:), nor a
 * speaker's label (问:, 答:).
 */
const isSalutation = (t: IToken[]): boolean => introducesText(t) && printedLength(t) <= MAX_SALUTATION

/** A line a colon closes that introduces the text under it: not an ordinal's section head (一、主要做法:), not a speaker's label (问:). */
const introducesText = (t: IToken[]): boolean =>
  t.length > 0 && tokenMatcher(t.at(-1)!, Colon) && !tokenMatcher(t[0]!, ListMarker) && printedLength(t) >= MIN_SALUTATION

/**
 * A paragraph piece ends its paragraph when it closes a sentence: 。! ?,
 * or ……, possibly followed by a closing quote or bracket (…。” or …。(刘鑫林)), or a quoted
 * sentence closing the line straight after its words (…收效至巨,…实为之倡也”: the full stop left out), or
 * by a desk's credit after a space (…60毫米。 本報港聞部報道), when the
 * editors sign it (——编者), or when it is a short line a colon closes, a
 * letter's salutation (安顺日报编辑部:). Otherwise layout broke it and the next piece
 * continues it (…严禁一切野 / 外用火…).
 */
export function closesParagraph(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  if (signedByEditors(t) || isSalutation(t)) return true
  let last = t.length - 1
  if (last >= 0 && tokenMatcher(t[last]!, Reported)) {
    // Back over a short credit to the space that sets it apart.
    const space = t.findLastIndex((token, k) => k >= last - MAX_DESK_CREDIT_TOKENS && tokenMatcher(token, Space))
    if (space > 0) last = space - 1
  }
  for (let i = last; i >= 0; i--) {
    const token = t[i]!
    // (An ellipsis may come as one token or as one per character.)
    // (An ellipsis closes a sentence too: …提供一站式服务总窗口…….)
    if (tokenMatcher(token, SentenceEnd) || endsWithEllipsis(t, i)) return true
    // (A quote closing the line straight after its words closes the sentence, its full stop left out, when it quotes a
    // sentence, a clause's break in it: …“吾国青年思想之进步,收效至巨,不得不谓《译书汇编》实为之倡也”; not a term,
    // …开展“两个确保” / 活动.)
    if (i === last && tokenMatcher(token, RQuote) && t[i - 1]?.tokenType.name === TEXT_TOKEN && quotesClauses(t, i)) return true
    // (A space may set the closing bracket apart: …城市环境。 (庞 啸 全媒体记者吕静远).)
    if (tokenMatcher(token, RQuote) || tokenMatcher(token, Space)) continue
    if (tokenMatcher(token, RParen)) {
      // (刘鑫林) after a full stop: look before the bracket.
      let j = i - 1
      while (j >= 0 && !tokenMatcher(t[j]!, LParen)) j--
      if (j < 0) return false
      // A line that is only a bracket (（本报记者徐雷鹏、田先进、孙佩瑾）) stands alone.
      if (j === 0) return true
      i = j
      continue
    }
    return false
  }
  return false
}

/** A clause's break as printed, inside a run of text or as a token of its own. */
const QUOTED_CLAUSE_MARK = /[,，;；]/
/** Whether the quote the closing quote at `close` ends holds a clause's break: a quoted sentence, not a term. */
function quotesClauses(t: IToken[], close: number): boolean {
  for (let k = close - 1; k >= 0 && !tokenMatcher(t[k]!, LQuote); k--) if (QUOTED_CLAUSE_MARK.test(t[k]!.image)) return true
  return false
}

/** The most tokens of reporters' credits after the last sentence (记者 胡龙召 通讯员 王晓杰). */
const MAX_REPORTERS_CREDIT_TOKENS = 12

/**
 * Whether reporters' credits follow the last sentence, each a role and names
 * (…外来务工人员。记者 胡龙召 通讯员 王晓杰): the story's signature (signature.ts), so
 * the line under it, across a blank line, is not the paragraph's text.
 */
function signedByReporters(t: IToken[]): boolean {
  const end = t.findLastIndex((token) => tokenMatcher(token, SentenceEnd))
  const tail = trimmed(t.slice(end + 1))
  if (end < 0 || tail.length < 2 || tail.length > MAX_REPORTERS_CREDIT_TOKENS) return false
  if (!tokenMatcher(tail[0]!, ReporterRole) && !(tokenMatcher(tail[0]!, Affiliation) && tokenMatcher(tail[1]!, ReporterRole))) return false
  return tail.every((token) => tokenMatcher(token, Space) || tokenMatcher(token, Role) || tokenMatcher(token, Affiliation) || tokenMatcher(token, EnumComma) || looksLikeName(token.image))
}

/** A line this share of the column wide or more was broken by the column's edge. */
const FULL_LINE = 0.8

/**
 * Whether a piece that does not close its sentence runs on into the next
 * line, never across two blank lines. On pages that set paragraphs apart
 * with one blank line, always; on
 * pages of one line per paragraph, only when the line reaches the column's
 * edge (hard-wrapped text) and does not end a clause with ；(…到前方站待命；
 * closes one of a run of enumerating paragraphs), so short lines such as
 * table cells stand alone — or when it ends with a comma, with the next line
 * straight under it (a dateline the column cut: 生活报讯 (记者李丹) 26日, /
 * 哈尔滨市环卫工人节当日,…), or when it leaves a bracket open.
 */
function continuesOnNextLine(piece: Row, next: Row, page: PageShape): boolean {
  const length = printedLength(piece.tokens)
  // (Two blank lines part blocks: only a line cut inside a word or a clause runs on across them
  // (…严禁一切野 / ⏎⏎ / 外用火,…, where a site dropped a photo), never one closed by a code, a
  // bracket or a number: …不足請回。（編輯：黃世雅）1140705 / ⏎⏎ / the next story.)
  if (next.gap >= WIDE_GAP && !cutMidText(piece)) return false
  // (Nor across a blank line after reporters' credits closing the last sentence: …外来务工人员。记者 胡龙召 通讯员 王晓杰.)
  if (next.gap > 0 && signedByReporters(piece.tokens)) return false
  // (Nor, straight under them, into a title of the next story, however wide the line: …使近600名老人穿上暖身的羊毛裤。 通讯员 孙佳妮 /
  // 南汇新城镇举行. A name alone under them is theirs, the column cut the credit: …。记者 胡龙召 通讯员 / 王晓杰.)
  if (next.kind === 'heading' && signedByReporters(piece.tokens) && !namesAlone(lineText(next.tokens))) return false
  // (A dateline alone on its line opens the lead under it: 浙江在线12月19日讯 / 中山路世纪广场,…, 本报讯（记者 张三）/ ⏎ / 昨日,….)
  if (piece.kind === 'dateline' && next.kind === 'body' && !holdsSentenceEnd(piece.tokens) && !opensBlockOfItsOwn(next.tokens)) return true
  // (A line a colon closes, …现将有关事项公告如下：, over an indented line: what it
  // introduces is a paragraph, an item or a section's head of its own, 一、招聘岗位.)
  if (opensIndented(next) && tokenMatcher(trimmed(piece.tokens).at(-1)!, Colon)) return false
  // (A teaser a site cut with one ellipsis, …工务局引述文化局意见回复指⋯, or a listing's with the link to its story
  // after it, …與世界各地的 繼續閱讀 (page-shape.ts listingTeasers), stops there: the heading-like block after the
  // blank line is the next item's title, not its text.)
  if (next.gap > 0 && next.kind === 'heading' && (endsWithCut(piece.tokens) || page.teasers.has(piece))) return false
  return (
    (page.paragraphGap > 0 && !(next.gap > 0 && standsApart(piece, length))) ||
    // (Not printed lines normalization joined: what makes them wide is the joining, not the column.)
    (lineWidth(piece) >= FULL_LINE * page.column && piece.tokens.at(-1)!.image !== ';' && piece.unwrapped !== true) ||
    (next.gap === 0 && MID_SENTENCE.test(piece.tokens.at(-1)!.image)) ||
    leavesBracketOpen(piece) ||
    cutByColumn(piece, next, page)
  )
}

/**
 * On a hard-wrapped page, a line the column's edge cut inside a word, the next straight under it and
 * flush, runs on into it (…广场上 / 的大小水池…), wherever the page's other lines (a site's footer, its
 * lists) make its usual width. (Not a line a clause's mark closes: a list's item, …全面推进高质量发展；.)
 */
const cutByColumn = (piece: Row, next: Row, page: PageShape): boolean =>
  page.wrap !== undefined && next.gap === 0 && !opensIndented(next) && atColumnEdge(piece, page.wrap) && cutInsideWord(piece.tokens.at(-1)!.image)

/** What opens a block of its own under a dateline: a list's item (一、…), a speaker's label (问：…), the editors' note. */
const SPEAKER_LABEL = /^(?:问|答|Q|A)\s?[:：]/
const opensBlockOfItsOwn = (tokens: IToken[]): boolean =>
  tokenMatcher(tokens[0]!, ListMarker) || SPEAKER_LABEL.test(tokens.slice(0, 3).map((token) => token.image).join('')) || isEditorsNote(tokens)

/** What a line ends with when its sentence goes on, whatever its length: a comma. */
const MID_SENTENCE = /^[，,、]$/

/** Whether a line stops inside its text: on a Han character or a clause's mark (，、：；). */
const cutMidText = (piece: Row): boolean => {
  const last = piece.tokens.at(-1)!.image
  return CLAUSE_MARK.test(last) || HAN_END.test(last)
}
const HAN_END = /\p{Script=Han}$/u


/** The longest line that, set apart by blank lines, is a label or a head of its own. */
const MAX_APART_LINE = 12

/**
 * On a page that sets paragraphs apart with blank lines, a short line that
 * ends no clause, a blank line under it, stands on its own (记者调查, 部门回复:
 * a section's label, or a head): layout breaks a paragraph where the column
 * ends, not after a few words. (With the text straight under it, it is a
 * piece of a paragraph: 会议指出要搭建平台 / 汇聚各方力量。)
 */
function standsApart(piece: Row, length: number): boolean {
  const last = piece.tokens.at(-1)!
  return length <= MAX_APART_LINE && !CLAUSE_MARK.test(last.image) && !tokenMatcher(last, Dash)
}

/** What a line broken mid-sentence may end with: a clause's mark (or a dash, a token of its own). */
const CLAUSE_MARK = /^[，,、：:；;]$/

/** Whether a line leaves a bracket open (扬子晚报讯（记者 ⏎梅建明）…): what it opened closes on the next line. */
function leavesBracketOpen(piece: Row): boolean {
  let depth = 0
  for (const token of piece.tokens) {
    if (tokenMatcher(token, LParen)) depth++
    else if (tokenMatcher(token, RParen) && depth > 0) depth--
  }
  return depth > 0
}

/** The bullets a column of briefs sets before each (◆27日上午,…, △韩纯获…, ●…). */
const BRIEF_BULLET = /^[◆◇●○△▲★☆]/

/** Whether a line opens a brief with its bullet. */
export const opensBrief = (row: Row) => BRIEF_BULLET.test(row.tokens[0]!.image)

/** Body text and heading-like lines: a piece of a paragraph, unless a section's title (intertitle.ts) or a new article's heading. */
export const placeText: Placer = (row, assembly) => {
  // After (上接第1版), text with no heading of its own is the continuation;
  // a story printed without a title is an article all the same (untitled.ts).
  // (The paragraph before, ended, may close its story with a signature: it
  // is ended first, so text after a signed story may open one of its own.)
  const pending = assembly.lastPiece()
  const ends = (piece: Row) => closesParagraph(piece.tokens) && !goesOnFlush(piece, row, assembly.page)
  if (pending && row.kind === 'body' && (opensBrief(row) || (ends(pending) && !continuesList(assembly.listRun, row)))) assembly.flush()
  if (!assembly.article && assembly.continuedFrom !== undefined) assembly.open({ heads: [], bylines: [] }, row)
  else if (!assembly.article) openUntitled(row, assembly)
  const previous = assembly.lastPiece()
  // 二是… after a paragraph holding 一是…: the next item of its list (list.ts).
  // (A brief's bullet, ◆27日上午,…, opens a paragraph whatever the line above ends with.)
  const closed =
    !previous ||
    opensBrief(row) ||
    ((ends(previous) || !continuesOnNextLine(previous, row, assembly.page)) && !continuesList(assembly.listRun, row))
  if (mayTitleSection(row, assembly, closed) && placeTitleRun(row, assembly)) return
  if (previous && closed) assembly.flush()
  assembly.gather(row)
}

/**
 * On a hard-wrapped page, a line the column's edge cut after a full stop,
 * with the next line straight under it, flush, has not ended its paragraph
 * (…同样脸上也有血痕。 / 两人已口齿不清,…): the edge falls after a sentence's
 * end inside a paragraph far more often than at the paragraph's end. Where
 * the page opens its paragraphs indented, the next would be indented if the
 * paragraph had ended (…我们知道了河南并不是来之前想象的那样。 / 6日上午参加完…);
 * where it does not, only on a page whose edge lines were cut inside their
 * sentences (page-shape.ts cutInsideSentences).
 */
function goesOnFlush(piece: Row, next: Row, page: PageShape): boolean {
  // (Nor into a line that opens a block of its own: a list's item, 一、…, a speaker's label.)
  if (page.wrap === undefined || next.gap !== 0 || opensIndented(next) || opensBlockOfItsOwn(next.tokens) || !atColumnEdge(piece, page.wrap)) return false
  if (page.indentsParagraphs) return true
  // (Only where the page shows a column cut its lines inside their sentences: short one-line
  // paragraphs of one length are no column's lines.)
  if (!page.cutInsideSentences) return false
  // (With no indent to tell, what goes on is text: a line as wide as the column, or the paragraph's
  // last, closing its sentence — not a label on its own line, 【相关链接】.)
  // (A short line closing its sentence, 特此通知。, is a paragraph of its own as often: half the column at least.)
  return atColumnEdge(next, page.wrap) || (closesParagraph(next.tokens) && lineWidth(next) * 2 >= page.wrap)
}

/**
 * A paragraph's tokens, gathered: its closing signature (and date code)
 * split off, a glued lead's subheadline or caption split off, then the
 * paragraph — or the editors' note it is.
 */
export function endParagraph(range: IToken[], assembly: Assembly): void {
  const { runner, factory, diagnostics } = assembly.context
  if (!assembly.article && signsUnderEndMark(range, assembly)) return
  // The desk's staff glued after the story's last sentence, first (…。（完） 编辑：王珏 审核：李军); not where the text goes on
  // under it (a brief's tail in a column of briefs).
  const glued = assembly.article && !isStoryText(assembly.rows.peek(0)) ? splitStaffTail(range, runner, factory) : undefined
  const unstaffed = glued?.body ?? range
  // Only an article has an end mark and a signature; elsewhere the brackets stay text.
  const { body: marked, mark } = assembly.article ? splitEndMark(unstaffed, factory) : { body: unstaffed, mark: undefined }
  const { body: signed, closing, staff, stamp } = assembly.article ? splitSignature(marked, runner, factory) : { body: marked, closing: undefined, staff: undefined, stamp: undefined }
  // 就废弃茶叶被转手事件发声明本报讯（记者刘俊）…: a subheadline glued to
  // the lead; …新华社记者 谢环驰 摄新华社北京12月5日电…: a photo caption.
  // (Reporters' credits closing the lead, the story going on under it: the byline printed after the lead.)
  const leadByline = closing?.type === 'signature' ? bylineAfterLead(marked.filter((token) => token.startOffset >= closing.position.start.offset!), assembly) : undefined
  const body = splitGluedLead(signed, assembly)
  if (body.length > 0 && isEditorsNote(body)) {
    // 编者按：… / …——编  者: the editor's word, not the story's.
    assembly.add(editorsNoteNode(body, assembly))
  } else if (body.length > 0) {
    const paragraph: Paragraph = { type: 'paragraph', children: runner.inline(body, 'paragraph'), position: factory.position(start(body), end(body)) }
    if (!assembly.article) {
      diagnostics.push({ code: 'orphan-text', message: 'text outside any article (no headline or dateline before it)', position: paragraph.position })
    }
    assembly.add(paragraph)
  }
  if (leadByline) assembly.add(leadByline)
  else if (closing && assembly.article) {
    assembly.article.children.push(closing)
    // (The desk's staff named in the same bracket, after the reporters: its staff line.)
    if (staff) assembly.article.children.push(staff)
    // (A package's section signs off, and the next section's title follows: the package goes on.)
    if (closing.type !== 'signature' || (!glued && !sectionGoesOn(assembly))) assembly.close()
  }
  if (mark) assembly.closeWith(mark)
  // (Its staff line closes the story, after the closing credit and the end mark.)
  if (glued) assembly.closeWith(glued.staff)
  // A bare date code (…潛力獎。1021029) is the page's stamp, after the article.
  if (stamp) {
    assembly.close()
    assembly.root.push(stamp)
  }
}

/**
 * A closing credit alone under the end mark that closed the story (…抓好落实。（完） / （赵敏）): the story's
 * signature, added after the mark. Answers whether it was.
 */
function signsUnderEndMark(range: IToken[], assembly: Assembly): boolean {
  const article = articleItClosed(assembly)
  if (!article) return false
  const { runner, factory } = assembly.context
  const { body, closing } = splitSignature(range, runner, factory)
  if (closing?.type !== 'signature' || body.length > 0) return false
  assembly.addAfter(article, closing)
  return true
}

/**
 * A heading-like line that ends a sentence (…自主避障？) with body text
 * straight under it is the body's first paragraph, not a subheadline:
 * heading groups stand apart from the body. So is a line a colon closes
 * over the text, a letter's salutation (安顺日报编辑部: / 连日来,…): it
 * introduces what follows. (A kicker's colon, 渭滨区峪泉路便民市场:, stands
 * over its headline, not over text.)
 */
/** A question put to someone, an interview's or a reader's: a speaker's label, or you in it (问：…, 您为什么…, 你有多久…). */
const PUT_TO_SOMEONE = new RegExp(`${SPEAKER_OPENING.source}|[您你]`)

export const questionsOverBody: Refinement = (rows) =>
  rows.map((row, k) => {
    const next = rows[k + 1]
    if (row.kind !== 'heading' || next?.kind !== 'body') return row
    const last = row.tokens.at(-1)!
    // (A question first on the page or under its furniture alone is the story's title: 字數: 1104 words /
    // 深圳二手房單月成交8000套 樓市已到牛熊分界線？ / 進入5月以來,…; not one put to someone, 您为什么…？, 问：…？.)
    const above = rows[k - 1]
    const titlesPage = (above === undefined || SITE_FURNITURE.has(above.kind)) && !PUT_TO_SOMEONE.test(lineText(row.tokens).trim())
    const question = next.gap === 0 && tokenMatcher(last, SentenceEnd) && !titlesPage
    const salutation = next.gap < WIDE_GAP && introducesText(trimmed(row.tokens))
    return question || salutation ? readAs(row, 'body') : row
  })

/**
 * A line opening with a dash under body text is the attribution of what
 * the paragraph above quoted (——中国石化安庆石化公司党委书记刘晓华代表), or an
 * editors' note's sign-off (——编  者): body text, not the next story's
 * heading. (Under a headline, ——记… is a subheadline.)
 */
export const dashedAttributions: Refinement = (rows) => {
  // Read in order: an attribution read as body may stand over the next (a run of them).
  const read: Row[] = []
  for (const row of rows) {
    const above = read.at(-1)
    const attribution = above?.kind === 'body' && row.kind === 'heading' && row.gap < WIDE_GAP && tokenMatcher(row.tokens[0]!, Dash)
    read.push(attribution ? readAs(row, 'body') : row)
  }
  return read
}
