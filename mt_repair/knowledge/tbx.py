"""A small, safe TBX reader (TBX-Basic / TBX v2 ``termEntry`` and TBX v3 ``conceptEntry``).

Per concept, the target-language terms marked deprecated/superseded/forbidden become
``replace`` entries (to the preferred term) or ``forbidden`` when no preferred term
exists; terms marked ``doNotTranslate`` (or ``transferred``) become ``dnt``.  DTDs and
entities are refused (no entity-expansion attacks); every entry cites its line.

>>> doc = '''<tbx><text><body><termEntry id="c1">
... <langSet xml:lang="en"><tig><term>Foreign Ministry</term>
...   <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
... <tig><term>Secretary of Foreign Relations</term>
...   <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
... </termEntry></body></text></tbx>'''
>>> read_tbx("t.tbx", doc)
[('t.tbx:4', ('Secretary of Foreign Relations', 'Foreign Ministry', 'replace', '', '', ''))]
"""

from __future__ import annotations

from xml.parsers import expat

from ..errors import UserError

__all__ = ["read_tbx"]

_BAD = ("deprecated", "superseded", "forbidden", "notrecommended", "obsolete")
_DNT = ("donottranslate", "transferred", "dnt")


class _Node:
    __slots__ = ("tag", "attrs", "line", "children", "text")

    def __init__(self, tag, attrs, line):
        self.tag, self.attrs, self.line, self.children, self.text = tag, attrs, line, [], ""

    def iter(self, *tags):
        for c in self.children:
            if c.tag in tags:
                yield c
            yield from c.iter(*tags)


def _parse(name: str, text: str) -> _Node:
    p = expat.ParserCreate()
    root = _Node("#root", {}, 0)
    stack = [root]

    def start(tag, attrs):
        n = _Node(tag.split(":")[-1] if tag.startswith("tbx:") else tag, attrs, p.CurrentLineNumber)
        stack[-1].children.append(n)
        stack.append(n)

    def end(_tag):
        stack.pop()

    def data(s):
        stack[-1].text += s

    def refuse(*_a):
        raise UserError(f"{name}:{p.CurrentLineNumber}: DTDs and entity declarations are not allowed in a glossary")

    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, data
    p.StartDoctypeDeclHandler = refuse
    p.EntityDeclHandler = refuse
    try:
        p.Parse(text, True)
    except expat.ExpatError as e:
        raise UserError(f"{name}:{e.lineno}: not valid TBX/XML ({expat.ErrorString(e.code)})") from None
    return root


def _lang(node: _Node) -> str:
    return (node.attrs.get("xml:lang") or node.attrs.get("lang") or "").lower().split("-")[0]


def read_tbx(name: str, text: str, target_lang: str = "en") -> list[tuple[str, tuple]]:
    """(where, (term, replacement, type, case, triggers, note)) for each usable target term."""
    root = _parse(name, text)
    out = []
    for concept in root.iter("termEntry", "conceptEntry"):
        for ls in concept.iter("langSet", "langSec"):
            if _lang(ls) != target_lang:
                continue
            good, bad, keep = None, [], []
            for tig in ls.iter("tig", "ntig", "termSec"):
                terms = list(tig.iter("term"))
                if not terms:
                    continue
                term = terms[0].text.strip()
                status = "".join(n.text for n in tig.iter("termNote", "descrip")
                                 if n.attrs.get("type") in ("administrativeStatus", "normativeAuthorization",
                                                            "usageNote", "transferComment"))
                s = status.replace("-", "").replace(" ", "").lower()
                if any(b in s for b in _BAD):
                    bad.append((terms[0].line, term))
                elif any(d in s for d in _DNT):
                    keep.append((terms[0].line, term))
                elif good is None:
                    good = term
            for line, term in bad:
                out.append((f"{name}:{line}", (term, good or "", "replace" if good else "forbidden", "", "", "")))
            for line, term in keep:
                out.append((f"{name}:{line}", (term, "", "dnt", "", "", "")))
    return out
