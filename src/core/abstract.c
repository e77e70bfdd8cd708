/*
 * abstract.c: the abstract operations the VM and builtins use (repr, hash, comparison, binary
 * operators, attribute and item access, iteration, calls), with CPython's dispatch rules and
 * error messages.
 *
 * Binary operators: a type's `binop` slot receives the operands in source order, whichever of the
 * two types owns the slot, and returns NotImplemented when it cannot handle them. a op b tries
 * type(a)'s slot, then type(b)'s; if type(b) is a proper subclass of type(a) with its own slot,
 * b's slot goes first (so a subclass can override the reflected operation). In-place operators
 * first call type(a)'s slot with inplace=true and fall back to the plain operator.
 *
 * Rich comparison mirrors CPython's do_richcompare: reflected operand order for the right-hand
 * slot (a < b becomes b > a), subclass first, then identity for == and !=, then TypeError.
 *
 * repr, str, hash and comparisons of nested containers recurse through C, so they are guarded by
 * mo_enter_recursion (RecursionError instead of a C stack overflow).
 */
#include <string.h>

#include "object.h"
#include "state.h"

/* ---- repr / str / ascii ---------------------------------------------------------------------- */

MoObject *mo_repr(MoObject *o) {
    if (!mo_enter_recursion(" while getting the repr of an object")) return NULL;
    MoObject *r = o->type->repr ? o->type->repr(o) : mo_format("<%s object at %p>", o->type->name, (void *)o);
    mo_leave_recursion();
    if (r && !MO_STR_CHECK(r)) {
        mo_err_format(&mo_TypeError, "__repr__ returned non-string (type %T)", r);
        mo_decref(r);
        return NULL;
    }
    return r;
}

MoObject *mo_str(MoObject *o) {
    if (o->type == &mo_str_type) return mo_newref(o);
    /* A NULL str slot is object.__str__, which calls the repr slot directly: a bad result is then
     * reported as "__str__ returned non-string", as in CPython. */
    MoObject *(*slot)(MoObject *) = o->type->str ? o->type->str : o->type->repr;
    if (!slot) return mo_repr(o);
    if (!mo_enter_recursion(" while getting the str of an object")) return NULL;
    MoObject *r = slot(o);
    mo_leave_recursion();
    if (r && !MO_STR_CHECK(r)) {
        mo_err_format(&mo_TypeError, "__str__ returned non-string (type %T)", r);
        mo_decref(r);
        return NULL;
    }
    return r;
}

static const char hexdigits[] = "0123456789abcdef";

/* Escapes every non-ASCII code point of a repr the way ascii() does. */
MoObject *mo_ascii_escape(MoObject *s) {
    const unsigned char *p = (const unsigned char *)MO_STR_UTF8(s);
    size_t n = MO_STR_NBYTES(s);
    bool all_ascii = true;
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 0x80) {
            all_ascii = false;
            break;
        }
    if (all_ascii) return mo_newref(s);
    MoStrBuf b;
    mo_strbuf_init(&b);
    for (size_t i = 0; i < n;) {
        uint32_t c = p[i];
        size_t len = 1;
        if (c >= 0xF0) {
            c = ((c & 0x07) << 18) | ((uint32_t)(p[i + 1] & 0x3F) << 12) | ((uint32_t)(p[i + 2] & 0x3F) << 6) |
                (p[i + 3] & 0x3F);
            len = 4;
        } else if (c >= 0xE0) {
            c = ((c & 0x0F) << 12) | ((uint32_t)(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            len = 3;
        } else if (c >= 0xC0) {
            c = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);
            len = 2;
        }
        i += len;
        if (c < 0x80) {
            char ch = (char)c;
            mo_strbuf_append(&b, &ch, 1);
            continue;
        }
        char tmp[10];
        size_t k = 0;
        tmp[k++] = '\\';
        int digits;
        if (c <= 0xFF) {
            tmp[k++] = 'x';
            digits = 2;
        } else if (c <= 0xFFFF) {
            tmp[k++] = 'u';
            digits = 4;
        } else {
            tmp[k++] = 'U';
            digits = 8;
        }
        for (int d = digits - 1; d >= 0; d--) tmp[k++] = hexdigits[(c >> (4 * d)) & 0xF];
        mo_strbuf_append(&b, tmp, k);
    }
    return mo_strbuf_finish(&b);
}

