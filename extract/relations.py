"""Relations between the mentions of one sentence, from cue patterns.

Each rule names the cue it fired on; relations never cross a sentence boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from .segment import sentence_spans


@dataclass
class Rel:
    """A relation between two mentions, by their index in the paragraph's mention list."""

    head: int
    relation: str
    tail: int
    cue: str
    start_date: str | None = None  # tenure stated in the text (自 2023年11月22日)
    end_date: str | None = None  # (至 2023年11月22日)


class _M(Protocol):
    start: int
    end: int
    label: str


ORGS = {"ENTERPRISE", "ORG", "OFFICE", "PARK", "PROJECT", "PLACE"}
_LIST_GAP = re.compile(r"(?:[((][^()()]{0,30}[))])?[、;;\s]")
_LOCATED_CUE = re.compile(r"(?:落户|入驻|落地|位于|坐落于|设在|迁入|迁至|注册在|注册地转至|转至|扎根)")
_COOP_CUE = re.compile(r"(?:签约|签署|签订|战略合作|合作协议|合作|共建|携手|联合)")
_ISSUE_CUE = re.compile(r"(?:印发|发布|出台|制定|颁布|下发|审议通过)")
_IMPLEMENT_CUE = re.compile(r"(?:贯彻落实|落实|实施|推进|执行)")
_OPERATE_CUE = re.compile(r"(?:运营|承建|开发|管理|建设|投资建设)")


def find_relations(text: str, mentions: list[_M]) -> list[Rel]:
    rels: list[Rel] = []
    for s_start, s_end in sentence_spans(text) or [(0, len(text))]:
        idx = [i for i, m in enumerate(mentions) if m.start >= s_start and m.end <= s_end]
        rels.extend(_holds_post(text, mentions, idx))
        rels.extend(_part_of(text, mentions, idx))
        rels.extend(_parts_by_cue(text, mentions, idx))
        rels.extend(_cue_pairs(text, mentions, idx))
        rels.extend(_subunits(text, mentions, idx))
        rels.extend(_issuers_and_lists(text, mentions, idx))
        rels.extend(_partners_and_hosts(text, mentions, idx))
        rels.extend(_subject_implements(text, mentions, idx, s_start))
    for r in rels:
        if r.relation == "HOLDS_POST":
            r.start_date, r.end_date = tenure(text, mentions[r.head].end)
    seen: set[tuple[int, str, int]] = set()
    out: list[Rel] = []
    for r in rels:
        key = (r.head, r.relation, r.tail)
        if key not in seen and r.head != r.tail:
            seen.add(key)
            out.append(r)
    return out


def _holds_post(text: str, ms: list[_M], idx: list[int]) -> list[Rel]:
    out: list[Rel] = []
    for k, i in enumerate(idx):
        if ms[i].label != "PERSON":
            continue
        # titles written right before the name, joined by 、 (区委副书记、区长胡学明)
        j = k - 1
        gap_end = ms[i].start
        while j >= 0:
            prev = ms[idx[j]]
            between = text[prev.end : gap_end]
            if prev.label == "POST" and re.fullmatch(r"[\s、::]?", between):
                out.append(Rel(i, "HOLDS_POST", idx[j], "title-before-name"))
                gap_end = prev.start
                j -= 1
                continue
            if prev.label in ("ENTERPRISE", "ORG", "OFFICE") and between == "":
                gap_end = prev.start
                j -= 1
                continue
            # a list of names after one title: 副总经理甲、乙、丙 — each holds the title of the first
            # (notes in brackets and ; between former and current holders included)
            if prev.label == "PERSON" and _LIST_GAP.fullmatch(between):
                for r in out[::-1]:
                    if r.head == idx[j] and r.relation == "HOLDS_POST":
                        out.append(Rel(i, "HOLDS_POST", r.tail, "title-list"))
                        if r.cue != "title-before-name":
                            break
                    elif r.head != idx[j]:
                        break
            # 主委为吴晓红
            if prev.label == "POST" and between == "为":
                out.append(Rel(i, "HOLDS_POST", idx[j], "post-is-name"))
            break
        if k + 1 < len(idx):
            nxt = ms[idx[k + 1]]
            between = text[ms[i].end : nxt.start]
            # 习近平总书记; 胡学明(区长); 任命薛洪梅为主任
            if nxt.label == "POST" and between in ("", "(", "(", "任", "担任", "兼任", "为"):
                out.append(Rel(i, "HOLDS_POST", idx[k + 1], "title-after-name"))
                # 赵文剑任某局党委书记、局长: every title of the list
                j = k + 1
                while (j + 1 < len(idx) and ms[idx[j + 1]].label == "POST"
                       and text[ms[idx[j]].end : ms[idx[j + 1]].start] in ("、", "和", "兼", "并任", "兼任")):
                    j += 1
                    out.append(Rel(i, "HOLDS_POST", idx[j], "title-after-name"))
                # 杜坤、崔扬为副主任: the names listed before share the title
                j = k - 1
                while j >= 0 and ms[idx[j]].label == "PERSON" and text[ms[idx[j]].end : ms[idx[j + 1]].start] == "、":
                    out.append(Rel(idx[j], "HOLDS_POST", idx[k + 1], "title-after-list"))
                    j -= 1
    return out


