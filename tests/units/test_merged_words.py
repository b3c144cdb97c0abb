"""merged-words: what must change (and how), and what must stay."""

import pytest

from mt_repair import repair
from mt_repair.units.merged_words import MergedWords

from .helpers import case_table, fixed

RULE = "merged-words"

MUST_CHANGE = [
    ("on human mobilityparticularly for the regular", "on human mobility, particularly for the regular"),
    ("Alejandro Mayorkasand the White House", "Alejandro Mayorkas, and the White House"),
    ("of migratory flowsas well as for", "of migratory flows, as well as for"),
    ("crossings for trainswhich have impacted", "crossings for trains, which have impacted"),
    ("the economic activityby paralyzing trade", "the economic activity by paralyzing trade"),
    # a capitalised opener after an opening phrase with no verb yet: the phrase ends, no sentence
    ("In GuayaquilThe largest city in the country, shops closed early.",
     "In Guayaquil, the largest city in the country, shops closed early."),
    # a rarer past tense (Zipf 3-3.5) after a name the text writes alone
    ("The president Daniel Noboadecreed a state of emergency. Noboa spoke later.",
     "The president Daniel Noboa decreed a state of emergency. Noboa spoke later."),
    # a name before a present tense that takes an object, a clause or an infinitive: a comma
    # only where one opened an apposition
    ("The central bank, chaired by Santiago Bausiliexpects the monthly rate to fall.",
     "The central bank, chaired by Santiago Bausili, expects the monthly rate to fall."),
    ("The minister Luisa Alcaldeinsists that the reform is ready.",
     "The minister Luisa Alcalde insists that the reform is ready."),
    ("The author Margaret Atwoodexplains that fiction matters.",
     "The author Margaret Atwood explains that fiction matters."),
    # a Spanish name (with an accent: listed without it, or not at all) before a past tense
    # that opens a reported clause
    ("The minister of Labor, Yolanda Díazdefended that the measure helps.",
     "The minister of Labor, Yolanda Díaz, defended that the measure helps."),
    ("Senator Lilly Téllezdenounced that the vote was rigged.", "Senator Lilly Téllez denounced that the vote was rigged."),
    ("Minister Norma Piñacriticized that the reform passed.", "Minister Norma Piña criticized that the reform passed."),
    # a given name, then a surname glued to a past tense (any object after it)
    ("Carlos Alcarazplayed in Madrid on Sunday.", "Carlos Alcaraz played in Madrid on Sunday."),
    ("Lionel Messiscored for Inter Miami on Sunday.", "Lionel Messi scored for Inter Miami on Sunday."),
    # a list of names opens the sentence: its subject, no apposition to close
    ("Brazil, Colombia and Mexicohave requested the results.", "Brazil, Colombia and Mexico have requested the results."),
    ("Petrobras, Vale and the Bank of Brazilreported profits.", "Petrobras, Vale and the Bank of Brazil reported profits."),
    ("Brazil, Colombia and Mexicojoined by Chile, have asked for it.", "Brazil, Colombia and Mexico, joined by Chile, have asked for it."),
    # a plural noun opens the sentence: its subject, not an opening word
    ("Meteorologistsforecast rains for the second half of November.",
     "Meteorologists forecast rains for the second half of November."),
    # a plural subject, then the base form of a verb and "that": the subject's verb
    ("Economists from Itaú Unibancoconsider that the plan is credible.",
     "Economists from Itaú Unibanco consider that the plan is credible."),
    # an opening phrase's comma, then a new subject and its verb: no comma to close
    ("According to the Government, the centers in Shëngjin and Gjaderwill open soon.",
     "According to the Government, the centers in Shëngjin and Gjader will open soon."),
    # any name before "has" or "had" and a past participle
    ("The bank, chaired by Roberto Campos Netohas cut the rate.", "The bank, chaired by Roberto Campos Neto, has cut the rate."),
    ("The lawyer Gaetano Pecorellahad asked for it.", "The lawyer Gaetano Pecorella had asked for it."),
    # ... but inverted speech keeps its comma
    ("They paid to be taken to Franceinforms the Border Police.", "They paid to be taken to France, informs the Border Police."),
    # an unlisted name before "the" and a listed adjective or place that runs on into no name
    ("Dusan Vlahovicthe Serbian striker, scored twice.", "Dusan Vlahovic, the Serbian striker, scored twice."),
    # a common noun that ends names, glued to the article before a word that often follows "a"
    ("They announced it with the State Councila pilot project.", "They announced it with the State Council, a pilot project."),
    # a listed name, or a year, glued to the article before a word that often follows "a"
    ("Near Hamburga train has crashed into a school bus.", "Near Hamburg, a train has crashed into a school bus."),
    ("He returns after 17 Octobera senior party leader said.", "He returns after 17 October, a senior party leader said."),
    ("In 2011a suicide bomber detonated an explosive device.", "In 2011, a suicide bomber detonated an explosive device."),
    # a name glued to MT's "for his part" (Spanish "por su parte"), set off by commas
    ("The commander Pablo Beltránfor his part, assured that talks go on.",
     "The commander Pablo Beltrán, for his part, assured that talks go on."),
    # ... but "for his part in" is no such phrase
    ("The man was jailedfor his part in the robbery.", "The man was jailed for his part in the robbery."),
    # a known word or name before "in" and a date; a listed name before a role word
    ("It opened at the Denver Film Festivalin November.", "It opened at the Denver Film Festival in November."),
    ("The study, says Matthias Güntherauthor of the report, is clear.",
     "The study, says Matthias Günther, author of the report, is clear."),
    # an opening phrase ends before a determiner and a nationality adjective: the capital is the tag's
    ("According to the ministryThe Mexican army sent troops.", "According to the ministry, the Mexican army sent troops."),
    # a relative pronoun whose capital a tag boundary left: lower case, after a comma
    ("The governors of Salta and TucumánWho had asked for it, welcomed it.",
     "The governors of Salta and Tucumán, who had asked for it, welcomed it."),
    ("It was approved by the SenateWhich had rejected it before.", "It was approved by the Senate, which had rejected it before."),
    # ... or after a name the text writes alone
    ("The talks in Caracas resumed. The delegates in CaracasWho were present signed.",
     "The talks in Caracas resumed. The delegates in Caracas, who were present signed."),
    # a sentence-initial article or pronoun before a rarer word of six letters or more
    ("Theysummoned me at half past eleven.", "They summoned me at half past eleven."),
    ("Thenewborn girl and her mother are well.", "The newborn girl and her mother are well."),
    # a rarer left piece (Zipf 2.5-3) before a common word: the join model weighs it
    ("After a week at the beach he is brownedsomehow.", "After a week at the beach he is browned somehow."),
    ("He said it happened towhich nobody replied", "He said it happened to which nobody replied"),
    ("Healso said that", "He also said that"),
    ("the results ofthe vote", "the results of the vote"),
    ("a victory forthe team", "a victory for the team"),
    ("the officerGérald Martin said", None),
    ("the talks in SouthAfrica ended", "the talks in South Africa ended"),
    ("this December 27and it comes after", "this December 27, and it comes after"),
    ("the border closuresboth vehicular", "the border closures, both vehicular"),
    ("the prime minister said Petra Lindqvistwho leads the", "the prime minister said Petra Lindqvist, who leads the"),
    ("the daily Forum24that reported", None),      # split, punctuation left to context
    # a relative or complement "that" takes no comma; a pronoun "that" may
    ("the mines in a regionthat has large reserves", "the mines in a region that has large reserves"),
    ("it can be the casethat several factors matter", "it can be the case that several factors matter"),
    # ... but an adverb or the end of an adverbial phrase keeps its comma
    ("It is estimated, thoughthat dozens of fighters remained", "It is estimated, though, that dozens of fighters remained"),
    ("The look is achieved, for exampleby using a special colour", "The look is achieved, for example, by using a special colour"),
    ("the National Palaceoccurs every day", None),
    ("fans of SportsFrente Amplio said", None),
    # acronyms, "I", clitics and the article glued on
    ("as CNNquoting officials said", None),
    # a camel-case name glued to a connective
    ("the 11th matchday of LaLigawith which the team leads", "the 11th matchday of LaLiga, with which the team leads"),
    ("a video on YouTubewhich was removed", "a video on YouTube, which was removed"),
    ("before the vote passedI could see", None),
    ("at Dick'sstory hour", "at Dick's story hour"),
    ("Mexico'sForeign Minister spoke", "Mexico's Foreign Minister spoke"),
    ("Mexico’sSheinbaum said", "Mexico’s Sheinbaum said"),
    ("it was aprovider of care", "it was a provider of care"),
    # content joins: a derived left piece, or a right piece that reads on into the next word
    ("the traditionalcandidates lost", "the traditional candidates lost"),
    ("the groupresponsible for the attack", None),
    ("in German translationbecause, as he said", "in German translation, because, as he said"),
    ("in the Congress corridorsthat \"although the figure", None),
    # a word glued to "a", to "I" or to an acronym
    ("They reached the end of the montha week before the vote", "They reached the end of the month, a week before the vote"),
    ("It felt oldI had no idea why", None),
    ("fighters hid in the streetsPKK commanders said", None),
    # a sentence adverb, a word that opens sentences, a day or month
    ("The polls closed. Howeveras the count began, crowds gathered", "The polls closed. However, as the count began, crowds gathered"),
    ("InsteadBuffett bought more shares", "Instead, Buffett bought more shares"),
    ("Reporters asked about phone SpyingThe agency denied it", None),
    ("The vote was set for MondayRussian officials said", None),
    ("Oil rose in Julyprices of bread fell", None),
    # an unknown name before a common word; a common word before in/so/to/on/at
    ("the minister Zembrowskithe spokesman added", None),
    ("the meeting ended on Wednesdayin the capital", None),
    # a plural joined to "as" before a list of names lost "such" too; before a clause it did not
    ("Several states ruled by Republicansas Texas and Florida sued the government.",
     "Several states ruled by Republicans, such as Texas and Florida sued the government."),
    ("They sold the housesas Maria had planned.", "They sold the houses, as Maria had planned."),
    # the left piece reads on from the previous word
    ("the police told themmost roads were closed", "the police told them, most roads were closed"),
    # a year before a capitalised word ends a phrase (not a model number: "737Classic")
    ("In 2012Nigeria accounted for half of all new cases", "In 2012, Nigeria accounted for half of all new cases"),
    ("the aid of the 2000Epurchase has done little", "the aid of the 2000 Epurchase has done little"),
    # an unknown name before a word no name ends with
    ("The coach Barraganwas sacked on Monday", None),
    # two names run together (brands are built from common words: "TowerGroup")
    ("for honest assessments of operations in IraqAfghanistan, Libya and other crisis spots", None),
    ("The report came from Germanyadding that talks would go on", "The report came from Germany, adding that talks would go on"),
    # a sentence adverb glued to "a" or "we"; a known name glued to a word no name ends with
    ("Thereforea first observation should be made", "Therefore, a first observation should be made"),
    ("Firstwe found three street musicians", "First, we found three street musicians"),
    ("He met Obamaif he had time", "He met Obama, if he had time"),
    ("Theonly person at whom he did not look", "The only person at whom he did not look"),
    ("who will be Rupert Göller'ssuccessor.", "who will be Rupert Göller's successor."),
    ("Hence the appeal of Michele Carrubadirector of the department", "Hence the appeal of Michele Carruba, director of the department"),
    # a join at the outer side of a hyphenated compound
    ("Participants' ages were also wide-rangingwith the youngest aged nine", "Participants' ages were also wide-ranging, with the youngest aged nine"),
    # a given name runs on into a surname; a place does not
    ("In my opinion, what MichalHašek has displayed is good", "In my opinion, what Michal Hašek has displayed is good"),
    ("The head of the government in TripoliFayez al-Sarraj, is considered", "The head of the government in Tripoli, Fayez al-Sarraj, is considered"),
    # a number before a word; a year ends a phrase
    ("we have the following items to deal with: Bills 2, 3and 4.", "we have the following items to deal with: Bills 2, 3 and 4."),
    ("By the summer of 2016all the city hotels will be booked", "By the summer of 2016, all the city hotels will be booked"),
    ("The minister, Alicia Bárcenaconfirmed the meeting on Monday.", "The minister, Alicia Bárcena, confirmed the meeting on Monday."),
    # a past tense with an object, where the comma counts are too thin ("criticized": 1.4%)
    ("the opposition leader Xóchitl Gálvezcriticized the measure", "the opposition leader Xóchitl Gálvez criticized the measure"),
    # an irregular past tense with an object; a comma only where one opened an apposition
    ("President Claudia Sheinbaumheld a meeting with governors.", "President Claudia Sheinbaum held a meeting with governors."),
    ("The minister, Alicia Bárcenaheld the meeting on Monday.", "The minister, Alicia Bárcena, held the meeting on Monday."),
    # the verb is split off whole: not "Caputoceleb rated"
    ("The Minister of Economy Luis Caputocelebrated the data.", "The Minister of Economy Luis Caputo celebrated the data."),
    # an opening phrase, then the subject and its verb: no comma between them
    ("In 1964, Andy Warholcreated his first soup can painting.", "In 1964, Andy Warhol created his first soup can painting."),
    ("Instead, Buffettthrew a party for his staff.", "Instead, Buffett threw a party for his staff."),
    ("the Supreme Courtoverturned his appeal", "the Supreme Court overturned his appeal"),
    # a preposition after a verb clean news never writes as a passive: the finite verb
    ("Hillary Clintondeclined to comment on the report.", "Hillary Clinton declined to comment on the report."),
    # a common noun or an adverb before its verb: no comma either
    # ... or a name as the object of a past tense of six letters or more
    ("President Claudia Sheinbaumreceived Justin Trudeau at the palace.", "President Claudia Sheinbaum received Justin Trudeau at the palace."),
    ("Hundreds of migrantsarrived at the border on Friday.", "Hundreds of migrants arrived at the border on Friday."),
    ("The companyannounced the closure of two plants.", "The company announced the closure of two plants."),
    ("The couple had recentlybecame parents.", "The couple had recently became parents."),
    # ... but inverted speech and a participle with its agent keep the comma
    ("\"I feel very tiredsaid the Russian swimmer.", "\"I feel very tired, said the Russian swimmer."),
    ("The value of the company's sharescontrolled by Mediaset, fell sharply.",
     "The value of the company's shares, controlled by Mediaset, fell sharply."),
    ("The race went very smoothlysaid the swimmer.", "The race went very smoothly, said the swimmer."),
    # the second half of a paired conjunction takes no comma
    ("the rapprochement between Gustavo Petroand Nicolás Maduro", "the rapprochement between Gustavo Petro and Nicolás Maduro"),
    ("The closure of the crossings in Piedras Negrasand Eagle Pass hit trade", None),
    # a name before "said" at a clause end, or before "the" and a title
    ("the father, Fahrettin Açıkgözsaid, that it was over", "the father, Fahrettin Açıkgöz, said, that it was over"),
    ("At the invitation of Xi Jinpingthe President of the Maldives will visit", None),
    # a capitalised opener glued to the word before: a sentence ended there
    ("The fire was put out on December 27The cause is unknown.", "The fire was put out on December 27. The cause is unknown."),
    ("The report quoted CNNThe agency denied it", "The report quoted CNN. The agency denied it"),
    # a pronoun, an auxiliary or a common word that is no name, capitalised after a join:
    # a sentence ended (a comma would leave "airport, He")
    ("He spoke to reporters at the airportHe said the plan was final.",
     "He spoke to reporters at the airport. He said the plan was final."),
    ("The talks ended on FridayOfficials said they would meet again.",
     "The talks ended on Friday. Officials said they would meet again."),
    ("Prices fell 3 percentIt was the worst month in years.",
     "Prices fell 3 percent. It was the worst month in years."),
    # ... but not after a word that ends no clause: an adjective, a preposition
    ("He was a formerApple executive.", "He was a former Apple executive."),
    ("They talked aboutThe plan.", "They talked about the plan."),
    ("Sanctions hit IranAccording to the ministry, exports fell.",
     "Sanctions hit Iran. According to the ministry, exports fell."),
    # a rare listed token that clean news writes as two words ("accordingto" is on the web list)
    ("the plan was approved accordingto the rules", "the plan was approved according to the rules"),
    ("the plan made it ableto pay the debt", "the plan made it able to pay the debt"),
    # a listed name before a verb that opens clauses
    ("President Gustavo Petroassured that the reform is fair.", None),
    # three joins in one sentence: the first ones ate commas that would tell a long opener
    ("Among the first measures are the new port closuresboth for trucks and for trainswhich have "
     "hurt the regional economic activityby stopping the flow of goods.",
     "Among the first measures are the new port closures, both for trucks and for trains, which have "
     "hurt the regional economic activity by stopping the flow of goods."),
    # a long connective after a name: no name ends in "-particularly"; the longer connective
    # wins when the shorter one leaves no word ("Milenioal|though")
    ("Residents of Tijuanaparticularly those near the border", "Residents of Tijuana, particularly those near the border"),
    ("as reported by the daily Milenioalthough it was not confirmed", "as reported by the daily Milenio, although it was not confirmed"),
    ("in the lab cellshe studied grew", "in the lab cells, he studied grew"),
    ("the proposal announced by Xóchitl Gálvezduring the debate", None),   # an unlisted name
    # a capitalised token the join model is sure of, whose right piece never continues a name
    ("A new law in Copenhagendemand rose sharply.", "A new law in Copenhagen, demand rose sharply."),
    # a common capitalised word before a two-letter word that names end in elsewhere
    ("At the Expert Councilit was also suggested that fees rise.",
     "At the Expert Council, it was also suggested that fees rise."),
    # a listed name before a short word that reads on into the next one as a common pair
    ("Much as he would like to disown Tony Blairhe was his deputy.",
     "Much as he would like to disown Tony Blair, he was his deputy."),
    ("Based on data from the agency Reutersin the 2012 fiscal year.",
     "Based on data from the agency Reuters, in the 2012 fiscal year."),
    # "I'd", "I'll", "I'm", "I've" glued to the word before; a sentence adverb before a
    # pronoun or a wh-word
    ("As the day approachesI've come to dread it.", "As the day approaches, I've come to dread it."),
    ("As PresidentI'd like to focus on football.", "As President, I'd like to focus on football."),
    ("Wellwhat can you do?", "Well, what can you do?"),
    ("Franklywe have a generous pension system.", "Frankly, we have a generous pension system."),
    # a subject before its verb and the verb's object takes no comma; a participle does
    ("The governor of Texasannounced new measures.", "The governor of Texas announced new measures."),
    ("The Ministry of Healthreported 30 new cases on Monday.", "The Ministry of Health reported 30 new cases on Monday."),
    ("He lived near the Hungarian Guardestablished in August.", "He lived near the Hungarian Guard, established in August."),
    ("Colombian president Gustavo Petroannounced on Monday a new plan.",
     "Colombian president Gustavo Petro announced on Monday a new plan."),
    ("In a statement, the Ministry of Healthreported 30 new cases.",
     "In a statement, the Ministry of Health reported 30 new cases."),
    ("In Mexico, the president, Andrés Manuel López Obradorsaid that he will travel.",
     "In Mexico, the president, Andrés Manuel López Obrador, said that he will travel."),
    # a word before a given name that runs on into a surname
    ("The head of the Ivanovo RegionOlga Khasbulatova took part.",
     "The head of the Ivanovo Region, Olga Khasbulatova took part."),
    # a rare English derived or inflected word before a two-letter word is no foreign stem
    ("Any election could be annulledif complaints are accepted.", None),
    ("the hardest chapter of neurologya physician says", "the hardest chapter of neurology, a physician says"),
    # a function word that ends no name, after a known word or name, reading on
    ("A coach, John Anzrahhas been sent home.", "A coach, John Anzrah, has been sent home."),
    ("Investigators had Ms Pawlbyand her sister as projects.", None),
    ("It was a movement that was forming with Chelsealike the one before.", None),
    # a hyphenated name joined on its far side
    ("The adviser Liz Sherwood-Randallwho arrived on Monday.", "The adviser Liz Sherwood-Randall, who arrived on Monday."),
]

