/*
 * alloc.h: the parts of the accounted allocator (alloc.c) that only the run's owner needs.
 *
 * The everyday API (mo_alloc, mo_calloc, mo_realloc, mo_free, mo_mem_check, mo_object_new,
 * mo_object_free) is declared in object.h. Every block allocated while a run is active (mo_vm set)
 * carries a header that links it into that run's list of live blocks and records its size, so the
 * run's owner can release everything at once and the limit check sees every byte. Blocks
 * allocated while mo_vm is NULL (process start-up) are immortal: neither counted nor listed.
 */
#ifndef MOAT_ALLOC_H
#define MOAT_ALLOC_H

#include <stddef.h>
#include <stdint.h>

struct MoVM;

/* Every instance of a heap type holds a reference to it. */
#define MO_ALLOC_HOLDS_HEAP_TYPES 1

/* Bytes the allocator adds in front of every block (counted in mem_used with the block). */
size_t mo_alloc_overhead(void);

/* Frees every block still allocated by vm's run (even after a limit stopped it half-way) and
 * resets its counters and its collector list; the MoVM struct itself is not freed. Call it last,
 * when nothing will touch the run's objects again. */
void mo_alloc_release_all(struct MoVM *vm);

/* Returns the number of live blocks on vm's list (for tests and leak checks). */
size_t mo_alloc_live_blocks(struct MoVM *vm);

/* Whether this build runs under AddressSanitizer (which then does the debug checks below itself). */
#if defined(__SANITIZE_ADDRESS__)
#define MO_HAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MO_HAS_ASAN 1
#endif
#endif
#ifndef MO_HAS_ASAN
#define MO_HAS_ASAN 0
#endif

/* Debug builds (MOAT_DEBUG) natively without ASan keep the last MO_DEBUG_QUARANTINE freed blocks
 * poisoned and out of the raw allocator, so that a second free of one of them, or a decref of an
 * object freed that recently, is reported instead of corrupting memory (tests/c/test_debug_asserts.c). */
#if defined(MOAT_DEBUG) && !defined(__EMSCRIPTEN__) && !MO_HAS_ASAN
#define MO_DEBUG_QUARANTINE 4096
#endif

/* Reports a bug in the interpreter itself (never a Python error): in debug builds writes
 * "moat: internal error: MSG" to stderr (natively) and aborts; in release builds does nothing, and
 * the caller carries on as safely as it can. */
void mo_debug_fail(const char *msg);

/* Frees the block p of an object like mo_free. In debug builds with the quarantine, the freed
 * object at byte offset `obj_offset` of p keeps a refcount of 1 and the poisoned type `freed_type`,
 * so that one decref too many reaches mo_dealloc, which reports it. */
void mo_free_object_block(void *p, size_t obj_offset, void *freed_type);

/* Extra bytes a run may still allocate after a limit fired, so that unwinding and building the
 * result message cannot fail half-way. */
#define MO_ALLOC_RESERVE_BYTES ((size_t)1 << 20)

#endif
