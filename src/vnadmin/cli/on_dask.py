"""``--engine dask``: a batch's jobs run on a Dask cluster instead of local worker processes.

The same jobs, sources and outcomes as :func:`vnadmin.cli.batch.run`, in the same order,
handed to a ``distributed`` client: the scheduler at ``address``, or a cluster of ``jobs``
local worker processes.  A job writes its own output file, so the workers must see the
inputs' and outputs' paths (a shared file system); what a job says comes back with its
outcome.  Needs ``pip install 'vnadmin[dask]'``.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from vnadmin.cli.batch import FAILED, Job, Outcome, Source
from vnadmin.cli.batch import _guarded as guarded  # the batch's last guard, as in a pool
from vnadmin.errors import MissingExtraError

__all__ = ["run"]


def run(
    job: Job,
    sources: Sequence[Source],
    *,
    jobs: int,
    address: str | None = None,
    done: Callable[[Outcome], None] = lambda outcome: None,
) -> Iterator[Outcome]:
    """The outcome of ``job`` on each source, in order, computed on Dask; ``done`` is called
    as each finishes.  Interrupted, the tasks not yet done are cancelled."""
    try:
        import distributed
    except ImportError:
        raise MissingExtraError("--engine dask", "dask", "dask[dataframe,distributed]") from None
    dask: Any = distributed  # its functions are not annotated
    with contextlib.ExitStack() as stack:
        if address is None:
            cluster: Any = stack.enter_context(
                dask.LocalCluster(
                    n_workers=max(1, jobs),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
            )
        else:
            cluster = address
        try:
            client = stack.enter_context(dask.Client(cluster, set_as_default=False))
        except (OSError, TimeoutError) as error:  # no scheduler there, or none answering
            from vnadmin.cli.commands import UsageError

            raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        futures = client.map(functools.partial(guarded, job), list(sources), pure=False)
        places = {future.key: index for index, future in enumerate(futures)}
        finished: dict[int, Outcome] = {}
        following = 0
        try:
            for future in dask.as_completed(futures, loop=client.loop):
                index = places[future.key]
                finished[index] = _outcome(future, sources[index])
                done(finished[index])
                while following in finished:
                    yield finished.pop(following)
                    following += 1
        except BaseException:  # interrupted, or the reader stopped early: no work goes on
            client.cancel(futures)
            raise


def _outcome(future: Any, source: Source) -> Outcome:
    """The future's outcome; a failed one if its worker died or it could not come back."""
    try:
        outcome: Outcome = future.result()
    except Exception as error:  # a job never raises: the cluster lost it
        return Outcome(name=source.name, status=FAILED, reason=f"on Dask: {error!r}")
    return outcome
