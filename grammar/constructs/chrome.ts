/**
 * Web page interface: the controls, navigation and notices a copied web
 * page brings along.
 *
 *   列印 · 文字大小 · 分享到 · 上一篇 下一篇 · 字數: 856 words          interface lines
 *   文字大小 / 仲細D都得 / 仲未夠？ / 已經最大。                          a control's options under it
 *   报晓风客户端 / 报知天下 晓通万家                                      a paper's app, its slogan under it
 *
 * The patterns and the vocabulary's interface words are read in
 * grammar/furniture.ts; here is how the line is read, placed and built,
 * and the second look that makes a control's options chrome too.
 *
 * Where it stands: among an article's heading lines, else at the top
 * level, closing the open article.
 */
import type { Chrome } from '../../src/types'
import { isChromeLine, isInterfaceLine } from '../furniture'
import { printedLength } from '../layout'
import { HAN_CLASS } from '../han'
import { lineText, readAs, type Row } from '../../src/assemble/row'
import type { LineTest, Placer, Refinement, RowNode } from './construct'
import { rowPhrase } from './line-nodes'
import { PAGE_HEADER_STANDS_IN } from './page-header'

/**
 * A paper's app promoted on its page (报晓风客户端, 忻州日报APP, 下载XX新闻客户端):
 * the app's name alone on its line. Its slogan under it is its option (报知天下 晓通万家).
 */
const APP_PROMO = new RegExp(`^(?:下载|打开)?[${HAN_CLASS}]{1,10}(?:新闻)?(?:客户端|APP|App)$`)

export const readChrome: LineTest = ({ text }, { words }) =>
  isChromeLine(text, words.chrome) || APP_PROMO.test(text.trim()) ? { kind: 'chrome' } : undefined

/** The longest option of a web page control (仲細D都得, 起碼咁大啦！). */
const MAX_OPTION_LENGTH = 10

/**
 * Short lines straight under a web control are its options (文字大小 /
 * 仲細D都得 / 仲未夠？ / 已經最大。, 分享到 / 微信 / 微博). Interface lines
 * known by their shape (a counter, a breadcrumb) have none: the short line
 * under 字數: 856 words is the story's title.
 */
export const controlOptions: Refinement = (rows) => {
  const read: Row[] = []
  for (const row of rows) {
    const above = read.at(-1)
    const option =
      above?.kind === 'chrome' &&
      row.gap <= 1 &&
      !isInterfaceLine(lineText(above.tokens)) &&
      (row.kind === 'body' || row.kind === 'heading') &&
      printedLength(row.tokens) <= MAX_OPTION_LENGTH
    read.push(option ? readAs(row, 'chrome') : row)
  }
  return read
}

/** A line of web page interface. */
export const chromeNode: RowNode = (row: Row, { context: { runner, factory } }): Chrome => ({ type: 'chrome', ...rowPhrase(row, runner, factory) })

/** Stands where page headers do. */
export const placeChrome: Placer = (row, assembly) => {
  assembly.stand(() => chromeNode(row, assembly), PAGE_HEADER_STANDS_IN)
}
