#!/usr/bin/env node
// npm run bench:spike: the string-first spike (bench/spikes/string-first.ts,
// a measurement, not a parser) and parseIssue, each timed against the
// regex baseline in the same run, on the sample page ×1 MB and the
// simplified corpus. It answers one question for docs/performance.md: is a
// quarter of the baseline within reach of a parse shaped that way?
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { bundle } from './bundle.mjs'
import { parseIssue } from 'baozhi'
import { baseline, paired } from './baseline.mjs'
import { MB, repeat, sample, simplifiedCorpus } from './inputs.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const spike = await bundle(join(root, 'bench/spikes/string-first.ts'), 'string-first', 'baozhi-spike')
const { spikeParse } = await import(pathToFileURL(spike).href)

const count = (tree) => {
  let n = 0
  const walk = (node) => {
    n++
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return n
}

for (const [name, text] of [
  ['sample page ×1 MB', repeat(sample, MB)],
  ['simplified corpus', simplifiedCorpus],
]) {
  const spike = paired(() => spikeParse(text), () => baseline(text))
  const ours = paired(() => parseIssue(text), () => baseline(text))
  console.log(`${name}: nodes ${count(spikeParse(text))} (spike) / ${count(parseIssue(text))} (parseIssue)`)
  console.log(`  spike      ratio to the baseline ${spike.ratio.toFixed(3)}`)
  console.log(`  parseIssue ratio to the baseline ${ours.ratio.toFixed(3)}`)
}
