/**
 * The tokens a rule can start with (its FIRST set), read from the grammar
 * Chevrotain recorded. A unit whose first token is not among them cannot
 * match the rule, so the builder skips the attempt: a failed parse costs an
 * exception, and most lines of a page fail every whole-line rule at once.
 * Gates can only narrow a rule, so the set is a safe over-approximation.
 */
import {
  EOF,
  Alternation,
  NonTerminal,
  Option,
  Repetition,
  RepetitionWithSeparator,
  Terminal,
  tokenMatcher,
  type IProduction,
  type IToken,
  type TokenType,
} from 'chevrotain'

interface First {
  tokens: Set<TokenType>
  /** Whether the productions can match nothing at all. */
  empty: boolean
}

/** FIRST of a sequence of productions. */
function firstOfSequence(productions: IProduction[], visiting: Set<IProduction>): First {
  const tokens = new Set<TokenType>()
  for (const production of productions) {
    const first = firstOf(production, visiting)
    for (const token of first.tokens) tokens.add(token)
    if (!first.empty) return { tokens, empty: false }
  }
  return { tokens, empty: true }
}

function firstOf(production: IProduction, visiting: Set<IProduction>): First {
  if (production instanceof Terminal) return { tokens: new Set([production.terminalType]), empty: false }
  if (production instanceof NonTerminal) {
    // A rule reached again through itself adds nothing new to its FIRST.
    if (visiting.has(production.referencedRule)) return { tokens: new Set(), empty: false }
    visiting.add(production.referencedRule)
    try {
      return firstOfSequence(production.referencedRule.definition, visiting)
    } finally {
      visiting.delete(production.referencedRule)
    }
  }
  if (production instanceof Alternation) {
    const tokens = new Set<TokenType>()
    let empty = false
    for (const alternative of production.definition) {
      const first = firstOf(alternative, visiting)
      for (const token of first.tokens) tokens.add(token)
      empty ||= first.empty
    }
    return { tokens, empty }
  }
  const inner = firstOfSequence((production as unknown as { definition: IProduction[] }).definition, visiting)
  const optional = production instanceof Option || production instanceof Repetition || production instanceof RepetitionWithSeparator
  return { tokens: inner.tokens, empty: optional || inner.empty }
}

/**
 * A test of whether a unit starting with `token` could match the rule;
 * always true for rules that can match an empty unit.
 */
export function firstTokenTest(rule: { definition: IProduction[] }): (token: IToken | undefined) => boolean {
  const first = firstOfSequence(rule.definition, new Set())
  if (first.empty) return () => true
  const types = [...first.tokens]
  // An empty unit reads as EOF.
  return (token) => (token === undefined ? first.tokens.has(EOF) : types.some((type) => tokenMatcher(token, type)))
}
