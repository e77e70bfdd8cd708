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
}

export interface RunResult {
  /** Value of the last expression statement, else null. */
  value: unknown;
  stdout: string;
  stderr: string;
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
}

/** Runs code with a default Moat loaded on first use. */
export function run(code: string | Uint8Array, opts?: RunOptions): Promise<RunResult>;

/** Base class of every error Moat throws. */
export class MoatError extends Error {
  /** Output written before the failure. */
  stdout: string;
  stderr: string;
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
