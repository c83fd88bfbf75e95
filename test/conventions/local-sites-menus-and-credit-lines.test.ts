/**
 * What a city daily's site copy and Taiwan's local sites print around their stories, met in parts (el) and (em)
 * (d1019 朝阳日报, d1021 大拇指News; and d750, an older Taiwan text):
 *   - 日 报 / - 晨 报 / - 微 博                       a site's menu a converter printed as a list: interface
 *   記者 陳偉傑/台東報導  (alone under the title)        the reporter's filing line unbracketed: the byline, filed from 台東
 *   …危急。 / 大武警分局/提供 / 大武分局指出,…           who provided a photo, alone between paragraphs: a caption
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, find, findAll, page, printed, readChecked as read, chromeLines as chrome, captionLines as captions } from '../helpers/tree'

const paragraphs = (input: string) => findAll(read(input), 'paragraph').map((node) => printed(node, false))

describe('a site’s menu a converter printed as a list', () => {
  const STORY = '几日前一场冬季雨雪，让凤凰山变成冰凌世界，连日来众多摄影爱好者和游客纷纷登临。 本报记者 孙良摄影报道'

  it('three short items behind a list’s bullet over the page’s text: interface, the story found under it (d1019)', () => {
    const input = page('- 日 报\n- 晨 报\n- 微 博', '- 朝阳日报\n- 晨 报\n- 微 博', STORY)
    expect(chrome(input)).toEqual(['- 日 报', '- 晨 报', '- 微 博', '- 朝阳日报', '- 晨 报', '- 微 博'])
    const stories = articles(read(input))
    expect(stories).toHaveLength(1)
    expect(find(stories[0]!, 'headline')).toBeUndefined()
  })

  it('not two items alone: - 日 报 / - 晨 报 stay the page’s text', () => {
    expect(chrome(page('- 日 报\n- 晨 报', STORY))).toEqual([])
  })

  it('not a story’s list of its own, under its text: - 苹果 / - 香蕉 / - 橙子 stay the story’s', () => {
    const input = page('水果店开业', '昨日，市区一家水果店开业，吸引不少市民前来选购。店里主要出售：\n- 苹果\n- 香蕉\n- 橙子\n开业首日，店里顾客盈门。')
    expect(chrome(input)).toEqual([])
  })
})

describe('a reporter’s filing line alone under the title, no brackets', () => {
  const TITLE = '大武勇警臨危不亂 勇奪利器阻止自殘危機'
  const LEAD = '台東縣金峰鄉日前傳出一名婦人因酒後情緒失控,情況相當危急。警員曾文德接獲通報後立即趕赴現場。'

  it('記者 陳偉傑/台東報導: the story’s byline, filed from 台東, its text kept whole (d1021)', () => {
    const issue = read(page(TITLE, '記者 陳偉傑/台東報導', LEAD))
    const byline = find(issue, 'byline')
    expect(byline && printed(byline, false)).toBe('記者 陳偉傑/台東報導')
    expect(findAll(byline!, 'credit').map((credit) => [credit.names, credit.place])).toEqual([[['陳偉傑'], '台東']])
    expect(find(issue, 'dateline')).toBeUndefined()
  })

  it('not in the brackets that set a filing apart: 〔記者陳彥廷／屏東報導〕 alone on its line is the dateline still', () => {
    const dateline = find(read(page(TITLE, '〔記者陳彥廷／屏東報導〕', LEAD)), 'dateline')
    expect(dateline?.place).toBe('屏東')
  })

  it('not glued to the lead: 記者陳偉傑/台東報導 台東縣… opens the lead as its dateline', () => {
    const dateline = find(read(page(TITLE, `記者陳偉傑/台東報導 ${LEAD}`)), 'dateline')
    expect(dateline?.place).toBe('台東')
  })
})

describe('who provided a photo, alone between the story’s paragraphs', () => {
  const TITLE = '大武勇警臨危不亂 勇奪利器阻止自殘危機'
  const FIRST = '台東縣金峰鄉日前傳出一名婦人因酒後情緒失控,情況相當危急。'
  const NEXT = '大武分局指出,事發當時,分駐所內僅有值班警員黃傑元1人在崗,無法脫身處理。'

  it.each(['大武警分局/提供', '圖/大武警分局提供', '（大武警分局提供）'])('%s: the photo’s caption, no section head (d1021)', (credit) => {
    const input = page(TITLE, FIRST, credit, NEXT)
    expect(captions(input)).toEqual([credit])
    expect(paragraphs(input)).toEqual([FIRST, NEXT])
  })

  it('not a table’s note on its figures: 数据/市统计局提供 is no photo’s', () => {
    expect(captions(page(TITLE, FIRST, '数据/市统计局提供', NEXT))).toEqual([])
  })

  it('not a provider named with nothing to show a photo’s: 大武警分局提供 stays as it was read', () => {
    expect(captions(page(TITLE, FIRST, '大武警分局提供', NEXT))).toEqual([])
  })
})
