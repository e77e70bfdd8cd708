/* Boundary corruption, response side (issue 4, "Clean failure"): the bytes a host sends back to
 * the VM (moat_resume) are corrupted in every way a broken or hostile host could: every bit of
 * every byte flipped (and every byte inverted), every truncation, trailing garbage, and oversized
 * or absurd lengths, for a few real responses (a value, a nested value of every CBOR kind, an
 * error, a text). Every corrupted response must end in a clean outcome:
 *   - DONE, with the program having reached its last line (the corruption became a different value
 *     or a Python exception the program caught), or ERROR/LIMIT with a well-formed result;
 *   - or MOAT_FATAL with a message for the host, after which the interpreter is cleanly dead
 *     (resuming again with the correct response is refused with MOAT_FATAL, never a crash) or, if
 *     it accepts it, finishes the program normally;
 * and never a crash, a sanitizer report (scripts/test-sanitize.sh runs this under ASan + UBSan), a
 * second host call or an unbounded loop. A fresh interpreter afterwards runs the program exactly.
 * The config given to moat_start is corrupted the same ways (corrupt_config).
 * The request side (the host decoding what the VM sends) is tests/js/boundary-corrupt.test.js. */
#include "config.h"
#include "test_api_util.h"

static const char program[] =
    "try:\n"
    "    v = h(1, [2, 'x'])\n"
    "    print('value', type(v).__name__)\n"
    "except Exception as e:\n"
    "    print('error', type(e).__name__)\n"
    "print('after')\n";

static const char *const functions[] = {"h"};
static Buf config;
static long runs, outcomes[5], still_usable;

/* {1: {"value": 42}} */
static void resp_int(Buf *b)
{
    b_head(b, 5, 1);
    b_int(b, 1);
    b_head(b, 5, 1);
    b_text(b, "value");
    b_int(b, 42);
}