MUST_NOT_CHANGE = [
    "The fans began to seethe with anger.",        # rare words that split into a common pair
    "The firm of Phoolchandthe Kujur family.",       # an unknown name runs on into a capital
    "A Lada Priora car collided. The singer Carla said so.",   # a car model, a given name in -a
    "Maria Ivanova said the deal was done.",      # a listed name in -a is a name, not a name + "a"
    "The Directive 2011a of the Council applies. The plan 2011a was kept.",   # a year + "a" before no noun
    "Supernova 1987a first appeared in the Large Magellanic Cloud.",   # a catalogue name, not after a preposition
    "Mr Beltránfor example said it.",   # "for" before anything but "his/her/its part,"
    "Lyudmila Putina first met him in 1980. Henrika said it. Stefana went home.",   # feminine names in -a
    "The ruling handed Erdogana major victory.",   # a name in -a after a verb with two objects
    "The statue of Rameses stands in the square. The Kierkegaardians argues that Marx reports that.",
    "They ordered a carryout for dinner.",
    "Liz Sherwood-Randall met officials in Tapachula with Claudia Sheinbaum.",
    "Mr Ahmet spoke first. The leader Mr Ahmet met the team and Imran led the talks.",
    "Oropeza, Bárcena and the mañanera of the president.",
    "She bought an iPhone, watched YouTube and played PlayStation at McDonald's.",
    "COVID-19 cases, the G20 summit and an F-16 jet.",
    "Follow #migration and @SRE_mx or see https://example.org/newsfeedarticle and mail info@example.com.",
    "Counterproductive, notwithstanding, whereabouts, cybersecurity, policymakers, spokesperson.",
    "A neo-Porfirian style of government.",
    "The mayor of Fernandópolis, Conceição Lopes, praised the Pokémon fans in Iguaçu.",
    "They farmed with the Bhadrakhas in the hills of Darchula.",   # an unlisted name in -has, no participle after
    # names in "-shad" (a digraph before the "h"), before a past tense or an adverb
    "Mehrshad scored twice. Golshad set a record and Nowshad recently joined.",
    "The 1990s, 3rd place, 10am, 5pm, 100km and 4K screens.",
    "He ran `getUserName()` in camelCaseVariable code.",
    "The GlaxoSmithKline and ExxonMobil deal with BlackRock.",
    "Visitors of TheLand and the LinkedIn group.",   # a camel token ending in "and"
    "Greenfield and Whitfield are towns; Stonebridge too.",
    "He read a tome in Hasan's house, as Toto forgoes the thereof and herein.",
    "The percent rose, whereby prices fell.",
    "Download speed reached 500Mbps and 2GHz chips, 5kWh batteries.",
    "AFP notes. Recan has already stated it, and Hegang is a city.",
    "PDFs, URLs and SQLite files from NGOs.",
    "When Ivan Susanin was alive, the Phonehe stronghold and Sonsan Shoten stood.",
    "He read books or whatnot.",
    # seen in real MT output: names, foreign words and wiki residue that only look like joins
    "The Estonian Foreign Minister Marina Kaljurand met her colleague.",
    "thumbAlfred Dreyfus in 1935, the year he died.",
    "Dobridor is an anhistorical, even eternal space.",
    "The Kingdom of georgioson is a dynasty.",
    "It was a preIslamic text; Kalovsky said so. Later Kalovskysaid it twice and Kalovskysaid no.",
    "The newspaper Halkand \"Trendit\" reported it. Robertas.",
    # names ending in -a, -to, -in, -by; product names with a lower-case head
    "Xavier Minea said that Soldana and Arvato met in Steensby with Maryin.",
    "It runs on watchOS and visionOS; the openAI team and the bookAI app agreed.",
    "Shein is a brand.",
    "Léocour and Valcour are names.",
    # seen in real MT output: agent nouns, a brand at a sentence start, a foreign word
    "Sophie was struck by the city councilwoman's response.",
    "In just 20, he became a world recordman this year.",
    "Alljobs report for the 2021 roundup: jobs with no experience",
    "the property sjóðsfélaga became verkalýðshreyfingin to consent",
    "PetroChina shares rose.",
    "The Azerbaijanis and Afghanis voted; Susanin and Grosseto too.",
    # a surname that ends in a short word which does not read on into the next one
    "Nowe Miasto is a town, SoHo a district, Ohio a state. Soho is in London.",
    "The deputies Vadim Dengin and Aleksandr Yushchenko wrote the bill; Dengin from LDPR too.",
    # names that end in a function word: one that names end in ("Martin": -rtin), one that
    # runs on into a capital ("Yufuin Town"), one the next word does not follow
    "Leslie Urquhartin was born here; Ofer Cassif is the latest; Gil Sasover moves on.",
    "They met at Yufuin Town and Luckin Coffee; Augustine Rubit was the best scorer.",
    "Abu Al-Hassan, Baden-Württemberg and Sherwood-Randall met Kab-Ulan in Dar-es-Salaam.",
    # wiki image-caption markup glued together by scraping: residue, not a lost space
    "rightthumb The front of the ship, and a fruit that can be leftminiature bloody.",
    "Hungarian electorate leftAssembly in 2004285pxthumb",
    # a dropped g is no join: "boot in'"
    "just the right kind of bootin' that would make it look smooth",
    # "He" is a given name too ("ZhangHe"), "Today" and "Now" end brands
    "He met Xu He and ZhangHe in Beijing.",
    "Reporters met ZhangHe yesterday.",
    "She read USAToday and watched HBONow.",
    # garbled MT: a contraction without its apostrophe, two prepositions in a row
    "In 390, another youllis in the temple was installed.",
    "we somehow equate ourselves with objects of inidentifier.",
    # names ending in a function word that a name is as likely to be followed by ("Pakhrin
    # at", "Jusevas was"), or whose stem ends as no name does ("Gonm|in the")
    "The singer Khusiram Pakhrin at the conference; Father Jusevas was there.",
    "This gave King Gonmin the opportunity; Brock Lesnar attacked Fastland the next week.",
    # double given names and surnames with a particle before a surname; a brand after a word
    # it does not complete ("Data Core" is no pair)
    "Douglas MacArthur met MaryAnn Jones and LeeAnn Rimes with FitzGerald Smith.",
    "The singer JoEllen Smith and DeShawn Jones met VanDyke Parks.",
    # short common heads before a given name are brands; a name before a determiner after a
    # verb that takes two objects is the name's own object
    "Nike AirMax Plus, the SunJoe Company and receiver KeyShawn Johnson.",
    "The coach gave Brookson the ball.",
]


