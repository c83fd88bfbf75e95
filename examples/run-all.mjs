#!/usr/bin/env node
/**
 * Run every examples/*.mjs (except this file) with node; fail if any exits
 * non-zero or prints nothing. The examples import the built package: run
 * `npm run build` first.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = dirname(here)
const self = basename(fileURLToPath(import.meta.url))

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('examples: dist/ is missing; run `npm run build` first')
  process.exit(1)
}

const examples = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== self)
  .sort()

if (examples.length === 0) {
  console.error('examples: no examples/*.mjs found')
  process.exit(1)
}

let failed = 0
for (const name of examples) {
  const result = spawnSync(process.execPath, [join(here, name)], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  const output = (result.stdout ?? '').trim()
  let problem = null
  if (result.error) problem = result.error.message
  else if (result.status !== 0) problem = `exited with ${result.status ?? result.signal}`
  else if (output === '') problem = 'printed nothing'
  if (problem) {
    failed++
    console.error(`FAIL ${name}: ${problem}`)
    if (result.stderr) console.error(result.stderr.trimEnd())
  } else {
    const lines = output.split('\n').length
    console.log(`ok   ${name} (${lines} ${lines === 1 ? 'line' : 'lines'})`)
  }
}

console.log(`${examples.length - failed}/${examples.length} examples passed`)
process.exitCode = failed > 0 ? 1 : 0
