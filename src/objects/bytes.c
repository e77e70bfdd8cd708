/*
 * bytes.c: bytes (immutable) and bytearray (mutable), their shared methods, and their iterator.
 *
 * One set of method implementations serves both types: each reads its receiver through get_buf
 * (a pointer and a length, re-read after anything that may run Python code, because a bytearray
 * can be resized under us) and builds its result with make_like, which produces a bytearray for a
 * bytearray receiver and bytes otherwise, as CPython does (bytearray(b'a').upper() is a
 * bytearray). Any bytes or bytearray is accepted where CPython accepts a "bytes-like object".
 *
 * Hash is ty_hash_bytes (shared with str), so hash(b'abc') == hash('abc') as in CPython. Text
 * codecs (decode, bytes(str, encoding)) are the str team's ty_decode/ty_encode; the set of codecs
 * and error handlers is the one documented there (utf-8, ascii, latin-1; strict, ignore, replace,
 * backslashreplace, surrogateescape).
 */
#include "typesutil.h"

#include <string.h>

typedef struct { MO_HEAD; size_t len, cap; uint8_t *data; } MoByteArray;

#define BA(o) ((MoByteArray *)(o))
#define IS_BYTES(o) mo_isinstance_type(MO(o), &mo_bytes_type)
#define IS_BA(o) mo_isinstance_type(MO(o), &mo_bytearray_type)

/* Shared with str/list/tuple (str.c, tuple.c, str_methods.c). */
int64_t ty_find_bytes(const char *h, size_t hn, const char *n, size_t nn);
int64_t ty_rfind_bytes(const char *h, size_t hn, const char *n, size_t nn);
int ty_repeat_count(MoObject *other, int64_t *n);
int ty_seq_key_index(MoObject *key, const char *tname, int64_t *out);
MoObject *ty_decode(const uint8_t *s, size_t n, const char *codec, int mode);
int ty_errors_mode(MoObject *errors);
MoObject *ty_codec_name(MoObject *encoding);
MoObject *ty_encode(MoObject *self, const char *codec, MoObject *errors);

static const uint8_t empty_data[1] = {0};

const uint8_t *ty_bytearray_data(MoObject *o, size_t *len) {
    *len = BA(o)->len;
    return BA(o)->data ? BA(o)->data : empty_data;
}

/* Reads a bytes-like object: true with data/len set, false (no exception) if o is not one. */
static bool get_buf(MoObject *o, const uint8_t **data, size_t *len) {
    if (IS_BYTES(o)) { *data = MO_BYTES(o)->data; *len = MO_BYTES(o)->len; return true; }
    if (IS_BA(o)) { *data = ty_bytearray_data(o, len); return true; }
    *data = empty_data;
    *len = 0;
    return false;
}

static bool need_buf(MoObject *o, const uint8_t **data, size_t *len) {
    if (get_buf(o, data, len)) return true;
    mo_err_format(&mo_TypeError, "a bytes-like object is required, not '%s'", MO_TYPE(o)->name);
    return false;
}

/* ---- construction ---- */

static MoObject *bytes_alloc(size_t len) {
    if (len > TY_MAX_ALLOC) return mo_err_nomemory();
    if (!mo_mem_check(len)) return NULL;
    MoBytes *b = (MoBytes *)mo_object_new_size(&mo_bytes_type, sizeof(MoBytes) + len + 1);
    if (!b) return NULL;
    b->len = len;
    b->hash = -1;
    b->data[len] = 0;
    return MO(b);
}

MoObject *mo_bytes_new(const uint8_t *data, size_t len) {
    MoObject *b = bytes_alloc(len);
    if (!b) return NULL;
    if (len) {
        if (data) memcpy(MO_BYTES(b)->data, data, len);
        else memset(MO_BYTES(b)->data, 0, len); /* NULL data: zero-filled, for callers that fill it */
    }
    return b;
}

static int ba_reserve(MoByteArray *b, size_t need) {
    if (need <= b->cap) return 0;
    if (need > TY_MAX_ALLOC) { mo_err_nomemory(); return -1; }
    size_t ncap = need + (need >> 3) + 8;
    if (!mo_mem_check(ncap)) return -1;
    uint8_t *d = b->data ? mo_realloc(b->data, ncap) : mo_alloc(ncap);
    if (!d) return -1;
    b->data = d;
    b->cap = ncap;
    return 0;
}

static MoObject *ba_alloc(MoType *type) {
    if (type == &mo_bytearray_type) return mo_object_new(type);
    return mo_object_alloc_instance(type);
}

MoObject *mo_bytearray_new(const uint8_t *data, size_t len) {
    MoObject *o = ba_alloc(&mo_bytearray_type);
    if (!o) return NULL;
    if (len) {
        if (ba_reserve(BA(o), len) < 0) { mo_decref(o); return NULL; }
        memcpy(BA(o)->data, data, len);
    }
    BA(o)->len = len;
    return o;
}

/* A result of the receiver's kind: bytearray for a bytearray receiver, bytes otherwise. */
static MoObject *make_like(MoObject *self, const uint8_t *data, size_t len) {
    return IS_BA(self) ? mo_bytearray_new(data, len) : mo_bytes_new(data, len);
}

/* Returns self itself when an unchanged copy may be shared (exact bytes), else a copy. */
static MoObject *same_or_copy(MoObject *self) {
    if (MO_CHECK_EXACT(self, mo_bytes_type)) return mo_newref(self);
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    return make_like(self, d, n);
}

/* A growable byte buffer for building results. */
typedef struct { uint8_t *data; size_t len, cap; bool failed; } Buf;

static bool buf_put(Buf *b, const void *p, size_t n) {
    if (b->failed) return false;
    if (b->len + n > b->cap) {
        size_t ncap = (b->len + n) * 2 + 16;
        if (!mo_mem_check(ncap)) { b->failed = true; return false; }
        uint8_t *d = b->data ? mo_realloc(b->data, ncap) : mo_alloc(ncap);
        if (!d) { b->failed = true; return false; }
        b->data = d;
        b->cap = ncap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    return true;
}

static MoObject *buf_finish(Buf *b, MoObject *like) {
    MoObject *r = NULL;
    if (!b->failed) r = like && IS_BA(like) ? mo_bytearray_new(b->data, b->len) : mo_bytes_new(b->data, b->len);
    mo_free(b->data);
    return r;
}

/* ---- repr ---- */

static MoObject *repr_data(const uint8_t *data, size_t len, const char *prefix, const char *suffix, bool always_esc_sq) {
    bool has_sq = memchr(data, '\'', len) != NULL, has_dq = memchr(data, '"', len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    MoStrBuf b;
    mo_strbuf_init(&b);
    mo_strbuf_append_cstr(&b, prefix);
    mo_strbuf_append(&b, &q, 1);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = data[i];
        char esc[4];
        size_t en = 0;
        if (c == (uint8_t)q || c == '\\' || (always_esc_sq && c == '\'')) { esc[0] = '\\'; esc[1] = (char)c; en = 2; }
        else if (c == '\t') { esc[0] = '\\'; esc[1] = 't'; en = 2; }
        else if (c == '\n') { esc[0] = '\\'; esc[1] = 'n'; en = 2; }
        else if (c == '\r') { esc[0] = '\\'; esc[1] = 'r'; en = 2; }
        else if (c < 0x20 || c >= 0x7f) { esc[0] = '\\'; esc[1] = 'x'; esc[2] = hex[c >> 4]; esc[3] = hex[c & 15]; en = 4; }
        else { esc[0] = (char)c; en = 1; }
        mo_strbuf_append(&b, esc, en);
    }
    mo_strbuf_append(&b, &q, 1);
    mo_strbuf_append_cstr(&b, suffix);
    return mo_strbuf_finish(&b);
}

MoObject *ty_bytes_repr_data(const uint8_t *data, size_t len, const char *prefix, const char *suffix) {
    return repr_data(data, len, prefix, suffix, false);
}

static MoObject *bytes_repr(MoObject *o) { return repr_data(MO_BYTES(o)->data, MO_BYTES(o)->len, "b", "", false); }

static MoObject *bytearray_repr(MoObject *o) {
    size_t n;
    const uint8_t *d = ty_bytearray_data(o, &n);
    /* CPython's bytearray repr escapes ' even inside double quotes. */
    char prefix[96];
    const char *name = MO_TYPE(o)->name;
    size_t nl = strlen(name);
    if (nl > sizeof prefix - 4) nl = sizeof prefix - 4;
    memcpy(prefix, name, nl);
    memcpy(prefix + nl, "(b", 3);
    return repr_data(d, n, prefix, ")", true);
}

/* ---- slots shared by both types ---- */

static void bytes_dealloc(MoObject *o) { mo_object_free(o); }

static void bytearray_dealloc(MoObject *o) {
    if (MO_TYPE(o)->flags & MO_TPFLAG_GC) mo_gc_untrack(o);
    mo_free(BA(o)->data);
    BA(o)->data = NULL;
    mo_object_free(o);
}

static int bytes_hash(MoObject *o, int64_t *out) {
    MoBytes *b = MO_BYTES(o);
    if (b->hash == -1) b->hash = ty_hash_bytes(b->data, b->len);
    *out = b->hash;
    return 0;
}

static MoObject *buf_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    const uint8_t *x, *y;
    size_t xn, yn;
    if (!get_buf(a, &x, &xn) || !get_buf(b, &y, &yn)) return mo_newref(mo_NotImplemented);
    if ((op == MO_EQ || op == MO_NE) && xn != yn) return mo_bool(op == MO_NE);
    size_t m = xn < yn ? xn : yn;
    int c = m ? memcmp(x, y, m) : 0;
    if (c == 0) c = xn < yn ? -1 : xn > yn ? 1 : 0;
    bool r;
    switch (op) {
    case MO_LT: r = c < 0; break;
    case MO_LE: r = c <= 0; break;
    case MO_EQ: r = c == 0; break;
    case MO_NE: r = c != 0; break;
    case MO_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mo_bool(r);
}

static MoObject *bytes_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    /* bytes only compares with bytes; bytearray's slot handles mixed comparisons (as CPython). */
    if (!IS_BYTES(a) || !IS_BYTES(b)) return mo_newref(mo_NotImplemented);
    return buf_richcompare(a, b, op);
}

