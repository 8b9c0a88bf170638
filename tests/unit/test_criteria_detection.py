"""Criteria detection in context (POLICY.md "Criteria" and "Traps", DOMAIN.md §3.1-3.9).

Each criterion is affirmed in at least three phrasings; each trap, negation, historical,
hypothetical, other-person and template case must not affirm it. The day received is
Mon 23 Nov 2026, so 2019 is historical and 18/11/2026 is not.
"""

# ruff: noqa: E501 - the phrasings are test data; one sentence a line reads best
from __future__ import annotations

import datetime as dt

import pytest

from parsers.records import MARKED, UNMARKED
from tests.unit.test_triage_helpers import attachment, invitation, met, run
from triage.records import Context

AFFIRMED = {
    "current_investigation": [
        "Mr Cole was arrested on 18/11/2026 on suspicion of assaulting Amy and was released under investigation.",
        "DC Patel (CPPU) is investigating how Amy sustained a fractured arm.",
        "Amy disclosed sexual abuse by her uncle; an ABE interview is planned for next week.",
        "This is a joint section 47 enquiry with West Yorkshire Police.",
        "Mr Cole remains on pre-charge bail for the assault on Amy.",
        # "not connected" to something other than the family leaves the investigation the family's
        "Police are investigating Mr Cole, Amy's stepfather, for hitting her; he is not connected to the school.",
        "Mr Cole was arrested on 20/11/2026 for hitting Amy and, at the time of writing, is on bail.",
        # a form's note that opens on the verb (set p): the lemma of "Arrested" is "arrest"
        "Arrested 18/11/2026 for assaulting Amy; bailed pending enquiries.",
        "ARRESTED on suspicion of sexually assaulting Amy, released under investigation.",
    ],
    "previous_investigation_escalation": [
        # a letter to a parent, in plain words (set v)
        "In March 2025 Amy broke her arm and the police looked into how it happened. That enquiry "
        "ended without charges. Since October things have got worse again: there are fresh bruises.",
        "In 2019 police investigated Mr Cole for hitting Amy and took no further action. The "
        "violence towards Amy is now escalating.",
        "There was a previous police investigation of sexual abuse of Amy by her stepfather in 2020. "
        "A further disclosure was made by Amy on 16/11/2026.",
        "Police investigated physical abuse by Mr Cole in 2018 (NFA); since then the injuries have "
        "increased in frequency and severity and the risk is escalating.",
        # issue 11, set n: the harm said to be worse now
        "Police investigated a similar belt injury to Amy in 2023 and took no further action; this "
        "time the injuries are worse and her brother says dad hits him too.",
    ],
    "wilful_neglect_investigation": [
        "Police are investigating Ms Test for wilful neglect after Amy was left alone for two days.",
        "Ms Test was interviewed under caution on 19/11/2026 regarding child cruelty.",
        "An active police investigation into suspected wilful neglect is under way.",
        # the crime named makes the investigation the police's (set A)
        "An investigation into both parents for child cruelty is under way.",
    ],
    "police_protection": [
        "Amy was taken into police protection on 15/11/2026 when officers found her alone.",
        "Officers exercised their powers under s46 Children Act 1989 and removed Amy.",
        "Amy was placed under a PPO on 14/11/2026 following a disturbance at the home.",
        "The conference arises from police protection being used on 12 November.",
        # the power told in plain words, without "police protection" (first-sight set A)
        "Officers attended and took Amy to her aunt's under their emergency powers.",
        "The police used their powers to take both boys out of the flat that night.",
        "Amy was removed to foster care on the 72-hour police powers.",
        "Officers took Amy and her brother into their care on 20/11/2026 and placed them with their aunt.",
    ],
    "child_sexual_exploitation": [
        # a worry voiced with a modal is the considered risk (set v)
        "We think older men may be sexually exploiting Amy, and this is what the conference will focus on.",
        "Amy is at high risk of CSE.",
        "There are significant concerns that Amy is being sexually exploited by adult males.",
        "A referral was made to the CSE team because of the risk of child sexual exploitation.",
        # the sexual element in plain words (DOMAIN.md §3.3), and a judgement "considered" (set A)
        "Youth workers believe Amy is being groomed for sex by men she meets at the bus station.",
        "The specialist worker thinks men are passing her around and using her for sex.",
        "The exploitation team consider Amy to be at significant risk of sexual exploitation.",
    ],
    "domestic_abuse_current_involvement": [
        "There is serious domestic abuse in the home and the case is due to be heard at MARAC next month.",
        "Mr Cole was arrested for assaulting Ms Test and is on police bail not to contact her.",
        # text-speak's "n" is "and", not an answer "N" (set u)
        "Kane strangled mum last mon, police came n arrested him, hes on bail not to go to the house.",
        "There is ongoing domestic violence. An IDVA and the police DA officer are working with Ms Test.",
    ],
    "registered_sex_offender": [
        # MAPPA category 1 is the registered sexual offenders by statute (set u)
        "Mr Foy is on licence; he is managed under MAPPA as a category 1 offender at level 1.",
        "Mr Foy is a category one MAPPA nominal.",
        "Ms Test's partner is a registered sex offender who stays at the home.",
        "Mr Cole, who visits the family daily, is on the sex offenders' register.",
        "The lodger is subject to notification requirements under the Sexual Offences Act 2003.",
        "Mr Cole is managed as a MAPPA category 1 offender and has contact with Amy.",
        "Mr Cole, who is not the father, is a registered sex offender.",
        # a "no contact" about someone else in the next sentence leaves him where he is
        "Mr Cole, who lives with Amy, is a registered sex offender. Ms Test has no contact with her own mother.",
        # the notification duty and the police unit said without the acronyms (set A)
        "Mr Cole, Ms Test's new partner, reports to the police as a sex offender every year.",
        "Mr Cole's sex offender manager at the police told us he has moved into the flat.",
        "Mr Cole stays at the house and must notify officers wherever he sleeps.",
    ],
    "negotiated_attendance": [
        "The Chair and DI Shaw have agreed that police will attend.",
        # "someone" from the police team (set A)
        "The chair rang DS Gill and they agreed someone from the safeguarding unit will attend.",
        "Following a conversation with the safeguarding unit DS, it was agreed police attendance is needed.",
        "Police attendance was negotiated with the Detective Inspector by the Chair.",
        "DS Brown has agreed with the Chair to attend the conference.",
        # issue 11, set n: the unit named between the officer and the verb; a modal of the next clause
        "After my call with DI Royston, it has been agreed that an officer from the Leeds District Safeguarding Unit will attend.",
        "Following the chair's discussion with DI Kaur, it has been agreed that an officer will attend, and we would be grateful if they could.",
        # a purpose clause after the agreement is no hypothesis about it (set v)
        "The chair spoke to DI Hirst on 18/12/2026 and they agreed an officer from the Child Safeguarding Unit will attend, so that the wider family network can be considered.",
        # a request after the agreement, in a clause of its own, asks for something else
        "DS Okafor and the chair have agreed that police will attend - please send the officer's name to the ISU.",
        "The chair has agreed with DI Bell that an officer is to attend, so please ignore the box on page 2.",
    ],
    "core_group_member": [
        "PC Hill is a core group member and visits the family fortnightly.",
        "Police remain part of the core group and have actions in the child protection plan.",
        # someone else stepped down: the police remain (issue 11, set m)
        "The health visitor has stepped down from the core group; PC Hill remains a core group member.",
        "The core group includes DC Ahmed from the Child Safeguarding Unit.",
        # "since" as an adverb opens no new clause (set A)
        "DS Kaur, who leads the enquiry, has since joined the core group and reports on the bail.",
    ],
    "prior_unit_involvement": [
        "In 2017 the children were taken into police protection.",
        "Mr Cole was arrested in 2015 for assaulting a child; NFA.",
        "Mr Cole is a Schedule 1 offender.",
    ],
}


