/*
 * str.c: the str type. Strings are immutable UTF-8 with a cached code-point length and hash.
 *
 * Storage. A MoStr holds nbytes of UTF-8 (plus a NUL) and the number of code points. ASCII strings
 * (the common case) index by byte offset. Lone surrogates, which Python allows in str ('\ud800'),
 * are stored in their 3-byte generalized UTF-8 form; they sort correctly because UTF-8 byte order
 * equals code-point order, and the UTF-8 *codec* rejects them as CPython's does.
 *
 * Indexing non-ASCII text. s[i] on UTF-8 needs a scan; to keep `for i in range(len(s)): s[i]`
 * linear, every non-ASCII string longer than TY_IDX_MIN code points carries, after its text (in
 * the same allocation), a sparse index: the byte offset of every TY_IDX_STEP-th code point. It is
 * built once when the string is created (strings are immutable) and bit 1 of `interned` says it is
 * there. A lookup walks at most TY_IDX_STEP - 1 code points.
 *
 * Hash. SipHash-1-3 over the UTF-8 bytes with a fixed key, cached in the object (-1 = not yet).
 * bytes uses the same function, so hash('abc') == hash(b'abc') as in CPython.
 *
 * Interning. Strings interned while no run is active (names of builtins, method names) go in an
 * immortal process-wide table shared by every run; strings interned during a run go in the run's
 * dict mo_vm->interned and die with the run.
 */
#include "typesutil.h"

#include <string.h>

#define TY_IDX_MIN 64
#define TY_IDX_STEP 32
#define TY_FLAG_INTERNED 1
#define TY_FLAG_INDEX 2

static size_t str_header(void) { return offsetof(MoStr, utf8); }

static size_t idx_offset(size_t nbytes) { return (str_header() + nbytes + 1 + 3) & ~(size_t)3; }

static uint32_t *str_index(MoStr *s) { return (uint32_t *)((char *)s + idx_offset(s->nbytes)); }

MoObject *ty_str_alloc(size_t nbytes, size_t len, bool ascii) {
    size_t size;
    bool want_idx = !ascii && len > TY_IDX_MIN;
    if (nbytes > TY_MAX_ALLOC) return mo_err_nomemory();
    if (want_idx)
        size = idx_offset(nbytes) + (len / TY_IDX_STEP + 1) * sizeof(uint32_t);
    else
        size = str_header() + nbytes + 1;
    MoStr *s = (MoStr *)mo_object_new_size(&mo_str_type, size);
    if (!s) return NULL;
    s->len = len;
    s->nbytes = nbytes;
    s->hash = -1;
    s->ascii = ascii;
    s->interned = want_idx ? TY_FLAG_INDEX : 0;
    s->utf8[nbytes] = 0;
    return MO(s);
}

MoObject *ty_str_finish(MoObject *o) {
    MoStr *s = MO_STR(o);
    s->utf8[s->nbytes] = 0;
    if (s->interned & TY_FLAG_INDEX) {
        uint32_t *idx = str_index(s);
        size_t cp = 0;
        const uint8_t *p = (const uint8_t *)s->utf8;
        for (size_t b = 0; b < s->nbytes; b += ty_utf8_len(p[b]), cp++)
            if (cp % TY_IDX_STEP == 0) idx[cp / TY_IDX_STEP] = (uint32_t)b;
        if (cp % TY_IDX_STEP == 0) idx[cp / TY_IDX_STEP] = (uint32_t)s->nbytes;
    }
    return o;
}

size_t ty_str_byte_offset(MoObject *o, size_t i) {
    MoStr *s = MO_STR(o);
    if (s->ascii) return i;
    if (i >= s->len) return s->nbytes;
    size_t b = 0, cp = 0;
    if (s->interned & TY_FLAG_INDEX) {
        cp = i - i % TY_IDX_STEP;
        b = str_index(s)[cp / TY_IDX_STEP];
    }
    const uint8_t *p = (const uint8_t *)s->utf8;
    while (cp < i) { b += ty_utf8_len(p[b]); cp++; }
    return b;
}

static size_t count_cps(const char *s, size_t n, bool *ascii) {
    size_t len = 0;
    bool a = true;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        if ((c & 0xC0) != 0x80) len++;
        if (c >= 0x80) a = false;
    }
    *ascii = a;
    return len;
}

static MoObject *empty_str;

MoObject *ty_empty_str(void) {
    if (!empty_str) {
        MoObject *e = ty_str_alloc(0, 0, true);
        if (!e) return NULL;
        if (mo_vm) return e; /* not cached: it would die with the run */
        e->refcnt = MO_IMMORTAL_REFCNT;
        empty_str = e;
    }
    return mo_newref(empty_str);
}

MoObject *ty_str_new_len(const char *s, size_t nbytes, int64_t len) {
    bool ascii;
    size_t n;
    if (len < 0) n = count_cps(s, nbytes, &ascii);
    else { n = (size_t)len; ascii = n == nbytes; }
    if (n == 0 && empty_str) return mo_newref(empty_str);
    MoObject *r = ty_str_alloc(nbytes, n, ascii);
    if (!r) return NULL;
    memcpy(MO_STR_UTF8(r), s, nbytes);
    return ty_str_finish(r);
}

MoObject *mo_str_from_utf8(const char *s, size_t n) { return ty_str_new_len(s, n, -1); }

