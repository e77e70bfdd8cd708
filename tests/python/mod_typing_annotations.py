# typing names are importable and harmless
from typing import Any, Optional, List, Dict, Union, Callable, TypeVar, Tuple, Generic, Iterable, cast
import typing
T = TypeVar('T')
def f(x: Optional[int] = None, y: List[Dict[str, Any]] = []) -> Union[int, str]:
    return x or 0
print(f(3), f())
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box(5).get(), cast(int, "x"), T)
print(typing.List[int], typing.Optional[str], typing.Union[int, str], typing.Any)
x: Callable[[int], int] = lambda a: a
print(x(2), typing.TYPE_CHECKING)
