/*
 * strformat.c: printf-style `str % args` and `str.format(...)` / `str.format_map(...)`.
 *
 * Both walk the format string once, appending literal runs and converted fields to a MoStrBuf.
 * The format-spec mini-language itself (":>10.2f") is core's mo_object_format; here we only parse
 * the replacement fields ({0.attr[key]!r:spec}, nested fields inside the spec one level deep) and
 * the % directives (%(name)-+ #0 width .prec type), raising CPython's exact errors.
 */
#include "typesutil.h"

#include <string.h>

/* ---- printf-style ---- */

static bool is_mapping_arg(MoObject *args) {
    return !MO_CHECK_EXACT(args, mo_tuple_type) && !mo_isinstance_type(args, &mo_tuple_type) && !MO_STR_CHECK(args) &&
           MO_TYPE(args)->getitem != NULL;
}

typedef struct {
    bool left, plus, space, alt, zero;
    int64_t width, prec; /* -1 = absent */
} Spec;

/* Appends n copies of the ASCII character c, in chunks rather than one call per character. */
static void append_fill(MoStrBuf *b, char c, int64_t n) {
    char chunk[256];
    memset(chunk, c, sizeof chunk);
    while (n > 0 && !b->failed) {
        size_t k = n < (int64_t)sizeof chunk ? (size_t)n : sizeof chunk;
        mo_strbuf_append(b, chunk, k);
        n -= (int64_t)k;
    }
}

static bool pad_append(MoStrBuf *b, const char *body, size_t n, size_t ncps, const Spec *sp, const char *sign,
                       const char *prefix, bool numeric) {
    size_t sl = strlen(sign), pl = strlen(prefix);
    int64_t total = (int64_t)(ncps + sl + pl);
    int64_t fill = sp->width > total ? sp->width - total : 0;
    if (fill > 0 && !mo_mem_check((size_t)fill)) { b->failed = true; return false; }
    if (!sp->left && !(numeric && sp->zero)) append_fill(b, ' ', fill);
    mo_strbuf_append(b, sign, sl);
    mo_strbuf_append(b, prefix, pl);
    if (!sp->left && numeric && sp->zero) append_fill(b, '0', fill);
    mo_strbuf_append(b, body, n);
    if (sp->left) append_fill(b, ' ', fill);
    return !b->failed;
}

static int fmt_int(MoStrBuf *b, MoObject *v, char type, const Spec *sp) {
    MoObject *iv;
    if (MO_INT_CHECK(v)) iv = mo_newref(v);
    else if (MO_CHECK_EXACT(v, mo_float_type) && (type == 'd' || type == 'i' || type == 'u')) {
        iv = mo_number_int(v);
        if (!iv) return -1;
    } else if (type == 'd' || type == 'i' || type == 'u') {
        if (mo_type_lookup(MO_TYPE(v), mo_str_intern("__int__")) || mo_type_lookup(MO_TYPE(v), mo_str_intern("__index__"))) {
            iv = mo_number_int(v);
            if (!iv) return -1;
        } else {
            mo_err_format(&mo_TypeError, "%%%c format: a real number is required, not %s", type, MO_TYPE(v)->name);
            return -1;
        }
    } else {
        if (mo_type_lookup(MO_TYPE(v), mo_str_intern("__index__"))) {
            iv = mo_number_index(v);
            if (!iv) return -1;
        } else {
            mo_err_format(&mo_TypeError, "%%%c format: an integer is required, not %s", type, MO_TYPE(v)->name);
            return -1;
        }
    }
    int base = (type == 'o') ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    MoObject *digits = mo_int_to_string(iv, base);
    int sign = mo_int_sign(iv);
    mo_decref(iv);
    if (!digits) return -1;
    const char *d = MO_STR_UTF8(digits);
    size_t n = MO_STR_NBYTES(digits);
    if (d[0] == '-') { d++; n--; }
    MoStrBuf body;
    mo_strbuf_init(&body);
    if (sp->prec > (int64_t)n) {
        if (!mo_mem_check((size_t)sp->prec)) { mo_decref(digits); mo_strbuf_free(&body); return -1; }
        for (int64_t i = (int64_t)n; i < sp->prec; i++) mo_strbuf_append(&body, "0", 1);
    }
    mo_strbuf_append(&body, d, n);
    mo_decref(digits);
    if (type == 'X')
        for (size_t i = 0; i < body.len; i++)
            if (body.data[i] >= 'a' && body.data[i] <= 'f') body.data[i] -= 32;
    const char *sg = sign < 0 ? "-" : sp->plus ? "+" : sp->space ? " " : "";
    const char *prefix = "";
    if (sp->alt) prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    bool ok = !body.failed && pad_append(b, body.data ? body.data : "", body.len, body.len, sp, sg, prefix, true);
    mo_strbuf_free(&body);
    return ok ? 0 : -1;
}