static int buf_length(MoObject *o, size_t *out) {
    const uint8_t *d;
    get_buf(o, &d, out);
    return 0;
}

static int buf_truth(MoObject *o) {
    const uint8_t *d;
    size_t n;
    get_buf(o, &d, &n);
    return n != 0;
}

/* Converts an int-like to a byte value: 0 or -1 (TypeError / ValueError as CPython). */
static int as_byte(MoObject *o, uint8_t *out) {
    int64_t v;
    if (ty_as_ssize(o, &v) < 0) {
        if (mo_err_matches(&mo_OverflowError)) {
            mo_err_clear();
            mo_err_set(&mo_ValueError, "byte must be in range(0, 256)");
        }
        return -1;
    }
    if (v < 0 || v > 255) { mo_err_set(&mo_ValueError, "byte must be in range(0, 256)"); return -1; }
    *out = (uint8_t)v;
    return 0;
}

static bool has_index(MoObject *o) {
    return MO_INT_CHECK(o) || mo_type_lookup(MO_TYPE(o), mo_str_intern("__index__")) != NULL;
}

static int buf_contains(MoObject *o, MoObject *item) {
    const uint8_t *d, *s;
    size_t n, sn;
    if (has_index(item)) {
        uint8_t c;
        if (as_byte(item, &c) < 0) return -1;
        get_buf(o, &d, &n);
        return n && memchr(d, c, n) != NULL;
    }
    if (!need_buf(item, &s, &sn)) return -1;
    get_buf(o, &d, &n);
    return ty_find_bytes((const char *)d, n, (const char *)s, sn) >= 0;
}

static MoObject *buf_getitem(MoObject *o, MoObject *key) {
    const uint8_t *d;
    size_t n;
    bool ba = IS_BA(o);
    if (MO_CHECK_EXACT(key, mo_slice_type)) {
        int64_t start, stop, step, count;
        get_buf(o, &d, &n);
        if (mo_slice_indices(key, (int64_t)n, &start, &stop, &step, &count) < 0) return NULL;
        get_buf(o, &d, &n); /* __index__ may have resized a bytearray */
        if (step == 1) {
            if (start + count > (int64_t)n) count = start > (int64_t)n ? 0 : (int64_t)n - start;
            if (count == (int64_t)n && MO_CHECK_EXACT(o, mo_bytes_type)) return mo_newref(o);
            return make_like(o, d + start, (size_t)count);
        }
        MoObject *r = ba ? mo_bytearray_new(NULL, 0) : bytes_alloc((size_t)count);
        if (!r) return NULL;
        if (ba && count && ba_reserve(BA(r), (size_t)count) < 0) { mo_decref(r); return NULL; }
        uint8_t *out = ba ? BA(r)->data : MO_BYTES(r)->data;
        for (int64_t k = 0; k < count; k++) {
            int64_t i = start + k * step;
            out[k] = i >= 0 && i < (int64_t)n ? d[i] : 0;
        }
        if (ba) BA(r)->len = (size_t)count;
        return r;
    }
    int64_t i;
    if (ty_seq_key_index(key, ba ? "bytearray" : "byte", &i) < 0) return NULL;
    get_buf(o, &d, &n);
    size_t idx;
    if (i < 0) i += (int64_t)n;
    if (i < 0 || (uint64_t)i >= n) {
        mo_err_set(&mo_IndexError, ba ? "bytearray index out of range" : "index out of range");
        return NULL;
    }
    idx = (size_t)i;
    return mo_int_from_i64(d[idx]);
}

static MoObject *buf_concat(MoObject *a, MoObject *b) {
    const uint8_t *x, *y;
    size_t xn, yn;
    get_buf(a, &x, &xn);
    if (!get_buf(b, &y, &yn)) {
        mo_err_format(&mo_TypeError, "can't concat %s to %s", MO_TYPE(b)->name, IS_BA(a) ? "bytearray" : "bytes");
        return NULL;
    }
    if (IS_BA(a)) {
        MoObject *r = mo_bytearray_new(x, xn);
        if (!r) return NULL;
        get_buf(b, &y, &yn);
        if (ba_reserve(BA(r), xn + yn) < 0) { mo_decref(r); return NULL; }
        if (yn) memcpy(BA(r)->data + xn, y, yn);
        BA(r)->len = xn + yn;
        return r;
    }
    if (yn == 0 && MO_CHECK_EXACT(a, mo_bytes_type)) return mo_newref(a);
    if (xn == 0 && MO_CHECK_EXACT(b, mo_bytes_type)) return mo_newref(b);
    MoObject *r = bytes_alloc(xn + yn);
    if (!r) return NULL;
    memcpy(MO_BYTES(r)->data, x, xn);
    memcpy(MO_BYTES(r)->data + xn, y, yn);
    return r;
}

static MoObject *buf_repeat(MoObject *o, int64_t count) {
    const uint8_t *d;
    size_t n;
    get_buf(o, &d, &n);
    if (count < 0) count = 0;
    if (count == 1 && MO_CHECK_EXACT(o, mo_bytes_type)) return mo_newref(o);
    if (n && (uint64_t)count > TY_MAX_ALLOC / n) return mo_err_nomemory();
    size_t total = n * (size_t)count;
    if (!mo_mem_check(total)) return NULL;
    MoObject *r;
    uint8_t *out;
    if (IS_BA(o)) {
        r = mo_bytearray_new(NULL, 0);
        if (!r) return NULL;
        if (ba_reserve(BA(r), total) < 0) { mo_decref(r); return NULL; }
        BA(r)->len = total;
        out = BA(r)->data;
    } else {
        r = bytes_alloc(total);
        if (!r) return NULL;
        out = MO_BYTES(r)->data;
    }
    get_buf(o, &d, &n);
    if (total) {
        /* Copy once, then keep doubling the filled prefix. */
        memcpy(out, d, n);
        for (size_t done = n; done < total;) {
            size_t c = done < total - done ? done : total - done;
            memcpy(out + done, out, c);
            done += c;
        }
    }
    return r;
}

static int ba_extend(MoObject *self, MoObject *iterable);

static MoObject *buf_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op == MO_ADD) {
        const uint8_t *d;
        size_t n;
        if (!get_buf(a, &d, &n)) return mo_newref(mo_NotImplemented);
        if (!get_buf(b, &d, &n) && (MO_TYPE(b)->flags & MO_TPFLAG_HEAPTYPE)) return mo_newref(mo_NotImplemented);
        if (inplace && IS_BA(a)) {
            if (!get_buf(b, &d, &n)) {
                mo_err_format(&mo_TypeError, "can't concat %s to bytearray", MO_TYPE(b)->name);
                return NULL;
            }
            if (ba_extend(a, b) < 0) return NULL;
            return mo_newref(a);
        }
        return buf_concat(a, b);
    }
    if (op == MO_MUL) {
        const uint8_t *d;
        size_t n;
        MoObject *seq = get_buf(a, &d, &n) ? a : b, *other = seq == a ? b : a;
        int64_t count;
        int r = ty_repeat_count(other, &count);
        if (r < 0) return NULL;
        if (r == 0) return mo_newref(mo_NotImplemented);
        if (inplace && seq == a && IS_BA(a)) {
            MoObject *t = buf_repeat(a, count);
            if (!t) return NULL;
            MoByteArray *x = BA(a), *y = BA(t);
            uint8_t *dd = x->data;
            x->data = y->data; x->len = y->len; x->cap = y->cap;
            y->data = dd; y->len = 0; y->cap = 0;
            mo_decref(t);
            return mo_newref(a);
        }
        return buf_repeat(seq, count);
    }
    if (op == MO_MOD) {
        const uint8_t *d;
        size_t n;
        if (!get_buf(a, &d, &n)) return mo_newref(mo_NotImplemented);
        if ((MO_TYPE(b)->flags & MO_TPFLAG_HEAPTYPE) && mo_type_lookup(MO_TYPE(b), mo_str_intern("__rmod__")))
            return mo_newref(mo_NotImplemented);
        return ty_bytes_percent_format(d, n, b, IS_BA(a));
    }
    return mo_newref(mo_NotImplemented);
}

