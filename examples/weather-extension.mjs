#!/usr/bin/env node
// Grammar extension: a new token, a new rule in a subclass of BaozhiParser,
// and a new node type (weather) that a whole line becomes.
// Run: npm run build && node examples/weather-extension.mjs
import { BaozhiParser, createParser, createToken, endOf, startOf, tokens, visit } from 'baozhi'

// The cue that opens a weather box. createToken is re-exported by baozhi, so
// the token belongs to the same copy of Chevrotain as the grammar.
const WeatherCue = createToken({ name: 'WeatherCue', pattern: /天气预报/ })

class WeatherParser extends BaozhiParser {
  constructor(tokenSet) {
    super(tokenSet)
    const $ = this
    // weather := 天气预报 [:] anything to the end of the line
    this.weather = this.RULE('weather', () => {
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
    this.performSelfAnalysis() // last: Chevrotain allows no RULE after it
  }
}

const { parseIssue } = createParser({
  extensions: [{ name: 'weather-box', tokens: [WeatherCue], parser: WeatherParser, lines: [(parser) => parser.weather()] }],
})

const page = '天气预报：晴转多云 15～25℃\n\n全市春耕生产全面展开\n\n本报讯 5月9日,全市春耕生产全面展开。\n'
const tree = parseIssue(page)
console.log(tree.children.map((node) => node.type).join(', '))
visit(tree, 'weather', (node) => {
  console.log(`weather: ${node.forecast} (line ${node.position.start.line}, «${page.slice(node.position.start.offset, node.position.end.offset)}»)`)
})
