/*
 * cbor.h: the C side of the boundary's value format (DESIGN.md section 2, a strict subset of
 * RFC 8949 CBOR). The JS side is js/src/cbor.js; both are tested on tests/vectors/cbor.json.
 *
 * Encoding goes into a growable MoCborBuf (memory from mo_alloc, so it is counted against the run's
 * budget): low-level writers for building messages by hand (api.c) and mo_cbor_encode_value for
 * Python values. Every writer returns 0, or -1 with an exception set (MemoryError, or the
 * TypeError/ValueError of an unsendable value); after a failure the buffer's contents are
 * unspecified but it can still be freed.
 *
 * Decoding (mo_cbor_decode) is on the security perimeter: the bytes come from the host. It accepts
 * only definite lengths, checks every length against the bytes left before allocating, bounds
 * nesting to MOAT_CBOR_MAX_DEPTH and the message to MOAT_CBOR_MAX_BYTES, requires valid UTF-8, and
 * rejects trailing bytes, unknown tags, undefined, simple values other than false/true/null, and
 * half/single floats.
 *
 * Python <-> CBOR: None = null, bool = false/true, int = major 0/1 (tags 2/3 with a big-endian
 * magnitude beyond 64 bits), float = float64, str = text, bytes = byte string, list = array,
 * tuple = tag 40001 + array, dict = map, set = tag 258 + array, frozenset = tag 40002 + array.
 */
#ifndef MOAT_CBOR_H
#define MOAT_CBOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/object.h"

/* CBOR tags Moat uses. */
#define MO_CBOR_TAG_POS_BIGNUM 2
#define MO_CBOR_TAG_NEG_BIGNUM 3
#define MO_CBOR_TAG_SET 258
#define MO_CBOR_TAG_TUPLE 40001
#define MO_CBOR_TAG_FROZENSET 40002

/* A growable output buffer; data is owned (mo_alloc) until taken or freed. */
typedef struct MoCborBuf {
    uint8_t *data;
    size_t len, cap;
} MoCborBuf;

/* Initialises an empty buffer (no allocation). */
void mo_cbor_buf_init(MoCborBuf *b);

/* Frees the buffer's data and leaves it empty. */
void mo_cbor_buf_free(MoCborBuf *b);

/* Hands the data over to the caller (free it with mo_free) and leaves the buffer empty; *len gets
 * the length. Returns NULL for an empty buffer. */
uint8_t *mo_cbor_buf_take(MoCborBuf *b, size_t *len);

/* Appends raw bytes (already CBOR): 0 or -1 with MemoryError. */
int mo_cbor_put_raw(MoCborBuf *b, const uint8_t *p, size_t n);

/* Writes an unsigned integer (major 0). */
int mo_cbor_put_uint(MoCborBuf *b, uint64_t v);

/* Writes the negative integer -1 - n (major 1). */
int mo_cbor_put_negint(MoCborBuf *b, uint64_t n);

/* Writes a signed 64-bit integer (major 0 or 1). */
int mo_cbor_put_int(MoCborBuf *b, int64_t v);

/* Writes a text string of n bytes; the caller guarantees valid UTF-8. */
int mo_cbor_put_text(MoCborBuf *b, const char *s, size_t n);

/* Writes a NUL-terminated UTF-8 C string as a text string. */
int mo_cbor_put_cstr(MoCborBuf *b, const char *s);

/* Writes a byte string. */
int mo_cbor_put_bytes(MoCborBuf *b, const uint8_t *p, size_t n);

/* Writes the header of an array of n items (the items follow). */
int mo_cbor_put_array(MoCborBuf *b, size_t n);

/* Writes the header of a map of n pairs (key, value, key, value... follow). */
int mo_cbor_put_map(MoCborBuf *b, size_t n);

/* Writes a tag (its content follows). */
int mo_cbor_put_tag(MoCborBuf *b, uint64_t tag);

/* Writes null. */
int mo_cbor_put_null(MoCborBuf *b);

/* Writes false or true. */
int mo_cbor_put_bool(MoCborBuf *b, bool v);

/* Writes a float64 (always 8 bytes, so 1.0 stays a float on the other side). */
int mo_cbor_put_float64(MoCborBuf *b, double v);

/* Encodes a Python value (borrowed) per the table above: 0, or -1 with TypeError ("cannot send a
 * 'function' object to the host"), ValueError (nesting deeper than MOAT_CBOR_MAX_DEPTH, which is
 * also how a cyclic value ends) or MemoryError. */
int mo_cbor_encode_value(MoCborBuf *b, MoObject *v);

/* Decodes exactly one CBOR item filling all n bytes into a new Python value (new reference), or
 * NULL with ValueError("malformed CBOR from host: <reason>") (or MemoryError). */
MoObject *mo_cbor_decode(const uint8_t *p, size_t n);

/* Returns true if the n bytes are well-formed UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF). */
bool mo_cbor_utf8_valid(const uint8_t *s, size_t n);

#endif