@pytest.mark.parametrize(
    ("criterion", "text"), [(c, t) for c, texts in AFFIRMED.items() for t in texts]
)
def test_each_criterion_is_affirmed_in_several_phrasings(criterion: str, text: str) -> None:
    assert criterion in met(text)


NOT_MET = [
    # another offence in plain words (issue 11, set z)
    ("current_investigation", "Ms Test is awaiting a CPS charging decision after a voluntary attendance interview about goods taken from a supermarket."),
    # relative time and plain-word endings (issue 11, set z)
    ("current_investigation", "When Amy was a baby the police investigated a fracture to her wrist; Dad was interviewed at the time and nothing came of it."),
    ("police_protection", "Years ago, when Amy was little, she was taken into police protection after a party at the flat."),
    # shorthand negatives (issue 11, set y)
    ("registered_sex_offender", "KW (mum's partner, in hh): RSO checks neg; PNC minor drugs 2015 only."),
    ("registered_sex_offender", "Partner: RSO/ViSOR -ve."),
    # a measure denied after it (issue 11, set w)
    ("police_protection", "Police protection is not part of the birth plan; the ward would ring EDT if the parents tried to leave with the baby."),
    # the need denied before the verb (issue 11, set x)
    ("negotiated_attendance", "The core group agreed on 12/10/2026 that police no longer need to attend."),
    ("negotiated_attendance", "The chair and the DS agreed there is no need for police to attend this review."),
    # a membership that has ended (issue 11, set m)
    ("core_group_member", "While the investigation was open a DC from the Bradford Safeguarding Unit was part of the core group; police have now stepped down from the core group as they have no further role."),
    ("core_group_member", "PC Hill has stood down from the core group."),
    ("core_group_member", "DC Joanne Healey came off the core group after the October meeting as police have no ongoing role."),
    ("wilful_neglect_investigation", "Mr Brearley was convicted in 2009 of cruelty to a child; the Child Protection Unit arrested and interviewed him at the time and he served a prison sentence."),
    # the negation stands between the group and the police (set u)
    ("core_group_member", "The core group has not included the police since the investigation closed."),
    # negated
    ("registered_sex_offender", "Mr Cole is not a registered sex offender."),
    ("registered_sex_offender", "RSO checks negative."),
    ("registered_sex_offender", "Police checks: no trace of Mr Cole; he is not known to police."),
    ("child_sexual_exploitation", "There are no CSE concerns."),
    ("child_sexual_exploitation", "CSE: N/A"),
    ("registered_sex_offender", "No CSE, DA or RSO concerns."),
    ("negotiated_attendance", "Ms Test has agreed to attend the conference."),
    ("child_sexual_exploitation", "CSE screening tool completed - no risk identified."),
    ("current_investigation", "There is no police investigation."),
    # a label's answer ("- no", ": none") negates what it opens onto, not only what it answers
    ("current_investigation", "Strategy discussion with police held 18/11/2026 - no criminal investigation."),
    ("current_investigation", "Outcome of the strategy meeting: no police investigation."),
    ("current_investigation", "Mr Cole denies hitting Amy and has never been arrested."),
    ("police_protection", "Police protection was considered but not used."),
    # historical
    ("police_protection", "In 2016 the children were placed in police protection."),
    ("current_investigation", "Mr Cole was arrested in 2016 for assaulting Amy, NFA."),
    ("current_investigation", "The police investigation was closed with no further action."),
    ("current_investigation", "Mr Cole was released under investigation; the RUI ended in NFA."),
    # the end told in plain words, a caution, "at the time" (sets A, D)
    ("current_investigation", "Mr Cole was arrested in the spring but the matter was not taken any further."),
    ("current_investigation", "The safeguarding unit investigated Mr Cole for hitting Amy, and he accepted a conditional caution."),
    ("current_investigation", "Amy's bruises were seen at nursery; Mr Cole was spoken to by officers at the time."),
    ("current_investigation", "While the investigation was open, DC Hill came to the core group; she stepped down in October."),
    ("previous_investigation_escalation", "Mum's drinking has escalated since the summer.\nPolice investigated Mr Cole for hitting Amy in 2024 and took no further action."),
    ("registered_sex_offender", "His notification requirements ended in 2014."),
    ("domestic_abuse_current_involvement",
     "Ms Test experienced domestic abuse in a previous relationship; the case was heard at MARAC in 2018."),
    # hypothetical
    ("child_sexual_exploitation", "Should CSE concerns arise, a referral will be made."),
    ("police_protection", "Birth plan: if the parents try to leave with the baby, police protection may be used."),
    ("current_investigation", "If further injuries are seen, a police investigation would follow."),
    ("police_protection", "The use of police protection is to be explored."),
    # other person
    ("registered_sex_offender", "An unrelated neighbour is a registered sex offender."),
    ("registered_sex_offender", "Her brother lives in Spain, has no contact with the children and is an RSO."),
    # kept apart in the next sentence, or by a court (sets A and D)
    ("registered_sex_offender", "Amy's uncle in Dublin is a registered sex offender. The family has had no contact with him for years."),
    ("registered_sex_offender", "Mr Cole is a registered sex offender and a court order forbids any contact with Amy."),
    # a table of orders whose status column says no (set D)
    ("police_protection", "Police protection\t–\t–\tNot used"),
    ("police_protection", "Another family at the school had a child placed in police protection."),
    # an investigation of someone outside the family (set B)
    ("current_investigation", "Police are investigating a lad from the estate, who has no connection to Amy's family, for assaulting her in the park."),
    # traps of POLICY.md
    ("police_protection", "Mr Cole is a PPO nominal."),
    ("police_protection", "Mr Cole is a PPO and is managed under IOM."),
    ("police_protection", "An EPO was granted on 16/11/2026 and Amy is with her aunt."),
    ("police_protection", "The council used its emergency powers in court to get an EPO for Amy."),
    ("police_protection", "The foster carers took Amy into their care last week."),
    ("child_sexual_exploitation", "We will consider whether Amy is at risk of exploitation."),
    ("child_sexual_exploitation", "Amy is used by older boys to carry drugs for sale."),
    ("registered_sex_offender", "Mr Cole was convicted of a sex offence in 1995; he has never been on the register."),
    ("child_sexual_exploitation", "Amy is at risk of CCE and county lines; the flat was cuckooed."),
    ("child_sexual_exploitation", "Concerns about child criminal exploitation."),
    ("registered_sex_offender", "Mr Cole is a Schedule 1 offender (PPRC)."),
    ("registered_sex_offender", "Ms Test is a registered childminder and Amy is registered with the GP."),
    ("wilful_neglect_investigation", "Category: Neglect"),
    ("wilful_neglect_investigation", "A section 47 investigation into neglect is under way."),
    ("wilful_neglect_investigation", "The plan category is neglect; home conditions are poor."),
    ("current_investigation", "A strategy discussion was held with police on 17/11/2026."),
    ("current_investigation", "A strategy discussion with police agreed a single-agency section 47 enquiry."),
    ("current_investigation", "Ms Test alleges that Mr Cole has hit Amy."),
    ("domestic_abuse_current_involvement", "There is domestic abuse between the parents."),
    ("domestic_abuse_current_involvement", "Ms Test denies domestic abuse."),
    ("negotiated_attendance", "Police attendance would be helpful."),
    ("negotiated_attendance", "Please confirm police attendance."),
    # the request in the same clause as the attendance, before or after a dash inside a word
    ("negotiated_attendance", "Please confirm that the DI has agreed an officer will attend."),
    ("negotiated_attendance", "A co-worked visit was agreed; could police please attend the conference."),
    ("core_group_member", "Core group: social worker, health visitor, school, parents."),
    ("core_group_member", "Police are no longer part of the core group."),
    ("core_group_member", "Core group: school, GP and Ms Test - police are not members."),
    ("core_group_member", "Since the police investigation ended, Ms Test has missed two core groups."),
    ("previous_investigation_escalation", "In 2019 police investigated Mr Cole for hitting Amy; NFA."),
    ("previous_investigation_escalation", "The concerns are escalating at home."),
    ("prior_unit_involvement", "Police protection was considered but not used."),
]  # fmt: skip


