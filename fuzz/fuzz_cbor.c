/* libFuzzer target: the C boundary decoder on arbitrary bytes. Every failure must set an exception;
 * whatever decodes must re-encode, decode again, and re-encode to the same bytes. The one allowed
 * difference is the order of set elements: a set's iteration order depends on the order in which
 * colliding elements were inserted, so with a set (tag 258 or 40002) in the message only the
 * length must agree. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "boundary/cbor.h"
#include "fuzz_common.h"

static bool has_set_tag(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++) {
        if (p[i] == 0xd9 && ((p[i + 1] == 0x01 && p[i + 2] == 0x02) || (p[i + 1] == 0x9c && p[i + 2] == 0x42)))
            return true;
    }
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_begin(64 << 20);
    MoObject *o = mo_cbor_decode(data, size);
    if (!o) {
        if (!mo_err_occurred()) __builtin_trap(); /* failures must say why */
        fuzz_end();
        return 0;
    }
    MoCborBuf a, b;
    mo_cbor_buf_init(&a);
    mo_cbor_buf_init(&b);
    if (mo_cbor_encode_value(&a, o) < 0) __builtin_trap(); /* every decoded value can be sent back */
    MoObject *o2 = mo_cbor_decode(a.data, a.len);
    if (!o2) __builtin_trap();
    if (mo_cbor_encode_value(&b, o2) < 0) __builtin_trap();
    if (a.len != b.len) __builtin_trap();
    if (!has_set_tag(a.data, a.len) && memcmp(a.data, b.data, a.len) != 0) __builtin_trap();
    mo_decref(o2);
    mo_decref(o);
    mo_cbor_buf_free(&a);
    mo_cbor_buf_free(&b);
    fuzz_end();
    return 0;
}
