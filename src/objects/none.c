/*
 * none.c: the singletons None, NotImplemented and Ellipsis and their types.
 */
#include "../core/object.h"

static MoObject *none_repr(MoObject *o) { return mo_str_from_cstr("None"); }
static int none_truth(MoObject *o) { return 0; }

static MoObject *singleton_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs || (kwnames && MO_TUPLE_LEN(kwnames))) {
        mo_err_format(&mo_TypeError, "%s takes no arguments", type->name);
        return NULL;
    }
    if (type == &mo_none_type) return mo_none();
    if (type == &mo_notimpl_type) return mo_newref(mo_NotImplemented);
    return mo_newref(mo_Ellipsis);
}

static void singleton_dealloc(MoObject *o) {
    /* Immortal: reaching zero means a refcount bug elsewhere; resurrect rather than free. */
    o->refcnt = MO_IMMORTAL_REFCNT;
}

MoType mo_none_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "NoneType",
    .size = sizeof(MoObject),
    .dealloc = singleton_dealloc,
    .vnew = singleton_vnew,
    .repr = none_repr,
    .truth = none_truth,
};

static MoObject *notimpl_repr(MoObject *o) { return mo_str_from_cstr("NotImplemented"); }

MoType mo_notimpl_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "NotImplementedType",
    .size = sizeof(MoObject),
    .dealloc = singleton_dealloc,
    .vnew = singleton_vnew,
    .repr = notimpl_repr,
};

static MoObject *ellipsis_repr(MoObject *o) { return mo_str_from_cstr("Ellipsis"); }

MoType mo_ellipsis_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "ellipsis",
    .size = sizeof(MoObject),
    .dealloc = singleton_dealloc,
    .vnew = singleton_vnew,
    .repr = ellipsis_repr,
};

MoObject mo_None_struct = {MO_IMMORTAL_REFCNT, &mo_none_type};
MoObject mo_NotImplemented_struct = {MO_IMMORTAL_REFCNT, &mo_notimpl_type};
MoObject mo_Ellipsis_struct = {MO_IMMORTAL_REFCNT, &mo_ellipsis_type};
