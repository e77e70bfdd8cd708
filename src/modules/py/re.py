# re in Python: a backtracking regular expression engine. Every step is ordinary Python bytecode,
# so a catastrophic pattern is stopped by the run's instruction and time limits instead of
# hanging the host. Patterns compile to a small instruction list run by an explicit-stack
# backtracking VM (no Python recursion, except for lookaround sub-programs).

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256
RegexFlag = int

_MAXREPEAT = 4294967295


class error(Exception):
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            # Where the error is, and the line and column when the pattern spans several lines.
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = 1 + pattern.count(nl, 0, pos)
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = f'{msg} at position {pos}'
            if nl in pattern:
                msg = f'{msg} (line {self.lineno}, column {self.colno})'
        Exception.__init__(self, msg)


# ---- parsing ---------------------------------------------------------------------------------------
# Nodes: ('lit', ch) ('any',) ('set', items, negate) ('cat', [nodes]) ('alt', [nodes])
# ('group', index_or_None, node) ('rep', node, min, max, greedy) ('bol',) ('eol',) ('bos',) ('eos',)
# ('wordb',) ('nwordb',) ('backref', index) ('look', node, ahead, negate) ('flags', on, off, node)
# Set items: ('ch', c) ('range', lo, hi) ('cls', letter) (letter in dDwWsS)

