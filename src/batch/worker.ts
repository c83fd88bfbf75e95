/**
 * The worker side of --jobs N. The CLI bundle (dist/cli.js) starts workers
 * on its own file; in a worker thread it calls serveWorker() instead of
 * main(), so the worker runs the very parser code the CLI bundles. A worker
 * reads and decodes its file itself: the main thread only orders and writes.
 */
import { parentPort } from 'node:worker_threads'
import { readInput, type Loaded } from './read'
import { renderLoaded, type Mode, type Rendered } from './render'

export const WORKER_FLAG = 'baozhi-parse-worker'

export interface Task {
  id: number
  /** A file to read (standard input is read by the main thread). */
  file: string
  encoding: string | undefined
  mode: Mode
  /** The input, when the main thread read it already (a large text parsed apart). */
  loaded?: Loaded
}

export type Reply = { id: number; bytes: number } & Rendered

/** Answers a batch of tasks with one message, its replies in task order. */
export function serveWorker(): void {
  const port = parentPort
  if (!port) throw new Error('serveWorker() outside a worker thread')
  port.on('message', (tasks: Task[]) => port.postMessage(tasks.map(work)))
}

function work(task: Task): Reply {
  return { id: task.id, ...renderLoaded(task.file, task.loaded ?? readInput(task.file, task.encoding), task.mode) }
}
