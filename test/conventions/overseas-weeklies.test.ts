/**
 * What church weeklies and community sites outside the mainland print around a story, met in part (bt) (d736
 * 基督教論壇報, d737 台灣教會公報, d739 唐人街號外):
 *   2019-10-31 基督教論壇報 / 華人教會      the date, the paper and its section parted by a slash: the stamp
 *   基督教論壇報 何毓芬 追蹤               a site's author box (paper, writer, follow button): the byline the name
 *   【林宜瑩台北報導】                     a name glued to a place the vocabulary knows: the dateline
 *   作者是 Alan K Chow                   the author said in words: the byline
 *   alt / (圖)祝東主黃展唐開張大吉生意興隆。 an image's empty alt text, interface; a caption behind its bracketed label
 *   • 2017年09月02日(土)18時39分           a post's date, weekday and time under its title (d701 関西華文時報): the stamp
 *   Related Articles / Posted on Author admin   a blog theme's label and its post meta, date and name lost (d735 號角報)
 *   (澳門教區社會傳播中心訊)                a communications centre filing as a paper does: the dateline (d735)
 *   상태바 / • 郑基焕 记者 / • 上传 2008.09.25 08:29 / • 参与互动 0 / 分享该报道至
 *                                        a Korean paper's Chinese edition (d703 中央日报中文网): interface, the byline
 *                                        with its role after the name, the stamp, interface
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { creditsOf, find, findAll, page, readChecked as read, chromeLines as chrome, headlinesOf as headlines } from '../helpers/tree'
import { toString } from '../../src/index'

const TITLE = '邁入55與主同行 祝福台灣及華人教會'
const LEAD = '【記者何毓芬台中報導】過去54年來不間斷在各地奔走,為要將最即時的時事新聞呈現給每一位讀者。'
const MORE = '張牧師提到,論壇報是台灣及華人教會相當重要的媒體宣教平台。'

describe('the date, the paper and its section parted by a slash', () => {
  it('is the stamp over the title (d736)', () => {
    const input = page('2019-10-31 基督教論壇報 / 華人教會', TITLE, LEAD, MORE)
    expect(headlines(input)).toEqual([TITLE])
    expect(find(read(input), 'stamp')?.date).toMatchObject({ year: 2019, month: 10, day: 31 })
  })

  it('not a timeline’s entry in a story (a date, then what happened)', () => {
    expect(findAll(read(page(TITLE, LEAD, '2019-10-31 教會舉行感恩禮拜 / 會後聚餐', MORE)), 'stamp')).toEqual([])
  })
})

describe('a site’s author box', () => {
  it('is the byline, its credit the name with no role (d736)', () => {
    const issue = read(page(TITLE, '基督教論壇報 何毓芬 追蹤', LEAD, MORE))
    expect(findAll(issue, 'byline').map((byline) => creditsOf(byline))).toEqual([[[undefined, ['何毓芬']]]])
  })

  it('under a second title on the page, the second story’s byline, not the first one’s signature (review 32)', () => {
    const issue = read(page(TITLE, '基督教論壇報 陳以諾 追蹤', LEAD, MORE, '教會推動環保 主日不用一次性餐具', '基督教論壇報 何毓芬 追蹤', '新北一間教會推動綠色教會,一年減少塑膠垃圾上千公斤。'))
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'byline').flatMap((byline) => creditsOf(byline))).toEqual([
      [undefined, ['陳以諾']],
      [undefined, ['何毓芬']],
    ])
  })

  it('not a title naming a paper, a place and a verb (本報 台北 追蹤報導)', () => {
    expect(findAll(read(page('基督教論壇報 台北市 追蹤', LEAD, MORE)), 'byline')).toEqual([])
  })
})

describe('a name glued to a place the vocabulary knows, filing in lenticular brackets', () => {
  it('is the dateline: the name, the place (【林宜瑩台北報導】, d737)', () => {
    const dateline = find(read(page(TITLE, '【林宜瑩台北報導】台灣基督長老教會第59屆總會年會將在台南舉行。')), 'dateline')
    expect(dateline?.place).toBe('台北')
    expect(creditsOf(dateline)).toEqual([[undefined, ['林宜瑩']]])
  })

  it('not a place alone before 報導', () => {
    expect(creditsOf(find(read(page(TITLE, '【台北報導】台灣基督長老教會第59屆總會年會將在台南舉行。')), 'dateline'))).toEqual([])
  })
})

describe('the author said in words', () => {
  it('is the byline (作者是 Alan K Chow, d739)', () => {
    expect(creditsOf(find(read(page('唐朝食府以客為尊恭候光臨', '作者是 Alan K Chow', '波士頓中國城的食府終於開業了。', MORE)), 'byline'))).toEqual([['作者', ['Alan K Chow']]])
  })

  it('not in a story’s text, a book’s author (作者是 J K Rowling, review 32)', () => {
    expect(findAll(read(page('哈利波特新版上市', LEAD, '這套書的作者是 J K Rowling', MORE)), 'byline')).toEqual([])
  })

  it('not a sentence about the author, nor words that are no name (作者是誰？)', () => {
    expect(findAll(read(page(TITLE, LEAD, '作者是一位退休教師,寫作已有三十年。')), 'byline')).toEqual([])
    expect(findAll(read(page(TITLE, LEAD, '作者是誰？', MORE)), 'byline')).toEqual([])
  })
})

describe('an image’s empty alt text and a caption behind its bracketed label', () => {
  it('alt is interface, (圖)… a caption (d739)', () => {
    const issue = read(page(TITLE, 'alt', '(圖)祝東主黃展唐開張大吉生意興隆。', 'alt', '(圖)嘉賓揮金剪「唐朝」正式開業。', LEAD, MORE))
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['alt', 'alt'])
    expect(findAll(issue, 'caption')).toHaveLength(2)
  })

  it('not a photo story’s title behind the label, nor a key’s or an enzyme’s name (review 32)', () => {
    expect(headlines(page('(图)我县举办首届农民丰收节', '本报讯 9月23日,我县首届农民丰收节在城南广场举行。'))).toEqual(['(图)我县举办首届农民丰收节'])
    expect(findAll(read(page(TITLE, LEAD, 'ALT', '谷丙转氨酶的英文缩写,正常值为40以下。')), 'chrome')).toEqual([])
  })

  it('not a longer text behind the label, nor alt in a sentence', () => {
    const issue = read(page(TITLE, LEAD, '(圖)左為新堂。新堂今年落成。明年啟用。', 'alt text 是圖片的替代文字。', MORE))
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a post’s date with its weekday in brackets and its time', () => {
  it('is the stamp under the title, a Japanese weekday too (2017年09月02日(土)18時39分, d701)', () => {
    for (const line of ['• 2017年09月02日(土)18時39分', '2024年3月29日(星期五)10时20分']) {
      const input = page('上海歌舞団 舞劇〈朱鷺〉読者優待チケット', line, '東京、名古屋、大阪公演で読者向け優待チケットを販売中。')
      expect(find(read(input), 'stamp')?.date, line).toMatchObject({ month: line.includes('09月') ? 9 : 3 })
    }
  })

  it('not a date with its weekday alone (the page’s date line), nor one in a sentence', () => {
    expect(findAll(read(page('2024年3月29日(星期五)', TITLE, LEAD)), 'stamp')).toEqual([])
    expect(findAll(read(page(TITLE, LEAD, '活動定於2024年3月29日(星期五)10時20分舉行。')), 'stamp')).toEqual([])
  })
})

describe('a blog theme’s label over its other posts and its post meta with its date and name lost', () => {
  it('are interface, each post under them a story of its own (Related Articles / Posted on Author admin, d735)', () => {
    const input = page('Related Articles', '周守仁神父晉牧成為香港第九任主教', 'Posted on Author admin', '(本報訊)香港教區上週六下午於主教座堂舉行祝聖典禮。')
    expect(chrome(input)).toEqual(['Related Articles', 'Posted on Author admin'])
    expect(headlines(input)).toEqual(['周守仁神父晉牧成為香港第九任主教'])
  })

  it('not a sentence that says a post was posted', () => {
    expect(chrome(page(TITLE, LEAD, 'Posted on the church door by the author himself, the letter drew a crowd.'))).toEqual([])
  })
})

describe('a communications centre filing as a paper does', () => {
  it('opens an untitled story as its dateline ((澳門教區社會傳播中心訊), d735)', () => {
    const dateline = find(read(page('(澳門教區社會傳播中心訊)5月23日是聖母進教之佑節日前夕,主教座堂當晚舉行祈禱晚會。')), 'dateline')
    expect(dateline?.source).toBe('澳門教區社會傳播中心訊')
  })
})

describe('a Korean paper’s Chinese edition around its story', () => {
  const HEAD = ['仁川唐人街韩中融冰之夜——中国日文化节', '상태바', '• 郑基焕 记者', '• 上传 2008.09.25 08:29', '• 参与互动 0', '分享该报道至']
  const TEXT = '9月24日中午的仁川市中区北城洞的唐人街,正在紧张地进行着修理路灯和柏油路面的施工。'

  it('its status bar, comments count and share label are interface; the name before its role the byline; the upload time the stamp (d703)', () => {
    const issue = read(page(HEAD.join('\n'), TEXT))
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['상태바', '• 参与互动 0', '分享该报道至'])
    expect(creditsOf(find(issue, 'byline'))).toEqual([['记者', ['郑基焕']]])
    expect(find(issue, 'stamp')?.date).toMatchObject({ year: 2008, month: 9, day: 25 })
  })

  it('not Korean words a story introduces, nor a list of reporters, nor post meta that keeps its date (review 33)', () => {
    const song = read(page('延边举行民俗节', '本报讯 9月3日,延边州民俗文化节开幕,数千名群众齐声高唱:', '아리랑 아리랑 아라리요', '歌声久久回荡在广场上。'))
    expect(findAll(song, 'chrome')).toEqual([])
    const team = read(page('韩国媒体代表团访华', '应中国记协邀请,记者团一行于10月15日访问北京。记者团成员为:', '• 郑基焕 记者\n• 李美贤 记者\n• 金智恩 记者', '访问期间,记者团参观了人民日报社。'))
    expect(findAll(team, 'byline')).toEqual([])
    expect(chrome(page(TITLE, 'Posted on February 12, 2024 by admin', LEAD))).toEqual([])
  })

  it('not a name and a role ending a sentence’s line in the text, nor a Korean phrase in a sentence', () => {
    const issue = read(page(TITLE, LEAD, '带队的是 王五 记者', MORE, '他说:“감사합니다,谢谢大家。”'))
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})
