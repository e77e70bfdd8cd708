/* fuzz_host.h: what fuzz_run and fuzz_gen share: the run configuration (100k instructions, 16 MiB,
 * 1 s, 64 KiB of output, 10 calls of the host function `host`), a host that answers calls
 * alternately with their first argument and with RuntimeError, and one whole run through moat.h. */
#ifndef MOAT_FUZZ_HOST_H
#define MOAT_FUZZ_HOST_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "moat.h"

static const uint8_t config[] = {
    0xa2,
    0x69, 'f', 'u', 'n', 'c', 't', 'i', 'o', 'n', 's', 0x81, 0x64, 'h', 'o', 's', 't',
    0x66, 'l', 'i', 'm', 'i', 't', 's', 0xa5,
    0x6c, 'i', 'n', 's', 't', 'r', 'u', 'c', 't', 'i', 'o', 'n', 's', 0x1a, 0x00, 0x01, 0x86, 0xa0,
    0x6c, 'm', 'e', 'm', 'o', 'r', 'y', '_', 'b', 'y', 't', 'e', 's', 0x1a, 0x01, 0x00, 0x00, 0x00,
    0x67, 't', 'i', 'm', 'e', '_', 'm', 's', 0x19, 0x03, 0xe8,
    0x6c, 'o', 'u', 't', 'p', 'u', 't', '_', 'b', 'y', 't', 'e', 's', 0x1a, 0x00, 0x01, 0x00, 0x00,
    0x6a, 'h', 'o', 's', 't', '_', 'c', 'a', 'l', 'l', 's', 0x0a,
};

/* A minimal walker over the CALL result {"calls": [{"id": n, ...}, ...]} (our own output, but
 * bounds-checked all the same). */
static int head(const uint8_t **pp, const uint8_t *end, unsigned *major, uint64_t *val)
{
    const uint8_t *p = *pp;
    if (p >= end) return -1;
    unsigned ai = *p & 31;
    *major = *p++ >> 5;
    if (ai < 24) {
        *val = ai;
    } else if (ai <= 27) {
        size_t w = (size_t)1 << (ai - 24);
        if ((size_t)(end - p) < w) return -1;
        uint64_t v = 0;
        for (size_t i = 0; i < w; i++) v = v << 8 | p[i];
        p += w;
        *val = v;
    } else {
        return -1;
    }
    *pp = p;
    return 0;
}

static const uint8_t *skip(const uint8_t *p, const uint8_t *end, int depth)
{
    unsigned major;
    uint64_t v;
    if (depth > 400 || head(&p, end, &major, &v) < 0) return NULL;
    if (major == 2 || major == 3) return v > (uint64_t)(end - p) ? NULL : p + v;
    if (major == 4 || major == 5) {
        if (v > (uint64_t)(end - p)) return NULL;
        for (uint64_t i = 0; i < (major == 5 ? 2 * v : v) && p; i++) p = skip(p, end, depth + 1);
        return p;
    }
    if (major == 6) return skip(p, end, depth + 1);
    return p;
}

static void put_head(uint8_t *out, size_t *n, unsigned major, uint64_t v)
{
    out[(*n)++] = (uint8_t)(major << 5 | 27);
    for (int i = 0; i < 8; i++) out[(*n)++] = (uint8_t)(v >> (56 - 8 * i));
}

/* Answers the calls of a CALL result: calls with an odd id (the first call is id 1) get their
 * first positional argument back ({"value": arg}, None without one), the others
 * RuntimeError("fuzz"), so both ways of resuming are exercised. Returns the length written
 * (0: malformed or too big). */
