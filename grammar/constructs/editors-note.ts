/**
 * Editors' notes: the editor's word on a story, not the story's.
 *
 *   编者按：… · 【编者按】…            opened by 编者按
 *   …——编  者                         signed by the editors at its end (padded for typesetting)
 *
 * Where it stands: where its paragraph stands — in an article (before its
 * lead, as most are), or at the top level. A paragraph signed ——编者 ends
 * there, whatever its last character (paragraph.ts asks `signedByEditors`).
 */
import type { IToken } from 'chevrotain'
import type { EditorsNote } from '../../src/types'
import { afterBullet, compactText, trimmed } from '../layout'
import { end, start } from '../../src/assemble/row'
import type { Assembly } from '../../src/assemble/assembly'

/** An editor's note: opened by 编者按 (【编者按】, 编者按：, ◆编者按: a bullet before it) or signed ——编者 at its end. */
export function isEditorsNote(tokens: IToken[]): boolean {
  const t = afterBullet(trimmed(tokens))
  return /^【?编者按/.test(compactText(t.slice(0, 4))) || signedByEditors(t)
}

/** …——编  者 at the end of trimmed tokens (the text is joined only when it ends in 者). */
export const signedByEditors = (t: IToken[]) => t.at(-1)?.image.endsWith('者') === true && /——编者$/.test(compactText(t.slice(-6)))

/** The note as a node, from its paragraph's tokens. */
export function editorsNoteNode(body: IToken[], { context: { runner, factory } }: Assembly): EditorsNote {
  return { type: 'editorsNote', children: runner.inline(body, 'paragraph'), position: factory.position(start(body), end(body)) }
}