test_must_change, test_must_not_change = case_table(MergedWords(), MUST_CHANGE, MUST_NOT_CHANGE)


@pytest.mark.parametrize("text", ["the StarLife brand", "at TowerGroup, a firm", "EasyMoney has seen",
                                  "higher pay Alljobs report", "concurring to Chinanews com",
                                  # (a plural tail counts as its singular: "skin" ends 25 listed words)
                                  "They wore sealskins and leopardskin coats from the windwheel shop.",
                                  "the wayleave was granted",
                                  # a site or an account is named there
                                  "5,765 new cases, the stopcoronavirus website reports.",
                                  "on her Instagram account pagetravels, where it is shown",
                                  "He used WPScan, read JBpress and ETtoday.",
                                  # model numbers and brands with a short lower-case head
                                  "Boeing 737NG and 737Classic airliners",
                                  "and teamLab SuperNature of The Venetian"])
def test_brands_and_unlisted_compounds_are_left_alone_in_safe_mode(text):
    assert repair(text).text == text


def test_repeated_unknown_word_is_a_name_not_a_join():
    text = "Zorkand spoke. Later Zorkand left."
    assert MergedWords()(text) == []


def test_finding_records_split_and_comma_probability():
    (f,) = MergedWords()("for trainswhich have")
    assert f.rule == RULE and f.original == "trainswhich"
    assert (f.start, f.end) == (4, 15)
    assert f.best.text == "trains, which" and f.best.probability > 0.9
    assert f.meta["split"] == 6


def test_safe_mode_applies_high_confidence_joins():
    assert repair("crossings for trainswhich have").text == "crossings for trains, which have"


@pytest.mark.parametrize("text, sep", [
    # a comma then a run of names: the comma that closes the apposition was lost
    ("The minister of Chile, Mario Vargasinsisted that prices would fall.", ", "),
    # the name opens the sentence: subject and verb
    ("Vargasinsisted that prices would fall.", " "),
])
def test_where_the_join_stands_in_its_sentence_chooses_the_separator(text, sep):
    (e,) = MergedWords()(text)
    assert e.suggestion == "Vargas" + sep + "insisted"


@pytest.mark.parametrize("text, suggestion", [
    # "of" or "for" between capitalised words runs on in a name
    ("Prices fell by 40%, according to the Institutefor Agricultural Economics.", "Institute for"),
    ("He met the Ministerof Foreign Affairs on Friday.", "Minister of"),
    # ... not before an acronym (a currency)
    ("The provider based in Vancouverfor CAD 526 million was sold.", "Vancouver, for"),
    # an ordinal after a name is an apposition: a comma, never a colon
    ("Real Madrid has eleven points more than Barcelonathird in the table.", "Barcelona, third"),
    ("Inter beat Napolithird in the table.", "Napoli, third"),
])
def test_a_join_inside_or_after_a_name_takes_the_name_s_separator(text, suggestion):
    (e,) = MergedWords()(text)
    assert e.suggestion == suggestion


