/**
 * What a city paper's mirrored site and two county media sites print around their stories, met in parts (ei) and (ej)
 * (d1014 绵阳日报, d1015 攸县融媒体中心, d1016 a 舒城 county media site):
 *   …的体现。(綿報融媒記者 曾晨)                         a city's paper by its short name (X报) before the role: the signature
 *   一审:刘洁琼丨二审:蔡晓雅丨三审:刘峰 / 监制:吴辉兵       review fields parted by a bar (丨, |): staff lines
 *   来源:… / 版权作品,… / 【2022-3-26成长ABC】… / 攸县话,你会说吗?   a site's titles under the story, one asking: interface
 *   相关新闻: / 图片推荐                                  a site's label for its picks: interface
 *   …倍感温馨。(徐永斌) / 1月15日,河棚镇召开…              a list page's next untitled item, cut before its credit: a story
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, find, findAll, page, printed, readChecked as read, chromeLines as chrome } from '../helpers/tree'

const paragraphs = (input: string) => findAll(read(input), 'paragraph').map((node) => printed(node, false))
const editorRoles = (input: string) => findAll(read(input), 'editorLine').map((line) => findAll(line, 'credit').map((credit) => `${credit.role}:${credit.names.join('、')}`))

const TITLE = '假期出游别让文明“放假”'
const BODY = '“五一”小长假最后一天，绵阳城区各大景点依然人气满满。一名游客说，做到言行文明是个人素质的体现。'

describe('a city’s paper by its short name, X报, before the reporter’s role', () => {
  it('signs the story: （绵报融媒记者 曾晨） is the signature (d1014)', () => {
    const signature = find(read(page(TITLE, `${BODY}（绵报融媒记者 曾晨）`)), 'signature')
    expect(signature?.names).toEqual(['曾晨'])
    expect(signature?.role).toBe('绵报融媒记者')
  })

  it('in traditional script, as the mirror prints it: (綿報融媒記者 曾晨)', () => {
    const story = '“五一”小長假最後一天,綿陽城區各大景點依然人氣滿滿。一名遊客說,做到言行文明是個人素質的體現。(綿報融媒記者 曾晨)'
    expect(find(read(page('假期出遊別讓文明“放假”', story)), 'signature')?.names).toEqual(['曾晨'])
  })

  it('not a verb ending in 报 before the reporter it was reported to: （举报记者 曾晨） signs nothing', () => {
    expect(find(read(page(TITLE, `${BODY}（举报记者 曾晨）`)), 'signature')).toBeUndefined()
  })
})

describe('review fields parted by a bar', () => {
  const STORY = '3月9日，攸县作家协会召开2024年年会，作家们齐聚一堂，分享过去一年的成果。'

  it('丨 between the fields: one staff line of three reviews, the producer’s line under it a staff line too (d1015)', () => {
    const input = page('攸县作家协会召开2024年年会', `${STORY}\n一审:刘洁琼丨二审:蔡晓雅丨三审:刘峰\n监制:吴辉兵\n责编:卢绮雯`)
    expect(editorRoles(input)).toEqual([['一审:刘洁琼', '二审:蔡晓雅', '三审:刘峰'], ['监制:吴辉兵'], ['责编:卢绮雯']])
    expect(paragraphs(input)).toEqual([STORY])
  })

  it('a bar of the keyboard between them: 一审:刘洁琼|二审:蔡晓雅', () => {
    const input = page('攸县作家协会召开2024年年会', `${STORY}\n一审:刘洁琼|二审:蔡晓雅|三审:刘峰`)
    expect(editorRoles(input)).toEqual([['一审:刘洁琼', '二审:蔡晓雅', '三审:刘峰']])
  })

  it('not fields that name no one: 一审:维持原判丨二审:驳回上诉 stays the story’s', () => {
    const input = page('攸县作家协会召开2024年年会', `${STORY}\n一审:维持原判丨二审:驳回上诉`)
    expect(editorRoles(input)).toEqual([])
  })
})

describe('a site’s titles listed under the story’s closing line', () => {
  const STORY = '会议要求，全体成员要紧跟时代步伐、扎根人民群众，为攸县故事立心。'
  const LINKS = ['【2022-3-26成长ABC】高楼小学:红色文化浸润 爱驻最美村小', '【2022-2-26成长ABC】以爱筑校 护航成长', '【2021-11-13成长ABC】攸县话,你会说吗?', '【2021-10-16成长ABC】风雨中的向阳花']

  it('one of them asking a question: the list is interface all the same (d1015)', () => {
    const input = page('攸县作家协会召开2024年年会', `${STORY}\n责编:卢绮雯\n来源:攸县融媒体中心`, `版权作品,未经授权严禁转载。\n${LINKS.join('\n')}\n下载APP`)
    expect(articles(read(input))).toHaveLength(1)
    expect(chrome(input)).toEqual(expect.arrayContaining(LINKS))
  })

  it('not a story’s own last line asking, no closing line over it: it stays the story’s', () => {
    const input = page('攸县话大赛开幕', `${STORY}\n攸县话,你会说吗?`)
    expect(paragraphs(input)).toContain('攸县话,你会说吗?')
  })
})

describe('a site’s label over its picks', () => {
  it('图片推荐 under the related stories’ label, a run of links under it: interface, no story (d1014)', () => {
    const input = page(TITLE, BODY, '相关新闻:\n图片推荐\n绵阳城区景点推荐,圣水寺周边美食一览,越王楼夜景图片集,富乐山公园停车指南 绵阳旅游导航')
    expect(articles(read(input))).toHaveLength(1)
    expect(chrome(input)).toContain('图片推荐')
  })

  it('not a title that goes on after the word: 图片推荐：家乡的秋天 heads its story', () => {
    const input = page('图片推荐：家乡的秋天', BODY)
    expect(chrome(input)).not.toContain('图片推荐：家乡的秋天')
  })
})

describe('a list page’s untitled items, the last cut before its credit', () => {
  const FIRST = '日前，安徽绿沃循环能源科技有限公司来到杭埠镇敬老院组织开展迎新年慰问活动。这一份关心和温暖让老人们倍感温馨。（徐永斌）'
  const NEXT = ['1月12日上午，河棚镇首场送春联特色文化活动在黄河村新时代文明实践广场举行。', '活动中，书法爱好者们用饱含深情的笔墨书写着对新春的祝福，一幅幅喜庆的“福']

  it('the text right under a signed untitled item is the next item (d1016)', () => {
    const stories = articles(read(`${FIRST}\n${NEXT.join('\n')}\n`))
    expect(stories).toHaveLength(2)
    expect(findAll(stories[1]!, 'paragraph').map((node) => printed(node, false))).toEqual(NEXT)
  })

  it('a title under that item heads a story of its own, not a section of the item', () => {
    const stories = articles(read(`${FIRST}\n${NEXT[0]}\n\n河棚镇开展森林防火宣传\n\n1月10日，河棚镇组织干部进村入户开展森林防火宣传。\n`))
    expect(stories).toHaveLength(3)
    expect(find(stories[2]!, 'headline') && printed(find(stories[2]!, 'headline')!, false)).toBe('河棚镇开展森林防火宣传')
  })

  it('not under a titled story: text after it, no credit closing it, stays outside any story', () => {
    const input = `杭埠镇敬老院迎新年\n\n${FIRST}\n${NEXT.join('\n')}\n`
    expect(articles(read(input))).toHaveLength(1)
  })

  it('not across a wide gap: the text set far apart is no item of the list', () => {
    expect(articles(read(`${FIRST}\n\n\n\n${NEXT.join('\n')}\n`))).toHaveLength(1)
  })
})
