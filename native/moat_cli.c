/*
 * moat_cli.c: the native command-line runner, used by the conformance tests and the fuzzers'
 * reproducers. It embeds Moat through moat.h only, like any host would.
 *
 *   moat_cli [run] (FILE.py | - | -c CODE)
 *            [--instructions N] [--memory-bytes N] [--time-ms N] [--output-bytes N]
 *            [--recursion-depth N] [--host-calls N] [--function NAME]... [--echo-host NAME]...
 *
 * The word "run" is optional (the JS CLI, js/bin/moat.js, requires it; both spellings behave the
 * same). Exit status, the same as the JS CLI: 0 done; 1 uncaught exception, SyntaxError included
 * (the traceback on stderr, as CPython prints it); 2 usage error or unreadable file; 3 a limit
 * fired ("LimitError: <kind>: <message>" on stderr); 4 an internal error ("moat: ..." on stderr).
 * An uncaught SystemExit exits with its status and prints only its message, as CPython does. The
 * config asks for no result value ("result": false), since a script's last expression may not be
 * sendable.
 *
 * Host functions for tests: a name declared with --function is answered with
 * RuntimeError("no host in the native CLI"); a name declared with --echo-host returns its first
 * positional argument (None without one). The CLI speaks the boundary's CBOR (DESIGN.md section 2)
 * with a few helpers of its own: it writes the config and responses, and walks results only as far
 * as it needs.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "moat.h"

/* ---- a tiny CBOR writer ---------------------------------------------------------------------- */

typedef struct Out {
    uint8_t *data;
    size_t len, cap;
} Out;

static void out_bytes(Out *o, const void *p, size_t n)
{
    if (o->cap - o->len < n) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap - o->len < n) cap *= 2;
        uint8_t *d = realloc(o->data, cap);
        if (!d) {
            fputs("moat: out of memory\n", stderr);
            exit(4);
        }
        o->data = d;
        o->cap = cap;
    }
    memcpy(o->data + o->len, p, n);
    o->len += n;
}

static void out_head(Out *o, unsigned major, uint64_t v)
{
    uint8_t h[9];
    size_t n = 1;
    if (v < 24) {
        h[0] = (uint8_t)(major << 5 | v);
    } else {
        unsigned bytes = v <= 0xff ? 1 : v <= 0xffff ? 2 : v <= 0xffffffffu ? 4 : 8;
        h[0] = (uint8_t)(major << 5 | (bytes == 1 ? 24 : bytes == 2 ? 25 : bytes == 4 ? 26 : 27));
        for (unsigned i = 0; i < bytes; i++) h[1 + i] = (uint8_t)(v >> (8 * (bytes - 1 - i)));
        n += bytes;
    }
    out_bytes(o, h, n);
}

static void out_text(Out *o, const char *s)
{
    size_t n = strlen(s);
    out_head(o, 3, n);
    out_bytes(o, s, n);
}

/* ---- a tiny CBOR walker (results come from our own core, but check bounds anyway) ------------- */

typedef struct Span {
    const uint8_t *p, *end;
} Span;

static int read_head(const uint8_t **pp, const uint8_t *end, unsigned *major, uint64_t *val)
{
    const uint8_t *p = *pp;
    if (p >= end) return -1;
    unsigned ai = *p & 31;
    *major = *p++ >> 5;
    if (ai < 24) {
        *val = ai;
    } else if (ai <= 27) {
        size_t n = (size_t)1 << (ai - 24);
        if ((size_t)(end - p) < n) return -1;
        uint64_t v = 0;
        for (size_t i = 0; i < n; i++) v = v << 8 | p[i];
        p += n;
        *val = v;
    } else {
        return -1;
    }
    *pp = p;
    return 0;
}

/* Skips one item; returns the pointer after it or NULL if malformed. */
static const uint8_t *skip_item(const uint8_t *p, const uint8_t *end, int depth)
{
    unsigned major;
    uint64_t v;
    if (depth > 500 || read_head(&p, end, &major, &v) < 0) return NULL;
    switch (major) {
    case 2:
    case 3:
        if (v > (uint64_t)(end - p)) return NULL;
        return p + v;
    case 4:
    case 5: {
        uint64_t n = major == 5 ? v * 2 : v;
        if (v > (uint64_t)(end - p)) return NULL;
        for (uint64_t i = 0; i < n && p; i++) p = skip_item(p, end, depth + 1);
        return p;
    }
    case 6:
        return skip_item(p, end, depth + 1);
    default:
        return p;
    }
}

