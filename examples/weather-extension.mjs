#!/usr/bin/env node
// Grammar extension: a new token, a new rule, and a new node type (weather)
// that a whole line becomes — a construct that may stand at the top of the
// page or among an article's heading lines.
// Run: npm run build && node examples/weather-extension.mjs
import { createParser, createToken, endOf, startOf, tokens, visit } from 'baozhi'

// The cue that opens a weather box. createToken is re-exported by baozhi, so
// the token belongs to the same copy of Chevrotain as the grammar.
const WeatherCue = createToken({ name: 'WeatherCue', pattern: /天气预报/ })

const weatherBox = {
  name: 'weather-box',
  tokens: [WeatherCue],
  // Rules are defined on the parser being built, like java-parser's
  // defineRules($, t): several extensions' rules compose into one parser.
  rules: ($) => {
    // weather := 天气预报 [:] anything to the end of the line
    $.weather = $.RULE('weather', () => {
      const cue = $.CONSUME(WeatherCue)
      $.OPTION(() => $.CONSUME(tokens.Colon))
      let last = cue
      $.MANY(() => {
        last = $.CONSUME(tokens.AnyToken)
      })
      return $.ACTION(() => {
        const { factory } = $.ctx
        return {
          type: 'weather',
          forecast: factory.source(endOf(cue), endOf(last)).replace(/^[:：]\s*/, ''),
          value: factory.source(startOf(cue), endOf(last)),
          position: factory.position(startOf(cue), endOf(last)),
        }
      })
    })
  },
  // The line construct: which rule reads a whole line, and where such a line may stand.
  constructs: [{ name: 'weather', line: (parser) => parser.weather(), standsIn: ['top', 'heading', 'body'] }],
}

const { parseIssue } = createParser({ extensions: [weatherBox] })

const page = '天气预报：晴转多云 15～25℃\n\n全市春耕生产全面展开\n\n本报讯 5月9日,全市春耕生产全面展开。\n'
const tree = parseIssue(page)
console.log(tree.children.map((node) => node.type).join(', '))
visit(tree, 'weather', (node) => {
  console.log(`weather: ${node.forecast} (line ${node.position.start.line}, «${page.slice(node.position.start.offset, node.position.end.offset)}»)`)
})