MoObject *mo_str_from_cstr(const char *s) { return ty_str_new_len(s, strlen(s), -1); }

size_t mo_str_len(MoObject *s) { return MO_STR(s)->len; }

MoObject *mo_str_from_codepoint(uint32_t cp) {
    char buf[4];
    size_t n = ty_utf8_encode(cp, buf);
    return ty_str_new_len(buf, n, 1);
}

/* Strict UTF-8 (no surrogates, no overlongs): what text from outside must be. */
bool mo_utf8_valid(const char *str, size_t n) {
    const uint8_t *s = (const uint8_t *)str;
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else return false;
        if (i + need >= n) return false;
        if (s[i + 1] < lo || s[i + 1] > hi) return false;
        for (size_t k = 2; k <= need; k++)
            if ((s[i + k] & 0xC0) != 0x80) return false;
        i += need + 1;
    }
    return true;
}

/* Examines the malformed sequence at s[i]: returns the number of bytes CPython reports as the
 * error range and sets *reason. */
static size_t utf8_error_at(const uint8_t *s, size_t n, size_t i, const char **reason) {
    uint8_t c = s[i];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else { *reason = "invalid start byte"; return 1; }
    size_t k = 1;
    for (; k <= need; k++) {
        if (i + k >= n) { *reason = "unexpected end of data"; return k; }
        uint8_t lb = k == 1 ? lo : 0x80, hb = k == 1 ? hi : 0xBF;
        if (s[i + k] < lb || s[i + k] > hb) { *reason = "invalid continuation byte"; return k; }
    }
    *reason = NULL;
    return 0;
}

static MoObject *unicode_error(MoType *type, const char *codec, const char *what, const uint8_t *s, size_t start,
                               size_t end, const char *reason) {
    if (end - start == 1)
        mo_err_format(type, "'%s' codec can't %s byte 0x%c%c in position %zu: %s", codec, what,
                      "0123456789abcdef"[s[start] >> 4], "0123456789abcdef"[s[start] & 15], start, reason);
    else
        mo_err_format(type, "'%s' codec can't %s bytes in position %zu-%zu: %s", codec, what, start, end - 1, reason);
    return NULL;
}

/* errors: 0 strict, 1 ignore, 2 replace, 3 backslashreplace, 4 surrogateescape. */
int ty_errors_mode(MoObject *errors);
int ty_errors_mode(MoObject *errors) {
    if (!errors) return 0;
    const char *e = MO_STR_UTF8(errors);
    if (!strcmp(e, "strict")) return 0;
    if (!strcmp(e, "ignore")) return 1;
    if (!strcmp(e, "replace")) return 2;
    if (!strcmp(e, "backslashreplace")) return 3;
    if (!strcmp(e, "surrogateescape")) return 4;
    return 0;
}

/* Applies the error handler to the undecodable bytes s[start, end): 0, or -1 with the
 * UnicodeDecodeError raised (strict, or surrogateescape on an ASCII byte). */
static int decode_error(MoStrBuf *b, const char *codec, const uint8_t *s, size_t start, size_t end, const char *reason,
                        int mode) {
    static const char hex[] = "0123456789abcdef";
    if (mode == 4)
        for (size_t k = start; k < end; k++)
            if (s[k] < 0x80) mode = 0;
    if (mode == 0) {
        unicode_error(&mo_UnicodeDecodeError, codec, "decode", s, start, end, reason);
        return -1;
    }
    if (mode == 2) mo_strbuf_append(b, "\xEF\xBF\xBD", 3);
    for (size_t k = start; k < end && (mode == 3 || mode == 4); k++) {
        if (mode == 3) {
            char esc[4] = {'\\', 'x', hex[s[k] >> 4], hex[s[k] & 15]};
            mo_strbuf_append(b, esc, 4);
        } else mo_strbuf_append_codepoint(b, 0xDC00 + s[k]);
    }
    return 0;
}

/* UTF-16 and UTF-32 (unit 2 or 4 bytes). bom: detect a byte-order mark (the plain 'utf-16' and
 * 'utf-32' codecs); otherwise big selects the byte order. Error messages name the concrete codec
 * ('utf-16-le' ...) and count positions from the start of the input, as CPython. */