@pytest.mark.parametrize(("criterion", "text"), NOT_MET)
def test_traps_negations_history_hypotheticals_and_other_people_are_not_affirmed(
    criterion: str, text: str
) -> None:
    assert criterion not in met(text)


def test_a_historical_police_matter_shows_prior_unit_involvement() -> None:
    assert "prior_unit_involvement" in met("In 2016 the children were placed in police protection.")


def test_rui_and_bail_keep_an_investigation_open_and_nfa_closes_it() -> None:
    assert "current_investigation" in met("Mr Cole was arrested and is RUI.")
    assert "current_investigation" in met(
        "Mr Cole has been bailed; bail conditions prevent contact."
    )
    assert "current_investigation" not in met("Mr Cole was arrested; the police took NFA.")


def test_an_outcome_told_after_an_investigation_ends_it() -> None:
    """Issue 11, set u: the outcome on the next line or two sentences on closes the matter."""
    lines = (
        "S/O voluntary interview 19/08/2026.",
        "- Outcome 09/10/2026: NFA - evidential difficulties (outcome 15).",
    )
    assert met(*lines) & {"current_investigation", "prior_unit_involvement"} == {
        "prior_unit_involvement"
    }
    convicted = met(
        "OCC 13/260309 - IP HARTLEY, Noah - S/O HARTLEY, Jamie. Arrested 09/03/2026, charged "
        "30/04/2026, remanded. Trial Leeds Crown Court November 2026. Outcome: convicted "
        "10/11/2026, sentenced to 3 years."
    )
    assert "current_investigation" not in convicted
    assert "prior_unit_involvement" in convicted
    # the investigation dated by the sentence before it, closed in a later year
    story = met(
        "In 2023 Amy was admitted to hospital with two rib fractures. The police safeguarding "
        "unit investigated, and Mr Cole was arrested and interviewed. The investigation was "
        "closed with no further action in 2024."
    )
    assert "current_investigation" not in story
    # an old date in a line's label dates all its value, past a ";"
    assert "current_investigation" not in met(
        "- Occ 13/200817/0091 (2020): arrested on suspicion of assault; interviewed by SGU; charged."
    )


@pytest.mark.parametrize(
    "lines",
    [  # an older event of its own, a current state, another investigation told in between
        ("Mr Cole was arrested on 18/11/2026 for assaulting Amy. He was convicted in 2018 of a similar offence.",),
        ("Mr Cole was arrested on 18/11/2026 for assaulting Amy. He was previously convicted of assault.",),
        ("Mr Cole remains on bail for assaulting Amy. Police took no further action on the 2019 allegation.",),
        ("Mr Cole was arrested on 18/11/2026 for assaulting Amy.", "Ms Test was arrested on 19/11/2026 for hitting Amy.", "Outcome: NFA."),
        ("Mr Cole was arrested on 18/11/2026 for assaulting Amy. Outcome 02/11/2026: NFA.",),
    ],
)  # fmt: skip
def test_an_outcome_of_another_matter_leaves_an_investigation_current(
    lines: tuple[str, ...],
) -> None:
    assert "current_investigation" in met(*lines)


