// Progress accounting: byte deltas (negative when a retried request takes back what it had sent),
// a running total, and the total size once known.

export interface ProgressEvent {
  /** Bytes moved since the last event; negative when a retry takes bytes back (s3transfer semantics). */
  bytes_transferred: number;
  /** Size of the whole transfer; undefined while unknown (a stream of unknown length). */
  total_bytes: number | undefined;
  /** Bytes moved so far, net of retries. */
  transferred: number;
}

export class Progress {
  #transferred = 0;
  #total: number | undefined;
  readonly #emit: (event: ProgressEvent) => void;

  constructor(emit: (event: ProgressEvent) => void) {
    this.#emit = emit;
  }

  get transferred(): number {
    return this.#transferred;
  }

  get total(): number | undefined {
    return this.#total;
  }

  set total(size: number | undefined) {
    this.#total = size;
  }

  /** Records `delta` bytes and reports them (nothing for 0). */
  add(delta: number): void {
    if (delta === 0) return;
    this.#transferred += delta;
    this.#emit({ bytes_transferred: delta, total_bytes: this.#total, transferred: this.#transferred });
  }
}
