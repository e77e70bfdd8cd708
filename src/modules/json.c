/*
 * json.c: the C part of the json module: the scanner behind loads/JSONDecoder.decode/raw_decode
 * (`_scan`) and the encoder behind dumps/JSONEncoder.encode (`_encode`). src/modules/py/json.py
 * keeps the public classes, the argument handling and the rare configurations (an indent with
 * separators that are not str) and calls these two functions for the work, so the hot loops run
 * in C while every message, position and option behaves as CPython 3.11's json.
 *
 * The document is scanned as the UTF-8 bytes of the str; every structural character is ASCII, so
 * slices between them are valid UTF-8 and positions are only turned into code-point offsets when
 * an error is raised or raw_decode reports where it stopped.
 *
 * Limits: each nesting level (decoding or encoding) takes one level of the C recursion budget
 * (MOAT_MAX_C_RECURSION, config.h), which turns a document nested 100,000 deep into CPython's
 * RecursionError instead of a C stack overflow. Every value scanned or encoded is charged one VM
 * instruction, and every JSON_PACE values the instruction and time limits are checked, as the VM
 * would (these loops run no bytecode, so nothing else would stop a huge dumps). Output and
 * decoded containers are allocated through the accounted allocator, so the memory limit stops a
 * 500 MB output string.
 */
#include <math.h>
#include <string.h>

#include "../core/state.h"
#include "modules.h"

/* How many values are scanned or encoded between two checks of the instruction and time limits:
 * a power of two, a few microseconds of work. */
#define JSON_PACE 4096u

/* ---- limits ------------------------------------------------------------------------------------ */

/* Charges the instructions of JSON_PACE values and reads the clock, as vm.c does between
 * instructions: 0, or -1 with the limit fired. */
static int json_pace_check(void) {
    if (!mo_vm) return 0;
    if (mo_vm->limit_hit != MO_LIMIT_NONE) {
        mo_limit_fire(mo_vm->limit_hit, "run stopped by a limit");
        return -1;
    }
    mo_vm->instr_count += JSON_PACE;
    if (mo_vm->limits.instructions > 0 && mo_vm->instr_count > mo_vm->limits.instructions) {
        mo_limit_fire(MO_LIMIT_INSTRUCTIONS, "instruction limit exceeded");
        return -1;
    }
    if (mo_vm->limits.time_ms <= 0 || !mo_vm->clock) return 0;
    double used = mo_vm->time_used_ms + (mo_vm->clock(mo_vm->clock_ctx) - mo_vm->slice_start_ms);
    if (used > (double)mo_vm->limits.time_ms) {
        mo_limit_fire(MO_LIMIT_TIME, "time limit exceeded");
        return -1;
    }
    return 0;
}

static inline int json_pace(unsigned *counter) {
    if ((++*counter & (JSON_PACE - 1)) != 0) return 0;
    return json_pace_check();
}

/* ---- decoding ---------------------------------------------------------------------------------- */

typedef struct Scanner {
    const char *s;  /* the document's UTF-8 */
    size_t n;       /* its length in bytes */
    MoObject *doc;  /* the document (borrowed) */
    bool ascii;     /* byte offsets are code-point offsets */
    bool strict;
    MoObject *object_hook, *pairs_hook;         /* borrowed; NULL when None */
    MoObject *parse_float, *parse_int;          /* borrowed; NULL for the builtin float/int */
    MoObject *parse_constant;                   /* borrowed */
    MoObject *errcls;                           /* JSONDecodeError (borrowed) */
    unsigned pace;
    /* Object keys seen so far (owned str references, open addressing on an FNV-1a hash of the
     * UTF-8): a document of records repeats the same keys, which then cost no allocation and
     * reach the dict with their hash already computed. */
    MoObject **memo;
    size_t memo_cap, memo_used;
} Scanner;

/* Keys longer than this are not memoized (they are rarely repeated). */
#define JSON_MEMO_MAX_KEY 64
/* The memo stops growing at this many slots (half of them used): 4096 distinct keys. */
#define JSON_MEMO_MAX_SLOTS 8192

