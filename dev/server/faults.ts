/** Random 429/503 answers with Retry-After, for reliability tests. Never applied to /_dev/ or the page. */
export interface FaultOptions {
  /** probability in [0, 1] that a SharePoint or Graph request fails */
  rate: number;
  /** statuses to choose from, e.g. [429, 503] */
  statuses: number[];
  /** Retry-After seconds sent with each fault */
  retryAfter: number;
  /** seed of the pseudo-random sequence, so that a run can be replayed */
  seed: number;
}

export function faultOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<FaultOptions> {
  const out: Partial<FaultOptions> = {};
  if (env.DEV_FAULT_RATE !== undefined && env.DEV_FAULT_RATE !== '') {
    out.rate = Number(env.DEV_FAULT_RATE);
  }
  if (env.DEV_FAULT_STATUS) {
    out.statuses = env.DEV_FAULT_STATUS.split(',').map((s) => Number(s.trim())).filter((n) => n >= 400);
  }
  if (env.DEV_RETRY_AFTER !== undefined && env.DEV_RETRY_AFTER !== '') {
    out.retryAfter = Number(env.DEV_RETRY_AFTER);
  }
  if (env.DEV_FAULT_SEED) {
    out.seed = Number(env.DEV_FAULT_SEED);
  }
  return out;
}

export class FaultInjector {
  private options: FaultOptions;
  private state: number;
  public injected: number = 0;

  public constructor(options: Partial<FaultOptions> = {}) {
    this.options = { rate: 0, statuses: [429, 503], retryAfter: 1, seed: 4 };
    this.state = this.options.seed >>> 0;
    this.configure(options);
  }

  public get current(): FaultOptions {
    return { ...this.options, statuses: [...this.options.statuses] };
  }

  public configure(options: Partial<FaultOptions>): void {
    this.options = { ...this.options, ...options };
    if (options.seed !== undefined) {
      this.state = options.seed >>> 0;
    }
    if (!(this.options.rate >= 0 && this.options.rate <= 1)) {
      throw new Error(`The fault rate must be between 0 and 1 (DEV_FAULT_RATE), got ${String(this.options.rate)}.`);
    }
    if (!(this.options.retryAfter >= 0)) {
      throw new Error(`Retry-After must be a number of seconds (DEV_RETRY_AFTER), got ${String(this.options.retryAfter)}.`);
    }
    if (this.options.statuses.length === 0) {
      this.options.statuses = [429, 503];
    }
  }

  /** mulberry32: small, fast, deterministic */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Returns the status to fail this request with, or undefined to let it through. */
  public draw(): { status: number; retryAfter: number } | undefined {
    if (this.options.rate <= 0) {
      return undefined;
    }
    if (this.next() >= this.options.rate) {
      return undefined;
    }
    const statuses = this.options.statuses;
    const status = statuses[Math.floor(this.next() * statuses.length)] ?? 429;
    this.injected++;
    return { status, retryAfter: this.options.retryAfter };
  }
}
