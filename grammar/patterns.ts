/**
 * Pattern lists tried on every line. A construct declares its shapes as a
 * list of regular expressions, each named and documented where it stands;
 * `anyPattern` compiles the list once into one alternation per set of
 * flags, so a line is scanned once for the list instead of once per
 * pattern. What matches is what matched before: every pattern keeps its own
 * anchors inside its group, and a pattern whose meaning depends on its own
 * numbering (a backreference) or on state (the g and y flags) is tried
 * alone.
 */

/** A backreference by number or by name: its number shifts inside an alternation. */
const BACKREFERENCE = /\\[1-9]|\\k</

/** Flags that make a pattern stateful between tests. */
const STATEFUL = /[gy]/

/** A test of a line against a list of patterns: whether any of them matches. */
export type PatternTest = (text: string) => boolean

/** One test for a list of patterns, as `patterns.some((pattern) => pattern.test(text))`. */
export function anyPattern(patterns: readonly RegExp[]): PatternTest {
  const alone: RegExp[] = []
  const byFlags = new Map<string, string[]>()
  for (const pattern of patterns) {
    if (BACKREFERENCE.test(pattern.source) || STATEFUL.test(pattern.flags)) {
      alone.push(pattern)
      continue
    }
    const sources = byFlags.get(pattern.flags) ?? []
    sources.push(`(?:${pattern.source})`)
    byFlags.set(pattern.flags, sources)
  }
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags))
  const all = [...joined, ...alone]
  return (text) => all.some((pattern) => pattern.test(text))
}
