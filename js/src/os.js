// The OS, mediated: the standard library's reads of the outside world (clock, environment, random
// seed) are host calls with reserved names (docs/modules.md); this layer answers them from the run
// options. Nothing is read from the real machine unless the options say so: the environment is
// empty by default, the seed comes from the host's random source unless options.seed fixes it, and
// the clock is the host's unless options.clock fixes it.

/** The reserved names this layer answers. */
export const RESERVED_OS = new Set(['time.time', 'time.monotonic', 'time.sleep', 'random.seed', 'os.getenv', 'os.environ']);

function randomSeed() {
  const c = globalThis.crypto;
  if (c && typeof c.getRandomValues === 'function') {
    const a = new Uint32Array(2);
    c.getRandomValues(a);
    return a[0] * 2 ** 21 + (a[1] >>> 11); // 53 random bits, a safe integer
  }
  return Math.floor(Math.random() * Number.MAX_SAFE_INTEGER);
}

const perfNow = typeof performance !== 'undefined' && typeof performance.now === 'function'
  ? () => performance.now()
  : () => Date.now();

/**
 * Clock forms accepted in options.clock:
 *  - undefined or 'host': time.time is Date.now(), monotonic is performance.now(), sleep waits;
 *  - a number (epoch milliseconds) or a Date: a fixed, virtual clock; time.sleep(s) returns at
 *    once and advances both time.time and time.monotonic by s (replayable runs);
 *  - { time(): secs, monotonic(): secs, sleep(secs): void|Promise }: your own.
 */
function makeClock(spec) {
  if (spec === undefined || spec === null || spec === 'host') {
    return {
      real: true,
      time: () => Date.now() / 1000,
      monotonic: () => perfNow() / 1000,
      sleep: (secs, signal) => new Promise((resolve, reject) => {
        const t = setTimeout(resolve, secs * 1000);
        if (signal != null) {
          signal.addEventListener('abort', () => { clearTimeout(t); reject(new Error('aborted')); }, { once: true });
        }
      }),
    };
  }
  if (typeof spec === 'number' || spec instanceof Date) {
    const start = typeof spec === 'number' ? spec : spec.getTime();
    if (!Number.isFinite(start)) throw new TypeError('opts.clock must be a finite epoch time in milliseconds');
    let elapsed = 0; // seconds slept
    return {
      time: () => start / 1000 + elapsed,
      monotonic: () => elapsed,
      sleep: (secs) => { elapsed += secs; },
    };
  }
  if (typeof spec === 'object' && typeof spec.time === 'function') {
    return {
      time: () => spec.time(),
      monotonic: typeof spec.monotonic === 'function' ? () => spec.monotonic() : () => perfNow() / 1000,
      sleep: typeof spec.sleep === 'function' ? (secs) => spec.sleep(secs) : () => {},
    };
  }
  throw new TypeError("opts.clock must be 'host', an epoch time in ms, a Date, or { time, monotonic, sleep }");
}

function envMap(env) {
  const m = new Map();
  if (env === undefined || env === null) return m;
  if (typeof env !== 'object') throw new TypeError('opts.env must be an object of strings');
  const entries = env instanceof Map ? [...env] : Object.entries(env);
  for (const [k, v] of entries) {
    if (typeof k !== 'string' || typeof v !== 'string') throw new TypeError('opts.env names and values must be strings');
    m.set(k, v);
  }
  return m;
}

function hostError(type, message) {
  const e = new Error(message);
  e.pythonType = type;
  return e;
}

export class OsLayer {
  constructor(opts) {
    this.env = envMap(opts.env);
    this.clock = makeClock(opts.clock);
    if (opts.seed !== undefined && opts.seed !== null) {
      const ok = (typeof opts.seed === 'number' && Number.isSafeInteger(opts.seed)) || typeof opts.seed === 'bigint';
      if (!ok) throw new TypeError('opts.seed must be an integer');
      this.seed = opts.seed;
    } else {
      this.seed = null;
    }
    // Real sleeping (host clock) is bounded like running: at most the time limit per run in total.
    const t = opts.limits && opts.limits.timeMs;
    this.sleepBudget = (typeof t === 'number' && t > 0 ? t : 10000) / 1000;
    this.slept = 0;
  }

  /** Answers one reserved call; returns the value or throws (an error answer). */
  async call(name, args, signal) {
    switch (name) {
      case 'time.time': return Number(await this.clock.time());
      case 'time.monotonic': return Number(await this.clock.monotonic());
      case 'time.sleep': {
        const secs = Number(args[0]);
        if (!(secs >= 0) || !Number.isFinite(secs)) throw hostError('ValueError', 'sleep length must be non-negative');
        if (this.clock.real) {
          if (this.slept + secs > this.sleepBudget) {
            throw hostError('RuntimeError', `time.sleep: the run would sleep longer than its time limit (${this.sleepBudget} s in total)`);
          }
          this.slept += secs;
        }
        await this.clock.sleep(secs, signal);
        return null;
      }
      case 'random.seed': return this.seed ?? randomSeed();
      case 'os.getenv': {
        if (typeof args[0] !== 'string') throw hostError('TypeError', 'str expected');
        return this.env.has(args[0]) ? this.env.get(args[0]) : null;
      }
      case 'os.environ': return new Map(this.env);
      default: throw hostError('RuntimeError', `unknown reserved host call '${name}'`);
    }
  }
}
