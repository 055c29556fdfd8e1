# compile(): modes, sources, filenames and errors; code objects run by exec/eval.
for a in [('x=1','f','exec'),('1+','f','eval'),('x','f','bad'),(1,'f','exec'),('a b','<s>','exec'),(b'1+1','f','eval'),('x',1,'exec'),('x','f','single'),('if 1:\n pass\n','f','single'), ('x', 'f', 1), ('a\0b', 'f', 'exec')]:
    try:
        c = compile(*a)
        print(type(c).__name__, c.co_filename, c.co_name)
    except Exception as e:
        print(type(e).__name__, e)
print(eval(compile('1+2', 's', 'eval')))
ns = {}
exec(compile('y = 5\nprint(y * 2)\n', 'prog', 'exec'), ns)
print(ns['y'], eval(b'3*3'), compile('1', 'f', 'eval', dont_inherit=True, optimize=0).co_name)
exec(compile('8\n', 's', 'single'))
exec(compile('z = 9', 's', 'single'))
print(z)
