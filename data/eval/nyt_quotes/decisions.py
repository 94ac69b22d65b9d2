"""Annotation decisions for the nyt_quotes gold set: every quote, per document, by the strings
that start and end its span, its kind, the speaker's canonical name, the speaker mention and
the cue. build.py turns these into offsets by string search and checks them; nothing here is
an offset. Conventions: README.md in this folder (those of ../mtsc_quotes, ../pud_quotes,
../gum_quotes and ../seeds/README.md, section "Quotes"; a few points these snippets raise).

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  I(start, end, speaker, mention, cue)   indirect (reported) speech; the reported content,
                                         without a final period
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the whole document here (a
  vader_nyt document is one sentence of an editorial or a letter). Unique, or (string, n).
  None = no mention / cue.
- speaker: canonical name (the full name as the document gives it, "Saito" for "Mr. Saito"),
  or None when the text does not let a reader know who spoke. A bare pronoun with no
  antecedent in the document ("he said") is None; world knowledge (who "the Mayor" or "he"
  was in the editorial) is not used unless the document itself names the person.
- marks="unclosed": the quotation goes on past the end of the document (its closing mark is
  in the next snippet); marks="unopened": it began before the document starts, so the span
  runs from the first character to the closing mark; marks="none": words given as someone's
  verbatim words but printed without marks (see NOMARKS). Each needs why="...".
Per document: source, expected (the number of quotes, a guard).

The New York Times prints quotation marks as two ASCII apostrophes ('' ... ''), sometimes as
'"'; a single ASCII apostrophe stands for an inner quotation mark (or for an apostrophe).
Documents are single sentences cut from editorials, so many quotations have lost their frame
(speaker None, no mention, no cue) or one of their marks. Sentences that are someone's words
but carry neither marks nor a frame are not quotes: nothing in the text says so.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def I(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="indirect", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


SRC = "vader_nyt dev"

ARTICLES = {}


def doc(doc_id, expected, quotes, **kw):
    ARTICLES[doc_id] = dict(source=SRC, expected=expected, quotes=quotes, **kw)


UNOPENED = "the quotation began in the editorial's previous sentence"
UNCLOSED = "the quotation goes on in the editorial's next sentence"
NOMARKS = ("the first part of a quotation split by its frame is printed without marks (first "
           "person, the marked part after the frame goes on with it)")


# "According to" a person; the poem's title in marks is a title.
doc("nyt_1_5", 1, [
    I("Santa Claus was", "picture of health", "Clement C. Moore", "Clement C. Moore", "According to"),
])

# Three lines of the poem, quoted without frame (its author is named only in the previous
# snippet): direct, speaker None.
doc("nyt_1_6", 3, [
    D("''The stump", "his teeth''", None),
    D("''And the smoke", "like a wreath''", None),
    D("''He had a broad face", "full of jelly''", None),
])

# The poem's words, quoted without frame.
doc("nyt_1_7", 1, [
    D("''lively and quick.''", "''lively and quick.''", None),
])

doc("nyt_3_2", 1, [
    D("''There are discussions.", "''There are discussions.", "S. Linn Williams", "S. Linn Williams", "says",
      marks="unclosed", why=UNCLOSED),
])

doc("nyt_3_4", 1, [
    D("They can call", "produces results.''", None, marks="unopened", why=UNOPENED),
])

# Words mentioned as words ("the dreaded word"): no quote.
doc("nyt_3_7", 0, [])

# "he" = Alfred Kahn, named only in the previous snippet: None.
doc("nyt_3_9", 1, [
    D("''the worst banana", "you ever saw.''", None, ("he", 2), "talked about"),
])

# The writer's guess at what Greenspan will say ("something like:"): nobody's words, not a
# quote (as mtsc_quotes' 'Let's take America backwards.'). Kept so that false alarms count.
doc("nyt_3_15", 0, [])

# Scare quote in a request ("are asked to").
doc("nyt_9_3", 0, [])

# The name of a law.
doc("nyt_11_7", 0, [])

# The letter's summary line: "Jordan Greenstein letter says ..." (reported speech, no "that").
# The article headline in marks (twice) is a title; the letter's own text is not a quote.
doc("nyt_16_1", 1, [
    I("it is US responsibility", "violence in Sudan", "Jordan Greenstein", "Jordan Greenstein", "says"),
])

# Titles of sculptures.
doc("nyt_17_5", 0, [])
doc("nyt_17_6", 0, [])

# "He" (the agent Donald Rochon, named in the editorial's earlier snippet): None.
doc("nyt_21_5", 1, [
    I("when he was transferred", "with death threats", None, "He", "said"),
])

# A name in marks; "it is said to be" (passive, frame inside the content): not annotated.
doc("nyt_22_2", 0, [])

# "According to The Washington Post" is an outlet attribution (not annotated); the marked
# words are the Post's wording, a quotation: direct, no speaker, mention or cue.
doc("nyt_22_3", 1, [
    D("''dealing with", "male experience.''", None),
])

doc("nyt_22_5", 1, [
    D("''break down", "a real man.''", None, "The scholars", "talk of"),
])

doc("nyt_22_6", 1, [
    D("''How do these", "in our culture?''", None, "They", "ask"),
])

# "he" = Reagan, named only in earlier snippets: None.
doc("nyt_28_4", 1, [
    I("trees caused 93 percent", "in the atmosphere", None, "he", "asserted"),
])

doc("nyt_28_5", 1, [
    D("''Killer trees!", "''Killer trees!", "Jim Brady", "Jim Brady", "shouted", marks="unclosed", why=UNCLOSED),
])

doc("nyt_28_6", 1, [
    D("Killer trees!''", "Killer trees!''", None, marks="unopened", why=UNOPENED),
])

# "praised trees as" + marked words: his words (as "described ... as"); "he" = Bush, not named.
doc("nyt_28_9", 1, [
    D("''the oldest", "air purifier on earth.''", None, "he", "praised"),
])

doc("nyt_28_11", 2, [
    I("most Presidents appreciated trees", "most Presidents appreciated trees", "Bush", "Mr. Bush", "said"),
    I("oaks planted by", "White House grounds", "Bush", "Mr. Bush", "noting"),
])

# Latin words and a Latin motto with its translation, discussed as a phrase (mentioned, not
# reported as anyone's speech): no quote.
doc("nyt_28_12", 0, [])
doc("nyt_28_13", 0, [])

doc("nyt_29_2", 1, [
    I("it was an authentic Shaker", "it was an authentic Shaker", None, "the peddler", "said"),
])

# Words mentioned as words.
doc("nyt_30_1", 0, [])
doc("nyt_30_2", 0, [])

# "describes the price as" + his words; "a guy" = Mr. Saito, named only in another snippet.
doc("nyt_30_3", 1, [
    D("''quite cheap", "very reasonable''", None, "a guy", "describes"),
])

# A painting's title.
doc("nyt_30_4", 0, [])

# Indirect with a partial quotation nested; "he" = Saito, not named here.
doc("nyt_30_5", 2, [
    I("the price was", "what I expected.''", None, "he", "admitted"),
    D("''higher than", "what I expected.''", None, "he", "admitted"),
])

# "his description of it as" + his word (noun frame, its source the possessive).
doc("nyt_30_6", 1, [
    D("''reasonable''", "''reasonable''", None, "his", "description"),
])

doc("nyt_30_8", 0, [])

# "his definition of ''cheap''": the word mentioned, not reported.
doc("nyt_30_9", 0, [])

# Hypothetical workers "who maintained that ...": reported speech, unnamed speakers.
doc("nyt_38_4", 1, [
    I("they were whistle-blowers", "they were whistle-blowers", None, "misbehaving workers", "maintained"),
])

# "he" = Robert Bork, named only in the previous snippet: None.
doc("nyt_41_2", 1, [
    I("the Senate's refusal", "controversial legal articles", None, "he", "complains"),
])

doc("nyt_41_3", 3, [
    D("''anti-intellectual,''", "''anti-intellectual,''", "Meese", "Attorney General Meese", "called"),
    I("all this is", "life of the law.''", "Bork", "Mr. Bork", "says"),
    D("''bad for", "life of the law.''", "Bork", "Mr. Bork", "says"),
])

# The advertisement's words; the ad speaks for Dunkin' Donuts (as "a Fox News statement").
doc("nyt_48_1", 1, [
    D("''laying all night.''", "''laying all night.''", "Dunkin' Donuts",
      "a television advertisement for Dunkin' Donuts", "badmouthing"),
])

# Words mentioned as words, a phrase as an example of bad grammar.
doc("nyt_48_3", 0, [])
doc("nyt_48_5", 0, [])
doc("nyt_48_7", 0, [])

doc("nyt_49_6", 1, [
    I("rezoning would force out", "live in East Harlem", None, "Critics", "claim"),
])

# No "that": "told the salesclerk ... he was there to ...".
doc("nyt_54_2", 1, [
    I("he was there", "pick up a stylus", None, "the customer", "told"),
])

# The source prints the first part of each split quotation without marks (first person,
# "she said, "this store ...""): both parts direct, the first with marks="none".
doc("nyt_54_3", 2, [
    D("I'm sorry", "I'm sorry", None, "she", "said", marks="none", why=NOMARKS),
    D("\"this store", "special orders.\"", None, "she", "said"),
])

doc("nyt_54_4", 2, [
    D("But I called", "two weeks ago", None, "he", "replied", marks="none", why=NOMARKS),
    D("\"and I have", "order number.\"", None, "he", "replied"),
])

# "made one last try:" introduces the words; no verb of speech to be the cue.
doc("nyt_54_10", 1, [
    D("\"I'm here", "phonograph records.\"", None, "The customer"),
])

doc("nyt_54_11", 2, [
    D("Oh", "Oh", None, "the manager", "said", marks="none", why=NOMARKS),
    D("\"we thought", "called the Stylists.", None, "the manager", "said", marks="unclosed", why=UNCLOSED),
])

doc("nyt_54_13", 1, [
    D("We never", "of them.\"", None, marks="unopened", why=UNOPENED),
])

doc("nyt_54_16", 1, [
    D("\"What's that?\"", "\"What's that?\"", None, "the young woman", "asked"),
])

# Product terms in marks.
doc("nyt_56_8", 0, [])
doc("nyt_56_9", 0, [])
doc("nyt_56_10", 0, [])

# "laments" has an NP object; "quips that" + clause holding his marked words.
doc("nyt_59_1", 2, [
    I("''a new appointment", "for judicial change", "Terry Eastland", "Terry Eastland", "quips"),
    D("''a new appointment or two''", "''a new appointment or two''", "Terry Eastland", "Terry Eastland", "quips"),
])

# "finds this remark" + his marked words: direct.
doc("nyt_59_2", 1, [
    D("''deeply troubling.''", "''deeply troubling.''", "Charles Fried", "Charles Fried", "finds"),
])

# Mr. Fried's words (his, "His job"), not named in this snippet; no verb of speech.
doc("nyt_59_4", 1, [
    D("''crafting", "light of the law.", None, marks="unclosed", why=UNCLOSED),
])

doc("nyt_59_5", 1, [
    D("Personally", "Justices well.''", None, marks="unopened", why=UNOPENED),
])

# "upbraiding ... as a dangerous ''radical egalitarian''": his words (as "described as"). The
# subject is Mr. Meese, speaking through Reynolds.
doc("nyt_59_10", 1, [
    D("''radical egalitarian''", "''radical egalitarian''", "Meese", "Mr. Meese", "upbraiding"),
])

# Frame inside the content: two spans (as mtsc_quotes' "The world, Fukuyama argued, ...").
doc("nyt_61_7", 2, [
    I("No matter", "No matter", None, "she", "pointed out"),
    I("for there were", "in the water, too", None, "she", "pointed out"),
])

# No "that".
doc("nyt_62_9", 1, [
    I("he had been keeping count", "he had been keeping count", "Mehta", "Mr. Mehta", "acknowledged"),
])

doc("nyt_62_10", 1, [
    D("''The orchestra", "nobody coughed.", None, marks="unclosed", why=UNCLOSED),
])

doc("nyt_62_12", 1, [
    D("Would it be", "without interruption?''", None, marks="unopened", why=UNOPENED),
])

# "many Westerners thought" is cognition; the two marked labels are what "his Maoist critics
# had always alleged him to be": their words, direct.
doc("nyt_66_1", 2, [
    D("''capitalist roader''", "''capitalist roader''", None, "his Maoist critics", "alleged"),
    D("''bourgeois liberalizationist''", "''bourgeois liberalizationist''", None, "his Maoist critics", "alleged"),
])

doc("nyt_66_5", 0, [])

# "He" / "he" = Deng Xiaoping, named only in other snippets. Two reports: "tells doubters
# that ..." and the trailing "..., he suggests".
doc("nyt_66_6", 2, [
    I("China's Communists", "international reaction", None, "He", "tells"),
    I("foreigners care", "not human rights", None, "he", "suggests"),
])

# The fliers warn (handed out by an unnamed woman).
doc("nyt_67_6", 1, [
    I("the lifts were", "already oversubscribed", None, "fliers", "warning"),
])

# Reported question; a wh-question keeps its wh-word.
doc("nyt_73_7", 1, [
    I("where he might find", "a changing facility", None, "the man", "asked"),
])

# Mr. Patrick's words (named in the previous snippet), quoted without frame.
doc("nyt_74_1", 1, [
    D("''theft", "is wrong.''", None),
])

doc("nyt_74_4", 1, [
    I("they would code", "their signals", "Home Box Office and ESPN", "Home Box Office and ESPN", "announced"),
])

doc("nyt_74_6", 1, [
    I("scrambling infringed", "their rights", None, "Antenna owners", "claimed"),
])

doc("nyt_74_8", 1, [
    I("decoders are in short supply", "cost too much", None, "They", "note"),
])

# The flier's words: "WANTED!" printed without marks before "it said", the rest in marks.
doc("nyt_81_5", 2, [
    D("WANTED!", "WANTED!", None, "it", "said", marks="none",
      why="the flier's printed heading, given before 'it said' without marks"),
    D("\"77 people", "next 30 days.\"", None, "it", "said"),
])

# Scare quote ("dare").
doc("nyt_82_2", 0, [])
doc("nyt_82_4", 0, [])

doc("nyt_82_6", 1, [
    I("an overgrown central government", "to individual rights",
      "Anti-federalists and their successors in the Republican Party",
      "Anti-federalists and their successors in the Republican Party", "warned"),
])

doc("nyt_83_1", 1, [
    I("of the city's 800 statues", "tribute to women", "Harrison Goldin", "Harrison Goldin", "points out"),
])

# The Times's own Editorial Notebook (a document, its writer unnamed): None with the mention.
doc("nyt_85_2", 1, [
    I("one reason for", "reduce legal fees", None, "The notebook", "asserted"),
])

doc("nyt_85_3", 1, [
    I("the percentage of lawyers", "below 40 percent", "Freedman", "Ms. Freedman", "pointed out"),
])

doc("nyt_86_5", 1, [
    I("he's addicted", "to crack", "Vega", "Mr. Vega", "says"),
])

doc("nyt_86_10", 1, [
    I("treatment wasn't", "their job", None, "officers", "told"),
])

doc("nyt_86_13", 1, [
    I("while law enforcement", "problem by itself", "Cuomo", "Governor Cuomo", "pointing out"),
])

# Reported question ("asked ... if") holding the detective's marked words.
doc("nyt_91_3", 2, [
    I("they'd ''come", "for the cruise.''", None, "a detective in plainclothes", "asked"),
    D("''come for the cruise.''", "''come for the cruise.''", None, "a detective in plainclothes", "asked"),
])

# "said ''yes''": the cabbies' word; "were told that" + a whole clause in marks: one direct
# quote (passive, no speaker or mention). "thus signaling they'd been overcharged" is not speech.
doc("nyt_91_4", 2, [
    D("''yes,''", "''yes,''", None, ("they", 1), "said"),
    D("''the van", "already left''", None, None, "told"),
])

# A cruise's name.
doc("nyt_91_5", 0, [])

# The Senator's reply (the letter is addressed to Senator D'Amato, "your stand", but he is not
# named in this snippet): None with the mention.
doc("nyt_93_3", 1, [
    D("''I share", "Andres Serrano work.", None, "a reply", "said", marks="unclosed", why=UNCLOSED),
])

doc("nyt_93_4", 1, [
    D("If they fail", "the endowment itself.''", None, marks="unopened", why=UNOPENED),
])

# Reported question ("asking if"), Mr. Parker's; the second reply's words ("another which said").
doc("nyt_93_8", 2, [
    I("you'd meant", "the first reply", "Parker", "Mr. Parker", "asking"),
    D("''I have long been", "of the N.E.A.", None, "another", "said", marks="unclosed", why=UNCLOSED),
])

doc("nyt_93_13", 1, [
    D("However", "such a project.''", None, marks="unopened", why=UNOPENED),
])

# "You" = the Senator the letter is addressed to, not named in this snippet.
doc("nyt_93_14", 1, [
    D("''I will continue", "vital agency.''", None, "You", "saying"),
])

# A law "says that": a document, its author not named: None with the mention.
doc("nyt_94_5", 1, [
    I("the deficit in fiscal 1990", "exceed $110 billion", None, "The Gramm-Rudman-Hollings budget law", "says"),
])

# "are told," + the signs' words (passive, no speaker).
doc("nyt_96_3", 1, [
    D("''find alternate route.''", "''find alternate route.''", None, None, "told"),
])

# Marked words after a request ("urged to"), as mtsc_quotes' "stand firm".
doc("nyt_96_7", 1, [
    D("''take public transportation.''", "''take public transportation.''", None, None, "urged"),
])

# Scare quote.
doc("nyt_97_6", 0, [])

# A nickname ("call them"), a TV show's title.
doc("nyt_100_2", 0, [])
doc("nyt_100_3", 0, [])

# The reporters' stock phrase, given as their words.
doc("nyt_100_4", 1, [
    D("''the largely unknown", "Democratic candidates.''", None, "Reporters", "generalize about"),
])

# Titles of shows.
doc("nyt_104_4", 0, [])

doc("nyt_104_7", 2, [
    I("it wants only", "Barons baseball.''", "Suntory", "Suntory", "says"),
    D("''preserve and enhance", "Barons baseball.''", "Suntory", "Suntory", "says"),
])

# Scare quote.
doc("nyt_104_11", 0, [])

# "the agency" (the housing department, named in another snippet): None with the mention.
doc("nyt_106_9", 1, [
    I("so far it has", "beef up enforcement", None, "the agency", "says"),
])

# A label's text given as a name.
doc("nyt_110_4", 0, [])

# Frame inside the content: two spans; "he" = Koch, named in the previous snippet: None.
doc("nyt_111_2", 2, [
    I("Too often", "Too often", None, "he", "says"),
    I("it is incorrect", "it is incorrect", None, "he", "says"),
])

# Pronunciations quoted as examples ("students say ''ax'' instead of ''ask''"): words
# mentioned as words, no quote.
doc("nyt_111_3", 0, [])

# The Mayor's catch phrase, given as his words; "the Mayor" is not named in this snippet.
doc("nyt_111_4", 1, [
    D("''How'm I doing?''", "''How'm I doing?''", None, "the Mayor", "asking"),
])

# The subject of "complains" is in the previous snippet: no mention. The marked ''g'' and
# ''ing'' inside are letters mentioned, not quotes.
doc("nyt_111_5", 1, [
    I("too many", "ending in ''ing.''", None, None, "complains"),
])

# Passive reported question ("When asked how"): no speaker, no mention.
doc("nyt_111_7", 2, [
    I("how he and Mrs. Bush", "at the White House", None, None, "asked"),
    D("''We love", "with my boys.", "Bush", "Mr. Bush", "replied", marks="unclosed", why=UNCLOSED),
])

doc("nyt_111_8", 1, [
    D("I like doin'", "in out there.''", None, marks="unopened", why=UNOPENED),
])

# A request ("has asked ... to look into"); ''g'' is a letter mentioned.
doc("nyt_111_9", 0, [])

# Hypothetical speakers "who says ...": reported speech, unnamed speakers.
doc("nyt_112_8", 1, [
    I("he's happy", "say, Ottumwa", None, ("he", 1), "says"),
])

doc("nyt_112_9", 1, [
    I("he's glad", "to be home", None, "the husband", "says"),
])

doc("nyt_112_12", 1, [
    I("she's delighted", "to drop in", None, "the friend", "says"),
])

doc("nyt_112_15", 1, [
    I("she doesn't mind", "interruptions", None, "the boss", "says"),
])

# A "howler" misattributed to Quayle (the editorial says he never said it), quoted without
# frame: direct, speaker None.
doc("nyt_116_2", 1, [
    D("''I was recently", "with those people.''", None),
])

# "She" = Representative Claudine Schneider, named in another snippet: None. "told the story
# as a joke" has an NP object.
doc("nyt_116_4", 1, [
    I("she told the story", "party faithful", None, "She", "says"),
])

# A phrase from Donne's poem, given as his words (no verb).
doc("nyt_118_9", 1, [
    D("''unruly sun,''", "''unruly sun,''", "John Donne", "John Donne"),
])

# ''sphere of influence'' is the protocols' term, not Moynihan's words: not annotated.
doc("nyt_120_1", 1, [
    I("secret protocols", "to Nazi Germany's", "Daniel Patrick Moynihan", "Senator Daniel Patrick Moynihan", "observed"),
])

# Frame inside the content; "he" = Moynihan, named only in the previous snippet.
doc("nyt_120_2", 2, [
    I("Subsequently", "Subsequently", None, "he", "noted"),
    I("Stalin paid", "Lithuania, too", None, "he", "noted"),
])

# A nickname.
doc("nyt_120_4", 0, [])

# "The Globe reports on a scandal" is an outlet attribution with an NP object; the marked
# words are the Globe's wording: direct, no speaker, mention or cue (as nyt_22_3).
doc("nyt_122_1", 1, [
    D("''is coming in", "all over the city.''", None),
])

# Trailing frame: the commentator's sentence, holding his marked words.
doc("nyt_122_2", 2, [
    I("Terrorist threats", "''over the transom,''", None, "a TV commentator", "says"),
    D("''over the transom,''", "''over the transom,''", None, "a TV commentator", "says"),
])

doc("nyt_122_3", 1, [
    D("''coming in", "over the transom.''", "John Sununu", "White House chief of staff John Sununu", "spoke of"),
])

# A trade term ("call ..."), a column's title, a phrase mentioned.
doc("nyt_122_9", 0, [])
doc("nyt_122_11", 0, [])
doc("nyt_122_12", 0, [])

# "the report notes": a document speaks (the National Academy of Sciences is named only in
# the previous snippet): None with the mention. The marked label terms are terms.
doc("nyt_125_3", 1, [
    I("Common label terms", "potentially misleading", None, "the report", "notes"),
])

doc("nyt_125_4", 0, [])
doc("nyt_125_6", 0, [])

doc("nyt_125_7", 1, [
    I("processed-food labels", "coconut oils, all high in saturated fats", None, "The report", "points out"),
])

# Scare quotes.
doc("nyt_126_2", 0, [])
doc("nyt_126_4", 0, [])

# Frame inside the content.
doc("nyt_138_6", 2, [
    I("Then unexpectedly", "Then unexpectedly", None, "our friend", "reports"),
    I("he found himself", "full upon him", None, "our friend", "reports"),
])

doc("nyt_138_7", 1, [
    D("''And you know", "her secret was?''", None, "he", "recalled"),
])

doc("nyt_138_9", 1, [
    D("''She would ask", "she listened.", None, marks="unclosed", why=UNCLOSED),
])

doc("nyt_138_11", 1, [
    D("She gave", "her ear.''", None, marks="unopened", why=UNOPENED),
])

# "the familiar ''please hold''": a stock phrase mentioned, nobody's reported words.
doc("nyt_144_2", 0, [])

# Frame inside the content ("The answer, writes ..., is 4,478, ...").
doc("nyt_145_3", 2, [
    I("The answer", "The answer", "Richard G. Hawn", ("Richard G. Hawn", 1), "writes"),
    I("is 4,478", "is Richard G. Hawn", "Richard G. Hawn", ("Richard G. Hawn", 1), "writes"),
])

# "he calculates that ..." is a calculation (a finding), not annotated.
doc("nyt_145_4", 1, [
    I("his signature", "about eight inches", "Hawn", "Mr. Hawn", "says"),
])

# "He" (the content) / "he said"; Bush is named only in other snippets: None.
doc("nyt_146_3", 1, [
    I("He was not about", "sake of independence", None, "he", "said"),
])

doc("nyt_146_4", 1, [
    D("''In my family", "character defect.''", None),
])

# "described several initiatives" has an NP object; the two marked phrases are his words.
doc("nyt_146_7", 2, [
    D("''where you might say", "is a difference''", "Bush", "Mr. Bush", "described"),
    D("''a North American Accord", "in free trade.''", "Bush", "Mr. Bush", "described"),
])

# A headline (a title), with its own inner 'Accord.'
doc("nyt_146_10", 0, [])

# "he" = Mr. Burns, named in the same sentence.
doc("nyt_148_8", 1, [
    I("he could", "he could", "Burns", ("he", 2), "said"),
])

doc("nyt_148_11", 1, [
    D("''They took it", "took my money.", None, marks="unclosed", why=UNCLOSED),
])

doc("nyt_148_15", 1, [
    D("I got some", "great-grandparents.''", None, marks="unopened", why=UNOPENED),
])

doc("nyt_149_1", 1, [
    D("''carry two people", "40 miles an hour,''", None, "the executive", "according to"),
])

# A metaphor ("the Deux Chevaux will continue to say ''France''").
doc("nyt_149_11", 0, [])

# ''new thinking'' is Gorbachev's slogan used as a term; "says something" has an NP object.
doc("nyt_150_8", 0, [])

# A brochure's words: its maker is not named: None with the mention.
doc("nyt_156_4", 1, [
    D("''You'll never", "behind again,''", None, "the brochure", "says"),
])

# Terms and scare quotes.
doc("nyt_156_7", 0, [])
doc("nyt_157_5", 0, [])
doc("nyt_157_7", 0, [])

doc("nyt_159_4", 1, [
    D("''You're the problem", "you're the enemy.''", None, "a short man in a plaid shirt", "shouted"),
])

doc("nyt_159_5", 1, [
    D("''Don't mind me", "I'm crazy.''", None, ("he", 2), "said"),
])

doc("nyt_159_7", 1, [
    D("''Quarter for lunch? Quarter", "for lunch?''", None, "a woman wearing a coat despite the heat", "croaked"),
])

# "proposed that" / "asked that" + a content clause (subjunctive): reported speech.
doc("nyt_165_7", 1, [
    I("Plymouth prohibit", "at migration time", "Brian Harrington", "Brian Harrington", "proposed"),
])

# "said no": the span is "no" (as mtsc_quotes' "told her yes").
doc("nyt_165_8", 1, [
    I("no", "no", "Board of Selectmen", "The Board of Selectmen", "said"),
])

doc("nyt_165_9", 1, [
    I("the beach be designated", "Shorebird Reserve Network", None, "an international group", "asked"),
])

# "the selectmen": the board is not named in this snippet: None with the mention.
doc("nyt_165_11", 1, [
    I("no", "no", None, "the selectmen", "said"),
])

# The name of a bill.
doc("nyt_169_2", 0, [])

doc("nyt_169_9", 1, [
    I("the bill would usurp", "state authority", "Dole", "Mr. Dole", "complained"),
])

# "speaks often of" has an NP object; "assures critics that" + clause.
doc("nyt_170_12", 1, [
    I("the nation is moving", "direction of freedom", "P. W. Botha", "President P. W. Botha", "assures"),
])

# A song's title and its translation.
doc("nyt_173_1", 0, [])

# The song's lyrics, quoted without frame: direct, speaker None.
doc("nyt_173_3", 1, [
    D("''I don't want us", "When I say no''", None),
])

doc("nyt_173_4", 0, [])
doc("nyt_173_5", 0, [])

# The song's lyrics (the title ''Detente.'' after them is a title).
doc("nyt_173_9", 1, [
    D("''...A love", "without anything''", None),
])

# A term.
doc("nyt_176_10", 0, [])

# Lyrics "according to" a song (a text; its writer not named): None with the mention.
doc("nyt_178_1", 1, [
    D("''Freedom's just", "left to lose,''", None, "one of the more haunting 60's song lyrics", "according to"),
])

# No "that".
doc("nyt_182_3", 1, [
    I("there are benefits", "being disconnected", None, "One friend", "notes"),
])

# Frame inside the content; "she" = the friend (unnamed).
doc("nyt_182_12", 2, [
    I("The phone company and its unions", "The phone company and its unions", None, "she", "concludes"),
    I("ought not to assume", "universal pain", None, "she", "concludes"),
])

doc("nyt_190_6", 1, [
    I("the bill's passage", "would increase it", None, "everyone", "concedes"),
])

# A bumper sticker's text ("which reads:"), like a post's line: direct, its owner unnamed.
doc("nyt_191_11", 1, [
    D("''I MAY BE SLOW", "AHEAD OF YOU.''", None, "his bumper sticker", "reads"),
])

# Letters and words mentioned as words.
doc("nyt_193_5", 0, [])
doc("nyt_193_6", 0, [])
doc("nyt_193_7", 0, [])
doc("nyt_193_8", 0, [])

# A song's refrain (its singer not named).
doc("nyt_194_1", 1, [
    D("''It's hip", "to be square,''", None, "the refrain", "went"),
])

doc("nyt_194_2", 0, [])

doc("nyt_194_8", 1, [
    I("the neighborhood doesn't", "most children face", None, "Critics", "say"),
])

doc("nyt_194_10", 1, [
    D("''It's a beautiful day", "in the neighborhood!''", None, "people", "say"),
])

# Exhibition and painting titles; a term.
doc("nyt_195_1", 0, [])
doc("nyt_195_8", 0, [])
doc("nyt_196_3", 0, [])

# "was the theme": the gist of what was said, in marks, nobody named (noun frame without
# source): direct, no speaker, mention or cue.
doc("nyt_199_3", 1, [
    D("''Anyone that handsome", "appeal to women,''", None),
])

doc("nyt_199_7", 1, [
    I("he will vote", "Michael Dukakis", "Robert Redford", "Robert Redford", "says"),
])

# A headline (a title).
doc("nyt_199_10", 0, [])

# "called on ... to wear" is a request; the marked words are his.
doc("nyt_201_3", 1, [
    D("''our dedication", "mutual respect.", "Fernandez", "Mr. Fernandez", "called on", marks="unclosed", why=UNCLOSED),
])

doc("nyt_201_4", 1, [
    D("Wearing these ribbons", "Racial Harmony.''", None, marks="unopened", why=UNOPENED),
])

# "likes to call the city's ''gorgeous mosaic''": his own phrase, not a nickname (as "called
# ... as" in mtsc_quotes).
doc("nyt_201_5", 1, [
    D("''gorgeous mosaic''", "''gorgeous mosaic''", "David Dinkins", "Mayor David Dinkins", "call"),
])

# "he" = Fernandez, named only in other snippets.
doc("nyt_201_10", 1, [
    D("''It's better", "in the streets.''", None, "he", "states"),
])

doc("nyt_202_3", 1, [
    I("the owners engaged", "the weekend of Oct. 18", "Labor Board", "the Labor Board", "says"),
])

# Frame inside the content; "the labor board" (lower case, a description here): None.
doc("nyt_202_5", 2, [
    I("It was not too late", "It was not too late", None, "the labor board", "noted"),
    I("for replacement players", "to be signed", None, "the labor board", "noted"),
])

doc("nyt_202_9", 1, [
    I("they'll appeal", "they'll appeal", None, "The owners", "indicate"),
])

# An organisation "reported that" (as mtsc_quotes' "reports indicated that").
doc("nyt_204_1", 1, [
    I("in addition to all", "write very well", "National Assessment of Educational Progress",
      "the National Assessment of Educational Progress", "reported"),
])

# A test's name.
doc("nyt_204_5", 0, [])

# Trailing frame ("was quoted as saying"), the chairman's words holding his marked phrase.
doc("nyt_204_8", 2, [
    I("Previously", "got no reward", None, "the chairman of the task force", "saying"),
    D("''pretty papers''", "''pretty papers''", None, "the chairman of the task force", "saying"),
])

# Frameless quotation (the chairman's, named only in the previous snippet); inside it,
# "we're saying that ..." is reported speech too.
doc("nyt_204_9", 2, [
    D("''Now we're saying", "competent writing.''", None),
    I("if a student", "it is competent writing", None, "we", "saying"),
])

doc("nyt_206_7", 1, [
    D("''Look at the shoes,''", "''Look at the shoes,''", None, "someone", "said"),
])

doc("nyt_206_8", 1, [
    D("''See how many", "on one wall,''", None, "someone else", "said"),
])

doc("nyt_206_9", 1, [
    D("''Some pretty decent clothes,''", "''Some pretty decent clothes,''", None, "a third person", "said"),
])

doc("nyt_211_1", 1, [
    D("''Not all", "created equal,''", "Dan Glickman", "Representative Dan Glickman", "warns"),
])

# A package's claim, quoted without frame.
doc("nyt_211_2", 1, [
    D("''baked with", "vegetable shortening,''", None),
])

# Labels "need only say that": what a document says (generic), none named.
doc("nyt_211_4", 1, [
    I("the product contains", "that are listed", None, "Package labels", "say"),
])

doc("nyt_211_5", 1, [
    I("manufacturers need flexibility", "changing prices", None, "The powerful food producers' lobby", "contends"),
])

# A term ("counts ... as").
doc("nyt_213_5", 0, [])

doc("nyt_217_6", 1, [
    D("''There's a special", "of a sparrow,''", "Shakespeare", "Shakespeare", "wrote"),
])

# Lawyers of a named department speak for it (as "CDC officials" in mtsc_quotes).
doc("nyt_229_3", 1, [
    I("Congress's ban", "fabricated products", "Treasury Department", "Lawyers in the Treasury Department", "say"),
])

# A party line's name; a carol's title (three times).
doc("nyt_233_7", 0, [])
doc("nyt_234_1", 0, [])
doc("nyt_234_3", 0, [])
doc("nyt_234_10", 0, [])

# Noun frame with its source named ("Mr. Kohl's assurance that"); "He reported" has that NP
# as object. The "though ..." clause is the reporter's, not the assurance.
doc("nyt_235_7", 1, [
    I("the suspect would go", "trial for murder", "Kohl", "Mr. Kohl", "assurance"),
])

# "A university spokesman": the university is named only in another snippet: None.
doc("nyt_236_8", 1, [
    I("there was no need", "in the past", None, "A university spokesman", "says"),
])

# The Army's spokesmen ("talk of" + their marked words).
doc("nyt_237_3", 1, [
    D("''they have democracy.''", "''they have democracy.''", "Army", "Army spokesmen", "talk of"),
])

# Noun frame "industry claims that": its source, the industry, unnamed: None.
doc("nyt_238_11", 1, [
    I("the bill's limits", "out of business", None, "industry", "claims"),
])

doc("nyt_244_1", 2, [
    D("''Man is unique", "wearing clothes,''", "James Laver", "the fashion historian James Laver", "wrote"),
    D("''and the question", "should do so.''", "James Laver", "the fashion historian James Laver", "wrote"),
])

# "what he described as" + his words; "he" = Mr. Laver, the subject.
doc("nyt_244_2", 1, [
    D("''scientific answer", "understand it at all.''", "Laver", "he", "described"),
])

# Frame inside the content: two spans. ''evil eye'' is a term.
doc("nyt_244_7", 2, [
    I("Primitive man's defense", "''evil eye'' was", "Laver", "Mr. Laver", "said"),
    I("the wearing of amulets", "or lucky charms", "Laver", "Mr. Laver", "said"),
])

# A product name.
doc("nyt_244_13", 0, [])

# "states ... that" + a whole clause in marks: one direct quote. A charter (its author not
# named): None with the mention.
doc("nyt_245_1", 1, [
    D("''the use of", "strictly prohibited.''", None, "The Charter of the Olympic Games", "states"),
])

# The member's report holds a ruling ("ruled ... that"), reported speech too.
doc("nyt_245_5", 2, [
    I("the Olympic overlords", "not alcoholic beverages", None,
      "The Canadian member of the international committee", "told"),
    I("regular beer and wine", "not alcoholic beverages", None, "the Olympic overlords", "ruled"),
])

# The quotation goes on after the frame in his reported words (same mention and cue), with
# a partial quotation nested. The span stops before the final period of "O.K.".
doc("nyt_245_6", 3, [
    D("''The only bad stuff", "distilled spirits,''", None, "he", "said"),
    I("sponsorship by", "is O.K", None, "he", "said"),
    D("''anything where", "before your brain''", None, "he", "said"),
])

# A headline (a title) holding "U.N. Aides Say": no quote.
doc("nyt_253_1", 0, [])
doc("nyt_253_2", 0, [])

doc("nyt_253_4", 1, [
    I("the United States Government", "United Nations Charter", None, "Both those groups", "recommend"),
])

# Words without marks before the frame: indirect (mtsc_quotes: unmarked words reported with
# a frame are indirect).
doc("nyt_255_2", 1, [
    I("Veinticinco", "Veinticinco", None, "the proprietor", "said"),
])

doc("nyt_255_5", 1, [
    I("Veinticinco", "Veinticinco", None, "the proprietor", "said"),
])

doc("nyt_255_7", 1, [
    I("Veinticinco", "Veinticinco", None, "the man", "repeated"),
])

doc("nyt_255_9", 1, [
    I("Twenty-five", "Twenty-five", None, "he", "tried"),
])

doc("nyt_255_11", 1, [
    I("I'm from Russia", "I'm from Russia", None, "his would-be customer", "explained"),
])

# "who, he confided to an onlooker, hails from Senegal": a frame inside a relative clause;
# "he" has no antecedent in the snippet.
doc("nyt_255_12", 1, [
    I("hails from Senegal", "hails from Senegal", None, "he", "confided"),
])

# Film titles.
doc("nyt_259_3", 0, [])
doc("nyt_259_4", 0, [])

doc("nyt_261_1", 2, [
    I("its soups could", "of heart disease.''", "Campbell Soup Company", "The Campbell Soup Company", "boasts"),
    D("''reduce the risk", "of heart disease.''", "Campbell Soup Company", "The Campbell Soup Company", "boasts"),
])

doc("nyt_261_11", 1, [
    I("a diet high in sodium", "risk of heart disease", None, "Experts including the Surgeon General", "warn"),
])

# Frame inside the content; the second part holds his marked words.
doc("nyt_263_2", 3, [
    I("The purpose", "The purpose", "Dole", "Mr. Dole", "says"),
    I("is ''to strengthen", "the P.L.O. represents.''", "Dole", "Mr. Dole", "says"),
    D("''to strengthen", "the P.L.O. represents.''", "Dole", "Mr. Dole", "says"),
])

# A name.
doc("nyt_264_2", 0, [])

doc("nyt_264_3", 1, [
    D("''A bomb dropped", "more damage,''", None, "one irate preservationist", "wrote"),
])

# "defended the design as" + their words; the museum is not named here: None.
doc("nyt_264_4", 1, [
    D("''an imaginative concept", "architectural ensemble.''", None, "The museum's curators", "defended"),
])

# A board's ruling ("ruled that"), as a court's.
doc("nyt_265_2", 1, [
    I("the city may order", "torn down", "Board of Standards and Appeals", "The Board of Standards and Appeals", "ruled"),
])

# A song's title.
doc("nyt_266_4", 0, [])

# A named columnist "reports that"; the scientists' "have discovered that" is a finding.
doc("nyt_266_7", 1, [
    I("scientists at the Federal", "pieces of microorganisms", "Jane Brody", "Jane Brody", "reports"),
])

# A word and example sentences showing its use (mentioned, nobody's words).
doc("nyt_270_9", 0, [])
doc("nyt_270_10", 0, [])
doc("nyt_270_11", 0, [])

# The story's words (the hero "marvels at" them: thought, inside fiction), quoted from Willa
# Cather's text: direct, hers; the story's title is a title.
doc("nyt_273_1", 1, [
    D("''stands with whole", "in the snow.''", "Willa Cather", "Willa Cather"),
])

# A term; film and show titles, coined names, an expression.
doc("nyt_276_5", 0, [])
doc("nyt_278_1", 0, [])
doc("nyt_278_2", 0, [])
doc("nyt_278_3", 0, [])
doc("nyt_278_4", 0, [])
doc("nyt_278_5", 0, [])
doc("nyt_278_8", 0, [])

doc("nyt_279_2", 1, [
    I("the name evolved", "and association football", None, "A well-traveled friend", "explains"),
])

# Terms and words mentioned as words.
doc("nyt_279_3", 0, [])
doc("nyt_279_5", 0, [])
doc("nyt_279_8", 0, [])

# "define it as" + the definition's words (as "described as"); "They" = the keepers of the
# Queen's English, unnamed.
doc("nyt_279_10", 1, [
    D("''the game of football", "Association rules,''", None, "They", "define"),
])

# A dictionary headword.
doc("nyt_279_12", 0, [])

doc("nyt_282_7", 2, [
    I("''the people", "by Louisiana's game", "Benjamin Harrison", "President Benjamin Harrison", "declared"),
    D("''the people", "debauched and defrauded''", "Benjamin Harrison", "President Benjamin Harrison", "declared"),
])

doc("nyt_282_13", 1, [
    I("it's the voters' decision", "it's the voters' decision", None, "he", "says"),
])

# Terms.
doc("nyt_283_3", 0, [])
doc("nyt_283_5", 0, [])
doc("nyt_283_6", 0, [])

doc("nyt_285_3", 1, [
    I("he would not participate", "spending and private contributions", "Stein", "Mr. Stein", "announced"),
])

doc("nyt_285_4", 1, [
    I("he would abide", "corporate donations", None, ("he", 1), "said"),
])

# "according to his latest campaign filings": his own documents (as "a Fox News statement"
# -> Fox News). The opening participle is the editorial's comment, left out.
doc("nyt_285_9", 1, [
    I("Mr. Stein continues", "financial interests", "Stein", "his latest campaign filings", "according to"),
])

# A film's title.
doc("nyt_286_1", 0, [])

# What the fan "wanted to shout": words in marks given as the fan's (unsaid) outburst; kept as
# a direct quote with its frame (hard call: the speech act did not happen).
doc("nyt_286_8", 1, [
    D("''Forget about", "cheese, Maggie,''", None, "the fan", "shout"),
])

doc("nyt_286_9", 1, [
    D("''Close out the Courvoisier!", "''Close out the Courvoisier!", None, marks="unclosed", why=UNCLOSED),
])

doc("nyt_286_10", 1, [
    D("Banish the Camels!''", "Banish the Camels!''", None, marks="unopened", why=UNOPENED),
])

doc("nyt_293_1", 1, [
    I("Saturday nights", "of community sings", None, "futurologists", "predicted"),
])

# Henry Tyrell's phrase ("observed" = saw them, not a verb of speech): direct, no cue.
doc("nyt_293_9", 1, [
    D("''spellbound in darkness,''", "''spellbound in darkness,''", "Henry Tyrell", "Henry Tyrell"),
])

# The participle after the frame ("referring to ...") is the editorial's gloss.
doc("nyt_299_6", 1, [
    D("''Trouble comes", "from the clubhouse,''", None, "one baseball official", "said"),
])

doc("nyt_301_2", 1, [
    D("''Pregnant?", "We can help,''", None, "an ad", "said"),
])

# The ad's printed words ("It offered the reader"), its sponsor not named.
doc("nyt_301_4", 1, [
    D("''Obstetrics", "Abortion.''", None, "It"),
])

doc("nyt_301_5", 1, [
    D("''Don't go out", "your rubbers,''", None, "another sign", "advised"),
])

doc("nyt_301_7", 1, [
    D("''AIDS is", "human disease.", None, marks="unclosed", why=UNCLOSED),
])

# The ad speaks for its sponsor (as "a Fox News statement" -> Fox News).
doc("nyt_301_8", 1, [
    D("It requires", "humane response,''", "Unitarian Church", "a Unitarian Church-sponsored ad", "said",
      marks="unopened", why=UNOPENED),
])

# The letter's words; its writer is named only in the next snippet.
doc("nyt_304_1", 1, [
    D("''My dear Noel,''", "''My dear Noel,''", None, "the letter", "began"),
])

doc("nyt_304_2", 1, [
    D("''I don't know", "Cottontail, and Peter.''", None),
])

doc("nyt_304_4", 0, [])

# Unmarked words with a frame, going on after it: indirect, two spans, same mention and cue.
doc("nyt_304_8", 2, [
    I("No", "No", None, "she", "insisted"),
    I("it must be small", "to hold and inexpensive", None, "she", "insisted"),
])

# Unmarked words with a trailing frame ("he" = Gorbachev, named only in another snippet).
doc("nyt_306_6", 1, [
    I("Discipline", "initiative, enterprise", None, "he", "chants"),
])

# An article's headline.
doc("nyt_314_1", 0, [])

# The state "insists that" (a named body as speaker).
doc("nyt_318_8", 1, [
    I("every case be treated", "were John Gotti", "New York", "New York", "insists"),
])

doc("nyt_320_3", 1, [
    D("''You don't have", "a stock certificate,''", None, "the commissioner", "explained"),
])

# Scare quotes.
doc("nyt_321_2", 0, [])
doc("nyt_321_8", 0, [])

# The law "lets lawyers argue that ...": reported (permitted) speech, unnamed speakers.
doc("nyt_322_4", 1, [
    I("it mitigates blame", "of a lethal injection", None, "lawyers", "argue"),
])

# A sculpture series' title.
doc("nyt_325_2", 0, [])

# Berenice Abbott's words ("she", named only in another snippet), quoted without a verb.
doc("nyt_326_3", 1, [
    D("''There it was", "for worse''", None),
])

doc("nyt_326_7", 2, [
    D("''The concern,''", "''The concern,''", None, "she", "wrote"),
    D("''is with a synthesis", "the steam shovel...''", None, "she", "wrote"),
])

# Product terms.
doc("nyt_327_3", 0, [])

doc("nyt_327_12", 1, [
    I("since high-acid", "unfairly hurt sales", "Ocean Spray", "Ocean Spray", "maintains"),
])

doc("nyt_328_6", 1, [
    D("''Let's put", "on notice,''", "Robert Oreck", "Robert Oreck", "said"),
])

# Frameless; opens with two apostrophes, closes with one.
doc("nyt_328_7", 1, [
    D("''Palm Beach", "ply their trade.'", None),
])

doc("nyt_333_8", 1, [
    I("they created", "a serious hazard", None, "fire safety experts", "said"),
])

# A song's title; a term.
doc("nyt_335_7", 0, [])
doc("nyt_335_8", 0, [])

doc("nyt_337_2", 1, [
    D("''I feel", "rip you off.''", None),
])

# "described the people ... , how they work ...": the NP object is not annotated, the
# reported how-clause is.
doc("nyt_337_3", 1, [
    I("how they work", "pick pockets", None, "He", "described"),
])

doc("nyt_337_5", 1, [
    D("''Where are you", "getting off?''", None, "the New Yorker", "asked"),
])

# "was the nervous reply": noun cue, the speaker not named.
doc("nyt_337_7", 1, [
    D("''Grand Central,''", "''Grand Central,''", None, None, "reply"),
])

doc("nyt_337_8", 1, [
    I("where the traveler", "came from", None, "The New Yorker", "asked"),
])

doc("nyt_337_9", 1, [
    D("''Switzerland.''", "''Switzerland.''", None),
])

# Frame inside the content: two spans.
doc("nyt_338_2", 2, [
    I("There was a correlation", "There was a correlation", None, "the statistical pundits", "said"),
    I("between short skirts", "bull markets", None, "the statistical pundits", "said"),
])

# The letter's summary line reports it ("letter agrees that ...; proposes that ..."); the
# letter's own "I agree that ..." after "To the Editor:" is the letter itself, not a quote.
doc("nyt_340_1", 2, [
    I("family of Lieut Michael Blassie", "his burial site", "Hugh S Cunningham", "Hugh S Cunningham", "agrees"),
    I("in place of Blassie's remains", "dates of their disappearance", "Hugh S Cunningham",
      "Hugh S Cunningham", "proposes"),
])

# Coined names.
doc("nyt_340_3", 0, [])
doc("nyt_340_6", 0, [])
doc("nyt_340_8", 0, [])

# "he" = Al Campanis, named only in the previous snippet.
doc("nyt_343_4", 2, [
    D("''I truly believe,''", "''I truly believe,''", None, "he", "said"),
    D("''that they may not", "a general manager.''", None, "he", "said"),
])

# ''necessities'' echoes his word inside "He was unable to say" (no speech act): not a quote.
doc("nyt_343_5", 0, [])

doc("nyt_343_6", 3, [
    I("they are innate things", "''don't have.''", None, "he", "suggested"),
    D("''buoyancy''", "''buoyancy''", None, "he", "suggested"),
    D("''don't have.''", "''don't have.''", None, "he", "suggested"),
])

# Frame inside the content; Mr. Conant's report holds his own reported question.
doc("nyt_344_11", 3, [
    I("Finally", "Finally", "Conant", "Mr. Conant", "said"),
    I("he took the zoo's", "any serious problems", "Conant", "Mr. Conant", "said"),
    I("there truly had not", "any serious problems", "Conant", "he", "asked"),
])

doc("nyt_344_12", 1, [
    D("''Not really,''", "''Not really,''", None, "the scientist", "said"),
])

doc("nyt_344_13", 1, [
    D("''Of course", "replace the lamb.''", None),
])

doc("nyt_345_3", 1, [
    I("some Manhattan restaurant", "overlook health violations", "Stephen Joseph", "Dr. Stephen Joseph", "reported"),
])

# "the city" (not named in this snippet): None with the mention.
doc("nyt_345_6", 1, [
    I("the restaurant owners", "inspectors' bullying", None, "the city", "saying"),
])

# An executive of a named company speaks for it.
doc("nyt_346_9", 1, [
    I("impatient or inebriated", "direction anyway", "Kinney", "A Kinney executive", "says"),
])

# A term.
doc("nyt_347_1", 0, [])

# "on hearing ... that" is perception, not annotated.
doc("nyt_354_1", 1, [
    D("''I can't imagine", "Sammy Davis in it.''", None, "A middle-aged man", "remarked"),
])

doc("nyt_359_6", 1, [
    I("three of those proposals", "Centennials isn't", None, "Strict grammarians", "say"),
])

# Words mentioned as words; names given by people ("called", "calls it").
doc("nyt_359_7", 0, [])
doc("nyt_359_8", 0, [])
doc("nyt_359_11", 0, [])
doc("nyt_359_12", 0, [])
doc("nyt_369_1", 0, [])

doc("nyt_369_8", 1, [
    D("''You will not have", "who smokes,''", "Bennett", "Mr. Bennett", "said"),
])

# Frameless; opens with two apostrophes, closes with one.
doc("nyt_369_9", 1, [
    D("''I've been scolded", "scolded about it.'", None),
])

# A lawsuit "argued that": a document, its filers not named here.
doc("nyt_371_3", 1, [
    I("the new round-trip rate", "in setting it", None, "The suit", "argued"),
])

doc("nyt_371_6", 2, [
    D("''Without PATH,''", "''Without PATH,''", None, "the judge", "concluded"),
    D("''the Port Authority's", "break down completely.''", None, "the judge", "concluded"),
])

doc("nyt_372_6", 1, [
    D("''No, thank you''", "''No, thank you''", None, "Others", "mouthed"),
])

doc("nyt_372_7", 1, [
    D("''Too much sugar.''", "''Too much sugar.''", None, "A few", "dismissed"),
])

doc("nyt_374_8", 1, [
    I("amenities like", "5 percent to the cost", None, "Officials", "say"),
])

# ''body of Christ'' is a name (of the warship), not a quote.
doc("nyt_378_10", 1, [
    I("no warship", "''body of Christ.''", "Snyder", "Mr. Snyder", "argued"),
])

doc("nyt_386_6", 1, [
    I("it was all", "a dumb mistake", "Lee Iacocca", "Lee Iacocca", "says"),
])

# "He" = Iacocca, named only in the previous snippet; "offers ... restitution" has an NP object.
doc("nyt_386_7", 1, [
    I("it won't happen again", "it won't happen again", None, "He", "promises"),
])

doc("nyt_386_8", 1, [
    I("the company's practices", "violated no law", None, "he", "insists"),
])

doc("nyt_386_12", 1, [
    I("they test all their cars", "they test all their cars", None, "Some foreign companies", "boast"),
])

# Impersonal passive allegation (as pud_quotes' "It has been emphasised that").
doc("nyt_386_14", 1, [
    I("some damage was not repaired", "some damage was not repaired", None, None, "alleged"),
])

doc("nyt_388_4", 1, [
    I("about 70,000 children", "die this year", "Child Welfare League of America",
      "the Child Welfare League of America", "According to"),
])

# Words written on a form (mentioned).
doc("nyt_389_2", 0, [])

doc("nyt_389_4", 1, [
    D("''Sisters are not family,''", "''Sisters are not family,''", None, "she", "declared"),
])

# Frameless; the inner 'Independent Adults.' is a form's label.
doc("nyt_389_5", 1, [
    D("''You have to fill", "'Independent Adults.' ''", None),
])

doc("nyt_389_11", 0, [])

# A scare quote; sounds and words mentioned as words; a song's title.
doc("nyt_391_1", 0, [])
doc("nyt_391_9", 0, [])
doc("nyt_392_1", 0, [])

# "according to a report by the Census Bureau": a document of a named body (the bureau's
# "estimates that" in nyt_392_11 is a projection, a finding, and not annotated).
doc("nyt_392_3", 1, [
    I("he's fairly typical", "he's fairly typical", "Census Bureau", "a report by the Census Bureau", "according to"),
])

# "according to" a reference work (a document, no author named); ''Enthusiasm'' is a word
# mentioned.
doc("nyt_396_1", 1, [
    I("''Enthusiasm'' is not", "works of Shakespeare", None, "the hefty Harvard concordance", "according to"),
])

# An award's name.
doc("nyt_396_3", 0, [])

# "(as Ben Jonson said of the First Folio)": Jonson's words, applied by the writer, split
# around the parenthesis: two indirect spans (hard call).
doc("nyt_396_9", 2, [
    I("not for the age", "not for the age", "Ben Jonson", "Ben Jonson", "said"),
    I("but for all time", "but for all time", "Ben Jonson", "Ben Jonson", "said"),
])

# "As Sonnet 135 puts it": a text's words, applied ("Will in overplus"); no author named.
doc("nyt_396_4", 1, [
    I("this is Will in overplus", "this is Will in overplus", None, "Sonnet 135", "puts it"),
])

doc("nyt_396_8", 1, [
    I("there is too much method", "the Shakespeare Festival", None, "one semi-admirer", "puts it"),
])

doc("nyt_397_4", 2, [
    D("''Thinking of Peter", "represent real lives,''", "Cuomo", "Mr. Cuomo", "said"),
    D("''real human beings", "and loved ones.''", "Cuomo", "Mr. Cuomo", "said"),
])

# Ballot colours (labels).
doc("nyt_398_3", 0, [])

# Noun frame, its source "their President" (not named): None.
doc("nyt_398_4", 1, [
    I("the military might", "a green vote", None, "their President", "warnings"),
])

# A term.
doc("nyt_398_7", 0, [])

# A programme's name; the brochure's words echoed as scare quotes.
doc("nyt_401_4", 0, [])
doc("nyt_401_5", 0, [])

# The brochure's promise, quoted without frame.
doc("nyt_401_6", 1, [
    D("''begin any weekday", "of any week.''", None),
])

doc("nyt_401_7", 0, [])

# An exhibition's title.
doc("nyt_402_2", 0, [])

# Administrators of "State" (the State Department) speak for it; two coordinated "that"
# clauses, one span.
doc("nyt_405_2", 1, [
    I("no decisions", "exchange rates and inflation", "State", "State's administrators", "say"),
])

doc("nyt_410_4", 1, [
    I("the new administrator", "103d Congress in January", "Foley", "Mr. Foley", "pledges"),
])

# A film's title.
doc("nyt_414_1", 0, [])

# The judge's words inside "the apparent belief that" (the writer's reading of his order):
# direct, the judge not named in this snippet.
doc("nyt_417_3", 1, [
    D("''lots of space", "and sunshine''", None, "The judge"),
])

doc("nyt_417_8", 1, [
    I("an AIDS-infected", "bite someone", "Colabella", "Judge Colabella", "asserting"),
])

# "he" = Mr. Brooks, named only in a later snippet.
doc("nyt_419_7", 1, [
    D("''All of us", "last few years,''", None, "he", "said"),
])

doc("nyt_419_8", 1, [
    D("''We have almost", "crimes committed.''", None),
])

doc("nyt_421_8", 1, [
    D("''Passions are", "recent past.", None, "An article on Stalin", "begins", marks="unclosed", why=UNCLOSED),
])

doc("nyt_421_9", 1, [
    D("Without bringing", "in the future.''", None, marks="unopened", why=UNOPENED),
])

doc("nyt_422_4", 1, [
    I("they had hired", "their new head coach", "San Diego Chargers", "The San Diego Chargers", "announced"),
])

# A book's title.
doc("nyt_424_6", 0, [])

doc("nyt_428_8", 1, [
    I("it will drop", "mass production", "Metaview", "Metaview", "predicts"),
])

# The committee's term from its resolution, used as a term ("agreed to frown on").
doc("nyt_435_1", 0, [])

# A resolution's text ("Its key section reads:"); the committee is not named here.
doc("nyt_435_5", 1, [
    D("''It is inappropriate", "discriminatory practices.''", None, "Its key section", "reads"),
])

# A manual's title.
doc("nyt_438_2", 0, [])

# "are told to leave ..." is a request (passive, the manual unnamed here); the marked phrases
# after it are the manual's words (as marked words after "urged to").
doc("nyt_438_6", 3, [
    D("''it is much harder", "to be convincing''", None, None, "told"),
    D("''pushing a stroller''", "''pushing a stroller''", None, None, "told"),
    D("''juggling the diaper bag.''", "''juggling the diaper bag.''", None, None, "told"),
])

doc("nyt_438_8", 1, [
    D("''You are homeless", "and confused,''", None, "the manual", "begins"),
])

# The inner 'system' is a scare quote.
doc("nyt_438_9", 1, [
    D("''But, no matter", "you are not stupid.", None, marks="unclosed", why=UNCLOSED),
])

doc("nyt_438_14", 1, [
    D("But that doesn't", "you are a loser.''", None, marks="unopened", why=UNOPENED),
])

# "The long-ruling general" (Stroessner, not named in this snippet): None.
doc("nyt_439_4", 2, [
    I("32 years of", "''genuine democracy.''", None, "The long-ruling general", "insisted"),
    D("''genuine democracy.''", "''genuine democracy.''", None, "The long-ruling general", "insisted"),
])

# A suit "demanding that" (a document; its filers partly unnamed): None with the mention.
doc("nyt_440_1", 1, [
    I("illegal aliens not be counted", "the 1990 Census", None, "a suit", "demanding"),
])

doc("nyt_440_2", 1, [
    I("undocumented aliens", "a House seat", None, "They", "claim"),
])

# "they must persuade the courts that ...": a requirement, not speech; ''persons'' a term.
doc("nyt_440_3", 0, [])

doc("nyt_440_7", 1, [
    I("whatever else America", "like a public education", "Supreme Court", "The Supreme Court", "made clear"),
])

# A term.
doc("nyt_441_1", 0, [])

# "he" = Mr. Downey, named only in other snippets: None.
doc("nyt_441_2", 1, [
    D("''Zip it!''", "''Zip it!''", None, "he", "bark"),
])

doc("nyt_441_3", 1, [
    D("''Puke breath!''", "''Puke breath!''", None, ("he", 2), "snarl"),
])

doc("nyt_447_10", 1, [
    D("''God-awful.''", "''God-awful.''", None, "One man", "describes"),
])

doc("nyt_447_11", 1, [
    I("it disturbs", "their sleep", None, "Most townfolk", "say"),
])

doc("nyt_449_3", 2, [
    I("it would never reopen", "it would never reopen", None, "pessimists", "said"),
    I("repairs would take a year", "repairs would take a year", None, "optimists", "projected"),
])

# "- and it did" is the editorial's.
doc("nyt_449_4", 1, [
    I("it would get the job", "by early August", "Department of Transportation",
      "The city's Department of Transportation", "promised"),
])

# Cut at the start (its subject is in the previous snippet): no mention.
doc("nyt_449_6", 1, [
    I("no bridge of this size", "so short a time", None, None, "asserts"),
])

# Frame inside the content: two spans.
doc("nyt_452_4", 2, [
    I("Pools", "Pools", None, "they", "say"),
    I("tempt public school", "in school themselves", None, "they", "say"),
])

doc("nyt_452_5", 1, [
    I("June weather", "the added costs", None, "They", "suggest"),
])

# Split quotation whose first part is printed without marks (first person), as nyt_54_3.
doc("nyt_453_4", 2, [
    D("I understand", "unusual punishment", None, "he", "said", marks="none", why=NOMARKS),
    D("\"but so what?\"", "\"but so what?\"", None, "he", "said"),
])

doc("nyt_453_8", 2, [
    D("I understand", "unusual punishment", None, "he", "said", marks="none", why=NOMARKS),
    D("\"but so what?\"", "\"but so what?\"", None, "he", "said"),
])

doc("nyt_453_9", 1, [
    I("he does not plan", "Democratic material", "Arpaio", "Sheriff Arpaio", "says"),
])

# Reported clause, then the quotation goes on in marks (same mention and cue); the
# hypothetical "some people might say" inside is not annotated.
doc("nyt_453_10", 2, [
    I("he doesn't know of any", "he doesn't know of any", None, "He", "says"),
    D("\"and some people", "of those ideas.\"", None, "He", "says"),
])

# "said of budgets that" + clause, then his words in marks after the colon.
doc("nyt_454_4", 2, [
    I("they're rather like", "like the weather", "Campbell", "Dr. Campbell", "said"),
    D("\"There are good", "ride them out.\"", "Campbell", "Dr. Campbell", "said"),
])

doc("nyt_456_1", 1, [
    D("''Every state", "joined the union,''", "Koch", "Mayor Koch", "said"),
])

# Noun frame with its source named ("the Supreme Court's ruling that").
doc("nyt_456_2", 1, [
    I("the Board of Estimate", "is malapportioned", "Supreme Court", "the Supreme Court", "ruling"),
])

# The amendment's text, quoted after a colon (a document, no author named).
doc("nyt_456_5", 1, [
    D("''No state shall", "of the laws.''", None, "the equal protection clause"),
])

# Frame inside the content; its second part is wholly in marks: direct.
doc("nyt_458_1", 2, [
    I("was based", "was based", None, "a son", "wrote"),
    D("''on her own", "and interests.''", None, "a son", "wrote"),
])

# A painting's title.
doc("nyt_458_3", 0, [])

doc("nyt_461_2", 1, [
    D("''It sounds like", "someplace overseas,''", None, ("he", 1), "told"),
])

doc("nyt_461_3", 1, [
    D("''It just doesn't", "sound American.''", None),
])

# A name mentioned.
doc("nyt_461_4", 0, [])

# "she" = Loretta Lynn, named only in the previous snippet.
doc("nyt_461_5", 1, [
    D("''Why, I can't", "pronounce his name!''", None, "she", "said"),
])

# Unmarked words around a dialogue tag ("smiled patronizingly" used as a verb of saying): two
# indirect spans.
doc("nyt_463_7", 2, [
    I("No", "No", None, "the salesman", "smiled"),
    I("we don't carry", "anything like that", None, "the salesman", "smiled"),
])

# Words mentioned.
doc("nyt_464_1", 0, [])

# The maker's catalogue words, quoted without frame.
doc("nyt_464_4", 1, [
    D("''a faithfully detailed reproduction''", "''a faithfully detailed reproduction''", None),
])

# Echo of the same words as a scare quote.
doc("nyt_464_6", 0, [])

doc("nyt_468_3", 1, [
    I("The executives", "any other defendants", None, "he", "said"),
])

doc("nyt_474_1", 1, [
    I("she feared", "out at night", None, "a young woman", "told"),
])

# Reported with "noting" (no "that"), ending in a tag question; the span stops before "?".
doc("nyt_474_2", 1, [
    I("she'd come", "hadn't she", None, "the Commissioner", "noting"),
])

# "He" = Commissioner Ward, named only in the previous snippet.
doc("nyt_474_3", 1, [
    D("''You're the kind", "beautiful and blonde.''", None, "He", "added"),
])

doc("nyt_474_9", 1, [
    D("''Every one of us", "from time to time,''", None, "he", "said"),
])

doc("nyt_474_10", 1, [
    D("''I'm sure", "regrets this one.''", None),
])

doc("nyt_476_8", 1, [
    I("all the vegetable rows", "reach 60 miles", "GreenThumb", "GreenThumb", "boasts"),
])

# The letter's summary line: "assertion by ... Larry Walden ... that" (noun frame, source
# named); then the letter quotes him.
doc("nyt_480_1", 2, [
    I("growers should not", "if people smoke", "Larry Walden", "tobacco grower Larry Walden", "assertion"),
    D("''It never occurs", "anything wrong.", "Larry Walden", ("Larry Walden", 2), "says",
      marks="unclosed", why=UNCLOSED),
])

doc("nyt_480_3", 1, [
    D("It's their choice''", "It's their choice''", None, marks="unopened", why=UNOPENED),
])

doc("nyt_480_5", 1, [
    D("''It never occurs", "anything wrong.", "Larry Walden", "Larry Walden", "says", marks="unclosed", why=UNCLOSED),
])

doc("nyt_480_7", 1, [
    D("It's their choice''", "It's their choice''", None, marks="unopened", why=UNOPENED),
])

doc("nyt_481_6", 1, [
    I("he had to postpone", "how to proceed", None, "He", "confides"),
])

# The Times article (named by its headline, a title) "stated that": an outlet attribution,
# not annotated; the marked words are its wording: direct, no speaker, mention or cue.
doc("nyt_484_2", 1, [
    D("\"Russia has been", "for centuries.\"", None),
])

# The Bolsheviks' slogan, given as their promise.
doc("nyt_484_5", 1, [
    D("\"all land", "to the peasants,\"", "Bolsheviks", "the Bolsheviks", "promising"),
])

# Gorbachev's slogan used as a term.
doc("nyt_485_3", 0, [])

# "the Comptroller" = "the same Mr. Goldin" of the same sentence; "urged friends to put" is a
# request.
doc("nyt_486_3", 2, [
    I("he met", "Jewish charities.''", "Goldin", "the Comptroller", "said"),
    D("''on the boards", "Jewish charities.''", "Goldin", "the Comptroller", "said"),
], aliases={"Goldin": ["Comptroller"]})

# Frame inside the content.
doc("nyt_490_3", 2, [
    I("What they're eating", "What they're eating", None, "our friend", "says"),
    I("is a lot", "is a lot", None, "our friend", "says"),
])

# "word filtered back": the news passed on (noun cue), nobody named.
doc("nyt_491_5", 1, [
    D("''It's a wheelchair", "Another five minutes.''", None, None, "word"),
])

doc("nyt_491_15", 1, [
    D("''Just my luck,''", "''Just my luck,''", None, "the middle-aged man", "muttered"),
])

doc("nyt_491_18", 2, [
    D("''Your luck, sir,''", "''Your luck, sir,''", None, "she", "told"),
    D("''is that you're", "in a wheelchair.''", None, "she", "told"),
])

# "according to the President's budget report" (the President is not named here): None.
doc("nyt_492_9", 1, [
    I("The 10 billion new trees", "emissions of the gas", None, "the President's budget report", "according to"),
])

doc("nyt_494_9", 1, [
    I("most big landlords", "acted conscientiously", None, "The city", "reports"),
])
