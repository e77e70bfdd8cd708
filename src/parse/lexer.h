/*
 * lexer.h: the tokenizer for Python 3.11 source (used by parser.c).
 *
 * The lexer turns UTF-8 source into tokens on demand: NAME (with keyword ids), NUMBER, STRING
 * (the raw literal including prefix and quotes; the parser decodes it), OP (with an operator id),
 * NEWLINE, INDENT, DEDENT and ENDMARKER. It implements CPython's rules for indentation (tabs to
 * multiples of 8, plus the tabs-as-one consistency check that raises TabError), implicit line
 * joining inside brackets, backslash continuation, comments and number validation. An error is
 * reported as an ERROR token; the error's type, message and position are in MoLexer.err.
 */
#ifndef MOAT_LEXER_H
#define MOAT_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "../config.h"
#include "../core/object.h"

/* Token types. */
typedef enum MoTokType {
    MO_TOK_ENDMARKER, MO_TOK_NAME, MO_TOK_NUMBER, MO_TOK_STRING, MO_TOK_NEWLINE, MO_TOK_INDENT,
    MO_TOK_DEDENT, MO_TOK_OP, MO_TOK_ERROR
} MoTokType;

/* Operator and delimiter ids (MoToken.sub for MO_TOK_OP). MO_OP_UNKNOWN is a stray character
 * such as `$` or `?` that no grammar rule accepts. */
typedef enum MoOp {
    MO_OP_UNKNOWN, MO_OP_LPAR, MO_OP_RPAR, MO_OP_LSQB, MO_OP_RSQB, MO_OP_LBRACE, MO_OP_RBRACE,
    MO_OP_COLON, MO_OP_COMMA, MO_OP_SEMI, MO_OP_PLUS, MO_OP_MINUS, MO_OP_STAR, MO_OP_SLASH,
    MO_OP_VBAR, MO_OP_AMPER, MO_OP_LESS, MO_OP_GREATER, MO_OP_EQUAL, MO_OP_DOT, MO_OP_PERCENT,
    MO_OP_EQEQUAL, MO_OP_NOTEQUAL, MO_OP_LESSEQUAL, MO_OP_GREATEREQUAL, MO_OP_TILDE,
    MO_OP_CIRCUMFLEX, MO_OP_LEFTSHIFT, MO_OP_RIGHTSHIFT, MO_OP_DOUBLESTAR, MO_OP_PLUSEQUAL,
    MO_OP_MINEQUAL, MO_OP_STAREQUAL, MO_OP_SLASHEQUAL, MO_OP_PERCENTEQUAL, MO_OP_AMPEREQUAL,
    MO_OP_VBAREQUAL, MO_OP_CIRCUMFLEXEQUAL, MO_OP_LEFTSHIFTEQUAL, MO_OP_RIGHTSHIFTEQUAL,
    MO_OP_DOUBLESTAREQUAL, MO_OP_DOUBLESLASH, MO_OP_DOUBLESLASHEQUAL, MO_OP_AT, MO_OP_ATEQUAL,
    MO_OP_RARROW, MO_OP_ELLIPSIS, MO_OP_COLONEQUAL, MO_OP_EXCLAMATION
} MoOp;

/* Keyword ids (MoToken.sub for MO_TOK_NAME; MO_KW_NONE for an ordinary name). The soft
 * keywords match, case and _ are flagged too but remain usable as names. */