def _part_of(text: str, ms: list[_M], idx: list[int]) -> list[Rel]:
    """A branch written after its parent's name (中国信保天津分公司 ... 中国信保)."""
    out: list[Rel] = []
    for i in idx:
        m = ms[i]
        name = text[m.start : m.end]
        if m.label not in ("ENTERPRISE", "ORG", "OFFICE", "PARK"):
            continue
        for j in idx:
            if j == i or ms[j].label not in ("ENTERPRISE", "ORG", "OFFICE", "PARK"):
                continue
            other = text[ms[j].start : ms[j].end]
            if len(other) >= 2 and name.startswith(other) and len(name) > len(other) + 1:
                rest = name[len(other) :]
                if re.search(r"(?:分公司|公司|分行|支行|分中心|分会|片区|分局|委员会|支部|办公室|办公厅|大区)$", rest) or (
                    m.label == ms[j].label == "PARK" and re.search(r"(?:分园|园|基地)$", rest)  # 天津软件园河西园
                ):
                    out.append(Rel(i, "PART_OF", j, "branch-name"))
            # 中车科技园天津公司 ... 中车集团: a company named after a group's stem
            elif ms[j].label == m.label == "ENTERPRISE" and re.search(r"(?:分公司|公司|分行)$", name):
                stem = re.sub(r"(?:控股)?集团(?:有限公司|股份有限公司)?$", "", other)
                if stem != other and len(stem) >= 2 and name.startswith(stem) and not name.startswith(other):
                    out.append(Rel(i, "PART_OF", j, "group-stem"))
    return out


_FOUNDED = re.compile(r"(?:成立|设立|组建|新设|新成立|挂牌成立)了?")
_UNIT = re.compile(r"(?:中心|分中心|支行|分行|分公司|子公司|事业部|研究院|研究所|实验室|工作站)$")
ORGANISATIONS = ("ENTERPRISE", "ORG", "OFFICE")


def _parts_by_cue(text: str, ms: list[_M], idx: list[int]) -> list[Rel]:
    """区人大及其常委会: the second is PART_OF the first; 某银行天津分行成立航运金融中心: the unit
    a bank or company founds is PART_OF it."""
    out: list[Rel] = []
    for k, a in enumerate(idx[:-1]):
        b = idx[k + 1]
        ma, mb = ms[a], ms[b]
        between = text[ma.end : mb.start]
        if ma.label in ORGANISATIONS and mb.label in ORGANISATIONS and between == "及其":
            out.append(Rel(b, "PART_OF", a, "及其"))
        elif (ma.label in ("ENTERPRISE", "ORG") and mb.label in ORGANISATIONS and _FOUNDED.fullmatch(between)
              and _UNIT.search(text[mb.start : mb.end])):
            out.append(Rel(b, "PART_OF", a, between))
    return out