static uint64_t fnv1a(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void memo_free(Scanner *sc) {
    for (size_t k = 0; k < sc->memo_cap; k++) mo_xdecref(sc->memo[k]);
    mo_free(sc->memo);
    sc->memo = NULL;
    sc->memo_cap = sc->memo_used = 0;
}

/* Finds the slot of key s[0..n) with hash h in a table of cap slots: its entry or the empty slot
 * where it goes. */
static MoObject **memo_slot(MoObject **table, size_t cap, const char *s, size_t n, uint64_t h) {
    for (size_t k = (size_t)h & (cap - 1);; k = (k + 1) & (cap - 1)) {
        MoObject *e = table[k];
        if (!e || (MO_STR_NBYTES(e) == n && memcmp(MO_STR_UTF8(e), s, n) == 0)) return &table[k];
    }
}

/* The str for key s[0..n) (no escapes): new reference, from the memo when seen before. */
static MoObject *memo_key(Scanner *sc, const char *s, size_t n) {
    if (n > JSON_MEMO_MAX_KEY) return mo_str_from_utf8(s, n);
    uint64_t h = fnv1a(s, n);
    if (sc->memo_cap) {
        MoObject **slot = memo_slot(sc->memo, sc->memo_cap, s, n, h);
        if (*slot) return mo_newref(*slot);
    }
    MoObject *key = mo_str_from_utf8(s, n);
    if (!key) return NULL;
    if ((sc->memo_used + 1) * 2 > sc->memo_cap) {
        if (sc->memo_cap >= JSON_MEMO_MAX_SLOTS) return key;
        size_t cap = sc->memo_cap ? sc->memo_cap * 2 : 64;
        MoObject **table = mo_calloc(cap * sizeof *table);
        if (!table) {
            mo_err_clear(); /* the memo is only a speed-up: go on without it */
            return key;
        }
        for (size_t k = 0; k < sc->memo_cap; k++) {
            MoObject *e = sc->memo[k];
            if (e) *memo_slot(table, cap, MO_STR_UTF8(e), MO_STR_NBYTES(e), fnv1a(MO_STR_UTF8(e), MO_STR_NBYTES(e))) = e;
        }
        mo_free(sc->memo);
        sc->memo = table;
        sc->memo_cap = cap;
    }
    *memo_slot(sc->memo, sc->memo_cap, s, n, h) = mo_newref(key);
    sc->memo_used++;
    return key;
}

/* The code-point offset of byte offset pos. */
static size_t sc_charpos(const Scanner *sc, size_t pos) {
    if (sc->ascii) return pos;
    size_t cps = 0;
    for (size_t i = 0; i < pos && i < sc->n; i++)
        if (((unsigned char)sc->s[i] & 0xC0) != 0x80) cps++;
    /* raw_decode may start past the end: those positions count one each. */
    return pos > sc->n ? cps + (pos - sc->n) : cps;
}

/* Raises JSONDecodeError(msg, doc, pos) with pos a byte offset; returns NULL. */
static MoObject *sc_error(const Scanner *sc, const char *msg, size_t pos) {
    MoObject *m = mo_str_from_cstr(msg);
    MoObject *p = m ? mo_int_from_u64(sc_charpos(sc, pos)) : NULL;
    if (p) {
        MoObject *args[3] = {m, sc->doc, p};
        MoObject *exc = mo_call(sc->errcls, args, 3, NULL);
        if (exc) {
            mo_err_set_object(exc);
            mo_decref(exc);
        }
    }
    mo_xdecref(m);
    mo_xdecref(p);
    return NULL;
}

static inline size_t sc_skip_ws(const Scanner *sc, size_t i) {
    while (i < sc->n) {
        char c = sc->s[i];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
        i++;
    }
    return i;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The four hex digits after the 'u' at s[u]: 0..0xFFFF, or -1 (JSONDecodeError raised at u). */
static int32_t sc_hex4(const Scanner *sc, size_t u) {
    if (u + 4 < sc->n) {
        int32_t v = 0;
        int k;
        for (k = 1; k <= 4; k++) {
            int h = hexval(sc->s[u + k]);
            if (h < 0) break;
            v = v << 4 | h;
        }
        if (k == 5) return v;
    }
    sc_error(sc, "Invalid \\uXXXX escape", u);
    return -1;
}

/* Scans the string whose opening quote is at s[begin]: new str reference with *end just past the
 * closing quote, or NULL. is_key: an object key, taken from the memo when it has no escape. */
static MoObject *sc_string(Scanner *sc, size_t begin, size_t *end, bool is_key) {
    const char *s = sc->s;
    size_t n = sc->n, i = begin + 1;
    /* The common case: no escape, so the str is a slice of the document. */
    for (;;) {
        if (i >= n) return sc_error(sc, "Unterminated string starting at", begin);
        unsigned char c = (unsigned char)s[i];
        if (c == '"') {
            *end = i + 1;
            if (is_key) return memo_key(sc, s + begin + 1, i - begin - 1);
            return mo_str_from_utf8(s + begin + 1, i - begin - 1);
        }
        if (c == '\\') break;
        if (c < 0x20 && sc->strict) return sc_error(sc, "Invalid control character at", i);
        i++;
    }
    MoStrBuf b;
    mo_strbuf_init(&b);
    size_t chunk = begin + 1;
    for (;;) {
        if (i >= n) {
            mo_strbuf_free(&b);
            return sc_error(sc, "Unterminated string starting at", begin);
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '"') break;
        if (c != '\\') {
            if (c < 0x20 && sc->strict) {
                mo_strbuf_free(&b);
                return sc_error(sc, "Invalid control character at", i);
            }
            i++;
            continue;
        }
        if (!mo_strbuf_append(&b, s + chunk, i - chunk)) goto fail;
        if (i + 1 >= n) {
            mo_strbuf_free(&b);
            return sc_error(sc, "Unterminated string starting at", begin);
        }
        char esc = s[i + 1], out;
        switch (esc) {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'u': out = 0; break;
        default:
            mo_strbuf_free(&b);
            return sc_error(sc, "Invalid \\escape", i);
        }
        if (esc != 'u') {
            if (!mo_strbuf_append(&b, &out, 1)) goto fail;
            i += 2;
            chunk = i;
            continue;
        }
        int32_t cp = sc_hex4(sc, i + 1);
        if (cp < 0) goto fail;
        i += 6;
        /* A high surrogate followed by an escaped low one is one code point; anything else is
         * kept as it is (lone surrogates are valid in a Python str). */
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && s[i] == '\\' && s[i + 1] == 'u') {
            int32_t lo = sc_hex4(sc, i + 1);
            if (lo < 0) goto fail;
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00));
                i += 6;
            }
        }
        if (!mo_strbuf_append_codepoint(&b, (uint32_t)cp)) goto fail;
        chunk = i;
    }
    if (!mo_strbuf_append(&b, s + chunk, i - chunk)) goto fail;
    *end = i + 1;
    return mo_strbuf_finish(&b);
