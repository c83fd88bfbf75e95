/**
 * The worker side of --jobs N. The CLI bundle (dist/cli.js) starts workers
 * on its own file; in a worker thread it calls serveWorker() instead of
 * main(), so the worker runs the very parser code the CLI bundles.
 */
import { parentPort } from 'node:worker_threads'
import { parseAndRender, type Mode, type Rendered } from './render'

export const WORKER_FLAG = 'baozhi-parse-worker'

export interface Task {
  id: number
  file: string
  text: string
  mode: Mode
}

export type Reply = { id: number } & Rendered

export function serveWorker(): void {
  const port = parentPort
  if (!port) throw new Error('serveWorker() outside a worker thread')
  port.on('message', (task: Task) => {
    const reply: Reply = { id: task.id, ...parseAndRender(task.file, task.text, task.mode) }
    port.postMessage(reply)
  })
}
