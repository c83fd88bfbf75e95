/**
 * A listing's item: a site's list of stories prints each title over its
 * date, glued to the opening of the story's text and its credit; and a site's
 * date and time glued before a story's lead the same way (2017年04月30日
 * 21:44城市快报记者 张清 通讯员 焦轩 昨日是…).
 *
 *   獨/黃國昌藍白合「底牌」曝光:要國民黨禮讓自己參選新北市長        the item's title: a headline
 *   2025.11.26記者孫偉倫/綜合報導國民黨主席鄭麗文、…,…             its date (a stamp), then its lead
 *   AI能幫電視產業甚麼忙?要正視「文化價值」                         the next item's title
 *   2025.11.25文/鄭自隆(國立政治大學傳播學院退休教授)台灣電視產業…
 *
 * Everything about the convention is here. The date is the item's
 * publication stamp, not its dateline's date: the listing prints it, not the
 * story. A title over its own stamp under text titles another story
 * (intertitle.ts), so each item is an article.
 *
 * A date opening a line is the listing's only when it is printed as a
 * site prints one (its parts set apart by dots, dashes or slashes, no
 * 年月日) and a credit follows it (a writer's word and a slash, a role, a
 * name and a slash, a dateline): a sentence opens with 2025年11月29日，…
 * or 2024-03-12 记者从市统计局获悉, a title with 2024.11.8记者节…, a table's
 * row with a date over its cells (2024-03-11 收盘/3068点, 2024/03/15 北京/上海 …),
 * and none is split.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import { partAt, readRow } from '../../src/assemble/row'
import { trimmed } from '../layout'
import { Role, Slash } from '../tokens'
import { fieldDate } from './stamp'
import type { LineTest } from './construct'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { TEXT_TOKEN } from '../tokens/text'

/**
 * A listing's date opening the line, glued to the words that follow or a space before them (2025.11.26記者…, 2025-11-26
 * 文/…); or a site's date and time, however the date is printed (2017年04月30日 21:44城市快报记者…, 2017-04-30 21:44 记者…).
 * Not to a bar (2019/04/26 / 09:00 来源:…).
 */
const LISTING_DATE_OPENING = /^([0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2}(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日 [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?) ?(?=\p{Script=Han})/u
/** The date alone, its parts as the opening prints them (a time after it aside). */
const LISTING_DATE = /^(([0-9]{4})[./\-年]([0-9]{1,2})[./\-月]([0-9]{1,2})日?)(?: [0-9:]+)?$/

/** The words a writer is credited by before a slash, no role of the vocabulary: 文/鄭自隆, 主筆/單厚之. */
const WRITER_WORDS: ReadonlySet<string> = new Set(['文', '主笔', '主筆', '撰文', '作者'])
/** The longest name between a reporter's role and the slash after it (記者方炳超/特稿). */
const MAX_CREDITED_NAME = 4

/**
 * Whether the rest opens with a credit a listing prints: a writer's word and a slash (文/鄭自隆,
 * 主筆/單厚之), a reporter's role, a name and a slash (記者方炳超/特稿), or a dateline (記者孫偉倫/綜合報導).
 * (Not 记者从市统计局获悉, 记者节特别策划, 收盘/3068点, 北京/上海: a sentence's subject, a word, a table's cells.)
 */
function opensCredit(rest: IToken[], runner: RuleRunner): boolean {
  const [first, second, third] = rest
  if (first && second && WRITER_WORDS.has(first.image) && tokenMatcher(second, Slash)) return true
  if (first && second && third && tokenMatcher(first, Role) && second.tokenType.name === TEXT_TOKEN && [...second.image].length <= MAX_CREDITED_NAME && tokenMatcher(third, Slash)) return true
  return runner.datelineOpens(rest)
}

/** A listing's date glued before its item's lead: the stamp's row, then the lead read as the line it is. */
export const readListingDate: LineTest = ({ tokens, text, from, gap }, { runner }) => {
  const opening = LISTING_DATE_OPENING.exec(text)
  if (!opening) return undefined
  const date = LISTING_DATE.exec(opening[1]!)
  const split = partAt(tokens, opening[0].length)
  if (!date || split <= 0 || split >= tokens.length) return undefined
  const rest = trimmed(tokens.slice(split))
  if (!opensCredit(rest, runner)) return undefined
  return { label: readRow(trimmed(tokens.slice(0, split)), gap, from, { kind: 'stamp', stamp: fieldDate(0, date, false) }), rest }
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const LISTING_DATE_PATTERNS: readonly RegExp[] = [LISTING_DATE_OPENING, LISTING_DATE]
