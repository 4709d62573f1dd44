"""Edge cases of the 0.2.0 rules (CM-R026, CM-R027, CM-R030; their references and ids go through the generic CM-R018 and CM-R002) beyond their example files."""

from __future__ import annotations

from cm_model.validation import rules


def _hits(rule_id: str, record: dict, ctx: rules.Context | None = None) -> list[str | None]:
    return [h.path for h in rules.apply(rules.BY_ID[rule_id], record, ctx or rules.Context(),
                                        "Client")]


def _ctx(*scope: dict) -> rules.Context:
    return rules.Context(scope_rules=list(scope))


ADULTS = {"scope_effect": "INCLUDE", "scope_criterion": "AGE_AT_LEAST", "criterion_value": "18"}


def test_age_at_referral_uses_the_birthday():
    client = {"birth_date": "2008-06-15", "referrals": [{"referral_date": "2026-06-14"},
                                                       {"referral_date": "2026-06-15"}]}
    assert _hits("CM-R026", client, _ctx(ADULTS)) == ["referrals[0].referral_date"]


def test_birth_year_alone_reports_only_when_both_possible_ages_are_out():
    ambiguous = {"birth_year": 2008, "referrals": [{"referral_date": "2026-03-01"}]}  # 17 or 18
    clearly = {"birth_year": 2009, "referrals": [{"referral_date": "2026-03-01"}]}    # 16 or 17
    assert _hits("CM-R026", ambiguous, _ctx(ADULTS)) == []
    assert _hits("CM-R026", clearly, _ctx(ADULTS)) == ["referrals[0].referral_date"]


def test_exclude_and_age_below_and_validity_window():
    young_only = {"scope_effect": "INCLUDE", "scope_criterion": "AGE_BELOW",
                  "criterion_value": "30", "valid_from": "2026-01-01"}
    no_elderly = {"scope_effect": "EXCLUDE", "scope_criterion": "AGE_AT_LEAST",
                  "criterion_value": "65"}
    client = {"birth_date": "1960-01-01", "referrals": [{"referral_date": "2025-12-31"},
                                                       {"referral_date": "2026-01-02"}]}
    # 65 on both days: excluded both times; AGE_BELOW 30 only in force from 2026
    assert _hits("CM-R026", client, _ctx(no_elderly)) == [
        "referrals[0].referral_date", "referrals[1].referral_date"]
    assert _hits("CM-R026", client, _ctx(young_only)) == ["referrals[1].referral_date"]


def test_scope_rules_that_are_not_about_age_or_not_numbers_are_ignored():
    client = {"birth_date": "2015-01-01", "referrals": [{"referral_date": "2026-01-02"}]}
    disability = {"scope_effect": "EXCLUDE", "scope_criterion": "SERVICE_SECTOR_CLIENT",
                  "criterion_value": "DISABILITY_SERVICES"}
    odd = {"scope_effect": "INCLUDE", "scope_criterion": "AGE_AT_LEAST", "criterion_value": "18v"}
    assert _hits("CM-R026", client, _ctx(disability, odd)) == []


def test_special_support_needs_an_omatyontekija_in_force():
    ended = {"needs_special_support": True,
             "assignments": [{"role": "PERSONAL_SOCIAL_WORKER", "end_date": "2026-01-01"}]}
    in_force = {"needs_special_support": True, "assignments": [{"role": "PERSONAL_SOCIAL_WORKER"}]}
    assert _hits("CM-R027", ended) == ["needs_special_support"]
    assert _hits("CM-R027", in_force) == []
    assert _hits("CM-R027", {"needs_special_support": False}) == []


def test_references_and_ids_of_the_new_lists():
    # Declared in the schema (class-ranged slots, `id` identifiers): the generic rules check them.
    client = {
        "relatives": [{"id": "rp1"}],
        "network_meetings": [{"id": "m1", "participants": [{"related_person_id": "rp2"}]},
                             {"id": "m1"}],
        "care_plans": [{"services": [{"id": "s1"}, {"id": "s2", "depends_on": ["s1", "s9"]}],
                        "care_responsibilities": [{"problem_id": "p1", "network_meeting_id": "m1"}]}],
        "problems": [{"id": "p1"}],
    }
    assert sorted(_hits("CM-R018", client)) == [
        "care_plans[0].services[1].depends_on[1]",
        "network_meetings[0].participants[0].related_person_id"]
    assert _hits("CM-R002", client) == ["network_meetings[1].id"]


def test_segments_and_open_memberships_state_one_fact():
    member = {"segment": "PPK", "start_date": "2025-01-01", "membership_source": "SEGMENTATION"}
    assert _hits("CM-R030", {"segments": ["PPK"], "segment_memberships": [member]}) == []
    ended = {**member, "end_date": "2025-06-01"}
    ctx = rules.Context(export_time="2026-01-01")
    assert _hits("CM-R030", {"segments": ["PPK"], "segment_memberships": [ended]}, ctx) == [
        "segments"]
    assert _hits("CM-R030", {"segments": ["PPK"]}) == []  # no memberships: nothing to compare
