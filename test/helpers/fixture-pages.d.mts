export declare function fixturePages(): Array<{ name: string; text: string }>
