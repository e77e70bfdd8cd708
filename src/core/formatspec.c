/*
 * formatspec.c: the format-spec mini-language (format(x, spec), f"{x:spec}", str.format) for
 * int, float and str, with CPython 3.11's error messages.
 *
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * A number is rendered as sign + prefix ("0x") + integer digits + rest (fraction, exponent, '%'),
 * then padded. The integer digits get the thousands separators; with '=' alignment and a '0'
 * fill (what a leading "0" in the spec means) the padding zeros are part of the digits and are
 * grouped too, so format(1234, '010,') is '00,001,234' exactly as CPython.
 */
#include <math.h>
#include <string.h>

#include "object.h"

typedef struct FSpec {
    uint32_t fill;
    char fill_utf8[4];
    size_t fill_len;
    char align; /* 0 if not given */
    char sign;  /* 0, '+', '-', ' ' */
    bool z, alt, zero;
    int64_t width; /* -1 if not given */
    char group;    /* 0, ',' or '_' */
    int64_t prec;  /* -1 if not given */
    char type;     /* 0 if not given; 0x80 for a non-ASCII code point */
    uint32_t type_cp; /* the type as a code point, for error messages */
    bool align_implied; /* align '=' came from the '0' flag, not from the spec */
    bool no_dot0;       /* repr ('r') without the ".0" of integral values (complex parts) */
} FSpec;

