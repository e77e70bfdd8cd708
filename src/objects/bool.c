/*
 * bool.c: True and False. bool is a subclass of int (True + 1 == 2): the int code reads a bool's
 * value from its identity (the singletons are bare object headers), and bool only overrides repr
 * and the bitwise operators, which keep bool-ness when both operands are bools.
 */
#include "../core/object.h"

MoObject mo_True_struct = {MO_IMMORTAL_REFCNT, &mo_bool_type};
MoObject mo_False_struct = {MO_IMMORTAL_REFCNT, &mo_bool_type};

static MoObject *bool_repr(MoObject *o) { return mo_str_from_cstr(o == mo_True ? "True" : "False"); }

static MoObject *bool_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (kwnames && MO_TUPLE_LEN(kwnames)) {
        mo_err_set(&mo_TypeError, "bool() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "bool expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 0) return mo_bool(false);
    int t = mo_truth(args[0]);
    if (t < 0) return NULL;
    return mo_bool(t);
}

static MoObject *bool_binop(MoObject *a, MoObject *b, MoBinOp op, bool inplace) {
    if ((op == MO_AND || op == MO_OR || op == MO_XOR) && a->type == &mo_bool_type && b->type == &mo_bool_type) {
        bool x = a == mo_True, y = b == mo_True;
        return mo_bool(op == MO_AND ? (x && y) : op == MO_OR ? (x || y) : (x != y));
    }
    return mo_int_type.binop(a, b, op, inplace);
}

static void bool_dealloc(MoObject *o) { o->refcnt = MO_IMMORTAL_REFCNT; }

MoType mo_bool_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "bool",
    .size = sizeof(MoObject),
    .flags = MO_TPFLAG_INT_SUBCLASS,
    .base = &mo_int_type,
    .dealloc = bool_dealloc,
    .vnew = bool_vnew,
    .repr = bool_repr,
    .binop = bool_binop,
};
