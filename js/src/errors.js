// The errors a run can throw. Every failure the host sees is a MoatError; the two subclasses
// distinguish "the Python program raised" (PythonError) from "a host-protecting limit stopped the
// program" (LimitError). Anything else (a trap inside the module, a corrupt message, misuse of the
// API) is a plain MoatError, so `catch (e) { if (e instanceof MoatError) ... }` catches them all.

/** Base class of every error thrown by Moat. */
export class MoatError extends Error {
  constructor(message, options = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'MoatError';
    /** Program output written before the failure (empty when the run never started). */
    this.stdout = options.stdout ?? '';
    this.stderr = options.stderr ?? '';
  }
}

/** The Python program raised an exception it did not catch (SyntaxError included). */
export class PythonError extends MoatError {
  constructor(info, options = {}) {
    // `message` is str() of the exception, as in the result message; the class is in `type`.
    super(info.message, options);
    this.name = 'PythonError';
    /** Name of the Python exception class, e.g. "ZeroDivisionError". */
    this.type = info.type;
    /** The traceback exactly as CPython prints it, ending with the "Type: message" line. */
    this.traceback = info.traceback;
    /** Frames outermost first: { filename, line, name }. */
    this.frames = info.frames;
    /**
     * Only for an uncaught SystemExit: the exit status CPython would use (exit(3) -> 3,
     * exit("msg") -> 1, exit() -> 0); undefined otherwise.
     */
    this.exitCode = info.exitCode;
  }
}

/** A host-protecting limit (instructions, time, memory, output, host_calls, source) fired. */
export class LimitError extends MoatError {
  constructor(info, options = {}) {
    super(info.message, options);
    this.name = 'LimitError';
    /** Which limit: "instructions" | "time" | "memory" | "output" | "host_calls" | "source". */
    this.kind = info.kind;
  }
}
