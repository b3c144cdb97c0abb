import pytest

from mt_repair.units.spacing import MissingSpaceAfterPunct, SpaceBeforePunct

BEFORE_CHANGE = [
    ("along the boardwalk . Then", "along the boardwalk. Then"),
    ("Leather goods fell (-10.9%) .", "Leather goods fell (-10.9%)."),
    ("a statement , which", "a statement, which"),
    ("the end .", "the end."),
    ("really ? Yes", "really? Yes"),
    # after a closing quote or bracket; a detokenisation gap before a clitic
    ("“A historic day” , said the governor", "“A historic day”, said the governor"),
    ('"A historic day" , said the governor', '"A historic day", said the governor'),
    ("approved by Mexico ’s Senate", "approved by Mexico’s Senate"),
    ("We do n't know and they 're late", "We don't know and they're late"),
    # the space on the wrong side of the mark
    ("profits in the first quarter ,a record", "profits in the first quarter, a record"),
    ("the moment of movement ;to use a term", "the moment of movement; to use a term"),
    ("45 per 100,000 inhabitants in 2023 ,according to the observatory",
     "45 per 100,000 inhabitants in 2023, according to the observatory"),
]
BEFORE_KEEP = [
    "SELECT id\n  ,name\n  ,age FROM people",   # leading commas after no word
    "x ,y", "SELECT name ,age FROM people", "That was so funny ;D see you",
    "Wait . . . then it came.",
    "A smile :) and a wink ;)",
    "The value is 3 . 5 in old scans.",
    "Go to example.com .",
    'He said " , " is a comma.',                  # an opening quote before the space
    "the 'Duma 's' rule and rock 'n' roll",       # single quotes, not clitics
]
AFTER_CHANGE = [
    ("abbreviations,etc and more", "abbreviations, etc and more"),
    ("the end.Next day they left", "the end. Next day they left"),
    ("really?Yes, they did", "really? Yes, they did"),
    ("one;two", "one; two"),
    # a count glued to the comma after a word; a lower-case sentence opener after a period
    ("80 votes in favor,25 against and 2 abstentions", "80 votes in favor, 25 against and 2 abstentions"),
    ("Of the spectators,6% were children.", "Of the spectators, 6% were children."),
    ("The agreement was signed.the minister said so.", "The agreement was signed. The minister said so."),
    ("Thank you.we will overcome it.", "Thank you. We will overcome it."),
    ("The deal was signed in Mexico.the minister said.", "The deal was signed in Mexico. The minister said."),
    ("The National Migration Institute (INM)reported that", "The National Migration Institute (INM) reported that"),
    ("The National Migration Institute(INM) reported", "The National Migration Institute (INM) reported"),
    # a relative clause after a name in brackets: the comma went with the space ("that" takes none)
    ("the National Liberation Army (ELN)which has negotiated", "the National Liberation Army (ELN), which has negotiated"),
    ("the High Authority for Health (HAS)which recommended it", "the High Authority for Health (HAS), which recommended it"),
    ("The Liberal Party (PL)but said no.", "The Liberal Party (PL), but said no."),
    ("the Paris hospitals (AP-HP)the director general said", "the Paris hospitals (AP-HP), the director general said"),
    ("the National Liberation Army (ELN)that has negotiated", "the National Liberation Army (ELN) that has negotiated"),
    ("the Alternative for Germany (AfD)which is second", "the Alternative for Germany (AfD), which is second"),
    # a verb after a subject's apposition that a comma opened: the comma closes it
    ("The opposition, led by the Liberal Party (PL)questioned the spending.",
     "The opposition, led by the Liberal Party (PL), questioned the spending."),
    ("The president of Chile, Gabriel Boric (PS)announced a plan.", "The president of Chile, Gabriel Boric (PS), announced a plan."),
    # ... not after an opening phrase's comma, nor with no comma, nor after a relative clause
    ("According to the IBGE, the gross domestic product (GDP)grew 2.9%.",
     "According to the IBGE, the gross domestic product (GDP) grew 2.9%."),
    ("The party (PL)questioned the spending.", "The party (PL) questioned the spending."),
    ("The party, which won (PL)questioned it.", "The party, which won (PL) questioned it."),
    ("Two years ago, the Workers' Party (PT)won the vote.", "Two years ago, the Workers' Party (PT) won the vote."),
    ("Separately, the Central Bank (BCB)raised the rate.", "Separately, the Central Bank (BCB) raised the rate."),
    ("Petrobras, Vale and the Bank of Brazil (BB)reported profits.", "Petrobras, Vale and the Bank of Brazil (BB) reported profits."),
    # "According to" a source and its acronym, then a clause's subject: the phrase's comma
    ("According to data from the Security System (SESNSP)homicides fell 16%.",
     "According to data from the Security System (SESNSP), homicides fell 16%."),
    ("According to the European Commission (EC)the sector grew.", "According to the European Commission (EC), the sector grew."),
    # ... not where the phrase reads on, nor after a verb
    ("According to the Foundation for Policy (NFAP)report figures rose.",
     "According to the Foundation for Policy (NFAP) report figures rose."),
    ("According to the Bureau of Labor Statistics (BLS)data released on Friday, jobs rose.",
     "According to the Bureau of Labor Statistics (BLS) data released on Friday, jobs rose."),
    ("According to the Ministry of Health (MoH)cases reported this week, it slows.",
     "According to the Ministry of Health (MoH) cases reported this week, it slows."),
    ("According to the WHO (WHO)funds spent on vaccines rose.", "According to the WHO (WHO) funds spent on vaccines rose."),
    ("According to what was said by the Union (IAU)comets rose.", "According to what was said by the Union (IAU) comets rose."),
    ("Select the files (PDFs)which you want to upload.", "Select the files (PDFs) which you want to upload."),
    ("The members (Smith and Jones)who voted against it resigned.", "The members (Smith and Jones) who voted against it resigned."),
    ("above the target of the Bank of Mexico(Banxico).", "above the target of the Bank of Mexico (Banxico)."),
    ('The president said:"We will not allow it."', 'The president said: "We will not allow it."'),
    ("Inflation rose to 4.6%in the first half of March", "Inflation rose to 4.6% in the first half of March"),
    # "%d" after a digit is no printf placeholder
    ("Students get a 50%discount on tickets.", "Students get a 50% discount on tickets."),
    # a name ends the sentence before a pronoun or determiner; an abbreviation or a month's period
    ("It was published by Reuters.The agency did not comment", "It was published by Reuters. The agency did not comment"),
    ("He met U.S.officials on Monday", "He met U.S. officials on Monday"),
    ("The U.S.Ambassador, Ken Salazar, spoke", "The U.S. Ambassador, Ken Salazar, spoke"),
    ("They met on Jan.15 in the capital", "They met on Jan. 15 in the capital"),
    # a year's comma before a capitalised word or "a"; a sentence end before "I" or "A"
    ("In 2010,Chancellor Merkel declared it", "In 2010, Chancellor Merkel declared it"),
    ("It began in 1963,a fact that matters", "It began in 1963, a fact that matters"),
    ("Inflation rose to 4.5%,the highest level", "Inflation rose to 4.5%, the highest level"),
    ("The match ended 2-1;the fans celebrated.", "The match ended 2-1; the fans celebrated."),
    ("I wanted to win.I'm happy with it", "I wanted to win. I'm happy with it"),
    # an abbreviated month's period glued to the day, "Sept." too
    ("the vote on Sept.15 was close", "the vote on Sept. 15 was close"),
    # a year's period before a word that opens sentences
    ("the highest level since 2002.The decision surprised analysts", "the highest level since 2002. The decision surprised analysts"),
    # a comma after a closing quote or bracket, glued to the next word
    ('"We will not allow it",said the president', '"We will not allow it", said the president'),
    ("the market “is calm”,and that rates will fall", "the market “is calm”, and that rates will fall"),
    ("The Water Commission (Conagua),reported that", "The Water Commission (Conagua), reported that"),
    ("They won on Sunday night (14),at the stadium.", "They won on Sunday night (14), at the stadium."),
    ("He said «no»;then he left", "He said «no»; then he left"),
    # the Spanish dateline mark glued to the first word; a two-letter word's period before an opener
    ("Washington.-The Secretary met the minister.", "Washington.- The Secretary met the minister."),
    ("Mexico City, November 28 (EFE).-The president said it.", "Mexico City, November 28 (EFE).- The president said it."),
    ("The president said it.The minister agreed.", "The president said it. The minister agreed."),
    # a colon before a capitalised word and a space
    ("According to Pemex:The production fell 5%.", "According to Pemex: The production fell 5%."),
]
AFTER_KEEP = [
    "Visit example.in today or mysite.it now, etc.the end of the list.",
    "The total was 12,500 votes and the code x1yz,25 items ran.",
    "Acme Corp.the maker of tools and the Dept.they run.",   # an abbreviation's period
    "3.5 percent and 1,000 people at 9:00.",
    "Scores were 1-2,3-4,5-6 and rates 7%,8% or 9%.",   # lists of numbers
    "The U.S. and e.g. the U.K. and Ph.D. holders.",
    "See https://example.org/a,b;c and www.example.com/x,y.",
    "Use Node.js, ASP.NET and std::vector.",
    "The file config.yaml and a.b.c,d,e lists.",
    "Ratio 3:1 and 10:30 am.",
    "The Arch.Design studio, a U.S.-based firm, version Jan.15.3 and Dec.2024 builds.",
    "M.K.Stalin and S.K.Ramanujam spoke; the U.S.A. team won.",   # initials before a surname (Indian English)
    # letter labels, lists, code: no sentence end, no missing space
    "plan.A or plan.B, the hepatitis.A virus and coords 12,a and 13,b.",
    "read from Console.In and System.In in the code.",
    "mission (im)possible, word(s)and more, f(x)dx and (s)he",
    "call getValue(ABC) or x_y(AB) and f(X)",
    "then print(Hello) and Assert(True)",   # code: a name in brackets only after a capitalised word
    'a JSON {"key":"Value"} and a URL https://example.org/a:"B"',
    "a 90%ile score, printf('%s%d') and https://example.org/?q=5%off&r=20%in",
    # a year before a name, a version number, a longer number
    "sold in 2002.Mazda and version 2.5.The build, v2002.The and 12002.The",
    # a quote or bracket that code or a CSV row closes
    'Call f("abc",def) and g(x),y; a row "a","b",c and "x",yz',
    'He wrote x="abc",y and the list ["alpha",beta]',
    'var s = "hello";alert(s)', 'font-family: "Helvetica Neue",Arial,sans-serif;', '{name: "Ana",age: 3}',
    'print(a, "hello",end)', '1, "New York",NY', 'x = (foo),bar',
    "The U.S.-China talks at the Dr.-Stammberger-Halle on St.-Marcellusstrasse, e.g.The list.",
]


@pytest.mark.parametrize("before, after", BEFORE_CHANGE)
def test_space_before_change(before, after, fix_with):
    assert fix_with(before, "space-before-punct") == after


@pytest.mark.parametrize("text", BEFORE_KEEP)
def test_space_before_keep(text):
    assert SpaceBeforePunct()(text) == []


@pytest.mark.parametrize("before, after", AFTER_CHANGE)
def test_missing_after_change(before, after, fix_with):
    assert fix_with(before, "missing-space-after-punct") == after


@pytest.mark.parametrize("text", AFTER_KEEP)
def test_missing_after_keep(text):
    assert MissingSpaceAfterPunct()(text) == []


def test_a_wiki_namespace_keeps_its_colon_in_safe_mode(fix_with):
    text = "See Category:Politics of Mexico, File:Map.png and Archivo:Mapa de México for details."
    assert fix_with(text, "missing-space-after-punct", mode="safe") == text
