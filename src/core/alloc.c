/*
 * alloc.c: the one accounted allocator (DESIGN.md section 3).
 *
 * Two layers. The accounting layer (mo_alloc and friends) puts a MoBlock header in front of every
 * block: the requested size, the run that owns it, a magic word, and links into that run's list of
 * live blocks. The list is what lets moat_free release everything a run allocated even when a limit
 * stopped it in the middle of building a structure, and the size is what the memory limit counts
 * (header included, since that is what the block really costs). Blocks allocated while no run is
 * active (mo_vm == NULL: builtin types, interned names at process start-up) are immortal: owner
 * NULL, not listed, not counted.
 *
 * The limit is checked before memory is obtained. Going over it is a host-protecting limit: the run
 * is marked (MO_LIMIT_MEMORY) and an exception is raised through mo_limit_fire so that C code
 * unwinds. Raising that exception, unwinding and encoding the result need a little memory, so once
 * any limit has fired the run may go MO_ALLOC_RESERVE_BYTES past its budget; past that, plain NULL
 * with MemoryError. Re-entrancy guards keep the error paths (which allocate) from recursing here.
 *
 * The raw layer underneath is malloc natively (so AddressSanitizer sees every block). In wasm the
 * build has no libc malloc (-sMALLOC=none keeps Emscripten's sbrk and its import out), so the raw
 * layer is a small allocator over memory.grow: blocks carry an 8-byte header with their total size;
 * small sizes (up to RAW_SMALL_MAX) have one free list per 16-byte class, large blocks live on an
 * address-ordered free list that merges neighbours on free and gives the top of the heap back to
 * the bump pointer, so a long run that allocates and frees reuses memory instead of growing it.
 * Defining MOAT_ALLOC_ARENA_TEST builds that same raw layer natively over a static array, for tests.
 */
#include "alloc.h"

#ifdef MOAT_ALLOC_ARENA_TEST
/* tests/c/test_alloc_arena.c includes this file next to the real library: keep these names apart. */
#define mo_debug_fail arena_mo_debug_fail
#define mo_free_object_block arena_mo_free_object_block
#endif

#include <string.h>
#ifdef MOAT_DEBUG
#include <stdlib.h> /* abort */
#ifndef __EMSCRIPTEN__
#include <unistd.h> /* write(2) for mo_debug_fail's message */
#endif
#endif

#include "object.h"
#include "state.h"

#if defined(__EMSCRIPTEN__) || defined(MOAT_ALLOC_ARENA_TEST)
#define MO_ARENA 1
#else
#include <stdlib.h>
#endif

/* ---- raw layer ------------------------------------------------------------------------------- */

#ifdef MO_ARENA

#define RAW_ALIGN 16u
#define RAW_HDR sizeof(RawHdr)
#define RAW_SMALL_MAX 1024u
#define RAW_NCLASSES (RAW_SMALL_MAX / RAW_ALIGN + 1)
#define RAW_USED 0x55534544u /* "USED" */
#define RAW_FREE 0x46524545u /* "FREE" */
#define RAW_PAGE 65536u
#define RAW_MIN_GROW_PAGES 16u
#define RAW_SLAB_BYTES (64u * 1024u)

typedef struct RawHdr {
    size_t size; /* total bytes of the block, header included: a multiple of RAW_ALIGN */
    size_t tag;  /* RAW_USED or RAW_FREE */
} RawHdr;

/* A free block's payload starts with the link to the next free block. */
typedef struct RawFree {
    RawHdr h;
    struct RawFree *next;
} RawFree;

static uintptr_t raw_top;   /* start of never-used memory */
static uintptr_t raw_end;   /* end of linear memory obtained so far */
static RawFree *raw_small[RAW_NCLASSES];
static RawFree *raw_large; /* address-ordered */

#ifdef __EMSCRIPTEN__
extern unsigned char __heap_base;

static uintptr_t raw_mem_size(void) { return (uintptr_t)__builtin_wasm_memory_size(0) * RAW_PAGE; }

static bool raw_mem_grow(size_t pages) { return __builtin_wasm_memory_grow(0, pages) != (size_t)-1; }

static uintptr_t raw_heap_base(void) { return (uintptr_t)&__heap_base; }
#else
/* The native test stand-in for linear memory. */
#ifndef MOAT_ALLOC_ARENA_TEST_PAGES
#define MOAT_ALLOC_ARENA_TEST_PAGES 1024 /* 64 MiB */
#endif
static _Alignas(16) unsigned char raw_fake_mem[(size_t)MOAT_ALLOC_ARENA_TEST_PAGES * RAW_PAGE];
static size_t raw_fake_pages = 1;

