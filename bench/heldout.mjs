#!/usr/bin/env node
// npm run heldout [-- CHECKOUT] [--kinds]: fields right on the held-out sets in
// bench/heldout/ (texts gathered from outlets new to the corpus and labelled
// by reading, kept out of test/fixtures and out of every rule), per set and
// together, for this checkout's build or CHECKOUT's (a worktree of an older
// revision with its own dist/, to measure "before"). With --kinds, also how
// many misses of each kind the sets hold together (articles missing or
// spurious, and the field each other miss is of): counts only, no text of a
// set printed, so the figures may guide work without anyone reading the sets.
// Read the protocol in bench/heldout/README.md before looking at any text of
// these sets.
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadPackage, scoreGoldViews } from './gold-score.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const kinds = args.includes('--kinds')
const checkout = resolve(args.find((arg) => !arg.startsWith('--')) ?? root)
const { parseIssue } = await loadPackage(checkout)
const base = join(root, 'bench', 'heldout')
const pct = (c, t) => (t === 0 ? '—' : `${(Math.floor((1000 * c) / t) / 10).toFixed(1)}%`)

let correct = 0
let total = 0
/** Misses by kind: 'article missing', 'spurious article', or the field a miss is of (paragraphs, dateline, …). */
const byKind = new Map()
/** A miss's kind, from the scorer's line: its prefix, or the field after an article's bracketed headline. */
const kindOf = (miss) => (miss.startsWith('[') ? (/\] (\w+)/.exec(miss)?.[1] ?? 'other') : miss.split(':')[0])
for (const set of readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const r = scoreGoldViews(parseIssue, { goldDir: join(base, set, 'gold'), textDir: join(base, set, 'corpus') })
  correct += r.correct
  total += r.total
  for (const doc of r.docs) for (const miss of doc.misses ?? []) byKind.set(kindOf(miss), (byKind.get(kindOf(miss)) ?? 0) + 1)
  console.log(`${set.padEnd(8)} ${String(r.docs.length).padStart(3)} texts  fields ${r.correct}/${r.total}  ${pct(r.correct, r.total)}  articles found ${r.found}/${r.articles}, ${r.spurious} spurious`)
}
console.log(`together          fields ${correct}/${total}  ${pct(correct, total)}  (${checkout})`)
if (kinds) {
  console.log('misses by kind (counts only):')
  for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${kind}`)
}