/* Finds the value of text key `key` in the map at s; returns its span (p NULL if absent). */
static Span map_get(Span s, const char *key)
{
    Span none = {NULL, NULL};
    const uint8_t *p = s.p;
    unsigned major;
    uint64_t n;
    if (!p || read_head(&p, s.end, &major, &n) < 0 || major != 5) return none;
    size_t klen = strlen(key);
    for (uint64_t i = 0; i < n; i++) {
        const uint8_t *k = p;
        unsigned km;
        uint64_t kl;
        if (read_head(&k, s.end, &km, &kl) < 0) return none;
        const uint8_t *v = skip_item(p, s.end, 0);
        if (!v) return none;
        const uint8_t *after = skip_item(v, s.end, 0);
        if (!after) return none;
        if (km == 3 && kl == klen && memcmp(k, key, klen) == 0) return (Span){v, after};
        p = after;
    }
    return none;
}

/* Copies a text item into a new NUL-terminated string (NULL if not text). */
static char *span_text(Span s)
{
    const uint8_t *p = s.p;
    unsigned major;
    uint64_t n;
    if (!p || read_head(&p, s.end, &major, &n) < 0 || major != 3 || n > (uint64_t)(s.end - p)) return NULL;
    char *r = malloc((size_t)n + 1);
    if (!r) return NULL;
    memcpy(r, p, (size_t)n);
    r[n] = 0;
    return r;
}

static int span_uint(Span s, uint64_t *out)
{
    const uint8_t *p = s.p;
    unsigned major;
    if (!p || read_head(&p, s.end, &major, out) < 0 || major != 0) return -1;
    return 0;
}

/* Reads an int item (major 0 or 1) that fits in int64. */
static int span_int(Span s, int64_t *out)
{
    const uint8_t *p = s.p;
    unsigned major;
    uint64_t v;
    if (!p || read_head(&p, s.end, &major, &v) < 0 || major > 1 || v > (uint64_t)INT64_MAX) return -1;
    *out = major == 0 ? (int64_t)v : -1 - (int64_t)v;
    return 0;
}

/* ---- the host side ------------------------------------------------------------------------------ */

static void write_output(void *ctx, int stream, const char *bytes, size_t len)
{
    FILE *f = stream == 2 ? stderr : stdout;
    if (stream == 2) fflush(stdout);
    fwrite(bytes, 1, len, f);
    if (stream == 2) fflush(stderr);
}

static double monotonic_ms(void *ctx)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int usage(void)
{
    fputs("usage: moat_cli [run] (FILE.py | - | -c CODE) [--instructions N] [--memory-bytes N]\n"
          "                [--time-ms N] [--output-bytes N] [--recursion-depth N] [--host-calls N]\n"
          "                [--function NAME]... [--echo-host NAME]...\n",
          stderr);
    return 2;
}

