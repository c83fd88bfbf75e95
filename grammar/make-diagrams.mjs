// Writes grammar/diagrams.html: Chevrotain's railroad diagrams of every rule
// of the built-in grammar. Run with `npm run diagrams` (it builds first).
// The page loads Chevrotain's diagram scripts from node_modules, so it works
// offline in a checkout where `npm ci` has run.
import { writeFileSync } from 'node:fs'
import { createSyntaxDiagramsCode } from 'chevrotain'
import { BaozhiParser, createTokenSet, defaultVocabulary } from 'baozhi'

const parser = new BaozhiParser(createTokenSet(defaultVocabulary))
const base = '../node_modules/chevrotain/diagrams/'
const html = createSyntaxDiagramsCode(parser.getSerializedGastProductions(), {
  resourceBase: base,
  css: `${base}diagrams.css`,
})
const out = new URL('./diagrams.html', import.meta.url)
writeFileSync(out, html)
console.log(`wrote ${out.pathname} (${parser.getSerializedGastProductions().length} rules)`)
