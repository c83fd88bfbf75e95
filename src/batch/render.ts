/**
 * One parsed input turned into the text the CLI prints, plus its counts.
 * Runs in the main thread (--jobs 1) or in a worker (src/batch/worker.ts):
 * serialising in the worker keeps JSON.stringify off the main thread too.
 */
import { outline } from '../outline'
import { parseIssue } from '../parse-issue'
import { firstLine, type Loaded } from './read'

/** What the CLI prints for each input. */
export type Mode = 'outline' | 'json' | 'json-entry' | 'jsonl'

export interface Stats {
  /** `page` nodes, or 1 when the tree has none. */
  pages: number
  articles: number
  diagnostics: number
}

export type Rendered = { output: string; stats: Stats } | { error: string }

interface AnyNode {
  type: string
  children?: AnyNode[]
}

/** An input as read (`Loaded`) rendered for `mode`, with its size: the same in a worker and in the main thread. */
export function renderLoaded(file: string, loaded: Loaded, mode: Mode): Rendered & { bytes: number } {
  if ('error' in loaded) return { bytes: loaded.bytes, error: loaded.error }
  return { bytes: loaded.bytes, ...parseAndRender(file, loaded.text, mode) }
}

/** Parse `text` and render it for `mode`; a parser crash is an error, not a throw. */
export function parseAndRender(file: string, text: string, mode: Mode): Rendered {
  let tree
  try {
    tree = parseIssue(text)
  } catch (error) {
    return { error: `could not be parsed: ${firstLine(error)}` }
  }
  const counts = { page: 0, article: 0 }
  const walk = (node: AnyNode): void => {
    if (node.type === 'page') counts.page++
    else if (node.type === 'article') counts.article++
    if (node.children) for (const child of node.children) walk(child)
  }
  walk(tree as AnyNode)
  const stats: Stats = {
    pages: counts.page || 1,
    articles: counts.article,
    diagnostics: tree.data?.diagnostics?.length ?? 0,
  }
  return { output: render(file, tree, mode), stats }
}

function render(file: string, tree: unknown, mode: Mode): string {
  switch (mode) {
    case 'outline':
      return outline(tree as Parameters<typeof outline>[0])
    case 'json':
      return JSON.stringify(tree, null, 2)
    case 'json-entry':
      // Exactly how JSON.stringify(array, null, 2) lays out one element
      // (strings never hold a raw newline, so splitting on \n is safe).
      return JSON.stringify({ file, tree }, null, 2).replace(/\n/g, '\n  ').replace(/^/, '  ')
    case 'jsonl':
      return JSON.stringify({ file, tree })
  }
}
