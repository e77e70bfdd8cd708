/* Unit tests of the C side of the boundary (src/boundary/cbor.c): every shared vector (generated
 * into tests/vectors/cbor_vectors.h from the same data as cbor.json, which the JS test reads),
 * round trips, the encoder's refusals and random mutations of valid messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../vectors/cbor_vectors.h"
#include "boundary/cbor.h"
#include "config.h"
#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"
#include "moat.h"

static int passed, failed;

#define CHECK(cond)                                                             \
    do {                                                                        \
        if (cond) passed++;                                                     \
        else {                                                                  \
            failed++;                                                           \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                       \
    } while (0)

static uint8_t *from_hex(const char *h, size_t *n)
{
    size_t len = strlen(h) / 2;
    uint8_t *b = malloc(len + 1);
    for (size_t i = 0; i < len; i++) {
        unsigned v;
        sscanf(h + 2 * i, "%2x", &v);
        b[i] = (uint8_t)v;
    }
    *n = len;
    return b;
}

static char *to_hex(const uint8_t *b, size_t n)
{
    char *h = malloc(2 * n + 1);
    for (size_t i = 0; i < n; i++) sprintf(h + 2 * i, "%02x", b[i]);
    h[2 * n] = 0;
    return h;
}

/* The current exception's str(), or "" (clears nothing). */
static const char *exc_text(char *buf, size_t cap)
{
    buf[0] = 0;
    MoObject *e = mo_err_fetch();
    if (!e) return buf;
    MoObject *s = mo_exception_str(e);
    if (s) {
        snprintf(buf, cap, "%s: %s", MO_TYPE(e)->name, MO_STR_UTF8(s));
        mo_decref(s);
    }
    mo_err_restore(e);
    return buf;
}

static int vectors_pass(int verbose)
{
    int bad = 0;
    char msg[512];
    for (size_t i = 0; i < sizeof cbor_vectors / sizeof cbor_vectors[0]; i++) {
        const CborVector *v = &cbor_vectors[i];
        size_t n;
        uint8_t *b = from_hex(v->hex, &n);
        MoObject *o = mo_cbor_decode(b, n);
        if (v->valid) {
            if (!o) {
                if (verbose) fprintf(stderr, "vector '%s': decode failed: %s\n", v->name, exc_text(msg, sizeof msg));
                mo_err_clear();
                bad++;
            } else {
                MoObject *r = mo_repr(o);
                if (!r || strcmp(MO_STR_UTF8(r), v->python) != 0) {
                    if (verbose) fprintf(stderr, "vector '%s': repr %s, expected %s\n", v->name, r ? MO_STR_UTF8(r) : "(error)", v->python);
                    mo_err_clear();
                    bad++;
                }
                mo_xdecref(r);
                if (v->canonical) {
                    MoCborBuf buf;
                    mo_cbor_buf_init(&buf);
                    if (mo_cbor_encode_value(&buf, o) < 0) {
                        if (verbose) fprintf(stderr, "vector '%s': encode failed: %s\n", v->name, exc_text(msg, sizeof msg));
                        mo_err_clear();
                        bad++;
                    } else {
                        char *h = to_hex(buf.data, buf.len);
                        if (strcmp(h, v->hex) != 0) {
                            if (verbose) fprintf(stderr, "vector '%s': encoded %s, expected %s\n", v->name, h, v->hex);
                            bad++;
                        }
                        free(h);
                    }
                    mo_cbor_buf_free(&buf);
                }
                mo_decref(o);
            }
        } else {
            if (o) {
                if (verbose) fprintf(stderr, "vector '%s': malformed input was accepted\n", v->name);
                mo_decref(o);
                bad++;
            } else if (!mo_err_matches(&mo_ValueError) ||
                       strncmp(exc_text(msg, sizeof msg), "ValueError: malformed CBOR from host: ", 38) != 0) {
                if (verbose) fprintf(stderr, "vector '%s': wrong error: %s\n", v->name, exc_text(msg, sizeof msg));
                bad++;
            }
            mo_err_clear();
        }
        free(b);
    }
    return bad;
}

