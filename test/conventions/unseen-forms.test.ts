/**
 * Forms the issue's unseen texts showed, each with where it must not fire:
 * photo credits after a slash (記者陳嘉寧／翻攝, ／攝影), captions set with a
 * square bullet, a speaker's words over a short headline, 連線報導 (how a
 * story was reported, not where).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Article } from '../../src/index'
import { find, findAll, page } from '../helpers/tree'

const TW = ['血濺桃機 他把老婆丟下樓再跳樓', '【本報訊】記者今日獲悉，現場已經清理完畢，警方正在調查。']
const roles = (text: string) =>
  (parseIssue(text).children.find((n) => n.type === 'article') as Article).children
    .filter((n) => n.type === 'kicker' || n.type === 'headline' || n.type === 'subheadline')
    .map((n) => `${n.type}:${toString(n)}`)

describe('unseen forms: where they fire', () => {
  it('a photo credit after a slash: 記者陳嘉寧／翻攝, 記者陳嘉寧／攝影', () => {
    expect(findAll(parseIssue(page(...TW, '警方到場調查。記者陳嘉寧／翻攝')), 'caption')).toHaveLength(1)
    expect(findAll(parseIssue(page(...TW, '桃園機場發生墜樓事件。 記者陳嘉寧／攝影')), 'caption')).toHaveLength(1)
  })

  it('a sentence set with a square bullet is a caption: ■市民在廣場上參加活動。', () => {
    expect(toString(find(parseIssue(page(...TW, '■市民在廣場上參加活動。')), 'caption'))).toBe('■市民在廣場上參加活動。')
  })

  it('a speaker’s words over a short headline: kicker, then headline', () => {
    expect(roles('李强：坚定信心、毫不松懈，推动经济持续回升向好\n稳住经济大盘\n\n新华社北京5月9日电 国务院总理李强9日主持召开会议。\n')).toEqual([
      'kicker:李强：坚定信心、毫不松懈，推动经济持续回升向好',
      'headline:稳住经济大盘',
    ])
  })

  it.each([
    ['乌鲁木齐:两条直达新疆国际会展中心专线开通', '起点为六大市场和铁路局'],
    ['围场县:“民心路”修进百姓家门口', '新修道路惠及两万群众'],
  ])('a place before the colon is no speaker: %s is the headline, the line under it the subheadline', (title, under) => {
    expect(roles(`${title}\n${under}\n\n本报讯 12月28日起,乌鲁木齐开通两条公交专线。\n`)).toEqual([`headline:${title}`, `subheadline:${under}`])
  })

  it('【記者王五／連線報導】: a filing dateline with no place', () => {
    const dateline = find(parseIssue(page('標題一行', '【記者王五／連線報導】深圳推出新措施，市民可在網上申請。')), 'dateline')!
    expect(dateline.place).toBeUndefined()
    expect(find(dateline, 'credit')!.names).toEqual(['王五'])
  })
})

describe('desk datelines: a compiled report', () => {
  it('【綜合報導】 and 【國際中心／綜合報導】 open the lead: no source, no place, no reporter', () => {
    for (const opener of ['【綜合報導】', '【國際中心／綜合報導】']) {
      const dateline = find(parseIssue(page('標題一行', `${opener}深圳推出新措施，市民可在網上申請。`)), 'dateline')!
      expect(dateline.source).toBeUndefined()
      expect(dateline.place).toBeUndefined()
      expect(findAll(dateline, 'credit')).toEqual([])
    }
  })

  it('NOT a bracketed section name (【綜合新聞】 names no report)', () => {
    expect(find(parseIssue(page('標題一行', '【綜合新聞】深圳推出新措施，市民可在網上申請。')), 'dateline')).toBeUndefined()
  })
})

describe('unseen forms: where they must not fire', () => {
  it('■ before a credit is a byline, not a caption: ■記者蔡少玲', () => {
    expect(findAll(parseIssue(page(...TW, '■記者蔡少玲')), 'caption')).toEqual([])
  })

  it('a colon early in a short first line over a longer one keeps the usual roles', () => {
    expect(roles('李强：稳住大盘\n坚定信心、毫不松懈，推动经济持续回升向好\n\n新华社北京5月9日电 国务院总理李强9日主持召开会议。\n')[0]).toBe('headline:李强：稳住大盘')
  })

  it('〔記者陳彥廷／屏東報導〕 keeps its place', () => {
    expect(find(parseIssue(page('標題一行', '〔記者陳彥廷／屏東報導〕縣府今天表示，將推出新措施。')), 'dateline')!.place).toBe('屏東')
  })
})
