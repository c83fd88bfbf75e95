import type { Node } from 'unist'

/**
 * The text a node stands for, as printed, without layout breaks.
 * Like mdast-util-to-string: literals give their value, parents the
 * concatenation of their children.
 */
export function toString(node: Node | Node[] | null | undefined): string {
  if (!node) return ''
  if (Array.isArray(node)) return node.map(toString).join('')
  if (node.type === 'layoutBreak') return ''
  if ('children' in node && Array.isArray(node.children)) return toString(node.children as Node[])
  if ('value' in node && typeof node.value === 'string') return node.value
  return ''
}
