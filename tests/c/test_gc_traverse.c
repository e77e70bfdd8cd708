/* Per-type traverse tests (issue 4, "Memory safety"): for every GC-tracked container type, the
 * references its traverse function visits must be exactly the references the object owns.
 *
 * The oracle is the object's own deallocation, not a list written from the struct: a Python
 * program builds one object of each kind (globals named T_<kind>), the test takes each out of the
 * globals so that it holds the only reference, records what traverse visits (a multiset of
 * pointers), then takes an extra reference to every other tracked object (so nothing else can be
 * freed) and frees the object: the refcount each object loses is the number of references the
 * object owned to it. Visited but not dropped is an extra visit (which could make the collector
 * free a live object); dropped but not visited is a missed reference (which hides a cycle from
 * the collector). References to untracked objects (str, int) are compared only when visited:
 * they cannot take part in a cycle.
 *
 * Classes never reach refcount 1 (their MRO starts with themselves), so a class is checked against
 * the fields it owns (dict, bases, mro, heap metaclass) instead. */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"
#include "moat.h"

static int passed, failed;

#define CHECK(cond, ...)                                                \
    do {                                                                \
        if (cond) {                                                     \
            passed++;                                                   \
        } else {                                                        \
            failed++;                                                   \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                               \
            fprintf(stderr, "\n");                                      \
        }                                                               \
    } while (0)

static const char program[] =
    "class M:\n"
    "    pass\n"
    "def mk():\n"
    "    return M()\n"
    "class Inst:\n"
    "    def __init__(self):\n"
    "        self.a = mk()\n"
    "        self.b = [mk()]\n"
    "    def method(self):\n"
    "        return self.a\n"
    "class Slotted:\n"
    "    __slots__ = ('p', 'q')\n"
    "    def __init__(self):\n"
    "        self.p = mk()\n"
    "        self.q = mk()\n"
    "class IntSub(int):\n"
    "    pass\n"
    "class ListSub(list):\n"
    "    pass\n"
    "class DictSub(dict):\n"
    "    pass\n"
    "class GetItem:\n"
    "    def __getitem__(self, i):\n"
    "        raise IndexError\n"
    "class Aw:\n"
    "    def __await__(self):\n"
    "        yield mk()\n"
    "def outer():\n"
    "    cellvar = mk()\n"
    "    def inner(a, b=mk(), *, c=mk()) -> M:\n"
    "        'doc'\n"
    "        return cellvar\n"
    "    return inner\n"
    "def mkcell(v):\n"
    "    return (lambda: v).__closure__[0]\n"
    "def gen(a):\n"
    "    x = [a, mk()]\n"
    "    yield x\n"
    "    yield a\n"
    "async def coro(a):\n"
    "    x = [a]\n"
    "    await Aw()\n"
    "    return x\n"
    "async def agen(a):\n"
    "    yield a\n"
    "def mkexc():\n"
    "    try:\n"
    "        try:\n"
    "            raise KeyError(mk())\n"
    "        except KeyError:\n"
    "            raise ValueError(mk(), [1]) from TypeError(mk())\n"
    "    except ValueError as e:\n"
    "        e.add_note('note')\n"
    "        e.attr = mk()\n"
    "        return e\n"
    "class Cls(Inst):\n"
    "    z = [1]\n"
    "T_class = Cls\n"
    "T_list = [mk(), mk(), 1, 's', mk()]\n"
    "T_tuple = (mk(), mk(), 'x')\n"
    "T_dict = {'a': mk(), mk(): mk(), 5: [1]}\n"
    "T_set = {mk(), mk(), (1, 2)}\n"
    "T_frozenset = frozenset({mk(), (3, mk())})\n"
    "T_instance = Inst()\n"
    "T_slots = Slotted()\n"
    "T_intsub = IntSub(5)\n"
    "T_intsub.attr = mk()\n"
    "T_listsub = ListSub([mk()])\n"
    "T_listsub.attr = mk()\n"
    "T_dictsub = DictSub(k=mk())\n"
    "T_dictsub.attr = mk()\n"
    "T_function = outer()\n"
    "T_function.attr = mk()\n"
    "T_lambda = lambda q=mk(): q\n"
    "T_cell = mkcell(mk())\n"
    "T_method = Inst().method\n"
    "T_builtin_method = [mk()].append\n"
    "T_method_wrapper = mk().__eq__\n"
    "T_gen_new = gen(mk())\n"
    "T_gen_suspended = gen(mk())\n"
    "next(T_gen_suspended)\n"
    "T_genexpr = (q for q in [mk()])\n"
    "T_coro_new = coro(mk())\n"
    "T_coro_suspended = coro(mk())\n"
    "T_coro_suspended.send(None)\n"
    "T_agen = agen(mk())\n"
    "T_asend = agen(mk()).asend(None)\n"
    "T_list_iter = iter([mk()])\n"
    "T_list_reviter = reversed([mk()])\n"
    "T_tuple_iter = iter((mk(),))\n"
    "T_dict_keyiter = iter({mk(): 1})\n"
    "T_dict_valueiter = iter({1: mk()}.values())\n"
    "T_dict_itemiter = iter({1: mk()}.items())\n"
    "T_set_iter = iter({mk()})\n"
    "T_str_iter = iter('abc')\n"
    "T_bytes_iter = iter(b'ab')\n"
    "T_bytearray_iter = iter(bytearray(b'ab'))\n"
    "T_enumerate = enumerate([mk()])\n"
    "T_zip = zip([mk()], [mk()])\n"
    "T_map = map(lambda v: v, [mk()])\n"
    "T_filter = filter(None, [mk()])\n"
    "T_reversed = reversed(GetItem.__class__ and (mk(), mk()))\n"
    "T_callable_iter = iter(lambda: 1, mk())\n"
    "T_seq_iter = iter(GetItem())\n"
    "T_dict_keys = {mk(): 1}.keys()\n"
    "T_dict_values = {1: mk()}.values()\n"
    "T_dict_items = {1: mk()}.items()\n"
    "T_property = property(lambda s: 1, lambda s, v: None, lambda s: None, 'doc')\n"
    "T_staticmethod = staticmethod(lambda: mk())\n"
    "T_classmethod = classmethod(lambda c: mk())\n"
    "T_super = super(Inst, Inst())\n"
    "T_slice = slice(mk(), mk(), [1])\n"
    "T_exception = mkexc()\n"
    "T_exception_bare = KeyError(mk())\n"
    "T_mappingproxy = type('P', (), {'k': mk()}).__dict__\n"
    "T_generic_alias = list[M]\n"
    "T_union = M | None\n"
    "import sys\n"
    "T_module = type(sys)('fresh')\n"
    "T_module.x = mk()\n"
    "del mk, outer, mkcell, sys\n";