static uintptr_t raw_mem_size(void) { return (uintptr_t)raw_fake_mem + raw_fake_pages * RAW_PAGE; }

static bool raw_mem_grow(size_t pages)
{
    if (pages > MOAT_ALLOC_ARENA_TEST_PAGES - raw_fake_pages) return false;
    raw_fake_pages += pages;
    return true;
}

static uintptr_t raw_heap_base(void) { return (uintptr_t)raw_fake_mem + 64; }
#endif

static void raw_init(void)
{
    if (raw_end) return;
    /* Blocks start RAW_HDR before a RAW_ALIGN boundary so that payloads are RAW_ALIGN-aligned. */
    uintptr_t b = raw_heap_base() + RAW_HDR;
    b = (b + RAW_ALIGN - 1) & ~(uintptr_t)(RAW_ALIGN - 1);
    raw_top = b - RAW_HDR;
    raw_end = raw_mem_size();
}

/* Makes room for `need` more bytes at the top; false if memory cannot grow. */
static bool raw_reserve_top(size_t need)
{
    if (raw_end >= raw_top && raw_end - raw_top >= need) return true;
    size_t missing = need - (raw_end - raw_top);
    size_t pages = missing / RAW_PAGE + (missing % RAW_PAGE != 0);
    size_t want = pages < RAW_MIN_GROW_PAGES ? RAW_MIN_GROW_PAGES : pages;
    if (!raw_mem_grow(want)) {
        if (want == pages || !raw_mem_grow(pages)) return false;
    }
    raw_end = raw_mem_size();
    return raw_end - raw_top >= need;
}

static size_t raw_total(size_t n)
{
    if (n > SIZE_MAX / 2) return 0;
    size_t t = n + RAW_HDR;
    if (t < sizeof(RawFree)) t = sizeof(RawFree);
    return (t + RAW_ALIGN - 1) & ~(size_t)(RAW_ALIGN - 1);
}

static RawHdr *raw_from_top(size_t total)
{
    if (!raw_reserve_top(total)) return NULL;
    RawHdr *h = (RawHdr *)raw_top;
    raw_top += total;
    h->size = total;
    return h;
}

/* Puts a free large block back, keeping address order and merging with its neighbours; a block
 * that ends at the top returns to the bump region. */
static void raw_large_insert(RawFree *f)
{
    f->h.tag = RAW_FREE;
    RawFree *prev = NULL, *cur = raw_large;
    while (cur && (uintptr_t)cur < (uintptr_t)f) {
        prev = cur;
        cur = cur->next;
    }
    f->next = cur;
    if (cur && (uintptr_t)f + f->h.size == (uintptr_t)cur) {
        f->h.size += cur->h.size;
        f->next = cur->next;
    }
    if (prev && (uintptr_t)prev + prev->h.size == (uintptr_t)f) {
        prev->h.size += f->h.size;
        prev->next = f->next;
        f = prev;
    } else if (prev) {
        prev->next = f;
    } else {
        raw_large = f;
    }
    if ((uintptr_t)f + f->h.size == raw_top) {
        /* f is the last free block in address order: unlink it and lower the top. */
        if (raw_large == f) {
            raw_large = f->next;
        } else {
            RawFree *p = raw_large;
            while (p->next != f) p = p->next;
            p->next = f->next;
        }
        raw_top = (uintptr_t)f;
    }
}

static void raw_free_block(RawHdr *h)
{
    if (h->size <= RAW_SMALL_MAX) {
        RawFree *f = (RawFree *)h;
        f->h.tag = RAW_FREE;
        size_t c = h->size / RAW_ALIGN;
        f->next = raw_small[c];
        raw_small[c] = f;
    } else {
        raw_large_insert((RawFree *)h);
    }
}

/* First fit on the address-ordered list, splitting off a remainder that is itself a valid large
 * block; otherwise from the top. */
static RawHdr *raw_large_alloc(size_t total)
{
    RawFree *prev = NULL, *cur = raw_large;
    while (cur && cur->h.size < total) {
        prev = cur;
        cur = cur->next;
    }
    if (!cur) return raw_from_top(total);
    RawFree *next = cur->next;
    size_t rest = cur->h.size - total;
    if (rest > RAW_SMALL_MAX) {
        /* The remainder takes the block's place in the address-ordered list. */
        RawFree *r = (RawFree *)((uintptr_t)cur + total);
        r->h.size = rest;
        r->h.tag = RAW_FREE;
        r->next = next;
        next = r;
        cur->h.size = total;
    }
    if (prev) prev->next = next;
    else raw_large = next;
    return &cur->h;
}