static size_t make_response(const uint8_t *r, size_t rlen, uint8_t *out, size_t cap)
{
    static const uint8_t err[] = {0xa1, 0x65, 'e', 'r', 'r', 'o', 'r', 0xa2, 0x64, 't', 'y', 'p', 'e',
                                  0x6c, 'R', 'u', 'n', 't', 'i', 'm', 'e', 'E', 'r', 'r', 'o', 'r',
                                  0x67, 'm', 'e', 's', 's', 'a', 'g', 'e', 0x64, 'f', 'u', 'z', 'z'};
    static const uint8_t value_key[] = {0xa1, 0x65, 'v', 'a', 'l', 'u', 'e'};
    const uint8_t *p = r, *end = r + rlen;
    unsigned major;
    uint64_t n, ncalls;
    if (head(&p, end, &major, &n) < 0 || major != 5) return 0;
    for (uint64_t i = 0; i < n; i++) {
        const uint8_t *k = p;
        unsigned km;
        uint64_t kl;
        if (head(&k, end, &km, &kl) < 0) return 0;
        const uint8_t *v = skip(p, end, 0);
        if (!v) return 0;
        if (km == 3 && kl == 5 && memcmp(k, "calls", 5) == 0) {
            if (head(&v, end, &major, &ncalls) < 0 || major != 4 || ncalls > 1000) return 0;
            size_t o = 0;
            put_head(out, &o, 5, ncalls);
            for (uint64_t c = 0; c < ncalls; c++) {
                const uint8_t *q = v, *next = skip(v, end, 0);
                const uint8_t *arg = NULL, *arg_end = NULL;
                uint64_t nk, id = 0;
                if (!next || head(&q, end, &major, &nk) < 0 || major != 5) return 0;
                for (uint64_t j = 0; j < nk; j++) {
                    const uint8_t *kk = q;
                    uint64_t kkl;
                    if (head(&kk, end, &km, &kkl) < 0) return 0;
                    const uint8_t *val = skip(q, end, 0);
                    if (!val) return 0;
                    const uint8_t *vv = val;
                    uint64_t x;
                    if (km == 3 && kkl == 2 && memcmp(kk, "id", 2) == 0) {
                        if (head(&vv, end, &major, &id) < 0) return 0;
                    } else if (km == 3 && kkl == 4 && memcmp(kk, "args", 4) == 0) {
                        if (head(&vv, end, &major, &x) < 0 || major != 4) return 0;
                        if (x > 0) {
                            arg = vv;
                            arg_end = skip(vv, end, 0);
                            if (!arg_end) return 0;
                        }
                    }
                    q = skip(val, end, 0);
                    if (!q) return 0;
                }
                size_t arg_len = arg ? (size_t)(arg_end - arg) : 1;
                if (cap - o < 9 + sizeof err + sizeof value_key + arg_len) return 0;
                put_head(out, &o, 0, id);
                if (id % 2 == 1) {
                    memcpy(out + o, value_key, sizeof value_key);
                    o += sizeof value_key;
                    if (arg) memcpy(out + o, arg, arg_len);
                    else out[o] = 0xf6; /* null */
                    o += arg_len;
                } else {
                    memcpy(out + o, err, sizeof err);
                    o += sizeof err;
                }
                v = next;
            }
            return o;
        }
        p = skip(v, end, 0);
        if (!p) return 0;
    }
    return 0;
}

static void discard(void *ctx, int stream, const char *bytes, size_t len) { (void)ctx, (void)stream, (void)bytes, (void)len; }

/* A real clock, so the 1 s time limit also stops long C operations (huge int arithmetic). */
static double monotonic_ms(void *ctx)
{
    (void)ctx;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* Runs `src` to its end (answering up to 20 rounds of host calls) and returns the final status;
 * the interpreter is left for the caller to inspect (moat_result) and free. Traps on MOAT_FATAL,
 * which would mean the API misbehaved. */
static MoatStatus fuzz_whole_run(Moat *m, const char *src, size_t size)
{
    moat_set_writer(m, discard, NULL);
    moat_set_clock(m, monotonic_ms, NULL);
    MoatStatus st = moat_start(m, config, sizeof config, src, size);
    for (int calls = 0; st == MOAT_CALL && calls < 20; calls++) {
        size_t rlen;
        const uint8_t *r = moat_result(m, &rlen);
        static uint8_t resp[1 << 16];
        size_t n = make_response(r, rlen, resp, sizeof resp);
        if (n == 0) break;
        st = moat_resume(m, resp, n);
    }
    if (st == MOAT_FATAL) __builtin_trap();
    return st;
}

#endif