fail:
    mo_strbuf_free(&b);
    return NULL;
}

/* Calls fn(text) for text = s[a..b) (ASCII): new reference or NULL. */
static MoObject *sc_call_text(const Scanner *sc, MoObject *fn, size_t a, size_t b) {
    MoObject *t = mo_str_from_utf8(sc->s + a, b - a);
    if (!t) return NULL;
    MoObject *r = mo_call1(fn, t);
    mo_decref(t);
    return r;
}

static inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Scans the number at s[start] ('-' or a digit): new reference with *end past it, or NULL with
 * *stop set when there is no number there ("Expecting value"). */
static MoObject *sc_number(const Scanner *sc, size_t start, size_t *end, bool *stop) {
    const char *s = sc->s;
    size_t n = sc->n, i = start;
    if (s[i] == '-') i++;
    if (i >= n || !is_digit(s[i])) {
        *stop = true;
        return NULL;
    }
    if (s[i] == '0') i++;
    else
        while (i < n && is_digit(s[i])) i++;
    size_t int_end = i;
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
        i += 2;
        while (i < n && is_digit(s[i])) i++;
        is_float = true;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        if (j < n && is_digit(s[j])) {
            while (j < n && is_digit(s[j])) j++;
            i = j;
            is_float = true;
        }
    }
    if (is_float) {
        *end = i;
        if (sc->parse_float) return sc_call_text(sc, sc->parse_float, start, i);
        bool neg = s[start] == '-';
        double v;
        size_t a = start + (neg ? 1 : 0);
        if (!mo_parse_double(s + a, i - a, &v)) return mo_float_from_string(s + start, i - start);
        return mo_float_new(neg ? -v : v);
    }
    *end = int_end;
    if (sc->parse_int) return sc_call_text(sc, sc->parse_int, start, int_end);
    size_t digits = int_end - start - (s[start] == '-' ? 1 : 0);
    if (digits <= 18) {
        int64_t v = 0;
        for (size_t k = int_end - digits; k < int_end; k++) v = v * 10 + (s[k] - '0');
        return mo_int_from_i64(s[start] == '-' ? -v : v);
    }
    /* int() of the text applies sys.get_int_max_str_digits() as CPython does. */
    return mo_int_from_string(s + start, int_end - start, 10);
}

static MoObject *sc_value(Scanner *sc, size_t i, size_t *end);

/* The constant NaN/Infinity/-Infinity through parse_constant: new reference or NULL. */
static MoObject *sc_constant(Scanner *sc, const char *name, size_t i, size_t len, size_t *end) {
    *end = i + len;
    MoObject *t = mo_str_from_cstr(name);
    if (!t) return NULL;
    MoObject *r = mo_call1(sc->parse_constant, t);
    mo_decref(t);
    return r;
}

static MoObject *sc_array(Scanner *sc, size_t i, size_t *end) {
    if (!mo_enter_recursion(" while decoding a JSON array from a unicode string")) return NULL;
    MoObject *list = mo_list_new(0);
    if (!list) goto fail;
    i = sc_skip_ws(sc, i);
    if (i < sc->n && sc->s[i] == ']') {
        i++;
        goto done;
    }
    for (;;) {
        MoObject *v = sc_value(sc, i, &i);
        if (!v) goto fail;
        int r = mo_list_append(list, v);
        mo_decref(v);
        if (r < 0) goto fail;
        i = sc_skip_ws(sc, i);
        if (i < sc->n && sc->s[i] == ']') {
            i++;
            break;
        }
        if (i >= sc->n || sc->s[i] != ',') {
            sc_error(sc, "Expecting ',' delimiter", i);
            goto fail;
        }
        i = sc_skip_ws(sc, i + 1);
    }
done:
    mo_leave_recursion();
    *end = i;
    return list;
fail:
    mo_leave_recursion();
    mo_xdecref(list);
    return NULL;
}