# an unnamed body written before the cue is the one that implements (not the sentence's subject)
_OTHER_ACTOR = re.compile(r"(?:办事处|部门|单位|机关|企业|学校|社区|街道|委员会|机构)(?:认真|全面|深入|贯彻)?(?:落实|实施)$")
_SENTENCE_LEAD = re.compile(r"^[\s\d年月日,,、]*$")
_IMPLEMENT_BEFORE = re.compile(r"(?:贯彻落实|认真落实|全面落实|落实|深入实施|实施)$")


def _subject_implements(text: str, ms: list[_M], idx: list[int], s_start: int) -> list[Rel]:
    """区审计局坚持…,认真落实市委市政府"十项行动"和河西区"1+10"实施方案…: the body that opens the
    sentence implements the policies written right after 落实 / 实施 (their issuers and places
    between, the policies joined by 和 or 、)."""
    if not idx:
        return []
    subject = idx[0]
    if ms[subject].label not in ("OFFICE", "PARK", "PROJECT") or not _SENTENCE_LEAD.match(text[s_start : ms[subject].start]):
        return []
    out: list[Rel] = []

    def gap(x: int, y: int) -> str:  # the text between two mentions, quotation marks left out
        return re.sub(r"[\"“”「」']", "", text[ms[idx[x]].end : ms[idx[y]].start])

    k = 1
    while k < len(idx):
        # the cue, then issuers or places written before the first policy
        j = k
        while j + 1 < len(idx) and ms[idx[j]].label in ("OFFICE", "PLACE") and gap(j, j + 1) in ("", "、", "和"):
            j += 1
        before_cue = text[ms[idx[k - 1]].end : ms[idx[k]].start]
        if _OTHER_ACTOR.search(before_cue):
            break  # 听取了街道办事处落实…: someone else implements
        found_cue = _IMPLEMENT_BEFORE.search(before_cue)
        if j < len(idx) and ms[idx[j]].label == "POLICY" and found_cue:
            cue = found_cue.group(0)
            out.append(Rel(subject, "IMPLEMENTS", idx[j], cue))
            # further policies: 和 / 、, each optionally after its own issuer or place
            while True:
                n = j + 1
                while n < len(idx) and ms[idx[n]].label in ("OFFICE", "PLACE") and gap(n - 1, n) in ("和", "、", "及", ""):
                    n += 1
                if n < len(idx) and ms[idx[n]].label == "POLICY" and gap(n - 1, n) in ("和", "、", "及", ""):
                    out.append(Rel(subject, "IMPLEMENTS", idx[n], cue))
                    j = n
                else:
                    break
            k = j + 1
        else:
            k += 1
    return out


def _cue_pairs(text: str, ms: list[_M], idx: list[int]) -> list[Rel]:
    out: list[Rel] = []
    for a_k, a in enumerate(idx):
        for b in idx[a_k + 1 :]:
            ma, mb = ms[a], ms[b]
            between = text[ma.end : mb.start]
            if len(between) > 20:
                continue
            if ma.label in ("ENTERPRISE", "ORG", "OFFICE", "PROJECT") and mb.label in ("PARK", "PLACE"):
                cue = _LOCATED_CUE.search(between)
                if cue:
                    out.append(Rel(a, "LOCATED_IN", b, cue.group(0)))
                    continue
            if ma.label in ("ENTERPRISE", "ORG", "OFFICE", "PLACE") and mb.label in ("ENTERPRISE", "ORG", "OFFICE"):
                after = text[mb.end : mb.end + 12]
                if re.fullmatch(r"与|和|同", between) and _COOP_CUE.search(after):
                    out.append(Rel(a, "COOPERATES_WITH", b, _COOP_CUE.search(after).group(0)))
                    continue
            if ma.label == "OFFICE" and mb.label == "POLICY":
                cue = _ISSUE_CUE.search(between)
                if cue or between in ("", "、"):
                    out.append(Rel(b, "ISSUED_BY", a, cue.group(0) if cue else "body-before-title"))
                    continue
                cue = _IMPLEMENT_CUE.search(between)
                if cue and len(between) <= 6:
                    out.append(Rel(a, "IMPLEMENTS", b, cue.group(0)))
                    continue
            if ma.label in ("ENTERPRISE", "ORG", "OFFICE") and mb.label in ("PARK", "PROJECT"):
                # X运营Y, X负责建设Y: the cue joins the two (not 智算中心运营、…平台建设: a list of tasks)
                cue = re.fullmatch(r"(?:负责|参与|牵头)?(" + _OPERATE_CUE.pattern + r")(?:了|的)?", between)
                if cue:
                    out.append(Rel(a, "OPERATES", b, cue.group(0)))
    return out


