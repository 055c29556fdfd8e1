from ... import TOP
from ...sub import SUB
LEAF = (TOP, SUB, __name__, __package__)


def too_far():
    from .... import nothing
