/* Unit tests of core: mo_parse_args (CPython 3.11's messages), classes built with
 * mo_type_new_class (C3 MRO of a diamond, inconsistent hierarchies, slots wired to dunders), and
 * the builtins namespace. Expected strings are what CPython 3.11 prints for the same situations. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"

static int passed, failed;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) passed++;                                                          \
        else {                                                                       \
            failed++;                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

static MoVM vm;

static void reset_vm(void) {
    memset(&vm, 0, sizeof vm);
    vm.limits.memory_bytes = 512 << 20;
    vm.limits.recursion_depth = MOAT_DEFAULT_RECURSION_DEPTH;
    vm.gc_head.next = vm.gc_head.prev = &vm.gc_head;
    mo_vm = &vm;
}

/* True if the current exception is of type t with str() exactly msg; clears it. */
static bool raised(MoType *t, const char *msg) {
    MoObject *e = mo_err_fetch();
    if (!e) {
        fprintf(stderr, "  no exception (expected %s: %s)\n", t->name, msg);
        return false;
    }
    MoObject *s = mo_str(e);
    bool ok = e->type == t && s && mo_str_eq_cstr(s, msg);
    if (!ok) fprintf(stderr, "  got %s: %s (expected %s: %s)\n", e->type->name, s ? MO_STR_UTF8(s) : "?", t->name, msg);
    mo_xdecref(s);
    mo_decref(e);
    mo_err_clear();
    return ok;
}

static MoObject *S(const char *s) { return mo_str_from_cstr(s); }

static void test_parse_args(void) {
    static const char *const names[] = {"number", "ndigits"};
    MoObject *outs[2];
    MoObject *one = mo_int_from_i64(1), *two = mo_int_from_i64(2);
    MoObject *args3[3] = {one, two, one};

    /* round(1): ndigits omitted. */
    CHECK(mo_parse_args("round", args3, 1, NULL, names, 1, 0, outs, 2) == 0);
    CHECK(outs[0] == one && outs[1] == NULL);

    CHECK(mo_parse_args("round", args3, 3, NULL, names, 1, 0, outs, 2) == -1);
    CHECK(raised(&mo_TypeError, "round() takes at most 2 arguments (3 given)"));

    CHECK(mo_parse_args("round", args3, 0, NULL, names, 1, 0, outs, 2) == -1);
    CHECK(raised(&mo_TypeError, "round() missing required argument 'number' (pos 1)"));

    /* round(1, number=2): given twice. */
    MoObject *kw_number = mo_tuple_pack(1, S("number"));
    MoObject *a_dup[2] = {one, two};
    CHECK(mo_parse_args("round", a_dup, 1, kw_number, names, 1, 0, outs, 2) == -1);
    CHECK(raised(&mo_TypeError, "argument for round() given by name ('number') and position (1)"));

    /* round(number=1, x=2). */
    MoObject *kw_bad = mo_tuple_pack(2, S("number"), S("x"));
    CHECK(mo_parse_args("round", a_dup, 0, kw_bad, names, 1, 0, outs, 2) == -1);
    CHECK(raised(&mo_TypeError, "'x' is an invalid keyword argument for round()"));

    /* round(ndigits=2, number=1): keywords in any order. */
    MoObject *kw_both = mo_tuple_pack(2, S("ndigits"), S("number"));
    CHECK(mo_parse_args("round", a_dup, 0, kw_both, names, 1, 0, outs, 2) == 0);
    CHECK(outs[0] == two && outs[1] == one);

    /* sum(start=1): the first parameter is positional-only. */
    static const char *const sum_names[] = {"iterable", "start"};
    MoObject *kw_start = mo_tuple_pack(1, S("start"));
    CHECK(mo_parse_args("sum", a_dup, 0, kw_start, sum_names, 1, 1, outs, 2) == -1);
    CHECK(raised(&mo_TypeError, "sum() takes at least 1 positional argument (0 given)"));
    /* sum([], iterable=...) : a positional-only name is not a keyword. */
    MoObject *kw_it = mo_tuple_pack(1, S("iterable"));
    CHECK(mo_parse_args("sum", a_dup, 1, kw_it, sum_names, 1, 1, outs, 2) == -1);
    CHECK(raised(&mo_TypeError, "'iterable' is an invalid keyword argument for sum()"));

    mo_decref(kw_number);
    mo_decref(kw_bad);
    mo_decref(kw_both);
    mo_decref(kw_start);
    mo_decref(kw_it);
    mo_decref(one);
    mo_decref(two);
}