def test_the_end_of_the_police_protection_that_brought_the_conference_is_no_prior_involvement() -> (
    None
):
    """Set t: police protection lasts 72 hours; its end is told of the same episode."""
    found = met(
        "On 28/11/2026 officers took Amy into police protection under section 46.",
        "Since the police protection ended she has stayed in foster care under section 20.",
    )
    assert "police_protection" in found
    assert "prior_unit_involvement" not in found
    assert "prior_unit_involvement" in met(
        "In 2017 the children were taken into police protection."
    )


def test_an_unticked_cse_box_is_not_evidence() -> None:
    text = f"Risk factors\t{UNMARKED} CSE {UNMARKED} DA {UNMARKED} RSO {UNMARKED} Police protection"
    result = run(invitation(text))
    assert not result.criteria
    assert {m.context for m in result.mentions} == {Context.TEMPLATE}


def test_a_ticked_box_is_affirmed_and_its_quote_has_no_glyph_or_other_cell() -> None:
    result = run(invitation(f"Risk factors\t{UNMARKED} DA {MARKED} CSE {UNMARKED} RSO"))
    assert {c.criterion.value for c in result.criteria} == {"child_sexual_exploitation"}
    (evidence,) = result.criteria[0].evidence
    assert evidence.quote == "CSE"


def test_a_menu_heading_without_glyphs_makes_its_list_a_template() -> None:
    assert not met("Known risk factors (tick all that apply) CSE DA RSO Police protection")


def test_evidence_is_verbatim_within_one_cell_and_names_its_location() -> None:
    line = "Reason\tMs Test's new partner is a registered sex offender.\tSexual"
    form = attachment("OFFICIAL-SENSITIVE", line, name="booking.pdf")
    result = run(invitation("Please see the attached form.", attachments=(form,)))
    (criterion,) = result.criteria
    (evidence,) = criterion.evidence
    assert evidence.quote == "Ms Test's new partner is a registered sex offender."
    assert evidence.location == "booking.pdf p1"


def test_a_wrapped_paragraph_is_read_as_one_and_quoted_with_white_space_folded() -> None:
    result = run(
        invitation(
            "Police protection was used on 15/11/2026 after officers found the children alone",
            "at the address late at night.",
        )
    )
    (criterion,) = result.criteria
    quote = criterion.evidence[0].quote
    assert quote.startswith("Police protection was used") and quote.endswith("late at night.")


def test_escalation_in_the_next_line_of_a_form_still_counts() -> None:
    found = met(
        "Amy was the subject of a police investigation into sexual abuse in 2021, which was closed.",
        "There is now clear evidence that the risk is escalating.",
    )
    assert "previous_investigation_escalation" in found


def test_a_date_of_birth_or_a_statute_year_does_not_make_a_mention_historical() -> None:
    assert "registered_sex_offender" in met(
        "Mr Cole (DOB 01/02/1980) is a registered sex offender."
    )
    assert "police_protection" in met(
        "Amy was placed in police protection under the Children Act 1989."
    )


def test_every_ignored_mention_is_kept_with_its_context_and_trigger() -> None:
    result = run(invitation("There are no CSE concerns."))
    (mention,) = result.mentions
    assert mention.context is Context.NEGATED and mention.trigger == "no"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc"])
def test_typographic_apostrophes_match_and_the_quote_stays_verbatim(apostrophe: str) -> None:
    # OCR and Word write "offenders’ register" with a right single quotation mark
    line = f"Mr Stead is on the sex offenders{apostrophe} register and stays most weekends."
    result = run(invitation(line))
    [found] = [c for c in result.criteria if c.criterion.value == "registered_sex_offender"]
    assert found.evidence[0].quote == line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # hand-written cases h18, h14, b17, b18
        (
            "The core group is the social worker and the school; police are not members of the core group.",
            set(),
        ),
        (
            "There is no information to suggest that Tyrese is at risk of sexual exploitation.",
            set(),
        ),
        ("A CSE screening was completed on 27/11/2026: there are no concerns of CSE.", set()),
        (
            "The CSE screening tool scored her as high risk of child sexual exploitation.",
            {"child_sexual_exploitation"},
        ),
        ("Mr Blackburn was on the sex offenders register until 2009.", {"prior_unit_involvement"}),
        ("Mr Blackburn is on the sex offenders register until 2031.", {"registered_sex_offender"}),
        ("DC Varley (police) is a member of the core group.", {"core_group_member"}),
    ],
)
def test_clauses_long_negations_screenings_and_ended_registrations(
    line: str, expected: set[str]
) -> None:
    assert met(line) == expected


def test_a_registered_sex_offender_with_an_old_conviction_is_registered_now() -> None:
    # the year dates the conviction, not the status (DOMAIN.md §3.1)
    found = met(
        "Mr Dobson, who stays most nights, is a registered sex offender following a 2017 "
        "conviction for sexual assault of a child."
    )
    assert "registered_sex_offender" in found
    assert "registered_sex_offender" not in met("He was a registered sex offender until 2009.")


def test_escalation_sentences_after_a_closed_investigation_in_its_section_is_w2() -> None:
    text = (
        "In 2023 West Yorkshire Police investigated Mr Holroyd for sexually assaulting Skye. "
        "The case was closed with no further action. He left the home under a safety plan. "
        "He is now living there again and Skye has started self-harming. "
        "The risk to Skye is escalating."
    )
    assert "previous_investigation_escalation" in met(text)


def test_a_judgement_that_cse_is_a_risk_is_affirmed_not_hypothetical() -> None:
    assert "child_sexual_exploitation" in met(
        "Professionals now consider child sexual exploitation a significant risk for Mia."
    )
    assert "child_sexual_exploitation" not in met(
        "The core group will consider whether a CSE screening is needed if she goes missing."
    )


def test_an_offender_elsewhere_named_in_the_next_sentence_is_someone_else() -> None:
    text = (
        "Ms Fenton's brother, Gavin Hirst, is a registered sex offender. He lives in Cornwall "
        "and has had no contact with the children for ten years."
    )
    assert "registered_sex_offender" not in met(text)


def test_an_arrest_for_the_childs_own_drugs_offence_is_no_abuse_investigation() -> None:
    text = "He was arrested in possession of class A drugs and released under investigation."
    assert "current_investigation" not in met(text)
    assert "current_investigation" in met(
        "Mr Cole was arrested for assaulting Amy and released under investigation."
    )


def test_the_sentence_after_a_wilful_neglect_investigation_is_the_same_investigation() -> None:
    text = (
        "Police are actively investigating both parents for child cruelty (wilful neglect). "
        "Both parents were interviewed under caution and released under investigation."
    )
    assert "wilful_neglect_investigation" in met(text)
    assert "current_investigation" not in met(text)


