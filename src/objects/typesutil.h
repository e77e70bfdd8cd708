/*
 * typesutil.h: small helpers shared by the types team's object files (str, bytes, list, tuple,
 * dict, set, range, slice, iterators). Private to src/objects; not part of the object API.
 *
 * CPython's builtin methods report argument errors in several historical styles (the old
 * PyArg_ParseTuple "takes at most 2 arguments (3 given)", Argument Clinic's "expected at most 2
 * arguments, got 3", METH_O's "takes exactly one argument (0 given)"); each helper below produces
 * one of them so every method can match CPython's message exactly.
 */
#ifndef MOAT_TYPESUTIL_H
#define MOAT_TYPESUTIL_H

#include "../core/object.h"
#include "../core/state.h"

/* Largest byte/element count the containers will try to allocate: a bound that keeps size
 * arithmetic from overflowing on 32-bit wasm and 64-bit alike (the memory limit fires far earlier). */
#define TY_MAX_ALLOC (SIZE_MAX >> 4)

/* Fails with "<qualname>() takes no keyword arguments" if kwnames is non-empty: 0 or -1. */
int ty_nokw(const char *qualname, MoObject *kwnames);

/* METH_NOARGS: "<qualname>() takes no arguments (N given)": 0 or -1. */
int ty_noargs(const char *qualname, size_t nargs, MoObject *kwnames);

/* METH_O: "<qualname>() takes exactly one argument (N given)": 0 or -1. */
int ty_onearg(const char *qualname, size_t nargs, MoObject *kwnames);

/* Argument Clinic positional-only check: "<name> expected at least/at most/N argument(s), got G",
 * plus "<qualname>() takes no keyword arguments" when qualname is non-NULL: 0 or -1. */
int ty_clinic(const char *name, const char *qualname, size_t nargs, MoObject *kwnames, size_t min, size_t max);

/* Old-style check: "<name>() takes at least/at most/exactly N argument(s) (G given)": 0 or -1. */
int ty_oldargs(const char *name, const char *qualname, size_t nargs, MoObject *kwnames, size_t min, size_t max);

/* Keyword-capable parsing into out[0..nparams) (borrowed, NULL = missing). names are the
 * parameter names; the first maxpos may be given positionally; the first nrequired are required.
 * Messages follow Argument Clinic ("split() takes at most 2 arguments (3 given)",
 * "'x' is an invalid keyword argument for split()", "... got multiple values for argument 'sep'"). */
int ty_kwparse(const char *fname, MoObject *const *args, size_t nargs, MoObject *kwnames,
               const char *const *names, size_t nparams, size_t maxpos, size_t nrequired, MoObject **out);

/* Converts an index-like object to int64 (TypeError "'T' object cannot be interpreted as an integer"). */
int ty_as_ssize(MoObject *o, int64_t *out);

/* Converts an optional (NULL/None allowed when allow_none) slice-like bound: like mo_slice_index_clamped. */
int ty_opt_index(MoObject *o, int64_t *out, int64_t dflt);

/* Like mo_slice_index_clamped but None is refused, with CPython's message for list/tuple.index:
 * "slice indices must be integers or have an __index__ method": 0 or -1. */
int ty_index_notnone(MoObject *o, int64_t *out);

/* Resolves CPython's (start, end) for find/count/startswith against len (ADJUST_INDICES). */
void ty_adjust_indices(int64_t *start, int64_t *end, int64_t len);

/* Length of a UTF-8 sequence starting with byte c (1 for continuation bytes, defensively). */
static inline size_t ty_utf8_len(uint8_t c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* Decodes one code point at s (valid UTF-8) and returns its byte length in *n. */
static inline uint32_t ty_utf8_decode(const uint8_t *s, size_t *n) {
    uint8_t c = s[0];
    if (c < 0x80) { *n = 1; return c; }
    if (c < 0xE0) { *n = 2; return ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F); }
    if (c < 0xF0) { *n = 3; return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F); }
    *n = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Encodes cp as UTF-8 (surrogates are encoded as 3 bytes, like CPython's internal form): length. */
static inline size_t ty_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F)); return 4;
}

/* Returns the byte offset of code point index i (0 <= i <= len) in str s. */
size_t ty_str_byte_offset(MoObject *s, size_t i);

/* Creates a str from UTF-8 known valid with a known code-point length (-1: count it). */
MoObject *ty_str_new_len(const char *s, size_t nbytes, int64_t len);

/* Allocates an uninitialised str of nbytes/len (ascii flag given) to be filled by the caller, then
 * finished with ty_str_finish (which builds the index). New reference or NULL. */
MoObject *ty_str_alloc(size_t nbytes, size_t len, bool ascii);
MoObject *ty_str_finish(MoObject *s);

/* The empty str (immortal after init; new reference). */
MoObject *ty_empty_str(void);

/* Keyed 64-bit hash of bytes (shared by str and bytes so hash(b'a') == hash('a')); never -1. */
int64_t ty_hash_bytes(const void *data, size_t len);

/* Python-level unicode predicates used by str methods (approximate outside Latin-1/Greek/Cyrillic). */
bool ty_uni_isspace(uint32_t c);
bool ty_uni_isalpha(uint32_t c);
bool ty_uni_isdecimal(uint32_t c);
bool ty_uni_isdigit(uint32_t c);
bool ty_uni_isnumeric(uint32_t c);
bool ty_uni_islower(uint32_t c);
bool ty_uni_isupper(uint32_t c);
bool ty_uni_istitle(uint32_t c);
bool ty_uni_isprintable(uint32_t c);
bool ty_uni_islinebreak(uint32_t c);
/* Case mappings: write up to 3 code points into out and return their number. */
int ty_uni_lower(uint32_t c, uint32_t *out);
int ty_uni_upper(uint32_t c, uint32_t *out);
int ty_uni_title(uint32_t c, uint32_t *out);
int ty_uni_fold(uint32_t c, uint32_t *out);
bool ty_uni_cased(uint32_t c);
bool ty_uni_case_ignorable(uint32_t c);

/* Shared method tables implemented in str_methods.c / strformat.c. */
extern const MoMethodDef ty_str_methods[];
MoObject *ty_str_format_method(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames);
MoObject *ty_str_format_map(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kwnames);

/* Repr of bytes data with CPython's quoting (prefix "b" or "bytearray(b"...")"). */
MoObject *ty_bytes_repr_data(const uint8_t *data, size_t len, const char *prefix, const char *suffix);

/* The data and length of a bytearray (never NULL). */
const uint8_t *ty_bytearray_data(MoObject *o, size_t *len);

/* bytes % args (printf-style, CPython's bytes rules) over data[0..len): a new bytes, or a
 * bytearray when bytearray is true; NULL on error. */
MoObject *ty_bytes_percent_format(const uint8_t *data, size_t len, MoObject *args, bool bytearray);

/* The iterator of ranges whose items do not all fit in int64 (range.c). */
extern MoType mo_longrange_iter_type;

/* The iterator of bytearrays (bytes.c; bytes use mo_bytes_iter_type). */
extern MoType mo_bytearray_iter_type;

/* Shared iterator creators. */
MoObject *ty_list_reviter_new(MoObject *list);
MoObject *ty_range_reviter_new(MoObject *range);
MoObject *ty_dict_revkeys_new(MoObject *dict);

#endif
