"""Every vnadmin error survives pickling whole: an error raised in a worker process (the CLI's,
Dask's, Ray's) reaches the caller as the same class with the same message, problems, paths and
lines.  The classes are found, not listed: every subclass of VnadminError in the package."""

from __future__ import annotations

import concurrent.futures
import importlib
import json
import pickle
import pkgutil
from typing import Any

import pytest
from cattrs.errors import BaseValidationError
from hypothesis import given
from hypothesis import strategies as st

import vnadmin
from vnadmin import errors
from vnadmin import json as vjson
from vnadmin import xml as vxml
from vnadmin.errors import (
    GrammarError,
    InvalidValueError,
    JSONDecodeError,
    VnadminError,
    XMLDecodeError,
    XMLProblem,
)
from vnadmin.grammar import parse_number
from vnadmin.model import Instrument, Organization
from vnadmin.samples import SEED_000


def _all_modules() -> None:
    """Import every module of the package, so that every error class is defined."""
    for module in pkgutil.walk_packages(vnadmin.__path__, "vnadmin."):
        if not module.name.endswith("__main__"):  # those run a command
            importlib.import_module(module.name)


def _subclasses(cls: type[BaseException]) -> list[type[BaseException]]:
    found = [cls]
    for sub in cls.__subclasses__():
        found += [c for c in _subclasses(sub) if c not in found]
    return found


_all_modules()
ERRORS = sorted(_subclasses(VnadminError), key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")

st.register_type_strategy(
    XMLProblem,
    st.builds(XMLProblem, st.none() | st.integers(1, 10**6), st.text(max_size=40), st.text()),
)
_LEAVES = st.sampled_from([InvalidValueError, GrammarError, XMLDecodeError]).flatmap(st.builds)


def errors_of(cls: type[BaseException]) -> st.SearchStrategy[BaseException]:
    """Instances of ``cls``, from its constructor's annotations (a message for the classes
    that take one); exception groups hold other vnadmin errors."""
    if issubclass(cls, BaseValidationError):
        return st.builds(
            cls, st.text(), st.lists(_LEAVES, min_size=1, max_size=3), st.just(Instrument)
        )
    if cls.__init__ in (Exception.__init__, KeyError.__init__):  # no constructor of its own
        return st.builds(cls, st.text())
    return st.builds(cls)


def snapshot(value: Any) -> Any:
    """What makes two errors equal: class, args, message, attributes (problems with their line
    and path, notes), and the errors a group holds, compared the same way."""
    if isinstance(value, BaseException):
        inner = value.exceptions if isinstance(value, BaseValidationError) else ()
        return (
            type(value),
            snapshot(value.args),
            str(value),
            snapshot(vars(value)),
            tuple(snapshot(error) for error in inner),
        )
    if isinstance(value, dict):
        return tuple((key, snapshot(item)) for key, item in sorted(value.items()))
    if isinstance(value, (tuple, list)):
        attributes = snapshot(vars(value)) if hasattr(value, "__dict__") else ()
        return (type(value), tuple(snapshot(item) for item in value), attributes)
    return value


def test_the_classes_are_found() -> None:
    names = {cls.__name__ for cls in ERRORS}
    assert {"InvalidValueError", "JSONDecodeError", "EdxmlDecodeError", "StructureError"} <= names
    assert {"InputError", "EmptyTaskListError"} <= names  # defined outside vnadmin.errors
    in_errors = {
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, BaseException)
    }
    assert in_errors - set(ERRORS) == set()  # every one is a VnadminError


@pytest.mark.parametrize("cls", ERRORS, ids=[cls.__name__ for cls in ERRORS])
@given(data=st.data())
def test_every_error_unpickles_to_an_equal_error(
    cls: type[BaseException], data: st.DataObject
) -> None:
    error = data.draw(errors_of(cls))
    assert type(error) is cls
    copy = pickle.loads(pickle.dumps(error))
    assert snapshot(copy) == snapshot(error)


def _raised(action: Any) -> BaseException:
    try:
        action()
    except VnadminError as error:
        return error
    raise AssertionError("nothing raised")


def _broken_json() -> bytes:
    document = vjson.to_dict(SEED_000)
    del document["regime"]
    document["body"]["tasks"][3]["deadline"] = {"type": "date", "bound": "on", "date": {"day": 5}}
    return json.dumps(document).encode()


REAL = {
    "model": lambda: Organization(name=" "),
    "grammar": lambda: parse_number("số 5 của tôi"),
    "json": lambda: vjson.loads(_broken_json()),
    "json syntax": lambda: vjson.loads('{"vnadmin": "1.0",}'),
    "converter": lambda: vjson.make_converter().structure(json.loads(_broken_json()), Instrument),
    "xml": lambda: vxml.loads(b"<instrument xmlns='urn:vnadmin:xml:1.0'><x/></instrument>"),
}


@pytest.mark.parametrize("action", REAL.values(), ids=list(REAL))
def test_errors_raised_by_vnadmin_unpickle_equal(action: Any) -> None:
    error = _raised(action)
    assert snapshot(pickle.loads(pickle.dumps(error))) == snapshot(error)


def _load_in_worker(document: bytes) -> Instrument:
    return vjson.loads(document)


def test_an_error_in_a_worker_process_reaches_the_caller_whole() -> None:
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        future = pool.submit(_load_in_worker, _broken_json())
        with pytest.raises(JSONDecodeError) as caught:
            future.result(timeout=120)
    assert dict(caught.value.problems) == {
        "regime": "required property missing",  # deleted above
        "body.tasks[3].deadline.date": "a deadline date gives at least the day and the month",
    }