/* {1: {"value": [1, "two", 3.5, {"k": [true, null]}, h'0102', -7, 2**64-1]}} */
static void resp_nested(Buf *b)
{
    static const uint8_t f[] = {0xfb, 0x40, 0x0c, 0, 0, 0, 0, 0, 0};
    static const uint8_t big[] = {0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    b_head(b, 5, 1);
    b_int(b, 1);
    b_head(b, 5, 1);
    b_text(b, "value");
    b_head(b, 4, 7);
    b_int(b, 1);
    b_text(b, "two");
    b_raw(b, f, sizeof f);
    b_head(b, 5, 1);
    b_text(b, "k");
    b_head(b, 4, 2);
    b_raw(b, "\xf5\xf6", 2);
    b_head(b, 2, 2);
    b_raw(b, "\x01\x02", 2);
    b_int(b, -7);
    b_raw(b, big, sizeof big);
}

/* {1: {"error": {"type": "ValueError", "message": "nope"}}} */
static void resp_error(Buf *b)
{
    b_head(b, 5, 1);
    b_int(b, 1);
    b_head(b, 5, 1);
    b_text(b, "error");
    b_head(b, 5, 2);
    b_text(b, "type");
    b_text(b, "ValueError");
    b_text(b, "message");
    b_text(b, "nope");
}

/* {1: {"value": "caf\u00e9 \u2603"}} */
static void resp_text(Buf *b)
{
    b_head(b, 5, 1);
    b_int(b, 1);
    b_head(b, 5, 1);
    b_text(b, "value");
    b_text(b, "caf\xc3\xa9 \xe2\x98\x83");
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Starts the program, answers its call with `bytes` and checks the outcome (see the top). */
static void try_response(const char *what, size_t at, const uint8_t *bytes, size_t len, const Buf *good)
{
    static Output out;
    out.len = 0;
    out.text[0] = 0;
    Moat *m = moat_new();
    moat_set_writer(m, collect, &out);
    MoatStatus st = moat_start(m, config.data, config.len, program, sizeof program - 1);
    CHECK(st == MOAT_CALL);
    if (st != MOAT_CALL) {
        moat_free(m);
        return;
    }
    st = moat_resume(m, bytes, len);
    runs++;
    if (st >= MOAT_DONE && st <= MOAT_FATAL) outcomes[st]++;
    int ok = 1;
    switch (st) {
    case MOAT_DONE: ok = ends_with(out.text, "after\n"); break;
    case MOAT_ERROR: ok = result_text(m, "type")[0] != 0; break;
    case MOAT_LIMIT: ok = result_text(m, "kind")[0] != 0; break;
    case MOAT_FATAL: {
        ok = result_text(m, "message")[0] != 0;
        MoatStatus again = moat_resume(m, good->data, good->len);
        if (again == MOAT_DONE) {
            still_usable++;
            ok = ok && ends_with(out.text, "after\n");
        } else {
            ok = ok && again == MOAT_FATAL && result_text(m, "message")[0] != 0;
        }
        break;
    }
    default: ok = 0; /* a second call: the program makes only one */
    }
    if (!ok) {
        fprintf(stderr, "  %s, corruption at byte %zu: status %d, output \"%s\", result message \"%s\"\n", what, at,
                (int)st, out.text, result_text(m, "message"));
    }
    CHECK(ok);
    moat_free(m);
}

static void corrupt_all(const char *name, void (*make)(Buf *))
{
    Buf good = {.len = 0};
    make(&good);
    uint8_t bytes[4096 + 64];
    /* Every bit of every byte flipped, and every byte inverted. */
    for (size_t i = 0; i < good.len; i++) {
        for (int bit = 0; bit <= 8; bit++) {
            memcpy(bytes, good.data, good.len);
            bytes[i] ^= bit < 8 ? (uint8_t)(1u << bit) : 0xff;
            try_response(name, i, bytes, good.len, &good);
        }
    }
    /* Every truncation (length 0 included: an empty response). */
    for (size_t n = 0; n < good.len; n++) try_response(name, n, good.data, n, &good);
    /* Trailing garbage after a valid response. */
    memcpy(bytes, good.data, good.len);
    memcpy(bytes + good.len, "\xff\x00\x61", 3);
    try_response(name, good.len, bytes, good.len + 3, &good);
}

/* Responses with absurd sizes: lengths far beyond the bytes present, deep nesting, the size limit. */
static void oversized(void)
{
    Buf good = {.len = 0};
    resp_int(&good);
    static const uint8_t huge_array[] = {0xa1, 0x01, 0xa1, 0x65, 'v', 'a', 'l', 'u', 'e', 0x9b, 0xff, 0xff, 0xff, 0xff,
                                         0xff, 0xff, 0xff, 0xff, 0x01};
    static const uint8_t huge_text[] = {0xa1, 0x01, 0xa1, 0x65, 'v', 'a', 'l', 'u', 'e', 0x7a, 0x7f, 0xff, 0xff, 0xff, 'a'};
    static const uint8_t huge_map[] = {0xbb, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x01};
    static const uint8_t indefinite[] = {0xbf, 0x01, 0xa1, 0x65, 'v', 'a', 'l', 'u', 'e', 0x9f, 0x01, 0x02};
    try_response("huge array length", 9, huge_array, sizeof huge_array, &good);
    try_response("huge text length", 9, huge_text, sizeof huge_text, &good);
    try_response("huge map length", 0, huge_map, sizeof huge_map, &good);
    try_response("unterminated indefinite lengths", 0, indefinite, sizeof indefinite, &good);

    /* {1: {"value": [[[...]]]}} nested 100,000 deep (far beyond MOAT_CBOR_MAX_DEPTH). */
    size_t depth = 100000, n = 0;
    uint8_t *deep = malloc(depth + 16);
    static const uint8_t pre[] = {0xa1, 0x01, 0xa1, 0x65, 'v', 'a', 'l', 'u', 'e'};
    memcpy(deep, pre, sizeof pre);
    n = sizeof pre;
    for (size_t i = 0; i < depth; i++) deep[n++] = 0x81;
    deep[n++] = 0x01;
    try_response("nested 100000 deep", 0, deep, n, &good);
    free(deep);

    /* One byte over the response size limit (the contents are never read). */
    uint8_t *big = calloc(1, (size_t)MOAT_CBOR_MAX_BYTES + 1);
    memcpy(big, good.data, good.len);
    try_response("over the size limit", 0, big, (size_t)MOAT_CBOR_MAX_BYTES + 1, &good);
    free(big);
}

/* The config (moat_start) corrupted the same ways: each run must still end cleanly. A config that
 * stays valid may rename or drop the host function or change a limit, so any final status with a
 * well-formed result is accepted; a pending call is answered with the correct response. */
static void corrupt_config(void)
{
    Buf good = {.len = 0};
    resp_int(&good);
    Buf cfg = {.len = 0};
    config_with(&cfg, "instructions", 100000, functions, 1);
    uint8_t bytes[512];
    for (size_t i = 0; i <= cfg.len; i++) {
        for (int bit = 0; bit <= 9; bit++) {
            size_t len = cfg.len;
            memcpy(bytes, cfg.data, cfg.len);
            if (i == cfg.len) {
                if (bit > 0) break;
            } else if (bit == 9) {
                len = i; /* truncation */
            } else {
                bytes[i] ^= bit < 8 ? (uint8_t)(1u << bit) : 0xff;
            }
            static Output out;
            out.len = 0;
            out.text[0] = 0;
            Moat *m = moat_new();
            moat_set_writer(m, collect, &out);
            MoatStatus st = moat_start(m, bytes, len, program, sizeof program - 1);
            if (st == MOAT_CALL) st = moat_resume(m, good.data, good.len);
            runs++;
            int ok = st == MOAT_DONE    ? ends_with(out.text, "after\n")
                     : st == MOAT_ERROR ? result_text(m, "type")[0] != 0
                     : st == MOAT_LIMIT ? result_text(m, "kind")[0] != 0
                     : st == MOAT_FATAL ? result_text(m, "message")[0] != 0
                                        : 0;
            if (st >= MOAT_DONE && st <= MOAT_FATAL) outcomes[st]++;
            if (!ok) fprintf(stderr, "  config corrupted at byte %zu (%d): status %d, output \"%s\"\n", i, bit, (int)st, out.text);
            CHECK(ok);
            moat_free(m);
        }
    }
}

int main(void)
{
    config_with(&config, NULL, 0, functions, 1);
    corrupt_config();
    corrupt_all("int value", resp_int);
    corrupt_all("nested value", resp_nested);
    corrupt_all("error", resp_error);
    corrupt_all("text value", resp_text);
    oversized();

    /* The process is unharmed: a fresh run with a correct response does exactly what it should. */
    Buf good = {.len = 0};
    resp_nested(&good);
    static Output out;
    Moat *m = moat_new();
    moat_set_writer(m, collect, &out);
    CHECK(moat_start(m, config.data, config.len, program, sizeof program - 1) == MOAT_CALL);
    CHECK(moat_resume(m, good.data, good.len) == MOAT_DONE);
    CHECK(strcmp(out.text, "value list\nafter\n") == 0);
    moat_free(m);

    printf("test_boundary_corrupt: %ld corrupted configs and responses: %ld DONE, %ld ERROR, %ld LIMIT, %ld FATAL (%ld of them "
           "accepted the correct response afterwards); %d failures\n",
           runs, outcomes[MOAT_DONE], outcomes[MOAT_ERROR], outcomes[MOAT_LIMIT], outcomes[MOAT_FATAL], still_usable,
           failures);
    return failures ? 1 : 0;
}
