# At exit the interpreter waits for non-daemon threads (threading._shutdown),
# runs threading's atexit callbacks first, lets joiners of the main thread go
# on, and does not wait for daemon threads.
import threading

atexit_done = threading.Event()
release = threading.Event()


def at_exit(message):
    print(message)
    atexit_done.set()


def joiner():
    threading.main_thread().join()
    atexit_done.wait()
    print('main thread joined; alive:', threading.main_thread().is_alive())
    release.set()


def late():
    release.wait()
    print('non-daemon thread finished after the main script')
    # Started during shutdown: waited for too.
    threading.Thread(target=print, args=('a thread it started ran too',)).start()


# A daemon thread blocked forever must not keep the process alive.
blocker = threading.Lock()
blocker.acquire()
threading.Thread(target=blocker.acquire, daemon=True).start()

threading.Thread(target=late).start()
threading.Thread(target=joiner).start()
threading._register_atexit(at_exit, 'threading atexit callback')
print('main script ends;', threading.active_count(), 'threads')
