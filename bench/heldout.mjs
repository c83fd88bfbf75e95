#!/usr/bin/env node
// npm run heldout [-- CHECKOUT]: fields right on the held-out sets in
// bench/heldout/ (texts gathered from outlets new to the corpus and labelled
// by reading, kept out of test/fixtures and out of every rule), per set and
// together, for this checkout's build or CHECKOUT's (a worktree of an older
// revision with its own dist/, to measure "before"). Read the protocol in
// bench/heldout/README.md before looking at any text of these sets.
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadPackage, scoreGoldViews } from './gold-score.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const checkout = resolve(process.argv[2] ?? root)
const { parseIssue } = await loadPackage(checkout)
const base = join(root, 'bench', 'heldout')
const pct = (c, t) => (t === 0 ? '—' : `${(Math.floor((1000 * c) / t) / 10).toFixed(1)}%`)

let correct = 0
let total = 0
for (const set of readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const r = scoreGoldViews(parseIssue, { goldDir: join(base, set, 'gold'), textDir: join(base, set, 'corpus') })
  correct += r.correct
  total += r.total
  console.log(`${set.padEnd(8)} ${String(r.docs.length).padStart(3)} texts  fields ${r.correct}/${r.total}  ${pct(r.correct, r.total)}  articles found ${r.found}/${r.articles}, ${r.spurious} spurious`)
}
console.log(`together          fields ${correct}/${total}  ${pct(correct, total)}  (${checkout})`)
