/*
 * lexer.c: Python 3.11 tokenizer.
 *
 * It follows CPython's Parser/tokenizer.c closely in behaviour, because the error messages and
 * their positions are part of what users see:
 *
 *  - Indentation is measured twice: with tabs advancing to the next multiple of 8 (col) and with
 *    tabs counting as one column (altcol). Both stacks must agree on every comparison, otherwise
 *    the indentation depends on the tab size and CPython raises TabError.
 *  - Blank lines, comment-only lines and lines inside brackets never produce NEWLINE/INDENT.
 *  - Strings are only delimited here (prefix, quotes, escaped quotes, unterminated errors); the
 *    parser decodes escapes and f-strings, since an f-string's fields are expressions.
 *  - Error columns reproduce CPython's: most tokenizer errors report the position of the cursor
 *    (the first unconsumed character) as a 1-based offset, which is the 0-based column of the
 *    character before it; hence the "- 1" in lex_error_cursor.
 *
 * The lexer never reads past src[len): every access goes through at() which yields 0 at the end.
 */
#include "lexer.h"

#include <string.h>

#include "../objects/typesutil.h" /* ty_uni_isprintable, for CPython's invalid-character messages */

static inline int at(const MoLexer *lx, size_t i) {
    return i < lx->len ? (unsigned char)lx->src[i] : 0;
}

static void lex_error_raw(MoLexer *lx, MoType *type, const char *msg, int lineno, int col, int end_lineno,
                          int end_col) {
    lx->err.type = type;
    size_t n = strlen(msg);
    if (n >= sizeof lx->err.msg) n = sizeof lx->err.msg - 1;
    memcpy(lx->err.msg, msg, n);
    lx->err.msg[n] = 0;
    lx->err.lineno = lineno;
    lx->err.col = col;
    lx->err.end_lineno = end_lineno;
    lx->err.end_col = end_col;
    lx->failed = true;
    lx->done = true;
}

/* An error located like CPython's tokenizer syntaxerror(): the 1-based offset is the cursor's
 * 0-based column, i.e. the 0-based column of the character before the cursor. */
static void lex_error_cursor(MoLexer *lx, const char *msg, size_t cursor) {
    int col = (int)(cursor - lx->line_start) - 1;
    if (col < 0) col = 0;
    lex_error_raw(lx, &mo_SyntaxError, msg, lx->lineno, col, lx->lineno, col);
}

static size_t put_str(char *buf, size_t cap, size_t n, const char *s);

/* Raises CPython's error for a character that cannot start a token at src[q] (code point cp, n
 * bytes): "invalid non-printable character U+XXXX" or "invalid character 'c' (U+XXXX)". */
static void invalid_char(MoLexer *lx, size_t q, uint32_t cp, int n) {
    char msg[80];
    char hex[9];
    int hn = 0;
    uint32_t v = cp;
    char tmp[8];
    int tn = 0;
    do { tmp[tn++] = "0123456789ABCDEF"[v & 15]; v >>= 4; } while (v);
    while (tn < 4) tmp[tn++] = '0';
    while (tn > 0) hex[hn++] = tmp[--tn];
    hex[hn] = 0;
    size_t m;
    if (!ty_uni_isprintable(cp)) {
        m = put_str(msg, sizeof msg, 0, "invalid non-printable character U+");
        put_str(msg, sizeof msg, m, hex);
    } else {
        m = put_str(msg, sizeof msg, 0, "invalid character '");
        for (int k = 0; k < n && m + 1 < sizeof msg; k++) msg[m++] = lx->src[q + (size_t)k];
        msg[m] = 0;
        m = put_str(msg, sizeof msg, m, "' (U+");
        m = put_str(msg, sizeof msg, m, hex);
        put_str(msg, sizeof msg, m, ")");
    }
    int col = (int)(q - lx->line_start);
    lex_error_raw(lx, &mo_SyntaxError, msg, lx->lineno, col, lx->lineno, col);
}

/* Appends an unsigned number to a fixed buffer (no stdio in src/). */
static size_t put_uint(char *buf, size_t cap, size_t n, unsigned long v) {
    char tmp[24];
    int k = 0;
    do { tmp[k++] = (char)('0' + v % 10); v /= 10; } while (v && k < 24);
    while (k > 0 && n + 1 < cap) buf[n++] = tmp[--k];
    buf[n] = 0;
    return n;
}

