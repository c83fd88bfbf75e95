/**
 * The corpus copied as other copies of the same pages would give it
 * (bench/variations.mjs: spaced out, its blank lines lost, hard-wrapped at 36
 * and 20 characters, in traditional characters, under a made-up paper's
 * nameplate, date and page line) must not read worse than
 * the floors of test/fixtures/variations-floor.json.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { importBench } from './helpers/build'

type Measured = Record<string, { correct: number; total: number }>
interface VariationsModule {
  VARIATIONS: Record<string, unknown>
  hardWrap(text: string, width: number): string
  measureVariations(): Measured
  percents(measured: Measured): Record<string, number>
  readVariationFloors(): Record<string, number>
}
interface AccuracyModule {
  checkFloors(measured: Record<string, number>, floors: Record<string, number>): string[]
}

let variations: VariationsModule
let accuracy: AccuracyModule

beforeAll(async () => {
  variations = await importBench<VariationsModule>('variations')
  accuracy = await importBench<AccuracyModule>('accuracy')
}, 300_000)

describe('copy variations', () => {
  it('records a floor for the corpus as printed and for every variation', () => {
    expect(Object.keys(variations.readVariationFloors()).sort()).toEqual(['printed', ...Object.keys(variations.VARIATIONS)].sort())
  })

  it('hard-wraps lines of text only, keeping marks that may not open a line on the line before', () => {
    expect(variations.hardWrap('市委专题会议召开\n会议要求，要始终保持敬畏心理。', 6)).toBe('市委专题会议召开\n会议要求，要\n始终保持敬畏\n心理。')
    expect(variations.hardWrap('会议指出要搭，建平台。', 6)).toBe('会议指出要搭，\n建平台。')
  })

  it('holds every variation at or above its floor', () => {
    const measured = variations.percents(variations.measureVariations())
    expect(accuracy.checkFloors(measured, variations.readVariationFloors()), JSON.stringify(measured)).toEqual([])
  }, 120_000)
})