MoObject *mo_ascii(MoObject *o) {
    MoObject *r = mo_repr(o);
    if (!r) return NULL;
    MoObject *a = mo_ascii_escape(r);
    mo_decref(r);
    return a;
}

/* ---- hash ------------------------------------------------------------------------------------- */

int mo_hash(MoObject *o, int64_t *out) {
    if (!o->type->hash) {
        mo_err_format(&mo_TypeError, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    /* str and int hashes cannot recurse: skip the guard (exceptions are built at the limit). */
    if (o->type == &mo_str_type || o->type == &mo_int_type) return o->type->hash(o, out);
    if (!mo_enter_recursion(" while hashing an object")) return -1;
    int r = o->type->hash(o, out);
    mo_leave_recursion();
    return r;
}

/* ---- comparison ------------------------------------------------------------------------------- */

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const MoCompareOp cmp_swapped[] = {MO_GT, MO_GE, MO_EQ, MO_NE, MO_LT, MO_LE};

static MoObject *do_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    MoType *ta = a->type, *tb = b->type;
    bool checked_reverse = false;
    MoObject *r;
    if (ta != tb && tb->richcompare && mo_type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    }
    if (op == MO_EQ) return mo_bool(a == b);
    if (op == MO_NE) return mo_bool(a != b);
    mo_err_format(&mo_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op], ta->name,
                  tb->name);
    return NULL;
}

MoObject *mo_richcompare(MoObject *a, MoObject *b, MoCompareOp op) {
    /* A class's Python __eq__ runs in a nested VM loop, which guards the recursion itself (with
     * CPython's plain message); guarding here too would halve the reachable depth. */
    if ((a->type->flags | b->type->flags) & MO_TPFLAG_HEAPTYPE) return do_richcompare(a, b, op);
    /* Exact lists, tuples and dicts count the level in their own comparison: one per level of
     * nesting, as in CPython. */
    if (a->type == b->type && (a->type == &mo_list_type || a->type == &mo_tuple_type || a->type == &mo_dict_type))
        return do_richcompare(a, b, op);
    if (!mo_enter_recursion(" in comparison")) return NULL;
    MoObject *r = do_richcompare(a, b, op);
    mo_leave_recursion();
    return r;
}

int mo_richcompare_bool(MoObject *a, MoObject *b, MoCompareOp op) {
    if (a == b) {
        if (op == MO_EQ) return 1;
        if (op == MO_NE) return 0;
    }
    MoObject *r = mo_richcompare(a, b, op);
    if (!r) return -1;
    int t;
    if (r == mo_True) t = 1;
    else if (r == mo_False) t = 0;
    else t = mo_truth(r);
    mo_decref(r);
    return t;
}

/* ---- truth ------------------------------------------------------------------------------------ */

int mo_truth(MoObject *o) {
    if (o == mo_True) return 1;
    if (o == mo_False || o == mo_None) return 0;
    if (o->type->truth) return o->type->truth(o);
    if (o->type->length) {
        size_t n = 0;
        if (o->type->length(o, &n) < 0) return -1;
        return n != 0;
    }
    return 1;
}

/* ---- binary and unary operators ------------------------------------------------------------- */

