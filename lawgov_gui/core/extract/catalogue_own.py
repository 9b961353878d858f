"""The words that say what a figure counts, for catalogue.Tagger.

A figure's own words are the words before it in its clause, "▮" for the figure, and the noun it
classifies when it is a classifier (7部地方性法规, 8.1万项政务服务实现全程网办): `own_words`.
`list_words` gives the own words of a figure in a list: after a list of verbs or of one verb's
objects its subject names what its place counts (受理、审结行政复议案件120件、115件); after a list
of bodies it is their part, with no own words.
"""

from __future__ import annotations

import re

from .subject_lists import HEAD_VERB

__all__ = ["list_words", "own_words"]

_MARK = "▮"  # the figure, in the own words
_AHEAD = 48
_CLAUSE_END = re.compile(r"[。；;！!？?\n，,：:、()（）|]")
# the classifier noun after a figure: Chinese, up to a clause end or a digit, not a linking word
# (新公布2件政府规章并废止4件: 并废止 starts what is said of the next figure)
_NOUN = re.compile(r"(?!同比|较|比|为|达|占|均|已|是|以|至|到|和|及|与|或|等|中|后|前|左右)"
                   r"[\u4e00-\u9fff](?:(?!并(?:废止|撤销|取消|修订|修改))[^。；;！!？?\n，,：:、()（）|\d])*")
# 对53份重要文件、15份重要合同进行了合法性审查: what was done to the things counted, after them
_DONE_TO = re.compile(r"[^。；;！!？?\n，,：:]{0,24}?(?:进行了?|开展了?|实施了?)([^。；;！!？?\n，,：:、()（）|\d]{2,10})")
_NEXT_VERB = re.compile("共|收到|新收|受理|办理|审结|办结|开展|完成|提起|作出|出具|审查|发布|制定|出台|召开|举办")
# what starts the predicate after a counted noun: the noun ends there
_PREDICATE = re.compile("(?:分别)?(?:开展|进行|实施|参加|参与|召开|举办|组织)")
_BODIES = frozenset("个家名所支位")  # units that count bodies or people, which the noun after names
_PEOPLE = frozenset("名位")  # 685名执法人员参加培训: the people who took part, not the staff
_TAKING_PART = frozenset(("参加", "参与"))
_BOTH = re.compile(  # the noun itself, before any verb: 项目分别被命名为…地区和…项目 is one kind
    r"^(?:(?!被|分别|进行|开展|对|为)[\u4e00-\u9fff]){2,}(?:和|及|与|以及)(?:(?!被|分别|进行)[\u4e00-\u9fff]){2,}$")
_JOINS = frozenset("、和及与")  # between two figures of one list: 120件、115件, 5.2%和3.1%
# bodies listed before a 分别 (济南、临沂、菏泽受理…分别为): the figures are their parts
_BODY_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?(?=[\u4e00-\u9fff]{0,20}分别)")


def _listed(sh: str, cs: int, start: int, end: int, floor: int, before: str) -> bool:
    """Whether the figure stands in a list of figures after a list of words (受理、审结…案件
    120件、115件) or a 分别 (一审、二审败诉率分别为5.2%和3.1%)."""
    joined = (floor == start - 1 and sh[floor] in _JOINS) or (
        sh[end:end + 1] in _JOINS and sh[end + 1:end + 2].isdigit())
    return joined and ("、" in before or "分别" in sh[cs:start])


def own_words(sh: str, before: str, end: int, unit: str | None, cs: int,
              start: int) -> tuple[str | None, str]:
    """The words that say what the figure counts (before ▮ noun after), and the noun; None
    for the words when the noun joins two kinds."""
    # the noun begins with a Chinese character: most figures end their clause (3件,), no call
    m = _NOUN.match(sh, end, end + _AHEAD) if "\u4e00" <= sh[end:end + 1] <= "\u9fff" else None
    if m is None:
        return before + _MARK, ""
    noun, noun_end = m.group(), m.end()
    if noun and unit in _BODIES and (verb := _PREDICATE.search(noun, 1)) \
            and not (unit in _PEOPLE and verb.group()[-2:] in _TAKING_PART):  # 对18个单位分别开展检查
        noun, noun_end = noun[:verb.start()], end + verb.start()
    if noun and _BOTH.match(noun):
        return None, noun
    own = before + _MARK + noun
    if noun and unit not in _BODIES and sh.find("对", cs, start) >= 0:  # no slice per figure
        done = _DONE_TO.match(sh, noun_end, noun_end + _AHEAD)
        own = own + done.group(1) if done else own
    if noun and sh[m.end():m.end() + 1].isdigit():
        # 3个区和4个项目分别被命名为…示范地区和示范项目: the figure reads past the next one
        t = _CLAUSE_END.search(sh, end, end + _AHEAD)
        rest = sh[end:t.start() if t else end + _AHEAD]
        verb = _NEXT_VERB.search(noun)  # 13个市州共收到…2526件: 市州 is what 13个 counts
        own = before + _MARK + rest if "分别" in rest else \
            before + _MARK + noun[:verb.start()] if verb else own
    return own, noun


def list_words(sh: str, subject: str, cs: int, start: int, end: int, floor: int,
               before: str) -> str | None:
    """The figure's own words when it stands in a list: its subject after a list of verbs or
    of one verb's objects (受理、审结…案件120件、115件: 受理行政复议案件), None after a list of
    bodies (济南、临沂…受理行政一审案件数分别为3595件、…: each body's part); else `before`."""
    if subject and _listed(sh, cs, start, end, floor, before) and HEAD_VERB.match(subject) \
            and set(subject) <= set(sh[cs:start]):  # the subject is of this clause's words
        return subject
    if "分别" in before and _BODY_LIST.match(before) and not HEAD_VERB.match(before):
        return None
    return before
