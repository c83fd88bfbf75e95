/**
 * Golden trees: every page in test/fixtures/pages parses to exactly the tree
 * stored beside it. Regenerate with UPDATE=1 and review the diff by hand.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../src/index'

const dir = join(__dirname, 'fixtures', 'pages')
const pages = readdirSync(dir).filter((name) => name.endsWith('.txt'))

describe('golden trees', () => {
  it('has fixtures', () => expect(pages.length).toBeGreaterThan(0))

  for (const name of pages) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8')
      const tree = JSON.parse(JSON.stringify(parseIssue(text)))
      const expectedPath = join(dir, name.replace(/\.txt$/, '.expected.json'))
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(tree, null, 1)}\n`)
      expect(existsSync(expectedPath), `${expectedPath} missing: run with UPDATE=1`).toBe(true)
      expect(tree).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })
  }
})