_SPECIAL_REPEAT = '*+?{'
_CLASS_ESCAPES = 'dDwWsS'


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open_groups = []

    def err(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        self._leading_flags()
        node = self.alt()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.err('unbalanced parenthesis')
            self.err('unexpected end of pattern')
        return node

    def _leading_flags(self):
        # Global inline flags such as (?i) at the start set the pattern's flags.
        p = self.p
        j = 0
        while p.startswith('(?', j) and j + 2 < len(p) and p[j + 2] in 'aiLmsux':
            k = j + 2
            on = 0
            while k < len(p) and p[k] in 'aiLmsux':
                on |= _FLAG_LETTERS[p[k]]
                k += 1
            if k < len(p) and p[k] == ')':
                self.flags |= on
                j = k + 1
            else:
                break

    def alt(self):
        branches = [self.seq()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.seq())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def seq(self):
        items = []
        while True:
            c = self.peek()
            if c is None or c == '|' or c == ')':
                break
            if self.flags & VERBOSE:
                if c in ' \t\n\r\f\v':
                    self.i += 1
                    continue
                if c == '#':
                    while self.i < len(self.p) and self.p[self.i] != '\n':
                        self.i += 1
                    continue
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            atom = self.repeat(atom, start)
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def repeat(self, atom, start):
        while True:
            c = self.peek()
            if c is None or c not in _SPECIAL_REPEAT:
                return atom
            here = self.i
            if c == '{':
                r = self._brace()
                if r is None:
                    return atom
                lo, hi = r
            else:
                self.i += 1
                lo, hi = {'*': (0, _MAXREPEAT), '+': (1, _MAXREPEAT), '?': (0, 1)}[c]
            if atom[0] in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb') or atom[0] == 'empty':
                self.err('nothing to repeat', here)
            if atom[0] == 'rep' and atom[5]:
                self.err('multiple repeat', here)
            greedy = True
            if self.peek() == '?':
                self.i += 1
                greedy = False
            elif self.peek() == '+':
                self.err('multiple repeat', self.i)
            atom = ('rep', atom, lo, hi, greedy, True)
            c = self.peek()
            if c is not None and c in _SPECIAL_REPEAT and not (c == '{' and self._brace_peek() is None):
                self.err('multiple repeat', self.i)

    def _brace_peek(self):
        save = self.i
        try:
            return self._brace()
        finally:
            self.i = save

    def _brace(self):
        p = self.p
        j = self.i + 1
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo_s = p[j:k]
        hi_s = None
        if k < len(p) and p[k] == ',':
            m = k + 1
            while m < len(p) and p[m].isdigit():
                m += 1
            hi_s = p[k + 1:m]
            k = m
        if k >= len(p) or p[k] != '}' or (not lo_s and hi_s is None):
            return None
        lo = int(lo_s) if lo_s else 0
        if hi_s is None:
            hi = lo
        else:
            hi = int(hi_s) if hi_s else _MAXREPEAT
        if hi < lo:
            self.err('min repeat greater than max repeat', j)
        self.i = k + 1
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        if c == '(':
            return self.group()
        if c in '*+?':
            self.err('nothing to repeat')
        if c == '{' and self._brace_peek() is not None:
            self.err('nothing to repeat')
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return self.charset()
        if c == '\\':
            return self.escape(False)
        return ('lit', c)

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        if p.startswith('?', self.i):
            self.i += 1
            c = self.peek()
            if c == ':':
                self.i += 1
                node = self.alt()
                self.close(start)
                return ('group', None, node)
            if c == 'P':
                self.i += 1
                c2 = self.peek()
                if c2 == '<':
                    end = p.find('>', self.i)
                    if end < 0:
                        self.err('missing >, unterminated name', self.i + 1)
                    name = p[self.i + 1:end]
                    if not name:
                        self.err('missing group name', self.i + 1)
                    if not name.isidentifier():
                        self.err('bad character in group name %r' % name, self.i + 1)
                    if name in self.names:
                        self.err("redefinition of group name %r as group %d; was group %d"
                                 % (name, self.ngroups + 1, self.names[name]), self.i + 1)
                    self.i = end + 1
                    self.ngroups += 1
                    idx = self.ngroups
                    self.names[name] = idx
                    self.open_groups.append(idx)
                    node = self.alt()
                    self.open_groups.pop()
                    self.close(start)
                    return ('group', idx, node)
                if c2 == '=':
                    end = p.find(')', self.i)
                    if end < 0:
                        self.err('missing ), unterminated name', self.i + 1)
                    name = p[self.i + 1:end]
                    if name not in self.names:
                        self.err('unknown group name %r' % name, self.i + 1)
                    self.i = end + 1
                    return ('backref', self.names[name])
                self.err('unknown extension ?P' + (c2 or ''), self.i - 1)
            if c == '#':
                end = p.find(')', self.i)
                if end < 0:
                    self.err('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            if c == '=' or c == '!':
                self.i += 1
                node = self.alt()
                self.close(start)
                return ('look', node, True, c == '!', 0)
            if c == '<' and self.i + 1 < len(p) and p[self.i + 1] in '=!':
                neg = p[self.i + 1] == '!'
                self.i += 2
                node = self.alt()
                self.close(start)
                width = _width(node)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', node, False, neg, width)
            if c is not None and (c in 'aiLmsux-'):
                on = off = 0
                while self.peek() is not None and self.peek() in 'aiLmsux':
                    on |= _FLAG_LETTERS[self.peek()]
                    self.i += 1
                if self.peek() == '-':
                    self.i += 1
                    while self.peek() is not None and self.peek() in 'aiLmsux':
                        off |= _FLAG_LETTERS[self.peek()]
                        self.i += 1
                if self.peek() == ')':
                    self.i += 1
                    if start != 0 and not _only_flags_before(p, start):
                        self.err('global flags not at the start of the expression', start)
                    return None
                if self.peek() == ':':
                    self.i += 1
                    saved = self.flags
                    self.flags = (self.flags | on) & ~off
                    node = self.alt()
                    self.flags = saved
                    self.close(start)
                    return ('flags', on, off, node)
                self.err('missing -, : or )', self.i)
            self.err('unknown extension ?' + (c or ''), self.i - 1)
        self.ngroups += 1
        idx = self.ngroups
        self.open_groups.append(idx)
        node = self.alt()
        self.open_groups.pop()
        self.close(start)
        return ('group', idx, node)

    def close(self, start):
        if self.peek() != ')':
            self.err('missing ), unterminated subpattern', start)
        self.i += 1

    def escape(self, in_set):
        p = self.p
        start = self.i - 1
        if self.i >= len(p):
            self.err('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in _CLASS_ESCAPES:
            return ('set', [('cls', c)], False) if not in_set else ('cls', c)
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '\\': '\\'}
        if c in simple:
            return ('lit', simple[c]) if not in_set else ('ch', simple[c])
        if c == 'b':
            return ('wordb',) if not in_set else ('ch', '\b')
        if c == 'x':
            h = p[self.i:self.i + 2]
            if len(h) != 2 or not all(x in '0123456789abcdefABCDEF' for x in h):
                self.err('incomplete escape \\x' + h, start)
            self.i += 2
            ch = chr(int(h, 16))
            return ('lit', ch) if not in_set else ('ch', ch)
        if c == 'u' or c == 'U':
            n = 4 if c == 'u' else 8
            h = p[self.i:self.i + n]
            if len(h) != n or not all(x in '0123456789abcdefABCDEF' for x in h):
                self.err('incomplete escape \\%s%s' % (c, h), start)
            self.i += n
            ch = chr(int(h, 16))
            return ('lit', ch) if not in_set else ('ch', ch)
        if c == '0':
            digits = '0'
            while len(digits) < 3 and self.i < len(p) and p[self.i] in '01234567':
                digits += p[self.i]
                self.i += 1
            ch = chr(int(digits, 8))
            return ('lit', ch) if not in_set else ('ch', ch)
        if c.isdigit():
            if in_set:
                if c in '01234567':
                    digits = c
                    while len(digits) < 3 and self.i < len(p) and p[self.i] in '01234567':
                        digits += p[self.i]
                        self.i += 1
                    return ('ch', chr(int(digits, 8)))
                self.err('bad escape \\' + c, start)
            digits = c
            if self.i < len(p) and p[self.i].isdigit():
                digits += p[self.i]
                self.i += 1
            n = int(digits)
            if n > self.ngroups or n in self.open_groups:
                if n in self.open_groups:
                    self.err('cannot refer to an open group', start)
                self.err('invalid group reference %d' % n, start + 1)
            return ('backref', n)
        if not in_set:
            if c == 'A':
                return ('bos',)
            if c == 'Z':
                return ('eos',)
            if c == 'B':
                return ('nwordb',)
        if c.isascii() and c.isalpha():
            self.err('bad escape \\' + c, start)
        return ('lit', c) if not in_set else ('ch', c)

    def charset(self):
        p = self.p
        start = self.i - 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.err('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            if c == '\\':
                self.i += 1
                item = self.escape(True)
            else:
                self.i += 1
                item = ('ch', c)
            if (item[0] == 'ch' and self.i + 1 < len(p) and p[self.i] == '-' and p[self.i + 1] != ']'):
                self.i += 1
                if p[self.i] == '\\':
                    self.i += 1
                    hi = self.escape(True)
                else:
                    hi = ('ch', p[self.i])
                    self.i += 1
                if hi[0] != 'ch':
                    self.err('bad character range %s-%s' % (item[1], p[self.i - 2:self.i]), self.i - 4)
                if hi[1] < item[1]:
                    self.err('bad character range %s-%s' % (item[1], hi[1]), self.i - 3)
                items.append(('range', item[1], hi[1]))
            else:
                items.append(item)
        return ('set', items, negate)


_FLAG_LETTERS = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL, 'u': UNICODE, 'x': VERBOSE}


def _only_flags_before(p, start):
    j = 0
    while j < start:
        if not p.startswith('(?', j):
            return False
        k = p.find(')', j)
        j = k + 1
    return True


def _width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'set'):
        return 1
    if kind in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb', 'look', 'empty'):
        return 0
    if kind == 'cat':
        total = 0
        for n in node[1]:
            w = _width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        ws = set(_width(n) for n in node[1])
        if len(ws) == 1:
            return ws.pop()
        return None
    if kind == 'group':
        return _width(node[2])
    if kind == 'flags':
        return _width(node[3])
    if kind == 'rep':
        if node[2] == node[3]:
            w = _width(node[1])
            return None if w is None else w * node[2]
        return None
    return None


def _can_be_empty(node):
    kind = node[0]
    if kind in ('lit', 'any', 'set'):
        return False
    if kind == 'cat':
        return all(_can_be_empty(n) for n in node[1])
    if kind == 'alt':
        return any(_can_be_empty(n) for n in node[1])
    if kind == 'group':
        return _can_be_empty(node[2])
    if kind == 'flags':
        return _can_be_empty(node[3])
    if kind == 'rep':
        return node[2] == 0 or _can_be_empty(node[1])
    return True


# ---- compiling to instructions ----------------------------------------------------------------------
# ('char', c, icase) ('any', dotall) ('set', items, negate, icase) ('split', a, b) ('jmp', a)
# ('save', slot) ('bol', multiline) ('eol', multiline) ('bos',) ('eos',) ('wordb', ascii)
# ('nwordb', ascii) ('backref', n, icase) ('look', prog, ahead, negate, width) ('mark', reg)
# ('check', reg) ('match',)

class _Compiler:
    def __init__(self, ngroups):
        self.code = []
        self.nregs = 2 * (ngroups + 1)

    def emit(self, ins):
        self.code.append(ins)
        return len(self.code) - 1

    def comp(self, node, flags):
        kind = node[0]
        code = self.code
        if kind == 'lit':
            self.emit(('char', node[1], bool(flags & IGNORECASE)))
        elif kind == 'any':
            self.emit(('any', bool(flags & DOTALL)))
        elif kind == 'set':
            self.emit(('set', node[1], node[2], bool(flags & IGNORECASE), bool(flags & ASCII)))
        elif kind == 'cat':
            for n in node[1]:
                self.comp(n, flags)
        elif kind == 'alt':
            jumps = []
            branches = node[1]
            for k, n in enumerate(branches):
                if k < len(branches) - 1:
                    split = self.emit(None)
                    self.comp(n, flags)
                    jumps.append(self.emit(None))
                    code[split] = ('split', split + 1, len(code))
                else:
                    self.comp(n, flags)
            for j in jumps:
                code[j] = ('jmp', len(code))
        elif kind == 'group':
            if node[1] is None:
                self.comp(node[2], flags)
            else:
                self.emit(('save', 2 * node[1]))
                self.comp(node[2], flags)
                self.emit(('save', 2 * node[1] + 1))
        elif kind == 'flags':
            self.comp(node[3], (flags | node[1]) & ~node[2])
        elif kind == 'bol':
            self.emit(('bol', bool(flags & MULTILINE)))
        elif kind == 'eol':
            self.emit(('eol', bool(flags & MULTILINE)))
        elif kind in ('bos', 'eos'):
            self.emit((kind,))
        elif kind in ('wordb', 'nwordb'):
            self.emit((kind, bool(flags & ASCII)))
        elif kind == 'backref':
            self.emit(('backref', node[1], bool(flags & IGNORECASE)))
        elif kind == 'look':
            sub = _Compiler(0)
            sub.nregs = self.nregs
            sub.comp(node[1], flags)
            sub.emit(('match',))
            self.emit(('look', sub.code, node[2], node[3], node[4]))
        elif kind == 'rep':
            self.rep(node, flags)
        else:
            raise error('internal error: unknown node %r' % (kind,))

    def rep(self, node, flags):
        code = self.code
        body, lo, hi, greedy = node[1], node[2], node[3], node[4]
        if lo > 100000 or (hi != _MAXREPEAT and hi > 100000):
            raise OverflowError('the repetition number is too large')
        for _ in range(lo):
            self.comp(body, flags)
        empty_ok = _can_be_empty(body)
        if hi == _MAXREPEAT:
            reg = None
            if empty_ok:
                reg = self.nregs
                self.nregs += 1
            loop = self.emit(None)
            if reg is not None:
                self.emit(('mark', reg))
            self.comp(body, flags)
            check = None
            if reg is not None:
                check = self.emit(None)
            self.emit(('jmp', loop))
            end = len(code)
            if check is not None:
                # An iteration that matched nothing leaves the loop (keeping its groups), as sre.
                code[check] = ('check', reg, end)
            code[loop] = ('split', loop + 1, end) if greedy else ('split', end, loop + 1)
        else:
            splits = []
            for _ in range(hi - lo):
                s = self.emit(None)
                splits.append(s)
                self.comp(body, flags)
            end = len(code)
            for s in splits:
                code[s] = ('split', s + 1, end) if greedy else ('split', end, s + 1)


def _is_word(c, ascii_only):
    if ascii_only:
        return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')
    return c == '_' or c.isalnum()


def _class_match(letter, c, ascii_only):
    if letter == 'd':
        return ('0' <= c <= '9') if ascii_only else c.isdecimal()
    if letter == 'D':
        return not (('0' <= c <= '9') if ascii_only else c.isdecimal())
    if letter == 'w':
        return _is_word(c, ascii_only)
    if letter == 'W':
        return not _is_word(c, ascii_only)
    if letter == 's':
        return c in ' \t\n\r\f\v' or (not ascii_only and c.isspace())
    return not (c in ' \t\n\r\f\v' or (not ascii_only and c.isspace()))


def _set_match(items, negate, icase, ascii_only, c):
    cands = (c, c.lower(), c.upper()) if icase else (c,)
    hit = False
    for x in cands:
        for it in items:
            k = it[0]
            if k == 'ch':
                if it[1] == x:
                    hit = True
                    break
            elif k == 'range':
                if it[1] <= x <= it[2]:
                    hit = True
                    break
            elif _class_match(it[1], x, ascii_only):
                hit = True
                break
        if hit:
            break
    return hit != negate


def _run(code, s, start, end, nregs, must_advance, search_start):
    # Returns the register list of the first match starting at `start`, or None.
    regs = [-1] * nregs
    stack = [(0, start, regs)]
    while stack:
        pc, pos, regs = stack.pop()
        while True:
            ins = code[pc]
            op = ins[0]
            if op == 'char':
                if pos < end and (s[pos] == ins[1] or (ins[2] and s[pos].lower() == ins[1].lower())):
                    pos += 1
                    pc += 1
                    continue
                break
            if op == 'any':
                if pos < end and (ins[1] or s[pos] != '\n'):
                    pos += 1
                    pc += 1
                    continue
                break
            if op == 'set':
                if pos < end and _set_match(ins[1], ins[2], ins[3], ins[4], s[pos]):
                    pos += 1
                    pc += 1
                    continue
                break
            if op == 'split':
                stack.append((ins[2], pos, regs[:]))
                pc = ins[1]
                continue
            if op == 'jmp':
                pc = ins[1]
                continue
            if op == 'save':
                regs = regs[:]
                regs[ins[1]] = pos
                pc += 1
                continue
            if op == 'match':
                if must_advance and pos == search_start:
                    break
                regs[0] = start
                regs[1] = pos
                return regs
            if op == 'bol':
                if pos == 0 or (ins[1] and s[pos - 1] == '\n'):
                    pc += 1
                    continue
                break
            if op == 'eol':
                if pos == end or (pos == end - 1 and s[pos] == '\n') or (ins[1] and s[pos] == '\n'):
                    pc += 1
                    continue
                break
            if op == 'bos':
                if pos == 0:
                    pc += 1
                    continue
                break
            if op == 'eos':
                if pos == end:
                    pc += 1
                    continue
                break
            if op == 'wordb' or op == 'nwordb':
                a = pos > 0 and _is_word(s[pos - 1], ins[1])
                b = pos < end and _is_word(s[pos], ins[1])
                if (a != b) == (op == 'wordb'):
                    pc += 1
                    continue
                break
            if op == 'backref':
                gs, ge = regs[2 * ins[1]], regs[2 * ins[1] + 1]
                if gs < 0 or ge < 0:
                    break
                text = s[gs:ge]
                piece = s[pos:pos + len(text)]
                if piece == text or (ins[2] and piece.lower() == text.lower()):
                    pos += len(text)
                    pc += 1
                    continue
                break
            if op == 'mark':
                regs = regs[:]
                regs[ins[1]] = pos
                pc += 1
                continue
            if op == 'check':
                if regs[ins[1]] == pos:
                    pc = ins[2]
                else:
                    pc += 1
                continue
            if op == 'look':
                sub, ahead, negate, width = ins[1], ins[2], ins[3], ins[4]
                if ahead:
                    r = _run(sub, s, pos, end, len(regs), False, -1)
                else:
                    r = None
                    if pos - width >= 0:
                        r = _run(sub, s, pos - width, pos, len(regs), False, -1)
                        if r is not None and r[1] != pos:
                            r = None
                if negate:
                    if r is not None:
                        break
                elif r is None:
                    break
                else:
                    regs = regs[:]
                    for k in range(2, len(regs)):
                        if r[k] != -1 and k < len(r):
                            regs[k] = r[k]
                pc += 1
                continue
            raise error('internal error: bad instruction %r' % (op,))
    return None


class Match:
    def __init__(self, pattern, string, regs, pos, endpos):
        self.re = pattern
        self.string = string
        self._regs = regs
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        raise IndexError('no such group')

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def _group(self, g, default=None):
        i = self._index(g)
        a, b = self._regs[2 * i], self._regs[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._regs[2 * i], self._regs[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._regs[2 * i], self._regs[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            e = self._regs[2 * i + 1]
            if e >= 0 and e >= best_end:
                if e > best_end or best is None:
                    best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand_template(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        if isinstance(pattern, bytes):
            raise TypeError('Moat: bytes patterns are not supported')
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self.flags = parser.flags | (0 if parser.flags & ASCII else UNICODE)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)
        comp = _Compiler(parser.ngroups)
        comp.comp(tree, parser.flags)
        comp.emit(('match',))
        self._code = comp.code
        self._nregs = comp.nregs
        first = self._code[0]
        self._first = first[1] if first[0] == 'char' and not first[2] else None
        # A leading character class lets the search skip start positions without running the VM.
        self._first_set = first if first[0] == 'set' else None

    def _match_at(self, string, pos, endpos, must_advance=False):
        regs = _run(self._code, string, pos, endpos, self._nregs, must_advance, pos)
        if regs is None:
            return None
        return Match(self, string, regs[:2 * (self.groups + 1)], pos, endpos)

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        return pos, endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._match_at(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        code = self._code[:-1] + [('eos',), ('match',)]
        regs = _run(code, string[:endpos], pos, endpos, self._nregs, False, pos)
        if regs is None:
            return None
        return Match(self, string, regs[:2 * (self.groups + 1)], pos, endpos)

    def _search(self, string, pos, endpos, must_advance=False):
        first = self._first
        first_set = self._first_set
        start = pos
        while start <= endpos:
            if first is not None:
                j = string.find(first, start, endpos)
                if j < 0:
                    return None
                start = j
            elif first_set is not None:
                while start < endpos and not _set_match(first_set[1], first_set[2], first_set[3], first_set[4],
                                                        string[start]):
                    start += 1
                if start >= endpos:
                    return None
            regs = _run(self._code, string, start, endpos, self._nregs, must_advance, pos)
            if regs is not None:
                return Match(self, string, regs[:2 * (self.groups + 1)], pos, endpos)
            start += 1
        return None

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        must_advance = False
        while pos <= endpos:
            m = self._search(string, pos, endpos, must_advance)
            if m is None:
                return
            yield m
            must_advance = m.end() == m.start()
            pos = m.end()

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._group(1, ''))
            else:
                out.append(m.groups(''))
        return out

    def split(self, string, maxsplit=0):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        out = []
        last = 0
        n = 0
        for m in self._iter(string, 0, len(string)):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        if callable(repl):
            fn = repl
        else:
            fn = _expand_template(self, repl)
        out = []
        last = 0
        n = 0
        for m in self._iter(string, 0, len(string)):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            r = fn(m)
            if r is not None:
                out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self.flags & ~UNICODE
        names = []
        for name, value in (('TEMPLATE', TEMPLATE), ('IGNORECASE', IGNORECASE), ('LOCALE', LOCALE),
                            ('MULTILINE', MULTILINE), ('DOTALL', DOTALL), ('VERBOSE', VERBOSE),
                            ('DEBUG', DEBUG), ('ASCII', ASCII)):
            if flags & value:
                names.append('re.' + name)
        if names:
            return 're.compile(%r, %s)' % (self.pattern, '|'.join(names))
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _expand_template(pattern, template):
    if not isinstance(template, str):
        raise TypeError('expected str instance, %s found' % type(template).__name__)
    parts = []
    lit = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', template, i - 1)
        c = template[i]
        if c == 'g':
            if i + 1 >= n or template[i + 1] != '<':
                raise error('missing <', template, i + 1)
            end = template.find('>', i + 2)
            if end < 0:
                raise error('missing >, unterminated name', template, i + 2)
            name = template[i + 2:end]
            if not name:
                raise error('missing group name', template, i + 2)
            if name.isdigit():
                idx = int(name)
                if idx > pattern.groups:
                    raise error('invalid group reference %d' % idx, template, i + 2)
            else:
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, template, i + 2)
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                idx = pattern.groupindex[name]
            parts.append(''.join(lit))
            lit = []
            parts.append(idx)
            i = end + 1
            continue
        if c.isdigit():
            if c == '0':
                digits = ''
                j = i + 1
                while j < n and len(digits) < 2 and template[j] in '01234567':
                    digits += template[j]
                    j += 1
                lit.append(chr(int('0' + digits, 8)))
                i = j
                continue
            digits = c
            j = i + 1
            if j < n and template[j].isdigit():
                digits += template[j]
                j += 1
            idx = int(digits)
            if idx > pattern.groups:
                raise error('invalid group reference %d' % idx, template, i)
            parts.append(''.join(lit))
            lit = []
            parts.append(idx)
            i = j
            continue
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
        if c in simple:
            lit.append(simple[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\' + c, template, i - 1)
        else:
            lit.append('\\' + c)
        i += 1
    parts.append(''.join(lit))

    def expand(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                g = m._group(p)
                if g is not None:
                    out.append(g)
            else:
                out.append(p)
        return ''.join(out)
    return expand


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    raise TypeError('Moat: escape() of bytes is not supported')
