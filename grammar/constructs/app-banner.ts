/**
 * An app's banner at the top of a web page, and its dialog on how to open
 * the page in the app: interface.
 *
 *   上游新闻 / 更多的资讯等着你... / 立即下载        the app's name and slogan over its button
 *   2步打开 媒体云APP / • 点击右上角“…” 按钮          the dialog's steps
 *
 * Everything about the convention is here (chrome.ts makes the node).
 */
import { SENTENCE_MARK, endsStory, printedLength } from '../layout'
import { isStoryText, lineText, readAs, type Row } from '../../src/assemble/row'
import type { Refinement } from './construct'

/** An app banner's button: 立即下载, 打开APP. */
const DOWNLOAD_BUTTON = /^(?:立即|马上|点击)?(?:下载|打开)(?:APP|App|app|客户端)?$/
/** The lines an app banner prints over its button: the app's name, its slogan. */
const BANNER_LINES = 2
/** The longest of them. */
const MAX_BANNER_LINE = 16

/**
 * A step of an app's dialog on how to open the page, a list's bullet perhaps before it: 2步打开 媒体云APP,
 * • 点击右上角“…” 按钮, • 使用浏览器/Safari打开, 在浏览器中打开.
 */
const OPEN_STEP = /^(?:[•·] ?)?(?:[0-9一二三两]步打开 ?[^ 。!?,，]{1,12}|点击右上角 ?[“"]?(?:…|\.{3}|···)[”"]? ?按钮|(?:请)?(?:使用|选择|在)浏览器(?:\/Safari)?(?:中)?打开)$/

/**
 * An app's banner at the top of a page (上游新闻 / 更多的资讯等着你... / 立即下载,
 * 汇聚向上的力量 / 立即下载): the button, and the short lines over it, its
 * name and slogan, are interface. Only before the story's text starts: a
 * story may tell readers to download something.
 */
export const appBanners: Refinement = (rows) => {
  const read = rows.slice()
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    if (isStoryText(row) && endsSentence(row)) break
    // (The app's dialog telling how to open the page: 2步打开 媒体云APP / • 点击右上角“…” 按钮 / • 使用浏览器/Safari打开.)
    if (OPEN_STEP.test(lineText(row.tokens).trim())) read[k] = readAs(row, 'chrome')
    if (!DOWNLOAD_BUTTON.test(lineText(row.tokens).trim())) continue
    read[k] = readAs(row, 'chrome')
    for (let j = k - 1; j >= 0 && j >= k - BANNER_LINES && bannerLine(read[j]!); j--) read[j] = readAs(read[j]!, 'chrome')
  }
  return read
}

/** Whether a row of text ends a sentence. */
const endsSentence = (row: Row): boolean => endsStory(lineText(row.tokens))

/** A short line of a banner: no sentence in it (its slogan may trail off: 更多的资讯等着你...). */
function bannerLine(row: Row): boolean {
  if (row.kind !== 'body' && row.kind !== 'heading') return false
  const text = lineText(row.tokens).trim().replace(/(?:\.{2,}|…+)$/, '')
  return printedLength(row.tokens) <= MAX_BANNER_LINE && !SENTENCE_MARK.test(text)
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const APP_BANNER_PATTERNS: readonly RegExp[] = [DOWNLOAD_BUTTON, OPEN_STEP]
