/* libFuzzer target: the input bytes drive a generator of syntactically valid Python programs
 * (fuzz/pygen.h), and each program runs through moat.h with the limits and host of fuzz_run
 * (fuzz_host.h). Where fuzz_run mostly exercises the parser's error paths, this one reaches the
 * VM: closures, classes with dunders, generators, sort keys that mutate the list, dict and set
 * mutation during iteration, match, async, host calls, big ints, f-strings.
 *
 * Environment (for measuring and reproducing, not needed for fuzzing):
 *   MOAT_GEN_STATS=1    at exit, print how the programs ended (compiled or SyntaxError, and
 *                       finished, uncaught exception, limit) to stderr
 *   MOAT_GEN_DUMP=DIR   write every generated program to DIR/<n>.py (SyntaxErrors also to
 *                       DIR/syntax-<n>.py), e.g. to check them with CPython's compile()
 *   MOAT_GEN_PRINT=1    print each program to stderr before running it (a crash's reproducer:
 *                       save the program to fuzz/regressions/fuzz_gen-<what>.py) */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>

#include "fuzz_host.h"
#include "pygen.h"

static PgGen gen;
static unsigned long n_total, n_syntax, n_done, n_error, n_limit, n_call;
static int stats_on = -1;
static const char *dump_dir;
static int print_on;

static void print_stats(void)
{
    unsigned long compiled = n_total - n_syntax;
    fprintf(stderr,
            "fuzz_gen: %lu programs, %lu compiled (%.1f%%), %lu SyntaxError; of the compiled: %lu finished "
            "(%.1f%%), %lu uncaught exception (%.1f%%), %lu limit (%.1f%%), %lu stopped waiting for the host\n",
            n_total, compiled, n_total ? 100.0 * (double)compiled / (double)n_total : 0.0, n_syntax, n_done,
            compiled ? 100.0 * (double)n_done / (double)compiled : 0.0, n_error,
            compiled ? 100.0 * (double)n_error / (double)compiled : 0.0, n_limit,
            compiled ? 100.0 * (double)n_limit / (double)compiled : 0.0, n_call);
}

/* Whether an ERROR result names SyntaxError or IndentationError as its type (the CBOR text
 * headers 0x6b and 0x70 give the exact lengths, so longer strings that contain the word do not
 * count). */
static int is_syntax_error(const uint8_t *r, size_t n)
{
    static const char se[] = "\x6bSyntaxError", ie[] = "\x70IndentationError";
    for (size_t i = 0; i + sizeof ie - 1 <= n || i + sizeof se - 1 <= n; i++) {
        if (i + sizeof se - 1 <= n && memcmp(r + i, se, sizeof se - 1) == 0) return 1;
        if (i + sizeof ie - 1 <= n && memcmp(r + i, ie, sizeof ie - 1) == 0) return 1;
    }
    return 0;
}

static void dump(const char *prefix, unsigned long k)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s%lu.py", dump_dir, prefix, k);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fwrite(gen.out, 1, gen.len, f);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (stats_on < 0) {
        stats_on = getenv("MOAT_GEN_STATS") != NULL;
        if (stats_on) atexit(print_stats);
        dump_dir = getenv("MOAT_GEN_DUMP");
        print_on = getenv("MOAT_GEN_PRINT") != NULL;
    }
    size_t len = pg_generate(&gen, data, size);
    if (print_on) fprintf(stderr, "----- program (%zu bytes)\n%s\n-----\n", len, gen.out);
    Moat *m = moat_new();
    if (!m) return 0;
    MoatStatus st = fuzz_whole_run(m, gen.out, len);
    size_t rlen;
    const uint8_t *r = moat_result(m, &rlen);
    n_total++;
    if (st == MOAT_ERROR && is_syntax_error(r, rlen)) {
        n_syntax++;
        if (dump_dir) dump("syntax-", n_total);
    } else if (st == MOAT_DONE) {
        n_done++;
    } else if (st == MOAT_ERROR) {
        n_error++;
    } else if (st == MOAT_LIMIT) {
        n_limit++;
    } else {
        n_call++;
    }
    if (dump_dir) dump("", n_total);
    moat_free(m);
    return 0;
}
