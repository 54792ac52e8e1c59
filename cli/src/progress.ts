// One live line per set of transfers on a terminal (cli-progress draws and throttles it): bytes
// done of the total, files left, the rate and the ETA, as aws s3 shows them. Not used off a TTY.
import { createRequire } from 'node:module';
import type cliProgress from 'cli-progress';
import { humanSize } from './format.js';

export class Progress {
  readonly #bars: cliProgress.MultiBar;
  readonly #bar: cliProgress.SingleBar;
  readonly #started = Date.now();
  #bytes = 0;
  #totalBytes = 0;
  #filesLeft = 0;

  constructor() {
    // loaded only for a terminal: piped and scripted runs never draw
    const { MultiBar } = createRequire(import.meta.url)('cli-progress') as typeof cliProgress;
    this.#bars = new MultiBar({
      stream: process.stdout,
      hideCursor: true,
      clearOnComplete: false,
      fps: 8,
      format: () => this.#line(),
    });
    this.#bar = this.#bars.create(1, 0);
  }

  /** More transfers to come (a sync adds them as its listing goes). */
  expect(bytes: number, files: number): void {
    this.#totalBytes += bytes;
    this.#filesLeft += files;
    this.#bar.setTotal(Math.max(1, this.#totalBytes));
  }

  /** Bytes moved (negative when a retry takes some back). */
  add(bytes: number): void {
    this.#bytes += bytes;
    this.#bar.update(Math.max(0, this.#bytes));
  }

  fileDone(): void {
    this.#filesLeft--;
    this.#bar.update(Math.max(0, this.#bytes));
  }

  /** A line above the progress line. */
  log(line: string): void {
    this.#bars.log(line + '\n');
    // draw now: cli-progress prints logged lines with its next frame, and stop() draws none
    this.#bars.update();
  }

  stop(): void {
    this.#bar.update(Math.max(0, this.#bytes));
    this.#bars.stop();
  }

  #line(): string {
    const seconds = Math.max(0.001, (Date.now() - this.#started) / 1000);
    const rate = this.#bytes / seconds;
    const pct = this.#totalBytes === 0 ? 100 : Math.min(100, Math.floor((this.#bytes / this.#totalBytes) * 100));
    const left = Math.max(0, this.#totalBytes - this.#bytes);
    const eta = rate > 0 ? formatEta(left / rate) : '--:--';
    return `Completed ${humanSize(Math.max(0, this.#bytes))}/${humanSize(this.#totalBytes)} ${pct}% (${humanSize(rate)}/s) ` +
      `with ${this.#filesLeft} file(s) remaining, ETA ${eta}`;
  }
}

function formatEta(seconds: number): string {
  const s = Math.ceil(seconds);
  const mm = Math.floor(s / 60);
  return `${String(mm).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