@pytest.mark.parametrize("text, suggestion", [
    # a sentence's subject, a past tense, and no comma to the sentence's end: a finite verb
    ("The boardmet on Friday.", "board met"),
    ("The committeemet on Friday with 3.5 million people.", "committee met"),
    # a later comma may close a participle phrase: the counts decide
    ("The proposalmet with criticism, was withdrawn.", "proposal, met"),
    ("The boardmet on Friday\nNext line", "board met"),
    # a determiner's noun before a past form that no participle phrase follows
    ("He stayed a moment, then the storyended abruptly there.", "story ended"),
    ("He spoke of the companybased on the coast.", "company, based"),
    # a title and a name (after a dateline too) are a subject; an opening phrase is not
    ("MEXICO CITY. – President Claudia Sheinbaumpresented this Tuesday the plan.", "Sheinbaum presented"),
    ("Former President Mauricio Macrivisited the city on Friday.", "Macri visited"),
    # ... but a participle phrase may follow a name (and "No. 43" ends no sentence)
    ("Batlló Houselocated in the Eixample district at No. 43, was rebuilt in 1877.", "House, located"),
    # no punctuation to the sentence's end, however far: no participle phrase closes
    ("The boardmet on Friday at the headquarters of the company in the old harbour district of the city with"
     " the lawyers of both sides present and it went on", "board met"),
    # ... but a comma far on may close one
    ("The companyfounded in 1998 by two former engineers from the state oil company Pemex and a group of"
     " foreign investors, announced a merger.", "company, founded"),
    # an amount after the verb is its object; a dateline in capitals opens no phrase
    ("PORTO ALEGRE – The rains that hit the state since last Fridayleft at least 12 dead, officials said.",
     "Friday left"),
    ("Three soldiers died on Fridayleft behind by the convoy.", "Friday, left"),
    ("ŁÓDŹ, Poland (AP) — The rains that hit the state since Fridayleft at least 12 dead.", "Friday left"),
    # ... but a participle phrase with an amount after it keeps its comma
    ("Ukrainian forces shelled Donetsklocated about 10 kilometres from the front line.", "Donetsk, located"),
    # after an opening adverb or phrase the name is the subject: a quantity is its verb's object
    ("Kangasniemi said so. Later Kangasniemiadded more details.", "Kangasniemi added"),
    # a person's name (a given name before it) opens the sentence: a past tense before a
    # preposition is its verb; a place's name may take a participle phrase
    ("President Joko Widodoinaugurated on Monday the first buildings of the city, the capital.",
     "Widodo inaugurated"),
    ("President Luiz Inácio Lula da Silvalaunched on Friday the new plan, the third.", "Silva launched"),
    # a past tense that is no participle opens no participle phrase, "by" after it or not
    ("The Polish grain pricesfell by almost 40% since 2022, according to the institute.", "prices fell"),
    ("He said the pricesrose by 3% in May, the office said.", "prices rose"),
])
def test_a_subject_and_a_bare_past_tense_take_no_comma(text, suggestion):
    (e,) = MergedWords()(text)
    assert e.suggestion == suggestion


@pytest.mark.parametrize("text", [
    "Kumar was born from the semen of the goddess paida.",     # not "paid a."
    "It was translated into limbuan for the display of",        # not "limbu, an for"
])
def test_no_split_writes_an_article_at_a_clause_end_or_before_a_function_word(text):
    assert MergedWords()(text) == []


def test_the_reason_says_when_the_punctuation_is_uncertain():
    (sure,) = MergedWords()("crossings for trainswhich have hurt trade")
    assert "uncertain" not in sure.reason
    (unsure,) = MergedWords()("the border closuresboth vehicular and rail")
    assert "the punctuation is uncertain: comma" in unsure.reason and "space" in unsure.reason


@pytest.mark.parametrize("text, liftable", [
    ("the shell was durabletoo and light", True),        # "too": a very common short word
    ("they said that yi banwon helped many servants", False),   # "ban|won": a romanised name
])
def test_only_common_three_letter_pieces_may_be_lifted_by_the_model(text, liftable):
    fs = [f for f in MergedWords()(text) if 0.7 <= f.confidence < 0.9]
    assert fs and bool(fs[0].meta.get("liftable")) is liftable


@pytest.mark.parametrize("text, best", [
    ("the president will hold Andrés Manuel López ObradorWith several secretaries", "Obrador, with"),
    ("the reform passed the SenateWith the support of the Liberals", "Senate, with"),
    ("The ministerAlso said that the talks will go on.", "minister also"),
])
def test_a_capitalised_function_word_glued_on_is_split_and_lower_cased(text, best):
    # a lost tag boundary leaves the next word's capital: after a comma or a space it goes
    (f,) = MergedWords()(text)
    assert f.confidence >= 0.9 and f.best.text == best
    assert all(c.text.split()[-1].islower() or c.text.split()[0][-1] in ".:" for c in f.candidates)


@pytest.mark.parametrize("text", ["He updated his LinkedIn profile before the GoTo meeting.",
                                  "They tried MakeIt and PlanA again.",
                                  "According to BuiltWith data and DoctorWho fans",
                                  "The former prime minister TheresaMay said so.",
                                  "the app BookWith."])
def test_brand_tails_and_names_are_no_stray_capital(text):
    assert not [f for f in MergedWords()(text)
                if f.confidence >= 0.9 and any(c.text != f.original and c.text.split()[-1].islower()
                                               for c in f.candidates)]




@pytest.mark.parametrize("text, split", [
    ("the head of Foreign AffairsAlicia Fuentes said", "Affairs, Alicia"),   # (a person no list has)
    ("He wrote for the section of SportsFrente Amplio on Monday.", "Sports"),
])
def test_an_english_word_joined_to_a_spanish_name_that_runs_on_splits_in_safe_mode(text, split):
    (f,) = MergedWords()(text)
    assert f.confidence >= 0.9 and f.best.text.startswith(split) and "Spanish name" in f.reason


@pytest.mark.parametrize("text", [
    "the ClassicAuto Madrid fair opened",          # a prefix-like piece: a brand
    "He met PlayStation Plus users",               # English pieces: a brand
    "the EconomyRaquel report",                    # no name runs on after it
])
def test_brands_and_lone_pieces_are_not_spanish_name_joins(text):
    assert all(f.confidence < 0.9 for f in MergedWords()(text))


@pytest.mark.parametrize("text", [
    "Then, the US Navyrecommissioned the Second Fleet.",   # not "Navyre, commissioned"
    "Birdairlifted to safety from North Sea rig",          # not "Birdair lifted"
    "Americanseavesdropped on Japanese officials",         # not "Americanseaves dropped"
])
def test_a_name_verb_split_never_cuts_a_longer_listed_verb(text):
    """The verb split off a name is whole: where a longer right piece is a listed word
    ("recommissioned", "airlifted", "eavesdropped"), a shorter one ("commissioned") is no
    verb of its own; the split waits rather than cut the wrong place."""
    for f in MergedWords()(text):
        assert f.confidence < 0.9 or f.best.text.split()[-1] not in ("commissioned", "lifted", "dropped")


@pytest.mark.parametrize("text, split", [
    ("They carried bagsmoney across the border", "bags|money"),       # "money" ends 7 listed words
    ("Classes resume each semesteroften with new teachers", "semester|often"),   # "often" none
    ("Locals praise the cheap roadmeals near the lake", None),        # "road" starts 35 listed words
    ("Locals cooked ricedishes near the lake", None),                  # "dish" (as "dishes") 17
    ("They came from a desertwine region", None),                      # after a determiner
])
def test_two_content_words_that_build_few_compounds_are_a_join(text, split):
    # the join model and the common-pair evidence off: the compound counts alone decide
    found = [f for f in MergedWords(join_model=False)(text) if "few compounds" in f.reason]
    if split is None:
        assert found == []
    else:
        (f,) = found
        assert f.confidence >= 0.9 and f.original[:f.meta["split"]] + "|" + f.original[f.meta["split"]:] == split


@pytest.mark.parametrize("text, split", [
    ("The mayor of GuadalajaraPablo Lemus opened the line. Pablo Lemus said it cost more.", "Guadalajara|Pablo"),
    ("The leader of the PANMarko Cortés called for unity, and Marko Cortés added more.", "PAN|Marko"),
])
def test_a_name_the_text_writes_apart_elsewhere_splits_off_the_word_before_it(text, split):
    (f,) = MergedWords()(text)
    left, right = split.split("|")
    assert f.original == left + right and f.meta["split"] == len(left) and f.confidence >= 0.9


@pytest.mark.parametrize("tok, text", [
    ("GuadalajaraPablo", "The mayor of GuadalajaraPablo Lemus opened the line."),   # apart nowhere
    # heads of two or three letters: names, not joins, even where the tail stands apart
    ("JetZorblu", "He flew JetZorblu Airways. Zorblu Airways is no firm."),
    ("McZallister", "Visit McZallister Park. Zallister Park is closed."),
    # a common word, or the head repeated: "World Bank Group", link residue
    ("CaixaBank", "Profits at CaixaBank Group rose. The World Bank Group said growth slowed."),
    ("ChinaChina", "He read ChinaChina Daily today. China Daily said so."),
])
def test_no_name_split_without_a_name_written_apart_after_a_long_enough_head(tok, text):
    from mt_repair.units.base import Doc
    from mt_repair.units.join_checks import name_split_point, written_apart
    i = name_split_point(tok)
    assert i == 0 or not written_apart(tok, i, Doc(text))
    assert [f for f in MergedWords()(text) if f.original == tok and "writes apart" in f.reason] == []


def test_a_name_written_apart_may_start_with_any_capital():
    text = "the EUMaroš Šefčovič spoke. Maroš Šefčovič said so."
    (f,) = [f for f in MergedWords()(text) if f.original == "EUMaroš"]
    assert f.meta["split"] == 2 and "writes apart" in f.reason


@pytest.mark.parametrize("text, fixed", [
    ("the account wasblocked by Twitter", "the account was blocked by Twitter"),   # a function word: a join
    ("The channel willbroadcast the match", "The channel will broadcast the match"),
])
def test_a_name_cue_leaves_joins_with_a_function_word_alone(text, fixed):
    assert repair(text).text == fixed


def test_a_name_this_text_writes_alone_splits_off_a_short_function_word():
    text = "It was the visit of Alejandro Mayorkasof the DHS. Mayorkas said it went well."
    (f,) = [f for f in MergedWords()(text) if f.original == "Mayorkasof"]
    assert f.meta["split"] == len("Mayorkas") and f.confidence >= 0.9
    # written alone nowhere: "Mayorkasof" may be a name of its own ("Kirchhof", "Kerkhof")
    assert [f for f in MergedWords()("It was the visit of Alejandro Mayorkasof the DHS.") if f.confidence >= 0.9] == []



