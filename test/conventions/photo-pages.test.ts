/**
 * A page of photos, each with its place over its title and its credited
 * text under it (遂宁 / 纸鸢曼舞 / 4月4日,… 张勤宝 摄(C视觉)): one story per photo.
 * The credit may carry the supplying agency's tag in brackets.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, find, findAll } from '../helpers/tree'

const PHOTO_PAGE = [
  '遂宁',
  '纸鸢曼舞',
  '4月4日,在遂宁市安居区凤凰栖景区,各式各样的风筝在空中随风起舞。 张勤宝 摄(C视觉)',
  '乐山',
  '品味书香',
  '4月4日,市民在乐山市图书馆阅读。 李华时 摄(视觉中国)',
  '巴中',
  '感受川剧',
  '4月4日,在巴中市恩阳古镇,游客逛古街、看川剧。 付海旭 摄',
].join('\n')

describe('a page of titled photos', () => {
  it('each photo is a story: its place the kicker, its title the headline, its text the caption', () => {
    const issue = parseIssue(PHOTO_PAGE)
    expect(articles(issue).map((article) => toString(find(article, 'headline')!))).toEqual(['纸鸢曼舞', '品味书香', '感受川剧'])
    expect(articles(issue).map((article) => toString(find(article, 'kicker')!))).toEqual(['遂宁', '乐山', '巴中'])
    expect(articles(issue).map((article) => findAll(article, 'caption').length)).toEqual([1, 1, 1])
  })

  it('the agency’s tag after the photographer’s word is part of the credit (张勤宝 摄(C视觉))', () => {
    const credits = findAll(parseIssue(PHOTO_PAGE), 'credit')
    expect(credits.map((credit) => credit.names)).toEqual([['张勤宝'], ['李华时'], ['付海旭']])
    expect(credits.map((credit) => credit.value)).toEqual(['张勤宝 摄(C视觉)', '李华时 摄(视觉中国)', '付海旭 摄'])
  })

  it('must not fire: an aside in brackets after a sentence ending in 摄 (…拍摄(见下图)) is no credit', () => {
    const text = `春耕工作推进会召开\n本报讯 5月9日,全市春耕工作推进会召开,会议现场由专人负责拍摄(见下图)`
    expect(find(parseIssue(text), 'credit')).toBeUndefined()
  })

  it('must not fire: a story with text under its photo goes on after the caption', () => {
    const text = `纸鸢曼舞\n4月4日,各式各样的风筝在空中随风起舞。 张勤宝 摄\n本报讯 4月4日,遂宁市第五届风筝节开幕,吸引了众多市民。\n活动将持续三天。`
    const issue = parseIssue(text)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})
