import pytest

from mt_repair import repair
from mt_repair.units.boilerplate import Boilerplate

RULE = "boilerplate"

MUST_FIND = [
    ("Body.\n\nLeave a Reply\n", "Body.\n\n"),
    ("Body.\nYour email address will not be published. Required fields are marked *\n", "Body.\n"),
    ("Cuerpo.\nDeja una respuesta\n", "Cuerpo.\n"),
    ("Body.\nLeave a Reply Cancel reply\nYou must be logged in to post a comment.\n", "Body.\n"),
    ("Body.\nFollow all the news of Le Parisien on Google News\nLe Parisien with AFP\n", "Body.\n"),
    ("Body.\nShare this news on Facebook, X and WhatsApp\nSubscribe to the newsletter of Corriere\n", "Body.\n"),
    ("Body.\nNewsletter: receive the essential news by email\nMore on the topic: heise online\n", "Body.\n"),
    ("Body.\nSabah Spor © All rights reserved\n", "Body.\n"),
    ("Body.\nRead more: Ten things about ports\nMore body.\n", "Body.\nMore body.\n"),
    ("Talks on migration – El Sol de México\n\nBody.", "Talks on migration\n\nBody."),
    ("Port strike ends | The Daily Harbour\nBody.", "Port strike ends\nBody."),
    ("Body.\nFollow us on Facebook, Twitter and Instagram.\n", "Body.\n"),
    ("Cuerpo.\nSíguenos en Facebook y X\n", "Cuerpo.\n"),
    ("Cuerpo.\nSíguenos en Facebook, Twitter e Instagram\n", "Cuerpo.\n"),
    ("Cuerpo.\nDeja una respuesta\nCancelar la respuesta\n", "Cuerpo.\n"),
    ("Body.\nYou may be interested: Sánchez announces elections\nMore body.\n", "Body.\nMore body.\n"),
    ("Body.\nYou may be interested in: Cartel leader arrested\nMore body.\n", "Body.\nMore body.\n"),
    ("Title\nBy: Writing\nBody.\n", "Title\nBody.\n"),          # "Por: Redacción" through MT
    ("Body.\nPages: 1 2\n", "Body.\n"),
    ("Body.\nADVERTISEMENT\nMore body.\n", "Body.\nMore body.\n"),
    ("Body.\nTags: Mexico, migration, border\n", "Body.\n"),
    ("Body.\nShare this:\nLike this:\nLike Loading...\nRelated\nMore body.\n", "Body.\nMore body.\n"),
    ("Body.\nPhoto: Port Authority press office\nMore body.\n", "Body.\nMore body.\n"),
    ("Cuerpo.\nFoto: Especial\n", "Cuerpo.\n"),
    ("Body.\nClick here to join our channel on WhatsApp\n", "Body.\n"),
    ("Body.\nClick to share on Facebook (Opens in new window)\nClick to print (Opens in new window)\n"
     "WhatsApp (Opens in new window)\n", "Body.\n"),
    ("Body.\n© 2025 The Daily Harbour. All rights reserved.\n", "Body.\n"),
    ("Body.\nNext article\nYou may also like\n", "Body.\n"),
    # share widgets: a "Share this news" header, then one button label per line
    ("Body.\nShare this news:\nFacebook\nTwitter\nWhatsApp\nCopy link\nMore body.\n", "Body.\nMore body.\n"),
    ("Cuerpo.\nCompartir esta noticia\nX\n", "Cuerpo.\n"),
    # a syndication footer; comment-form text run onto the end of the last prose line
    ("Body.\nThis content was originally published in The Daily Harbour.\n", "Body.\n"),
    ("Cuerpo.\nEste contenido fue publicado originalmente en El Puerto.\n", "Cuerpo.\n"),
    ("The port reopened on Monday. Leave a Reply Cancel reply\n", "The port reopened on Monday.\n"),
    ("It ended well.” Your email address will not be published. Required fields are marked *\n",
     "It ended well.”\n"),
    ("The port reopened. Leave a comment\n", "The port reopened.\n"),
    ("El puerto reabrió. Deja un comentario\n", "El puerto reabrió.\n"),
    # the line break goes with the line, whatever the line ending; the first and last lines too
    ("Body.\r\nLeave a Reply\r\nCancel reply\r\nMore body.\r\n", "Body.\r\nMore body.\r\n"),
    ("Advertisement\nBody.\n", "Body.\n"),
    ("Body.\nRelated", "Body.\n"),
    ("Your email address will not be published.\nRequired fields are marked *\nBody.", "Body."),
    ("Body.\nThis content was originally published in The Daily Harbour.\r\nTags: ports\nMore.\n",
     "Body.\nMore.\n"),
]