_SUBUNIT_CUE = re.compile(r"(?:下设|内设|设有|下辖|所属|下属|设立了?|包括)(?:有)?[\d一二三四五六七八九十]*(?:个)?[^,。;]{0,8}?[::]?$")
BODIES = ("OFFICE", "ORG", "ENTERPRISE", "PARK")


def _subunits(text: str, ms: list[_M], idx: list[int]) -> list[Rel]:
    """区残联下设办公室、综合业务科 ...: each listed unit is PART_OF the body before the cue."""
    out: list[Rel] = []
    parent_of: dict[int, int] = {}
    for k, a in enumerate(idx):
        if ms[a].label not in BODIES:
            continue
        nxt = idx[k + 1] if k + 1 < len(idx) else None
        if nxt is None or not _SUBUNIT_CUE.search(text[ms[a].end : ms[nxt].start]):
            continue
        if ms[a].label == "PARK" and re.search(r"[,,;;。]", text[ms[a].end : ms[nxt].start]):
            continue  # 泰达大厦挂牌天津国际航运大厦,设立…: a building is named, someone else sets up
        cue = _SUBUNIT_CUE.search(text[ms[a].end : ms[nxt].start]).group(0)
        if a not in parent_of and text[ms[a].start - 1 : ms[a].start] == "、":
            continue  # an item of a list whose head was not recognised is no parent
        body = parent_of.get(a, a)  # …拥军优抚科,两个下属事业单位:… goes on with the same body
        # 河西区退役军人事务局(简称:区退役军人局)…设立…: the full name, not the short one
        if body == a and k > 0 and _DEFINES_SHORT.fullmatch(text[ms[idx[k - 1]].end : ms[a].start]) and ms[idx[k - 1]].label in BODIES:
            body = idx[k - 1]
        j = k + 1
        prev_end = ms[a].end
        while j < len(idx) and ms[idx[j]].label in BODIES:
            gap = text[prev_end : ms[idx[j]].start]
            if j > k + 1 and not re.fullmatch(r"[、,和及与]|[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{0,4}[、,和及与]", gap):
                break  # the list goes on across a group count: …科3个科室和…所
            out.append(Rel(idx[j], "PART_OF", body, re.sub(r"[::\s]", "", cue) or "下设"))
            parent_of[idx[j]] = body
            prev_end = ms[idx[j]].end
            j += 1
    return out


_DEFINES_SHORT = re.compile(r"[((](?:以下|下文)?简称(?:为)?[::]?[“\"]?")


def _issuers_and_lists(text: str, ms: list[_M], idx: list[int]) -> list[Rel]:
    """Bodies written together before a policy (市委市政府"十项行动": ISSUED_BY each), and policies
    listed after one issuing or implementing cue (区发改委印发《A》、《B》)."""
    out: list[Rel] = []
    for k, p in enumerate(idx):
        if ms[p].label != "POLICY":
            continue
        # offices directly before the policy, joined by nothing, 、 or 和
        j = k - 1
        end = ms[p].start
        while j >= 0 and ms[idx[j]].label == "OFFICE" and re.fullmatch(r"[、和与]?[“\"「]?", text[ms[idx[j]].end : end]):
            out.append(Rel(p, "ISSUED_BY", idx[j], "body-before-title"))
            end = ms[idx[j]].start
            j -= 1
        # a list of policies after a cue: the first one's relation holds for the others
        j = k - 1
        while j >= 0 and ms[idx[j]].label == "POLICY" and re.fullmatch(r"[、和及与]?|以及", text[ms[idx[j]].end : ms[idx[j + 1]].start]):
            j -= 1
        if j >= 0 and j < k - 1 and ms[idx[j]].label == "OFFICE":
            between = text[ms[idx[j]].end : ms[idx[j + 1]].start]
            cue = _ISSUE_CUE.search(between)
            if cue and len(between) <= 20:
                out.append(Rel(p, "ISSUED_BY", idx[j], cue.group(0)))
            cue = _IMPLEMENT_CUE.search(between)
            if cue and not _ISSUE_CUE.search(between) and len(between) <= 12:
                out.append(Rel(idx[j], "IMPLEMENTS", p, cue.group(0)))
    return out


