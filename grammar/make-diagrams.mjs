#!/usr/bin/env node
// Writes grammar/diagrams.html: Chevrotain's railroad diagrams of every rule
// of the built-in grammar, from the built library (dist/).
//
//   npm run diagrams              build, then write grammar/diagrams.html
//   npm run diagrams -- --check   build, then exit 1 if the committed file
//                                 differs from what would be written
//
// The page loads Chevrotain's diagram scripts from node_modules, so it works
// offline in a checkout where `npm ci` has run.
//
// The output depends only on the grammar and the installed Chevrotain (its
// page template): no dates, no absolute paths, `\n` line endings and one
// final newline, so the file can be checked in and compared
// (test/generated-files.test.ts does, in `npm test`).
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSyntaxDiagramsCode } from 'chevrotain'
import { BaozhiParser, createTokenSet, defaultVocabulary } from 'baozhi'

/** Where the diagrams are checked in. */
export const diagramsPath = fileURLToPath(new URL('./diagrams.html', import.meta.url))

/** The page's text: the same for the same grammar and Chevrotain, on any machine. */
export function diagramsHtml() {
  const parser = new BaozhiParser(createTokenSet(defaultVocabulary))
  // Relative to grammar/, where the page lives.
  const base = '../node_modules/chevrotain/diagrams/'
  const html = createSyntaxDiagramsCode(parser.getSerializedGastProductions(), {
    resourceBase: base,
    css: `${base}diagrams.css`,
  })
  return `${html.replace(/\r\n?/g, '\n').trimEnd()}\n`
}

/** Null when the checked-in page is what diagramsHtml() gives, else why not. */
export function staleness() {
  let current
  try {
    current = readFileSync(diagramsPath, 'utf8')
  } catch {
    return `${diagramsPath} is missing`
  }
  const fresh = diagramsHtml()
  if (current === fresh) return null
  const lines = [current.split('\n'), fresh.split('\n')]
  const at = lines[0].findIndex((line, k) => line !== lines[1][k])
  return `grammar/diagrams.html is stale: its line ${(at === -1 ? lines[0].length : at) + 1} is not what the grammar gives`
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  if (process.argv.includes('--check')) {
    const reason = staleness()
    if (reason) {
      console.error(`${reason}: run \`npm run diagrams\` and commit the file`)
      process.exit(1)
    }
    console.log('grammar/diagrams.html is up to date')
  } else {
    const html = diagramsHtml()
    writeFileSync(diagramsPath, html)
    const rules = (html.match(/^ {4}"type": "Rule",$/gm) ?? []).length
    console.log(`wrote grammar/diagrams.html (${rules} rules)`)
  }
}