MUST_NOT_FIND = [
    "Body.\nThe minister met with AFP.\nShe spoke with AFP on Monday.\nFollow the money on the trail.\n",
    "You must be logged in to post a comment on this site, the editor said.\n",   # prose
    "By writing a book he became famous.\n", "He said: you may be interested in: nothing.\n",
    "Title: Moby-Dick\nPages: 320\n", "Chapter one\nBy writing\n",
    "Please leave a reply below if you agree.\n",
    "We will not answer. Leave a reply to the council instead.\n",
    "She asked him to leave a comment. Leave a Reply was the button's label\n",
    "Originally published in 1851, Moby-Dick was a commercial failure.\n",
    "This article was originally published in Spanish, and we translated it.\n",
    "Click to share buttons were added to the site (opens in new window is a setting).\n",
    "Read the full ruling (opens in new window)\n",
    "He said the email address will not be published anywhere.\n",
    "The talks – which lasted hours – ended well.\n",
    "Body text.\nThe Sun – a newspaper – said so.\n",
    "He asked readers to follow us on Facebook for updates.\n",
    "Advertising revenue rose 5% in May.\n",
    "Share prices fell 3% on Monday.\n",
    "Print editions will end in May, the publisher said.\n",
    "Related costs rose sharply.\n",
    "The photo: a crowd at the port, taken at dawn.\n",
    "Readers who click here and there find little.\n",
    "Copyright law was changed in 2019.\n",
    "Share the news with your family.\n",
    "Facebook said on Monday it would appeal.\n",
    # a label alone is a heading, not a share widget
    "CHAPTER IX\n\nThe story begins.\n\nX\n\nThe story goes on.\n",
    "The apps grew fast.\n\nTikTok\n\nThe company said it had 20 million users.\n",
]


def test_a_whole_line_is_reported_once():
    # the comment-form tail inside a line already reported as a whole is no second finding
    text = "Body.\nYour email address will not be published. Required fields are marked *\n"
    assert len(Boilerplate()(text)) == 1


@pytest.mark.parametrize("before, after", MUST_FIND)
def test_reported_always_removed_only_when_asked(before, after):
    assert Boilerplate()(before)
    assert repair(before).text == before                        # safe mode: reported only
    assert repair(before, mode="all", select=[RULE]).text == after
    assert repair(before, select=[RULE]).text == after           # naming the rule applies it


@pytest.mark.parametrize("text", MUST_NOT_FIND)
def test_not_boilerplate(text):
    assert Boilerplate()(text) == []


def test_a_line_pattern_over_a_line_break_is_one_finding():
    # the comment-form pair may span two lines: one finding, at the start of the text too
    for text in ("Your email address will not be published.\nRequired fields are marked *\nBody.",
                 "Body.\nYour email address will not be published.\nRequired fields are marked *\n"):
        found = Boilerplate()(text)
        assert len(found) == 1 and found[0].original.startswith("Your email") and found[0].original.endswith("*\n")


@pytest.mark.parametrize("title, safe", [
    ("Peso rallies after the vote - Reuters", True),                 # an outlet's word
    ("Talks on migration in Washington – La Tercera", True),         # a source-language article
    ("Milei promises more cuts to spending - Clarín", True),         # an accent
    ("Sheinbaum meets the governors | Noticias", True),              # a pipe
    ("Ecuador extends the state of emergency – Primicias", True),    # a Spanish word: the source outlet
    ("The best films of the decade at a glance - A Review", False),   # English words: maybe a subtitle
    ("Mexico vs. Argentina in Dallas - World Cup 2026", False),       # maybe a subtitle: --all only
    ("Argentina vs. Chile in Miami - Copa América 2024", False),      # a digit: a subtitle, accent or not
    ("NFL Power Rankings for the season - Week 5", False),
])
def test_title_suffix_needs_site_evidence_for_safe_mode(title, safe):
    (f,) = Boilerplate()(title + "\n\nBody.\n")
    assert f.start == len(title.split(" -")[0].split(" –")[0].split(" |")[0])
    assert (f.confidence >= 0.9) is safe
