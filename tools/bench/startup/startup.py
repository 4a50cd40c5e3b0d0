"""Start-up times of lectern-cli's commands and of the window, each from a
fresh process, over several runs: min, median, max wall seconds.

    python3 startup.py BUILD_DIR LIBRARY [--runs N] [--large LIBRARY]

The window's time is from the process start until its main window is mapped
on the X display in $DISPLAY (found with xdotool); the process is then ended.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def timed(command, runs, prepare=None):
    seconds = []
    for _ in range(runs + 1):  # the first warms the file cache and is not counted
        if prepare:
            prepare()
        started = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds.append(time.perf_counter() - started)
        if result.returncode not in (0, 1):  # e.g. an option an older build lacks
            return None
    return seconds[1:]


def window_appears(program, library, runs):
    seconds = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        process = subprocess.Popen([program, "--library", library], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            while True:
                found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)],
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                if found.stdout.strip():
                    break
                if process.poll() is not None:
                    sys.exit(f"{program} ended before its window appeared")
                if time.perf_counter() - started > 30:
                    sys.exit(f"{program}: no window within 30 s")
                # Polling faster takes a core from the window on a 2-core machine.
                time.sleep(0.02)
            seconds.append(time.perf_counter() - started)
        finally:
            process.terminate()
            process.wait()
    return seconds[1:]


def report(name, seconds):
    if seconds is None:
        print(f"{name:34s} {'fails':>7s}")
        return
    print(f"{name:34s} {min(seconds):7.3f} {statistics.median(seconds):7.3f} {max(seconds):7.3f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("library")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--large", help="also time the window on this (large) library")
    args = parser.parse_args()
    cli = os.path.join(args.build, "app", "lectern-cli")
    base = [cli, "--library", args.library]
    print(f"{'wall seconds, ' + str(args.runs) + ' runs':34s} {'min':>7s} {'median':>7s} {'max':>7s}")
    for name, command in [("lectern-cli --help", [cli, "--help"]),
                          ("lectern-cli list", base + ["list"]),
                          ("lectern-cli show 1", base + ["show", "1"]),
                          ("lectern-cli stats", base + ["stats"]),
                          ("lectern-cli search class:lecture", base + ["search", "--text", "class:lecture"]),
                          ("lectern-cli search --words-only", base + ["search", "--words-only", "water"]),
                          ("lectern-cli search water (models)", base + ["search", "--text", "water"])]:
        report(name, timed(command, args.runs))
    # remove, each run on a fresh copy of the library so there is an item to remove
    copy = args.library.rstrip("/") + ".startup-copy"

    def fresh_copy():
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(args.library, copy)

    report("lectern-cli remove 1", timed([cli, "--library", copy, "remove", "1"], args.runs, fresh_copy))
    shutil.rmtree(copy, ignore_errors=True)
    gui = os.path.join(args.build, "app", "gui", "lectern")
    if os.environ.get("DISPLAY") and os.path.exists(gui):
        report("lectern: window appears", window_appears(gui, args.library, args.runs))
        if args.large:
            report("lectern: window, large library", window_appears(gui, args.large, args.runs))


if __name__ == "__main__":
    main()
