"""Analyse a corpus on a Dask cluster: a local one started here, or yours.

    python examples/dask_cluster.py corpus.jsonl analysed.jsonl --workers 2
    python examples/dask_cluster.py corpus.jsonl analysed.jsonl --scheduler tcp://HOST:8786

Each worker builds one Pipeline and keeps it, so models load once per worker; results
come back in input order, one per input record (errors as records with a reason).
For a resumable run on a cluster: ``vnnews batch corpus.jsonl -o out.jsonl --engine dask
--scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

from vnnews.dask_ext import analyse_bag, json_record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="JSON lines with an id and a text per article (a glob works too)")
    parser.add_argument("output", type=Path, help="JSON lines to write")
    parser.add_argument("--workers", type=int, default=2, help="processes of the local cluster")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (no local cluster then)")
    parser.add_argument("--partitions", type=int, default=4, help="pieces the corpus is cut into")
    parser.add_argument("--threads", action="store_true", help="local workers as threads of this process (a quick trial)")
    args = parser.parse_args(argv)

    cluster = None
    if args.scheduler is None:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=not args.threads, dashboard_address=None
        )
    with Client(args.scheduler or cluster) as client:
        print("workers:", len(client.scheduler_info()["workers"]))
        # a line that is not JSON becomes an error record (analyse_bag writes its reason), not a stop
        bag = db.read_text(args.corpus).filter(str.strip).map(json_record).repartition(npartitions=args.partitions)
        records = analyse_bag(bag, text_field="text", id_field="id").compute()
    if cluster is not None:
        cluster.close()

    with open(args.output, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    topics = Counter(r["document"]["topic"]["label"] for r in records if r["document"] and r["document"].get("topic"))
    print(f"wrote {args.output}: {len(records)} records, {sum(r['error'] is not None for r in records)} errors")
    print("topics:", dict(topics))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