/* ---- iterators (the same code for bytes and bytearray: it re-reads the buffer every step) ---- */

typedef struct { MO_HEAD; MoObject *seq; size_t pos; } BytesIter;

static MoObject *buf_iter(MoObject *o) {
    BytesIter *it = (BytesIter *)mo_gc_new(IS_BA(o) ? &mo_bytearray_iter_type : &mo_bytes_iter_type, sizeof(BytesIter));
    if (!it) return NULL;
    it->seq = mo_newref(o);
    it->pos = 0;
    mo_gc_track(MO(it));
    return MO(it);
}

static MoObject *bytesiter_next(MoObject *o) {
    BytesIter *it = (BytesIter *)o;
    if (!it->seq) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(it->seq, &d, &n);
    if (it->pos >= n) { MO_CLEAR(it->seq); return NULL; }
    return mo_int_from_i64(d[it->pos++]);
}

static void bytesiter_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    mo_xdecref(((BytesIter *)o)->seq);
    mo_object_free(o);
}

static int bytesiter_traverse(MoObject *o, MoVisit visit, void *arg) {
    BytesIter *it = (BytesIter *)o;
    return it->seq ? visit(it->seq, arg) : 0;
}

static void bytesiter_clear(MoObject *o) { MO_CLEAR(((BytesIter *)o)->seq); }

static MoObject *self_iter(MoObject *o) { return mo_newref(o); }

static MoObject *bytesiter_length_hint(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    BytesIter *it = (BytesIter *)self;
    if (!it->seq) return mo_int_from_i64(0);
    const uint8_t *d;
    size_t n;
    get_buf(it->seq, &d, &n);
    return mo_int_from_u64(it->pos < n ? n - it->pos : 0);
}

static const MoMethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, MO_METH_INSTANCE, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}};

MoType mo_bytearray_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "bytearray_iterator",
    .size = sizeof(BytesIter),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = bytesiter_dealloc,
    .traverse = bytesiter_traverse,
    .clear = bytesiter_clear,
    .iter = self_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

MoType mo_bytes_iter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "bytes_iterator",
    .size = sizeof(BytesIter),
    .flags = MO_TPFLAG_GC,
    .base = &mo_object_type,
    .dealloc = bytesiter_dealloc,
    .traverse = bytesiter_traverse,
    .clear = bytesiter_clear,
    .iter = self_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

/* ---- methods ---- */

static const char *tname(MoObject *self) { return IS_BA(self) ? "bytearray" : "bytes"; }

/* "bytes.upper" / "bytearray.upper" for argument errors. */
static const char *qualname(MoObject *self, const char *meth, char *buf, size_t cap) {
    const char *t = tname(self);
    size_t tn = strlen(t), mn = strlen(meth);
    if (tn + mn + 2 > cap) return meth;
    memcpy(buf, t, tn);
    buf[tn] = '.';
    memcpy(buf + tn + 1, meth, mn + 1);
    return buf;
}
#define QUAL(m) qualname(self, m, qbuf, sizeof qbuf)

/* The sub argument of find/count/index: an int (one byte) or a bytes-like object. */
typedef struct { const uint8_t *sub; size_t sublen; uint8_t byte; int64_t start, end; } SubArgs;

static int sub_args(MoObject *self, const char *name, MoObject *const *args, size_t nargs, MoObject *kw, SubArgs *sa) {
    char qbuf[48];
    if (ty_oldargs(name, QUAL(name), nargs, kw, 1, 3) < 0) return -1;
    MoObject *sub = args[0];
    if (get_buf(sub, &sa->sub, &sa->sublen)) {
    } else if (has_index(sub)) {
        if (as_byte(sub, &sa->byte) < 0) return -1;
        sa->sub = &sa->byte;
        sa->sublen = 1;
    } else {
        mo_err_format(&mo_TypeError, "argument should be integer or bytes-like object, not '%s'", MO_TYPE(sub)->name);
        return -1;
    }
    if (ty_opt_index(nargs > 1 ? args[1] : NULL, &sa->start, 0) < 0) return -1;
    if (ty_opt_index(nargs > 2 ? args[2] : NULL, &sa->end, INT64_MAX) < 0) return -1;
    /* Re-read sub: converting start/end may have run Python code (bytearray may move). */
    if (sa->sub != &sa->byte) get_buf(sub, &sa->sub, &sa->sublen);
    return 0;
}

static int64_t do_find(MoObject *self, SubArgs *sa, bool reverse) {
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    int64_t start = sa->start, end = sa->end;
    ty_adjust_indices(&start, &end, (int64_t)n);
    if (end - start < (int64_t)sa->sublen) return -1;
    if (!reverse) {
        int64_t p = ty_find_bytes((const char *)d + start, (size_t)(end - start), (const char *)sa->sub, sa->sublen);
        return p < 0 ? -1 : p + start;
    }
    int64_t p = ty_rfind_bytes((const char *)d + start, (size_t)(end - start), (const char *)sa->sub, sa->sublen);
    return p < 0 ? -1 : p + start;
}

static MoObject *find_common(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, const char *name, bool rev,
                             bool raise) {
    SubArgs sa;
    if (sub_args(self, name, args, nargs, kw, &sa) < 0) return NULL;
    int64_t r = do_find(self, &sa, rev);
    if (r < 0 && raise) { mo_err_set(&mo_ValueError, "subsection not found"); return NULL; }
    return mo_int_from_i64(r);
}

static MoObject *b_find(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return find_common(self, a, n, kw, "find", false, false); }
static MoObject *b_rfind(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return find_common(self, a, n, kw, "rfind", true, false); }
static MoObject *b_index(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return find_common(self, a, n, kw, "index", false, true); }
static MoObject *b_rindex(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return find_common(self, a, n, kw, "rindex", true, true); }

static MoObject *b_count(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    SubArgs sa;
    if (sub_args(self, "count", args, nargs, kw, &sa) < 0) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    int64_t start = sa.start, end = sa.end;
    ty_adjust_indices(&start, &end, (int64_t)n);
    if (end < start) return mo_int_from_i64(0);
    if (sa.sublen == 0) return mo_int_from_i64(end - start + 1);
    int64_t count = 0;
    for (int64_t i = start; i + (int64_t)sa.sublen <= end;) {
        int64_t p = ty_find_bytes((const char *)d + i, (size_t)(end - i), (const char *)sa.sub, sa.sublen);
        if (p < 0) break;
        count++;
        i += p + (int64_t)sa.sublen;
    }
    return mo_int_from_i64(count);
}

static int tailmatch(MoObject *self, const uint8_t *s, size_t sn, int64_t start, int64_t end, bool suffix) {
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    ty_adjust_indices(&start, &end, (int64_t)n);
    if (end - start < (int64_t)sn) return 0;
    if (start > (int64_t)n) return 0;
    if (sn == 0) return 1;
    int64_t pos = suffix ? end - (int64_t)sn : start;
    return memcmp(d + pos, s, sn) == 0;
}

static MoObject *starts_ends(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, const char *name, bool suffix) {
    char qbuf[48];
    if (ty_oldargs(name, QUAL(name), nargs, kw, 1, 3) < 0) return NULL;
    int64_t start, end;
    if (ty_opt_index(nargs > 1 ? args[1] : NULL, &start, 0) < 0) return NULL;
    if (ty_opt_index(nargs > 2 ? args[2] : NULL, &end, INT64_MAX) < 0) return NULL;
    MoObject *p = args[0];
    const uint8_t *s;
    size_t sn;
    if (mo_isinstance_type(p, &mo_tuple_type)) {
        for (size_t i = 0; i < MO_TUPLE_LEN(p); i++) {
            MoObject *x = MO_TUPLE_ITEM(p, i);
            if (!get_buf(x, &s, &sn)) {
                mo_err_format(&mo_TypeError, "a bytes-like object is required, not '%s'", MO_TYPE(x)->name);
                return NULL;
            }
            if (tailmatch(self, s, sn, start, end, suffix)) return mo_bool(true);
        }
        return mo_bool(false);
    }
    if (!get_buf(p, &s, &sn)) {
        mo_err_format(&mo_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, MO_TYPE(p)->name);
        return NULL;
    }
    return mo_bool(tailmatch(self, s, sn, start, end, suffix));
}

