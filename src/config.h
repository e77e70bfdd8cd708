/*
 * Every limit Moat enforces, in one place, each with the reason for its value.
 * A limit marked (host) protects the host process and cannot be caught by Python code; it stops
 * the run with MOAT_LIMIT. The others raise an ordinary Python exception, as CPython would.
 * Each limit has a test (tests/c/test_limits.c, tests/security/).
 */
#ifndef MOAT_CONFIG_H
#define MOAT_CONFIG_H

/* (host) Default budget of VM instructions per run: about a second of work at typical speeds, so
 * a run without options cannot spin forever. Hosts may raise it through config "limits". */
#define MOAT_DEFAULT_INSTRUCTIONS 100000000LL

/* (host) Default wall time per run in milliseconds, counted only while the VM runs (time spent
 * waiting for the host to answer a call does not count). */
#define MOAT_DEFAULT_TIME_MS 10000

/* (host) Default memory budget per run: enough for data-wrangling scripts over tens of thousands
 * of records, small enough that a dozen concurrent runs fit in a browser tab. */
#define MOAT_DEFAULT_MEMORY_BYTES (256LL * 1024 * 1024)

/* The wasm module's hard memory ceiling (linear memory maximum). Host-chosen memory limits are
 * clamped to it; it leaves headroom over the largest sensible budget for allocator overhead. */
#define MOAT_WASM_MAX_MEMORY_BYTES (1024LL * 1024 * 1024)

/* Python recursion depth: CPython's default, so RecursionError fires where users expect it. */
#define MOAT_DEFAULT_RECURSION_DEPTH 1000

/* (host) Default output budget (stdout + stderr bytes): generous for reports, small enough that a
 * print loop cannot fill the host's memory. */
#define MOAT_DEFAULT_OUTPUT_BYTES (8LL * 1024 * 1024)

/* (host) Default number of host calls per run: an agent loop rarely needs more than hundreds;
 * this stops a runaway loop from hammering the host's tools. */
#define MOAT_DEFAULT_HOST_CALLS 10000

/* (host) Largest accepted source text in bytes. 1 MiB is far beyond hand- or LLM-written code and
 * bounds parser memory and time. */
#define MOAT_MAX_SOURCE_BYTES (1024 * 1024)

/* Deepest nesting of brackets/blocks/expressions the parser accepts before raising SyntaxError
 * ("too many nested parentheses"): CPython's own limit is 200 parentheses; we allow 200 so the
 * recursive-descent parser's C stack use stays far below the wasm stack. */
#define MOAT_MAX_PARSE_DEPTH 200

/* Deepest nesting of indented blocks: CPython's limit (100, "too many levels of indentation"). */
#define MOAT_MAX_INDENT_DEPTH 100

/* Deepest C recursion for repr/eq/hash/CBOR of nested data, json.loads/json.dumps of nested
 * documents (one level per array/object, src/modules/json.c) and nested VM loops (C calling back
 * into Python). Bounded so that the C stack cannot overflow; hitting it raises RecursionError as
 * CPython does (for json: "maximum recursion depth exceeded while decoding a JSON array from a
 * unicode string", CPython's message, where CPython's own limit is also about 1000 levels). 1000
 * is CPython's recursion limit, so data nested as deep as CPython handles works.
 * A nested VM loop (Python called from C: map/sort callbacks, __repr__, __eq__, ...) counts
 * MOAT_C_RECURSION_LOOP_COST levels: its wasm frames live on the engine's own stack (node: about
 * 984 KB), which 950 to 1000 nested loops exhaust (about 1 KB each), so at most 500 are allowed;
 * 20 hostile recursion patterns (tests/security/rec_*, map/sort/__eq__/__repr__/yield from/...)
 * all end in RecursionError with the engine stack cut to 550 KB.
 * Measured at 1000 levels (worst of nested repr/str/hash/eq, Python __repr__/__str__/__hash__
 * recursion, sort keys, metaclass calls): 0.48 MB of the 5 MiB linear-memory stack in wasm,
 * 0.65 MB native Release and 3.1 MB native Debug (8 MB default stack). */
#define MOAT_MAX_C_RECURSION 1000
#define MOAT_C_RECURSION_LOOP_COST 2

/* How deep the VM looks into nested map/filter/zip/enumerate objects (map(f, zip(a, enumerate(g))))
 * to decide whether their items need Python code (vm.c, pausable_iter). The walk is recursive C,
 * so it needs a bound; real programs nest two or three levels, and deeper nests simply keep the C
 * path (whose host calls then raise the nested-loop RuntimeError, as before). Tested by
 * tests/security/host_pausable_iter_depth.py (17 nested maps pause, 30 raise RuntimeError). */
#define MOAT_PAUSABLE_ITER_DEPTH 16

/* Deepest nesting the CBOR decoders (C and JS) accept from the other side of the boundary. */
#define MOAT_CBOR_MAX_DEPTH 200

/* Largest CBOR message accepted from the host, to bound decoder work. */
#define MOAT_CBOR_MAX_BYTES (64 * 1024 * 1024)

/* CPython's limit on int <-> str conversion of huge ints (sys.int_info.default_max_str_digits). */
#define MOAT_MAX_STR_DIGITS 4300

/* The smallest limit sys.set_int_max_str_digits() accepts besides 0, and the number of digits
 * below which conversions are never checked (sys.int_info.str_digits_check_threshold). */
#define MOAT_STR_DIGITS_CHECK_THRESHOLD 640

/* How many VM instructions run between two reads of the clock: the clock is a host call, so it is
 * read rarely; 4096 instructions take microseconds. */
#define MOAT_CLOCK_CHECK_INTERVAL 4096

/* (host) Hashing (hashlib, hmac, pbkdf2_hmac) runs in C without VM instructions, so it is paced:
 * each compressed block (64 to 168 bytes) counts as one instruction against the instruction limit,
 * and the clock is read every MOAT_HASH_CLOCK_BLOCKS blocks (1024 blocks: 64-168 KiB, well under a
 * millisecond of work even in wasm), so pbkdf2_hmac with a huge iteration count stops at the
 * instruction or time limit like a Python loop would. */
#define MOAT_HASH_CLOCK_BLOCKS 1024

/* Number of new tracked allocations that triggers a cycle collection (CPython's generation-0 default). */
#define MOAT_GC_THRESHOLD 700

#endif
