"""A grammar of Chinese names in government reports, per label.

Each generator proposes :class:`Candidate` spans over one normalised paragraph:

* ``bracket_titles``   《…》 titles (POLICY), with the newspaper/book exclusions;
* ``quoted_names``     "…" names, with the type word that may follow the quote;
* ``posts``            official titles, with a government body in front or not;
* ``persons``          names after a title, in lists after a name, foreign names;
* ``suffix_names``     names ending in a type word (…有限公司, …产业园, …局, …项目 ...),
                       extended to the left over name-like jieba tokens;
* ``places``           administrative divisions (from ``cpca``), roads and communities.

Conflicts are settled once, in :func:`resolve`: strong cues (titles, quotes, posts, persons)
first, then the longest span, then priority.
Nothing here lists names from the gold data: the rules are phrasing classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import statistical
from .lexicon import (
    COMMON_SURNAMES,
    DEPARTMENT_FIELDS,
    JOINED_FIELDS,
    SURNAMES_1,
    SURNAMES_2,
    bare_county_is_place,
    county_divisions,
    municipal_districts,
    place_names,
    upper_divisions,
)
from .lexicon import EXTRA_PLACES as _EXTRA_PLACES
from .tokens import Token, jieba_words

CJK = r"\u4e00-\u9fff"
_CJK_CHAR = re.compile(r"[" + CJK + r"]")
_NUMERAL = re.compile(r"[\d一二三四五六七八九十百千万两双]")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    priority: int
    source: str


# --------------------------------------------------------------------------- tokens


def token_index(tokens: list[Token]) -> dict[int, int]:
    """Map each character offset to the index of the token that covers it."""
    index: dict[int, int] = {}
    for i, tok in enumerate(tokens):
        for pos in range(tok.start, tok.end):
            index[pos] = i
    return index


# Tokens that end a name when the grammar walks left from a type word.
STOP_POS = {"v", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "y", "e", "o", "ad", "df"}
STOP_WORDS = {
    # designation verbs (将…列为…): what follows is the designation, what precedes the thing designated
    "列为", "确定为", "定为", "命名为", "授予",
    # cue verbs that jieba often tags as nouns
    "落户", "入驻", "落地", "签约", "签署", "引进", "推进", "推动", "实施", "落实", "建设", "打造", "建成", "开工",
    "完成", "举办", "召开", "成立", "设立", "组建", "加快", "支持", "服务", "依托", "围绕", "聚焦", "深化", "全面",
    "积极", "持续", "参加", "参与", "开展", "组织", "获评", "获得", "荣获", "对接", "走访", "联合", "携手", "加强",
    "提升", "优化", "深入", "助力", "培育", "新建", "改造", "启动", "运营", "承办", "主办", "协办", "发布", "印发",
    "出台", "制定", "修订", "编制", "贯彻", "学习", "宣传", "开通", "投用", "投运", "竣工", "获批", "成功", "正式",
    "通过", "依法", "按照", "根据", "配合", "指导", "带领", "牵头", "协调", "督促", "检查", "调研", "考察", "视察",
    "会见", "接待", "会同", "共同", "合作", "共建", "招引", "引育", "新增", "累计", "实现", "达到", "以上", "以下",
    "及其", "以及", "其中", "包括", "位于", "毗邻", "作为", "成为", "列入", "纳入", "评为", "认定", "入选", "挂牌",
    # generic determiners and quantifiers
    "全区", "我区", "本区", "辖区", "全市", "我市", "本市", "全国", "各类", "各级", "各", "一批", "多家", "首家", "首个", "首批",
    "一家", "一个", "两个", "多个", "等", "该", "此", "这", "其", "重点", "相关", "有关", "主要", "其他", "其它",
    "所属", "下属", "直属", "各个", "有序", "大力", "着力", "不断", "进一步", "同时", "此外", "年", "月", "日",
    "利用", "续建", "扩建", "在建", "发挥", "充分", "弘扬", "注册", "代表", "连续", "盘活", "用好", "依靠",
    "鼓励", "吸引", "争取", "对标", "借助", "比如", "例如", "如", "像", "即", "系", "属", "归", "涉及", "覆盖",
    "下设", "内设", "设有", "下辖", "辖", "设",
    # predicates whose object is a body, a place or a project (前往微山路中学, 邀请…委员会, 办理…地块)
    "前往", "赴", "面向", "邀请", "筹备", "办理", "调整", "参观", "位居", "走进", "来到", "莅临", "拜访", "看望",
    "约谈", "筹建", "申报", "争创", "评选", "推荐", "精心", "认真", "扎实", "切实", "布局", "首届",
    # predicates of the reports' register that jieba's dictionary knows as rare or not at all, so
    # the rare-word rule below would take them as name parts (夯实学校…, 紧盯公立医院…)
    "夯实", "紧盯", "盯紧", "深挖", "压实", "压紧", "紧扣", "聚力", "发力", "深耕", "厚植", "擦亮", "做强", "做优",
    "做大", "做实", "补齐", "织密", "筑牢", "落位", "建强", "用活", "守牢", "兜牢", "扎牢", "拧紧", "抓实", "抓细",
    "抓牢", "锚定", "撬动", "提振", "激活", "参评", "入围", "谋划", "现任", "时任", "细化",
    # joint action verbs jieba's dictionary tags as names (联合开发: nt)
    "联合开发", "共同开发", "合作开发",
    # a company's relation to the one named next (文远知行子公司景烁科技)
    "子公司", "母公司", "旗下", "等到",
    # compound predicates jieba keeps as one word
    "贯彻落实", "认真落实", "全面落实", "深入贯彻", "建立", "健全", "建立健全", "落细", "落小",
    # times (今年常委会专题协商, 今后政协工作)
    "今年", "去年", "明年", "今后", "当年", "上年", "全年",
}
# Activity nouns that are cue verbs in running text but part of a name right before its type word.
INNER_ACTIVITY = {"建设", "服务", "运营", "投资", "开发", "发展", "管理", "改造", "提升", "更新", "整治", "修缮", "融资", "租赁"}
_COMPANY_HEADS = {"有限公司", "有限责任公司", "股份有限公司", "公司", "集团"}
NAME_PUNCT = set("()()·-—+&")
_NAME_POS = {"n", "ns", "nz", "nt", "nr", "j", "b", "nrt", "eng"}


def extend_left(text: str, tokens: list[Token], tindex: dict[int, int], start: int, max_chars: int) -> int:
    """Walk left from ``start`` over name-like tokens; return the new start."""
    if start == 0:
        return 0
    new_start = start
    i = tindex.get(start - 1)
    if i is None:
        return start
    tok = tokens[i]
    if tok.end > start:  # the type word is glued to a token: take the glued head
        head = tok.word[: start - tok.start]
        works = head in ("建设", "开发", "改造") and text.startswith(("项目", "工程"), start)
        if head in STOP_WORDS and not (works and i > 0 and tokens[i - 1].pos in _NAME_POS):
            return start  # (…小学建设项目: the works jieba glues to 项目, after a name, are kept)
        new_start = tok.start
        i -= 1
    while i >= 0:
        tok = tokens[i]
        w = tok.word
        if w in (")", ")"):
            # an inner bracket group such as (天津) in 百奥普利(天津)生物科技有限公司
            j = i - 1
            while j >= 0 and tokens[j].word not in ("(", "(") and start - tokens[j].start <= max_chars:
                j -= 1
            inner = "".join(t.word for t in tokens[j + 1 : i]) if j >= 0 else ""
            head = tokens[j - 1] if j > 0 else None
            if (
                head is not None
                and tokens[j].word in ("(", "(")
                and j < i - 1
                and "简称" not in inner
                and (head.pos != "x" or _is_cjk_word(head.word))
                and head.word not in STOP_WORDS
            ):
                # the word before the bracket is part of the name whatever jieba tagged it
                new_start = head.start
                i = j - 2
                continue
            break
        if (
            w in INNER_ACTIVITY
            and i > 0
            and not _INSTITUTION_HEAD.match(text, start)  # 改造提升图书馆: before an institution they are predicates
            and (tok.end == start or tokens[i + 1].word in INNER_ACTIVITY or tokens[i + 1].word in _COMPANY_HEADS
                 # 国网融资租赁天津分公司: the trade before the place the company's name ends with
                 or (tokens[i + 1].pos == "ns" and tokens[i + 1].end == start and text.startswith(("公司", "分公司", "有限公司"), start)))
            and (tokens[i - 1].pos in _NAME_POS or tokens[i - 1].pos == "m" or tokens[i - 1].word in INNER_ACTIVITY
                 or (i > 1 and tokens[i - 1].pos in ("v", "vn") and len(tokens[i - 1].word) == 2
                     and tokens[i - 1].word not in STOP_WORDS and tokens[i - 2].pos in _NAME_POS))
        ):
            # 中国核工业二四建设有限公司: an activity noun right before the type word belongs to the name
            new_start = tok.start
            i -= 1
            continue
        if tok.pos in ("v", "vn", "d", "ad") and len(w) >= 2 and w not in STOP_WORDS and _rare(w):
            # a word jieba's dictionary does not know, or knows as rare (天开: 19 in its corpus, against
            # 加快: 3480), is a name part before a type word, whatever tag it got
            new_start = tok.start
            i -= 1
            continue
        if tok.pos == "v" and len(w) == 2 and w not in STOP_WORDS and i > 0 and tokens[i + 1].pos != "ns":
            # a verb inside a compound name (智能制造产业园, 金融审判巡回法庭) is kept when a name-like
            # word stands before it (over verbal nouns: 审判); before a place name it is the predicate
            # (参观天津市政协)
            j = i - 1
            while j > 0 and tokens[j].pos == "vn" and len(tokens[j].word) == 2 and tokens[j].word not in STOP_WORDS:
                j -= 1
            left = tokens[j]
            if left.pos in _NAME_POS and left.word not in STOP_WORDS and start - left.start <= max_chars:
                new_start = tok.start
                i -= 1
                continue
        if len(w) == 1 and i > 0 and tokens[i - 1].word in ("区", "市", "县", "省") and start - tok.start <= 3:
            # 区住建委: a short name cut by a one-character word jieba splits off (住) after a level word
            new_start = tokens[i - 1].start
            break
        if w == "都" and i > 1 and tokens[i - 1].word == "之" and new_start == tok.end and tokens[i - 2].pos in _NAME_POS | {"vn", "v"} \
                and tokens[i - 2].word not in STOP_WORDS and start - tokens[i - 2].start <= max_chars:
            new_start = tokens[i - 2].start  # 设计之都核心区: "the capital of design" (都 tagged an adverb) is a name part
            i -= 3
            continue
        if w == "之" and i > 0 and new_start == tok.end and tokens[i - 1].pos in ("ns", "nz", "nr", "nt") and start - tokens[i - 1].start <= max_chars:
            new_start = tokens[i - 1].start  # 东疆之星: a place and 之 begin a brand
            i -= 2
            continue
        if w == "·" and i > 0 and new_start == tok.end and (tokens[i - 1].pos in _NAME_POS or _rare(tokens[i - 1].word)) \
                and tokens[i - 1].word not in STOP_WORDS and start - tokens[i - 1].start <= max_chars:
            new_start = tokens[i - 1].start  # 东疆之星·意风新经济产业园: a name joined by a middle dot
            i -= 2
            continue
        if new_start == tok.end and tok.pos != "x" and len(w) <= 2 and _ROAD_STEM.match(text, new_start) \
                and w not in STOP_WORDS and not (len(w) == 2 and tok.pos in ("v", "vn", "d", "ad") and tokens[i + 1].word in place_names()):
            # (建立山东路: after a verb, a road whose first word is a place of its own is whole; 解放东路, 环湖北道 keep their stems)
            new_start = tok.start  # 同安南里小区: the word before 安南里 is the road's stem, whatever its tag
            break
        if w == " " and i > 0 and new_start == tok.end and _LATIN_WORD.fullmatch(tokens[i - 1].word) \
                and _LATIN_WORD.fullmatch(tokens[i + 1].word) and start - tokens[i - 1].start <= max_chars:
            new_start = tokens[i - 1].start  # ATM MEDIA公司: Latin words of one name keep their spaces
            i -= 2
            continue
        if tok.pos == "f" and len(w) == 2 and w[0] in "以之":
            if w[0] == "以" and new_start == tok.end and _CJK_CHAR.match(w[1]) and w[1] in "东西南北":
                new_start = tok.start + 1  # 以南楼…广场: jieba glues 以 to the name's first character
            break  # 以南, 之间: a localiser ends a name
        if w in _CROSSING and new_start == tok.end and text.startswith(_CROSSED, tok.end):
            new_start = tok.start  # 跨区域…中心: "cross-regional" qualifies the name, 跨 is no predicate here
            i -= 1
            continue
        if (len(w) == 2 and tok.pos in ("v", "vn") and i > 0 and tokens[i - 1].word in ("区", "市") and start - tokens[i - 1].start <= 6
                and text.startswith(_SHORT_OFFICE_HEADS, start)
                and (i == 1 or tokens[i - 2].pos in STOP_POS or tokens[i - 2].pos == "x" or tokens[i - 2].word in STOP_WORDS)):
            new_start = tokens[i - 1].start  # 区合作交流办: after a level, a verb names the office's field
            break
        if _stop_word(text, tok.start, w) or tok.pos in STOP_POS or (tok.pos == "x" and w not in NAME_PUNCT) or w in NAME_PUNCT:
            break
        if tok.pos == "m" and i + 1 < len(tokens) and tokens[i + 1].pos == "q":
            break  # "6个" etc.: a count, not a name
        if start - tok.start > max_chars:
            break
        if (i + 1 < len(tokens) and tokens[i + 1].start == new_start and tokens[i + 1].word[-1] in "省市区县"
                and tokens[i + 1].word in place_names() and tok.pos in ("n", "v", "vn", "a") and not _rare(w)):
            break  # a name starts at its place (参观天津市政协): a common word before the place is not in it
        new_start = tok.start
        i -= 1
    # never start on a joiner ("的", "和", "与" ...) unless it begins a place name (和平区)
    while new_start < start and text[new_start] in "的之与和及暨、" and not _starts_place(text, new_start):
        new_start += 1
    return new_start


_INSTITUTION_HEAD = re.compile(r"图书馆|博物馆|文化馆|美术馆|科技馆|学校|小学|中学|大学|医院|幼儿园")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")


def _is_cjk_word(word: str) -> bool:
    """A word of Chinese characters (jieba tags characters its dictionary lacks ``x``, like punctuation)."""
    return bool(word) and all("\u4e00" <= ch <= "\u9fff" for ch in word)


_DATE_WORDS = frozenset("年月日")
_DATE_BEFORE = re.compile(r"[\d一二三四五六七八九十〇零元同当本今去明次上下前后每]")


def _stop_word(text: str, pos: int, word: str) -> bool:
    """Is the word at ``pos`` one that ends a walk? A date word (年, 月, 日) only after a number
    or a deictic (5日, 当日, 本月): after a list joiner (、日纬路地块) it begins a name."""
    if word in _DATE_WORDS:
        return pos > 0 and bool(_DATE_BEFORE.match(text, pos - 1))
    return word in STOP_WORDS


def _starts_place(text: str, pos: int) -> bool:
    names = place_names()
    return any(text[pos : pos + n] in names for n in (2, 3, 4))


# --------------------------------------------------------------------------- type words

# public-service centres (an office); a kind of one is no name, and no organisation either
_OFFICE_CENTRE = r"(?:服务|管理|救助保护|政务服务|综治|综合治理|指挥|执法|行政服务|公共法律服务|便民服务)中心"

# facilities that are projects where they are being built (see suffix_names)
_FACILITIES = ("避难场所", "消防站", "驿站", "泵站", "变电站", "停车楼")

# (suffix regex, label, minimum characters before the suffix, max name length, priority)
SUFFIXES: list[tuple[str, str, int, int, int]] = [
    # enterprises
    (r"股份有限公司|有限责任公司|有限公司", "ENTERPRISE", 2, 30, 60),
    (r"分公司|子公司|公司", "ENTERPRISE", 2, 24, 50),
    (r"集团", "ENTERPRISE", 1, 20, 50),
    (r"分行|支行|银行|证券|保险公司|交易所|交易中心|分中心|控股", "ENTERPRISE", 2, 22, 50),
    (r"总厂|[一二三四五六七八九十]厂|厂(?![区房长商家矿])", "ENTERPRISE", 2, 14, 45),  # factories (…薄膜厂, 纸箱二厂)
    # parks and hosting buildings
    (r"产业园区|产业园|科技园|软件园|工业园|创业园|孵化园|创意园|数创园|留创园|创新园|科创园|园区", "PARK", 1, 20, 55),
    (r"科技商务区|商务区|金融区|活力区|产业新城|科技城|科学城|示范区|集聚区|先导区|拓展区|试验区|承接带|综保区|保税区|开发区|经开区|高新区|自贸区|生态城|核心区|创新区|合作区|功能区", "PARK", 2, 20, 55),
    (r"(?<=[\u4e00-\u9fff]{2})(?<!儿)园(?![区林艺])", "PARK", 2, 14, 38),
    (r"大厦|大楼|金融街|孵化器|加速器|众创空间|创空间|硬创空间|产业基地|培养基地|创新基地|孵化基地", "PARK", 2, 16, 55),
    (r"[东西南北]?片区", "PARK", 2, 20, 40),
    # projects
    (r"城更项目|项目", "PROJECT", 2, 24, 50),  # 城更 = 城市更新, an abbreviation jieba splits
    (r"工程(?!勘察|设计|建筑|造价|监理|技术|机械|咨询|师|院|学|局|队)", "PROJECT", 2, 18, 45),  # (工程勘察设计大师: the field)
    (r"地块", "PROJECT", 2, 12, 50),
    # facilities named as what is built (建成小白楼小型消防站, 新建二十一中学应急避难场所); see _BUILT_BEFORE
    ("|".join(_FACILITIES), "PROJECT", 2, 16, 48),
    (r"号线|号线[东西南北]段|号线[^\s,,。]{2,4}区段", "PROJECT", 1, 12, 50),
    (r"平台", "PROJECT", 2, 16, 30),
    # policies
    (r"专项行动|专项整治|集中整治|三年行动|行动计划|行动方案|实施方案|工作方案|实施意见|实施细则|实施办法|管理办法|扶持办法|暂行办法", "POLICY", 2, 30, 55),
    (r"规划|计划|方案|行动|攻坚战|办法|条例|细则|战略|政策|措施|举措|清单|目录|指南|工作要点|准则|责任制|促进法|保护法|法", "POLICY", 2, 30, 40),
    (r"机制|制度|体系|模式|改革(?!委)|经验", "POLICY", 2, 20, 30),
    (r"专项斗争|斗争", "POLICY", 4, 16, 40),  # campaigns named as a struggle (扫黑除恶斗争); 伟大斗争 is none
    # offices
    (r"人民政府|人民代表大会常务委员会|人大常委会|常委会|委员会|政协|纪委监委|党工委|党委|党组(?!织)", "OFFICE", 1, 24, 50),
    (r"管理委员会|管委会|办公室|办事处|工作专班|专班|工作组|活动组|领导小组|协调小组|工作小组|党支部|党总支|支部|巡察组|检察院|法院|法庭|派出所|分局|居委会|村委会", "OFFICE", 1, 24, 50),
    (r"局|厅|委|办", "OFFICE", 1, 16, 40),
    # ministries and a party committee's departments (教育部, 区委统战部), never 部长, 部门, 部署, 部分
    ("(?:" + "|".join(sorted(DEPARTMENT_FIELDS, key=len, reverse=True)) + r")部(?:[" + CJK + r"]{2,6}?司(?!长))?(?![长门署队]|分(?!管))", "OFFICE", 0, 20, 52),
    (_OFFICE_CENTRE, "OFFICE", 1, 20, 52),
    (r"(?:服务|管理|休养|事务)所|科", "OFFICE", 2, 20, 42),
    (r"公证处", "OFFICE", 2, 12, 50),  # a notary office is a public-service agency (河西公证处)
    (r"街道", "OFFICE", 2, 10, 45),
    (r"(?:镇|乡)(?:人民政府|政府|党委)", "OFFICE", 2, 14, 52),  # a town's government (大张庄镇政府)
    # a sub-district written …街 (太湖路街, 东海街) is an office; shopping and culture streets are not
    (r"(?<![大商步美文金业品吃俗化前后横])街(?![道区坊头巷心口市景])", "OFFICE", 2, 6, 40),
    # other organisations
    (r"大学|学院|美院|学校|中小学|中学|高中|小学|幼儿园|附中|附小|职专|医院|卫生院|研究院|研究所|研究中心|重点实验室|实验室|博物院|博物馆|图书馆|美术馆|科技馆|养老院|书画院", "ORG", 2, 24, 50),
    # an association's secretariat in a city (…联盟天津秘书处) is the association's, one name
    (r"(?:分会|联盟|协会|商会|学会|联合会|促进会)(?:[\u4e00-\u9fff]{2,3})?秘书处", "ORG", 2, 30, 52),
    (r"分会|协会|学会|商会|联合会|促进会|联盟|基金会|工作室|俱乐部|共同体|志愿服务队|报社|电视台|融媒体中心|实践站|救助站|名师库", "ORG", 2, 24, 50),
    (r"中心(?!线|城区|区)", "ORG", 2, 20, 35),
    (r"组织", "ORG", 2, 12, 45),  # international organisations (上合组织, 世界贸易组织); kinds are sifted below
    # people's organisations, also written alone (工商联, 区妇联)
    (r"妇联|残联|工商联|文联|侨联|科协(?![作调同议商助])|总工会|红十字会|团区委|团市委", "ORG", 0, 14, 52),  # (专科协作: no 科协)
    # places
    (r"社区|小区|公寓|家园|新村", "PLACE", 2, 12, 45),
    # towns and villages of the suburban districts (咸水沽镇, 杨柳青镇, 胡张庄村); their governments are offices
    (r"镇(?![长痛静定压守住政党人])|乡(?![长镇村政党人])", "PLACE", 2, 6, 44),
    (r"村(?![委民镇庄落级里集史])", "PLACE", 2, 6, 40),
    (r"公园|广场|风景区|景区|湿地", "PLACE", 2, 12, 45),
    (r"纪念馆|文史馆|旧居|故居|旧址", "PLACE", 2, 14, 45),  # historic sites and memorial halls are venues
    (r"(?<!断头)[东西南北中]?(?:路|道|大街)", "PLACE", 2, 8, 35),  # 黄河道断头路: the road is 黄河道
]

# Dictionary words ending in 委 that are titles, not bodies (常委: a standing-committee member)
_TITLE_COMMITTEE_WORDS = frozenset({"常委", "政委", "主委", "编委"})
# Words whose own meaning makes a type-word match generic (not a name).
GENERIC_HEADS = {
    "企业", "公司", "集团", "项目", "工程", "平台", "中心", "园区", "基地", "机制", "制度", "体系", "模式", "改革",
    "政策", "措施", "举措", "方案", "规划", "计划", "行动", "社区", "小区", "街道", "办法", "清单", "经验", "战略",
    "基层",
}
# Generic words that still name an office's field before a long type word (规划分局, 项目办公室).
_FIELD_WORDS = {"项目", "工程", "规划", "计划", "政策", "改革", "经验", "战略", "体系"}
# Multi-character dictionary words ending in a type word that are common nouns, not names.
COMMON_EXCEPTIONS = {
    "渠道", "轨道", "赛道", "通道", "步道", "跑道", "频道", "报道", "知道", "味道", "人行道", "街道办", "思路", "道路",
    "出路", "一路", "门路", "线路", "网络", "体制", "机制", "法制", "法治", "方法", "做法", "办法", "想法", "看法",
    "说法", "写法", "依法", "执法", "司法", "立法", "守法", "普法", "违法", "用法", "算法", "手法", "技法", "书法",
    "宪法", "语法", "兵法", "国法", "合法", "非法", "章法", "大法", "新法", "全局", "格局", "布局", "结局", "开局",
    "当局", "大局", "终局", "新局", "残局", "僵局", "邮局", "电视台", "中心", "重心", "核心", "信心", "决心", "爱心",
    "初心", "民心", "同心", "安心", "用心", "放心", "耐心", "细心", "贴心", "暖心", "连心", "市中心", "社会",
    "园区", "校园", "公园", "家园", "田园", "乐园", "花园", "菜园", "果园", "游园", "庄园", "陵园", "幼儿园", "动物园",
    "植物园", "学校", "大学", "中学", "小学", "医院", "学院", "行动", "机构", "规划", "计划", "方案", "工程", "项目",
    "政策", "措施", "举措", "制度", "体系", "模式", "改革", "经验", "战略", "清单", "目录", "指南", "准则", "平台",
    "片区", "地块", "广场", "小区", "社区", "党委", "党组", "委员会", "常委会", "常委", "办公室", "办事处", "政府", "人民政府",
    "大厦", "大楼", "银行", "公司", "集团", "证券", "保险", "交易所", "分行", "支行", "分公司", "子公司", "协会", "学会",
    "商会", "联盟", "基金会", "工作室", "俱乐部", "实验室", "研究院", "研究所", "博物馆", "图书馆", "养老院",
    "经济", "主委", "纪委", "居委", "村委", "居委会", "村委会", "街道", "专班", "工作组", "法院", "检察院",
    "举办", "创办", "承办", "主办", "开办", "兴办", "督办", "代办", "帮办", "领办", "包办", "快办", "好办", "一网通办",
    "步行街", "商业街", "美食街", "文化街", "一条街", "老街", "古街", "跨省通办", "就近办", "马上办", "网上办", "掌上办", "集中办", "合办", "联办", "试验区", "示范区", "开发区",
    "商务区", "核心区", "功能区", "先导区", "集聚区", "高新区", "城区", "老城区", "新城区", "主城区", "辖区", "景区",
    "风景区", "湿地", "新村", "农村", "乡村", "村庄", "总体规划", "工作方案", "实施方案", "行动计划", "行动方案",
    "专项行动", "专项整治", "三年行动", "攻坚战", "工作要点", "主干道", "次干道", "城市主干道", "管道", "新格局",
}


_COUNT_PREFIX = re.compile(r"[\d一二三四五六七八九十百千万余多几两数]+[个家项座条批名所处片位栋幢类种级次轮场]|一系列|系列")
# (沿线, 沿海, 沿江, 沿岸 are nouns that qualify a name: 沿线楼宇…联盟, 沿海港口…; 沿海河 is "along the Hai River")
_DIRECTION_TO = re.compile(r"[东西南北]至|[东西南北]邻|[东西南北]起|(?:向)?[东西南北]?沿(?!线|海(?!河)|江|岸)|至")
_LIST_BREAK = re.compile(r"[、,,;;。::和与及或]")


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """jieba's dictionary tags (word -> POS), as its tagger reads them: the table it parsed from
    the dictionary when it was imported (``initialize`` would parse the 349,000 lines again)."""
    from .tokens import word_tags

    return word_tags()


# single-character verbs jieba's dictionary lists as nouns ("是指天津市…", "经区政府…")
_VERB_CHARS_TAGGED_NOUN = set("指经好")  # (好 as the result of a verb: 谋划好, 办好)
_SINGLE_TRIM_TAGS = {"v", "p", "d", "c"}  # not "f": 中 starts 中煤科工, 中关村 ...
RARE_WORD_FREQUENCY = 100  # in jieba's dictionary counts


FREQUENT_WORD_FREQUENCY = 500


@lru_cache(maxsize=1)
def _word_counts() -> dict[str, int]:
    """jieba's dictionary counts, its dictionary loaded once."""
    import jieba

    jieba.dt.initialize()
    return jieba.dt.FREQ


