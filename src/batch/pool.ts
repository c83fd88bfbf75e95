/**
 * Process inputs in order with up to `jobs` parses at a time.
 *
 * Input i is read, decoded and parsed (in a worker, or in the main thread
 * when jobs is 1) and its result is handed to `emit` in input order. At most
 * 2 × jobs inputs are in progress (jobs parsing, the others read and queued
 * so that no worker waits for the disk), and an input is only started while
 * it is fewer than 4 × jobs ahead of the next one to emit, so the results
 * held back waiting for a slow earlier one stay bounded (bounded memory).
 */
import { Worker } from 'node:worker_threads'
import type { Mode, Rendered } from './render'
import { parseAndRender } from './render'
import { WORKER_FLAG, type Reply, type Task } from './worker'

/** The bytes read, decoded: text, or why not. */
export type Loaded = { text: string; bytes: number } | { error: string; bytes: number }

export type Outcome = Rendered & { index: number; bytes: number }

export interface RunOptions {
  jobs: number
  mode: Mode
  /** Script run by worker threads: the CLI bundle itself. */
  workerUrl: URL
}

export async function runOrdered(
  files: string[],
  load: (index: number) => Promise<Loaded>,
  emit: (outcome: Outcome) => void | Promise<void>,
  options: RunOptions,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, files.length))
  const pool = jobs > 1 ? new Pool(jobs, options.workerUrl) : undefined
  const window = 4 * jobs
  const maxInFlight = pool ? 2 * jobs : 1
  const done = new Map<number, Outcome>()
  let nextToStart = 0
  let nextToEmit = 0
  let inFlight = 0

  const handle = async (index: number): Promise<Outcome> => {
    const loaded = await load(index)
    if ('error' in loaded) return { index, bytes: loaded.bytes, error: loaded.error }
    const file = files[index]!
    const rendered = pool
      ? await pool.run(file, loaded.text, options.mode)
      : parseAndRender(file, loaded.text, options.mode)
    return { index, bytes: loaded.bytes, ...rendered }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      let flushing = false
      const flush = async () => {
        if (flushing) return
        flushing = true
        try {
          while (done.has(nextToEmit)) {
            const outcome = done.get(nextToEmit)!
            done.delete(nextToEmit)
            nextToEmit++
            await emit(outcome)
          }
        } finally {
          flushing = false
        }
        pump()
      }
      const pump = () => {
        if (nextToEmit === files.length) return resolve()
        while (inFlight < maxInFlight && nextToStart < files.length && nextToStart < nextToEmit + window) {
          const index = nextToStart++
          inFlight++
          handle(index).then(
            (outcome) => {
              inFlight--
              done.set(index, outcome)
              flush().catch(reject)
            },
            (error: unknown) => reject(error),
          )
        }
      }
      pump()
    })
  } finally {
    await pool?.close()
  }
}

/** A fixed set of worker threads, started lazily, each parsing one input at a time. */
class Pool {
  private idle: Worker[] = []
  private waiting: Array<(worker: Worker) => void> = []
  private started = 0
  private all = new Set<Worker>()
  private nextId = 0

  constructor(
    private size: number,
    private url: URL,
  ) {}

  async run(file: string, text: string, mode: Mode): Promise<Rendered> {
    const worker = await this.acquire()
    const id = this.nextId++
    return new Promise<Rendered>((resolve) => {
      const cleanup = () => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return
        cleanup()
        this.release(worker)
        const { id: _, ...rendered } = reply
        resolve(rendered)
      }
      // A crashed worker fails its input only; a fresh worker replaces it.
      const onError = (error: Error) => {
        cleanup()
        this.replace(worker)
        resolve({ error: `could not be parsed: worker failed: ${error.message.split('\n')[0]}` })
      }
      const onExit = (code: number) => onError(new Error(`exited with code ${code}`))
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      const task: Task = { id, file, text, mode }
      worker.postMessage(task)
    })
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()))
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop()
    if (worker) return Promise.resolve(worker)
    if (this.started < this.size) {
      this.started++
      return Promise.resolve(this.spawn())
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(worker: Worker): void {
    const waiter = this.waiting.shift()
    if (waiter) waiter(worker)
    else this.idle.push(worker)
  }

  private replace(worker: Worker): void {
    this.all.delete(worker)
    void worker.terminate()
    this.release(this.spawn())
  }

  private spawn(): Worker {
    const worker = new Worker(this.url, { workerData: { [WORKER_FLAG]: true } })
    this.all.add(worker)
    return worker
  }
}
