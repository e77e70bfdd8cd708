/*
 * moat_cli.c: the native command-line runner, used by the conformance tests and the fuzzers'
 * reproducers. It embeds Moat through moat.h only, like any host would.
 *
 *   moat_cli [run] (FILE.py | - | -c CODE)
 *            [--instructions N] [--memory-bytes N] [--time-ms N] [--output-bytes N]
 *            [--recursion-depth N] [--host-calls N] [--function NAME]... [--echo-host NAME]...
 *            [--fs-root DIR]
 *
 * The word "run" is optional (the JS CLI, js/bin/moat.js, requires it; both spellings behave the
 * same). Options may stand before or after FILE / -c CODE; "--" ends them (the next argument is
 * FILE even if it starts with '-'), as in the JS CLI. Exit status, the same as the JS CLI: 0 done; 1 uncaught exception, SyntaxError included
 * (the traceback on stderr, as CPython prints it); 2 usage error or unreadable file; 3 a limit
 * fired ("LimitError: <kind>: <message>" on stderr); 4 an internal error ("moat: ..." on stderr).
 * An uncaught SystemExit exits with its status and prints only its message, as CPython does. The
 * config asks for no result value ("result": false), since a script's last expression may not be
 * sendable.
 *
 * Reserved host calls: time.time and time.monotonic read the machine's clocks; time.sleep waits
 * (at most the run's time limit in total). fs.* (files) work only with --fs-root DIR: the
 * sandbox's "/" is DIR, paths are normalised inside the sandbox ('..' stops at DIR), and a symlink
 * anywhere on a path is refused (PermissionError) rather than followed, so nothing outside DIR is
 * read or changed. Without --fs-root the sandbox has an empty, read-only file system (reads raise
 * FileNotFoundError, writes OSError [Errno 30]), as in the JS CLI.
 *
 * Host functions for tests: a name declared with --function is answered with
 * RuntimeError("no host in the native CLI"); a name declared with --echo-host returns its first
 * positional argument (None without one). The CLI speaks the boundary's CBOR (DESIGN.md section 2)
 * with a few helpers of its own: it writes the config and responses, and walks results only as far
 * as it needs.
 */
#define _XOPEN_SOURCE 700

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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
          "                [--function NAME]... [--echo-host NAME]... [--fs-root DIR] [--] [FILE.py]\n"
          "options may also follow FILE; \"--\" ends them\n",
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

/* ---- reserved host calls: the clock and the files under --fs-root ---------------------------- */

/* The clock answers time.time / time.monotonic from the machine. time.sleep really waits, but a
 * run may sleep at most its time limit in total (as the JS host refuses it), so a program cannot
 * park the CLI. */
static double sleep_budget_s = 10.0;
static double slept_s;

/* The sandbox's files live under fs_root (a real path without a trailing slash); NULL when the
 * CLI runs without --fs-root, and then every fs.* call is refused. */
static char *fs_root;

#define FS_MAX_PATH 4096
#define FS_MAX_NAME 255

static void out_float(Out *o, double d)
{
    uint8_t b[9];
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    b[0] = 0xfb;
    for (int i = 0; i < 8; i++) b[1 + i] = (uint8_t)(u >> (56 - 8 * i));
    out_bytes(o, b, 9);
}

static void out_error(Out *o, const char *type, const char *message)
{
    out_head(o, 5, 1);
    out_text(o, "error");
    out_head(o, 5, 2);
    out_text(o, "type");
    out_text(o, type);
    out_text(o, "message");
    out_text(o, message);
}

/* An OSError answer as js/src/fs.js words it: "[Errno N] strerror: 'path'" (the Python side keeps
 * errno and strerror and puts back the path the program gave). */
static void out_errno(Out *o, int err, const char *path)
{
    const char *type = err == ENOENT ? "FileNotFoundError" : err == EEXIST ? "FileExistsError"
                     : err == ENOTDIR ? "NotADirectoryError" : err == EISDIR ? "IsADirectoryError"
                     : err == EACCES || err == EPERM ? "PermissionError" : "OSError";
    size_t n = strlen(path) + 128;
    char *msg = malloc(n);
    if (!msg) {
        out_error(o, "MemoryError", "");
        return;
    }
    snprintf(msg, n, "[Errno %d] %s: '%s'", err, strerror(err), path);
    out_error(o, type, msg);
    free(msg);
}

