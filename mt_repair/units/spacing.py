"""Spacing around punctuation: a space before it, or none after it.

>>> from mt_repair.units.spacing import SpaceBeforePunct, MissingSpaceAfterPunct
>>> [f.suggestion for f in SpaceBeforePunct()("along the boardwalk . Then")]
['.']
>>> [f.suggestion for f in MissingSpaceAfterPunct()("abbreviations,etc and more")]
[', ']
>>> MissingSpaceAfterPunct()("3.5 and 1,000 in the U.S. e.g. at example.com")
[]
>>> [f.suggestion for f in MissingSpaceAfterPunct()("The Institute (INM)reported it")]
[') ']
>>> [f.suggestion for f in MissingSpaceAfterPunct()("Inflation rose to 4.6%in March, a 90%ile figure")]
['% ']
>>> [f.suggestion for f in MissingSpaceAfterPunct()('"We will not allow it",said the president')]
[', ']
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import present_verb, zipf
from ..evidence.punctuation import AUXILIARIES
from .base import Doc, Unit, finding
from .join_separators import closes_apposition, has_finite_verb
from .join_words import (FULL_MONTHS, IRREGULAR_PAST, IRREGULAR_PARTICIPLES, LABEL_NOUNS, MONTHS, PERCENT_CLAUSE, SENTENCE_OPENERS,
                         past_form)

# Each pattern starts with a literal character class, so the scanner skips ahead fast (the
# rarer, the faster: the punctuation mark, not the space before it)
_SPACE_BEFORE = re.compile(r"[,.;:!?](?<=[ \t].)(?:(?=[ \t]*\r?$|[ \t]+(?![.…,;:!?)])|[\"”’](?:[ \t]|$))"
                           r"|(?:(?<=[^\W\d_]{3} [,;])|(?<=\d\d [,;]))(?=[^\W\d_]{2}|[aI] [a-z]))", re.M)
# (the last branch: a comma or semicolon with the space on the wrong side, "in the first
# quarter ,a record", "in 2023 ,according to", after a word of three letters or more or a
# number of two digits or more and before a word of two or more or "a"/"I": not SQL's
# leading commas, "  ,name", nor a wink, "so funny ;D see you")
_MISSING_AFTER = re.compile(
    r"[,;.?!:](?=[^\W\d_])(?:"
    r"(?<=[^\W\d_]{2}[,;])(?=[^\W\d_]{2}|[aI]\s)"      # words,words   words;words  husband,a
    r"|(?<=[^\W_]\d[,;]|\d%[,;]|-\d[,;])(?=[a-z]{2,}\b|a (?!and\b|or\b)[a-z]{2,}|[A-Z][a-z]+\b)"   # 2012,whist  13,was  1963,a fact  2010,Chancellor  4.5%,the  2-1;the
    r"|(?<=[^\W\d_]{3}[.?!])(?=[A-Z][a-z]+\b|A (?!or\b|and\b)[a-z]{2,}|I(?:\s|['’](?:m|ve|ll|d)\b))"   # end.Next  really?Yes  dangerous.I  monk.A prostitute
    r"|(?<=\b[a-z]{2}[.?!])(?=(?:The|This|These|They|He|She|We|It|In|But|However)\b)"   # said it.The  for us.We
    r"|(?<=[a-z]{3}\.)(?=(?:the|this|these|they|he|she|we|but)\s)"   # signed.the minister (capitalised: find())
    r"|(?<=[a-z]{3}:)(?=[a-z]{3,}\b|[A-Z][a-z]+\b)"     # note:this   Merkel:We
    r"|(?<=[^\W_.!?][\"”»)][,;])(?=[^\W\d_][^\W\d_A-Z]+(?:[\s.!?,;:]*(?:\s|$))))"   # water",said  (INM),reported  (14),at
)


#: the closing marks of _MISSING_AFTER's last branch and what opens each: a comma or semicolon
#: after a closing quote or bracket, glued to the next word ('water",said the president',
#: '(Conagua),reported'), where the mark closes what a space opened (not code, 'f("a",b)', nor
#: a CSV row, '"a","b"')
_OPENS = {'"': '"', "”": "“", "»": "«", ")": "("}
#: words after a capitalised gloss in brackets that take the comma the bracket lost
_AFTER_GLOSS = frozenset("which who but while although whereas the a an".split())
#: signs of code before the opening mark ('x = "a",b', '{name: "Ana",age', 'print(a, "b",c')
_CODE_BEFORE = re.compile(r"[={}<>\[\]]|\w\(")
#: how far back the opening mark is looked for on a line longer than _LONG_LINE
_OPENER_WINDOW = 300
_LONG_LINE = 2000
#: a capitalised word that a space follows, after a colon: the colon's space was lost
_COLON_SENTENCE = re.compile(r"[A-Z][a-z]+ ")
#: wiki and mail prefixes written with a colon and no space
_NAMESPACES = frozenset("""Category File Image Template User Wikipedia Talk Help Portal Special Module
Draft MediaWiki Media Project Book Topic Commons Archivo Usuario Plantilla Anexo Ayuda Imagen
Fichier Utilisateur Modèle Datei Benutzer Vorlage""".split())
#: the Spanish dateline mark glued to the first word: "Washington.-The Secretary", "(EFE).-The"
#: (after a word of three letters or more, not an abbreviation: "U.S.-China", "Dr.-Stammberger-Halle")
_DATELINE_GLUED = re.compile(r"-(?:(?<=[^\W\d_]{3}\.-)|(?<=\)\.-))(?=[A-Z][a-z]+\b)")
#: SQL on the line: its leading commas ("SELECT name ,age FROM people") are a style
_SQL = re.compile(r"\b(?:SELECT|FROM|WHERE|INSERT|UPDATE|GROUP BY|ORDER BY)\b")
#: a comma glued to a count after a word: "80 votes in favor,25 against" (not "1,000", nor
#: a list of codes: the token check below)
_COMMA_BEFORE_COUNT = re.compile(r",(?<=[a-z]{3},)(?=\d{1,3}%? [a-z]{2,}\b)")
#: abbreviations whose period a lower-case word may follow: the branch of _MISSING_AFTER for
#: a sentence's period glued to a lower-case opener ("The agreement was signed.the minister
#: said": the next sentence lost its space and its capital at a tag boundary) skips them
#: ("etc.the", "Corp.the"), as it skips "in" and "it", which are web domains
_ABBREVIATIONS = frozenset("""etc approx incl esp viz resp ibid fig figs nos vol vols eds corp bros dept
govt univ assn intl inc ltd mfg mgmt natl""".split()) | {m.lower() for m in MONTHS - set(FULL_MONTHS)}   # + "jan", "sept"
#: a colon glued to the quotation it opens: 'said:"We' (a quote after a colon opens)
_COLON_QUOTE = re.compile(r":(?<=[^\W\d_]{2}:)(?=[\"“][A-Z])")
#: a pronoun or determiner that opens a sentence, after a name's period ("Reuters.The agency";
#: not "In": "Console.In" is code)
_OPENER = re.compile(r"(?:%s)\b" % "|".join(sorted(SENTENCE_OPENERS | {"He", "It", "I", "A", "An"}, key=len, reverse=True)))


def _after_abbreviated_month() -> str:
    """Look-behinds for "Jan." ... "Sept." (merged-words' MONTHS less the full names), one
    per length: a look-behind must have a fixed width."""
    by_len: dict[int, list[str]] = {}
    for m in sorted(MONTHS - set(FULL_MONTHS)):
        by_len.setdefault(len(m), []).append(m)
    return "|".join(r"(?<=\b(?:%s)\.)" % "|".join(ms) for _, ms in sorted(by_len.items()))


#: an abbreviation's period glued to a lower-case word, a country's or the UN's to a
#: capitalised one, or a month's to the day ("U.S.officials", "The U.S.Ambassador",
#: "Jan.15"; not "U.S.-based", "e.g.the", code, nor initials before a surname, which
#: Indian English writes so: "M.K.Stalin")
_ABBREVIATION_GLUED = re.compile(   # (the period first: the scanner skips to each one fast)
    r"\.(?:(?<=(?<![\w.])[A-Z]\.[A-Z]\.)(?:(?=[a-z]{3,}\b)|(?<=[UE]\.[SKNU]\.)(?<=U\.S\.|U\.K\.|U\.N\.|E\.U\.)(?=[A-Z][a-z]{2,}\b))"
    r"|(?:%s)(?=\d{1,2}\b(?![.,:]\d)))" % _after_abbreviated_month())
#: a year's period glued to a word that opens sentences: "since 2002.The decision" (not
#: "2.5", "v2.0", nor a capitalised name after it: "2002.Mazda")
_YEAR_GLUED = re.compile(r"\.(?<=(?<![\w.,])(?:1[6-9]|20)\d\d\.)(?=[A-Z][a-z]*\b)")
#: a closing bracket glued to the next word: "(INM)reported" (not "(s)he", "f(x)dx")
_PAREN_GLUED = re.compile(r"\(([^()\n]{2,60})\)(?=[a-z]{2,}\b|[A-Z][a-z]+\b)")
#: relative pronouns that open a non-restrictive clause after a name in brackets, and a
#: capitalised word, a space, then an acronym in brackets ending at the match's end
_RELATIVES = frozenset("which who whose whom".split())
_NAME_GLOSS = re.compile(r"[A-Z][^\W\d_]+ \([A-Z](?=[a-z]*[A-Z])[A-Za-z]{1,7}\)$")   # ("ELN", "AfD", "PiS")
#: a word glued to a bracketed acronym or name: "Institute(INM)", "Bank of Mexico(Banxico)"
#: (not "f(x)", "word(s)", "len(ABC)")
_ACRONYM_GLUED = re.compile(r"\((?=[A-Z][A-Z0-9&.-]{1,9}\)|[A-Z][a-z]{2,20}\))")
_CODE_CONSTANTS = frozenset("True False None Null Nil Nothing Undefined".split())
#: a percent sign glued to the next word: "rose to 4.6%in March" (not "90%ile", "%20", "%s")
_PERCENT_GLUED = re.compile(r"%(?=([a-z]{2,})\b)")   # (a digit before it is checked apart: faster)
#: an HTML reference's name before its ";" ("&quot;no" is html-entity's, not a missing space)
_ENTITY_END = re.compile(r"&#?[0-9A-Za-z]{2,31}$")
#: single quotes opening and closing: a clitic gap inside them may be the closing mark
_SINGLE_OPEN = re.compile(r"(?<!\S)['‘](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\W\d_.,!?])['’](?=[\s,.;:!?]|$)")
#: a detokenisation gap before a clitic: "Mexico 's", "do n't", "they 're"
#: (the space first: one literal character scans faster than the class [’'n], whose "n"
#: and apostrophes are common too)
_CLITIC_GAP = re.compile(r" (?:[’'](?:s|re|ve|ll|m|d)|n[’']t)(?![^\W_]|[’'])")


def _finite(word: str) -> bool:
    """A verb that a subject's apposition may end before: a past tense, an auxiliary or a
    present tense ("questioned", "held", "has", "expects")."""
    return past_form(word) or word in AUXILIARIES or present_verb(word)


#: words that open a clause's subject after an opening phrase ("According to the IMF (IMF), the")
_SUBJECT_STARTS = frozenset("the a an its his her their this these those he she it they we more most".split())
_ACCORDING_SOURCE = re.compile(r"According to\b[^,;:()]*\([A-Z][A-Za-z]{1,9}\)$")
#: nouns that name what a source published: after its acronym they continue the phrase
_SOURCE_NOUNS = frozenset("""data figures estimates estimate statistics numbers projections projection
guidelines report reports survey surveys poll polls records calculations study studies analysis
forecast forecasts information documents sources findings results census index""".split())
_TWO_WORDS = re.compile(r"([a-z]+)[ ]+([a-z]+)\b")


def _ends_according_phrase(before: str, after: str) -> bool:
    """"According to …" and a source's acronym, with no punctuation or verb between, then a
    clause's subject: a determiner or pronoun, or a lower-case word and a finite verb.

    >>> _ends_according_phrase("According to the Secretariat (SESNSP)", "homicides fell 16%")
    True
    >>> _ends_according_phrase("According to the Foundation (NFAP)", "report figures")
    False
    >>> _ends_according_phrase("According to the Bureau (BLS)", "data released on Friday")
    False
    """
    if not _ACCORDING_SOURCE.search(before) or has_finite_verb(before[:before.rfind("(")]):
        return False
    m = _TWO_WORDS.match(after)
    if m is None:
        return False
    first, second = m.groups()
    # a noun and a verb that is no participle: "(SESNSP)homicides fell", "(EC)transport is";
    # a source noun and a participle read on as the source ("(BLS)data released on Friday,")
    return first in _SUBJECT_STARTS or first not in _SOURCE_NOUNS and not past_form(first) and (
        second in AUXILIARIES or present_verb(second)
        or second in IRREGULAR_PAST and second not in IRREGULAR_PARTICIPLES)


class SpaceBeforePunct(Unit):
    rule = "space-before-punct"
    summary = "a space before a comma, period or other punctuation"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        for m in _SPACE_BEFORE.finditer(text):
            if text[m.end():m.end() + 1].isalpha():   # the branch for a spaced mark glued to the next word
                j = m.start() - 1
                if not doc.protected(j - 3, m.end() + 3) and not _SQL.search(text, *doc.line_bounds(j)):
                    p = m.group()
                    yield finding(self, j, m.end(), " " + p, [(p + " ", 0.99)], 0.9,
                                  f"space before '{p}' instead of after it")
                continue
            start = m.start() - 1   # the space before the mark
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            if start == 0 or not (text[start - 1].isalnum() or self._closes(text, start - 1)):
                continue
            if text[start - 1].isdigit() and m.end() + 1 < len(text) and text[m.end() + 1:m.end() + 2].isdigit():
                continue  # "3 . 5": a spaced-out number, not a sentence end
            if doc.protected(start - 1, m.end() + 1):
                continue
            p = m.group()
            # ' :)' ' ;)' emoticons and ' ?' in code never reach here; keep French-style ' :' rare
            conf = 0.95 if p in ",." else 0.9
            yield finding(self, start, m.end(), text[start:m.end()], [(p, 0.99)], conf,
                          f"space before '{p}'")
        if "'" not in text and "’" not in text:
            return
        for m in _CLITIC_GAP.finditer(text):
            s, e = m.start(), m.start() + 1
            if s == 0 or not text[s - 1].isalnum():
                continue   # the gap must follow a word ("Mexico 's", "do n't")
            clitic = m.group()[1:]
            if doc.protected(s - 1, e + len(clitic)):
                continue
            before = text[max(0, s - 60):s]
            if len(_SINGLE_OPEN.findall(before)) > len(_SINGLE_CLOSE.findall(before)):
                continue  # "the 'Duma 's'": inside single quotes the mark may close them
            yield finding(self, s, e, text[s:e], [("", 0.99)], 0.9,
                          f"space before '{clitic}'")

    @staticmethod
    def _closes(text: str, i: int) -> bool:
        """Is ``text[i]`` a closing quote or bracket after a word ('day” ,', '(INM) ,')?"""
        c = text[i]
        if c in "”)»" and i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".!?%"):
            return True   # (a percentage too: "(-10.9%) .")
        if c == '"' and i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".!?"):
            ls = text.rfind("\n", 0, i) + 1
            return text.count('"', ls, i + 1) % 2 == 0   # the quote it ends opened before
        return False


class MissingSpaceAfterPunct(Unit):
    rule = "missing-space-after-punct"
    summary = "no space after a comma, semicolon, colon or sentence end between words"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        for m in _MISSING_AFTER.finditer(text):
            s, e = m.span()
            if doc.protected(s - 3, e + 3):
                continue
            if text[s - 1] in _OPENS:   # a closing quote or bracket before the mark
                if self._closes_prose(doc, s - 1):
                    p = m.group()
                    yield finding(self, s, e, p, [(p + " ", 0.99)], 0.95, f"no space after '{p}'")
                continue
            # inside a token with other punctuation (a.b.c, x,y,z lists of codes): skip
            ws = text.rfind(" ", 0, s) + 1
            we = text.find(" ", e)
            tok = text[ws:len(text) if we < 0 else we]
            if tok.count(".") + tok.count(",") + tok.count(":") + tok.count(";") > 2:
                continue
            p = m.group()
            if p == ";" and _ENTITY_END.search(text, ws, s):
                continue  # "&quot;no": an HTML reference, not a clause break (html-entity decodes it)
            if p == "." and text[e].islower():   # "signed.the minister", "Mexico.the": the lower-case opener branch
                if text[ws:s].isalpha() and text[ws:s].lower() not in _ABBREVIATIONS:
                    nxt = text[e]
                    yield finding(self, s, e + 1, "." + nxt, [(". " + nxt.upper(), 0.99)], 0.9,
                                  "no space after '.', and the next sentence starts lower case")
                continue
            if p in ".?!:" and not text[ws:s].isalpha() or p in ".?!" and not text[ws:s].islower() and not (
                    text[ws:s].istitle() and _OPENER.match(text, e)):
                continue  # "Arch.Design", "Yahoo!News": a name, not a sentence end ("Reuters.The" is one)
            if p == "." and text[e] == "A" and text[ws:s].lower() in LABEL_NOUNS:
                continue  # "hepatitis.A virus", "plan.A": a letter label
            conf = 0.95 if p in ",;" else (0.9 if p in ".?!" else 0.8)
            if p == ":" and _COLON_SENTENCE.match(text, e) and text[ws:s] not in _NAMESPACES:
                conf = 0.9   # "according to Pemex:The production": a capitalised word then a space
                #              (not a wiki namespace, "Category:Politics", nor a file, "File:Map.png")
            yield finding(self, s, e, p, [(p + " ", 0.99)], conf,
                          f"no space after '{p}'")
        for m in _COMMA_BEFORE_COUNT.finditer(text):
            s, e = m.span()
            ws = text.rfind(" ", 0, s) + 1
            if text[ws:s].isalpha() and not doc.protected(s - 3, e + 3):
                yield finding(self, s, e, ",", [(", ", 0.99)], 0.9, "no space after ','")
        for m in _ABBREVIATION_GLUED.finditer(text):
            if not doc.protected(m.start() - 4, m.end() + 3):
                yield finding(self, m.start(), m.end(), ".", [(". ", 0.99)], 0.9, "no space after '.'")
        for m in _YEAR_GLUED.finditer(text):
            if _OPENER.match(text, m.end()) and not doc.protected(m.start() - 5, m.end() + 3):
                yield finding(self, m.start(), m.end(), ".", [(". ", 0.99)], 0.9, "no space after '.'")
        if ".-" in text:
            for m in _DATELINE_GLUED.finditer(text):
                if not doc.protected(m.start() - 3, m.end() + 3):
                    yield finding(self, m.start(), m.end(), "-", [("- ", 0.99)], 0.9, "no space after the dateline's '.-'")
        for m in _COLON_QUOTE.finditer(text):
            if not doc.protected(m.start() - 3, m.end() + 3):
                yield finding(self, m.start(), m.end(), ":", [(": ", 0.99)], 0.9, "no space after ':'")
        if "%" in text:
            for m in _PERCENT_GLUED.finditer(text):
                if (m.start() and text[m.start() - 1].isdigit() and zipf(m.group(1)) >= 3.0
                        and not PERCENT_CLAUSE.match(text, m.start())   # merged-words' ("26.8%while")
                        and not doc.protected(m.start() - 3, m.end() + 3)):
                    yield finding(self, m.start(), m.end(), "%", [("% ", 0.99)], 0.92, "no space after '%'")
        if ")" not in text:
            return
        for m in _PAREN_GLUED.finditer(text):
            s, e = m.end() - 1, m.end()
            inner = m.group(1)
            if not inner[0].isalnum() or doc.protected(m.start() - 1, e + 3):
                continue
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_$"):
                continue  # "len(x)is", "word(s)and": code or an optional ending, not a gloss
            nxt = re.match(r"[^\W\d_]+", text[e:e + 40]).group()
            if inner.isalpha() and inner.islower() and zipf(inner + nxt) > 0:
                continue  # "(im)possible", "(re)start": wordplay on one word
            lost_comma = self._lost_comma(doc, m.start(), e, nxt)
            if lost_comma:
                yield finding(self, s, e, ")", [("), ", 0.85), (") ", 0.15)], 0.9,
                              f"no space after ')', and {lost_comma} takes a comma")
                continue
            yield finding(self, s, e, ")", [(") ", 0.99)], 0.9, "no space after ')'")
        for m in _ACRONYM_GLUED.finditer(text):
            s = m.start()
            if s < 3 or not text[s - 3:s].isalpha():
                continue
            ws = s
            while ws > 0 and not text[ws - 1].isspace():
                ws -= 1
            word = text[ws:s]
            if not word.isalpha() or not (word.islower() or word.istitle()) or doc.protected(ws, s + 1):
                continue  # "getValue(ABC)", "x_y(AB)": code, not a gloss
            inner = text[s + 1:text.find(")", s)]
            if not inner.isupper() and (not word.istitle() or inner in _CODE_CONSTANTS):
                continue  # a name in brackets only after a capitalised word: "Mexico(Banxico)";
                #           not "print(Hello)", "Assert(True)"
            yield finding(self, s, s + 1, "(", [(" (", 0.99)], 0.9, "no space before '('")

    @staticmethod
    def _lost_comma(doc: Doc, start: int, e: int, nxt: str) -> str:
        """What after the bracket glued to ``nxt`` (the bracket ends at ``e``, opened at
        ``start``) takes the comma that went with the space, or "" if nothing does."""
        text = doc.text
        if nxt in _RELATIVES and _NAME_GLOSS.search(text, max(0, start - 60), e):
            # "the National Liberation Army (ELN)which has": a relative clause after a
            # name and its acronym is non-restrictive, so the comma went with the space
            # (not after a plural in brackets: "the files (PDFs)which you want")
            return "a relative clause after a name"
        inner = text[start + 1:e - 1]
        if (nxt in _AFTER_GLOSS and inner[:1].isupper() and " " not in inner
                and not (inner.endswith("s") and inner[:-1].isupper())):
            # "the High Authority for Health (HAS)which recommended", "(PL)but said", "(AP-HP)the
            # director": after a capitalised gloss in brackets clean news writes a comma before
            # these at 34 of 41 (which, who, but, while, although, whereas) and 43 of 51 (articles);
            # one word in the brackets, not a plural, "the files (PDFs)which you want", nor a list,
            # "The members (Smith and Jones)who voted": restrictive clauses
            return "what follows a name in brackets"
        before = doc.sentence_before(e)
        if _finite(nxt) and closes_apposition(before):
            # "The opposition, led by the Liberal Party (PL)questioned": the verb
            # begins where the apposition ends, so the comma went with the space
            return "the verb after an apposition"
        if _ends_according_phrase(before, text[e:e + 60]):
            # "According to data from the System (SESNSP)homicides fell": the opening
            # phrase ends at its source's acronym and the clause's subject begins (clean
            # news: a comma there 22 times, none 1; the others read on, "(NFAP) report")
            return "the opening phrase it ends"
        return ""

    @staticmethod
    def _closes_prose(doc: Doc, i: int) -> bool:
        """Does the quote or bracket at ``i`` close a quotation or aside that opened after a
        space or at the line's start, on the same line ('said "we will",and')?"""
        text = doc.text
        mark = text[i]
        ls, _ = doc.line_bounds(i)
        if i - ls > _LONG_LINE:
            ls = i - _OPENER_WINDOW   # (a bounded look back on a very long line: minified code)
        opener = _OPENS[mark]
        at = text.rfind(opener, ls, i)
        if at < 0:
            return False
        if mark == '"' and text.count('"', ls, i) % 2 == 0:
            return False   # the straight quote before it closed an earlier one: this one opens
        if i - at < 3 or '","' in text[ls:i] or _CODE_BEFORE.search(text, max(ls, at - 80), at):
            return False   # a one-letter span ('"x",y'), a CSV row ('"a","b",c'), code
        return at == ls or text[at - 1] in " \t—–-\u00a0"
