# fnmatch: shell-style wildcards (*, ?, [seq], [!seq]) matched by a small matcher of its own
# (no regular expressions, so matching is fast in the sandbox). Names are case-sensitive (posix).

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _compile(pat):
    # pattern -> list of tokens: ('*',), ('?',), ('[', negate, ranges), ('c', char)
    tokens = _cache.get(pat)
    if tokens is not None:
        return tokens
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('c', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(('[', negate, ranges))
        else:
            tokens.append(('c', c))
    if len(_cache) > 256:
        _cache.clear()
    _cache[pat] = tokens
    return tokens


def _one(tok, ch):
    kind = tok[0]
    if kind == 'c':
        return tok[1] == ch
    if kind == '?':
        return True
    hit = False
    for lo, hi in tok[2]:
        if lo <= ch <= hi:
            hit = True
            break
    return hit != tok[1]


def _match(tokens, name):
    # Greedy with backtracking to the last '*' (linear in practice, never exponential).
    ti = ni = 0
    star_t = -1
    star_n = 0
    nt, nn = len(tokens), len(name)
    while ni < nn:
        if ti < nt and tokens[ti][0] == '*':
            star_t = ti
            star_n = ni
            ti += 1
        elif ti < nt and _one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_t >= 0:
            star_n += 1
            ni = star_n
            ti = star_t + 1
        else:
            return False
    while ti < nt and tokens[ti][0] == '*':
        ti += 1
    return ti == nt


def fnmatchcase(name, pat):
    return _match(_compile(pat), name)


def fnmatch(name, pat):
    import os
    name = os.fspath(name)
    pat = os.fspath(pat)
    return _match(_compile(pat), name)


def filter(names, pat):
    tokens = _compile(pat)
    return [n for n in names if _match(tokens, n)]


def translate(pat):
    out = []
    for tok in _compile(pat):
        kind = tok[0]
        if kind == '*':
            out.append('.*')
        elif kind == '?':
            out.append('.')
        elif kind == 'c':
            c = tok[1]
            out.append('\\' + c if c in '.^$*+?{}[]\\|()' else c)
        else:
            s = ''.join(lo if lo == hi else lo + '-' + hi for lo, hi in tok[2]).replace('\\', '\\\\')
            out.append('[' + ('^' if tok[1] else '') + s + ']')
    return '(?s:%s)\\Z' % ''.join(out)
