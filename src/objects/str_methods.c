/*
 * str_methods.c: the methods of str (split, strip, find, replace, case mapping, encode, ...).
 *
 * Positions given to and returned by Python are code-point indices; the searches themselves run
 * on UTF-8 bytes (a valid UTF-8 needle can only match at a character boundary), and results are
 * converted back by counting lead bytes. Argument errors reproduce CPython 3.11's messages, which
 * differ between methods according to how CPython declares them (see typesutil.h).
 */
#include "typesutil.h"

#include <string.h>

int64_t ty_find_bytes(const char *h, size_t hn, const char *n, size_t nn);
int64_t ty_rfind_bytes(const char *h, size_t hn, const char *n, size_t nn);
MoObject *ty_str_substr(MoObject *o, size_t start, size_t stop);
MoObject *ty_decode(const uint8_t *s, size_t n, const char *codec, int mode);
int ty_errors_mode(MoObject *errors);

#define S(o) MO_STR(o)

static MoObject *new_str(const char *s, size_t n) { return mo_str_from_utf8(s, n); }

static bool need_str(MoObject *o) {
    if (MO_STR_CHECK(o)) return true;
    mo_err_format(&mo_TypeError, "must be str, not %s", MO_TYPE(o)->name);
    return false;
}

/* Code-point count of UTF-8 bytes. */
static size_t cp_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((uint8_t)s[i] & 0xC0) != 0x80;
    return c;
}

/* Decodes str into a freshly allocated array of code points (mo_free it). */
static uint32_t *to_cps(MoObject *o, size_t *n) {
    MoStr *s = S(o);
    uint32_t *a = mo_alloc((s->len + 1) * sizeof(uint32_t));
    if (!a) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < s->nbytes;) {
        size_t l;
        a[k++] = ty_utf8_decode((const uint8_t *)s->utf8 + i, &l);
        i += l;
    }
    *n = k;
    return a;
}

/* ---- find family ---- */

/* Parses (sub[, start[, end]]) and resolves the byte window. Returns 0 or -1. */
typedef struct { MoObject *sub; int64_t start, end; size_t b0, b1; bool empty_window; } FindArgs;

static int find_args(const char *name, MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, FindArgs *fa,
                     bool sub_any) {
    char qual[40];
    size_t nl = strlen(name);
    memcpy(qual, "str.", 4);
    memcpy(qual + 4, name, nl + 1);
    if (ty_nokw(qual, kw) < 0) return -1;
    if (ty_oldargs(name, NULL, nargs, NULL, 1, 3) < 0) return -1;
    fa->sub = args[0];
    if (!sub_any && !need_str(fa->sub)) return -1;
    int64_t len = (int64_t)S(self)->len;
    if (ty_opt_index(nargs > 1 ? args[1] : NULL, &fa->start, 0) < 0) return -1;
    if (ty_opt_index(nargs > 2 ? args[2] : NULL, &fa->end, INT64_MAX) < 0) return -1;
    ty_adjust_indices(&fa->start, &fa->end, len);
    fa->empty_window = fa->start > len || fa->end < fa->start;
    if (!fa->empty_window) {
        fa->b0 = ty_str_byte_offset(self, (size_t)fa->start);
        fa->b1 = ty_str_byte_offset(self, (size_t)fa->end);
    } else fa->b0 = fa->b1 = 0;
    return 0;
}

static int64_t do_find(MoObject *self, FindArgs *fa, bool reverse) {
    if (fa->empty_window) return -1;
    const char *h = S(self)->utf8 + fa->b0;
    size_t hn = fa->b1 - fa->b0, nn = S(fa->sub)->nbytes;
    const char *n = S(fa->sub)->utf8;
    int64_t pos = -1;
    if (!reverse) pos = ty_find_bytes(h, hn, n, nn);
    else pos = ty_rfind_bytes(h, hn, n, nn);
    if (pos < 0) return -1;
    return fa->start + (S(self)->ascii ? pos : (int64_t)cp_count(h, (size_t)pos));
}

static MoObject *str_find(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    FindArgs fa;
    if (find_args("find", self, args, nargs, kw, &fa, false) < 0) return NULL;
    return mo_int_from_i64(do_find(self, &fa, false));
}
static MoObject *str_rfind(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    FindArgs fa;
    if (find_args("rfind", self, args, nargs, kw, &fa, false) < 0) return NULL;
    return mo_int_from_i64(do_find(self, &fa, true));
}
static MoObject *str_index(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    FindArgs fa;
    if (find_args("index", self, args, nargs, kw, &fa, false) < 0) return NULL;
    int64_t r = do_find(self, &fa, false);
    if (r < 0) { mo_err_set(&mo_ValueError, "substring not found"); return NULL; }
    return mo_int_from_i64(r);
}
static MoObject *str_rindex(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    FindArgs fa;
    if (find_args("rindex", self, args, nargs, kw, &fa, false) < 0) return NULL;
    int64_t r = do_find(self, &fa, true);
    if (r < 0) { mo_err_set(&mo_ValueError, "substring not found"); return NULL; }
    return mo_int_from_i64(r);
}

static MoObject *str_count(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    FindArgs fa;
    if (find_args("count", self, args, nargs, kw, &fa, false) < 0) return NULL;
    if (fa.empty_window) return mo_int_from_i64(0);
    size_t nn = S(fa.sub)->nbytes;
    if (nn == 0) return mo_int_from_i64(fa.end - fa.start + 1);
    const char *h = S(self)->utf8 + fa.b0;
    size_t hn = fa.b1 - fa.b0, i = 0;
    int64_t c = 0;
    while (i + nn <= hn) {
        int64_t p = ty_find_bytes(h + i, hn - i, S(fa.sub)->utf8, nn);
        if (p < 0) break;
        c++;
        i += (size_t)p + nn;
    }
    return mo_int_from_i64(c);
}

static int tailmatch(MoObject *self, MoObject *sub, int64_t start, int64_t end, bool suffix) {
    int64_t len = (int64_t)S(self)->len, sl = (int64_t)S(sub)->len;
    ty_adjust_indices(&start, &end, len);
    end -= sl;
    if (end < start) return 0;
    if (sl == 0) return 1;
    size_t b = ty_str_byte_offset(self, (size_t)(suffix ? end : start));
    if (b + S(sub)->nbytes > S(self)->nbytes) return 0;
    return memcmp(S(self)->utf8 + b, S(sub)->utf8, S(sub)->nbytes) == 0;
}

