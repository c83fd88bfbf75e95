/**
 * Notices: what a paper prints with a story for its readers, not part of
 * the story.
 *
 *   ■明報報料熱線﹕inews@mingpao.com/ 9181 4676          a tip line: where to send news, with a contact
 *   新闻热线：968111 · 报料有奖 微信：…                     (`kind: 'tipLine'`)
 *
 *   防止自殺求助熱線：                                      a helpline box: its title,
 *   香港撒瑪利亞防止自殺會： 2389 2222                      then one line per service
 *   生命熱線： 2382 0000                                  (`kind: 'helpline'`; 《蘋果》關心你 titles
 *                                                        Apple Daily's)
 *
 * Everything about the convention is here: its patterns, the line test,
 * the second look that reads a box's service lines, the node, where it
 * stands.
 *
 * Where it stands: at the end of the open article (or after the credit
 * that just closed it), which it closes; a box is one node with all its
 * lines. With no article open it stands at the top level.
 *
 * A desk's bare contact under the page's staff (新闻热线：0350-3032110,
 * 本版邮箱：xzrb@163.com) is a staff line (editor-line.ts), tried first.
 *
 * It must not fire on a sentence about a tip line (…赶紧拨打本报新闻热线，
 * 被评为本期“线索之星”。): a tip line names a contact — a number, a mail
 * address or a site — and ends no sentence; nor on a line of name and
 * number that no box title stands over.
 */
import type { Notice } from '../../src/types'
import { end, lineText, readAs, start, type Row } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'
import type { LineTest, Placer, Refinement } from './construct'

/** The longest notice line: a tip line with its contacts. */
const MAX_NOTICE_LENGTH = 90

/** Colons as the normalized text may still hold them (﹕ and ︰ are printed in Hong Kong). */
const COLON = '[:：﹕︰]'

/** A contact: a telephone number, a mail address, a site. */
const CONTACT = /[0-9][0-9 -]{3,}[0-9]|[!-~]+@[!-~]+\.[a-z]{2,}|https?:\/\/|www\./i

/**
 * A tip line: the paper's tip channel named (报料热线, 新闻热线, 爆料邮箱,
 * 报料有奖, 投稿邮箱), with a contact, and no sentence.
 */
const TIP_LINE = /^[■◆▲●★※]?[^。!?！？]{0,16}(?:报料|爆料|新闻|线索|投稿)(?:热线|电话|邮箱|信箱|微信|平台|有奖)[^。!?！？]{0,70}$/

/** A helpline box's title: 防止自殺求助熱線： · 求助網站和熱線: · 《蘋果》關心你 (normalized: simplified). */
const HELPLINE_TITLE = new RegExp(`^(?:《[^》]{1,10}》关心你|(?:防止)?自杀求助热线|求助(?:网站)?和?热线|情绪支援热线)\\s*${COLON}?$`)

/** One service of a helpline box: its name, a colon, its number or site (and a site after a semicolon). */
const HELPLINE_ENTRY = new RegExp(
  `^[^。!?！？:：﹕︰]{2,40}\\s*${COLON}\\s*(?:[0-9][0-9 -]{3,16}[0-9]|(?:https?://|www\\.)[!-~]+)(?:\\s*[;；,，][^。!?！？]{0,60})?$`,
)

/** A word every notice holds. */
const NOTICE_WORDS = /热线|电话|邮箱|信箱|微信|平台|有奖|关心你/

/** What kind of notice a line opens, if any. */
function noticeOf(text: string): Notice['kind'] | undefined {
  const line = text.trim()
  // (Every line comes here: most name no tip channel and no helpline at all.)
  if (line.length > MAX_NOTICE_LENGTH || !NOTICE_WORDS.test(line)) return undefined
  if (HELPLINE_TITLE.test(line)) return 'helpline'
  return TIP_LINE.test(line) && CONTACT.test(line) ? 'tipLine' : undefined
}

export const readNotice: LineTest = ({ text }) => (noticeOf(text) ? { kind: 'notice' } : undefined)

/** The most blank lines between a helpline box's lines (星島 sets one between each). */
const MAX_BOX_GAP = 1

/** Whether a line goes on with the helpline box over it: one service, close under the line before. */
const continuesBox = (row: Row): boolean => row.gap <= MAX_BOX_GAP && HELPLINE_ENTRY.test(lineText(row.tokens).trim())

/**
 * The lines under a helpline box's title, one service each, are the box's
 * too, whatever they were read as (香港撒瑪利亞防止自殺會： 2389 2222 is
 * no staff line), up to the first line that is not a service.
 */
export const helplineEntries: Refinement = (rows) => {
  const read: Row[] = []
  let inBox = false
  for (const row of rows) {
    inBox = inBox && continuesBox(row)
    read.push(inBox && row.kind !== 'notice' ? readAs(row, 'notice') : row)
    if (row.kind === 'notice' && noticeOf(lineText(row.tokens)) === 'helpline') inBox = true
  }
  return read
}

function noticeNode(rows: Row[], kind: Notice['kind'], { context: { runner, factory, tokens } }: Assembly): Notice {
  const from = rows[0]!.from
  const to = rows.at(-1)!.to
  const range = tokens.slice(from, to + 1)
  return { type: 'notice', kind, children: runner.inline(range, 'phrase'), position: factory.position(start(range), end(range)) }
}

/**
 * A notice and, for a helpline box, its service lines: at the end of the
 * open article, which it closes, or after the credit that just closed it;
 * else at the top level.
 */
export const placeNotice: Placer = (row, assembly) => {
  const kind = noticeOf(lineText(row.tokens)) ?? 'helpline'
  const rows = [row]
  while (kind === 'helpline' && assembly.rows.peek()?.kind === 'notice' && continuesBox(assembly.rows.peek()!)) rows.push(...assembly.rows.take(1))
  assembly.closeWith(noticeNode(rows, kind, assembly))
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const NOTICE_PATTERNS: readonly RegExp[] = [CONTACT, TIP_LINE, HELPLINE_TITLE, HELPLINE_ENTRY, NOTICE_WORDS]
