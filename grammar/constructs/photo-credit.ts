/**
 * Photographers' credits: who took the picture a caption describes.
 *
 *   …生动实践。 林 燕 彭楠岚 摄 · …现场。（蘇智鑫攝） · …报道 本报记者 张伟 摄    at the end of the caption's line
 *   游客在景区游玩 / 李潤芳攝                                               on a line of its own, under the caption
 *   記者陳嘉寧／翻攝 · ／攝影                                                the credit's own forms (credits rules)
 *   …危急。 / 大武警分局/提供 / 大武分局指出,…                                who provided it, alone between paragraphs
 *
 *   8月30日,…进行详细检查。 ⏎⏎ 临近开学,…安全用餐。 ⏎⏎ 记者 宋伟峰 摄
 *                                  photo news: a photo's text over its credit, nothing else
 *
 * The credit is read by the `photoCredit` rule (grammar/rules/credits.ts).
 * Either way the line above or the line itself is a caption, the credit
 * its last child (caption.ts builds the node).
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Credit } from '../../src/types'
import { afterBullet, holdsSentenceEnd, sentenceCount, trimmed } from '../layout'
import { looksLikeName } from '../names'
import { Colon, LParen, PhotoBy, RParen, Reported, Role, SentenceEnd, Slash, Space } from '../tokens'
import type { Row } from '../../src/assemble/row'
import { MAX_AGENCY_TOKENS, holdsPhotoWord } from '../rules/credits'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import type { LineTest, Refinement } from './construct'
import { afterListBullet } from './chrome'
import { HAN_CLASS } from '../han'

/** The most tokens a trailing photo credit spans (role, a few padded names, 摄). */
const MAX_CREDIT_TOKENS = 12

/**
 * A photographer's credit closing a line of text (…生动实践。 林 燕 彭楠岚 摄,
 * …现场。（蘇智鑫攝）, …报道 本报记者 张伟 摄): the line is a photo's caption,
 * its credit included. The credit is what follows the last sentence end or
 * space (or stands in the last brackets), and must read as a credit.
 */
export function trailingPhotoCredit(tokens: IToken[], runner: RuleRunner): Credit | undefined {
  const t = trimmed(tokens)
  const last = t.at(-1)
  if (!last) return undefined
  const bracketed = tokenMatcher(last, RParen) && t.length > 2 && closesPhotoCredit(t, t.length - 2)
  if (!bracketed) {
    const first = tokenMatcher(last, RParen) ? photographerFirst(t, runner) : photographerAfterSentence(t, runner)
    if (first) return first
  }
  // 张勤宝 摄(C视觉): the supplying agency's tag after the credit.
  const agency = bracketed ? -1 : agencyTagAt(t)
  if (!bracketed && agency < 0 && !holdsPhotoWord([last])) return undefined
  let from = (agency < 0 ? t.length : agency) - 1
  if (bracketed) {
    while (from > 0 && !tokenMatcher(t[from]!, LParen)) from--
  } else {
    // Back over the credit's names and role to the sentence end before it.
    while (from > 0 && !tokenMatcher(t[from - 1]!, SentenceEnd) && !tokenMatcher(t[from - 1]!, RParen) && t.length - from < MAX_CREDIT_TOKENS) from--
  }
  // (A bullet may stand before the photographer: …居民走出小区。 □倪竹馨 摄.)
  const tail = from === 0 ? [] : afterBullet(trimmed(t.slice(from)))
  const credit = tail.length > 1 ? runner.attempt(tail, (p) => p.photoCredit()) : undefined
  return credit ?? (bracketed ? undefined : spacedPhotoCredit(t, runner))
}

/** The photographer's word a credit in brackets may open with: 摄影, 摄, 图 (图/张刚). */
const PHOTOGRAPHER_WORD = /^(?:摄影|摄|图)$/

/**
 * A photographer's credit in brackets that opens with the photographer's word, after the photo's
 * sentence (…冰雪运动。（摄影：张刚）, …。（摄影 张刚、施佳生）, …。（图/张刚）): the credit, its names each a
 * person's. The word alone before the names, set apart by a space, a colon or a slash.
 */
