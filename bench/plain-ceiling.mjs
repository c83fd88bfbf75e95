#!/usr/bin/env node
// npm run bench:ceiling: how much could a parse gain if plain paragraphs
// cost nothing? Text-only paragraphs (every child a text node or a layout
// break) are the part a "plain track" would slice from the input instead
// of tokenizing. This cuts exactly those paragraphs out of the fixture
// pages and times parsing the rest against parsing the whole, alternated
// in one process: rest / whole is the time a perfect plain track would
// leave, so 1 / (rest / whole) bounds its speed-up (docs/performance.md).
// CEIL_BYTES=N sets the size of the whole input (default 1 MB).
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { fixturePages } from '../test/helpers/fixture-pages.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { parseIssue, visit } = await import(pathToFileURL(join(root, 'dist/index.js')).href)

const PLAIN_CHILDREN = new Set(['text', 'layoutBreak'])

/** The page without its text-only paragraphs. */
function withoutPlainParagraphs(text) {
  const spans = []
  visit(parseIssue(text), 'paragraph', (node) => {
    if (node.children.every((child) => PLAIN_CHILDREN.has(child.type))) spans.push([node.position.start.offset, node.position.end.offset])
  })
  spans.sort((a, b) => a[0] - b[0])
  let rest = ''
  let at = 0
  for (const [start, end] of spans) {
    if (start < at) continue
    rest += text.slice(at, start)
    at = end
  }
  return rest + text.slice(at)
}

const pages = fixturePages().map((page) => page.text)
const whole = pages.join('\n\n')
const rest = pages.map(withoutPlainParagraphs).join('\n\n')
// About 1 MB of the whole; the rest repeated as often.
const copies = Math.ceil(Number(process.env.CEIL_BYTES ?? 2 ** 20) / Buffer.byteLength(whole))
const repeat = (text) => Array.from({ length: copies }, () => text).join('\n\n')
const [wholeInput, restInput] = [repeat(whole), repeat(rest)]

// Blocks of three parses, alternated (ABBA): single parses let one input's
// garbage fall on the other's timing and moved the figure by a fifth.
const block = (input) => {
  const t0 = performance.now()
  for (let i = 0; i < 3; i++) parseIssue(input)
  return performance.now() - t0
}
block(wholeInput), block(restInput)
const ratios = []
for (let i = 0; i < 8; i++) {
  let w, r
  if (i % 2 === 0) (w = block(wholeInput)), (r = block(restInput))
  else (r = block(restInput)), (w = block(wholeInput))
  ratios.push(r / w)
}
const median = ratios.sort((a, b) => a - b)[ratios.length >> 1]
const share = 1 - rest.length / whole.length
console.log(`text-only paragraphs: ${(share * 100).toFixed(0)}% of the characters of ${pages.length} fixture pages`)
console.log(`parse time left without them: ${(median * 100).toFixed(0)}% (median of ${ratios.length} alternated rounds of 3 parses each)`)
console.log(`so a plain track that cost nothing would make a parse at most ${(1 / median).toFixed(2)}× faster`)
