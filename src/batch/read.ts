/**
 * Reading one input: its bytes, decoded to text, or why not. Runs where the
 * input is parsed — in the main thread (--jobs 1, stdin) or in a worker —
 * so with --jobs N the main thread only orders and writes the results.
 */
import { readFileSync } from 'node:fs'
import { decodeBytes } from '../io/decode'

/** The bytes read, decoded: text, or why not. */
export type Loaded = { text: string; bytes: number } | { error: string; bytes: number }

/**
 * A file read whole and decoded. Synchronous: pages are small, and the
 * four round trips of an asynchronous read cost more than the read itself.
 */
export function readInput(file: string, encoding: string | undefined): Loaded {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch (error) {
    return { error: ioMessage(error), bytes: 0 }
  }
  return decoded(bytes, encoding)
}

/** Standard input, read whole and decoded. */
export async function readStdin(encoding: string | undefined): Promise<Loaded> {
  const chunks: Buffer[] = []
  try {
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  } catch (error) {
    return { error: ioMessage(error), bytes: 0 }
  }
  return decoded(Buffer.concat(chunks), encoding)
}

function decoded(bytes: Uint8Array, encoding: string | undefined): Loaded {
  const result = decodeBytes(bytes, { encoding })
  return 'error' in result ? { error: result.error, bytes: bytes.length } : { text: result.text, bytes: bytes.length }
}

/** Why a file could not be read, in a few words. */
export function ioMessage(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'is a directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    default:
      return `could not be read: ${firstLine(error)}`
  }
}

/** An error's message, first line only (one-line reports). */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? ''
}