/* The generated header must hold exactly the vectors of tests/vectors/cbor.json, the file the JS
 * decoder is tested with (tests/js/cbor.test.js): same count, same bytes, same order. The JSON is
 * found next to this source file. Returns the number of mismatches (-1 if unreadable). */
static int json_mismatches(void)
{
    char path[4096];
    const char *me = __FILE__;
    const char *slash = strrchr(me, '/');
    if (!slash) return -1;
    snprintf(path, sizeof path, "%.*s/../vectors/cbor.json", (int)(slash - me), me);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return -1;
    }
    static char text[1 << 20];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = 0;
    size_t count = sizeof cbor_vectors / sizeof cbor_vectors[0], i = 0;
    int bad = 0;
    static const char key[] = "\"hex\": \"";
    for (const char *p = strstr(text, key); p; p = strstr(p, key), i++) {
        p += sizeof key - 1;
        const char *end = strchr(p, '"');
        if (!end) return -1;
        if (i >= count || strlen(cbor_vectors[i].hex) != (size_t)(end - p) ||
            strncmp(cbor_vectors[i].hex, p, (size_t)(end - p)) != 0) {
            bad++;
        }
        p = end;
    }
    if (i != count) bad++;
    return bad;
}

static void test_vectors(void)
{
    size_t count = sizeof cbor_vectors / sizeof cbor_vectors[0];
    CHECK(count > 300);
    CHECK(json_mismatches() == 0);
    CHECK(vectors_pass(1) == 0);
    /* A second pass leaks nothing. */
    size_t before = mo_vm->mem_used;
    CHECK(vectors_pass(0) == 0);
    mo_gc_collect();
    CHECK(mo_vm->mem_used == before);
}

static char *encode_hex(MoObject *o, char *err, size_t cap)
{
    MoCborBuf buf;
    mo_cbor_buf_init(&buf);
    char *h = NULL;
    if (mo_cbor_encode_value(&buf, o) == 0) {
        h = to_hex(buf.data, buf.len);
    } else {
        exc_text(err, cap);
        mo_err_clear();
    }
    mo_cbor_buf_free(&buf);
    return h;
}

static void test_refusals(void)
{
    char err[512];
    /* A type object cannot cross. */
    CHECK(encode_hex(MO(&mo_int_type), err, sizeof err) == NULL);
    CHECK(strcmp(err, "TypeError: cannot send a 'type' object to the host") == 0);
    /* Nor can it inside a container. */
    MoObject *l = mo_list_new(0);
    mo_list_append(l, mo_None);
    mo_list_append(l, MO(&mo_int_type));
    CHECK(encode_hex(l, err, sizeof err) == NULL);
    CHECK(strncmp(err, "TypeError: ", 11) == 0);
    mo_decref(l);
    /* A cyclic list ends at the depth limit with ValueError; the collector then frees it. */
    MoObject *c = mo_list_new(0);
    mo_list_append(c, mo_None);
    mo_list_append(c, c);
    CHECK(encode_hex(c, err, sizeof err) == NULL);
    CHECK(strncmp(err, "ValueError: value nested too deeply", 35) == 0);
    mo_decref(c);
    CHECK(mo_gc_collect() == 1);

    /* Depth: MOAT_CBOR_MAX_DEPTH levels encode, one more does not. */
    MoObject *v = mo_list_new(0);
    for (int i = 1; i < MOAT_CBOR_MAX_DEPTH; i++) {
        MoObject *w = mo_list_new(0);
        mo_list_append(w, v);
        mo_decref(v);
        v = w;
    }
    char *h = encode_hex(v, err, sizeof err);
    CHECK(h != NULL);
    free(h);
    MoObject *w = mo_list_new(0);
    mo_list_append(w, v);
    mo_decref(v);
    CHECK(encode_hex(w, err, sizeof err) == NULL);
    CHECK(strncmp(err, "ValueError: ", 12) == 0);
    mo_decref(w);
}

