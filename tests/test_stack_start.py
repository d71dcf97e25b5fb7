"""scripts/stack.start_ready: a port taken between the free-port search and the bind is retried on new ports."""
import pytest

from scripts.stack import start_ready


class FakeStack:
    def __init__(self, log_line=None):
        self.logs = [log_line] if log_line else []
        self.started = self.stopped = False

    def start(self):
        self.started = True

    def wait_ready(self, timeout):
        if self.logs:
            raise RuntimeError("rasa stopped with exit code 0")
        return 1.0

    def stop(self):
        self.stopped = True


def test_a_taken_port_is_tried_again_on_new_ports():
    made = [FakeStack("OSError: [Errno 98] address already in use"), FakeStack()]
    stack = start_ready(lambda: made.pop(0))
    assert stack.started and not stack.stopped and made == []


def test_another_failure_is_raised_at_once_and_the_stack_stopped():
    broken = FakeStack("ModuleNotFoundError: no module named rasa")
    made = [broken, FakeStack()]
    with pytest.raises(RuntimeError):
        start_ready(lambda: made.pop(0))
    assert broken.stopped and len(made) == 1


def test_it_gives_up_after_the_attempts():
    with pytest.raises(RuntimeError):
        start_ready(lambda: FakeStack("address already in use"), attempts=2)