static void out_value_head(Out *o)
{
    out_head(o, 5, 1);
    out_text(o, "value");
}

static void out_null_value(Out *o)
{
    out_value_head(o);
    out_head(o, 7, 22);
}

/* The i-th item of the array at s (p NULL if missing). */
static Span array_item(Span s, uint64_t i)
{
    Span none = {NULL, NULL};
    const uint8_t *p = s.p;
    unsigned major;
    uint64_t n;
    if (!p || read_head(&p, s.end, &major, &n) < 0 || major != 4 || i >= n) return none;
    for (uint64_t k = 0; k < i; k++) {
        p = skip_item(p, s.end, 0);
        if (!p) return none;
    }
    const uint8_t *after = skip_item(p, s.end, 0);
    return after ? (Span){p, after} : none;
}

/* A text or byte string item: its bytes (borrowed from the result) and length; -1 otherwise. */
static int span_string(Span s, const uint8_t **data, size_t *len)
{
    const uint8_t *p = s.p;
    unsigned major;
    uint64_t n;
    if (!p || read_head(&p, s.end, &major, &n) < 0 || (major != 2 && major != 3) || n > (uint64_t)(s.end - p))
        return -1;
    *data = p;
    *len = (size_t)n;
    return 0;
}

static int span_true(Span s) { return s.p && s.p < s.end && *s.p == 0xf5; }

static int span_number(Span s, double *out)
{
    const uint8_t *p = s.p;
    if (!p || p >= s.end) return -1;
    if (*p == 0xfb && s.end - p >= 9) {
        uint64_t u = 0;
        for (int i = 1; i <= 8; i++) u = u << 8 | p[i];
        memcpy(out, &u, sizeof *out);
        return 0;
    }
    int64_t v;
    if (span_int(s, &v) < 0) return -1;
    *out = (double)v;
    return 0;
}

/* Maps a sandbox path to a host path under fs_root (a new string), like js/src/fs.js
 * normalizePath: relative paths start at the root, '.' and '..' are resolved inside the sandbox
 * ('..' stops at the root), NUL bytes and over-long paths are refused. Every existing component
 * on the way is checked with lstat: a symlink anywhere is refused (EACCES) rather than followed,
 * so nothing outside fs_root is ever reached. Returns NULL with *err (errno, or -1 for the NUL
 * ValueError) set. *ncomp receives the number of components (0: the root itself). */
static char *fs_map(const uint8_t *path, size_t len, int *err, size_t *ncomp)
{
    if (memchr(path, 0, len)) {
        *err = -1;
        return NULL;
    }
    if (len == 0) {
        *err = ENOENT;
        return NULL;
    }
    if (len > FS_MAX_PATH) {
        *err = ENAMETOOLONG;
        return NULL;
    }
    size_t rootlen = strlen(fs_root);
    char *out = malloc(rootlen + len + 2);
    if (!out) {
        *err = ENOMEM;
        return NULL;
    }
    memcpy(out, fs_root, rootlen);
    size_t o = rootlen;
    /* starts[k]: where component k begins in out (for '..'). */
    size_t *starts = malloc(sizeof *starts * (len / 2 + 2));
    if (!starts) {
        free(out);
        *err = ENOMEM;
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && path[j] != '/') j++;
        size_t cl = j - i;
        if (cl == 0 || (cl == 1 && path[i] == '.')) {
            /* nothing */
        } else if (cl == 2 && path[i] == '.' && path[i + 1] == '.') {
            if (n > 0) o = starts[--n];
        } else if (cl > FS_MAX_NAME) {
            free(out);
            free(starts);
            *err = ENAMETOOLONG;
            return NULL;
        } else {
            starts[n++] = o;
            out[o++] = '/';
            memcpy(out + o, path + i, cl);
            o += cl;
        }
        i = j + 1;
    }
    out[o] = 0;
    free(starts);
    /* No symlinks: check each existing prefix, stop at the first missing one. */
    for (size_t k = rootlen + 1; k <= o; k++) {
        if (k != o && out[k] != '/') continue;
        char save = out[k];
        out[k] = 0;
        struct stat st;
        int r = lstat(out, &st);
        out[k] = save;
        if (r < 0) break;
        if (S_ISLNK(st.st_mode)) {
            free(out);
            *err = EACCES;
            return NULL;
        }
    }
    *ncomp = n;
    return out;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int fs_mkdir_one(const char *host)
{
    return mkdir(host, 0777) < 0 ? errno : 0;
}

