/*
 * test_hashlib.c: the hash engine of src/modules/hashlib.c against published known answers
 * (FIPS 180-4 / FIPS 202 / NIST examples, RFC 1321, RFC 6070 for PBKDF2, RFC 4231 for HMAC), every split of
 * a message into two updates, and the pacing: pbkdf2_hmac with a huge iteration count and hashing
 * in a loop end at the instruction and time limits.
 */
#include "test_api_util.h"

#include "config.h"
#include "core/state.h"
#include "modules/hashlib.h"

static void hex(const uint8_t *b, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", b[i]);
    out[2 * n] = 0;
}

static void digest_of(const char *name, const uint8_t *p, size_t len, char *out) {
    const MoHashAlgo *a = mo_hash_algo_find(name, strlen(name));
    uint8_t d[MO_HASH_MAX_DIGEST];
    MoHashState s;
    mo_hash_init(&s, a);
    CHECK(mo_hash_update(&s, p, len) == 0);
    mo_hash_final(&s, d);
    hex(d, mo_hash_digest_size(a), out);
}

static void test_vectors(void) {
    static const struct { const char *name, *empty, *abc, *two_block, *million; } v[] = {
        {"md5", "d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72",
         "8215ef0796a20bcaaae116d3876c664a", "7707d6ae4e027c70eea2a935c2296f21"},
        {"sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "a9993e364706816aba3e25717850c26c9cd0d89d",
         "84983e441c3bd26ebaae4aa1f95129e5e54670f1", "34aa973cd4c4daa4f61eeb2bdbad27316534016f"},
        {"sha224", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
         "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
         "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525",
         "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67"},
        {"sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
         "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
        {"sha384",
         "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
         "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
         "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b",
         "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985"},
        {"sha512",
         "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f"
         "63b931bd47417a81a538327af927da3e",
         "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
         "454d4423643ce80e2a9ac94fa54ca49f",
         "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca0"
         "31ad85c7a71dd70354ec631238ca3445",
         "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31b"
         "eb009c5c2c49aa2e4eadb217ad8cc09b"},
        {"sha512_224", "6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4",
         "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa",
         "e5302d6d54bb242275d1e7622d68df6eb02dedd13f564c13dbda2174",
         "37ab331d76f0d36de422bd0edeb22a28accd487b7a8453ae965dd287"},
        {"sha512_256", "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a",
         "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
         "bde8e1f9f19bb9fd3406c90ec6bc47bd36d8ada9f11880dbc8a22a7078b6a461",
         "9a59a052930187a97038cae692f30708aa6491923ef5194394dc68d56c74fb21"},
        {"sha3_224", "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7",
         "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf",
         "8a24108b154ada21c9fd5574494479ba5c7e7ab76ef264ead0fcce33",
         "d69335b93325192e516a912e6d19a15cb51c6ed5c15243e7a7fd653c"},
        {"sha3_256", "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a",
         "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
         "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376",
         "5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1"},
        {"sha3_512",
         "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558"
         "f500199d95b6d3e301758586281dcd26",
         "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e39340"
         "57340b4cf408d5a56592f8274eec53f0",
         "04a371e84ecfb5b8b77cb48610fca8182dd457ce6f326a0fd3d7ec2f1e91636dee691fbe0c985302ba1b0d8dc78c0863"
         "46b533b49c030d99a27daf1139d6e75e",
         "3c3a876da14034ab60627c077bb98f7e120a2a5370212dffb3385a18d4f38859ed311d0a9d5141ce9cc5c66ee689b266"
         "a8aa18ace8282a0e0db596c90b0a7b87"},
    };
    static const char two[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    uint8_t *million = malloc(1000000);
    memset(million, 'a', 1000000);
    char out[2 * MO_HASH_MAX_DIGEST + 1];
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        digest_of(v[i].name, (const uint8_t *)"", 0, out);
        CHECK(strcmp(out, v[i].empty) == 0);
        digest_of(v[i].name, (const uint8_t *)"abc", 3, out);
        CHECK(strcmp(out, v[i].abc) == 0);
        digest_of(v[i].name, (const uint8_t *)two, strlen(two), out);
        CHECK(strcmp(out, v[i].two_block) == 0);
        digest_of(v[i].name, million, 1000000, out);
        CHECK(strcmp(out, v[i].million) == 0);
        /* Every split of 300 bytes into two updates gives the one-shot digest. */
        const MoHashAlgo *a = mo_hash_algo_find(v[i].name, strlen(v[i].name));
        char whole[2 * MO_HASH_MAX_DIGEST + 1];
        digest_of(v[i].name, million, 300, whole);
        int bad = 0;
        for (size_t cut = 0; cut <= 300; cut++) {
            MoHashState s;
            uint8_t d[MO_HASH_MAX_DIGEST];
            mo_hash_init(&s, a);
            mo_hash_update(&s, million, cut);
            mo_hash_update(&s, million + cut, 300 - cut);
            mo_hash_final(&s, d);
            hex(d, mo_hash_digest_size(a), out);
            if (strcmp(out, whole) != 0) bad++;
        }
        CHECK(bad == 0);
    }
    free(million);
    /* SHAKE: 200 bytes of SHAKE128("") cross its 168-byte rate; SHAKE256("abc") to 32 bytes. */
    uint8_t big[200];
    MoHashState s;
    mo_hash_init(&s, mo_hash_algo_find("shake_128", 9));
    CHECK(mo_hash_squeeze(&s, big, 200) == 0);
    hex(big + 180, 20, out);
    CHECK(strcmp(out, "07348b196691abaeb580b32def58538b8d23f877") == 0);
    mo_hash_init(&s, mo_hash_algo_find("SHAKE256", 8));
    CHECK(mo_hash_update(&s, (const uint8_t *)"abc", 3) == 0);
    CHECK(mo_hash_squeeze(&s, big, 32) == 0);
    hex(big, 32, out);
    CHECK(strcmp(out, "483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739") == 0);
    CHECK(mo_hash_is_xof(mo_hash_algo_find("shake_256", 9)) && !mo_hash_is_xof(mo_hash_algo_find("sha3_256", 8)));
    CHECK(mo_hash_algo_find("SHA3_256", 8) == NULL);
    CHECK(mo_hash_algo_find("SHA-256", 7) == mo_hash_algo_find("sha256", 6));
    CHECK(mo_hash_algo_find("sha256 ", 7) == NULL);
    CHECK(mo_hash_algo_find("sha\0256", 7) == NULL);
    CHECK(mo_hash_algo_find("a-very-long-algorithm-name", 26) == NULL);
}

static void test_hmac(void) {
    /* RFC 4231 test case 2. */
    const MoHashAlgo *a = mo_hash_algo_find("sha256", 6);
    MoHashState in, outer;
    CHECK(mo_hmac_prepare(a, (const uint8_t *)"Jefe", 4, &in, &outer) == 0);
    const char *msg = "what do ya want for nothing?";
    uint8_t d[MO_HASH_MAX_DIGEST];
    char out[2 * MO_HASH_MAX_DIGEST + 1];
    mo_hash_update(&in, (const uint8_t *)msg, strlen(msg));
    mo_hash_final(&in, d);
    mo_hash_update(&outer, d, 32);
    mo_hash_final(&outer, d);
    hex(d, 32, out);
    CHECK(strcmp(out, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843") == 0);
}

static MoatStatus run_limited(Moat *m, const char *limit, int64_t value, const char *src) {
    Buf cfg;
    config_with(&cfg, limit, value, NULL, 0);
    return run_src(m, &cfg, src);
}

static double fake_now;

static double fake_clock(void *ctx) {
    (void)ctx;
    fake_now += 1.0;
    return fake_now;
}

static void test_limits(void) {
    /* RFC 6070: 4096 iterations fit a small budget and give the published key. */
    Moat *m = moat_new();
    CHECK(run_limited(m, "instructions", 1000000,
                      "import hashlib\nk = hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096, 20).hex()\n"
                      "assert k == '4b007901b765489abead49d926f721d065a429c1', k\n") == MOAT_DONE);
    moat_free(m);
    /* A huge iteration count runs no bytecode, but its blocks count as instructions. */
    m = moat_new();
    CHECK(run_limited(m, "instructions", 1000000,
                      "import hashlib\ntry:\n    hashlib.pbkdf2_hmac('sha256', b'p', b's', 2**31 - 1)\n"
                      "except BaseException:\n    pass\n") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "instructions") == 0);
    moat_free(m);
    /* And the clock is read while it runs. */
    m = moat_new();
    moat_set_clock(m, fake_clock, NULL);
    CHECK(run_limited(m, "time_ms", 50,
                      "import hashlib\nhashlib.pbkdf2_hmac('sha512', b'p', b's', 2**31 - 1, 10**6)\n") == MOAT_LIMIT);
    CHECK(strcmp(result_text(m, "kind"), "time") == 0);
    moat_free(m);
    /* Hashing large data counts its blocks too. */
    m = moat_new();
    CHECK(run_limited(m, "instructions", 100000, "import hashlib\nhashlib.sha256(bytes(10**7)).digest()\n") ==
          MOAT_LIMIT);
    moat_free(m);
}

int main(void) {
    test_vectors();
    test_hmac();
    test_limits();
    if (failures) {
        fprintf(stderr, "test_hashlib: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_hashlib: ok\n");
    return 0;
}
