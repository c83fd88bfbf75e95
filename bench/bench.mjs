#!/usr/bin/env node
// npm run bench: baozhi's speed and memory, each figure beside a baseline
// measured in the same run, so the ratios mean something on a shared machine.
//
// Baseline: a plain-JS regex extractor of the kind news extractors use — split
// into lines, run a list of dateline/credit/editor-line regexes over each.
//
//   node bench/bench.mjs [--full] [--write]
//     --full   also measure 64 MB (slow)
//     --write  append the figures to bench/results.md
import { spawnSync } from 'node:child_process'
import { appendFileSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseIssue } from 'baozhi'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = new Set(process.argv.slice(2))
const MB = 1024 * 1024
const bytes = (text) => Buffer.byteLength(text, 'utf8')

// ---------------------------------------------------------------------------
// Inputs

const sample = readFileSync(join(root, 'test/fixtures/pages/xinzhou-daily-page.txt'), 'utf8')
const sources = readFileSync(join(root, 'test/fixtures/corpus/sources.tsv'), 'utf8').split('\n').slice(1)
const traditionalNames = new Set(sources.filter((l) => l.split('\t')[3] === 'yes').map((l) => l.split('\t')[0]))
const corpusFiles = readdirSync(join(root, 'test/fixtures/corpus')).filter((n) => n.endsWith('.txt'))
const read = (name) => readFileSync(join(root, 'test/fixtures/corpus', name), 'utf8')
const simplifiedCorpus = corpusFiles.filter((n) => !traditionalNames.has(n)).map(read).join('\n\n\n')
const traditionalCorpus = corpusFiles.filter((n) => traditionalNames.has(n)).map(read).join('\n\n\n')

/** A text of about `size` bytes made of copies of `unit` (pages separated by a wide gap). */
function repeat(unit, size) {
  const copies = Math.max(1, Math.round(size / bytes(unit)))
  return Array.from({ length: copies }, () => unit).join('\n\n\n')
}

// ---------------------------------------------------------------------------
// Baseline

const BASELINE_PATTERNS = [
  /^(本报讯|本報訊|[^\s，。]{2,8}讯)\s*[(（]([^)）]*)[)）]/,
  /^(新华社|中新社|本报|中央社)([^\d\s]{2,6})?(\d{1,2}月)?\d{1,2}日[电電]/,
  /(记者|記者|通讯员|實習生|实习生)\s*([\u4e00-\u9fff]{2,4})/g,
  /^(本版)?(责编|责任编辑|编辑|美编|校对)\s*[:：]\s*(\S+)/,
  /[(（]([\u4e00-\u9fff]{2,4})[)）]\s*$/,
  /([一二三四五六七八九十])是/g,
]

function baseline(text) {
  const found = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue
    for (const pattern of BASELINE_PATTERNS) {
      if (pattern.global) {
        pattern.lastIndex = 0
        for (const m of line.matchAll(pattern)) found.push(m[0])
      } else {
        const m = pattern.exec(line)
        if (m) found.push(m[0])
      }
    }
  }
  return found
}

// ---------------------------------------------------------------------------
// Measuring

/** Median seconds of `run(text)` over enough repetitions to last ~0.5 s. */
function time(run, text) {
  run(text) // warm up
  const samples = []
  const deadline = performance.now() + 500
  while (samples.length < 3 || (performance.now() < deadline && samples.length < 50)) {
    const t0 = performance.now()
    run(text)
    samples.push((performance.now() - t0) / 1000)
  }
  samples.sort((a, b) => a - b)
  return samples[samples.length >> 1]
}

const rows = []
const fmt = (n, digits = 1) => n.toFixed(digits)
function row(what, ours, theirs, unit, better = 'higher') {
  const ratio = ours / theirs
  rows.push({ what, ours, theirs, unit, ratio, better })
  console.log(`${what.padEnd(34)} ${fmt(ours).padStart(9)} ${unit.padEnd(6)} baseline ${fmt(theirs).padStart(9)} ${unit.padEnd(6)} ratio ${fmt(ratio, 3)}`)
}

