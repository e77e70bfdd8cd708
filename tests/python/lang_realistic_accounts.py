# Realistic: a class hierarchy with properties, classmethods, custom exceptions and chaining.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available

class Account:
    _next_id = 1
    interest = 0.01
    def __init__(self, owner, balance=0):
        self.id = Account._next_id; Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError("negative balance")
        self._balance = v
    def deposit(self, amt):
        self.balance += amt; self.history.append(("dep", amt)); return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt; self.history.append(("wd", amt)); return self
    def __repr__(self): return f"{type(self).__name__}({self.owner!r}, {self.balance})"
    def __eq__(self, other): return isinstance(other, Account) and self.id == other.id
    def __hash__(self): return hash(self.id)
    def __lt__(self, other): return self.balance < other.balance
    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner, int(bal))
    @staticmethod
    def validate(amount): return isinstance(amount, (int, float)) and amount > 0

class Savings(Account):
    interest = 0.03
    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))
        return self
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("withdrawal limit")
        return super().withdraw(amt)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amt):
        if amt > self.balance + self.overdraft:
            raise InsufficientFunds(amt, self.balance + self.overdraft)
        self._balance -= amt
        self.history.append(("wd", amt))
        return self

accts = [Savings("ann", 1000), Checking("bob", 50), Account.from_string("cid:300")]
accts[0].add_interest().withdraw(10).withdraw(20)
for a in accts:
    try:
        a.withdraw(120)
    except InsufficientFunds as e:
        print(f"{a.owner}: {e} (short by {e.needed - e.available})")
    except PermissionError as e:
        print(f"{a.owner}: denied: {e}")
print(sorted(accts), max(accts).owner, {a: a.owner for a in accts}[accts[1]])
print([type(a).__mro__[1].__name__ for a in accts], Savings.interest, Account.validate(-1), isinstance(accts[0], Account))
try:
    accts[2].balance = -5
except ValueError as e:
    print("ValueError:", e)
print(accts[1].history, accts[1].balance, vars(accts[2]).keys())
print(getattr(accts[0], "missing", "dflt"), hasattr(Checking, "add_interest"), Checking.__name__, Checking.__qualname__, Checking.__bases__)
try:
    try:
        accts[2].withdraw(10**6)
    except InsufficientFunds as e:
        raise RuntimeError("transfer failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__.args)
import traceback
try:
    Account("x").withdraw(5)
except Exception:
    print(traceback.format_exc().splitlines()[-1])