static MoObject *b_startswith(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return starts_ends(self, a, n, kw, "startswith", false); }
static MoObject *b_endswith(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return starts_ends(self, a, n, kw, "endswith", true); }

static bool b_isspace_c(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int split_args(const char *name, MoObject *const *args, size_t nargs, MoObject *kw, MoObject **sep, int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    MoObject *a[2];
    if (ty_kwparse(name, args, nargs, kw, names, 2, 2, 0, a) < 0) return -1;
    *sep = a[0] == mo_None ? NULL : a[0];
    *maxsplit = -1;
    if (a[1] && ty_as_ssize(a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

static int append_piece(MoObject *list, MoObject *self, const uint8_t *p, size_t n) {
    MoObject *x = make_like(self, p, n);
    if (!x) return -1;
    int r = mo_list_append(list, x);
    mo_decref(x);
    return r;
}

static MoObject *do_split(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, bool rev) {
    MoObject *sepo;
    int64_t maxsplit;
    if (split_args(rev ? "rsplit" : "split", args, nargs, kw, &sepo, &maxsplit) < 0) return NULL;
    const uint8_t *sep = NULL, *d;
    size_t sn = 0, n;
    if (sepo) {
        if (!need_buf(sepo, &sep, &sn)) return NULL;
        if (sn == 0) { mo_err_set(&mo_ValueError, "empty separator"); return NULL; }
    }
    /* Work on a private copy: a bytearray separator or receiver must not move under us. */
    get_buf(self, &d, &n);
    uint8_t *copy = mo_alloc(n + sn + 1);
    if (!copy) return NULL;
    memcpy(copy, d, n);
    if (sn) memcpy(copy + n, sep, sn);
    d = copy;
    sep = copy + n;
    MoObject *list = mo_list_new(0);
    if (!list) { mo_free(copy); return NULL; }
    int err = 0;
    if (!sepo) {
        if (!rev) {
            size_t i = 0;
            while (!err) {
                while (i < n && b_isspace_c(d[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) { /* the remainder keeps trailing whitespace */
                    err = append_piece(list, self, d + i, n - i);
                    break;
                }
                size_t j = i;
                while (j < n && !b_isspace_c(d[j])) j++;
                err = append_piece(list, self, d + i, j - i);
                i = j;
            }
        } else {
            size_t i = n;
            while (!err) {
                while (i > 0 && b_isspace_c(d[i - 1])) i--;
                if (i == 0) break;
                if (maxsplit-- == 0) { /* the remainder keeps leading whitespace */
                    err = append_piece(list, self, d, i);
                    break;
                }
                size_t j = i;
                while (j > 0 && !b_isspace_c(d[j - 1])) j--;
                err = append_piece(list, self, d + j, i - j);
                i = j;
            }
        }
    } else if (!rev) {
        size_t i = 0;
        while (!err) {
            int64_t p = maxsplit > 0 ? ty_find_bytes((const char *)d + i, n - i, (const char *)sep, sn) : -1;
            if (p < 0) { err = append_piece(list, self, d + i, n - i); break; }
            err = append_piece(list, self, d + i, (size_t)p);
            i += (size_t)p + sn;
            maxsplit--;
        }
    } else {
        size_t end = n;
        while (!err) {
            int64_t found = -1;
            if (maxsplit > 0 && end >= sn) found = ty_rfind_bytes((const char *)d, end, (const char *)sep, sn);
            if (found < 0) { err = append_piece(list, self, d, end); break; }
            err = append_piece(list, self, d + found + sn, end - (size_t)found - sn);
            end = (size_t)found;
            maxsplit--;
        }
    }
    mo_free(copy);
    if (err) { mo_decref(list); return NULL; }
    if (rev) {
        MoList *l = MO_LIST(list);
        for (size_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
            MoObject *t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    return list;
}

static MoObject *b_split(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_split(self, a, n, kw, false); }
static MoObject *b_rsplit(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_split(self, a, n, kw, true); }

static MoObject *b_join(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("join"), nargs, kw) < 0) return NULL;
    MoObject *seq = mo_sequence_list(args[0]);
    if (!seq) return NULL;
    Buf b = {0};
    for (size_t i = 0; i < MO_LIST_LEN(seq); i++) {
        MoObject *x = MO_LIST_ITEM(seq, i);
        const uint8_t *d, *s;
        size_t n, sn;
        if (!get_buf(x, &d, &n)) {
            mo_err_format(&mo_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i, MO_TYPE(x)->name);
            mo_free(b.data);
            mo_decref(seq);
            return NULL;
        }
        if (i) { get_buf(self, &s, &sn); buf_put(&b, s, sn); }
        buf_put(&b, d, n);
    }
    mo_decref(seq);
    return buf_finish(&b, self);
}

static MoObject *do_strip(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, const char *name, int which) {
    char qbuf[48];
    if (ty_nokw(QUAL(name), kw) < 0) return NULL;
    if (ty_clinic(name, NULL, nargs, NULL, 0, 1) < 0) return NULL;
    const uint8_t *chars = NULL, *d;
    size_t cn = 0, n;
    if (nargs && args[0] != mo_None && !need_buf(args[0], &chars, &cn)) return NULL;
    get_buf(self, &d, &n);
    bool set[256] = {false};
    if (chars) for (size_t i = 0; i < cn; i++) set[chars[i]] = true;
    else for (int c = 0; c < 256; c++) set[c] = b_isspace_c((uint8_t)c);
    size_t s = 0, e = n;
    if (which & 1) while (s < e && set[d[s]]) s++;
    if (which & 2) while (e > s && set[d[e - 1]]) e--;
    if (s == 0 && e == n) return same_or_copy(self);
    return make_like(self, d + s, e - s);
}

static MoObject *b_strip(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_strip(self, a, n, kw, "strip", 3); }
static MoObject *b_lstrip(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_strip(self, a, n, kw, "lstrip", 1); }
static MoObject *b_rstrip(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_strip(self, a, n, kw, "rstrip", 2); }

static MoObject *b_replace(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_clinic("replace", QUAL("replace"), nargs, kw, 2, 3) < 0) return NULL;
    int64_t count = -1;
    if (nargs > 2 && ty_as_ssize(args[2], &count) < 0) return NULL;
    const uint8_t *o, *nw, *d;
    size_t on, nn, n;
    if (!need_buf(args[0], &o, &on) || !need_buf(args[1], &nw, &nn)) return NULL;
    get_buf(self, &d, &n);
    if (count < 0) count = INT64_MAX;
    Buf b = {0};
    size_t i = 0;
    if (on == 0) {
        for (; i <= n; i++) {
            if (count > 0) { buf_put(&b, nw, nn); count--; }
            if (i < n) buf_put(&b, d + i, 1);
        }
        return buf_finish(&b, self);
    }
    while (count > 0) {
        int64_t p = ty_find_bytes((const char *)d + i, n - i, (const char *)o, on);
        if (p < 0) break;
        buf_put(&b, d + i, (size_t)p);
        buf_put(&b, nw, nn);
        i += (size_t)p + on;
        count--;
    }
    buf_put(&b, d + i, n - i);
    return buf_finish(&b, self);
}

static MoObject *casemap(MoObject *self, size_t nargs, MoObject *kw, const char *name, int mode) {
    char qbuf[48];
    if (ty_noargs(QUAL(name), nargs, kw) < 0) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    MoObject *r = make_like(self, d, n);
    if (!r) return NULL;
    uint8_t *out;
    size_t rn;
    if (IS_BA(r)) { out = BA(r)->data; rn = BA(r)->len; } else { out = MO_BYTES(r)->data; rn = MO_BYTES(r)->len; }
    bool prev_cased = false;
    for (size_t i = 0; i < rn; i++) {
        uint8_t c = out[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        switch (mode) {
        case 0: if (lo) c -= 32; break;                   /* upper */
        case 1: if (up) c += 32; break;                   /* lower */
        case 2: if (lo) c -= 32; else if (up) c += 32; break; /* swapcase */
        case 3: if (i == 0 ? lo : up) c ^= 32; break;     /* capitalize */
        default:                                          /* title */
            if (prev_cased ? up : lo) c ^= 32;
            prev_cased = lo || up;
            break;
        }
        out[i] = c;
    }
    return r;
}

static MoObject *b_upper(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return casemap(self, n, kw, "upper", 0); }
static MoObject *b_lower(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return casemap(self, n, kw, "lower", 1); }
static MoObject *b_swapcase(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return casemap(self, n, kw, "swapcase", 2); }
static MoObject *b_capitalize(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return casemap(self, n, kw, "capitalize", 3); }
static MoObject *b_title(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return casemap(self, n, kw, "title", 4); }

static MoObject *pred(MoObject *self, size_t nargs, MoObject *kw, const char *name, int kind) {
    char qbuf[48];
    if (ty_noargs(QUAL(name), nargs, kw) < 0) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    if (kind == 6) { /* isascii is true for the empty string */
        for (size_t i = 0; i < n; i++) if (d[i] >= 0x80) return mo_bool(false);
        return mo_bool(true);
    }
    if (n == 0) return mo_bool(false);
    bool any_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z', dig = c >= '0' && c <= '9';
        switch (kind) {
        case 0: if (!(lo || up)) return mo_bool(false); break;        /* isalpha */
        case 1: if (!dig) return mo_bool(false); break;               /* isdigit */
        case 2: if (!(lo || up || dig)) return mo_bool(false); break; /* isalnum */
        case 3: if (!b_isspace_c(c)) return mo_bool(false); break;    /* isspace */
        case 4: if (up) return mo_bool(false); any_cased |= lo; break; /* islower */
        default: if (lo) return mo_bool(false); any_cased |= up; break; /* isupper */
        }
    }
    return mo_bool(kind < 4 || any_cased);
}

static MoObject *b_isalpha(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return pred(self, n, kw, "isalpha", 0); }
static MoObject *b_isdigit(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return pred(self, n, kw, "isdigit", 1); }
static MoObject *b_isalnum(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return pred(self, n, kw, "isalnum", 2); }
static MoObject *b_isspace(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return pred(self, n, kw, "isspace", 3); }
static MoObject *b_islower(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return pred(self, n, kw, "islower", 4); }
static MoObject *b_isupper(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return pred(self, n, kw, "isupper", 5); }
static MoObject *b_isascii(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return pred(self, n, kw, "isascii", 6); }

static MoObject *b_decode(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"encoding", "errors"};
    MoObject *a[2];
    if (ty_kwparse("decode", args, nargs, kw, names, 2, 2, 0, a) < 0) return NULL;
    for (int k = 0; k < 2; k++) {
        if (a[k] && !MO_STR_CHECK(a[k])) {
            mo_err_format(&mo_TypeError, "decode() argument '%s' must be str, not %s", names[k], MO_TYPE(a[k])->name);
            return NULL;
        }
    }
    MoObject *codec = a[0] ? ty_codec_name(a[0]) : mo_str_from_cstr("utf-8");
    if (!codec) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    MoObject *r = ty_decode(d, n, MO_STR_UTF8(codec), ty_errors_mode(a[1]));
    mo_decref(codec);
    return r;
}

static MoObject *b_hex(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const char hex[] = "0123456789abcdef";
    MoObject *a[2];
    if (ty_kwparse("hex", args, nargs, kw, names, 2, 2, 0, a) < 0) return NULL;
    char sep = 0;
    int64_t per = 1;
    if (a[0] && a[0] != mo_None) {
        const uint8_t *s;
        size_t sn;
        if (MO_STR_CHECK(a[0])) {
            if (MO_STR(a[0])->len != 1) { mo_err_set(&mo_ValueError, "sep must be length 1."); return NULL; }
            if (!MO_STR(a[0])->ascii) { mo_err_set(&mo_ValueError, "sep must be ASCII."); return NULL; }
            sep = MO_STR_UTF8(a[0])[0];
        } else if (get_buf(a[0], &s, &sn)) {
            if (sn != 1) { mo_err_set(&mo_ValueError, "sep must be length 1."); return NULL; }
            sep = (char)s[0];
        } else {
            mo_err_format(&mo_TypeError, "sep must be str or bytes.");
            return NULL;
        }
        if (a[1] && ty_as_ssize(a[1], &per) < 0) return NULL;
    }
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    MoStrBuf b;
    mo_strbuf_init(&b);
    uint64_t group = per < 0 ? (uint64_t)(-per) : (uint64_t)per;
    for (size_t i = 0; i < n; i++) {
        if (sep && i > 0 && group) {
            /* Positive: groups counted from the right; negative: from the left. */
            bool cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (cut) mo_strbuf_append(&b, &sep, 1);
        }
        char h[2] = {hex[d[i] >> 4], hex[d[i] & 15]};
        mo_strbuf_append(&b, h, 2);
    }
    return mo_strbuf_finish(&b);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static MoObject *b_fromhex(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kw) {
    MoType *type = (MoType *)cls;
    bool ba = mo_type_is_subtype(type, &mo_bytearray_type);
    if (ty_onearg(ba ? "bytearray.fromhex" : "bytes.fromhex", nargs, kw) < 0) return NULL;
    /* CPython reports a non-str argument as a bad argument type. */
    if (!MO_STR_CHECK(args[0])) {
        mo_err_format(&mo_TypeError, "fromhex() argument must be str, not %s", MO_TYPE(args[0])->name);
        return NULL;
    }
    MoStr *s = MO_STR(args[0]);
    Buf b = {0};
    size_t i = 0, cp = 0;
    const uint8_t *p = (const uint8_t *)s->utf8;
    while (i < s->nbytes) {
        size_t l;
        uint32_t c = ty_utf8_decode(p + i, &l);
        if (c == ' ' || (c >= '\t' && c <= '\r')) { i += l; cp++; continue; }
        int hi = hexval(c);
        if (hi < 0) goto bad;
        size_t l2;
        if (i + l >= s->nbytes) { cp++; goto bad; }
        uint32_t c2 = ty_utf8_decode(p + i + l, &l2);
        int lo = hexval(c2);
        if (lo < 0) { cp++; goto bad; }
        uint8_t v = (uint8_t)(hi * 16 + lo);
        buf_put(&b, &v, 1);
        i += l + l2;
        cp += 2;
    }
    {
        if (b.failed) { mo_free(b.data); return NULL; }
        MoObject *r = ba ? mo_bytearray_new(b.data, b.len) : mo_bytes_new(b.data, b.len);
        mo_free(b.data);
        if (!r || type == &mo_bytes_type || type == &mo_bytearray_type) return r;
        MoObject *sub = mo_call1(cls, r);
        mo_decref(r);
        return sub;
    }
bad:
    mo_free(b.data);
    mo_err_format(&mo_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp);
    return NULL;
}

static MoObject *do_partition(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, bool rev) {
    char qbuf[48];
    if (ty_onearg(QUAL(rev ? "rpartition" : "partition"), nargs, kw) < 0) return NULL;
    const uint8_t *s, *d;
    size_t sn, n;
    if (!need_buf(args[0], &s, &sn)) return NULL;
    if (sn == 0) { mo_err_set(&mo_ValueError, "empty separator"); return NULL; }
    get_buf(self, &d, &n);
    int64_t p = -1;
    if (!rev) p = ty_find_bytes((const char *)d, n, (const char *)s, sn);
    else p = ty_rfind_bytes((const char *)d, n, (const char *)s, sn);
    MoObject *x, *y, *z;
    if (p < 0) {
        x = rev ? make_like(self, NULL, 0) : same_or_copy(self);
        y = make_like(self, NULL, 0);
        z = rev ? same_or_copy(self) : make_like(self, NULL, 0);
    } else {
        x = make_like(self, d, (size_t)p);
        y = make_like(self, s, sn);
        z = make_like(self, d + p + sn, n - (size_t)p - sn);
    }
    MoObject *t = x && y && z ? mo_tuple_pack(3, x, y, z) : NULL;
    mo_xdecref(x);
    mo_xdecref(y);
    mo_xdecref(z);
    return t;
}

static MoObject *b_partition(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_partition(self, a, n, kw, false); }
static MoObject *b_rpartition(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_partition(self, a, n, kw, true); }

static MoObject *do_affix(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, bool suffix) {
    char qbuf[48];
    if (ty_onearg(QUAL(suffix ? "removesuffix" : "removeprefix"), nargs, kw) < 0) return NULL;
    const uint8_t *s, *d;
    size_t sn, n;
    if (!need_buf(args[0], &s, &sn)) return NULL;
    get_buf(self, &d, &n);
    if (sn && sn <= n && memcmp(suffix ? d + n - sn : d, s, sn) == 0)
        return make_like(self, suffix ? d : d + sn, n - sn);
    return same_or_copy(self);
}

static MoObject *b_removeprefix(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_affix(self, a, n, kw, false); }
static MoObject *b_removesuffix(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_affix(self, a, n, kw, true); }

static MoObject *do_pad(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw, const char *name, int how) {
    char qbuf[48];
    if (ty_clinic(name, QUAL(name), nargs, kw, 1, 2) < 0) return NULL;
    int64_t width;
    if (ty_as_ssize(args[0], &width) < 0) return NULL;
    uint8_t fill = ' ';
    if (nargs > 1) {
        const uint8_t *f;
        size_t fn;
        if (!get_buf(args[1], &f, &fn) || fn != 1) {
            mo_err_format(&mo_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, MO_TYPE(args[1])->name);
            return NULL;
        }
        fill = f[0];
    }
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    if (width <= (int64_t)n) return same_or_copy(self);
    if ((uint64_t)width > TY_MAX_ALLOC) { mo_err_nomemory(); return NULL; }
    size_t total = (size_t)width - n, left;
    if (how == 0) left = total / 2 + (total & (size_t)width & 1); /* center, as CPython */
    else if (how == 1) left = 0;                                     /* ljust */
    else left = total;                                               /* rjust */
    /* Build in one block (checked against the memory limit first): no per-byte loop. */
    uint8_t *out = mo_alloc((size_t)width);
    if (!out) return NULL;
    memset(out, fill, left);
    get_buf(self, &d, &n);
    memcpy(out + left, d, n);
    memset(out + left + n, fill, total - left);
    MoObject *r = make_like(self, out, (size_t)width);
    mo_free(out);
    return r;
}

static MoObject *b_center(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_pad(self, a, n, kw, "center", 0); }
static MoObject *b_ljust(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_pad(self, a, n, kw, "ljust", 1); }
static MoObject *b_rjust(MoObject *self, MoObject *const *a, size_t n, MoObject *kw) { return do_pad(self, a, n, kw, "rjust", 2); }

static MoObject *b_translate(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"table", "delete"};
    MoObject *a[2];
    /* table is positional-only, delete may be a keyword (Argument Clinic signature). */
    if (ty_kwparse("translate", args, nargs, kw, names, 2, 2, 1, a) < 0) return NULL;
    const uint8_t *table = NULL, *del = NULL, *d;
    size_t tn = 0, dn = 0, n;
    if (a[0] != mo_None) {
        if (!need_buf(a[0], &table, &tn)) return NULL;
        if (tn != 256) { mo_err_set(&mo_ValueError, "translation table must be 256 characters long"); return NULL; }
    }
    if (a[1] && !need_buf(a[1], &del, &dn)) return NULL;
    bool drop[256] = {false};
    for (size_t i = 0; i < dn; i++) drop[del[i]] = true;
    uint8_t map[256];
    for (int c = 0; c < 256; c++) map[c] = table ? table[c] : (uint8_t)c;
    get_buf(self, &d, &n);
    uint8_t *out = mo_alloc(n + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!drop[d[i]]) out[k++] = map[d[i]];
    MoObject *r = make_like(self, out, k);
    mo_free(out);
    return r;
}

static MoObject *b_maketrans(MoObject *cls, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("maketrans", "maketrans", nargs, kw, 2, 2) < 0) return NULL;
    const uint8_t *f, *t;
    size_t fn, tn;
    if (!need_buf(args[0], &f, &fn) || !need_buf(args[1], &t, &tn)) return NULL;
    if (fn != tn) { mo_err_set(&mo_ValueError, "maketrans arguments must have same length"); return NULL; }
    uint8_t table[256];
    for (int c = 0; c < 256; c++) table[c] = (uint8_t)c;
    for (size_t i = 0; i < fn; i++) table[f[i]] = t[i];
    return mo_bytes_new(table, 256);
}

static MoObject *b_splitlines(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"keepends"};
    MoObject *a[1];
    if (ty_kwparse("splitlines", args, nargs, kw, names, 1, 1, 0, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) {
        int64_t v;
        if (ty_as_ssize(a[0], &v) < 0) return NULL;
        keep = v != 0;
    }
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    MoObject *list = mo_list_new(0);
    if (!list) return NULL;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') j++;
        size_t eol = j;
        if (j < n) j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
        if (append_piece(list, self, d + i, (keep ? j : eol) - i) < 0) { mo_decref(list); return NULL; }
        get_buf(self, &d, &n);
        i = j;
    }
    return list;
}

static MoObject *b_zfill(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_onearg(QUAL("zfill"), nargs, kw) < 0) return NULL;
    int64_t width;
    if (ty_as_ssize(args[0], &width) < 0) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    if (width <= (int64_t)n) return same_or_copy(self);
    if ((uint64_t)width > TY_MAX_ALLOC) { mo_err_nomemory(); return NULL; }
    uint8_t *out = mo_alloc((size_t)width);
    if (!out) return NULL;
    size_t fill = (size_t)width - n;
    get_buf(self, &d, &n);
    memset(out, '0', fill);
    memcpy(out + fill, d, n);
    if (n && (d[0] == '+' || d[0] == '-')) { out[0] = d[0]; out[fill] = '0'; }
    MoObject *r = make_like(self, out, (size_t)width);
    mo_free(out);
    return r;
}

static MoObject *b_expandtabs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"tabsize"};
    MoObject *a[1];
    if (ty_kwparse("expandtabs", args, nargs, kw, names, 1, 1, 0, a) < 0) return NULL;
    int64_t ts = 8;
    if (a[0] && ty_as_ssize(a[0], &ts) < 0) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    /* Size the result first so a huge tabsize fails against the memory limit, not in a loop. */
    uint64_t total = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') { if (ts > 0) { uint64_t add = (uint64_t)ts - col % (uint64_t)ts; total += add; col += add; } }
        else { total++; col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1; }
        if (total > TY_MAX_ALLOC) { mo_err_nomemory(); return NULL; }
    }
    uint8_t *out = mo_alloc((size_t)total + 1);
    if (!out) return NULL;
    size_t k = 0;
    col = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (ts > 0) { uint64_t add = (uint64_t)ts - col % (uint64_t)ts; memset(out + k, ' ', (size_t)add); k += (size_t)add; col += add; }
        } else {
            out[k++] = d[i];
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    MoObject *r = make_like(self, out, k);
    mo_free(out);
    return r;
}