def _frequent(word: str) -> bool:
    """A word jieba's corpus uses often (养老 651, tagged nr; 城市更新): a common word, whatever its tag."""
    return _word_counts().get(word, 0) >= FREQUENT_WORD_FREQUENCY


def _rare(word: str) -> bool:
    return _word_counts().get(word, 0) < RARE_WORD_FREQUENCY


_ENUMERATION = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、.]|[((](?:\d{1,2}|[一二三四五六七八九十]{1,3})[))]")
# a road or estate named by a stem, a direction and its type word (解放北路, 同安南里, 大沽南路):
# a stem of one character or none is no name, so the word before it is the stem, not a verb
_ROAD_STEM = re.compile(r"[" + CJK + r"]?[东西南北](?:路|道|里|大街)")
# compass words jieba tags as localisers that begin names (北方大数据交易中心, 南方电网, 东方财富)
_COMPASS_NAMES = frozenset({"北方", "南方", "东方", "西方"})
_LEADING_FUNCTION_TAGS = {"v", "d", "p", "c", "ad", "vd", "r", "u", "f"}


_SHORT_OFFICE_HEADS = ("办", "局", "委", "办公室")
_BUILT_BEFORE = re.compile(r"(?:新建|建成|建设|启动建设|开工建设|改造|提升|打造|推进|完成)(?:了)?$")
_COUNTED_UNITS = re.compile(r"[\d一二三四五六七八九十百千]+(?:户|家|个|座|批|所|名|位)(?![\d一二三四五六七八九十])")
_COORDINATING_VERBS = frozenset({"协同", "会同", "联合", "配合", "协助", "督促", "指导", "牵头", "联同", "携手"})
_OWNERSHIP_WORDS = frozenset({"子公司", "母公司", "旗下"})
_RUN_BY_AFTER = ("学", "幼儿园", "医院", "机构", "养老")
_HALL_AFTER_PLAN = ("展厅", "展览馆", "展示馆", "馆", "大楼")
_CROSSING = frozenset("跨")
# localisers that open a name as a qualifier (沿线楼宇…联盟: the buildings along the line), not as a place
_ALONG_WORDS = ("沿线", "沿岸", "两岸", "周边")
def _after_last_along_word(text: str, lo: int, hi: int) -> int:
    """Where the last 沿线/沿岸/两岸/周边 in text[lo:hi] ends, or -1."""
    ends = [i + len(w) for w in _ALONG_WORDS if (i := text.rfind(w, lo, hi)) >= 0]
    return max(ends, default=-1)


_QUALIFYING_LOCALISERS = frozenset({"沿线", "沿海", "沿江", "沿岸", "沿街", "沿河"})
_CROSSED = ("区域", "境", "省", "市", "国", "行业", "部门", "领域", "界")


def trim_left(text: str, start: int, s_start: int, singles: frozenset[int] = frozenset(),
              bounds: frozenset[int] | None = None) -> int:
    """Drop leading verbs, adverbs, prepositions and list joiners that the walk left took in."""
    tags = _word_tags()
    changed = True
    while changed and start < s_start:
        changed = False
        m = _ENUMERATION.match(text, start)
        if m and m.end() < s_start:
            start, changed = m.end(), True  # "1.车联网先导区…": the item's number is not part of the name
            continue
        cut = max((m.end() for m in _LIST_BREAK.finditer(text, start, s_start) if not _starts_place(text, m.start())), default=None)
        if cut is not None and s_start - cut >= 1:
            start, changed = cut, True
            continue
        m = _COUNT_PREFIX.match(text, start)
        if m:
            return -1  # "4个社区居委会": a count of things, not a name
        m = _DIRECTION_TO.match(text, start)
        if m and m.end() < s_start:
            start, changed = m.end(), True
            continue
        if start + 2 < s_start and text[start : start + 2] in _COORDINATING_VERBS and text[start + 2] in "区市县省":
            start, changed = start + 2, True  # 协同区财政局率先…: a verb of working together, then the body
            continue
        if start + 1 < s_start and (
            (text[start] in _PREPOSITIONS and text[start + 1] in "区市县省")  # 受区人民政府委托: jieba glues 受 to the level
            or (start > 0 and text[start - 1] in "我本全" and text[start] in "区市")  # 我区…行动: "our district" is no level
        ):
            start, changed = start + 1, True
            continue
        for n in (4, 3, 2, 1):
            w = text[start : start + n]
            if bounds is not None and n > 1 and start + n not in bounds and w not in STOP_WORDS:
                continue  # 内部监督委员会: a word is trimmed only where jieba ends it (内部监督 is one word)
            if _ROAD_STEM.match(text, start + n):
                continue  # 解放北路, 同安南里: what is left would be a road without its stem
            if n == 1 and w in _CROSSING and text.startswith(_CROSSED, start + 1):
                continue  # 跨区域…促进中心, 跨境电商…: 跨 makes an adjective of what it crosses, no predicate
            if len(w) == n and start + n < s_start and (_stop_word(text, start, w) or ((n > 1 and tags.get(w) in _LEADING_FUNCTION_TAGS and not _rare(w) and w not in _COMPASS_NAMES and w not in _QUALIFYING_LOCALISERS) or (n == 1 and start in singles and (tags.get(w) in _SINGLE_TRIM_TAGS or w in _VERB_CHARS_TAGGED_NOUN)))):
                start, changed = start + n, True
                break
    return start