static MoObject *decode_utf16_32(const uint8_t *s, size_t n, unsigned unit, bool bom, bool big, int mode) {
    size_t i = 0;
    if (bom) {
        if (unit == 2 && n >= 2 && s[0] == 0xFF && s[1] == 0xFE) { big = false; i = 2; }
        else if (unit == 2 && n >= 2 && s[0] == 0xFE && s[1] == 0xFF) { big = true; i = 2; }
        else if (unit == 4 && n >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0) { big = false; i = 4; }
        else if (unit == 4 && n >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF) { big = true; i = 4; }
    }
    const char *codec = unit == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    MoStrBuf b;
    mo_strbuf_init(&b);
#define UNIT16(p) (big ? (uint32_t)((s[p] << 8) | s[(p) + 1]) : (uint32_t)((s[(p) + 1] << 8) | s[p]))
    while (i < n) {
        const char *reason = NULL;
        size_t bad_end = 0;
        if (n - i < unit) { reason = "truncated data"; bad_end = n; }
        else if (unit == 4) {
            uint32_t c = big ? ((uint32_t)s[i] << 24 | (uint32_t)s[i + 1] << 16 | (uint32_t)s[i + 2] << 8 | s[i + 3])
                             : ((uint32_t)s[i + 3] << 24 | (uint32_t)s[i + 2] << 16 | (uint32_t)s[i + 1] << 8 | s[i]);
            if (c > 0x10FFFF) { reason = "code point not in range(0x110000)"; bad_end = i + 4; }
            else if (c >= 0xD800 && c < 0xE000) {
                reason = "code point in surrogate code point range(0xd800, 0xe000)";
                bad_end = i + 4;
            } else { mo_strbuf_append_codepoint(&b, c); i += 4; continue; }
        } else {
            uint32_t u = UNIT16(i);
            if (u < 0xD800 || u > 0xDFFF) { mo_strbuf_append_codepoint(&b, u); i += 2; continue; }
            if (u >= 0xDC00) { reason = "illegal encoding"; bad_end = i + 2; }
            else if (n - i < 4) { reason = "unexpected end of data"; bad_end = n; }
            else {
                uint32_t lo = UNIT16(i + 2);
                if (lo < 0xDC00 || lo > 0xDFFF) { reason = "illegal UTF-16 surrogate"; bad_end = i + 2; }
                else {
                    mo_strbuf_append_codepoint(&b, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                    i += 4;
                    continue;
                }
            }
        }
        if (decode_error(&b, codec, s, i, bad_end, reason, mode) < 0) { mo_strbuf_free(&b); return NULL; }
        i = bad_end;
    }
#undef UNIT16
    return mo_strbuf_finish(&b);
}

MoObject *ty_decode(const uint8_t *s, size_t n, const char *codec, int mode);
MoObject *ty_decode(const uint8_t *s, size_t n, const char *codec, int mode) {
    MoStrBuf b;
    if (!strcmp(codec, "utf-8-sig")) {
        bool has_bom = n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF;
        return has_bom ? ty_decode(s + 3, n - 3, "utf-8", mode) : ty_decode(s, n, "utf-8", mode);
    }
    if (!strncmp(codec, "utf-16", 6) || !strncmp(codec, "utf-32", 6)) {
        unsigned unit = codec[4] == '1' ? 2 : 4;
        return decode_utf16_32(s, n, unit, codec[6] == 0, !strcmp(codec + 6, "-be"), mode);
    }
    if (!strcmp(codec, "utf-8")) {
        if (mo_utf8_valid((const char *)s, n)) return mo_str_from_utf8((const char *)s, n);
        mo_strbuf_init(&b);
        size_t i = 0, run = 0;
        while (i < n) {
            if (s[i] < 0x80) { i++; continue; }
            const char *reason;
            size_t bad = utf8_error_at(s, n, i, &reason);
            if (!bad) { i += ty_utf8_len(s[i]); continue; }
            if (mode == 0) { mo_strbuf_free(&b); return unicode_error(&mo_UnicodeDecodeError, codec, "decode", s, i, i + bad, reason); }
            mo_strbuf_append(&b, (const char *)s + run, i - run);
            if (mode == 2) mo_strbuf_append(&b, "\xEF\xBF\xBD", 3);
            else if (mode == 3 || mode == 4) {
                for (size_t k = 0; k < bad; k++) {
                    if (mode == 3) {
                        char esc[5] = {'\\', 'x', "0123456789abcdef"[s[i + k] >> 4], "0123456789abcdef"[s[i + k] & 15], 0};
                        mo_strbuf_append(&b, esc, 4);
                    } else {
                        mo_strbuf_append_codepoint(&b, 0xDC00 + s[i + k]);
                    }
                }
            }
            i += bad;
            run = i;
        }
        mo_strbuf_append(&b, (const char *)s + run, n - run);
        return mo_strbuf_finish(&b);
    }
    bool latin1 = !strcmp(codec, "latin-1");
    mo_strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x80 || latin1) { mo_strbuf_append_codepoint(&b, s[i]); continue; }
        if (mode == 0) {
            mo_strbuf_free(&b);
            return unicode_error(&mo_UnicodeDecodeError, codec, "decode", s, i, i + 1, "ordinal not in range(128)");
        }
        if (mode == 2) mo_strbuf_append(&b, "\xEF\xBF\xBD", 3);
        else if (mode == 3) {
            char esc[5] = {'\\', 'x', "0123456789abcdef"[s[i] >> 4], "0123456789abcdef"[s[i] & 15], 0};
            mo_strbuf_append(&b, esc, 4);
        } else if (mode == 4) mo_strbuf_append_codepoint(&b, 0xDC00 + s[i]);
    }
    return mo_strbuf_finish(&b);
}

MoObject *mo_str_decode_utf8(const char *s, size_t n) { return ty_decode((const uint8_t *)s, n, "utf-8", 0); }

bool mo_str_eq(MoObject *a, MoObject *b) {
    if (a == b) return true;
    MoStr *x = MO_STR(a), *y = MO_STR(b);
    if (x->nbytes != y->nbytes) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->utf8, y->utf8, x->nbytes) == 0;
}

bool mo_str_eq_cstr(MoObject *s, const char *c) {
    size_t n = strlen(c);
    return MO_STR(s)->nbytes == n && memcmp(MO_STR(s)->utf8, c, n) == 0;
}