static MoObject *sc_object(Scanner *sc, size_t i, size_t *end) {
    if (!mo_enter_recursion(" while decoding a JSON object from a unicode string")) return NULL;
    /* With object_pairs_hook the pairs are collected in a list of tuples, else in the dict. */
    MoObject *acc = sc->pairs_hook ? mo_list_new(0) : mo_dict_new();
    MoObject *key = NULL, *value = NULL, *result = NULL;
    if (!acc) goto fail;
    i = sc_skip_ws(sc, i);
    if (i < sc->n && sc->s[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= sc->n || sc->s[i] != '"') {
                sc_error(sc, "Expecting property name enclosed in double quotes", i);
                goto fail;
            }
            key = sc_string(sc, i, &i, true);
            if (!key) goto fail;
            i = sc_skip_ws(sc, i);
            if (i >= sc->n || sc->s[i] != ':') {
                sc_error(sc, "Expecting ':' delimiter", i);
                goto fail;
            }
            i = sc_skip_ws(sc, i + 1);
            value = sc_value(sc, i, &i);
            if (!value) goto fail;
            int r;
            if (sc->pairs_hook) {
                MoObject *pair = mo_tuple_pack(2, key, value);
                r = pair ? mo_list_append(acc, pair) : -1;
                mo_xdecref(pair);
            } else {
                r = mo_dict_set(acc, key, value);
            }
            MO_CLEAR(key);
            MO_CLEAR(value);
            if (r < 0) goto fail;
            i = sc_skip_ws(sc, i);
            if (i < sc->n && sc->s[i] == '}') {
                i++;
                break;
            }
            if (i >= sc->n || sc->s[i] != ',') {
                sc_error(sc, "Expecting ',' delimiter", i);
                goto fail;
            }
            i = sc_skip_ws(sc, i + 1);
        }
    }
    if (sc->pairs_hook) result = mo_call1(sc->pairs_hook, acc);
    else if (sc->object_hook) result = mo_call1(sc->object_hook, acc);
    else result = mo_newref(acc);
    if (!result) goto fail;
    mo_decref(acc);
    mo_leave_recursion();
    *end = i;
    return result;
fail:
    mo_leave_recursion();
    mo_xdecref(key);
    mo_xdecref(value);
    mo_xdecref(acc);
    return NULL;
}

static bool sc_match(const Scanner *sc, size_t i, const char *word, size_t len) {
    return i + len <= sc->n && memcmp(sc->s + i, word, len) == 0;
}

/* Scans the value at s[i]: new reference with *end past it, or NULL ("Expecting value" at i when
 * no value starts there). */
static MoObject *sc_value(Scanner *sc, size_t i, size_t *end) {
    if (json_pace(&sc->pace) < 0) return NULL;
    if (i < sc->n) {
        switch (sc->s[i]) {
        case '"': return sc_string(sc, i, end, false);
        case '{': return sc_object(sc, i + 1, end);
        case '[': return sc_array(sc, i + 1, end);
        case 'n':
            if (sc_match(sc, i, "null", 4)) {
                *end = i + 4;
                return mo_none();
            }
            break;
        case 't':
            if (sc_match(sc, i, "true", 4)) {
                *end = i + 4;
                return mo_bool(true);
            }
            break;
        case 'f':
            if (sc_match(sc, i, "false", 5)) {
                *end = i + 5;
                return mo_bool(false);
            }
            break;
        case 'N':
            if (sc_match(sc, i, "NaN", 3)) return sc_constant(sc, "NaN", i, 3, end);
            break;
        case 'I':
            if (sc_match(sc, i, "Infinity", 8)) return sc_constant(sc, "Infinity", i, 8, end);
            break;
        case '-':
            if (sc_match(sc, i, "-Infinity", 9)) return sc_constant(sc, "-Infinity", i, 9, end);
            /* fall through */
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
            bool stop = false;
            MoObject *r = sc_number(sc, i, end, &stop);
            if (r || !stop) return r;
            break;
        }
        default: break;
        }
    }
    return sc_error(sc, "Expecting value", i);
}

/* _scan(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int,
 * parse_constant, errcls): with whole true, decodes the entire document s (leading and trailing
 * whitespace allowed, "Extra data" after the value) and returns the value; else decodes one value
 * starting at code point idx and returns (value, end). parse_float/parse_int are None or the
 * builtin float/int for the built-in conversions. New reference or NULL. */