static const char *const binop_symbols[] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};
static const char *const inplace_symbols[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="};

/* Returns a op b, or mo_NotImplemented (new reference) if neither operand handles it. */
static MoObject *binary_op1(MoObject *a, MoObject *b, MoBinOp op) {
    MoObject *(*sa)(MoObject *, MoObject *, MoBinOp, bool) = a->type->binop;
    MoObject *(*sb)(MoObject *, MoObject *, MoBinOp, bool) = b->type->binop;
    if (sb == sa) sb = NULL;
    MoObject *r;
    if (sa) {
        if (sb && b->type != a->type && mo_type_is_subtype(b->type, a->type)) {
            r = sb(a, b, op, false);
            if (r != mo_NotImplemented) return r;
            mo_decref(r);
            sb = NULL;
        }
        r = sa(a, b, op, false);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    }
    if (sb) return sb(a, b, op, false);
    return mo_newref(mo_NotImplemented);
}

static MoObject *binop_type_error(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if (op == MO_RSHIFT && !inplace && a->type->call && strcmp(a->type->name, "builtin_function_or_method") == 0 &&
        strcmp(((MoBuiltinFunction *)a)->def->name, "print") == 0) {
        mo_err_format(&mo_TypeError,
                      "unsupported operand type(s) for >>: 'builtin_function_or_method' and '%s'. Did you mean "
                      "\"print(<message>, file=<output_stream>)\"?",
                      b->type->name);
        return NULL;
    }
    mo_err_format(&mo_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  inplace ? inplace_symbols[op] : binop_symbols[op], a->type->name, b->type->name);
    return NULL;
}

/* The builtin sequences concatenate and repeat outside the number protocol in CPython (sq_concat,
 * sq_repeat, tried after both operands' number methods gave up), so their errors win over the
 * generic one: 'x' + R(), [1] * R() when R's reflected method returns NotImplemented. Returns the
 * NULL of a raised error, or mo_NotImplemented (new reference) when no sequence rule applies. */
static MoObject *sequence_fallback_error(MoObject *a, MoObject *b, MoBinOp op) {
    static MoType *const seqs[] = {&mo_str_type, &mo_list_type, &mo_tuple_type, &mo_bytes_type, &mo_bytearray_type};
    MoType *sa = NULL, *sb = NULL;
    for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
        if (!sa && mo_isinstance_type(a, seqs[i])) sa = seqs[i];
        if (!sb && mo_isinstance_type(b, seqs[i])) sb = seqs[i];
    }
    if (op == MO_ADD && sa) {
        if (sa == &mo_bytes_type || sa == &mo_bytearray_type)
            mo_err_format(&mo_TypeError, "can't concat %s to %s", MO_TYPE(b)->name, sa->name);
        else
            mo_err_format(&mo_TypeError, "can only concatenate %s (not \"%s\") to %s", sa->name, MO_TYPE(b)->name, sa->name);
        return NULL;
    }
    if (op == MO_MUL && (sa || sb)) {
        mo_err_format(&mo_TypeError, "can't multiply sequence by non-int of type '%s'", MO_TYPE(sa ? b : a)->name);
        return NULL;
    }
    return mo_newref(mo_NotImplemented);
}

MoObject *mo_binop(MoObject *a, MoObject *b, MoBinOp op) {
    MoObject *r = binary_op1(a, b, op);
    if (r != mo_NotImplemented) return r;
    mo_decref(r);
    r = sequence_fallback_error(a, b, op);
    if (r != mo_NotImplemented) return r;
    mo_decref(r);
    return binop_type_error(a, b, op, false);
}

MoObject *mo_inplace_binop(MoObject *a, MoObject *b, MoBinOp op) {
    if (a->type->binop) {
        MoObject *r = a->type->binop(a, b, op, true);
        if (r != mo_NotImplemented) return r;
        mo_decref(r);
    }
    MoObject *r = binary_op1(a, b, op);
    if (r != mo_NotImplemented) return r;
    mo_decref(r);
    r = sequence_fallback_error(a, b, op);
    if (r != mo_NotImplemented) return r;
    mo_decref(r);
    return binop_type_error(a, b, op, true);
}

MoObject *mo_unaryop(MoObject *a, MoUnaryOp op) {
    static const char *const dunders[] = {"__neg__", "__pos__", "__invert__"};
    if (a->type->unaryop) {
        MoObject *r = a->type->unaryop(a, op);
        if (r != mo_NotImplemented) return r;
        /* A Python __neg__ that returns NotImplemented gives exactly that (CPython does not
         * check unary results); a builtin's NotImplemented means "unsupported". */
        if ((a->type->flags & MO_TPFLAG_HEAPTYPE) && mo_type_lookup(a->type, mo_str_intern(dunders[op]))) return r;
        mo_decref(r);
    }
    static const char *const names[] = {"unary -", "unary +", "unary ~"};
    mo_err_format(&mo_TypeError, "bad operand type for %s: '%s'", names[op], a->type->name);
    return NULL;
}

/* ---- attributes ------------------------------------------------------------------------------- */

/* Records name and obj on an AttributeError leaving getattr (CPython's
 * set_attribute_error_context), so that tracebacks can offer "Did you mean: ...?". */
