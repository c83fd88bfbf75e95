/** Roles in a heading group: kicker (引题), headline (主题), subheadlines (副题). */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Article } from '../src/index'

const roles = (text: string) => {
  const article = parseIssue(text).children.find((n) => n.type === 'article') as Article
  return article.children
    .filter((n) => n.type === 'kicker' || n.type === 'headline' || n.type === 'subheadline')
    .map((n) => `${n.type}:${toString(n)}`)
}
const body = '\n\n本报讯 5月9日,会议召开。\n'

describe('heading roles', () => {
  it('one line is the headline', () => {
    expect(roles(`全市核酸检测实验室建设会议召开${body}`)).toEqual(['headline:全市核酸检测实验室建设会议召开'])
  })

  it('two lines are headline and subheadline', () => {
    expect(roles(`市委专题会议召开\n\n郑连生主持并讲话 朱晓东安排工作${body}`)).toEqual([
      'headline:市委专题会议召开',
      'subheadline:郑连生主持并讲话 朱晓东安排工作',
    ])
  })

  it('three lines are kicker, headline and subheadline', () => {
    expect(roles(`聚焦高质量发展\n\n我市经济运行稳中向好\n\n一季度地区生产总值增长5.2%${body}`)).toEqual([
      'kicker:聚焦高质量发展',
      'headline:我市经济运行稳中向好',
      'subheadline:一季度地区生产总值增长5.2%',
    ])
  })

  it('a first line ending with —— or a colon is a kicker', () => {
    expect(roles(`政策赋能——\n\n解开束缚转化的细绳子${body}`)).toEqual(['kicker:政策赋能——', 'headline:解开束缚转化的细绳子'])
  })

  it('a short label over a much longer headline is a kicker', () => {
    expect(roles(`战况\n\n叙首都发生“前所未有”交火${body}`)).toEqual(['kicker:战况', 'headline:叙首都发生“前所未有”交火'])
  })

  it('NOT a label: a short headline over a subheadline of similar length', () => {
    expect(roles(`小职员发挥大作用\n\n——记忻府区市政工程服务中心王敏${body}`)).toEqual([
      'headline:小职员发挥大作用',
      'subheadline:——记忻府区市政工程服务中心王敏',
    ])
    expect(roles(`暴雨来袭\n\n全市启动响应${body}`)).toEqual(['headline:暴雨来袭', 'subheadline:全市启动响应'])
  })

  it('a ——记… line after two others is a subheadline, not the headline', () => {
    expect(roles(`小职员发挥大作用\n\n——记忻府区市政工程服务中心王敏\n\n和他的同事们${body}`)).toEqual([
      'headline:小职员发挥大作用',
      'subheadline:——记忻府区市政工程服务中心王敏',
      'subheadline:和他的同事们',
    ])
  })
})
