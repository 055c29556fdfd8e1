__all__ = ["public", "sub_mod"]
public = 1
other = 2
_private = 3