#: joins safe mode repairs exactly (the separator included)
SAFE_REPAIRS = [
    # a well-known camel-case name glued to a two-letter word (not "Astra" + "Zenecais")
    ("Sanofi and AstraZenecais available now.", "Sanofi and AstraZeneca is available now."),
    # "though" ends sentences too
    ("It tastes pretty goodthough.", "It tastes pretty good, though."),
    # a plural possessive's apostrophe takes a space after it, no comma
    ("The expert was citing Llambis’lawyer.", "The expert was citing Llambis’ lawyer."),
    # a sentence adverb glued to an acronym or a name
    ("HoweverCCTV footage later showed it.", "However, CCTV footage later showed it."),
    ("OriginallyRaija was driven to the light.", "Originally, Raija was driven to the light."),
    # a web address glued to the word after the link
    ("It was sold by Amazon.comwhich said so.", "It was sold by Amazon.com, which said so."),
    ("Reviews on rottentomatoes.comInvictus has 76%.", "Reviews on rottentomatoes.com, Invictus has 76%."),
    # a percentage glued to a word that opens a clause keeps the comma a join loses there
    ("Turnout reached 61.4%while the ruling party fell to third place.",
     "Turnout reached 61.4%, while the ruling party fell to third place."),
    ("Inflation was -0.5%while wages fell.", "Inflation was -0.5%, while wages fell."),
    ("Prices rose 3%according to the statistics office.", "Prices rose 3%, according to the statistics office."),
    # a three-letter name before a relative pronoun
    ("The former mayor Juan Rioswho led the city until 2019 spoke first. The minister Ana Pazwhose party won spoke too.",
     "The former mayor Juan Rios, who led the city until 2019 spoke first. The minister Ana Paz, whose party won spoke too."),
    # a name this text writes alone, before a function word that reads on into the next word
    ("The candidate Tomás Cardozoin a televised debate promised jobs. Cardozo later left.",
     "The candidate Tomás Cardozo, in a televised debate promised jobs. Cardozo later left."),
    # a date before "in which"
    ("The vote of March 13in which the party lost was annulled.", "The vote of March 13, in which the party lost was annulled."),
    # a number, determiner or "among" heads no compound: "-men", "-sides" end a join there
    ("The guards stopped threemen near the gate and heard bothsides of the story.",
     "The guards stopped three men near the gate and heard both sides of the story."),
    # a month before a preposition and a place (no month runs on into a name)
    ("The summit of 3 Octoberin Lisbon ended early.", "The summit of 3 October in Lisbon ended early."),
    # a common name in "-a" glued to the article
    ("Exports to Chinaa major market fell.", "Exports to China, a major market fell."),
    # an unknown name before "head" or before "told" and whom it was told to
    ("The coach, Jarkko Vaittinenhead of the academy, resigned.", "The coach, Jarkko Vaittinen, head of the academy, resigned."),
    ("The envoy Mikael Stenqvisttold reporters the talks would resume.",
     "The envoy Mikael Stenqvist told reporters the talks would resume."),
    # a decade or an amount with its unit, glued to a connective (not a year before "she")
    ("Prices rose in the 1980swhen oil was scarce.", "Prices rose in the 1980s, when oil was scarce."),
    ("Since 2015she has led the team.", "Since 2015, she has led the team."),
    # an "s" between a noun and "he"/"she" goes where the determiner before says
    ("In a wordshe was brilliant.", "In a word, she was brilliant."),
    # an ordinal's suffix must fit its number ("2010st" is none)
    ("In the early 2010sthe price of food rose.", "In the early 2010s, the price of food rose."),
    # a capital "A" that opens the next sentence, or follows a label
    ("The treaty was signed in GenevaA new era began.", "The treaty was signed in Geneva. A new era began."),
    ("TenantA person who rents a home.", "Tenant: A person who rents a home."),
    # a year glued to an acronym, a possessive name or "a"; an amount glued to a connective
    ("The rebels have fought the army since May 2011BBC reports.", "The rebels have fought the army since May 2011, BBC reports."),
    ("After the crisis of 2008Europe's banks shrank.", "After the crisis of 2008, Europe's banks shrank."),
    ("In 2004a 19-year-old student was arrested.", "In 2004, a 19-year-old student was arrested."),
    ("The trip would have cost $250he said.", "The trip would have cost $250, he said."),
    # an acronym, the subject, glued to its verb before the verb's object
    ("The WHOestimates that a million people were infected.", "The WHO estimates that a million people were infected."),
    # a word glued to a title before a name
    ("In a message on SundayMs. Ortega thanked the voters.", "In a message on Sunday, Ms. Ortega thanked the voters."),
    # a relative pronoun before its verb takes no comma
    ("The strike, whichparalyzed the port, ended on Friday.", "The strike, which paralyzed the port, ended on Friday."),
    # a determiner, a noun, then a present tense: the subject and its verb take no comma
    ("Critics say the Ministrywants to delay the vote.", "Critics say the Ministry wants to delay the vote."),
    # ... but a verb that takes a "that" clause may be inverted speech, and after a comma a
    # relative clause may end
    ("Prices will keep rising because of the crisisbelieves the economist.",
     "Prices will keep rising because of the crisis, believes the economist."),
    ("The law, which was approved by the parliamentrequires all firms to report.",
     "The law, which was approved by the parliament, requires all firms to report."),
    # ... unless an apposition with no verb may end there
    ("The festival, one of the oldest in the countryopens its doors on Friday.",
     "The festival, one of the oldest in the country, opens its doors on Friday."),
    # an organisation's acronym this text writes alone, glued to a name
    ("The Electoral Tribunal (TSE) said the head of the TSEMarisol Ventura would resign.",
     "The Electoral Tribunal (TSE) said the head of the TSE, Marisol Ventura would resign."),
    # "more than" opens a phrase, so "-more" is no place name's ending there; a comma only
    # where an opening phrase ends ("According to ..."), as the counts decide
    ("According to the Superintendency of Pensionsmore than 11 million people contribute.",
     "According to the Superintendency of Pensions, more than 11 million people contribute."),
    ("He said it costs a lotmore than we thought.", "He said it costs a lot more than we thought."),
    ("The fee, they said, rose to a levelmore than twice the average.",
     "The fee, they said, rose to a level more than twice the average."),
    # a surname unknown to the name list, after a given name, before a verb that opens a clause
    ("The minister, Luis Caputoassured this Tuesday that prices will fall.",
     "The minister, Luis Caputo, assured this Tuesday that prices will fall."),
    # a compounding tail after a word that starts no listed compound
    ("His beauty was his main assetsome would say his weakness.",
     "His beauty was his main asset, some would say his weakness."),
    # web junk listed below Zipf 1.5 that clean news writes as two words 20 times or more
    ("Youneed a good dose of luck as well.", "You need a good dose of luck as well."),
    ("The exchangerate will remain stable.", "The exchange rate will remain stable."),
    # an acronym is a subject before its verb and the verb's object: no comma
    ("Icelandair and FFsigned a new collective agreement on Sunday.",
     "Icelandair and FF signed a new collective agreement on Sunday."),
    # an amount after a currency sign
    ("a package of US$500million for roads", "a package of US$500 million for roads"),
    ("a package of $500million for roads", "a package of $500 million for roads"),
    # a listed name, a preposition, a place: no comma before it
    ("a meeting between Gustavo Petro and Nicolás Maduroin Caracas, where both spoke",
     "a meeting between Gustavo Petro and Nicolás Maduro in Caracas, where both spoke"),
    # ... and after a lower-case word (98% of clean news), but not where an opening phrase ends
    ("Would things go well for him and his girlfriendin New Zealand?",
     "Would things go well for him and his girlfriend in New Zealand?"),
    ("For examplein Daugavgriva we gathered almost 800 units.",
     "For example, in Daugavgriva we gathered almost 800 units."),
    ("Howeverin Caracas the talks ended.", "However, in Caracas the talks ended."),
    ("Earlieron Monday the minister said it.", "Earlier on Monday the minister said it."),   # a time word
    # a weekday before a two-letter word and a capital: no name ends so ("Tianhe District" does)
    ("The talks ended on Mondayin Caracas.", "The talks ended on Monday in Caracas."),
    # a pair clean news writes often and never with a comma keeps none
    ("The summit will be held in MexicoCity next month.", "The summit will be held in Mexico City next month."),
    ("He is the uncontested recordholder with 20 medals.", "He is the uncontested record holder with 20 medals."),
    # a quantifier opens a subject as a determiner does; a verb before "to" + infinitive
    ("According to the official, both countriesagreed to continue the dialogue.",
     "According to the official, both countries agreed to continue the dialogue."),
    # a capitalised "While", "If" ... opens a sentence only with a comma later in it
    ("It was a record, according to the organizersWhile the government estimated a spill of 15 billion pesos.",
     "It was a record, according to the organizers, while the government estimated a spill of 15 billion pesos."),
    ("The talks ended on FridayWhile the leaders met, the protesters marched.",
     "The talks ended on Friday. While the leaders met, the protesters marched."),
    # the sentence ends at a stop before a capital ("U.S. embassy" goes on); "50,000" is no clause comma
    ("It was a record, according to the organizersWhile the U.S. embassy estimated fewer, others disagreed.",
     "It was a record, according to the organizers. While the U.S. embassy estimated fewer, others disagreed."),
    ("It was a record, according to the organizersWhile 50,000 people marched.",
     "It was a record, according to the organizers, while 50,000 people marched."),
    ("The leaders met on Tuesdayat Los Pinos.", "The leaders met on Tuesday at Los Pinos."),
    # a three-letter past after a name this text writes alone (names end in "-met": Ahmet)
    ("Sheinbaum spoke on Monday. The president Claudia Sheinbaummet the governors on Wednesday.",
     "Sheinbaum spoke on Monday. The president Claudia Sheinbaum met the governors on Wednesday."),
    # a capitalised "Where" left by a tag boundary, before a noun phrase
    ("The migrants arrived at TapachulaWhere the shelters are full.",
     "The migrants arrived at Tapachula, where the shelters are full."),
    # two names joined by "and" with no comma yet in the sentence are a pair (an apposition
    # that a comma opened closes with one)
    ("The crossings in Ciudad Juárezand Nogales were closed.", "The crossings in Ciudad Juárez and Nogales were closed."),
    ("The minister, Alejandro Mayorkasand Ebrard met.", "The minister, Alejandro Mayorkas, and Ebrard met."),
    ("He called me before leaving for Los Angelesand I told him it was crazy.",
     "He called me before leaving for Los Angeles, and I told him it was crazy."),
    ("He called me before leaving for Los Angelesand Smith told him it was crazy.",
     "He called me before leaving for Los Angeles, and Smith told him it was crazy."),
    # an adverb that is a prefix too glued to a name: a particle before its object takes a
    # space, a clause that the name opens a comma
    ("The ship sank offScarborough in the storm.", "The ship sank off Scarborough in the storm."),
    ("It is time to modernize as wellBurke says.", "It is time to modernize as well, Burke says."),
]