/* ---- hash: SipHash-1-3 ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                        \
    do {                                                                \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);       \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                          \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                          \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);       \
    } while (0)

int64_t ty_hash_bytes(const void *data, size_t len) {
    const uint8_t *in = data;
    const uint64_t k0 = 0x0706050403020100ULL ^ 0x5a17c0de9e3779b9ULL, k1 = 0x0f0e0d0c0b0a0908ULL ^ 0x6d6f6174ULL;
    uint64_t v0 = 0x736f6d6570736575ULL ^ k0, v1 = 0x646f72616e646f6dULL ^ k1;
    uint64_t v2 = 0x6c7967656e657261ULL ^ k0, v3 = 0x7465646279746573ULL ^ k1;
    uint64_t b = (uint64_t)len << 56;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t m = 0;
        for (int k = 0; k < 8; k++) m |= (uint64_t)in[i + k] << (8 * k);
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    for (int k = 0; i + k < len; k++) b |= (uint64_t)in[i + k] << (8 * k);
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND; SIPROUND; SIPROUND;
    int64_t h = (int64_t)(v0 ^ v1 ^ v2 ^ v3);
    if (len == 0) h = 0; /* CPython: hash('') == 0 */
    return h == -1 ? -2 : h;
}

static int str_hash(MoObject *o, int64_t *out) {
    MoStr *s = MO_STR(o);
    if (s->hash == -1) s->hash = ty_hash_bytes(s->utf8, s->nbytes);
    *out = s->hash;
    return 0;
}

/* ---- interning ---- */

static MoObject **itab;
static size_t itab_cap, itab_used;

static MoObject *itab_find(const char *s, size_t n, int64_t h) {
    if (!itab) return NULL;
    size_t mask = itab_cap - 1, i = (size_t)h & mask;
    while (itab[i]) {
        MoStr *e = MO_STR(itab[i]);
        if (e->hash == h && e->nbytes == n && memcmp(e->utf8, s, n) == 0) return itab[i];
        i = (i + 1) & mask;
    }
    return NULL;
}

static int itab_add(MoObject *str) {
    if ((itab_used + 1) * 2 > itab_cap) {
        size_t ncap = itab_cap ? itab_cap * 2 : 256;
        MoObject **nt = mo_calloc(ncap * sizeof(MoObject *));
        if (!nt) return -1;
        for (size_t k = 0; k < itab_cap; k++) {
            if (!itab[k]) continue;
            size_t j = (size_t)MO_STR(itab[k])->hash & (ncap - 1);
            while (nt[j]) j = (j + 1) & (ncap - 1);
            nt[j] = itab[k];
        }
        mo_free(itab);
        itab = nt;
        itab_cap = ncap;
    }
    size_t j = (size_t)MO_STR(str)->hash & (itab_cap - 1);
    while (itab[j]) j = (j + 1) & (itab_cap - 1);
    itab[j] = str;
    itab_used++;
    return 0;
}

static MoObject *intern_bytes(const char *s, size_t n, MoObject *existing) {
    int64_t h = ty_hash_bytes(s, n);
    MoObject *r = itab_find(s, n, h);
    if (r) return r;
    if (!mo_vm) {
        MoObject *str = existing ? mo_newref(existing) : mo_str_from_utf8(s, n);
        if (!str) return NULL;
        if (str == empty_str || MO_STR(str)->len == 0) { /* keep the shared empty string */ }
        str->refcnt = MO_IMMORTAL_REFCNT;
        MO_STR(str)->hash = h;
        MO_STR(str)->interned |= TY_FLAG_INTERNED;
        if (itab_add(str) < 0) return NULL;
        return str;
    }
    if (!mo_vm->interned) {
        mo_vm->interned = mo_dict_new();
        if (!mo_vm->interned) return NULL;
    }
    MoObject *str = existing ? mo_newref(existing) : mo_str_from_utf8(s, n);
    if (!str) return NULL;
    MO_STR(str)->hash = h;
    MoObject *found = mo_dict_get(mo_vm->interned, str);
    if (found) { mo_decref(str); return found; }
    if (mo_err_occurred()) { mo_decref(str); return NULL; }
    MO_STR(str)->interned |= TY_FLAG_INTERNED;
    if (mo_dict_set(mo_vm->interned, str, str) < 0) { mo_decref(str); return NULL; }
    mo_decref(str);
    return str;
}

MoObject *mo_str_intern(const char *s) { return intern_bytes(s, strlen(s), NULL); }

MoObject *mo_str_intern_obj(MoObject *s) {
    if (MO_STR(s)->interned & TY_FLAG_INTERNED) return mo_newref(s);
    MoObject *r = intern_bytes(MO_STR_UTF8(s), MO_STR_NBYTES(s), MO_CHECK_EXACT(s, mo_str_type) ? s : NULL);
    return r ? mo_newref(r) : NULL;
}

/* ---- slots ---- */

static void str_dealloc(MoObject *o) { mo_object_free(o); }

