/**
 * Type test (checked by `npm run typecheck`, not run): a node type added by
 * an extension through the open registries is visible to `visit`.
 */
import { parseIssue, visit, type Literal } from 'baozhi'

interface Weather extends Literal {
  type: 'weather'
  forecast: string
}

declare module 'baozhi' {
  interface IssueContentMap {
    weather: Weather
  }
}

const tree = parseIssue('天气预报:晴 15-25℃')
visit(tree, 'weather', (node) => {
  // `node` is typed Weather: this line fails to compile if the registry did not take it.
  const forecast: string = node.forecast
  return forecast.length > 0 ? undefined : false
})