def test_a_past_investigation_that_escalates_also_shows_prior_involvement() -> None:
    text = (
        "In 2021 police investigated Mr Brear for physical abuse of Isla (NFA). "
        "The risk has escalated, with two further injuries this month."
    )
    found = met(text)
    assert {"previous_investigation_escalation", "prior_unit_involvement"} <= found


def test_a_state_that_ended_before_the_email_is_historical_however_recent() -> None:
    """Issue 11 (set f): "until August 2026" ended; "until 2029" has not."""
    assert "core_group_member" not in met(
        "Police were members of the core group until August 2026.", received=dt.date(2026, 12, 7)
    )
    assert "core_group_member" in met(
        "Police are members of the core group and will remain so until the plan ends.",
        received=dt.date(2026, 12, 7),
    )
    assert "registered_sex_offender" in met(
        "Mr Wood is a registered sex offender (convicted in 2019) and is subject to notification "
        "requirements until 2029.",
        received=dt.date(2026, 12, 7),
    )


def test_a_chronology_row_s_date_and_outcome_put_its_event_in_the_past() -> None:
    """Issue 11 (set f): a case-system printout's chronology, "19/06/2023 | arrested | NFA"."""
    old = met(
        "Date\tEvent type\tDetails\tOutcome",
        "19/06/2023\tPolice\tKashif Mahmood arrested for assault occasioning ABH\tNo crime",
        "21/06/2023\tDASH\tDASH completed by police: high risk.\tMARAC referral",
        received=dt.date(2026, 12, 7),
    )
    assert "current_investigation" not in old
    assert "domestic_abuse_current_involvement" not in old
    assert "prior_unit_involvement" in old
    recent = met(
        "Date\tEvent\tOutcome",
        "30/11/2026\tMr Miah arrested for assaulting Ayaan\tReleased under investigation",
        received=dt.date(2026, 12, 7),
    )
    assert "current_investigation" in recent


@pytest.mark.parametrize("when", ["06/2021", "2021-06", "June 2021", "2021", "2020 – 2021"])
def test_a_chronology_row_dated_by_month_year_or_range_is_in_the_past(when: str) -> None:
    """Issue 11 (set p): rows dated "09/2019" were not dated at all."""
    got = met(
        "Date\tEvent\tAgency\tOutcome",
        f"{when}\tMr Dyson arrested on suspicion of assaulting his stepson\tWYP\tBailed",
        "11/2026\tReferral from school about Amy's attendance\tSchool\tAssessment",
        received=dt.date(2026, 12, 7),
    )
    assert "current_investigation" not in got
    assert "prior_unit_involvement" in got


def test_a_later_chronology_row_about_the_same_person_escalates_the_closed_investigation() -> None:
    """Issue 11 (set p): an NFA row, then rows about the same man moving back in; a short cell
    such as "Case closed" between them is no heading that ends the story."""
    rows = (
        "Date\tEvent\tAgency\tOutcome",
        "04/2023\tAmy said Mr Dyson hit her with a slipper\tWYP\tArrested, interviewed; NFA 07/2023",
        "08/2023\tFamily moved to Ossett\tCSC\tCase closed",
        "02/12/2026\tMr Dyson has moved back into the family home\tCSC\tStrategy discussion",
    )
    assert "previous_investigation_escalation" in met(*rows, received=dt.date(2026, 12, 7))


def test_a_later_chronology_row_about_someone_else_is_no_escalation() -> None:
    """Issue 11 (set f): the mother's drinking "increasing" years after the father's NFA."""
    rows = (
        "Date\tEvent\tAgency\tOutcome",
        "04/2023\tAmy said Mr Dyson hit her with a slipper\tWYP\tArrested, interviewed; NFA 07/2023",
        "08/2023\tFamily moved to Ossett\tCSC\tCase closed",
        "02/12/2026\tMs Walsh's alcohol use increasing\tGP\tReferred",
    )
    got = met(*rows, received=dt.date(2026, 12, 7))
    assert "previous_investigation_escalation" not in got
    assert "prior_unit_involvement" in got


# Issue 11, sets c and f: who an investigation is about, and when it closed.
def test_a_later_chronology_row_that_closes_a_police_matter_puts_an_earlier_arrest_in_the_past() -> (
    None
):
    got = met(
        "Date\tEvent\tOutcome",
        "15/03/2026\tMr Miah arrested, RUI\tInvestigation",
        "02/04/2026\tICPC - CP plans (physical)\tCP plan",
        "21/08/2026\tPolice outcome: NFA\tClosed",
    )
    assert "current_investigation" not in got
    assert "prior_unit_involvement" in got


def test_an_arrest_after_the_closing_row_stays_current() -> None:
    got = met(
        "15/03/2026\tMr Miah arrested, RUI\tInvestigation",
        "21/08/2026\tPolice outcome: NFA\tClosed",
        "16/11/2026\tMr Miah arrested again for assaulting Ayaan\tBail",
    )
    assert "current_investigation" in got


def test_a_wrapped_chronology_row_keeps_its_date() -> None:
    got = met(
        "14/03/2023\ts47\tCalderdale CSU and CSC joint s47:\tNFA 02/05/2023",
        "allegation that Tariq Shah hit Amira with a belt. Father",
        "interviewed under caution.",
    )
    assert "current_investigation" not in got
    assert "prior_unit_involvement" in got


def test_a_heading_under_a_chronology_is_not_part_of_its_last_row() -> None:
    got = met(
        "01/09/2019\tEducation\tStarted school\tInformation",
        "Reason for conference",
        "Police are investigating bruising to Amy's face.",
    )
    assert "current_investigation" in got


def test_paperwork_markers_take_the_state_of_their_sentence() -> None:
    said = "After discussion with the CPS lawyer on call, the police will not investigate."
    assert "current_investigation" not in met(said)
    assert "current_investigation" in met(
        "Crime number 13/2233/26. Mr Cole was arrested on 18/11/2026 for assaulting Amy."
    )


def test_bail_for_assaulting_the_mother_is_domestic_abuse_not_an_investigation_of_the_child() -> (
    None
):
    got = met(
        "Amy has witnessed repeated domestic abuse by her father against her mother.",
        "The case was heard at MARAC on 19/11/2026. Amy is withdrawn at nursery.",
        "Mr Walsh was charged with assault occasioning actual bodily harm and is on court bail "
        "with conditions not to contact Ms Hirst.",
    )
    assert got == {"domestic_abuse_current_involvement"}