static MoObject *starts_ends(const char *name, MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw,
                             bool suffix) {
    char qual[40];
    memcpy(qual, "str.", 4);
    memcpy(qual + 4, name, strlen(name) + 1);
    if (ty_nokw(qual, kw) < 0) return NULL;
    if (ty_oldargs(name, NULL, nargs, NULL, 1, 3) < 0) return NULL;
    int64_t start, end;
    if (ty_opt_index(nargs > 1 ? args[1] : NULL, &start, 0) < 0) return NULL;
    if (ty_opt_index(nargs > 2 ? args[2] : NULL, &end, INT64_MAX) < 0) return NULL;
    MoObject *x = args[0];
    if (MO_CHECK_EXACT(x, mo_tuple_type) || mo_isinstance_type(x, &mo_tuple_type)) {
        for (size_t i = 0; i < MO_TUPLE_LEN(x); i++) {
            MoObject *it = MO_TUPLE_ITEM(x, i);
            if (!MO_STR_CHECK(it)) {
                mo_err_format(&mo_TypeError, "tuple for %s must only contain str, not %s", name, MO_TYPE(it)->name);
                return NULL;
            }
            if (tailmatch(self, it, start, end, suffix)) return mo_bool(true);
        }
        return mo_bool(false);
    }
    if (!MO_STR_CHECK(x)) {
        mo_err_format(&mo_TypeError, "%s first arg must be str or a tuple of str, not %s", name, MO_TYPE(x)->name);
        return NULL;
    }
    return mo_bool(tailmatch(self, x, start, end, suffix));
}

static MoObject *str_startswith(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return starts_ends("startswith", self, args, nargs, kw, false);
}
static MoObject *str_endswith(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return starts_ends("endswith", self, args, nargs, kw, true);
}

/* ---- split family ---- */

static int append_sub(MoObject *list, const char *s, size_t n) {
    MoObject *x = new_str(s, n);
    if (!x) return -1;
    int r = mo_list_append(list, x);
    mo_decref(x);
    return r;
}

/* Decodes the code point before byte offset i (i > 0). */
static uint32_t cp_before(const char *s, size_t i, size_t *start) {
    size_t j = i - 1;
    while (j > 0 && ((uint8_t)s[j] & 0xC0) == 0x80) j--;
    size_t n;
    *start = j;
    return ty_utf8_decode((const uint8_t *)s + j, &n);
}

static int split_args(const char *name, MoObject *const *args, size_t nargs, MoObject *kw, MoObject **sep,
                      int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    MoObject *a[2];
    if (ty_kwparse(name, args, nargs, kw, names, 2, 2, 0, a) < 0) return -1;
    *sep = a[0] && a[0] != mo_None ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1] && ty_as_ssize(a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    if (*sep) {
        if (!MO_STR_CHECK(*sep)) {
            mo_err_format(&mo_TypeError, "must be str or None, not %s", MO_TYPE(*sep)->name);
            return -1;
        }
        if (S(*sep)->nbytes == 0) { mo_err_set(&mo_ValueError, "empty separator"); return -1; }
    }
    return 0;
}

