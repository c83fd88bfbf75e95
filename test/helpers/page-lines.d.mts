export interface Random {
  next(): number
  int(n: number): number
  pick<T>(items: readonly T[]): T
}
export declare function random(seed: number): Random
export declare const LINE_KINDS: Record<string, (r: Random) => string>
export declare function toTraditional(line: string): string
export declare function generatePage(r: Random, options?: { maxLines?: number }): string