static int fmt_float(MoStrBuf *b, MoObject *v, char type, const Spec *sp) {
    double x;
    if (!MO_CHECK_EXACT(v, mo_float_type) && !MO_INT_CHECK(v) &&
        !mo_type_lookup(MO_TYPE(v), mo_str_intern("__float__")) && !mo_type_lookup(MO_TYPE(v), mo_str_intern("__index__"))) {
        mo_err_format(&mo_TypeError, "must be real number, not %s", MO_TYPE(v)->name);
        return -1;
    }
    if (mo_number_as_double(v, &x) < 0) return -1;
    int64_t prec = sp->prec < 0 ? 6 : sp->prec;
    if (prec > 10000) prec = 10000;
    char lower = (char)(type | 32);
    size_t cap = 400 + (size_t)prec;
    char *buf = mo_alloc(cap + 2);
    if (!buf) return -1;
    bool finite = x == x && x - x == 0;
    size_t n;
    if (sp->alt && lower == 'g' && finite) {
        /* '#g' keeps trailing zeros: choose 'e' or 'f' as %g would, with full precision. */
        int64_t p = prec == 0 ? 1 : prec;
        n = mo_dtoa(x, 'e', (int)(p - 1), buf, cap);
        const char *e = n ? memchr(buf, 'e', n) : NULL;
        long exp = 0;
        if (e) {
            bool neg = e[1] == '-';
            for (const char *q = e + 2; q < buf + n; q++) exp = exp * 10 + (*q - '0');
            if (neg) exp = -exp;
        }
        if (n && exp >= -4 && exp < p) n = mo_dtoa(x, 'f', (int)(p - 1 - exp), buf, cap);
    } else {
        n = mo_dtoa(x, lower, (int)prec, buf, cap);
    }
    if (n == 0) { mo_free(buf); mo_err_nomemory(); return -1; }
    if (sp->alt && finite && !memchr(buf, '.', n)) {
        /* The alternate form always has a decimal point (before any exponent). */
        char *e = memchr(buf, 'e', n);
        size_t at = e ? (size_t)(e - buf) : n;
        memmove(buf + at + 1, buf + at, n - at);
        buf[at] = '.';
        buf[++n] = 0;
    }
    char *body = buf;
    const char *sg = "";
    if (body[0] == '-') { sg = "-"; body++; n--; }
    else if (sp->plus) sg = "+";
    else if (sp->space) sg = " ";
    if (type >= 'A' && type <= 'Z')
        for (size_t i = 0; i < n; i++)
            if (body[i] >= 'a' && body[i] <= 'z') body[i] -= 32;
    bool ok = pad_append(b, body, n, n, sp, sg, "", true); /* %-format zero-pads inf/nan too */
    mo_free(buf);
    return ok ? 0 : -1;
}

static int fmt_str(MoStrBuf *b, MoObject *v, char type, const Spec *sp) {
    MoObject *s = type == 's' ? mo_str(v) : type == 'r' ? mo_repr(v) : mo_ascii(v);
    if (!s) return -1;
    size_t n = MO_STR_NBYTES(s), cps = mo_str_len(s);
    if (sp->prec >= 0 && (size_t)sp->prec < cps) {
        n = ty_str_byte_offset(s, (size_t)sp->prec);
        cps = (size_t)sp->prec;
    }
    Spec s2 = *sp;
    s2.zero = false;
    bool ok = pad_append(b, MO_STR_UTF8(s), n, cps, &s2, "", "", false);
    mo_decref(s);
    return ok ? 0 : -1;
}