static MoObject *str_split(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *sep;
    int64_t maxsplit;
    if (split_args("split", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    MoObject *list = mo_list_new(0);
    if (!list) return NULL;
    const char *s = S(self)->utf8;
    size_t n = S(self)->nbytes, i = 0;
    if (!sep) {
        while (1) {
            while (i < n) {
                size_t l;
                uint32_t c = ty_utf8_decode((const uint8_t *)s + i, &l);
                if (!ty_uni_isspace(c)) break;
                i += l;
            }
            if (i >= n) break;
            if (maxsplit-- == 0) {
                /* The remainder keeps its trailing whitespace, as in CPython. */
                if (append_sub(list, s + i, n - i) < 0) goto fail;
                break;
            }
            size_t j = i;
            while (j < n) {
                size_t l;
                uint32_t c = ty_utf8_decode((const uint8_t *)s + j, &l);
                if (ty_uni_isspace(c)) break;
                j += l;
            }
            if (append_sub(list, s + i, j - i) < 0) goto fail;
            i = j;
        }
        return list;
    }
    const char *sp = S(sep)->utf8;
    size_t sn = S(sep)->nbytes;
    while (maxsplit-- > 0) {
        int64_t p = ty_find_bytes(s + i, n - i, sp, sn);
        if (p < 0) break;
        if (append_sub(list, s + i, (size_t)p) < 0) goto fail;
        i += (size_t)p + sn;
    }
    if (i == 0 && MO_CHECK_EXACT(self, mo_str_type)) {
        if (mo_list_append(list, self) < 0) goto fail;
    } else if (append_sub(list, s + i, n - i) < 0) goto fail;
    return list;
fail:
    mo_decref(list);
    return NULL;
}

static int list_reverse_inplace(MoObject *list) {
    size_t n = MO_LIST_LEN(list);
    for (size_t a = 0, b = n ? n - 1 : 0; a < b; a++, b--) {
        MoObject *t = MO_LIST_ITEM(list, a);
        MO_LIST_SET(list, a, MO_LIST_ITEM(list, b));
        MO_LIST_SET(list, b, t);
    }
    return 0;
}

static MoObject *str_rsplit(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *sep;
    int64_t maxsplit;
    if (split_args("rsplit", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    MoObject *list = mo_list_new(0);
    if (!list) return NULL;
    const char *s = S(self)->utf8;
    size_t n = S(self)->nbytes, e = n;
    if (!sep) {
        while (1) {
            while (e > 0) {
                size_t st;
                if (!ty_uni_isspace(cp_before(s, e, &st))) break;
                e = st;
            }
            if (e == 0) break;
            if (maxsplit-- == 0) {
                /* The remainder keeps its leading whitespace, as in CPython. */
                if (append_sub(list, s, e) < 0) goto fail;
                break;
            }
            size_t j = e;
            while (j > 0) {
                size_t st;
                if (ty_uni_isspace(cp_before(s, j, &st))) break;
                j = st;
            }
            if (append_sub(list, s + j, e - j) < 0) goto fail;
            e = j;
        }
        list_reverse_inplace(list);
        return list;
    }
    const char *sp = S(sep)->utf8;
    size_t sn = S(sep)->nbytes;
    while (maxsplit-- > 0 && e >= sn) {
        int64_t found = ty_rfind_bytes(s, e, sp, sn);
        if (found < 0) break;
        size_t i = (size_t)found;
        if (append_sub(list, s + i + sn, e - i - sn) < 0) goto fail;
        e = i;
    }
    if (e == n && MO_CHECK_EXACT(self, mo_str_type)) {
        if (mo_list_append(list, self) < 0) goto fail;
    } else if (append_sub(list, s, e) < 0) goto fail;
    list_reverse_inplace(list);
    return list;
fail:
    mo_decref(list);
    return NULL;
}

static MoObject *str_splitlines(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"keepends"};
    MoObject *a[1];
    if (ty_kwparse("splitlines", args, nargs, kw, names, 1, 1, 0, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) {
        if (MO_CHECK_EXACT(a[0], mo_float_type)) {
            mo_err_set(&mo_TypeError, "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        keep = mo_truth(a[0]);
        if (keep < 0) return NULL;
    }
    MoObject *list = mo_list_new(0);
    if (!list) return NULL;
    const char *s = S(self)->utf8;
    size_t n = S(self)->nbytes, i = 0;
    while (i < n) {
        size_t j = i, eol = 0;
        while (j < n) {
            size_t l;
            uint32_t c = ty_utf8_decode((const uint8_t *)s + j, &l);
            if (ty_uni_islinebreak(c)) {
                eol = l;
                if (c == '\r' && j + 1 < n && s[j + 1] == '\n') eol = 2;
                break;
            }
            j += l;
        }
        if (append_sub(list, s + i, j - i + (keep ? eol : 0)) < 0) { mo_decref(list); return NULL; }
        i = j + eol;
    }
    return list;
}

MoObject *mo_str_join(MoObject *sep, MoObject *iterable) {
    MoObject *seq = mo_sequence_list(iterable);
    if (!seq) return NULL;
    size_t n = MO_LIST_LEN(seq), total = 0, cps = 0;
    bool ascii = S(sep)->ascii;
    for (size_t i = 0; i < n; i++) {
        MoObject *it = MO_LIST_ITEM(seq, i);
        if (!MO_STR_CHECK(it)) {
            mo_err_format(&mo_TypeError, "sequence item %zu: expected str instance, %s found", i, MO_TYPE(it)->name);
            mo_decref(seq);
            return NULL;
        }
        total += S(it)->nbytes;
        cps += S(it)->len;
        ascii = ascii && S(it)->ascii;
    }
    if (n == 1 && MO_CHECK_EXACT(MO_LIST_ITEM(seq, 0), mo_str_type)) {
        MoObject *r = mo_newref(MO_LIST_ITEM(seq, 0));
        mo_decref(seq);
        return r;
    }
    if (n > 1) {
        total += S(sep)->nbytes * (n - 1);
        cps += S(sep)->len * (n - 1);
    }
    if (!mo_mem_check(total)) { mo_decref(seq); return NULL; }
    MoObject *r = ty_str_alloc(total, cps, ascii);
    if (!r) { mo_decref(seq); return NULL; }
    char *d = MO_STR_UTF8(r);
    for (size_t i = 0; i < n; i++) {
        if (i) { memcpy(d, S(sep)->utf8, S(sep)->nbytes); d += S(sep)->nbytes; }
        MoObject *it = MO_LIST_ITEM(seq, i);
        memcpy(d, S(it)->utf8, S(it)->nbytes);
        d += S(it)->nbytes;
    }
    mo_decref(seq);
    return ty_str_finish(r);
}

static MoObject *str_join(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("str.join", nargs, kw) < 0) return NULL;
    MoObject *r = mo_str_join(self, args[0]);
    if (!r && mo_err_matches(&mo_TypeError) && !MO_TYPE(args[0])->iter && !MO_TYPE(args[0])->getitem) {
        mo_err_clear();
        mo_err_set(&mo_TypeError, "can only join an iterable");
    }
    return r;
}

/* ---- strip ---- */

static bool in_chars(uint32_t c, MoObject *chars) {
    if (!chars) return ty_uni_isspace(c);
    const uint8_t *p = (const uint8_t *)S(chars)->utf8;
    for (size_t i = 0; i < S(chars)->nbytes;) {
        size_t l;
        if (ty_utf8_decode(p + i, &l) == c) return true;
        i += l;
    }
    return false;
}

static MoObject *do_strip(const char *name, MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, int which) {
    if (ty_clinic(name, NULL, nargs, NULL, 0, 1) < 0) return NULL;
    char qual[20];
    memcpy(qual, "str.", 4);
    memcpy(qual + 4, name, strlen(name) + 1);
    if (ty_nokw(qual, kw) < 0) return NULL;
    MoObject *chars = nargs && args[0] != mo_None ? args[0] : NULL;
    if (chars && !MO_STR_CHECK(chars)) {
        mo_err_format(&mo_TypeError, "%s arg must be None or str", name);
        return NULL;
    }
    const char *s = S(self)->utf8;
    size_t n = S(self)->nbytes, i = 0, e = n;
    if (which & 1) {
        while (i < n) {
            size_t l;
            if (!in_chars(ty_utf8_decode((const uint8_t *)s + i, &l), chars)) break;
            i += l;
        }
    }
    if (which & 2) {
        while (e > i) {
            size_t st;
            if (!in_chars(cp_before(s, e, &st), chars)) break;
            e = st;
        }
    }
    if (i == 0 && e == n && MO_CHECK_EXACT(self, mo_str_type)) return mo_newref(self);
    return new_str(s + i, e - i);
}

static MoObject *str_strip(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return do_strip("strip", self, args, nargs, kw, 3);
}
static MoObject *str_lstrip(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return do_strip("lstrip", self, args, nargs, kw, 1);
}
static MoObject *str_rstrip(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return do_strip("rstrip", self, args, nargs, kw, 2);
}

/* ---- replace ---- */

static MoObject *str_replace(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("replace", "str.replace", nargs, kw, 2, 3) < 0) return NULL;
    MoObject *old = args[0], *new = args[1];
    if (!MO_STR_CHECK(old)) {
        mo_err_format(&mo_TypeError, "replace() argument 1 must be str, not %s", MO_TYPE(old)->name);
        return NULL;
    }
    if (!MO_STR_CHECK(new)) {
        mo_err_format(&mo_TypeError, "replace() argument 2 must be str, not %s", MO_TYPE(new)->name);
        return NULL;
    }
    int64_t count = -1;
    if (nargs > 2 && ty_as_ssize(args[2], &count) < 0) return NULL;
    if (count < 0) count = INT64_MAX;
    const char *s = S(self)->utf8;
    size_t n = S(self)->nbytes, on = S(old)->nbytes, nn = S(new)->nbytes;
    MoStrBuf b;
    mo_strbuf_init(&b);
    size_t done = 0;
    if (on == 0) {
        /* Insert `new` before every character and at the end, up to count times. */
        size_t i = 0;
        while (count > 0 && i <= n) {
            if (!mo_strbuf_append(&b, S(new)->utf8, nn)) break;
            count--;
            if (i == n) { i++; break; }
            size_t l = ty_utf8_len((uint8_t)s[i]);
            mo_strbuf_append(&b, s + i, l);
            i += l;
        }
        if (i <= n) mo_strbuf_append(&b, s + i, n - i);
        return mo_strbuf_finish(&b);
    }
    size_t i = 0;
    while (count > 0) {
        int64_t p = ty_find_bytes(s + i, n - i, S(old)->utf8, on);
        if (p < 0) break;
        if (!mo_strbuf_append(&b, s + i, (size_t)p) || !mo_strbuf_append(&b, S(new)->utf8, nn)) break;
        if (b.len > 64 * 1024 && !mo_mem_check(b.len)) { mo_strbuf_free(&b); return NULL; }
        i += (size_t)p + on;
        count--;
        done++;
    }
    if (done == 0 && MO_CHECK_EXACT(self, mo_str_type)) { mo_strbuf_free(&b); return mo_newref(self); }
    mo_strbuf_append(&b, s + i, n - i);
    return mo_strbuf_finish(&b);
}

/* ---- case mapping ---- */

typedef int (*MapFn)(uint32_t, uint32_t *);

static bool final_sigma(const uint32_t *a, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && ty_uni_case_ignorable(a[j - 1])) j--;
    if (j == 0 || !ty_uni_cased(a[j - 1])) return false;
    j = i + 1;
    while (j < n && ty_uni_case_ignorable(a[j])) j++;
    return j == n || !ty_uni_cased(a[j]);
}

static MoObject *casemap(MoObject *self, int mode) {
    /* mode: 0 lower, 1 upper, 2 swapcase, 3 title, 4 capitalize, 5 casefold */
    MoStr *s = S(self);
    if (s->ascii) {
        MoObject *r = ty_str_alloc(s->nbytes, s->len, true);
        if (!r) return NULL;
        char *d = MO_STR_UTF8(r);
        bool prev_cased = false;
        for (size_t i = 0; i < s->nbytes; i++) {
            char c = s->utf8[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
            case 0: case 5: if (up) c += 32; break;
            case 1: if (lo) c -= 32; break;
            case 2: if (up) c += 32; else if (lo) c -= 32; break;
            case 3:
                if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
                prev_cased = up || lo;
                break;
            case 4:
                if (i == 0) { if (lo) c -= 32; } else if (up) c += 32;
                break;
            }
            d[i] = c;
        }
        return ty_str_finish(r);
    }
    size_t n;
    uint32_t *a = to_cps(self, &n);
    if (!a) return NULL;
    MoStrBuf b;
    mo_strbuf_init(&b);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = a[i], out[3];
        int k;
        bool lower_it = false;
        switch (mode) {
        case 0: lower_it = true; break;
        case 1: k = ty_uni_upper(c, out); goto emit;
        case 2:
            if (ty_uni_isupper(c)) lower_it = true;
            else if (ty_uni_islower(c)) { k = ty_uni_upper(c, out); goto emit; }
            else { out[0] = c; k = 1; goto emit; }
            break;
        case 3:
            if (prev_cased) lower_it = true;
            else { k = ty_uni_title(c, out); prev_cased = ty_uni_cased(c); goto emit; }
            prev_cased = ty_uni_cased(c);
            break;
        case 4:
            if (i == 0) { k = ty_uni_title(c, out); goto emit; }
            lower_it = true;
            break;
        case 5: k = ty_uni_fold(c, out); goto emit;
        }
        if (lower_it) {
            if (c == 0x3A3 && final_sigma(a, n, i)) { out[0] = 0x3C2; k = 1; }
            else k = ty_uni_lower(c, out);
        } else { out[0] = c; k = 1; }
    emit:
        for (int m = 0; m < k; m++) mo_strbuf_append_codepoint(&b, out[m]);
    }
    mo_free(a);
    return mo_strbuf_finish(&b);
}

#define CASEMETH(fn, qual, mode)                                                              \
    static MoObject *fn(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) { \
        if (ty_noargs(qual, nargs, kw) < 0) return NULL;                                      \
        return casemap(self, mode);                                                           \
    }
CASEMETH(str_lower, "str.lower", 0)
CASEMETH(str_upper, "str.upper", 1)
CASEMETH(str_swapcase, "str.swapcase", 2)
CASEMETH(str_title, "str.title", 3)
CASEMETH(str_capitalize, "str.capitalize", 4)
CASEMETH(str_casefold, "str.casefold", 5)

/* ---- predicates ---- */

static MoObject *pred(MoObject *self, const char *qual, size_t nargs, MoObject *kw, bool (*f)(uint32_t)) {
    if (ty_noargs(qual, nargs, kw) < 0) return NULL;
    MoStr *s = S(self);
    if (s->len == 0) return mo_bool(false);
    for (size_t i = 0; i < s->nbytes;) {
        size_t l;
        if (!f(ty_utf8_decode((const uint8_t *)s->utf8 + i, &l))) return mo_bool(false);
        i += l;
    }
    return mo_bool(true);
}

static bool p_alnum(uint32_t c) { return ty_uni_isalpha(c) || ty_uni_isnumeric(c); }

#define PREDMETH(fn, qual, f) \
    static MoObject *fn(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) { return pred(self, qual, nargs, kw, f); }
PREDMETH(str_isdigit, "str.isdigit", ty_uni_isdigit)
PREDMETH(str_isdecimal, "str.isdecimal", ty_uni_isdecimal)
PREDMETH(str_isnumeric, "str.isnumeric", ty_uni_isnumeric)
PREDMETH(str_isalpha, "str.isalpha", ty_uni_isalpha)
PREDMETH(str_isalnum, "str.isalnum", p_alnum)
PREDMETH(str_isspace, "str.isspace", ty_uni_isspace)

static MoObject *str_isprintable(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("str.isprintable", nargs, kw) < 0) return NULL;
    MoStr *s = S(self);
    for (size_t i = 0; i < s->nbytes;) {
        size_t l;
        if (!ty_uni_isprintable(ty_utf8_decode((const uint8_t *)s->utf8 + i, &l))) return mo_bool(false);
        i += l;
    }
    return mo_bool(true);
}

static MoObject *str_isascii(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("str.isascii", nargs, kw) < 0) return NULL;
    return mo_bool(S(self)->ascii);
}

