import type { Issue } from '../../src/index'
export declare function checkInvariants(tree: Issue, input: string, options?: { lineColumn?: boolean }): string[]