static size_t put_str(char *buf, size_t cap, size_t n, const char *s) {
    while (*s && n + 1 < cap) buf[n++] = *s++;
    buf[n] = 0;
    return n;
}

void mo_lexer_init(MoLexer *lx, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->lineno = 1;
    lx->at_bol = true;
    /* A UTF-8 byte order mark at the very start is ignored, as CPython does. */
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB && (unsigned char)src[2] == 0xBF) {
        lx->pos = 3;
        lx->line_start = 3;
    }
}

void mo_lexer_init_fstring(MoLexer *lx, const char *src, size_t start, size_t end, int lineno, size_t line_start) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = end;
    lx->pos = start;
    lx->lineno = lineno;
    lx->line_start = line_start;
    lx->fstring_mode = true;
    lx->paren_depth = 1;
    lx->paren_char[0] = '(';
    lx->paren_line[0] = lineno;
    lx->paren_col[0] = (int)(start - line_start);
}

static const char *const kw_text[] = {
    "", "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield", "match", "case", "_"
};

int mo_lexer_keyword(const char *s, size_t n) {
    if (n < 1 || n > 8) return MO_KW_NONE;
    for (int i = 1; i < (int)(sizeof kw_text / sizeof kw_text[0]); i++) {
        if (strlen(kw_text[i]) == n && memcmp(kw_text[i], s, n) == 0) return i;
    }
    return MO_KW_NONE;
}

const char *mo_lexer_keyword_text(int kw) {
    if (kw < 0 || kw >= (int)(sizeof kw_text / sizeof kw_text[0])) return "";
    return kw_text[kw];
}

static const char *const op_text[] = {
    "?", "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=",
    ".", "%", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!"
};

const char *mo_lexer_op_text(int op) {
    if (op < 0 || op >= (int)(sizeof op_text / sizeof op_text[0])) return "?";
    return op_text[op];
}

/* Decodes the UTF-8 sequence at i (already validated); returns the code point and its length. */
static uint32_t decode_cp(const MoLexer *lx, size_t i, int *n) {
    int c = at(lx, i);
    if (c < 0x80) { *n = 1; return (uint32_t)c; }
    if (c < 0xE0) { *n = 2; return ((uint32_t)(c & 0x1F) << 6) | (at(lx, i + 1) & 0x3F); }
    if (c < 0xF0) {
        *n = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(at(lx, i + 1) & 0x3F) << 6) | (at(lx, i + 2) & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(at(lx, i + 1) & 0x3F) << 12) |
           ((uint32_t)(at(lx, i + 2) & 0x3F) << 6) | (at(lx, i + 3) & 0x3F);
}

/* Whether a non-ASCII code point may appear in an identifier. CPython uses the Unicode XID
 * properties; without the Unicode database we accept letters broadly and reject the blocks of
 * punctuation, symbols, spaces and emoji that people actually paste into code by mistake. */
static bool cp_is_ident(uint32_t cp) {
    if (cp < 0x80) return false;
    if (cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x206F) return cp == 0x203F || cp == 0x2040 || cp == 0x2054;
    if (cp >= 0x20A0 && cp <= 0x20CF) return false;  /* currency */
    if (cp >= 0x2190 && cp <= 0x2BFF) return false;  /* arrows, math operators, boxes, dingbats */
    if (cp >= 0x3000 && cp <= 0x3003) return false;
    if (cp >= 0x3008 && cp <= 0x3020) return false;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
    if (cp >= 0xFF01 && cp <= 0xFF0F) return false;
    if (cp >= 0xFF1A && cp <= 0xFF20) return false;
    if (cp == 0xFEFF || (cp >= 0xFFF0 && cp <= 0xFFFF)) return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false; /* emoji and pictographs */
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;   /* private use */
    return true;
}

static bool is_ascii_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_ascii_ident_char(int c) {
    return is_ascii_ident_start(c) || (c >= '0' && c <= '9');
}

static void set_tok(MoLexer *lx, MoToken *tok, MoTokType type, int sub, size_t start, size_t end) {
    tok->type = type;
    tok->sub = sub;
    tok->start = start;
    tok->end = end;
    tok->lineno = lx->lineno;
    tok->col = (int)(start - lx->line_start);
    tok->end_lineno = lx->lineno;
    tok->end_col = (int)(end - lx->line_start);
}