/* The number of components of a sandbox path once '.' and '..' are resolved (0: the root). */
static size_t fs_depth(const uint8_t *path, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && path[j] != '/') j++;
        size_t cl = j - i;
        if (cl == 2 && path[i] == '.' && path[i + 1] == '.') {
            if (n > 0) n--;
        } else if (cl > 0 && !(cl == 1 && path[i] == '.')) {
            n++;
        }
        i = j + 1;
    }
    return n;
}

/* Without --fs-root the sandbox's file system is an empty, read-only folder, answered exactly as
 * js/bin/moat.js answers it (an empty read-only SandboxFs): nothing on the machine is looked at. */
static void answer_no_fs(const char *op, Span args, const uint8_t *p, size_t plen, Out *resp)
{
    char *shown = malloc(plen + 1);
    if (!shown) {
        out_error(resp, "MemoryError", "");
        return;
    }
    memcpy(shown, p, plen);
    shown[plen] = 0;
    size_t depth = fs_depth(p, plen);
    if (memchr(p, 0, plen)) {
        out_error(resp, "ValueError", "embedded null byte");
    } else if (plen == 0) {
        if (strcmp(op, "stat") == 0) out_null_value(resp);
        else out_errno(resp, ENOENT, shown);
    } else if (strcmp(op, "stat") == 0) {
        if (depth == 0) {
            out_value_head(resp);
            out_head(resp, 5, 3);
            out_text(resp, "type");
            out_text(resp, "dir");
            out_text(resp, "size");
            out_head(resp, 0, 0);
            out_text(resp, "mtime");
            out_float(resp, 0.0);
        } else {
            out_null_value(resp);
        }
    } else if (strcmp(op, "listdir") == 0 && depth == 0) {
        out_value_head(resp);
        out_head(resp, 4, 0);
    } else if (strcmp(op, "read") == 0) {
        out_errno(resp, depth == 0 ? EISDIR : ENOENT, shown);
    } else if (strcmp(op, "write") == 0) {
        out_errno(resp, depth == 0 ? EISDIR : depth > 1 ? ENOENT : EROFS, shown);
    } else if (strcmp(op, "mkdir") == 0) {
        if (depth == 0) {
            if (span_true(array_item(args, 2))) out_null_value(resp);
            else out_errno(resp, EEXIST, shown);
        } else {
            out_errno(resp, depth > 1 && !span_true(array_item(args, 1)) ? ENOENT : EROFS, shown);
        }
    } else if ((strcmp(op, "unlink") == 0 || strcmp(op, "rmdir") == 0) && depth == 0) {
        out_errno(resp, EBUSY, shown);
    } else {
        out_errno(resp, ENOENT, shown);
    }
    free(shown);
}

