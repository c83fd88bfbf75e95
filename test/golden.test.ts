/**
 * Golden trees of the reviewed pages: every test/fixtures/pages/NAME.txt
 * parses to exactly the tree stored beside it (NAME.expected.json), checked
 * by hand.
 *
 * The corpus texts (test/fixtures/corpus) have no golden trees: snapshots of
 * the parser's own output were not expectations, and were dropped. What a
 * reader finds in them is written down by hand (test/fixtures/expected and
 * test/fixtures/gold) and measured by `npm run accuracy`.
 *
 * Regenerate with UPDATE=1 and review the diff before committing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../src/index'

const fixtures = join(__dirname, 'fixtures')

function golden(textPath: string, expectedPath: string) {
  const tree = JSON.parse(JSON.stringify(parseIssue(readFileSync(textPath, 'utf8'))))
  if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(tree, null, 1)}\n`)
  expect(existsSync(expectedPath), `${expectedPath} missing: run with UPDATE=1`).toBe(true)
  expect(tree).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
}

describe('golden trees: reviewed pages', () => {
  const dir = join(fixtures, 'pages')
  const pages = readdirSync(dir).filter((name) => name.endsWith('.txt'))
  it('has fixtures', () => expect(pages.length).toBeGreaterThan(0))
  for (const name of pages) it(name, () => golden(join(dir, name), join(dir, name.replace(/\.txt$/, '.expected.json'))))
})

