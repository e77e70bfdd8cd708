/*
 * gc.c: the cycle collector (trial deletion, DESIGN.md section 3) and object deallocation.
 *
 * Reference counting frees everything except cycles. Every container (MO_TPFLAG_GC) has a MoGCHead
 * in front of it and, once its fields are valid, sits on the run's circular list mo_vm->gc_head.
 * A collection never needs to know the roots:
 *
 *   1. gc_refs = refcnt for every tracked object;
 *   2. every tracked object's traverse subtracts 1 from gc_refs of each tracked object it points
 *      to, so what is left is the number of references from outside the tracked set (C locals,
 *      the VM's stack, untracked objects, immortal objects);
 *   3. objects with gc_refs > 0 are reachable, and so is everything reachable from them: a scan
 *      of the list moves objects still at 0 to a local "unreachable" list, and moves one back when
 *      a reachable object turns out to point at it (CPython's move_unreachable, no extra memory);
 *   4. the unreachable ones are garbage: incref all (so nothing is freed while something still
 *      points at it), clear each (drop its references), put each back on the main list and decref
 *      it; refcounting then frees them in the normal way.
 *
 * gc_refs encodes the state: MO_GC_UNTRACKED off the list, a count >= 0 during steps 1-3, and
 * GC_TENTATIVE while on the unreachable list. Collections start automatically from mo_gc_track
 * once gc_pending (tracked allocations net of untracks) passes MOAT_GC_THRESHOLD plus a quarter
 * of the objects that survived the previous collection (so a program with a million live
 * containers does not rescan them every 700 allocations), or on every track with MOAT_GC_STRESS, and never re-entrantly (a clear can free objects, which untracks them,
 * but never triggers another collection).
 */
#include "alloc.h"
#include "../config.h"
#include "object.h"
#include "state.h"

#define GC_TENTATIVE ((intptr_t)-3)

#define HEAD_OF(o) ((MoGCHead *)(o) - 1)
#define OBJ_OF(h) ((MoObject *)((MoGCHead *)(h) + 1))

/* The poisoned type pointer a freed object carries in debug builds. */
#define MO_FREED_TYPE ((MoType *)(uintptr_t)0xddddddddddddddddull)

static void gc_bug(const char *msg) { mo_debug_fail(msg); }

/* An immortal object may have a GC type without having a GC header (a static type is an instance
 * of type, whose heap instances are containers): its refcount says so before the header is read. */
static bool is_tracked_gc(MoObject *o)
{
    return o && o->type && (o->type->flags & MO_TPFLAG_GC) && o->refcnt < MO_IMMORTAL_REFCNT / 2 &&
           HEAD_OF(o)->gc_refs != MO_GC_UNTRACKED;
}

static void list_init(MoGCHead *l) { l->next = l->prev = l; }

static void list_ensure(MoVM *vm)
{
    if (!vm->gc_head.next) {
        list_init(&vm->gc_head);
        vm->gc_head.gc_refs = 0;
    }
}

static void list_append(MoGCHead *l, MoGCHead *h)
{
    h->prev = l->prev;
    h->next = l;
    l->prev->next = h;
    l->prev = h;
}

static void list_remove(MoGCHead *h)
{
    h->prev->next = h->next;
    h->next->prev = h->prev;
    h->next = h->prev = NULL;
}

MoObject *mo_gc_new(MoType *type, size_t size)
{
    if (size < sizeof(MoObject)) size = sizeof(MoObject);
    if (size > SIZE_MAX - sizeof(MoGCHead)) return mo_err_nomemory();
    MoGCHead *h = (MoGCHead *)mo_calloc(sizeof(MoGCHead) + size);
    if (!h) return NULL;
    h->gc_refs = MO_GC_UNTRACKED;
    MoObject *o = OBJ_OF(h);
    o->refcnt = 1;
    o->type = type;
    if (type->flags & MO_TPFLAG_HEAPTYPE) mo_incref(MO(type));
    return o;
}

MoObject *mo_gc_resize(MoObject *o, size_t size)
{
    MoGCHead *h = HEAD_OF(o);
    if (h->gc_refs != MO_GC_UNTRACKED) {
        gc_bug("mo_gc_resize: the object is tracked");
        mo_err_set(&mo_SystemError, "mo_gc_resize of a tracked object");
        return NULL;
    }
    if (size < sizeof(MoObject)) size = sizeof(MoObject);
    if (size > SIZE_MAX - sizeof(MoGCHead)) return mo_err_nomemory();
    MoGCHead *nh = (MoGCHead *)mo_realloc(h, sizeof(MoGCHead) + size);
    if (!nh) return NULL;
    return OBJ_OF(nh);
}

