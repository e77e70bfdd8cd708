/* Unit tests of complex (src/objects/complex.c, mo_format_complex in src/core/formatspec.c) and of
 * the float ** fractional -> complex path: repr, arithmetic through mo_binop, CPython's errors,
 * mo_complex_pow_values, mo_complex_as_parts, format specs, and no leaked blocks. Expected strings
 * come from CPython 3.11. */
#include <math.h>
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

/* Compares repr(r), or "Type: message" when r is NULL, with expect; consumes r. */
static bool result_is(MoObject *r, const char *expect) {
    char got[512];
    if (!r) {
        MoObject *e = mo_err_fetch();
        MoObject *m = e ? mo_exception_str(e) : NULL;
        snprintf(got, sizeof got, "%s: %s", e ? e->type->name : "?", m ? MO_STR_UTF8(m) : "?");
        mo_xdecref(m);
        mo_xdecref(e);
    } else {
        MoObject *s = mo_repr(r);
        snprintf(got, sizeof got, "%s", s ? MO_STR_UTF8(s) : "<repr failed>");
        mo_xdecref(s);
        mo_decref(r);
    }
    bool ok = strcmp(got, expect) == 0;
    if (!ok) fprintf(stderr, "  got %s, expected %s\n", got, expect);
    return ok;
}

static MoObject *C(double re, double im) { return mo_complex_new(re, im); }

/* a op b with both operands consumed. */
static MoObject *op(MoObject *a, MoObject *b, MoBinOp o) {
    MoObject *r = mo_binop(a, b, o);
    mo_decref(a);
    mo_decref(b);
    return r;
}

static void test_repr(void) {
    CHECK(result_is(C(0, 1), "1j"));
    CHECK(result_is(C(1, 2), "(1+2j)"));
    CHECK(result_is(C(-0.0, -1), "(-0-1j)"));
    CHECK(result_is(C(0, -0.0), "-0j"));
    CHECK(result_is(C(NAN, INFINITY), "(nan+infj)"));
    CHECK(result_is(C(1e300, 1e-5), "(1e+300+1e-05j)"));
    CHECK(result_is(C(0.1, 0.2), "(0.1+0.2j)"));
}

static void test_ops(void) {
    CHECK(result_is(op(C(1, 2), C(3, -4), MO_MUL), "(11+2j)"));
    CHECK(result_is(op(C(1, 2), C(3, -4), MO_TRUEDIV), "(-0.2+0.4j)"));
    CHECK(result_is(op(mo_int_from_i64(1), C(0, 1), MO_ADD), "(1+1j)"));
    CHECK(result_is(op(mo_float_new(2.5), C(0, 1), MO_SUB), "(2.5-1j)"));
    CHECK(result_is(op(C(INFINITY, 0), mo_int_from_i64(2), MO_MUL), "(inf+nanj)"));
    CHECK(result_is(op(C(0, 1), mo_int_from_i64(0), MO_TRUEDIV), "ZeroDivisionError: complex division by zero"));
    CHECK(result_is(op(C(0, 1), C(0, 1), MO_POW), "(0.20787957635076193+0j)"));
    CHECK(result_is(op(C(1, 2), mo_int_from_i64(-2), MO_POW), "(-0.12-0.16j)"));
    CHECK(result_is(op(C(0, 1e200), mo_int_from_i64(2), MO_POW), "OverflowError: complex exponentiation"));
    CHECK(result_is(op(C(0, 0), mo_int_from_i64(-1), MO_POW),
                    "ZeroDivisionError: 0.0 to a negative or complex power"));
    CHECK(result_is(op(C(0, 1), mo_int_from_i64(2), MO_FLOORDIV),
                    "TypeError: unsupported operand type(s) for //: 'complex' and 'int'"));
    CHECK(result_is(op(mo_float_new(-8.0), mo_float_new(1.0 / 3), MO_POW), "(1.0000000000000002+1.7320508075688772j)"));
    CHECK(result_is(mo_complex_pow_values(-4.0, 0.0, 0.5, 0.0), "(1.2246467991473532e-16+2j)"));
    MoObject *a = C(1, 2), *b = C(1, 2);
    CHECK(result_is(mo_richcompare(a, b, MO_EQ), "True"));
    CHECK(result_is(mo_richcompare(a, b, MO_LT),
                    "TypeError: '<' not supported between instances of 'complex' and 'complex'"));
    int64_t h;
    CHECK(mo_hash(a, &h) == 0 && h == 2000007);
    mo_decref(a);
    mo_decref(b);
    double re = 0, im = 0;
    MoObject *f = mo_float_new(2.5);
    CHECK(mo_complex_as_parts(f, &re, &im) == 0 && re == 2.5 && im == 0.0);
    mo_decref(f);
    MoObject *s = mo_str_from_cstr("x");
    CHECK(mo_complex_as_parts(s, &re, &im) < 0);
    CHECK(result_is(NULL, "TypeError: must be real number, not str"));
    mo_decref(s);
}

static void test_format(void) {
    static const struct { double re, im; const char *spec, *expect; } cases[] = {
        {1, 2, "", "(1+2j)"},
        {0, 1, "10", "        1j"},
        {1.5, 2.25, ".1f", "1.5+2.2j"},
        {12345.678, 9876543.21, ",.2f", "12,345.68+9,876,543.21j"},
        {1, 2, "#", "(1.+2.j)"},
        {-0.0, -0.0001, "z.2f", "0.00+0.00j"},
        {1, 2, "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
        {1, 2, "010", "ValueError: Zero padding is not allowed in complex format specifier"},
        {1, 2, "=10", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MoObject *z = C(cases[i].re, cases[i].im), *spec = mo_str_from_cstr(cases[i].spec);
        MoObject *r = mo_format_complex(z, spec);
        char want[200];
        bool err = strncmp(cases[i].expect, "ValueError", 10) == 0;
        snprintf(want, sizeof want, err ? "%s" : "'%s'", cases[i].expect);
        CHECK(result_is(r, want));
        mo_decref(z);
        mo_decref(spec);
    }
}

int main(void) {
    if (mo_runtime_init() != 0) {
        fprintf(stderr, "runtime init failed\n");
        return 1;
    }
    memset(&vm, 0, sizeof vm);
    vm.limits.memory_bytes = 512 << 20;
    vm.limits.recursion_depth = MOAT_DEFAULT_RECURSION_DEPTH;
    vm.gc_head.next = vm.gc_head.prev = &vm.gc_head;
    mo_vm = &vm;
    /* A second round allocates nothing that stays (the first one interns names and fills caches). */
    size_t live = 0;
    for (int round = 0; round < 2; round++) {
        test_repr();
        test_ops();
        test_format();
        mo_gc_collect();
        if (round == 0) live = mo_alloc_live_blocks(&vm);
    }
    CHECK(mo_alloc_live_blocks(&vm) == live);
    printf("test_float_complex: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
