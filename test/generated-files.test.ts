/**
 * Generated files stay true: grammar/diagrams.html is what
 * `npm run diagrams` writes from the grammar as it is now. The page is built
 * in-process by the script's own function, from the built library (dist/,
 * built by the global setup), and compared with the checked-in file.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root } from './helpers/build'

interface DiagramsModule {
  diagramsPath: string
  diagramsHtml(): string
  staleness(): string | null
}

let diagrams: DiagramsModule

beforeAll(async () => {
  // grammar/make-diagrams.mjs imports 'baozhi', i.e. dist/ through the package's exports.
  await ensureBuilt()
  diagrams = (await import(pathToFileURL(join(root, 'grammar/make-diagrams.mjs')).href)) as DiagramsModule
}, 300_000)

describe('grammar/diagrams.html', () => {
  it('is what `npm run diagrams` writes (run it and commit the file when this fails)', () => {
    expect(diagrams.diagramsPath).toBe(join(root, 'grammar/diagrams.html'))
    expect(diagrams.staleness()).toBeNull()
  })

  it('is deterministic: two builds of the page are the same text', () => {
    expect(diagrams.diagramsHtml()).toBe(diagrams.diagramsHtml())
  })

  it("has the grammar's rules, and loads its scripts from node_modules, not the network", () => {
    const html = diagrams.diagramsHtml()
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).toContain("src='../node_modules/chevrotain/diagrams/src/main.js'")
    for (const rule of ['dateline', 'reporterCredit', 'signature', 'paragraph']) expect(html).toContain(`"name": "${rule}"`)
  })
})