#: joins safe mode splits, whatever separator it picks: (text, joined token, pieces that must appear)
SAFE_SPLITS = [
    # a capitalised word glued to a past tense of five letters or more (the longest that
    # ends the token; an "s" goes where the commoner word wants it)
    ("From Kyiv, the minister Mykola Solskyilamented the measure.", "Solskyilamented", ("Solskyi", "lamented")),
    ("The European Commissiontabled a proposal on Friday.", "Commissiontabled", ("Commission", "tabled")),
    ("He was known as Jokowivowed to act.", "Jokowivowed", ("Jokowi", "vowed")),
    ("The husband Mike Rossplayed by an actor paid a visit.", "Rossplayed", ("Ross", "played")),
    ("Localsbemoaned it as the latest loss.", "Localsbemoaned", ("Locals", "bemoaned")),
    ("The Minister Caputoassured this Tuesday that prices will fall.", "Caputoassured", ("Caputo", "assured")),
    # a function word glued to a rarer word of five letters or more
    ("It optimizes itsrigidity and shape.", "itsrigidity", ("its", "rigidity")),
    ("The titles are long anddizzying over here.", "anddizzying", ("and", "dizzying")),
    ("She sold the bonds toissuers abroad.", "toissuers", ("to", "issuers")),
    # a word glued to the head of a hyphenated compound of listed words (a two-letter
    # function word before it too)
    ("The crisis bewilders youngwell-educated people.", "youngwell", ("young", "well-educated")),
    ("In recent monthsday-to-day life has changed.", "monthsday", ("months", "day-to-day")),
    ("He returned tofirst-team training.", "tofirst", ("to", "first-team")),
    # a rarer listed stem before "to", "so"
    ("It is needed in order to moderniseto increase its yield.", "moderniseto", ("modernise", "to")),
    ("The beak is less than 1 centimeterso there are difficulties.", "centimeterso", ("centimeter", "so")),
    # a listed name glued to an irregular present of five letters or more
    ("The rally of the party in Valenciacomes a week before the elections.", "Valenciacomes", ("Valencia", "comes")),
    ("The orchard situated in Kabulholds a special place.", "Kabulholds", ("Kabul", "holds")),
    ("For the moment, Italyreceives support from institutions.", "Italyreceives", ("Italy", "receives")),
    # ... an ordinal or a short past after a listed name, a short past after a Spanish one
    ("Real Madrid has eleven points more than Barcelonathird in the table.", "Barcelonathird", ("Barcelona", "third")),
    ("The fires in the region of Valparaísoleft at least 112 dead.", "Valparaísoleft", ("Valparaíso", "left")),
    # an acronym before an auxiliary or a quantifier that goes on with the clause
    ("Held at the headquarters of the SREboth officials agreed.", "SREboth", ("SRE", "both")),
    ("The NASAwill launch it. The FBIhas said so.", "NASAwill", ("NASA", "will")),
    # a three-letter name before a connective no name ends in
    ("Benfica won at the Estádio da Luzwith a goal in the last minute.", "Luzwith", ("Luz", "with")),
    ("The singer Ana Lopwhile on tour fell ill.", "Lopwhile", ("Lop", "while")),
    # a word + "and" whose first letters spell a word + "d" is no inflection ("Crimean" + "d")
    ("Past emergencies did not reduce crimeand that is the problem.", "crimeand", ("crime", "and that")),
    # an acronym glued to a function word, a past tense or an -ly adverb (no brand ends so)
    ("The UNand the EU agreed on the text.", "UNand", ("UN", "and the")),
    ("Both firms agreed, but the HIVtransferred from mother to child was not tested.", "HIVtransferred",
     ("HIV", "transferred")),
    ("Icelandair and FFsigned a new collective agreement on Sunday.", "FFsigned", ("FF", "signed")),
    # ... or a number or quantifier, which opens a noun phrase
    ("A report by the UNfive years ago found no such thing.", "UNfive", ("UN", "five years")),
    # a capitalised word glued to one that continues names, which here reads on in lower case
    ("He prayed at the old Mosquepart of the time.", "Mosquepart", ("Mosque", "part of the")),
    # an unlisted name before a connective (not "and") that no name of clean news ends in, reading on
    ("Romanian minister Cristina Nedelcuwho said the plan was good.", "Nedelcuwho", ("Nedelcu", "who said")),
    # "and" only after a name with a Spanish accent or tilde (no Spanish word ends in "-and")
    ("accompanied by the Minister of Commerce Germán Umañaand the ambassador Armando Benedetti.", "Umañaand",
     ("Umaña", "and the ambassador")),
    # ... where a name may follow the connective
    ("The visitors replied with a goal by Miguel Gutiérrezbut Vinícius Júnior sealed the match.", "Gutiérrezbut",
     ("Gutiérrez", "but Vinícius")),
    # a capitalised word glued to a title that opens a name or a position
    ("The statement of the US CongressPresident Obama was read.", "CongressPresident", ("Congress", "President Obama")),
    ("says Yury NoginDirector of the Financial Institutions.", "NoginDirector", ("Nogin", "Director of")),
    ("a view espoused by Anna GlazovaHead of the Centre for Asia.", "GlazovaHead", ("Glazova", "Head of")),
    ("There is a man living in Londona French taxi driver.", "Londona", ("London", "a French")),
    # a word glued to "I" whose lower-cased form is a listed word ("generali")
    ("A Ukrainian generalI have not yet met said so.", "generalI", ("general", "I have")),
    # a suffix that is a word too, after a plural or a function word
    ("Other productslike these facilitate it.", "productslike", ("products", "like")),
    ("I am sure thatlike in the summer of 2008 it started.", "thatlike", ("that", "like")),
    # a prefix makes no word of an irregular past; "well-" compounds take a hyphen
    ("The man who held the postbecame ill.", "postbecame", ("post", "became")),
    ("He was wellaware of it.", "wellaware", ("well", "aware")),
    # a rarer English-looking left piece before a very common word
    ("The informalityforeign workers face is high.", "informalityforeign", ("informality", "foreign")),
    # an unlisted derivation of a listed word before a connective
    ("They probe for signs of cooperativenessand compromise.", "cooperativenessand", ("cooperativeness", "and")),
    # a vowel and "-and" end no name
    ("The station in Järvenpääand Nuppulinna will close.", "Järvenpääand", ("Järvenpää", "and")),
    ("The guest, Navdeep Rinwaand the principal spoke.", "Rinwaand", ("Rinwa", "and")),
    ("Romanian minister Marius Nedelcuand the prime minister agreed.", "Nedelcuand", ("Nedelcu", "and")),
    ("Michel Karabadjakianassistant director of the cleansing, said so.", "Karabadjakianassistant",
     ("Karabadjakian", "assistant")),
    ("said Barbar RitterChair of the Committee.", "RitterChair", ("Ritter", "Chair of")),
    # a word glued to a person's name the knowledge base lists (the name and the next word)
    ("The president of ColombiaGustavo Petro announced a reform.", "ColombiaGustavo", ("Colombia, Gustavo Petro",)),
    ("The former president López ObradorClaudia Sheinbaum spoke.", "ObradorClaudia", ("Obrador", "Claudia Sheinbaum")),
    # ... glued to a capitalised word: those languages write no camel case
    ("He won the election against Luisa GonzálezCorrea's candidate.", "GonzálezCorrea's", ("González", "Correa's candidate")),
    # ... or a Portuguese one, before a preposition that ends no Spanish or Portuguese word
    ("The meeting took place in Foz do Iguaçuon the triple border.", "Iguaçuon", ("Iguaçu", "on the")),
    ("The mayor of Conceiçãoat the time was João Silva.", "Conceiçãoat", ("Conceição", "at the")),
    ("The governor of Nuevo Leónin the north of the country said so.", "Leónin", ("León", "in the")),
    # a name before a function word that the next word reads on from far better than from
    # a name ("his wife", "in the"; evidence.name_context)
    ("Leroy Hansfordhis wife and stepson were among those rescued.", "Hansfordhis", ("Hansford", "his wife")),
    ("According to Borschevin the current structure of the committee.", "Borschevin", ("Borschev", "in the")),
    ("Goldman Sachshas been targeted by critics.", "Sachshas", ("Sachs", "has been")),
    # "I" glued to a word: dropping the "I" leaves the other piece, which makes the token
    # no typo of that word
    ("They say Ifeel bad about it.", "Ifeel", ("I feel",)),
    ("Then Isaid no, and later it rained.", "Isaid", ("I said",)),
    # "a" never before a function word: the word splits weigh the token
    ("He saw athis house.", "athis", ("at his",)),
    # an acronym before a word clean news writes after it (brands glue a word no text does)
    ("Congress yields: USgovernment can pump 700 billion dollars.", "USgovernment", ("US government",)),
    # a capitalised token whose right piece reads on into the next word as no name does
    ("The fire broke out at the Frenchchemical plant on Monday.", "Frenchchemical", ("French", "chemical plant")),
    # a name ended and the next began: the word before completes the left piece ("Los
    # Angeles"), or the right piece is a given name that runs on into a surname
    ("He moved to Los AngelesCounty last year.", "AngelesCounty", ("Angeles", "County last")),
    ("The award went to Brigitte RansmannPetra Gronemann and others.", "RansmannPetra",
     ("Ransmann", "Petra Gronemann")),
    # ... also before a capital, for a connective that takes a noun phrase
    ("Rusal signed a deal with Aluminawith China's biggest firms.", "Aluminawith", ("Alumina", "with China's")),
    # an unlisted name glued to a common word that ends no unlisted capitalised token of clean
    # news (data/name_tails.tsv) and continues no name, which reads on into the next word
    ("They met in the village of Kovalnikadjacent to the river.", "Kovalnikadjacent", ("Kovalnik", "adjacent to")),
    # a year glued to a word; a time of day glued to a connective
    ("its value will triple compared to 2011up to $395 billion.", "2011up", ("2011", "up to")),
    ("He worked there from 1987supervising the works.", "1987supervising", ("1987", "supervising the")),
    ("Registration opens at 9amand the heats follow at 10am.", "9amand", ("9am", "and the heats")),
    ("The rally will take place on January 3at 2 p.m.", "3at", ("3", "at 2")),
    ("It rained on December 27in the north.", "27in", ("27", "in the north")),
    # a number before a long word; the end of a range or a score
    ("A total of 8826vacancies have been announced.", "8826vacancies", ("8826", "vacancies have")),
    ("He was away for 20-25days.", "25days", ("20-25", "days.")),
    ("They lost to Portugal, 83-56on the opening day.", "56on", ("83-56", "on the opening")),
    # a common three-letter word before a long connective
    ("It can be a cleaver, sword or axeand it also includes knives.", "axeand", ("axe", "and it")),
    # three words run together (a one-word tag lost the spaces on both sides)
    ("When questioned, theysaidthat formal dress was not mandatory.", "theysaidthat", ("they said that",)),
    ("The heart of the project was his teamwhichhas devoted itself to it.", "teamwhichhas", ("team", "which has")),
    # a listed name before "of" and a place
    ("The winner was Carole Paulsonof Chelmsford Road in Leeds.", "Paulsonof", ("Paulson", "of Chelmsford")),
    # a rarer long lower-case word (Zipf 2.5-3) glued to a listed name
    ("Kerry admitted that in wiretappingAmerican intelligence agencies went too far.", "wiretappingAmerican",
     ("wiretapping", "American intelligence")),
    # a rarer -ing form (Zipf 2.5-3) after a common word
    ("The party failed to enter parliamentgarnering only 3 percent of the vote.", "parliamentgarnering",
     ("parliament", "garnering only")),
    # a word with a letter that lowers to two ("İ")
    ("The governor of İstanbulsaid on Monday that the bridge is safe.", "İstanbulsaid", ("İstanbul", "said on")),
    # two capitalised words, one a plural: brands rarely inflect a part
    ("Oracle ShareholdersAngry at Ellison Salary", "ShareholdersAngry", ("Shareholders", "Angry at")),
    # a lower-case word glued to an acronym: a common word, or a function word of two letters
    ("Learn it the hard wayEU officials said.", "wayEU", ("way", "EU officials")),
    ("the street alleysPKK members fired", "alleysPKK", ("alleys", "PKK members")),
    ("the policy ofUS officials", "ofUS", ("of", "US officials")),
    # a common word or a listed name before "and", though "-land" ends names
    ("The Security Counciland the assembly voted.", "Counciland", ("Council", "and the")),
    ("talks between Merkeland the unions", "Merkeland", ("Merkel", "and the")),
    # an adverb or preposition that is a prefix too, glued to a name ("pre-Islamic" loses a hyphen)
    # a two-letter verb or preposition glued to the article, before a word "a" often precedes
    ("He was known asa hero in the town.", "asa", ("as a hero",)),
    ("It isa good idea.", "isa", ("is a good",)),
    ("The delegation visited Portugaland Italy.", "Portugaland", ("Portugal", "and Italy")),
    ("It was a 'greatsuccess' for the team.", "greatsuccess", ("'great success'",)),
    ("In Madrid Ihave seen it.", "Ihave", ("I have seen",)),
    # a three-letter name after another name, glued to a role ("Zhang Hua|director of")
    ("said Zhang Huadirector of the Ningbo commission.", "Huadirector", ("Hua", "director of")),
    ("They live ina small town.", "ina", ("in a small",)),
    # a rarer plural of a listed word is no foreign stem before a two-letter word
    ("The firm hired subcontractorsin the north.", "subcontractorsin", ("subcontractors", "in the")),
    # an unknown name before "where" is no name in "-w" before "here"
    ("The mayor of Xochimilcowhere he spoke.", "Xochimilcowhere", ("Xochimilco", "where he")),
    # a Spanish or Portuguese name may end in an accented vowel
    ("Flamengo receives Athletico at Maracanãin the first leg.", "Maracanãin", ("Maracanã", "in the")),
    # a Slavic surname or patronymic is complete: a function word after it reads on
    ("Oleg Valeryevichhow did you begin?", "Valeryevichhow", ("Valeryevich", "how did")),
    # a lower-case hyphenated compound glued to a two-letter connective
    ("His voice was higher-pitchedso he sang.", "higher-pitchedso", ("higher-pitched", "so he")),
]

