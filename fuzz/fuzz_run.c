/* libFuzzer target: runs arbitrary source through the public API (moat.h) with tight limits
 * (100k instructions, 16 MiB, 1 s, 64 KiB of output, 10 host calls to the host function `host`,
 * answered alternately with its first argument and with RuntimeError).
 * Every run must end in a status; FATAL would mean the API misbehaved. */
#define _POSIX_C_SOURCE 200809L

#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MOAT_MAX_SOURCE_BYTES) return 0;
    Moat *m = moat_new();
    if (!m) return 0;
    fuzz_whole_run(m, (const char *)data, size);
    moat_free(m);
    return 0;
}
