// Types of the moat-python API (js/src/index.js).

/** A Python tuple crossing the boundary (an Array subclass). */
export class Tuple<T = unknown> extends Array<T> {}

/** A Python frozenset (a Set subclass). */
export class FrozenSet<T = unknown> extends Set<T> {}

/** A Python float whose value is integral, when a JS caller must keep 1.0 distinct from 1. */
export class PyFloat {
  constructor(value: number);
  readonly value: number;
}

/**
 * A value that crosses the boundary (DESIGN.md section 2): None ↔ null, bool ↔ boolean,
 * int ↔ number (safe integers) or bigint, float ↔ number, str ↔ string, bytes ↔ Uint8Array,
 * list ↔ Array, tuple ↔ Tuple, dict ↔ Map (plain objects are accepted from the host and become
 * dicts with str keys), set ↔ Set, frozenset ↔ FrozenSet.
 */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | PyFloat
  | PyValue[]
  | Tuple<PyValue>
  | Map<PyValue, PyValue>
  | Set<PyValue>
  | FrozenSet<PyValue>
  | { [key: string]: PyValue };

/**
 * Keyword arguments of a Python call to a host function: passed as one extra final argument,
 * only when the Python call used keyword arguments (`kw instanceof Kwargs`).
 */
export class Kwargs {
  static from(entries: Iterable<[string, unknown]>): Kwargs;
  [name: string]: any;
}

/**
 * A host function. Receives Python's positional arguments, plus a final Kwargs when keyword
 * arguments were passed. May return a value or a Promise. Throwing an Error with a `pythonType`
 * property (a builtin exception name such as "ValueError") raises that exception in Python;
 * any other throw raises RuntimeError with the error's message.
 */
export type HostFunction = (...args: any[]) => unknown | Promise<unknown>;

export interface Limits {
  /** VM instructions (default 100,000,000). */
  instructions?: number | bigint;
  /** Wall time in ms while the VM runs; time awaiting host functions is excluded (default 10,000). */
  timeMs?: number | bigint;
  /** Heap bytes (default 256 MiB). */
  memoryBytes?: number | bigint;
  /** Python recursion depth; exceeding it raises RecursionError (default 1000). */
  recursionDepth?: number | bigint;
  /** stdout + stderr bytes (default 8 MiB). */
  outputBytes?: number | bigint;
  /** Number of host function calls (default 10,000). */
  hostCalls?: number | bigint;
}

export interface CallRecord {
  name: string;
  args: unknown[];
  kwargs: Kwargs | null;
  /** The JS value returned (present on success). */
  value?: unknown;
  /** The error sent to Python (present on failure). */
  error?: { type: string; message: string };
}

export interface RunOptions {
  /** Global variables the program starts with. */
  inputs?: Record<string, unknown> | Map<string, unknown>;
  /** Host functions the program may call by name. */
  functions?: Record<string, HostFunction> | Map<string, HostFunction>;
  /** Host modules: { tools: { fetch: fn } } makes `import tools` work; calls are named "tools.fetch". */
  modules?: Record<string, Record<string, HostFunction> | string[]>;
  limits?: Limits;
  /** File name shown in tracebacks (default "<string>"). */
  filename?: string;
  /** false: discard the last expression's value, like `python3 FILE.py` (value is null). Default true. */
  result?: boolean;
  /** Called with each decoded chunk of stdout as it is written. */
  onStdout?: (text: string) => void;
  /** Called with each decoded chunk of stderr as it is written. */
  onStderr?: (text: string) => void;
  /** Called after each host call with its outcome. */
  onCall?: (call: CallRecord) => void;
  /** Checked before the run; aborting while host calls are pending abandons the run at once. */
  signal?: AbortSignal;
  /** Decides every host call (user functions, OS and file calls) before it is performed. */
  policy?: (call: PendingCall) => Decision | Promise<Decision>;
  /** Receives every mediated event as it happens (the same records as result.events). */
  onEvent?: (event: MoatEvent) => void;
  /** The environment os.getenv/os.environ see (default: empty). */
  env?: Record<string, string> | Map<string, string>;
  /** 'host' (default), a fixed epoch time in ms / a Date (virtual clock), or your own clock. */
  clock?: 'host' | number | Date | { time(): number; monotonic?(): number; sleep?(secs: number): void | Promise<void> };
  /** The seed `random` uses when the program does not seed it (default: a random 53-bit int, logged). */
  seed?: number | bigint;
  /** The sandbox's files: { '/mountpoint': tree | file | mount(hostDir, opts) } or a SandboxFs. */
  fs?: FsSpec | SandboxFs;
}

export interface PendingCall {
  id: number | bigint;
  name: string;
  args: unknown[];
  kwargs: Kwargs | null;
}

export type Answer = { value: unknown } | { error: { type: string; message: string } };

export type Decision = 'allow' | 'deny' | Answer;

export type MoatEvent = { seq: number; time: number } & (
  | { type: 'call'; id: number | bigint; name: string; args: unknown[]; kwargs: Kwargs | null }
  | { type: 'decision'; id: number | bigint; name: string; decision: 'allow' | 'deny' | 'mock' }
  | { type: 'result'; id: number | bigint; name: string; value: unknown; durationMs: number }
  | { type: 'error'; id: number | bigint; name: string; error: { type: string; message: string }; durationMs: number }
  | { type: 'print'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'limit'; kind: string; message: string }
  | { type: 'exception'; pythonType: string; message: string }
  | { type: 'done' }
);