static char *read_stream(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Returns true if the text item at s equals name. */
static int span_text_is(Span s, const char *name)
{
    const uint8_t *p = s.p;
    unsigned major;
    uint64_t n;
    if (!p || read_head(&p, s.end, &major, &n) < 0 || major != 3 || n > (uint64_t)(s.end - p)) return 0;
    return n == strlen(name) && memcmp(p, name, (size_t)n) == 0;
}

/* Builds the response to a CALL result: an --echo-host function gets its first positional
 * argument back, any other call a RuntimeError. */
static int answer_calls(const uint8_t *res, size_t res_len, const char **echo, size_t necho, Out *resp)
{
    Span all = {res, res + res_len};
    Span calls = map_get(all, "calls");
    const uint8_t *p = calls.p;
    unsigned major;
    uint64_t n;
    if (!p || read_head(&p, calls.end, &major, &n) < 0 || major != 4 || n > res_len) return -1;
    out_head(resp, 5, n);
    for (uint64_t i = 0; i < n; i++) {
        const uint8_t *next = skip_item(p, calls.end, 0);
        if (!next) return -1;
        Span call = {p, next};
        uint64_t id;
        if (span_uint(map_get(call, "id"), &id) < 0) return -1;
        out_head(resp, 0, id);
        Span name = map_get(call, "name");
        int is_echo = 0;
        for (size_t k = 0; k < necho && !is_echo; k++) is_echo = span_text_is(name, echo[k]);
        if (is_echo) {
            Span args = map_get(call, "args");
            const uint8_t *a = args.p;
            uint64_t nargs;
            if (!a || read_head(&a, args.end, &major, &nargs) < 0 || major != 4) return -1;
            out_head(resp, 5, 1);
            out_text(resp, "value");
            const uint8_t *first_end = nargs ? skip_item(a, args.end, 0) : NULL;
            if (nargs && !first_end) return -1;
            if (nargs) out_bytes(resp, a, (size_t)(first_end - a));
            else out_head(resp, 7, 22); /* null */
        } else {
            out_head(resp, 5, 1);
            out_text(resp, "error");
            out_head(resp, 5, 2);
            out_text(resp, "type");
            out_text(resp, "RuntimeError");
            out_text(resp, "message");
            out_text(resp, "no host in the native CLI");
        }
        p = next;
    }
    return 0;
}

static const char *limit_names[] = {"instructions", "time_ms", "memory_bytes", "recursion_depth", "output_bytes",
                                    "host_calls"};
static const char *limit_flags[] = {"--instructions", "--time-ms", "--memory-bytes", "--recursion-depth",
                                    "--output-bytes", "--host-calls"};
#define NLIMITS 6

int main(int argc, char **argv)
{
    int first = argc > 1 && strcmp(argv[1], "run") == 0 ? 2 : 1;
    if (argc <= first) return usage();
    const char *path = NULL, *code = NULL;
    long long limits[NLIMITS] = {0};
    int have_limit[NLIMITS] = {0};
    /* Every declared host function; the --echo-host ones are also listed in echo. */
    const char **functions = calloc((size_t)argc, sizeof *functions);
    const char **echo = calloc((size_t)argc, sizeof *echo);
    size_t nfunctions = 0, necho = 0;
    if (!functions || !echo) return 4;

    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        /* A limit is "--flag N" or "--flag=N", as in the JS CLI. */
        int matched = 0;
        for (int k = 0; k < NLIMITS && !matched; k++) {
            size_t fl = strlen(limit_flags[k]);
            if (strncmp(a, limit_flags[k], fl) != 0 || (a[fl] != 0 && a[fl] != '=')) continue;
            const char *text;
            if (a[fl] == '=') {
                text = a + fl + 1;
            } else {
                if (i + 1 >= argc) goto bad_usage;
                text = argv[++i];
            }
            char *endp;
            errno = 0;
            long long v = strtoll(text, &endp, 10);
            if (errno || *endp || endp == text || v < 0 || text[0] == '-' || text[0] == '+' || text[0] == ' ') {
                fprintf(stderr, "moat_cli: %s needs a non-negative integer, got '%s'\n", limit_flags[k], text);
                goto bad_args;
            }
            limits[k] = v;
            have_limit[k] = 1;
            matched = 1;
        }
        if (matched) continue;
        if (strcmp(a, "--function") == 0) {
            if (i + 1 >= argc) goto bad_usage;
            functions[nfunctions++] = argv[++i];
        } else if (strcmp(a, "--echo-host") == 0) {
            if (i + 1 >= argc) goto bad_usage;
            functions[nfunctions++] = argv[++i];
            echo[necho++] = argv[i];
        } else if (strcmp(a, "-c") == 0 && !path && !code) {
            if (i + 1 >= argc) goto bad_usage;
            code = argv[++i];
        } else if ((a[0] != '-' || strcmp(a, "-") == 0) && !path && !code) {
            path = a;
        } else {
            goto bad_usage;
        }
    }
    if (!path && !code) goto bad_usage;
    if (0) {
    bad_usage:
        usage();
    bad_args:
        free(functions);
        free(echo);
        return 2;
    }

    char *src;
    size_t src_len;
    const char *filename;
    if (code) {
        src_len = strlen(code);
        src = malloc(src_len + 1);
        if (!src) return 4;
        memcpy(src, code, src_len + 1);
        filename = "<string>";
    } else if (strcmp(path, "-") == 0) {
        src = read_stream(stdin, &src_len);
        filename = "<stdin>";
        if (!src) {
            fputs("moat_cli: can't read standard input\n", stderr);
            free(functions);
            free(echo);
            return 2;
        }
    } else {
        FILE *f = fopen(path, "rb");
        src = f ? read_stream(f, &src_len) : NULL;
        int err = errno;
        if (f) fclose(f);
        if (!src) {
            fprintf(stderr, "moat_cli: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
            free(functions);
            free(echo);
            return 2;
        }
        filename = path;
    }

    Out cfg = {0};
    out_head(&cfg, 5, 4);
    /* A script, like python3 FILE.py: the last expression's value is not sent back (it may not
     * even be sendable). */
    out_text(&cfg, "result");
    out_head(&cfg, 7, 20); /* false */
    out_text(&cfg, "filename");
    out_text(&cfg, filename);
    out_text(&cfg, "functions");
    out_head(&cfg, 4, nfunctions);
    for (size_t i = 0; i < nfunctions; i++) out_text(&cfg, functions[i]);
    out_text(&cfg, "limits");
    size_t nl = 0;
    for (int k = 0; k < NLIMITS; k++) nl += (size_t)have_limit[k];
    out_head(&cfg, 5, nl);
    for (int k = 0; k < NLIMITS; k++) {
        if (!have_limit[k]) continue;
        out_text(&cfg, limit_names[k]);
        out_head(&cfg, 0, (uint64_t)limits[k]);
    }

    Moat *m = moat_new();
    if (!m) {
        fputs("moat: out of memory\n", stderr);
        return 4;
    }
    moat_set_writer(m, write_output, NULL);
    moat_set_clock(m, monotonic_ms, NULL);
    MoatStatus st = moat_start(m, cfg.data, cfg.len, src, src_len);
    while (st == MOAT_CALL) {
        size_t rlen;
        const uint8_t *res = moat_result(m, &rlen);
        Out resp = {0};
        if (answer_calls(res, rlen, echo, necho, &resp) < 0) {
            fflush(stdout);
            fputs("moat: malformed CALL result\n", stderr);
            free(resp.data);
            moat_free(m);
            return 4;
        }
        st = moat_resume(m, resp.data, resp.len);
        free(resp.data);
    }
    fflush(stdout);

    size_t rlen;
    const uint8_t *res = moat_result(m, &rlen);
    Span all = {res, res + rlen};
    int rc;
    if (st == MOAT_DONE) {
        rc = 0;
    } else if (st == MOAT_ERROR && map_get(all, "exit_code").p) {
        /* An uncaught SystemExit: CPython prints only its message (if any) and exits with its
         * status, taken modulo 256 by the OS. */
        int64_t code = 1;
        span_int(map_get(all, "exit_code"), &code);
        char *tb = span_text(map_get(all, "traceback"));
        if (tb) fputs(tb, stderr);
        free(tb);
        rc = (int)((uint64_t)code & 0xff);
    } else if (st == MOAT_ERROR) {
        char *tb = span_text(map_get(all, "traceback"));
        if (tb && *tb) {
            size_t n = strlen(tb);
            fputs(tb, stderr);
            if (tb[n - 1] != '\n') fputc('\n', stderr);
        } else {
            char *type = span_text(map_get(all, "type"));
            char *msg = span_text(map_get(all, "message"));
            fprintf(stderr, "%s%s%s\n", type ? type : "Exception", msg && *msg ? ": " : "", msg ? msg : "");
            free(type);
            free(msg);
        }
        free(tb);
        rc = 1;
    } else if (st == MOAT_LIMIT) {
        char *kind = span_text(map_get(all, "kind"));
        char *msg = span_text(map_get(all, "message"));
        fprintf(stderr, "LimitError: %s: %s\n", kind ? kind : "unknown", msg ? msg : "");
        free(kind);
        free(msg);
        rc = 3;
    } else {
        char *msg = span_text(map_get(all, "message"));
        fprintf(stderr, "moat: %s\n", msg ? msg : "internal error");
        free(msg);
        rc = 4;
    }
    moat_free(m);
    free(src);
    free(cfg.data);
    free(functions);
    free(echo);
    return rc;
}
