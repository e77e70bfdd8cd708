/* A driver for fuzz_gen without libFuzzer (fuzz/gen_check.sh): feeds N random inputs (seeded) to
 * LLVMFuzzerTestOneInput, so the generator's output can be measured and checked with CPython. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    srand(argc > 2 ? (unsigned)atoi(argv[2]) : 1);
    static uint8_t buf[2048];
    for (int k = 0; k < n; k++) {
        size_t len = 64 + (size_t)(rand() % (int)(sizeof buf - 64));
        for (size_t i = 0; i < len; i++) buf[i] = (uint8_t)rand();
        LLVMFuzzerTestOneInput(buf, len);
    }
    return 0;
}