function photographerFirst(t: IToken[], runner: RuleRunner): Credit | undefined {
  const open = t.findLastIndex((token) => tokenMatcher(token, LParen))
  // (After the photo's sentence: a title, 我市新增两处口袋公园（图/李强）, a list's item or a lead-in, 代表有：, is no caption.)
  if (open < 1 || t.length - open > MAX_CREDIT_TOKENS || !tokenMatcher(t[open - 1]!, SentenceEnd)) return undefined
  return photographerCredit(trimmed(t.slice(open + 1, -1)), runner)
}

/**
 * The same credit with no brackets, after the photo's sentence: …拆除路灯。图/王芳, …拆除路灯。 摄影/王芳 (the word and
 * its slash or colon straight before the names).
 */
function photographerAfterSentence(t: IToken[], runner: RuleRunner): Credit | undefined {
  const end = t.findLastIndex((token) => tokenMatcher(token, SentenceEnd))
  if (end < 1 || t.length - end > MAX_CREDIT_TOKENS) return undefined
  const tail = trimmed(t.slice(end + 1))
  return tail[1] !== undefined && !tokenMatcher(tail[1], Space) ? photographerCredit(tail, runner) : undefined
}

/** The photographer's word, a space, a colon or a slash, then the names (摄影：张刚, 图/张刚, 摄影 张刚、施佳生): one credit, each name a person's. */
function photographerCredit(inside: IToken[], runner: RuleRunner): Credit | undefined {
  const [word, mark] = inside
  if (word === undefined || mark === undefined || !PHOTOGRAPHER_WORD.test(word.image) || !(tokenMatcher(mark, Space) || tokenMatcher(mark, Colon) || tokenMatcher(mark, Slash))) return undefined
  // (One credit, the photographer's: （摄影 张三 通讯员 李四） and （图/张三 文/李四） sign the story, signature.ts.)
  const credits = runner.attempt(inside, (p) => p.editorLine()) ?? runner.attempt(inside, (p) => p.byline())
  const credit = credits?.length === 1 ? credits[0] : undefined
  return credit !== undefined && credit.names.length > 0 && credit.names.every(looksLikeName) ? credit : undefined
}

/**
 * Whether the photographer's word ends a credit at `k`: 摄, 摄影, or either with 报道 after it,
 * photographed and reported ((通讯员 韦亮 摄影报道)).
 */
function closesPhotoCredit(t: IToken[], k: number): boolean {
  const at = tokenMatcher(t[k]!, Reported) ? k - 1 : k
  return at >= 0 && holdsPhotoWord([t[at]!])
}

/** Where an agency's tag in brackets opens after the photographer's word (… 摄(C视觉)), or -1. */
function agencyTagAt(t: IToken[]): number {
  if (!tokenMatcher(t.at(-1)!, RParen)) return -1
  for (let k = t.length - 2; k >= Math.max(1, t.length - 2 - MAX_AGENCY_TOKENS); k--) {
    if (tokenMatcher(t[k]!, LParen)) return k < t.length - 2 && tokenMatcher(t[k - 1]!, PhotoBy) ? k : -1
  }
  return -1
}

/** A name as photographers' are printed: two or three Han characters (扬州日报 is the paper's). */
const PERSON = /^\p{Script=Han}{2,3}$/u
const readsAsPerson = (name: string) => PERSON.test(name)

/**
 * A photographer's name glued to 摄, the pair set apart by a space at the
 * line's end (生活污水已经淹没了半边马路 严文辉摄): the name reads as a person's
 * (a surname first), so 竞相拍摄 and 现场 纷纷拍摄 stay the text's verbs.
 */
const gluedPhotographer = (t: IToken[]): boolean =>
  tokenMatcher(t.at(-1)!, PhotoBy) && tokenMatcher(t.at(-3)!, Space) && looksLikeName(t.at(-2)!.image)

/**
 * A photographer's credit set apart by a space after a caption with no
 * full stop (物品分发现场其乐融融 扬州日报 凌万兵 冒颖异 何丹丹 摄): the longest run of
 * names before 摄 that each read as a person's, so the paper's name before
 * them stays the caption's.
 */
