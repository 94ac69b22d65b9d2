"""Annotation decisions for the polnews_dev2 gold set: every direct quote and every interview
turn in fifteen invented US political news articles (texts.jsonl in this folder), per
article, by the strings that start and end its span, its kind, the speaker's canonical name,
the speaker mention and the cue. build.py turns these into offsets by string search and
checks them; nothing here is an offset. Conventions: README.md in this folder (those of
../bio_quotes, ../pud_quotes, ../wn_interviews and ../seeds/README.md, section "Quotes"),
restricted to direct quotes and turns: indirect speech is NOT annotated in this set.

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  T(start, end, speaker, mention, cue)   an interview turn (question or answer); the span is
                                         the words after the speaker label
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the paragraph holding the start
  of the quote unless frame="..." names another stretch of text (itself unique in the text).
  Unique in the frame, or (string, n) = n-th occurrence in the frame. None = no mention / cue.
- speaker: canonical name = the fullest name the article gives the person, without titles or
  honorifics; an organisation under its name as written (without "the"); None when a reader
  cannot know who spoke (unnamed aides, officials, sources, crowds). A pronoun is resolved
  only to an antecedent written in the article.
- A quote with no cue of its own that continues the same speaker reuses the mention and cue of
  that speaker's last frame (frame="..." when that frame is in an earlier paragraph).
- paragraphs=N: the span covers N paragraphs.
Per article: expected (the number of quotes, a guard), aliases (other names the mentions use
for a speaker).

The texts were written for this set; every person in them is fictional.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def T(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="turn", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


SRC = "invented"

ARTICLES = {}


def doc(doc_id, expected, quotes, **kw):
    ARTICLES[doc_id] = dict(source=SRC, expected=expected, quotes=quotes, **kw)


# ---------------------------------------------------------------------------------------------
# 01 Fox News exclusive ("Fox News has learned"), straight marks. Unnamed transition sources
# are None with the mention the text gives ("one source", "a senior transition official",
# "The official"). The official's second sentence in marks after "told Fox News." is a split
# quote (same mention and cue). "what some of them call "privatization by the back door."":
# marked words after "call" that characterise the plan: direct, None (the Democrats are not
# named; mention "some of them"). Benavides' quote is colon-led ("put it bluntly:"), cue
# "put". Not annotated: "according to two sources familiar with the process" (indirect, no
# marks); "sources said"; "Trump Tower" (a building).
doc("polnews_dev2_01", 13, [
    D('"a very serious, very long conversation"', '"a very serious, very long conversation"', None,
      "one source", "described"),
    D('"Dale is at the top', 'getting shorter,"', None, "a senior transition official", "told"),
    D('"He knows the VA', "He's been a patient there.\"", None, "a senior transition official", "told"),
    D('"likes to meet everybody', 'before he decides."', None, "The official", "cautioned"),
    D("\"I'm not going to get ahead", 'ahead of anybody,"', "Dale Whitacre", "he", "told"),
    D('"What I will say', 'break some china."', "Dale Whitacre", "he", "told"),
    D('"professional and thorough"', '"professional and thorough"', "Renee Castellano", ("Castellano", 2), "called"),
    D('"a bureaucracy that punishes', 'tell the truth."', "Marcus Oyelaran", "Marcus Oyelaran", "said"),
    D("\"We don't need another manager,\"", "\"We don't need another manager,\"", "Marcus Oyelaran",
      "Oyelaran", "added"),
    D('"We need somebody', 'actually fire people."', "Marcus Oyelaran", "Oyelaran", "added"),
    D('"privatization by the back door."', '"privatization by the back door."', None, "some of them", "call"),
    D('"If the plan is to hand', 'fight on their hands."', "Gloria Benavides", "Rep. Gloria Benavides", "put"),
    D('"The president-elect will announce', 'not a minute before,"', "Kyle Brandt",
      "transition spokesman Kyle Brandt", "told"),
])

# ---------------------------------------------------------------------------------------------
# 02 Breitbart exclusive interview write-up, curly marks. The headline "Rep. Brody Kessler:
# ‘The Swamp Is Fighting Back’" is a headline quote with a colon and no verb: direct, no cue,
# mention "Rep. Brody Kessler". Many "told Breitbart News" cues; "explained", "recalled",
# "continued", "went on", "added". Sheriff Haskins's saying, quoted inside Kessler's quote, is
# nested: speaker "Haskins" (the only name the text gives him), mention "Sheriff Haskins",
# cue "say". The last paragraph ("We have the votes ...") has no frame and continues Kessler:
# it reuses the mention and cue of his last frame ("Kessler added"). Not annotated: ‘eventually.’
# and ‘deplorables.’ inside his quotes (words echoed, no speaker given: scare quotes); "The
# congressman told Breitbart News that ..." and "Whitlock ... said the office has logged ..."
# (indirect); the Twitter handle at the end.
doc("polnews_dev2_02", 21, [
    D("‘The Swamp Is Fighting Back’", "‘The Swamp Is Fighting Back’", "Brody Kessler", "Rep. Brody Kessler", None),
    D("“The swamp is fighting back, and", "fighting back hard,”", "Brody Kessler", "Kessler", "told"),
    D("“Every single day", "what we promised.”", "Brody Kessler", "Kessler", "told"),
    D("“They want to repeal it", "Maybe 2020,”", "Brody Kessler", "he", "said"),
    D("“Nobody in Spartanburg", "‘eventually.’”", "Brody Kessler", "he", "said"),
    D("“We’re not there to burn", "burn the place down,”", "Brody Kessler", "Kessler", "explained"),
    D("“We’re there to make sure", "That’s the whole thing.”", "Brody Kessler", "Kessler", "explained"),
    D("“a permanent bipartisan", "no matter who wins.”", "Brody Kessler", "he", "called"),
    D("“These are people who’ve", "in their lives,”", "Brody Kessler", "he", "told"),
    D("“They go on cable TV", "didn’t really mean it.”", "Brody Kessler", "he", "told"),
    D("“My old boss", "won’t let you enforce,’”", "Brody Kessler", "Kessler", "recalled"),
    D("‘You can’t enforce", "won’t let you enforce,’", "Haskins", "Sheriff Haskins", "say"),
    D("“He was right then", "he’s right now.”", "Brody Kessler", "Kessler", "recalled"),
    D("“Build the wall", "stop apologizing for it,”", "Brody Kessler", "Kessler", "continued"),
    D("“The people in my district", "confused about any of this,”", "Brody Kessler", "he", "went on"),
    D("“They’re not bigots.", "want the law followed.”", "Brody Kessler", "he", "went on"),
    D("“The phones have not stopped,”", "“The phones have not stopped,”", "Tanya Whitlock", ("Whitlock", 2), "told"),
    D("“I had to bring in", "just to answer them.”", "Tanya Whitlock", ("Whitlock", 2), "told"),
    D("“Worried? No,”", "“Worried? No,”", "Brody Kessler", "he", "told"),
    D("“And if leadership won’t move", "move ourselves,”", "Brody Kessler", "Kessler", "added"),
    D("“We have the votes", "Everybody in that building knows that.”", "Brody Kessler", "Kessler", "added",
      frame="we’ll move ourselves,” Kessler added"),
])

# ---------------------------------------------------------------------------------------------
# 03 HuffPost piece built around tweets, curly marks. Embedded tweets are printed as scraped:
# “text” — Name (@handle) date. Each is direct, with the name part before the handle as
# mention ("Sen. Harlan Prewitt", "Naomi Feldstein") and no cue (the dash line has no verb).
# Tweets quoted in running text have "tweeted" / "wrote". Gentry's two partial quotes after
# "told HuffPost ... that" are direct (the indirect clause around them is not annotated);
# mention "Travis Gentry" (the name part of "His spokesman, Travis Gentry"). The alliance
# speaks through a statement: speaker "Tulsa Interfaith Refugee Alliance". Enderby's tweet is
# colon-led after "offered a gentler take:", cue "offered". Quintanilla is a voter with age
# and town. Not annotated: the headline's ‘Snowflake’ (a word mentioned, no speech), the
# ‘snowflakes’ inside Feldstein's tweet (Prewitt's word echoed back as a scare quote), the sign
# “Snowflakes Stick Together” (a slogan on a sign), "#SecurityFirst" (a hashtag, inside the
# tweet), the "Related:" line.
doc("polnews_dev2_03", 12, [
    D("“Lots of snowflakes", "#SecurityFirst”", "Harlan Prewitt", "Sen. Harlan Prewitt", None),
    D("“I spent six hours at JFK", "Come visit, Senator.”", "Naomi Feldstein", "Naomi Feldstein", None),
    D("“Honestly? I was exhausted", "he made me mad,”", "Naomi Feldstein", ("she", 2), ("said", 2)),
    D("“Served two tours", "Call me a snowflake again,”", "Luis Arreguín", "Luis Arreguín", "tweeted"),
    D("“Reading the order is exactly", "at the airport, Harlan,”", "DeShawn Merriweather",
      "Tulsa pastor DeShawn Merriweather", "wrote"),
    D("“Not apologizing.", "feelings second.”", "Harlan Prewitt", "Sen. Harlan Prewitt", None),
    D("“stands by every word”", "“stands by every word”", "Travis Gentry", "Travis Gentry", "told"),
    D("“won’t be lectured", "or by Queens.”", "Travis Gentry", "Travis Gentry", "told"),
    D("“insulted the very families", "for decades.”", "Tulsa Interfaith Refugee Alliance",
      "The Tulsa Interfaith Refugee Alliance", "said"),
    D("“My dad came here", "from El Salvador,”", "Maribel Quintanilla", "she", "said"),
    D("“If I’m a snowflake", "I’m a snowflake.”", "Maribel Quintanilla", "she", "said"),
    D("“Folks at the airports", "that’s the Heartland.”", "Walt Enderby", "Rep. Walt Enderby", "offered"),
])

# ---------------------------------------------------------------------------------------------
# 04 Washington Post fact-check (Pinocchios), curly marks. The claim is printed as a block:
# the quotation in one paragraph, the attribution "— Rep. Travis Kimbrough (R-Fla.), in an
# interview on Fox Business Network, ..." in the next; mention there (frame), no cue (a dash
# attribution has no verb). The headline's partial quote ‘went up 116 percent’ (not his exact
# words, but given as his claim) is direct, mention "A GOP congressman", cue "claim". The
# think tank's report speaks for the think tank, which is not named: None, mention "the think
# tank’s own report". Not annotated: “silver” (a term), "did not say “the exchanges”" (words
# he did not say, mentioned), the section heads "The Facts", "The Pinocchio Test", "Three
# Pinocchios"; "His spokeswoman says everyone knew what he meant" (indirect, the checker's
# summary).
doc("polnews_dev2_04", 11, [
    D("‘went up 116 percent’", "‘went up 116 percent’", "Travis Kimbrough", "A GOP congressman", "claim"),
    D("“Under Obamacare", "That’s a fact.”", "Travis Kimbrough", "Rep. Travis Kimbrough", None,
      frame="— Rep. Travis Kimbrough (R-Fla.), in an interview"),
    D("“more than doubled", "every one of them.”", "Travis Kimbrough", "he", "told"),
    D("“It’s a real number", "slice of the market,”", "Hannah Greenbaum", "Hannah Greenbaum", "said"),
    D("“If you say premiums", "simply isn’t what happened.”", "Hannah Greenbaum", "Hannah Greenbaum", "said"),
    D("“was clearly talking", "about the exchanges.”", "Ashley Tran", "Ashley Tran", "said"),
    D("“Everybody in Florida knows", "what he meant,”", "Ashley Tran", "Tran", "said"),
    D("“The Post can play word games.", "paying these bills.”", "Ashley Tran", "Tran", "said"),
    D("“an upper-bound example", "not a statewide average.”", None, "the think tank’s own report", "describes"),
    D("“Politicians love", "in the spreadsheet,”", "Jerome Whitaker", "he", ("said", 2)),
    D("“Both parties do it.”", "“Both parties do it.”", "Jerome Whitaker", "he", ("said", 2)),
])

# ---------------------------------------------------------------------------------------------
# 05 Washington Post analysis ("The Fix"), straight marks, many partial quotes. Hard calls:
# - "a chant of "Do your job!"": the crowd's words, direct, None, no mention, cue "chant".
# - "the details are still being worked out" is quoted twice: after "then added that" (cue
#   "added"), and again as the subject of the writer's next sentence ("Here's the thing: "...
#   " is not an unreasonable thing for a senator to say"). The second is still given as her
#   words (a reader knows whose): direct, speaker Donnelly-Reyes, no mention, no cue.
# - Bell's 'still being worked out' inside his own quote is her words thrown back: nested,
#   speaker Donnelly-Reyes, mention "she" (inside Bell's quote), no cue.
# - "Her office put out a statement Friday calling the event "..."": a senator's office
#   speaks for the senator: speaker Pat Donnelly-Reyes, mention "Her office", cue "calling".
# - "in the words of one GOP consultant", "what her allies call": None, cue "words" / "call".
# - The closing dash-led attribution "-- Sen. Pat Donnelly-Reyes, to reporters after the town
#   hall" has no verb: mention "Sen. Pat Donnelly-Reyes", no cue.
# Not annotated: "Morning Joe" (a show title).
doc("polnews_dev2_05", 19, [
    D('"a circus for people', 'vote for me anyway."', "Pat Donnelly-Reyes", "She", "telling"),
    D('"Do your job!"', '"Do your job!"', None, None, "chant"),
    D('"committed to making sure', 'gets left behind,"', "Pat Donnelly-Reyes", "Donnelly-Reyes", "said"),
    D(('"the details are still being worked out"', 1), ('"the details are still being worked out"', 1),
      "Pat Donnelly-Reyes", "Donnelly-Reyes", "added"),
    D(('"the details are still being worked out"', 2), ('"the details are still being worked out"', 2),
      "Pat Donnelly-Reyes", None, None),
    D('"a productive conversation', 'the political spectrum,"', "Pat Donnelly-Reyes", "Her office", "calling"),
    D('"a preview of 2018."', '"a preview of 2018."', "Marcus Bell", "Attorney General Marcus Bell", "called"),
    D('"She had six years', 'come up with a plan,"', "Marcus Bell", "Bell", "said"),
    D('"Six years. And the best', "'still being worked out'?\"", "Marcus Bell", "Bell", "said"),
    D("'still being worked out'", "'still being worked out'", "Pat Donnelly-Reyes", "she", None),
    D('"start calling donors at night."', '"start calling donors at night."', None, "one GOP consultant", "words"),
    D('"the ad we\'ll be seeing', 'next 20 months,"', None, "One senior Senate GOP aide", "described"),
    D('"left holding the bag"', '"left holding the bag"', None, "another", "said"),
    D('"retail politics on steroids."', '"retail politics on steroids."', None, "her allies", "call"),
    D("\"I'll be back,\"", "\"I'll be back,\"", "Theresa Aguilar", "Theresa Aguilar", "promised"),
    D('"She can count on it."', '"She can count on it."', "Theresa Aguilar", "Theresa Aguilar", "promised"),
    D("\"We don't need a wall", 'the health care system,"', "Pat Donnelly-Reyes", "the senator", "told"),
    D('"We need a bridge."', '"We need a bridge."', "Pat Donnelly-Reyes", "the senator", "told"),
    D('"Nobody said this would be fun."', '"Nobody said this would be fun."', "Pat Donnelly-Reyes",
      "Sen. Pat Donnelly-Reyes", None),
])

# ---------------------------------------------------------------------------------------------
# 06 New York Times, curly marks, honorifics. People are introduced with a title or a long
# apposition ("Senator Thomas R. Halloran, Republican of Kansas, a former hospital
# administrator ...") and later called "Mr. Halloran", "Dr. Cho"; the canonical name drops
# the honorific and keeps the initial the article gives ("Thomas R. Halloran"). "“I’d have
# asked ...,” he said": two men (Halloran, Brennan) are named in the paragraph before; "he" is
# Mr. Halloran, the subject of "was asked whether he planned to vote for her". Grace Cho's
# "she said" stands next to Dr. Cho (two women): "she" is the mother, the paragraph's subject.
# "referred to mandatory vaccination as “a blunt instrument.”" is a quotation of Dr. Cho's
# newsletter: direct, cue "referred". The coalition of parents' groups is not named: None,
# mention "A coalition of parents’ groups". Not annotated: "Dr. Cho answered that she would"
# and "She says she’s changed" (indirect; the second inside Brennan's quote); the print-edition
# line at the end (a headline restated); "Advertisement".
doc("polnews_dev2_06", 14, [
    D("“I was wrong to say", "so many times since,”", "Lillian Cho", "Dr. Cho", "told"),
    D("“The science on childhood", "are vaccinated.”", "Lillian Cho", "Dr. Cho", "told"),
    D("“I’m not asking you", "be a politician,”", "Thomas R. Halloran", "Mr. Halloran", "said"),
    D("“I’m asking whether", "be a doctor first.”", "Thomas R. Halloran", "Mr. Halloran", "said"),
    D("“I’d have asked", "questions of anybody,”", "Thomas R. Halloran", ("he", 2), "said"),
    D("“She gave straight answers.", "in this building.”", "Thomas R. Halloran", ("he", 2), "said"),
    D("“a blunt instrument.”", "“a blunt instrument.”", "Lillian Cho", "Dr. Cho", "referred"),
    D("“She says she’s changed", "maybe she has,”", "Michael Brennan", "Mr. Brennan", "said"),
    D("“But surgeon general", "going to do with it.”", "Michael Brennan", "Mr. Brennan", "said"),
    D("“a betrayal of medical freedom.”", "“a betrayal of medical freedom.”", None,
      "A coalition of parents’ groups", "calling"),
    D("“Lillian is the person", "when things go bad,”", "Samuel Eisenberg", "Dr. Eisenberg", "said"),
    D("“She doesn’t panic", "she doesn’t pretend.”", "Samuel Eisenberg", "Dr. Eisenberg", "said"),
    D("“She was always stubborn,”", "“She was always stubborn,”", "Grace Cho", "she", "said"),
    D("“Good stubborn.”", "“Good stubborn.”", "Grace Cho", "she", "said"),
])

# ---------------------------------------------------------------------------------------------
# 07 Politico Congress piece, straight marks, many unnamed aides: all None, each with the
# noun phrase the text gives ("a senior GOP leadership aide", "One GOP aide", "Another aide",
# "an Ebersole aide", "a senior Democratic aide", "the aide"). "Another aide ... was blunter:
# "..."" is colon-led with no speech verb: no cue. "According to one senior administration
# official, the president has been "personally calling ..."": the partial quote is direct,
# cue "According to". Ebersole "shot back" (cue "shot back"). The last quote's "the aide" is
# the senior GOP leadership aide again (None either way). Not annotated: firm "no" votes (a
# word used as a term); "what they called "the Republican repeal-and-run caucus"" (the name
# the Democratic whip aides gave a list of members, as names of lists in polnews_dev); all
# indirect speech ("Lindqvist ... said he was undecided", "told reporters ... that she had no
# sympathy", "Leadership aides said ...").
doc("polnews_dev2_07", 15, [
    D("\"We're going to get there.", 'We always get there,"', None, "a senior GOP leadership aide", "told"),
    D("\"It's going to be ugly", "moment it isn't.\"", None, "a senior GOP leadership aide", "told"),
    D('"somewhere north of 20', "they're not bluffing.\"", None, "One GOP aide", "put"),
    D('"Leadership keeps telling us', 'still calling?"', None, "Another aide", None),
    D('"I want to vote yes.', 'told them that,"', "Howard Lindqvist", ("Lindqvist", 2), ("said", 2)),
    D('"But I have to be able', "right now I can't.\"", "Howard Lindqvist", ("Lindqvist", 2), ("said", 2)),
    D('"Win me over?', "haven't even called me.\"", "Carl Ebersole", ("Ebersole", 2), "shot back"),
    D('"He meant they', 'anything serious,"', None, "an Ebersole aide", "said"),
    D('"personally calling members', 'at all hours,"', None, "one senior administration official",
      "According to"),
    D('"They own this,"', '"They own this,"', None, "a senior Democratic aide", "said"),
    D('"Every word of it."', '"Every word of it."', None, "a senior Democratic aide", "said"),
    D('"They had seven years', 'to write this,"', "Denise Okonkwo", ("she", 2), "said"),
    D('"Seven years. You\'d think', 'at least read it."', "Denise Okonkwo", ("she", 2), "said"),
    D("\"We won't,\"", "\"We won't,\"", None, "the aide", ("said", 2)),
    D('"Next question."', '"Next question."', None, "the aide", ("said", 2)),
])

# ---------------------------------------------------------------------------------------------
# 08 CNN web story with a Sunday-show ("State of the Union") interview excerpt, curly marks.
# Headline "GOP senator on wiretap claims: ‘I haven’t seen ...’": colon, no verb: direct,
# mention "GOP senator", no cue. Transcript paragraphs "WHITFORD: ..." / "LINDAHL: ..." are
# turns (mention the label, no cue). "(LAUGHTER)" is no one's turn; the label LINDAHL is
# repeated after it, so his answer is two turns. Castillo's “reason to believe” inside
# Whitford's question is a nested direct quote (mention "Senator Roberta Castillo", cue
# "said"). The senator's spokesman is unnamed: None. Not annotated: “State of the Union.” (a
# show title); “I’m confident.” inside Lindahl's answer ("you didn’t go to the jury with
# “I’m confident.”": a hypothetical phrase, no one's words); "Lindahl said Sunday he has seen
# no evidence" (indirect).
doc("polnews_dev2_08", 16, [
    D("‘I haven’t seen a shred of evidence’", "‘I haven’t seen a shred of evidence’", "Everett Lindahl",
      "GOP senator", None),
    D("“I haven’t seen a shred of evidence, and", "would see it,”", "Everett Lindahl", "Lindahl", "told"),
    D("“If somebody has it", "bring it to us.”", "Everett Lindahl", "Lindahl", "told"),
    T("Senator, the White House says", "Are you confident?", "Dana Whitford", "WHITFORD"),
    T("I’m confident that the committee", "You went with evidence.", "Everett Lindahl", "LINDAHL"),
    T("Do you think the White House should apologize?", "Do you think the White House should apologize?",
      "Dana Whitford", "WHITFORD"),
    T("Look, I think everybody", "a little more, Dana.", "Everett Lindahl", "LINDAHL"),
    T("But no, I’m not going to tell", "which is nothing, on this.", "Everett Lindahl", "LINDAHL"),
    T("Your colleague, Senator Roberta Castillo", "something you haven’t?", "Dana Whitford", "WHITFORD"),
    D("“reason to believe”", "“reason to believe”", "Roberta Castillo", "Senator Roberta Castillo", "said"),
    T("You’d have to ask her.", "I’d like to see it too.", "Everett Lindahl", "LINDAHL"),
    D("“stands by her comments”", "“stands by her comments”", None, "A spokesman for the senator", "told"),
    D("“let the investigation", "speak for itself.”", None, "A spokesman for the senator", "told"),
    D("“very confident”", "“very confident”", "Owen Galloway", "deputy press secretary Owen Galloway", "told"),
    D("“We think when all", "going to be surprised,”", "Owen Galloway", ("Galloway", 2), "said"),
    D("“When a Republican former prosecutor", "that’s the ballgame,”", "Ruth Abernathy",
      "Sen. Ruth Abernathy", "tweeted"),
], aliases={"Dana Whitford": ["WHITFORD"], "Everett Lindahl": ["LINDAHL"]})

# ---------------------------------------------------------------------------------------------
# 09 AP story from a state capital (Lansing) on a governor's race, straight marks. The
# headline's 'clean house' is a partial quote of the candidate (mention "Former prosecutor",
# cue "vows"). In the lead, "promising to "clean house"" has as subject "Gregory Stanek" (the
# nearer "he" is the subject of "is running"); "a state capital he described as "comfortable,
# cozy and broke."" has the mention "he". "The former prosecutor told reporters" is a role
# noun as mention. ""Voters are smarter ...," he insisted." stands alone: "he" is Stanek, the
# subject of the paragraph before. In the last paragraph "he said" follows
# "Stanek shot back" after a paragraph about Brandauer and Soto: "he" is Stanek (the cue is
# the frame's "said"). Voters with age and town (Kowalczyk, Hughes). Not annotated: "Odom's
# campaign later said the statement referred to ..." and the other indirect speech; the photo
# caption.
doc("polnews_dev2_09", 17, [
    D("'clean house'", "'clean house'", "Gregory Stanek", "Former prosecutor", "vows"),
    D('"clean house"', '"clean house"', "Gregory Stanek", "Gregory Stanek", "promising"),
    D('"comfortable, cozy and broke."', '"comfortable, cozy and broke."', "Gregory Stanek", ("he", 2),
      "described"),
    D("\"I've sat across the table", 'watched them go to prison,"', "Gregory Stanek", "Stanek", "said"),
    D("\"I'm not running because", 'when nobody is watching."', "Gregory Stanek", "Stanek", "said"),
    D("\"a mistake I'd make", 'differently today,"', "Gregory Stanek", "The former prosecutor", "told"),
    D('"Voters are smarter', 'the consultants think,"', "Gregory Stanek", "he", "insisted"),
    D('"spent his career', 'walked free."', "Latrice Odom", "Latrice Odom", ("said", 1)),
    D("\"We've got good candidates", 'sort it out,"', "Brent Vanderzee", "he", ("said", 2)),
    D("\"I'm tired of the same people", 'money around,"', "Doris Kowalczyk", "Kowalczyk", "said"),
    D('"He put some of them', "That's a start.\"", "Doris Kowalczyk", "Kowalczyk", "said"),
    D('"Everybody comes here', 'to clean house,"', "Darnell Hughes", "he", "said"),
    D('"Then they move in."', '"Then they move in."', "Darnell Hughes", "he", "said"),
    D('"Greg Stanek was a fine prosecutor,"', '"Greg Stanek was a fine prosecutor,"', "Kristen Soto", "Soto", "said"),
    D('"Running a state is not', 'know the difference."', "Kristen Soto", "Soto", "said"),
    D('"Phil has been in Lansing', 'for 16 years,"', "Gregory Stanek", ("he", 1), "said"),
    D('"If he wanted to clean it up', 'plenty of time."', "Gregory Stanek", ("he", 1), "said"),
])

# ---------------------------------------------------------------------------------------------
# 10 Press release, curly marks. The congresswoman's quotation goes on after its split frame
# ("said Congresswoman Yamamoto") into a two-paragraph quotation (the first paragraph has no
# closing mark): one span, paragraphs=2, reusing that frame. The Authority's statement speaks
# as "Solano Transportation Authority" (mention "the Authority"). Not annotated: “structurally
# deficient.” (a formal inspection rating, a term, not words of a speaker); the release's
# header lines ("FOR IMMEDIATE RELEASE", "Contact: ..."), "###"; "The Solano Transportation
# Authority said in a statement that construction is expected ..." (indirect; its direct
# quote follows).
doc("polnews_dev2_10", 9, [
    D("“This bridge was built", "for a long time,”", "Diane Yamamoto", "Congresswoman Yamamoto", "said"),
    D("“Our commuters", "designed for this century.”", "Diane Yamamoto", "Congresswoman Yamamoto", "said"),
    D("“I want to thank my colleagues", "our families depend on.”", "Diane Yamamoto", "Congresswoman Yamamoto",
      "said", paragraphs=2, frame="said Congresswoman Yamamoto"),
    D("“an accident waiting", "in Northern California.”", "Diane Yamamoto", "she", "called"),
    D("“For years, we have been told", "wait our turn,”", "Raymond Gutierrez", "Fairfield Mayor Raymond Gutierrez",
      "said"),
    D("“Thanks to Congresswoman", "finally come.”", "Raymond Gutierrez", "Fairfield Mayor Raymond Gutierrez", "said"),
    D("“This award allows us", "planning to building,”", "Solano Transportation Authority", "the Authority",
      ("said", 2)),
    D("“We are grateful", "federal partners.”", "Solano Transportation Authority", "the Authority", ("said", 2)),
    D("“That’s roughly 140", "in Solano County,”", "Tony Marchetti", "Tony Marchetti", "said"),
])

# ---------------------------------------------------------------------------------------------
# 11 Op-ed in the first person by Angela DiNapoli (named in the byline and the tagline). Her
# own sentences are not quotes, but her own earlier words in marks are ("when I told my
# colleagues, “We are going to ...”": speaker Angela DiNapoli, mention "I"). Her father is
# never named: None, mention "he" (the father, subject of the paragraph). Carol Lutz and
# Samuel Owusu speak to the author ("she told me", "he said"). "in the words of one of the
# bill’s sponsors" and "a staffer told me the congressman was “...”" are None (the sponsor and
# the staffer are not named; the staffer's words, not the congressman's). Not annotated:
# "Some in my party say ..." and the other indirect speech; the tagline.
doc("polnews_dev2_11", 10, [
    D("“Never vote for anything", "explain at the counter,”", None, ("he", 2), "said"),
    D("“We are going to spend years", "Washington rushed.”", "Angela DiNapoli", ("I", 3), "told"),
    D("“I’m not asking anybody", "for a handout,”", "Carol Lutz", "she", "told"),
    D("“I’m asking them not", "works for me.”", "Carol Lutz", "she", "told"),
    D("“If this passes", "waiting room doubles,”", "Samuel Owusu", "he", "said"),
    D("“And I don’t have a second basement.”", "“And I don’t have a second basement.”", "Samuel Owusu",
      "he", "said"),
    D("“something terrific", "fraction of the cost.”", None, "one of the bill’s sponsors", "words"),
    D("“still reviewing the text.”", "“still reviewing the text.”", None, "a staffer", "told"),
    D("“Friend,”", "“Friend,”", None, ("he", 3), "tell"),
    D("“if it sounds too good", "give you a refund.”", None, ("he", 3), "tell"),
])

# ---------------------------------------------------------------------------------------------
# 12 New York Times campaign story (2016 Ohio Senate race), curly marks, honorifics: "Raymond
# K. Thornbury" is later "Mr. Thornbury" and "the billionaire" (role noun as mention, cue
# "quipped"); "Senator Eleanor Vance" is later "Ms. Vance". Paragraphs where a pronoun cue
# follows a paragraph naming someone else: "“Eleanor Vance has been ...,” he said" (he =
# Thornbury, "He kept going."). The brother-in-law's words inside Mr. Pryor's quote are nested,
# None (not named), mention "He" (inside the outer quote), cue the first "said". Ms.
# Tran-Whitley's "“out of curiosity,”" sits inside her own parenthetical frame ("who came, she
# said, ..."). Mr. Thornbury's campaign speaks as "Thornbury campaign" (polnews_dev's
# convention for campaigns; not written as such, so listed in extra_speakers). Not annotated:
# the chant of his first name (no words given).
doc("polnews_dev2_12", 19, [
    D("“never needed a dime", "from a lobbyist”", "Raymond K. Thornbury", ("he", 1), "told"),
    D("“They say I’m trying", "buy a Senate seat,”", "Raymond K. Thornbury", "Mr. Thornbury", "said"),
    D("“I’m not buying anything.", "already paid for it.”", "Raymond K. Thornbury", "Mr. Thornbury", "said"),
    D("“Eleanor Vance has been", "is a ZIP code,”", "Raymond K. Thornbury", "he", "said"),
    D("“Well, I’ve got news for her.”", "“Well, I’ve got news for her.”", "Raymond K. Thornbury", "he", "said"),
    D("“He’s got a helicopter,”", "“He’s got a helicopter,”", "Eleanor Vance", ("she", 2), "said"),
    D("“I’ve got a Buick.”", "“I’ve got a Buick.”", "Eleanor Vance", ("she", 2), "said"),
    D("“I’ve never won a race", "expect to lose,”", "Eleanor Vance", ("she", 2), ("said", 2)),
    D("“That’s how you stay honest.”", "“That’s how you stay honest.”", "Eleanor Vance", ("she", 2), ("said", 2)),
    D("“I liked her fine,”", "“I liked her fine,”", "Wendell Pryor", "Mr. Pryor", ("said", 1)),
    D("“But my brother-in-law", "And he’s right.”", "Wendell Pryor", "Mr. Pryor", ("said", 1)),
    D("‘Wendell, she ain’t", "ain’t done nothing.’", None, "He", ("said", 2)),
    D("“out of curiosity,”", "“out of curiosity,”", "Jessica Tran-Whitley", ("she", 1), ("said", 1)),
    D("“If he wants to show me", "one of us,”", "Jessica Tran-Whitley", "she", "said"),
    D("“he can come work", "double shift.”", "Jessica Tran-Whitley", "she", "said"),
    D("“I don’t need everybody,”", "“I don’t need everybody,”", "Raymond K. Thornbury", "Mr. Thornbury", "said"),
    D("“I need 50 percent plus one.”", "“I need 50 percent plus one.”", "Raymond K. Thornbury",
      "Mr. Thornbury", "said"),
    D("“Sure. Right after", "maintenance records.”", "Raymond K. Thornbury", "the billionaire", "quipped"),
    D("“will make a decision", "the appropriate time.”", "Thornbury campaign", "His campaign", "said"),
], extra_speakers=["Thornbury campaign"])

# ---------------------------------------------------------------------------------------------
# 13 CNN web story without a headline (the scraped text starts at the dateline), straight
# marks: protesters outside a congressman's office. Linda Farrow's quotes before and after the
# cue; the crowd's chant "Where's Gordon?" is direct, None, mention "the crowd", cue
# "chanted". McAllister's Facebook post: a partial quote ("he wrote in a Facebook post ... that he
# would "not be bullied ..."") and a split quote ("McAllister wrote in the post"). The unnamed strategist
# is None (mention without the relative clauses). Serrano's second quotation has no frame of
# its own ("Then she turned serious.") and reuses "she ... said". Not annotated: "Tuesdays
# With Gordon," (a group's name); "No comment." (the speech bubble of a cardboard cutout, a
# prop, not anyone's words); "Farrow asked a staffer ... whether" (indirect question).
doc("polnews_dev2_13", 15, [
    D("\"We're not paid protesters.", 'in the fourth grade,"', "Linda Farrow", "Linda Farrow", "said"),
    D("\"All we're asking", 'talk to us."', "Linda Farrow", "Linda Farrow", "said"),
    D("\"Where's Gordon?\"", "\"Where's Gordon?\"", None, "the crowd", "chanted"),
    D('"not be bullied', 'helps nobody."', "Gordon McAllister", ("he", 1), "wrote"),
    D('"I meet with constituents', 'have a conversation,"', "Gordon McAllister", "McAllister", "wrote"),
    D("\"That's how I've always done it", 'keep doing it."', "Gordon McAllister", "McAllister", "wrote"),
    D('"We have met with folks', 'this very group,"', "Bryce Hollingsworth", ("Hollingsworth", 2), "told"),
    D('"The door is open.', 'not required."', "Bryce Hollingsworth", ("Hollingsworth", 2), "told"),
    D("\"He's got time for a telephone call", 'people on mute,"', "Linda Farrow", "Farrow", "said"),
    D('"but not 20 minutes', 'on the sidewalk?"', "Linda Farrow", "Farrow", "said"),
    D('"Every week this goes on', 'runs against him,"', None, "one Republican strategist in Raleigh", "said"),
    D('"He needs to go out there', 'get it over with."', None, "one Republican strategist in Raleigh", "said"),
    D("\"I'm not announcing anything today,\"", "\"I'm not announcing anything today,\"", "Ana Lucia Serrano",
      ("she", 1), "said"),
    D("\"But I'll tell you what I told", 'go get one."', "Ana Lucia Serrano", ("she", 1), "said"),
    D("\"I couldn't tell you, ma'am,\"", "\"I couldn't tell you, ma'am,\"", None, "the staffer", "replied"),
])

# ---------------------------------------------------------------------------------------------
# 14 Fox News web story, straight marks: a hearing clash told as dialogue ("Kincaid asked",
# "Almeida replied", "Kincaid shot back"). The headline "'Not on my watch': GOP senator vows
# to block ..." has a colon; "vows" governs "to block", not the quotation: no cue, mention
# "GOP senator". "the Ohio Republican shot back" has a role noun as mention (alias of Kincaid).
# The Pentagon spokeswoman is named: speaker Sharon Eckhart, mention with her rank ("Lt. Col.
# Sharon Eckhart"). Not annotated: "Kincaid ... said Tuesday he will place a hold ...",
# "Almeida ... insisted after the hearing that he had not made up his mind" (indirect; the
# direct quotes after it take "he told reporters").
doc("polnews_dev2_14", 16, [
    D("'Not on my watch'", "'Not on my watch'", "Bradley Kincaid", "GOP senator", None),
    D('"Not on my watch,"', '"Not on my watch,"', "Bradley Kincaid", "Kincaid", ("told", 1)),
    D('"The last round of closures', 'Show me the savings."', "Bradley Kincaid", "Kincaid", ("told", 1)),
    D('"Mr. Almeida, yes or no', 'round of closures?"', "Bradley Kincaid", "Kincaid", "asked"),
    D("\"Senator, I'd want to see", 'commit to anything,"', "Victor Almeida", "Almeida", "replied"),
    D("\"That's a no, then,\"", "\"That's a no, then,\"", "Bradley Kincaid", "the Ohio Republican", "shot back"),
    D('"The Pentagon is carrying', 'every single year,"', "Victor Almeida", ("he", 2), "told"),
    D("\"That's not my opinion.", 'done the work."', "Victor Almeida", ("he", 2), "told"),
    D('"looks forward to', 'swift confirmation"', "Sharon Eckhart", "Lt. Col. Sharon Eckhart", "said"),
    D('"exactly the kind of person"', '"exactly the kind of person"', "Lowell Bingham", "Sen. Lowell Bingham",
      "said"),
    D('"Look, nobody loves base closures.', 'I get it,"', "Lowell Bingham", "Bingham", "told"),
    D("\"But we can't keep paying", 'short on pilots."', "Lowell Bingham", "Bingham", "told"),
    D('"As long as it takes,"', '"As long as it takes,"', "Bradley Kincaid", ("he", 3), "said"),
    D("\"I've got a comfortable chair.\"", "\"I've got a comfortable chair.\"", "Bradley Kincaid", ("he", 3),
      "said"),
    D('"Senator Kincaid knows', 'here in 2005,"', "Colleen Moriarty", "Mayor Colleen Moriarty", "said"),
    D("\"We're not going through that again", 'if we can help it."', "Colleen Moriarty",
      "Mayor Colleen Moriarty", "said"),
], aliases={"Bradley Kincaid": ["the Ohio Republican"]})

# ---------------------------------------------------------------------------------------------
# 15 Politico campaign story (2016 Pennsylvania Senate race) without a headline, curly marks.
# The nickname "Tax-Hike Tina" is not annotated where it stands alone (a nickname), but the
# candidate's line that contains it is her quote (mention "the Democratic Senate nominee",
# cue "told"). “Chuck” is a nickname. Maureen Sheehan's quotation goes on after "She pulled
# out a laminated map" over two paragraphs with no cue: one span, paragraphs=2, reusing "said
# Maureen Sheehan" (the nearer "She" has no speech verb). The Hadley campaign speaks through
# a statement: "Hadley campaign" (extra_speakers, as polnews_dev's "X campaign"); the NRSC
# under its name as written. Hadley's canonical name is "Charles Hadley" (without the
# nickname in marks; extra_speakers). The daughter's words inside Rosenbaum's quote are
# nested, None (not named), mention "My daughter". "“I’m voting for Tina,” she said" comes
# after a paragraph about Gail Rosenbaum: "she" is Patrice Ogunleye, the paragraph's subject.
# The candidate's last quote is colon-led ("Then she continued:").
doc("polnews_dev2_15", 16, [
    D("“Tax-Hike Tina, reporting for duty,”", "“Tax-Hike Tina, reporting for duty,”", "Tina Kowalski-Baptiste",
      "the Democratic Senate nominee", "told"),
    D("“If we win Delco", "it’s over,”", "Maureen Sheehan", "Maureen Sheehan", "said"),
    D("“We’ve knocked on every one", "Not this year.”", "Maureen Sheehan", "Maureen Sheehan", "said",
      paragraphs=2, frame="said Maureen Sheehan"),
    D("“a man who has never met", "he didn’t like.”", "Tina Kowalski-Baptiste", "she", "called"),
    D("“desperate”", "“desperate”", "Hadley campaign", "Hadley’s campaign", "calling"),
    D("“a cautionary tale", "for any taxpayer.”", "Hadley campaign", "Hadley’s campaign", "calling"),
    D("“wants to bring Philadelphia’s", "habits to Washington.”", "National Republican Senatorial Committee",
      "The National Republican Senatorial Committee", "said"),
    D("“who’s going to stand up", "live in Philadelphia.”", "Charles Hadley", "he", "told"),
    D("“My daughter called me", "don’t tell me,’”", "Gail Rosenbaum", "Rosenbaum", ("said", 2)),
    D("‘Mom, if you vote", "don’t tell me,’", None, "My daughter", ("said", 1)),
    D("“So maybe I just won’t tell her.”", "“So maybe I just won’t tell her.”", "Gail Rosenbaum", "Rosenbaum",
      ("said", 2)),
    D("“I’m voting for Tina,”", "“I’m voting for Tina,”", "Patrice Ogunleye", "she", "said"),
    D("“I don’t love her", "what I’m getting.”", "Patrice Ogunleye", "she", "said"),
    D("“Every poll you see", "ignore it,”", "Tina Kowalski-Baptiste", ("she", 2), "said"),
    D("“Every door you knock", "remember it.”", "Tina Kowalski-Baptiste", ("she", 2), "said"),
    D("“And if anybody asks you", "she says hi.”", "Tina Kowalski-Baptiste", ("she", 3), "continued"),
], extra_speakers=["Hadley campaign", "Charles Hadley"])
