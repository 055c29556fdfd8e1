print("pkg.alpha runs:", __name__, __package__)
from . import beta
from .beta import BETA as B
from .sub import gamma
A = "alpha"


def describe():
    return (A, beta.BETA, B, gamma.G)