_TENURE = re.compile(
    r"^[((][^()()]{0,30}?(自|至)\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?[^()()]{0,10}[))]"
)


def tenure(text: str, end: int) -> tuple[str | None, str | None]:
    """(start, end) ISO dates from a note right after a name: (回族, 自 2023年11月22日), (至 2023年11月)."""
    m = _TENURE.match(text[end : end + 50])
    if not m:
        return None, None
    day = int(m.group(4)) if m.group(4) else 1
    date = f"{int(m.group(2)):04d}-{int(m.group(3)):02d}-{day:02d}"
    return (date, None) if m.group(1) == "自" else (None, date)


PARTIES = ("ENTERPRISE", "ORG", "OFFICE", "PLACE", "PARK")
HOSTED = ("ENTERPRISE", "ORG", "OFFICE", "PROJECT", "PARK")
_BUILT_IN = re.compile(r"^(?:建成|建设|设立|成立|开设|开办|落地|打造|揭牌)(?:了)?")


def _partners_and_hosts(text: str, ms: list[_M], idx: list[int]) -> list[Rel]:
    """X(分别)与A、B签订合作协议: X cooperates with each; 在P建成X / P…吸引X…入驻: X is located in P."""
    out: list[Rel] = []
    for k, a in enumerate(idx):
        ma = ms[a]
        # a party, then (分别)与 a list of parties, then a cooperation cue
        if ma.label in PARTIES and k + 1 < len(idx):
            if re.fullmatch(r"(?:分别|共同)?(?:与|和|同)", text[ma.end : ms[idx[k + 1]].start]):
                j = k + 1
                partners = [idx[j]]
                while j + 1 < len(idx) and re.fullmatch(r"[、和及]", text[ms[idx[j]].end : ms[idx[j + 1]].start]):
                    j += 1
                    partners.append(idx[j])
                after = text[ms[idx[j]].end : ms[idx[j]].end + 12]
                cue = _COOP_CUE.search(after)
                if cue and all(ms[b].label in PARTIES for b in partners) and len(partners) > 1:
                    out.extend(Rel(a, "COOPERATES_WITH", b, cue.group(0)) for b in partners)
        # 在P建成X
        if ma.label in ("PARK", "PLACE") and text[max(0, ma.start - 1) : ma.start] == "在" and k + 1 < len(idx):
            between = text[ma.end : ms[idx[k + 1]].start]
            built = _BUILT_IN.match(between)
            if built and len(between) <= 6 and ms[idx[k + 1]].label in HOSTED:
                out.append(Rel(idx[k + 1], "LOCATED_IN", a, built.group(0)))
        # P…吸引X…入驻
        if ma.label == "PARK":
            for b in idx[k + 1 :]:
                mb = ms[b]
                if mb.label not in ("ENTERPRISE", "ORG", "PROJECT"):
                    continue
                before = text[ma.end : mb.start]
                after = text[mb.end : mb.end + 12]
                if re.search(r"(?:吸引|引进|招引)$", before) and len(before) <= 20:
                    cue = re.search(r"(?:入驻|落户|进驻)", after)
                    if cue:
                        out.append(Rel(b, "LOCATED_IN", a, cue.group(0)))
    return out
