/**
 * Process inputs in order with up to `jobs` parses at a time.
 *
 * Input i is read, decoded and parsed (in a worker, or in the main thread
 * when jobs is 1 and for standard input) and its result is handed to `emit`
 * in input order. With workers (piscina's), at most two batches of BATCH
 * inputs per worker are in progress (one parsing, the next queued in
 * piscina, posted as soon as the worker answers), and an input is only
 * started while it is fewer than four batches per worker ahead of the next
 * one to emit, so the results held back waiting for a slow earlier one stay
 * bounded (bounded memory).
 */
import { statSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'
import type { Piscina } from 'piscina'
import { outOfMemory, parseInChild } from './child'
import { firstLine, readInput, readStdin } from './read'
import { renderLoaded, type Mode, type Rendered } from './render'
import { WORKER_EXPORT, WORKER_FLAG, type Reply, type Task } from './worker'

/** One input: a file, or `-` for standard input; with an error when it is known not to be readable. */
export interface Input {
  file: string
  error?: string
}

export type Outcome = Rendered & { index: number; bytes: number }

export interface RunOptions {
  jobs: number
  mode: Mode
  /** The encoding to read every input in, instead of detecting it. */
  encoding: string | undefined
  /** Script run by worker threads: the CLI bundle itself. */
  workerUrl: URL
}

export async function runOrdered(
  inputs: Input[],
  emit: (outcome: Outcome) => void | Promise<void>,
  options: RunOptions,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, inputs.length))
  const pool = jobs > 1 ? new Pool(jobs, options.workerUrl) : undefined
  const window = pool ? 4 * BATCH * jobs : 1
  const maxInFlight = pool ? 2 * BATCH * jobs : 1
  const done = new Map<number, Outcome>()
  let nextToStart = 0
  let nextToEmit = 0
  let inFlight = 0
  const { mode, encoding } = options

  // Large texts are parsed apart one at a time: each child may use a heap as large as this process's.
  let apart: Promise<unknown> = Promise.resolve()
  const parseApart = (task: Task): Promise<Reply> => {
    const reply = apart.then(() => parseInChild(task, options.workerUrl))
    apart = reply
    return reply
  }

  const handle = async (index: number): Promise<Outcome> => {
    const { file, error } = inputs[index]!
    if (error !== undefined) return { index, bytes: 0, error }
    if (file !== '-' && sizeOf(file) > LARGE_TEXT) return { index, ...(await parseApart({ file, encoding, mode })) }
    if (pool && file !== '-') return { index, ...(await pool.run({ file, encoding, mode })) }
    const loaded = file === '-' ? await readStdin(encoding) : readInput(file, encoding)
    if ('text' in loaded && loaded.text.length > LARGE_TEXT) return { index, ...(await parseApart({ file, encoding, mode, loaded })) }
    return { index, ...renderLoaded(file, loaded, mode) }
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
        if (nextToEmit === inputs.length) return resolve()
        while (inFlight < maxInFlight && nextToStart < inputs.length && nextToStart < nextToEmit + window) {
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

/**
 * Heap a parse may need per character of its text, at most: measured peaks
 * (inputs of 16 MB) were 33 bytes for news prose, 55 for ASCII prose, 77
 * for blank lines, 185 for short headline-like lines and 209 for a page of
 * bylines, whose tokens, rows and credit nodes outweigh their characters.
 */
const WORST_HEAP_PER_CHAR = 250

/**
 * Texts longer than this (in UTF-16 units; for a file, its size in bytes,
 * which is never less) are parsed in a child process of their own
 * (src/batch/child.ts), one at a time: one that exhausts the heap then
 * fails alone, reported, instead of aborting the run. Half the heap's worth
 * at the worst rate: ~8 M characters (about 25 MB of Chinese text) with
 * Node's default 4 GB heap, so pages never pay for a process.
 */
const LARGE_TEXT = Math.floor(getHeapStatistics().heap_size_limit / 2 / WORST_HEAP_PER_CHAR)

/** A file's size in bytes, or 0 when it cannot be read (reading it then says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/** Each worker's old-generation heap, in MB: the process's own heap limit. */
const WORKER_HEAP_MB = Math.max(16, Math.round(getHeapStatistics().heap_size_limit / 2 ** 20))

/** Why a worker died, in one line; running out of heap says what to do about it. */
function crashReason(error: unknown): string {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') return `worker failed: ${firstLine(error)}`
  return outOfMemory()
}

/**
 * Files per task sent to a worker. One message per file cost each worker a
 * fifth of its time in postMessage and in waiting for the main thread.
 */
const BATCH = 16

/**
 * Tasks handed to piscina per worker at a time: one parsing and one waiting
 * in piscina's queue, which posts it the moment the worker's reply arrives
 * (the batch is formed already), while files still queued here keep
 * gathering into full batches.
 */
const TASKS_PER_WORKER = 2

/** A file waiting for a worker; `alone` after its batch failed, to find the file that made it fail. */
interface Queued {
  task: Task
  resolve: (reply: Reply) => void
  reject: (error: Error) => void
  alone?: boolean
}

/**
 * Up to `size` piscina worker threads, started lazily, each running one
 * task (a batch of files) at a time. Piscina rejects exactly the task whose
 * worker died, and with one task per worker no other task's reply can be in
 * flight from that worker when its death is reported: a failed batch is
 * retried file by file, and a file that fails alone is the one that failed.
 */
class Pool {
  private piscina: Promise<Piscina> | undefined
  private queue: Queued[] = []
  /** Files handed out and not yet answered, to fail them all if the pool breaks. */
  private waiting = new Set<Queued>()
  private sent = 0
  private scheduled = false
  private stopped = false

  constructor(
    private size: number,
    private url: URL,
  ) {}

  /** Read, decode and parse a file on a worker. */
  run(task: Task): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const queued: Queued = {
        task,
        resolve: (reply) => {
          this.waiting.delete(queued)
          resolve(reply)
        },
        reject: (error) => {
          this.waiting.delete(queued)
          reject(error)
        },
      }
      this.waiting.add(queued)
      this.queue.push(queued)
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.stopped = true
    const piscina = await this.piscina?.catch(() => undefined)
    await piscina?.destroy()
  }

  /** Send what is queued, once the caller has queued all it will this turn. */
  private dispatch(): void {
    if (this.scheduled || this.stopped) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      while (this.queue.length > 0 && this.sent < TASKS_PER_WORKER * this.size) {
        this.send(this.queue[0]!.alone ? this.queue.splice(0, 1) : this.queue.splice(0, BATCH))
      }
    })
  }

  private send(batch: Queued[]): void {
    this.sent++
    this.start()
      .then((piscina) => piscina.run(batch.map((queued) => queued.task)) as Promise<Reply[]>)
      .then(
        (replies) => replies.forEach((reply, k) => batch[k]?.resolve(reply)),
        (error: unknown) => this.failed(batch, error),
      )
      .finally(() => {
        this.sent--
        this.dispatch()
      })
  }

  /**
   * A batch failed: its worker died or threw. A batch of one is that file's
   * error; a larger one goes back to the front of the queue file by file,
   * so that the next failure names the file.
   */
  private failed(batch: Queued[], error: unknown): void {
    if (this.stopped) return
    if (batch.length === 1) return batch[0]!.resolve({ bytes: 0, error: `could not be parsed: ${crashReason(error)}` })
    this.queue.unshift(...batch.map((queued) => ({ ...queued, alone: true })))
  }

  /** Piscina, loaded on first use: importing it costs the main thread ~40 ms that runs without workers never pay. */
  private start(): Promise<Piscina> {
    this.piscina ??= import('piscina').then(({ Piscina }) => {
      const piscina = new Piscina({
        filename: this.url.href,
        name: WORKER_EXPORT,
        workerData: { [WORKER_FLAG]: true },
        minThreads: 0,
        maxThreads: this.size,
        concurrentTasksPerWorker: 1,
        // A worker costs ~0.5 s to start: keep it until close().
        idleTimeout: Infinity,
        recordTiming: false,
        // The heap the process has, as the worker's own limit: a worker that
        // exhausts it is then terminated and its task rejected (reported as
        // out of memory), where a limit inherited from the process's flags
        // could, under load, abort the whole process instead.
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      })
      piscina.on('error', (error: unknown) => this.broken(error))
      return piscina
    })
    this.piscina.catch((error: unknown) => this.broken(error))
    return this.piscina
  }

  /**
   * Piscina reports a worker that died holding no task, which in this pool
   * means one that could not start (its script failed to load): no file is
   * to blame and none would parse, so every waiting file fails the run.
   */
  private broken(error: unknown): void {
    if (this.stopped) return
    this.stopped = true
    const reason = new Error(`the parse workers could not start: ${firstLine(error)}`)
    for (const queued of [...this.waiting]) queued.reject(reason)
  }
}
