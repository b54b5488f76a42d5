"""A batch's per-file task (extract/job.py) as it travels to a worker."""

from __future__ import annotations

import pickle

from renstra.extract.inputs import InputFile
from renstra.extract.job import FileTask
from renstra.schemas import Limits, Settings


def given(path: str) -> InputFile:
    return InputFile(path, path.rsplit("/", 1)[-1])


def round_trip(task: FileTask) -> FileTask:
    copy: FileTask = pickle.loads(pickle.dumps(task))
    return copy


def test_a_task_arrives_with_every_field() -> None:
    settings = Settings(lang="en", select=("spelling",), limits=Limits(max_file_bytes=1000))
    task = FileTask(given("in/a.txt"), settings, "out/a.json", force=True, jsonl=True)
    assert round_trip(task) == task


def test_the_tasks_of_one_batch_share_one_unpickled_settings() -> None:
    settings = Settings(lang="en")
    first, second = (
        round_trip(FileTask(given(name), settings, None)) for name in ("a.txt", "b.txt")
    )
    assert first.settings == settings
    assert first.settings is second.settings


def test_tasks_with_other_settings_keep_their_own() -> None:
    english, indonesian = Settings(lang="en"), Settings(lang="id")
    tasks = [
        FileTask(given("a.txt"), english),
        FileTask(given("b.txt"), indonesian),
        FileTask(given("c.txt"), english),
    ]
    assert [round_trip(task).settings.lang for task in tasks] == ["en", "id", "en"]
