/**
 * A new-media post set in display lines, a phrase a line, cut mid-clause (d720, d732): one untitled story, its lines
 * its text, its later titles its sections. Where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, findAll, page, readChecked as read, headlinesOf as headlines } from '../helpers/tree'

const POST = [
  '你关心的',
  '就是代表委员关注的',
  '你期待的',
  '就是代表委员呼吁的',
  '2022年文山州两会召开',
  '新的一年',
  '文山老百姓最关注哪些问题?',
  '现在,就让我们一起走进街头巷尾',
  '听听广大市民的心声',
].join('\n')
const VOICE = '文山市民 魏朝汝:“盘龙河作为文山的母亲河,希望政府加快治理,市民注意保护。”'

describe('a post set in display lines at the page’s top', () => {
  it('is one untitled story, its section heads intertitles (d720)', () => {
    const issue = read(page(POST, VOICE, '图书馆书籍不够丰富', '学生 冯润淑:“以前我们每周周末都会去图书馆看书,后来适合看的书就少了。”'))
    expect(articles(issue)).toHaveLength(1)
    expect(headlines(page(POST, VOICE))).toEqual([''])
    expect(findAll(issue, 'intertitle').length).toBeGreaterThan(0)
  })

  it('not a poem under its title, cut at no clause’s word, nor a list of names, nor fewer lines', () => {
    const poem = page('春天的诗', '春风吹过山岗\n桃花开满村庄\n燕子飞回屋檐\n孩子跑过田埂\n老人坐在门前\n笑看满园春光', '本报讯 这首诗的作者是一位退休教师。')
    expect(headlines(poem)).toContain('春天的诗')
    const short = page('你关心的\n就是代表委员关注的\n你期待的', '两会特别报道', '本报讯 3月5日,两会开幕。')
    expect(headlines(short)).not.toContain('')
  })

  it('not a title block a copy broke at its 的, its subtitle’s dash and its writer’s credit under it (review 33)', () => {
    const block = '肩负起新时代的\n历史使命\n奋力谱写中国式现代化的\n文山篇章\n在新征程上\n勇毅前行的\n——写在文山州成立六十五周年之际'
    expect(headlines(page(block, '本报评论员', '六十五年砥砺奋进,六十五年春华秋实。'))).not.toContain('')
  })
})