// Throughput
for (const [name, text] of [
  ['throughput: sample page ×1 MB', repeat(sample, MB)],
  ['throughput: simplified corpus', simplifiedCorpus],
  ['throughput: traditional corpus', traditionalCorpus],
]) {
  const size = bytes(text) / MB
  row(name, size / time(parseIssue, text), size / time(baseline, text), 'MB/s')
}

// Scaling: per-MB time at growing sizes
const sizes = args.has('--full') ? [1, 4, 16, 64] : [1, 4, 16]
const perMb = []
for (const size of sizes) {
  const text = repeat(sample, size * MB)
  const mb = bytes(text) / MB
  const t0 = performance.now()
  parseIssue(text)
  const ours = (performance.now() - t0) / mb
  const b0 = performance.now()
  baseline(text)
  const theirs = (performance.now() - b0) / mb
  perMb.push(ours)
  row(`per-MB time at ${size} MB`, ours, theirs, 'ms/MB', 'lower')
}
console.log(`scaling: per-MB time at ${sizes.at(-1)} MB is ${fmt(perMb.at(-1) / perMb[0], 2)}× that at 1 MB (target ≤ 1.3×)`)

// Memory: heap bytes of the tree per input byte, measured in a fresh process
// so nothing else this run allocated is counted (or freed) in between.
function heapPerByte(kind) {
  const script = `
    import { readFileSync } from 'node:fs'
    import { parseIssue } from 'baozhi'
    ${baseline.toString()}
    const BASELINE_PATTERNS = [${BASELINE_PATTERNS.map(String).join(',')}]
    const unit = readFileSync(${JSON.stringify(join(root, 'test/fixtures/pages/xinzhou-daily-page.txt'))}, 'utf8')
    const text = Array.from({ length: Math.round(${4 * MB} / Buffer.byteLength(unit)) }, () => unit).join('\\n\\n\\n')
    globalThis.gc(); globalThis.gc()
    const before = process.memoryUsage().heapUsed
    const kept = ${kind === 'ours' ? 'parseIssue(text)' : 'baseline(text)'}
    globalThis.gc(); globalThis.gc()
    const after = process.memoryUsage().heapUsed
    console.log((after - before) / Buffer.byteLength(text), kept ? '' : '')
  `
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: root })
  if (r.status !== 0) throw new Error(r.stderr.toString())
  return Number.parseFloat(r.stdout.toString())
}
row('heap per input byte', heapPerByte('ours'), Math.max(0.01, heapPerByte('baseline')), 'B/B', 'lower')

// Cold start: process start → import → first parse, against a bare node start
function coldStart(script) {
  const samples = []
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root })
    if (r.status !== 0) throw new Error(r.stderr.toString())
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return samples[3]
}
const samplePath = JSON.stringify(join(root, 'test/fixtures/pages/xinzhou-daily-page.txt'))
const bare = coldStart('')
const ours = coldStart(`import { readFileSync } from 'node:fs'; import { parseIssue } from 'baozhi'; parseIssue(readFileSync(${samplePath}, 'utf8'))`)
const theirs = coldStart(`import { readFileSync } from 'node:fs'; ${baseline.toString()}; const BASELINE_PATTERNS = [${BASELINE_PATTERNS.map(String).join(',')}]; baseline(readFileSync(${samplePath}, 'utf8'))`)
row('cold start over bare node', ours - bare, Math.max(0.1, theirs - bare), 'ms', 'lower')

if (args.has('--write')) {
  const date = new Date().toISOString().slice(0, 10)
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const table = rows
    .map((r) => `| ${r.what} | ${fmt(r.ours)} ${r.unit} | ${fmt(r.theirs)} ${r.unit} | ${fmt(r.ratio, 3)} |`)
    .join('\n')
  appendFileSync(
    join(root, 'bench/results.md'),
    `\n## ${version} — ${date} (node ${process.version})\n\n| figure | baozhi | baseline | ratio |\n|---|---|---|---|\n${table}\n\nScaling: per-MB time at ${sizes.at(-1)} MB is ${fmt(perMb.at(-1) / perMb[0], 2)}× that at 1 MB.\n`,
  )
  console.log('appended to bench/results.md')
}
