# The data attributes of sys.stdin, sys.stdout and sys.stderr.
import sys

for stream in (sys.stdin, sys.stdout, sys.stderr):
    print(stream.name, stream.mode, stream.encoding, stream.closed)
print(sys.__stderr__.name, getattr(sys.stdout, 'missing', 'default'))
try:
    sys.stdout.missing
except AttributeError as e:
    print("AttributeError")
