/**
 * Properties every tree must have, whatever the input: positions point into
 * the original text, literals are the printed characters, children are in
 * order inside their parent, and no printed character is lost.
 */
const isParent = (node) => 'children' in node && Array.isArray(node.children)

/** Line/column of an offset, computed independently of the library. */
function pointOf(input, offset) {
  let line = 1
  let column = 1
  for (let i = 0; i < offset; i++) {
    const ch = input[i]
    if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) {
      line++
      column = 1
    } else column++
  }
  return { line, column, offset }
}

/**
 * Returns a list of violations (empty when the tree is sound).
 * @param {import('../../src/index').Issue} tree
 * @param {string} input
 * @returns {string[]}
 */
export function checkInvariants(tree, input, { lineColumn = true } = {}) {
  const problems = []
  const covered = new Uint8Array(input.length)
  const visit = (node, parent) => {
    const { start, end } = node.position
    const where = `${node.type}@${start.offset}-${end.offset}`
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= input.length)) problems.push(`${where}: out of bounds`)
    if (lineColumn && JSON.stringify(pointOf(input, start.offset)) !== JSON.stringify(start)) problems.push(`${where}: bad start point`)
    if (lineColumn && JSON.stringify(pointOf(input, end.offset)) !== JSON.stringify(end)) problems.push(`${where}: bad end point`)
    if (parent && (start.offset < parent.position.start.offset || end.offset > parent.position.end.offset)) {
      problems.push(`${where}: outside its parent ${parent.type}`)
    }
    if ('value' in node && typeof node.value === 'string') {
      if (input.slice(start.offset, end.offset) !== node.value) problems.push(`${where}: value is not the printed text`)
      for (let i = start.offset; i < end.offset; i++) covered[i] = 1
    }
    if (isParent(node)) {
      let at = start.offset
      for (const child of node.children) {
        if (child.position.start.offset < at) problems.push(`${child.type}@${child.position.start.offset}: overlaps or out of order in ${node.type}`)
        at = child.position.end.offset
        visit(child, node)
      }
    }
  }
  visit(tree)
  for (let i = 0; i < input.length; i++) {
    // Spacing and line breaks (U+E40C is the Sogou corpora's line break) may fall between nodes.
    if (!covered[i] && !/\s|[\u3000\u00a0\u200b\ufeff\ue40c]/.test(input[i])) {
      problems.push(`character ${JSON.stringify(input[i])} at ${i} is in no leaf`)
      if (problems.length > 20) break
    }
  }
  return problems
}