static MoObject *b_istitle(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    char qbuf[48];
    if (ty_noargs(QUAL("istitle"), nargs, kw) < 0) return NULL;
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        bool up = d[i] >= 'A' && d[i] <= 'Z', lo = d[i] >= 'a' && d[i] <= 'z';
        if (up) { if (prev_cased) return mo_bool(false); prev_cased = cased = true; }
        else if (lo) { if (!prev_cased) return mo_bool(false); prev_cased = cased = true; }
        else prev_cased = false;
    }
    return mo_bool(cased);
}

static MoObject *b_getnewargs(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    const uint8_t *d;
    size_t n;
    get_buf(self, &d, &n);
    MoObject *b = mo_bytes_new(d, n);
    if (!b) return NULL;
    MoObject *t = mo_tuple_pack(1, b);
    mo_decref(b);
    return t;
}

static MoObject *b_bytes(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("bytes.__bytes__", nargs, kw) < 0) return NULL;
    return mo_bytes_new(MO_BYTES(self)->data, MO_BYTES(self)->len);
}

#define SHARED_METHODS \
    {"capitalize", b_capitalize, MO_METH_INSTANCE, "B.capitalize() -> copy of B"}, \
    {"center", b_center, MO_METH_INSTANCE, "Return a centered string of length width."}, \
    {"count", b_count, MO_METH_INSTANCE, "Return the number of non-overlapping occurrences of subsection sub."}, \
    {"decode", b_decode, MO_METH_INSTANCE, "Decode the bytes using the codec registered for encoding."}, \
    {"endswith", b_endswith, MO_METH_INSTANCE, "Return True if the data ends with the specified suffix."}, \
    {"expandtabs", b_expandtabs, MO_METH_INSTANCE, "Return a copy where all tab characters are expanded using spaces."}, \
    {"find", b_find, MO_METH_INSTANCE, "Return the lowest index where subsection sub is found."}, \
    {"fromhex", b_fromhex, MO_METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."}, \
    {"hex", b_hex, MO_METH_INSTANCE, "Create a string of hexadecimal numbers from a bytes object."}, \
    {"index", b_index, MO_METH_INSTANCE, "Like find() but raise ValueError when the subsection is not found."}, \
    {"isalnum", b_isalnum, MO_METH_INSTANCE, "Return True if all characters are alphanumeric."}, \
    {"isalpha", b_isalpha, MO_METH_INSTANCE, "Return True if all characters are alphabetic."}, \
    {"isascii", b_isascii, MO_METH_INSTANCE, "Return True if all characters are ASCII."}, \
    {"isdigit", b_isdigit, MO_METH_INSTANCE, "Return True if all characters are digits."}, \
    {"islower", b_islower, MO_METH_INSTANCE, "Return True if all cased characters are lowercase."}, \
    {"isspace", b_isspace, MO_METH_INSTANCE, "Return True if all characters are whitespace."}, \
    {"istitle", b_istitle, MO_METH_INSTANCE, "Return True if the data is titlecased."}, \
    {"isupper", b_isupper, MO_METH_INSTANCE, "Return True if all cased characters are uppercase."}, \
    {"join", b_join, MO_METH_INSTANCE, "Concatenate any number of bytes objects."}, \
    {"ljust", b_ljust, MO_METH_INSTANCE, "Return a left-justified string of length width."}, \
    {"lower", b_lower, MO_METH_INSTANCE, "Return a copy with all ASCII characters converted to lowercase."}, \
    {"lstrip", b_lstrip, MO_METH_INSTANCE, "Strip leading bytes contained in the argument."}, \
    {"maketrans", b_maketrans, MO_METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method."}, \
    {"partition", b_partition, MO_METH_INSTANCE, "Partition the bytes into three parts using the given separator."}, \
    {"removeprefix", b_removeprefix, MO_METH_INSTANCE, "Return a copy with the given prefix string removed if present."}, \
    {"removesuffix", b_removesuffix, MO_METH_INSTANCE, "Return a copy with the given suffix string removed if present."}, \
    {"replace", b_replace, MO_METH_INSTANCE, "Return a copy with all occurrences of substring old replaced by new."}, \
    {"rfind", b_rfind, MO_METH_INSTANCE, "Return the highest index where subsection sub is found."}, \
    {"rindex", b_rindex, MO_METH_INSTANCE, "Like rfind() but raise ValueError when the subsection is not found."}, \
    {"rjust", b_rjust, MO_METH_INSTANCE, "Return a right-justified string of length width."}, \
    {"rpartition", b_rpartition, MO_METH_INSTANCE, "Partition the bytes into three parts using the last separator."}, \
    {"rsplit", b_rsplit, MO_METH_INSTANCE, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"rstrip", b_rstrip, MO_METH_INSTANCE, "Strip trailing bytes contained in the argument."}, \
    {"split", b_split, MO_METH_INSTANCE, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"splitlines", b_splitlines, MO_METH_INSTANCE, "Return a list of the lines in the bytes, breaking at line boundaries."}, \
    {"startswith", b_startswith, MO_METH_INSTANCE, "Return True if the data starts with the specified prefix."}, \
    {"strip", b_strip, MO_METH_INSTANCE, "Strip leading and trailing bytes contained in the argument."}, \
    {"swapcase", b_swapcase, MO_METH_INSTANCE, "B.swapcase() -> copy of B"}, \
    {"title", b_title, MO_METH_INSTANCE, "B.title() -> copy of B"}, \
    {"translate", b_translate, MO_METH_INSTANCE, "Return a copy with each character mapped by the given translation table."}, \
    {"upper", b_upper, MO_METH_INSTANCE, "Return a copy with all ASCII characters converted to uppercase."}, \
    {"zfill", b_zfill, MO_METH_INSTANCE, "Pad a numeric string with zeros on the left, to fill a field of the given width."}

