/* libFuzzer target: the C boundary decoder on arbitrary bytes. Whatever decodes must re-encode,
 * and the re-encoding must be a fixed point (decode then encode again gives the same bytes). */
#include <stdint.h>
#include <stdlib.h>

#include "boundary/cbor.h"
#include "fuzz_common.h"

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
    if (a.len != b.len || memcmp(a.data, b.data, a.len) != 0) __builtin_trap();
    mo_decref(o2);
    mo_decref(o);
    mo_cbor_buf_free(&a);
    mo_cbor_buf_free(&b);
    fuzz_end();
    return 0;
}