function spacedPhotoCredit(t: IToken[], runner: RuleRunner): Credit | undefined {
  if (t.length >= 3 && gluedPhotographer(t)) return runner.attempt(t.slice(-2), (p) => p.photoCredit())
  // (摄 set apart too: 竞相拍摄 is a verb.)
  if (t.length < 3 || !tokenMatcher(t.at(-2)!, Space)) return undefined
  let found: Credit | undefined
  for (let k = t.length - 2; k > 0 && t.length - k <= MAX_CREDIT_TOKENS; k--) {
    if (!tokenMatcher(t[k]!, Space)) continue
    const credit = runner.attempt(t.slice(k + 1), (p) => p.photoCredit())
    // (摄 alone is no credit yet; a run that stops reading as names ends the search.)
    if (!credit) {
      if (found) break
      continue
    }
    if (!credit.names.every(readsAsPerson)) break
    found = credit
  }
  return found
}

/**
 * Whether a photographer's credit line right under `above` makes it the
 * photo's caption, credit included: under a body or heading line (a lead
 * its dateline opens too), or a
 * caption with no credit yet. One credit to a caption: a second credit
 * line starts a caption of its own, and a column of them is not one
 * ever-growing caption.
 */
const takesCredit = (above: Row | undefined, gap: number): above is Row =>
  above !== undefined &&
  gap === 0 &&
  (above.kind === 'body' || above.kind === 'dateline' || above.kind === 'heading' || (above.kind === 'caption' && above.photoCredit === undefined))

/** A line that is only a photographer's credit (李润芳摄): it completes the line above, or is a caption alone. */
export const readPhotoCreditLine: LineTest = ({ tokens, from, above, gap, below, textAbove }, { runner }) => {
  if (!holdsPhotoWord(tokens) || !runner.opens('photoCredit', tokens[0])) return undefined
  const credit = runner.attempt(tokens, (p) => p.photoCredit())
  if (!credit) return undefined
  // (Between a title and the story's lead — one its dateline opens, or the page's first text, ending a sentence — the
  // credit is the story's photographer's, its byline where the credit lines' rules read it, and the title no caption:
  // 老街焕发新活力 / 本报记者 王芳 摄 / 本报讯（记者 王芳）5月9日，….)
  if (above?.kind === 'heading' && gap === 0 && below !== undefined && (runner.datelineOpens(below.tokens) || (!textAbove && holdsSentenceEnd(below.tokens)))) {
    const credits = runner.attempt(tokens, (p) => p.byline())
    return credits ? { kind: 'byline', credits } : { kind: 'caption', photoCredit: credit }
  }
  if (takesCredit(above, gap) && !reportedToo({ tokens })) {
    return { above: { ...above, kind: 'caption', tokens: [...above.tokens, ...tokens], to: from + tokens.length - 1, photoCredit: credit } }
  }
  return { kind: 'caption', photoCredit: credit }
}

/**
 * Who provided a photo, its credit alone on a line between the story's paragraphs, the photo and its caption left out
 * of the copy (大武警分局/提供, 圖/大武警分局提供, （大武警分局提供）): the photo's caption, as a photographer's credit alone is;
 * not a table's note on its figures (数据/市统计局提供), nor a provider named with no slash, bracket or 圖 to show a photo's.
 */
export const readProviderCreditLine: LineTest = ({ text, textAbove }) => {
  const line = text.trim()
  return textAbove && PROVIDER_CREDIT.test(line) && !DATA_NOTE.test(line) ? { kind: 'caption' } : undefined
}
/** The provider's credit: the provider and a slash before 提供, or 圖/ before it all, or all of it in round brackets. */
const PROVIDER_CREDIT = new RegExp(
  `^(?:[${HAN_CLASS}·]{2,16} ?[/／] ?提供|[圖图] ?[/／:：] ?[${HAN_CLASS}·]{2,16}提供|[(（](?:[圖图] ?[/／:：] ?)?[${HAN_CLASS}·]{2,16} ?[/／]? ?提供[)）])$`,
)
/** A note on where a table's figures came from: 数据/市统计局提供, （数据由市统计局提供）. */
const DATA_NOTE = /^[(（]?(?:数据|數據|资料来源|資料來源)/

/** A line of text ending in a photographer's credit: a caption, its credit at its end. */
export const readTrailingPhotoCredit: LineTest = ({ tokens, above }, { runner }) => {
  // (A site's list bullet before it, • ◀井盖破损处插上了树枝。 记者/刘平 摄: the bullet is parted first, caption.ts.)
  if (afterListBullet(tokens) !== undefined) return undefined
  const photoCredit = trailingPhotoCredit(tokens, runner)
  if (!photoCredit) return undefined
  // (Photographed and reported, after a text of several sentences straight under its title or the page's furniture:
  // 冬日田园满目青翠 / ⏎⏎ / 12月4日,…成功带动村民增收。(刘晓龙 本报通讯员 肖定怀 摄影报道) is photo news, its text the
  // story's, as when the credit stands on a line of its own (photoNews). Under a story's text it closes its last paragraph.)
  return (above === undefined || OVER_PHOTO_TEXT.has(above.kind)) && reportedNews(tokens, photoCredit) ? { kind: 'caption', photoCredit, photoNews: true } : { kind: 'caption', photoCredit }
}

/** A photographer's credit that says the photographers reported the news too: …摄影报道, …摄影报道). */
const REPORTED_CREDIT = /报道[)）]?$/
/** The fewest sentences of photo news a reporting photographer's credit closes. */
const MIN_NEWS_SENTENCES = 2
const reportedNews = (tokens: IToken[], credit: Credit): boolean =>
  REPORTED_CREDIT.test(credit.value) && sentenceCount(tokens) >= MIN_NEWS_SENTENCES

