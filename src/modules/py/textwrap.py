# textwrap for Moat: TextWrapper (all of Python 3.11's options), wrap, fill, shorten, dedent and
# indent. Written for Moat from the library documentation and CPython's observable behavior; the
# splitting of text into words is a hand-written scanner (no regular expressions), and its
# results are checked against CPython's by tests/python/mod_textwrap_*.py. Left out: the
# undocumented class attributes of CPython's TextWrapper (wordsep_re, sentence_end_re, ...).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words; other spaces (U+00A0, ...) belong to the words.
_WHITESPACE = '\t\n\x0b\x0c\r '
_SPACES = {ord(c): ' ' for c in _WHITESPACE}


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _dash_run(text, i):
    # Length of an em-dash ("--", "---", ...) starting at i and followed by a word character,
    # or 0 when there is none.
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word_char(text[j]):
        return j - i
    return 0


def _hyphen_breaks(text, p):
    # True when a line may break just after the hyphen at text[p]: it follows two letters (or a
    # letter, a hyphen and a letter) and two letters (maybe hyphen-separated) follow it.
    n = len(text)
    before = (p >= 2 and _is_letter(text[p - 2]) and _is_letter(text[p - 1])) or \
             (p >= 3 and _is_letter(text[p - 3]) and text[p - 2] == '-' and _is_letter(text[p - 1]))
    if not before or p + 2 >= n or not _is_letter(text[p + 1]):
        return False
    return _is_letter(text[p + 2]) or (text[p + 2] == '-' and p + 3 < n and _is_letter(text[p + 3]))


def _split_on_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
        elif text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dash_run(text, i):
            j = i + _dash_run(text, i)
        else:
            j = i + 1
            while True:
                if j >= n or text[j] in _WHITESPACE:
                    break
                if text[j] == '-' and _hyphen_breaks(text, j):
                    j += 1
                    break
                if _is_word_punct(text[j - 1]) and text[j] == '-' and _dash_run(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_spaces(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then maybe one quote, at the chunk's end.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text. See the module documentation for the options."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_SPACES)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_spaces(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, pending, line, used, room):
        # pending holds the chunks still to place, the next one last; it is longer than room.
        space = 1 if room < 1 else room - used
        if self.break_long_words:
            chunk = pending[-1]
            cut = space
            if self.break_on_hyphens and len(chunk) > space:
                hyphen = chunk.rfind('-', 0, space)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            pending[-1] = chunk[cut:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        pending = chunks[::-1]
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = width - len(indent)
            # Whitespace at the start of a line goes, except at the start of the text.
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                            and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and used <= room)):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder, dropping words to make room.
            while line:
                if line[-1].strip() and used + len(placeholder) <= room:
                    lines.append(indent + ''.join(line) + placeholder)
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(placeholder) <= width:
                    lines[-1] = previous + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return it as one string of newline-separated lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into a single string of newline-separated lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to width, ending with the placeholder."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the leading whitespace (spaces and tabs) common to every non-blank line of text."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default, to the
    lines that are not whitespace only)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
