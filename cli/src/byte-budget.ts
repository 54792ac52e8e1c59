// A bound on bytes held at once by tasks that each hold a known amount (whole bodies in memory).
// A task larger than the whole budget still runs, alone, rather than never.

export class ByteBudget {
  readonly limit: number;
  #held = 0;
  #waiting: { bytes: number; start: () => void }[] = [];

  constructor(limit: number) {
    this.limit = limit;
  }

  get held(): number {
    return this.#held;
  }

  /** Runs `task` once `bytes` fit beside what is held (first come, first served), then gives them back. */
  async run<T>(bytes: number, task: () => Promise<T>): Promise<T> {
    if (this.#fits(bytes) && this.#waiting.length === 0) this.#held += bytes;
    else await new Promise<void>((start) => this.#waiting.push({ bytes, start })); // counted by #wake
    try {
      return await task();
    } finally {
      this.#held -= bytes;
      this.#wake();
    }
  }

  #fits(bytes: number): boolean {
    return this.#held === 0 || this.#held + bytes <= this.limit;
  }

  #wake(): void {
    while (this.#waiting.length > 0 && this.#fits(this.#waiting[0]!.bytes)) {
      const next = this.#waiting.shift()!;
      // counted now, so that the next one in line sees it held
      this.#held += next.bytes;
      next.start();
    }
  }
}