static MoObject *lowup(MoObject *self, const char *qual, size_t nargs, MoObject *kw, bool want_lower) {
    if (ty_noargs(qual, nargs, kw) < 0) return NULL;
    MoStr *s = S(self);
    bool cased = false;
    for (size_t i = 0; i < s->nbytes;) {
        size_t l;
        uint32_t c = ty_utf8_decode((const uint8_t *)s->utf8 + i, &l);
        i += l;
        if (want_lower ? (ty_uni_isupper(c) || ty_uni_istitle(c)) : (ty_uni_islower(c) || ty_uni_istitle(c)))
            return mo_bool(false);
        if (!cased) cased = want_lower ? ty_uni_islower(c) : ty_uni_isupper(c);
    }
    return mo_bool(cased);
}
static MoObject *str_islower(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return lowup(self, "str.islower", nargs, kw, true);
}
static MoObject *str_isupper(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    return lowup(self, "str.isupper", nargs, kw, false);
}

static MoObject *str_istitle(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("str.istitle", nargs, kw) < 0) return NULL;
    MoStr *s = S(self);
    bool cased = false, prev = false;
    for (size_t i = 0; i < s->nbytes;) {
        size_t l;
        uint32_t c = ty_utf8_decode((const uint8_t *)s->utf8 + i, &l);
        i += l;
        if (ty_uni_isupper(c) || ty_uni_istitle(c)) {
            if (prev) return mo_bool(false);
            prev = cased = true;
        } else if (ty_uni_islower(c)) {
            if (!prev) return mo_bool(false);
            prev = cased = true;
        } else prev = false;
    }
    return mo_bool(cased);
}