#: text safe mode leaves alone
SAFE_KEEPS = [
    "They flew from Grönland to Jutland via Vesterland and Ostland.",   # "-land" names stay whole
    "Scholars of the preIslamic and postSoviet eras met.",   # a bound prefix lost its hyphen
    "Ina Müller sang. In Estonian, isa Pertti lasi oma naise.",
    "The studio of Ivan Sokolof was sold. Boris Karpof Jr. spoke.",
    "Father Jusevas was there, and so was Petrovas.",
    "President Tsai Ing-wenthe leader spoke.",   # a name's lower-case part: no "Ing-went|he"
    "Former judge Paul Kirchhof this year published a book on taxation.",
    "Rhys Ifans and Ioan Gruffudd were born in Wales. Ifans is a Welsh surname.",   # not "I fans"
    "The Airdirector app and the Abchief tool were sold.",   # a short capitalised head alone
    'The Turkish word "keyif" refers to pleasure. He described the mood as "keyif" and left.',   # cited
    "Call isValid(x, y) first. The Ifamily app is new.",
    "The method toString() returns a string; isValid(x) is true.",   # code: a call's bracket follows   # Lithuanian names add "-as"   # names in "-of" before no reading-on word   # a name; a foreign word before no English one
    # capitalised tokens that end in a listed "-ed" word but are none joined to a past tense:
    # "-eed" nouns, "-fried" names, a prefix, a name as the tail, a tail a longer word holds,
    # an unknown piece before a five-letter tail
    "Er ging herunter und beliebig weiter.", "Dance begins after it is tied toether.",   # foreign words; a typo
    "The name comes from the words diversionno-razvedyvatelnaja gruppa.",   # a transliteration
    "Either way, says Tsai Ing-wenthe leader.",   # a two-letter piece after the compound: --all at most
    "The oblastis a region.", "The invertor works.", "The caliphat ruled.",   # foreign and Latin endings
    "Visit example.community and site.organic today.", "Mail a@b.comThe end. See http://x.comHello now.",
    "TodayFM is a radio station. NowTV is a service.",   # short heads before an acronym: brands
    "The RedHead brand. A WheelChair was bought. The HotHead of the year.",   # brands, short heads
    "Roland and Samarkand stay. Fernand too. Kakavand spoke. The Vorstand met.",   # consonant + "and"
    "He wore a childlike grin and a handsome coat; it was countless and fruitless.",
    "The wellbeing of all; a wellspring of joy; they overcame it and undertook more.",
    # a common word before a participle may make an unlisted compound; Arabic names run on
    "Reskilled workers are in demand. Greenwashed campaigns mislead. Factchecked claims hold.",
    "Bishop Abdelsayed led the mass. Mohamed Benkhaled scored.",
    "Chadwins and Marywins.", "He met John DiVerto Ulmao.",   # a particle name is no camel brand   # a four-letter present after a name: --all at most
    "Gambut district was flooded. Kanthat is a town. The rulemaker-related costs rose. Sportswashed events.",
    "The brand offWhite sells it. Use downDetector or outSystems and the startup wellSaid Labs.",
    "The Widerstands movement met.", "The Multispeed gearbox works.", "Physicist Heinfried Kohl spoke.", "Disinformed readers wrote in.",
    "They met at the Alphamed Theater.", "The Aerophourated troops marched.",
    # a given name before a surname whose end is no past tense of five letters or more
    "Maria Mohammed said so.", "Carlos Ahmed left early.", "Juan Whitehead arrived.",
    "Physicist Paul Ehrenfried said the results were solid.",   # Germanic names in "-fried"
    # one-word brands built on a place name (safe mode leaves a name + a common word alone)
    "Chinatrust said profits rose.", "Swissquote reported higher revenue.", "Japantoday reported the news.",
    # brands ending in "Who" after a common word
    "The game GuessWho is fun. The site AskWho is new. The band TheWho played.",
    # brands: an acronym before a noun or "can"
    "Read JBpress today.", "He uses WPScan daily.", "He went to LIVIfest and HCor yesterday.", "using WPScan to find it", "as ETtoday reported",
    # web joins inside addresses and handles
    "Read it in theguardian.com today.", "Follow @theguardian for news.",
    # names that end in a connective; "and" ends names no list has
    "Mr Kaljurand said the plan was good.", "Anne Durand said the plan was good.",
    "Some of the islands of Viljand went on to the town.",
    "The main catches are in Leixyrand in the north of Portugal.",
    "Mr Sandwith said the plan was good.", "Jean Legrand and his wife.", "Jack Beckwith said it was good.",
    # a title word ending a brand before no name or position, or a class name before a word naming code
    "The firm SmartAssistant is new.", "We used the HeadDirector tool today.",
    "Add a PlayableDirector Component to the scene.",
    # an accented brand ("MásMóvil" is listed too, but the rule itself needs no accent on the right)
    "Orange and MásMóvil Telecom closed the merger.", "The band LuzDivina sang.",
    # a hyphenated Spanish double surname; a brand with the accent on its second part
    "Salvador Sánchez-Cerén met AeroMéxico pilots.",
    # a listed person's given name before another surname: a different person, or a brand
    "the president of ColombiaGustavo Klimt said so.", "The firm ColombiaGustavo Ltd sells coffee.",
    # Irish names accented as Spanish ones are, before a word that does not read on from "in"
    "Senator Aodhán Ó Ríordáin said so.",
    # a place that ends in "-more" before "than" (the comparative splits off plurals only)
    "It is colder in Lakemore than in Akron.",
    # a brand that starts with "The" before no word; a sentence head's join only at a sentence start
    "Thebigword is a translation company.", "He reads Thenewborn magazine.",
    # an agent noun after a plural ("draughtsperson", like "craftsman"), unlisted
    "The draughtspersons will not commit to it.",
    # a place or name ending in "-more" before anything but "than"
    "The family lived in Kilmore for years.", "They met in Carnmore on Friday, more or less.",
    # Brazilian names that end as listed names do; an Icelandic word left untranslated
    "The striker Émerson scored twice.", "The pilot Nélson Piquet won in Brazil.",
    "The winger Émerson in the first half.", "Fíknin is a hard master.",
    # unlisted brands: "sport" ends unlisted names, "world" and "board" continue names; no reading on
    "The firm Zoosport said it would grow.", "She opened Kinderworld last year.", "She visited Kinderworld in Berlin.",
    "Louis Tapardjukboard member of the authority, said so.", "The Kovalnikadjacent is a river.",
    # names that end in a preposition before a capital
    "They went to the Pushkin Museum and to Yufuin Town.", "He met Franklin Roosevelt.",
    # numbers with units and citation letters
    "a 2000km trip in the 1990s", "as Smith 1996a shows", "the 2015am session",
    "One was a man of about 5ft 11in tall.", "The laptop has a 15in screen.",   # inches
    "the 2-3mm gap and a 3-4km walk in the 4-5pm slot",   # ranges with units
    # a year-like number before a unit; inches after an article, before a brand
    "It flew at 1800ft over the sea and does 2000rpm at idle.", "It dates from around 1600bc.",
    "a 1600cc engine and 1900sq meters", "a 65in Samsung TV",
    # code and text-speak: an acronym that ends identifiers, a word that names code
    "Call toJSON on the object; it returns toUTC values.", "Call toABC on the object.", "called Nothing 2be done",
    # a plural in a brand, beside a word that names a site; brands with a plural part
    "Dostálová told the ListReports website without further details.", "He watched SportsCenter last night.",
    "Our HeadsTogether campaign was a success.", "The charity StepsForward helped him.",
    # brands that start with a five-letter sentence adverb
    "Stillfront shares fell on Friday.", "Firstbus services were cancelled.", "Todayonline said the minister resigned.",
    "go 4it now and Thanks 4my gift",   # text-speak
    # words that three short pieces or a name make ("pro|to|cluster", "Mar|than|dam")
    "This is the earliest protocluster ever found.", "The term zootomy is also used.",
    "Arcandor shares dropped.", "He lives near Marthandam in the south.",
    # code identifiers and brands: a common word capitalised, opening nothing, no name running on
    "Call toString on the value and pass onClick handlers.", "The myTaxi app and the readFile call.",
    # ... or any capitalised word, when a word beside it names code
    "then call setState with the new value", "the maxRetries option defaults to 3",
    "The fileName and filePath values are logged by the onError callback.",
    # a percentage before a word that opens no clause keeps the spacing rule's plain space
    "Turnout was 61.4% in the capital.",
    # brands that glue a common word to an acronym, and names that end in "-who"
    "Read CNNMoney Plus for the markets; CNN said so.", "Anywho, the band left.",
    "The MIT study was led by MITSloan Professor Simon Johnson.", "HBO confirmed it. HBOMax Originals will stream it.",
    "The app HotDr is popular and the site WebMD is too.",   # no name after the title-like tail
    "The Windows 2000XP edition and the app 51Talk's lessons sold well.",   # model names and brands
    # units, eras and time zones after a year-like number; plural acronyms before a name;
    # cited years; names in "-head"; units in "-it"; a name or label ending in "A"
    "The city was founded in 2000BC. The plant has a capacity of 2000MW and closes at 1900GMT.",
    "Large LLMs Claude and Gemini were tested.", "The data collected in 2006a suggested otherwise.",
    "Raphael Holinshead wrote the Chronicles.", "We need 100mbit of bandwidth.",
    "We watched the SerieA match. When userA message arrives, reply. He is the top scorer in SerieA history.",
    "Sales from 2021MY onwards rose. The tour starts by 1700ET on Friday. They danced an eightsome reel.",
    # brands that start lower-case with one letter, and units
    "the iOS and eBay apps use kWh and mRNA data",
]


