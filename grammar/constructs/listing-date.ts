/**
 * A listing's item: a site's list of stories prints each title over its
 * date, glued to the opening of the story's text and its credit.
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
 * 年月日) and a credit follows it (a role, a writer's slash, a dateline):
 * a sentence opens with 2025年11月29日，…, a table's row with a date over
 * its cells (2024-01-05 项目名称 …), and neither is split.
 */
import { tokenMatcher } from 'chevrotain'
import { partAt, readRow } from '../../src/assemble/row'
import { trimmed } from '../layout'
import { Role, Slash } from '../tokens'
import { fieldDate } from './stamp'
import type { LineTest } from './construct'

/** A listing's date opening the line, glued to the words that follow or a space before them (2025.11.26記者…, 2025-11-26 文/…); not to a time or a bar (2019/04/26 / 09:00 来源:…). */
const LISTING_DATE_OPENING = /^([0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2}) ?(?=\p{Script=Han})/u
/** The date alone, its parts as the opening prints them. */
const LISTING_DATE = /^(([0-9]{4})[./-]([0-9]{1,2})[./-]([0-9]{1,2}))$/

/** How many tokens into the rest a credit's role or a writer's slash may stand (主筆/單厚之, 記者 孫偉倫). */
const CREDIT_REACH = 4

/** A listing's date glued before its item's lead: the stamp's row, then the lead read as the line it is. */
export const readListingDate: LineTest = ({ tokens, text, from, gap }, { runner }) => {
  const opening = LISTING_DATE_OPENING.exec(text)
  if (!opening) return undefined
  const date = LISTING_DATE.exec(opening[1]!)
  const split = partAt(tokens, opening[0].length)
  if (!date || split <= 0 || split >= tokens.length) return undefined
  const rest = trimmed(tokens.slice(split))
  const opensCredit = rest.slice(0, CREDIT_REACH).some((token) => tokenMatcher(token, Role) || tokenMatcher(token, Slash))
  if (!opensCredit && !runner.datelineOpens(rest)) return undefined
  return { label: readRow(tokens.slice(0, split), gap, from, { kind: 'stamp', stamp: fieldDate(0, date, false) }), rest }
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const LISTING_DATE_PATTERNS: readonly RegExp[] = [LISTING_DATE_OPENING, LISTING_DATE]