MoObject *mo_str_concat(MoObject *a, MoObject *b) {
    MoStr *x = MO_STR(a), *y = MO_STR(b);
    if (y->len == 0 && MO_CHECK_EXACT(a, mo_str_type)) return mo_newref(a);
    if (x->len == 0 && MO_CHECK_EXACT(b, mo_str_type)) return mo_newref(b);
    if (!mo_mem_check(x->nbytes + y->nbytes)) return NULL;
    MoObject *r = ty_str_alloc(x->nbytes + y->nbytes, x->len + y->len, x->ascii && y->ascii);
    if (!r) return NULL;
    memcpy(MO_STR_UTF8(r), x->utf8, x->nbytes);
    memcpy(MO_STR_UTF8(r) + x->nbytes, y->utf8, y->nbytes);
    return ty_str_finish(r);
}

static MoObject *str_repeat(MoObject *a, int64_t n) {
    MoStr *s = MO_STR(a);
    if (n <= 0 || s->len == 0) return ty_empty_str();
    if (n == 1 && MO_CHECK_EXACT(a, mo_str_type)) return mo_newref(a);
    if ((uint64_t)n > SIZE_MAX / 2 / (s->nbytes ? s->nbytes : 1)) return mo_err_nomemory();
    size_t total = s->nbytes * (size_t)n;
    if (!mo_mem_check(total)) return NULL;
    MoObject *r = ty_str_alloc(total, s->len * (size_t)n, s->ascii);
    if (!r) return NULL;
    char *d = MO_STR_UTF8(r);
    memcpy(d, s->utf8, s->nbytes);
    size_t done = s->nbytes;
    while (done < total) {
        size_t c = done < total - done ? done : total - done;
        memcpy(d + done, d, c);
        done += c;
    }
    return ty_str_finish(r);
}

/* Decides how `seq * n` should behave for a sequence type: returns 1 with *n filled, 0 if the
 * other operand should get a chance (NotImplemented), -1 on error. */
int ty_repeat_count(MoObject *other, int64_t *n);
int ty_repeat_count(MoObject *other, int64_t *n) {
    if (!MO_INT_CHECK(other) && !mo_type_lookup(MO_TYPE(other), mo_str_intern("__index__"))) {
        if (MO_TYPE(other)->flags & MO_TPFLAG_HEAPTYPE) return 0;
        mo_err_format(&mo_TypeError, "can't multiply sequence by non-int of type '%s'", MO_TYPE(other)->name);
        return -1;
    }
    if (MO_INT_CHECK(other) && !mo_int_fits_i64(other)) {
        if (mo_int_sign(other) < 0) { *n = 0; return 1; }
        mo_err_format(&mo_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (mo_index(other, n) < 0) return -1;
    return 1;
}

static MoObject *str_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op == MO_ADD) {
        if (!MO_STR_CHECK(a)) return mo_newref(mo_NotImplemented);
        if (MO_STR_CHECK(b)) return mo_str_concat(a, b);
        if (MO_TYPE(b)->flags & MO_TPFLAG_HEAPTYPE) return mo_newref(mo_NotImplemented);
        mo_err_format(&mo_TypeError, "can only concatenate str (not \"%s\") to str", MO_TYPE(b)->name);
        return NULL;
    }
    if (op == MO_MUL) {
        MoObject *s = MO_STR_CHECK(a) ? a : b, *other = s == a ? b : a;
        if (s == b && MO_STR_CHECK(a)) {
            /* 'a' * 'b' */
            mo_err_format(&mo_TypeError, "can't multiply sequence by non-int of type '%s'", MO_TYPE(b)->name);
            return NULL;
        }
        int64_t n;
        int r = ty_repeat_count(other, &n);
        if (r < 0) return NULL;
        if (r == 0) return mo_newref(mo_NotImplemented);
        return str_repeat(s, n);
    }
    if (op == MO_MOD && MO_STR_CHECK(a)) {
        /* str's % goes first (CPython's nb_remainder), unless b is a str subclass: binary_op1. */
        return mo_str_percent_format(a, b);
    }
    return mo_newref(mo_NotImplemented);
}

static int str_compare_raw(MoStr *x, MoStr *y) {
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->utf8, y->utf8, n);
    if (c) return c;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
}