static bool id_start(uint32_t c) { return c == '_' || ty_uni_isalpha(c); }
static bool id_cont(uint32_t c) {
    return id_start(c) || ty_uni_isdecimal(c) || (c >= 0x300 && c <= 0x36F) || c == 0xB7;
}

static MoObject *str_isidentifier(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("str.isidentifier", nargs, kw) < 0) return NULL;
    MoStr *s = S(self);
    if (s->len == 0) return mo_bool(false);
    size_t i = 0;
    while (i < s->nbytes) {
        size_t l;
        uint32_t c = ty_utf8_decode((const uint8_t *)s->utf8 + i, &l);
        if (i == 0 ? !id_start(c) : !id_cont(c)) return mo_bool(false);
        i += l;
    }
    return mo_bool(true);
}

/* ---- padding ---- */

static int fill_arg(const char *name, MoObject *const *args, size_t nargs, uint32_t *fill) {
    *fill = ' ';
    if (nargs < 2) return 0;
    MoObject *f = args[1];
    if (!MO_STR_CHECK(f)) {
        mo_err_format(&mo_TypeError, "%s() argument 2 must be str, not %s", name, MO_TYPE(f)->name);
        return -1;
    }
    if (S(f)->len != 1) {
        mo_err_set(&mo_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    size_t l;
    *fill = ty_utf8_decode((const uint8_t *)S(f)->utf8, &l);
    return 0;
}

static MoObject *pad(MoObject *self, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0 && MO_CHECK_EXACT(self, mo_str_type)) return mo_newref(self);
    char fb[4];
    size_t fl = ty_utf8_encode(fill, fb);
    if (!mo_mem_check((size_t)(left + right) * fl)) return NULL;
    MoStrBuf b;
    mo_strbuf_init(&b);
    for (int64_t i = 0; i < left; i++) mo_strbuf_append(&b, fb, fl);
    mo_strbuf_append(&b, S(self)->utf8, S(self)->nbytes);
    for (int64_t i = 0; i < right; i++) mo_strbuf_append(&b, fb, fl);
    return mo_strbuf_finish(&b);
}

static int width_args(const char *name, const char *qual, MoObject *const *args, size_t nargs, MoObject *kw,
                      int64_t *width, uint32_t *fill) {
    if (ty_clinic(name, qual, nargs, kw, 1, 2) < 0) return -1;
    if (ty_as_ssize(args[0], width) < 0) return -1;
    return fill_arg(name, args, nargs, fill);
}

static MoObject *str_center(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    int64_t w;
    uint32_t f;
    if (width_args("center", "str.center", args, nargs, kw, &w, &f) < 0) return NULL;
    int64_t len = (int64_t)S(self)->len;
    if (w <= len) return pad(self, 0, 0, f);
    int64_t marg = w - len, left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}
static MoObject *str_ljust(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    int64_t w;
    uint32_t f;
    if (width_args("ljust", "str.ljust", args, nargs, kw, &w, &f) < 0) return NULL;
    return pad(self, 0, w - (int64_t)S(self)->len, f);
}
static MoObject *str_rjust(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    int64_t w;
    uint32_t f;
    if (width_args("rjust", "str.rjust", args, nargs, kw, &w, &f) < 0) return NULL;
    return pad(self, w - (int64_t)S(self)->len, 0, f);
}

static MoObject *str_zfill(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("str.zfill", nargs, kw) < 0) return NULL;
    int64_t w;
    if (ty_as_ssize(args[0], &w) < 0) return NULL;
    int64_t len = (int64_t)S(self)->len;
    if (w <= len) return pad(self, 0, 0, ' ');
    if (!mo_mem_check((size_t)w)) return NULL;
    MoStrBuf b;
    mo_strbuf_init(&b);
    const char *s = S(self)->utf8;
    size_t i = 0;
    if (S(self)->nbytes && (s[0] == '+' || s[0] == '-')) { mo_strbuf_append(&b, s, 1); i = 1; }
    for (int64_t k = 0; k < w - len; k++) mo_strbuf_append(&b, "0", 1);
    mo_strbuf_append(&b, s + i, S(self)->nbytes - i);
    return mo_strbuf_finish(&b);
}

static MoObject *str_expandtabs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"tabsize"};
    MoObject *a[1];
    if (ty_kwparse("expandtabs", args, nargs, kw, names, 1, 1, 0, a) < 0) return NULL;
    int64_t ts = 8;
    if (a[0] && ty_as_ssize(a[0], &ts) < 0) return NULL;
    MoStrBuf b;
    mo_strbuf_init(&b);
    const char *s = S(self)->utf8;
    int64_t col = 0;
    for (size_t i = 0; i < S(self)->nbytes;) {
        size_t l;
        uint32_t c = ty_utf8_decode((const uint8_t *)s + i, &l);
        if (c == '\t') {
            if (ts > 0) {
                int64_t k = ts - col % ts;
                if (!mo_mem_check(b.len + (size_t)k)) { mo_strbuf_free(&b); return NULL; }
                for (int64_t m = 0; m < k; m++) mo_strbuf_append(&b, " ", 1);
                col += k;
            }
        } else {
            mo_strbuf_append(&b, s + i, l);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        i += l;
    }
    return mo_strbuf_finish(&b);
}

/* ---- partition ---- */

static MoObject *do_partition(MoObject *self, MoObject *sep, bool rev) {
    if (!MO_STR_CHECK(sep)) {
        mo_err_format(&mo_TypeError, "must be str, not %s", MO_TYPE(sep)->name);
        return NULL;
    }
    if (S(sep)->nbytes == 0) { mo_err_set(&mo_ValueError, "empty separator"); return NULL; }
    const char *s = S(self)->utf8;
    size_t n = S(self)->nbytes, sn = S(sep)->nbytes;
    int64_t p = -1;
    if (!rev) p = ty_find_bytes(s, n, S(sep)->utf8, sn);
    else p = ty_rfind_bytes(s, n, S(sep)->utf8, sn);
    MoObject *e = ty_empty_str();
    if (!e) return NULL;
    MoObject *r;
    if (p < 0) {
        MoObject *whole = MO_CHECK_EXACT(self, mo_str_type) ? mo_newref(self) : new_str(s, n);
        if (!whole) { mo_decref(e); return NULL; }
        r = rev ? mo_tuple_pack(3, e, e, whole) : mo_tuple_pack(3, whole, e, e);
        mo_decref(whole);
    } else {
        MoObject *a = new_str(s, (size_t)p), *c = new_str(s + p + sn, n - (size_t)p - sn);
        r = a && c ? mo_tuple_pack(3, a, sep, c) : NULL;
        mo_xdecref(a);
        mo_xdecref(c);
    }
    mo_decref(e);
    return r;
}

static MoObject *str_partition(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("str.partition", nargs, kw) < 0) return NULL;
    return do_partition(self, args[0], false);
}
static MoObject *str_rpartition(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("str.rpartition", nargs, kw) < 0) return NULL;
    return do_partition(self, args[0], true);
}