static const MoMethodDef bytes_methods[] = {
    SHARED_METHODS,
    {"__bytes__", b_bytes, MO_METH_INSTANCE, "Convert this value to exact type bytes."},
    {"__getnewargs__", b_getnewargs, MO_METH_INSTANCE, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- bytearray mutation ---- */

static int ba_extend(MoObject *self, MoObject *iterable) {
    const uint8_t *d;
    size_t n;
    if (get_buf(iterable, &d, &n)) {
        MoByteArray *b = BA(self);
        if (ba_reserve(b, b->len + n) < 0) return -1;
        get_buf(iterable, &d, &n); /* self.extend(self): the buffer may have moved */
        if (n) memmove(b->data + b->len, d, n);
        b->len += n;
        return 0;
    }
    if (MO_STR_CHECK(iterable)) {
        mo_err_set(&mo_TypeError, "expected iterable of integers; got: 'str'");
        return -1;
    }
    MoObject *it = mo_iter(iterable);
    if (!it) {
        if (mo_err_matches(&mo_TypeError)) {
            mo_err_clear();
            mo_err_format(&mo_TypeError, "can't extend bytearray with %s", MO_TYPE(iterable)->name);
        }
        return -1;
    }
    MoObject *x;
    while ((x = mo_next(it))) {
        uint8_t c;
        int r = as_byte(x, &c);
        mo_decref(x);
        if (r == 0) r = ba_reserve(BA(self), BA(self)->len + 1);
        if (r < 0) { mo_decref(it); return -1; }
        BA(self)->data[BA(self)->len++] = c;
    }
    mo_decref(it);
    return mo_err_occurred() ? -1 : 0;
}

static MoObject *ba_append_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("bytearray.append", nargs, kw) < 0) return NULL;
    uint8_t c;
    if (as_byte(args[0], &c) < 0) return NULL;
    if (ba_reserve(BA(self), BA(self)->len + 1) < 0) return NULL;
    BA(self)->data[BA(self)->len++] = c;
    return mo_none();
}