static MoObject *str_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    if (!MO_STR_CHECK(a) || !MO_STR_CHECK(b)) return mo_newref(mo_NotImplemented);
    bool r;
    if (op == MO_EQ || op == MO_NE) {
        r = mo_str_eq(a, b);
        if (op == MO_NE) r = !r;
    } else {
        int c = str_compare_raw(MO_STR(a), MO_STR(b));
        switch (op) {
        case MO_LT: r = c < 0; break;
        case MO_LE: r = c <= 0; break;
        case MO_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return mo_bool(r);
}

static int str_length(MoObject *o, size_t *out) { *out = MO_STR(o)->len; return 0; }

static int str_truth(MoObject *o) { return MO_STR(o)->len != 0; }

/* ---- substring search ----
 *
 * Every str/bytes search (find, in, count, split, replace, partition and their r-variants) ends
 * here, and runs in C where the instruction and time limits cannot interrupt it, so it must be
 * linear in the worst case: 'a' * 20000 + 'b' searched in 'a' * 2000000 must not take 4e10 steps.
 * Short needles use memchr + memcmp (at most TWOWAY_MIN comparisons per haystack byte); longer
 * ones use the Crochemore-Perrin two-way algorithm (as in musl's memmem: linear time, constant
 * space), which also runs backwards for the r-variants by reading both strings mirrored.
 */

#define TWOWAY_MIN 16

static int64_t two_way(const uint8_t *hs, size_t hn, const uint8_t *ns, size_t l, bool rev) {
#define TW_N(x) (rev ? ns[l - 1 - (x)] : ns[x])
#define TW_H(x) (rev ? hs[hn - 1 - (x)] : hs[x])
    size_t i, ip, jp, k, p, ms, p0, mem, mem0;
    size_t shift[256];
    uint8_t byteset[32] = {0};
    for (i = 0; i < l; i++) {
        uint8_t c = TW_N(i);
        byteset[c >> 3] |= (uint8_t)(1u << (c & 7));
        shift[c] = i + 1;
    }
    /* Critical factorization: the maximal suffix for each of the two orderings (ip starts at -1
     * and the arithmetic deliberately wraps, as in the reference algorithm). */
    ip = (size_t)-1; jp = 0; k = p = 1;
    while (jp + k < l) {
        uint8_t a = TW_N(ip + k), b = TW_N(jp + k);
        if (a == b) {
            if (k == p) { jp += p; k = 1; } else k++;
        } else if (a > b) { jp += k; k = 1; p = jp - ip; }
        else { ip = jp++; k = p = 1; }
    }
    ms = ip;
    p0 = p;
    ip = (size_t)-1; jp = 0; k = p = 1;
    while (jp + k < l) {
        uint8_t a = TW_N(ip + k), b = TW_N(jp + k);
        if (a == b) {
            if (k == p) { jp += p; k = 1; } else k++;
        } else if (a < b) { jp += k; k = 1; p = jp - ip; }
        else { ip = jp++; k = p = 1; }
    }
    if (ip + 1 > ms + 1) ms = ip;
    else p = p0;
    bool periodic = true;
    for (i = 0; i < ms + 1; i++)
        if (TW_N(i) != TW_N(i + p)) { periodic = false; break; }
    if (!periodic) {
        mem0 = 0;
        p = (ms > l - ms - 1 ? ms : l - ms - 1) + 1;
    } else mem0 = l - p;
    mem = 0;
    size_t pos = 0;
    for (;;) {
        if (hn - pos < l) return -1;
        uint8_t c = TW_H(pos + l - 1);
        if (byteset[c >> 3] & (1u << (c & 7))) {
            k = l - shift[c];
            if (k) {
                if (k < mem) k = mem;
                pos += k;
                mem = 0;
                continue;
            }
        } else {
            pos += l;
            mem = 0;
            continue;
        }
        for (k = ms + 1 > mem ? ms + 1 : mem; k < l && TW_N(k) == TW_H(pos + k); k++) {}
        if (k < l) {
            pos += k - ms;
            mem = 0;
            continue;
        }
        for (k = ms + 1; k > mem && TW_N(k - 1) == TW_H(pos + k - 1); k--) {}
        if (k <= mem) return (int64_t)pos;
        pos += p;
        mem = mem0;
    }
#undef TW_N
#undef TW_H
}

/* Returns the byte offset of the first occurrence of n in h, or -1. */
int64_t ty_find_bytes(const char *h, size_t hn, const char *n, size_t nn);
int64_t ty_find_bytes(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    if (nn == 1) {
        const char *p = memchr(h, n[0], hn);
        return p ? p - h : -1;
    }
    if (nn >= TWOWAY_MIN) return two_way((const uint8_t *)h, hn, (const uint8_t *)n, nn, false);
    const char *end = h + hn - nn;
    const char *p = h;
    while (p <= end) {
        p = memchr(p, n[0], (size_t)(end - p) + 1);
        if (!p) return -1;
        if (memcmp(p, n, nn) == 0) return p - h;
        p++;
    }
    return -1;
}

/* Returns the byte offset of the last occurrence of n in h, or -1. */
int64_t ty_rfind_bytes(const char *h, size_t hn, const char *n, size_t nn);
int64_t ty_rfind_bytes(const char *h, size_t hn, const char *n, size_t nn) {
    if (nn > hn) return -1;
    if (nn == 0) return (int64_t)hn;
    if (nn >= TWOWAY_MIN) {
        int64_t r = two_way((const uint8_t *)h, hn, (const uint8_t *)n, nn, true);
        return r < 0 ? -1 : (int64_t)(hn - nn) - r;
    }
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0) return (int64_t)i;
    return -1;
}

static int str_contains(MoObject *o, MoObject *item) {
    if (!MO_STR_CHECK(item)) {
        mo_err_format(&mo_TypeError, "'in <string>' requires string as left operand, not %s", MO_TYPE(item)->name);
        return -1;
    }
    return ty_find_bytes(MO_STR_UTF8(o), MO_STR_NBYTES(o), MO_STR_UTF8(item), MO_STR_NBYTES(item)) >= 0;
}

/* Returns a new str of code points [start, stop) (0 <= start <= stop <= len). */
MoObject *ty_str_substr(MoObject *o, size_t start, size_t stop);
MoObject *ty_str_substr(MoObject *o, size_t start, size_t stop) {
    MoStr *s = MO_STR(o);
    if (start == 0 && stop == s->len && MO_CHECK_EXACT(o, mo_str_type)) return mo_newref(o);
    if (start >= stop) return ty_empty_str();
    size_t b0 = ty_str_byte_offset(o, start);
    size_t b1;
    if (s->ascii) b1 = stop;
    else if (stop - start < TY_IDX_STEP * 2) {
        b1 = b0;
        for (size_t k = start; k < stop; k++) b1 += ty_utf8_len((uint8_t)s->utf8[b1]);
    } else b1 = ty_str_byte_offset(o, stop);
    return ty_str_new_len(s->utf8 + b0, b1 - b0, (int64_t)(stop - start));
}

