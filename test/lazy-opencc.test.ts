/**
 * opencc-js is loaded only when an input needs it: checked in a fresh
 * process against the BUILT package, through the module cache.
 */
import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root } from './helpers/build'

beforeAll(async () => {
  await ensureBuilt()
}, 300_000)

const script = `
import { createRequire } from 'node:module'
import { parseIssue } from ${JSON.stringify(`${root}/dist/index.js`)}
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('opencc-js'))
parseIssue('市委召开会议\\n\\n本报讯 (记者杨峰雷)5月9日,会议召开。')
const afterSimplified = loaded()
parseIssue('患癌鄭威濤出庭\\n\\n【本報訊】板前壽司創辦人之一鄭威濤，因品牌糾紛遭股東入稟索償。')
console.log(JSON.stringify({ afterSimplified, afterTraditional: loaded() }))
`

describe('lazy opencc-js', () => {
  it('is not loaded for simplified input, and is loaded for traditional input', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 })
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ afterSimplified: false, afterTraditional: true })
  })
})
