/*
 * exports.c: the wasm module's import and export tables (DESIGN.md section 2), and nothing else.
 *
 * Each run is a fresh WebAssembly instance, so one global interpreter per instance is all the state
 * this file keeps. Buffers the host asks for (moat_alloc) are allocated with no run active, which
 * makes them immortal blocks of the accounted allocator: they do not count against the run's memory
 * budget, and moat_dealloc returns them. Output and the clock go straight to the two imports.
 */
#include <stddef.h>
#include <stdint.h>

#include "../src/core/object.h"
#include "../src/core/state.h"
#include "../src/moat.h"

#define MOAT_IMPORT(name) __attribute__((import_module("moat"), import_name(name)))
#define MOAT_EXPORT(name) __attribute__((export_name(name), used))

MOAT_IMPORT("write") extern void moat_host_write(int32_t stream, const char *ptr, int32_t len);
MOAT_IMPORT("now") extern double moat_host_now(void);

static Moat *instance_moat;

/* The FATAL result when the host calls moat_resume before moat_start: {"message": "..."}. */
static const uint8_t no_run_result[] = {
    0xa1, 0x67, 'm', 'e', 's', 's', 'a', 'g', 'e', 0x78, 30,
    'm', 'o', 'a', 't', '_', 'r', 'e', 's', 'u', 'm', 'e', ' ', 'c', 'a', 'l', 'l', 'e', 'd', ' ',
    'w', 'i', 't', 'h', ' ', 'n', 'o', ' ', 'r', 'u', 'n'};

static void host_writer(void *ctx, int stream, const char *bytes, size_t len)
{
    while (len > 0) {
        int32_t chunk = len > 0x40000000u ? 0x40000000 : (int32_t)len;
        moat_host_write(stream, bytes, chunk);
        bytes += chunk;
        len -= (size_t)chunk;
    }
}

static double host_clock(void *ctx) { return moat_host_now(); }

MOAT_EXPORT("moat_alloc") void *moat_alloc(size_t n)
{
    MoVM *saved = mo_vm;
    mo_vm = NULL;
    void *p = mo_alloc(n ? n : 1);
    mo_vm = saved;
    return p;
}

MOAT_EXPORT("moat_dealloc") void moat_dealloc(void *p)
{
    MoVM *saved = mo_vm;
    mo_vm = NULL;
    mo_free(p);
    mo_vm = saved;
}

MOAT_EXPORT("moat_start") int32_t moat_start_export(const uint8_t *cfg, size_t cfg_len, const char *src, size_t src_len)
{
    if (instance_moat) moat_free(instance_moat);
    instance_moat = moat_new();
    if (!instance_moat) return MOAT_FATAL;
    moat_set_writer(instance_moat, host_writer, NULL);
    moat_set_clock(instance_moat, host_clock, NULL);
    return (int32_t)moat_start(instance_moat, cfg, cfg_len, src, src_len);
}

MOAT_EXPORT("moat_resume") int32_t moat_resume_export(const uint8_t *resp, size_t resp_len)
{
    if (!instance_moat) return MOAT_FATAL;
    return (int32_t)moat_resume(instance_moat, resp, resp_len);
}

MOAT_EXPORT("moat_feed") int32_t moat_feed_export(const char *src, size_t src_len)
{
    if (!instance_moat) return MOAT_FATAL;
    return (int32_t)moat_feed(instance_moat, src, src_len);
}

MOAT_EXPORT("moat_result_ptr") const uint8_t *moat_result_ptr(void)
{
    size_t len = 0;
    if (!instance_moat) return no_run_result;
    return moat_result(instance_moat, &len);
}

MOAT_EXPORT("moat_result_len") size_t moat_result_len(void)
{
    size_t len = 0;
    if (!instance_moat) return sizeof no_run_result;
    moat_result(instance_moat, &len);
    return len;
}

MOAT_EXPORT("moat_abi_version") int32_t moat_abi_version(void) { return MOAT_ABI_VERSION; }