static MoObject *str_getitem(MoObject *o, MoObject *key) {
    MoStr *s = MO_STR(o);
    if (MO_CHECK_EXACT(key, mo_slice_type)) {
        int64_t start, stop, step, count;
        if (mo_slice_indices(key, (int64_t)s->len, &start, &stop, &step, &count) < 0) return NULL;
        if (step == 1) return ty_str_substr(o, (size_t)start, (size_t)(start + count));
        if (count <= 0) return ty_empty_str();
        if (s->ascii) {
            MoObject *r = ty_str_alloc((size_t)count, (size_t)count, true);
            if (!r) return NULL;
            for (int64_t k = 0; k < count; k++) MO_STR_UTF8(r)[k] = s->utf8[start + k * step];
            return ty_str_finish(r);
        }
        MoStrBuf b;
        mo_strbuf_init(&b);
        if (step > 0) {
            /* Walk forward once so the whole slice is linear. */
            size_t pos = ty_str_byte_offset(o, (size_t)start), cp = (size_t)start;
            for (int64_t k = 0; k < count; k++) {
                size_t target = (size_t)(start + k * step);
                while (cp < target) { pos += ty_utf8_len((uint8_t)s->utf8[pos]); cp++; }
                mo_strbuf_append(&b, s->utf8 + pos, ty_utf8_len((uint8_t)s->utf8[pos]));
            }
        } else {
            for (int64_t k = 0; k < count; k++) {
                size_t pos = ty_str_byte_offset(o, (size_t)(start + k * step));
                mo_strbuf_append(&b, s->utf8 + pos, ty_utf8_len((uint8_t)s->utf8[pos]));
            }
        }
        return mo_strbuf_finish(&b);
    }
    if (!MO_INT_CHECK(key) && !mo_type_lookup(MO_TYPE(key), mo_str_intern("__index__"))) {
        mo_err_format(&mo_TypeError, "string indices must be integers, not '%s'", MO_TYPE(key)->name);
        return NULL;
    }
    int64_t i;
    if (MO_INT_CHECK(key) && !mo_int_fits_i64(key)) {
        mo_err_set(&mo_IndexError, "cannot fit 'int' into an index-sized integer");
        return NULL;
    }
    if (mo_index(key, &i) < 0) return NULL;
    size_t idx;
    if (mo_seq_index(i, s->len, "string", &idx) < 0) return NULL;
    size_t b = ty_str_byte_offset(o, idx);
    return ty_str_new_len(s->utf8 + b, ty_utf8_len((uint8_t)s->utf8[b]), 1);
}

/* ---- repr ---- */

MoObject *mo_str_repr(MoObject *o) {
    MoStr *s = MO_STR(o);
    const uint8_t *p = (const uint8_t *)s->utf8;
    bool has_sq = memchr(p, '\'', s->nbytes) != NULL, has_dq = memchr(p, '"', s->nbytes) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    MoStrBuf b;
    mo_strbuf_init(&b);
    mo_strbuf_append(&b, &q, 1);
    size_t i = 0, run = 0;
    static const char hex[] = "0123456789abcdef";
    while (i < s->nbytes) {
        size_t n;
        uint32_t c = ty_utf8_decode(p + i, &n);
        char esc[12];
        size_t en = 0;
        if (c == (uint32_t)q || c == '\\') { esc[0] = '\\'; esc[1] = (char)c; en = 2; }
        else if (c == '\n') { memcpy(esc, "\\n", 2); en = 2; }
        else if (c == '\r') { memcpy(esc, "\\r", 2); en = 2; }
        else if (c == '\t') { memcpy(esc, "\\t", 2); en = 2; }
        else if (c < 0x20 || c == 0x7f) { esc[0] = '\\'; esc[1] = 'x'; esc[2] = hex[c >> 4]; esc[3] = hex[c & 15]; en = 4; }
        else if (c >= 0x80 && !ty_uni_isprintable(c)) {
            if (c < 0x100) { esc[0] = '\\'; esc[1] = 'x'; esc[2] = hex[c >> 4]; esc[3] = hex[c & 15]; en = 4; }
            else if (c < 0x10000) {
                esc[0] = '\\'; esc[1] = 'u';
                for (int k = 0; k < 4; k++) esc[2 + k] = hex[(c >> (12 - 4 * k)) & 15];
                en = 6;
            } else {
                esc[0] = '\\'; esc[1] = 'U';
                for (int k = 0; k < 8; k++) esc[2 + k] = hex[(c >> (28 - 4 * k)) & 15];
                en = 10;
            }
        }
        if (en) {
            mo_strbuf_append(&b, (const char *)p + run, i - run);
            mo_strbuf_append(&b, esc, en);
            run = i + n;
        }
        i += n;
    }
    mo_strbuf_append(&b, (const char *)p + run, i - run);
    mo_strbuf_append(&b, &q, 1);
    return mo_strbuf_finish(&b);
}

