"""Types keys into a program on a pseudo-terminal and prints what the screen showed.

Usage: terminal.py PROGRAM [ARG...] < keys   (keys: one chunk per line, with Python escapes such as \\x1b[A;
each chunk is sent once the prompt "noaber> " has appeared; after the last chunk, Ctrl-D)."""
import os
import pty
import select
import sys
import termios
import time


# Waits for the prompt before typing: keys typed before the editor has put the terminal in raw mode would be
# echoed by the terminal itself (`^[[A`). A loaded machine can take many seconds to start; 60 s is generous.
def pump(fd, marker, seconds=60.0):
    seen = b""
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            block = os.read(fd, 65536)
        except OSError:
            break
        if not block:
            break
        seen += block
        if marker and marker in seen:
            break
    return seen


def wait_for_editor(fd, seconds=60.0):
    """Waits until the line editor has put the terminal in raw mode (ICANON off): libedit prints its prompt a
    moment before, and keys typed in between are handled by the terminal itself (echoed `^[[A`, DEL erasing)."""
    end = time.time() + seconds
    while time.time() < end:
        if not termios.tcgetattr(fd)[3] & termios.ICANON:
            return
        time.sleep(0.02)


chunks = [line.rstrip("\n").encode().decode("unicode_escape").encode("utf-8") for line in sys.stdin if line.strip()]
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
screen = pump(fd, b"noaber> ")
for chunk in chunks:
    wait_for_editor(fd)
    os.write(fd, chunk)
    screen += pump(fd, b"noaber> ")
# Ctrl-D too only once the editor reads: a raw-mode switch may flush keys typed before it, and a lost Ctrl-D
# would leave the program waiting for ever.
wait_for_editor(fd)
os.write(fd, b"\x04")
screen += pump(fd, None, 5.0)
done, status = os.waitpid(pid, os.WNOHANG)
if done == 0:
    os.kill(pid, 9)  # never hang the test run: a program still waiting fails the test instead
    _, status = os.waitpid(pid, 0)
sys.stdout.write(screen.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
