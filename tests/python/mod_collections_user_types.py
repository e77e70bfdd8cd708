# UserDict, UserList, UserString: wrappers around .data with the full dict/list/str interface,
# returning the subclass where CPython does, as CPython 3.11.
from collections import UserDict, UserList, UserString


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


u = UserDict({'a': 1}, b=2)
print(u, repr(u), u.data, len(u), u['a'], 'b' in u, list(u), u.get('z', 0), type(u.copy()).__name__, u == {'a': 1, 'b': 2})
show(lambda: u['zz'])
u['c'] = 3; del u['a']; print(u, u.pop('b'), u.setdefault('d', 4), u.popitem(), u)
show(lambda: u.__delitem__('nope'))
print(UserDict(dict=1), UserDict([('k', 'v')]), UserDict.fromkeys('ab', 0), u | {'z': 1}, {'z': 1} | u)
x = UserDict(a=1); x |= {'b': 2}; print(x, type(x).__name__, sorted(x.items()), list(x.keys()), list(x.values()))


class Dflt(UserDict):
    def __missing__(self, key):
        return key * 2


print(Dflt()['ab'], Dflt().get('ab'), 'ab' in Dflt())
ul = UserList([3, 1, 2])
print(ul, repr(ul), ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, 2 in ul)
ul.append(5); ul.insert(0, 0); ul.extend([9]); print(ul, ul.pop(), ul.pop(0), ul)
ul.sort(); print(ul); ul.sort(reverse=True); print(ul); ul.reverse(); print(ul)
ul.remove(2); print(ul, ul.index(3), ul.count(1), ul + [7], [7] + ul, type([7] + ul).__name__, ul * 2, 2 * ul)
ul += (8,); print(ul); ul *= 2; print(ul)
ul[0] = 'z'; del ul[1]; ul[1:3] = ['s', 't']; print(ul)
print(ul == UserList(ul), ul < UserList(['zz']), UserList([1]) < [2], UserList([1]) == [1], type(ul.copy()).__name__)
show(lambda: ul.index('nope'))
show(lambda: UserList([]).pop())
ul.clear(); print(ul, UserList(), UserList('ab'), UserList(UserList([1])))
us = UserString('Hello')
print(us, repr(us), len(us), us[1], us[1:3], type(us[1:3]).__name__, us + '!', '>' + us, us * 2, 'ell' in us)
print(us.upper(), us.lower(), us.split('l'), us.replace('l', 'L'), us.startswith('He'), us.find('l'), us.count('l'))
print(us.center(9, '*'), us.zfill(7), us.strip('Ho'), us.join(['a', 'b']), us.partition('l'), us.encode(), us.capitalize())
print(us == 'Hello', us < 'Z', us == UserString('Hello'), hash(us) == hash('Hello'), str(us) + '', int(UserString('42')))
print(UserString(42), UserString('%s-%d') % ('a', 1), us.format() if hasattr(us, 'format') else '', us.isalpha(), us.title())
print(sorted([UserString('b'), UserString('a')]), us.rjust(8), us.ljust(8, '.'), us.index('l'), us.rfind('l'), us.swapcase())
print(us.removeprefix('He'), us.removesuffix('lo'), us.expandtabs(), us.splitlines(), us.casefold(), us.isdigit(), float(UserString('1.5')))
