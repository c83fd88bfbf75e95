#!/usr/bin/env node
// Vocabulary extension: teach the parser a county paper's own words — its
// dateline source 忻州发布讯 and its staff role 签发 — with no grammar code.
// Run: npm run build && node examples/vocabulary-extension.mjs
import { createParser, parseIssue, visit } from 'baozhi'

const page = [
  '县里召开安全生产会议',
  '',
  '忻州发布讯 记者 王强 5月9日,县里召开安全生产会议。',
  '',
  '本版签发:李明',
  '',
].join('\n')

const county = createParser({
  extensions: [{ name: 'xinzhou-county', flashSources: ['忻州发布讯'], editorRoles: ['签发'] }],
})

for (const [label, parse] of [
  ['built-in', parseIssue],
  ['extended', county.parseIssue],
]) {
  const found = []
  visit(parse(page), (node) => {
    if (node.type === 'dateline') found.push(`dateline ${node.source}`)
    if (node.type === 'credit') found.push(`credit ${node.role}: ${node.names.join('、')}`)
  })
  console.log(`${label}: ${found.join('; ') || 'no dateline, no credits'}`)
}