static MoObject *make_class(const char *name, size_t nbases, MoObject **bases) {
    MoObject *n = S(name);
    MoObject *b = mo_tuple_from_array(bases, nbases);
    MoObject *d = mo_dict_new();
    MoObject *c = n && b && d ? mo_type_new_class(n, b, d) : NULL;
    mo_xdecref(n);
    mo_xdecref(b);
    mo_xdecref(d);
    return c;
}

/* The __name__s of cls.__mro__ joined by spaces equal expect. */
static bool mro_is(MoObject *cls, const char *expect) {
    char buf[256] = "";
    MoObject *mro = ((MoType *)cls)->mro;
    for (size_t i = 0; i < MO_TUPLE_LEN(mro); i++) {
        if (i) strcat(buf, " ");
        strcat(buf, ((MoType *)MO_TUPLE_ITEM(mro, i))->name);
    }
    bool ok = strcmp(buf, expect) == 0;
    if (!ok) fprintf(stderr, "  mro was: %s (expected %s)\n", buf, expect);
    return ok;
}

static void test_mro(void) {
    MoObject *A = make_class("A", 0, NULL);
    CHECK(A && mro_is(A, "A object"));
    MoObject *B = make_class("B", 1, &A);
    MoObject *C = make_class("C", 1, &A);
    MoObject *bc[2] = {B, C};
    MoObject *D = make_class("D", 2, bc);
    CHECK(D && mro_is(D, "D B C A object"));
    /* class E(A, B): A precedes B in the bases but B must precede A: no consistent order. */
    MoObject *ab[2] = {A, B};
    CHECK(make_class("E", 2, ab) == NULL);
    CHECK(raised(&mo_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, B"));
    MoObject *aa[2] = {A, A};
    CHECK(make_class("F", 2, aa) == NULL);
    CHECK(raised(&mo_TypeError, "duplicate base class A"));
    MoObject *bl = MO(&mo_bool_type);
    CHECK(make_class("G", 1, &bl) == NULL);
    CHECK(raised(&mo_TypeError, "type 'bool' is not an acceptable base type"));

    /* Instances: attribute dict, isinstance along the MRO, no-argument construction. */
    MoObject *d = mo_call0(D);
    CHECK(d && mo_isinstance_type(d, (MoType *)A) && mo_isinstance_type(d, (MoType *)C));
    MoObject *x = S("x"), *v = mo_int_from_i64(7);
    CHECK(d && mo_setattr(d, x, v) == 0);
    MoObject *got = d ? mo_getattr(d, x) : NULL;
    CHECK(got == v);
    mo_xdecref(got);
    MoObject *arg = v;
    CHECK(mo_call(D, &arg, 1, NULL) == NULL);
    CHECK(raised(&mo_TypeError, "D() takes no arguments"));
    mo_decref(x);
    mo_decref(v);
    mo_xdecref(d);
    mo_xdecref(A);
    mo_xdecref(B);
    mo_xdecref(C);
    mo_xdecref(D);
}

/* A user subclass of Exception keeps CPython's str/repr and is hashable by identity. */
static void test_exception_subclass(void) {
    MoObject *base = MO(&mo_ValueError);
    MoObject *E = make_class("MyError", 1, &base);
    CHECK(E != NULL);
    if (!E) return;
    MoObject *msg = S("bad");
    MoObject *e = mo_call1(E, msg);
    CHECK(e && MO_EXC_CHECK(e));
    MoObject *r = e ? mo_repr(e) : NULL;
    CHECK(r && mo_str_eq_cstr(r, "MyError('bad')"));
    MoObject *s = e ? mo_str(e) : NULL;
    CHECK(s && mo_str_eq_cstr(s, "bad"));
    int64_t h;
    CHECK(e && mo_hash(e, &h) == 0);
    mo_xdecref(r);
    mo_xdecref(s);
    mo_xdecref(e);
    mo_decref(msg);
    mo_decref(E);
}

static void test_builtins_namespace(void) {
    MoObject *d = mo_dict_new();
    CHECK(d && mo_builtins_fill(d) == 0);
    static const char *const must[] = {"print", "len", "range", "isinstance", "super", "property",
                                       "ValueError", "KeyError", "NotImplemented", "sorted", NULL};
    for (size_t i = 0; must[i]; i++) CHECK(mo_dict_get_str(d, must[i]) != NULL);
    /* len(5) through the bound builtin. */
    MoObject *len = mo_dict_get_str(d, "len");
    MoObject *five = mo_int_from_i64(5);
    CHECK(len && mo_call1(len, five) == NULL);
    CHECK(raised(&mo_TypeError, "object of type 'int' has no len()"));
    mo_decref(five);
    mo_decref(d);
}

/* The "Did you mean" rule: CPython 3.11 suggests 'append' for x.apend, 'print' for prnt. */
static void test_suggestions(void) {
    MoObject *b = mo_dict_new();
    CHECK(b && mo_builtins_fill(b) == 0);
    MoObject *n = S("prnt");
    MoObject *s = mo_suggest_name(n, b);
    CHECK(s && mo_str_eq_cstr(s, "print"));
    mo_xdecref(s);
    mo_decref(n);
    n = S("zzzzqq");
    CHECK(mo_suggest_name(n, b) == NULL && !mo_err_occurred());
    mo_decref(n);
    MoObject *cands = mo_tuple_pack(2, S("count"), S("cnt"));
    n = S("cout");
    s = mo_suggest_name(n, cands);
    CHECK(s && mo_str_eq_cstr(s, "count"));
    mo_xdecref(s);
    mo_decref(n);
    /* An AttributeError leaving mo_getattr carries name and obj, and dir(obj) is searched. */
    MoObject *l = mo_list_new(0);
    MoObject *r = mo_getattr_str(l, "apend");
    CHECK(r == NULL && mo_err_matches(&mo_AttributeError));
    MoObject *e = mo_err_fetch();
    s = e ? mo_attribute_error_suggestion(e) : NULL;
    CHECK(s && mo_str_eq_cstr(s, "append"));
    mo_xdecref(s);
    mo_xdecref(e);
    mo_decref(l);
    mo_decref(cands);
    mo_decref(b);
}

static double fake_now;
static double fake_clock(void *ctx) {
    (void)ctx;
    return fake_now += 10.0;
}

/* A C loop draining an iterator (sum(range(10**12))) runs no VM instruction: mo_next must fire
 * the time limit itself. */
static void test_time_limit_in_c_loops(void) {
    MoObject *zero = mo_int_from_i64(0), *big = mo_int_from_i64(INT64_C(1) << 40);
    MoObject *r = mo_range_new(zero, big, NULL);
    MoObject *it = r ? mo_iter(r) : NULL;
    CHECK(it != NULL);
    vm.clock = fake_clock;
    vm.limits.time_ms = 50;
    vm.slice_start_ms = fake_now;
    MoObject *x = NULL;
    size_t n = 0;
    while (it && n < ((size_t)1 << 22) && (x = mo_next(it))) {
        mo_decref(x);
        n++;
    }
    CHECK(x == NULL && mo_err_occurred() && vm.limit_hit == MO_LIMIT_TIME);
    CHECK(n < ((size_t)1 << 20));
    mo_err_clear();
    vm.limit_hit = MO_LIMIT_NONE;
    vm.limits.time_ms = 0;
    vm.clock = NULL;
    mo_xdecref(it);
    mo_xdecref(r);
    mo_decref(zero);
    mo_decref(big);
}

int main(void) {
    if (mo_runtime_init() != 0) {
        fprintf(stderr, "runtime init failed\n");
        return 1;
    }
    reset_vm();
    test_parse_args();
    test_mro();
    test_exception_subclass();
    test_builtins_namespace();
    test_suggestions();
    test_time_limit_in_c_loops();
    mo_alloc_release_all(&vm);
    mo_vm = NULL;
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
