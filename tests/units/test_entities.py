from mt_repair.units.entities import HtmlEntity

from .helpers import case_table

MUST_CHANGE = [
    ("the president&#8217;s plan", "the president’s plan"),
    ("Mexico &amp; the US agreed", "Mexico & the US agreed"),
    ("He said &quot;no&quot; to the deal.", 'He said "no" to the deal.'),
    ("the deal.&nbsp;More talks", "the deal. More talks"),
    ("it costs 5&euro; a day", "it costs 5€ a day"),
    ("a page escaped twice: &amp;quot;yes&amp;quot;", 'a page escaped twice: "yes"'),
    ("caf&#xE9; culture", "café culture"),
]

MUST_NOT_CHANGE = [
    "AT&T and R&D; and M&A deals",
    "In HTML write &lt;b&gt; for bold.",          # markup characters: maybe meant
    "an unknown &bogus; name",
    "see https://example.org/?a=1&amp;b=2 for details",
    "plain text with no references",
]

test_must_change, test_must_not_change = case_table(HtmlEntity(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_a_reference_is_not_a_missing_space_after_a_semicolon():
    from mt_repair import repair
    assert repair('He said &quot;no&quot; to it.').text == 'He said "no" to it.'
