/**
 * The batch progress line (src/batch/progress.ts), on a fake terminal and a
 * clock the test moves.
 */
import { describe, expect, it } from 'vitest'
import { Progress } from '../src/batch/progress'

const stats = { pages: 1, articles: 2, diagnostics: 0 }

function setup(total: number) {
  let ms = 0
  const writes: string[] = []
  const progress = new Progress(total, { write: (chunk: string) => (writes.push(chunk), true) } as never, true, () => ms)
  return {
    progress,
    writes,
    at: (seconds: number) => void (ms = seconds * 1000),
    last: () => writes.at(-1)!.replace('\r\x1b[K', ''),
  }
}

describe('the progress line', () => {
  it('shows no ETA until inputs have finished for a second after the first (start-up left out)', () => {
    const { progress, at, last } = setup(1000)
    at(2) // two seconds of start-up before the first input finishes
    progress.add(4000, stats)
    expect(last()).toBe('1/1000 files  0.5 files/s  0.00 MB/s  ETA …')
    at(2.5)
    for (let k = 0; k < 50; k++) progress.add(4000, stats)
    expect(progress.line()).toMatch(/^51\/1000 .*ETA …$/)
    at(3)
    for (let k = 0; k < 49; k++) progress.add(4000, stats)
    // 99 inputs in the second after the first: 900 left at 99 a second.
    expect(progress.line()).toBe('100/1000 files  33.3 files/s  0.13 MB/s  ETA 10s')
  })

  it('writes minutes and hours for long runs, and 0s at the end', () => {
    // Two inputs a second apart: the rest at one a second.
    const etaAtOnePerSecond = (total: number) => {
      const { progress, at } = setup(total)
      at(0)
      progress.add(1, stats)
      at(1)
      progress.add(1, stats)
      return progress.line().replace(/.*ETA /, '')
    }
    expect(etaAtOnePerSecond(200)).toBe('3m18s')
    expect(etaAtOnePerSecond(10_002)).toBe('2h46m')
    const short = setup(3)
    short.at(0)
    short.progress.add(1, stats)
    short.at(1)
    short.progress.add(1, stats)
    expect(short.last()).toMatch(/ETA 1s$/)
    short.progress.add(1, undefined)
    expect(short.last()).toMatch(/^3\/3 files .* ETA 0s$/)
    expect(short.progress.summary()).toBe('baozhi: 3 files, 2 pages, 4 articles, 0 diagnostics, 1 failure in 1.00s')
  })

  it('counts failures apart and redraws at most ten times a second', () => {
    const { progress, writes, at } = setup(50)
    at(1)
    for (let k = 0; k < 10; k++) progress.add(10, k === 3 ? undefined : stats)
    expect(writes).toHaveLength(1)
    at(1.05)
    progress.add(10, stats)
    expect(writes).toHaveLength(1)
    at(1.1)
    progress.add(10, stats)
    expect(writes).toHaveLength(2)
    expect(progress.totals).toMatchObject({ files: 12, failures: 1, pages: 11 })
  })
})