/* Small blocks are carved from slabs (large blocks that are never given back) so that they never
 * sit between large blocks and stop those from merging. */
static uintptr_t raw_slab_cur, raw_slab_end;

static RawHdr *raw_small_alloc(size_t total)
{
    size_t c = total / RAW_ALIGN;
    if (raw_small[c]) {
        RawFree *f = raw_small[c];
        raw_small[c] = f->next;
        return &f->h;
    }
    if (raw_slab_end - raw_slab_cur < total) {
        size_t left = raw_slab_end - raw_slab_cur;
        if (left >= sizeof(RawFree)) {
            RawHdr *r = (RawHdr *)raw_slab_cur;
            r->size = left;
            raw_free_block(r);
        }
        RawHdr *slab = raw_large_alloc(RAW_SLAB_BYTES);
        if (!slab) return NULL;
        slab->tag = RAW_USED;
        raw_slab_cur = (uintptr_t)slab + RAW_ALIGN; /* keeps the block-start alignment */
        raw_slab_end = (uintptr_t)slab + slab->size;
    }
    RawHdr *h = (RawHdr *)raw_slab_cur;
    raw_slab_cur += total;
    h->size = total;
    return h;
}

static void *raw_malloc(size_t n)
{
    raw_init();
    size_t total = raw_total(n);
    if (!total) return NULL;
    RawHdr *h = total <= RAW_SMALL_MAX ? raw_small_alloc(total) : raw_large_alloc(total);
    if (!h) return NULL;
    h->tag = RAW_USED;
    return (void *)((uintptr_t)h + RAW_HDR);
}

static void raw_free(void *p)
{
    if (!p) return;
    RawHdr *h = (RawHdr *)((uintptr_t)p - RAW_HDR);
    if (h->tag != RAW_USED) return; /* not ours or already free: never corrupt the lists */
    raw_free_block(h);
}

static void *raw_realloc(void *p, size_t n)
{
    if (!p) return raw_malloc(n);
    RawHdr *h = (RawHdr *)((uintptr_t)p - RAW_HDR);
    size_t total = raw_total(n);
    if (!total) return NULL;
    if (total <= h->size) return p;
    if (h->size > RAW_SMALL_MAX && (uintptr_t)h + h->size == raw_top) {
        /* The last block grows in place: the common case of a list or string growing repeatedly. */
        size_t extra = total - h->size;
        if (raw_reserve_top(extra)) {
            raw_top += extra;
            h->size = total;
            return p;
        }
        return NULL;
    }
    void *q = raw_malloc(n);
    if (!q) return NULL;
    memcpy(q, p, h->size - RAW_HDR);
    raw_free(p);
    return q;
}

#else /* native: the C library */

static void *raw_malloc(size_t n) { return malloc(n ? n : 1); }
static void raw_free(void *p) { free(p); }
static void *raw_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }

#endif

/* ---- accounting layer ------------------------------------------------------------------------ */

#define MO_MAGIC_LIVE 0x4d4f4154u  /* "MOAT" */
#define MO_MAGIC_FREED 0x44454144u /* "DEAD" */
#define MO_POISON_BYTE 0xdd

typedef struct MoBlock {
    struct MoBlock *next, *prev; /* the owner's list of live blocks */
    MoVM *owner;                 /* NULL: immortal */
    size_t size;                 /* bytes requested by the caller */
    uint32_t magic;
    uint32_t reserved;
} MoBlock;

/* The header rounded so that payloads keep the raw layer's alignment. */
#define MO_HDR ((sizeof(MoBlock) + 15u) & ~(size_t)15u)

#define BLOCK_OF(p) ((MoBlock *)((char *)(p) - MO_HDR))
#define PAYLOAD_OF(b) ((void *)((char *)(b) + MO_HDR))

static bool in_limit_fire;
static bool in_nomemory;

size_t mo_alloc_overhead(void) { return MO_HDR; }

void mo_debug_fail(const char *msg)
{
#ifdef MOAT_DEBUG
#ifndef __EMSCRIPTEN__
    static const char pre[] = "moat: internal error: ";
    if (write(2, pre, sizeof pre - 1) >= 0 && write(2, msg, strlen(msg)) >= 0) (void)!write(2, "\n", 1);
#else
    (void)msg; /* no stderr in the module: the trap is the report */
#endif
    abort();
#else
    (void)msg;
#endif
}

