#!/usr/bin/env node
// npm run bench:batch: the batch CLI over a folder of generated pages, with
// --jobs 1 and --jobs 2, reporting the speed-up and checking that both runs
// print the same lines and the same summary.
//
//   node bench/batch.mjs [PAGES]     (default 10000)
//
// Pages are the fixtures (the seed page and the corpus articles) cycled,
// each written as its own file, plus one binary file so the summary has a
// failure to report.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixturePages } from '../test/helpers/fixture-pages.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pages = Number(process.argv[2] ?? 10_000)
const fixtures = fixturePages().map((page) => page.text)

const dir = mkdtempSync(join(tmpdir(), 'baozhi-batch-'))
const pagesDir = join(dir, 'pages')
try {
  mkdirSync(pagesDir)
  for (let k = 0; k < pages; k++) {
    const sub = join(pagesDir, String(Math.floor(k / 1000)).padStart(2, '0'))
    if (k % 1000 === 0) mkdirSync(sub)
    writeFileSync(join(sub, `page-${String(k).padStart(5, '0')}.txt`), fixtures[k % fixtures.length])
  }
  writeFileSync(join(pagesDir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]))
  const bytes = fixtures.reduce((sum, text, k) => sum + Buffer.byteLength(text) * Math.ceil((pages - k) / fixtures.length), 0)

  // Output goes to a file, as in a real batch job (not buffered in this process).
  const run = (jobs) => {
    const outFile = join(dir, `out-${jobs}.jsonl`)
    const fd = openSync(outFile, 'w')
    const started = performance.now()
    const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--jsonl', '--jobs', String(jobs), pagesDir], {
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
    })
    const ms = performance.now() - started
    closeSync(fd)
    // The summary's last words are its own timing ("… in 12.04s").
    const summary = result.stderr.trim().split('\n').at(-1)
    const hash = createHash('sha256').update(readFileSync(outFile)).digest('hex')
    return { ms, size: statSync(outFile).size, hash, summary, counts: summary.replace(/ in [0-9.]+s$/, ''), status: result.status }
  }

  const one = run(1)
  const two = run(2)
  console.log(`${pages} pages (${(bytes / 2 ** 20).toFixed(1)} MB) and one binary file`)
  console.log(`--jobs 1: ${(one.ms / 1000).toFixed(1)} s, exit ${one.status}; ${one.summary}`)
  console.log(`--jobs 2: ${(two.ms / 1000).toFixed(1)} s, exit ${two.status}; ${two.summary}`)
  console.log(`speed-up of --jobs 2: ×${(one.ms / two.ms).toFixed(2)}`)
  const same = one.hash === two.hash && one.counts === two.counts
  console.log(`stdout: ${(one.size / 2 ** 20).toFixed(0)} MB of JSON lines; same output and counts: ${same ? 'yes' : 'NO'}`)
  if (!same) process.exitCode = 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