@pytest.mark.parametrize("text, fixed", SAFE_REPAIRS)
def test_safe_repairs(text, fixed):
    assert repair(text).text == fixed


@pytest.mark.parametrize("text, token, pieces", SAFE_SPLITS)
def test_safe_splits(text, token, pieces):
    out = repair(text).text   # the split is asserted; the separator is the separator model's
    assert token not in out and all(p in out for p in pieces)


@pytest.mark.parametrize("text", SAFE_KEEPS)
def test_safe_keeps(text):
    assert repair(text).text == text


@pytest.mark.parametrize("text, bad", [
    ("The move drew praise from Karl Konradpraising the decision of the council.", "Konradp"),
    ("She finished in second placeahead of her sister.", "placea"),   # a role only after a capitalised name
    ("It was a processhe described as slow.", "proces"),   # the "s" stays where a word needs it
    ("the head of the District Councilpreferred to wait for the report.", "Councilp"),
])
def test_a_word_no_name_ends_in_never_cuts_a_longer_word_at_the_end(text, bad):
    out = repair(text, mode="all").text
    assert f"{bad} " not in out and f"{bad}," not in out


def test_a_subject_after_that_takes_no_comma_before_its_verb():
    text = ("The director, Ghisliane Echeverry, explained that the phenomenon of El Niñowill continue "
            "until April.")
    assert "El Niño will continue" in repair(text).text


@pytest.mark.parametrize("text, fixed", [
    # a word glued to a dotted abbreviation (the separator is chosen as for any join)
    ("trade between theU.S. and theU.K. grew", "trade between the U.S. and the U.K. grew"),
    ("the policy ofU.S. officials", "the policy of U.S. officials"),
])
def test_a_word_glued_to_a_dotted_abbreviation_is_split(text, fixed):
    assert repair(text).text == fixed


@pytest.mark.parametrize("text", ["the file weekU.S.txt", "ticker: newU.S.N fell", "U.S.", ""])
def test_a_dotted_abbreviation_inside_a_longer_token_stays(text):
    assert repair(text).text == text


def test_a_weekday_before_an_article_ends_no_name():
    fixed = repair("The rebels fell on Wednesdayan AFP journalist said.").text
    assert "Wednesdayan" not in fixed and "Wednesday" in fixed
    # other function words keep the name-ending table's veto ("in" before a capital is the
    # two-letter rule's: no name starts with a weekday)
    for text in ("Moshe Dayan said it.", "Mr Mondayas said it."):
        assert repair(text).text == text
    assert repair("It happened on Fridayin Paris.").text == "It happened on Friday in Paris."


def test_a_second_join_in_a_sentence_reads_the_first_one_repaired():
    # "In Marseille, the mayor Benoît Payan|asked the State": with the first join repaired the
    # opening phrase's comma is there, and the subject before its verb and object takes none
    text = "In Marseillethe mayor Benoît Payanasked the State for reinforcements."
    assert repair(text).text == "In Marseille, the mayor Benoît Payan asked the State for reinforcements."


def test_a_join_reads_the_first_piece_of_a_join_right_after_it():
    # "agency|for examplein": the next word read as "example" (not the unknown "examplein")
    # shows "for example" opening a parenthetical phrase, which a comma opens
    text = "The city's environmental agencyfor examplein 2012 approved a clean air plan."
    assert repair(text).text == "The city's environmental agency, for example, in 2012 approved a clean air plan."


@pytest.mark.parametrize("text", [
    "Open the file theysaidthat.txt now.",                                        # a file name
    "The trains run on time and theysaidthat it was fine.\nLater theysaidthat again.\n",   # used twice
])
def test_three_words_run_together_keep_the_checks_of_one_join(text):
    assert repair(text).text == text


def test_a_word_that_splits_in_one_text_is_not_held_back_by_another():
    repair("They used dataminingand statistics.")      # no single split there: a three-word try
    text = "The datamining team met. They used dataminingand statistics."
    assert "datamining and statistics" in repair(text).text


@pytest.mark.parametrize("text", [
    "The consumer group Foodwatch is calling for a ban.",
    "The story was first reported by Chinanews and then by others.",
])
def test_a_brand_followed_as_names_are_waits_for_all(text):
    # a capitalised token whose right piece the next word follows no better than a name
    assert fixed(text, "merged-words", mode="safe") == text


def test_i_gives_way_to_another_split_clean_news_writes_apart():
    # "in early" is written apart in clean news, "I nearly" never: no "I" split
    assert not [f for f in MergedWords()("It was Inearly June.") if f.best.text.startswith("I ")]


def test_a_name_the_text_also_writes_alone_is_still_a_name():
    # the left piece standing alone elsewhere ("Folha de Pernambuco") is no reason to doubt
    # the join "Folhaexpect": the unknown-name rules apply as they do without it
    text = ("Brazil's central bank keeps Selic – Folha de Pernambuco\n"
            "Economists consulted by Folhaexpect the rate to remain unchanged.")
    found = [f for f in MergedWords()(text) if f.original == "Folhaexpect"]
    assert found and found[0].confidence >= 0.9 and found[0].best.text.startswith("Folha")


@pytest.mark.parametrize("text", [
    "DeepSeek and CrowdStrike said so.", "DeepSeek's model and OnlyFans grew fast in the market last year.",
])
def test_listed_camel_case_names_are_never_split_even_with_all(text):
    from mt_repair import repair
    assert repair(text, mode="all").text == text


@pytest.mark.parametrize("text, fixed", [
    ("During the presentationWolf seemed impressed.", "During the presentation, Wolf seemed impressed."),
    ("On ThursdayThe Times published details.", "On Thursday, The Times published details."),
    # a verb in the sentence: it may end there
    ("After the meeting the ministers went homeThey were tired.", "After the meeting the ministers went home. They were tired."),
])
def test_an_opening_phrase_with_no_verb_ends_with_a_comma_and_a_name_keeps_its_capital(text, fixed):
    from mt_repair import repair
    assert repair(text, mode="all").text == fixed


@pytest.mark.parametrize("text, fixed", [
    ("The Mexican ForeignMinister Ebrard spoke.", "The Mexican Foreign Minister Ebrard spoke."),   # a title compound
    ("Florin ConstantinescuSenator Sorin Lazar came.", "Florin Constantinescu, Senator Sorin Lazar came."),
])
def test_a_common_title_compound_takes_a_space_and_a_title_after_a_name_a_comma(text, fixed):
    from mt_repair import repair
    assert repair(text).text == fixed


def test_a_list_join_takes_no_serial_comma_where_the_text_writes_none():
    """"Germany, Spainand Slovakia": a text that writes its lists of names "A, B and C" (twice or more)
    and never "A, B, and C" takes no comma before the last "and"; alone, or in a text with a
    serial comma, the counts' comma stands."""
    from mt_repair import repair
    lists = " They toured Rome, Paris and Berlin, then Oslo, Bergen and Tromsø."
    assert repair("Exports went to Germany, Spainand Slovakia." + lists).text.startswith(
        "Exports went to Germany, Spain and Slovakia.")
    assert repair("Exports went to Germany, Spainand Slovakia.").text == "Exports went to Germany, Spain, and Slovakia."
    serial = " They toured Rome, Paris, and Berlin, then Oslo, Bergen and Tromsø."
    assert repair("Exports went to Germany, Spainand Slovakia." + serial).text.startswith(
        "Exports went to Germany, Spain, and Slovakia.")