/* A multiset of visited pointers. */
typedef struct Visits {
    MoObject *refs[256];
    int count[256];
    int n;
} Visits;

static int record(MoObject *ref, void *arg)
{
    Visits *v = arg;
    for (int i = 0; i < v->n; i++)
        if (v->refs[i] == ref) {
            v->count[i]++;
            return 0;
        }
    if (v->n < 256) {
        v->refs[v->n] = ref;
        v->count[v->n++] = 1;
    }
    return 0;
}

static int visits_of(const Visits *v, MoObject *ref)
{
    for (int i = 0; i < v->n; i++)
        if (v->refs[i] == ref) return v->count[i];
    return 0;
}

#define OBJ_OF_HEAD(h) ((MoObject *)((MoGCHead *)(h) + 1))

static const char *type_name(MoObject *o) { return o && o->type && o->type->name ? o->type->name : "?"; }

/* Checks one object that the caller owns the only reference to, and frees it. */
static void check_by_dealloc(const char *name, MoObject *obj)
{
    Visits v = {0};
    CHECK(obj->type->traverse != NULL, "%s (%s) has no traverse", name, type_name(obj));
    if (!obj->type->traverse) {
        mo_decref(obj);
        return;
    }
    obj->type->traverse(obj, record, &v);

    /* Everything that could lose a reference: the tracked objects and what was visited. */
    size_t cap = 1024, n = 0;
    MoObject **all = malloc(cap * sizeof *all);
    for (MoGCHead *h = mo_vm->gc_head.next; h && h != &mo_vm->gc_head; h = h->next) {
        MoObject *o = OBJ_OF_HEAD(h);
        if (o == obj) continue;
        if (n == cap) all = realloc(all, (cap *= 2) * sizeof *all);
        all[n++] = o;
    }
    for (int i = 0; i < v.n; i++) {
        bool seen = false;
        for (size_t j = 0; j < n && !seen; j++) seen = all[j] == v.refs[i];
        if (seen) continue;
        if (n == cap) all = realloc(all, (cap *= 2) * sizeof *all);
        all[n++] = v.refs[i];
    }
    intptr_t *before = malloc(n * sizeof *before);
    /* obj's type name, read before obj is freed (a heap type may go with it). */
    static MoObject name_holder;
    MoObject *obj_type_name_holder = &name_holder;
    name_holder.type = obj->type;
    name_holder.refcnt = MO_IMMORTAL_REFCNT;
    for (size_t j = 0; j < n; j++) {
        mo_incref(all[j]);
        before[j] = all[j]->refcnt;
    }
    mo_decref(obj);
    int bad = 0;
    for (size_t j = 0; j < n; j++) {
        intptr_t dropped = before[j] - all[j]->refcnt;
        int visited = visits_of(&v, all[j]);
        if (dropped != visited) {
            bad++;
            fprintf(stderr, "  %s (%s): a %s at %p: owned %ld reference(s), traverse visited %d\n", name,
                    type_name(obj_type_name_holder), type_name(all[j]), (void *)all[j], (long)dropped, visited);
        }
    }
    CHECK(bad == 0, "%s: traverse differs from the references it owns (%d objects)", name, bad);
    CHECK(v.n > 0, "%s: traverse visited nothing (the test object holds references)", name);
    for (size_t j = 0; j < n; j++) mo_decref(all[j]);
    free(before);
    free(all);
}