void mo_gc_track(MoObject *o)
{
    MoVM *vm = mo_vm;
    MoGCHead *h = HEAD_OF(o);
    if (!vm || h->gc_refs != MO_GC_UNTRACKED) return; /* immortal objects are never tracked */
    list_ensure(vm);
#ifdef MOAT_GC_STRESS
    if (!vm->gc_collecting && !vm->gc_disabled && ++vm->gc_stress_count >= vm->gc_stress_every) {
        vm->gc_stress_count = 0;
        mo_gc_collect();
    }
#else
    /* The sentinel's gc_refs holds the survivors of the last collection: waiting for a quarter of
     * them as new objects keeps full collections linear overall when many objects stay alive. */
    size_t survivors = vm->gc_head.gc_refs > 0 ? (size_t)vm->gc_head.gc_refs : 0;
    if (vm->gc_pending >= MOAT_GC_THRESHOLD + survivors / 4 && !vm->gc_collecting && !vm->gc_disabled)
        mo_gc_collect();
#endif
    h->gc_refs = 0;
    list_append(&vm->gc_head, h);
    vm->gc_pending++;
}

void mo_gc_untrack(MoObject *o)
{
    MoGCHead *h = HEAD_OF(o);
    if (h->gc_refs == MO_GC_UNTRACKED) return;
    list_remove(h);
    h->gc_refs = MO_GC_UNTRACKED;
    if (mo_vm && mo_vm->gc_pending > 0) mo_vm->gc_pending--;
}

void mo_object_free(MoObject *o)
{
    if (!o) return;
    MoType *heap = o->type && (o->type->flags & MO_TPFLAG_HEAPTYPE) ? o->type : NULL;
    bool gc = o->type && (o->type->flags & MO_TPFLAG_GC);
    if (gc) {
        MoGCHead *h = HEAD_OF(o);
        if (h->gc_refs != MO_GC_UNTRACKED) {
            /* dealloc must untrack first; do it anyway so the list stays sound */
            gc_bug("mo_object_free: the object is still tracked by the collector");
            mo_gc_untrack(o);
        }
#ifdef MOAT_DEBUG
        o->type = MO_FREED_TYPE;
#endif
        mo_free_object_block(h, sizeof(MoGCHead), MO_FREED_TYPE);
    } else {
#ifdef MOAT_DEBUG
        o->type = MO_FREED_TYPE;
#endif
        mo_free_object_block(o, 0, MO_FREED_TYPE);
    }
    if (heap) mo_decref(MO(heap));
}

static void dealloc_now(MoObject *o)
{
    if (o->type && o->type->dealloc) {
        o->type->dealloc(o);
    } else if (o->type) {
        if (o->type->flags & MO_TPFLAG_GC) mo_gc_untrack(o);
        mo_object_free(o);
    }
}

/* Freeing a deeply nested structure (x = [x] a million times) recurses once per level through
 * dealloc -> decref -> dealloc. Past MO_DEALLOC_MAX_DEPTH the object is parked on a list instead
 * (linked through its refcount field, which is dead at zero) and freed when the outermost dealloc
 * unwinds, so the C stack stays bounded (CPython's "trashcan"). */
#define MO_DEALLOC_MAX_DEPTH 500

static int dealloc_depth;
static MoObject *dealloc_deferred;

void mo_dealloc(MoObject *o)
{
#ifdef MOAT_DEBUG
    if (o->type == MO_FREED_TYPE || o->type == NULL)
        mo_debug_fail("mo_dealloc: object freed twice (a reference was dropped once too often)");
    if (o->refcnt != 0) mo_debug_fail("mo_dealloc: refcount is not zero (it went below zero, or dealloc was called directly)");
#endif
    if (dealloc_depth >= MO_DEALLOC_MAX_DEPTH) {
        o->refcnt = (intptr_t)dealloc_deferred;
        dealloc_deferred = o;
        return;
    }
    dealloc_depth++;
    dealloc_now(o);
    if (dealloc_depth == 1) {
        while (dealloc_deferred) {
            MoObject *d = dealloc_deferred;
            dealloc_deferred = (MoObject *)d->refcnt;
            d->refcnt = 0;
            dealloc_now(d);
        }
    }
    dealloc_depth--;
}

/* ---- collection ------------------------------------------------------------------------------- */