static MoObject *str_removeprefix(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("str.removeprefix", nargs, kw) < 0) return NULL;
    MoObject *p = args[0];
    if (!MO_STR_CHECK(p)) {
        mo_err_format(&mo_TypeError, "removeprefix() argument must be str, not %s", MO_TYPE(p)->name);
        return NULL;
    }
    size_t n = S(self)->nbytes, pn = S(p)->nbytes;
    if (pn <= n && pn && memcmp(S(self)->utf8, S(p)->utf8, pn) == 0) return new_str(S(self)->utf8 + pn, n - pn);
    return MO_CHECK_EXACT(self, mo_str_type) ? mo_newref(self) : new_str(S(self)->utf8, n);
}
static MoObject *str_removesuffix(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("str.removesuffix", nargs, kw) < 0) return NULL;
    MoObject *p = args[0];
    if (!MO_STR_CHECK(p)) {
        mo_err_format(&mo_TypeError, "removesuffix() argument must be str, not %s", MO_TYPE(p)->name);
        return NULL;
    }
    size_t n = S(self)->nbytes, pn = S(p)->nbytes;
    if (pn <= n && pn && memcmp(S(self)->utf8 + n - pn, S(p)->utf8, pn) == 0) return new_str(S(self)->utf8, n - pn);
    return MO_CHECK_EXACT(self, mo_str_type) ? mo_newref(self) : new_str(S(self)->utf8, n);
}

/* ---- encode ---- */

MoObject *ty_codec_name(MoObject *encoding) {
    char buf[32];
    size_t n = S(encoding)->nbytes, k = 0;
    if (n < sizeof buf) {
        for (size_t i = 0; i < n; i++) {
            char c = S(encoding)->utf8[i];
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c == '_' || c == ' ') c = '-';
            buf[k++] = c;
        }
    }
    buf[k] = 0;
    const char *name = NULL;
    if (!strcmp(buf, "utf-8") || !strcmp(buf, "utf8") || !strcmp(buf, "u8") || !strcmp(buf, "utf")) name = "utf-8";
    else if (!strcmp(buf, "utf-8-sig") || !strcmp(buf, "utf8-sig")) name = "utf-8-sig";
    else if (!strcmp(buf, "utf-16") || !strcmp(buf, "utf16") || !strcmp(buf, "u16")) name = "utf-16";
    else if (!strcmp(buf, "utf-16-le") || !strcmp(buf, "utf-16le") || !strcmp(buf, "utf16le")) name = "utf-16-le";
    else if (!strcmp(buf, "utf-16-be") || !strcmp(buf, "utf-16be") || !strcmp(buf, "utf16be")) name = "utf-16-be";
    else if (!strcmp(buf, "utf-32") || !strcmp(buf, "utf32") || !strcmp(buf, "u32")) name = "utf-32";
    else if (!strcmp(buf, "utf-32-le") || !strcmp(buf, "utf-32le") || !strcmp(buf, "utf32le")) name = "utf-32-le";
    else if (!strcmp(buf, "utf-32-be") || !strcmp(buf, "utf-32be") || !strcmp(buf, "utf32be")) name = "utf-32-be";
    else if (!strcmp(buf, "ascii") || !strcmp(buf, "us-ascii") || !strcmp(buf, "646")) name = "ascii";
    else if (!strcmp(buf, "latin-1") || !strcmp(buf, "latin1") || !strcmp(buf, "iso-8859-1") ||
             !strcmp(buf, "iso8859-1") || !strcmp(buf, "l1") || !strcmp(buf, "latin") || !strcmp(buf, "8859") ||
             !strcmp(buf, "cp819") || !strcmp(buf, "iso-ir-100"))
        name = "latin-1";
    if (!name) {
        mo_err_format(&mo_LookupError, "unknown encoding: %U", encoding);
        return NULL;
    }
    return mo_str_from_cstr(name);
}

static void char_esc(uint32_t c, char *out) {
    static const char hex[] = "0123456789abcdef";
    if (c < 0x100) { out[0] = '\\'; out[1] = 'x'; out[2] = hex[c >> 4]; out[3] = hex[c & 15]; out[4] = 0; }
    else if (c < 0x10000) {
        out[0] = '\\'; out[1] = 'u';
        for (int k = 0; k < 4; k++) out[2 + k] = hex[(c >> (12 - 4 * k)) & 15];
        out[6] = 0;
    } else {
        out[0] = '\\'; out[1] = 'U';
        for (int k = 0; k < 8; k++) out[2 + k] = hex[(c >> (28 - 4 * k)) & 15];
        out[10] = 0;
    }
}

/* Appends code point c in the encoding's unit size (1: UTF-8 or a single byte, 2: UTF-16, 4: UTF-32). */
static void enc_put(MoStrBuf *b, uint32_t c, unsigned unit, bool big, bool utf8) {
    if (unit == 1) {
        if (utf8) { char u[4]; mo_strbuf_append(b, u, ty_utf8_encode(c, u)); }
        else { char ch = (char)c; mo_strbuf_append(b, &ch, 1); }
        return;
    }
    uint32_t units[2];
    int nu = 1;
    units[0] = c;
    if (unit == 2 && c >= 0x10000) {
        units[0] = 0xD800 + ((c - 0x10000) >> 10);
        units[1] = 0xDC00 + ((c - 0x10000) & 0x3FF);
        nu = 2;
    }
    for (int k = 0; k < nu; k++) {
        char o[4];
        for (unsigned j = 0; j < unit; j++) {
            unsigned shift = 8 * (big ? unit - 1 - j : j);
            o[j] = (char)((units[k] >> shift) & 0xFF);
        }
        mo_strbuf_append(b, o, unit);
    }
}

/* Appends ASCII replacement text ("?", "\\x80", "&#128;") in the encoding's units. */
static void enc_put_ascii(MoStrBuf *b, const char *text, size_t n, unsigned unit, bool big) {
    for (size_t i = 0; i < n; i++) enc_put(b, (uint8_t)text[i], unit, big, false);
}

