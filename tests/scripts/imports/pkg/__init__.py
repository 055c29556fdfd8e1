print("pkg/__init__ runs:", __name__, __package__)
TOP = "pkg.TOP"
