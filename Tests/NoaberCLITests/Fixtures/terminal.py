"""Types keys into a program on a pseudo-terminal and prints what the screen showed.

Usage: terminal.py PROGRAM [ARG...] < keys   (keys: one chunk per line, with Python escapes such as \\x1b[A;
each chunk is sent once the prompt "noaber> " has appeared; after the last chunk, Ctrl-D)."""
import os
import pty
import select
import sys
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


chunks = [line.rstrip("\n").encode().decode("unicode_escape").encode("utf-8") for line in sys.stdin if line.strip()]
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
screen = pump(fd, b"noaber> ")
for chunk in chunks:
    os.write(fd, chunk)
    screen += pump(fd, b"noaber> ")
os.write(fd, b"\x04")
screen += pump(fd, None, 5.0)
_, status = os.waitpid(pid, 0)
sys.stdout.write(screen.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
