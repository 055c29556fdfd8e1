X = 1
raise RuntimeError("broken on import")