static int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    if (n == 0) return 0;
    unsigned c = s[0];
    int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if ((size_t)len > n) return 0;
    uint32_t v = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int i = 1; i < len; i++) v = (v << 6) | (s[i] & 0x3F);
    *cp = v;
    return len;
}

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int parse_number(const char *s, size_t n, size_t *i, int64_t *out) {
    if (*i >= n || s[*i] < '0' || s[*i] > '9') return 0;
    int64_t v = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        v = v * 10 + (s[*i] - '0');
        if (v > 0x7fffffff) {
            mo_err_set(&mo_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        (*i)++;
    }
    *out = v;
    return 1;
}

/* Writes a presentation type as CPython's messages show it: the character for 33..127, else
 * "\\x" and lowercase hex digits without leading zeros. */
static void type_code_text(uint32_t cp, char out[16]) {
    if (cp > 32 && cp < 128) {
        out[0] = (char)cp;
        out[1] = 0;
        return;
    }
    static const char hexd[] = "0123456789abcdef";
    char tmp[9];
    int k = 0;
    do {
        tmp[k++] = hexd[cp & 15];
        cp >>= 4;
    } while (cp);
    int j = 0;
    out[j++] = '\\';
    out[j++] = 'x';
    while (k) out[j++] = tmp[--k];
    out[j] = 0;
}

/* Parses spec (a str) for an object of type tname whose presentation type defaults to
 * default_type (CPython checks the grouping against it): 0 or -1 with ValueError. */
static int parse_spec(MoObject *spec, FSpec *f, const char *tname, char default_type) {
    const char *s = MO_STR_UTF8(spec);
    size_t n = MO_STR_NBYTES(spec), i = 0;
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->fill_utf8[0] = ' ';
    f->fill_len = 1;
    f->width = -1;
    f->prec = -1;
    uint32_t cp;
    bool fill_given = false;
    int len = utf8_decode((const unsigned char *)s, n, &cp);
    if (len > 0 && (size_t)len < n && is_align(s[len])) {
        f->fill = cp;
        memcpy(f->fill_utf8, s, (size_t)len);
        f->fill_len = (size_t)len;
        f->align = s[len];
        fill_given = true;
        i = (size_t)len + 1;
    } else if (n > 0 && is_align(s[0])) {
        f->align = s[0];
        i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
    if (i < n && s[i] == 'z') {
        f->z = true;
        i++;
    }
    if (i < n && s[i] == '#') {
        f->alt = true;
        i++;
    }
    if (i < n && s[i] == '0') {
        f->zero = true;
        if (!fill_given) {
            f->fill = '0';
            f->fill_utf8[0] = '0';
            f->fill_len = 1;
        }
        if (!f->align) {
            f->align = '=';
            f->align_implied = true;
        }
        i++;
    }
    if (parse_number(s, n, &i, &f->width) < 0) return -1;
    /* CPython's order: ',' then '_' (either after the other is an error), a ',' after '_' too. */
    if (i < n && s[i] == ',') f->group = s[i++];
    if (i < n && s[i] == '_') {
        if (f->group) {
            mo_err_set(&mo_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->group = s[i++];
    }
    if (i < n && s[i] == ',' && f->group == '_') {
        mo_err_set(&mo_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (i < n && s[i] == '.') {
        i++;
        int r = parse_number(s, n, &i, &f->prec);
        if (r < 0) return -1;
        if (r == 0) {
            mo_err_set(&mo_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    /* The type is the one code point left, if any (a non-ASCII one is an unknown type). */
    uint32_t tcp = 0;
    int tlen = i < n ? utf8_decode((const unsigned char *)s + i, n - i, &tcp) : 0;
    if (i < n && (tlen <= 0 || (size_t)tlen != n - i)) {
        mo_err_format(&mo_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec, tname);
        return -1;
    }
    f->type_cp = i < n ? tcp : (unsigned char)default_type;
    f->type = i < n ? (tcp < 0x80 ? (char)tcp : (char)0x80) : default_type;
    if (f->group && f->type) {
        /* ',' goes with decimal presentations only; '_' also with b, o, x, X. */
        const char *allowed = f->group == ',' ? "deEfFgG%" : "deEfFgG%boxX";
        if (!strchr(allowed, f->type)) {
            char code[16];
            type_code_text(f->type_cp, code);
            mo_err_format(&mo_ValueError, "Cannot specify '%c' with '%s'.", (int)f->group, code);
            return -1;
        }
    }
    return 0;
}

/* ValueError "Unknown format code 'X' for object of type 'T'" (CPython writes codes outside
 * 33..127 as \\x..). Returns NULL. */
static MoObject *unknown_code(const FSpec *f, const char *tname) {
    char code[16];
    type_code_text(f->type_cp, code);
    mo_err_format(&mo_ValueError, "Unknown format code '%s' for object of type '%s'", code, tname);
    return NULL;
}

static bool append_fill(MoStrBuf *b, const FSpec *f, int64_t count) {
    for (int64_t k = 0; k < count; k++)
        if (!mo_strbuf_append(b, f->fill_utf8, f->fill_len)) return false;
    return true;
}

/* Writes the integer digits intd[0..n) with separators every `every` digits, padded with zeros
 * (grouped as well) to at least min_len characters when min_len > 0. */
static bool append_grouped(MoStrBuf *b, const char *intd, size_t n, char sep, int every, int64_t min_len) {
    /* Count the digits to emit, including leading zero padding. */
    size_t total = n;
    if (sep) {
        for (;;) {
            size_t len = total + (total - 1) / (size_t)every;
            if ((int64_t)len >= min_len) break;
            total++;
        }
    } else if (min_len > (int64_t)total) {
        total = (size_t)min_len;
    }
    for (size_t k = 0; k < total; k++) {
        size_t pos_from_right = total - k; /* digits remaining including this one */
        char c = k < total - n ? '0' : intd[k - (total - n)];
        if (!mo_strbuf_append(b, &c, 1)) return false;
        if (sep && pos_from_right > 1 && (pos_from_right - 1) % (size_t)every == 0)
            if (!mo_strbuf_append(b, &sep, 1)) return false;
    }
    return true;
}

/* Assembles sign + prefix + grouped digits + rest with padding per f; new str or NULL. */
static MoObject *assemble(const FSpec *f, const char *sign, const char *prefix, const char *intd, size_t intn,
                          const char *rest, size_t restn, int every) {
    size_t sl = strlen(sign), pl = strlen(prefix);
    char align = f->align ? f->align : '>';
    int64_t width = f->width < 0 ? 0 : f->width;
    size_t grouped = intn;
    if (f->group && intn) grouped = intn + (intn - 1) / (size_t)every;
    int64_t len = (int64_t)(sl + pl + grouped + restn);
    MoStrBuf b;
    mo_strbuf_init(&b);
    if (align == '=' && f->fill == '0' && width > len && intn) {
        /* Zero padding belongs to the digits (and is grouped). */
        int64_t min_digits = width - (int64_t)(sl + pl + restn);
        mo_strbuf_append(&b, sign, sl);
        mo_strbuf_append(&b, prefix, pl);
        append_grouped(&b, intd, intn, f->group, every, min_digits);
        mo_strbuf_append(&b, rest, restn);
        return mo_strbuf_finish(&b);
    }
    int64_t pad = width > len ? width - len : 0;
    int64_t left = 0, right = 0, mid = 0;
    if (align == '<') right = pad;
    else if (align == '>') left = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else mid = pad;
    append_fill(&b, f, left);
    mo_strbuf_append(&b, sign, sl);
    mo_strbuf_append(&b, prefix, pl);
    append_fill(&b, f, mid);
    if (intn) append_grouped(&b, intd, intn, f->group, every, 0);
    mo_strbuf_append(&b, rest, restn);
    append_fill(&b, f, right);
    return mo_strbuf_finish(&b);
}

/* Formats the finite-or-not double x per f (type already validated as a float type). */
static MoObject *format_double(double x, const FSpec *f) {
    char type = f->type;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char code;
    int prec = (int)f->prec;
    bool pct = false;
    switch (type) {
    case 0: code = f->prec < 0 ? 'r' : 'p'; break;
    case 'e': case 'E': code = 'e'; break;
    case 'f': case 'F': code = 'f'; break;
    case '%': code = 'f'; pct = true; break;
    default: code = 'g'; break; /* g G n */
    }
    if (pct) x *= 100.0;
    if (f->prec > 1000000) {
        mo_err_set(&mo_ValueError, "precision too big");
        return NULL;
    }
    bool neg = signbit(x) && !isnan(x);
    size_t cap = 400 + (size_t)(prec < 0 ? 17 : prec);
    char *buf = mo_alloc(cap);
    if (!buf) return NULL;
    size_t n = mo_dtoa_ex(fabs(x), code, prec, f->alt, buf, cap);
    if (n == 0) {
        mo_free(buf);
        return mo_err_nomemory();
    }
    if (f->no_dot0 && code == 'r' && n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= f->alt ? 1 : 2;
    if (upper)
        for (size_t i = 0; i < n; i++)
            if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] = (char)(buf[i] - 32);
    if (neg && f->z && isfinite(x)) {
        /* 'z': a negative value that rounds to zero prints without the sign. */
        bool allzero = true;
        for (size_t i = 0; i < n && buf[i] != 'e' && buf[i] != 'E'; i++)
            if (buf[i] >= '1' && buf[i] <= '9') allzero = false;
        if (allzero) neg = false;
    }
    const char *sign = neg ? "-" : f->sign == '+' ? "+" : f->sign == ' ' ? " " : "";
    size_t intn = 0;
    while (intn < n && buf[intn] >= '0' && buf[intn] <= '9') intn++;
    MoStrBuf rest;
    mo_strbuf_init(&rest);
    mo_strbuf_append(&rest, buf + intn, n - intn);
    if (pct) mo_strbuf_append(&rest, "%", 1);
    MoObject *r = NULL;
    if (!rest.failed) r = assemble(f, sign, "", buf, intn, rest.data ? rest.data : "", rest.len, 3);
    mo_strbuf_free(&rest);
    mo_free(buf);
    return r;
}

static bool is_float_type(char t) {
    return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%' || t == 'n';
}

MoObject *mo_format_int(MoObject *value, MoObject *spec) {
    if (MO_STR_NBYTES(spec) == 0) return mo_str(value);
    FSpec f;
    if (parse_spec(spec, &f, value->type->name, 'd') < 0) return NULL;
    char t = f.type;
    if (t != 'n' && is_float_type(t)) {
        double x;
        if (mo_number_as_double(value, &x) < 0) return NULL;
        return format_double(x, &f);
    }
    if (t != 0 && t != 'd' && t != 'n' && t != 'b' && t != 'o' && t != 'x' && t != 'X' && t != 'c') {
        return unknown_code(&f, value->type->name);
    }
    if (f.prec >= 0) {
        mo_err_set(&mo_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f.z) {
        mo_err_set(&mo_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (t == 'c') {
        if (f.sign) {
            mo_err_set(&mo_ValueError, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (f.alt) {
            mo_err_set(&mo_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int64_t cp;
        if (mo_int_as_i64(value, &cp) < 0) {
            mo_err_clear();
            mo_err_set(&mo_OverflowError, "Python int too large to convert to C long");
            return NULL;
        }
        if (cp < 0 || cp > 0x10FFFF) {
            mo_err_set(&mo_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char u[4];
        size_t ul = mo_utf8_encode((uint32_t)cp, u);
        FSpec g = f;
        if (g.align == '=') g.align = '>';
        int64_t width = g.width < 0 ? 0 : g.width;
        int64_t pad = width > 1 ? width - 1 : 0;
        char align = g.align ? g.align : '<';
        MoStrBuf b;
        mo_strbuf_init(&b);
        int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
        append_fill(&b, &g, left);
        mo_strbuf_append(&b, u, ul);
        append_fill(&b, &g, pad - left);
        return mo_strbuf_finish(&b);
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    bool neg = mo_int_sign(value) < 0;
    MoObject *absv = mo_number_abs(value);
    if (!absv) return NULL;
    MoObject *digits = mo_int_to_string(absv, base);
    mo_decref(absv);
    if (!digits) return NULL;
    char *d = MO_STR_UTF8(digits);
    size_t dn = MO_STR_NBYTES(digits);
    if (t == 'X')
        for (size_t i = 0; i < dn; i++)
            if (d[i] >= 'a' && d[i] <= 'z') d[i] = (char)(d[i] - 32);
    const char *prefix = "";
    if (f.alt) prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : t == 'X' ? "0X" : "";
    const char *sign = neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    MoObject *r = assemble(&f, sign, prefix, d, dn, "", 0, base == 10 ? 3 : 4);
    mo_decref(digits);
    return r;
}

MoObject *mo_format_float(MoObject *value, MoObject *spec) {
    if (MO_STR_NBYTES(spec) == 0) return mo_str(value);
    FSpec f;
    if (parse_spec(spec, &f, value->type->name, 0) < 0) return NULL;
    if (f.type != 0 && !is_float_type(f.type)) {
        return unknown_code(&f, value->type->name);
    }
    if (f.type == 'n' && f.group) {
        mo_err_format(&mo_ValueError, "Cannot specify '%c' with 'n'.", (int)f.group);
        return NULL;
    }
    double x;
    if (mo_number_as_double(value, &x) < 0) return NULL;
    return format_double(x, &f);
}

/* One part of a complex: x per the spec f (no padding) with the given sign option; new str. */
static MoObject *complex_part(double x, const FSpec *f, char sign) {
    FSpec g = *f;
    g.width = -1;
    g.align = 0;
    g.fill = ' ';
    g.fill_utf8[0] = ' ';
    g.fill_len = 1;
    g.sign = sign;
    return format_double(x, &g);
}

MoObject *mo_format_complex(MoObject *value, MoObject *spec) {
    if (MO_STR_NBYTES(spec) == 0) return mo_str(value);
    FSpec f;
    if (parse_spec(spec, &f, value->type->name, 0) < 0) return NULL;
    if (f.type != 0 && (!is_float_type(f.type) || f.type == '%')) {
        return unknown_code(&f, value->type->name);
    }
    if (f.fill == '0') {
        mo_err_set(&mo_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (f.align == '=') {
        mo_err_set(&mo_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    double re = ((MoComplex *)value)->real, im = ((MoComplex *)value)->imag;
    bool skip_re = false, parens = false;
    if (f.type == 0) {
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
        if (f.prec < 0) f.no_dot0 = true;
        else f.type = 'g';
    } else if (f.type == 'n') {
        f.type = 'g';
    }
    MoObject *rs = skip_re ? NULL : complex_part(re, &f, f.sign);
    if (!skip_re && !rs) return NULL;
    MoObject *is = complex_part(im, &f, skip_re ? f.sign : '+');
    if (!is) {
        mo_xdecref(rs);
        return NULL;
    }
    size_t len = (rs ? MO_STR_NBYTES(rs) : 0) + MO_STR_NBYTES(is) + 1 + (parens ? 2 : 0);
    int64_t width = f.width < 0 ? 0 : f.width;
    int64_t pad = width > (int64_t)len ? width - (int64_t)len : 0;
    char align = f.align ? f.align : '>';
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    MoStrBuf b;
    mo_strbuf_init(&b);
    append_fill(&b, &f, left);
    if (parens) mo_strbuf_append(&b, "(", 1);
    if (rs) mo_strbuf_append_obj(&b, rs);
    mo_strbuf_append_obj(&b, is);
    mo_strbuf_append(&b, parens ? "j)" : "j", parens ? 2 : 1);
    append_fill(&b, &f, pad - left);
    mo_xdecref(rs);
    mo_decref(is);
    return mo_strbuf_finish(&b);
}

MoObject *mo_format_str(MoObject *value, MoObject *spec) {
    if (MO_STR_NBYTES(spec) == 0) return mo_str(value);
    FSpec f;
    if (parse_spec(spec, &f, value->type->name, 's') < 0) return NULL;
    if (f.type != 's') {
        return unknown_code(&f, value->type->name);
    }
    if (f.sign) {
        mo_err_set(&mo_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                 : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.z) {
        mo_err_set(&mo_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alt) {
        mo_err_set(&mo_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align_implied) f.align = '<';
    if (f.align == '=') {
        mo_err_set(&mo_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    if (f.group) {
        mo_err_format(&mo_ValueError, "Cannot specify '%c' with 's'.", (int)f.group);
        return NULL;
    }
    MoObject *s = mo_str(value);
    if (!s) return NULL;
    size_t cps = mo_str_len(s);
    const char *p = MO_STR_UTF8(s);
    size_t nb = MO_STR_NBYTES(s);
    if (f.prec >= 0 && (size_t)f.prec < cps) {
        /* Truncate to prec code points. */
        size_t k = 0, cnt = 0;
        while (k < nb && cnt < (size_t)f.prec) {
            unsigned char c = (unsigned char)p[k];
            k += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            cnt++;
        }
        nb = k;
        cps = cnt;
    }
    int64_t width = f.width < 0 ? 0 : f.width;
    int64_t pad = width > (int64_t)cps ? width - (int64_t)cps : 0;
    char align = f.align ? f.align : '<';
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    MoStrBuf b;
    mo_strbuf_init(&b);
    append_fill(&b, &f, left);
    mo_strbuf_append(&b, p, nb);
    append_fill(&b, &f, pad - left);
    mo_decref(s);
    return mo_strbuf_finish(&b);
}

MoObject *mo_object_format(MoObject *obj, MoObject *spec) {
    if (!MO_STR_CHECK(spec)) {
        mo_err_format(&mo_TypeError, "format() argument 2 must be str, not %s", spec->type->name);
        return NULL;
    }
    if (MO_CHECK_EXACT(obj, mo_str_type)) return mo_format_str(obj, spec);
    if (MO_CHECK_EXACT(obj, mo_int_type) || MO_CHECK_EXACT(obj, mo_bool_type)) return mo_format_int(obj, spec);
    if (MO_CHECK_EXACT(obj, mo_float_type)) return mo_format_float(obj, spec);
    MoObject *attr = mo_type_lookup(obj->type, mo_str_intern("__format__"));
    if (!attr || attr == mo_None) {
        if (MO_STR_NBYTES(spec) == 0) return mo_str(obj);
        mo_err_format(&mo_TypeError, "unsupported format string passed to %s.__format__", obj->type->name);
        return NULL;
    }
    /* str.__format__ calls back into this function: recognise it (inherited by a str subclass). */
    if (mo_str_type.dict && attr == mo_dict_get_str(mo_str_type.dict, "__format__")) return mo_format_str(obj, spec);
    MoObject *m = attr->type->descr_get ? attr->type->descr_get(attr, obj, obj->type) : mo_newref(attr);
    if (!m) return NULL;
    MoObject *r = mo_call1(m, spec);
    mo_decref(m);
    if (r && !MO_STR_CHECK(r)) {
        mo_err_format(&mo_TypeError, "__format__ must return a str, not %s", r->type->name);
        mo_decref(r);
        return NULL;
    }
    return r;
}
