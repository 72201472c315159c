"""统一社会信用代码 check characters (GB 32100-2015)."""

import pytest

from lib.identifiers import make_uscc, normalise_uscc, uscc_problem

PUBLISHED = ["91310110666007217T", "91310115591693856A", "9144030071526726XG", "91350200776049653A"]


@pytest.mark.parametrize("code", PUBLISHED)
def test_published_codes_pass(code):
    assert uscc_problem(code) is None


def test_early_pilot_code_fails_the_check_but_is_well_formed():
    assert uscc_problem("91350100M0001TGQXM") == "check"


@pytest.mark.parametrize(
    ("code", "problem"),
    [("9131011066600721", "length"), ("91310110666007217I", "alphabet"), ("91310110666007217A", "check")],
)
def test_bad_codes_are_named(code, problem):
    assert uscc_problem(code) == problem


def test_normalise_removes_spaces_and_full_width():
    assert normalise_uscc(" ９１３１０１１０ 666007217t ") == "91310110666007217T"


def test_made_codes_are_valid_and_carry_the_region():
    code = make_uscc("330402", "MA2B1C3D")
    assert uscc_problem(code) is None
    assert code[2:8] == "330402"