def test_bare_markers_belong_to_the_wilful_neglect_investigation_the_email_affirms() -> None:
    got = met(
        "Police are actively investigating Ms Test for wilful neglect under section 1 of the Children and Young Persons Act 1933.",
        "Amy is 4 and attends nursery. Her brother is at school.",
        "Police involvement:\tActive investigation - DC Aslam",
        "RUI - investigation",
    )
    assert got == {"wilful_neglect_investigation"}


def test_men_investigated_for_exploiting_her_are_no_investigation_within_the_family() -> None:
    got = met(
        "Amy (14) is being sexually exploited by two adult men she met online.",
        "Police are investigating the two men; neither is known to the family.",
    )
    assert got == {"child_sexual_exploitation"}


@pytest.mark.parametrize(
    "disclosure",
    [
        "Last month Amy told her teacher that her mother's partner had sexually touched her.",
        "Amy says she was physically abused by her uncle while staying at his flat.",
    ],
)
def test_markers_after_a_sentence_telling_harm_to_the_child_are_that_investigation(
    disclosure: str,
) -> None:
    """The abuse told in the sentence before; exploitation said elsewhere in the email does not
    take the arrest over (issue 11, set m)."""
    got = met(
        "Amy (15) has been going missing and is assessed at high risk of sexual exploitation.",
        disclosure,
        "He was interviewed under caution on 18/11/2026 and remains on police bail.",
    )
    assert got == {"current_investigation", "child_sexual_exploitation"}


def test_exploitation_told_just_before_keeps_its_bare_markers() -> None:
    got = met(
        "Amy is being sexually exploited and men have physically abused her in a flat in town.",
        "Three men were arrested last week and remain on bail.",
    )
    assert got == {"child_sexual_exploitation"}


@pytest.mark.parametrize(
    "line",
    [
        "Ms Test was arrested on suspicion of child neglect and is on bail pending enquiries.",
        "Both carers were interviewed under caution about the alleged neglect of the children.",
        "Ms Test has been charged with neglecting Amy and the trial is set for March.",
    ],
)
def test_neglect_as_the_object_of_a_crime_word_is_a_wilful_neglect_investigation(
    line: str,
) -> None:
    assert met(line) == {"wilful_neglect_investigation"}


def test_an_investigation_of_harm_to_the_child_beside_domestic_abuse_stays_current() -> None:
    got = met(
        "There is domestic abuse between the parents and the case was heard at MARAC last week.",
        "Police are investigating bruising to Amy's face; Mr Cole was arrested on 18/11/2026.",
    )
    assert "current_investigation" in got


def test_a_tick_box_that_ends_a_wrapped_line_belongs_to_the_option_below() -> None:
    got = met(
        f"Areas of concern known to your agency (tick): {UNMARKED} Domestic abuse {UNMARKED} CSE {UNMARKED}",
        f"Registered sex offender {UNMARKED} Substance misuse",
    )
    assert "registered_sex_offender" not in got


def test_a_form_s_prompts_and_placeholders_affirm_nothing() -> None:
    """Issue 11, set i: an agency report template's questions and the places left for answers."""
    got = met(
        "4. Any other information the conference should know (for example RSO status, CSE, firearms)",
        "[For West Yorkshire Police to complete]",
    )
    assert got == set()
    assert "child_sexual_exploitation" in met(
        "Amy is at risk of exploitation (such as CSE) and goes missing."
    )


def test_a_question_answered_no_affirms_nothing_and_one_answered_yes_does() -> None:
    assert "registered_sex_offender" not in met(
        "Is any adult in the household a registered sex offender? No"
    )
    assert "registered_sex_offender" not in met("Is any adult a registered sex offender?\tNo")
    assert "registered_sex_offender" in met(
        "Is any adult a registered sex offender?\tYes - Mr Cole, the lodger"
    )


# Issue 11: events carry a status that later sentences change; a negation ends at a new clause.
def test_a_closure_in_the_next_sentence_puts_the_investigation_told_before_it_in_the_past() -> None:
    got = met(
        "In July 2026 Lancashire Police investigated an allegation that Mr Cole had hit Amy. "
        "The investigation ended with no further action in August 2026. "
        "Amy now has new bruising and the risk to her is escalating.",
        received=dt.date(2026, 12, 7),
    )
    assert "current_investigation" not in got
    assert {"prior_unit_involvement", "previous_investigation_escalation"} <= got


def test_a_closure_of_another_older_event_leaves_the_current_investigation_open() -> None:
    got = met(
        "Police are investigating bruising to Amy's face. "
        "The previous investigation in 2020 was closed with no further action.",
        received=dt.date(2026, 12, 7),
    )
    assert "current_investigation" in got


def test_a_negation_after_and_with_a_new_clause_does_not_reach_back() -> None:
    got = met(
        "In 2022 police investigated Mr Cole for hitting Amy; the case was closed with no "
        "further action. Amy's injuries are escalating and Mr Cole has refused to engage.",
    )
    assert "previous_investigation_escalation" in got
    assert "current_investigation" in met(
        "Mr Cole denied hitting Amy and was arrested on 18/11/2026."
    )


def _pack_met(*minutes: str, title: str) -> set[str]:
    """The criteria of a review pack: a booking form and, attached, a record with `title`."""
    form = attachment("Review booking form", "Progress: Amy is settled at school.", name="f.docx")
    record = attachment(title, *minutes, name="record.pdf")
    inv = invitation("Please find the papers attached.", attachments=(form, record))
    return {c.criterion.value for c in run(inv, received=dt.date(2026, 12, 7)).criteria}


def test_what_an_earlier_conference_s_minutes_record_is_earlier_involvement() -> None:
    """Issue 11, set h: a review pack's minutes of the initial conference."""
    got = _pack_met(
        "On 09/09/2026 the children were placed in police protection. Mr Cole was arrested.",
        title="Wakefield Council - Minutes: Initial Child Protection Conference, 17 September 2026",
    )
    assert got == {"prior_unit_involvement"}
    still = _pack_met(
        "Mr Cole remains on police bail for assaulting Amy.",
        title="Minutes of Initial Child Protection Conference",
    )
    assert "current_investigation" in still


