#!/usr/bin/env node
// npm run fuzz -- [--pages N] [--seed S]: parse N generated pages (default
// 100 000) made of whole newspaper lines (test/helpers/page-lines.mjs) with
// the built library and check each for: no throw, the position and
// no-text-lost invariants, plain JSON. The seed is random unless given and
// is printed first, so a failure can be replayed with --seed. Not in CI
// (`npm test` runs a fixed-seed sample of the same generator).
import { parseArgs } from 'node:util'
import { checkInvariants } from '../test/helpers/invariants.mjs'
import { generatePage, random } from '../test/helpers/page-lines.mjs'

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '100000' }, seed: { type: 'string' } },
})
const pages = Number(values.pages)
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed)
if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--pages N] [--seed S]   (N, S whole numbers)')
  process.exit(2)
}
const { parseIssue } = await import('../dist/index.js')

console.log(`seed ${seed}, ${pages} pages (replay: npm run fuzz -- --seed ${seed} --pages ${pages})`)
const r = random(seed)
const started = performance.now()
let failures = 0
for (let i = 0; i < pages; i++) {
  const page = generatePage(r)
  let problems
  try {
    const tree = parseIssue(page)
    problems = checkInvariants(tree, page, { lineColumn: page.length < 2000 })
    if (JSON.stringify(JSON.parse(JSON.stringify(tree))) !== JSON.stringify(tree)) problems.push('not plain JSON')
    const internal = tree.data.diagnostics.filter((d) => d.code === 'internal-error')
    if (internal.length > 0) problems.push(`internal-error diagnostics: ${internal.map((d) => d.message).join('; ')}`)
  } catch (error) {
    problems = [`threw: ${error?.stack ?? error}`]
  }
  if (problems.length > 0) {
    failures++
    if (failures <= 5) console.log(`\npage ${i} of seed ${seed}:\n${JSON.stringify(page)}\n  ${problems.slice(0, 5).join('\n  ')}`)
  }
  if ((i + 1) % 10000 === 0) console.log(`${i + 1} pages, ${failures} failing, ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
console.log(`\n${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s: ${failures} failing (seed ${seed})`)
process.exit(failures > 0 ? 1 : 0)
