class Account:
    interest = 0.0
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def month_end(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance:.2f})"
class Savings(Account):
    interest = 0.02
class Checking(Account):
    fee = 1.5
    def month_end(self):
        super().month_end()
        self._balance -= self.fee
class InsufficientFunds(Exception):
    def __init__(self, acct, amount):
        super().__init__(f"{acct.owner} cannot withdraw {amount:.2f} (balance {acct.balance:.2f})")
        self.acct = acct
accts = [Savings("ana", 100), Checking("bo", 50), Account("cy")]
accts[0].deposit(50).withdraw(20)
accts[2].deposit(10)
for a in accts:
    try:
        a.withdraw(60)
    except InsufficientFunds as e:
        print("error:", e)
for a in accts:
    a.month_end()
print(accts)
print(sorted(accts, key=lambda a: a.balance, reverse=True)[0].owner, [len(a.history) for a in accts])
try:
    accts[0].deposit(-5)
except ValueError as e:
    print(e)
