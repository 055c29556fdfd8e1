# Cycles through the newer built-in objects: GenericAlias, UnionType and
# mappingproxy reach the collector like any other container.
import gc


class Meta(type):
    def __del__(cls):
        print("freed", cls.__name__)


class A(metaclass=Meta):
    pass


A.alias = list[A]  # A -> namespace -> alias -> (A,) -> A
del A

class B(metaclass=Meta):
    pass


B.union = B | None  # B -> namespace -> union -> (B, NoneType) -> B
del B


class C(metaclass=Meta):
    pass


holder = {}
holder["view"] = C.__dict__  # a mappingproxy
holder["self"] = holder
holder["cls"] = C
del C, holder

gc.collect()
print("collected")