static void attribute_error_context(MoObject *o, MoObject *name) {
    if (!mo_err_matches(&mo_AttributeError)) return;
    MoObject *e = mo_err_fetch();
    MoException *x = MO_EXC(e);
    if (!x->dict) x->dict = mo_dict_new();
    if (x->dict) {
        MoObject *n = mo_dict_get_str(x->dict, "name");
        if ((!n || n == mo_None) && (mo_dict_set_str(x->dict, "name", name) < 0 ||
                                     mo_dict_set_str(x->dict, "obj", o) < 0))
            mo_err_clear();
    }
    mo_err_restore(e);
}

MoObject *mo_getattr(MoObject *o, MoObject *name) {
    if (!MO_STR_CHECK(name)) {
        mo_err_format(&mo_TypeError, "attribute name must be string, not '%T'", name);
        return NULL;
    }
    MoObject *r = o->type->getattr ? o->type->getattr(o, name) : mo_generic_getattr(o, name);
    if (!r) attribute_error_context(o, name);
    return r;
}

/* ---- "Did you mean" suggestions (CPython 3.11's Python/suggestions.c) ------------------------ */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    size_t buffer[SUGGEST_MAX_STRING];
    if (a == b) return 0;
    while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_STRING || nb > SUGGEST_MAX_STRING) return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < na; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

