// A one-line progress display on stderr (only on a terminal): count, rate and, when the total is known, ETA.
import type { CommandIO } from './command.js';

/** Progress reporting for a long run; silent unless stderr is a terminal. */
export class Progress {
  private count = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(
    private readonly io: CommandIO,
    private readonly label: string,
    private readonly total: number | null = null,
  ) {
    this.enabled = Boolean(io.stderr.isTTY);
  }

  /** Counts one finished item (failed or not) and redraws at most ten times a second. */
  tick(ok: boolean): void {
    this.count++;
    if (!ok) this.failed++;
    const now = Date.now();
    if (this.enabled && this.count >= 20 && now - this.lastDraw > 100) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  private draw(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.count / seconds;
    let line = `${this.label}: ${this.count}`;
    if (this.total) {
      const share = Math.min(this.count / this.total, 1);
      const width = 24;
      const done = Math.round(share * width);
      const eta = rate > 0 ? Math.max(this.total - this.count, 0) / rate : 0;
      line = `${this.label} [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${this.count}/${this.total} ETA ${eta.toFixed(0)}s`;
    }
    line += `, ${rate.toFixed(1)}/s${this.failed ? `, ${this.failed} failed` : ''}`;
    const columns = this.io.stderr.columns ?? 100;
    this.io.stderr.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length + 2))}`);
  }

  /** Clears the progress line before the summary is printed. */
  done(): void {
    if (this.enabled && this.lastDraw) this.io.stderr.write(`\r${' '.repeat(Math.min(this.io.stderr.columns ?? 100, 120) - 1)}\r`);
  }
}
