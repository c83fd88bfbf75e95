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
  it('each photo is a story: its place the kicker, its title the headline, its text the paragraph, its credit the signature', () => {
    const issue = parseIssue(PHOTO_PAGE)
    expect(articles(issue).map((article) => toString(find(article, 'headline')!))).toEqual(['纸鸢曼舞', '品味书香', '感受川剧'])
    expect(articles(issue).map((article) => toString(find(article, 'kicker')!))).toEqual(['遂宁', '乐山', '巴中'])
    expect(articles(issue).map((article) => [findAll(article, 'paragraph').length, findAll(article, 'signature').length])).toEqual([[1, 1], [1, 1], [1, 1]])
  })

  it('the agency’s tag after the photographer’s word is part of the credit (张勤宝 摄(C视觉))', () => {
    const signatures = findAll(parseIssue(PHOTO_PAGE), 'signature')
    expect(signatures.map((signature) => signature.names)).toEqual([['张勤宝'], ['李华时'], ['付海旭']])
    expect(signatures.map((signature) => signature.value)).toEqual(['张勤宝 摄(C视觉)', '李华时 摄(视觉中国)', '付海旭 摄'])
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

describe('credits and captions of photos in stories', () => {
  const STORY = '采风团结束在榕采访\n福州新闻网讯 借向莆铁路开通契机,两地党报记者开展了联合采访活动。\n当天下午,采风团一行乘坐动车返回南昌。'

  it('(福州日报记者 刘家铭 叶义斌 摄影报道) under the text: photographed and reported, the story’s signature', () => {
    const issue = parseIssue(`${STORY}\n(福州日报记者 刘家铭 叶义斌 摄影报道)`)
    const signature = find(issue, 'signature')
    expect(signature?.names).toEqual(['刘家铭', '叶义斌'])
    expect(find(issue, 'caption')).toBeUndefined()
  })

  it('without brackets, 记者 苏 凯 通讯员 宋超喜 摄影报道 under photo news signs it, as the photo news it closes', () => {
    const issue = parseIssue('金丝皇菊绽放“黄金花”\n初冬时节,王楼村金丝皇菊种植基地遍地金黄,村民们忙着采摘。\n记者 苏 凯 通讯员 宋超喜 摄影报道')
    expect(find(issue, 'caption')).toBeUndefined()
    expect(find(issue, 'signature')?.names).toEqual(['苏凯', '宋超喜'])
  })

  it('must not fire: a photographer’s credit alone under the text (记者 刘家铭 摄) stays the photo’s', () => {
    expect(find(parseIssue(`${STORY}\n(记者 刘家铭 摄)`), 'signature')).toBeUndefined()
  })

  it('an outlet the vocabulary does not list may stand before a photographer’s role (昌吉日报记者 何龙 摄)', () => {
    const credit = find(parseIssue('大桥施工\n4月25日,三屯河大桥正在加紧施工。 昌吉日报记者 何龙 摄\n本报讯 大桥将于年底通车。'), 'credit')
    expect(credit?.names).toEqual(['何龙'])
    expect(credit?.affiliation).toBe('昌吉日报')
    const signature = find(parseIssue('大桥施工\n4月25日,三屯河大桥正在加紧施工。 昌吉日报记者 何龙 摄'), 'signature')
    expect(signature).toMatchObject({ names: ['何龙'], value: '昌吉日报记者 何龙 摄' })
  })

  it.each([
    ['玫瑰湖公园已成为众多市民休闲娱乐的好去处。(资料图片)'],
    ['◎ 澳门雷州联谊会访问驻澳台北经文办。'],
  ])('%s between the title and the lead is a caption', (line) => {
    const issue = parseIssue(`公园增加\n${line}\n本报讯 2014年,不少梧州市民都能切身感受到公园的变化。`)
    expect(toString(find(issue, 'caption')!)).toBe(line)
  })

  it('must not fire: two sentences before (资料图片), ◎ before a list of points, are text', () => {
    const first = parseIssue('公园增加\n本报讯 公园多了。市民高兴。(资料图片)\n2014年,不少梧州市民都能切身感受到公园的变化。')
    expect(find(first, 'caption')).toBeUndefined()
    const second = parseIssue('公园增加\n本报讯 2014年,公园多了。\n◎ 一是绿地增加。二是设施完善。')
    expect(find(second, 'caption')).toBeUndefined()
  })
})