typedef enum MoKeyword {
    MO_KW_NONE, MO_KW_FALSE, MO_KW_NONE_, MO_KW_TRUE, MO_KW_AND, MO_KW_AS, MO_KW_ASSERT,
    MO_KW_ASYNC, MO_KW_AWAIT, MO_KW_BREAK, MO_KW_CLASS, MO_KW_CONTINUE, MO_KW_DEF, MO_KW_DEL,
    MO_KW_ELIF, MO_KW_ELSE, MO_KW_EXCEPT, MO_KW_FINALLY, MO_KW_FOR, MO_KW_FROM, MO_KW_GLOBAL,
    MO_KW_IF, MO_KW_IMPORT, MO_KW_IN, MO_KW_IS, MO_KW_LAMBDA, MO_KW_NONLOCAL, MO_KW_NOT, MO_KW_OR,
    MO_KW_PASS, MO_KW_RAISE, MO_KW_RETURN, MO_KW_TRY, MO_KW_WHILE, MO_KW_WITH, MO_KW_YIELD,
    MO_KW_SOFT_FIRST, /* soft keywords follow */
    MO_KW_MATCH = MO_KW_SOFT_FIRST, MO_KW_CASE, MO_KW_UNDERSCORE
} MoKeyword;

/* One token. Positions: 1-based lines, 0-based byte columns; [start, end) are byte offsets into
 * the source. */
typedef struct MoToken {
    MoTokType type;
    int sub;          /* MoOp for OP, MoKeyword for NAME, else 0 */
    size_t start, end;
    int lineno, col, end_lineno, end_col;
} MoToken;

/* A lexer error: type, message and position (line 1-based, columns 0-based bytes; end_col -1
 * means "same as col"). */
typedef struct MoLexError {
    MoType *type;
    char msg[200];
    int lineno, col, end_lineno, end_col;
} MoLexError;

/* Deepest bracket nesting accepted (CPython's tokenizer MAXLEVEL). */
#define MO_LEX_MAX_PARENS 200

/* The state of the lexer over one source buffer. Fields are private to lexer.c except `err`. */
typedef struct MoLexer {
    const char *src;
    size_t len;
    size_t pos;
    int lineno;
    size_t line_start;        /* offset of the first byte of the current line */
    bool at_bol;              /* at the beginning of a line: indentation must be measured */
    bool done;                /* ENDMARKER or an error was produced; later calls repeat it */
    bool line_has_token;      /* a token was produced since the last NEWLINE */
    bool failed;              /* the last token was MO_TOK_ERROR */
    bool no_indent;           /* eval mode: leading whitespace is not indentation */
    bool fstring_mode;        /* lexing an f-string replacement field as if inside parentheses */
    int pending;              /* >0: INDENTs to emit, <0: DEDENTs to emit */
    int indent_depth;         /* entries used in indstack beyond the base level 0 */
    int indstack[MOAT_MAX_INDENT_DEPTH + 2];
    int altstack[MOAT_MAX_INDENT_DEPTH + 2];
    int paren_depth;
    char paren_char[MO_LEX_MAX_PARENS + 1];
    int paren_line[MO_LEX_MAX_PARENS + 1];
    int paren_col[MO_LEX_MAX_PARENS + 1];
    MoToken last_err_tok;
    MoLexError err;
} MoLexer;

/* Prepares a lexer over src[0..len) (not necessarily NUL-terminated). The source must already be
 * known to be valid UTF-8 without NUL bytes (the parser checks both first). */
void mo_lexer_init(MoLexer *lx, const char *src, size_t len);

/* Prepares a lexer over the f-string replacement field src[start..end) located at line `lineno`
 * whose first byte is at offset line_start: the text is lexed as if inside parentheses (newlines
 * are ignored) and the end of the range produces ENDMARKER. Offsets stay relative to src. */
void mo_lexer_init_fstring(MoLexer *lx, const char *src, size_t start, size_t end, int lineno, size_t line_start);

/* Produces the next token into *tok. Returns tok->type; MO_TOK_ERROR means lx->err describes a
 * tokenizer error (and every later call returns the same error). Never reads past the buffer. */
MoTokType mo_lexer_next(MoLexer *lx, MoToken *tok);

/* Returns the keyword id of the identifier src[0..n), or MO_KW_NONE. */
int mo_lexer_keyword(const char *s, size_t n);

/* Returns the spelling of a keyword id ("if", "match", ...), or "" for MO_KW_NONE. */
const char *mo_lexer_keyword_text(int kw);

/* Returns the spelling of an operator id ("(", "**=", ...). */
const char *mo_lexer_op_text(int op);

#endif
