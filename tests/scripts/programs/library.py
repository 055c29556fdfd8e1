# A realistic program in ordinary Python style: a small library system with
# dataclasses, enums, collections, generators, context managers, exceptions
# and text reports.
from collections import Counter, defaultdict, namedtuple
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import total_ordering
import json


class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()
    POETRY = auto()


class LibraryError(Exception):
    """Base class for the library's errors."""


class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is on loan to {holder}")
        self.title = title
        self.holder = holder


class UnknownMember(LibraryError, KeyError):
    pass


@total_ordering
@dataclass(frozen=True)
class Book:
    isbn: str
    title: str
    author: str
    year: int
    genre: Genre
    tags: tuple = ()

    def __lt__(self, other):
        return (self.author, self.year) < (other.author, other.year)

    @property
    def decade(self):
        return self.year // 10 * 10


@dataclass
class Member:
    name: str
    limit: int = 3
    loans: list = field(default_factory=list)
    history: list = field(default_factory=list)

    def can_borrow(self):
        return len(self.loans) < self.limit


Event = namedtuple("Event", "day kind member isbn")


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.holder = {}
        self.events = []
        self.day = 0

    def add(self, *books):
        for book in books:
            if book.isbn in self.books:
                raise LibraryError(f"duplicate ISBN {book.isbn}")
            self.books[book.isbn] = book

    def join(self, name, limit=3):
        self.members[name] = Member(name, limit)
        return self.members[name]

    def member(self, name):
        try:
            return self.members[name]
        except KeyError:
            raise UnknownMember(name) from None

    def lend(self, name, isbn):
        member = self.member(name)
        book = self.books[isbn]
        if isbn in self.holder:
            raise NotAvailable(book.title, self.holder[isbn])
        if not member.can_borrow():
            raise LibraryError(f"{name} has reached the limit of {member.limit}")
        self.holder[isbn] = name
        member.loans.append(isbn)
        member.history.append(isbn)
        self.events.append(Event(self.day, "lend", name, isbn))

    def give_back(self, name, isbn):
        member = self.member(name)
        member.loans.remove(isbn)
        del self.holder[isbn]
        self.events.append(Event(self.day, "return", name, isbn))

    def available(self, genre=None):
        for isbn, book in sorted(self.books.items()):
            if isbn not in self.holder and (genre is None or book.genre is genre):
                yield book

    @contextmanager
    def session(self, label):
        self.day += 1
        print(f"-- day {self.day}: {label}")
        try:
            yield self
        except LibraryError as e:
            print(f"   refused: {e}")
        finally:
            print(f"   on loan: {len(self.holder)}")


CATALOGUE = [
    ("978-0", "Dune", "Herbert", 1965, Genre.FICTION, ("desert", "politics")),
    ("978-1", "Cosmos", "Sagan", 1980, Genre.SCIENCE, ("space",)),
    ("978-2", "The Histories", "Herodotus", -430, Genre.HISTORY, ("greece", "war")),
    ("978-3", "Leaves of Grass", "Whitman", 1855, Genre.POETRY, ()),
    ("978-4", "Foundation", "Asimov", 1951, Genre.FICTION, ("space", "politics")),
    ("978-5", "I, Robot", "Asimov", 1950, Genre.FICTION, ("robots",)),
    ("978-6", "A Brief History of Time", "Hawking", 1988, Genre.SCIENCE, ("space", "physics")),
    ("978-7", "SPQR", "Beard", 2015, Genre.HISTORY, ("rome",)),
]


def build():
    library = Library()
    library.add(*(Book(*row) for row in CATALOGUE))
    for name, limit in [("ada", 2), ("grace", 3), ("linus", 1)]:
        library.join(name, limit)
    return library


def simulate(library):
    with library.session("opening") as lib:
        lib.lend("ada", "978-0")
        lib.lend("grace", "978-4")
        lib.lend("linus", "978-1")
    with library.session("busy") as lib:
        lib.lend("ada", "978-5")
        lib.lend("ada", "978-6")  # over the limit
    with library.session("contention") as lib:
        lib.lend("grace", "978-0")  # on loan to ada
    with library.session("returns") as lib:
        lib.give_back("ada", "978-0")
        lib.lend("grace", "978-0")
        lib.give_back("linus", "978-1")
    with library.session("stranger") as lib:
        try:
            lib.lend("bob", "978-2")
        except KeyError as e:
            print(f"   unknown member {e.args[0]!r} ({type(e).__name__}, a KeyError: {isinstance(e, KeyError)})")
    try:
        library.add(Book("978-7", "SPQR again", "Beard", 2016, Genre.HISTORY))
    except LibraryError as e:
        print("error:", e)


