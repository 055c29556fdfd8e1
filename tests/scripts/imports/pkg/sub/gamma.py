from .. import TOP
from ..beta import BETA
from . import SUB
G = "gamma:" + TOP + ":" + BETA + ":" + SUB