def suffix_names(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    singles = frozenset(t.start for t in tokens if len(t.word) == 1)
    bounds = frozenset(t.end for t in tokens)
    index_like = len(_INDEX_NUMBER.findall(text)) >= 3
    for pattern, label, min_prefix, max_len, priority in _compiled_suffixes():
        for m in pattern.finditer(text):
            s_start, s_end = m.start(), m.end()
            host = tindex.get(s_start)
            if text[s_start] in "东西南北" and s_end - s_start > 1 and host is not None and tokens[host].start < s_start:
                s_start += 1  # 河西片区: the direction ends a place jieba reads whole, so it is no part of the type word
            start = extend_left(text, tokens, tindex, s_start, max_len - (s_end - s_start))
            start = trim_left(text, start, s_start, singles, bounds)
            if start < 0:
                continue
            row_number = False
            if start == s_start and s_start >= 2 and {s_start - 2, s_start - 1} <= singles \
                    and _CJK_CHAR.match(text[s_start - 2]) and _CJK_CHAR.match(text[s_start - 1]) \
                    and (s_start == 2 or text[s_start - 3] in "、,,。;;::“\"((") \
                    and not (set(text[s_start - 2 : s_start]) & _SPLIT_NAME_STOP):
                start = s_start - 2  # 、先达地块: a listed name jieba split into two characters (先 + 达)
            if (label == "ENTERPRISE" and m.group(0).endswith("公司") and start >= 3
                    and text[start - 3] in _COMITATIVE and text[start - 2 : start] in _VERBS_IN_COMPANY_NAMES):
                start -= 2  # 与联合赤道…有限公司: after 与/同 no predicate comes, so the word is the name's
            if label == "POLICY" and m.group(0).endswith(("专项行动", "攻坚行动", "专项整治")):
                # 开展促进高质量充分就业专项行动: after the predicate (开展), a campaign's name may start with a verb
                lead = _CAMPAIGN_LEAD.search(text, max(0, start - 6), start)
                if lead and lead.end() == start:
                    start = lead.start(1)
            elif label == "POLICY" and _DOCUMENT_KIND.search(m.group(0)):
                # 制定推动航运服务业高质量发展实施方案: after a drafting predicate, a document's title
                # begins with its purpose verb (推动, 促进, 支持 ...), which elsewhere ends a name
                lead = _DOCUMENT_LEAD.search(text, max(0, start - 6), start)
                if lead and lead.end() == start:
                    start = lead.start(1)
            if label == "ORG" and start >= 3 and text[start - 1] in "与和" and _ASSOCIATION_END.search(m.group(0)):
                # 天津市电子信息与大数据人才创新创业联盟: an association of two fields joined by 与 is one
                # name when what stands before the joiner begins with a division
                left = trim_left(text, extend_left(text, tokens, tindex, start - 1, max_len - (s_end - start) - 1), start - 1, singles, bounds)
                if 0 <= left < start - 1 and _starts_place(text, left):
                    start = left
            if start > 0 and text[start - 1 : start + 2] == "下一步":
                start += 2  # 下一步工作举措: "the next step's" measures name nothing (jieba splits 下 + 一步)
            if index_like:
                for d in _INDEX_NUMBER.finditer(text, start, s_start):
                    start = d.end()  # 政治安全150九三学社…委员会: in an index, a page number ends a name
            if label in ("PLACE", "PARK", "PROJECT") and text.startswith("城区", start) and text[max(0, start - 2) : start] == "中心" \
                    and s_start - start > 3 and not m.group(0).endswith(("行动", "工程", "规划", "计划")):
                start += 2  # 中心城区远洋大厦片区: the city's centre, then the area's own name
            if label in ("PLACE", "PARK"):
                # 六十一中学泰安道校区: a school or hospital before a road is its own name, the road's
                # name starts after it; 第六届民园广场: an edition's ordinal belongs to the event
                if text[start] in "区县市" and s_start - start > 2 and any(text[max(0, start - n) : start + 1] in place_names() for n in (2, 3, 4)):
                    start += 1  # 宁河 + 区七里海湿地: the level ends the district jieba split, the place follows
                inner = [x.end() for x in _ORG_INSIDE.finditer(text, start, s_start) if x.end() < s_start]
                if inner and label == "PLACE":
                    start = max(inner)
                cuts = [i + len(w) for w in ("街道", "镇", "乡") if (i := text.rfind(w, start, s_start)) >= 0]
                if label == "PLACE" and m.group(0) in ("村", "镇", "乡") and cuts and s_start - max(cuts) >= 2:
                    start = max(cuts)  # 华明街道胡张庄村, 下营镇常州村: the sub-district or town is named on its own, the village after it
                if label == "PLACE" and m.group(0) in ("村", "镇", "乡"):
                    # 蓟州 + 区下营镇, 静 + 海区大邱庄镇: a district cut by the walk's length is named on its own
                    cover = [b + n for b in range(max(0, start - 3), start) for n in range(2, 6)
                             if start < b + n < s_start - 1 and text[b : b + n] in place_names()]
                    # 蓟州区下营镇: the district in front is a place of its own, the town is named after it
                    cover += [start + n for n in range(3, 6) if start + n <= s_start - 2 and text[start + n - 1] in "区县市省"
                              and text[start : start + n] in place_names()]
                    if cover:
                        start = max(cover)
                if (d := _EDITION.search(text, start, s_start)) and d.end() <= s_start:
                    start = d.end()  # (第十届社区文化艺术节: what follows an edition is the event's, no community)
            if label == "PROJECT" and (d := _MONTH_PREFIX.match(text, start)) and d.end() < s_start:
                start = d.end()  # 9月底贻成地块: a month is no part of a project's name (2023年20项民心工程 keeps its year)
            elif label == "PROJECT" and start > 0 and text[start - 1] == "月" and text[start] in "底初末" and start + 1 < s_start:
                start += 1  # (jieba reads 月底 as one word, so the walk stops inside it)
            if text.startswith(_ALONG_WORDS, start) and re.match(r"[" + CJK + r"]{2}[((]", text[start:s_start]):
                start += 2  # 沿线(营口道-滨江道)…: the stretch along a road opens no name (沿线楼宇…联盟 keeps it)
            if (k := _after_last_along_word(text, start + 1, s_start)) > start:
                # 友谊北路沿线(马场道-宾水道)金融发展活力区: the road and the stretch along it are places of
                # their own; the zone's name starts after them
                if s_start - k >= 2:
                    start = k
            if (b := re.match(r"[((][^()()]{1,20}[))]", text[start:s_start])) and s_start - start - b.end() >= 2:
                start += b.end()  # (马场道-宾水道)金融发展活力区: a bracketed stretch before the name is no part of it
            if label in ("OFFICE", "ORG") and (d := _EDITION.match(text, start)) and d.end() < s_start - 1:
                start = d.end()  # 第一届桃园街道为老服务博览会: the edition is the event's
            if label not in ("POLICY", "PROJECT") and (d := _DATE_PREFIX.match(text, start)) and start < d.end() < s_start:
                start = d.end()  # 2023年度天津市委, 16日市国资委: a date is no part of a body's or a place's name
            if label not in ("POLICY", "PROJECT") and (d := re.match(r"\d+", text[start:s_start])) and start + d.end() < s_start \
                    and (_starts_place(text, start + d.end())
                         or (label in ("ORG", "OFFICE") and s_start - start - d.end() >= 2 and text[start + d.end()] not in "中号届期年级班件次条项个家名人"
                             and (start == 0 or not text[start - 1].isalnum()))):  # (31全运村小学: a row of a table)
                row_number = start == 0
                start += d.end()  # 64河西区马场道: a table's number, then the address (the spaces were removed)
            if label == "OFFICE" and m.group(0).split("部")[0] in DEPARTMENT_FIELDS:
                start = _department_start(text, start, s_start)  # (报区委统战部, 是指公安部: 报, 指 are verbs)
            label_here = label
            if label in ("PLACE", "PARK", "PROJECT") and (k := text.rfind("项目", start, s_start)) >= 0:
                # 城市更新试点项目嫩江路片区: no place or area name runs over a project kind; the area
                # named after it is the project
                start = k + 2
                if m.group(0).endswith(("片区", "地块", "街区")):
                    label_here = "PROJECT"
            if text[start] in "区园" and start >= 2 and text[start - 2 : start + 1] in _ZONE_WORDS:
                continue  # 集聚区产业发展规划: the 区 ends the zone before it, it is no level word of a body
            if m.group(0) in ("街道", "镇", "乡") and s_start - start < 2:
                start = _unit_name_start(text, tokens, tindex, s_start, start)  # 河东区大直沽街道: jieba split the name into odd words
            prefix = text[start:s_start]
            if len(prefix) < min_prefix:
                continue
            if len(prefix) == 1 and start > 0 and text[start - 1] in "”\"」』)":
                continue  # 在"格"中办: one character after a closing quote is a postposition (中, 里), no name
            if m.group(0) == "委" and prefix.endswith("常"):
                continue  # …常委会议: 常委 is a title (a member of a standing committee), not a body
            if start > 0 and text[start - 1].isdigit() and text[start] in "个家项座条批名所处片位栋幢类种级次":
                continue  # 1座口袋公园: a count of things, not a name
            last = tindex.get(s_end - 1)
            first = tindex.get(s_start)
            if last is not None and first is not None and tokens[first].start < s_start and tokens[last].end > s_end \
                    and not (first == last and tokens[first].pos in ("nt", "nz", "ns", "j")):  # (中国红十字会总会 is a name)
                continue  # 集中学习, 党政 + 协调: a type word (中学, 政协) inside a word, or straddling two that run past it, is none
            if m.group(0) in _FACILITIES:
                being_built = _BUILT_BEFORE.search(text, max(0, start - 6), start) \
                    or text.startswith("建设", s_end + (text[s_end : s_end + 1] in "”\""))
                named = _distinctive(prefix, start, tokens, tindex) or _rare(prefix) or _ORG_INSIDE.search(prefix)
                if not (being_built and named):
                    continue  # a facility is a project where it is being built and has a name of its own
            if m.group(0) in ("消防站", "避难场所", "驿站") and re.search(r"[\d一二两三四五六七八九十]+[个处座]|微型|小型社区", prefix):
                continue  # 民园广场2个固定避难场所: a count of facilities in places, no one's name
            if m.group(0) == "子公司" and (n := tindex.get(s_end)) is not None and tokens[n].start == s_end \
                    and (tokens[n].pos in ("nr", "nz", "nt", "nrt") or (_CJK_CHAR.match(tokens[n].word) and _rare(tokens[n].word))):
                continue  # 文远知行子公司景烁科技: the subsidiary is named next, 子公司 says whose it is
            if label == "ORG" and m.group(0).startswith("中心") and re.search(_OFFICE_CENTRE + "$", text[max(0, s_end - 10) : s_end]):
                continue  # 综合治理中心, 党群服务中心: the office grammar decides a public-service centre
            if m.group(0) == "共同体" and text.startswith(("意识", "理念"), s_end):
                continue  # 铸牢中华民族共同体意识: an idea, no organisation
            if m.group(0) == "组织" and not _named_organisation(text, start, s_start, s_end, tokens, tindex):
                continue  # 党组织, 社会组织, 调解组织: kinds of organisation, not one
            if m.group(0) == "办" and text.startswith(_RUN_BY_AFTER, s_end):
                continue  # 公民办学校, 民办幼儿园: 办 says who runs the school, no office's name ends there
            if label == "POLICY" and text.startswith(_HALL_AFTER_PLAN, s_end):
                continue  # 河西规划展厅改造: the plan names the hall that shows it, no plan of its own
            if last is not None and tokens[last].end > s_end and (s_end - s_start == 1 or label == "POLICY") \
                    and not (tokens[last].word in ("路段", "道段") and s_start - start >= 2 and not _frequent(text[start:s_start])) \
                    and not (tokens[last].word not in _word_counts() and text[s_end : s_end + 1] in ("和", "与", "及")):
                # (卫生健康委 + 和区…: a word jieba's HMM made up across the joiner says nothing)
                continue  # a type word that begins a longer word (科 in 科技, 战略 in 战略性) names nothing
            if m.group(0) == "园" and text[s_start - 2 : s_start] == "园开":
                continue  # 河西园开园运营: a park's name, then 开园, its opening (天开园 is a park)
            if text.startswith("化", s_end):
                continue  # 集团化管理, 园区化运营: the type word makes an adverb of manner, it names nothing
            if label == "POLICY" and prefix.endswith(("项目", "工程")):
                continue  # 中银街西地块项目规划: the project, not a plan of its own
            if label == "POLICY" and text.startswith("合作", s_end):
                continue  # 签订战略合作框架协议: 战略 qualifies the agreement
            host = tindex.get(s_start)
            if host is not None and s_end - s_start <= 2:
                tok = tokens[host]
                # a dictionary word ending in the type character is a common noun (格局, 绿色通道) unless
                # it is a domain word plus the type word (科技局 = 科技 + 局)
                head = tok.word[: s_start - tok.start]
                if (
                    tok.start < s_start
                    and tok.end == s_end
                    and _word_tags().get(tok.word, "ns") not in ("ns", "nt", "nz", "j")
                    and not (label == "PLACE" and _word_tags().get(tok.word) == "nr" and _rare(tok.word))  # (卫津路, tagged nr)
                    and not (tok.word in ("公路", "大道") and start < tok.start)  # (京津公路: a road named by its ends)
                    and not ((head == "总" or tok.word in ("分局", "分院", "分行", "分会", "分校")) and start < tok.start)
                    # (天津医科大学 + 总医院, 国家市场监督管理 + 总局: the main or a branch one of a name)
                    and (len(head) < 2 or head not in _word_tags())
                    # (区法院, one word in jieba's dictionary, is the district's court)
                    and not (label == "OFFICE" and head in ("区", "市", "省", "县") and s_end - s_start >= 2)
                    # (市教委, 区 + 教委, 区城 + 管委: a commission's short name after a level)
                    and not (m.group(0) == "委" and text[start] in "区市省县" and 3 <= s_end - start <= 4
                             and tok.word not in _TITLE_COMMITTEE_WORDS)
                    # (天津市教委: a city's name in place of the level)
                    and not (m.group(0) == "委" and len(tok.word) == 2 and tok.start > start and text[tok.start - 1] in "区市省县"
                             and text[start:tok.start] in place_names() and tok.word not in _TITLE_COMMITTEE_WORDS)
                ):
                    continue
            name = text[start:s_end]
            level = _LEVEL_KIND.match(prefix)
            if re.search(r"[一二两三四五六七八九十]级$", prefix) or (label in ("OFFICE", "ORG") and _LEVELS.search(prefix)) \
                    or (level and not _distinctive(prefix[level.end():], start + level.end(), tokens, tindex)
                        and not (prefix.startswith(("区级", "市级")) and m.group(0) in ("党委", "党工委", "委员会", "工作委员会"))):
                # (区级物业行业党委: the one committee a level sets up for a trade is a body)
                # 区属公立医院党组, 街级居家养老服务中心, 两级党组: a kind of body at a level, not one body;
                # 街道、社区两级居家养老服务中心: a body (not a policy) at several levels is a kind too
                continue
            if m.group(0) == "集团" and _SCHOOL_OR_HOSPITAL_ALLIANCE.search(name) and not _distinctive(prefix, start, tokens, tindex):
                continue  # 城市医疗集团, 紧密型城市医疗集团: a kind of hospital alliance, not one (河西区中医医疗集团 is)
            if label in ("OFFICE", "ORG", "PARK", "PLACE") and _attribute_kind(prefix, start, tokens, tindex):
                continue  # 普惠性民办幼儿园, 综合性托育服务中心: an attribute (…性) makes a kind, not one body
            if prefix.endswith("性") or any(name.endswith(w) for w in _common_endings(m.group(0))):
                continue  # 专题议政性常委会: an attribute makes a kind; 新格局, 排水管道: a common word ends it
            if name in COMMON_EXCEPTIONS or prefix in STOP_WORDS or (prefix in GENERIC_HEADS and not (label == "OFFICE" and s_end - s_start >= 2 and prefix in _FIELD_WORDS)):
                # (规划分局, 项目办公室: a generic word names an office's field)
                continue
            if _MEETING.search(name):
                continue  # 对口协商会, 项目推介会: meetings are not entities (GUIDELINES.md)
            if _HALL.search(name) or (re.fullmatch(r"[一二两三四五六七八九十]+", prefix)
                                      and not (m.group(0) in ("中学", "小学") and len(prefix) >= 2)):
                # 城市会客厅, 政务服务示范厅: halls, not departments; 两委: a count of committees
                # (二十中学, 六十一中学: schools are named by their number)
                continue
            if len(re.sub(r"[—\-、,,]", "", prefix)) <= 1 and re.search(r"[—\-、]", prefix):
                continue  # 市—区—街道, 区、街、社区: levels listed, not a name
            if _MEASURE_START.match(prefix) or "社会主义" in prefix:
                continue  # 1.16平方公里集聚区 (a measured area), 社会主义现代化大都市核心区 (a goal)
            if re.fullmatch(r"[\d.]+[个家项座条批]?", prefix) or re.search(r"[\d一二三四五六七八九十]+[个家项座条所处]$", prefix):
                continue  # "2个科": a count of units, not a name
            # a dictionary word ending in the type word is a common noun, unless it is a place or an org
            tok_i = tindex.get(start)
            if min_prefix and tok_i is not None and tokens[tok_i].start == start and tokens[tok_i].end == s_end:
                if tokens[tok_i].pos not in ("ns", "nt", "nz", "nr", "nrt", "j") and len(name) <= 3 \
                        and not (label == "OFFICE" and name[0] in "区市省县" and len(name) >= 3) \
                        and not (label == "PLACE" and len(name) == 3 and name[0] not in "区市省县" and name not in _word_counts()):
                    continue  # (区法院 is a level and a body, not a common noun; 天纬路, a word jieba's HMM
                    # joined, is in no dictionary)
                if label == "PLACE" and m.group(0) in ("路", "道") and tokens[tok_i].pos not in ("ns", "nr", "nrt") \
                        and _word_counts().get(tokens[tok_i].word, 0) >= 100 \
                        and not (tokens[tok_i].pos == "nz" and _rare(tokens[tok_i].word[-2:])):
                    # (解放路, 530 and tagged nz, is a road: 放路 is no word; in 集成电路 电路 is one)
                    continue  # 集成电路 (520 in jieba's corpus), 思路: a common word ending in 路 is no road (和平路: 4)
            if m.group(0) == "改革" and _KIND_OF_REFORM.search(prefix) and not _NUMERAL.search(prefix) and not _place_only(prefix[:2]):
                continue  # 环卫作业市场化改革, 纪检监察体制改革: a reform named by its kind, not by a name of its own
            if label == "POLICY" and _WEAK_POLICY.fullmatch(m.group(0)) and not _distinctive(prefix, start, tokens, tindex):
                continue  # a generic mechanism or measure set (配套政策, 快速反应机制) has no name
            if (label == "PLACE" and m.group(0) in ("社区", "小区", "公园")
                    and not _distinctive(prefix, start, tokens, tindex) and not _rare(prefix)):
                continue  # 智慧社区, 城乡社区, 口袋公园: kinds of community or park, not one's name
            if label == "PARK" and m.group(0) == "园" and not (_PARK_WORD.search(prefix) or _rare(prefix)):
                continue  # 溪水园, 泉水园: housing estates (places); a park names its trade (科技, 数创) or is a name (天开园)
            if label == "PROJECT" and m.group(0).startswith("工程") and _WORKS_KIND_WORDS.fullmatch(prefix):
                continue  # 配套管线工程, 人防工程: a kind of construction works
            if m.group(0).endswith("厂") and (re.search(r"[·•“”\"]", prefix) or not (
                    _distinctive(prefix, start, tokens, tindex) or len({tindex.get(i) for i in range(start, s_start)}) >= 2)):
                continue  # 初心引航·兴厂建功: a slogan; 造纸厂, 老旧厂: a kind of factory; 远大 + 薄膜厂 names one
            if label == "PROJECT" and m.group(0) == "地块" and (kind := _PLOT_KIND.search(prefix)) \
                    and not _distinctive(prefix[: kind.start()], start, tokens, tindex):
                continue  # 闲置地块, 条件成熟地块: plots of a state or kind, not one plot's name (新开河街闲置地块 is)
            if label == "PROJECT" and m.group(0) in ("项目", "平台") and (not _distinctive(prefix, start, tokens, tindex) or _place_only(prefix)):
                continue  # a kind of project (企业投资项目, 标志性项目, 北京项目: projects from Beijing) is no project's name
            if label in ("PARK", "PROJECT", "OFFICE", "ORG", "PLACE") and _COUNTED_KIND.fullmatch(prefix) \
                    and (label != "PLACE" or prefix.endswith("强")):  # (千强镇; 五大道 is a place's name)
                continue  # 五大开发区, 500强项目: a count or a ranking of a kind, not one name
            if label == "OFFICE" and _COUNTED_BODIES.search(text, start, min(len(text), s_end + 3)):
                continue  # 一府一委两院: the government, the commission, the court and the procuratorate together
            if m.group(0) in ("法院", "检察院") and prefix.endswith("人民") and not _starts_place(text, start) and text[start] not in "区市省县" \
                    and not prefix.startswith(("最高", "中级", "高级")):
                continue  # 诉诸人民法院: the institution in general, no one court
            if label in ("OFFICE", "ORG") and (e := _EDITION.search(prefix)) and re.search(r"活动|节|周|赛|大会|论坛|暨", prefix[e.end():]):
                continue  # 第37届科技周主场活动暨…科: an event's edition, no body's name (第十五届委员会 is one)
            if label == "OFFICE" and prefix == "人民":
                continue  # 人民政协的性质, 人民法院: the institution in general, no one body (天津市人民政协 is)
            if label in ("OFFICE", "POLICY") and (label == "POLICY" or _GROUP.fullmatch(m.group(0))) \
                    and _GENERIC_PREFIX.fullmatch(prefix):
                # 成立专项工作领导小组, 制定专项工作方案, 发布配套管理办法: a group or a document named by
                # no task, only "special work" or "supporting", has no name
                continue
            if m.group(0) == "示范区" and (_NATIONAL.search(prefix) or text.startswith("创建", s_end)
                                          or _EARNED_BEFORE.search(text, max(0, start - 3), start)) and not _ZONE_TRADE.search(prefix):
                continue  # 国家慢性病综合防控示范区: a national designation a district earns (an honour), no zone
            if label == "PLACE" and m.group(0) in ("路", "道") and (h := tindex.get(s_start)) is not None \
                    and tokens[h].end == s_end and len(tokens[h].word) >= 4 and not _rare(tokens[h].word) \
                    and not _rare(tokens[h].word[-2:]) and _word_tags().get(tokens[h].word[-2:]) == "n":
                continue  # 发展集成电路: a common word whose last word is a noun (电路, circuit) is no road
            if label == "PLACE" and m.group(0).endswith(("路", "道", "大街")) and (i := tindex.get(start)) is not None \
                    and tokens[i].start == start and tokens[i].pos == "a" and len(tokens[i].word) >= 2 and _frequent(tokens[i].word) and s_start - tokens[i].end >= 1:
                start = tokens[i].end  # 丰富解放路沿线灯光: a common adjective (or the verb jieba tags one) is no road's stem
                prefix, name = text[start:s_start], text[start:s_end]
            if label == "PLACE" and prefix.endswith(_LOCALISERS):
                continue  # 对街域内小区进行巡查: the estates within an area, not one estate's name
            if m.group(0) in ("村", "镇", "乡") and not _village_name(text, prefix, start, tokens, tindex):
                continue  # 小事不出村, 示范村, 教师村, 乡村振兴示范村: a slogan or a kind of village, no village's name
            if m.group(0) == "街道" and any(tokens[k].pos == "v" and len(tokens[k].word) >= 2 and not _rare(tokens[k].word)
                                           for k in range(tindex.get(start, len(tokens)), tindex.get(s_start - 1, -1) + 1)):
                continue  # 权限下放街道: a verb (下放) before 街道 makes it "to the sub-districts", no name
            if label == "POLICY" and prefix.startswith(("一揽子", "一系列", "一批", "各项", "多项")):
                continue  # 一揽子增量政策: a package of measures of a kind, no policy's name
            if _COUNTED_UNITS.match(prefix):
                continue  # 19户全民所有制企业公司制改革: a count of units and a kind, no reform's name
            if m.group(0) == "街道" and _common_noun(prefix):
                continue  # 在试点街道设立标识: a kind of sub-district, not one
            if m.group(0) == "公证处" and not (_starts_place(text, start) or _rare(prefix[:2])):
                continue  # 公益二类公证处: a class of notary office; 河西公证处 is one
            if label == "OFFICE" and m.group(0).endswith("中心") and not _distinctive(prefix, start, tokens, tindex, places_inside=False) \
                    and not _SUBDISTRICT_UNIT.match(prefix):  # (新兴街社区卫生服务中心: a sub-district's centre is one)
                continue  # 党群服务中心, 社区卫生服务中心: a kind of facility, not one body
            if m.group(0) == "旧址" and re.search(r"(?:厂|公司|集团|银行|大学|学院|学校|中学|小学|医院|局|委|政府)$", prefix):
                continue  # 纸箱二厂旧址, 工商学院旧址: the old site of a company or body, which is named itself
            if label == "ORG" and prefix.endswith("一贯制"):
                continue  # 十二年一贯制学校: a kind of school (all grades in one), no school's name
            if m.group(0) == "高中" and (_SCHOOL_KIND.search(prefix) or text.startswith(_SCHOOL_LEVEL_AFTER, s_end)):
                continue  # 普通高中, 区级品牌高中, 高中学生: a kind of school or the level of schooling, no school
            if (label == "ORG" and m.group(0) in ("幼儿园", "小学", "中学", "高中", "中小学", "学校", "附中", "附小", "职专") and not _distinctive(prefix, start, tokens, tindex)
                    and not _rare(prefix) and not row_number):  # (26水晶小学: a school listed in a table is one)
                continue  # 民办幼儿园, 普惠性幼儿园, 新时代中小学: a kind of school, not one school
            if label == "PLACE" and m.group(0) in ("社区", "小区") and _COMMUNITY_KIND.search(prefix):
                continue  # 文明社区, 儿童友好社区, 智慧社区: an honour or a kind, not a community's name
            if m.group(0) == "政协" and text.startswith(("委员", "常委"), s_end):
                continue  # 政协委员: a member (a post or nobody), not the body
            label_here = label_here if label_here != label else _refine_label(label, name)
            if label_here:
                yield Candidate(start, s_end, label_here, priority, f"suffix:{m.group(0)}")


_COMITATIVE = "与同跟"
_ASSOCIATION_END = re.compile(r"(?:联盟|协会|学会|联合会|促进会|研究会)$")
_ZONE_WORDS = frozenset({"集聚区", "示范区", "开发区", "商务区", "功能区", "核心区", "先导区", "试验区", "保税区", "产业园", "科技园"})
# verbs the trim drops as predicates that also open company names (联合利华, 建设银行)
_VERBS_IN_COMPANY_NAMES = frozenset({"联合", "服务", "建设"})
_PARK_WORD = re.compile(r"科|技|创|产|数|智|软件|信|金融|服务|商|企|孵化|留学|文化|设计|物流|医药|健康")
_COMMUNITY_KIND = re.compile(r"(?:文明|友好|示范|和谐|智慧|居家|绿色|美丽|完整|幸福|平安|星级|数字|未来|韧性|现代|活力|老旧|既有|封闭式|开放式|无物业|商品房|保障房|安置|型|品质|精品|特色|标杆|样板)$")
_LEVEL_KIND = re.compile(r"^(?:区属|市属|区级|市级|街级|省级|街道级|社区级|县级|镇级|村级)")


@lru_cache(maxsize=256)
def _common_endings(type_word: str) -> tuple[str, ...]:
    """Common words that end in a one-character type word but are not it (格局 for 局, 管道 for
    道); bodies among the exceptions (纪委, 党委) stay names' endings (中纪委)."""
    if type_word not in ("局", "道", "路", "法"):
        return ()
    return tuple(w for w in COMMON_EXCEPTIONS if len(w) > len(type_word) and w.endswith(type_word))


_CAMPAIGN_LEAD = re.compile(r"(?:开展|实施|启动|部署|推进|深化|组织|持续开展|深入开展)((?:促进|打击|推动|加强|深化|整治|提升|优化)[" + CJK + r"]{0,4}?)")
# a page number in an index (…政治安全150九三学社…): between words, followed by no counter, unit or
# date word (not 69号, 20项, 2023年, 10支); a paragraph with three of them is an index's
_INDEX_NUMBER = re.compile(r"(?<=[" + CJK + r"])\d{1,3}(?=[" + CJK + r"])"
                           r"(?![号届次期批座栋层年月日项个条家所处名万亿千百十元米平公户人场篇件份台辆套株棵册本例张枚位种类级倍周天分秒斤吨度站余多小岁中支方])")
_SPLIT_NAME_STOP = frozenset("在为对并和及各我其该与从向以把被将由于无每全本此这那局")
_PREPOSITIONS = frozenset("受经由向被对为在从据按将把")
_ORG_INSIDE = re.compile(r"中学|小学|大学|学校|幼儿园|医院")
_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+[届次期]")
_MONTH_PREFIX = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?月(?:底|初|末|中旬|上旬|下旬|份)?")
_DATE_PREFIX = re.compile(r"(?:(?:19|20)\d\d\s?年度?)?(?:\d{1,2}\s?月)?(?:\d{1,2}\s?日)?"
                          r"(?:今年|去年|明年|当年|同年|年内|年初|年底|年末|同日|当日|当天|上半年|下半年)*")
_DEPARTMENT_OWNER = frozenset({"", "中央", "国家", "区委", "市委", "省委", "县委", "党委", "党工委", "委", "区", "市", "省", "县"})


def _department_start(text: str, start: int, s_start: int) -> int:
    """A department (…部) is owned by a level, a place or a party committee (中共河西区委统战部,
    国家商务部, 天津市委宣传部) and by nothing else: drop what stands before them."""
    names = place_names()
    for a in range(start, s_start + 1):
        rest = text[a:s_start]
        rest = rest[2:] if rest.startswith("中共") else rest
        place = next((n for n in range(min(len(rest), 8), 1, -1) if rest[:n] in names), 0)
        if rest[place:] in _DEPARTMENT_OWNER:
            return a
    return s_start


_LEVELS = re.compile(r"[两二三四五六多各]级")
_GROUP = re.compile(r"领导小组|工作小组|协调小组|工作组|工作专班|专班")
def _attribute_kind(prefix: str, start: int, tokens: list[Token], tindex: dict[int, int]) -> bool:
    """Does the part before a type word hold an attribute word (普惠性, 综合性, 非营利性: a word of
    three characters or more ending in 性)?"""
    i = tindex.get(start)
    while i is not None and i < len(tokens) and tokens[i].end <= start + len(prefix):
        w = tokens[i].word
        if len(w) >= 3 and w.endswith("性"):  # (not 女性, 慢性 …: two-character words are nouns)
            return True
        if i == tindex.get(start) and w in _KIND_OPENERS:
            return True  # 新型微模块数据中心, 各类服务中心: a new type or every kind, no one body
        if w == "性" and tokens[i - 1].start >= start and len(tokens[i - 1].word) >= 2:
            return True  # 普惠 + 性, as jieba splits it
        i += 1
    return False


_KIND_OPENERS = frozenset({"新型", "各类", "各种", "各级", "此类", "同类", "区内", "市内", "辖区内", "域内"})
_COUNTED_KIND = re.compile(r"(?:世界|中国|全国|国内)?(?:[一二两三四五六七八九十]+大|\d+强|[百千万]强)")
_COUNTED_BODIES = re.compile(r"[一二两三四五][府委院](?:[一二两三四五][府委院])+")
# Kinds of construction works (after the classes of GB/T 50841, 建设工程分类标准: 房屋建筑, 市政,
# 园林绿化, 安装, 装饰装修, 人防 ...) and the words that place them: X工程 made only of these is a
# kind of works (配套管线工程, 地下人防工程), not a programme's name (蔷薇工程, 20项民心工程).
_WORKS_KIND_WORDS = re.compile(
    r"(?:地下|地上|室内|室外|配套|周边|附属|相关|房屋|建筑|土建|市政|管线|管网|管道|给水|排水|供水|供热|燃气|电力|"
    r"道路|桥梁|绿化|园林|景观|安装|装修|装饰|电梯|人防|水利|节点|施工|设备|机电|消防|照明)+"
)
_PLOT_KIND = re.compile(r"(?:闲置|闲散|零散|储备|成熟|污染|小型|大型|未交|已交|已收|剩余|存量|低效|空闲|经营性|住宅|商业)$")
_GENERIC_PREFIX = re.compile(r"(?:专项|专门|临时|相关|有关|具体|配套|总体)?(?:工作|管理|实施)?")
_NATIONAL = re.compile(r"国家|全国")
_EARNED_BEFORE = re.compile(r"(?:创建|获评|评为|入选|获批|创成)$")
_SCHOOL_KIND = re.compile(r"普通|品牌|重点|示范|特色|科学|优质|综合|[区市省]级|新疆|西藏|内地|中学|中专|职专|初中|公办|民办|完全")
_SCHOOL_LEVEL_AFTER = ("学", "班", "生", "阶段", "部", "年级", "教育", "毕业", "段")
# a sub-district (…街, …街道) and its community open the name of a unit of theirs
_SUBDISTRICT_UNIT = re.compile(r"[\u4e00-\u9fff]{2,4}街(?:道)?社区")
# what an economic zone hosts (国家自主创新示范区, 国家级经济技术开发区): a zone, not an honour
_ZONE_TRADE = re.compile(r"产业|经济|金融|创新|开放|贸易|自贸|科技|数字|开发|港|航运|商务")
_LOCALISERS = ("内", "外", "周边", "周围", "附近", "沿线", "以内")
_DOCUMENT_LEAD = re.compile(r"(?:制定|出台|印发|发布|编制|起草|修订|颁布|推出|制发)了?((?:推动|促进|加快|支持|加强|鼓励|深化|关于))")
_DOCUMENT_KIND = re.compile(r"(?:方案|意见|办法|措施|计划|规划|细则|条例|政策)$")
_HALL = re.compile(r"(?:会客厅|品牌厅|示范厅|精品厅|服务厅|议事厅|大厅|展厅|餐厅|客厅|影厅)$")
_MEASURE_START = re.compile(r"(?:万?平方(?:公里|米)|公顷|公里|千米|米|亩)")
_MEETING = re.compile(r"(?:协商会|座谈会|推进会|研讨会|交流会|恳谈会|联谊会|洽谈会|推介会|发布会|见面会|协调会|调度会|观摩会)$")
_KIND_OF_REFORM = re.compile(r"(?:市场化|体制|机制|制度|管理|综合)$")
_WEAK_POLICY = re.compile(r"机制|制度|体系|模式|改革|经验|政策|措施|举措|法|战略|清单|目录|指南|准则|细则|意见|规划|计划|方案|行动")


# a project named after a named area, parcel, estate or road (丰厚里片区城更项目, 建荣家园租赁项目)
_NAMED_PLACE_INSIDE = re.compile(r"[" + CJK + r"]{2,}(?:片区|地块|街区|社区|小区|家园|大厦|路|道|里)")


def _distinctive(prefix: str, start: int, tokens: list[Token], tindex: dict[int, int], places_inside: bool = True) -> bool:
    """Does the part before a weak policy type word carry a name (place, body, number, proper noun)?"""
    if _NUMERAL.search(prefix) or prefix.startswith(("区", "市", "国家", "全国", "省")) or (places_inside and _NAMED_PLACE_INSIDE.search(prefix)):
        return True
    i = tindex.get(start)
    places = place_names()
    while i is not None and i < len(tokens) and tokens[i].start < start + len(prefix):
        tok = tokens[i]
        if tok.end > start + len(prefix):
            break  # a word running into the type word (国企改革) is no name part before it
        if (tok.pos in ("nz", "nt", "nr") and not _frequent(tok.word) and not _common_compound(tok.word)) or tok.pos == "eng" or (
                tok.pos == "j" and (tok.word in places or _rare(tok.word))) or (
                tok.pos == "ns" and (tok.word in places or not (_common_noun(tok.word) or _frequent(tok.word)))):
            return True  # (城市 is tagged ns too, 国企 j: common words name nothing; 港产城 does)
        i += 1
    return False


def _named_organisation(text: str, start: int, s_start: int, s_end: int, tokens: list[Token], tindex: dict[int, int]) -> bool:
    """世界贸易组织 (one word jieba knows as an organisation's name, not a frequent one like 党组织)
    or 上合组织 (an abbreviation no dictionary lists, then 组织): one organisation's name."""
    i = tindex.get(start)
    if i is None:
        return False
    tok = tokens[i]
    if tok.start == start and tok.end == s_end:
        # (社团组织, 民兵组织: a frequent word of a kind of members, then 组织)
        return tok.pos == "nt" and not _frequent(tok.word) and _word_counts().get(tok.word[:-2], 0) < RARE_WORD_FREQUENCY
    return tok.start == start and tok.end == s_start and len(tok.word) == 2 and tok.word not in _word_counts() \
        and _CJK_CHAR.match(tok.word[0]) is not None and not _NUMERAL.match(tok.word)  # (三地组织: a count)


def _unit_name_start(text: str, tokens: list[Token], tindex: dict[int, int], s_start: int, start: int) -> int:
    """Where the name of a sub-district or town begins when the walk found none: after the district
    in front or a break, over two to four characters that hold no frequent word (大直 + 沽 + 街道)."""
    places = place_names()
    j = s_start
    while j > 0 and s_start - j < 4 and _CJK_CHAR.match(text[j - 1]) and text[j - 1] not in "、和与及的" \
            and not any(text[max(0, j - n) : j] in places for n in (3, 4, 5) if text[j - 1] in "区县市"):
        j -= 1
    if not 2 <= s_start - j <= 4 or (j > 0 and _CJK_CHAR.match(text[j - 1]) and not any(text[max(0, j - n) : j] in places for n in (3, 4, 5))):
        return start  # no district or break in front: the characters may be a predicate's
    i, k = tindex.get(j), tindex.get(s_start - 1)
    if i is None or k is None or tokens[i].start != j or text[j] in "无不没非未":
        return start  # (无废街道: a kind, "zero-waste")
    if any((_frequent(t.word) and len(t.word) >= 2) or t.word in STOP_WORDS or t.pos in ("p", "c", "r", "m", "q", "u", "uj")
           for t in tokens[i : k + 1]):
        return start  # (在全区街道, 件为街道: a preposition, a determiner or a count is no name)
    return j


def _village_name(text: str, prefix: str, start: int, tokens: list[Token], tindex: dict[int, int]) -> bool:
    """Is the part before 村, 镇 or 乡 a village's or town's own name (胡张庄, 咸水沽, 小站)? Not when
    it starts inside a word (乡村振兴示范村), holds a verb (小事不出村), is one frequent common word
    (教师村, 规范村: a kind) or ends in a kind or a list of levels (示范村, 街镇)."""
    i = tindex.get(start)
    if i is None or tokens[i].start != start or prefix.endswith(("街", "示范")):
        return False
    end = start + len(prefix)
    words = [t for t in tokens[i:] if t.end <= end]
    if any((t.pos in ("v", "vn", "d", "p") and not _rare(t.word)) or t.word[0] in "不没未" for t in words):
        return False
    return not (len(words) == 1 and words[0].pos in ("n", "a", "vn") and _frequent(words[0].word))


def _common_compound(word: str) -> bool:
    """A word jieba tags as a proper noun but made of two common words (城市更新 = 城市 + 更新,
    tagged nz): a kind of activity, not a name."""
    counts, tags, places = _word_counts(), _word_tags(), place_names()
    return any(
        all(counts.get(part, 0) >= FREQUENT_WORD_FREQUENCY and tags.get(part) not in ("nr", "nz", "nt") and part not in places
            for part in (word[:k], word[k:]))
        for k in range(2, len(word) - 1)
    )


def _place_only(prefix: str) -> bool:
    """Is the part before a type word no more than places and levels (北京项目, 京冀项目, 市级项目)?"""
    rest = re.sub(r"^(?:(?:国家|省|市|区|县)级)", "", prefix)
    places = place_names()
    while rest:
        for n in range(min(len(rest), 6), 1, -1):
            if rest[:n] in places:
                rest = rest[n:]
                break
        else:
            return False
    return True


@lru_cache(maxsize=1)
def _compiled_suffixes() -> list[tuple[re.Pattern[str], str, int, int, int]]:
    return [(re.compile(p), label, mn, mx, pr) for p, label, mn, mx, pr in SUFFIXES]


_MEDICAL_FIELD = re.compile(r"(?:康复|中医|西医|未病|[肾肺胃肝心脑]病|急诊|门诊|护理|口腔|眼|耳鼻喉|骨|皮肤|妇|产|心血管|肿瘤|麻醉|影像|检验|呼吸|消化|神经|针灸|推拿|全)$")
_TRADING_CENTRE = re.compile(r"交易|结算|登记|数据|银行|证券|(?<!医疗)(?<!社会)保险|公司|集团|金融|征信")
_INSURANCE_AGENCY = re.compile(r"医保|社保|医疗保险|社会保险|公积金|税务|政务")
_SCHOOL_OR_HOSPITAL_ALLIANCE = re.compile(r"(?:教育|医疗|医联|教联|学校)集团$")


def _refine_label(label: str, name: str) -> str:
    """Second look at a type-word label using the rest of the name; "" when the name is none."""
    if label == "ENTERPRISE" and _SCHOOL_OR_HOSPITAL_ALLIANCE.search(name):
        return "ORG"
    if label == "ENTERPRISE" and name.endswith("分中心") and re.search(r"(?:大学|学院|医院|研究院)", name):
        return "ORG"  # 梅鲁科技大学分中心: a university's or hospital's branch centre is no company
    if label == "ENTERPRISE" and name.endswith("分中心") and not _TRADING_CENTRE.search(name[:-3]):
        if _INSURANCE_AGENCY.search(name[:-3]):
            return "OFFICE"  # 医保河西分中心: a branch of a public insurance or tax agency
        if "中心" in name[:-3]:
            return "ORG"  # 国家互联网应急中心天津分中心: a centre's branch
        return ""  # 中医康复分中心, 治未病分中心: a branch of a service, no company (…交易中心…分中心 is one)
    if label == "PARK" and name.endswith("片区") and not re.search(r"(?:区|园|带|城)[东西南北]?片区$", name[:-2] + "片区"):
        # renewal areas named as the object of renewal are projects; a zone's 片区 stays a park
        inner = name[:-2]
        zone = re.search(r"(?:集聚区|示范区|试验区|自贸区|园|商务区)([" + CJK + r"]{0,4})$", inner)
        if not zone or (zone.group(1) and zone.group(1) not in place_names()):
            # (津城国际航运服务集聚区河西片区: a zone's part in a place stays a park)
            return "PROJECT"
    if label == "OFFICE" and name.endswith("科") and _MEDICAL_FIELD.search(name[:-1]):
        return "ORG"  # 康复科, 中医科: a hospital's department, not a government section
    if label == "OFFICE" and name.endswith("卫生服务中心"):
        return "ORG"  # a community health centre is a clinic, as a hospital is
    if label == "ORG" and re.search(r"(?:委员会|政府)", name):
        return "OFFICE"
    if label == "ORG" and re.search(r"(?:法官|检察官|警官)工作室$", name):
        return "OFFICE"  # a judge's or prosecutor's 工作室 is a unit of the court or procuratorate
    if label in ("ORG", "OFFICE") and _VENUE.search(name):
        return "PLACE"  # 天津文化中心, 国家会展中心: venues are places
    return label


_VENUE = re.compile(r"(?:文化中心|会展中心|体育中心|购物中心|艺术中心|演艺中心|展览中心|博览中心|奥体中心)$")


# --------------------------------------------------------------------------- 《》 titles

_BRACKET = re.compile(r"《([^《》]{2,80})》")
_PAPER_TITLE = re.compile(r"《[^《》]{1,16}(?:(?<![汇简呈通])报|刊|杂志|周刊|月刊)》|《[^《》]{1,16}》(?=杂志|期刊|报纸|客户端)")
_BRACKET_OPEN_TO_END = re.compile(r"《([^《》]{4,80})$")
_BRACKET_START_TO_CLOSE = re.compile(r"^([^《》]{4,80})》")
_NOT_POLICY_TITLE = re.compile(r"(?:(?<![汇呈通])报|日报|晚报|周刊|杂志|月刊|年鉴|志|歌|诗|传|集|史|论|录|记|故事|读本|丛书|手册)$")


_DOCUMENT_TITLE = re.compile(
    r"(?:办法|方案|意见|通知|规定|条例|规划|计划|清单|措施|举措|制度|机制|要点|指南|法|决定|纲要|标准|细则|准则|"
    r"承诺书|汇报|报告|目录|政策|通告|通报|公告|批复|规则|守则|协议|章程|名录|体系|行动)"
)


def bracket_titles(text: str) -> Iterator[Candidate]:
    for m in _BRACKET.finditer(text):
        inner = m.group(1)
        if _NOT_POLICY_TITLE.search(inner) or not (_DOCUMENT_TITLE.search(inner) or inner.startswith("关于")):
            continue
        yield Candidate(m.start(), m.end(), "POLICY", 90, "title:《》")
    for rx in (_BRACKET_OPEN_TO_END, _BRACKET_START_TO_CLOSE):
        m = rx.search(text)
        if m and not _NOT_POLICY_TITLE.search(m.group(1)):
            yield Candidate(m.start(), m.end(), "POLICY", 85, "title:cut")


# --------------------------------------------------------------------------- quoted names

_QUOTE = re.compile(r"(“[^“”]{1,30}”|\"[^\"]{1,30}\"|「[^「」]{1,30}」)")
_QUOTED_BODY_END = re.compile(r"(?:工作室|中心|专班|站|室|局|委|办|组)$")
_QUOTED_COMPANIES = re.compile(r"等(?:\s?[\d一二三四五六七八九十百余多几]+\s?家)?[" + CJK + r"]{0,6}?(?:企业|公司)")
_FILLER_PREDICATE = re.compile(r"入选|获评|荣获|评为|列入|纳入|被|即|是|为")
# a predicate after the quote (“两重”“两新”加强项目谋划): the quote is its object, no name runs on
_FILLER_VERB = re.compile(r"(?:加强|推进|推动|落实|开展|谋划|做好|抓好|用好|争取|围绕|聚焦)(?=[" + CJK + r"])")
_LOOSE_FILLER = re.compile(r"^(?:[^的]*的|[^等]*等|各项|各类|相关|有关|系列|一系列)")
_TYPE_AFTER_QUOTE: list[tuple[str, str]] = [
    (r"监管(?![" + CJK + r"])", "POLICY"),  # “双随机、一公开”监管: a named regime of supervision
    (r"(?:[" + CJK + r"]{0,8}?)(?:专项行动|行动计划|实施方案|行动|规划|计划|方案|机制|制度|体系|模式|改革|经验|政策|措施|举措|办法|战略|清单|标准|工作法)+", "POLICY"),
    (r"(?:[" + CJK + r"]{0,6}?)(?:工程(?!勘察|设计|建筑|造价|监理|技术|师)|项目|平台)", "PROJECT"),
    (r"(?:[" + CJK + r"]{0,6}?)(?:产业园|园区|基地|大厦)", "PARK"),
    (r"(?:[" + CJK + r"]{0,8}?)(?:工作室|实践站|救助站|联盟|协会|中心)", "ORG"),
]
# "两个确立", "四个意识", "五个一": counted slogans (ideologies, goals), not policies; two-character
# quoted counts ("三保", "六进", "双碳") are slogans too unless a type word follows the quote
_COUNTED_SLOGAN = re.compile(r"[一二两三四五六七八九十]个|^\d+个(?=[" + CJK + r"])|十[一二三四五六七八九]五$")  # …, and plan periods alone (十五五)
_QUOTED_ALONE_TYPES = re.compile(r"(?:行动|规划|计划|方案|战略|改革|工程|经验|机制|制度|模式|体系|政策|措施|负责制|责任制)$")


# reforms of government services, named by what they let people do (“跨省通办”, “免申即享”,
# “一网通办”, “接诉即办”) or by a "+" model (“信易+”, “龙头+生态”, “信用+养老”)
_SERVICE_SLOGAN = re.compile(r"(?:通办|即办|即享|网办|快办|帮办|代办|联办|一次办|受理|合一)$|^[" + CJK + r"]{2,4}\+[" + CJK + r"]{0,4}$")


# Chinese-numbered slogans in quotes are policies when the count names a set of measures or tasks
# (“五大抓手”, “亲商十条”, “三项机制”) or a pair of paired counts (“一带一路”, “五事五法”); others
# are roles, honours and phrases (“一把手”, “三八红旗集体”, “一站式”, “八小时”)
_NUMBERED_NAME = re.compile(r"[一二三四五六七八九十两][大项条](?![街路线])[" + CJK + r"]|[" + CJK + r"][一二三四五六七八九十]条$|^([一二三四五六七八九十])[" + CJK + r"]\1[" + CJK + r"]$")


# the work of a census, a goal or a festival is no method's (“五经普”工作, “双碳”工作: GUIDELINES.md)
_NOT_A_WORKING_METHOD = re.compile(r"普查|经普|双碳|碳达峰|碳中和|节|日$|周$|会$")


# predicates that take a campaign or programme as their object (落实 and 坚持 take principles too:
# 落实“一岗双责”, 坚持“两个毫不动摇”)
_CAMPAIGN_PREDICATES = frozenset({"开展", "实施", "推进", "深化", "启动"})


def quoted_names(text: str) -> Iterator[Candidate]:
    for m in _QUOTE.finditer(text):
        inner = m.group(0)[1:-1]
        after = text[m.end() : m.end() + 16]
        matched = False
        for rx, label in _TYPE_AFTER_QUOTE:
            t = re.match(rx, after)
            if t and (_FILLER_PREDICATE.search(t.group(0)) or _FILLER_VERB.match(t.group(0))):
                matched = True  # “…”入选中国改革…, “三中心”即…中心: a predicate between the quote and the type word
                break
            if t and _LOOSE_FILLER.search(t.group(0)):
                # “乙类乙管”各项措施, “…”的独特模式: the measures of the named thing, not its name;
                # the quoted name is the policy
                if label == "POLICY" and not re.match(r"[^等的]+等", t.group(0)):
                    # each name of a chain closed by 等 (“红色议事厅”“红黑榜”等经验), else the one quoted
                    first = _chain_start(text, m.start()) if t.group(0).startswith("等") else m.start()
                    for q in _QUOTE.finditer(text, first, m.end()):
                        name = q.group(0)[1:-1]
                        parts = re.split(r"[++]", name)
                        if any(_QUOTED_BODY_END.search(x) or x.endswith(("公司", "集团")) for x in parts):
                            continue  # “投促局+投促中心+市场化公司”的招商体系: the bodies of a set-up, no policy's name
                        if 3 <= len(name) <= 14 and not re.search(r"[,,。;;、]", name):
                            yield Candidate(q.start() + 1, q.end() - 1, "POLICY", 72, "quoted:loose-type")
                matched = True
                break
            if t and not re.search(r"[,。;、,]", t.group(0)) and label in ("PROJECT", "POLICY") and t.group(0) in ("项目", "工程", "行动", "计划") \
                    and _typed_label(inner) == label and not inner.endswith(t.group(0)):
                # 列入"2023年20项民心工程"项目: the quoted name is typed already by another type word, the
                # word after it says what it is, so the name is the quoted part (a title quoted whole
                # and the same word after it, "…能力建设项目"项目, is kept as written)
                yield Candidate(m.start() + 1, m.end() - 1, label, 80, "quoted+type")
                matched = True
                break
            if t and not re.search(r"[,。;、,]", t.group(0)):
                end = m.end() + t.end()
                # chained quotes: "周检查""月督查"机制
                yield Candidate(_chain_start(text, m.start()), end, label, 80, "quoted+type")
                matched = True
                break
        if matched:
            continue
        if after.startswith(("”", "\"", "“")):
            continue
        if _QUOTED_COMPANIES.match(after):
            # 招商"中电科技""天津大华""瑞颐数科"等数字经济企业: quoted names closed by 等 and a kind of
            # company are companies
            for q in _QUOTE.finditer(text, _chain_start(text, m.start()), m.end()):
                name = q.group(0)[1:-1]
                if 2 <= len(name) <= 12 and not re.search(r"[,,。;;、\s]", name):
                    yield Candidate(q.start() + 1, q.end() - 1, "ENTERPRISE", 72, "quoted:listed-companies")
            continue
        if after.startswith("工作") and 2 <= len(inner) <= 10 and not re.search(r"[,,。;;、·•\s]", inner) \
                and not _COUNTED_SLOGAN.search(inner) and not _NOT_A_WORKING_METHOD.search(inner):
            # “区管校聘”工作, “三聚焦”工作: the work of a named method or reform; 工作 is no type word,
            # so the quoted name alone is the policy
            yield Candidate(m.start() + 1, m.end() - 1, "POLICY", 70, "quoted:work")
            continue
        before = text[max(0, m.start() - 2) : m.start()]
        if (before in _CAMPAIGN_PREDICATES and 3 <= len(inner) <= 10 and re.match(r"[,,。;;、]", after)
                and not re.search(r"[,,。、\s]", inner) and not _COUNTED_SLOGAN.search(inner)
                and not _QUOTED_ALONE_TYPES.search(inner)):  # (“五大工程”: typed by its own word, below)
            # 开展“冬病夏治”, 推进“三床联动”: a quoted name that a campaign predicate takes as its
            # object, with nothing after it, is the campaign's name
            yield Candidate(m.start() + 1, m.end() - 1, "POLICY", 71, "quoted:campaign-object")
            continue
        if _SERVICE_SLOGAN.search(inner) and 3 <= len(inner) <= 8 and not re.search(r"[,,。、]", inner):
            yield Candidate(m.start() + 1, m.end() - 1, "POLICY", 72, "quoted:service-reform")
            continue
        if _QUOTED_ALONE_TYPES.search(inner) and not re.match(r"\d+个", inner):  # (“5个支撑体系”: a count of parts)
            label = "PROJECT" if inner.endswith("工程") else "POLICY"
            yield Candidate(m.start() + 1, m.end() - 1, label, 75, "quoted:type")
        elif (_NUMERAL.search(inner) and 3 <= len(inner) <= 10 and not re.search(r"[,,。]", inner)
              and not _COUNTED_SLOGAN.match(inner) and not re.fullmatch(r"[\d・.·-]+", inner)
              and (re.search(r"\d", inner) or _NUMBERED_NAME.search(inner))):
            yield Candidate(m.start() + 1, m.end() - 1, "POLICY", 70, "quoted:numbered")


def _chain_start(text: str, start: int) -> int:
    """Extend a quoted name left over directly preceding quoted parts (""周检查""月督查"机制)."""
    while start > 0 and text[start - 1] in "”\"":
        m = re.search(r"(“[^“”]{1,12}”|\"[^\"]{1,12}\")$", text[:start])
        if not m:
            break
        start = m.start()
    return start


# --------------------------------------------------------------------------- posts

_POST_CORE = (
    r"(?:总书记|党组书记|党委书记|党工委书记|支部书记|副书记|书记|副区长|区长|副市长|市长|副县长|县长|副省长|省长|"
    r"副主任|主任委员|主任|副局长|局长|副司长|司长|副处长|处长|副科长|科长|副部长|部长|副主席|主席|副秘书长|秘书长|常委|"
    r"党委委员|党组成员|党工委委员|副主委|主委|副理事长|理事长|副会长|会长|董事局主席|董事会主席|副董事长|董事长|董事总经理|执行董事|副总经理|总经理|副总裁|总裁|总会计师|总工程师|总经济师|"
    r"副行长|行长|副院长|院长|副校长|校长|副所长|所长|馆长|站长|队长|组长|[副总]?(?:(?:微|专属|专职)?网格长|林长|河长|湖长|街长)|检察长|"
    r"庭长|督导员|(?:[一二三四]级)?(?:调研员|巡视员)|院士|教授|研究员|正高级教师|高级教师|主任医师|CEO|首席执行官)"
)
_POST_BODY = (
    r"(?:(?:中共)?(?:全国|国家|省|市|区|县|镇|乡|街道?|社区|村|街道级|社区级|区级|市级)?"
    r"(?:委|政府|人大常委会|人大|政协|纪委监委|纪委|党委|党工委|党组|居委会|学校|儿童)?)"
)
_POST = re.compile(_POST_BODY + r"(?:第[一二三四五六七八九十]+)?" + _POST_CORE)
_QUALIFIED_MEMBER = re.compile(
    r"(?:全国|省|市|区|县)(?:级)?(?:第[一二三四五六七八九十]+届)?(?:人大代表|人民代表大会代表|政协委员|政协常委)"
)


def posts(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    divisions = place_names()
    for m in _POST.finditer(text):
        start = m.start()
        if m.group(0).endswith("常委") and text.startswith("会", m.end()):
            continue  # 常委会 is the standing committee, an office
        if m.group(0) == "常委":
            continue  # bare 常委 (其中常委1人) is generic, like bare 委员
        if text.startswith("制", m.end()):
            continue  # 林长制, 河长制: a responsibility system, not a post
        if text.startswith(("会议", "办公会"), m.end()):
            continue  # 主任会议, 区长办公会: a meeting named by who sits in it, not a post
        last = tindex.get(m.end() - 1)
        if last is not None and tokens[last].end > m.end() and len(tokens[last].word) == 2 and tokens[last].start == m.end() - 1:
            continue  # 旧楼区长效管理: the title's last character begins another word (长效)
        host = tindex.get(start)
        if text[start] in "区市县" and host is not None and tokens[host].start < start:
            # 华北大区党委书记: a level word jieba joins to the word before it is not the body of the
            # title, unless a division name ends there (河西区委书记)
            if not any(text[max(0, start - n) : start + 1] in divisions for n in range(1, 6)):
                start += 1
        if text[start] in "区市县" and text.startswith(("委", "政府", "人大", "政协", "纪委"), start + 1):
            # 河西区委书记, 天津市河西区委书记: the body in front of the title is the division's
            # committee, so the division's name is the post's (GUIDELINES.md: one POST with its body)
            b = next((start - n for n in range(5, 1, -1) if start - n >= 0 and text[start - n : start + 1] in divisions), None)
            if b is not None:
                start = next((b - n for n in range(4, 1, -1) if b - n >= 0 and text[b - n : b] in divisions
                              and text[b - 1] in "省市"), b)
        if text[start] == "委" and start > 0 and _CJK_CHAR.match(text[start - 1]):
            # 市国资委党委书记: the title's body word ends a body's name (市国资委); the post is the
            # whole title with its body in front (GUIDELINES.md), not 委党委书记
            body = trim_left(text, extend_left(text, tokens, tindex, start, 8), start)
            if 0 <= body < start and (text[body] in "区市省县" or _starts_place(text, body) or text.startswith("国家", body)):
                start = body
            else:
                start += 1
        if start < m.end():
            yield Candidate(start, m.end(), "POST", 70, "title")
    for m in _QUALIFIED_MEMBER.finditer(text):
        yield Candidate(m.start(), m.end(), "POST", 72, "title:member")


# --------------------------------------------------------------------------- persons

_JOINER_SURNAMES = set("和与及同向从于对为以将把被其全各")
_AFTER_NAME_STOP = set("等在到参出主同和与率对来为是指表讲、,。;:,;:(())讲调带陪察看视慰走先听向会于")
_NAME_BEFORE_TITLE = re.compile(r"([" + CJK + r"]{2,4})(?=(?:总书记|同志))")
_LEADERS_LIST = re.compile(r"(?:区|市|省|县)领导(?:同志)?[::]?((?:[" + CJK + r"]{2,3}、)*[" + CJK + r"]{2,3})(?=出席|参加|陪同|参与|一同|等|,|,|。|;)")
_NAMES_GIVEN_POST = re.compile(r"(?:任命|聘任|推选|选举|增补)?((?:[" + CJK + r"]{2,3}、)*[" + CJK + r"]{2,3})为(?=(?:副)?(?:主任|主席|书记|委员|会长|秘书长|理事长|主委|组长|局长|部长|院长|校长)(?:[,,。;;、]|$))")
_APPOINTED_AS = re.compile(r"(?:担任|兼任|任)(?=[^,,。;;、]{0,20}?" + _POST_CORE + ")")
_FOREIGN = re.compile(r"[" + CJK + r"]{1,4}(?:·[" + CJK + r"]{1,4}){1,4}")


def _name_at(text: str, pos: int) -> int | None:
    """End of a Chinese personal name starting at ``pos``: a surname and one or two given characters."""
    if text[pos : pos + 2] in SURNAMES_2:
        end = pos + 2
    elif pos < len(text) and text[pos] in SURNAMES_1:
        # 和/与/同 ... are surnames too, but before a word (委员和列席) they join, not name
        if text[pos] in _JOINER_SURNAMES and _word_tags().get(text[pos + 1 : pos + 3]):
            return None
        end = pos + 1
    else:
        return None
    given = 0
    while end < len(text) and given < 2 and _CJK_CHAR.match(text[end]) and text[end] not in _AFTER_NAME_STOP:
        end += 1
        given += 1
    return end if given else None


_AUTHORS = re.compile(r"[((]([" + CJK + r"]{4,12})[))](?=\s*【|\s*$)")


def _split_names(chars: str) -> list[str] | None:
    """The one way to cut a run of characters into personal names of two or three characters:
    fewest names first, then most common surnames (王强 + 李恩建, not 王强李 + 恩建); None when there
    is no way or two equally good ones."""
    best: list[list[str]] = []

    def walk(rest: str, parts: list[str]) -> None:
        if not rest:
            best.append(parts)
            return
        for n in (3, 2):
            part = rest[:n]
            if len(part) == n and _name_at(part + "。", 0) == n and not _common_noun(part):
                walk(rest[n:], parts + [part])

    walk(chars, [])
    if not best:
        return None
    def score(parts: list[str]) -> tuple[int, int]:
        return (-len(parts), sum(p[0] in COMMON_SURNAMES for p in parts))

    top = max(score(p) for p in best)
    chosen = [p for p in best if score(p) == top]
    return chosen[0] if len(chosen) == 1 else None


_CREDIT = re.compile(r"[((]((?:[" + CJK + r"]{2,3}[、\s])*[" + CJK + r"]{2,3})\s?(?:摄|供稿|撰稿|供图)[))]")
_GROUP_MEMBERS = frozenset({"人员", "会员", "成员", "委员", "官员", "议员", "动员", "学员", "党员", "职员", "队员", "组员", "社员", "团员"})
_ROLE_BEFORE_NAME = re.compile(r"[\u4e00-\u9fff]{1,3}(?:员|者)|民警|医生|护士|社工|居民|村民|职工|律师|法官|检察官|辅警")


def persons(text: str, tokens: list[Token], tindex: dict[int, int], post_spans: Iterable[tuple[int, int]]) -> Iterator[Candidate]:
    for _s, e in post_spans:
        # 区委副书记、区长胡学明 — the name follows the last title (possibly after a space)
        pos = e
        if pos < len(text) and text[pos] in " :: 为":
            pos += 1
        if pos < len(text) and text[pos] == "、":
            continue
        end = _person_end(text, tokens, tindex, pos)
        if end:
            yield Candidate(pos, end, "PERSON", 75, "person:after-title")
            yield from _name_list(text, tokens, tindex, end)
    # (王小汐摄), (刘飞供稿): a yearbook's credit for a photograph or an entry names its author
    for m in _CREDIT.finditer(text):
        pos = m.start(1)
        for part in re.split(r"[、\s]", m.group(1)):
            if 2 <= len(part) <= 3 and _name_at(part + "。", 0) == len(part) and not _common_noun(part):
                yield Candidate(pos, pos + len(part), "PERSON", 71, "person:credit")
            pos += len(part) + 1
    # (李恩建呼春生王强)【…: the authors of a yearbook entry, credited in brackets before the next
    # entry's heading or at the end (their spaces went with the normalisation)
    for m in _AUTHORS.finditer(text):
        split = _split_names(m.group(1))
        pos = m.start(1)
        for part in split or ():
            yield Candidate(pos, pos + len(part), "PERSON", 71, "person:authors")
            pos += len(part)
    # 巡查员高艳芳, 社区民警王某: a name right after a role noun (no title, so no post)
    for tok in tokens:
        if not _ROLE_BEFORE_NAME.fullmatch(tok.word) or tok.pos not in ("n", "nr", "vn") or tok.word in _GROUP_MEMBERS:
            continue
        pos = tok.end + (1 if text.startswith(" ", tok.end) else 0)
        i = tindex.get(pos)
        if i is None or tokens[i].start != pos or tokens[i].pos not in ("nr", "nrfg") or not 2 <= len(tokens[i].word) <= 3:
            continue  # (jieba must read a personal name there: 全区, 年终, 单位各 are none)
        end = tokens[i].end
        if _name_at(text[pos:end] + "。", 0) == end - pos and not _common_noun(text[pos:end]) and not _frequent(text[pos:end]):
            yield Candidate(pos, end, "PERSON", 70, "person:after-role")
    # 赵文剑任某局党委书记: a name right before 任 (a word of its own) and a title that follows
    for m in _APPOINTED_AS.finditer(text):
        at = m.start()
        host = tindex.get(at)
        if host is None or tokens[host].start != at or tokens[host].word != m.group(0):
            continue  # 主任, 责任, 信任 ...
        for n in (3, 2):
            start = at - n
            if start < 0 or _name_at(text[start:at] + "。", 0) != n:
                continue
            if start == 0 or not _CJK_CHAR.match(text[start - 1]) or text[start - 1] in "由、":
                yield Candidate(start, at, "PERSON", 71, "person:before-appointment")
                break
    # 习近平总书记 / 穆瑞利同志: a name written right before a title or 同志
    for m in _NAME_BEFORE_TITLE.finditer(text):
        name = m.group(1)
        start = m.start(1)
        j = tindex.get(m.end(1) - 1)
        if j is not None and tokens[j].end == m.end(1) and tokens[j].pos in ("nr", "nrfg") and 2 <= len(tokens[j].word) <= 4:
            # jieba reads a personal name right before the title (贯彻习近平总书记…)
            yield Candidate(tokens[j].start, tokens[j].end, "PERSON", 71, "person:before-title")
            continue
        for n in (3, 2):
            cand = name[-n:]
            if _name_at(cand + "。", 0) == n and (start + len(name) - n == 0 or not _CJK_CHAR.match(text[start + len(name) - n - 1]) or text[start + len(name) - n - 1] in "的民员警师长任命为、"):
                yield Candidate(start + len(name) - n, start + len(name), "PERSON", 71, "person:before-title")
                break
    # 区领导胡学明、梁春早、班东江出席: the names listed after 区领导 (leaders of the district)
    for m in _LEADERS_LIST.finditer(text):
        pos = m.start(1)
        for part in m.group(1).split("、"):
            if 2 <= len(part) <= 3 and _name_at(part + "。", 0) == len(part) and not _common_noun(part):
                yield Candidate(pos, pos + len(part), "PERSON", 71, "person:leaders-list")
            pos += len(part) + 1
    # 任命薛洪梅为主任,杜坤、崔扬为副主任
    for m in _NAMES_GIVEN_POST.finditer(text):
        pos = m.start(1)
        for part in re.split("、", m.group(1)):
            if 2 <= len(part) <= 3 and _name_at(part + "。", 0) == len(part):
                yield Candidate(pos, pos + len(part), "PERSON", 71, "person:appointed")
            pos += len(part) + 1
    for m in _FOREIGN.finditer(text):
        # a transliterated name has short parts and ends there; quoted X·Y is a title (“阳光·北爱”)
        last = tindex.get(m.end() - 1)
        if last is not None and tokens[last].end > m.end():
            continue  # the last part runs on into a longer word: not a name (东疆之星·意风新经济…)
        if m.start() > 0 and text[m.start() - 1] in "“\"「『" and text[m.end() : m.end() + 1] in ("”", "\"", "」", "』"):
            continue
        start = m.start()
        host = tindex.get(start)
        if host is not None and tokens[host].start < start < tokens[host].end <= text.index("·", start):
            start = tokens[host].end  # 代表恩里克·…: the name starts after the word jieba joins its head to
        a, b = tindex.get(start), tindex.get(m.end() - 1)
        if "之" in text[start : m.end()] or (a is not None and b is not None and any(
                len(t.word) >= 2 and (_common_noun(t.word) or t.word in STOP_WORDS) for t in tokens[a : b + 1])):
            continue  # 海河之眼·智造科技…: words of the dictionary, not a transliterated name
        yield Candidate(start, m.end(), "PERSON", 70, "person:foreign")
    for tok in tokens:
        if tok.pos == "nr" and 2 <= len(tok.word) <= 3 and tok.word[0] in SURNAMES_1 and tok.end < len(text):
            nxt = text[tok.end : tok.end + 2]
            if nxt.startswith(("同志", "等同志")) or nxt in ("主持", "出席", "讲话", "调研", "表示", "指出", "强调"):
                yield Candidate(tok.start, tok.end, "PERSON", 40, "person:jieba-nr")


COMMON_WORD_FREQUENCY = 1000  # in jieba's dictionary counts: 单位 17532, against 马力 446


def _common_noun(word: str) -> bool:
    tag = _word_tags().get(word)
    return tag is not None and tag not in ("nr", "nrfg", "nrt") and _word_counts().get(word, 0) >= COMMON_WORD_FREQUENCY


def _person_end(text: str, tokens: list[Token], tindex: dict[int, int], pos: int) -> int | None:
    if pos >= len(text):
        return None
    # in a list the delimiter tells where the name ends: 李广恩、杨云乾、
    m = re.match(r"([" + CJK + r"]{2,3})(?=[、,,;;。((])", text[pos : pos + 4])
    if m and _name_at(m.group(1) + "。", 0) == len(m.group(1)):
        if _common_noun(m.group(1)):
            return None  # a common word after a title (人大代表单位,): no name
        return pos + len(m.group(1))
    i = tindex.get(pos)
    if i is not None and tokens[i].start == pos and tokens[i].pos in ("nr", "nrfg", "nrt") and 2 <= len(tokens[i].word) <= 4:
        return tokens[i].end
    end = _name_at(text, pos)
    if end is None:
        return None
    # a three-character candidate whose last character jieba glues to the next word is a two-character name
    j = tindex.get(end - 1)
    if j is not None and tokens[j].end > end and end - pos == 3:
        return end - 1
    return end


_NOTE = re.compile(r"[((][^()()]{0,30}[))]")


def _name_list(text: str, tokens: list[Token], tindex: dict[int, int], end: int) -> Iterator[Candidate]:
    """Names listed after a name: 李某、王某某、张某等; 穆某(回族, 自2023年11月22日)、梁某(女);胡某(至…)."""
    pos = end
    while True:
        note = _NOTE.match(text, pos)
        if note:
            pos = note.end()
        if pos >= len(text) or text[pos] not in "、;;":
            break
        nxt = _person_end(text, tokens, tindex, pos + 1)
        if not nxt or nxt - (pos + 1) > 3 or _POST.match(text, pos + 1):
            break
        tag = _word_tags().get(text[pos + 1 : nxt])
        if tag is not None and not tag.startswith("nr"):
            break  # a dictionary word (时任 ...) ends the list: the text goes on with something else
        yield Candidate(pos + 1, nxt, "PERSON", 60, "person:list")
        pos = nxt


# --------------------------------------------------------------------------- places

def places(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    lex = place_names()
    tags = _word_tags()
    upper = upper_divisions()
    found: list[tuple[int, int]] = []  # every division span, for the city + district pairs below
    for k, tok in enumerate(tokens):
        # short forms (河西, 天津) only where jieba reads them as a place name; division names that
        # are also common words in jieba's dictionary (城区, 新建) only when tagged as places there
        if tok.word in lex and (tok.pos == "ns" or tok.word in _EXTRA_PLACES or (tok.word[-1] in "省市区县州" and tags.get(tok.word, "ns") == "ns")):
            bare = tok.word[-1] not in "省市区县州旗" and tok.word not in upper and tok.word not in _EXTRA_PLACES
            if not bare or bare_county_is_place(tok.word, text):
                yield Candidate(tok.start, tok.end, "PLACE", 45, "place:division")
                found.append((tok.start, tok.end))
        # rivers and lakes jieba knows as places (海河, 津河); a place and 地区 (桃园地区)
        if (tok.pos == "ns" and 2 <= len(tok.word) <= 4 and tok.word[-1] in "河江湖" and tok.word not in lex
                and not (len(tok.word) == 2 and tok.word[0] in "河江湖")  # 河湖, 江河: rivers and lakes in general
                and text[tok.end : tok.end + 1] not in ("里", "道", "路", "街")  # 金江里: an estate named after it
                and (tags.get(tok.word) == "ns" or (tags.get(tok.word[0]) not in ("v", "p", "d")
                                                    and text[tok.end : tok.end + 1] not in ("里", "道", "路", "街")))):
            # a river jieba's dictionary knows, or one its HMM guesses that is no verb + 河 (入河排污口)
            # and no housing estate or road (泉江里)
            yield Candidate(tok.start, tok.end, "PLACE", 45, "place:river")
        if tok.pos == "ns" and k + 1 < len(tokens) and tokens[k + 1].word == "地区" and tok.end == tokens[k + 1].start \
                and tok.word not in lex:
            yield Candidate(tok.start, tokens[k + 1].end, "PLACE", 47, "place:area")
        if tok.word in lex and k + 1 < len(tokens) and tokens[k + 1].word == "地区" and tok.end == tokens[k + 1].start:
            yield Candidate(tok.start, tok.end, "PLACE", 47, "place:division")  # 崆峒地区: the division is the place
        if (tok.word == "地区" and k >= 2 and len(tokens[k - 1].word) == 2 and len(tokens[k - 2].word) == 1
                and tokens[k - 2].pos in ("a", "n", "ns", "nr") and _rare(tokens[k - 2].word + tokens[k - 1].word)
                and tokens[k - 1].pos in ("n", "ns", "nr") and _rare(tokens[k - 1].word)):
            # 小 + 白楼 + 地区: a quarter's name jieba split into a character and a rare word
            yield Candidate(tokens[k - 2].start, tok.end, "PLACE", 47, "place:area")
    # division names glued inside longer jieba tokens (e.g. 天津市河西区)
    for m_start, m_end in division_spans(text):
        host = tindex.get(m_start)
        if host is not None and tokens[host].start < m_start and not any(text[a:b] in upper for a, b in found if b == m_start):
            continue  # 摸清城区: a division's name that begins inside another word (清城区) is not there
        yield Candidate(m_start, m_end, "PLACE", 44, "place:division")
        found.append((m_start, m_end))
    # a city written with its district (长春市南关区, 北京朝阳) is one place
    spans = sorted(set(found))
    ends: dict[int, list[int]] = {}
    for a, b in spans:
        ends.setdefault(a, []).append(b)
    upper, county = upper_divisions(), county_divisions()
    for a, b in spans:
        for c in ends.get(b, []):
            if c - a <= 10 and text[a:b] in upper and text[b:c] in county and text[a:b] != text[b:c]:
                yield Candidate(a, c, "PLACE", 46, "place:city+district")


# Verbs of arriving and settling whose object is a place (落户和平, 亲临和平)
_PLACE_VERBS = frozenset({"落户", "来到", "亲临", "扎根", "走进", "立足", "畅享", "留在", "深耕", "相约", "相聚", "打卡", "满"})
# Common-word readings of a district's short form (和平发展, 世界和平: peace)
_COMMON_READING_AFTER = ("发展", "共处", "统一", "利用", "年代", "崛起", "稳定", "与发展")
_COMMON_READING_BEFORE = ("世界", "维护", "保卫", "热爱", "地区", "国际", "持久")


def bare_districts(text: str, tokens: list[Token]) -> Iterator[Candidate]:
    """和平, 朝阳, 大兴: a municipality's district written alone that jieba reads as a common word
    (peace, morning sun, to promote greatly) is the district where the context says so: listed
    with another place (邀请和平、南开), after a verb of arriving or settling (落户和平), before a
    quoted name (和平“亲商十条”) or inside a short quote (“金融和平”, “和平夜话”)."""
    names = municipal_districts()
    lex = place_names()
    for k, tok in enumerate(tokens):
        if tok.word not in names or tok.pos == "ns" or text.startswith(("区", "路", "道", "里", "街", "县"), tok.end):
            continue
        if text.startswith(_COMMON_READING_AFTER, tok.end) or text.endswith(_COMMON_READING_BEFORE, 0, tok.start):
            continue
        before = tokens[k - 1] if k > 0 else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        listed = (before is not None and before.word == "、" and k > 1 and tokens[k - 2].word in lex) or (
            after is not None and after.word == "、" and k + 2 < len(tokens) and tokens[k + 2].word in lex)
        opening = text.rfind("“", max(0, tok.start - 6), tok.start + 1)
        closing = text.find("”", tok.end, tok.end + 6)
        quoted = opening >= 0 and closing >= 0 and not re.search(r"[“”。,,、]", text[opening + 1 : tok.start] + text[tok.end : closing])
        if listed or (before is not None and before.word in _PLACE_VERBS) or text.startswith(("“", "《", "\""), tok.end) or quoted:
            yield Candidate(tok.start, tok.end, "PLACE", 45, "place:bare-district")


_DIVISION_LEVELS = "省市区县州"
_DIVISION_END = re.compile(f"[{_DIVISION_LEVELS}]")


@lru_cache(maxsize=1)
def division_names() -> tuple[frozenset[str], tuple[int, ...]]:
    """The divisions written in full (three characters or more, ending in their level: 河西区,
    天津市), and their lengths, longest first."""
    names = frozenset(n for n in place_names() if len(n) >= 3 and n[-1] in _DIVISION_LEVELS)
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


def division_spans(text: str) -> list[tuple[int, int]]:
    """Where division names stand in ``text``, read from left to right, the longest name at each
    place, never overlapping: what one regular expression of every name, longest first, finds
    with ``finditer``, found from each level character (区, 市 ...) back: over the seeds 0.04 s,
    against 0.92 s for such an expression of every name (Python's ``re`` tries each one at each
    character)."""
    return names_ending_in_levels(text, *division_names())


def names_ending_in_levels(text: str, names: frozenset[str], lengths: tuple[int, ...]) -> list[tuple[int, int]]:
    """:func:`division_spans` for any ``names`` that end in a level character, of these ``lengths``."""
    longest: dict[int, int] = {}  # start -> end of the longest name starting there
    for level in _DIVISION_END.finditer(text):
        end = level.end()
        for n in lengths:
            start = end - n
            if start >= 0 and longest.get(start, 0) < end and text[start:end] in names:
                longest[start] = end  # (shorter names ending here start later: each is kept too)
    spans = []
    pos = 0
    for start in sorted(longest):
        if start >= pos:
            spans.append((start, longest[start]))
            pos = longest[start]
    return spans


# --------------------------------------------------------------------------- bodies written short

_SHORT_BODY = re.compile(
    r"(?:中共)?(?:[" + CJK + r"]{2,4}(?:区|市|省|县))?(?:区|市|省|县)(?:委(?!会)|政府|人大常委会|人大|政协|纪委监委|纪委)(?![" + CJK + r"]{0,1}(?:书记|主任|主席|常委|委员))"
    r"|党中央|国务院|中共中央|全国人大|全国政协|中央"
)


# China's democratic parties by their short names (民盟河西区委, 民进), and their committees written
# by level alone (区委会 = a party's district committee, not the CPC's 区委)
_DEMOCRATIC_PARTY = re.compile(r"民革|民盟|民建|民进|农工党|致公党|九三学社|台盟")
_PARTY_COMMITTEE = re.compile(r"(?:区|市|省)委会(?!议)")


def short_bodies(text: str, tokens: list[Token] | None = None, tindex: dict[int, int] | None = None) -> Iterator[Candidate]:
    for m in _DEMOCRATIC_PARTY.finditer(text):
        yield Candidate(m.start(), m.end(), "OFFICE", 57, "office:democratic-party")
        if text.startswith("中央", m.end()):
            yield Candidate(m.start(), m.end() + 2, "OFFICE", 58, "office:democratic-party")  # 农工党中央: its central committee
    parties_end = {m.end() for m in _DEMOCRATIC_PARTY.finditer(text)}
    starts = {t.start for t in tokens or ()}  # 面向区委会: where jieba begins a word
    for m in _PARTY_COMMITTEE.finditer(text):
        if m.start() == 0 or not _CJK_CHAR.match(text[m.start() - 1]) or m.start() in parties_end or m.start() in starts:
            yield Candidate(m.start(), m.end(), "OFFICE", 57, "office:party-committee")
    # 区人大及其常委会: the standing committee named by reference to the body just written
    for m in re.finditer(r"(?<=及其)常委会", text):
        yield Candidate(m.start(), m.end(), "OFFICE", 74, "office:its-committee")
    tokens = tokens or []
    if tindex is None:
        tindex = token_index(tokens)
    places = place_names()
    for m in _SHORT_BODY.finditer(text):
        if m.group(0) == "中央" and not re.match(r"(?:和国家机关|企业|单位|部署)", text[m.end() : m.end() + 6]):
            continue
        start = m.start()
        k = tindex.get(start)
        host = tokens[k] if k is not None and tokens[k].start < start else None  # the word the body begins inside
        if host is not None and host.pos != "ns" and host.end < m.end():
            continue  # 相关地区政府, 农工党中央: the body's first character ends another word, it is no level
        if host is not None and host.pos == "nt" and host.end == m.end() and text[host.start : start] in places:
            start = host.start  # 天津市政府, one word in jieba's dictionary
        elif host is not None and host.pos == "ns" and host.end == start + 1 and host.word in places:
            start = host.start  # 河西区政府: the district's name with its level word is the body's
        elif host is None and k and text[start] in "区市" and tokens[k - 1].end == start and tokens[k - 1].pos == "ns" \
                and text[tokens[k - 1].start : start + 1] in places:
            start = tokens[k - 1].start  # 天津 + 市政府, as jieba splits it
        yield Candidate(start, m.end(), "OFFICE", 58, "office:short")


# --------------------------------------------------------------------------- all together


_ACRONYM = re.compile(r"(?<![A-Za-z])\s?([A-Z]{2,6})(?![A-Za-z0-9])")
# statistical and technical abbreviations that follow a place name without naming a company
_GENERIC_ACRONYMS = frozenset({"GDP", "CPI", "PPI", "PMI", "AI", "IT", "ICT", "IP", "VR", "AR", "APP", "CBD", "RCEP", "PM", "GPS"})


_BODY_END = re.compile(r"(?:局|委|办|分局|办公室)$")
_BODY_INNER_POS = {"n", "vn", "v", "j", "nz", "an", "l"}


_FUNCTION_CHARS = frozenset("在是和与对为将把由向从及并或的")
_LISTED_SHORT_BODY = re.compile(r"(?<=[、,,;;:])([" + CJK + r"]{2}(?:委|办))(?=[、,,。;;等和及与])")


def listed_short_bodies(text: str) -> Iterator[Candidate]:
    """、住建委、城管委等部门: a three-character word ending in 委 or 办 that stands as a whole item of
    a list is a body's short name, however jieba splits it (住 + 建委, 城 + 管委)."""
    for m in _LISTED_SHORT_BODY.finditer(text):
        if m.group(1) in COMMON_EXCEPTIONS or "、" not in text[max(0, m.start() - 1) : m.end() + 1]:
            continue
        if m.group(1)[0] in _FUNCTION_CHARS or re.fullmatch(r"[区市县省](?:委|办)", m.group(1)[1:]):
            continue  # 在市委、市政府: a preposition before a level's body, found as 市委 elsewhere
        yield Candidate(m.start(1), m.end(1), "OFFICE", 56, "office:listed-short")


_WORKING_OFFICE_AFTER_COMMITTEE = re.compile(r"(?<=党工委)[、和及与]\s?(办事处)(?![" + CJK + r"]{0,2}(?:主任|副主任))|(办事处)\s?[、和及与](?=党工委)")


_CORPORATE_TITLE = re.compile(r"(?:副总裁|总裁|副总经理|总经理|副董事长|董事长|董事局主席|董事会主席|执行董事|首席执行官|CEO)$")
_BODY_OR_DIVISION_END = re.compile(r"(?:委|局|办|政府|院|部|厅|中心|所|站|队|会|街道|街|社区|镇|乡|村|省|市|县)$")


def companies_before_titles(text: str, tokens: list[Token], tindex: dict[int, int], post_cands: list[Candidate]) -> Iterator[Candidate]:
    """华润电力副总裁, 华润电力华北大区副总经理, 华北大区党委书记、总经理: the name before a corporate
    title is the company's (GUIDELINES.md: a title in an enterprise is ENTERPRISE + POST); a party
    title before a corporate one in the same chain is the company's too."""
    singles = frozenset(t.start for t in tokens if len(t.word) == 1)
    bounds = frozenset(t.end for t in tokens)
    places = place_names()
    for c in post_cands:
        title = text[c.start : c.end]
        corporate = bool(_CORPORATE_TITLE.search(title))
        if not corporate and not (title.endswith("书记") and re.match(r"、(?:副)?(?:总经理|董事长|总裁)", text[c.end : c.end + 5])):
            continue
        if c.start == 0 or not _CJK_CHAR.match(text[c.start - 1]):
            continue
        start = trim_left(text, extend_left(text, tokens, tindex, c.start, 10), c.start, singles, bounds)
        if not 0 <= start < c.start - 1:
            continue
        name = text[start : c.start]
        if name in places or _BODY_OR_DIVISION_END.search(name) or _place_only(name) or name in STOP_WORDS \
                or not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", name) or _frequent(name):
            continue  # (区卫健委党委书记, 天津市副市长: a body's or a division's title)
        yield Candidate(start, c.start, "ENTERPRISE", 52, "enterprise:before-title")


def working_offices(text: str) -> Iterator[Candidate]:
    """街道党工委、办事处: the sub-district's office named by its kind next to its party working
    committee is that office (a yearbook writes the pair for the sub-district of its entry)."""
    for m in _WORKING_OFFICE_AFTER_COMMITTEE.finditer(text):
        g = 1 if m.group(1) else 2
        yield Candidate(m.start(g), m.end(g), "OFFICE", 56, "office:working-office")


def level_bodies(text: str, tokens: list[Token]) -> Iterator[Candidate]:
    """区投资促进局, 区住建委: a level word jieba leaves on its own (区, 市, 县), then words up to a
    government type word (局, 委, 办 …), verbs included, name one office."""
    for k, tok in enumerate(tokens):
        if tok.word not in ("区", "市", "县") or (k > 0 and tokens[k - 1].word in ("全", "本", "我", "该", "各")):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].end - tok.start <= 8:
            w = tokens[j]
            if _BODY_END.search(w.word) and j > k + 1 and (len(w.word) == 1 or w.pos in ("n", "j", "nt")):
                if w.word not in COMMON_EXCEPTIONS:
                    yield Candidate(tok.start, w.end, "OFFICE", 56, "office:level+body")
                break
            if w.pos not in _BODY_INNER_POS or w.word in STOP_WORDS or len(w.word) > 4:
                break
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if w.pos == "v" and (nxt is None or nxt.word not in ("局", "委", "办", "分局", "办公室")):
                break  # a verb inside the name stands right before the type word (投资促进局), else it is the predicate
            j += 1


_UNIT_LIST = re.compile(r"(?:下设|内设|设立|设有|下辖)(?:了)?([^。;;]{2,120})")
_UNIT_COUNT_AFTER = re.compile(r"\s*[\d一二三四五六七八九十]+\s*个[" + CJK + r"]*$")
_UNIT_PARENT = re.compile(r"[" + CJK + r"]{2,12}$")
_ORG_PARENT = re.compile(r"(?:残联|妇联|工商联|文联|侨联|科协|总工会|红十字会|联合会|协会|学会|商会|促进会|基金会|大学|学院|医院|研究院|研究所)$")
_UNIT_ITEM = re.compile(r"[" + CJK + r"]{2,12}(?:科|室|处|股|所|中心|队|站)")


_JOINED_BODY = re.compile(r"(?:" + "|".join(JOINED_FIELDS) + r")和[" + CJK + r"]{2,6}?(?:局|委员会(?:办公室)?|委|厅|部|办公室)(?:[" + CJK + r"]{2,3}分局)?(?![长门])")


def joined_bodies(text: str) -> Iterator[Candidate]:
    """区人力资源和社会保障局, 市工业和信息化局, 区住房和建设委: a department named by two fields
    joined by 和 is one body, with the level and the place written before it."""
    places = place_names()
    for m in _JOINED_BODY.finditer(text):
        start = m.start()
        if start > 0 and text[start - 1] in "区市省县":
            start -= 1
            place = next((n for n in (4, 3, 2) if start - n >= 0 and text[start - n : start + 1] in places), 0)
            start -= place
            while place and (place := next((n for n in (4, 3) if start - n >= 0 and text[start - n : start] in places), 0)):
                start -= place  # 天津市和平区…: the city before the district
        if start > 1 and text[start - 2 : start] == "中共":
            start -= 2
        yield Candidate(start, m.end(), "OFFICE", 53, "office:joined-fields")


_PARTNER_HUB = re.compile(r"(?<=与)([" + CJK + r"]{2,4}?)(港|机场|国际机场)(?=[、和及]|(?:开展|签订|签署|深化|加强)?[" + CJK + r"]{0,4}?合作)")


def partner_hubs(text: str) -> Iterator[Candidate]:
    """与天津港合作, 与天津机场开展战略合作: a port or an airport a body cooperates with is the
    company that runs it (ENTERPRISE), not the place."""
    places = place_names()
    for m in _PARTNER_HUB.finditer(text):
        if m.group(1) in places:
            yield Candidate(m.start(1), m.end(2), "ENTERPRISE", 56, "enterprise:partner-hub")


def listed_units(text: str) -> Iterator[Candidate]:
    """设立综合办公室、接收安置科、拥军优抚科: the items listed after a body sets up units, each
    ending in a unit word, are offices (the list joined by 、, 和, 及, or after a colon)."""
    for m in _UNIT_LIST.finditer(text):
        pos = m.start(1)
        # the units of an organisation (区残联内设办公室) are the organisation's, ORG; of a body, OFFICE
        parent = _UNIT_PARENT.search(text, max(0, m.start() - 12), m.start())
        label = "ORG" if parent and _ORG_PARENT.search(parent.group(0)) else "OFFICE"
        for part in re.split(r"([、,,和及::])", m.group(1)):
            unit = _UNIT_COUNT_AFTER.sub("", part)  # 综合业务科 2 个科室: the count of the list follows its last item
            if unit and _UNIT_ITEM.fullmatch(unit) and not _COUNT_PREFIX.match(unit) and not re.search(r"个|由|等|为", unit):
                yield Candidate(pos, pos + len(unit), label, 57, "office:listed-unit")
                if unit != part:
                    break
            elif part and len(part) > 1 and not _UNIT_ITEM.fullmatch(part) and not re.search(r"单位|部门|机构", part):
                pos += len(part)
                break  # the list has ended
            pos += len(part)


_SHORT_GROUP = re.compile(r"(?:^|(?<=[,,。;;、::\s]))([" + CJK + r"]{2})(?:集团|公司)")


def short_group_names(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    """城发集团: a two-character abbreviation (城市发展) that jieba splits into two one-character
    words, at the start of a clause, before 集团 or 公司."""
    for m in _SHORT_GROUP.finditer(text):
        a = tindex.get(m.start(1))
        if a is None or a + 1 >= len(tokens):
            continue
        first, second = tokens[a], tokens[a + 1]
        if first.start == m.start(1) and len(first.word) == 1 and len(second.word) == 1 and second.end == m.end(1):
            if first.word not in STOP_WORDS and second.word not in STOP_WORDS:
                yield Candidate(m.start(1), m.end(), "ENTERPRISE", 54, "enterprise:short-group")


_REGIONAL_STRATEGY = re.compile(r"(?:协同发展|一体化发展|一体化|双城发展|协作)")


_QUALITY_PLACE = re.compile(r"(?:平安|法治|美丽|健康|数字|智慧|幸福|文明|生态|人文)([" + CJK + r"]{2,4})")


def place_campaigns(text: str) -> Iterator[Candidate]:
    """平安河北, 法治天津, 健康中国, 美丽中国: a quality word and a place name a campaign (建设平安河北)."""
    places = place_names()
    for m in _QUALITY_PLACE.finditer(text):
        for n in range(len(m.group(1)), 1, -1):
            name = m.group(1)[:n]
            if (name in places and _word_tags().get(name, "ns") == "ns") or name == "中国":
                # (城区 is a county's name too, but jieba's dictionary knows it as a common noun)
                end = m.start(1) + n
                if not re.match(r"[" + CJK + r"]", text[end : end + 1]) or text[end : end + 2] in ("建设", "战略", "行动"):
                    yield Candidate(m.start(), end, "POLICY", 64, "policy:place-campaign")
                break


def regional_strategies(text: str) -> Iterator[Candidate]:
    """京津冀协同发展, 长三角一体化发展, 东西部协作: a region (a place name, or two joined) and a
    strategy word name a national or regional strategy."""
    places = place_names()
    for m in _REGIONAL_STRATEGY.finditer(text):
        for n in (6, 5, 4, 3, 2):
            start = m.start() - n
            if start < 0:
                continue
            head = text[start : m.start()]
            # 京津 + 冀 style pairs of short names (北京资源协作: 资源, a county of Guangxi, is none here)
            joined = len(head) == 4 and all(part in places and bare_county_is_place(part, text) for part in (head[:2], head[2:]))
            if (head in places and bare_county_is_place(head, text)) or head in ("东西部", "南北") or joined:
                yield Candidate(start, m.end(), "POLICY", 66, "policy:regional-strategy")
                break


_COUNTED_WORKS = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[项件大](?:[" + CJK + r"]{2,6}?)工程")


_CAMPAIGN_TYPE = re.compile(r"专项行动|专项整治|集中整治|攻坚行动|攻坚战|三年行动|行动计划|提升行动|行动|战略|负责制|责任制")
_INNER_CAMPAIGN_VERBS = frozenset({"提升", "优化", "强化", "提质", "攻坚"})
_PREDICATES = {"开展", "实施", "启动", "推进", "推行", "部署", "落实", "深化", "打好", "打赢", "组织", "持续", "深入",
               "全面", "扎实", "贯彻", "贯彻落实", "深入实施", "深入开展", "持续开展", "组织开展", "全面实施", "大力实施",
               # compounds jieba reads as one word (全面推行, tagged n)
               "实行", "全面推行", "全面实行", "全面推进", "深入推进", "大力推进", "积极推进", "全面落实", "严格落实",
               "认真落实", "大力推行"}


def predicate_campaigns(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    """开展信访积案大化解专项行动, 实施质量强区战略, 推行包院负责制: after the predicate that starts a
    campaign, a strategy or a responsibility system, every word up to its type word is its name,
    verbs included (大化解, 深化提升)."""
    singles = frozenset(t.start for t in tokens if len(t.word) == 1)
    for m in _CAMPAIGN_TYPE.finditer(text):
        last = tindex.get(m.end() - 1)
        if last is None or tokens[last].end != m.end() or (tindex.get(m.start()) is not None and tokens[tindex[m.start()]].start != m.start()):
            continue  # the type word is a word of its own (not 行动力, 战略性)
        i = tindex[m.start()] - 1
        while i >= 0 and m.start() - tokens[i].start <= 14:
            tok = tokens[i]
            if (tok.word in _INNER_CAMPAIGN_VERBS or tok.word in _PREDICATES) and i > 0 and tokens[i - 1].pos in _NAME_POS | {"vn"} \
                    and any(t.word in _PREDICATES for t in tokens[max(0, i - 4) : i - 1]):
                i -= 1  # 实施国企改革深化提升行动: verbs after a name word, with a predicate before it, are the name's
                continue
            if tok.word in _PREDICATES:
                start = trim_left(text, tok.end, m.start(), singles)  # 深入打好…攻坚战: a second verb is the predicate's
                if start > 0 and text[start - 1 : start + 1] in ("打好", "打赢"):
                    start += 1  # (jieba splits 打好 into 打 + 好)
                if start >= 0 and m.start() - start >= 2 and not _COUNT_PREFIX.match(text, start) and text[start:m.start()] not in GENERIC_HEADS:
                    yield Candidate(start, m.end(), "POLICY", 52, "policy:after-predicate")
                break
            if tok.pos == "m" and i > 0 and tokens[i - 1].word in _PREDICATES and i + 1 < len(tokens) \
                    and tokens[i + 1].word in ("次", "轮", "场", "批") and m.start() - tokens[i + 1].end >= 4:
                # 开展2次商业活动散煤治理回头看行动: the count of times after the predicate is no part of the name
                yield Candidate(tokens[i + 1].end, m.end(), "POLICY", 52, "policy:after-predicate")
                break
            if tok.word in STOP_WORDS or not _CJK_CHAR.match(tok.word) or tok.pos in ("c", "u", "uj", "r", "p", "m"):
                break
            i -= 1


_PHASE = re.compile(r"(?:第)?(?:[一二三四五六七八九十]|\d{1,2})期")
_METRO_LINES = re.compile(r"(?:地铁|轨道交通)?(?:\d{1,2}、)*\d{1,2}号(?:[东西南北]段)?线(?:[东西南北]段)?(?:[" + CJK + r"]{2,4}?区段)?")


def phases(text: str, cands: list[Candidate]) -> Iterator[Candidate]:
    """远洋大厦二期, 绿道公园三期: a building, park or project and its phase are one project."""
    for c in cands:
        if c.label in ("PARK", "PROJECT", "PLACE"):
            m = _PHASE.match(text, c.end)
            if m:
                yield Candidate(c.start, m.end(), "PROJECT", c.priority + 1, "project:phase")


def metro_lines(text: str) -> Iterator[Candidate]:
    """地铁4、7号线河北区段, 7、8号线, 地铁4号南段线: metro lines being built, alone or listed."""
    for m in _METRO_LINES.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        yield Candidate(m.start(), m.end(), "PROJECT", 56, "project:metro-line")


def counted_works(text: str) -> Iterator[Candidate]:
    """20项民心工程, 2023年20项民心工程, 十大惠民工程: a programme of works named by its count."""
    for m in _COUNTED_WORKS.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        yield Candidate(m.start(), m.end(), "PROJECT", 62, "project:counted-works")


_NUMBERED_PROGRAMME = re.compile(r"(?<![\d一二三四五六七八九十百千万第])[一二三四五六七八九十]{1,3}(?:项|大)(?:专项)?行动")


_NUMBERED_LINKAGE = re.compile(r"[二三四五六七八九十两][" + CJK + r"](?:联动|融合|并举|协同|共治|合一)(?![" + CJK + r"]{0,2}(?:模式|机制|体系|工作|发展))")


def numbered_programmes(text: str) -> Iterator[Candidate]:
    """十项行动, 五大行动: an action programme named by its count in Chinese numerals; 三医联动,
    五育并举: a counted set of fields and the way they are joined is a named reform."""
    for m in _NUMBERED_PROGRAMME.finditer(text):
        yield Candidate(m.start(), m.end(), "POLICY", 62, "policy:numbered-programme")
    for m in _NUMBERED_LINKAGE.finditer(text):
        if m.group(0)[1] in "级方家个项次批部":
            continue  # 三级联动, 四方联动: levels or parties acting together, no name
        if m.start() == 0 or text[m.start() - 1] not in "“\"":
            yield Candidate(m.start(), m.end(), "POLICY", 62, "policy:numbered-linkage")


_NUMBERED_SCHOOL = re.compile(r"(?<![一二三四五六七八九十百])(第?)([一二三四五六七八九十]{1,3})中(?![学全院心枢队期央间国华级层外文])")


def numbered_schools(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    """天津一中, 五十七中, 第四十二中: a middle school called by its number, after a place or with
    a number of ten and more (二中全会, 二中院, 三中心 and a bare 四中 in a list of plenums are none)."""
    names = place_names()
    for m in _NUMBERED_SCHOOL.finditer(text):
        ordinal, number = m.groups()
        if re.fullmatch(r"十[二三四五六]五", number):
            continue  # 十四五中期: a plan's number
        start = m.start()
        place = next((n for n in (4, 3, 2) if start >= n and text[start - n : start] in names
                      and (i := tindex.get(start - n)) is not None and tokens[i].pos == "ns"
                      and bare_county_is_place(text[start - n : start], text)), 0)
        if place:
            yield Candidate(start - place, m.end(), "ORG", 54, "org:numbered-school")
        elif ordinal or "十" in number:
            yield Candidate(start, m.end(), "ORG", 54, "org:numbered-school")


def place_acronyms(text: str) -> Iterator[Candidate]:
    """天津OTC, 北京SKP: a place name and a Latin acronym form a company's trading name."""
    divisions = place_names()
    for m in _ACRONYM.finditer(text):
        if m.group(1) in _GENERIC_ACRONYMS:
            continue
        for n in (3, 2):
            if m.start() >= n and text[m.start() - n : m.start()] in divisions:
                yield Candidate(m.start() - n, m.end(), "ENTERPRISE", 76, "enterprise:place+acronym")
                break


# "A、B等N家企业": the kind word after 等 (and at most a count and four characters of modifiers)
# names the kind of every item of the list before it
_KIND_HEADS: list[tuple[str, str]] = [
    (r"企业|公司|央企|国企|民企|外企|龙头|银行|中介机构|金融机构|投资机构|老字号品牌|品牌企业", "ENTERPRISE"),
    (r"媒体|高校|院校|科研院所|院所|医院|社会组织", "ORG"),
    (r"楼宇", "PARK"),
    # cases of financial risk named after the company (曼伯尔案、信诚嘉业案等案件): the name before 案
    (r"案件", "ENTERPRISE"),
    # areas, estates and roads listed as works being done are projects (GUIDELINES.md: renewal areas,
    # roads being built): …等城市更新项目, …等老旧小区 (改造), …等12条道路 (新建)
    (r"城市更新项目|更新项目|改造项目|老旧小区|道路|项目", "PROJECT"),
    # estates listed as the estates of a place (所辖泉水园、涟水园…4个自然小区)
    (r"自然小区|居民小区|小区", "PLACE"),
]
_KIND_AFTER_DENG = re.compile(
    r"(?:等(?![级同待于])|(?<=[" + CJK + r"])(?=\s?\d+\s?个))((?:\s?[一二两三四五六七八九十百千\d余多几]+\s?(?:家|个|所|座|栋|批|条|处|片)|一批|多家|多个))?"
    r"((?:(?![与和及])[" + CJK + r"]){0,4}?)(" + "|".join(f"(?:{p})" for p, _l in _KIND_HEADS) + r")"
)
_LABEL_OF_HEAD = [(re.compile(f"^(?:{p})$"), label) for p, label in _KIND_HEADS]
_INNER_BRACKETS = re.compile(r"(?<=[" + CJK + r"])[((][" + CJK + r"]{1,6}[))]")  # 国能航运(天津)、
_ITEM_BOUNDARY = re.compile(r"[,,。;;::“”\"()()【】!!??]")
_NAME_TAGS = {"nz", "nt", "nr", "nrt", "nrfg", "ns", "j", "eng"}
_BUILD_VERB = re.compile(r"新建|续建|改建|扩建|打通|建成|修建|新开")
_PLACE_END = re.compile(r"(?:路|道|大街|街区|里|小区|社区|片区)$")
_UNIT_END = re.compile(r"(?:处|会|所|院|站|室|队|部|组)$")
_ACTIVITY_END = re.compile(r"(?:研发|设计|管理|服务|运营|制造|销售|开发|咨询|培训|检测|托管|交易|生产|加工|维修)$")


def _typed_label(name: str) -> str | None:
    """The label of the type word a name ends in (民心工程: PROJECT), if any."""
    for p, label, *_rest in _compiled_suffixes():
        if any(m.end() == len(name) for m in p.finditer(name)):
            return label
    return None


def _typed_by_suffix(name: str) -> bool:
    return any(m is not None and m.end() == len(name) for m in (p.search(name) for p, *_rest in _compiled_suffixes()))


def _common_phrase(tokens: list[Token]) -> bool:
    """Every word is a common dictionary word and none is a name (数字健康, 游戏研发, 金融)."""
    counts = _word_counts()
    return all(t.pos not in _NAME_TAGS and counts.get(t.word, 0) >= COMMON_WORD_FREQUENCY for t in tokens)


def listed_kinds(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    """华为、航天宏图等优质企业, 人民网、证券时报等主流媒体, 凯德国贸等航运特色楼宇: the items of a
    list closed by 等 (or, for a list of two or more, by its count: 甲园、乙园2个小区) and a kind
    word are names of that kind. An item is left to the rest of the
    grammar when it ends in a type word of its own, is a place, or is a phrase of common words."""
    singles = frozenset(t.start for t in tokens if len(t.word) == 1)
    places = place_names()
    previous_end = 0
    masked = _INNER_BRACKETS.sub(lambda g: "_" * len(g.group(0)), text)  # 国能航运(天津)、 ends no list item
    for m in _KIND_AFTER_DENG.finditer(text):
        head = m.group(3)
        label = next(lb for rx, lb in _LABEL_OF_HEAD if rx.match(head))
        left = max([previous_end] + [b.end() for b in _ITEM_BOUNDARY.finditer(masked, previous_end, m.start())])
        previous_end = m.end()
        if text[m.start()] != "等" and "、" not in text[left : m.start()]:
            continue  # without 等, only a list closed by its count (甲园、乙园4个小区) is one
        if head == "项目" and not m.group(1):
            continue  # 等新落地项目 may list companies; 天美艺术街区等3个项目 lists projects
        if head == "道路" and not _BUILD_VERB.search(text, max(0, left - 4), m.start()):
            continue  # roads are works only where they are built (新建续建…等12条道路), else places
        pos = left
        items: list[tuple[int, int]] = []
        common = 0
        for k, part in enumerate(text[left : m.start()].split("、")):
            start, end = pos, pos + len(part)
            pos = end + 1
            if k == 0:  # the first item may follow a verb or a joiner (与, 对接, 引进 …)
                start = trim_left(text, start, end, singles)
            a, b = tindex.get(max(start, 0)), tindex.get(end - 1)
            if start < 0 or a is None or b is None:
                continue
            inner = tokens[a : b + 1]
            verbs = [k for k, t in enumerate(inner) if (t.pos == "v" and len(t.word) >= 2) or (k < len(inner) - 1 and t.pos == "p")]
            if verbs and verbs[-1] + 1 < len(inner) and inner[-1].end - inner[verbs[-1] + 1].start >= 2:
                inner = inner[verbs[-1] + 1 :]  # 精准对接国家电网, 先后对鑫达丰案: the name follows the last verb or preposition
                start = inner[0].start
            owned = [k for k, t in enumerate(inner) if t.word in _OWNERSHIP_WORDS]
            if owned and owned[-1] + 1 < len(inner):
                inner = inner[owned[-1] + 1 :]  # 文远知行子公司景烁科技: the subsidiary named after its owner
                start = inner[0].start
            item = text[start:end].strip()
            if not 2 <= len(item) <= 14 or re.search(r"[的等\s]", item) or not _CJK_CHAR.search(item):
                continue
            middle = inner[1:-1]
            branded = label == "ENTERPRISE" and len(inner) >= 3 and inner[0].pos == "ns" and (
                any(t.pos in ("nr", "nz", "x", "eng") and _rare(t.word) for t in middle)
                or any(len(a.word) == len(b.word) == 1 for a, b in zip(middle, middle[1:], strict=False)))  # a word jieba split into characters
            split = label == "ENTERPRISE" and len(inner) >= 3 and len(inner[0].word) == len(inner[1].word) == 1 \
                and inner[0].pos != "x"  # 国能航运 (国 + 能 + 航运): a brand jieba split into characters
            if (_common_phrase(inner) and not split) or (inner[-1].pos in ("v", "vn") and not _rare(inner[-1].word) and not branded) \
                    or (_ACTIVITY_END.search(item) and not branded):
                # (a place, a brand and the trade it carries on is a company's short name: 天津某安房地产开发)
                common += 1  # 数字健康, 金融; 游戏研发 (an activity, not a name)
                continue
            if any(t.pos == "p" or t.word in STOP_WORDS for t in inner) or _UNIT_END.search(item):
                continue  # 被评审为…; 天津秘书处 (a unit of an organisation, left to the rest of the grammar)
            if item in places or _COUNT_PREFIX.match(item):
                continue
            if _typed_by_suffix(item) and head != "案件" and not (label == "PROJECT" and (_PLACE_END.search(item) or item.endswith("厂"))) \
                    and not (label == "PLACE" and re.search(r"(?:园|里|苑|公寓|家园)$", item)):
                continue  # (a road, an estate or a factory listed as works is a project: 镇宁道、增产道等12条道路)
            if head == "案件":
                if not item.endswith("案") or len(item) < 4 or _name_at(item[:-1] + "。", 0) == len(item) - 1:
                    continue  # a person's case (张某案) names no company
                end -= 1
            items.append((start, end))
        if common and common >= len(items):
            continue  # 航运、科技、人力资源等重点企业: a list of sectors, not of names
        for start, end in items:
            yield Candidate(start, end, label, 61, f"listed-kind:{head}")


_WORKS_KIND = re.compile(r"(?:城市更新|有机更新|更新改造|提升改造|更新|改造)(?:试点)?项目")
_AREA_END = re.compile(r"(?:街区|新里|里|地块|片区|小区|家园|新村)$")
_PARK_INSIDE = re.compile(r".{2,}?(?:核心区|示范区|集聚区|功能区|片区)(?=.{2,})")


def listed_works(text: str) -> Iterator[Candidate]:
    """柳林街区、红旗新里、先达地块、西南楼片区城市更新项目: areas listed before the last one that
    carries a works kind (…城市更新项目) are projects of that kind too, with or without 等; the
    last item is left to the suffix rule."""
    singles: frozenset[int] = frozenset()
    for m in _WORKS_KIND.finditer(text):
        left = max([0] + [b.end() for b in _ITEM_BOUNDARY.finditer(text, 0, m.start())])
        parts = text[left : m.start()].split("、")
        if len(parts) < 2:
            continue
        pos, items = left, []
        for k, part in enumerate(parts[:-1]):
            start, end = pos, pos + len(part)
            pos = end + 1
            if k == 0:
                start = max(trim_left(text, start, end, singles), start)
                inner = _PARK_INSIDE.match(text, start, end)
                if inner:
                    start = inner.end()  # 天津设计之都核心区柳林街区: the area after the zone it lies in
            item = text[start:end]
            if not (3 <= len(item) <= 10 and _AREA_END.search(item) and _CJK_CHAR.match(item)) or re.search(r"[的等\s\d]", item):
                items = []
                break  # every listed item must be an area, or the list is not of works
            items.append((start, end))
        for start, end in items:
            yield Candidate(start, end, "PROJECT", 61, "listed-works")


def candidates(text: str, tokens: list[Token] | None = None) -> list[Candidate]:
    """All candidate spans of a paragraph; ``tokens`` are its jieba tokens if already segmented."""
    if tokens is None:
        tokens = jieba_words(text)
    tindex = token_index(tokens)
    out: list[Candidate] = []
    out.extend(bracket_titles(text))
    out.extend(quoted_names(text))
    post_cands = list(posts(text, tokens, tindex))
    out.extend(post_cands)
    out.extend(short_bodies(text, tokens, tindex))
    out.extend(suffix_names(text, tokens, tindex))
    out.extend(places(text, tokens, tindex))
    out.extend(bare_districts(text, tokens))
    out.extend(place_acronyms(text))
    out.extend(numbered_programmes(text))
    out.extend(counted_works(text))
    out.extend(metro_lines(text))
    out.extend(numbered_schools(text, tokens, tindex))
    out.extend(predicate_campaigns(text, tokens, tindex))
    out.extend(regional_strategies(text))
    out.extend(place_campaigns(text))
    out.extend(short_group_names(text, tokens, tindex))
    out.extend(brand_companies(text, tokens, tindex))
    out.extend(level_bodies(text, tokens))
    out.extend(listed_units(text))
    out.extend(joined_bodies(text))
    out.extend(partner_hubs(text))
    out.extend(listed_short_bodies(text))
    out.extend(working_offices(text))
    out.extend(listed_kinds(text, tokens, tindex))
    out.extend(listed_works(text))
    out.extend(companies_before_titles(text, tokens, tindex, post_cands))
    chosen_posts = [(c.start, c.end) for c in resolve(post_cands)]
    out.extend(persons(text, tokens, tindex, chosen_posts))
    out.extend(Candidate(s, e, "PERSON", statistical.PRIORITY, f"person:{statistical.mode()}")
               for s, e in statistical.statistical_persons(text, tokens, tindex))
    out.extend(list(phases(text, out)))
    out.extend(list(zone_parts(text, out)))
    out.extend(list(listed_with_offices(text, out)))
    out.extend(list(listed_with_policies(text, out)))
    papers = [(m.start(), m.end()) for m in _PAPER_TITLE.finditer(text)]
    out = [c for c in out if not (c.label == "PERSON" and text.startswith("制", c.end))  # 林长制, 河长制: a system, no one
           and not (c.label != "POLICY" and text.startswith("《", c.start))  # 《天津日报》: a newspaper's title is not annotated,
           and not any(a <= c.start and c.end <= b for a, b in papers)]  # nor what it names
    return inside_award(text, inside_slogan(text, inside_meeting(text, out)))


# curly quotes only: a straight quote does not say whether it opens or closes
_SLOGAN_QUOTE = re.compile(r"“[^“”。;;《》]{12,80}”")


def inside_slogan(text: str, cands: list[Candidate]) -> list[Candidate]:
    """“全国先进制造研发基地、北方国际航运核心区、金融创新运营示范区”: inside a quoted list of
    designations (a slogan), only the bodies, organisations, enterprises and places it names are
    entities (GUIDELINES.md), not the zones or programmes it lists."""
    spans = [(m.start(), m.end()) for m in _SLOGAN_QUOTE.finditer(text) if re.search(r"[、,,]", m.group(0))]
    if not spans:
        return cands
    return [c for c in cands if c.label not in ("PARK", "PROJECT", "POLICY")
            or not any(a < c.start and c.end < b for a, b in spans)]


_QUOTE_RUN = r"(?:[“\"][^“”\"。;;]{2,30}[”\"][、和及]?)+"
_AWARD_AFTER = re.compile(_QUOTE_RUN + r"(?=(?:等)?(?:[\d一二三四五六七八九十多]+\s?项)?(?:荣誉)?(?:称号|荣誉))")
_AWARD_BEFORE = re.compile(r"(?:荣获|获评|获得|被评为|评为|评选为|推选为|选为|入选|入围|授予|命名为|被命名为|创建|争创|创成)了?(?:[" + CJK + r"]{0,16}?)(" + _QUOTE_RUN + ")")


def inside_award(text: str, cands: list[Candidate]) -> list[Candidate]:
    """荣获了"先进党组织""美丽社区""河西区文明社区"等多项荣誉称号: inside the quoted names of
    awards and honorary designations, only the bodies, organisations, enterprises and divisions
    they name are entities (GUIDELINES.md), not the estates, zones or programmes they seem to be."""
    spans = [(m.start(), m.end()) for m in _AWARD_AFTER.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in _AWARD_BEFORE.finditer(text)]
    if not spans:
        return cands
    return [c for c in cands
            if not (c.label in ("PARK", "PROJECT", "POLICY") or (c.label == "PLACE" and c.source.startswith("suffix:")))
            or not any(a < c.start and c.end < b for a, b in spans)]


# the trade a company's short name ends in (法雨科技, 魔力互娱, 瑞颐数科): a brand, then its trade
_BRAND_TRADE = re.compile(
    r"(?:科技|数科|智能|信息技术|信息|互娱|网络|软件|电子|医药|生物|能源|物流|传媒|数据|智造|新材料|环保|置业|地产|资本|控股)"
)
_AFTER_BRAND = ("等", "落户", "签约", "签署", "合作", "共建", "发布", "入驻", "落地", "联合", "携手", "打造", "建设", "投资", "成立",
                "、", "和", "与", "及", ",", "。", ";", ",", "(", "(", "”", "\"")


def brand_companies(text: str, tokens: list[Token], tindex: dict[int, int]) -> Iterator[Candidate]:
    """与法雨科技共建, 联合深势科技发布, 庞加莱科技等: a company written by a brand no dictionary knows
    (or a rare or personal name jieba tags) and its trade, between a predicate or joiner and a cue
    or a break, is a company's short name."""
    places = place_names()
    for i, tok in enumerate(tokens):
        if not _BRAND_TRADE.fullmatch(tok.word) or i == 0 or not text.startswith(_AFTER_BRAND, tok.end) and tok.end < len(text):
            continue
        brand = tokens[i - 1]
        j = i - 1
        if len(brand.word) == 1 and j > 0 and len(tokens[j - 1].word) <= 2 and _CJK_CHAR.match(tokens[j - 1].word):
            j -= 1  # 瑞 + 颐数: a brand jieba split
        name_start = tokens[j].start
        head = text[name_start : tok.start]
        if not 2 <= len(head) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", head) or head in places or head in STOP_WORDS:
            continue
        counts = _word_counts()
        if any(t.pos in ("v", "vn", "l", "i", "t", "a", "an", "d", "b", "m") or (t.pos == "n" and counts.get(t.word, 0) >= 10)
               or (counts.get(t.word, 0) >= RARE_WORD_FREQUENCY and t.pos not in ("nr", "nrt", "nz")) for t in tokens[j:i]):
            continue  # 数字科技, 路况信息, 具身智能, 寄递物流: a field or an activity and a trade, no company
        before = tokens[j - 1] if j > 0 else None
        if before is not None and not (before.pos in ("v", "p", "c", "x", "vn", "u", "uj") or before.word in STOP_WORDS
                                       or before.word in ("、", "与", "和", "同", "对")):
            continue  # (the brand must start after a predicate, a joiner or a break)
        yield Candidate(name_start, tok.end, "ENTERPRISE", 44, "enterprise:brand-trade")


_SHORT_COUNT_QUOTE = re.compile(r"[“\"]([一二两三四五六七八九十双][" + CJK + r"])[”\"]")
_QUOTE_CHAIN_GAP = re.compile(r"\s*(?:[、和及与]|)\s*")


def listed_with_policies(text: str, cands: list[Candidate]) -> Iterator[Candidate]:
    """“十项行动”“三新”“三量”等重点工作: a two-character counted slogan (“三新”), a slogan alone,
    is a policy when it is chained with a quoted policy, as the items of one list of policies."""
    policies = [c for c in cands if c.label == "POLICY" and c.source.startswith(("quoted", "project:counted", "policy:numbered"))
                or (c.label == "POLICY" and c.start > 0 and text[c.start - 1] in "“\"")]
    if not policies:
        return
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)]
    for m in _SHORT_COUNT_QUOTE.finditer(text):
        # walk the chain of quotes both ways over nothing, 、, 和, 及
        chain = sorted([(m.start(), m.end())] + [(a, b) for a, b in quotes if b <= m.start() or a >= m.end()])
        k = chain.index((m.start(), m.end()))
        lo = hi = k
        while lo > 0 and _QUOTE_CHAIN_GAP.fullmatch(text[chain[lo - 1][1] : chain[lo][0]]):
            lo -= 1
        while hi + 1 < len(chain) and _QUOTE_CHAIN_GAP.fullmatch(text[chain[hi][1] : chain[hi + 1][0]]):
            hi += 1
        linked = chain[lo : hi + 1]
        if any(any(a <= c.start and c.end <= b for c in policies) for a, b in linked if (a, b) != (m.start(), m.end())):
            yield Candidate(m.start() + 1, m.end() - 1, "POLICY", 70, "quoted:listed-with-policies")


def listed_with_offices(text: str, cands: list[Candidate]) -> Iterator[Candidate]:
    """区住建委、规划分局、土整中心等, “投促局+投促中心”: a centre listed with offices, next to one, is
    an office too (a public-service agency), not an organisation."""
    offices = [c for c in cands if c.label == "OFFICE"]
    ends = {c.end for c in offices}
    starts = {c.start for c in offices}
    for c in cands:
        if c.label != "ORG" or not text.startswith("中心", c.end - 2):
            continue
        before = c.start > 0 and text[c.start - 1] in "、++" and (c.start - 1) in ends
        after = c.end < len(text) and text[c.end] in "、++" and (c.end + 1) in starts
        if before or after:
            yield Candidate(c.start, c.end, "OFFICE", c.priority + 1, "office:listed-with-offices")


_ZONE_PART = re.compile(r"([" + CJK + r"]{2,4}?)片区")


def zone_parts(text: str, cands: list[Candidate]) -> Iterator[Candidate]:
    """津城国际航运服务集聚区河西片区: a zone's part in a named place is one park."""
    places = place_names()
    for c in cands:
        if c.label == "PARK" and c.source.startswith("suffix:") and not text.startswith("片区", c.end - 2):
            m = _ZONE_PART.match(text, c.end)
            if m and m.group(1) in places:
                yield Candidate(c.start, m.end(), "PARK", c.priority + 1, "park:zone-part")


_MEETING_AFTER = re.compile(
    r"[" + CJK + r"]{0,10}?(?:工作会议?|推进会|座谈会|培训会|研讨会|交流会|发布会|推介会|评估会|部署会|动员会|"
    r"协商会|调度会|观摩会|启动会|誓师会|汇报会|大会|会议|论坛|峰会)(?![" + CJK + r"])"
)


def inside_meeting(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A policy or project named inside a meeting's name (“十四五”规划中期评估工作会, …行动推进会) is
    part of the meeting's name, not an entity (GUIDELINES.md: annotate only the bodies, places and
    organisations a meeting's name contains)."""
    return [c for c in cands if c.label not in ("POLICY", "PROJECT") or not _MEETING_AFTER.match(text, c.end)]


def resolve(cands: Iterable[Candidate]) -> list[Candidate]:
    """The one conflict policy: higher priority band first, then longer span, then earlier start.

    Candidates of priority >= 70 (titles, quotes, posts, persons) are taken before the
    type-word grammar, whose spans are otherwise ranked by length. Overlaps are dropped.
    """
    ranked = sorted(cands, key=lambda c: (-(c.priority >= 70), -(c.end - c.start), -c.priority, c.start))
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for c in ranked:
        span = range(c.start, c.end)
        if any(p in occupied for p in span):
            continue
        taken.append(c)
        occupied.update(span)
    return sorted(taken, key=lambda c: c.start)
