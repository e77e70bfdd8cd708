/* libFuzzer target: the bytes are a JSON document (decoded as UTF-8 with errors replaced) that a
 * small program hands to json.loads in the C scanner (src/modules/json.c), with and without
 * strict and hooks, then re-encodes what decoded with several option sets and checks that
 * encoding is a fixed point (dumps(loads(dumps(v))) == dumps(v), also from the indented and
 * non-ASCII forms). The program catches only what malformed input may raise (ValueError, which
 * JSONDecodeError is, and RecursionError), so any other exception ends the run in MOAT_ERROR,
 * which traps like a crash; limits (same as fuzz_run) end it in MOAT_LIMIT, which is fine. */
#define _POSIX_C_SOURCE 200809L

#include "fuzz_host.h"

static const char prologue[] = "import json\ndoc = b'";
static const char epilogue[] =
    "'.decode('utf-8', 'replace')\n"
    "for kw in ({}, {'strict': False}, {'object_pairs_hook': dict, 'parse_float': float, 'parse_int': int}):\n"
    "    try:\n"
    "        v = json.loads(doc, **kw)\n"
    "        t = json.dumps(v)\n"
    "        same = json.dumps(v, sort_keys=True)\n"
    "        forms = [json.dumps(v, indent=1, ensure_ascii=False), json.dumps(v, sort_keys=True, separators=(',', ':'))]\n"
    "    except (ValueError, RecursionError):\n"
    "        continue\n"
    "    if json.dumps(json.loads(t)) != t:\n"
    "        raise AssertionError('the compact form is not a fixed point')\n"
    "    for u in forms:\n"
    "        if json.dumps(json.loads(u, strict=False), sort_keys=True) != same:\n"
    "            raise AssertionError('another form decodes differently')\n"
    "try:\n"
    "    json.JSONDecoder().raw_decode(doc, len(doc) // 2)\n"
    "except (ValueError, RecursionError):\n"
    "    pass\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Each byte becomes at most 4 characters of a bytes literal. */
    if (size > (MOAT_MAX_SOURCE_BYTES - sizeof prologue - sizeof epilogue) / 4) return 0;
    size_t cap = sizeof prologue + sizeof epilogue + 4 * size;
    char *src = malloc(cap);
    if (!src) return 0;
    size_t n = 0;
    memcpy(src, prologue, sizeof prologue - 1);
    n += sizeof prologue - 1;
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < size; i++) {
        uint8_t c = data[i];
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
            src[n++] = (char)c;
        } else {
            src[n++] = '\\';
            src[n++] = 'x';
            src[n++] = hex[c >> 4];
            src[n++] = hex[c & 15];
        }
    }
    memcpy(src + n, epilogue, sizeof epilogue - 1);
    n += sizeof epilogue - 1;
    Moat *m = moat_new();
    if (m) {
        if (fuzz_whole_run(m, src, n) == MOAT_ERROR) __builtin_trap();
        moat_free(m);
    }
    free(src);
    return 0;
}