static int fmt_char(MoStrBuf *b, MoObject *v, const Spec *sp) {
    uint32_t cp;
    if (MO_STR_CHECK(v)) {
        if (mo_str_len(v) != 1) {
            mo_err_set(&mo_TypeError, "%c requires int or char");
            return -1;
        }
        size_t l;
        cp = ty_utf8_decode((const uint8_t *)MO_STR_UTF8(v), &l);
    } else if (MO_INT_CHECK(v)) {
        int64_t x;
        if (mo_int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            mo_err_clear();
            mo_err_set(&mo_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        mo_err_set(&mo_TypeError, "%c requires int or char");
        return -1;
    }
    char u[4];
    size_t n = ty_utf8_encode(cp, u);
    Spec s2 = *sp;
    s2.zero = false;
    return pad_append(b, u, n, 1, &s2, "", "", false) ? 0 : -1;
}

/* bytes %: 's'/'b' take a bytes-like object or __bytes__, 'r'/'a' give ascii(), 'c' one byte. */
static int fmt_bytes(MoStrBuf *b, MoObject *v, char type, const Spec *sp) {
    MoObject *owned = NULL;
    const char *data;
    size_t n;
    if (type == 'r' || type == 'a') {
        owned = mo_ascii(v);
        if (!owned) return -1;
        data = MO_STR_UTF8(owned);
        n = MO_STR_NBYTES(owned);
    } else if (mo_isinstance_type(v, &mo_bytes_type)) {
        data = (const char *)MO_BYTES(v)->data;
        n = MO_BYTES(v)->len;
    } else if (mo_isinstance_type(v, &mo_bytearray_type)) {
        data = (const char *)ty_bytearray_data(v, &n);
    } else if (mo_type_lookup(MO_TYPE(v), mo_str_intern("__bytes__"))) {
        owned = mo_call_method(v, "__bytes__", NULL, 0);
        if (!owned) return -1;
        if (!mo_isinstance_type(owned, &mo_bytes_type)) {
            mo_err_format(&mo_TypeError, "__bytes__ returned non-bytes (type %s)", MO_TYPE(owned)->name);
            mo_decref(owned);
            return -1;
        }
        data = (const char *)MO_BYTES(owned)->data;
        n = MO_BYTES(owned)->len;
    } else {
        mo_err_format(&mo_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                      MO_TYPE(v)->name);
        return -1;
    }
    if (sp->prec >= 0 && (size_t)sp->prec < n) n = (size_t)sp->prec;
    Spec s2 = *sp;
    s2.zero = false;
    bool ok = pad_append(b, data, n, n, &s2, "", "", false);
    mo_xdecref(owned);
    return ok ? 0 : -1;
}

static int fmt_byte(MoStrBuf *b, MoObject *v, const Spec *sp) {
    char c;
    size_t blen = 0;
    const uint8_t *bdata = mo_isinstance_type(v, &mo_bytearray_type) ? ty_bytearray_data(v, &blen) : NULL;
    if (mo_isinstance_type(v, &mo_bytes_type) && MO_BYTES(v)->len == 1) c = (char)MO_BYTES(v)->data[0];
    else if (bdata && blen == 1) c = (char)bdata[0];
    else if (MO_INT_CHECK(v)) {
        int64_t x;
        if (mo_int_as_i64(v, &x) < 0 || x < 0 || x > 255) {
            mo_err_clear();
            mo_err_set(&mo_OverflowError, "%c arg not in range(256)");
            return -1;
        }
        c = (char)x;
    } else {
        mo_err_set(&mo_TypeError, "%c requires an integer in range(256) or a single byte");
        return -1;
    }
    Spec s2 = *sp;
    s2.zero = false;
    return pad_append(b, &c, 1, 1, &s2, "", "", false) ? 0 : -1;
}

/* The % engine for str (bytes_mode false: f is UTF-8, result text) and bytes (f is raw bytes,
 * indexes in error messages count bytes). Fills *b; 0 or -1. */
static int percent_format(MoStrBuf *out, const char *f, size_t n, MoObject *args, bool bytes_mode);

MoObject *mo_str_percent_format(MoObject *format, MoObject *args) {
    MoStrBuf b;
    if (percent_format(&b, MO_STR_UTF8(format), MO_STR_NBYTES(format), args, false) < 0) return NULL;
    return mo_strbuf_finish(&b);
}

MoObject *ty_bytes_percent_format(const uint8_t *data, size_t len, MoObject *args, bool bytearray) {
    MoStrBuf b;
    /* Format from a private copy: a bytearray format could be resized by a __bytes__ call. */
    char *copy = mo_alloc(len + 1);
    if (!copy) return NULL;
    if (len) memcpy(copy, data, len);
    int r = percent_format(&b, copy, len, args, true);
    mo_free(copy);
    if (r < 0) return NULL;
    MoObject *res = bytearray ? mo_bytearray_new((const uint8_t *)b.data, b.len) : mo_bytes_new((const uint8_t *)b.data, b.len);
    mo_strbuf_free(&b);
    return res;
}

static int percent_format(MoStrBuf *out, const char *f, size_t n, MoObject *args, bool bytes_mode) {
    bool tuple_args = mo_isinstance_type(args, &mo_tuple_type);
    size_t argc = tuple_args ? MO_TUPLE_LEN(args) : 1, argi = 0;
    bool dict_args = is_mapping_arg(args) &&
                     !(bytes_mode && (mo_isinstance_type(args, &mo_bytes_type) || mo_isinstance_type(args, &mo_bytearray_type)));
    bool used_mapping = false;
    MoStrBuf b;
    mo_strbuf_init(&b);
    size_t i = 0, run = 0;
    size_t cp_index = 0; /* code-point index of f[i], for error messages */
    while (i < n) {
        if (f[i] != '%') {
            if (bytes_mode || ((uint8_t)f[i] & 0xC0) != 0x80) cp_index++;
            i++;
            continue;
        }
        mo_strbuf_append(&b, f + run, i - run);
        size_t start_cp = cp_index;
        i++;
        cp_index++;
        size_t spec_start = i; /* "%%" is a literal only when nothing comes between the two */
        MoObject *value = NULL, *owned_value = NULL;
        if (i < n && f[i] == '(') {
            if (!dict_args) { mo_err_set(&mo_TypeError, "format requires a mapping"); goto fail; }
            size_t depth = 1, k = i + 1;
            while (k < n && depth) {
                if (f[k] == '(') depth++;
                else if (f[k] == ')') depth--;
                if (depth) k++;
            }
            if (depth) { mo_err_set(&mo_ValueError, "incomplete format key"); goto fail; }
            MoObject *key = bytes_mode ? mo_bytes_new((const uint8_t *)f + i + 1, k - i - 1) : mo_str_from_utf8(f + i + 1, k - i - 1);
            if (!key) goto fail;
            owned_value = mo_getitem(args, key);
            mo_decref(key);
            if (!owned_value) goto fail;
            value = owned_value;
            used_mapping = true;
            for (size_t q = i; q <= k; q++) cp_index += bytes_mode || ((uint8_t)f[q] & 0xC0) != 0x80;
            i = k + 1;
        }
        Spec sp = {false, false, false, false, false, -1, -1};
        while (i < n) {
            char c = f[i];
            if (c == '-') sp.left = true;
            else if (c == '+') sp.plus = true;
            else if (c == ' ') sp.space = true;
            else if (c == '#') sp.alt = true;
            else if (c == '0') sp.zero = true;
            else break;
            i++;
            cp_index++;
        }
        if (i < n && f[i] == '*') {
            if (argi >= argc) { mo_err_set(&mo_TypeError, "not enough arguments for format string"); goto fail_v; }
            MoObject *w = tuple_args ? MO_TUPLE_ITEM(args, argi) : args;
            argi++;
            if (!MO_INT_CHECK(w)) { mo_err_set(&mo_TypeError, "* wants int"); goto fail_v; }
            if (mo_int_as_i64(w, &sp.width) < 0) goto fail_v;
            if (sp.width < 0) { sp.left = true; sp.width = -sp.width; }
            i++;
            cp_index++;
        } else {
            while (i < n && f[i] >= '0' && f[i] <= '9') {
                if (sp.width < 0) sp.width = 0;
                if (sp.width > (INT64_MAX - 9) / 10) { mo_err_set(&mo_ValueError, "width too big"); goto fail_v; }
                sp.width = sp.width * 10 + (f[i] - '0');
                i++;
                cp_index++;
            }
        }
        if (i < n && f[i] == '.') {
            i++;
            cp_index++;
            sp.prec = 0;
            if (i < n && f[i] == '*') {
                if (argi >= argc) { mo_err_set(&mo_TypeError, "not enough arguments for format string"); goto fail_v; }
                MoObject *w = tuple_args ? MO_TUPLE_ITEM(args, argi) : args;
                argi++;
                if (!MO_INT_CHECK(w)) { mo_err_set(&mo_TypeError, "* wants int"); goto fail_v; }
                if (mo_int_as_i64(w, &sp.prec) < 0) goto fail_v;
                if (sp.prec < 0) sp.prec = 0;
                i++;
                cp_index++;
            } else {
                while (i < n && f[i] >= '0' && f[i] <= '9') {
                    if (sp.prec > (INT64_MAX - 9) / 10) { mo_err_set(&mo_ValueError, "precision too big"); goto fail_v; }
                    sp.prec = sp.prec * 10 + (f[i] - '0');
                    i++;
                    cp_index++;
                }
            }
        }
        while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) { i++; cp_index++; }
        if (i >= n) { mo_err_set(&mo_ValueError, "incomplete format"); goto fail_v; }
        char type = f[i];
        if (type == '%' && i == spec_start) {
            mo_strbuf_append(&b, "%", 1);
            i++;
            cp_index++;
            run = i;
            mo_xdecref(owned_value);
            continue;
        }
        if (!value) {
            if (argi >= argc) { mo_err_set(&mo_TypeError, "not enough arguments for format string"); goto fail_v; }
            value = tuple_args ? MO_TUPLE_ITEM(args, argi) : args;
            argi++;
        }
        int r;
        switch (type) {
        case 's': case 'r': case 'a':
            r = bytes_mode ? fmt_bytes(&b, value, type, &sp) : fmt_str(&b, value, type, &sp);
            break;
        case 'b':
            if (!bytes_mode) goto bad_char;
            r = fmt_bytes(&b, value, type, &sp);
            break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': r = fmt_int(&b, value, type, &sp); break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': r = fmt_float(&b, value, type, &sp); break;
        case 'c': r = bytes_mode ? fmt_byte(&b, value, &sp) : fmt_char(&b, value, &sp); break;
        default:
        bad_char: {
            size_t l = 1;
            uint32_t c = bytes_mode ? (uint8_t)f[i] : ty_utf8_decode((const uint8_t *)f + i, &l);
            if (c >= 32 && c < 127)
                mo_err_format(&mo_ValueError, "unsupported format character '%c' (0x%x) at index %zu", (int)c, (unsigned)c,
                              cp_index);
            else
                mo_err_format(&mo_ValueError, "unsupported format character '\\x%x' (0x%x) at index %zu", (unsigned)c,
                              (unsigned)c, cp_index);
            (void)start_cp;
            r = -1;
        }
        }
        mo_xdecref(owned_value);
        owned_value = NULL;
        if (r < 0) goto fail;
        i += bytes_mode ? 1 : ty_utf8_len((uint8_t)f[i]);
        cp_index++;
        run = i;
        continue;
    fail_v:
        mo_xdecref(owned_value);
        goto fail;
    }
    mo_strbuf_append(&b, f + run, n - run);
    if (argi < argc && !used_mapping && !dict_args) {
        mo_err_set(&mo_TypeError, bytes_mode ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        goto fail;
    }
    if (argi < argc && dict_args && !used_mapping && tuple_args) {
        mo_err_set(&mo_TypeError, bytes_mode ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        goto fail;
    }
    *out = b;
    return 0;
fail:
    mo_strbuf_free(&b);
    return -1;
}

/* ---- str.format ---- */

typedef struct {
    MoObject *const *args;
    size_t nargs;
    MoObject *kwargs; /* mapping or NULL */
    int auto_state;   /* 0 unknown, 1 automatic, 2 manual */
    size_t next_auto;
} FmtCtx;

static int render(MoStrBuf *b, const char *f, size_t n, FmtCtx *ctx, int depth);

static bool all_digits(const char *s, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static int64_t parse_num(const char *s, size_t n) {
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (v > (INT64_MAX - 9) / 10) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static void raise_key_error(MoObject *key) {
    MoObject *t = mo_tuple_pack(1, key);
    if (!t) return;
    MoObject *exc = mo_exception_new(&mo_KeyError, t);
    mo_decref(t);
    if (exc) { mo_err_set_object(exc); mo_decref(exc); }
}

/* Resolves a field name like "0.attr[key]" to a new reference. */
static MoObject *get_field(const char *s, size_t n, FmtCtx *ctx) {
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    MoObject *obj;
    if (i == 0) {
        if (ctx->auto_state == 2) {
            mo_err_set(&mo_ValueError, "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        ctx->auto_state = 1;
        size_t idx = ctx->next_auto++;
        if (idx >= ctx->nargs) {
            mo_err_format(&mo_IndexError, "Replacement index %zu out of range for positional args tuple", idx);
            return NULL;
        }
        obj = mo_newref(ctx->args[idx]);
    } else if (all_digits(s, i)) {
        if (ctx->auto_state == 1) {
            mo_err_set(&mo_ValueError, "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        ctx->auto_state = 2;
        int64_t idx = parse_num(s, i);
        if (idx < 0) {
            mo_err_set(&mo_ValueError, "Too many decimal digits in format string");
            return NULL;
        }
        if ((uint64_t)idx >= ctx->nargs) {
            mo_err_format(&mo_IndexError, "Replacement index %lld out of range for positional args tuple", (long long)idx);
            return NULL;
        }
        obj = mo_newref(ctx->args[idx]);
    } else {
        MoObject *key = mo_str_from_utf8(s, i);
        if (!key) return NULL;
        if (!ctx->kwargs) {
            raise_key_error(key);
            mo_decref(key);
            return NULL;
        }
        obj = mo_getitem(ctx->kwargs, key);
        if (!obj) {
            if (mo_err_matches(&mo_KeyError)) {
                mo_err_clear();
                raise_key_error(key);
            }
            mo_decref(key);
            return NULL;
        }
        mo_decref(key);
    }
    while (i < n) {
        if (s[i] == '.') {
            size_t j = i + 1;
            while (j < n && s[j] != '.' && s[j] != '[') j++;
            if (j == i + 1) {
                mo_decref(obj);
                mo_err_set(&mo_ValueError, "Empty attribute in format string");
                return NULL;
            }
            MoObject *name = mo_str_from_utf8(s + i + 1, j - i - 1);
            if (!name) { mo_decref(obj); return NULL; }
            MoObject *v = mo_getattr(obj, name);
            mo_decref(name);
            mo_decref(obj);
            if (!v) return NULL;
            obj = v;
            i = j;
        } else if (s[i] == '[') {
            size_t j = i + 1;
            while (j < n && s[j] != ']') j++;
            if (j >= n) {
                mo_decref(obj);
                mo_err_set(&mo_ValueError, "Missing ']' in format string");
                return NULL;
            }
            if (j == i + 1) {
                mo_decref(obj);
                mo_err_set(&mo_ValueError, "Empty attribute in format string");
                return NULL;
            }
            MoObject *key;
            if (all_digits(s + i + 1, j - i - 1)) key = mo_int_from_i64(parse_num(s + i + 1, j - i - 1));
            else key = mo_str_from_utf8(s + i + 1, j - i - 1);
            if (!key) { mo_decref(obj); return NULL; }
            MoObject *v = mo_getitem(obj, key);
            mo_decref(key);
            mo_decref(obj);
            if (!v) return NULL;
            obj = v;
            i = j + 1;
            if (i < n && s[i] != '.' && s[i] != '[') {
                mo_decref(obj);
                mo_err_set(&mo_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                return NULL;
            }
        } else {
            mo_decref(obj);
            mo_err_set(&mo_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            return NULL;
        }
    }
    return obj;
}

static int do_field(MoStrBuf *b, const char *s, size_t n, FmtCtx *ctx, int depth) {
    /* Split at the first '!' or ':' outside brackets. */
    size_t i = 0;
    while (i < n && s[i] != '!' && s[i] != ':') {
        if (s[i] == '[') {
            while (i < n && s[i] != ']') i++;
            if (i >= n) break;
        }
        i++;
    }
    size_t name_end = i;
    char conv = 0;
    if (i < n && s[i] == '!') {
        if (i + 1 >= n) {
            mo_err_set(&mo_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        conv = s[i + 1];
        i += 2;
        if (i < n && s[i] != ':') {
            mo_err_set(&mo_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    const char *spec = "";
    size_t spec_n = 0;
    if (i < n && s[i] == ':') { spec = s + i + 1; spec_n = n - i - 1; }
    MoObject *obj = get_field(s, name_end, ctx);
    if (!obj) return -1;
    if (conv) {
        MoObject *c;
        if (conv == 'r') c = mo_repr(obj);
        else if (conv == 's') c = mo_str(obj);
        else if (conv == 'a') c = mo_ascii(obj);
        else {
            mo_decref(obj);
            if ((uint8_t)conv >= 32 && (uint8_t)conv < 127)
                mo_err_format(&mo_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                mo_err_format(&mo_ValueError, "Unknown conversion specifier \\x%x", (unsigned)(uint8_t)conv);
            return -1;
        }
        mo_decref(obj);
        if (!c) return -1;
        obj = c;
    }
    MoObject *specobj;
    if (memchr(spec, '{', spec_n)) {
        if (depth >= 1) {
            mo_decref(obj);
            mo_err_set(&mo_ValueError, "Max string recursion exceeded");
            return -1;
        }
        MoStrBuf sb;
        mo_strbuf_init(&sb);
        if (render(&sb, spec, spec_n, ctx, depth + 1) < 0) {
            mo_strbuf_free(&sb);
            mo_decref(obj);
            return -1;
        }
        specobj = mo_strbuf_finish(&sb);
    } else specobj = mo_str_from_utf8(spec, spec_n);
    if (!specobj) { mo_decref(obj); return -1; }
    MoObject *r = mo_object_format(obj, specobj);
    mo_decref(specobj);
    mo_decref(obj);
    if (!r) return -1;
    bool ok = mo_strbuf_append_obj(b, r);
    mo_decref(r);
    return ok ? 0 : -1;
}

static int render(MoStrBuf *b, const char *f, size_t n, FmtCtx *ctx, int depth) {
    size_t i = 0, run = 0;
    while (i < n) {
        char c = f[i];
        if (c == '}') {
            mo_strbuf_append(b, f + run, i - run);
            if (i + 1 < n && f[i + 1] == '}') { mo_strbuf_append(b, "}", 1); i += 2; run = i; continue; }
            mo_err_set(&mo_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (c != '{') { i++; continue; }
        mo_strbuf_append(b, f + run, i - run);
        if (i + 1 < n && f[i + 1] == '{') { mo_strbuf_append(b, "{", 1); i += 2; run = i; continue; }
        /* Find the matching '}' (nested braces allowed inside the spec). */
        size_t j = i + 1, level = 1;
        bool in_bracket = false;
        while (j < n) {
            if (f[j] == '[' && level == 1) in_bracket = true;
            else if (f[j] == ']' && level == 1) in_bracket = false;
            else if (!in_bracket && f[j] == '{') level++;
            else if (!in_bracket && f[j] == '}') {
                if (--level == 0) break;
            }
            j++;
        }
        if (j >= n) {
            if (i + 1 >= n) mo_err_set(&mo_ValueError, "Single '{' encountered in format string");
            else mo_err_set(&mo_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (do_field(b, f + i + 1, j - i - 1, ctx, depth) < 0) return -1;
        i = j + 1;
        run = i;
    }
    mo_strbuf_append(b, f + run, n - run);
    return b->failed ? -1 : 0;
}

MoObject *mo_str_format_call(MoObject *format, MoObject *const *args, size_t nargs, MoObject *kwargs) {
    if (!mo_enter_recursion(" while formatting a string")) return NULL;
    FmtCtx ctx = {args, nargs, kwargs, 0, 0};
    MoStrBuf b;
    mo_strbuf_init(&b);
    int r = render(&b, MO_STR_UTF8(format), MO_STR_NBYTES(format), &ctx, 0);
    mo_leave_recursion();
    if (r < 0) { mo_strbuf_free(&b); return NULL; }
    return mo_strbuf_finish(&b);
}

MoObject *ty_str_format_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    MoObject *kw = NULL;
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    if (nkw) {
        kw = mo_dict_new();
        if (!kw) return NULL;
        for (size_t i = 0; i < nkw; i++)
            if (mo_dict_set(kw, MO_TUPLE_ITEM(kwnames, i), args[nargs + i]) < 0) { mo_decref(kw); return NULL; }
    }
    MoObject *r = mo_str_format_call(self, args, nargs, kw);
    mo_xdecref(kw);
    return r;
}

MoObject *ty_str_format_map(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (ty_onearg("str.format_map", nargs, kwnames) < 0) return NULL;
    return mo_str_format_call(self, NULL, 0, args[0]);
}