MoObject *mo_suggest_name(MoObject *name, MoObject *candidates) {
    if (!name || !MO_STR_CHECK(name) || !candidates) return NULL;
    MoObject *list = MO_DICT_CHECK(candidates) ? mo_dict_keys_list(candidates) : mo_sequence_list(candidates);
    if (!list) {
        mo_err_clear();
        return NULL;
    }
    MoObject *best = NULL;
    size_t n = MO_LIST_LEN(list);
    size_t best_distance = SIZE_MAX;
    const char *ns = MO_STR_UTF8(name);
    size_t nn = MO_STR_NBYTES(name);
    for (size_t i = 0; n < SUGGEST_MAX_ITEMS && i < n; i++) {
        MoObject *item = MO_LIST_ITEM(list, i);
        if (!MO_STR_CHECK(item)) continue;
        size_t ni = MO_STR_NBYTES(item);
        if (ni == nn && memcmp(MO_STR_UTF8(item), ns, nn) == 0) continue;
        size_t max_distance = (nn + ni + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t d = levenshtein(ns, nn, MO_STR_UTF8(item), ni, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    if (best) mo_incref(best);
    mo_decref(list);
    return best;
}

MoObject *mo_attribute_error_suggestion(MoObject *exc) {
    if (!mo_isinstance_type(exc, &mo_AttributeError) || !MO_EXC(exc)->dict) return NULL;
    MoObject *name = mo_dict_get_str(MO_EXC(exc)->dict, "name");
    MoObject *obj = mo_dict_get_str(MO_EXC(exc)->dict, "obj");
    if (!name || !obj || !MO_CHECK_EXACT(name, mo_str_type)) return NULL;
    MoObject *saved = mo_err_fetch();
    MoObject *dir = mo_dir(obj);
    MoObject *r = dir ? mo_suggest_name(name, dir) : NULL;
    mo_xdecref(dir);
    mo_err_clear();
    if (saved) mo_err_restore(saved);
    return r;
}

MoObject *mo_getattr_str(MoObject *o, const char *name) {
    MoObject *n = mo_str_from_cstr(name);
    if (!n) return NULL;
    MoObject *r = mo_getattr(o, n);
    mo_decref(n);
    return r;
}

int mo_setattr(MoObject *o, MoObject *name, MoObject *value) {
    if (!MO_STR_CHECK(name)) {
        mo_err_format(&mo_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    if (o->type->setattr) return o->type->setattr(o, name, value);
    return mo_generic_setattr(o, name, value);
}

/* ---- items ------------------------------------------------------------------------------------ */

MoObject *mo_getitem(MoObject *o, MoObject *key) {
    if (o->type->getitem) return o->type->getitem(o, key);
    if (mo_isinstance_type(o, &mo_type_type)) {
        MoObject *name = mo_str_from_cstr("__class_getitem__");
        if (!name) return NULL;
        MoObject *m = mo_getattr(o, name);
        mo_decref(name);
        if (m) {
            MoObject *r = mo_call1(m, key);
            mo_decref(m);
            return r;
        }
        if (!mo_err_matches(&mo_AttributeError)) return NULL;
        mo_err_clear();
        return mo_generic_alias_new(o, key);
    }
    mo_err_format(&mo_TypeError, "'%s' object is not subscriptable", o->type->name);
    return NULL;
}

int mo_setitem(MoObject *o, MoObject *key, MoObject *value) {
    if (o->type->setitem) return o->type->setitem(o, key, value);
    if (o->type->getitem)
        mo_err_format(&mo_TypeError, "'%s' object does not support item assignment", o->type->name);
    else
        mo_err_format(&mo_TypeError, "'%s' object does not support item assignment", o->type->name);
    return -1;
}

int mo_delitem(MoObject *o, MoObject *key) {
    if (o->type->setitem) return o->type->setitem(o, key, NULL);
    /* CPython words it per path: the sequence path (an index key) says "doesn't". */
    bool index = MO_INT_CHECK(key) || mo_type_lookup(key->type, mo_str_intern("__index__")) != NULL;
    mo_err_format(&mo_TypeError, index ? "'%s' object doesn't support item deletion"
                                       : "'%s' object does not support item deletion",
                  o->type->name);
    return -1;
}

int mo_contains(MoObject *container, MoObject *item) {
    if (container->type->contains) return container->type->contains(container, item);
    if (!container->type->iter && !container->type->getitem) {
        mo_err_format(&mo_TypeError, "argument of type '%s' is not iterable", container->type->name);
        return -1;
    }
    MoObject *it = mo_iter(container);
    if (!it) return -1;
    for (;;) {
        MoObject *x = mo_next(it);
        if (!x) break;
        int eq = mo_richcompare_bool(x, item, MO_EQ);
        mo_decref(x);
        if (eq != 0) {
            mo_decref(it);
            return eq;
        }
    }
    mo_decref(it);
    return mo_err_occurred() ? -1 : 0;
}

int mo_length(MoObject *o, size_t *out) {
    if (o->type->length) return o->type->length(o, out);
    mo_err_format(&mo_TypeError, "object of type '%s' has no len()", o->type->name);
    return -1;
}

/* ---- iteration -------------------------------------------------------------------------------- */

/* An iterator over an object that only has __getitem__ (the old sequence protocol). */
typedef struct MoSeqIter {
    MO_HEAD;
    MoObject *seq;
    int64_t index;
} MoSeqIter;

static void seqiter_dealloc(MoObject *o) {
    mo_gc_untrack(o);
    MO_CLEAR(((MoSeqIter *)o)->seq);
    mo_object_free(o);
}

static int seqiter_traverse(MoObject *o, MoVisit visit, void *arg) {
    MoSeqIter *s = (MoSeqIter *)o;
    return s->seq ? visit(s->seq, arg) : 0;
}

static void seqiter_clear(MoObject *o) { MO_CLEAR(((MoSeqIter *)o)->seq); }

static MoObject *seqiter_iter(MoObject *o) { return mo_newref(o); }

static MoObject *seqiter_next(MoObject *o) {
    MoSeqIter *s = (MoSeqIter *)o;
    if (!s->seq) return NULL;
    MoObject *idx = mo_int_from_i64(s->index);
    if (!idx) return NULL;
    MoObject *r = mo_getitem(s->seq, idx);
    mo_decref(idx);
    if (!r) {
        if (mo_err_matches(&mo_IndexError) || mo_err_matches(&mo_StopIteration)) {
            mo_err_clear();
            MO_CLEAR(s->seq);
        }
        return NULL;
    }
    s->index++;
    return r;
}

MoType mo_seqiter_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "iterator",
    .size = sizeof(MoSeqIter),
    .flags = MO_TPFLAG_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .iter = seqiter_iter,
    .iternext = seqiter_next,
};

MoObject *mo_iter(MoObject *o) {
    if (o->type->iter) {
        MoObject *it = o->type->iter(o);
        if (it && !it->type->iternext) {
            mo_err_format(&mo_TypeError, "iter() returned non-iterator of type '%s'", it->type->name);
            mo_decref(it);
            return NULL;
        }
        return it;
    }
    if (o->type->getitem && !MO_DICT_CHECK(o)) {
        MoSeqIter *s = (MoSeqIter *)mo_gc_new(&mo_seqiter_type, sizeof(MoSeqIter));
        if (!s) return NULL;
        s->seq = mo_newref(o);
        s->index = 0;
        mo_gc_track(MO(s));
        return MO(s);
    }
    mo_err_format(&mo_TypeError, "'%s' object is not iterable", o->type->name);
    return NULL;
}

/* C code that drains an iterator (sum(range(10**12)), set(iter(int, 1))) runs no VM instruction,
 * so the VM's clock check never happens there: mo_next reads the clock itself every 64K items
 * and fires the time limit like vm.c does (DESIGN.md section 4). */
static uint32_t next_pace;

static int pace_time(void) {
    if ((++next_pace & 0xFFFFu) != 0 || !mo_vm) return 0;
    if (mo_vm->limit_hit != MO_LIMIT_NONE) {
        mo_limit_fire(mo_vm->limit_hit, "run stopped by a limit");
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

MoObject *mo_next(MoObject *it) {
    if (!it->type->iternext) {
        mo_err_format(&mo_TypeError, "'%s' object is not an iterator", it->type->name);
        return NULL;
    }
    if (pace_time() < 0) return NULL;
    return it->type->iternext(it);
}

/* ---- calls ------------------------------------------------------------------------------------ */

MoObject *mo_call(MoObject *callable, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (!callable->type->call) {
        mo_err_format(&mo_TypeError, "'%s' object is not callable", callable->type->name);
        return NULL;
    }
    if (kwnames && MO_TUPLE_LEN(kwnames) == 0) kwnames = NULL;
    MoObject *r = callable->type->call(callable, args, nargs, kwnames);
    if (!r && !mo_err_occurred())
        mo_err_set(&mo_SystemError, "error return without exception set");
    return r;
}

MoObject *mo_call0(MoObject *callable) { return mo_call(callable, NULL, 0, NULL); }

MoObject *mo_call1(MoObject *callable, MoObject *arg) { return mo_call(callable, &arg, 1, NULL); }

MoObject *mo_call_method(MoObject *self, const char *name, MoObject *const *args, size_t nargs) {
    MoObject *m = mo_getattr_str(self, name);
    if (!m) return NULL;
    MoObject *r = mo_call(m, args, nargs, NULL);
    mo_decref(m);
    return r;
}

bool mo_callable(MoObject *o) { return o->type->call != NULL; }

/* ---- numbers ---------------------------------------------------------------------------------- */

/* Looks up a special method on the type (not the instance), as CPython does for dunders. New
 * reference to the bound method, or NULL without an exception if the type has none. */
MoObject *mo_lookup_special(MoObject *o, const char *name) {
    MoObject *n = mo_str_from_cstr(name);
    if (!n) return NULL;
    MoObject *attr = mo_type_lookup(o->type, n);
    mo_decref(n);
    if (!attr || attr == mo_None) return NULL;
    if (attr->type->descr_get) return attr->type->descr_get(attr, o, o->type);
    return mo_newref(attr);
}

MoObject *mo_number_index(MoObject *o) {
    if (MO_INT_CHECK(o)) return mo_newref(o);
    MoObject *m = mo_lookup_special(o, "__index__");
    if (!m) {
        if (!mo_err_occurred())
            mo_err_format(&mo_TypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
        return NULL;
    }
    MoObject *r = mo_call0(m);
    mo_decref(m);
    if (r && !MO_INT_CHECK(r)) {
        mo_err_format(&mo_TypeError, "__index__ returned non-int (type %T)", r);
        mo_decref(r);
        return NULL;
    }
    return r;
}

int mo_index(MoObject *o, int64_t *out) {
    MoObject *i = mo_number_index(o);
    if (!i) return -1;
    int r = mo_int_as_i64(i, out);
    mo_decref(i);
    if (r < 0 && mo_err_matches(&mo_OverflowError)) {
        mo_err_clear();
        mo_err_format(&mo_IndexError, "cannot fit '%s' into an index-sized integer", o->type->name);
    }
    return r;
}