static void check_class(MoObject *cls)
{
    MoType *t = (MoType *)cls;
    Visits v = {0};
    t->ob.type->traverse(cls, record, &v);
    int want = 0;
    MoObject *fields[] = {t->dict, t->bases, t->mro};
    for (int i = 0; i < 3; i++)
        if (fields[i]) {
            want++;
            CHECK(visits_of(&v, fields[i]) == 1, "class: field %d visited %d times", i, visits_of(&v, fields[i]));
        }
    if (cls->type->flags & MO_TPFLAG_HEAPTYPE) want++;
    int total = 0;
    for (int i = 0; i < v.n; i++) total += v.count[i];
    CHECK(total == want, "class: %d visits, want %d", total, want);
}

int main(void)
{
    Moat *m = moat_new();
    static const uint8_t config[] = {0xa0};
    MoatStatus st = moat_start(m, config, sizeof config, program, sizeof program - 1);
    if (st != MOAT_DONE) {
        size_t n;
        const uint8_t *r = moat_result(m, &n);
        fprintf(stderr, "program did not finish: status %d: %.*s\n", (int)st, (int)n, (const char *)r);
        return 1;
    }
    mo_vm = (MoVM *)m;
    MoObject *globals = mo_vm->globals;

    /* Take the names first: deleting from a dict while walking it is not allowed. */
    char names[128][40];
    int nnames = 0;
    size_t pos = 0;
    MoObject *key, *value;
    while (mo_dict_next(globals, &pos, &key, &value) && nnames < 128) {
        if (!MO_STR_CHECK(key)) continue;
        size_t len = MO_STR_NBYTES(key);
        const char *s = MO_STR_UTF8(key);
        if (len > 2 && len < 40 && s[0] == 'T' && s[1] == '_') {
            memcpy(names[nnames], s, len);
            names[nnames++][len] = 0;
        }
    }
    int kinds = 0;
    for (int i = 0; i < nnames; i++) {
        MoObject *obj = mo_dict_get_str(globals, names[i]);
        if (!obj) continue;
        kinds++;
        printf("%s (%s)\n", names[i] + 2, type_name(obj));
        if (strcmp(names[i], "T_class") == 0) {
            check_class(obj);
            continue;
        }
        CHECK((obj->type->flags & MO_TPFLAG_GC) != 0, "%s (%s) is not a GC type", names[i], type_name(obj));
        mo_incref(obj);
        MoObject *k = mo_str_from_cstr(names[i]);
        mo_dict_del(globals, k);
        mo_decref(k);
        if (obj->refcnt != 1) {
            CHECK(obj->refcnt == 1, "%s (%s): %ld other references, cannot be freed by the test", names[i],
                  type_name(obj), (long)obj->refcnt - 1);
            mo_decref(obj);
            continue;
        }
        check_by_dealloc(names[i], obj);
        mo_err_clear();
    }
    CHECK(kinds >= 50, "only %d kinds of objects checked", kinds);
    mo_vm = NULL;
    moat_free(m);
    printf("test_gc_traverse: %d kinds, %d passed, %d failed\n", kinds, passed, failed);
    return failed ? 1 : 0;
}
