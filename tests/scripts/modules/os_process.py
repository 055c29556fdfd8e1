# os.fork, pipe, read, write, close, waitpid, kill, _exit and the wait
# status helpers.
import os
import sys
import time

SIGKILL = 9  # no signal module in gilt; the numbers are POSIX's
SIGTERM = 15


def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# pipes: bytes-like data, partial reads, end-of-file
r, w = os.pipe()
print(type(r).__name__, r != w)
print(os.write(w, b'hello '), os.write(w, bytearray(b'world')), os.write(w, memoryview(b'!')))
print(os.read(r, 5), os.read(r, 100), os.read(r, 0))
os.close(w)
print('eof:', os.read(r, 10))
os.close(r)

# a child that exits with a status
sys.stdout.flush()  # or the child would print the buffered lines again
pid = os.fork()
if pid == 0:
    os._exit(7)
got, status = os.waitpid(pid, 0)
print('waited for the child:', got == pid)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
print('exit code:', os.waitstatus_to_exitcode(status))

# parent and child talk over pipes
to_child_r, to_child_w = os.pipe()
to_parent_r, to_parent_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(to_child_w)
    os.close(to_parent_r)
    data = os.read(to_child_r, 100)
    os.write(to_parent_w, data.upper() + str(os.getppid()).encode())
    os._exit(0)
os.close(to_child_r)
os.close(to_parent_w)
os.write(to_child_w, b'ping:')
reply = os.read(to_parent_r, 100)
print(reply.split(b':')[0], reply.split(b':')[1] == str(os.getpid()).encode())
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(to_child_w)
os.close(to_parent_r)

# WNOHANG while the child runs, then kill it
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # blocks until killed
    os._exit(0)
os.close(r)
print('WNOHANG:', os.waitpid(pid, os.WNOHANG))
os.kill(pid, SIGTERM)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == SIGTERM, os.waitstatus_to_exitcode(status) == -SIGTERM)
os.close(w)

# writing to a pipe nobody reads: BrokenPipeError, not a killed process
r, w = os.pipe()
os.close(r)
check(os.write, w, b'x')
os.close(w)

# a child's output stays its own once flushed
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print('from the child')
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print('from the parent')

# errors
check(os.read, -1, 1)
check(os.read, 0, -1)
check(os.read, 0, 1.5)
check(os.write, 1, 'text')
check(os.close, 999)
check(os.waitpid, -1, 0)
check(os.kill, 2**22 + 12345, 0)
check(os._exit, 'x')
check(os.fork, 1)
check(os.pipe, 1)
check(os.read, 0)
check(os.waitstatus_to_exitcode, -1)
print(os.WNOHANG, os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(SIGKILL))