def test_a_strategy_meeting_s_minutes_tell_the_present_enquiry() -> None:
    got = _pack_met(
        "On 24/11/2026 the children were placed in police protection.",
        title="Strategy Meeting Minutes and Assessment",
    )
    assert "police_protection" in got


@pytest.mark.parametrize(
    "line",
    [
        "He is a registered sex offender (indecent images of children, 2019) subject to "
        "notification requirements until 2029.",
        "He is managed under MAPPA Category 1 following his 2018 conviction for sexual assault.",
    ],
)
def test_a_conviction_year_dates_the_conviction_not_the_registration(line: str) -> None:
    """Issue 11 (sets b, c, e, g): a registration is a status; its conviction's year is not an
    end of it, so it is no earlier involvement either."""
    assert met(line, received=dt.date(2026, 12, 7)) == {"registered_sex_offender"}


def test_what_a_modal_verb_governs_is_a_possibility_not_an_event() -> None:
    """Issue 11, set h: a privacy notice in a letter pack."""
    notice = "Reports may be withheld where disclosure would prejudice a criminal investigation."
    assert "current_investigation" not in met(notice)
    assert "current_investigation" in met(
        "In May 2026 Mr Cole was arrested for assaulting Amy and he remains on bail."
    )


def test_a_statute_cited_by_its_initials_does_not_date_the_event() -> None:
    """Issue 11, set e: "(wilful neglect, s1 CYPA 1933)" read as an event of 1933."""
    got = met(
        "Both parents were arrested for child cruelty (wilful neglect, s1 CYPA 1933) and have "
        "been bailed."
    )
    assert got == {"wilful_neglect_investigation"}


# Issue 11 (sets c, h, i; hand-written b05): who an investigation is about.
def test_a_charge_under_the_next_heading_continues_the_domestic_abuse_story() -> None:
    got = met(
        "Analysis of risk",
        "The DASH risk assessment is high and the case was heard at a repeat MARAC on 19/11/2026.",
        "Police involvement to date",
        "Mr Walsh was charged with assault occasioning actual bodily harm and is on court bail.",
    )
    assert got == {"domestic_abuse_current_involvement"}


def test_an_assault_against_an_adult_named_in_its_sentence_is_no_investigation_of_the_child() -> (
    None
):
    got = met(
        "Transfer-in: the children were made subject to plans by another authority.",
        "Mr Shaw was charged with assault occasioning actual bodily harm against Ms Begum and "
        "is on police bail.",
    )
    assert "current_investigation" not in got
    assert "domestic_abuse_current_involvement" in got
    assert "current_investigation" in met(
        "Mr Cole was arrested for assaulting Amy and is on bail not to contact Ms Test."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Stepfather remains on police bail (assault on partner).",
        "Mr Cole is on pre-charge bail for an assault upon the children's mother.",
    ],
)
def test_an_assault_on_an_adult_in_note_form_is_domestic_abuse(line: str) -> None:
    """The determiner a note leaves out, or the role the children own (issue 11, set n)."""
    got = met(line)
    assert "current_investigation" not in got
    assert "domestic_abuse_current_involvement" in got


def test_a_woman_assaulted_told_in_the_passive_is_domestic_abuse() -> None:
    got = met(
        "Ms Kaya has been assaulted by Mr Doyle three times since September.",
        "Mr Doyle was charged with assault and is on court bail.",
        "The case was heard at a repeat MARAC on 26/11/2026.",
    )
    assert got == {"domestic_abuse_current_involvement"}


def test_a_requirement_denied_after_its_subject_negates_attendance_and_core_group_only() -> None:
    """Issue 11, sets e and i: "police attendance is not required", "police not needed at
    core group" — and never the bail beside them."""
    assert "negotiated_attendance" not in met(
        "The Chair has confirmed that a written report is sufficient and police attendance "
        "is not required."
    )
    assert "core_group_member" not in met(
        "- First core group: Tues 15/12 at 10am at St Michael's - police not needed at core group"
    )
    assert "current_investigation" in met(
        "Mr Cole remains on bail for assaulting Amy, police attendance not required."
    )


def test_a_question_whose_answer_is_still_a_place_left_for_it_affirms_nothing() -> None:
    """Issue 11, set i: an agency report template's unanswered question."""
    question = "4. Is any adult in the household a registered sex offender or managed under MAPPA?"
    assert "registered_sex_offender" not in met(question, "[For West Yorkshire Police to complete]")
    assert "registered_sex_offender" not in met(question, "______________________")
    assert "registered_sex_offender" in met(question, "Yes - Mr Cole, the lodger.")


def test_a_worry_that_harm_could_happen_again_is_no_escalation() -> None:
    """Issue 11, set i: a Signs of Safety worry statement after a closed investigation."""
    got = met(
        "In 2021 police investigated Mr Crowther for hitting Oliver; the case was closed with NFA. "
        "The worry now is that Mr Crowther's temper and drinking could lead to Oliver or Poppy "
        "being hurt again."
    )
    assert "previous_investigation_escalation" not in got
    assert "prior_unit_involvement" in got


def test_a_chronology_row_wrapped_onto_lines_is_one_event() -> None:
    """Issue 11, set f: the offence is named on the row's wrapped second line."""
    got = met(
        "Date\tEvent type\tDetails\tOutcome",
        "03/12/2026\tPolice\tShanice Campbell interviewed under caution by DC\tRUI - investigation",
        "Farhan Aslam on suspicion of child cruelty (wilful\tcontinuing",
        "neglect) and released under investigation.",
        received=dt.date(2026, 12, 10),
    )
    assert got == {"wilful_neglect_investigation"}


def test_an_investigation_that_names_its_own_child_victim_keeps_its_own_subject() -> None:
    """The generated corpus (seed 9191): the sentence before it spoke of another matter."""
    got = met(
        "Police are actively investigating Ms Dobson for wilful neglect after Oscar was left alone. "
        "Police are also investigating an allegation that Mr Mahmood sexually abused Oscar."
    )
    assert {"wilful_neglect_investigation", "current_investigation"} <= got
    after_da = met(
        "Ms Priestley has declined a referral to domestic abuse services.",
        "Mr O'Neill has been charged with assaulting Charlie and is on police bail.",
    )
    assert "current_investigation" in after_da


def test_a_month_and_year_dates_an_investigation_by_its_month_not_the_year_s_end() -> None:
    got = met(
        "In March 2025 the police safeguarding unit investigated an allegation that Mr Cole had hit Amy.",
    )
    assert "current_investigation" not in got  # 20 months before the day received


