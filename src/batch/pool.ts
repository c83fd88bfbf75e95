/**
 * Process inputs in order with up to `jobs` parses at a time.
 *
 * Input i is read, decoded and parsed (in a worker, or in the main thread
 * when jobs is 1 and for standard input) and its result is handed to `emit`
 * in input order. With workers, at most two batches of BATCH inputs per
 * worker are in progress (one parsing, the next waiting, so no worker waits
 * for a message), and an input is only started while it is fewer than four
 * batches per worker ahead of the next one to emit, so the results held back
 * waiting for a slow earlier one stay bounded (bounded memory).
 */
import { getHeapStatistics } from 'node:v8'
import { Worker } from 'node:worker_threads'
import { firstLine, readInput, readStdin, type Loaded } from './read'
import { renderLoaded, type Mode, type Rendered } from './render'
import { WORKER_FLAG, type Reply, type Task } from './worker'

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

  const handle = async (index: number): Promise<Outcome> => {
    const { file, error } = inputs[index]!
    if (error !== undefined) return { index, bytes: 0, error }
    if (pool && file !== '-') return { index, ...(await pool.run({ file, encoding, mode })) }
    const loaded = file === '-' ? await readStdin(encoding) : readInput(file, encoding)
    if ('text' in loaded && loaded.text.length > LARGE_TEXT) return { index, ...(await parseApart(file, loaded, options)) }
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
 * Texts longer than this (in UTF-16 units) are parsed in a worker of their
 * own when the main thread would parse them (--jobs 1, standard input): one
 * that exhausts the heap then fails alone, reported, instead of aborting
 * the run. Half the heap's worth at the worst rate: ~8 M characters (about
 * 25 MB of Chinese text) with Node's default 4 GB heap, so pages never pay
 * for a worker.
 */
const LARGE_TEXT = Math.floor(getHeapStatistics().heap_size_limit / 2 / WORST_HEAP_PER_CHAR)

/** Parse a text already read in a worker of its own, which is then let go. */
async function parseApart(file: string, loaded: Loaded, options: RunOptions): Promise<Rendered & { bytes: number }> {
  const pool = new Pool(1, options.workerUrl)
  try {
    return await pool.run({ file, encoding: options.encoding, mode: options.mode, loaded })
  } finally {
    await pool.close()
  }
}

/** Why a worker died, in one line; running out of heap says what to do about it. */
function crashReason(error: Error): string {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return `worker failed: ${firstLine(error)}`
  const limit = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)
  return `out of memory (the heap holds ${limit} MB); split the file, or give node more: NODE_OPTIONS=--max-old-space-size=${2 * limit}`
}

/**
 * Files per message to a worker. One message per file cost each worker a
 * fifth of its time in postMessage and in waiting for the main thread.
 */
const BATCH = 16

/** A task waiting for a worker; `alone` after a crash, to find the input that caused it. */
interface Queued {
  task: Task
  resolve: (outcome: Rendered & { bytes: number }) => void
  alone?: boolean
}

/** A worker and the batches it was sent, oldest first: a worker answers them in order. */
interface Lane {
  worker: Worker
  batches: Queued[][]
}

/**
 * A fixed set of worker threads, started lazily. Tasks go to them in
 * batches, and each worker is sent its next batch before it answers the
 * last, so it never waits for the main thread (which shares the cores).
 */
class Pool {
  private lanes: Lane[] = []
  private queue: Queued[] = []
  private nextId = 0
  private scheduled = false
  private closing = false

  constructor(
    private size: number,
    private url: URL,
  ) {}

  /** Read, decode and parse a file on a worker. */
  run(work: Omit<Task, 'id'>): Promise<Rendered & { bytes: number }> {
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, ...work }, resolve })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()))
  }

  /** Send what is queued, once the caller has queued all it will this turn. */
  private dispatch(): void {
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      while (this.queue.length > 0) {
        const lane = this.freeLane()
        if (!lane) return
        const batch = this.queue[0]!.alone ? this.queue.splice(0, 1) : this.queue.splice(0, BATCH)
        lane.batches.push(batch)
        lane.worker.postMessage(batch.map((queued) => queued.task))
      }
    })
  }

  /** The least busy worker with room for a batch (two), started if need be. */
  private freeLane(): Lane | undefined {
    let best: Lane | undefined
    for (const lane of this.lanes) if (!best || lane.batches.length < best.batches.length) best = lane
    if (best && best.batches.length === 0) return best
    if (this.lanes.length < this.size) return this.spawn()
    return best && best.batches.length < 2 ? best : undefined
  }

  private spawn(): Lane {
    const worker = new Worker(this.url, { workerData: { [WORKER_FLAG]: true } })
    const lane: Lane = { worker, batches: [] }
    this.lanes.push(lane)
    worker.on('message', (replies: Reply[]) => {
      const batch = lane.batches.shift() ?? []
      replies.forEach(({ id: _, ...outcome }, k) => batch[k]?.resolve(outcome))
      this.dispatch()
    })
    // A crashed worker was parsing its oldest batch. A batch of one fails;
    // a larger one goes back to the queue file by file, so that the next
    // crash names the input. Later batches are queued again as they were,
    // and a fresh worker replaces this one.
    let failed = false
    const fail = (error: Error) => {
      if (failed || this.closing) return
      failed = true
      this.lanes.splice(this.lanes.indexOf(lane), 1)
      void worker.terminate()
      const [crashed = [], ...rest] = lane.batches
      if (crashed.length === 1) {
        crashed[0]!.resolve({ bytes: 0, error: `could not be parsed: ${crashReason(error)}` })
      }
      const retried = crashed.length === 1 ? [] : crashed.map((queued) => ({ ...queued, alone: true }))
      this.queue.unshift(...retried, ...rest.flat())
      this.dispatch()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`exited with code ${code}`)))
    return lane
  }
}
