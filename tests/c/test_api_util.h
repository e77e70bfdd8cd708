/*
 * test_api_util.h: helpers shared by the API tests (test_api.c, test_limits.c): a tiny CBOR writer
 * for configs, responses and expected results, a walker that finds a text key in a result map,
 * and check macros that count failures.
 */
#ifndef MOAT_TEST_API_UTIL_H
#define MOAT_TEST_API_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moat.h"

static int failures;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

/* A growable byte buffer with CBOR writers. */
typedef struct Buf {
    uint8_t data[4096];
    size_t len;
} Buf;

static inline void b_raw(Buf *b, const void *p, size_t n) {
    if (b->len + n > sizeof b->data) {
        fprintf(stderr, "test buffer overflow\n");
        exit(2);
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static inline void b_head(Buf *b, unsigned major, uint64_t v) {
    uint8_t h[9];
    size_t n = 1;
    if (v < 24) {
        h[0] = (uint8_t)(major << 5 | v);
    } else {
        unsigned k = v <= 0xff ? 1 : v <= 0xffff ? 2 : v <= 0xffffffffu ? 4 : 8;
        h[0] = (uint8_t)(major << 5 | (k == 1 ? 24 : k == 2 ? 25 : k == 4 ? 26 : 27));
        for (unsigned i = 0; i < k; i++) h[1 + i] = (uint8_t)(v >> (8 * (k - 1 - i)));
        n += k;
    }
    b_raw(b, h, n);
}

static inline void b_text(Buf *b, const char *s) {
    b_head(b, 3, strlen(s));
    b_raw(b, s, strlen(s));
}

static inline void b_int(Buf *b, int64_t v) {
    if (v >= 0) b_head(b, 0, (uint64_t)v);
    else b_head(b, 1, (uint64_t)(-1 - v));
}

/* Skips one CBOR item; NULL if malformed. */
static inline const uint8_t *skip(const uint8_t *p, const uint8_t *end) {
    if (p >= end) return NULL;
    unsigned major = *p >> 5, ai = *p & 31;
    p++;
    uint64_t v = ai;
    if (ai >= 24 && ai <= 27) {
        size_t k = (size_t)1 << (ai - 24);
        if ((size_t)(end - p) < k) return NULL;
        v = 0;
        for (size_t i = 0; i < k; i++) v = v << 8 | p[i];
        p += k;
    } else if (ai > 27) {
        return NULL;
    }
    switch (major) {
    case 2:
    case 3: return v > (uint64_t)(end - p) ? NULL : p + v;
    case 4:
    case 5:
        for (uint64_t i = 0; i < (major == 5 ? 2 * v : v) && p; i++) p = skip(p, end);
        return p;
    case 6: return skip(p, end);
    default: return p;
    }
}

/* Finds text key `key` in the CBOR map [p, end): returns the value's start (and *vend), or NULL. */
static inline const uint8_t *map_get(const uint8_t *p, const uint8_t *end, const char *key, const uint8_t **vend) {
    if (!p || p >= end || (*p >> 5) != 5) return NULL;
    uint64_t n = *p & 31;
    if (n >= 24) {
        if (n != 24 || end - p < 2) return NULL;
        n = p[1];
        p++;
    }
    p++;
    for (uint64_t i = 0; i < n && p; i++) {
        const uint8_t *v = skip(p, end);
        if (!v) return NULL;
        const uint8_t *after = skip(v, end);
        if (!after) return NULL;
        Buf k = {.len = 0};
        b_text(&k, key);
        if ((size_t)(v - p) == k.len && memcmp(p, k.data, k.len) == 0) {
            if (vend) *vend = after;
            return v;
        }
        p = after;
    }
    return NULL;
}

/* Copies the text item at p into a static buffer ("" if not text). */
static inline const char *text_at(const uint8_t *p, const uint8_t *end) {
    static char out[8192];
    out[0] = 0;
    if (!p || (*p >> 5) != 3) return out;
    const uint8_t *after = skip(p, end);
    if (!after) return out;
    unsigned ai = *p & 31;
    size_t hdr = ai < 24 ? 1 : 1 + ((size_t)1 << (ai - 24));
    size_t n = (size_t)(after - p) - hdr;
    if (n >= sizeof out) n = sizeof out - 1;
    memcpy(out, p + hdr, n);
    out[n] = 0;
    return out;
}

/* The text value of `key` in the last result of m ("" if absent). */
static inline const char *result_text(Moat *m, const char *key) {
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    if (!r) return "";
    return text_at(map_get(r, r + len, key, NULL), r + len);
}

/* True if the last result of m is exactly the bytes of `want`. */
static inline int result_is(Moat *m, const Buf *want) {
    size_t len;
    const uint8_t *r = moat_result(m, &len);
    if (!r || len != want->len || memcmp(r, want->data, len) != 0) {
        fprintf(stderr, "  result (%zu bytes):", len);
        for (size_t i = 0; r && i < len; i++) fprintf(stderr, " %02x", r[i]);
        fprintf(stderr, "\n  wanted (%zu bytes):", want->len);
        for (size_t i = 0; i < want->len; i++) fprintf(stderr, " %02x", want->data[i]);
        fprintf(stderr, "\n");
        return 0;
    }
    return 1;
}

/* A config with one limit set (name NULL: none) and optional host functions. */
static inline void config_with(Buf *b, const char *limit, int64_t value, const char *const *functions, size_t nfunctions) {
    b->len = 0;
    b_head(b, 5, 3);
    b_text(b, "filename");
    b_text(b, "main.py");
    b_text(b, "functions");
    b_head(b, 4, nfunctions);
    for (size_t i = 0; i < nfunctions; i++) b_text(b, functions[i]);
    b_text(b, "limits");
    if (limit) {
        b_head(b, 5, 1);
        b_text(b, limit);
        b_int(b, value);
    } else {
        b_head(b, 5, 0);
    }
}

/* Collects program output for checks. */
typedef struct Output {
    char text[65536];
    size_t len;
} Output;

static inline void collect(void *ctx, int stream, const char *bytes, size_t len) {
    Output *o = ctx;
    if (o->len + len >= sizeof o->text) len = sizeof o->text - 1 - o->len;
    memcpy(o->text + o->len, bytes, len);
    o->len += len;
    o->text[o->len] = 0;
}

/* Runs src with the config (NULL: defaults); returns the status and leaves m for inspection. */
static inline MoatStatus run_src(Moat *m, const Buf *cfg, const char *src) {
    return moat_start(m, cfg ? cfg->data : NULL, cfg ? cfg->len : 0, src, strlen(src));
}

#endif
