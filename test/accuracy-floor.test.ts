/**
 * The accuracy floor: the parser's accuracy on the corpus, part by part
 * (bench/accuracy.mjs: (a) d01–d22 and the sample page against their
 * hand-written expectations, (b) d23–d46, (c) d47–d120, and the held-out (d) d121–d144, (e) d145–d165, (f) d166 onward against their
 * gold views, the gold views together, all parts together), must not fall
 * below the values recorded in test/fixtures/accuracy-floor.json. Raise them
 * as the parser improves (the file says how).
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { importBench } from './helpers/build'

type Parts = Record<string, number>
interface AccuracyModule {
  measureExpectations(): { right: number; expected: number; got: number; failed: number }
  measureGoldViews(): Array<{ id: string; correct: number; total: number }>
  summarize(a: unknown, gold: unknown): Parts
  readFloors(path?: string): Parts
  checkFloors(measured: Parts, floors: Parts): string[]
  floorPercent(right: number, total: number): number
  floorFile: string
}

let accuracy: AccuracyModule

beforeAll(async () => {
  accuracy = await importBench<AccuracyModule>('accuracy')
}, 300_000)

describe('accuracy floor', () => {
  it('records a floor for every part, in percent with at most one decimal', () => {
    const floors = accuracy.readFloors()
    expect(Object.keys(floors).sort()).toEqual(['a', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'all', 'am', 'an', 'ao', 'ap', 'aq', 'ar', 'as', 'at', 'au', 'av', 'aw', 'ax', 'ay', 'az', 'b', 'ba', 'bb', 'bc', 'bd', 'be', 'bf', 'bg', 'bh', 'bi', 'bj', 'bk', 'bl', 'bm', 'bn', 'bo', 'bp', 'bq', 'br', 'bs', 'bt', 'bu', 'bv', 'bw', 'bx', 'by', 'bz', 'c', 'ca', 'cb', 'cc', 'cd', 'ce', 'cf', 'cg', 'ch', 'ci', 'cj', 'ck', 'cl', 'cm', 'cn', 'co', 'cp', 'cq', 'cr', 'cs', 'ct', 'cu', 'cv', 'cw', 'cx', 'cy', 'cz', 'd', 'da', 'db', 'dc', 'dd', 'de', 'df', 'dg', 'dh', 'di', 'dj', 'dk', 'dl', 'dm', 'dn', 'do', 'dp', 'dq', 'dr', 'ds', 'dt', 'du', 'dv', 'dw', 'dx', 'dy', 'dz', 'e', 'ea', 'eb', 'ec', 'ed', 'ee', 'ef', 'eg', 'eh', 'ei', 'ej', 'ek', 'el', 'em', 'en', 'eo', 'ep', 'eq', 'er', 'es', 'et', 'eu', 'f', 'g', 'gold', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'])
    for (const [part, value] of Object.entries(floors)) {
      expect(value, part).toBeGreaterThan(0)
      expect(value, part).toBeLessThanOrEqual(100)
      expect(Math.round(value * 10) / 10, part).toBe(value)
    }
    const file = JSON.parse(readFileSync(accuracy.floorFile, 'utf8'))
    expect(Array.isArray(file.comment) && file.comment.join(' ')).toMatch(/raise/i)
  })

  it('holds every part of the corpus at or above its floor', () => {
    const a = accuracy.measureExpectations()
    expect(a.failed, 'fixtures that failed to parse').toBe(0)
    const measured = accuracy.summarize(a, accuracy.measureGoldViews())
    expect(accuracy.checkFloors(measured, accuracy.readFloors()), JSON.stringify(measured)).toEqual([])
  }, 120_000)
})

describe('checkFloors', () => {
  const floors = { a: 99.5, b: 69.2, c: 49.8, gold: 54.5, all: 62.1 }

  it('passes a part exactly at its floor and above it', () => {
    expect(accuracy.checkFloors({ ...floors }, floors)).toEqual([])
    expect(accuracy.checkFloors({ ...floors, c: 80 }, floors)).toEqual([])
  })

  it('fails a part that falls below its floor, by as little as 0.1', () => {
    expect(accuracy.checkFloors({ ...floors, b: 69.1 }, floors)).toEqual(['b: 69.1% is below its floor 69.2%'])
    expect(accuracy.checkFloors({ ...floors, a: 0, all: 62 }, floors)).toHaveLength(2)
  })

  it('fails a floor whose part was not measured', () => {
    const { gold: _gold, ...measured } = floors
    expect(accuracy.checkFloors(measured, floors)).toEqual(['gold: no measured value (floor 54.5%)'])
  })
})

describe('floorPercent', () => {
  it('rounds down to 0.1 percent', () => {
    expect(accuracy.floorPercent(2, 3)).toBe(66.6)
    expect(accuracy.floorPercent(465, 932)).toBe(49.8)
    expect(accuracy.floorPercent(1, 1)).toBe(100)
    expect(accuracy.floorPercent(0, 0)).toBe(0)
  })
})
