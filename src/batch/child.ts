/**
 * A text too large to parse where it was read is parsed in a child process
 * of its own: one that runs out of heap dies alone and is reported, and the
 * run goes on. A worker thread cannot promise that: when a worker reaches
 * its heap limit, V8 may abort the whole process instead of terminating the
 * worker, depending on how the worker was allocating (nodejs/node#47224; the
 * resourceLimits of worker threads are best-effort). A process's heap is
 * its own.
 *
 * The child runs the CLI bundle itself (dist/cli.js), with the parent's
 * node flags (its heap limit among them) and CHILD_ENV set, so the bundle
 * serves one task (serveParseChild) instead of running the command.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { getHeapStatistics } from 'node:v8'
import { parseBatch, type Reply, type Task } from './worker'

/** Set in a parse child's environment: the bundle serves one task there. */
export const CHILD_ENV = 'BAOZHI_PARSE_CHILD'

/** What V8 prints when a heap is exhausted: FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory. */
const OUT_OF_HEAP = /heap out of memory|Allocation failed/

/** The most of a dead child's stderr kept to tell why it died. */
const MAX_STDERR = 4096

/** Running out of heap, in one line that says what to do about it. */
export function outOfMemory(): string {
  const limit = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)
  return `out of memory (the heap holds ${limit} MB); split the file, or give node more: NODE_OPTIONS=--max-old-space-size=${2 * limit}`
}

/** Parse one input in a child process running `script`; a child that dies is an error reply naming why. */
export function parseInChild(task: Task, script: URL): Promise<Reply> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(script), [], {
      env: { ...process.env, [CHILD_ENV]: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    let reply: Reply | undefined
    let stderr = ''
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR) stderr += chunk
    })
    child.on('message', (message) => (reply = message as Reply))
    const failed = (why: string) => resolve({ bytes: 0, error: `could not be parsed: ${why}` })
    child.on('error', (error) => failed(`the parse process could not start: ${error.message}`))
    child.on('exit', (code, signal) => {
      if (reply) return resolve(reply)
      failed(OUT_OF_HEAP.test(stderr) ? outOfMemory() : `the parse process died (${signal ?? `exit code ${code}`})`)
    })
    child.send(task)
  })
}

/** True in a parse child (CHILD_ENV set and a channel to its parent). */
export function isParseChild(): boolean {
  return process.env[CHILD_ENV] === '1' && typeof process.send === 'function'
}

/** In a parse child: parse the one task the parent sends, answer, and let the channel go so the child exits. */
export function serveParseChild(): void {
  process.once('message', (task: Task) => {
    const [reply] = parseBatch([task])
    process.send!(reply, () => process.disconnect())
  })
}
