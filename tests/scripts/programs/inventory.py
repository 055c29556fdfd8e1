# A small inventory system in ordinary Python style: classes, exceptions,
# dict/str processing, sorting, formatting.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku


class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.qty})"

    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def take(self, sku, n):
        try:
            item = self.items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku}") from None
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("take", sku, n))
        return item.price * n

    def report(self):
        lines = []
        for item in sorted(self.items.values(), key=lambda i: (-i.value(), i.sku)):
            lines.append(f"{item.sku:<6}{item.name:>12} {item.qty:>4} x {item.price:>7.2f} = {item.value():>9.2f}")
        total = sum([i.value() for i in self.items.values()])
        lines.append(f"{'total':<6}{'':>12} {'':>4}   {'':>7}   {total:>9.2f}")
        return "\n".join(lines)


inv = Inventory()
for sku, name, price, qty in [("A1", "widget", 2.5, 100), ("B2", "gadget", 12.0, 7),
                              ("C3", "doohickey", 0.75, 1000), ("D4", "gizmo", 99.99, 2)]:
    inv.add(Item(sku, name, price, qty))

orders = [("A1", 30), ("B2", 8), ("Z9", 1), ("C3", 999), ("D4", 2), ("A1", 70), ("A1", 1)]
revenue = 0.0
for sku, n in orders:
    try:
        revenue += inv.take(sku, n)
        print(f"took {n:>3} of {sku}")
    except OutOfStock as e:
        print("out of stock:", e, "| sku =", e.sku)
    except InventoryError as e:
        print("error:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)

try:
    inv.add(Item("A1", "again", 1.0))
except InventoryError as e:
    print(repr(e))

print(f"revenue: {revenue:,.2f}")
print(inv.report())
counts = {}
for action, sku, n in inv.log:
    counts[action] = counts.get(action, 0) + n
print(sorted(counts.items()), len(inv.log))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, "|".join(sorted(set(words))), "-".join([w.upper() for w in ["a", "b"]]))
