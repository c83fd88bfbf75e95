/**
 * An e-paper's list of the page's titles, copied with the page: links to
 * the stories, interface, not stories.
 *
 *   标题导航 / 太嚣张! / 真缺德! / 非法改装三轮车被查, / …      under its label
 *   标题导航 / • title / 摘要:… / • title / 摘要:… / …          each entry's bullet and abstract with it
 *   第02版:要闻 / 甘洒热血写春秋 / … / 版面导航                between the page's line and the reader's controls
 *
 * Everything about the convention is here; each entry keeps that it is one
 * of the page's titles (indexEntry), and the story's heading line the list
 * names is its headline (heading-lines.ts).
 */
import { compactText, holdsFullStop, printedLength } from '../layout'
import { lineText, readAs, type Kind, type Row } from '../../src/assemble/row'
import type { Refinement } from './construct'

/** The longest entry of a site's list of titles. */
export const MAX_LISTED_TITLE = 60

/** An e-paper's label over its list of the page's titles: 标题导航, 本版标题, 本版面文章; a mobile paper's over its issue's, 【导读】. */
const TITLE_INDEX_LABEL = /^(?:标题导航|本版标题|标题索引|本版目录|本版(?:面)?(?:文章|新闻|稿件)(?:列表)?|【?(?:本期|今日)?导读】?)$/
/** A line of the list: a title or a part of one broken over lines (非法改装三轮车被查,), with no full stop; set close under the one above. */
const isIndexEntry = (row: Row): boolean =>
  (row.kind === 'body' || row.kind === 'heading') && printedLength(row.tokens) <= MAX_LISTED_TITLE && !holdsFullStop(row.tokens)
/** The fewest lines a list of titles has: one or two lines under the label may be the story's own title. */
const MIN_INDEX_ENTRIES = 3
/** A section's label in lenticular brackets, alone on its line, as a mobile paper heads its issue's parts: 【本地】, 【望城要闻】. */
const SECTION_LABEL = /^【[^【】\s]{2,8}】$/
const labelsSection = (row: Row | undefined): row is Row => row !== undefined && SECTION_LABEL.test(lineText(row.tokens).trim())
/** What opens a story under a blank line: the lines over it were its heading, not a list. */
const STORY_OPENERS: ReadonlySet<Kind> = new Set(['dateline', 'byline'])
/** What closes the list: the reader's controls, the page's line. */
const AFTER_TITLE_INDEX: ReadonlySet<Kind> = new Set(['chrome', 'pageHeader'])

/**
 * An e-paper's list of the page's titles under its label (标题导航 / 太嚣张! / 真缺德! /
 * 非法改装三轮车被查, / 他竟抡锤砸伤民警 / … / 返回主页 | 版面导航): links, interface, not
 * stories. Three lines or more, each short and no sentence, with no blank line between; the list
 * closed by the reader's controls, the page's end, or a blank line with no story's dateline or
 * byline under it (标题导航 / 我市举办消夏音乐节 / 市民共享文化盛宴 / ⏎ / 本报讯…: the story's own head).
 * With no label, five lines or more between the page's line and the reader's controls
 * (第02版:要闻 上一版3 4下一版 / 甘洒热血写春秋 / … / 版面导航), one of them printed again as the
 * title of the story under them (a 副刊's poem, a weather box, name none). Each keeps that it is one of
 * the page's titles: the story's heading line the list names is its headline (heading-lines.ts).
 */
