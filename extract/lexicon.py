"""Lexicons from sources every user has: China's administrative divisions (the ``cpca``
package ships the official adcode table), the common surnames, and the words of
jieba's own dictionary. Nothing here is taken from the gold annotations.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

_LEVEL_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|省|市|区|县|盟|旗)$")


@lru_cache(maxsize=1)
def _divisions() -> tuple[tuple[str, str], ...]:
    """(adcode, name) for every province, prefecture and county-level division."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the 'cpca' package (administrative divisions) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if name and name not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                rows.append((row["adcode"], name))
    return tuple(rows)


@lru_cache(maxsize=1)
def districts() -> frozenset[str]:
    """County-level names (…区, …县, …市 at county level)."""
    return frozenset(name for code, name in _divisions() if code[4:6] != "00")


@lru_cache(maxsize=1)
def upper_divisions() -> frozenset[str]:
    """Province- and prefecture-level names, full and short (天津市, 天津, 长春市, 长春)."""
    names: set[str] = set()
    for code, name in _divisions():
        if code[4:6] == "00":
            names.add(name)
            short = _LEVEL_SUFFIX.sub("", name)
            if len(short) >= 2:
                names.add(short)
    return frozenset(names)


@lru_cache(maxsize=1)
def county_divisions() -> frozenset[str]:
    """County-level names, full and short (河西区, 河西, 朝阳区, 朝阳)."""
    return frozenset(districts() | {short_district(n) for n in districts()})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Full names of all divisions plus their short forms (河西区 -> 河西, 天津市 -> 天津)."""
    names: set[str] = set()
    for _code, name in _divisions():
        names.add(name)
        short = _LEVEL_SUFFIX.sub("", name)
        if len(short) >= 2 and short != name:
            names.add(short)
    names.update(EXTRA_PLACES)
    return frozenset(names)


# Regions that are not administrative divisions but are written as places.
EXTRA_PLACES = frozenset({"京津冀", "长三角", "粤港澳大湾区", "雄安", "雄安新区", "亚洲", "欧洲", "非洲", "北美", "东北", "西部地区"})


# The fields of the departments written "…部": the constituent departments of the State Council
# (国务院组成部门, as the central government's site lists them, in full and in their usual short
# forms) and the working departments of a party committee (组织部, 宣传部, 统战部 ...), which every
# level repeats (中央统战部, 市委统战部, 区委统战部).
DEPARTMENT_FIELDS = (
    "外交", "国防", "教育", "科学技术", "科技", "工业和信息化", "工信", "公安", "国家安全", "民政", "司法",
    "财政", "人力资源和社会保障", "人社", "自然资源", "生态环境", "住房和城乡建设", "住建", "交通运输",
    "水利", "农业农村", "商务", "文化和旅游", "文旅", "退役军人事务", "应急管理",
    "组织", "宣传", "统战", "统一战线工作", "社会工作", "对外联络", "人民武装", "武装",
)


# The first field of a department named by two fields joined by 和, as the State Council's
# departments and their local counterparts are named (人力资源和社会保障局, 住房和城乡建设委员会,
# 工业和信息化局, 文化和旅游局, 规划和自然资源局, 卫生和计划生育委员会, 民族和宗教事务委员会, and the
# party's 网络安全和信息化委员会 with its 办公室 at every level).
JOINED_FIELDS = ("人力资源", "住房", "工业", "文化", "规划", "卫生", "民族", "农业", "科学技术", "商务", "交通", "国土", "发展", "网络安全")


# Municipalities directly under the central government: their districts are written by their short
# form alone (河西, 南开, 朝阳, 浦东) where another county's short form would be an ordinary word
# (新建, 大城, 东至 are counties too).
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


@lru_cache(maxsize=1)
def _county_uppers() -> dict[str, frozenset[str]]:
    """A county's short form -> the names (full and short) of the cities and provinces its
    counties belong to; a municipality's districts map to ``MUNICIPALITIES`` too."""
    by_code = dict(_divisions())
    out: dict[str, set[str]] = {}
    for code, name in _divisions():
        if code[4:6] == "00":
            continue
        uppers = {by_code.get(code[:4] + "00000000", ""), by_code.get(code[:2] + "0000000000", "")} - {"", "市辖区"}
        names = set(uppers) | {_LEVEL_SUFFIX.sub("", u) for u in uppers}
        out.setdefault(short_district(name), set()).update(n for n in names if len(n) >= 2)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def municipal_districts() -> frozenset[str]:
    """The short forms of the districts of Beijing, Tianjin, Shanghai and Chongqing (和平, 朝阳)."""
    return frozenset(k for k, v in _county_uppers().items() if v & MUNICIPALITIES)


def bare_county_is_place(short: str, text: str) -> bool:
    """Is a county's short form, written alone, a place here? Yes for a municipality's district
    (河西), or when the text names its city or province (大城 with 廊坊 or 河北); 新建 in
    新建学校 is a verb."""
    uppers = _county_uppers().get(short)
    if uppers is None:
        return True
    return bool(uppers & MUNICIPALITIES) or any(u in text for u in uppers)


def short_district(name: str) -> str:
    """河西区 -> 河西 (the bare form documents use as an adjective)."""
    short = _LEVEL_SUFFIX.sub("", name)
    return short if len(short) >= 2 else name


# The common Chinese surnames (the Hundred Family Surnames, single and compound).
SURNAMES_1 = set(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴"
    "伯赏墨哈谯笪年爱阳佟言福肖付覃"
)
# The hundred most frequent surnames (in the order of the 2020 census's list), to choose between two
# ways of cutting a run of names.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SURNAMES_2 = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "宗政", "濮阳", "淳于",
    "单于", "太叔", "申屠", "钟离", "闾丘", "赫连", "拓跋",
}


@lru_cache(maxsize=1)
def _city_of_county() -> dict[str, str | None]:
    by_code = dict(_divisions())
    out: dict[str, str | None] = {}
    for code, name in _divisions():
        if code[4:6] != "00" and name not in out:
            city = by_code.get(code[:4] + "00000000")
            if city is None or city == "市辖区":
                city = by_code.get(code[:2] + "0000000000")
            out[name] = city
    return out


def city_of(district: str) -> str | None:
    """The prefecture-level city (or municipality) a county-level district belongs to."""
    return _city_of_county().get(district)