MoObject *ty_encode(MoObject *self, const char *codec, MoObject *errors);
MoObject *ty_encode(MoObject *self, const char *codec, MoObject *errors) {
    if (!strcmp(codec, "utf-8-sig")) {
        MoObject *r = ty_encode(self, "utf-8", errors);
        if (!r) return NULL;
        MoObject *out = mo_bytes_new(NULL, MO_BYTES(r)->len + 3);
        if (out) {
            memcpy(MO_BYTES(out)->data, "\xEF\xBB\xBF", 3);
            memcpy(MO_BYTES(out)->data + 3, MO_BYTES(r)->data, MO_BYTES(r)->len);
        }
        mo_decref(r);
        return out;
    }
    int mode = ty_errors_mode(errors);
    bool xmlref = errors && !strcmp(MO_STR_UTF8(errors), "xmlcharrefreplace");
    bool wide = !strncmp(codec, "utf-16", 6) || !strncmp(codec, "utf-32", 6);
    unsigned unit = !wide ? 1 : codec[4] == '1' ? 2 : 4;
    bool big = wide && !strcmp(codec + 6, "-be"), bom = wide && codec[6] == 0;
    uint32_t limit = (!strcmp(codec, "utf-8") || wide) ? 0x110000 : !strcmp(codec, "ascii") ? 0x80 : 0x100;
    bool utf8 = !wide && limit == 0x110000;
    MoStr *s = S(self);
    if (!wide && (s->ascii || (limit == 0x110000 && mo_utf8_valid(s->utf8, s->nbytes))))
        return mo_bytes_new((const uint8_t *)s->utf8, s->nbytes);
    size_t n;
    uint32_t *a = to_cps(self, &n);
    if (!a) return NULL;
    MoStrBuf b; /* used as a byte buffer */
    mo_strbuf_init(&b);
    if (bom) enc_put(&b, 0xFEFF, unit, big, false);
    for (size_t i = 0; i < n;) {
        uint32_t c = a[i];
        bool bad = limit == 0x110000 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        if (!bad) {
            enc_put(&b, c, unit, big, utf8);
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && (limit == 0x110000 ? (a[j] >= 0xD800 && a[j] <= 0xDFFF) : a[j] >= limit)) j++;
        const char *reason = limit == 0x110000 ? "surrogates not allowed"
                             : limit == 0x80   ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
        if (mode == 0 && !xmlref) {
            char esc[12];
            char_esc(c, esc);
            if (j - i == 1)
                mo_err_format(&mo_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %zu: %s", codec,
                              esc, i, reason);
            else
                mo_err_format(&mo_UnicodeEncodeError, "'%s' codec can't encode characters in position %zu-%zu: %s", codec,
                              i, j - 1, reason);
            mo_free(a);
            mo_strbuf_free(&b);
            return NULL;
        }
        for (size_t k = i; k < j; k++) {
            if (xmlref) {
                char num[16];
                int m = 0;
                uint32_t v = a[k];
                char tmp[12];
                int t = 0;
                do { tmp[t++] = (char)('0' + v % 10); v /= 10; } while (v);
                num[m++] = '&'; num[m++] = '#';
                while (t) num[m++] = tmp[--t];
                num[m++] = ';';
                enc_put_ascii(&b, num, (size_t)m, unit, big);
            } else if (mode == 2) enc_put_ascii(&b, "?", 1, unit, big);
            else if (mode == 3) { char esc[12]; char_esc(a[k], esc); enc_put_ascii(&b, esc, strlen(esc), unit, big); }
            else if (mode == 4 && a[k] >= 0xDC80 && a[k] <= 0xDCFF) { char ch = (char)(a[k] - 0xDC00); mo_strbuf_append(&b, &ch, 1); }
        }
        i = j;
    }
    mo_free(a);
    if (b.failed) { mo_strbuf_free(&b); return NULL; }
    MoObject *r = mo_bytes_new((const uint8_t *)b.data, b.len);
    mo_strbuf_free(&b);
    return r;
}

static MoObject *str_encode(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"encoding", "errors"};
    MoObject *a[2];
    if (ty_kwparse("encode", args, nargs, kw, names, 2, 2, 0, a) < 0) return NULL;
    for (int k = 0; k < 2; k++) {
        if (a[k] && !MO_STR_CHECK(a[k])) {
            mo_err_format(&mo_TypeError, "encode() argument '%s' must be str, not %s", names[k], MO_TYPE(a[k])->name);
            return NULL;
        }
    }
    MoObject *codec = a[0] ? ty_codec_name(a[0]) : mo_str_from_cstr("utf-8");
    if (!codec) return NULL;
    MoObject *r = ty_encode(self, MO_STR_UTF8(codec), a[1]);
    mo_decref(codec);
    return r;
}

/* ---- translate / maketrans ---- */

static MoObject *str_translate(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("str.translate", nargs, kw) < 0) return NULL;
    MoObject *table = args[0];
    MoStrBuf b;
    mo_strbuf_init(&b);
    const char *s = S(self)->utf8;
    for (size_t i = 0; i < S(self)->nbytes;) {
        size_t l;
        uint32_t c = ty_utf8_decode((const uint8_t *)s + i, &l);
        MoObject *key = mo_int_from_i64(c);
        if (!key) goto fail;
        MoObject *v = mo_getitem(table, key);
        mo_decref(key);
        if (!v) {
            if (!mo_err_matches(&mo_LookupError)) goto fail;
            mo_err_clear();
            mo_strbuf_append(&b, s + i, l);
        } else if (v == mo_None) {
            mo_decref(v);
        } else if (MO_INT_CHECK(v)) {
            int64_t x;
            if (mo_int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
                mo_err_clear();
                mo_err_set(&mo_ValueError, "character mapping must be in range(0x110000)");
                mo_decref(v);
                goto fail;
            }
            mo_strbuf_append_codepoint(&b, (uint32_t)x);
            mo_decref(v);
        } else if (MO_STR_CHECK(v)) {
            mo_strbuf_append(&b, S(v)->utf8, S(v)->nbytes);
            mo_decref(v);
        } else {
            mo_decref(v);
            mo_err_set(&mo_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        i += l;
    }
    return mo_strbuf_finish(&b);
fail:
    mo_strbuf_free(&b);
    return NULL;
}

static MoObject *str_maketrans(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("maketrans", "str.maketrans", nargs, kw, 1, 3) < 0) return NULL;
    MoObject *d = mo_dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        MoObject *x = args[0];
        if (!MO_DICT_CHECK(x)) {
            mo_err_set(&mo_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        size_t pos = 0;
        MoObject *k, *v;
        while (mo_dict_next(x, &pos, &k, &v)) {
            if (MO_STR_CHECK(k)) {
                if (S(k)->len != 1) {
                    mo_err_set(&mo_ValueError, "string keys in translate table must be of length 1");
                    goto fail;
                }
                size_t l;
                MoObject *ik = mo_int_from_i64(ty_utf8_decode((const uint8_t *)S(k)->utf8, &l));
                if (!ik) goto fail;
                int r = mo_dict_set(d, ik, v);
                mo_decref(ik);
                if (r < 0) goto fail;
            } else if (MO_INT_CHECK(k)) {
                if (mo_dict_set(d, k, v) < 0) goto fail;
            } else {
                mo_err_set(&mo_TypeError, "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return d;
    }
    MoObject *x = args[0], *y = args[1];
    if (!MO_STR_CHECK(x)) {
        mo_err_format(&mo_TypeError, "maketrans() argument 1 must be str, not %s", MO_TYPE(x)->name);
        goto fail;
    }
    if (!MO_STR_CHECK(y)) {
        mo_err_format(&mo_TypeError, "maketrans() argument 2 must be str, not %s", MO_TYPE(y)->name);
        goto fail;
    }
    if (nargs > 2 && !MO_STR_CHECK(args[2])) {
        mo_err_format(&mo_TypeError, "maketrans() argument 3 must be str, not %s", MO_TYPE(args[2])->name);
        goto fail;
    }
    if (S(x)->len != S(y)->len) {
        mo_err_set(&mo_ValueError, "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (size_t i = 0, j = 0; i < S(x)->nbytes;) {
        size_t l1, l2;
        uint32_t a = ty_utf8_decode((const uint8_t *)S(x)->utf8 + i, &l1);
        uint32_t c = ty_utf8_decode((const uint8_t *)S(y)->utf8 + j, &l2);
        MoObject *ka = mo_int_from_i64(a), *vc = mo_int_from_i64(c);
        int r = ka && vc ? mo_dict_set(d, ka, vc) : -1;
        mo_xdecref(ka);
        mo_xdecref(vc);
        if (r < 0) goto fail;
        i += l1;
        j += l2;
    }
    if (nargs > 2) {
        MoObject *z = args[2];
        for (size_t i = 0; i < S(z)->nbytes;) {
            size_t l;
            MoObject *k = mo_int_from_i64(ty_utf8_decode((const uint8_t *)S(z)->utf8 + i, &l));
            int r = k ? mo_dict_set(d, k, mo_None) : -1;
            mo_xdecref(k);
            if (r < 0) goto fail;
            i += l;
        }
    }
    return d;
fail:
    mo_decref(d);
    return NULL;
}

static MoObject *str_format_dunder(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_nokw("str.__format__", kw) < 0) return NULL;
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "__format__ expected 1 argument, got %zu", nargs);
        return NULL;
    }
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "__format__() argument must be str, not %s", MO_TYPE(args[0])->name);
        return NULL;
    }
    return mo_object_format(self, args[0]);
}

