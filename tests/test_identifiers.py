"""统一社会信用代码 check characters (GB 32100-2015)."""

import pytest

from lib.identifiers import make_uscc, normalise_uscc, normalise_usccs, uscc_problem

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


def test_a_column_of_codes_is_normalised_as_each_code_is():
    usual = list(PUBLISHED)
    assert normalise_usccs(usual) == usual
    mixed = [*PUBLISHED, " ９１３１０１１０ 666007217t ", "9131-0110-6660-0721-7T"]
    assert normalise_usccs(mixed) == [normalise_uscc(code) for code in mixed]
    assert normalise_usccs(mixed)[-2:] == ["91310110666007217T", "91310110666007217T"]


def test_made_codes_are_valid_and_carry_the_region():
    code = make_uscc("330402", "MA2B1C3D")
    assert uscc_problem(code) is None
    assert code[2:8] == "330402"


def _textbook_check_char(first17: str) -> str:
    """GB 32100-2015 as written: weights 3^i mod 31, check = 31 - sum mod 31 (31 -> 0)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    total = sum(alphabet.index(ch) * pow(3, i, 31) for i, ch in enumerate(first17))
    return alphabet[(31 - total % 31) % 31]


def test_check_character_agrees_with_the_standard_on_many_codes():
    import random

    from lib.identifiers import USCC_ALPHABET, uscc_check_char

    rng = random.Random(32100)
    for _ in range(5000):
        first17 = "".join(rng.choice(USCC_ALPHABET) for _ in range(17))
        assert uscc_check_char(first17) == _textbook_check_char(first17)
    with pytest.raises(ValueError):
        uscc_check_char("9131011066600721I")  # I is not in the alphabet
    with pytest.raises(ValueError):
        uscc_check_char("913101106660072")


def test_a_column_of_codes_is_judged_like_each_code():
    from lib.identifiers import uscc_problems

    valid = [make_uscc("330402", f"MA2B{n:04d}") for n in range(50)]
    assert uscc_problems(valid) == [None] * 50
    mixed = [*PUBLISHED, "91350100M0001TGQXM", "9131011066600721", "91310110666007217I", "91310110666007217A"]
    assert uscc_problems(mixed) == [uscc_problem(code) for code in mixed]
    assert uscc_problems(mixed)[-4:] == ["check", "length", "alphabet", "check"]
