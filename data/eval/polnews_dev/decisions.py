"""Annotation decisions for the polnews_dev gold set: every direct quote and every transcript
turn in fifteen invented articles (texts.jsonl) written in the manner of US political news of
the 2016 campaign (AP, The New York Times, The Washington Post, Politico, CNN, Fox News,
Breitbart, HuffPost, a debate transcript), per article, by the strings that start and end its
span, its kind, the speaker's canonical name, the speaker mention and the cue. build.py turns
these into offsets by string search and checks them; nothing here is an offset. Conventions:
README.md in this folder (those of ../bio_quotes, ../pud_quotes, ../mtsc_quotes,
../wn_interviews and ../seeds/README.md, section "Quotes").

Indirect (reported) speech is NOT annotated in this set: score it with --quotes-direct-only.

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  T(start, end, speaker, mention)        a turn of a transcript ("NAME: words"); the span is
                                         the words after the label; cue always None
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the paragraph holding the start
  of the quote unless frame="..." names another stretch of text (itself unique in the text).
  Unique in the frame, or (string, n) = n-th occurrence in the frame. None = no mention / cue.
- speaker: canonical name = the fullest name the article gives the person, without titles
  and honorifics ("Sen.", "Mrs.", "Dr.", "The Rev."); None when a reader cannot know who
  spoke (unnamed aides, sources, voters). An organisation or campaign is named as the text
  names it, without "the" ("White House", "Whitfield campaign"). A pronoun is resolved only
  to an antecedent written in the article.
- mention: the nearest noun phrase naming the speaker, with its title ("Sen. Ruth
  Ellingson", "the Indiana Republican", "he"); in an apposition, the part with the name.
- A quotation with no cue of its own that goes on with the same speaker (the second half of
  a split quote, the next sentence or paragraph in new marks) reuses the mention and cue of
  that speaker's last frame (frame="..." when that frame is in an earlier paragraph).
- paragraphs=N: the span covers N paragraphs (a quotation whose paragraphs each reopen the
  mark and only the last closes; an answer in a transcript that runs over paragraphs).
Per article: expected (the number of quotes, a guard), aliases (other names the mentions use
for a speaker, such as the capitalised labels of transcripts).

Not annotated anywhere: indirect speech (no marks), scare quotes, nicknames, terms, slogans,
titles of shows and ads, names of lists and policies.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def T(start, end, speaker, mention=None, **kw):
    return dict(kind="turn", start=start, end=end, speaker=speaker, mention=mention, cue=None, **kw)


SRC = "invented"

ARTICLES = {}


def doc(doc_id, expected, quotes, **kw):
    ARTICLES[doc_id] = dict(source=SRC, expected=expected, quotes=quotes, **kw)


# ---------------------------------------------------------------------------------------------
# polnews_dev_01: AP wire, Senate split over a Pacific trade pact. Straight quotes.
# The lede's partial quote ("hollow out ...") comes before its speaker is named: the mention is
# the role phrase "Ohio's senior senator", who is Ruth Ellingson, named in the next paragraph.
# The second sentence in new marks after a frame reuses that frame ("told", "Cobb said",
# Marr's "said"). "the Indiana Republican" = Albrecht, the only Indiana Republican named. In
# Dorsey's paragraph "he" = Dorsey (the men nearby are Albrecht and Cobb, but Dorsey is the
# subject of the sentence before). "the White House said in a statement": the White House
# speaks as an institution. Not quotes: "investor-state" (a term).
doc("polnews_dev_01", 14, [
    D('"hollow out', 'industrial Midwest."', "Ruth Ellingson", "Ohio's senior senator", "warning"),
    D('"I have voted for every', 'this one,"', "Ruth Ellingson", "Sen. Ruth Ellingson", "told"),
    D('"The people I represent', 'how it ends."', "Ruth Ellingson", "Sen. Ruth Ellingson", "told"),
    D('"We\'re going to have a vigorous', 'going to vote,"', "Harlan Cobb", "Cobb", "said"),
    D('"I\'m not in the business', 'in the press."', "Harlan Cobb", "Cobb", "said"),
    D('"written by lobbyists', 'for lobbyists,"', "Marcus Whitfield", "Democratic nominee Marcus Whitfield",
      "told"),
    D('"Tom Halvorsen has been clear', 'on day one,"', "Kelsey Marr", "Kelsey Marr", "said"),
    D('"Senator Albrecht agrees', 'with him on that."', "Kelsey Marr", "Kelsey Marr", "said"),
    D('"completely comfortable"', '"completely comfortable"', "Vince Albrecht", "Albrecht", "said"),
    D('"I voted for a process', 'not a product,"', "Vince Albrecht", "the Indiana Republican", "said"),
    D('"There\'s no daylight here."', '"There\'s no daylight here."', "Vince Albrecht",
      "the Indiana Republican", "said"),
    D('"There\'s a lot in here', 'that worries me,"', "Paul Dorsey", "he", "said"),
    D('"I\'m going to read the thing', 'idea around here."', "Paul Dorsey", "he", "said"),
    D('"This agreement contains', 'economy to China,"', "White House", "the White House", "said"),
], aliases={"Vince Albrecht": ["the Indiana Republican"]})

# ---------------------------------------------------------------------------------------------
# polnews_dev_02: AP wire, a Halvorsen rally in Canton, Ohio, with voters. Straight quotes.
# Headline quote in single marks before a colon: Halvorsen's words (repeated in the body),
# mention "Halvorsen", cue "vows". "calling the congressman "the hardest-working man in
# Ohio."": marked words after "calling X", direct. "he said" after the paragraph naming both
# Halvorsen and Whitfield (and Lomax just before) = Halvorsen, the subject ("Then he turned
# to his opponent"). Szabo's "But I know ..." and Vega's second sentence reuse their frames.
# "the campaign said in a statement" = the Whitfield campaign, named in the sentence before.
# The last "he said" = Halvorsen ("Halvorsen shrugged", previous paragraph). Not quotes:
# "the Professor," (a nickname, after "referred to only as").
doc("polnews_dev_02", 17, [
    D("'Not some of them. All of them'", "'Not some of them. All of them'", "Thomas Halvorsen", "Halvorsen",
      "vows"),
    D('"We are going to bring', 'those jobs back,"', "Thomas Halvorsen", "the Republican nominee", "said"),
    D('"Not some of them. All of them."', '"Not some of them. All of them."', "Thomas Halvorsen",
      "the Republican nominee", "said"),
    D('"He talks like the people', 'for 38 years,"', "Ted Brandt", "Ted Brandt", "said"),
    D('"Nobody in Washington talks', 'talk like lawyers."', "Ted Brandt", "Ted Brandt", "said"),
    D('"I\'ve watched Tom Halvorsen', 'out with a deal,"', "Curtis Lomax", "Lomax", "said"),
    D('"He doesn\'t quit,', 'where he came from."', "Curtis Lomax", "Lomax", "said"),
    D('"the hardest-working man in Ohio."', '"the hardest-working man in Ohio."', "Thomas Halvorsen",
      "Halvorsen", "calling"),
    D('"My opponent has a plan', 'for everything,"', "Thomas Halvorsen", ("he", 1), "said"),
    D('"He\'s got a plan for your', 'plan for your job."', "Thomas Halvorsen", ("he", 1), "said"),
    D('"He doesn\'t speak for me,', 'speak for this town,"', "Marisol Vega", "Marisol Vega", "said"),
    D('"My dad worked there too.', 'He\'s not fooled."', "Marisol Vega", "Marisol Vega", "said"),
    D('"I\'m not thrilled', 'either one of them,"', "Linda Szabo", "Szabo", "said"),
    D('"But I know what I got', 'want eight more."', "Linda Szabo", "Szabo", "said"),
    D('"Tom Halvorsen spent eight years', 'bring them back,"', "Whitfield campaign", "the campaign", "said"),
    D('"They can say what they want,"', '"They can say what they want,"', "Thomas Halvorsen", "he", "said"),
    D('"These people know', 'been showing up."', "Thomas Halvorsen", "he", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_03: The New York Times, Halvorsen in western Wisconsin. Curly quotes, honorifics.
# The opening quotation stands before its speaker: "That was how Thomas J. Halvorsen ...
# explained" in the next sentence (mention and cue from it). Canonical "Thomas J. Halvorsen"
# (the fullest form); "Diane Halvorsen" is "Mrs. Halvorsen"; "Rebecca Stoll" is "Ms. Stoll" and
# "the campaign manager" (with "she bristled" just before; Mrs. Halvorsen is the other woman
# nearby). "“a little under four million dollars” ..., according to Ms. Stoll": direct, cue
# "according to". The father story: “When the mill ... needed,” he said. is closed; the next
# two paragraphs are one quotation over two paragraphs (the first reopens the mark without
# closing it), with no cue of its own: it reuses "he said" of the paragraph before. Not
# quotes: “the drum circle.” (a nickname the supporters use).
doc("polnews_dev_03", 14, [
    D("“I have never been a polished", "pretending now.”", "Thomas J. Halvorsen", "Thomas J. Halvorsen",
      "explained"),
    D("“We are not conceding", "in this state,”", "Rebecca Stoll", "Rebecca Stoll", "said"),
    D("“Not Dane, not Milwaukee", "any of them.”", "Rebecca Stoll", "Rebecca Stoll", "said"),
    D("“a little under four million dollars”", "“a little under four million dollars”", "Rebecca Stoll",
      "Ms. Stoll", "according to"),
    D("“When the mill shut down", "what we needed,”", "Thomas J. Halvorsen", "he", "said"),
    D("“My father was 52", "their town exists.”", "Thomas J. Halvorsen", "he", "said",
      frame="what we needed,” he said.", paragraphs=2),
    D("“Tom is not a man", "want to hear,”", "Diane Halvorsen", "Mrs. Halvorsen", "said"),
    D("“Sometimes that gets him", "I would know.”", "Diane Halvorsen", "Mrs. Halvorsen", "said"),
    D("“It’s a sign that he knows", "anybody alive,”", "Rebecca Stoll", "the campaign manager", "said"),
    D("“That is not weakness.”", "“That is not weakness.”", "Rebecca Stoll", "the campaign manager", "said"),
    D("“Tom Halvorsen was a popular", "we respect that,”", "Glenn Aberle", "Glenn Aberle", "said"),
    D("“But people remember the Act 14", "which side of it.”", "Glenn Aberle", "Glenn Aberle", "said"),
    D("“He stood up to them", "nobody else would,”", "Carol Vanderloo", "Carol Vanderloo", "said"),
    D("“He’ll stand up to Washington.”", "“He’ll stand up to Washington.”", "Carol Vanderloo",
      "Carol Vanderloo", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_04: The Washington Post, a strategy fight inside the Whitfield campaign. Curly.
# "told donors ... that the governor needed to “stop apologizing for being smart”": the
# partial quotation is annotated, the indirect clause around it is not (no indirect speech in
# this set). Unnamed aides: speaker None with their mention ("one of the aides", "one aide" in
# "described by one aide as “a little scary,”"). "the governor smiled and said there was “no
# tension at all.”" = Whitfield. Menendez's email: "she said in an email" (Menendez named in
# the sentence before). Calder's dinner story: the outer quotation is the senator's ("the
# senator said, according to the person"); inside it the county chairman's words in single
# marks, speaker None (he is never named), mention "An old county chairman in Las Cruces",
# cue "told". The last "she said" = Menendez (Kelsey Marr, the other woman, speaks just
# before). "deeper than “a difference of tone,” according to people familiar with it": the
# marked words are the unnamed people's, speaker None, cue "according to". Byline: no quote.
doc("polnews_dev_04", 17, [
    D("“stop apologizing for being smart”", "“stop apologizing for being smart”", "Joel Pruitt", "Joel Pruitt",
      "told"),
    D("“Voters already know", "of Tom Halvorsen,”", "Joel Pruitt", "Pruitt", "said"),
    D("“What they don’t know yet", "need to fill.”", "Joel Pruitt", "Pruitt", "said"),
    D("“The numbers aren’t close,”", "“The numbers aren’t close,”", None, "one of the aides", "said"),
    D("“You can love your own plan", "the other guy.”", None, "one of the aides", "said"),
    D("“no tension at all.”", "“no tension at all.”", "Marcus Whitfield", "the governor", "said"),
    D("“Joel and I have been arguing", "since 1989,”", "Marcus Whitfield", "Whitfield", "said"),
    D("“If we ever stop", "you should worry.”", "Marcus Whitfield", "Whitfield", "said"),
    D("“We are running one campaign", "for working families,”", "Carla Menendez", "she", "said"),
    D("“Everything else is noise.”", "“Everything else is noise.”", "Carla Menendez", "she", "said"),
    D("“An old county chairman", "explain himself,’”", "Elena Calder", "the senator", "said"),
    D("‘Nobody ever lost", "explain himself,’", None, "An old county chairman in Las Cruces", "told"),
    D("“I think about that a lot.”", "“I think about that a lot.”", "Elena Calder", "the senator", "said"),
    D("“a difference of tone,”", "“a difference of tone,”", None, "people familiar with it", "according to"),
    D("“a little scary,”", "“a little scary,”", None, "one aide", "described"),
    D("“When a campaign starts", "they don’t like,”", "Kelsey Marr", "Kelsey Marr", "said"),
    D("“We’ll see who’s worried", "on Nov. 8,”", "Carla Menendez", "she", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_05: Politico, House conservatives and the Zika stopgap. Straight quotes, party
# and state in parentheses. Pickering's tweet ("he tweeted"), Whitfield's tweet ("the
# Pennsylvania governor wrote on Twitter"; this article never gives Whitfield's first name, so
# his canonical name here is "Whitfield"). The unnamed second-term member ("One of them, a
# second-term member from the South who asked not to be named", cue "put it", a colon before
# the quotation) and the "senior GOP leadership aide" are None. Partial quotations after
# "said he was", "said Republicans had", "told reporters that House Republicans should". The
# last "he said" = Soto ("Soto, passing by", the sentence before), not Pickering, who is
# named inside the quotation. "whether to take "an official position" on the bill, according
# to two members": None (unnamed members), cue "according to". #NoBlankCheck is part of the
# tweet's text.
doc("polnews_dev_05", 19, [
    D('"If leadership caves', '40 votes, minimum,"', "Dale Pickering", "Rep. Dale Pickering", "told"),
    D('"And they know it."', '"And they know it."', "Dale Pickering", "Rep. Dale Pickering", "told"),
    D('"We were told in July', '#NoBlankCheck,"', "Dale Pickering", "he", "tweeted"),
    D('"confident we\'ll have the votes"', '"confident we\'ll have the votes"', "Raymond Soto", ("Soto", 2),
      "told"),
    D('"We\'re going to keep the government open. Period,"', '"We\'re going to keep the government open. Period,"',
      "Raymond Soto", "Soto", "said"),
    D('"Nobody in this conference', 'before an election."', "Raymond Soto", "Soto", "said"),
    D('"A shutdown fight over', 'doesn\'t get that."', None, "One of them", "put it"),
    D('"These are the same guys', 'over the farm bill,"', None, "the aide", ("said", 2)),
    D('"They folded then', 'fold now."', None, "the aide", ("said", 2)),
    D('"spent the entire summer', 'waited for help."', "Loretta Banks", "Minority Whip Loretta Banks", "said"),
    D('"They can fix this today,"', '"They can fix this today,"', "Loretta Banks", "Banks", "said"),
    D('"They won\'t, because', 'afraid of 40 people."', "Loretta Banks", "Banks", "said"),
    D('"Congress left town', 'Pass the money,"', "Whitfield", "the Pennsylvania governor", "wrote"),
    D('"get this done and get home."', '"get this done and get home."', "Vince Albrecht",
      "Sen. Vince Albrecht", "told"),
    D('"Ray\'s a friend.', 'doing his job,"', "Dale Pickering", "Pickering", "said"),
    D('"I\'m doing mine."', '"I\'m doing mine."', "Dale Pickering", "Pickering", "said"),
    D('"Dale\'s doing a great job,"', '"Dale\'s doing a great job,"', "Raymond Soto", "he", "said"),
    D('"I just wish it were', 'a different job."', "Raymond Soto", "he", "said"),
    D('"an official position"', '"an official position"', None, "two members", "according to"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_06: CNN digital, Halvorsen's late-night tweets. Curly quotes.
# The lede's “bankrupting” (after "accusing ... of") and “the most dishonest man ...”
# (after "calling him") are Halvorsen's marked words. The second tweet ("he wrote:") holds an
# unnamed retired teacher's words in single marks: speaker None, mention "A retired teacher in
# Philadelphia", cue "told". Calder's partial quotation after "She later added on CNN’s “New
# Day” that": the show title is not a quote. “fair game” is Kelsey Marr's ("said the
# governor’s record ... was"); her next quotation "she said" = Marr (Calder, the other woman,
# spoke two paragraphs before). The unnamed "senior Halvorsen adviser" is None (a named
# person's unnamed adviser, as mtsc_quotes' "a Pence spokesman"). Kowalczyk's quotation is in
# the paragraph after the one naming him; "he told CNN" = Kowalczyk, although Halvorsen (the
# "he" inside the quotation) is the other man in play. Not quotes: “New Day” (a show).
doc("polnews_dev_06", 18, [
    D("“bankrupting”", "“bankrupting”", "Thomas Halvorsen", "Republican presidential nominee Thomas Halvorsen",
      "accusing"),
    D("“the most dishonest man", "run for president.”", "Thomas Halvorsen",
      "Republican presidential nominee Thomas Halvorsen", "calling"),
    D("“Marcus Whitfield promised", "same to America!”", "Thomas Halvorsen", "Halvorsen", "tweeted"),
    D("“A retired teacher in Philadelphia", "an IOU.’ Sad!”", "Thomas Halvorsen", "he", "wrote"),
    D("‘I gave that state", "gave me an IOU.’", None, "A retired teacher in Philadelphia", "told"),
    D("“At one in the morning", "by a fifth,”", "Elena Calder", "Calder", "said"),
    D("“Teachers can tell", "and a plan.”", "Elena Calder", "Calder", "said"),
    D("“tweeting like a man", "seen the polls.”", "Elena Calder", "She", "added"),
    D("“fair game”", "“fair game”", "Kelsey Marr", "Kelsey Marr", "said"),
    D("“Governor Whitfield wants", "state he’s run,”", "Kelsey Marr", "she", "said"),
    D("“We’re happy to help", "him remember.”", "Kelsey Marr", "she", "said"),
    D("“most, not all”", "“most, not all”", None, "A senior Halvorsen adviser", "said"),
    D("“When it’s after 11", "it’s him,”", None, "the adviser", "said"),
    D("“Everyone on staff", "knows that.”", None, "the adviser", "said"),
    D("“Some people go to bed angry,”", "“Some people go to bed angry,”", "Marcus Whitfield", "Whitfield",
      "told"),
    D("“I go to bed with a budget.”", "“I go to bed with a budget.”", "Marcus Whitfield", "Whitfield", "told"),
    D("“The pension issue", "it really is,”", "Rich Kowalczyk", ("he", 1), "told"),
    D("“I just wish he’d", "instead of midnight.”", "Rich Kowalczyk", ("he", 1), "told"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_07: CNN digital, a Sunday-show interview of Albrecht with its excerpt. Straight
# quotes. The transcript lines "NAME: words" are turns (span after the label, the label is the
# mention, no cue); the first label of each speaker is the full one ("ANNA BRISCOE, CNN
# ANCHOR", "SEN. VINCE ALBRECHT (R-IN), ..."): mention its name part. Albrecht's answer about
# Kokomo and Muncie runs over two paragraphs with no question between: one turn. Quotations
# inside turns are annotated too: the host quotes Halvorsen ("He called Governor Whitfield,
# quote, "..."", mention "He" = "your running mate") and Pickering; Albrecht quotes an
# unnamed woman in Muncie (None, mention "She"). The headline quotation in single marks
# (before no cue, after a colon) is Albrecht's. "The Week Ahead." is a show title. The
# sentences the article quotes from the interview occur again, unmarked, inside the turns:
# they are annotated in both places (a quotation in the article, a turn in the transcript).
doc("polnews_dev_07", 23, [
    D("'I'm not his editor'", "'I'm not his editor'", "Vince Albrecht", "Albrecht", None),
    D('"probably"', '"probably"', "Vince Albrecht", "Republican vice presidential nominee Vince Albrecht", "said"),
    D('"I\'m not his editor, and', 'he\'s not mine,"', "Vince Albrecht", "the Indiana senator", "said"),
    D('"Tom says what he thinks', 'Sometimes at midnight."', "Vince Albrecht", "the Indiana senator", "said"),
    D('"dishonest,"', '"dishonest,"', "Thomas Halvorsen", "Thomas Halvorsen", "wrote"),
    T("Senator, thanks for being here.", "Senator, thanks for being here.", "Anna Briscoe", "ANNA BRISCOE"),
    T("Good morning, Anna.", "Always glad to be with you.", "Vince Albrecht", "SEN. VINCE ALBRECHT"),
    T("Let me start with", "Do you agree with that?", "Anna Briscoe", "BRISCOE"),
    D('"the most dishonest man', 'to run for president."', "Thomas Halvorsen", "He", "called"),
    T("Look, I think Tom", "something Tom made up.", "Vince Albrecht", "ALBRECHT"),
    T("That's not what I asked.", "ever to run for president?", "Anna Briscoe", "BRISCOE"),
    T("I'd probably have put it", ("Sometimes at midnight.", 2), "Vince Albrecht", "ALBRECHT"),
    T("Does it worry you", "before an election?", "Anna Briscoe", "BRISCOE"),
    T("What worries me is a $19", "That's the campaign.", "Vince Albrecht", "ALBRECHT", paragraphs=2),
    D('"Senator, I don\'t care', 'can find work."', None, "She", "said"),
    T("Let's turn to the Zika bill.", "Should Republicans drop them?", "Anna Briscoe", "BRISCOE"),
    D('"40 votes, minimum"', '"40 votes, minimum"', "Dale Pickering", "Representative Dale Pickering", "said"),
    T("I think the House should", "our procedural fights.", "Vince Albrecht", "ALBRECHT"),
    T("So you'd vote for a clean bill", "in the Senate?", "Anna Briscoe", "BRISCOE"),
    T("I'd vote to keep the government", "against Zika. Yes.", "Vince Albrecht", "ALBRECHT"),
    T("Senator Albrecht, thank you.", "Senator Albrecht, thank you.", "Anna Briscoe", "BRISCOE"),
    T("Thank you, Anna.", "Thank you, Anna.", "Vince Albrecht", "ALBRECHT"),
    D('"Even Tom Halvorsen\'s', 'won\'t defend him,"', "Carla Menendez", "Whitfield spokeswoman Carla Menendez",
      "tweeted"),
], aliases={"Anna Briscoe": ["ANNA BRISCOE"], "Vince Albrecht": ["VINCE ALBRECHT"]})

# ---------------------------------------------------------------------------------------------
# polnews_dev_08: Fox News, an Arizona sheriff on the border before a Whitfield visit. Curly.
# The headline's partial quotation in single marks is the sheriff's (mention "Arizona
# sheriff", cue "says"); so is the lede's “daily reality” (after "accused ... of ignoring the",
# mention "A veteran Arizona sheriff"): he is named in the next paragraph. Inside Kessler's
# story the deputy's words in single marks: None (the deputy is not named), mention "he" (in
# "the first thing he said to me"), cue "said". The Border Patrol agent who "asked not to be
# identified" is None. "she said" at the end = Luz Aranda (Bonnie Trask, the other woman, is
# two paragraphs back; Aranda is the subject of the sentence before). Not quotes: “smart
# enforcement” ("what his campaign calls": the name of a policy, as the titles and names of
# bio_quotes), and the ‘these people,’ inside Aranda's quotation ("He talks about" + a noun
# phrase in marks: a verb with a noun-phrase object; Kessler is not quoted saying it).
doc("polnews_dev_08", 18, [
    D("‘outmanned and outgunned’", "‘outmanned and outgunned’", "Wade Kessler", "Arizona sheriff", "says"),
    D("“daily reality”", "“daily reality”", "Wade Kessler", "A veteran Arizona sheriff", "accused"),
    D("“My deputies are outmanned", "for years,”", "Wade Kessler", "Cochise County Sheriff Wade Kessler", "told"),
    D("“Governor Whitfield is coming", "with us instead.”", "Wade Kessler", "Cochise County Sheriff Wade Kessler",
      "told"),
    D("“When I called the deputy", "didn’t even run,’”", "Wade Kessler", "Kessler", "recalled"),
    D("‘Sheriff, they didn’t even run,’", "‘Sheriff, they didn’t even run,’", None, "he", "said"),
    D("“That’s what’s changed.", "don’t run anymore.”", "Wade Kessler", "Kessler", "recalled"),
    D("“Governor Whitfield has met", "keep doing that,”", "Carla Menendez", "Menendez", "said"),
    D("“What he won’t do", "wall is a plan.”", "Carla Menendez", "Menendez", "said"),
    D("“as low as I’ve seen it", "in 19 years.”", None, "A Border Patrol agent based in the Tucson sector",
      "told"),
    D("“We catch them", "a month later,”", None, "the agent", "said"),
    D("“too little, too late.”", "“too little, too late.”", "Bonnie Trask", "Bonnie Trask", "said"),
    D("“He’s been running for president", "first trip to the border,”", "Bonnie Trask", "Trask", "said"),
    D("“Arizonans notice that.”", "“Arizonans notice that.”", "Bonnie Trask", "Trask", "said"),
    D("“We’ve never had a moment", "moment like this,”", "Luz Aranda", "state Rep. Luz Aranda", "said"),
    D("“Our community is young", "it’s angry.”", "Luz Aranda", "state Rep. Luz Aranda", "said"),
    D("“He talks about", "‘these people,’”", "Luz Aranda", "she", "said"),
    D("“These people are my family.”", "“These people are my family.”", "Luz Aranda", "she", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_09: Breitbart, an exclusive interview with a Florida Senate primary candidate.
# Straight quotes. Headline quotation in single marks after "EXCLUSIVE — Brock Dellinger:"
# (no cue). "He continued:" introduces a quotation over two paragraphs (the first reopens no
# closing mark): one quote, mention "He", cue "continued", from the frame of the paragraph
# before. "Whitcomb's campaign fired back in a statement, calling Dellinger "..."": the
# campaign speaks (canonical "Whitcomb campaign", the form the text uses in "Whitcomb campaign
# spokesman Troy Haddad"). "whom he called "the most radical nominee ..."": marked words after
# "called", direct. Not quotes: "Gail the Whale" (a nickname), "Washington Cartel" outside
# marks.
doc("polnews_dev_09", 15, [
    D("'The Washington Cartel", "of Florida Voters'", "Brock Dellinger", "Brock Dellinger", None),
    D('"terrified"', '"terrified"', "Brock Dellinger", "Florida U.S. Senate candidate Brock Dellinger", "told"),
    D('"They\'re terrified, and', 'they should be,"', "Brock Dellinger", "Dellinger", "said"),
    D('"For twenty years the Washington Cartel', 'tell the Cartel."', "Brock Dellinger", "Dellinger", "said"),
    D('"When you threaten the gravy train', 'fights back,"', "Brock Dellinger", "he", "said"),
    D('"I\'ve been to all 67 counties', 'That\'s her record."', "Brock Dellinger", "He", "continued",
      frame="He continued:", paragraphs=2),
    D('"a political novice', 'vote on anything."', "Whitcomb campaign", "Whitcomb's campaign", "calling"),
    D('"Congresswoman Whitcomb has delivered', 'in the Senate,"', "Troy Haddad",
      "Whitcomb campaign spokesman Troy Haddad", "said"),
    D('"Florida voters want results', 'not rhetoric."', "Troy Haddad", "Whitcomb campaign spokesman Troy Haddad",
      "said"),
    D('"proudly"', '"proudly"', "Brock Dellinger", "Dellinger", "said"),
    D('"I\'ve said from day one', 'even say his name,"', "Brock Dellinger", "he", ("said", 2)),
    D('"You have to ask yourself why."', '"You have to ask yourself why."', "Brock Dellinger", "he", ("said", 2)),
    D('"the most radical nominee', 'the Democratic Party."', "Brock Dellinger", "he", "called"),
    D('"Marcus Whitfield wants open borders', 'your doctor,"', "Brock Dellinger", "Dellinger", "said"),
    D('"That\'s not a platform.', 'That\'s a surrender."', "Brock Dellinger", "Dellinger", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_10: HuffPost, early-voting cuts in a North Carolina county. Curly quotes.
# "a move voting rights advocates called “a textbook case ...”": marked words after
# "called", speaker None (unnamed advocates), mention "voting rights advocates". The emails:
# "a county Republican Party official urged them to keep early voting “lean”" is Dwight
# Hulsey's word (the official whose email is quoted, named in the next paragraph; marked words
# in a to-request are direct, as "ordered ... to "go abroad"" in ewt_quotes). Amber Colley's
# two partial quotations share one frame ("said the email was ... and that Hulsey was
# offering ..."). "He added that his members would drive voters to the polls “from the first
# day ...”" = Oduya. Okafor's tweet after "weighed in on Twitter:" (cue "weighed in"). "the
# campaign ... said in a statement that it would “fight for every single vote”": the Whitfield
# campaign. The last two quotations: "he said" = Pettibone (subject of the sentence before),
# "she said" = McCrae (the same). Not quotes: “souls to the polls” (the name of church drives).
doc("polnews_dev_10", 20, [
    D("“a textbook case", "voter suppression.”", None, "voting rights advocates", "called"),
    D("“Every site we open", "with that money,”", "Hal Pettibone", "Pettibone", "said"),
    D("“Five sites is more", "a county this size.”", "Hal Pettibone", "Pettibone", "said"),
    D("“Do not stand up here", "about money,”", "Yvonne McCrae", "McCrae", "said"),
    D("“We all know what this is about.", "this room knows.”", "Yvonne McCrae", "McCrae", "said"),
    D("“lean”", "“lean”", "Dwight Hulsey", "a county Republican Party official", "urged"),
    D("“There is no reason to keep", "surprised by that,”", "Dwight Hulsey", "Dwight Hulsey", "wrote"),
    D("“Keep it lean. No Sundays.”", "“Keep it lean. No Sundays.”", "Dwight Hulsey", "Dwight Hulsey", "wrote"),
    D("“a routine communication”", "“a routine communication”", "Amber Colley", "Amber Colley", "said"),
    D("“general guidance”", "“general guidance”", "Amber Colley", "Amber Colley", "said"),
    D("“We marched for this.", "died for this,”", "Curtis Oduya", "Oduya", "told"),
    D("“And now they want to take it away", "with a spreadsheet.”", "Curtis Oduya", "Oduya", "told"),
    D("“from the first day", "have to go.”", "Curtis Oduya", "He", "added"),
    D("“Five sites for half a million", "#RestoreTheVRA”", "Dana Okafor", "Rep. Dana Okafor", "weighed in"),
    D("“fight for every single vote”", "“fight for every single vote”", "Whitfield campaign",
      "The Whitfield campaign", "said"),
    D("“political theater”", "“political theater”", "Hal Pettibone", "Pettibone", "said"),
    D("“I’ve been called a lot", "things tonight,”", "Hal Pettibone", "he", "said"),
    D("“I’ll sleep fine.”", "“I’ll sleep fine.”", "Hal Pettibone", "he", "said"),
    D("“I’ll be up all night,”", "“I’ll be up all night,”", "Yvonne McCrae", "she", "said"),
    D("“Somebody has to figure out", "going to vote.”", "Yvonne McCrae", "she", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_11: a debate transcript excerpt (presidential debate, moderator and two
# candidates). Every "NAME: words" paragraph is a turn of the named speaker (mention the label,
# no cue); Whitfield's first answer runs over two paragraphs: one turn. The bracketed stage
# directions ((CROSSTALK), (APPLAUSE), (LAUGHTER)) are no one's turn. Quotations inside turns:
# Denise's words as Whitfield tells them (speaker "Denise", the only name she has; mention the
# "she" of "she said"); Halvorsen quoting Whitfield ("He called it, and I wrote this down,
# "..."": "He" = "the governor" of the sentence before); Whitfield quoting Halvorsen's unnamed
# former adviser (None, mention "His own economic adviser"). Indirect speech inside turns
# ("Tom, I said the framework was promising") is not annotated.
doc("polnews_dev_11", 19, [
    T("Good evening from Hofstra", "Two minutes.", "Janet Oyelaran", "OYELARAN"),
    T("Thank you, Janet, and thank you", "the deals we already have.", "Marcus Whitfield", "WHITFIELD",
      paragraphs=2),
    D('"Governor, I don\'t want a program.', 'I want my job."', "Denise", ("she", 2), "said"),
    T("Governor Halvorsen, your response.", "Governor Halvorsen, your response.", "Janet Oyelaran", "OYELARAN"),
    T("Well, that's a very nice story", "saw the polls in Ohio.", "Thomas J. Halvorsen", "HALVORSEN"),
    D('"a model for the 21st century."', '"a model for the 21st century."', "Marcus Whitfield", "He", "called"),
    T("That's not true.", "That's not true.", "Marcus Whitfield", "WHITFIELD"),
    T("It is true.", "It is true.", "Thomas J. Halvorsen", "HALVORSEN"),
    T("Tom, I said the framework", "what was in it.", "Marcus Whitfield", "WHITFIELD"),
    T("You read it after the primary.", "You read it after the primary.", "Thomas J. Halvorsen", "HALVORSEN"),
    T("Gentlemen, let's let each other finish.", "What specifically would you do?", "Janet Oyelaran", "OYELARAN"),
    T("Janet, the economists said", "pay a tariff.", "Thomas J. Halvorsen", "HALVORSEN"),
    T("How large a tariff?", "How large a tariff?", "Janet Oyelaran", "OYELARAN"),
    T("Large enough that they'll think twice.", "Large enough that they'll think twice.", "Thomas J. Halvorsen",
      "HALVORSEN"),
    T("Please, the audience agreed", "Governor Whitfield, 30 seconds.", "Janet Oyelaran", "OYELARAN"),
    T("A tariff is a tax,", "I agree with his adviser.", "Marcus Whitfield", "WHITFIELD"),
    D('"a broad tariff would be a disaster."', '"a broad tariff would be a disaster."', None,
      "His own economic adviser", "said"),
    T("He doesn't work for me anymore.", "He doesn't work for me anymore.", "Thomas J. Halvorsen", "HALVORSEN"),
    T("We'll move on to our next segment.", "We'll move on to our next segment.", "Janet Oyelaran", "OYELARAN"),
], aliases={"Janet Oyelaran": ["OYELARAN"], "Marcus Whitfield": ["WHITFIELD"],
            "Thomas J. Halvorsen": ["HALVORSEN"]})

# ---------------------------------------------------------------------------------------------
# polnews_dev_12: AP wire, a Miami House race. Straight quotes.
# "the congresswoman said she had answered the question "a hundred times."" = Cordero. Her
# quotation "she said" in the next paragraph (Cordero, the subject of the sentence before;
# Lozano is the man in play). "the campaign said in a statement" = the Cordero campaign, named
# in the sentence before. Ramona Iglesias: "She paused." then a quotation with no cue: it goes
# on with the frame "said Ramona Iglesias". "he said" in the last paragraph = Ernesto Beltrán
# (named in the paragraph before; Lozano is named inside the quotation). Not quotes: "Red to
# Blue" (the name of a list).
doc("polnews_dev_12", 17, [
    D('"Every day Teresa Cordero', 'voters of this district,"', "Javier Lozano", "Javier Lozano", "said"),
    D('"People here deserve an answer."', '"People here deserve an answer."', "Javier Lozano", "Javier Lozano",
      "said"),
    D('"a hundred times."', '"a hundred times."', "Teresa Cordero", "the congresswoman", "said"),
    D('"I\'m not voting for him.', 'said it in Spanish,"', "Teresa Cordero", "she", ("said", 3)),
    D('"What my opponent wants', 'done for this district."', "Teresa Cordero", "she", ("said", 3)),
    D('"I support engagement', 'to mean something,"', "Javier Lozano", "Lozano", "said"),
    D('"If the regime is still', 'act on it."', "Javier Lozano", "Lozano", "said"),
    D('"Javier Lozano wants to reward', 'a single promise,"', "Cordero campaign", "the campaign", "said"),
    D('"Teresa Cordero knows better', 'her family lived it."', "Cordero campaign", "the campaign", "said"),
    D('"This is exactly the kind of seat', 'makes a difference,"', "Meghan Ostrowski", "Meghan Ostrowski", "said"),
    D('"Voters here are ready for a change."', '"Voters here are ready for a change."', "Meghan Ostrowski",
      "Meghan Ostrowski", "said"),
    D('"Teresa has her own brand', 'from the VA clinic,"', "Alvin Pruett", "Rep. Alvin Pruett", "said"),
    D('"She\'s not going anywhere."', '"She\'s not going anywhere."', "Alvin Pruett", "Rep. Alvin Pruett", "said"),
    D('"I voted for her twice.', 'not sure this time,"', "Ramona Iglesias", "Ramona Iglesias", "said"),
    D('"She\'s a good woman.', 'who she votes for."', "Ramona Iglesias", "Ramona Iglesias", "said"),
    D('"Lozano is a nice young man,"', '"Lozano is a nice young man,"', "Ernesto Beltrán", ("he", 1), "said"),
    D('"But he doesn\'t know', 'what it was like."', "Ernesto Beltrán", ("he", 1), "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_13: The New York Times, a New Hampshire Senate race. Curly quotes, honorifics
# ("Ms. Lindqvist", "Ms. Kilbride", "Dr. Fiske", "Mr. Aucoin"). Two women candidates: each
# "she" is resolved by the sentence before it ("she said finally" = Lindqvist, who was asked;
# "She replied" = Lindqvist, the senator asked in Nashua; "she said on Wednesday" = Kilbride).
# Kilbride's “Of course. ...” follows "she said yes.": mention and cue are that "she said".
# "saying she “supports but does not endorse” him": the mention is the subject of "saying",
# Ms. Lindqvist. "described by her pollster, Dr. Leonard Fiske, as showing the race
# “essentially tied”": direct, cue "described". Aucoin's wife (unnamed) inside his quotation:
# None, mention "My wife". "He laughed. “She’s usually right.”": no cue; it goes on with
# Aucoin's last frame ("Mr. Aucoin said", the paragraph before). Not quotes: “Still Waiting.”
# (words on screen in an ad, the ad's slogan).
doc("polnews_dev_13", 15, [
    D("“I’ll tell my grandchildren", "up to their parents,”", "Karen Lindqvist", "she", "said"),
    D("“I’ll tell them I voted", "agree with him.”", "Karen Lindqvist", "she", "said"),
    D("“supports but does not endorse”", "“supports but does not endorse”", "Karen Lindqvist", "Ms. Lindqvist",
      "saying"),
    D("“You either support him", "secret third option,”", "Maura Kilbride", "Ms. Kilbride", "said"),
    D("“The people of New Hampshire", "a straight answer.”", "Maura Kilbride", "Ms. Kilbride", "said"),
    D("“essentially tied”", "“essentially tied”", "Leonard Fiske", "Dr. Leonard Fiske", "described"),
    D("“Voters here know Karen,”", "“Voters here know Karen,”", "Leonard Fiske", "Dr. Fiske", "said"),
    D("“They’ve known her for 20 years.", "top of the ticket.”", "Leonard Fiske", "Dr. Fiske", "said"),
    D("“the voters will decide that,”", "“the voters will decide that,”", "Karen Lindqvist", "She", "replied"),
    D("“I’ll read the details", "releases them,”", "Maura Kilbride", ("she", 1), ("said", 1)),
    D("“Of course. He’s our nominee", "win this state.”", "Maura Kilbride", ("she", 3), ("said", 2)),
    D("“I like her. I always have,”", "“I like her. I always have,”", "Dennis Aucoin", "Mr. Aucoin", ("said", 1)),
    D("“But I asked her a yes-or-no", "that’s a no, Dennis.’”", "Dennis Aucoin", "Mr. Aucoin", ("said", 1)),
    D("‘Well, that’s a no, Dennis.’", "‘Well, that’s a no, Dennis.’", None, "My wife", ("said", 2)),
    D("“She’s usually right.”", "“She’s usually right.”", "Dennis Aucoin", "Mr. Aucoin", "said",
      frame="Mr. Aucoin said of Ms. Lindqvist"),
])

# ---------------------------------------------------------------------------------------------
# polnews_dev_14: The Washington Post, Republican women in Loudoun County, Va. Curly quotes.
# The opening paragraph is a quotation alone; its speaker is named in the next paragraph
# ("Patricia Engstrom, 58, said it twice"): mention and cue from there. Tabor's Facebook post
# ("she wrote"). Inside Tabor's quotation, two exchanges in single marks: the churchgoer's
# (None, "One woman from church", "told") and Tabor's own reply (mention "I", cue the second
# "said"). "the Virginia Republican" = Bradbury. Marked words after "what she calls" are
# direct, as after "called" (“Bradbury’s Halvorsen problem.” = Simms; “way too much cable
# news.” = Engstrom, "what she calls"). Holloway's “well over 100,000 doors” after "said the
# campaign had knocked on". Not annotated: "according to its own figures" (no marks).
doc("polnews_dev_14", 20, [
    D("“I have voted Republican", "Every single one.”", "Patricia Engstrom", "Patricia Engstrom", "said",
      frame="Patricia Engstrom, 58, said it twice"),
    D("“It’s not that I love", "Marcus Whitfield,”", "Patricia Engstrom", "she", "said"),
    D("“It’s that I can’t explain", "to my daughters.”", "Patricia Engstrom", "she", "said"),
    D("“I did not leave my party.", "the third debate,”", "Gwen Tabor", ("she", 2), "wrote"),
    D("“Some of them haven’t spoken", "to me since,”", "Gwen Tabor", "Tabor", ("said", 1)),
    D("“One woman from church", "for you, too.’”", "Gwen Tabor", "Tabor", ("said", 1)),
    D("‘I’ll pray for you, Gwen.’", "‘I’ll pray for you, Gwen.’", None, "One woman from church", "told"),
    D("‘Thank you, I’ll pray", "for you, too.’", "Gwen Tabor", ("I", 2), ("said", 2)),
    D("“Loudoun is where this election", "decided in Virginia,”", "Owen Bradbury", "Rep. Owen Bradbury", "said"),
    D("“I’m not going to sugarcoat it.", "with women here.”", "Owen Bradbury", "Rep. Owen Bradbury", "said"),
    D("“running my own race.”", "“running my own race.”", "Owen Bradbury", "the Virginia Republican", ("said", 2)),
    D("“Bradbury’s Halvorsen problem.”", "“Bradbury’s Halvorsen problem.”", "LaToya Simms", "she", "calls"),
    D("“Owen Bradbury had a chance", "didn’t take it,”", "LaToya Simms", "Simms", "said"),
    D("“That’s a choice.", "respond to it.”", "LaToya Simms", "Simms", "said"),
    D("“well over 100,000 doors”", "“well over 100,000 doors”", "Mark Holloway", "Mark Holloway", "said"),
    D("“These are women who care", "the Supreme Court,”", "Mark Holloway", "Holloway", "said"),
    D("“They’ll come home.”", "“They’ll come home.”", "Mark Holloway", "Holloway", "said"),
    D("“way too much cable news.”", "“way too much cable news.”", "Patricia Engstrom", ("she", 1), "calls"),
    D("“Maybe I’ll surprise myself,”", "“Maybe I’ll surprise myself,”", "Patricia Engstrom", "she", "said"),
    D("“I’ve done it before.”", "“I’ve done it before.”", "Patricia Engstrom", "she", "said"),
], aliases={"Owen Bradbury": ["the Virginia Republican"]})

# ---------------------------------------------------------------------------------------------
# polnews_dev_15: Politico, a House primary upset on election night. Straight quotes.
# The unnamed strategist is None ("A senior Democratic strategist", the noun phrase without
# its relative clause; then "the strategist"); his "It wasn't. That's on us." follows the
# frame in new marks. "the committee said" = the Democratic Congressional Campaign Committee
# (named in the sentence before). Joy Tsai's tweet ("wrote"). Menendez: a partial quotation
# after "said the governor" and "She added:". Rutledge's last quotation: "she told POLITICO"
# (Rutledge is the subject of the sentence before; Menendez, the other woman, two paragraphs
# back). Not quotes: the "Rutledge Rebellion," (a nickname) and "Nobody Owns Imani." (a
# slogan on T-shirts).
doc("polnews_dev_15", 14, [
    D('"Tonight, the people', 'not to the donors,"', "Imani Rutledge", "Rutledge", "told"),
    D('"I\'m not going to forget', 'who sent me."', "Imani Rutledge", "Rutledge", "told"),
    D('"I ran on my record', 'proud of it,"', "Nathaniel Haskins", "Haskins", "said"),
    D('"We passed the veterans\'', 'I wish her well."', "Nathaniel Haskins", "Haskins", "said"),
    D('"caught flat-footed"', '"caught flat-footed"', None, "A senior Democratic strategist", "said"),
    D('"We looked at the polling', 'a 20-point race,"', None, "the strategist", "said"),
    D('"It wasn\'t. That\'s on us."', '"It wasn\'t. That\'s on us."', None, "the strategist", "said"),
    D('"Imani Rutledge ran a strong race', 'seat in November,"', "Democratic Congressional Campaign Committee",
      "the committee", "said"),
    D('"The DCCC spent', 'How\'d that work out?"', "Joy Tsai", "Joy Tsai", "wrote"),
    D('"congratulates Imani', 'campaigning with her."', "Carla Menendez", "Whitfield spokeswoman Carla Menendez",
      "said"),
    D('"This is a party with a lot', 'a good thing."', "Carla Menendez", "She", "added"),
    D('"anybody\'s rubber stamp."', '"anybody\'s rubber stamp."', "Imani Rutledge", "Rutledge", "said"),
    D('"I\'ll campaign for Marcus Whitfield', 'is unthinkable,"', "Imani Rutledge", "she", "told"),
    D('"But I\'m going to Washington', 'to his face."', "Imani Rutledge", "she", "told"),
])
