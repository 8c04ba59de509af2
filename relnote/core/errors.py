"""Errors carrying data; the interface turns them into words."""


class ValidationError(Exception):
    """A value the notebook cannot take. `field` names it, `problem` is a stable key."""

    def __init__(self, field: str, problem: str, value=None):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.value = value


class NotFoundError(Exception):
    def __init__(self, what: str, identifier):
        super().__init__(f"{what} {identifier} not found")
        self.what = what
        self.identifier = identifier


def get_or_not_found(model, identifier: int, what: str):
    """The row of `model` with this id, or NotFoundError naming `what`."""
    row = model.get_or_none(model.id == identifier)
    if row is None:
        raise NotFoundError(what, identifier)
    return row
