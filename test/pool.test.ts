/**
 * The worker pool of --jobs N: input order, batches, and a worker that dies.
 * The workers here run a stand-in module exporting the pool's handler, so a
 * crash can be made to order: a file named *crash* exits its worker, one
 * named *throw* throws in it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runOrdered, type Input, type Outcome } from '../src/batch/pool'
import { WORKER_EXPORT } from '../src/batch/worker'

const WORKER = `
export function ${WORKER_EXPORT}(tasks) {
  return tasks.map((task) => {
    if (task.file.includes('crash')) process.exit(7)
    if (task.file.includes('throw')) throw new Error('thrown for ' + task.file + '\\nsecond line')
    return { bytes: task.file.length, output: 'parsed ' + task.file, stats: { pages: 1, articles: 0, diagnostics: 0 } }
  })
}
`

let dir: string
let workerUrl: URL
let brokenUrl: URL

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baozhi-pool-'))
  const script = join(dir, 'worker.mjs')
  writeFileSync(script, WORKER)
  workerUrl = pathToFileURL(script)
  const broken = join(dir, 'broken.mjs')
  writeFileSync(broken, "throw new Error('cannot load')\n")
  brokenUrl = pathToFileURL(broken)
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function run(inputs: Input[], jobs: number, url = workerUrl): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  await runOrdered(inputs, (outcome) => void outcomes.push(outcome), {
    jobs,
    mode: 'outline',
    encoding: undefined,
    workerUrl: url,
  })
  return outcomes
}

const names = (count: number, special: Record<number, string> = {}): Input[] =>
  Array.from({ length: count }, (_, k) => ({ file: special[k] ?? `page-${k}.txt` }))

describe('runOrdered with workers', () => {
  it('hands every outcome to emit once, in input order, across many batches', async () => {
    const inputs = names(300)
    const outcomes = await run(inputs, 2)
    expect(outcomes.map((o) => o.index)).toEqual(inputs.map((_, k) => k))
    expect(outcomes.map((o) => ('output' in o ? o.output : o.error))).toEqual(inputs.map((i) => `parsed ${i.file}`))
  })

  it('an input known to be unreadable is reported without reaching a worker', async () => {
    const inputs = names(5)
    inputs[2] = { file: 'gone.txt', error: 'no such file' }
    const outcomes = await run(inputs, 2)
    expect(outcomes[2]).toEqual({ index: 2, bytes: 0, error: 'no such file' })
    expect(outcomes.filter((o) => 'output' in o)).toHaveLength(4)
  })

  it('a worker that exits fails only the input it was parsing; the run goes on', async () => {
    const inputs = names(100, { 37: 'page-crash.txt', 70: 'crash-again.txt' })
    const outcomes = await run(inputs, 2)
    expect(outcomes.map((o) => o.index)).toEqual(inputs.map((_, k) => k))
    const failed = outcomes.filter((o) => 'error' in o)
    expect(failed.map((o) => [o.index, 'error' in o && o.error])).toEqual([
      [37, 'could not be parsed: worker failed: worker exited with code: 7'],
      [70, 'could not be parsed: worker failed: worker exited with code: 7'],
    ])
    for (const o of outcomes) if (!('error' in o)) expect(o.output).toBe(`parsed ${inputs[o.index]!.file}`)
  })

  it('a worker that throws fails only that input, with the first line of the message', async () => {
    const inputs = names(40, { 3: 'throw.txt' })
    const outcomes = await run(inputs, 3)
    expect(outcomes[3]).toEqual({ index: 3, bytes: 0, error: 'could not be parsed: worker failed: thrown for throw.txt' })
    expect(outcomes.filter((o) => 'error' in o)).toHaveLength(1)
  })

  it('workers that cannot load their script fail the run once, instead of every input', async () => {
    await expect(run(names(40), 2, brokenUrl)).rejects.toThrow(/^the parse workers could not start: cannot load$/)
  })
})
