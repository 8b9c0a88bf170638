"""How invitations say things: each POLICY.md criterion in several wordings, and the traps.

Every criterion has at least four affirmed wordings (different words, not just different names)
and every trap of POLICY.md "Traps" / DOMAIN.md §3.9 has several. A trap may still affirm a
criterion — a historical police matter is `prior_unit_involvement` (POLICY.md) — so each
negative carries the criteria it *does* affirm and the ones it must never sit beside.
Placeholders: {child} first name, {mother}/{man} as "Ms X"/"Mr Y", {date} a recent date,
{officer} a police name, {year} a past year.
"""

from __future__ import annotations

from dataclasses import dataclass

POLICE = frozenset({
    "current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
    "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
    "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement",
    "core_group_member",
})  # fmt: skip

AFFIRM: dict[str, tuple[str, ...]] = {
    "current_investigation": (
        "A joint section 47 investigation with West Yorkshire Police is under way. {man} was "
        "arrested on {date}, interviewed and released under investigation.",
        "Police are currently investigating an allegation that {man} sexually abused {child}; an "
        "ABE interview with {child} is planned for next week.",
        "{man} has been charged with assaulting {child} and is on police bail with conditions "
        "not to contact the children.",
        "This is a joint investigation with the police into non-accidental injuries to {child}. "
        "The police investigation remains open and {man} is on pre-charge bail.",
        "{man} was arrested on suspicion of sexual assault of {child} on {date} and remains "
        "under investigation (RUI).",
    ),
    "previous_investigation_escalation": (
        "In {year} police investigated an allegation that {man} physically assaulted {child}; "
        "no further action was taken. Since October the concerns have escalated and {child} "
        "has attended school with fresh bruising twice.",
        "{child} was the subject of a police investigation into sexual abuse within the family "
        "in {year}, which was closed. There is now clear evidence that the risk is escalating: "
        "{man} has moved back into the home.",
        "Following the police investigation of physical abuse by {man} in {year} (NFA), the "
        "risk of significant harm has escalated, with two further injuries reported this month.",
        "There was a previous police investigation into physical abuse in the family in {year}. "
        "The risk is now increasing: {mother} has reported that {man} has become violent "
        "towards {child} again.",
    ),
    "wilful_neglect_investigation": (
        "Police are actively investigating {mother} for wilful neglect after {child} was found "
        "alone in the house on {date}.",
        "A police investigation into child cruelty under section 1 of the Children and Young "
        "Persons Act 1933 is ongoing; {mother} has been interviewed under caution.",
        "{man} was arrested on {date} on suspicion of wilful neglect and has been released on "
        "bail while police enquiries continue.",
        "West Yorkshire Police have opened a child cruelty investigation into the conditions in "
        "which {child} was found, and the investigation is active.",
    ),
    "police_protection": (
        "On {date} {child} was taken into police protection under section 46 of the Children "
        "Act 1989 after officers found the children alone at the address.",
        "This conference arises from the children being placed in police protection on {date}, "
        "when officers attended a report of a disturbance.",
        "Officers used their police protection powers (s46) on {date} and removed {child} to "
        "the care of the maternal grandmother.",
        "{child} was placed on a PPO on {date} after being found wandering the street late at "
        "night.",
    ),
    "child_sexual_exploitation": (
        "{child} is considered to be at risk of child sexual exploitation.",
        "A CSE risk assessment completed on {date} rated the risk as significant and {child} "
        "has been referred to the Child Exploitation Hub.",
        "There are concerns that {child} is being sexually exploited by older men who give "
        "{child} alcohol and lifts in cars.",
        "CSE is a considered risk: {child} has been going missing overnight and has been found "
        "at the address of an adult male who is not known to the family.",
    ),
    "domestic_abuse_current_involvement": (
        "There is serious domestic abuse: the case was heard at MARAC on {date} and the police "
        "domestic abuse officer is working with {mother}.",
        "{man} was arrested for assaulting {mother} on {date} and is on police bail with "
        "conditions not to attend the family home.",
        "Following a DASH assessment scored as high risk, a Domestic Violence Protection Order "
        "is in force and police are managing the risk alongside the IDVA.",
        "There is ongoing complex domestic abuse between {mother} and {man}; the DV "
        "co-ordinator and the police safeguarding unit currently have direct involvement to "
        "manage the risk.",
    ),
    "registered_sex_offender": (
        "{man} is a registered sex offender and has been living at the family home.",
        "{man} is on the sex offenders' register and stays at the address most weekends.",
        "{man}, who visits the home regularly, is subject to notification requirements under "
        "the Sexual Offences Act 2003.",
        "{man} is a MAPPA category 1 offender and has recently started a relationship with "
        "{mother}.",
        "Mother's new partner, {man}, is an RSO and has been having unsupervised contact with "
        "{child}.",
    ),
    "negotiated_attendance": (
        "Following a discussion between the Chair and DI {officer}, it has been agreed that "
        "police will attend this conference.",
        "The Chair has spoken to DS {officer} at the Safeguarding Unit and police attendance "
        "has been agreed.",
        "Police attendance has been negotiated between the Conference Chair and the "
        "Safeguarding DI because of the police information held on {man}.",
        "The Conference Chair and the Detective Inspector have agreed that a police "
        "representative will attend.",
    ),
    "prior_unit_involvement": (
        "In {year} the children were placed in police protection after being found alone at home.",
        "{man} was arrested in {year} for assaulting {child}'s older half-brother; no further "
        "action was taken.",
        "The police Safeguarding Unit investigated an allegation of physical abuse by {man} in "
        "{year}, which was closed as NFA.",
        "The family are known to the police Safeguarding Unit: in {year} {mother} was "
        "investigated for neglect of an older child, which resulted in no further action.",
    ),
    "core_group_member": (
        "Police are members of the core group and PC {officer} attends every core group meeting.",
        "PC {officer} from the Safeguarding Unit is a member of the core group, and the police "
        "actions in the plan include monitoring {man}'s bail conditions.",
        "The child protection plan includes police actions: DC {officer} carries out welfare "
        "checks and attends the core group.",
        "West Yorkshire Police are designated members of the core group and remain actively "
        "involved with the family.",
    ),
}

