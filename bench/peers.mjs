#!/usr/bin/env node
/**
 * The peers `npm run bench` times baozhi against, on the same bytes in the
 * same process (devDependencies; the library uses none of them):
 *
 * - mdast-util-from-markdown: the unist ecosystem's tree builder (micromark's
 *   tokenizer, then an mdast tree with positions). On a newspaper page it
 *   builds paragraphs of text: the same kind of work, a tree of the same
 *   family, without the conventions. The speed goal: ahead of it.
 * - chrono-node's Chinese parser (`chrono.zh`: the simplified and traditional
 *   parsers together): a peer for one field, dates, found by regexes over
 *   the whole text. Given a fixed reference day, so relative dates (昨日,
 *   今天) resolve the same in every run. The next goal: ahead of it.
 * - markdown-it's `parse`: a flat token stream, no tree; what a fast
 *   tokenizer does with the same bytes.
 *
 *   node bench/peers.mjs   (npm run bench:peers) only this section of the bench
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chrono from 'chrono-node'
import MarkdownIt from 'markdown-it'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parseIssue } from 'baozhi'
import { pairedMany } from './baseline.mjs'
import { MB, bytes } from './inputs.mjs'

/** The installed version (not every package exports its package.json). */
const versionOf = (name) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version

const md = new MarkdownIt()
const reference = new Date(2025, 0, 1)

/** In the order of the goals: the first to be ahead of, then the next. */
export const peers = [
  {
    name: 'mdast-util-from-markdown',
    version: versionOf('mdast-util-from-markdown'),
    run: (text) => fromMarkdown(text),
  },
  {
    name: 'chrono-node zh',
    version: versionOf('chrono-node'),
    run: (text) => chrono.zh.parse(text, reference),
  },
  {
    name: 'markdown-it',
    version: versionOf('markdown-it'),
    run: (text) => md.parse(text, {}),
  },
]

const fmt = (n, digits = 1) => n.toFixed(digits)

/**
 * Times parseIssue against every peer on each of `inputs` ([name, text]
 * pairs) and prints the figures. On each input every round times parseIssue
 * (for at least 100 ms), then each peer for about as long, so load on the
 * machine falls on all alike; ratio = baozhi's speed / the peer's, the
 * median of the rounds' ratios, with the lowest and highest round's.
 * Returns the rows, a line on the goals and a Markdown table of them.
 */
export function timePeers(inputs) {
  console.log('peers: same bytes, same process, alternated with parseIssue; ratio = baozhi / peer (rounds: lowest–highest)')
  const rows = []
  for (const [name, text] of inputs) {
    const size = bytes(text) / MB
    const results = pairedMany(
      () => parseIssue(text),
      peers.map((peer) => () => peer.run(text)),
      { budget: 3000, roundMs: 100 },
    )
    const baozhi = size / results[0].ours
    console.log(`  ${name} (${fmt(size, 2)} MB, ${results[0].rounds} rounds): baozhi ${fmt(baozhi)} MB/s`)
    const cells = peers.map((peer, k) => {
      const r = results[k]
      const mbs = size / r.theirs
      console.log(
        `    ${`${peer.name} ${peer.version}`.padEnd(32)} ${fmt(mbs).padStart(7)} MB/s  ratio ${fmt(r.ratio, 2)} (${fmt(r.low, 2)}–${fmt(r.high, 2)})`,
      )
      return { mbs, ratio: r.ratio, low: r.low, high: r.high }
    })
    rows.push({ name, baozhi, cells })
  }
  const [first, next] = peers
  const behind = rows.filter((r) => r.cells[0].ratio < 1).map((r) => r.name)
  const note = `ahead of ${first.name} (ratio ≥ 1): ${behind.length === 0 ? 'met on every input' : `not met on ${behind.join(', ')}`}; next, ahead of ${next.name}: ${rows.every((r) => r.cells[1].ratio >= 1) ? 'met on every input' : 'not yet'}`
  console.log(`  goal, ${note}`)
  const table = () =>
    [
      `| input | baozhi | ${peers.map((p) => `${p.name} ${p.version}`).join(' | ')} |`,
      `|---|---|${peers.map(() => '---|').join('')}`,
      ...rows.map(
        (r) =>
          `| ${r.name} | ${fmt(r.baozhi)} MB/s | ${r.cells.map((c) => `${fmt(c.mbs)} MB/s, ratio ${fmt(c.ratio, 2)} (${fmt(c.low, 2)}–${fmt(c.high, 2)})`).join(' | ')} |`,
      ),
    ].join('\n')
  return { rows, note, table }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { repeat, sample, simplifiedCorpus, traditionalCorpus } = await import('./inputs.mjs')
  const { table } = timePeers([
    ['sample page ×1 MB', repeat(sample, MB)],
    ['simplified corpus', simplifiedCorpus],
    ['traditional corpus', traditionalCorpus],
  ])
  console.log(`\n${table()}`)
}
