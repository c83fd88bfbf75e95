/**
 * A page reads the same however widely its copy spaced its lines: one more
 * blank line between every two lines of text (a web page's paragraphs each
 * followed by an empty one) changes no node, only the blank lines the tree
 * keeps as printed (src/assemble/lines.ts withUsualSpacing).
 *
 * The property holds for pages that set nearly every line apart already (one
 * blank line or more between all but two in five of their lines): on a page
 * whose lines follow each other, one blank line parts blocks, and the same
 * page spaced out is a page whose every line is a paragraph, which it then
 * reads as. For pages of six lines of text or more, and for shorter ones of three
 * lines or more whose every gap holds a blank line (then the fewest every gap has is
 * the spacing).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../src/index'
import type { Issue } from '../src/index'
import { fixturePages } from './helpers/fixture-pages.mjs'
import { articles, findAll } from './helpers/tree'

/** One more blank line between every two lines: ⏎ → ⏎⏎, ⏎⏎ → ⏎⏎⏎. */
const spacedOut = (text: string): string => text.replace(/\r?\n/g, '\n').replace(/\n((?:[ \t\u3000]*\n)*)/g, (_, blanks: string) => `\n\n${blanks}`)

/** The tree without positions, with spacing read as spacing (the blank lines it keeps differ, as printed). */
function shape(tree: Issue): string {
  return JSON.stringify(tree, (key, value) => {
    if (key === 'position' || key === 'diagnostics') return undefined
    if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim()
    return value
  })
}

/** The lines of text of the page, and the fewest blank lines all but two in five of its gaps have. */
function spacing(text: string): { lines: number; leastGap: number } {
  const gaps: number[] = []
  let blank = 0
  let seen = false
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (line.trim() === '') blank++
    else {
      if (seen) gaps.push(blank)
      seen = true
      blank = 0
    }
  }
  gaps.sort((a, b) => a - b)
  return { lines: seen ? gaps.length + 1 : 0, leastGap: gaps.length === 0 ? 0 : gaps[Math.floor((gaps.length * 2) / 5)]! }
}

/** The fewest blank lines any two lines of text of the page have between them. */
function leastOf(text: string): number {
  const gaps = text.replace(/\r\n/g, '\n').split('\n').reduce<{ gaps: number[]; blank: number; seen: boolean }>(
    (acc, line) => (line.trim() === '' ? { ...acc, blank: acc.blank + 1 } : { gaps: acc.seen ? [...acc.gaps, acc.blank] : acc.gaps, blank: 0, seen: true }),
    { gaps: [], blank: 0, seen: false },
  ).gaps
  return gaps.length === 0 ? 0 : Math.min(...gaps)
}

describe('spacing', () => {
  it('reads every spaced fixture page spaced out once more as the page', () => {
    const pages = fixturePages().filter((page) => spacing(page.text).leastGap >= 1 && spacing(page.text).lines >= 6)
    expect(pages.length).toBeGreaterThan(200)
    const differ = pages.filter((page) => shape(parseIssue(spacedOut(page.text))) !== shape(parseIssue(page.text))).map((page) => page.name)
    expect(differ).toEqual([])
  })
  it('a short page spaced out, every gap two blank lines or more, reads as the page: its title no block of its own', () => {
    // (three to five lines of text: the fewest blank lines every gap has is the page's spacing; two lines, one gap, tell nothing)
    const short = fixturePages().filter((page) => spacing(page.text).lines >= 3 && spacing(page.text).lines < 6 && leastOf(page.text) >= 1)
    expect(short.length).toBeGreaterThan(5)
    expect(short.filter((page) => shape(parseIssue(spacedOut(page.text))) !== shape(parseIssue(page.text))).map((page) => page.name)).toEqual([])
    const page = '第A04版:要闻\n\n\n吴都路提升改造工程完工\n\n\n  近日,吴都路提升改造工程完工,道路面貌焕然一新。\n'
    expect(articles(parseIssue(page)).map((article) => toString(article.children.find((child) => child.type === 'headline')!))).toEqual(['吴都路提升改造工程完工'])
  })

  it('must not fire: a page of short stories, each title one blank line over its text and two under the story above', () => {
    // (half its gaps are its blocks': read one less, the stories would run together)
    const stories = [
      ['我省出台措施支持民营企业发展', '日前，省政府办公厅印发若干措施，从融资、用地、人才等方面提出22条具体举措。'],
      ['全省高速公路春运期间车流量创新高', '据省交通运输厅统计，春运前20天全省高速公路累计通行车辆2860万辆次。'],
      ['多地中小学启动课后延时服务', '新学期开学后，我省多地中小学全面推行课后延时服务，学生可自愿参加。'],
      ['省气象台发布寒潮蓝色预警', '受强冷空气影响，预计未来三天我省大部地区气温将下降8至10℃。'],
    ]
    const input = `${stories.map(([title, text]) => `${title}\n\n${text}`).join('\n\n\n')}\n\n\n（本版稿件均据新华社、本报综合）\n`
    const issue = parseIssue(input)
    expect(articles(issue).map((article) => toString(article.children.find((child) => child.type === 'headline')!))).toEqual(stories.map(([title]) => title))
  })

  it('a copy spaced by empty paragraphs: a title over the site’s furniture set apart, then the text, is one story (heading-group.ts furnitureOverText)', () => {
    const input = '电子报阅读机\n\n2026-01-24\n\n星期六\n\n\n“三湖”洲岛建设正酣\n\n\n日期:12-23\n\n字号:\n\n版面:第A01版:要闻       上一篇    下一篇\n\n\n12月22日,经开区“三湖”洲岛建设有序推进,目前整个洲岛建设进程已完成约75%。\n\n明年春节期间,百花艺术洲能部分接待游客。\n'
    const issue = parseIssue(input)
    expect(articles(issue).map((article) => toString(article.children.find((child) => child.type === 'headline')!))).toEqual(['“三湖”洲岛建设正酣'])
    expect(articles(issue)[0]!.children.filter((child) => child.type === 'paragraph')).toHaveLength(2)
  })

  it('photo news set apart under the page’s first title is its story (heading-group.ts ownsTextBelow)', () => {
    const input = '当前版:02版\n\n赏菊\n\n\n11月4日,丝绸之路第二届暨宝鸡市第十三届金秋菊展开幕。\n\n本届菊展以“奋斗百年路·启航新征程”为主题。\n\n记者 韩小珍 摄\n\n\n版权所有:陕西农村报 陕ICP备06007801号-1\n'
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(articles(issue)[0]!.children.find((child) => child.type === 'headline')!)).toBe('赏菊')
  })

  it('must not fire: a slogan over the site’s furniture and the story’s own title is no headline; nor a line titling no text', () => {
    const slogan = '看家乡事,品故乡情\n\n\n分享到微信\n\n\n南国今报 2014-02-26 13:26 大字\n道路坑洼真难行\n刘女士:我是柳州市在水一方住户。进小区大门的巷子口坑洼不平。\n'
    expect(articles(parseIssue(slogan)).map((article) => toString(article.children.find((child) => child.type === 'headline')!))).toEqual(['道路坑洼真难行'])
    const id = '年月日:1964:19640919-y-prc-解放军报-合并\n\n\n解放军报>19640919\n\n总直属队军人代表庄严投票-林彪元帅当选全国人民代表大会代表\n'
    expect(findAll(parseIssue(id), 'headline')).toHaveLength(0)
  })
})