REASONS: dict[str, tuple[str, str]] = {
    # criterion: (harm category, short reason line)
    "current_investigation": ("physical", "Physical abuse - current police investigation."),
    "previous_investigation_escalation": ("physical", "Physical abuse - escalating concerns."),
    "wilful_neglect_investigation": ("neglect", "Neglect - police child cruelty investigation."),
    "police_protection": ("neglect", "Neglect - children found home alone."),
    "child_sexual_exploitation": ("sexual", "Risk of sexual harm outside the home."),
    "domestic_abuse_current_involvement": ("emotional", "Emotional harm - domestic abuse."),
    "registered_sex_offender": ("sexual", "Risk of sexual harm from an adult in the household."),
    "negotiated_attendance": ("physical", "Physical abuse - injuries to a young child."),
    "prior_unit_involvement": ("emotional", "Emotional harm - parental conflict."),
    "core_group_member": ("physical", "Review of the child protection plan."),
}


@dataclass(frozen=True, slots=True)
class Trap:
    """A sentence that looks like a criterion but is not (or is only another one)."""

    category: str
    text: str
    affirms: frozenset[str] = frozenset()
    blocks: frozenset[str] = frozenset()  # criteria that must not be affirmed beside it
    needs: str = ""  # "pre_birth" or "" (any)


def _t(category: str, text: str, affirms: str = "", blocks: frozenset[str] = POLICE,
       needs: str = "") -> Trap:  # fmt: skip
    return Trap(category, text, frozenset(affirms.split()), blocks, needs)


