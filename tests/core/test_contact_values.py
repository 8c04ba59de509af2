import pytest

from relnote.core.contact_values import NOT_A_LINK, NOT_A_PHONE, NOT_AN_EMAIL, contact_problem


@pytest.mark.parametrize("kind, value, problem", [
    ("email", "claire@atelier-lumiere.fr", None), ("email", "  ", None),
    ("email", "claire.atelier-lumiere.fr", NOT_AN_EMAIL), ("email", "claire@gmail", NOT_AN_EMAIL),
    ("email", "claire @gmail.com", NOT_AN_EMAIL),
    ("phone", "+33 6 12 34 56 78", None), ("phone", "(020) 7946-0958", None), ("phone", "06.12.34.56.78", None),
    ("phone", "06 12 34 56 78 poste 12", None), ("phone", "+1 415 555 0100 ext. 42", None),
    ("phone", "claire@gmail.com", NOT_A_PHONE), ("phone", "12", NOT_A_PHONE),
    ("link", "https://www.linkedin.com/in/claire-martin", None), ("link", "atelier-lumiere.fr", None),
    ("link", "Claire Martin", NOT_A_LINK), ("link", "linkedin", NOT_A_LINK),
])
def test_values_that_do_not_look_like_their_kind_are_named(kind, value, problem):
    assert contact_problem(kind, value) == problem