/* Answers one fs.* call (name without the "fs." prefix) into resp. */
static void answer_fs(const char *op, Span args, Out *resp)
{
    const uint8_t *p;
    size_t plen;
    if (span_string(array_item(args, 0), &p, &plen) < 0) {
        out_error(resp, "TypeError", "file operation: argument 1 must be a path");
        return;
    }
    if (!fs_root) {
        answer_no_fs(op, args, p, plen, resp);
        return;
    }
    char *shown = malloc(plen + 1);
    if (!shown) {
        out_error(resp, "MemoryError", "");
        return;
    }
    memcpy(shown, p, plen);
    shown[plen] = 0;
    int err = 0;
    size_t ncomp = 0;
    char *host = fs_map(p, plen, &err, &ncomp);
    struct stat st;
    if (!host) {
        if (err == -1) out_error(resp, "ValueError", "embedded null byte");
        else if (strcmp(op, "stat") == 0 && (err == ENOENT || err == ENOTDIR)) out_null_value(resp);
        else out_errno(resp, err, shown);
        free(shown);
        return;
    }
    if (strcmp(op, "read") == 0) {
        int fd = open(host, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0) {
            out_errno(resp, errno == ELOOP ? EACCES : errno, shown);
        } else if (fstat(fd, &st) < 0) {
            out_errno(resp, errno, shown);
        } else if (S_ISDIR(st.st_mode)) {
            out_errno(resp, EISDIR, shown);
        } else if (!S_ISREG(st.st_mode)) {
            out_errno(resp, EACCES, shown); /* devices, FIFOs, sockets: never */
        } else {
            FILE *f = fdopen(fd, "rb");
            size_t n = 0;
            char *data = f ? read_stream(f, &n) : NULL;
            if (f) fclose(f);
            fd = -1;
            if (!data) {
                out_errno(resp, EIO, shown);
            } else {
                out_value_head(resp);
                out_head(resp, 2, n);
                out_bytes(resp, data, n);
            }
            free(data);
        }
        if (fd >= 0) close(fd);
    } else if (strcmp(op, "write") == 0) {
        const uint8_t *data, *mode;
        size_t dlen, mlen;
        Span m = array_item(args, 2);
        if (span_string(array_item(args, 1), &data, &dlen) < 0) {
            out_error(resp, "TypeError", "fs.write: data must be bytes");
        } else if (m.p && span_string(m, &mode, &mlen) < 0) {
            out_error(resp, "ValueError", "invalid mode");
        } else {
            char mc = m.p && mlen == 1 ? (char)mode[0] : m.p ? '?' : 'w';
            int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK |
                        (mc == 'a' ? O_APPEND : mc == 'x' ? O_EXCL : O_TRUNC);
            if (mc != 'w' && mc != 'a' && mc != 'x') {
                out_error(resp, "ValueError", "invalid mode");
            } else if (ncomp == 0 || (stat(host, &st) == 0 && S_ISDIR(st.st_mode))) {
                out_errno(resp, EISDIR, shown);
            } else {
                int fd = open(host, flags, 0666);
                if (fd < 0) {
                    out_errno(resp, errno == ELOOP ? EACCES : errno, shown);
                } else if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
                    out_errno(resp, EACCES, shown);
                    close(fd);
                } else {
                    size_t done = 0;
                    while (done < dlen) {
                        ssize_t w = write(fd, data + done, dlen - done);
                        if (w < 0) break;
                        done += (size_t)w;
                    }
                    int werr = errno;
                    close(fd);
                    if (done < dlen) {
                        out_errno(resp, werr, shown);
                    } else {
                        out_value_head(resp);
                        out_head(resp, 0, dlen);
                    }
                }
            }
        }
    } else if (strcmp(op, "stat") == 0) {
        if (lstat(host, &st) < 0) {
            if (errno == ENOENT || errno == ENOTDIR) out_null_value(resp);
            else out_errno(resp, errno, shown);
        } else {
            out_value_head(resp);
            out_head(resp, 5, 3);
            out_text(resp, "type");
            out_text(resp, S_ISDIR(st.st_mode) ? "dir" : "file");
            out_text(resp, "size");
            out_head(resp, 0, S_ISDIR(st.st_mode) ? 0 : (uint64_t)st.st_size);
            out_text(resp, "mtime");
            out_float(resp, (double)st.st_mtim.tv_sec + (double)st.st_mtim.tv_nsec / 1e9);
        }
    } else if (strcmp(op, "listdir") == 0) {
        int types = span_true(array_item(args, 1));
        DIR *d = opendir(host);
        if (!d) {
            out_errno(resp, errno, shown);
        } else {
            size_t n = 0, cap = 16;
            char **names = malloc(cap * sizeof *names);
            struct dirent *e;
            while (names && (e = readdir(d)) != NULL) {
                if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
                if (n == cap) {
                    char **nn = realloc(names, (cap *= 2) * sizeof *names);
                    if (!nn) break;
                    names = nn;
                }
                names[n] = strdup(e->d_name);
                if (names[n]) n++;
            }
            closedir(d);
            if (!names) {
                out_error(resp, "MemoryError", "");
            } else {
                qsort(names, n, sizeof *names, cmp_names);
                out_value_head(resp);
                out_head(resp, 4, n);
                size_t hl = strlen(host);
                for (size_t i = 0; i < n; i++) {
                    if (types) {
                        char *child = malloc(hl + strlen(names[i]) + 2);
                        int isdir = 0;
                        if (child) {
                            sprintf(child, "%s/%s", host, names[i]);
                            isdir = lstat(child, &st) == 0 && S_ISDIR(st.st_mode);
                        }
                        free(child);
                        out_head(resp, 4, 2);
                        out_text(resp, names[i]);
                        out_text(resp, isdir ? "dir" : "file");
                    } else {
                        out_text(resp, names[i]);
                    }
                    free(names[i]);
                }
                free(names);
            }
        }
    } else if (strcmp(op, "mkdir") == 0) {
        int parents = span_true(array_item(args, 1)), exist_ok = span_true(array_item(args, 2));
        int e = 0;
        if (parents) {
            /* Create the missing folders above the target, each checked like the target. */
            size_t rootlen = strlen(fs_root);
            for (size_t k = rootlen + 1; host[k] && !e; k++) {
                if (host[k] != '/') continue;
                host[k] = 0;
                if (lstat(host, &st) < 0) e = fs_mkdir_one(host);
                else if (!S_ISDIR(st.st_mode)) e = ENOTDIR;
                host[k] = '/';
            }
        }
        if (!e) {
            if (ncomp == 0 || lstat(host, &st) == 0) e = exist_ok && (ncomp == 0 || S_ISDIR(st.st_mode)) ? 0 : EEXIST;
            else e = fs_mkdir_one(host);
        }
        if (e) {
            out_errno(resp, e, shown);
        } else {
            out_null_value(resp);
        }
    } else if (strcmp(op, "unlink") == 0 || strcmp(op, "rmdir") == 0) {
        int r = ncomp == 0 ? (errno = EBUSY, -1) : op[0] == 'u' ? unlink(host) : rmdir(host);
        if (r < 0) {
            out_errno(resp, errno, shown);
        } else {
            out_null_value(resp);
        }
    } else if (strcmp(op, "rename") == 0) {
        const uint8_t *q;
        size_t qlen;
        int e2 = 0;
        size_t n2 = 0;
        char *host2 = span_string(array_item(args, 1), &q, &qlen) < 0 ? NULL : fs_map(q, qlen, &e2, &n2);
        if (!host2) {
            if (e2 == -1) out_error(resp, "ValueError", "embedded null byte");
            else out_errno(resp, e2 ? e2 : EINVAL, shown);
        } else if (ncomp == 0 || n2 == 0) {
            out_errno(resp, EBUSY, shown);
        } else if (rename(host, host2) < 0) {
            out_errno(resp, errno, shown);
        } else {
            out_null_value(resp);
        }
        free(host2);
    } else {
        out_error(resp, "RuntimeError", "unknown file operation");
    }
    free(host);
    free(shown);
}

