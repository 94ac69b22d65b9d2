"""Annotation decisions for the mtsc_quotes gold set: every quote, per document, by the strings
that start and end its span, its kind, the speaker's canonical name, the speaker mention and
the cue. build.py turns these into offsets by string search and checks them; nothing here is
an offset. Conventions: README.md in this folder (those of ../pud_quotes, ../gum_quotes and
../seeds/README.md, section "Quotes", plus a few points single news sentences raise).

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  I(start, end, speaker, mention, cue)   indirect (reported) speech; the reported content,
                                         without a final period
  T(start, end, speaker, mention)        a turn of a broadcast transcript ("NAME: words"),
                                         cue always null
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the whole document here (a
  NewsMTSC document is one sentence, sometimes with a caption or heading before it). Unique,
  or (string, n) = n-th occurrence. None = no mention / cue.
- speaker: canonical name (the full name as the document gives it), or None when the text
  does not let a reader know who spoke. A bare pronoun with no antecedent in the document
  ("he said") is None; world knowledge (who "the ex-..." or "her father" is) is not used
  unless the document itself names the person.
- marks="unclosed": the quotation goes on past the end of the document (its closing mark is
  in the next sentence of the article); marks="unopened": it began before the document
  starts (the opening mark is in the previous sentence), so the span runs from the first
  character to the closing mark; marks="none": a quotation printed without marks (a block
  quotation, an embedded tweet). Each needs why="...".
Per document: source, expected (the number of quotes, a guard), extra_speakers, aliases.

Documents are single sentences cut from articles, so many quotations have lost their frame
(speaker None, no mention, no cue) or one of their marks. Sentences that are someone's words
but carry neither marks nor a frame are not quotes: nothing in the text says so.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def I(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="indirect", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def T(start, end, speaker, mention=None, **kw):
    return dict(kind="turn", start=start, end=end, speaker=speaker, mention=mention, cue=None, **kw)


SRC = "newsmtsc_rw dev"

ARTICLES = {}


def doc(doc_id, expected, quotes, **kw):
    ARTICLES[doc_id] = dict(source=SRC, expected=expected, quotes=quotes, **kw)


UNOPENED = "the quotation began in the article's previous sentence"
UNCLOSED = "the quotation goes on in the article's next sentence"

# Quotation without frame ("He" is inside the quote).
doc("polusa_v1_59488606_-1_30_Dr. Sidney J. Blair_1_3", 1, [
    D("“He was willing", "hand surgeons.”", None),
])

doc("polusa_v1_4678416_-1_30_John Miller_149_155", 1, [
    D("\"As far as", "anyone to call,\"", "Miller", "Miller", "said"),
])

# “buck stops here” is a phrase used as a name (scare quote): no quote, kept so that false
# alarms count.
doc("allsides_775_313_30_Reince Priebus_31_38", 0, [])

doc("allsides_2730_1110_62_Mann_118_124", 1, [
    D("\"We learn", "the Pilgrims landed,\"", "Mann", "Mann", "added"),
])

# "The statement" is not said to be anyone's: None with the mention. No "that".
doc("polusa_v1_4536416_-1_7_Johnson_20_27", 1, [
    I("Johnson is expected", "foreign policy leaders", None, "The statement", "says"),
])

# Trailing frame: its scope is the clause before it. "the church" = the only church named,
# the Tabernacle (as "The city" -> "Municipality of Livorno" in gum_quotes).
doc("polusa_v1_18552887_-1_1_Stockton_35_43", 1, [
    I("An online search", "the Tabernacle", "Tabernacle", "the church", "said"),
])

# Broadcast transcript: each "NAME: words" line is a turn of the named speaker; the label is
# the mention. The labels are the text's only naming (case does not matter to the scorer).
doc("polusa_v1_113906558_-1_81_MORGAN: So what- what I would say is facts matter all the way around_1_7", 2, [
    T("Yes, we-", "we've been--", "MORGAN", "MORGAN"),
    T("Okay.", "Okay.", "MARGARET BRENNAN", "MARGARET BRENNAN"),
])

doc("polusa_v1_116023500_-1_26_company spokesman Tom Lange_0_2", 1, [
    I("trains were the mode", "back home again", None, "He", "noted"),
])

# "they" = the Obama administration (its only antecedent); "argue" + content clause.
doc("allsides_2078_846_11_Assad_67_72", 1, [
    I("it could embroil", "Russia and Iran", "Obama administration", "they", "argue"),
])

# Marked words after "mocked Schiff as" are Trump's (as after "described ... as").
doc("polusa_v1_4544269_-1_13_Schiff_61_67", 2, [
    D("\"smallest, thinnest", "ever seen,\"", "Trump", "Trump", "mocked"),
    D("\"not a long-ball hitter.\"", "\"not a long-ball hitter.\"", "Trump", "Trump", "mocked"),
])

doc("polusa_v1_55036659_-1_4_Vanitzian_55_64", 1, [
    D("“She had quite", "the following,”", "Alysia Vanitzian", "her sister Alysia Vanitzian", "said"),
])

# "wondered aloud" is speech (aloud); a reported wh-question keeps its wh-word.
doc("allsides_6186_2658_40_Obama_36_41", 1, [
    I("where the supporters", "Mr. Romney were", "Nancy Bobo", "she", "wondered aloud"),
])

# “Gentle Ben.” is a nickname.
doc("allsides_2788_1137_5_Ben Carson_95_97", 0, [])

# "he" = Gianforte, the subject of the clause before it.
doc("polusa_v1_4397972_-1_10_Montana GOP House candidate Greg Gianforte_3_12", 1, [
    D("“I'm sick", "of this!”", "Gianforte", "he", "yelling"),
])

# A password, a phrase and its translation in marks: no quote.
doc("polusa_v1_18176649_-1_15_Marine Ciarán Maxwell '_51_58", 0, [])

# "reports indicated that" is reported speech by unnamed reports (gum_quotes: "Recent
# reports revealed"), not a finding; "Trump allies in the media" are unnamed.
doc("allsides_954_384_19_President Trump_77_92", 2, [
    I("President Trump is musing", "as special counsel", None, "reports", "indicated"),
    I("he should do so", "he should do so", None, "Trump allies in the media", "argued"),
])

# The Fox News statement quotes Lewandowski's call in its own words, with two partial
# quotations of his (single marks) inside the "stated that" clause.
doc("allsides_2551_1039_35_Trump’s campaign manager Corey Lewandowski_50_61", 4, [
    D("“In a call", "through that again,’”", "Fox News", "a Fox News statement", "said"),
    I("Megyn had a", "through that again,’", "Lewandowski", "Lewandowski", "stated"),
    D("‘rough couple", "last debate’", "Lewandowski", "Lewandowski", "stated"),
    D("‘would hate", "through that again,’", "Lewandowski", "Lewandowski", "stated"),
])

# The embedded tweet's "Michael Hayden on Trump: If someone else said ..." is a headline of
# the "Name: words" kind without verb or marks (as the seeds' "Ambassador: ..." headline):
# not annotated. "the ex-CIA leader" is Hayden, the one person the document names before it.
doc("allsides_1916_779_13_former CIA Director Michael Hayden_0_14", 1, [
    D("“It suggests", "to be light-hearted,”", "Michael Hayden", "the ex-CIA leader", ("said", 2)),
])

# Frameless quotation (its speaker, presumably Clinton, is not given); "he" has no antecedent
# (Trump is named only in the next sentence, not as the one who says). ‘Let’s take America
# backwards.’ is the speaker's own rendering ("that is code for"), nobody's words: not a quote.
# The inner quotation opens with ‘ and closes with a straight '.
doc("allsides_2112_859_43_Donald Trump_116_121", 2, [
    D("\"When he says", "America backwards.’”", None),
    D("‘Let’s make", "great again,'", None, "he", "says"),
])

doc("allsides_1370_550_26_Jeff Sessions_90_103", 1, [
    D("And everything", "[as attorney general].”", None, marks="unopened", why=UNOPENED),
])

# Partial quotation inside the "assured ... that" clause; "in asking his supporters to get
# out and vote" is a request.
doc("polusa_v1_116002830_-1_34_Rick Klein\nPresident Donald Trump_0_5", 2, [
    I("Blackburn is", "we stand for.\"", "Trump", "Trump", "assured"),
    D("\"a vote for me", "we stand for.\"", "Trump", "Trump", "assured"),
])

doc("polusa_v1_52866424_-1_55_RYAN LUCAS_0_6", 1, [
    T("Basically, a case", "politically charged.", "LUCAS", "LUCAS"),
])

# Roberts quotes McAuliffe: the words are McAuliffe's. "tweeted:" introduces an embedded
# tweet of which the sentence split kept only "VA Gov.": a quote without marks.
doc("polusa_v1_4323387_-1_4_Terry McAuliffe_68_77", 2, [
    D("“There are too many", "of our citizens,”", "McAuliffe", "McAuliffe", "as saying"),
    D("VA Gov.", "VA Gov.", "Sarah Mimms", "BuzzFeed DC editor Sarah Mimms", "tweeted",
      marks="none", why="an embedded tweet, printed without marks and cut by the sentence split"),
])

# "is right to say that": the writer reports what Trump says.
doc("allsides_553_220_22_President Trump_12_27", 1, [
    I("sports stars like", "of America’s cops", "Trump", "President Trump", "say"),
])

# "referring to Ms. Streep’s remarks" has a noun-phrase object.
doc("allsides_1464_590_16_Donald Trump_120_129", 1, [
    D("“And remember", "supported Hillary,”", "Trump", "Mr. Trump", "said"),
])

# "called Streep "..."" and "calling her a "..."": marked words after "call" are direct.
doc("allsides_1465_590_2_Hillary_113_120", 2, [
    D("\"one of the most", "actresses in Hollywood\"", "Trump", "Trump", "called"),
    D("\"Hillary flunky", "lost big.\"", "Trump", "Trump", "calling"),
])

# "lied" is a one-word partial quotation in the "claiming" clause (nested);
# "asked senior staffers ... about the lane closures" has a noun-phrase object.
doc("allsides_4683_1963_14_Kelly_54_59", 3, [
    D("\"I was blind-sided,\"", "\"I was blind-sided,\"", "Christie", "Christie", "said"),
    I("Kelly \"lied\"", "about the lane closures", "Christie", "Christie", "claiming"),
    D("\"lied\"", "\"lied\"", "Christie", "Christie", "claiming"),
])

doc("polusa_v1_4721255_-1_11_President-elect Donald Trump_95_98", 1, [
    I("his push toward", "by his own history", "Obama", "Obama", "writing"),
])

# Passive "it was alleged" + clause: indirect without speaker or mention (pud n04002).
# “walls of separation” is taken as the allegation's wording (partial quotation, nested).
doc("polusa_v1_4321693_-1_15_Saikat Chakrabarti_302_313", 2, [
    I("there were no", "run by Chakrabarti", None, None, "alleged"),
    D("“walls of separation”", "“walls of separation”", None, None, "alleged"),
])

doc("allsides_4582_1918_12_Mr. Holder_212_214", 1, [
    D("“As all-important", "just as deep,”", None, "he", "said"),
])

# Two closing marks: Page's quotation ends with " and the quotation inside it (whose words,
# not said) with '. Both began in the previous sentence.
doc("polusa_v1_52945992_-1_47_Alan Page_29_35", 2, [
    D("It is to end", "injustice,' \"", "Page", "Page", "told", marks="unopened", why=UNOPENED),
    D("It is to end", "injustice,'", None, marks="unopened", why=UNOPENED),
])

# “This Week.” is a title.
doc("polusa_v1_79070405_-1_6_Supreme Court Justice Brett Kavanaugh_2_4", 1, [
    D("“He’s going", "after his name,”", "Hirono", "Hirono", "said"),
])

doc("polusa_v1_18326787_-1_16_Business Secretary Greg Clark_77_79", 1, [
    D("\"The science", "was agreed,\"", None, "he", "said"),
])

doc("allsides_2243_912_32_Donald Trump in Indiana_52_59", 1, [
    D("\"After they made", "numbers tanked,\"", "Trump", "Trump", "said"),
])

# Noun frame with its source named ("the recent announcement by Netflix that ..."): indirect,
# cue the noun. "to argue that": the unnamed "She" (no antecedent).
doc("allsides_2980_1219_8_Fiorina, a former chief executive of Hewlett-Packard_0_3", 2, [
    I("the company would be providing", "paid parental leave", "Netflix", "Netflix", "announcement"),
    I("businesses know", "best for themselves", None, "She", "argue"),
])

doc("polusa_v1_113878890_-1_19_Michael Bennet_58_60", 1, [
    D("\"This crisis", "any longer,\"", None, "he", "said"),
])

# "accused of using her position" reports no words.
doc("allsides_4127_1716_1_Lois Lerner_56_59", 1, [
    D("“I didn’t", "anything wrong.”", "Lois Lerner", "Lois Lerner", "say"),
])

# "speculate that" is said of officials speaking publicly: reported speech, unnamed officials.
doc("allsides_3221_1323_7_Osama bin Laden's_94_97", 1, [
    I("they were for his children", "lived with him", None, "U.S. officials", "speculate"),
])

# "he" = Kaine (same clause); the appositive "— a slur ..." is the writer's.
doc("allsides_1750_712_15_Mike Pence_122_127", 1, [
    I("Trump cared more", "than the troops", "Kaine", "he", "claimed"),
])

doc("allsides_5638_2408_14_Rob Portman of Ohio_209_216", 1, [
    D("“I think he’s happy", "in this whole issue,”", "Portman", "Portman", "said"),
])

# "Today" is a show title.
doc("allsides_269_109_34_Andy Lack_51_60", 0, [])

# The order's wording, quoted without frame: direct, None (a document, not named as speaker).
doc("allsides_4621_1935_10_then-President George W. Bush_39_52", 1, [
    D("“new contracts", "of the order.”", None),
])

doc("allsides_2867_1170_21_John Boehner_32_39", 1, [
    I("Boehner was sacrificing", "of the conference", "John Shimkus", "John Shimkus", "said"),
])

doc("polusa_v1_4320320_-1_25_Jim Jordan_0_10", 1, [
    T("We’ve had", "debate before.", "JIM JORDAN", "JIM JORDAN"),
])

# "Story Continued Below" is page debris.
doc("allsides_4480_1873_4_Coburn_22_28", 1, [
    I("the Oklahoma execution", "of human error", "Coburn", "Coburn", "said"),
])

# Only the predicate is in marks: indirect clause with a nested direct.
doc("allsides_2983_1220_45_Kelly_29_34", 2, [
    I("Kelly “behaved", "nasty to me.”", "Trump", "Trump", "said"),
    D("“behaved very", "nasty to me.”", "Trump", "Trump", "said"),
])

doc("allsides_6362_2739_33_Mitt Romney_51_57", 2, [
    I("Romney \"seemed", "the campaign speech", "Ben LaBolt", "Obama campaign spokesman Ben LaBolt",
      "responded"),
    D("\"seemed unhinged\"", "\"seemed unhinged\"", "Ben LaBolt", "Obama campaign spokesman Ben LaBolt",
      "responded"),
])

# "urging them to ..." is a request and not annotated, but "stand firm" in marks are the
# letter's words: direct. Thirty unnamed conservatives: None.
doc("allsides_3542_1462_17_Boehner_98_105", 1, [
    D("\"stand firm\"", "\"stand firm\"", None, "Thirty House conservatives", "urging"),
])

# "they had always felt that ..." inside is a feeling, not a second quote.
doc("allsides_3231_1327_33_Mr. Obama_69_78", 1, [
    I("they had always felt", "comes to the police", None, "some law enforcement officials", "said"),
])

doc("polusa_v1_113864790_-1_14_President Trump_15_24", 1, [
    I("Mr. Trump's immigration", "families apart", None, "He", "argued"),
])

# "she" = Dylan; the frame is "attacked Baldwin in a statement ...:". "it’s been hotly
# debated that ..." inside the quote is an impersonal frame: not annotated.
doc("polusa_v1_4333206_-1_28_Baldwin_38_45", 1, [
    D("“Considering that", "stickler for details.”", "Dylan", ("she", 1), "attacked"),
])

# Ivanka Trump's report holds her father's reported question (span after "if"). "her
# father" is not named in the text: None.
doc("polusa_v1_55242254_-1_1_White House senior adviser Ivanka Trump_26_65", 2, [
    I("her father asked", "passed on it", "Ivanka Trump", "White House senior adviser Ivanka Trump",
      "says"),
    I("she was interested", "World Bank chief", None, "her father", "asked"),
])

# Reported question in a passive "Asked whether", asker not given: None, no mention.
# "brushed aside the question" reports no words.
doc("allsides_5803_2485_23_Jindal_61_67", 1, [
    I("he was considering", "bid in 2016", None, None, "Asked"),
])

doc("polusa_v1_4160469_-1_12_Russian President Vladimir Putin_129_161", 1, [
    I("the meeting then turned", "of Russian children", None, "He", "said"),
])

# Standfirst + sentence: "The president" is Donald Trump, named in the next line. The
# marked words after "promised to pursue policies that would make the US" are his (the
# "promised to" request frame alone would not be annotated). "blamed ... on" has an NP object.
doc("polusa_v1_38972593_-1_2_Donald Trump_222_234", 3, [
    I("replacement for the", "preexisting medical conditions", "Donald Trump", "The president", "said"),
    D("‘guarantee’", "‘guarantee’", "Donald Trump", "The president", "said"),
    D("“a very wealthy", "country again”", "Donald Trump", "Donald Trump", "promised"),
])

# Bolton: surname only. "noting that people “...”": indirect clause with nested direct.
doc("allsides_1671_679_23_Clinton_170_177", 4, [
    D("I think he’s got", "direct confrontation,”", "Bolton", "Mr. Bolton", "told",
      marks="unopened", why=UNOPENED),
    D("“an act of courage”", "“an act of courage”", "Bolton", "Mr. Bolton", "calling"),
    I("people “have started", "to Watergate.”", "Bolton", "Mr. Bolton", "noting"),
    D("“have started", "to Watergate.”", "Bolton", "Mr. Bolton", "noting"),
])

# “rigged” is given as Trump's word ("his talk of a “rigged” election"), not the writer's
# term: direct, cue "talk" (a borderline scare quote; see README hard cases).
doc("allsides_1664_676_50_Clinton_5_12", 1, [
    D("“rigged”", "“rigged”", "Trump", "Trump", "talk"),
])

# The end of an embedded tweet (a hashtag and a link) and "an image that said "Survivor
# White House."" (a pun on a show title, the image's caption): no quote.
doc("allsides_764_309_7_Anthony Scaramucci's_124_134", 0, [])

doc("allsides_758_306_5_WASHINGTON – President Trump_130_140", 1, [
    D("“I bet you", "fake news out there,”", "Lara Trump", "Lara Trump", "said"),
])

# "accused Biden of" has an object; "several" (women) are unnamed.
doc("polusa_v1_131730016_-1_1_Former Vice President Joe Biden_30_35", 1, [
    I("his behavior made", "uncomfortable or embarrassed", None, "several", "said"),
])

# Reported speech inside the quote: "Clinics tell us (that) ...", unnamed clinics.
doc("polusa_v1_39095560_-1_6_Sally Cheshire, the regulator’s chairwoman_49_52", 2, [
    D("“Clinics tell", "patient pressure,”", None, "she", "said"),
    I("it’s due to", "patient pressure", None, "Clinics", "tell"),
])

# A named person's unnamed spokesman: None (the spokesman is another, unnamed person).
# "said "..."" with the whole clause in marks: direct.
doc("allsides_2023_824_11_Mike Pence_0_10", 1, [
    D("\"nothing was offered.\"", "\"nothing was offered.\"", None, "a Pence spokesman", "said"),
])

doc("allsides_4230_1764_24_President Obama_51_66", 2, [
    I("he doesn’t think", "strategy we need.”", "Paul Ryan", "Paul Ryan", "saying"),
    D("“has given us", "strategy we need.”", "Paul Ryan", "Paul Ryan", "saying"),
])

doc("allsides_4926_2074_22_John Fleming (R-La.)_91_98", 1, [
    D("“I think that", "the hearings,”", "Fleming", "Fleming", "said"),
])

# “food desert” is a term.
doc("polusa_v1_55281468_-1_39_Karen Slaughter_1_10", 0, [])

# A headline in marks ("headlines like, “...”") is a title, not a quote.
doc("polusa_v1_55171377_-1_3_Bannon_0_2", 0, [])

doc("polusa_v1_3933650_-1_29_Veronica Pazmino, 28, in New York with an indigenous women’s group from Mexico_124_127", 1, [
    D("“I just really", "all trans sisters,”", None, "she", "told"),
])

# "reportedly have joined in the rebuke" reports no words.
doc("allsides_6349_2732_39_Missouri Republican Senate candidate Todd Akin_61_65", 2, [
    I("she found the comments", "to the GOP.\"", "Sarah Steelman",
      "Akin's former primary opponent Sarah Steelman", "tweeted"),
    D("\"inexcusable", "to the GOP.\"", "Sarah Steelman",
      "Akin's former primary opponent Sarah Steelman", "tweeted"),
])

doc("allsides_2481_1009_49_McConnell_0_9", 1, [
    D("McConnell to back off", "do its job,\"", "Schumer", "Schumer", "said",
      marks="unopened", why=UNOPENED),
])

doc("allsides_2717_1105_21_Obama_83_88", 1, [
    I("Turkey, too", "tensions with Russia", "Erdogan", "Erdogan", "told"),
])

doc("polusa_v1_4761599_-1_69_Grisham_100_107", 1, [
    D("\"She is accustomed", "comes with it,\"", "Grisham", "Grisham", "said"),
])

# No marks: indirect (the bracketed "[methods]" suggests a quotation, but none is marked).
doc("polusa_v1_4583995_-1_6_Srirang Manohar_121_136", 1, [
    I("Despite advancements", "have shortcomings", "Srirang Manohar", "Srirang Manohar", "told"),
])

# "described his concept as central to ..." without marks is not a quote; the marked words
# are Xi's phrase: direct.
doc("polusa_v1_115974573_-1_18_\" Zhang Ming_18_21", 1, [
    D("\"great modern", "socialist country\"", "Xi", "Xi", "described"),
])

# The frame "Fukuyama argued" sits inside the reported clause: two indirect spans (as a
# split quotation), and the marked words after "what he called" nested, direct.
doc("allsides_3997_1660_5_Francis Fukuyama_11_19", 3, [
    I("The world", "The world", "Fukuyama", "Fukuyama", "argued"),
    I("had arrived at", "human government.”", "Fukuyama", "Fukuyama", "argued"),
    D("“Western liberal", "human government.”", "Fukuyama", "he", "called"),
])

# "the tech boss" is not named in the sentence: None. "alleged ... that [...], and that
# [...]": two indirect quotes, each with a nested partial quotation.
doc("polusa_v1_39164747_-1_31_Roberts_195_197", 4, [
    I("Candy had driven", "“off a cliff”", None, "the tech boss", "alleged"),
    D("“off a cliff”", "“off a cliff”", None, "the tech boss", "alleged"),
    I("he was “capable", "what he wanted", None, "the tech boss", "alleged"),
    D("“capable of threats", "and dishonesty”", None, "the tech boss", "alleged"),
])

doc("allsides_1643_664_6_Republican National Committee chairman Reince Priebus his new chief of staff_95_102", 1, [
    D("\"It is truly", "Chief of Staff,\"", "Priebus", "Priebus", "said"),
])

# "Republicans" as a body (a party, not "some Republicans"): named collective.
doc("allsides_3679_1520_17_Obama_32_37", 1, [
    I("Obama’s plan", "fund new programs", "Republicans", "Republicans", "complained"),
])

# "He" inside the quotation has no antecedent: None.
doc("polusa_v1_115974750_-1_153_García_61_67", 2, [
    D("“He says to me", "go to school,’”", "García", "García", "said"),
    D("‘When you can leave", "go to school,’", None, "He", "says"),
])

# The meme quotes McConnell's justification; the closing mark is in the next sentence.
# No verb of speech: cue None (pud n01072).
doc("allsides_1365_549_7_Senate Majority Leader Mitch McConnell_178_187", 1, [
    D("\"She was warned", "an explanation.", "McConnell", "McConnell", None,
      marks="unclosed", why=UNCLOSED),
])

# "Today Show" is a title; "told NBC brass her story" has a noun-phrase object.
doc("allsides_269_109_2_Matt Lauer_0_10", 0, [])

# The judge is not named: None. The quotation after the frame goes on the judge's sentence.
doc("polusa_v1_59598653_-1_17_Padilla_46_53", 2, [
    I("Underlying criminal", "without bail", None, "the judge", "said"),
    D("\"whether the state", "it or not.\"", None, "the judge", "said"),
])

doc("allsides_4197_1749_2_Rick Perry_0_10", 1, [
    I("a disparaging tweet", "was unauthorized", "Rick Perry", "Rick Perry", "says"),
])

doc("polusa_v1_52881503_-1_25_New York Times reporter Matthew Rosenberg_0_10", 1, [
    T("So the Russian", "dealt with before.", "ROSENBERG", "ROSENBERG"),
])

# The marked clause is McCain's wording (third person "he" = Obama); "Mr. Obama indicated
# that" is part of what McCain said. McCain's report: indirect over the whole clause, with
# his marked words nested. Obama's "indicating" has no words of its own to mark.
doc("allsides_5085_2148_47_Mr. McCain, Republican of Arizona_138_148", 2, [
    I("Mr. Obama indicated", "Free Syrian Army,”", "McCain", "Mr. McCain", "said"),
    D("“he favorably", "Free Syrian Army,”", "McCain", "Mr. McCain", "said"),
])

doc("polusa_v1_52933106_-1_16_VAN SANT_0_9", 1, [
    T("Well, the Saturday", "9:45 a.m.", "VAN SANT", "VAN SANT"),
])

# One-word partial quotations inside the "He said" clause: nested, direct.
doc("allsides_4839_2035_5_White House press secretary Jay Carney_0_2", 3, [
    I("the 20 percent", "to use the website", None, "He", "said"),
    D("“comfortable”", "“comfortable”", None, "He", "said"),
    D("“complex”", "“complex”", None, "He", "said"),
])

doc("allsides_6194_2662_23_Mr. Franklin_34_46", 1, [
    D("“Look across", "of the polling,”", "Franklin", "Mr. Franklin", "said"),
])

# A quoted AP bulletin (dateline "WASHINGTON (AP)" inside the marks): the words are AP's;
# no mention outside the quote, no cue.
doc("polusa_v1_79065726_-1_61_Obama_42_56", 1, [
    D("“WASHINGTON", "she co-chairs.”", "AP"),
])

# "claiming [Hitler never used chemical weapons]"; "comparing Assad to Hitler" has objects.
doc("allsides_1176_470_6_Spicer_129_135", 1, [
    I("Hitler never used", "chemical weapons", "Sean Spicer", ("Spicer", 2), "claiming"),
])

doc("allsides_3796_1571_2_Mr. Obama_123_132", 2, [
    I("the response would come", "that we choose.”", "Obama", "Mr. Obama", "said"),
    D("“in a place", "that we choose.”", "Obama", "Mr. Obama", "said"),
])

# "said ... that “<whole clause>”": one direct quote (gum_quotes hard case 8).
doc("allsides_1988_808_6_Mrs. Obama_111_116", 2, [
    D("“a great speech,”", "“a great speech,”", "Manafort", "Mr. Manafort", "Describing"),
    D("“obviously Michelle", "toward her family.”", "Manafort", "Mr. Manafort", "said"),
])

doc("allsides_855_345_25_Donald Trump Jr._0_9", 2, [
    I("he was willing", "what I know.\"", "Trump Jr.", "Trump Jr.", "said"),
    D("\"to pass on", "what I know.\"", "Trump Jr.", "Trump Jr.", "said"),
])

# Four named senators speak jointly ("in a statement"): the speaker is the coordination as
# written. ", though they remained open ..." is the writer's.
doc("allsides_924_372_8_Ted Cruz, Ron Johnson, Mike Lee and Rand Paul_0_45", 2, [
    I("they are \"not ready\"", "support the measure", "Ted Cruz, Ron Johnson, Mike Lee and Rand Paul",
      "Ted Cruz, Ron Johnson, Mike Lee and Rand Paul", "said"),
    D("\"not ready\"", "\"not ready\"", "Ted Cruz, Ron Johnson, Mike Lee and Rand Paul",
      "Ted Cruz, Ron Johnson, Mike Lee and Rand Paul", "said"),
])

# "leaked emails indicating an anti-Bernie Sanders bias" has a noun-phrase object.
doc("allsides_1969_800_1_Wasserman Schultz_18_42", 1, [
    I("she will soon step down", "Committee chairwoman", "Debbie Wasserman Schultz",
      "Debbie Wasserman Schultz", "announced"),
])

# "last month" may date the saying or the defeat: left outside. "noted how" + clause is
# reported speech; "how" is left out like "that".
doc("allsides_5441_2320_5_Wayne LaPierre_125_133", 3, [
    I("the NRA “willfully", "gun legislation", "Barack Obama", "President Barack Obama", "said"),
    D("“willfully lied”", "“willfully lied”", "Barack Obama", "President Barack Obama", "said"),
    I("Obama had tried", "re-election campaign", "LaPierre", "LaPierre", "noted"),
])

# Headline with a verb of speech: ‘new chapter’ is Obama's phrase.
doc("allsides_3806_1575_10_Obama_10_15", 1, [
    D("‘new chapter’", "‘new chapter’", "Obama", "Obama", "hails"),
])

# “mistakes” is Zuckerberg's word (what he apologised for).
doc("polusa_v1_39085040_-1_4_Mark Zuckerberg_28_43", 1, [
    D("“mistakes”", "“mistakes”", "Mark Zuckerberg", "Mark Zuckerberg", "apologised"),
])

# Cobb-Hunter reports what the (unnamed) county administrator told her: nested indirect.
doc("polusa_v1_4468446_-1_7_Gilda Cobb-Hunter of Orangeburg_0_31", 2, [
    I("she was told", "with mental problems", "Gilda Cobb-Hunter", "Gilda Cobb-Hunter", "said"),
    I("a nurse was hit", "with mental problems", None, "the Orangeburg County administrator", "told"),
])

doc("polusa_v1_39168982_-1_26_Angry Trump_2_7", 1, [
    D("“[Trump]", "his frustration.", None, marks="unclosed", why=UNCLOSED),
])

# "told the CDC about her fever" has an object; "asked them if ...": reported question;
# "CDC officials told her yes": the answer, the CDC's (officials of a named body speak for it,
# as "Scientology officials" in gum_quotes).
doc("allsides_4040_1678_5_Vinson_0_6", 2, [
    I("it was okay", "for her to fly", "Vinson", "Vinson", "asked"),
    I("yes", "yes", "CDC", "CDC officials", ("told", 2)),
])

doc("polusa_v1_59461958_-1_7_district Library Director David Archer_51_57", 1, [
    D("“Our two current", "booked nonstop,”", "Archer", "Archer", "said"),
])

# "Ernst’s comments" reports no words; Harkin "is shown saying that ...".
doc("allsides_3962_1647_12_Taylor Swift_136_148", 2, [
    I("even if Ernst", "the state of Iowa", "Harkin", "Harkin", "saying"),
    D("“as good looking", "Taylor Swift”", "Harkin", "Harkin", "saying"),
])

# "the university" is not named: None. The second sentence goes on listing the allegations
# (past perfect, same frame): indirect with the same mention and cue. "what you were told"
# inside the quotation reports no words.
doc("polusa_v1_38941265_-1_31_Ridd_44_48", 4, [
    I("Ridd had", "in writing … ”", None, ("the university", 1), "says"),
    D("“perpetuated", "in writing … ”", None, ("the university", 1), "says"),
    I("He had denigrated", "of the university”", None, ("the university", 1), "says"),
    D("“failed to take", "of the university”", None, ("the university", 1), "says"),
])

# Trailing frame: its scope is the sentence before it (the concession is cut at the start);
# "-- at least for the moment" after the frame is taken as the writer's hedge.
doc("polusa_v1_4868620_-1_2_John McCain_0_11", 1, [
    I("John McCain's decision", "still ongoing", None, "GOP aides", "say"),
])

# Noun frame with its source named: "Jake Tapper’s assertion that ...".
doc("allsides_2335_949_62_Sanders_7_14", 2, [
    D("“While Sanders", "from 2014,”", "Michelle Ye Hee Lee", "Post Fact Checker Michelle Ye Hee Lee",
      "writes"),
    I("the public has no access", "Sanders’s tax returns", "Jake Tapper", "Jake Tapper", "assertion"),
])

doc("allsides_1918_780_11_Smith_76_81", 1, [
    D("“I blame", "of my son.”", "Smith", "Smith", "said"),
])

doc("polusa_v1_59523255_-1_3_“Michelle_1_10", 1, [
    D("“Michelle brings", "several years,”", "Wally Bobkiewicz", "City Manager Wally Bobkiewicz", "said"),
])

# A poll finding ("66 percent of Americans now say they’ve heard “a lot”"): survey answers
# are findings, not speech (gum_quotes hard case 3).
doc("allsides_3335_1373_3_Hillary_77_89", 0, [])

doc("polusa_v1_4318520_-1_12_Hilario Yanez_183_186", 1, [
    D("“I think it’s time", "right way,”", "Yanez", "Yanez", "told"),
])

doc("polusa_v1_113851935_-1_34_Jason Stockley_0_8", 1, [
    I("he climbed into", "passenger seat", "Stockley", "Stockley", "said"),
])

# "long-form" is a term.
doc("allsides_6332_2724_5_Mitt Romney_26_32", 0, [])

# 'Fredo' is a nickname he gave himself: a name in marks, not a quote (as “Gentle Ben.”).
doc("polusa_v1_4343478_-1_0_Chris Cuomo_0_11", 0, [])

# Two closing marks: an outer quotation (") and one inside it (') both began before the
# document; whose they are is not said.
doc("polusa_v1_18088798_-1_76_Susan Kigula_51_63", 2, [
    D("They thought", "us both.'\"", None, marks="unopened", why=UNOPENED),
    D("They thought", "us both.'", None, marks="unopened", why=UNOPENED),
])

doc("polusa_v1_4322966_-1_9_House Problem Solvers Caucus co-chairman Reed_0_5", 1, [
    I("the proposed opening", "drafting legislation", "Reed", "Reed", "said"),
])

# "Automotive News reports that" is an outlet attribution (not annotated); inside it, the
# notice Hyundai Mobis filed says what the company plans (noun frame, source named).
doc("polusa_v1_4595435_-1_6_the old Jeep Wrangler_272_297", 1, [
    I("it is planning", "on April 7", "Hyundai Mobis", "Hyundai Mobis", "notice"),
])

doc("polusa_v1_4147606_-1_6_Secretary of State Mike Pompeo_66_72", 1, [
    D("“It’s not a fantasy", "at Riyadh,”", "Pompeo", "Pompeo", "told"),
])

doc("polusa_v1_4357690_-1_13_Lambda executive board member Niko Martini_76_83", 1, [
    D("“Chick-fil-A", "and human rights,”", "Martini", "Martini", "said"),
])

# "she believes that" inside is a view; “new best pal” is her tweet's wording, nested.
doc("polusa_v1_4298354_-1_1_Karl Rove_19_28", 2, [
    I("she believes", "Vladimir Putin", "Kristin Davison", "Kristin Davison", "tweeted"),
    D("“new best pal”", "“new best pal”", "Kristin Davison", "Kristin Davison", "tweeted"),
])

doc("polusa_v1_4506006_-1_16_Kamala Harris_28_34", 1, [
    D("I bet he’s", "some rooms,”", "Harris", "Harris", "laughed", marks="unopened", why=UNOPENED),
])

# “Meet the Press,” is a title; "suggestions that ..." has no source: not annotated.
doc("allsides_2339_950_2_Clinton_13_20", 1, [
    D("“I want it,”", "“I want it,”", "Clinton", "Clinton", "told"),
])

# "revealed new details" has a noun-phrase object.
doc("polusa_v1_115882740_-1_21_Morales_73_80", 1, [
    I("the material is sufficient", "prosecution lifted", None, "investigators", "said"),
])

doc("allsides_370_149_4_Bowe Bergdahl_17_34", 1, [
    D("“The decision", "to our Military,”", None, "he", "tweeted"),
])

# The screamed words are the unnamed people's, inside Sirus's quotation.
doc("allsides_388_155_18_Sirus_61_66", 4, [
    D("“We heard", "‘run away,’”", "Sirus", "Sirus", "said"),
    D("‘gun’", "‘gun’", None, "people", "screaming"),
    D("‘shooter’", "‘shooter’", None, "people", "screaming"),
    D("‘run away,’", "‘run away,’", None, "people", "screaming"),
])

# Caption + sentence; the caption's "did not rule out running" reports no words.
doc("polusa_v1_18433204_-1_11_Sir Graham_152_162", 1, [
    D("\"It would take", "persuade me.", "Graham Brady", ("Sir Graham", 2), "said",
      marks="unclosed", why=UNCLOSED),
])

doc("polusa_v1_4281922_-1_11_Bernie Sanders_55_57", 1, [
    D("“The values", "shouldn’t change,”", None, "he", "added"),
])

# A press-review entry: "Joshua Yaffa in The New Yorker:" then his words (no verb: cue None).
doc("polusa_v1_4053399_-1_9_• Joshua Yaffa_38_52", 1, [
    D("“Putin has not", "Trump entirely.", "Joshua Yaffa", "Joshua Yaffa", None,
      marks="unclosed", why=UNCLOSED),
])

doc("allsides_595_237_64_Mr. Schumer_236_247", 1, [
    I("she along with", "discuss the agreement", "Michelle Lujan Grisham",
      "Representative Michelle Lujan Grisham", "said"),
])

doc("polusa_v1_4288968_-1_3_Mohandas Karamchand Gandhi_27_33", 1, [
    I("Gandhi has a history", "in his use", None, "The activists", "allege"),
])

# "memorial" is Tutu's word (one-word partial quotation, nested).
doc("allsides_4784_2010_18_Mandela_109_116", 2, [
    I("Mandela would want", "that he embodied", "Desmond Tutu", "retired archbishop Desmond Tutu", "said"),
    D("\"memorial\"", "\"memorial\"", "Desmond Tutu", "retired archbishop Desmond Tutu", "said"),
])

# Headline with a verb of speech ("Tells"): the telegraphic content and Dash's words in marks.
doc("polusa_v1_4291837_-1_0_then-President Barack Obama_42_47", 2, [
    I("Divisive Obama", "Trojan Horse’", "Stacey Dash", "Stacey Dash", "Tells"),
    D("‘Trojan Horse’", "‘Trojan Horse’", "Stacey Dash", "Stacey Dash", "Tells"),
])

# "attacking Sessions as a racist, ..." has no marks and is part of Shelby's content.
doc("polusa_v1_4301180_-1_13_Shelby_0_7", 1, [
    I("it was difficult", "he disagrees with", "Shelby", "Shelby", "said"),
])

# Boyce's account (trailing frame, scope the whole sentence) holds Brinsley's words;
# "asking them for ..." has an object, "urging them to ..." is a request.
doc("allsides_3792_1569_19_New York City Chief of Detectives Robert Boyce_201_206", 2, [
    I("Right before", "going to do,”", "Boyce", "Boyce", "added"),
    D("“watch what", "going to do,”", "Brinsley", "Brinsley", "declaring"),
])

# Frameless; opens with a straight mark, closes with a curly one.
doc("allsides_260_106_24_State Department Press Secretary Heather Nauert_1_3", 1, [
    D("\"He’s heard", "about his business.”", None),
])

doc("polusa_v1_18564297_-1_3_Green MSP John Finnie_75_84", 1, [
    I("he will not to seek", "a further term", "Finnie", "Mr Finnie", "told"),
])

# "the officer told them to get on the sidewalk" is a request, inside Johnson's account.
doc("allsides_4273_1782_26_Brown_46_51", 1, [
    I("the two of them", "get on the sidewalk", "Dorian Johnson", "Brown's friend\xa0Dorian Johnson", "says"),
])

# “Face the Nation” is a title.
doc("allsides_1550_624_43_Mr. McCain_145_147", 1, [
    D("Whether they intended", "of investigation,”", None, "he", "said", marks="unopened", why=UNOPENED),
])

# “tainted by bias” is the Republicans' wording (they are "concerned" and put "heated
# questions"); no verb of speech: cue None. "House Republicans" is a named body.
doc("polusa_v1_4496404_-1_1_FBI Director Wray_0_31", 1, [
    D("“tainted by bias”", "“tainted by bias”", "House Republicans", "House Republicans", None),
])

# "The speaker" (a house speaker, not named): None. "wants to make sure that "<clause>"":
# the marked clause is direct, inside the indirect report.
doc("polusa_v1_55401947_-1_12_Jim Jordan_173_176", 2, [
    I("he wants to make sure", "supporting that review.\"", None, "The speaker", "said"),
    D("\"Ohio State conducts", "supporting that review.\"", None, "The speaker", "said"),
])

doc("polusa_v1_4696183_-1_25_Kelly both_94_99", 1, [
    D("It is a potentially", "harder drugs,\"", "Kelly", "Kelly", "said", marks="unopened", why=UNOPENED),
])

doc("polusa_v1_113855789_-1_5_House Judiciary Committee Chairman Jerry Nadler_106_153", 1, [
    I("he expects Mueller", "in his report", "Jerry Nadler", "House Judiciary Committee Chairman Jerry Nadler",
      "said"),
])

# ", contributing to an out-of-touch image ..." is the writer's.
doc("allsides_614_244_2_Hillary Clinton_22_29", 2, [
    I("it was \"a mistake\"", "at the State Department", "Clinton", "Clinton", "concedes"),
    D("\"a mistake\"", "\"a mistake\"", "Clinton", "Clinton", "concedes"),
])

# “shithole” is a word mentioned, not quoted; "a report that ..." has no source: not annotated.
doc("allsides_94_38_6_Donald Trump_132_141", 0, [])

# "We believe" inside the quote is a view.
doc("polusa_v1_79061618_-1_15_President Trump_17_22", 1, [
    D("“We believe", "and federal law,”", "Xavier Becerra", "state Attorney General Xavier Becerra", "told"),
])

# "after the Fox News host bashed ..." is the writer's context.
doc("polusa_v1_3899608_-1_2_Laura Ingraham's_129_137", 1, [
    I("it will no longer", "Laura Ingraham’s show", "Nutrish", "Nutrish", "tweeted"),
])

doc("allsides_372_150_15_Mueller_50_57", 1, [
    D("“By silencing", "uranium companies.”", None),
])

# "called work to let them know (that) ...": reported speech, cue "let them know".
doc("polusa_v1_52865821_-1_14_Joe Dittmar_1_3", 1, [
    I("he would not be coming", "in that day", "Dittmar", "Dittmar", "let them know"),
])

# "Mr. Clinton" is the only naming that tells him from Mrs. Clinton: canonical as written.
# "Asked how he was feeling": reported question, asker not given.
doc("allsides_4150_1727_32_Hillary Clinton_54_66", 2, [
    I("how he was feeling", "how he was feeling", None, None, "Asked"),
    D("“As long as", "I’m good.”", "Mr. Clinton", "Mr. Clinton", "replied"),
])

doc("allsides_4750_1997_9_Alexander_34_43", 1, [
    I("granting Snowden", "incentivize future ones", "Keith Alexander", "General Keith Alexander", "told"),
])

doc("allsides_2359_957_5_Cruz_98_102", 1, [
    D("\"I just fundamentally", "fall this year,\"", None, "he", "said"),
])

# "called the detention center a "prison."": marked words after "call" are direct.
doc("polusa_v1_113836023_-1_8_66-year-old Joshua Rubin_27_29", 1, [
    D("\"prison.\"", "\"prison.\"", None, "he", "called"),
])

# "reported that [...], and that he and Sen." : the second clause is cut by the source's
# sentence split after the abbreviation "Sen."; only its subject is left: not annotated.
doc("polusa_v1_4329963_-1_13_Ted Cruz (R-TX)_1_3", 1, [
    I("he had introduced", "the Palestinian Authority", None, "He", "reported"),
])

doc("polusa_v1_4348444_-1_7_President Trump_40_45", 2, [
    I("Trump would", "a strong leader", "Sisi", "Sisi", "said"),
    D("“without a doubt”", "“without a doubt”", "Sisi", "Sisi", "said"),
])

# Reported speech inside the quotation: the unnamed "I" indicated that ... .
doc("polusa_v1_59619988_-1_48_Mayor Martin Tully_15_18", 2, [
    D("I indicated", "replace him.\"", None, marks="unopened", why=UNOPENED),
    I("if he did not resign", "to replace him", None, ("I", 1), "indicated"),
])

doc("allsides_4047_1681_35_Grimes_103_109", 1, [
    D("“You and your", "deceptive ads,”", "Grimes", "Grimes", "said"),
])

# "Related: ..." is a link title.
doc("allsides_2084_848_11_Noor_61_63", 1, [
    I("he admired the leader", "in Syria", None, "He", "told"),
])

# "suggested that [...]:" followed by the quotation: indirect + direct with the same cue
# (the seeds' "She noted that [...]: "...""); the quotation goes on in the next sentence.
doc("allsides_2844_1161_22_McCarthy (Calif.)_24_32", 2, [
    I("McCarthy does not", "level of support", "Chaffetz", "Chaffetz", "suggested"),
    D("“There are nearly", "on the floor.", "Chaffetz", "Chaffetz", "suggested",
      marks="unclosed", why=UNCLOSED),
])

doc("polusa_v1_113853613_-1_23_Nashville Mayor Megan Barry_52_57", 2, [
    I("Barry \"has kept", "since her election.\"", "Don Aaron", "Metro Police spokesperson Don Aaron",
      "told"),
    D("\"has kept", "since her election.\"", "Don Aaron", "Metro Police spokesperson Don Aaron", "told"),
])

# "the following statement made by Cohen:" then the statement as a block quotation whose
# marks were lost ("advertisement" between is page debris).
doc("polusa_v1_4351415_-1_6_Steve Cohen_351_356", 1, [
    D("If you believe in life", "even more poor.", "Cohen", "Cohen", "statement",
      marks="none", why="a block quotation printed without marks"),
])

doc("polusa_v1_79083523_-1_3_Khashoggi_68_83", 1, [
    I("excluding most senators", "was undemocratic", "Rand Paul", "Rand Paul", "said"),
])

# The whole clause before "Wald said" is her report ("her" = Wald), its marked part nested.
doc("polusa_v1_113714266_-1_29_PCLOB_29_34", 2, [
    I("It’s her", "full potential,”", "Wald", "Wald", "said"),
    D("“fervent hope", "full potential,”", "Wald", "Wald", "said"),
])

# Split quotation after "he continued": two spans, same speaker and cue.
doc("allsides_825_333_3_Senate Majority Leader Mitch McConnell_192_201", 3, [
    D("“Regretfully", "not be successful,”", "McConnell", "McConnell", "followed"),
    D("“So,”", "“So,”", "McConnell", "he", "continued"),
    D("“in the coming days", "affordable care.”", "McConnell", "he", "continued"),
])

doc("polusa_v1_115913338_-1_19_Hoyer_70_75", 1, [
    D("“You’re speaking", "to their concerns,”", "Hoyer", "Hoyer", "said"),
])

# "Chuck Schumer is telling the Democrats to delay" is a request inside the quote.
doc("polusa_v1_131727552_-1_28_Brett Kavanaugh_96_105", 1, [
    D("“Chuck Schumer", "told to do,”", "Blackburn", "Blackburn", "said"),
])

doc("polusa_v1_4332922_-1_22_Laura Ingraham_106_114", 1, [
    D("“As long as", "lose credibility,”", "Moore", "Moore", "told"),
])

doc("polusa_v1_4299040_-1_8_Meghan Murphy_42_48", 1, [
    D("“This is", "@twitter.", "Murphy", "Murphy", "declaring", marks="unclosed", why=UNCLOSED),
])

doc("allsides_6092_2615_2_Obama_0_5", 1, [
    I("Obama campaign events", "have been canceled", "Jay Carney", "press secretary Jay Carney", "said"),
])

# "who is said to the be flight engineer" (passive "is said to"): left out, as in pud_quotes.
doc("allsides_3627_1495_7_Brian Williams_95_103", 1, [
    I("their aircraft", "took no fire", "Joseph Miller", "1st Class Joseph Miller", "confirmed"),
])

# "He" (McConnell by world knowledge) has no antecedent: None. ", notching a second
# violation ..." is the writer's.
doc("allsides_1371_551_9_Elizabeth Warren_8_18", 2, [
    I("Ms. Warren had", "she persisted,”", None, "He", "said"),
    D("“nevertheless", "she persisted,”", None, "He", "said"),
])

doc("allsides_1787_728_25_James Tyson, 31_66_71", 1, [
    D("“There was blood", "from his temple,”", "Tyson", "Tyson", "told"),
])

# "cottage industry" is Gaetz's phrase in his grilling of Dean.
doc("polusa_v1_4438160_-1_4_Dean_19_23", 1, [
    D("\"cottage industry\"", "\"cottage industry\"", "Matt Gaetz", "Matt Gaetz", "grilled"),
])

# Passive "were told", the teller not given.
doc("polusa_v1_3912183_-1_7_Art Williams_101_113", 1, [
    I("it had been rejected", "it had been rejected", None, None, "were told"),
])

doc("polusa_v1_55342650_-1_8_Boyle_85_87", 1, [
    D("\"God willing", "Haqqani Network,\"", None, "he", "said"),
])

doc("allsides_1898_773_9_Hillary Clinton_1_4", 1, [
    D("“She’s [a]", "of these countries.", None, marks="unclosed", why=UNCLOSED),
])

doc("polusa_v1_4379947_-1_25_Todd Schulte, the president of FWD.us, a progressive immigration group_2_6", 1, [
    D("“They grew up", "efforts in Texas,”", None, "he", "said"),
])

doc("polusa_v1_4938051_-1_3_Luckin_15_21", 1, [
    I("it wants to sell", "expansion plans", "Luckin Coffee", "Beijing-based Luckin Coffee", "said"),
])

# A named organisation's unnamed spokesman speaks for it (gum_quotes "Scientology officials").
doc("polusa_v1_18231569_-1_5_Crossbench peer Lord Sacks_33_43", 1, [
    D("\"absurd and offensive\"", "\"absurd and offensive\"", "Labour Party", "A Labour Party spokesman",
      "called"),
])

# Documents as speaker, whose not said ("newly released emails"): None with the mention.
doc("allsides_1811_738_2_Hillary Clinton_16_23", 1, [
    I("he's having none", "he's having none of it", None, "newly released emails", "according to"),
])
