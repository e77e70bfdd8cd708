/*
 * format.c: the growable string buffer (MoStrBuf) and mo_format, a tiny printf into a str.
 *
 * There is no stdio in src/, so numbers are rendered by hand here. A MoStrBuf remembers a failed
 * allocation (`failed`), so a sequence of appends can be checked once at the end; every append
 * still returns false on failure for callers that want to stop early.
 */
#include <string.h>

#include "object.h"

void mo_strbuf_init(MoStrBuf *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->failed = false;
}

static bool strbuf_reserve(MoStrBuf *b, size_t extra) {
    if (b->failed) return false;
    if (extra > SIZE_MAX / 2 - b->len) {
        b->failed = true;
        mo_err_nomemory();
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < need) cap *= 2;
    char *p = b->data ? mo_realloc(b->data, cap) : mo_alloc(cap);
    if (!p) {
        b->failed = true;
        if (!mo_err_occurred()) mo_err_nomemory();
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

bool mo_strbuf_append(MoStrBuf *b, const char *s, size_t n) {
    if (!strbuf_reserve(b, n)) return false;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
    return true;
}

bool mo_strbuf_append_cstr(MoStrBuf *b, const char *s) { return mo_strbuf_append(b, s, strlen(s)); }

bool mo_strbuf_append_obj(MoStrBuf *b, MoObject *str) {
    return mo_strbuf_append(b, MO_STR_UTF8(str), MO_STR_NBYTES(str));
}

size_t mo_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool mo_strbuf_append_codepoint(MoStrBuf *b, uint32_t cp) {
    char tmp[4];
    if (cp > 0x10FFFF) cp = 0xFFFD;
    return mo_strbuf_append(b, tmp, mo_utf8_encode(cp, tmp));
}

MoObject *mo_strbuf_finish(MoStrBuf *b) {
    if (b->failed) {
        mo_strbuf_free(b);
        if (!mo_err_occurred()) mo_err_nomemory();
        return NULL;
    }
    MoObject *s = mo_str_from_utf8(b->data ? b->data : "", b->len);
    mo_strbuf_free(b);
    return s;
}

void mo_strbuf_free(MoStrBuf *b) {
    mo_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Renders v in `base` (2..36, lowercase) into the end of buf; returns the start. */
static char *render_u64(uint64_t v, unsigned base, char *end) {
    char *p = end;
    do {
        unsigned d = (unsigned)(v % base);
        *--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    return p;
}

static bool append_i64(MoStrBuf *b, int64_t v) {
    char tmp[24];
    char *end = tmp + sizeof tmp;
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = render_u64(mag, 10, end);
    if (v < 0) *--p = '-';
    return mo_strbuf_append(b, p, (size_t)(end - p));
}

static bool append_u64(MoStrBuf *b, uint64_t v, unsigned base) {
    char tmp[72];
    char *end = tmp + sizeof tmp;
    char *p = render_u64(v, base, end);
    return mo_strbuf_append(b, p, (size_t)(end - p));
}

/* Appends at most `maxchars` code points of UTF-8 text (SIZE_MAX for all). */
static bool append_utf8_limited(MoStrBuf *b, const char *s, size_t n, size_t maxchars) {
    if (maxchars != SIZE_MAX) {
        size_t i = 0, chars = 0;
        while (i < n && chars < maxchars) {
            i++;
            while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
            chars++;
        }
        n = i;
    }
    return mo_strbuf_append(b, s, n);
}

static bool append_objfunc(MoStrBuf *b, MoObject *(*f)(MoObject *), MoObject *o, size_t maxchars) {
    MoObject *s = f(o);
    if (!s) {
        b->failed = true;
        return false;
    }
    bool ok = append_utf8_limited(b, MO_STR_UTF8(s), MO_STR_NBYTES(s), maxchars);
    mo_decref(s);
    return ok;
}

MoObject *mo_vformat(const char *fmt, va_list ap) {
    MoStrBuf b;
    mo_strbuf_init(&b);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') q++;
        if (q > p) mo_strbuf_append(&b, p, (size_t)(q - p));
        if (!*q) break;
        p = q + 1;
        size_t prec = SIZE_MAX;
        if (*p == '.') {
            p++;
            prec = 0;
            while (*p >= '0' && *p <= '9') prec = prec * 10 + (size_t)(*p++ - '0');
        }
        int lng = 0;
        bool z = false;
        if (*p == 'z') {
            z = true;
            p++;
        } else {
            while (*p == 'l') {
                lng++;
                p++;
            }
        }
        char c = *p ? *p++ : '%';
        switch (c) {
        case '%': mo_strbuf_append(&b, "%", 1); break;
        case 'd':
        case 'i': {
            int64_t v;
            if (z) v = (int64_t)va_arg(ap, ptrdiff_t);
            else if (lng == 1) v = va_arg(ap, long);
            else if (lng >= 2) v = va_arg(ap, long long);
            else v = va_arg(ap, int);
            append_i64(&b, v);
            break;
        }
        case 'u':
        case 'x': {
            uint64_t v;
            if (z) v = va_arg(ap, size_t);
            else if (lng == 1) v = va_arg(ap, unsigned long);
            else if (lng >= 2) v = va_arg(ap, unsigned long long);
            else v = va_arg(ap, unsigned);
            append_u64(&b, v, c == 'x' ? 16 : 10);
            break;
        }
        case 'c': {
            int cp = va_arg(ap, int);
            mo_strbuf_append_codepoint(&b, (uint32_t)cp);
            break;
        }
        case 'p': {
            void *ptr = va_arg(ap, void *);
            mo_strbuf_append(&b, "0x", 2);
            append_u64(&b, (uint64_t)(uintptr_t)ptr, 16);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            append_utf8_limited(&b, s, strlen(s), prec);
            break;
        }
        case 'U': {
            MoObject *o = va_arg(ap, MoObject *);
            append_utf8_limited(&b, MO_STR_UTF8(o), MO_STR_NBYTES(o), prec);
            break;
        }
        case 'R': append_objfunc(&b, mo_repr, va_arg(ap, MoObject *), prec); break;
        case 'S': append_objfunc(&b, mo_str, va_arg(ap, MoObject *), prec); break;
        case 'A': append_objfunc(&b, mo_ascii, va_arg(ap, MoObject *), prec); break;
        case 'T': {
            MoObject *o = va_arg(ap, MoObject *);
            mo_strbuf_append_cstr(&b, MO_TYPE(o)->name);
            break;
        }
        default:
            /* Unknown directive: emit it verbatim rather than guessing at the va_list. */
            mo_strbuf_append(&b, q, (size_t)(p - q));
            break;
        }
        if (b.failed) break;
    }
    return mo_strbuf_finish(&b);
}

MoObject *mo_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    MoObject *r = mo_vformat(fmt, ap);
    va_end(ap);
    return r;
}

