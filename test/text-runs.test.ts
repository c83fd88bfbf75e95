/**
 * Text runs (grammar/tokens/text.ts): how far one Text token reaches. Long
 * runs are what keep the tokenizer fast; where a run stops is what the
 * grammar sees. Inputs are as the lexer sees them (normalized: ， is ,).
 */
import { describe, expect, it } from 'vitest'
import { createTokenSet } from '../grammar/tokens'
import { defaultVocabulary } from '../grammar/vocabulary'

const tokenSet = createTokenSet(defaultVocabulary)
const tokens = (text: string) => tokenSet.tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`)

describe('a Han text run', () => {
  it('crosses a character that could start a word where no word matches (工作, not 工作人员)', () => {
    expect(tokens('社会工作人员')).toEqual(['Text:社会工作人员'])
    expect(tokens('我们的工作很好')).toEqual(['Text:我们的工作很好'])
  })

  it('stops where a word of the vocabulary matches', () => {
    expect(tokens('本报记者张三')).toEqual(['Words_WireSource+Affiliation:本报', 'Words_ReporterRole:记者', 'Text:张三'])
  })

  it('crosses a comma after five characters or more, into Han text', () => {
    expect(tokens('全市上下团结一心,共同推进')).toEqual(['Text:全市上下团结一心,共同推进'])
  })

  it('keeps the comma apart after a short run, so names in a list of credits stay apart', () => {
    expect(tokens('张三,李四')).toEqual(['Text:张三', 'Comma:,', 'Text:李四'])
    expect(tokens('欧阳明月,李四')).toEqual(['Text:欧阳明月', 'Comma:,', 'Text:李四'])
  })

  it('keeps the comma apart before a word, a list marker, digits, another comma or the end', () => {
    expect(tokens('全市上下团结一心,记者看到')).toEqual([
      'Text:全市上下团结一心',
      'Comma:,',
      'Words_ReporterRole:记者',
      'Text:看到',
    ])
    expect(tokens('加强理论学习,二是')).toEqual(['Text:加强理论学习', 'Comma:,', 'ShiMarker:二是'])
    expect(tokens('全市上下团结一心,2023年')).toEqual(['Text:全市上下团结一心', 'Comma:,', 'Alnum:2023', 'Text:年'])
    expect(tokens('全市上下团结一心,,共同')).toEqual(['Text:全市上下团结一心', 'Comma:,', 'Comma:,', 'Text:共同'])
    expect(tokens('全市上下团结一心,')).toEqual(['Text:全市上下团结一心', 'Comma:,'])
  })

  it('keeps commas apart inside a credit: after a role on the line, until a closing bracket', () => {
    expect(tokens('记者孙辰茜潘洁,张三')).toEqual(['Words_ReporterRole:记者', 'Text:孙辰茜潘洁', 'Comma:,', 'Text:张三'])
    expect(tokens('(记者孙辰茜潘洁、张三)全市上下团结一心,共同推进')).toEqual([
      'LParen:(',
      'Words_ReporterRole:记者',
      'Text:孙辰茜潘洁',
      'EnumComma:、',
      'Text:张三',
      'RParen:)',
      'Text:全市上下团结一心,共同推进',
    ])
    // A new line leaves the credit too.
    expect(tokens('记者张三\n全市上下团结一心,共同推进')).toEqual(['Words_ReporterRole:记者', 'Text:张三', 'Newline:\n', 'Text:全市上下团结一心,共同推进'])
  })

  it('crosses 、 as it crosses a comma, keeping short enumerations apart', () => {
    expect(tokens('加强基础设施建设、提升公共服务')).toEqual(['Text:加强基础设施建设、提升公共服务'])
    expect(tokens('教育、卫生、文化')).toEqual(['Text:教育', 'EnumComma:、', 'Text:卫生', 'EnumComma:、', 'Text:文化'])
  })

  it('never ends with a comma and never crosses a full stop', () => {
    expect(tokens('全市上下团结一心,共同推进。下一步')).toEqual(['Text:全市上下团结一心,共同推进', 'FullStop:。', 'Text:下一步'])
  })
})
