/* libFuzzer target: the parser and compiler on arbitrary bytes (parse, then compile what parses).
 * Any failure must be an exception, never a crash, a hang or unbounded recursion. */
#include <stdint.h>
#include <stdlib.h>

#include "compile/compiler.h"
#include "config.h"
#include "fuzz_common.h"
#include "parse/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MOAT_MAX_SOURCE_BYTES) return 0;
    fuzz_begin(64 << 20);
    MoArena *arena = mo_arena_new();
    if (arena) {
        MoAstMod *mod = mo_parse(arena, (const char *)data, size, "fuzz.py", MO_PARSE_FILE);
        if (mod) {
            MoCode *code = mo_compile(mod, "fuzz.py", (const char *)data, size, true);
            if (code) mo_decref(MO(code));
            else if (!mo_err_occurred()) __builtin_trap();
        } else if (!mo_err_occurred()) {
            __builtin_trap();
        }
        mo_arena_free(arena);
    }
    fuzz_end();
    return 0;
}