/** The most paragraphs a photo's text runs to. */
const MAX_PHOTO_TEXT_ROWS = 3

/**
 * Rows a photo news item's text may stand under: its title, the page's furniture (its source note among it:
 * 春日采收忙 / [来源:华声在线] / 2月16日,… / 刘贵雄 陈祉凝 摄影报道), or nothing; or a photo's own caption under the
 * title (1.jpg / 倒塌的树木挡住了路。 / 4月20日,… / 李娇 雷卓鸣 摄).
 */
const OVER_PHOTO_TEXT: ReadonlySet<Row['kind']> = new Set(['heading', 'pageHeader', 'stamp', 'chrome', 'masthead', 'caption', 'sourceNote'])

/**
 * Photo news: a photographer's credit line alone under a short text with
 * no dateline, the text standing straight under its title or the page's
 * furniture (or at the page's top) — the photo's text, its caption, over
 * its credit (8月30日,…进行详细检查。 / 临近开学,…安全用餐。 / 记者 宋伟峰 摄).
 * The text and the credit are read as one caption (the story of a title
 * over it, or an untitled story of its own: caption.ts); a credit line
 * under a story's last paragraphs (a photo printed at its end) is not:
 * the text above it there follows the story's lead, not its title.
 */
export const photoNews: Refinement = (rows) => {
  const read: Row[] = []
  for (const row of rows) {
    const text = photoText(read, row)
    if (text === 0) {
      read.push(row)
      continue
    }
    const block = read.splice(read.length - text)
    const first = block[0]!
    read.push({ ...first, kind: 'caption', tokens: [...block.flatMap((r) => r.tokens), ...row.tokens], to: row.to, photoCredit: row.photoCredit, photoNews: true })
  }
  return read
}

/**
 * Whether a caption row is a credit alone: nothing before the credit but a
 * role printed on the line above its names (全媒体记者 / 崔圣驰 摄).
 */
export function onlyCredit(row: Row, credit: Credit): boolean {
  const before = row.tokens.filter((t) => t.startOffset < credit.position.start.offset!)
  return before.every((t) => tokenMatcher(t, Role) || tokenMatcher(t, Space))
}

/** How many text rows straight above a bare credit line make photo news with it (0: none). */
/**
 * A credit in brackets for the photos and the report ((本报记者 陈旭东 摄影报道)): set
 * as a closing credit is, it signs the story, not a photo (caption.ts). (Without
 * brackets, 记者 苏 凯 通讯员 宋超喜 摄影报道 under photo news credits its caption.)
 */
export const reportedToo = (row: Pick<Row, 'tokens'>): boolean => {
  const t = trimmed(row.tokens)
  return t.length > 2 && tokenMatcher(t[0]!, LParen) && tokenMatcher(t.at(-1)!, RParen) && t.some((token) => tokenMatcher(token, Reported))
}

function photoText(read: Row[], row: Row): number {
  const credit = row.photoCredit
  if (row.kind !== 'caption' || !credit || !onlyCredit(row, credit) || reportedToo(row)) return 0
  let text = 0
  while (text < read.length && read[read.length - 1 - text]!.kind === 'body') text++
  const over = read[read.length - 1 - text]
  return text > 0 && text <= MAX_PHOTO_TEXT_ROWS && (over === undefined || OVER_PHOTO_TEXT.has(over.kind)) ? text : 0
}
