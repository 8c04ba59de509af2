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