static MoObject *json_scan(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 10 || (kwnames && MO_TUPLE_LEN(kwnames)) || !MO_STR_CHECK(args[0])) {
        mo_err_set(&mo_TypeError, "_scan() takes 10 positional arguments: (str, int, ...)");
        return NULL;
    }
    if (!MO_INT_CHECK(args[1])) {
        mo_err_format(&mo_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
        return NULL;
    }
    MoObject *doc = args[0];
    Scanner sc = {
        .s = MO_STR_UTF8(doc), .n = MO_STR_NBYTES(doc), .doc = doc, .ascii = MO_STR(doc)->ascii != 0,
        .errcls = args[9], .parse_constant = args[8],
    };
    int whole = mo_truth(args[2]), strict = mo_truth(args[3]);
    if (whole < 0 || strict < 0) return NULL;
    sc.strict = strict;
    sc.object_hook = args[4] == mo_None ? NULL : args[4];
    sc.pairs_hook = args[5] == mo_None ? NULL : args[5];
    sc.parse_float = args[6] == mo_None || args[6] == MO(&mo_float_type) ? NULL : args[6];
    sc.parse_int = args[7] == mo_None || args[7] == MO(&mo_int_type) ? NULL : args[7];
    int64_t idx;
    if (mo_int_as_i64(args[1], &idx) < 0) return NULL;
    if (idx < 0) {
        mo_err_set(&mo_ValueError, "idx cannot be negative");
        return NULL;
    }
    /* The start as a byte offset (past the end stays past the end, for "Expecting value"). */
    size_t start = (size_t)idx;
    if (!sc.ascii) {
        size_t cps = 0, b = 0;
        while (b < sc.n && cps < (size_t)idx) {
            b++;
            while (b < sc.n && ((unsigned char)sc.s[b] & 0xC0) == 0x80) b++;
            cps++;
        }
        start = b + ((size_t)idx - cps);
    }
    size_t end;
    MoObject *r;
    if (whole) {
        r = sc_value(&sc, sc_skip_ws(&sc, start), &end);
        if (r) {
            end = sc_skip_ws(&sc, end);
            if (end != sc.n) MO_SETREF(r, sc_error(&sc, "Extra data", end));
        }
    } else {
        MoObject *v = start <= sc.n ? sc_value(&sc, start, &end) : sc_error(&sc, "Expecting value", start);
        MoObject *e = v ? mo_int_from_u64(sc_charpos(&sc, end)) : NULL;
        r = e ? mo_tuple_pack(2, v, e) : NULL;
        mo_xdecref(v);
        mo_xdecref(e);
    }
    memo_free(&sc);
    return r;
}

/* ---- encoding ---------------------------------------------------------------------------------- */

typedef struct Encoder {
    MoStrBuf out;
    MoObject *indent;         /* the indent text (borrowed str) or NULL for the compact form */
    MoObject *key_sep, *item_sep; /* borrowed str */
    bool sort_keys, skipkeys, ensure_ascii, allow_nan, check_circular;
    MoObject *dflt;           /* default(o) (borrowed) */
    MoObject **markers;       /* the containers being encoded, for circular reference detection */
    size_t nmarkers, capmarkers;
    size_t level;             /* indentation level */
    unsigned pace;
} Encoder;

static const char hexdigits[] = "0123456789abcdef";

static bool enc_put(Encoder *e, const char *s, size_t n) { return mo_strbuf_append(&e->out, s, n); }

/* Appends s (a str's UTF-8) as a JSON string literal. */
static bool enc_string(Encoder *e, MoObject *str) {
    const unsigned char *s = (const unsigned char *)MO_STR_UTF8(str);
    size_t n = MO_STR_NBYTES(str);
    if (!enc_put(e, "\"", 1)) return false;
    size_t chunk = 0, i = 0;
    while (i < n) {
        unsigned char c = s[i];
        bool plain = c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !e->ensure_ascii);
        if (plain) {
            i++;
            continue;
        }
        if (!enc_put(e, (const char *)s + chunk, i - chunk)) return false;
        char buf[12];
        const char *rep = buf;
        size_t len = 2;
        uint32_t cp = c;
        size_t width = 1;
        switch (c) {
        case '"': rep = "\\\""; break;
        case '\\': rep = "\\\\"; break;
        case '\n': rep = "\\n"; break;
        case '\r': rep = "\\r"; break;
        case '\t': rep = "\\t"; break;
        case '\b': rep = "\\b"; break;
        case '\f': rep = "\\f"; break;
        default:
            if (c >= 0xF0) {
                cp = (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[i + 1] & 0x3F) << 12 | (uint32_t)(s[i + 2] & 0x3F) << 6 |
                     (s[i + 3] & 0x3F);
                width = 4;
            } else if (c >= 0xE0) {
                cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
                width = 3;
            } else if (c >= 0xC0) {
                cp = (uint32_t)(c & 0x1F) << 6 | (s[i + 1] & 0x3F);
                width = 2;
            }
            if (cp >= 0x10000) {
                uint32_t v = cp - 0x10000, hi = 0xD800 | (v >> 10), lo = 0xDC00 | (v & 0x3FF);
                memcpy(buf, "\\ud", 3);
                buf[3] = hexdigits[(hi >> 8) & 0xF];
                buf[4] = hexdigits[(hi >> 4) & 0xF];
                buf[5] = hexdigits[hi & 0xF];
                memcpy(buf + 6, "\\ud", 3);
                buf[9] = hexdigits[(lo >> 8) & 0xF];
                buf[10] = hexdigits[(lo >> 4) & 0xF];
                buf[11] = hexdigits[lo & 0xF];
                len = 12;
            } else {
                buf[0] = '\\';
                buf[1] = 'u';
                for (int k = 0; k < 4; k++) buf[2 + k] = hexdigits[(cp >> (12 - 4 * k)) & 0xF];
                len = 6;
            }
        }
        if (!enc_put(e, rep, len)) return false;
        i += width;
        chunk = i;
    }
    if (!enc_put(e, (const char *)s + chunk, n - chunk)) return false;
    return enc_put(e, "\"", 1);
}

