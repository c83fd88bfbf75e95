/**
 * Byline forms the mainland's national and business papers print under a title, found unread by a made-up check of
 * the usual forms (no corpus text printed them): the place a story was sent from (南方周末记者 王芳 发自北京), the works
 * credited one after another (文/王芳 摄影/李强, 文 / 王芳 图 / 李强, 文/本报记者 王芳 图/李强), a paper and its site joined
 * by a hyphen before the role (工人日报-中工网记者), an outlet the vocabulary lists whatever its name ends with
 * (21世纪经济报道记者, 潮新闻记者), and a site's author field read with its label as its role (作者：王芳 来源：…).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

const TITLE = '市教育局召开专题会议'
const LEAD = '　　近日，市教育局召开会议，部署今年的招生工作。'
const NEXT = '　　会议要求，各校要抓好落实。'

/** The byline's credits under the title (each on the next line, as a site's copy sets them), as role, names and place. */
const bylineOf = (line: string) => {
  const input = `${[TITLE, line, LEAD, NEXT].join('\n')}\n`
  const issue = parseIssue(input)
  expectSource(input, issue)
  expect(toString(find(issue, 'headline'))).toBe(TITLE)
  expect(findAll(issue, 'subheadline')).toEqual([])
  return findAll(issue, 'byline').flatMap((byline) => findAll(byline, 'credit').map((credit) => ({ role: credit.role, names: credit.names, place: credit.place })))
}

describe('the place a story was sent from: 发自北京', () => {
  it('after the reporters’ names, the place their credit’s, not a name', () => {
    expect(bylineOf('南方周末记者 王芳 发自北京')).toEqual([{ role: '南方周末记者', names: ['王芳'], place: '北京' }])
    expect(bylineOf('本报记者 王芳 李强 发自嘉兴')).toEqual([{ role: '本报记者', names: ['王芳', '李强'], place: '嘉兴' }])
    expect(bylineOf('新京报记者 王芳 发自上海')).toEqual([{ role: '新京报记者', names: ['王芳'], place: '上海' }])
  })

  it('must not fire: 发自 in a sentence (发自内心) is the sentence’s', () => {
    const input = page(TITLE, '　　他发自内心地说，这是一次难忘的会议。', NEXT)
    const issue = parseIssue(input)
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})

describe('works credited one after another: 文/王芳 摄影/李强', () => {
  it('the text’s writer and the photographer, 摄影 a work after another credit', () => {
    expect(bylineOf('文/王芳 摄影/李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '文', names: ['王芳'] },
      { role: '摄影', names: ['李强'] },
    ])
    expect(bylineOf('文字：王芳 摄影：李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '文字', names: ['王芳'] },
      { role: '摄影', names: ['李强'] },
    ])
  })

  it('the slash set apart by spaces: 文 / 王芳 图 / 李强', () => {
    expect(bylineOf('文 / 王芳 图 / 李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '文', names: ['王芳'] },
      { role: '图', names: ['李强'] },
    ])
  })

  it('a work credit after a reporter’s credit whose work opens it: 文/本报记者 王芳 图/李强', () => {
    expect(bylineOf('文/本报记者 王芳 图/李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '本报记者', names: ['王芳'] },
      { role: '图', names: ['李强'] },
    ])
  })

  it('must not fire: 摄影：冼伟伦 alone among the staff lines stays a staff line; a menu’s path stays interface', () => {
    const staff = page(TITLE, LEAD, NEXT, '编辑：梁伟澄', '摄影：冼伟伦')
    const issue = parseIssue(staff)
    expect(findAll(issue, 'editorLine').map((node) => toString(node))).toEqual(['编辑：梁伟澄', '摄影：冼伟伦'])
    expect(findAll(issue, 'signature')).toEqual([])
    const menu = page('首页 / 新闻 / 本地', TITLE, LEAD, NEXT)
    expect(findAll(parseIssue(menu), 'byline')).toEqual([])
  })
})

describe('an outlet’s name before the reporter’s role, whatever it ends with', () => {
  it('a paper and its site joined by a hyphen: 工人日报-中工网记者', () => {
    expect(bylineOf('工人日报-中工网记者 王芳').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '工人日报-中工网记者', names: ['王芳'] }])
  })

  it('outlets the vocabulary lists: 21世纪经济报道记者, 潮新闻记者, spaced from the role too', () => {
    expect(bylineOf('21世纪经济报道记者 王芳 北京报道').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '21世纪经济报道记者', names: ['王芳'] }])
    expect(bylineOf('21世纪经济报道 记者 王芳 北京报道').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '21世纪经济报道 记者', names: ['王芳'] }])
    expect(bylineOf('潮新闻记者 王芳 通讯员 李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '潮新闻记者', names: ['王芳'] },
      { role: '通讯员', names: ['李强'] },
    ])
  })

  it('must not fire: a listed paper’s name in a title before 记者 with no name after the role', () => {
    const input = page('南方周末记者节特刊', LEAD, NEXT)
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe('南方周末记者节特刊')
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('a site’s author field among its fields: its label the credit’s role', () => {
  it('作者：王芳 来源：潍坊日报 — the byline’s role 作者, as a dated field row reads it', () => {
    const input = page(TITLE, '作者：王芳 来源：潍坊日报', LEAD, NEXT)
    const credits = findAll(parseIssue(input), 'byline').flatMap((byline) => findAll(byline, 'credit'))
    expect(credits.map((credit) => ({ role: credit.role, names: credit.names }))).toEqual([{ role: '作者', names: ['王芳'] }])
  })
})