static MoObject *ba_extend_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("bytearray.extend", nargs, kw) < 0) return NULL;
    if (ba_extend(self, args[0]) < 0) return NULL;
    return mo_none();
}

static MoObject *ba_pop_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("pop", "bytearray.pop", nargs, kw, 0, 1) < 0) return NULL;
    int64_t i = -1;
    if (nargs && ty_as_ssize(args[0], &i) < 0) return NULL;
    MoByteArray *b = BA(self);
    if (b->len == 0) { mo_err_set(&mo_IndexError, "pop from empty bytearray"); return NULL; }
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || (uint64_t)i >= b->len) { mo_err_set(&mo_IndexError, "pop index out of range"); return NULL; }
    uint8_t c = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return mo_int_from_i64(c);
}

static MoObject *ba_insert_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_clinic("insert", "bytearray.insert", nargs, kw, 2, 2) < 0) return NULL;
    int64_t i;
    uint8_t c;
    if (ty_as_ssize(args[0], &i) < 0 || as_byte(args[1], &c) < 0) return NULL;
    MoByteArray *b = BA(self);
    if (ba_reserve(b, b->len + 1) < 0) return NULL;
    if (i < 0) { i += (int64_t)b->len; if (i < 0) i = 0; }
    if ((uint64_t)i > b->len) i = (int64_t)b->len;
    memmove(b->data + i + 1, b->data + i, b->len - (size_t)i);
    b->data[i] = c;
    b->len++;
    return mo_none();
}

static MoObject *ba_remove_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_onearg("bytearray.remove", nargs, kw) < 0) return NULL;
    uint8_t c;
    if (as_byte(args[0], &c) < 0) return NULL;
    MoByteArray *b = BA(self);
    uint8_t *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!p) { mo_err_set(&mo_ValueError, "value not found in bytearray"); return NULL; }
    size_t i = (size_t)(p - b->data);
    memmove(b->data + i, b->data + i + 1, b->len - i - 1);
    b->len--;
    return mo_none();
}

static MoObject *ba_clear_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("bytearray.clear", nargs, kw) < 0) return NULL;
    mo_free(BA(self)->data);
    BA(self)->data = NULL;
    BA(self)->len = BA(self)->cap = 0;
    return mo_none();
}

static MoObject *ba_copy_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("bytearray.copy", nargs, kw) < 0) return NULL;
    size_t n;
    const uint8_t *d = ty_bytearray_data(self, &n);
    return mo_bytearray_new(d, n);
}

static MoObject *ba_reverse_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("bytearray.reverse", nargs, kw) < 0) return NULL;
    MoByteArray *b = BA(self);
    for (size_t i = 0, j = b->len ? b->len - 1 : 0; i < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return mo_none();
}