_NONE: frozenset[str] = frozenset()
TRAPS: tuple[Trap, ...] = (
    _t("negated", "There is no police involvement with the family."),
    _t("negated", "{man} is not a registered sex offender.",
       blocks=frozenset({"registered_sex_offender"})),
    _t("negated", "There are no CSE concerns.", blocks=frozenset({"child_sexual_exploitation"})),
    _t("negated", "Police protection was considered but was not used.",
       blocks=frozenset({"police_protection", "prior_unit_involvement"})),
    _t("negated", "There is no current police investigation.",
       blocks=frozenset({"current_investigation", "wilful_neglect_investigation"})),
    _t("historical", "In {year} the children were placed in police protection after a party at "
       "the house.", "prior_unit_involvement", frozenset({"police_protection"})),
    _t("historical", "{man} was arrested in {year} on suspicion of assaulting {child}, NFA.",
       "prior_unit_involvement", frozenset({"current_investigation"})),
    _t("historical", "A police investigation into a bruise to {child} in {year} was closed "
       "with no further action.", "prior_unit_involvement",
       frozenset({"current_investigation", "previous_investigation_escalation"})),
    _t("hypothetical", "Should CSE concerns arise, the social worker will refer {child} to the "
       "Child Exploitation Hub.", blocks=frozenset({"child_sexual_exploitation"})),
    _t("hypothetical", "Police protection may be used at birth if the parents try to remove the "
       "baby from the hospital.", blocks=frozenset({"police_protection"}), needs="pre_birth"),
    _t("hypothetical", "If {man} moves back into the home, a referral to the police will be "
       "considered.", blocks=frozenset({"current_investigation", "registered_sex_offender"})),
    _t("out_of_household", "An unrelated neighbour is a registered sex offender; he has no "
       "contact with the family.", blocks=frozenset({"registered_sex_offender"})),
    _t("out_of_household", "{mother}'s brother, who lives in Scotland and has no contact with "
       "the children, is on the sex offenders' register.",
       blocks=frozenset({"registered_sex_offender"})),
    _t("out_of_household", "A pupil in {child}'s class was recently placed in police "
       "protection; this is not connected to the family.",
       blocks=frozenset({"police_protection"})),
    _t("cce", "{child} is believed to be drug running for a county lines network; there are "
       "no indicators of sexual exploitation.",
       blocks=frozenset({"child_sexual_exploitation"})),
    _t("cce", "Concerns relate to child criminal exploitation (CCE) and cuckooing of the family "
       "home by local drug dealers.", blocks=frozenset({"child_sexual_exploitation"})),
    _t("cce", "{child} has been found in Scarborough twice and is at risk of criminal "
       "exploitation.", blocks=frozenset({"child_sexual_exploitation"})),
    _t("category_neglect", "Category: Neglect - poor home conditions and missed health "
       "appointments.", blocks=frozenset({"wilful_neglect_investigation"})),
    _t("category_neglect", "The plan is under the category of neglect; the home is cold and "
       "there is little food.", blocks=frozenset({"wilful_neglect_investigation"})),
    _t("category_neglect", "Neglect is the category requested: {child} is often not brought to "
       "health appointments.", blocks=frozenset({"wilful_neglect_investigation"})),
    _t("da_no_police", "{mother} has disclosed domestic abuse in a previous relationship which "
       "ended in {year}.", blocks=frozenset({"domestic_abuse_current_involvement"})),
    _t("da_no_police", "There have been verbal arguments between the parents; none has been "
       "reported to the police.", blocks=POLICE),
    _t("da_no_police", "{mother} describes controlling behaviour by {man}; she has declined a "
       "referral to domestic abuse services.",
       blocks=frozenset({"domestic_abuse_current_involvement"})),
    _t("strategy_discussion", "A strategy discussion was held with police and health on {date} "
       "and a single-agency section 47 enquiry was agreed.",
       blocks=frozenset({"current_investigation", "wilful_neglect_investigation"})),
    _t("strategy_discussion", "The strategy meeting on {date} included police, health and "
       "education.", blocks=_NONE),
    _t("strategy_discussion", "Police took part in the strategy discussion; the police "
       "advised that no criminal offence was disclosed.",
       blocks=frozenset({"current_investigation", "wilful_neglect_investigation"})),
    _t("ppo_nominal", "{man} is a PPO nominal managed under the IOM scheme for burglary "
       "offences.", blocks=frozenset({"police_protection"})),
    _t("ppo_nominal", "{man} is a PPO (prolific and priority offender) and is currently on a "
       "community order.", blocks=frozenset({"police_protection"})),
    _t("epo", "The local authority obtained an Emergency Protection Order on {date} and "
       "{child} is staying with an aunt.", blocks=frozenset({"police_protection"})),
    _t("epo", "An EPO was granted by the court on {date}.",
       blocks=frozenset({"police_protection"})),
    _t("schedule1", "{man} is a Schedule 1 offender, convicted in {year} of cruelty to a child, "
       "but he is not subject to sex offender notification.", "prior_unit_involvement",
       frozenset({"registered_sex_offender"})),
    _t("schedule1", "Old records describe {man} as a Schedule One offender (PPRC) following a "
       "conviction for assaulting a child in {year}.", "prior_unit_involvement",
       frozenset({"registered_sex_offender"})),
    _t("would_be_helpful", "Police attendance would be helpful if possible.",
       blocks=frozenset({"negotiated_attendance"})),
    _t("would_be_helpful", "The Chair feels police attendance would be helpful given the "
       "history.", blocks=frozenset({"negotiated_attendance"})),
    _t("mother_alleges", "{mother} alleges that {man} has hit {child} in the past.",
       blocks=frozenset({"current_investigation", "previous_investigation_escalation"})),
    _t("mother_alleges", "{mother} alleges that {man} is a sex offender; no checks have "
       "confirmed this.", blocks=frozenset({"registered_sex_offender"})),
    _t("mother_alleges", "An anonymous referral alleges that {child} has been left alone "
       "overnight; this is unsubstantiated.",
       blocks=frozenset({"wilful_neglect_investigation", "police_protection"})),
)  # fmt: skip

TRAP_CATEGORIES = (*dict.fromkeys(t.category for t in TRAPS), "unticked_list")

UNTICKED_LIST = ("CSE", "DA", "RSO", "Police protection", "Criminal exploitation")