/* Appends int o as int.__repr__ does (o may be a subclass such as an IntEnum member). */
static bool enc_int(Encoder *e, MoObject *o) {
    int64_t v;
    if (mo_int_fits_i64(o) && mo_int_as_i64(o, &v) == 0) {
        char buf[24];
        char *p = buf + sizeof buf;
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0) *--p = '-';
        return enc_put(e, p, (size_t)(buf + sizeof buf - p));
    }
    MoObject *t = mo_int_to_string(o, 10);
    if (!t) return false;
    bool ok = mo_strbuf_append_obj(&e->out, t);
    mo_decref(t);
    return ok;
}

/* Appends float v as float.__repr__, or NaN/Infinity/-Infinity (ValueError without allow_nan;
 * the indented form, which CPython encodes in Python, adds the value to the message). */
static bool enc_float(Encoder *e, double v) {
    if (!isfinite(v)) {
        if (!e->allow_nan) {
            if (e->indent)
                mo_err_format(&mo_ValueError, "Out of range float values are not JSON compliant: %s",
                              isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
            else
                mo_err_set(&mo_ValueError, "Out of range float values are not JSON compliant");
            return false;
        }
        const char *t = isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        return enc_put(e, t, strlen(t));
    }
    char buf[40];
    size_t n = mo_dtoa(v, 'r', 0, buf, sizeof buf);
    if (n == 0) {
        MoObject *t = mo_float_repr_double(v);
        if (!t) return false;
        bool ok = mo_strbuf_append_obj(&e->out, t);
        mo_decref(t);
        return ok;
    }
    return enc_put(e, buf, n);
}

/* A newline and the indent text level times. */
static bool enc_newline(Encoder *e) {
    if (!enc_put(e, "\n", 1)) return false;
    for (size_t k = 0; k < e->level; k++)
        if (!mo_strbuf_append_obj(&e->out, e->indent)) return false;
    return true;
}

/* Marks container o as being encoded: 0, or -1 with "Circular reference detected". */
static int enc_mark(Encoder *e, MoObject *o) {
    if (!e->check_circular) return 0;
    for (size_t k = 0; k < e->nmarkers; k++)
        if (e->markers[k] == o) {
            mo_err_set(&mo_ValueError, "Circular reference detected");
            return -1;
        }
    if (e->nmarkers == e->capmarkers) {
        size_t cap = e->capmarkers ? e->capmarkers * 2 : 16;
        MoObject **m = mo_realloc(e->markers, cap * sizeof *m);
        if (!m) return -1;
        e->markers = m;
        e->capmarkers = cap;
    }
    e->markers[e->nmarkers++] = o;
    return 0;
}

static void enc_unmark(Encoder *e) {
    if (e->check_circular && e->nmarkers) e->nmarkers--;
}

static bool enc_value(Encoder *e, MoObject *o);

static const char *enc_depth_where(const Encoder *e) {
    return e->indent ? " while calling a Python object" : " while encoding a JSON object";
}

static bool enc_list(Encoder *e, MoObject *o) {
    MoObject *seq = o;
    bool exact = MO_CHECK_EXACT(o, mo_list_type) || MO_CHECK_EXACT(o, mo_tuple_type);
    /* Subclasses are iterated with their own __iter__, as CPython's encoder does. */
    if (!exact) {
        seq = mo_list_new(0);
        MoObject *it = seq ? mo_iter(o) : NULL, *item;
        if (!it) {
            mo_xdecref(seq);
            return false;
        }
        while ((item = mo_next(it)) != NULL) {
            int r = mo_list_append(seq, item);
            mo_decref(item);
            if (r < 0) break;
        }
        mo_decref(it);
        if (mo_err_occurred()) {
            mo_decref(seq);
            return false;
        }
    } else {
        mo_incref(seq);
    }
    bool is_tuple = MO_CHECK_EXACT(seq, mo_tuple_type);
    size_t len = is_tuple ? MO_TUPLE_LEN(seq) : MO_LIST_LEN(seq);
    if (len == 0) {
        mo_decref(seq);
        return enc_put(e, "[]", 2);
    }
    if (!mo_enter_recursion(enc_depth_where(e))) {
        mo_decref(seq);
        return false;
    }
    bool ok = false;
    if (enc_mark(e, o) < 0) goto out;
    if (!enc_put(e, "[", 1)) goto unmark;
    if (e->indent) {
        e->level++;
        if (!enc_newline(e)) goto unmark;
    }
    for (size_t k = 0;; k++) {
        size_t cur = is_tuple ? MO_TUPLE_LEN(seq) : MO_LIST_LEN(seq);
        if (k >= cur) break;
        if (k > 0) {
            if (!mo_strbuf_append_obj(&e->out, e->item_sep)) goto unmark;
            if (e->indent && !enc_newline(e)) goto unmark;
        }
        MoObject *item = is_tuple ? MO_TUPLE_ITEM(seq, k) : MO_LIST_ITEM(seq, k);
        mo_incref(item);
        bool r = enc_value(e, item);
        mo_decref(item);
        if (!r) goto unmark;
    }
    if (e->indent) {
        e->level--;
        if (!enc_newline(e)) goto unmark;
    }
    ok = enc_put(e, "]", 1);
unmark:
    enc_unmark(e);
out:
    mo_leave_recursion();
    mo_decref(seq);
    return ok;
}

/* The text of a dict key as CPython's encoder converts it (new str reference), or NULL: with
 * *skip set when the key is to be skipped (skipkeys), else with an exception. */
static MoObject *enc_key_text(Encoder *e, MoObject *key, bool *skip) {
    *skip = false;
    if (MO_STR_CHECK(key)) return mo_newref(key);
    if (mo_isinstance_type(key, &mo_float_type)) {
        double v = MO_FLOAT_VALUE(key);
        if (!isfinite(v)) {
            if (!e->allow_nan) {
                enc_float(e, v);
                return NULL;
            }
            return mo_str_from_cstr(isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        }
        return mo_float_repr_double(v);
    }
    if (key == mo_True) return mo_str_from_cstr("true");
    if (key == mo_False) return mo_str_from_cstr("false");
    if (key == mo_None) return mo_str_from_cstr("null");
    if (MO_INT_CHECK(key)) return mo_int_to_string(key, 10);
    if (e->skipkeys) {
        *skip = true;
        return NULL;
    }
    mo_err_format(&mo_TypeError, "keys must be str, int, float, bool or None, not %T", key);
    return NULL;
}

static bool enc_dict(Encoder *e, MoObject *o) {
    /* The items are taken first (CPython's items() snapshot), so default() or a __repr__ that
     * changes the dict cannot disturb the walk. */
    MoObject **items = NULL;
    MoObject *itemlist = NULL;
    size_t n = 0;
    if (MO_CHECK_EXACT(o, mo_dict_type) && !e->sort_keys) {
        n = mo_dict_len(o);
        if (n == 0) return enc_put(e, "{}", 2);
        items = mo_alloc(2 * n * sizeof *items);
        if (!items) return false;
        size_t pos = 0, k = 0;
        MoObject *key, *value;
        while (k < n && mo_dict_next(o, &pos, &key, &value)) {
            mo_incref(key);
            mo_incref(value);
            items[2 * k] = key;
            items[2 * k + 1] = value;
            k++;
        }
        n = k;
    } else {
        /* dict subclasses go through their items(); sort_keys sorts the (key, value) pairs. */
        MoObject *view = mo_call_method(o, "items", NULL, 0);
        if (!view) return false;
        itemlist = mo_sequence_list(view);
        mo_decref(view);
        if (!itemlist) return false;
        if (MO_LIST_LEN(itemlist) == 0) {
            mo_decref(itemlist);
            return enc_put(e, "{}", 2);
        }
        if (e->sort_keys && mo_list_sort(itemlist, NULL, false) < 0) {
            mo_decref(itemlist);
            return false;
        }
        n = MO_LIST_LEN(itemlist);
        items = mo_calloc(2 * n * sizeof *items);
        if (!items) {
            mo_decref(itemlist);
            return false;
        }
        for (size_t k = 0; k < n; k++) {
            MoObject *pair = MO_LIST_ITEM(itemlist, k);
            if (!MO_CHECK_EXACT(pair, mo_tuple_type) || MO_TUPLE_LEN(pair) != 2) {
                size_t plen = MO_CHECK_EXACT(pair, mo_tuple_type) ? MO_TUPLE_LEN(pair) : 0;
                if (MO_CHECK_EXACT(pair, mo_tuple_type))
                    mo_err_format(&mo_ValueError, plen < 2 ? "not enough values to unpack (expected 2, got %zu)"
                                                           : "too many values to unpack (expected 2)",
                                  plen);
                else
                    mo_err_set(&mo_ValueError, "items must return 2-tuples");
                for (size_t j = 0; j < 2 * k; j++) mo_decref(items[j]);
                mo_free(items);
                mo_decref(itemlist);
                return false;
            }
            items[2 * k] = mo_newref(MO_TUPLE_ITEM(pair, 0));
            items[2 * k + 1] = mo_newref(MO_TUPLE_ITEM(pair, 1));
        }
        mo_decref(itemlist);
    }
    bool ok = false, entered = false, marked = false;
    if (!mo_enter_recursion(enc_depth_where(e))) goto out;
    entered = true;
    if (enc_mark(e, o) < 0) goto out;
    marked = true;
    if (!enc_put(e, "{", 1)) goto out;
    if (e->indent) {
        e->level++;
        if (!enc_newline(e)) goto out;
    }
    bool first = true;
    for (size_t k = 0; k < n; k++) {
        MoObject *key = items[2 * k], *value = items[2 * k + 1];
        bool skip;
        MoObject *text = enc_key_text(e, key, &skip);
        if (!text) {
            if (skip) continue;
            goto out;
        }
        bool r = true;
        if (!first) {
            r = mo_strbuf_append_obj(&e->out, e->item_sep) && (!e->indent || enc_newline(e));
        }
        first = false;
        r = r && enc_string(e, text) && mo_strbuf_append_obj(&e->out, e->key_sep);
        mo_decref(text);
        if (!r || !enc_value(e, value)) goto out;
    }
    if (e->indent) {
        e->level--;
        if (!enc_newline(e)) goto out;
    }
    ok = enc_put(e, "}", 1);
out:
    if (marked) enc_unmark(e);
    if (entered) mo_leave_recursion();
    for (size_t k = 0; k < 2 * n; k++) mo_xdecref(items[k]);
    mo_free(items);
    return ok;
}

static bool enc_value(Encoder *e, MoObject *o) {
    if (json_pace(&e->pace) < 0) return false;
    MoType *t = MO_TYPE(o);
    if (t == &mo_str_type) return enc_string(e, o);
    if (o == mo_None) return enc_put(e, "null", 4);
    if (o == mo_True) return enc_put(e, "true", 4);
    if (o == mo_False) return enc_put(e, "false", 5);
    if (t == &mo_int_type) return enc_int(e, o);
    if (t == &mo_float_type) return enc_float(e, MO_FLOAT_VALUE(o));
    if (t == &mo_list_type || t == &mo_tuple_type) return enc_list(e, o);
    if (t == &mo_dict_type) return enc_dict(e, o);
    if (MO_STR_CHECK(o)) return enc_string(e, o);
    if (MO_INT_CHECK(o)) return enc_int(e, o);
    if (mo_isinstance_type(o, &mo_float_type)) return enc_float(e, MO_FLOAT_VALUE(o));
    if (mo_isinstance_type(o, &mo_list_type) || mo_isinstance_type(o, &mo_tuple_type)) return enc_list(e, o);
    if (MO_DICT_CHECK(o)) return enc_dict(e, o);
    /* Anything else is what default(o) returns, encoded in its place. */
    if (!mo_enter_recursion(enc_depth_where(e))) return false;
    bool ok = false;
    if (enc_mark(e, o) < 0) goto out;
    MoObject *r = mo_call1(e->dflt, o);
    if (r) {
        ok = enc_value(e, r);
        mo_decref(r);
    }
    enc_unmark(e);
out:
    mo_leave_recursion();
    return ok;
}

/* _encode(o, indent, key_separator, item_separator, sort_keys, skipkeys, ensure_ascii, allow_nan,
 * check_circular, default): the JSON text of o (new str reference) or NULL. indent is None or the
 * indent text (a str); the separators must be str, as CPython's make_encoder requires. */
static MoObject *json_encode(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs != 10 || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_set(&mo_TypeError, "_encode() takes 10 positional arguments");
        return NULL;
    }
    Encoder e = {0};
    if (args[1] != mo_None && !MO_STR_CHECK(args[1])) {
        mo_err_format(&mo_TypeError, "make_encoder() argument 4 must be str or None, not %T", args[1]);
        return NULL;
    }
    for (int k = 2; k <= 3; k++)
        if (!MO_STR_CHECK(args[k])) {
            mo_err_format(&mo_TypeError, "make_encoder() argument %d must be str, not %T", k + 3, args[k]);
            return NULL;
        }
    e.indent = args[1] == mo_None ? NULL : args[1];
    e.key_sep = args[2];
    e.item_sep = args[3];
    int flags[5];
    for (int k = 0; k < 5; k++) {
        flags[k] = mo_truth(args[4 + k]);
        if (flags[k] < 0) return NULL;
    }
    e.sort_keys = flags[0];
    e.skipkeys = flags[1];
    e.ensure_ascii = flags[2];
    e.allow_nan = flags[3];
    e.check_circular = flags[4];
    e.dflt = args[9];
    mo_strbuf_init(&e.out);
    bool ok = enc_value(&e, args[0]);
    mo_free(e.markers);
    if (!ok) {
        mo_strbuf_free(&e.out);
        return NULL;
    }
    return mo_strbuf_finish(&e.out);
}

static const MoMethodDef json_functions[] = {
    {"_scan", json_scan, MO_METH_STATIC, "Decodes a JSON document (json.py's JSONDecoder)."},
    {"_encode", json_encode, MO_METH_STATIC, "Encodes an object as JSON text (json.py's JSONEncoder)."},
    {NULL, NULL, 0, NULL},
};

int mo_module_json_init(MoObject *module, MoObject *dict) {
    return mo_module_add_functions(module, dict, json_functions);
}