#ifdef MO_DEBUG_QUARANTINE
/* A ring of freed blocks (poisoned, magic FREED) that the raw allocator gets back only when they
 * leave the ring. */
static MoBlock *quarantine[MO_DEBUG_QUARANTINE];
static size_t quarantine_next;

static void release_block(MoBlock *b)
{
    MoBlock *old = quarantine[quarantine_next];
    quarantine[quarantine_next] = b;
    quarantine_next = (quarantine_next + 1) % MO_DEBUG_QUARANTINE;
    if (old) raw_free(old);
}
#else
static void release_block(MoBlock *b) { raw_free(b); }
#endif

static void fail_nomemory(void)
{
    if (in_nomemory || in_limit_fire) return;
    in_nomemory = true;
    mo_err_nomemory();
    in_nomemory = false;
}

/* Writes v in decimal into buf (at least 21 bytes); returns the length. */
static size_t fmt_u64(char *buf, uint64_t v)
{
    char tmp[21];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    buf[n] = 0;
    return n;
}

static void fire_memory_limit(MoVM *vm)
{
    if (in_limit_fire) return;
    in_limit_fire = true;
    char msg[80];
    static const char pre[] = "memory limit of ";
    static const char post[] = " bytes exceeded";
    memcpy(msg, pre, sizeof pre - 1);
    size_t n = sizeof pre - 1;
    n += fmt_u64(msg + n, (uint64_t)vm->limits.memory_bytes);
    memcpy(msg + n, post, sizeof post);
    vm->limit_hit = MO_LIMIT_MEMORY;
    mo_limit_fire(MO_LIMIT_MEMORY, msg);
    in_limit_fire = false;
}

/* Decides whether vm may take `extra` more bytes; fires the limit or sets MemoryError if not. */
static bool may_grow(MoVM *vm, size_t extra)
{
    if (vm->limits.memory_bytes <= 0 || in_limit_fire || in_nomemory) return true;
    size_t limit = (size_t)vm->limits.memory_bytes;
    if (vm->limit_hit != MO_LIMIT_NONE) {
        /* Unwinding after a limit: allow the reserve, nothing more. */
        size_t cap = limit + MO_ALLOC_RESERVE_BYTES;
        if (vm->mem_used <= cap && extra <= cap - vm->mem_used) return true;
        fail_nomemory();
        return false;
    }
    if (vm->mem_used <= limit && extra <= limit - vm->mem_used) return true;
    fire_memory_limit(vm);
    return false;
}

/* The raw layer failed below the budget: the process (or wasm's 1 GiB ceiling) is out of memory,
 * which protects the host just like the budget does. */
static void raw_failed(MoVM *vm)
{
    if (vm && vm->limit_hit == MO_LIMIT_NONE) fire_memory_limit(vm);
    else fail_nomemory();
}

static void link_block(MoVM *vm, MoBlock *b)
{
    b->prev = NULL;
    b->next = (MoBlock *)vm->alloc_list;
    if (b->next) b->next->prev = b;
    vm->alloc_list = b;
}

static void unlink_block(MoBlock *b)
{
    MoVM *vm = b->owner;
    if (b->prev) b->prev->next = b->next;
    else vm->alloc_list = b->next;
    if (b->next) b->next->prev = b->prev;
    b->next = b->prev = NULL;
}

void *mo_alloc(size_t n)
{
    MoVM *vm = mo_vm;
    if (n > SIZE_MAX - MO_HDR - 64) {
        if (vm) raw_failed(vm);
        return NULL;
    }
    size_t total = n + MO_HDR;
    if (vm && !may_grow(vm, total)) return NULL;
    MoBlock *b = (MoBlock *)raw_malloc(total);
    if (!b) {
        if (vm) raw_failed(vm);
        return NULL;
    }
    b->owner = vm;
    b->size = n;
    b->magic = MO_MAGIC_LIVE;
    b->reserved = 0;
    if (vm) {
        link_block(vm, b);
        vm->mem_used += total;
        if (vm->mem_used > vm->mem_peak) vm->mem_peak = vm->mem_used;
    } else {
        b->next = b->prev = NULL;
    }
    return PAYLOAD_OF(b);
}

void *mo_calloc(size_t n)
{
    void *p = mo_alloc(n);
    if (p) memset(p, 0, n);
    return p;
}

