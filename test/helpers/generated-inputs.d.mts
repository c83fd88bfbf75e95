export declare const MARKERS: string[]
export declare function shuffleLines(text: string, seed: number): string
export declare function pathologicalInputs(n: number): Record<string, string>
