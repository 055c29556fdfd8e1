# Threads: GIL handoff latency, two threads taking turns through semaphores.
import threading

ROUNDS = 20000


def main():
    ping = threading.Semaphore(0)
    pong = threading.Semaphore(0)

    def player():
        for _ in range(ROUNDS):
            ping.acquire()
            pong.release()

    t = threading.Thread(target=player)
    t.start()
    for _ in range(ROUNDS):
        ping.release()
        pong.acquire()
    t.join()
    print(ROUNDS)


main()