def test_a_negation_that_names_the_involvement_negates_it_too() -> None:
    got = met(
        "Ms Test disclosed domestic abuse by Mr Cole to the health visitor.",
        "Checks show no police involvement with the family; a DASH was completed by the health visitor.",
    )
    assert "domestic_abuse_current_involvement" not in got


@pytest.mark.parametrize(
    "line",
    [
        # set p (76-04): an RSO never called one — the notification duty and the unit that
        # manages him said in their own words (DOMAIN.md §3.1)
        "Mr Cole has to notify police of any change of address for the rest of his life and visits Amy's home daily.",
        "The lodger, who must notify the police of his name and address every year, shares the house with Amy.",
        "Her partner is managed by the WYP MOSOVO unit following his conviction for child sexual offences.",
    ],
)
def test_the_notification_duty_or_mosovo_management_in_other_words_is_an_rso(line: str) -> None:
    assert "registered_sex_offender" in met(line)


def test_a_duty_to_notify_the_police_of_concerns_is_no_rso() -> None:
    assert "registered_sex_offender" not in met(
        "The school will notify the police of any concerns about Amy's contact with Mr Cole."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers attended the family home after a neighbour's call, found the children alone and placed Lily and Theo in police protection.",
        "A neighbour reported the children crying; police attended and used their police protection powers.",
        "Following a call from a neighbour, the children were removed under police protection (s46).",
    ],
)  # fmt: skip
def test_a_neighbour_who_called_is_the_source_not_the_subject(sentence: str) -> None:
    """Issue 11, set r: police protection of the family's children read as someone else's
    because a neighbour had called the police."""
    assert "police_protection" in met(sentence)


def test_a_neighbour_who_is_an_offender_is_still_someone_else() -> None:
    assert "registered_sex_offender" not in met(
        "A neighbour who reported the noise is a registered sex offender; he has no contact."
    )


@pytest.mark.parametrize(
    ("lines", "cse"),
    [
        (("The school raised a CSE concern in October. After the return interview the CSE screening tool was completed; outcome: no risk of sexual exploitation identified.",), False),
        (("A referral about possible sexual exploitation was made in November.", "The exploitation hub assessed her on 02/12/2026 and found no indicators of CSE."), False),
        # still a risk: the later negation is no screening's result, or the screening found risk
        (("The school raised a CSE concern in October. Mum says there are no CSE concerns.",), True),
        (("The school raised a CSE concern in October. The CSE screening tool was completed and assessed the risk as medium.",), True),
    ],
)  # fmt: skip
def test_a_cse_concern_screened_out_later_in_its_story_is_no_current_risk(
    lines: tuple[str, ...], cse: bool
) -> None:
    """Issue 11, set r (DOMAIN.md §3.3, "CSE screening completed – no risk identified"): a
    concern raised, then screened with no risk found, was read as CSE and the case as attend."""
    assert ("child_sexual_exploitation" in met(*lines)) is cse


@pytest.mark.parametrize(
    ("sentence", "current"),
    [
        ("Police are investigating the adults who ran the line; this is not an investigation of the family.", False),
        ("Officers are investigating the older youths who groomed him, but it is not an investigation into the parents.", False),
        # the denial is of something else, or there is none
        ("Police are investigating the father for assaulting Jack; it is not an investigation of the school.", True),
        ("Police are investigating the father for assaulting Jack.", True),
    ],
)  # fmt: skip
def test_an_investigation_the_sentence_says_is_not_of_the_family_is_someone_elses(
    sentence: str, current: bool
) -> None:
    """Issue 11, set s: "… this is not an investigation of the family" read as W1."""
    assert ("current_investigation" in met(sentence)) is current


LOOKALIKES = [
    # Cyrillic е and о inside Latin words (issue 11, set y: an unsafe report_only)
    (
        "registered_sex_offender",
        "Mr Cole lives at the home and is a registered s\u0435x \u043effender.",
    ),
    # a Greek capital omicron, a Cyrillic capital es
    ("child_sexual_exploitation", "Amy is at high risk of \u0421SE."),
    ("police_protection", "Amy was taken into p\u03bflice protection on 15/11/2026."),
    # full-width letters
    (
        "registered_sex_offender",
        "Mr Cole, who stays most nights, is a \uff52\uff45\uff47\uff49\uff53\uff54\uff45\uff52\uff45\uff44 sex offender.",
    ),
]


@pytest.mark.parametrize(("criterion", "text"), LOOKALIKES)
def test_letters_of_other_alphabets_that_look_latin_are_read_and_quoted_as_written(
    criterion: str, text: str
) -> None:
    result = run(invitation(text))
    found = [c for c in result.criteria if c.criterion.value == criterion]
    assert found, criterion
    assert all(" ".join(e.quote.split()) in " ".join(text.split()) for e in found[0].evidence)


def test_a_story_dated_in_the_sentence_before_is_history() -> None:
    """Issue 11, set x: the year in one sentence, the police protection in the next."""
    story = (
        "In June 2018, when Amy was three, a neighbour found her alone in the street at midnight. "
        "Officers could not find an adult at home and took her into police protection overnight."
    )
    assert "police_protection" not in met(story)
    assert "prior_unit_involvement" in met(story)
    # a time of its own in the second sentence keeps it as it reads
    assert "police_protection" in met(
        "In June 2018 a neighbour found Amy alone in the street. Last night officers took her "
        "into police protection."
    )


def test_police_by_their_other_names_and_ranks() -> None:
    """Issue 11, set z: "Sgt Pickles from the NPT joins core group meetings"; "interviewed by
    the Safeguarding Unit" is an investigation (closed here, so prior involvement)."""
    assert "core_group_member" in met(
        "Sgt Pickles from the NPT joins core group meetings and gave an update at the last two."
    )
    found = met(
        "In 2024 Mr Cole was interviewed by the Safeguarding Unit after Amy was seen with "
        "bruising to her arm. The crime was finalised as outcome 15 and no proceedings followed."
    )
    assert "prior_unit_involvement" in found and "current_investigation" not in found


def test_a_table_of_orders_whose_status_says_no_affirms_none_of_them() -> None:
    """A row's one filled cell beside its label answers it (set D: "Police protection | - | - |
    Not used" under an "In force?" column read as police protection)."""
    found = met(
        "Order\tMade by\tDate\tIn force?",
        "Emergency Protection Order\tCourt\t01/12/2026\tYes",
        "Police protection\t-\t-\tNot used",
    )
    assert "police_protection" not in found