static void test_writers(void)
{
    MoCborBuf b;
    mo_cbor_buf_init(&b);
    CHECK(mo_cbor_put_map(&b, 2) == 0);
    CHECK(mo_cbor_put_cstr(&b, "id") == 0);
    CHECK(mo_cbor_put_uint(&b, 1000000) == 0);
    CHECK(mo_cbor_put_text(&b, "xs", 2) == 0);
    CHECK(mo_cbor_put_array(&b, 6) == 0);
    CHECK(mo_cbor_put_int(&b, INT64_MIN) == 0);
    CHECK(mo_cbor_put_negint(&b, 0) == 0);
    CHECK(mo_cbor_put_bool(&b, true) == 0);
    CHECK(mo_cbor_put_null(&b) == 0);
    CHECK(mo_cbor_put_float64(&b, 1.0) == 0);
    CHECK(mo_cbor_put_tag(&b, MO_CBOR_TAG_TUPLE) == 0);
    CHECK(mo_cbor_put_array(&b, 1) == 0);
    CHECK(mo_cbor_put_bytes(&b, (const uint8_t *)"\x00\x01", 2) == 0);
    char *h = to_hex(b.data, b.len);
    CHECK(strcmp(h, "a26269641a000f4240627873863b7fffffffffffffff20f5f6fb3ff0000000000000d99c4181420001") == 0);
    MoObject *o = mo_cbor_decode(b.data, b.len);
    CHECK(o != NULL);
    if (o) {
        MoObject *r = mo_repr(o);
        CHECK(r && strcmp(MO_STR_UTF8(r), "{'id': 1000000, 'xs': [-9223372036854775808, -1, True, None, 1.0, (b'\\x00\\x01',)]}") == 0);
        mo_xdecref(r);
        mo_decref(o);
    }
    free(h);
    size_t n;
    uint8_t *data = mo_cbor_buf_take(&b, &n);
    CHECK(data != NULL && n > 0 && b.data == NULL && b.len == 0);
    mo_free(data);
}

static uint32_t rng = 2463534242u;
static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static void test_mutations(void)
{
    size_t count = sizeof cbor_vectors / sizeof cbor_vectors[0];
    int crashes_would_show_here = 0;
    for (int round = 0; round < 20000; round++) {
        const CborVector *v = &cbor_vectors[next_rand() % count];
        size_t n;
        uint8_t *b = from_hex(v->hex, &n);
        if (n == 0) {
            free(b);
            continue;
        }
        int flips = 1 + (int)(next_rand() % 3);
        for (int k = 0; k < flips; k++) b[next_rand() % n] ^= (uint8_t)(1u << (next_rand() % 8));
        size_t len = next_rand() % 4 == 0 ? next_rand() % n : n;
        MoObject *o = mo_cbor_decode(b, len);
        if (o) {
            MoCborBuf buf;
            mo_cbor_buf_init(&buf);
            if (mo_cbor_encode_value(&buf, o) == 0) {
                MoObject *again = mo_cbor_decode(buf.data, buf.len);
                if (!again) crashes_would_show_here++;
                mo_xdecref(again);
            }
            mo_err_clear();
            mo_cbor_buf_free(&buf);
            mo_decref(o);
        } else {
            if (!mo_err_occurred()) crashes_would_show_here++;
            mo_err_clear();
        }
        free(b);
    }
    CHECK(crashes_would_show_here == 0);
}

int main(void)
{
    if (mo_runtime_init() != 0) {
        fprintf(stderr, "runtime init failed\n");
        return 1;
    }
    /* A run state inside a real interpreter (mo_limit_fire reaches the Moat around mo_vm). */
    MoVM *vm = (MoVM *)moat_new(); /* the MoVM is the Moat's first member (api.c) */
    if (!vm) return 1;
    vm->limits.memory_bytes = 256 << 20;
    vm->limits.recursion_depth = 1000;
    mo_vm = vm;
    test_vectors();
    test_writers();
    test_refusals();
    test_mutations();
    mo_gc_collect();
    mo_vm = NULL;
    moat_free((Moat *)vm);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
