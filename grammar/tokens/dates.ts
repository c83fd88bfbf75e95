/** Dates: 5月9日, 2019年5月9日, 二〇一九年五月九日, and the wire form 5月9日电. */
import { createToken } from 'chevrotain'

const CN = '[〇零一二三四五六七八九十廿卅]'
const CN_YEAR = '[〇零一二三四五六七八九]{4}年'

/** The date that closes a wire dateline: 5月9日电, 9日电, 十四日电, 12日讯. */
export const DatelineDate = createToken({
  name: 'DatelineDate',
  pattern: new RegExp(`(?:[0-9]{1,2}月)?[0-9]{1,2}日[电讯]|(?:${CN}{1,2}月)?${CN}{1,3}日[电讯]`),
})

/**
 * A calendar date with month and day, and optionally the year: four digits,
 * or three for Taiwan's ROC years (114年7月10日).
 */
export const DateToken = createToken({
  name: 'Date',
  pattern: new RegExp(`(?:[0-9]{3,4}年)?[0-9]{1,2}月[0-9]{1,2}日|(?:${CN_YEAR})?${CN}{1,2}月${CN}{1,3}日`),
})

export const dateTokens = [DatelineDate, DateToken]