/* Answers time.* calls; returns 0 if name was one of them. */
static int answer_time(Span name, Span args, Out *resp)
{
    struct timespec ts;
    if (span_text_is(name, "time.time")) {
        clock_gettime(CLOCK_REALTIME, &ts);
        out_value_head(resp);
        out_float(resp, (double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
    } else if (span_text_is(name, "time.monotonic")) {
        clock_gettime(CLOCK_MONOTONIC, &ts);
        out_value_head(resp);
        out_float(resp, (double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
    } else if (span_text_is(name, "time.sleep")) {
        double secs;
        if (span_number(array_item(args, 0), &secs) < 0 || !(secs >= 0)) {
            out_error(resp, "ValueError", "sleep length must be non-negative");
        } else if (slept_s + secs > sleep_budget_s) {
            char msg[160];
            snprintf(msg, sizeof msg, "time.sleep: the run would sleep longer than its time limit (%g s in total)",
                     sleep_budget_s);
            out_error(resp, "RuntimeError", msg);
        } else {
            slept_s += secs;
            ts.tv_sec = (time_t)secs;
            ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
            while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
            }
            out_null_value(resp);
        }
    } else {
        return -1;
    }
    return 0;
}

/* Builds the response to a CALL result: the reserved time.* and fs.* names are answered from the
 * machine (fs.* only under --fs-root), an --echo-host function gets its first positional argument
 * back, any other call a RuntimeError. */
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
        const uint8_t *np;
        size_t nl;
        if (span_string(name, &np, &nl) == 0 && nl > 3 && nl < 16 && memcmp(np, "fs.", 3) == 0) {
            char op[16];
            memcpy(op, np + 3, nl - 3);
            op[nl - 3] = 0;
            answer_fs(op, map_get(call, "args"), resp);
            p = next;
            continue;
        }
        if (answer_time(name, map_get(call, "args"), resp) == 0) {
            p = next;
            continue;
        }
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

/* Answers CALL statuses until the run (or feed) reaches another status, stored in *out: 0, or -1
 * after printing "moat: malformed CALL result". */
static int drive(Moat *m, MoatStatus st, const char **echo, size_t necho, MoatStatus *out)
{
    while (st == MOAT_CALL) {
        size_t rlen;
        const uint8_t *res = moat_result(m, &rlen);
        Out resp = {0};
        if (answer_calls(res, rlen, echo, necho, &resp) < 0) {
            fflush(stdout);
            fputs("moat: malformed CALL result\n", stderr);
            free(resp.data);
            return -1;
        }
        st = moat_resume(m, resp.data, resp.len);
        free(resp.data);
    }
    *out = st;
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
    long gc_stress_every = 0;
    /* Every declared host function; the --echo-host ones are also listed in echo. */
    const char **functions = calloc((size_t)argc, sizeof *functions);
    const char **echo = calloc((size_t)argc, sizeof *echo);
    size_t nfunctions = 0, necho = 0;
    if (!functions || !echo) return 4;

    int options_ended = 0; /* after "--" every argument is FILE */
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (options_ended || strcmp(a, "--") == 0) {
            if (!options_ended) {
                options_ended = 1;
                continue;
            }
            if (path || code) goto bad_usage;
            path = a;
            continue;
        }
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
        } else if (strcmp(a, "--fs-root") == 0) {
            if (i + 1 >= argc) goto bad_usage;
            free(fs_root);
            fs_root = realpath(argv[++i], NULL);
            struct stat st;
            if (!fs_root || stat(fs_root, &st) < 0 || !S_ISDIR(st.st_mode)) {
                fprintf(stderr, "moat_cli: --fs-root %s is not a directory\n", argv[i]);
                goto bad_args;
            }
            if (strcmp(fs_root, "/") == 0) fs_root[0] = 0; /* components are appended as "/name" */
        } else if (strcmp(a, "--gc-stress-every") == 0) {
            /* Testing knob of GC-stress builds (scripts/test-sanitize.sh): collect on every Nth
             * tracked allocation instead of every one; other builds refuse the config key. */
            if (i + 1 >= argc) goto bad_usage;
            char *endp;
            gc_stress_every = strtol(argv[++i], &endp, 10);
            if (*endp || gc_stress_every < 1) {
                fprintf(stderr, "moat_cli: --gc-stress-every needs a positive integer\n");
                goto bad_args;
            }
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
    if (have_limit[1]) sleep_budget_s = (double)limits[1] / 1000.0;
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
    out_head(&cfg, 5, gc_stress_every ? 5 : 4);
    if (gc_stress_every) {
        out_text(&cfg, "gc_stress_every");
        out_head(&cfg, 0, (uint64_t)gc_stress_every);
    }
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
    MoatStatus st;
    if (drive(m, moat_start(m, cfg.data, cfg.len, src, src_len), echo, necho, &st) < 0) {
        moat_free(m);
        return 4;
    }
    fflush(stdout);

    size_t rlen;
    const uint8_t *res = moat_result(m, &rlen);
    /* CPython writes the files a program left open when it exits (normally or by an uncaught
     * exception); io keeps them in a list, and a feed after the run writes them. The run's result
     * is copied first: the feed replaces it. */
    uint8_t *saved = NULL;
    if ((st == MOAT_DONE || st == MOAT_ERROR) && fs_root) {
        saved = malloc(rlen ? rlen : 1);
        if (saved) {
            memcpy(saved, res, rlen);
            res = saved;
            static const char flush_src[] = "if 'io' in __import__('sys').modules:\n"
                                            "    __import__('sys').modules['io']._flush_all()\n";
            MoatStatus ignored;
            drive(m, moat_feed(m, flush_src, sizeof flush_src - 1), echo, necho, &ignored);
            fflush(stdout);
        }
    }
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
    free(saved);
    free(src);
    free(cfg.data);
    free(functions);
    free(echo);
    free(fs_root);
    return rc;
}
