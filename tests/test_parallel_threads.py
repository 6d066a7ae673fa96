"""Two threads running ``ordered_map`` with worker processes at the same time (found by the
twenty-first stop's review): each Pool counted the other's workers as its own, so the quick
run's normal shutdown read as a dead worker in the slow run (a false BackendError)."""

import os
import subprocess
import sys
from pathlib import Path

import vnnews

WORK = """
import time
def quick(batch):
    time.sleep(0.1)
    return sum(batch)
def slow(batch):
    time.sleep(1.5)
    return sum(batch)
"""

RUN = """
import threading
from work import quick, slow
from vnnews.errors import BackendError
from vnnews.parallel import ordered_map
if __name__ == '__main__':
    barrier = threading.Barrier(2)
    results, errors = {}, []
    def go(func, n):
        barrier.wait()
        try:
            results[func.__name__] = list(ordered_map(func, [[i] for i in range(n)], n_process=2))
        except BackendError as exc:
            errors.append(f"{func.__name__}: {exc}")
    threads = [threading.Thread(target=go, args=(quick, 2)), threading.Thread(target=go, args=(slow, 6))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(errors, results.get("quick"), results.get("slow"))
"""


def test_two_threads_with_worker_pools_do_not_read_each_others_shutdown_as_a_death(tmp_path):
    (tmp_path / "work.py").write_text(WORK, encoding="utf-8")
    (tmp_path / "run.py").write_text(RUN, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{Path(vnnews.__file__).parents[1]}")
    run = subprocess.run([sys.executable, "run.py"], capture_output=True, text=True, timeout=180, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[] [0, 1] [0, 1, 2, 3, 4, 5]"
