#!/usr/bin/env node
// npm run bench:ab -- [REV] [ROUNDS]: this checkout's parser against git
// revision REV's (default HEAD), on the same bytes in the same process,
// alternated round by round: the ratio of their speeds (this / REV), the
// median of the rounds'. For a change that must not be slower (a
// refactor): the machine's load moves both alike.
import { performance } from 'node:perf_hooks'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { revisionParser } from './revision.mjs'
import { MB, bytes, repeat, sample, simplifiedCorpus, traditionalCorpus } from './inputs.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const rev = process.argv[2] ?? 'HEAD'
const rounds = Number(process.argv[3] ?? 9)
const { sha, parseIssue: before } = await revisionParser(rev, 'baozhi-ab')
const after = (await import(pathToFileURL(join(root, 'dist/index.js')).href)).parseIssue

const time = (parse, text) => {
  const t = performance.now()
  parse(text)
  return performance.now() - t
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

console.log(`this checkout against ${sha}: speed ratio (this / ${sha}), median of ${rounds} alternated rounds`)
for (const [name, text] of [
  ['sample page ×1 MB', repeat(sample, MB)],
  ['simplified corpus', simplifiedCorpus],
  ['traditional corpus', traditionalCorpus],
]) {
  before(text)
  after(text)
  const ratios = []
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs on a warmer heap.
    let a, b
    if (r % 2 === 0) {
      a = time(after, text)
      b = time(before, text)
    } else {
      b = time(before, text)
      a = time(after, text)
    }
    ratios.push(b / a)
  }
  const mb = bytes(text) / MB
  console.log(`${name.padEnd(20)} ${mb.toFixed(2)} MB  ratio ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`)
}
