"""The garbage collector held back during bulk work comes back when the last bulk work ends, whatever
happens inside (an error, nesting, several threads), and is left alone when it was off already."""

from __future__ import annotations

import gc
import threading

import pytest

from lib.collector import bulk_work, held_back


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_held_back_inside_and_back_after_an_error():
    @bulk_work
    def fails():
        assert not gc.isenabled()
        raise ValueError("坏文件")

    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()


def test_nested_and_threaded_bulk_work_releases_once_all_have_ended():
    inside, leave = threading.Event(), threading.Event()

    def other_upload():
        with held_back():
            inside.set()
            leave.wait(timeout=60)

    thread = threading.Thread(target=other_upload)
    with held_back():
        with held_back():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
        thread.start()
        inside.wait(timeout=60)
    assert not gc.isenabled()  # the other thread's upload still runs
    leave.set()
    thread.join(timeout=60)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with held_back():
        pass
    assert not gc.isenabled()


def test_a_read_workbook_is_freed_without_the_collector():
    """The sheets of an upload (every row of it) are freed as soon as the caller is done with them, not
    left for a pass of the cyclic collector over every object of the server."""
    import io
    import weakref

    from openpyxl import Workbook

    from lib.ingest.read import iter_sheets

    workbook = Workbook()
    workbook.active.append(["填报单位", "南湖区"])
    for n in range(3):
        sheet = workbook.create_sheet(f"表{n}")
        for r in range(50):
            sheet.append([f"企业{r}", r, f"=表0!A{r + 1}"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        read = [weakref.ref(sheet) for sheet in iter_sheets(buffer.getvalue(), "returns.xlsx")]
        assert len(read) == 4
        assert [ref() for ref in read] == [None] * 4
    finally:
        if was_enabled:
            gc.enable()
