# Arguments come from argv_stdin.args, input from argv_stdin.stdin.
import sys

print(sys.argv[1:])
for line in sys.stdin:
    print(line.rstrip().upper())
