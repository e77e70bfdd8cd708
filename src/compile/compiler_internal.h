/*
 * compiler_internal.h: declarations shared between the compiler's own source files
 * (compiler.c and the helpers split out of it, such as compile_match.c). Not for other modules.
 */
#ifndef MOAT_COMPILER_INTERNAL_H
#define MOAT_COMPILER_INTERNAL_H

#include <stddef.h>

#include "../parse/ast.h"

/* Checks the pattern of case number `index` of the match statement `s` for the SyntaxErrors
 * CPython 3.11's compiler raises while compiling that pattern (irrefutable patterns before the
 * last case or in a non-last `|` alternative, alternatives binding different names, a name bound
 * twice, repeated keyword attributes, duplicate literal mapping keys, several starred names,
 * `__debug__` as a target), at CPython's source position. Call it just before compiling that
 * case, so that errors come in CPython's order. filename/src/srclen are as for mo_compile.
 * Returns 0, or -1 with SyntaxError (or MemoryError) set. Reads the tree only. */
int mo_match_check_case(const MoAstStmt *s, size_t index, const char *filename, const char *src, size_t srclen);

#endif