export interface DoneStep {
  kind: 'done';
  value: unknown;
  stdout: string;
  stderr: string;
  events: MoatEvent[];
}

export interface CallsStep {
  kind: 'calls';
  /** The calls left to you (the policy's mocks/denials and OS/file calls are answered already). */
  calls: PendingCall[];
  events: MoatEvent[];
  readonly stdout: string;
  readonly stderr: string;
  /** Answers every pending call by id and continues; a step can be resumed once. */
  resume(answers: Record<string, Answer> | Map<number | bigint | string, Answer>): Promise<Step>;
  /** Continues like run(): answers this and later steps with these functions; resolves when done. */
  run(functions: Record<string, HostFunction> | Map<string, HostFunction>, modules?: Record<string, Record<string, HostFunction>>): Promise<DoneStep>;
  /** The paused run as bytes; Moat#load restores it (in any process with the same module). */
  dump(): Uint8Array;
}

export type Step = DoneStep | CallsStep;

export interface FsTree { [name: string]: string | Uint8Array | FsTree }
export type FsSpec = Record<string, string | Uint8Array | FsTree | Mount>;

export interface MountOptions {
  mode?: 'read-only' | 'read-write' | 'overlay';
  /** Bytes the run may write through this mount (default 64 MiB). */
  writeLimitBytes?: number;
}

/** A host directory exposed to the sandbox (Node only). */
export class Mount {
  readonly root: string;
  readonly mode: 'read-only' | 'read-write' | 'overlay';
  readonly writeLimitBytes: number;
}
export function mount(hostDir: string, opts?: MountOptions): Mount;

/** The sandbox's file system; pass one as options.fs to read back what a run wrote. */
export class SandboxFs {
  constructor(spec?: FsSpec, opts?: { writeLimitBytes?: number });
  read(path: string): Uint8Array;
  readText(path: string): string;
  write(path: string, data: string | Uint8Array, mode?: 'w' | 'a' | 'x'): number;
  stat(path: string): { type: 'file' | 'dir'; size: number; mtime: number } | null;
  listdir(path: string): string[];
  mkdir(path: string, parents?: boolean, existOk?: boolean): null;
  unlink(path: string): null;
  rmdir(path: string): null;
  rename(src: string, dst: string): null;
}
export function normalizePath(path: string): string[];

export interface StartOptions extends Omit<RunOptions, 'functions'> {
  /** Names of host functions (start() hands their calls to you), or name -> function. */
  functions?: string[] | Record<string, HostFunction | true> | Map<string, HostFunction | true>;
}

export interface Session {
  /** Runs more code with the same globals; resolves with this feed's value and output. */
  feed(code: string | Uint8Array): Promise<RunResult>;
}

export interface RunResult {
  /** Value of the last expression statement, else null. */
  value: unknown;
  stdout: string;
  stderr: string;
  /** Every mediated event of the run, in order. */
  events: MoatEvent[];
}

export interface LoadOptions {
  /** The module: compiled, bytes, a Response, a URL or a path/URL string. Default: ../dist/moat.wasm. */
  wasm?: WebAssembly.Module | BufferSource | Response | Promise<Response> | URL | string;
}

export class Moat {
  private constructor();
  /** Compiles and checks the module (imports exactly moat.write/moat.now, ABI version 1). */
  static load(opts?: LoadOptions): Promise<Moat>;
  /** The compiled module. */
  readonly module: WebAssembly.Module;
  /** Runs code in a fresh instance; rejects with PythonError, LimitError or MoatError. */
  run(code: string | Uint8Array, opts?: RunOptions): Promise<RunResult>;
  /** Starts code step by step. */
  start(code: string | Uint8Array, opts?: StartOptions): Promise<Step>;
  /** Restores a snapshot (step.dump()); each call is an independent run. */
  load(snapshot: Uint8Array, opts?: Omit<StartOptions, 'inputs' | 'limits'>): Promise<Step>;
  /** A REPL-like session keeping globals across feed() calls. */
  session(opts?: RunOptions): Session;
}

/** Runs code with a default Moat loaded on first use. */
export function run(code: string | Uint8Array, opts?: RunOptions): Promise<RunResult>;

/** Base class of every error Moat throws. */
export class MoatError extends Error {
  /** Output written before the failure. */
  stdout: string;
  stderr: string;
  /** The run's events up to the failure (when the run had started). */
  events?: MoatEvent[];
}

export interface PythonFrame {
  filename: string;
  line: number;
  name: string;
}

/** An uncaught Python exception (SyntaxError included). `message` is str() of the exception. */
export class PythonError extends MoatError {
  /** Exception class name, e.g. "ZeroDivisionError". */
  type: string;
  /** The traceback exactly as CPython prints it, ending with "Type: message". */
  traceback: string;
  /** Frames, outermost first. */
  frames: PythonFrame[];
  /** Only for an uncaught SystemExit: CPython's exit status for it. */
  exitCode?: number;
}

/** A host-protecting limit stopped the run. */
export class LimitError extends MoatError {
  kind: 'instructions' | 'time' | 'memory' | 'output' | 'host_calls' | 'source';
}

export const Status: Readonly<{ DONE: 0; CALL: 1; ERROR: 2; LIMIT: 3; FATAL: 4 }>;
export const ABI_VERSION: 1;
export default Moat;