static int ba_setitem(MoObject *self, MoObject *key, MoObject *value) {
    MoByteArray *b = BA(self);
    if (MO_CHECK_EXACT(key, mo_slice_type)) {
        int64_t start, stop, step, count;
        if (mo_slice_indices(key, (int64_t)b->len, &start, &stop, &step, &count) < 0) return -1;
        /* Take the new content as a private copy first (value may be self, or an iterable). */
        uint8_t *src = NULL;
        size_t sn = 0;
        if (value) {
            const uint8_t *d;
            size_t n;
            MoObject *tmp = NULL;
            if (!get_buf(value, &d, &n)) {
                if (MO_STR_CHECK(value)) {
                    mo_err_set(&mo_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                    return -1;
                }
                tmp = mo_bytearray_new(NULL, 0);
                if (!tmp) return -1;
                if (ba_extend(tmp, value) < 0) {
                    mo_decref(tmp);
                    if (mo_err_matches(&mo_TypeError) && !MO_TYPE(value)->iter) {
                        mo_err_clear();
                        mo_err_set(&mo_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                    }
                    return -1;
                }
                d = ty_bytearray_data(tmp, &n);
            }
            src = mo_alloc(n + 1);
            if (!src) { mo_xdecref(tmp); return -1; }
            memcpy(src, d, n);
            sn = n;
            mo_xdecref(tmp);
        }
        if (mo_slice_indices(key, (int64_t)b->len, &start, &stop, &step, &count) < 0) { mo_free(src); return -1; }
        if (step == 1) {
            size_t s = (size_t)start, old = (size_t)count;
            size_t newlen = b->len - old + sn;
            if (sn > old && ba_reserve(b, newlen) < 0) { mo_free(src); return -1; }
            if (b->len) memmove(b->data + s + sn, b->data + s + old, b->len - s - old);
            if (sn) memcpy(b->data + s, src, sn);
            b->len = newlen;
            mo_free(src);
            return 0;
        }
        if (value && sn == 0) { /* CPython: assigning b'' to an extended slice deletes it */
            mo_free(src);
            src = NULL;
            value = NULL;
        }
        if (value) {
            if ((size_t)count != sn) {
                mo_err_format(&mo_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", sn,
                              (long long)count);
                mo_free(src);
                return -1;
            }
            for (int64_t k = 0; k < count; k++) b->data[start + k * step] = src[k];
            mo_free(src);
            return 0;
        }
        /* Delete an extended slice: keep the bytes not selected, in order. */
        if (count == 0) return 0;
        if (step < 0) { start = start + (count - 1) * step; step = -step; }
        size_t w = 0;
        int64_t next = start, left = count;
        for (size_t i = 0; i < b->len; i++) {
            if (left > 0 && (int64_t)i == next) { next += step; left--; continue; }
            b->data[w++] = b->data[i];
        }
        b->len = w;
        return 0;
    }
    int64_t i;
    if (ty_seq_key_index(key, "bytearray", &i) < 0) return -1;
    uint8_t c = 0;
    if (value && as_byte(value, &c) < 0) return -1;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || (uint64_t)i >= b->len) {
        mo_err_set(&mo_IndexError, value ? "bytearray index out of range" : "bytearray index out of range");
        return -1;
    }
    if (value) { b->data[i] = c; return 0; }
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return 0;
}

static MoObject *ba_alloc_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (ty_noargs("bytearray.__alloc__", nargs, kw) < 0) return NULL;
    return mo_int_from_u64(BA(self)->cap ? BA(self)->cap : 0);
}

static const MoMethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"append", ba_append_m, MO_METH_INSTANCE, "Append a single item to the end of the bytearray."},
    {"clear", ba_clear_m, MO_METH_INSTANCE, "Remove all items from the bytearray."},
    {"copy", ba_copy_m, MO_METH_INSTANCE, "Return a copy of B."},
    {"extend", ba_extend_m, MO_METH_INSTANCE, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert_m, MO_METH_INSTANCE, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop_m, MO_METH_INSTANCE, "Remove and return a single item from B."},
    {"remove", ba_remove_m, MO_METH_INSTANCE, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", ba_reverse_m, MO_METH_INSTANCE, "Reverse the order of the values in B in place."},
    {"__alloc__", ba_alloc_m, MO_METH_INSTANCE, "B.__alloc__() -> int"},
    {NULL, NULL, 0, NULL}};

/* ---- constructors ---- */

/* Fills a fresh bytearray from bytes(...)-style arguments: 0 or -1. */
static int fill_from_args(MoObject *target, const char *fname, MoObject *src, MoObject *enc, MoObject *errors, bool for_bytes) {
    if (!src) {
        if (enc || errors) {
            mo_err_set(&mo_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (MO_STR_CHECK(src)) {
        if (!enc) { mo_err_set(&mo_TypeError, "string argument without an encoding"); return -1; }
        for (int k = 0; k < 2; k++) {
            MoObject *x = k ? errors : enc;
            if (x && !MO_STR_CHECK(x)) {
                mo_err_format(&mo_TypeError, "%s() argument '%s' must be str, not %s", fname, k ? "errors" : "encoding",
                              MO_TYPE(x)->name);
                return -1;
            }
        }
        MoObject *codec = ty_codec_name(enc);
        if (!codec) return -1;
        MoObject *b = ty_encode(src, MO_STR_UTF8(codec), errors);
        mo_decref(codec);
        if (!b) return -1;
        int r = ba_extend(target, b);
        mo_decref(b);
        return r;
    }
    if (enc) { mo_err_set(&mo_TypeError, "encoding without a string argument"); return -1; }
    if (errors) { mo_err_set(&mo_TypeError, "errors without a string argument"); return -1; }
    const uint8_t *d;
    size_t n;
    if (get_buf(src, &d, &n)) return ba_extend(target, src);
    if (for_bytes) {
        MoObject *meth = mo_type_lookup(MO_TYPE(src), mo_str_intern("__bytes__"));
        if (meth) {
            MoObject *r = mo_call_method(src, "__bytes__", NULL, 0);
            if (!r) return -1;
            if (!IS_BYTES(r)) {
                mo_err_format(&mo_TypeError, "__bytes__ returned non-bytes (type %s)", MO_TYPE(r)->name);
                mo_decref(r);
                return -1;
            }
            int rc = ba_extend(target, r);
            mo_decref(r);
            return rc;
        }
    }
    if (has_index(src)) {
        int64_t count;
        if (ty_as_ssize(src, &count) < 0) return -1;
        if (count < 0) { mo_err_set(&mo_ValueError, "negative count"); return -1; }
        if (ba_reserve(BA(target), (size_t)count) < 0) return -1;
        if (count) memset(BA(target)->data, 0, (size_t)count);
        BA(target)->len = (size_t)count;
        return 0;
    }
    if (!MO_TYPE(src)->iter && !mo_type_lookup(MO_TYPE(src), mo_str_intern("__getitem__"))) {
        mo_err_format(&mo_TypeError, "cannot convert '%s' object to %s", MO_TYPE(src)->name, for_bytes ? "bytes" : "bytearray");
        return -1;
    }
    int r = ba_extend(target, src);
    if (r < 0 && for_bytes && mo_err_matches(&mo_ValueError)) {
        mo_err_clear();
        mo_err_set(&mo_ValueError, "bytes must be in range(0, 256)");
    }
    return r;
}

static MoObject *bytes_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    MoObject *a[3];
    if (ty_kwparse("bytes", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return NULL;
    if (!a[0] && !a[1] && !a[2] && type == &mo_bytes_type) return mo_bytes_new(NULL, 0);
    if (a[0] && !a[1] && !a[2] && MO_CHECK_EXACT(a[0], mo_bytes_type) && type == &mo_bytes_type) return mo_newref(a[0]);
    MoObject *tmp = mo_bytearray_new(NULL, 0);
    if (!tmp) return NULL;
    if (fill_from_args(tmp, "bytes", a[0], a[1], a[2], true) < 0) { mo_decref(tmp); return NULL; }
    size_t n;
    const uint8_t *d = ty_bytearray_data(tmp, &n);
    MoObject *r;
    if (type == &mo_bytes_type) r = mo_bytes_new(d, n);
    else {
        size_t size = type->size > sizeof(MoBytes) ? type->size : sizeof(MoBytes);
        r = (type->flags & MO_TPFLAG_GC) ? mo_gc_new(type, size + n + 1) : mo_object_new_size(type, size + n + 1);
        if (r) {
            MO_BYTES(r)->len = n;
            MO_BYTES(r)->hash = -1;
            if (n) memcpy(MO_BYTES(r)->data, d, n);
            MO_BYTES(r)->data[n] = 0;
            if (type->flags & MO_TPFLAG_GC) mo_gc_track(r);
        }
    }
    mo_decref(tmp);
    return r;
}

static MoObject *bytearray_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    MoObject *a[3];
    if (ty_kwparse("bytearray", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return NULL;
    MoObject *r = ba_alloc(type);
    if (!r) return NULL;
    if (fill_from_args(r, "bytearray", a[0], a[1], a[2], false) < 0) { mo_decref(r); return NULL; }
    return r;
}

MoType mo_bytes_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "bytes",
    .size = sizeof(MoBytes),
    .flags = MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = bytes_dealloc,
    .vnew = bytes_vnew,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = buf_iter,
    .truth = buf_truth,
    .length = buf_length,
    .getitem = buf_getitem,
    .contains = buf_contains,
    .binop = buf_binop,
    .methods = bytes_methods,
};

MoType mo_bytearray_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "bytearray",
    .size = sizeof(MoByteArray),
    .flags = MO_TPFLAG_BASETYPE,
    .base = &mo_object_type,
    .dealloc = bytearray_dealloc,
    .vnew = bytearray_vnew,
    .repr = bytearray_repr,
    .richcompare = buf_richcompare,
    .iter = buf_iter,
    .truth = buf_truth,
    .length = buf_length,
    .getitem = buf_getitem,
    .setitem = ba_setitem,
    .contains = buf_contains,
    .binop = buf_binop,
    .methods = bytearray_methods,
};
