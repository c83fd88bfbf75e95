/**
 * The worker side of --jobs N. The pool (src/batch/pool.ts) runs piscina
 * workers on the CLI bundle itself (dist/cli.js), which exports parseBatch,
 * so a worker runs the very parser code the CLI bundles. A worker reads and
 * decodes its files itself: the main thread only orders and writes.
 */
import { workerData } from 'node:worker_threads'
import { readInput, type Loaded } from './read'
import { renderLoaded, type Mode, type Rendered } from './render'

/** Marks the pool's workers (in their workerData), so the bundle does not run the command there. */
export const WORKER_FLAG = 'baozhi-parse-worker'

/** The name under which the CLI bundle exports parseBatch, for piscina to call. */
export const WORKER_EXPORT = 'parseBatch'

export interface Task {
  /** A file to read (standard input is read by the main thread). */
  file: string
  encoding: string | undefined
  mode: Mode
  /** The input, when the main thread read it already (a large text parsed apart). */
  loaded?: Loaded
}

export type Reply = { bytes: number } & Rendered

/**
 * One piscina task: a batch of files, answered in task order. Batches, not
 * files, because one message per file cost each worker a fifth of its time
 * in messaging. A file that cannot be read or parsed is an error reply, not
 * a throw; a throw (or a dead worker) fails the whole batch, which the pool
 * then retries file by file.
 */
export function parseBatch(tasks: Task[]): Reply[] {
  return tasks.map((task) => renderLoaded(task.file, task.loaded ?? readInput(task.file, task.encoding), task.mode))
}

/** True in a thread the pool started, where the bundle only serves parseBatch. */
export function isParseWorker(): boolean {
  return (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true
}