export const titleIndex: Refinement = (rows) => {
  const read = rows.slice()
  for (let k = 0; k < rows.length; k++) {
    const labelled = LABEL_KINDS.has(rows[k]!.kind) && TITLE_INDEX_LABEL.test(lineText(rows[k]!.tokens).trim())
    if (!labelled && rows[k]!.kind !== 'pageHeader') continue
    let end = k + 1
    // (Under a label, blank lines may set the entries apart, as a mobile paper's 【导读】 does: up to a line that titles text
    // under it, or one the list named already, its story's title printed again.)
    const taken = new Set<string>()
    const entries: Row[] = []
    const entryApart = (n: number) => labelled && !taken.has(entryTitle(rows[n]!)) && !titlesText(rows[n + 1])
    while (end < rows.length) {
      // (Under a label, an entry may have its bullet on a line of its own and its abstract under it: • / 合肥市第七届职工文化艺术节圆满收官 /
      // 摘要:本报讯9月28日上午,…; parts of the list, no entries.)
      if (labelled && (isBulletAlone(rows[end]!) || (entries.length > 0 && isAbstract(rows[end]!)))) {
        end++
        continue
      }
      // (The label of the next section closes the list: 【本地】.)
      if (labelled && labelsSection(rows[end])) break
      if (!isIndexEntry(rows[end]!) || !(end === k + 1 || rows[end]!.gap === 0 || entryApart(end))) break
      taken.add(entryTitle(rows[end]!))
      entries.push(rows[end++]!)
    }
    const next = rows[end]
    // (With no label, the list stands between the page's line and the reader's controls, longer than any heading group.)
    // (Or by the label of the next section, 【导读】 / ★… / ★… / 【本地】 / ★ the first story's title.)
    const closed = labelled
      ? next === undefined || AFTER_TITLE_INDEX.has(next.kind) || (next.gap > 0 && !STORY_OPENERS.has(next.kind)) || labelsSection(next)
      : next?.kind === 'chrome'
    if (entries.length < (labelled ? MIN_INDEX_ENTRIES : MIN_UNLABELLED_ENTRIES) || !closed) continue
    // (With no label, the list must name a story printed on the page under it: a poem's lines or a weather box name none;
    // with its entries set apart, so must a labelled one.)
    const apart = rows.slice(k + 2, end).some((row) => row.gap > 0)
    if ((!labelled || apart) && !namesTitleBelow(entries, rows.slice(end), apart)) continue
    for (let n = k + 1; n < end; n++) read[n] = entries.includes(rows[n]!) ? { ...rows[n]!, kind: 'chrome', indexEntry: true } : readAs(rows[n]!, 'chrome')
    // (The label of the section that closed it is the furniture too, no story's kicker: 【本地】.)
    if (labelled && labelsSection(next)) read[end] = readAs(next, 'chrome')
    k = end - 1
  }
  return read
}

/** The bullet a list's entry may open with: •, or a middle dot (· 深耕社区警务共建平安家园). */
const ENTRY_BULLET = /^[•·・★☆] */
/** The title an entry names, its bullet aside: the story's title printed again under the list is the same. */
const entryTitle = (row: Row): string => compactText(row.tokens).replace(ENTRY_BULLET, '')

/** What a list's label may read as before the list is seen: interface, or a line of text (【导读】). */
const LABEL_KINDS: ReadonlySet<Kind> = new Set(['chrome', 'body', 'heading'])

/** The fewest titles of a list with no label over it: more lines than a heading group has. */
const MIN_UNLABELLED_ENTRIES = 5

/** Whether one of a list's lines is printed again as a heading line under it (the story the page gives): as any line, `asAnyLine`. */
function namesTitleBelow(entries: Row[], below: Row[], asAnyLine = false): boolean {
  const titles = new Set(below.flatMap((row) => (asAnyLine || row.kind === 'heading' ? [compactText(row.tokens)] : [])))
  return entries.some((entry) => titles.has(compactText(entry.tokens)))
}

/** Whether a row under a line opens a story's text (its dateline, its byline, a sentence): the line is its title, not the list's. */
const titlesText = (below: Row | undefined): boolean =>
  below !== undefined && (STORY_OPENERS.has(below.kind) || (below.kind === 'body' && holdsFullStop(below.tokens) && !isAbstract(below)))

/** An entry's abstract under its title in an e-paper's list, labelled: 摘要:9月26日,2025“徽州百工”…. */
const ABSTRACT = /^摘要 ?[:：]/
const isAbstract = (row: Row): boolean => ABSTRACT.test(lineText(row.tokens).trim())
/** An entry's bullet on a line of its own, as a site's lists part it from the entry: •, ★ (page-links.ts reads its lists' too). */
const BULLET_ALONE = /^[•·●◆■□◇▪★☆]$/
export const isBulletAlone = (row: Row): boolean => row.kind === 'chrome' && BULLET_ALONE.test(lineText(row.tokens).trim())

/** Every pattern of the convention, for the test that checks none backtracks. */
export const TITLE_INDEX_PATTERNS: readonly RegExp[] = [TITLE_INDEX_LABEL, ABSTRACT, BULLET_ALONE, SECTION_LABEL]
