"""Scraped boilerplate: comment-form footers, "Read more:" lines, site-name title suffixes.

Always reported; removed only with ``fix --all`` or ``--select boilerplate``.

>>> from mt_repair.units.boilerplate import Boilerplate
>>> [f.original for f in Boilerplate()("Body text.\\n\\nLeave a Reply\\n")]
['Leave a Reply\\n']
>>> [f.original for f in Boilerplate()("The port reopened. Leave a Reply Cancel reply\\n")]
[' Leave a Reply Cancel reply']
>>> [f.original for f in Boilerplate()("Talks on migration – El Sol de México\\n\\nBody.")]
[' – El Sol de México']
>>> Boilerplate()("Please leave a reply below if you agree.\\n")
[]
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, finding
from ..evidence.lexicon import more_spanish, zipf

_NETWORKS = r"(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Telegram|WhatsApp|LinkedIn|Threads|Google News)"
#: whole lines that are page furniture, not article text (English and Spanish)
LINE_PATTERNS = [
    r"Leave a (?:Reply|Comment)(?: to \S.*|\s+Cancel reply)?",
    r"Cancel reply",
    r"You must be (?:logged|signed) in to post a comment\.?",
    r"Debes (?:iniciar sesi[oó]n|estar registrado) para (?:publicar|escribir) un comentario\.?",
    r"Cancelar (?:la )?respuesta",
    r"Your email address will not be published\.?(?:\s*Required fields are marked \*)?",
    r"Required fields are marked \*",
    r"Comments are closed\.?",
    r"(?:Post|Submit) Comment",
    r"Save my name, email, and website in this browser for the next time I comment\.?",
    r"Deja (?:una respuesta|un comentario)",
    r"Tu (?:direcci[oó]n de )?correo electr[oó]nico no ser[aá] publicad[oa]\.?.*",
    r"Los campos obligatorios est[aá]n marcados con \*",
    r"(?:Read more|Read also|Also read|See also|Related|Related articles?|Lee también|Te puede interesar|Ver también|Recommended"
    r"|More on (?:the|this) (?:topic|subject|story)|Newsletter"
    r"|You may be interested(?: in)?|You might be interested(?: in)?|You may also be interested(?: in)?"
    r"|It may interest you|It might interest you|Could be of interest to you|May interest you|Also of interest)\s*:.*",
    r"(?:Share|Compartir)(?: this| on| en)?:?\s*(?:Facebook|Twitter|X|WhatsApp|Email|Telegram|LinkedIn)(?:[\s,|]+(?:Facebook|Twitter|X|WhatsApp|Email|Telegram|LinkedIn))*",
    r"(?:Subscribe to (?:our |the )?newsletter\b|Suscr[ií]bete a (?:nuestro|el) (?:newsletter|bolet[ií]n)).*",
    r"(?:Follow us on|S[ií]guenos en)\s+" + _NETWORKS + r"(?:(?:\s*,\s*|\s+(?:and|y|e|or|o)\s+)" + _NETWORKS + r")*\.?",
    # "Follow all the news of Le Parisien on Google News", "Follow G1 on Instagram and YouTube"
    r"Follow [^\n]{1,70}? on (?:our )?" + _NETWORKS + r"(?: (?:channel|account|page))?(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:our )?"
    + _NETWORKS + r"(?: (?:channel|account|page))?)*\.?",
    r"(?:Advertisement|Advertising|Publicidad|Anuncio)",
    r"(?:Tags|Etiquetas)\s*:.*",
    # a pager ("Pages: 1 2 3", not a book's "Pages: 320")
    r"(?:Pages?|P[aá]ginas?)\s*:\s*1(?:\s+\d{1,2})+(?:\s+(?:Next|Siguiente)\b.*)?",
    # the byline of an uncredited piece, Spanish "Por: Redacción" put through MT
    r"(?:By|Por)\s*:\s*(?:Writing|Drafting|Newsroom|The Newsroom|Editorial(?: staff| Staff| Board)?|Redacci[oó]n)"
    r"(?:\s*[|/–-].*)?",
    # blog and CMS furniture: share and like widgets, related-post headers, pagers
    r"(?:Share this|Like this|Share|Tweet|Print|Comments|Compartir|Comentarios)\s*:?",
    r"(?:Share|Compartir)(?: (?:this|the|esta|este|la|el))? (?:news|article|note|story|post|noticia|nota|art[ií]culo)"
    r"(?: (?:on|en|via|por)(?:\s+" + _NETWORKS + r"(?:(?:\s*,\s*|\s+(?:and|y|or|o)\s+)" + _NETWORKS + r")*)?)?\s*:?",
    r"(?:Like\s+)?Loading\.\.\.|Cargando\.\.\.",
    r"(?:Related(?: posts| articles| news| notes| stories)?|You may also like|You might also like|More news"
    r"|Most read|Trending now|Previous (?:article|post)|Next (?:article|post)"
    r"|Keep reading|Continue reading|Sigue leyendo|Seguir leyendo|Contin[uú]a leyendo"
    r"|Notas relacionadas|Noticias relacionadas|M[aá]s noticias|Lo m[aá]s le[ií]do)\s*:?",
    r"(?:Click here|Haz clic aqu[ií]|Da clic aqu[ií]|Pincha aqu[ií])\b.*",
    # WordPress share buttons as plain text: "Click to share on X (Opens in new window)"
    r"(?:Click to (?:share on [\w+ ]{1,20}|print|email a link to a friend|email)"
    r"(?: \(Opens in (?:a )?new window\))?"
    r"|(?:" + _NETWORKS + r"|Email|Print|Pinterest|Reddit|Tumblr|Pocket|Mastodon|Bluesky)"
    r" \(Opens in (?:a )?new window\))",
    # a photo credit on a line of its own: "Photo: EFE", "Foto: Cuartoscuro"
    r"(?:Photo|Photos|Photograph|Image|Foto|Fotos|Imagen)\s*:\s*[^\s.][^.\n]{0,50}",
    r"(?:©|Copyright ©?)\s*(?:\d{4}\b.*)?|All rights reserved\.?|Todos los derechos reservados\.?",
    r"[A-Z][\w'’. -]{1,40} © (?:\d{4} )?All rights reserved\.?",   # "Sabah Spor © All rights reserved"
    # an outlet's credit for an agency's copy: "Le Parisien with AFP", "Redacción con EFE"
    r"(?-i:(?:[A-Z][\w'’.-]* ){1,4}(?:with|con) (?:AFP|EFE|Reuters|AP|DPA|ANSA|Europa Press|Xinhua))\.?",
]
_LINE = r"[ \t]*(?:" + "|".join(LINE_PATTERNS) + r")[ \t]*(?=\r?\n|\Z)"
#: a share button's label on a line of its own: furniture only next to another label or
#: a boilerplate line ("Share this news:" / "Facebook" / "WhatsApp"), not a subheading
#: ("TikTok", "X" in an article about them)
_LABEL_LINE = (r"[ \t]*(?:" + _NETWORKS + r"|Email|E-mail|Pinterest|Reddit|Messenger|Copy link|Copiar enlace)"
               r"[ \t]*(?=\r?\n|\r?\Z)")
_FIRST_LABEL = re.compile(_LABEL_LINE, re.I)
_NEXT_LABEL = re.compile(r"\n(" + _LABEL_LINE + ")", re.I)   # (the newline first: a fast scan)
#: the first line, and every line after a newline (the newline first: the scanner skips to
#: each one fast, where "^" with re.M would try every position)
_FIRST_LINE = re.compile(_LINE, re.I)
_NEXT_LINE = re.compile(r"\n(" + _LINE + ")", re.I)
#: a syndication footer on a line of its own: "This content was originally published in El
#: Universal." (apart from LINE_PATTERNS, and only where its words occur: each pattern
#: there is tried at every line start)
_FOOTER = re.compile(
    r"^[ \t]*(?:This (?:content|article|story|note|report) (?:was|has been) (?:originally published"
    r"|published originally)|Originally published|(?:Este|Esta) (?:contenido|art[ií]culo|nota) (?:fue|ha sido)"
    r" publicad[oa] originalmente|Publicad[oa] originalmente) (?:in|on|by|en|por) [A-ZÁÉÍÓÚ][^\n,]{0,80}"
    r"[ \t]*(?=\r?\n|\Z)", re.M | re.I)
#: pieces of the comment forms _FORM_TAIL looks for, as WordPress and its Spanish version
#: write them (every form has one of these): the tail scan, which tries every space, runs
#: only where one occurs (substring tests run in C)
_FORM_PHRASES = ("Leave a ", "Cancel reply", "equired fields", "Deja un")
#: comment-form furniture that text extraction ran onto the end of a prose line, after its
#: last sentence: "... in El Universal. Leave a Reply Cancel reply"
_FORM_TAIL = re.compile(
    r"(?<=[.!?\"”’)])[ \t]+(?:(?:Leave a (?:Reply|Comment)|Cancel reply|Deja (?:una respuesta|un comentario)"
    r"|Your email address will not be published\.?|Required fields are marked \*)[ \t]*)+(?=\r?\n|$)", re.M | re.I)
#: " – Site Name" at the end of a title line (the first non-blank line)
_SITE = (r"[ \t]+[–—|-][ \t]+(?:(?:El|La|Los|Las|The|Le|Il|O|A)\s)?[A-ZÁÉÍÓÚ][\w’'.]*"
         r"(?:[ \t]+(?:de|del|la|el|los|las|the|of|and|y|[A-ZÁÉÍÓÚ0-9][\w’'.]*)){0,5}")
_SUFFIX = re.compile(r"(?:" + _SITE + r")+[ \t]*$")  # repeated suffixes go in one edit
#: what marks a title's suffix as a site's name rather than a subtitle ("Mexico vs.
#: Argentina - World Cup 2026", "NFL Power Rankings - Week 5"): a pipe before it, a Spanish,
#: Portuguese or French article (a source-language outlet in an English text), an accent in
#: a short suffix, or a word outlets are named with; never a suffix with a digit
_SITE_WORDS = re.compile(
    r"\b(?:News|Times|Post|Journal|Herald|Tribune|Diario|Noticias|Notícias|Jornal|Folha|Gazette|Gazeta|"
    r"Telegraph|Guardian|Reuters|Bloomberg|AFP|EFE|Revista|Milenio|Excélsior|Proceso|Infobae|Clarín|"
    r"Tercera|Heraldo|Observer|Economist|Inquirer|Chronicle|Periódico|Periodico|Prensa|Crónica|Cronica|"
    r"Xinhua|Xinhuanet|XinhuaNet|TASS|Yonhap|ANSA|DPA|Kyodo|Interfax|Sputnik|Shimbun|Newspaper|Zeitung|"
    r"Nachrichten|Uutiset|Nieuws|Notizie|Vedomosti|Izvestia|Kommersant|CBS|NBC|ABC|CNN|BBC|Fox|com|net|org)\b"
    r"|\w\.(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?\b")   # a domain: "Bild.de", "Amazon.co.jp", "news.cn"
_SITE_ARTICLE = re.compile(r"^[ \t]*\||^[ \t]+[–—-][ \t]+(?:El|La|Los|Las|Le|O)\s")
_ACCENT = re.compile(r"[áéíóúãõçñ]")


def _site_evidence(suffix: str) -> bool:
    """Does the title's suffix name a site?  A pipe, an outlet's word, an accent in a short
    suffix, or one or two words that are Spanish or no English word (an English subtitle
    has English words: " – Primicias", not " – A Review").

    >>> _site_evidence(" – Primicias"), _site_evidence(" | Reuters"), _site_evidence(" – A Review"), _site_evidence(" - Week 5")
    (True, True, False, False)
    """
    if any(c.isdigit() for c in suffix):
        return False
    words = suffix.split()[1:]   # (the dash is a word)
    return bool(_SITE_ARTICLE.search(suffix) or _SITE_WORDS.search(suffix)
                or _ACCENT.search(suffix) and len(words) <= 3
                or len(words) <= 2 and all(more_spanish(w) or zipf(w) == 0.0 for w in words))


class Boilerplate(Unit):
    rule = "boilerplate"
    severity = "info"
    report_only = True
    summary = "scraped page furniture: comment forms, 'Read more:' lines, site-name suffixes"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        first = _FIRST_LINE.match(text)
        # (the next lines after the first match: a pattern may run over a line break, "Your
        # email address will not be published.\nRequired fields are marked *")
        lines = [first.span()] if first else []
        lines += [m.span(1) for m in _NEXT_LINE.finditer(text, first.end() if first else 0)]
        if "riginally published" in text or "ublished originally" in text or "originalmente" in text:
            lines = sorted(lines + [m.span() for m in _FOOTER.finditer(text)])
        if lines or "\n" in text:
            lines = sorted(lines + self._labels(doc, lines))
        for s, e in lines:
            e += 2 if text.startswith("\r\n", e) else 1 if text.startswith("\n", e) else 0   # with its line break
            yield finding(self, s, e, text[s:e], [("", 0.95)], 0.95,
                          "boilerplate line from the page, not article text")
        for m in _FORM_TAIL.finditer(text) if any(p in text for p in _FORM_PHRASES) else ():
            if any(s <= m.start() < e for s, e in lines):
                continue   # inside a whole line already reported ("... published. Required fields ...")
            yield finding(self, m.start(), m.end(), m.group(), [("", 0.95)], 0.9,
                          "comment-form text run onto the end of a line, not article text")
        if not doc.at_file_start:
            return
        yield from self._title_suffix(doc)

    @staticmethod
    def _labels(doc: Doc, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Share-button label lines next to another label line or a boilerplate line (a
        blank line between them still makes them neighbours)."""
        text = doc.text
        first = _FIRST_LABEL.match(text)
        labels = ([first.span()] if first else []) + [m.span(1) for m in _NEXT_LABEL.finditer(text)]
        if not labels:
            return []
        starts = [0] + [n + 1 for n in doc.newlines]

        def line_of(pos: int) -> int:
            return bisect.bisect_right(starts, pos) - 1

        furniture = {line_of(s) for s, _e in labels}
        furniture |= {n for s, e in lines for n in (line_of(s), line_of(max(s, e - 1)))}

        def blank(n: int) -> bool:
            return not text[starts[n]:starts[n + 1] if n + 1 < len(starts) else len(text)].strip()

        def has_neighbour(n: int) -> bool:
            for step in (-1, 1):
                m = n + step
                while 0 <= m < len(starts) and m not in furniture and blank(m):
                    m += step
                if m in furniture:
                    return True
            return False
        return [(s, e) for s, e in labels if has_neighbour(line_of(s))]

    def _title_suffix(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        first = re.match(r"\s*", text).end()
        ls, le = doc.line_bounds(first)
        title = text[ls:le].rstrip("\r")
        if title and not title.rstrip().endswith((".", ":", ";", ",")):
            m = _SUFFIX.search(title)
            if m and m.start() > 10:
                s = ls + m.start()
                suffix = text[s:ls + m.end()]
                if _site_evidence(suffix):
                    yield finding(self, s, ls + m.end(), suffix, [("", 0.9)], 0.9, "site name appended to the title")
                else:   # a subtitle as likely: "Mexico vs. Argentina - World Cup 2026" (--all)
                    yield finding(self, s, ls + m.end(), suffix, [("", 0.9)], 0.75,
                                  "a title suffix that may be a site name or a subtitle")
