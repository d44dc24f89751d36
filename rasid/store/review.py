"""Human review: merge, split, edit, reject — stored with who, when and why, and respected later.

- ``merge A B``: B's mentions move to A (placed by a person: automatic merging never moves them);
- ``split ID M...``: the named mentions leave ID for a new incident, and every pair across the two
  sides is recorded as ``apart``, so automatic merging never joins them again;
- ``edit ID FIELD VALUE``: the value overrides what the sources give, now and after later merges;
- ``reject ID --why``: the incident stays (so new reports of it attach to it) but is marked rejected.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rasid.errors import UsageError
from rasid.merge.aggregate import parse_edit, recompute
from rasid.store.models import Incident, Mention, ReviewConstraint, ReviewLog


def get_incident(session: Session, incident_id: int) -> Incident:
    inc = session.scalar(select(Incident).where(Incident.id == incident_id)
                         .options(selectinload(Incident.mentions).selectinload(Mention.document)))
    if inc is None:
        raise UsageError(f"no incident {incident_id}")
    return inc


def _log(session: Session, who: str, action: str, incident_id: int, why: str | None, **detail: Any) -> None:
    session.add(ReviewLog(who=who, action=action, incident_id=incident_id, why=why, detail=detail))


def merge(session: Session, a: int, b: int, *, who: str, why: str | None = None) -> Incident:
    if a == b:
        raise UsageError("cannot merge an incident with itself")
    ia, ib = get_incident(session, a), get_incident(session, b)
    moved = [m.id for m in ib.mentions]
    for m in list(ib.mentions):
        m.incident = ia
        m.link = "review"
    for m in ia.mentions:
        m.link = "review"
    merged = dict(ib.overrides or {})
    merged.update(ia.overrides or {})
    ia.overrides = merged
    ia.reviewed = True
    session.flush()
    session.delete(ib)
    _log(session, who, "merge", a, why, merged_from=b, mentions=moved)
    session.flush()
    session.refresh(ia)
    recompute(ia, list(ia.mentions))
    return ia


def split(session: Session, incident_id: int, mention_ids: list[int], *, who: str, why: str | None = None) -> Incident:
    inc = get_incident(session, incident_id)
    own = {m.id: m for m in inc.mentions}
    wrong = [str(i) for i in mention_ids if i not in own]
    if wrong:
        raise UsageError(f"incident {incident_id} has no mention {', '.join(wrong)} (its mentions: "
                         f"{', '.join(map(str, sorted(own)))})")
    if len(set(mention_ids)) == len(own):
        raise UsageError("a split must leave at least one mention behind")
    new = Incident(event_type=inc.event_type, family=inc.family, reviewed=True)
    session.add(new)
    session.flush()
    leaving = set(mention_ids)
    for mid in sorted(leaving):
        own[mid].incident = new
        own[mid].link = "review"
    for mid, m in own.items():
        if mid not in leaving:
            m.link = "review"
            for other in leaving:
                session.add(ReviewConstraint(mention_a=min(mid, other), mention_b=max(mid, other), kind="apart"))
    inc.reviewed = True
    _log(session, who, "split", incident_id, why, new_incident=new.id, mentions=sorted(leaving))
    session.flush()
    session.refresh(inc)
    session.refresh(new)
    recompute(inc, list(inc.mentions))
    recompute(new, list(new.mentions))
    return new


def edit(session: Session, incident_id: int, field: str, value: str, *, who: str, why: str | None = None) -> Incident:
    inc = get_incident(session, incident_id)
    try:
        typed = parse_edit(field, value)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    before = getattr(inc, field)
    inc.overrides = {**(inc.overrides or {}), field: typed}
    inc.reviewed = True
    _log(session, who, "edit", incident_id, why, field=field, before=before if not hasattr(before, "isoformat")
         else before.isoformat(), after=typed)
    recompute(inc, list(inc.mentions))
    return inc


def reject(session: Session, incident_id: int, *, who: str, why: str) -> Incident:
    if not why or not why.strip():
        raise UsageError("a rejection needs a reason (--why)")
    inc = get_incident(session, incident_id)
    inc.rejected, inc.reject_why, inc.reviewed = True, why, True
    _log(session, who, "reject", incident_id, why)
    return inc
