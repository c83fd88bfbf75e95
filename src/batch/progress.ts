/**
 * The batch progress line and summary, both on stderr.
 * The progress line is drawn only on a TTY, redrawn in place with a carriage
 * return and the "erase line" control (no colours are used, so NO_COLOR has
 * nothing to turn off), at most 10 times a second.
 */
import type { Stats } from './render'

export interface Totals extends Stats {
  files: number
  failures: number
  bytes: number
}

export class Progress {
  readonly totals: Totals = { files: 0, failures: 0, bytes: 0, pages: 0, articles: 0, diagnostics: 0 }
  private readonly start: number
  /** When the first input finished: the ETA leaves out the start-up before it (workers starting). */
  private firstDone: number | undefined
  private lastDraw = 0
  private drawn = false

  constructor(
    private readonly total: number,
    private readonly stream: Pick<NodeJS.WriteStream, 'write'>,
    private readonly live: boolean,
    /** Milliseconds, for tests. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now()
  }

  /** Count one finished input. */
  add(bytes: number, stats: Stats | undefined): void {
    const t = this.totals
    t.files++
    t.bytes += bytes
    if (stats) {
      t.pages += stats.pages
      t.articles += stats.articles
      t.diagnostics += stats.diagnostics
    } else t.failures++
    const now = this.now()
    this.firstDone ??= now
    if (this.live && (now - this.lastDraw >= 100 || t.files === this.total)) {
      this.lastDraw = now
      this.draw()
    }
  }

  /** Write a line to stderr without garbling the progress line. */
  log(line: string): void {
    this.clear()
    this.stream.write(line + '\n')
    if (this.live && this.totals.files > 0) this.draw()
  }

  elapsed(): number {
    return (this.now() - this.start) / 1000
  }

  /** The progress line, e.g. "37/200 files  52.1 files/s  0.81 MB/s  ETA 3s". */
  line(): string {
    const t = this.totals
    const seconds = Math.max(this.elapsed(), 1e-3)
    const rate = t.files / seconds
    return (
      `${t.files}/${this.total} files  ${rate.toFixed(1)} files/s  ` +
      `${(t.bytes / 1e6 / seconds).toFixed(2)} MB/s  ETA ${formatEta(this.eta())}`
    )
  }

  /**
   * Seconds left at the rate since the first input finished, or undefined
   * for the first second of that: the first inputs wait for the workers to
   * start, and a rate from them alone promised hours for a minute's work.
   */
  private eta(): number | undefined {
    const t = this.totals
    if (t.files >= this.total) return 0
    if (this.firstDone === undefined || t.files < 2) return undefined
    const seconds = (this.now() - this.firstDone) / 1000
    if (seconds < 1) return undefined
    return Math.ceil(((this.total - t.files) * seconds) / (t.files - 1))
  }

  /** Clear the progress line (before the summary or any other stderr line). */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K')
    this.drawn = false
  }

  summary(): string {
    const t = this.totals
    return (
      `baozhi: ${t.files} ${plural(t.files, 'file')}, ${t.pages} ${plural(t.pages, 'page')}, ` +
      `${t.articles} ${plural(t.articles, 'article')}, ${t.diagnostics} ${plural(t.diagnostics, 'diagnostic')}, ` +
      `${t.failures} ${plural(t.failures, 'failure')} in ${this.elapsed().toFixed(2)}s`
    )
  }

  private draw(): void {
    this.stream.write('\r\x1b[K' + this.line())
    this.drawn = true
  }
}

function formatEta(seconds: number | undefined): string {
  if (seconds === undefined) return '…'
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}

function plural(n: number, word: string): string {
  return n === 1 ? word : word + 's'
}
