/**
 * Structured fields in one script. By default `source`, `place`, `role`,
 * `affiliation`, `names`, `paper`, `title`, `section` and `label` are as printed; users who merge papers
 * from different regions can ask for them all in simplified or all in
 * traditional script. Node values always stay as printed.
 */
import { simplify, traditionalize } from '../normalize/opencc'
import type { Issue, Node } from '../types'

/** The script of structured fields. */
export type FieldScript = 'asPrinted' | 'simplified' | 'traditional'

const STRING_FIELDS = ['source', 'place', 'role', 'affiliation', 'paper', 'title', 'section', 'label'] as const

export function convertFields(tree: Issue, target: FieldScript, inputScript: 'simplified' | 'traditional'): void {
  if (target === 'asPrinted' || target === inputScript) return
  const convert = target === 'simplified' ? simplify : traditionalize
  const walk = (node: Node) => {
    const record = node as unknown as Record<string, unknown>
    for (const key of STRING_FIELDS) if (typeof record[key] === 'string') record[key] = convert(record[key] as string)
    if (Array.isArray(record.names)) record.names = (record.names as string[]).map(convert)
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) walk(child)
  }
  walk(tree)
}
