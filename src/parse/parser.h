/*
 * parser.h: turns Python 3.11 source text into an AST (ast.h).
 *
 * The parser is a hand-written recursive-descent parser over the token stream of lexer.h. It
 * accepts the complete 3.11 grammar and reports errors as SyntaxError (or IndentationError /
 * TabError) with CPython's messages and positions. Its recursion is bounded by
 * MOAT_MAX_PARSE_DEPTH (config.h), so hostile input ends in a SyntaxError, never a C stack overflow.
 */
#ifndef MOAT_PARSER_H
#define MOAT_PARSER_H

#include <stddef.h>

#include "ast.h"

/* Parse modes for mo_parse. */
#define MO_PARSE_FILE 0 /* a module: a sequence of statements (exec mode) */
#define MO_PARSE_EVAL 1 /* a single expression (eval mode), e.g. for eval() */

/* Parses `len` bytes of source (need not be NUL-terminated; must be UTF-8) in the given mode.
 * `filename` is used in error messages (e.g. "main.py"; NULL means "<string>"). Nodes and
 * objects are allocated in `arena`, which the caller frees after compiling. Returns the module
 * (owned by the arena), or NULL with SyntaxError/IndentationError/TabError (or MemoryError) set.
 * The error's args are CPython's shape: (msg, (filename, lineno, offset, text, end_lineno,
 * end_offset)) where offsets are 1-based character columns and text is the source line. */
MoAstMod *mo_parse(MoArena *arena, const char *src, size_t len, const char *filename, int mode);

/* Raises `type` (SyntaxError or a subclass) with message `msg` located at the given source range,
 * for use by the parser, the symbol table and the compiler. Lines are 1-based; columns are 0-based
 * UTF-8 byte offsets as stored in AST nodes (converted here to CPython's 1-based character
 * offsets). end_lineno/end_col may be -1 when unknown (then they equal the start). `src`/`len` is
 * the whole source (used to extract the line's text; may be NULL). Always returns NULL. */
void *mo_syntax_error_at(MoType *type, const char *msg, const char *filename, const char *src, size_t len,
                         int lineno, int col, int end_lineno, int end_col);

#endif