static MoObject *str_getnewargs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoObject *c = new_str(S(self)->utf8, S(self)->nbytes);
    if (!c) return NULL;
    MoObject *t = mo_tuple_pack(1, c);
    mo_decref(c);
    return t;
}

const MoMethodDef ty_str_methods[] = {
    {"split", str_split, MO_METH_INSTANCE, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_rsplit, MO_METH_INSTANCE, "Return a list of the substrings in the string, splitting from the right."},
    {"splitlines", str_splitlines, MO_METH_INSTANCE, "Return a list of the lines in the string, breaking at line boundaries."},
    {"join", str_join, MO_METH_INSTANCE, "Concatenate any number of strings."},
    {"strip", str_strip, MO_METH_INSTANCE, "Return a copy of the string with leading and trailing whitespace removed."},
    {"lstrip", str_lstrip, MO_METH_INSTANCE, "Return a copy of the string with leading whitespace removed."},
    {"rstrip", str_rstrip, MO_METH_INSTANCE, "Return a copy of the string with trailing whitespace removed."},
    {"replace", str_replace, MO_METH_INSTANCE, "Return a copy with all occurrences of substring old replaced by new."},
    {"find", str_find, MO_METH_INSTANCE, "Return the lowest index in S where substring sub is found."},
    {"rfind", str_rfind, MO_METH_INSTANCE, "Return the highest index in S where substring sub is found."},
    {"index", str_index, MO_METH_INSTANCE, "Like find but raise ValueError when the substring is not found."},
    {"rindex", str_rindex, MO_METH_INSTANCE, "Like rfind but raise ValueError when the substring is not found."},
    {"count", str_count, MO_METH_INSTANCE, "Return the number of non-overlapping occurrences of substring sub."},
    {"startswith", str_startswith, MO_METH_INSTANCE, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", str_endswith, MO_METH_INSTANCE, "Return True if S ends with the specified suffix, False otherwise."},
    {"upper", str_upper, MO_METH_INSTANCE, "Return a copy of the string converted to uppercase."},
    {"lower", str_lower, MO_METH_INSTANCE, "Return a copy of the string converted to lowercase."},
    {"title", str_title, MO_METH_INSTANCE, "Return a version of the string where each word is titlecased."},
    {"capitalize", str_capitalize, MO_METH_INSTANCE, "Return a capitalized version of the string."},
    {"casefold", str_casefold, MO_METH_INSTANCE, "Return a version of the string suitable for caseless comparisons."},
    {"swapcase", str_swapcase, MO_METH_INSTANCE, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"center", str_center, MO_METH_INSTANCE, "Return a centered string of length width."},
    {"ljust", str_ljust, MO_METH_INSTANCE, "Return a left-justified string of length width."},
    {"rjust", str_rjust, MO_METH_INSTANCE, "Return a right-justified string of length width."},
    {"zfill", str_zfill, MO_METH_INSTANCE, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", str_expandtabs, MO_METH_INSTANCE, "Return a copy where all tab characters are expanded using spaces."},
    {"partition", str_partition, MO_METH_INSTANCE, "Partition the string into three parts using the given separator."},
    {"rpartition", str_rpartition, MO_METH_INSTANCE, "Partition the string into three parts using the given separator, from the right."},
    {"removeprefix", str_removeprefix, MO_METH_INSTANCE, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, MO_METH_INSTANCE, "Return a str with the given suffix string removed if present."},
    {"isdigit", str_isdigit, MO_METH_INSTANCE, "Return True if the string is a digit string, False otherwise."},
    {"isdecimal", str_isdecimal, MO_METH_INSTANCE, "Return True if the string is a decimal string, False otherwise."},
    {"isnumeric", str_isnumeric, MO_METH_INSTANCE, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_isalpha, MO_METH_INSTANCE, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_isalnum, MO_METH_INSTANCE, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isspace", str_isspace, MO_METH_INSTANCE, "Return True if the string is a whitespace string, False otherwise."},
    {"islower", str_islower, MO_METH_INSTANCE, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_isupper, MO_METH_INSTANCE, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_istitle, MO_METH_INSTANCE, "Return True if the string is a title-cased string, False otherwise."},
    {"isidentifier", str_isidentifier, MO_METH_INSTANCE, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_isprintable, MO_METH_INSTANCE, "Return True if the string is printable, False otherwise."},
    {"isascii", str_isascii, MO_METH_INSTANCE, "Return True if all characters in the string are ASCII, False otherwise."},
    {"encode", str_encode, MO_METH_INSTANCE, "Encode the string using the codec registered for encoding."},
    {"translate", str_translate, MO_METH_INSTANCE, "Replace each character in the string using the given translation table."},
    {"maketrans", str_maketrans, MO_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"format", ty_str_format_method, MO_METH_INSTANCE, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", ty_str_format_map, MO_METH_INSTANCE, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", str_format_dunder, MO_METH_INSTANCE, "Return a formatted version of the string as described by format_spec."},
    {"__getnewargs__", str_getnewargs, MO_METH_INSTANCE, NULL},
    {NULL, NULL, 0, NULL}};
