// A bound on what tasks hold at once, each a known amount: bytes (whole bodies in memory) or
// files (transfers in progress). A task larger than the whole budget still runs, alone, rather than never.

export class Budget {
  readonly limit: number;
  #held = 0;
  #waiting: { amount: number; start: () => void }[] = [];

  constructor(limit: number) {
    this.limit = limit;
  }

  get held(): number {
    return this.#held;
  }

  /** Runs `task` once `amount` fits beside what is held (first come, first served), then gives it back. */
  async run<T>(amount: number, task: () => Promise<T>): Promise<T> {
    if (this.#fits(amount) && this.#waiting.length === 0) this.#held += amount;
    else await new Promise<void>((start) => this.#waiting.push({ amount, start })); // counted by #wake
    try {
      return await task();
    } finally {
      this.#held -= amount;
      this.#wake();
    }
  }

  #fits(amount: number): boolean {
    return this.#held === 0 || this.#held + amount <= this.limit;
  }

  #wake(): void {
    while (this.#waiting.length > 0 && this.#fits(this.#waiting[0]!.amount)) {
      const next = this.#waiting.shift()!;
      // counted now, so that the next one in line sees it held
      this.#held += next.amount;
      next.start();
    }
  }
}