/* Unlinks, poisons (debug builds) and releases a live block; keep_at/keep (debug builds with the
 * quarantine) leave two words of the poisoned payload set, see mo_free_object_block. */
static void free_block(void *p, size_t keep_at, const uintptr_t *keep)
{
    MoBlock *b = BLOCK_OF(p);
    if (b->magic != MO_MAGIC_LIVE) {
        mo_debug_fail(b->magic == MO_MAGIC_FREED ? "mo_free: block freed twice" : "mo_free: not a block of ours");
        return;
    }
    MoVM *vm = b->owner;
    if (vm) {
        unlink_block(b);
        vm->mem_used -= b->size + MO_HDR;
    }
    b->magic = MO_MAGIC_FREED;
#ifdef MOAT_DEBUG
    memset(p, MO_POISON_BYTE, b->size);
#endif
#ifdef MO_DEBUG_QUARANTINE
    if (keep && keep_at + 2 * sizeof(uintptr_t) <= b->size) memcpy((char *)p + keep_at, keep, 2 * sizeof(uintptr_t));
#else
    (void)keep_at, (void)keep;
#endif
    release_block(b);
}

void mo_free(void *p)
{
    if (p) free_block(p, 0, NULL);
}

void mo_free_object_block(void *p, size_t obj_offset, void *freed_type)
{
    /* The object's first two words: its refcount, then its type (MO_HEAD). */
    uintptr_t keep[2] = {1, (uintptr_t)freed_type};
    if (p) free_block(p, obj_offset, keep);
}

void *mo_realloc(void *p, size_t n)
{
    if (!p) return mo_alloc(n);
    MoBlock *b = BLOCK_OF(p);
    if (b->magic != MO_MAGIC_LIVE) {
        mo_debug_fail("mo_realloc: block already freed or not ours");
        fail_nomemory();
        return NULL;
    }
    MoVM *vm = b->owner;
    if (n > SIZE_MAX - MO_HDR - 64) {
        if (vm) raw_failed(vm);
        else fail_nomemory();
        return NULL;
    }
    size_t old = b->size;
    if (vm && n > old && !may_grow(vm, n - old)) return NULL;
    MoBlock *nb = (MoBlock *)raw_realloc(b, n + MO_HDR);
    if (!nb) {
        if (vm) raw_failed(vm);
        else fail_nomemory();
        return NULL;
    }
    if (vm) {
        /* The neighbours still point at the old address. */
        if (nb->prev) nb->prev->next = nb;
        else vm->alloc_list = nb;
        if (nb->next) nb->next->prev = nb;
        vm->mem_used = vm->mem_used - old + n;
        if (vm->mem_used > vm->mem_peak) vm->mem_peak = vm->mem_used;
    }
    nb->size = n;
    return PAYLOAD_OF(nb);
}

bool mo_mem_check(size_t n)
{
    MoVM *vm = mo_vm;
    if (!vm) return true;
    if (n > SIZE_MAX - MO_HDR - 64) {
        raw_failed(vm);
        return false;
    }
    return may_grow(vm, n + MO_HDR);
}

void mo_alloc_release_all(MoVM *vm)
{
    if (!vm) return;
    MoBlock *b = (MoBlock *)vm->alloc_list;
    while (b) {
        MoBlock *next = b->next;
        b->magic = MO_MAGIC_FREED;
        raw_free(b);
        b = next;
    }
    vm->alloc_list = NULL;
    vm->mem_used = 0;
    vm->gc_head.next = vm->gc_head.prev = &vm->gc_head;
    vm->gc_head.gc_refs = 0;
    vm->gc_pending = 0;
}

size_t mo_alloc_live_blocks(MoVM *vm)
{
    size_t n = 0;
    for (MoBlock *b = vm ? (MoBlock *)vm->alloc_list : NULL; b; b = b->next) n++;
    return n;
}

/* ---- plain (non-GC) objects -------------------------------------------------------------------- */

MoObject *mo_object_new_size(MoType *type, size_t size)
{
    if (size < sizeof(MoObject)) size = sizeof(MoObject);
    MoObject *o = (MoObject *)mo_calloc(size);
    if (!o) return NULL;
    o->refcnt = 1;
    o->type = type;
    if (type->flags & MO_TPFLAG_HEAPTYPE) mo_incref(MO(type));
    return o;
}

MoObject *mo_object_new(MoType *type) { return mo_object_new_size(type, type->size); }