static int visit_decref(MoObject *ref, void *arg)
{
    ++*(size_t *)arg; /* the collection's cost, which sets the distance to the next one */
    if (is_tracked_gc(ref)) {
        MoGCHead *h = HEAD_OF(ref);
        if (h->gc_refs > 0) h->gc_refs--;
    }
    return 0;
}

/* ref is reachable: make sure the scan of `young` will (re)visit it. */
static int visit_reachable(MoObject *ref, void *arg)
{
    MoGCHead *young = (MoGCHead *)arg;
    if (!is_tracked_gc(ref)) return 0;
    MoGCHead *h = HEAD_OF(ref);
    if (h->gc_refs == GC_TENTATIVE) {
        /* Already moved to the unreachable list: bring it back behind the scan position. */
        list_remove(h);
        list_append(young, h);
        h->gc_refs = 1;
    } else if (h->gc_refs == 0) {
        /* Still ahead of the scan: it will be treated as reachable when reached. */
        h->gc_refs = 1;
    }
    return 0;
}

/* A tuple whose items can never be part of a cycle (no GC type, or immortal) cannot be part of one
 * either, since a tuple never changes once filled: it leaves the list for good, as with CPython's
 * _PyTuple_MaybeUntrack, so rows of numbers and strings cost nothing in later collections. A tuple
 * still being filled has a NULL item and stays. Untracking can only make the collector keep more
 * alive (what an untracked object points at counts as referenced from outside), never free more. */
static bool tuple_untrackable(MoObject *o)
{
    if (o->type != &mo_tuple_type) return false;
    for (size_t i = 0; i < MO_TUPLE_LEN(o); i++) {
        MoObject *x = MO_TUPLE_ITEM(o, i);
        if (!x) return false;
        if ((x->type->flags & MO_TPFLAG_GC) && x->refcnt < MO_IMMORTAL_REFCNT / 2) return false;
    }
    return true;
}

size_t mo_gc_collect(void)
{
    MoVM *vm = mo_vm;
    if (!vm || vm->gc_collecting) return 0;
    list_ensure(vm);
    vm->gc_collecting = true;
    MoGCHead *young = &vm->gc_head;

    for (MoGCHead *h = young->next, *next; h != young; h = next) {
        MoObject *o = OBJ_OF(h);
        next = h->next;
        if (tuple_untrackable(o)) {
            mo_gc_untrack(o);
            continue;
        }
        /* Immortal objects never reach the list; saturate absurd counts to stay positive. */
        h->gc_refs = o->refcnt > 0 ? (intptr_t)o->refcnt : 1;
    }
    size_t visits = 0;
    for (MoGCHead *h = young->next; h != young; h = h->next) {
        MoObject *o = OBJ_OF(h);
        if (o->type->traverse) o->type->traverse(o, visit_decref, &visits);
    }

    MoGCHead unreachable;
    list_init(&unreachable);
    MoGCHead *h = young->next;
    while (h != young) {
        MoGCHead *next;
        if (h->gc_refs > 0) {
            MoObject *o = OBJ_OF(h);
            if (o->type->traverse) o->type->traverse(o, visit_reachable, young);
            next = h->next; /* read after the traversal: it may have appended to young */
        } else {
            next = h->next;
            list_remove(h);
            list_append(&unreachable, h);
            h->gc_refs = GC_TENTATIVE;
        }
        h = next;
    }

    size_t count = 0;
    for (h = unreachable.next; h != &unreachable; h = h->next) {
        mo_incref(OBJ_OF(h));
        count++;
    }
    for (h = unreachable.next; h != &unreachable; h = h->next) {
        MoObject *o = OBJ_OF(h);
        if (o->type->clear) o->type->clear(o);
    }
    /* Back onto the main list before the final decref, so a survivor (a clear that kept a
     * reference) stays tracked and a dying object untracks from a list that outlives this frame. */
    while (unreachable.next != &unreachable) {
        h = unreachable.next;
        list_remove(h);
        h->gc_refs = 0;
        list_append(young, h);
        mo_decref(OBJ_OF(h));
    }
    intptr_t survivors = 0;
    for (h = young->next; h != young; h = h->next) {
        h->gc_refs = 0;
        survivors++;
    }
    /* The next collection waits for a quarter of this one's work (objects plus references it
     * followed) in new allocations: a big list of untracked rows still costs a full traverse. */
    young->gc_refs = survivors + (intptr_t)(visits < (size_t)INTPTR_MAX / 2 ? visits : (size_t)INTPTR_MAX / 2);

    vm->gc_pending = 0;
    vm->gc_collecting = false;
    return count;
}