def report(library):
    print("== available by genre")
    for genre in Genre:
        titles = [b.title for b in library.available(genre)]
        print(f"{genre.name.title():<8} {len(titles)}: {', '.join(titles) or '-'}")

    print("== authors, in order")
    for book in sorted(library.books.values()):
        print(f"{book.author:<10} {book.year:>5}  {book.title}")

    print("== by decade")
    decades = defaultdict(list)
    for book in library.books.values():
        if book.year > 0:
            decades[book.decade].append(book.title)
    for decade in sorted(decades):
        print(f"{decade}s: {sorted(decades[decade])}")

    print("== tags")
    tags = Counter(tag for book in library.books.values() for tag in book.tags)
    for tag, count in tags.most_common(3):
        print(f"{tag}: {'#' * count}")

    print("== members")
    for member in sorted(library.members.values(), key=lambda m: (-len(m.history), m.name)):
        on_loan = [library.books[i].title for i in member.loans]
        print(f"{member.name}: borrowed {len(member.history)}, holding {on_loan}")

    print("== events")
    kinds = Counter(e.kind for e in library.events)
    print(dict(sorted(kinds.items())))
    busiest = max(range(1, library.day + 1), key=lambda d: sum(1 for e in library.events if e.day == d))
    print("busiest day:", busiest)
    first = library.events[0]
    print(first, first._asdict()["member"])


def export(library):
    data = {
        "books": [
            {"isbn": b.isbn, "title": b.title, "genre": b.genre.name, "year": b.year}
            for b in sorted(library.books.values(), key=lambda b: b.isbn)
            if b.genre in (Genre.SCIENCE, Genre.POETRY)
        ],
        "loans": dict(sorted(library.holder.items())),
    }
    text = json.dumps(data, indent=2, sort_keys=True)
    print(text)
    again = json.loads(text)
    assert again == data, "round trip failed"
    print("round trip ok:", len(again["books"]), "books,", len(again["loans"]), "loans")


def word_stats(library):
    words = Counter()
    for book in library.books.values():
        for word in book.title.lower().replace(",", "").split():
            if len(word) > 2:
                words[word] += 1
    longest = max(words, key=lambda w: (len(w), w))
    print("title words:", len(words), "longest:", longest, "repeated:", sorted(w for w, n in words.items() if n > 1))
    initials = "".join(sorted({b.author[0] for b in library.books.values()}))
    print("author initials:", initials)


class Money:
    """Whole cents, with the arithmetic fines need."""

    __slots__ = ("cents",)

    def __init__(self, cents=0):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        units, _, cents = text.strip("$").partition(".")
        return cls(int(units) * 100 + int(cents or 0))

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    __radd__ = lambda self, other: self if other == 0 else NotImplemented

    def __mul__(self, factor):
        return Money(self.cents * factor)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        return format(str(self), spec)


class OverdueLedger:
    """Iterates over (member, days late, fine), most expensive first."""

    RATE = Money.parse("$0.25")

    def __init__(self, library, today, loan_days=2):
        self.rows = []
        for event in library.events:
            if event.kind == "lend" and library.holder.get(event.isbn) == event.member:
                late = today - event.day - loan_days
                if late > 0:
                    self.rows.append((event.member, late, self.RATE * late))
        self.rows.sort(key=lambda row: (-row[2].cents, row[0]))

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    @staticmethod
    def total(fines):
        return sum(fines)


def fines(library):
    ledger = OverdueLedger(library, today=7)
    print(f"== fines ({len(ledger)} overdue)")
    for name, late, fine in ledger:
        print(f"{name:<6}|{late:>3} days|{fine:>7}")
    total = OverdueLedger.total(fine for _, _, fine in ledger)
    print("total:", total, repr(total), bool(Money()), Money.parse("$1.5") == Money(150))
    by_amount = {fine: name for name, _, fine in ledger}
    print(sorted((str(k), v) for k, v in by_amount.items()))


def main():
    library = build()
    simulate(library)
    report(library)
    export(library)
    word_stats(library)
    fines(library)


if __name__ == "__main__":
    main()
