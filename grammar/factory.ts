/**
 * What grammar actions need from the tree builder: positions and the
 * original characters for a span of the normalized text. Offsets are
 * 0-based, `end` exclusive, in the text the lexer saw.
 */
import type { IToken } from 'chevrotain'
import type { Position } from 'unist'

export interface NodeFactory {
  position(start: number, end: number): Position
  /** The ORIGINAL characters for a span of the normalized text. */
  source(start: number, end: number): string
}

/** Start offset of a token. */
export const startOf = (token: IToken): number => token.startOffset
/** Exclusive end offset of a token (Chevrotain's endOffset is inclusive). */
export const endOf = (token: IToken): number => token.startOffset + token.image.length