static MoObject *str_str(MoObject *o) {
    if (MO_CHECK_EXACT(o, mo_str_type)) return mo_newref(o);
    return ty_str_new_len(MO_STR_UTF8(o), MO_STR_NBYTES(o), (int64_t)MO_STR(o)->len);
}

/* ---- iterator ---- */

typedef struct { MO_HEAD; MoObject *str; size_t pos; } StrIter;

static MoObject *str_iter(MoObject *o) {
    StrIter *it = (StrIter *)mo_gc_new(&mo_str_iter_type, sizeof(StrIter));
    if (!it) return NULL;
    it->str = mo_newref(o);
    it->pos = 0;
    mo_gc_track(MO(it));
    return MO(it);
}

static MoObject *striter_next(MoObject *o) {
    StrIter *it = (StrIter *)o;
    if (!it->str) return NULL;
    MoStr *s = MO_STR(it->str);
    if (it->pos >= s->nbytes) { MO_CLEAR(it->str); return NULL; }
    size_t n = ty_utf8_len((uint8_t)s->utf8[it->pos]);
    MoObject *r = ty_str_new_len(s->utf8 + it->pos, n, 1);
    it->pos += n;
    return r;
}

static void striter_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((StrIter *)o)->str);
    mo_object_free(o);
}
static int striter_traverse(MoObject *o, MoVisit visit, void *arg) {
    StrIter *it = (StrIter *)o;
    return it->str ? visit(it->str, arg) : 0;
}
static void striter_clear(MoObject *o) { MO_CLEAR(((StrIter *)o)->str); }
static MoObject *self_iter(MoObject *o) { return mo_newref(o); }

static MoObject *striter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    StrIter *it = (StrIter *)self;
    if (!it->str) return mo_int_from_i64(0);
    size_t left = 0;
    MoStr *s = MO_STR(it->str);
    for (size_t b = it->pos; b < s->nbytes; b += ty_utf8_len((uint8_t)s->utf8[b])) left++;
    return mo_int_from_u64(left);
}

static const MoMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_str_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "str_ascii_iterator",
    .size = sizeof(StrIter),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = striter_dealloc,
    .traverse = striter_traverse,
    .clear = striter_clear,
    .iter = self_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

/* ---- constructor ---- */

int ty_errors_mode(MoObject *errors);
MoObject *ty_codec_name(MoObject *encoding); /* str_methods.c: normalized codec name or NULL (LookupError) */

static MoObject *str_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    MoObject *a[3];
    if (ty_kwparse("str", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return NULL;
    MoObject *r;
    if (!a[1] && !a[2]) {
        r = a[0] ? mo_str(a[0]) : ty_empty_str();
    } else {
        for (int k = 1; k < 3; k++) {
            if (a[k] && !MO_STR_CHECK(a[k])) {
                mo_err_format(&mo_TypeError, "str() argument '%s' must be str, not %s", names[k], MO_TYPE(a[k])->name);
                return NULL;
            }
        }
        if (!a[0]) r = ty_empty_str();
        else {
            const uint8_t *data;
            size_t len;
            if (MO_TYPE(a[0]) == &mo_bytes_type || mo_isinstance_type(a[0], &mo_bytes_type) ||
                mo_isinstance_type(a[0], &mo_bytearray_type)) {
                data = MO_BYTES(a[0])->data;
                len = MO_BYTES(a[0])->len;
                if (mo_isinstance_type(a[0], &mo_bytearray_type)) {
                    data = ty_bytearray_data(a[0], &len);
                }
            } else if (MO_STR_CHECK(a[0])) {
                mo_err_set(&mo_TypeError, "decoding str is not supported");
                return NULL;
            } else {
                mo_err_format(&mo_TypeError, "decoding to str: need a bytes-like object, %s found", MO_TYPE(a[0])->name);
                return NULL;
            }
            MoObject *codec = a[1] ? ty_codec_name(a[1]) : mo_str_from_cstr("utf-8");
            if (!codec) return NULL;
            r = ty_decode(data, len, MO_STR_UTF8(codec), ty_errors_mode(a[2]));
            mo_decref(codec);
        }
    }
    if (!r || type == &mo_str_type) return r;
    /* A subclass instance: copy into an object of that type. */
    if (!MO_STR_CHECK(r)) return r;
    MoStr *src = MO_STR(r);
    MoStr *s = (MoStr *)mo_object_new_size(type, type->size > str_header() + src->nbytes + 1 ? type->size : str_header() + src->nbytes + 1);
    if (!s) { mo_decref(r); return NULL; }
    s->len = src->len;
    s->nbytes = src->nbytes;
    s->hash = -1;
    s->ascii = src->ascii;
    s->interned = 0;
    memcpy(s->utf8, src->utf8, src->nbytes + 1);
    mo_decref(r);
    return MO(s);
}

static MoObject *str_iter_slot(MoObject *o) { return str_iter(o); }

MoType mo_str_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "str",
    .size = sizeof(MoStr),
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_STR_SUBCLASS,
    .base = &mo_object_type,
    .dealloc = str_dealloc,
    .vnew = str_vnew,
    .repr = mo_str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter_slot,
    .truth = str_truth,
    .length = str_length,
    .getitem = str_getitem,
    .contains = str_contains,
    .binop = str_binop,
    .methods = ty_str_methods,
};