static MoTokType error_tok(MoLexer *lx, MoToken *tok) {
    memset(tok, 0, sizeof *tok);
    tok->type = MO_TOK_ERROR;
    tok->lineno = lx->err.lineno;
    tok->col = lx->err.col;
    tok->end_lineno = lx->err.lineno;
    tok->end_col = lx->err.col;
    tok->start = tok->end = lx->pos;
    lx->last_err_tok = *tok;
    return MO_TOK_ERROR;
}

/* Measures the indentation of the line starting at lx->pos and queues INDENT/DEDENT tokens.
 * Returns false on an indentation error. */
static bool measure_indent(MoLexer *lx) {
    int col = 0, altcol = 0;
    size_t p = lx->pos;
    for (;;) {
        int c = at(lx, p);
        if (p >= lx->len) break;
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
        else if (c == '\f') { col = altcol = 0; }
        else break;
        p++;
    }
    int c = at(lx, p);
    lx->pos = p;
    if (p >= lx->len || c == '#' || c == '\n' || c == '\r' || (c == '\\' && p + 1 >= lx->len)) {
        return true; /* blank or comment-only line: indentation is irrelevant */
    }
    if (lx->no_indent) return true;
    int top = lx->indstack[lx->indent_depth];
    int alttop = lx->altstack[lx->indent_depth];
    if (col == top) {
        if (altcol != alttop) goto tab_error;
    } else if (col > top) {
        if (lx->indent_depth + 1 >= MOAT_MAX_INDENT_DEPTH) {
            lex_error_raw(lx, &mo_IndentationError, "too many levels of indentation", lx->lineno, 0, lx->lineno,
                          -2);
            return false;
        }
        if (altcol <= alttop) goto tab_error;
        lx->indent_depth++;
        lx->indstack[lx->indent_depth] = col;
        lx->altstack[lx->indent_depth] = altcol;
        lx->pending = 1;
    } else {
        int dedents = 0;
        while (lx->indent_depth > 0 && col < lx->indstack[lx->indent_depth]) {
            lx->indent_depth--;
            dedents++;
        }
        if (col != lx->indstack[lx->indent_depth]) {
            /* CPython reports the end of the offending line. */
            size_t q = p;
            while (q < lx->len && at(lx, q) != '\n' && at(lx, q) != '\r') q++;
            lex_error_raw(lx, &mo_IndentationError, "unindent does not match any outer indentation level",
                          lx->lineno, (int)(q - lx->line_start), lx->lineno, -3);
            return false;
        }
        if (altcol != lx->altstack[lx->indent_depth]) goto tab_error;
        lx->pending = -dedents;
    }
    return true;
tab_error:
    lex_error_raw(lx, &mo_TabError, "inconsistent use of tabs and spaces in indentation", lx->lineno, 0,
                  lx->lineno, -2);
    return false;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/* Checks what follows a number, as CPython's verify_end_of_number: a keyword that may legally
 * follow (1if x else y, 0x1for ...) is accepted; any other identifier character is an error.
 * `p` is the offset just past the number. Returns false with the error set. */
static bool verify_end(MoLexer *lx, size_t p, const char *kind) {
    int c = at(lx, p);
    if (p >= lx->len) return true;
    static const char *const ok_kw[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
    for (size_t i = 0; i < sizeof ok_kw / sizeof ok_kw[0]; i++) {
        size_t n = strlen(ok_kw[i]);
        if (p + n <= lx->len && memcmp(lx->src + p, ok_kw[i], n) == 0) {
            int after = at(lx, p + n);
            if (p + n >= lx->len || !(is_ascii_ident_char(after) || after >= 0x80)) return true;
        }
    }
    if (is_ascii_ident_char(c)) {
        char msg[64];
        size_t n = put_str(msg, sizeof msg, 0, "invalid ");
        n = put_str(msg, sizeof msg, n, kind);
        put_str(msg, sizeof msg, n, " literal");
        lex_error_cursor(lx, msg, p);
        return false;
    }
    return true;
}

/* Consumes digits accepted by `ok` with single underscores between them, starting at *pp.
 * Returns the number of digits read, or -1 with an error if an underscore is misplaced. */
static int digit_run(MoLexer *lx, size_t *pp, bool (*ok)(int), const char *kind) {
    size_t p = *pp;
    int count = 0;
    for (;;) {
        int c = at(lx, p);
        if (p < lx->len && ok(c)) { p++; count++; continue; }
        if (p < lx->len && c == '_' && count > 0) {
            if (p + 1 < lx->len && ok(at(lx, p + 1))) { p++; continue; }
            char msg[64];
            int d = at(lx, p + 1);
            if (p + 1 < lx->len && d >= '0' && d <= '9' && ok != is_digit && ok != is_hex) {
                /* CPython: "0o1_8" is a bad digit, reported after it. */
                char digit[2] = {(char)d, 0};
                size_t n = put_str(msg, sizeof msg, 0, "invalid digit '");
                n = put_str(msg, sizeof msg, n, digit);
                n = put_str(msg, sizeof msg, n, "' in ");
                n = put_str(msg, sizeof msg, n, kind);
                put_str(msg, sizeof msg, n, " literal");
                lex_error_cursor(lx, msg, p + 2);
                return -1;
            }
            size_t n = put_str(msg, sizeof msg, 0, "invalid ");
            n = put_str(msg, sizeof msg, n, kind);
            put_str(msg, sizeof msg, n, " literal");
            lex_error_cursor(lx, msg, p + 1);
            return -1;
        }
        break;
    }
    *pp = p;
    return count;
}

static bool is_oct(int c) { return c >= '0' && c <= '7'; }
static bool is_bin(int c) { return c == '0' || c == '1'; }

/* Lexes a number starting at lx->pos; returns false with the error set. */
static bool lex_number(MoLexer *lx, MoToken *tok) {
    size_t start = lx->pos, p = start;
    int c = at(lx, p);
    if (c == '0' && (at(lx, p + 1) == 'x' || at(lx, p + 1) == 'X' || at(lx, p + 1) == 'o' || at(lx, p + 1) == 'O' ||
                     at(lx, p + 1) == 'b' || at(lx, p + 1) == 'B')) {
        int k = at(lx, p + 1) | 0x20;
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        bool (*ok)(int) = k == 'x' ? is_hex : k == 'o' ? is_oct : is_bin;
        p += 2;
        if (at(lx, p) == '_') p++;
        int n = digit_run(lx, &p, ok, kind);
        if (n < 0) return false;
        if (k != 'x' && is_digit(at(lx, p)) && p < lx->len) {
            char msg[64];
            size_t m = put_str(msg, sizeof msg, 0, "invalid digit '");
            msg[m++] = (char)at(lx, p);
            msg[m] = 0;
            m = put_str(msg, sizeof msg, m, "' in ");
            m = put_str(msg, sizeof msg, m, kind);
            put_str(msg, sizeof msg, m, " literal");
            lex_error_cursor(lx, msg, p + 1);
            return false;
        }
        if (n == 0) {
            char msg[64];
            size_t m = put_str(msg, sizeof msg, 0, "invalid ");
            m = put_str(msg, sizeof msg, m, kind);
            put_str(msg, sizeof msg, m, " literal");
            lex_error_cursor(lx, msg, p);
            return false;
        }
        if (!verify_end(lx, p, kind)) return false;
        set_tok(lx, tok, MO_TOK_NUMBER, 0, start, p);
        lx->pos = p;
        return true;
    }
    bool is_float = false;
    if (c != '.') {
        bool leading_zero = c == '0';
        int n = digit_run(lx, &p, (bool (*)(int))is_digit, "decimal");
        if (n < 0) return false;
        if (leading_zero) {
            /* Nonzero digits after a leading zero are only legal in a float (012.5, 01e3). */
            bool nonzero = false;
            size_t q;
            size_t zeros_end = start;
            for (q = start; q < p; q++) {
                if (lx->src[q] != '0' && lx->src[q] != '_') { nonzero = true; break; }
                zeros_end = q + 1;
            }
            int d = at(lx, p);
            if (nonzero && !(p < lx->len && (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J'))) {
                lex_error_raw(lx, &mo_SyntaxError,
                              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                              "octal integers",
                              lx->lineno, (int)(start - lx->line_start), lx->lineno,
                              (int)(zeros_end - lx->line_start));
                return false;
            }
        }
    }
    if (at(lx, p) == '.' && p < lx->len) {
        is_float = true;
        p++;
        if (is_digit(at(lx, p)) && p < lx->len) {
            if (digit_run(lx, &p, (bool (*)(int))is_digit, "decimal") < 0) return false;
        }
    }
    int e = at(lx, p);
    if (p < lx->len && (e == 'e' || e == 'E')) {
        size_t q = p + 1;
        if (at(lx, q) == '+' || at(lx, q) == '-') q++;
        if (!(q < lx->len && is_digit(at(lx, q)))) {
            /* Not an exponent: "1e" followed by junk is an invalid literal, except "1else". */
            if (q == p + 1 && p + 4 <= lx->len && memcmp(lx->src + p, "else", 4) == 0 &&
                !(is_ascii_ident_char(at(lx, p + 4)) || at(lx, p + 4) >= 0x80)) {
                set_tok(lx, tok, MO_TOK_NUMBER, 0, start, p);
                lx->pos = p;
                return true;
            }
            lex_error_cursor(lx, "invalid decimal literal", q == p + 1 ? p : q);
            return false;
        }
        p = q;
        if (digit_run(lx, &p, (bool (*)(int))is_digit, "decimal") < 0) return false;
        is_float = true;
    }
    (void)is_float;
    int j = at(lx, p);
    if (p < lx->len && (j == 'j' || j == 'J')) {
        p++;
        if (!verify_end(lx, p, "imaginary")) return false;
    } else if (!verify_end(lx, p, "decimal")) {
        return false;
    }
    set_tok(lx, tok, MO_TOK_NUMBER, 0, start, p);
    lx->pos = p;
    return true;
}

/* Lexes a string literal whose opening quote is at q (prefix starts at start). */
static bool lex_string(MoLexer *lx, MoToken *tok, size_t start, size_t q) {
    int quote = at(lx, q);
    bool triple = at(lx, q + 1) == quote && at(lx, q + 2) == quote && q + 2 < lx->len;
    int start_line = lx->lineno;
    size_t start_line_start = lx->line_start;
    size_t p = q + (triple ? 3 : 1);
    for (;;) {
        if (p >= lx->len) {
            char msg[100];
            size_t n = put_str(msg, sizeof msg, 0,
                               triple ? "unterminated triple-quoted string literal (detected at line "
                                      : "unterminated string literal (detected at line ");
            /* CPython counts the line the last newline ends, not the empty line after it. */
            int detected = lx->lineno;
            if (lx->len && (at(lx, lx->len - 1) == '\n' || at(lx, lx->len - 1) == '\r') && detected > start_line)
                detected--;
            n = put_uint(msg, sizeof msg, n, (unsigned long)detected);
            put_str(msg, sizeof msg, n, ")");
            int col = (int)(start - start_line_start);
            lex_error_raw(lx, &mo_SyntaxError, msg, start_line, col, start_line, col);
            return false;
        }
        int c = at(lx, p);
        if (c == '\\') {
            int d = at(lx, p + 1);
            if (p + 1 >= lx->len) { p++; continue; }
            if (d == '\r' && at(lx, p + 2) == '\n') p++;
            if (d == '\n' || d == '\r') { p += 2; lx->lineno++; lx->line_start = p; continue; }
            p += 2;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                char msg[100];
                size_t n = put_str(msg, sizeof msg, 0, "unterminated string literal (detected at line ");
                n = put_uint(msg, sizeof msg, n, (unsigned long)lx->lineno);
                put_str(msg, sizeof msg, n, ")");
                int col = (int)(start - start_line_start);
                lex_error_raw(lx, &mo_SyntaxError, msg, start_line, col, start_line, col);
                return false;
            }
            if (c == '\r' && at(lx, p + 1) == '\n') p++;
            p++;
            lx->lineno++;
            lx->line_start = p;
            continue;
        }
        if (c == quote) {
            if (!triple) { p++; break; }
            if (at(lx, p + 1) == quote && at(lx, p + 2) == quote && p + 2 < lx->len) { p += 3; break; }
        }
        p++;
    }
    tok->type = MO_TOK_STRING;
    tok->sub = 0;
    tok->start = start;
    tok->end = p;
    tok->lineno = start_line;
    tok->col = (int)(start - start_line_start);
    tok->end_lineno = lx->lineno;
    tok->end_col = (int)(p - lx->line_start);
    lx->pos = p;
    return true;
}

static bool is_string_prefix(const char *s, size_t n) {
    if (n == 0 || n > 2) return false;
    int a = s[0] | 0x20, b = n == 2 ? (s[1] | 0x20) : 0;
    if (n == 1) return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

static int match_op(MoLexer *lx, size_t p, size_t *len) {
    int c = at(lx, p), d = at(lx, p + 1), e = at(lx, p + 2);
    if (p + 1 >= lx->len) d = 0;
    if (p + 2 >= lx->len) e = 0;
    *len = 3;
    if (c == '*' && d == '*' && e == '=') return MO_OP_DOUBLESTAREQUAL;
    if (c == '/' && d == '/' && e == '=') return MO_OP_DOUBLESLASHEQUAL;
    if (c == '<' && d == '<' && e == '=') return MO_OP_LEFTSHIFTEQUAL;
    if (c == '>' && d == '>' && e == '=') return MO_OP_RIGHTSHIFTEQUAL;
    if (c == '.' && d == '.' && e == '.') return MO_OP_ELLIPSIS;
    *len = 2;
    switch (c) {
    case '=': if (d == '=') return MO_OP_EQEQUAL; break;
    case '!': if (d == '=') return MO_OP_NOTEQUAL; break;
    case '<': if (d == '=') return MO_OP_LESSEQUAL; if (d == '<') return MO_OP_LEFTSHIFT; break;
    case '>': if (d == '=') return MO_OP_GREATEREQUAL; if (d == '>') return MO_OP_RIGHTSHIFT; break;
    case '*': if (d == '*') return MO_OP_DOUBLESTAR; if (d == '=') return MO_OP_STAREQUAL; break;
    case '/': if (d == '/') return MO_OP_DOUBLESLASH; if (d == '=') return MO_OP_SLASHEQUAL; break;
    case '+': if (d == '=') return MO_OP_PLUSEQUAL; break;
    case '-': if (d == '=') return MO_OP_MINEQUAL; if (d == '>') return MO_OP_RARROW; break;
    case '%': if (d == '=') return MO_OP_PERCENTEQUAL; break;
    case '&': if (d == '=') return MO_OP_AMPEREQUAL; break;
    case '|': if (d == '=') return MO_OP_VBAREQUAL; break;
    case '^': if (d == '=') return MO_OP_CIRCUMFLEXEQUAL; break;
    case '@': if (d == '=') return MO_OP_ATEQUAL; break;
    case ':': if (d == '=') return MO_OP_COLONEQUAL; break;
    default: break;
    }
    *len = 1;
    switch (c) {
    case '(': return MO_OP_LPAR;
    case ')': return MO_OP_RPAR;
    case '[': return MO_OP_LSQB;
    case ']': return MO_OP_RSQB;
    case '{': return MO_OP_LBRACE;
    case '}': return MO_OP_RBRACE;
    case ':': return MO_OP_COLON;
    case ',': return MO_OP_COMMA;
    case ';': return MO_OP_SEMI;
    case '+': return MO_OP_PLUS;
    case '-': return MO_OP_MINUS;
    case '*': return MO_OP_STAR;
    case '/': return MO_OP_SLASH;
    case '|': return MO_OP_VBAR;
    case '&': return MO_OP_AMPER;
    case '<': return MO_OP_LESS;
    case '>': return MO_OP_GREATER;
    case '=': return MO_OP_EQUAL;
    case '.': return MO_OP_DOT;
    case '%': return MO_OP_PERCENT;
    case '~': return MO_OP_TILDE;
    case '^': return MO_OP_CIRCUMFLEX;
    case '@': return MO_OP_AT;
    case '!': return MO_OP_EXCLAMATION;
    default: return MO_OP_UNKNOWN;
    }
}

static char closer_of(char open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

MoTokType mo_lexer_next(MoLexer *lx, MoToken *tok) {
    if (lx->failed) {
        *tok = lx->last_err_tok;
        return MO_TOK_ERROR;
    }
    if (lx->done) {
        set_tok(lx, tok, MO_TOK_ENDMARKER, 0, lx->len, lx->len);
        return MO_TOK_ENDMARKER;
    }
    for (;;) {
        if (lx->pending > 0) {
            lx->pending--;
            set_tok(lx, tok, MO_TOK_INDENT, 0, lx->line_start, lx->pos);
            return MO_TOK_INDENT;
        }
        if (lx->pending < 0) {
            lx->pending++;
            set_tok(lx, tok, MO_TOK_DEDENT, 0, lx->pos, lx->pos);
            return MO_TOK_DEDENT;
        }
        if (lx->at_bol && lx->paren_depth == 0) {
            lx->at_bol = false;
            if (!measure_indent(lx)) return error_tok(lx, tok);
            if (lx->pending) continue;
        }
        /* Skip whitespace. */
        while (lx->pos < lx->len) {
            int c = at(lx, lx->pos);
            if (c == ' ' || c == '\t' || c == '\f') lx->pos++;
            else break;
        }
        size_t p = lx->pos;
        int c = at(lx, p);
        if (c == '#' && p < lx->len) {
            while (p < lx->len && at(lx, p) != '\n' && at(lx, p) != '\r') p++;
            lx->pos = p;
            c = at(lx, p);
        }
        if (p >= lx->len && lx->fstring_mode && lx->paren_depth == 1) {
            lx->done = true;
            set_tok(lx, tok, MO_TOK_ENDMARKER, 0, p, p);
            return MO_TOK_ENDMARKER;
        }
        if (p >= lx->len) {
            if (lx->line_has_token && lx->paren_depth == 0) {
                lx->line_has_token = false;
                set_tok(lx, tok, MO_TOK_NEWLINE, 0, p, p);
                return MO_TOK_NEWLINE;
            }
            if (lx->paren_depth > 0) {
                int i = lx->paren_depth - 1;
                char msg[40];
                size_t n = put_str(msg, sizeof msg, 0, "'");
                msg[n++] = lx->paren_char[i];
                msg[n] = 0;
                put_str(msg, sizeof msg, n, "' was never closed");
                lex_error_raw(lx, &mo_SyntaxError, msg, lx->paren_line[i], lx->paren_col[i], lx->paren_line[i], -2);
                return error_tok(lx, tok);
            }
            if (lx->indent_depth > 0) {
                lx->indent_depth--;
                set_tok(lx, tok, MO_TOK_DEDENT, 0, p, p);
                return MO_TOK_DEDENT;
            }
            lx->done = true;
            set_tok(lx, tok, MO_TOK_ENDMARKER, 0, p, p);
            return MO_TOK_ENDMARKER;
        }
        if (c == '\n' || c == '\r') {
            size_t nl = p;
            p += (c == '\r' && at(lx, p + 1) == '\n') ? 2 : 1;
            if (lx->paren_depth > 0 || !lx->line_has_token) {
                lx->pos = p;
                lx->lineno++;
                lx->line_start = p;
                /* Inside brackets the next line continues the logical line: no indentation. */
                lx->at_bol = lx->paren_depth == 0;
                continue;
            }
            set_tok(lx, tok, MO_TOK_NEWLINE, 0, nl, nl);
            lx->pos = p;
            lx->lineno++;
            lx->line_start = p;
            lx->at_bol = true;
            lx->line_has_token = false;
            return MO_TOK_NEWLINE;
        }
        if (c == '\\') {
            int d = at(lx, p + 1);
            if (p + 1 >= lx->len) {
                lex_error_raw(lx, &mo_SyntaxError, "unexpected EOF while parsing", lx->lineno,
                              (int)(p - lx->line_start) + 1, lx->lineno, -3);
                return error_tok(lx, tok);
            }
            if (d == '\n' || d == '\r') {
                int bs_col = (int)(p - lx->line_start) + 1;
                p += (d == '\r' && at(lx, p + 2) == '\n') ? 3 : 2;
                lx->pos = p;
                lx->lineno++;
                lx->line_start = p;
                if (p >= lx->len) {
                    lex_error_raw(lx, &mo_SyntaxError, "unexpected EOF while parsing", lx->lineno - 1, bs_col,
                                  lx->lineno - 1, -3);
                    return error_tok(lx, tok);
                }
                continue;
            }
            lex_error_raw(lx, &mo_SyntaxError, "unexpected character after line continuation character",
                          lx->lineno, (int)(p - lx->line_start) + 1, lx->lineno, -2);
            return error_tok(lx, tok);
        }
        lx->line_has_token = true;
        /* Names, keywords and string prefixes. */
        if (is_ascii_ident_start(c) || c >= 0x80) {
            size_t q = p;
            while (q < lx->len) {
                int d = at(lx, q);
                if (is_ascii_ident_char(d)) { q++; continue; }
                if (d >= 0x80) {
                    int n;
                    uint32_t cp = decode_cp(lx, q, &n);
                    if (!cp_is_ident(cp)) {
                        invalid_char(lx, q, cp, n);
                        return error_tok(lx, tok);
                    }
                    q += (size_t)n;
                    continue;
                }
                break;
            }
            int d = at(lx, q);
            if ((d == '"' || d == '\'') && q < lx->len && is_string_prefix(lx->src + p, q - p)) {
                if (!lex_string(lx, tok, p, q)) return error_tok(lx, tok);
                return MO_TOK_STRING;
            }
            set_tok(lx, tok, MO_TOK_NAME, mo_lexer_keyword(lx->src + p, q - p), p, q);
            lx->pos = q;
            return MO_TOK_NAME;
        }
        if (is_digit(c) || (c == '.' && is_digit(at(lx, p + 1)) && p + 1 < lx->len)) {
            if (!lex_number(lx, tok)) return error_tok(lx, tok);
            return MO_TOK_NUMBER;
        }
        if (c == '"' || c == '\'') {
            if (!lex_string(lx, tok, p, p)) return error_tok(lx, tok);
            return MO_TOK_STRING;
        }
        size_t oplen;
        int op = match_op(lx, p, &oplen);
        if (op == MO_OP_LPAR || op == MO_OP_LSQB || op == MO_OP_LBRACE) {
            if (lx->paren_depth >= MO_LEX_MAX_PARENS) {
                int col = (int)(p - lx->line_start);
                lex_error_raw(lx, &mo_SyntaxError, "too many nested parentheses", lx->lineno, col, lx->lineno, col);
                return error_tok(lx, tok);
            }
            lx->paren_char[lx->paren_depth] = (char)c;
            lx->paren_line[lx->paren_depth] = lx->lineno;
            lx->paren_col[lx->paren_depth] = (int)(p - lx->line_start);
            lx->paren_depth++;
        } else if (op == MO_OP_RPAR || op == MO_OP_RSQB || op == MO_OP_RBRACE) {
            int col = (int)(p - lx->line_start);
            if (lx->paren_depth == 0) {
                char msg[40];
                size_t n = put_str(msg, sizeof msg, 0, "unmatched '");
                msg[n++] = (char)c;
                msg[n] = 0;
                put_str(msg, sizeof msg, n, "'");
                lex_error_raw(lx, &mo_SyntaxError, msg, lx->lineno, col, lx->lineno, col);
                return error_tok(lx, tok);
            }
            char open = lx->paren_char[lx->paren_depth - 1];
            if (closer_of(open) != (char)c) {
                char msg[120];
                size_t n = put_str(msg, sizeof msg, 0, "closing parenthesis '");
                msg[n++] = (char)c;
                msg[n] = 0;
                n = put_str(msg, sizeof msg, n, "' does not match opening parenthesis '");
                msg[n++] = open;
                msg[n] = 0;
                n = put_str(msg, sizeof msg, n, "'");
                if (lx->paren_line[lx->paren_depth - 1] != lx->lineno) {
                    n = put_str(msg, sizeof msg, n, " on line ");
                    put_uint(msg, sizeof msg, n, (unsigned long)lx->paren_line[lx->paren_depth - 1]);
                }
                lex_error_raw(lx, &mo_SyntaxError, msg, lx->lineno, col, lx->lineno, col);
                return error_tok(lx, tok);
            }
            lx->paren_depth--;
        }
        if (op == MO_OP_UNKNOWN && (c < 0x20 || c == 0x7F)) {
            /* A control character: CPython's tokenizer rejects it by name. */
            invalid_char(lx, p, (uint32_t)c, 1);
            return error_tok(lx, tok);
        }
        set_tok(lx, tok, MO_TOK_OP, op, p, p + oplen);
        lx->pos = p + oplen;
        return MO_TOK_OP;
    }
}
