"""Annotation decisions for the polnews_test2 gold set: every direct quote and every transcript
turn in fifteen invented US political news articles (texts.jsonl in this folder), per article,
by the strings that start and end its span, its kind, the speaker's canonical name, the
speaker mention and the cue. build.py turns these into offsets by string search and checks
them; nothing here is an offset. Conventions: README.md in this folder (those of
../polnews_test, ../bio_quotes, ../pud_quotes, ../gum_quotes, ../wn_interviews and
../seeds/README.md, section "Quotes").

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  T(start, end, speaker, mention)        transcript turn ("NAME: words"), the words after the
                                         label; cue always null
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the paragraph holding the start
  of the quote unless frame="..." names another stretch of text (itself unique in the text).
  Unique in the frame, or (string, n) = n-th occurrence in the frame. None = no mention / cue.
- speaker: canonical name = the fullest name the article gives the person (without titles
  and honorifics), or the organisation's name as written; None when a reader of the article
  cannot know who spoke (unnamed sources, voices in a crowd, unnamed writers).
- paragraphs=N: the span covers N paragraphs.
Per article: expected (the number of quotes, a guard), aliases (other names the mentions use
for a speaker: role nouns with a capital, labels in capitals).

Indirect (reported) speech is NOT annotated in this set (score with --quotes-direct-only).
Scare quotes, nicknames, slogans on signs, titles of shows and names in marks are not quotes.
All the people are invented.
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
# polnews_test2_01: Reuters style, pipeline permits order (February 2017); straight marks,
# "WASHINGTON (Reuters) -" dateline, surnames alone after the first reference. The tweet is
# Ridgeway's (mention "he", cue "wrote"). The American Petroleum Institute speaks as an
# organisation (mention the role noun "the industry group"). "the official" (anonymous White
# House official): speaker None. "He knows more about pipelines ...": the paragraph names two
# men (Ridgeway, Corrigan); the one asked and who "turned to Corrigan" is Ridgeway, so the
# cue's "he" is Ridgeway; the quoted "He" is Corrigan, no mention. Mulvaney's partial quote
# inside "said the order "could put ..."" is direct. Not annotated: Fuentes's "She said the
# group had already prepared a complaint" (indirect).
doc("polnews_test2_01", 12, [
    D('"We are going to build again', 'build fast,"', "Thomas Ridgeway", "Ridgeway", "told"),
    D('"The permits that used', 'seven months."', "Thomas Ridgeway", "Ridgeway", "told"),
    D('"Pipelines = JOBS', 'this week!"', "Thomas Ridgeway", "he", "wrote"),
    D('"gut protections', 'half a century."', "Gwen Aldridge", "Senator Gwen Aldridge", "said"),
    D('"If the president thinks', 'otherwise in court,"', "Gwen Aldridge", "Aldridge", "said"),
    D('"Faster, more predictable', 'for consumers,"', "American Petroleum Institute",
      "the industry group", "said"),
    D('"We\'ve been careful', 'been lawyered,"', None, "the official", ("said", 2)),
    D('"We\'ll see them in court', 'won these fights before,"', "Marisol Fuentes",
      "Marisol Fuentes", ("said", 1)),
    D('"North Dakota has been waiting', 'he listened,"', "Wyatt Corrigan", ("Corrigan", 2), "said"),
    D('"He knows more about pipelines', 'Ask him,"', "Thomas Ridgeway", "he", "said"),
    D('"could put tens of thousands', 'back to work"', "Terrence Mulvaney", "Terrence Mulvaney",
      "said"),
    D('"A lot of our people', 'take the jobs,"', "Terrence Mulvaney", "Mulvaney", "told"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_02: Washington Post straight story, Marsh in Milwaukee (October 2016); curly
# marks, "(D-Wis.)". Lede partial quote after "told ... that her opponent had": Marsh (mention
# "Evelyn Marsh", cue "told"). Split and continued quotes reuse their frame. The campaign
# statement runs over two paragraphs (the first reopens, only the second closes); its frame
# is the sentence before it, naming the communications director, so the speaker is Curtis
# Vandermeer with cue "statement". Joanne Lindahl: "she" (the paragraph before names her
# husband only; she is the subject of the sentence). "Count on it.": mention "she" of "she
# smiled", no speech verb, cue None. Not quotes: the “blue wall” (scare quote/name); "said
# she did not believe the state was slipping away" (indirect).
doc("polnews_test2_02", 16, [
    D("“never built anything", "overseas.”", "Evelyn Marsh", "Evelyn Marsh", "told"),
    D("“I am not going to stand", "a good deal,”", "Evelyn Marsh", "Marsh", "said"),
    D("“Some of them were bad", "hope for the best.”", "Evelyn Marsh", "Marsh", "said"),
    D("“She’s been in politics", "factory worker,”", "Thomas Ridgeway", "he", "told"),
    D("“Where was she?”", "“Where was she?”", "Thomas Ridgeway", "he", "told"),
    D("“We’re not taking a single county", "for granted,”", "Lucia Armendariz",
      "Lucia Armendariz", "said"),
    D("“Not Milwaukee", "not Marathon.”", "Lucia Armendariz", "Lucia Armendariz", "said"),
    D("“If we lose Wisconsin", "the whole thing,”", "Owen Delacroix", ("Delacroix", 2), "said"),
    D("“Everybody on this stage", "knows that.”", "Owen Delacroix", ("Delacroix", 2), "said"),
    D("“I’ve voted for her party", "going to again,”", "Gary Lindahl", "Lindahl", "said"),
    D("“But my brother-in-law", "understand it.”", "Gary Lindahl", "Lindahl", "said"),
    D("“He says that every Thanksgiving,”", "“He says that every Thanksgiving,”", "Joanne Lindahl",
      "she", "said"),
    D("“Evelyn Marsh voted for every one", "bring the jobs home.”", "Curtis Vandermeer",
      "Curtis Vandermeer", "statement", paragraphs=2,
      frame="The Ridgeway campaign answered the rally with a statement from its communications director, Curtis Vandermeer:"),
    D("“This is a state that decides things,”", "“This is a state that decides things,”",
      "Evelyn Marsh", "she", "said"),
    D("“and I want to be here", "now and November.”", "Evelyn Marsh", "she", "said"),
    D("“Count on it.”", "“Count on it.”", "Evelyn Marsh", ("she", 2), None),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_03: Wall Street Journal style, the border-adjustment tax (March 2017); straight
# marks, "(R., Ohio)", honorifics "Mr. Brennecke", "Ms. Natarajan". Ridgeway "has called the
# proposal "too complicated" in one interview and "very interesting" in another": two partial
# quotes after "called", both direct, his. "one senior Republican told her privately that the
# provision "won't survive the Senate"": an unnamed source, speaker None. Feld's partial quote
# ("said the chairman "meets with everyone who asks"") and his split quote reuse the frame;
# the second "said" in the paragraph is the cue of the split quote. Not quotes: "border
# adjustment" (no marks); "She said one senior Republican told her" is the frame of the
# unnamed source's words, not Natarajan's quote.
doc("polnews_test2_03", 19, [
    D('"I didn\'t come here', 'threaten anybody,"', "Priya Natarajan", "Ms. Natarajan", "said"),
    D('"I came to show them', 'absorb it."', "Priya Natarajan", "Ms. Natarajan", "said"),
    D('"Every one of our trading partners', 'version of this,"', "Lyle Brennecke", "he", "said"),
    D('"We are the outlier', 'ends the outlier."', "Lyle Brennecke", "he", "said"),
    D('"too complicated"', '"too complicated"', "Thomas Ridgeway", "President Thomas Ridgeway",
      "called"),
    D('"very interesting"', '"very interesting"', "Thomas Ridgeway", "President Thomas Ridgeway",
      "called"),
    D('"We have concerns', 'with the chairman,"', "Martin Szabo", "Mr. Szabo", "said"),
    D('"But nothing is off the table."', '"But nothing is off the table."', "Martin Szabo",
      "Mr. Szabo", "said"),
    D('"That\'s the theory', 'respectable theory,"', "Ellen Varga", "Ellen Varga", "said"),
    D('"The problem is that nobody', 'consumers eat it."', "Ellen Varga", "Ellen Varga", "said"),
    D('"dozens of small businesses', 'big boxes,"', "Glen Moravec", "Rep. Glen Moravec", "said"),
    D('"I\'m for tax reform', 'out of business,"', "Glen Moravec", "Mr. Moravec", "said"),
    D('"For once the tax code', 'make things here,"', "Donald Reyburn", "Donald Reyburn", "said"),
    D('"won\'t survive the Senate,"', '"won\'t survive the Senate,"', None, "one senior Republican",
      "told"),
    D('"meets with everyone who asks"', '"meets with everyone who asks"', "Aaron Feld", "Aaron Feld",
      ("said", 1)),
    D('"The chairman has the votes', 'in committee,"', "Aaron Feld", "Mr. Feld", ("said", 2)),
    D('"He intends to use them."', '"He intends to use them."', "Aaron Feld", "Mr. Feld",
      ("said", 2)),
    D('"Hope is not a strategy,"', '"Hope is not a strategy,"', "Priya Natarajan", "she", "said"),
    D('"So we\'re planning for the worst."', '"So we\'re planning for the worst."', "Priya Natarajan",
      "she", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_04: NPR web version of a radio story, Erie County voters (March 2017); straight
# marks, present tense "says", first person reporter ("I talked to", "read me"). The
# grandson's words 'Grandpa, ...' inside Sobczak's quote: an unnamed relative, speaker None,
# mention "My grandson" inside the outer quote. The White House statement is issued by the
# named deputy press secretary Carl Ivanek: speaker Ivanek, mention "the statement". The
# daughter's text message: speaker "Brianna" (the only name the article gives her; the
# surname is never written), mention "her daughter", cue "sent". "We still haven't talked
# about it.": Haverstick, mention "She", cue "laughs". Not annotated: "Ridgeway, he says,
# has until the midterms" (indirect, no marks).
doc("polnews_test2_04", 17, [
    D('"I didn\'t leave the Democrats. They left,"', '"I didn\'t leave the Democrats. They left,"',
      "Linda Haverstick", "Haverstick", "says"),
    D('"Nobody came here. He came here."', '"Nobody came here. He came here."', "Linda Haverstick",
      "Haverstick", "says"),
    D('"You don\'t fix 30 years', 'in 30 days,"', "Walt Sobczak", "Walt Sobczak", "says"),
    D('"The union told us', 'our friend,"', "Walt Sobczak", "he", "says"),
    D('"My grandson said to me', 'answer for him."', "Walt Sobczak", "he", "says"),
    D("'Grandpa,", "your plant?'", None, "My grandson", "said"),
    D('"People voted for the jobs,"', '"People voted for the jobs,"', "Renee Castellano",
      "Castellano", "says"),
    D('"I\'m not sure they voted', 'one package."', "Renee Castellano", "Castellano", "says"),
    D('"A plant that employed', 'with 400,"', "Miriam Adeyemi", "she", "says"),
    D('"Tariffs don\'t bring back', 'other 1,100."', "Miriam Adeyemi", "she", "says"),
    D('"The president made a promise', 'one factory at a time,"', "Carl Ivanek", "the statement",
      "said"),
    D('"I want my daughter to be able to stay here,"', '"I want my daughter to be able to stay here,"',
      "Linda Haverstick", "she", "says"),
    D('"She\'s 24.', 'or Charlotte."', "Linda Haverstick", "she", "says"),
    D('"Mom, you know I love you', 'talk about this later."', "Brianna", "her daughter", "sent"),
    D('"We still haven\'t talked about it."', '"We still haven\'t talked about it."',
      "Linda Haverstick", "She", "laughs"),
    D('"If nothing changes by 2018', 'hear about it,"', "Walt Sobczak", "Sobczak", "says"),
    D('"Same as the last bunch did."', '"Same as the last bunch did."', "Walt Sobczak", "Sobczak",
      "says"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_05: The Hill, Senate Republicans on repeal (January 2017); straight marks,
# "(R-Maine)" after the name, "told The Hill". Geddes's one-word partial quote
# "simultaneously" after "has insisted that" is direct (cue "insisted"). Eckersley's "She's
# entitled to her view": the paragraph has the role noun "the Utah Republican" and the cue
# "he said"; the mention is "he" (the cue's own pronoun); the quoted "She" is Thorsby. The
# tweet is introduced by a partial quote "be careful" (cue "urging"). "the aide": unnamed,
# None. Ashcombe's quote names Governor Pardee, who speaks only in the later statement
# ("calling on Congress "to slow down ..."", cue "calling"). Not quotes: "ObamaCare" (name).
doc("polnews_test2_05", 19, [
    D('"at least the outlines', 'comes next."', "Rebecca Thorsby", "Sen. Rebecca Thorsby", "said"),
    D('"I\'ve told leadership that directly,"', '"I\'ve told leadership that directly,"',
      "Rebecca Thorsby", "Thorsby", ("told", 2)),
    D('"We cannot pull the rug', 'figure it out later."', "Rebecca Thorsby", "Thorsby", ("told", 2)),
    D('"simultaneously"', '"simultaneously"', "Harlan Geddes", "Geddes", "insisted"),
    D('"We\'re going to do this', 'orderly way,"', "Harlan Geddes", "Geddes", "told"),
    D('"Nobody is going to be left out in the cold."', '"Nobody is going to be left out in the cold."',
      "Harlan Geddes", "Geddes", "told"),
    D('"Every Republican in this chamber', 'single one,"', "Dwight Eckersley", "Eckersley", "said"),
    D('"If we can\'t do it now', 'going to do it?"', "Dwight Eckersley", "Eckersley", "said"),
    D('"She\'s entitled to her view', 'about theirs,"', "Dwight Eckersley", "he", "said"),
    D('"be careful"', '"be careful"', "Thomas Ridgeway", "President-elect Thomas Ridgeway", "urging"),
    D('"ObamaCare is a disaster', 'this mess!"', "Thomas Ridgeway", "Ridgeway", "tweeted"),
    D('"Nobody knew it was coming', 'it\'s coming,"', None, "the aide", ("said", 2)),
    D('"like the dog that caught the car."', '"like the dog that caught the car."', "Nadine Carrow",
      "Senate Minority Leader Nadine Carrow", "said"),
    D('"They\'ve spent six years', 'replace it with,"', "Nadine Carrow", "Carrow", "said"),
    D('"Repeal and run. That\'s their plan."', '"Repeal and run. That\'s their plan."',
      "Nadine Carrow", "Carrow", "said"),
    D('"very concerned"', '"very concerned"', "Leland Ashcombe", "Sen. Leland Ashcombe", "said"),
    D('"Governor Pardee has been clear', 'expansion population,"', "Leland Ashcombe", "Ashcombe",
      "said"),
    D('"That\'s not negotiable for me."', '"That\'s not negotiable for me."', "Leland Ashcombe",
      "Ashcombe", "said"),
    D('"to slow down and get this right."', '"to slow down and get this right."', "Stanton Pardee",
      "Pardee", "calling"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_06: USA TODAY, budget cuts to community grants (March 2017); straight marks,
# "R-Fla." between commas. The budget document ("The proposal, released by the White House
# Office of Management and Budget, calls ... and says ...") speaks for the office: speaker
# the office as written, mention "The proposal", cues "calls" and "says". The Conference of
# Mayors' letter: speaker the organisation. The crowd's chant "Shame! Shame!" is direct,
# speaker None. Petrakis's answer after "Petrakis said:" is one quote. Not quotes: the sign
# slogan "Don't Cut Our Meals." ("paper plates reading"); "Fenwick said her program served
# ..." (indirect).
doc("polnews_test2_06", 18, [
    D('"not well targeted"', '"not well targeted"', "White House Office of Management and Budget",
      "The proposal", "calls"),
    D('"has not demonstrated results."', '"has not demonstrated results."',
      "White House Office of Management and Budget", "The proposal", "says"),
    D('"We can\'t ask a coal miner', 'programs that don\'t work,"', "Roland Petrakis", "Petrakis",
      "said"),
    D('"We\'re not going to do that anymore."', '"We\'re not going to do that anymore."',
      "Roland Petrakis", "Petrakis", "said"),
    D('"This money fixes roofs', 'leave their homes,"', "Antoine Boudreaux",
      "Mayor Antoine Boudreaux", "said"),
    D('"If that\'s not results', 'I don\'t know what is."', "Antoine Boudreaux",
      "Mayor Antoine Boudreaux", "said"),
    D('"I supported the president', 'still do,"', "Shelby Kincaid", "Kincaid", "told"),
    D('"But whoever wrote', 'to Fort Wayne."', "Shelby Kincaid", "Kincaid", "told"),
    D('"would fall hardest', 'promised to help."', "U.S. Conference of Mayors",
      "the U.S. Conference of Mayors", "said"),
    D('"The president\'s budget is a statement', 'little different,"', "Tomás Ibarra", "Ibarra",
      "said"),
    D('"This is a hard-power budget,"', '"This is a hard-power budget,"', "Roland Petrakis",
      "Petrakis", "said"),
    D('"It\'s not a soft-power budget."', '"It\'s not a soft-power budget."', "Roland Petrakis",
      "Petrakis", "said"),
    D('"I think it\'s compassionate', 'to spend it well."', "Roland Petrakis", "Petrakis", "said"),
    D('"Every dollar we spend', 'nursing-home care,"', "Gloria Fenwick", "Gloria Fenwick", "said"),
    D('"Cut the meals', 'somewhere else."', "Gloria Fenwick", "Gloria Fenwick", "said"),
    D('"Shame! Shame!"', '"Shame! Shame!"', None, "the crowd", "chanted"),
    D('"a wish list for defense contractors', 'and the poor."', "Paulette Grimaldi",
      "Sen. Paulette Grimaldi", "said"),
    D('"He ran on this. He meant it,"', '"He ran on this. He meant it,"', "Dana Kettering",
      "press secretary Dana Kettering", ("said", 2)),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_07: Los Angeles Times, California sanctuary bill (February 2017); curly marks.
# Ochoa's "a wall of due process" after "called it" is direct (mention with its lower-case
# title, "state Senate leader Rafael Ochoa"). Ridgeway is named in the lede and speaks as
# "the president". Sheriff Dunleavy's split quote follows "She said she had discussed the
# bill with Lindgren": two women in play; the cue's "she" (the second lower-case "she") is
# Dunleavy, the quoted "She asked me" is Lindgren. The students' chant "Sí se puede!" is a
# crowd voice, speaker None (as chants in polnews_test). The Department of Homeland Security
# speaks as an organisation. "he said" in the last quote: Ochoa ("Ochoa, asked about ...").
# Not quotes: "so-called sanctuary jurisdictions" (no marks); "has not said whether he will
# sign" (indirect).
doc("polnews_test2_07", 17, [
    D("“a wall of due process”", "“a wall of due process”", "Rafael Ochoa",
      "state Senate leader Rafael Ochoa", "called"),
    D("“We are not going to let", "deportation agents,”", "Rafael Ochoa", "Ochoa", "said"),
    D("“Not in California.", "while I’m here.”", "Rafael Ochoa", "Ochoa", "said"),
    D("“These families deserve", "everything it could,”", "Janet Lindgren", "Lindgren", "said"),
    D("“This bill does the opposite.”", "“This bill does the opposite.”", "Janet Lindgren",
      "Lindgren", "said"),
    D("“If they want to be sanctuaries", "themselves,”", "Thomas Ridgeway", "the president", "said"),
    D("“The Constitution doesn’t let", "a state’s head,”", "Harriet Oyelowo", "Harriet Oyelowo",
      ("said", 1)),
    D("“The Supreme Court has said so", "by conservatives.”", "Harriet Oyelowo", "Harriet Oyelowo",
      ("said", 1)),
    D("“reviewing it closely.”", "“reviewing it closely.”", "Dana Whitlock", "Dana Whitlock",
      ("said", 2)),
    D("“She asked me what would happen", "if this passed,”", "Margaret Dunleavy", ("she", 2),
      ("said", 2)),
    D("“I told her the truth", "what scares me.”", "Margaret Dunleavy", ("she", 2), ("said", 2)),
    D("“Sí se puede!”", "“Sí se puede!”", None, "a group of high school students from Fresno",
      "chanted"),
    D("“My mom is scared", "me to school,”", "Luz Hernández-Wick", "she", "said"),
    D("“That’s what this is about.", "politics to us.”", "Luz Hernández-Wick", "she", "said"),
    D("“continue to enforce the law", "including California.”", "Department of Homeland Security",
      "The Department of Homeland Security", "said"),
    D("“Let them try,”", "“Let them try,”", "Rafael Ochoa", "he", "said"),
    D("“We’ll see them in court, and we’ll win.”", "“We’ll see them in court, and we’ll win.”",
      "Rafael Ochoa", "he", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_08: Des Moines Register, Iowa caucus eve (January 2016); straight marks,
# byline with e-mail. The lede quote stands alone; its speaker is named in the next paragraph
# ("That was how former Texas Gov. Clay Haskins opened his pitch"): frame that sentence,
# cue "opened". Ridgeway's partial quote after "he told a crowd ... that Haskins was". Quill's
# one-word "fantasy." after "called that number" is direct. The shout of "an older man in a
# seed-company jacket" (the "he" in that paragraph is Haskins, who is leaving): speaker None,
# cue "called out". Haskins's reply: "he" after "Haskins turned and grinned". Not annotated:
# "my husband says Ridgeway is the only one ..." inside Kathy Vander Molen's quote (indirect);
# the unverified pledge figure (indirect).
doc("polnews_test2_08", 17, [
    D('"I\'ve been to all 99 counties', 'who to vote for."', "Clay Haskins",
      "former Texas Gov. Clay Haskins", "opened",
      frame="That was how former Texas Gov. Clay Haskins opened his pitch"),
    D('"a nice man who has been', 'since the 1990s."', "Thomas Ridgeway", "he", "told"),
    D('"He\'s a nice guy.', 'Very low energy,"', "Thomas Ridgeway", "Ridgeway", "said"),
    D('"He\'s been here so long', 'give him a farm."', "Thomas Ridgeway", "Ridgeway", "said"),
    D('"I do have a farm, actually,"', '"I do have a farm, actually,"', "Clay Haskins", "he", "said"),
    D('"It\'s in Texas.', 'show it to him."', "Clay Haskins", "he", "said"),
    D('"I like Haskins.', 'think he\'s right,"', "Kathy Vander Molen", "she", "said"),
    D('"Ask me Monday."', '"Ask me Monday."', "Kathy Vander Molen", "she", "said"),
    D('"We\'ve had governors.', 'where it got us,"', "Dirk Vander Molen", "he", "said"),
    D('"People keep saying', 'they\'ll find out,"', "Cole Brandvold", "Brandvold", "said"),
    D('"fantasy."', '"fantasy."', "Teresa Quill", "Teresa Quill", "called"),
    D('"Signing a card at a rally', 'for two hours,"', "Teresa Quill", "Quill", "said"),
    D('"Our people have done it before.', 'in their lives."', "Teresa Quill", "Quill", "said"),
    D('"Don\'t let anybody tell you', 'room on Monday,"', "Evelyn Marsh", "Marsh", "said"),
    D('"Don\'t you let that New Yorker', 'push you around!"', None,
      "an older man in a seed-company jacket", "called out"),
    D('"Sir, I\'m from Texas,"', '"Sir, I\'m from Texas,"', "Clay Haskins", "he", "said"),
    D('"Nobody pushes me around."', '"Nobody pushes me around."', "Clay Haskins", "he", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_09: Bloomberg, Treasury confirmation hearing (January 2017); curly marks,
# byline and time stamp on two lines of one paragraph, "said in an emailed statement". The
# hearing exchange gives each line its own cue ("asked", "replied", "said"). Szabo's
# "based on the data." closes a sentence of reported speech ("Szabo also said the
# administration would ... but would decide "...""): the marked words are direct. The
# transition office's statement is spoken by its named spokeswoman: speaker Karen Duplessis.
# Not annotated: "according to people familiar with the vote count" (no marks).
doc("polnews_test2_09", 13, [
    D("“We believe that with 3 percent growth", "pays for itself,”", "Martin Szabo", "Szabo", "said"),
    D("“Not in year one", "course of a decade.”", "Martin Szabo", "Szabo", "said"),
    D("“not given a single straight answer”", "“not given a single straight answer”",
      "Roy Lindqvist", "Senator Roy Lindqvist", "said"),
    D("“Mr. Szabo, yes or no", "a tax cut?”", "Roy Lindqvist", "Lindqvist", "asked"),
    D("“Senator, our goal", "fewer deductions,”", "Martin Szabo", "Szabo", "replied"),
    D("“That’s not a yes or no,”", "“That’s not a yes or no,”", "Roy Lindqvist", "Lindqvist", "said"),
    D("“The market is taking him", "on the pay-for,”", "Andrea Kostelecky", "Andrea Kostelecky",
      "said"),
    D("“That tells you how much credibility", "on trading desks.”", "Andrea Kostelecky",
      "Andrea Kostelecky", "said"),
    D("“based on the data.”", "“based on the data.”", "Martin Szabo", "Szabo", "said"),
    D("“He’s made money", "actually work,”", "Porter Vaughan", "Vaughan", "said"),
    D("“That’s more than you can say", "had this job.”", "Porter Vaughan", "Vaughan", "said"),
    D("“spent his career", "they went wrong.”", "Theresa Holmquist",
      "Senate Democratic Whip Theresa Holmquist", "said"),
    D("“Martin Szabo is one of the great", "Treasury secretary,”", "Karen Duplessis",
      "spokeswoman Karen Duplessis", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_10: The Daily Caller (March 2017); straight marks, headline quote in single
# marks, byline block on three lines of one paragraph, "told The Daily Caller", "TheDC". The
# headline's 'Dupes' after "Who Called Ridgeway Voters" is a quoted word after "called":
# direct, Falkenrath, mention "Dem Rep" (listed as an alias), cue "Called"; the same for
# "dupes" in the lede (cue "calling"). The written statement "read": speaker Falkenrath,
# mention "the statement". The NRCC spokesman is named: speaker Grant Heffernan. The heckler's
# "He's a crook!" is an unnamed audience member: None. Her reply after "and said:" has mention
# "she" and the first "said" (the second is inside the quote). Not annotated: "told TheDC he
# thought the comment was a mistake" and "Lowery added that ..." (indirect).
doc("polnews_test2_10", 14, [
    D("'Dupes'", "'Dupes'", "Cynthia Falkenrath", "Dem Rep", "Called"),
    D('"dupes"', '"dupes"', "Cynthia Falkenrath", "Democratic Rep. Cynthia Falkenrath", "calling"),
    D('"conned millions', 'known better."', "Cynthia Falkenrath", "she", "told"),
    D('"They were dupes.', 'but they were,"', "Cynthia Falkenrath", "Falkenrath", "said"),
    D('"And now they\'re going', 'still blame us."', "Cynthia Falkenrath", "Falkenrath", "said"),
    D('"I said what I said.', 'about a con man,"', "Cynthia Falkenrath", "the statement", "read"),
    D('"exactly what Democrats think', 'working people."', "Grant Heffernan",
      "National Republican Congressional Committee spokesman Grant Heffernan", "told"),
    D('"Cynthia Falkenrath thinks half', 'America. Please,"', "Grant Heffernan", "Heffernan", "said"),
    D('"Congresswoman Falkenrath of Oregon says', 'remember in 2018!"', "Thomas Ridgeway",
      "the president", "tweeted"),
    D('"You don\'t win people back', 'by insulting them,"', "Dale Munroe", "Munroe", "said"),
    D('"I\'ve got a lot of folks', 'my neighbors."', "Dale Munroe", "Munroe", "said"),
    D('"She insulted half of Oregon.', 'Oregon votes,"', "Trent Lowery", "Lowery", "told"),
    D('"He\'s a crook!"', '"He\'s a crook!"', None, "one man in the back", "shouted"),
    D('"You said it, not me."', '"You said it, not me."', "Cynthia Falkenrath", "she", ("said", 1)),
], aliases={"Cynthia Falkenrath": ["Dem Rep"]})

# ---------------------------------------------------------------------------------------------
# polnews_test2_11: Vox explainer on the filibuster rule change (April 2017); curly marks,
# question subheads, first-person reporter ("told me", "When I asked"). Senators are tagged
# "(R-TN)", "(D-NM)"; the mention is the name with its title. Kessel's blog post is quoted in
# part after "argued ... that the filibuster on nominees was": direct. Oduya's second quote:
# the cue's "she" is the second lower-case "she" ("she conceded" is the first); the quoted
# "He" is Kessel. Geddes: the second "he" ("whether he worried" is the first). The senator
# "involved in the talks" is unnamed: None. The last quote: "As Mattingly put it:", cue
# "put". Not quotes: the “nuclear option” in the headline and body (a name in marks);
# "Democrats see it differently" (no marks).
doc("polnews_test2_11", 13, [
    D("“Democrats lit the fuse", "when it goes off,”", "Lyle Mattingly", "Sen. Lyle Mattingly",
      "told"),
    D("“They stole a seat", "hold a hearing,”", "Ana Villaseñor", "Sen. Ana Villaseñor", "said"),
    D("“Now they want to change", "to keep it.”", "Ana Villaseñor", "Sen. Ana Villaseñor", "said"),
    D("“The 60-vote rule", "nobody used it,”", "Frances Oduya", "Frances Oduya", "said"),
    D("“Take it away", "can live with.”", "Frances Oduya", "Frances Oduya", "said"),
    D("“a historical accident", "constitutional principle,”", "Jonah Kessel", "Jonah Kessel",
      "argued"),
    D("“He’s right about the history,”", "“He’s right about the history,”", "Frances Oduya",
      ("she", 2), "said"),
    D("“But norms matter", "the whole point of norms.”", "Frances Oduya", ("she", 2), "said"),
    D("“The Senate will be fine.", "been through worse.”", "Harlan Geddes", ("he", 2), "said"),
    D("“If Dems block a great judge", "Get it done!”", "Thomas Ridgeway", "he", "tweeted"),
    D("“Everybody in that room wants a deal,”", "“Everybody in that room wants a deal,”", None,
      "one senator involved in the talks", "told"),
    D("“Nobody in that room can deliver", "their caucus.”", None,
      "one senator involved in the talks", "told"),
    D("“After Thursday, nothing will be the same.", "for a while.”", "Lyle Mattingly", "Mattingly",
      "put"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_12: The Atlantic, long profile of a senator (spring 2017); curly marks,
# honorifics ("Senator Tolliver", "Mr. Tolliver", "Ms. Esterhazy", "Dr. Lange"), first-person
# writer. Canonical names: Margaret Tolliver; her father Walter Tolliver ("Mr. Tolliver").
# "publicly called his refugee order “cruel and sloppy,”": direct, mention the second "She"
# of its paragraph. Nested quotes: her late mother's 'That girl ...' (mention "Her mother",
# a person never named: None); the callers' 'Tell her to hang in there.' (unnamed, None,
# mention "People from home", cue "say"); Tolliver's own 'That's why somebody should.' inside
# her husband's quote (mention "she", cue "says"). The floor speech: the first paragraph is a
# closed quote with "she said"; the next two paragraphs are one quotation (the first reopens
# without closing), with no cue of their own: paragraphs=2, frame the first paragraph.
# Ridgeway's tweet is quoted in part after "wrote on Twitter that Senator Tolliver was".
# Eckersley's partial quote after "said in an interview that ... but that": direct. The
# leadership aide is anonymous ("put it this way:"): None. The man at the diner is unnamed:
# None, mention "he". Not annotated: "her chief of staff, Rachel Esterhazy, told me, the
# senator has given exactly one speech ..." and "Her office phones, Ms. Esterhazy said, rang
# for three days" (indirect); "She declined to tell me what he said" (no words).
doc("polnews_test2_12", 25, [
    D("“People think the job is talking,”", "“People think the job is talking,”",
      "Margaret Tolliver", "Senator Tolliver", "told"),
    D("“The job is listening.", "keep listening.”", "Margaret Tolliver", "Senator Tolliver", "told"),
    D("“cruel and sloppy,”", "“cruel and sloppy,”", "Margaret Tolliver", ("She", 2), "called"),
    D("“I don’t think of it as opposing the president,”",
      "“I don’t think of it as opposing the president,”", "Margaret Tolliver", "she", "said"),
    D("“I think of it as doing", "not so often.”", "Margaret Tolliver", "she", "said"),
    D("“Maggie was always the one who argued,”", "“Maggie was always the one who argued,”",
      "Walter Tolliver", "Mr. Tolliver", "said"),
    D("“Her mother used to say", "And she’d win.”", "Walter Tolliver", "Mr. Tolliver", "said"),
    D("‘That girl would debate", "a fence post.’", None, "Her mother", "say"),
    D("“I have heard a great deal", "women of this country,”", "Margaret Tolliver", "she", "said"),
    D("“I know some of them.", "and I will not.”", "Margaret Tolliver", "she", "said", paragraphs=2,
      frame="“I have heard a great deal in this chamber about the forgotten men and women of this country,” she said."),
    D("“a RINO who forgot who elected her.”", "“a RINO who forgot who elected her.”",
      "Thomas Ridgeway", "Ridgeway", "wrote"),
    D("“Most of the calls were angry,”", "“Most of the calls were angry,”", "Rachel Esterhazy",
      "Ms. Esterhazy", "recalled"),
    D("“And then around the second day", "those names.”", "Rachel Esterhazy", "Ms. Esterhazy",
      "recalled"),
    D("‘Tell her to hang in there.’", "‘Tell her to hang in there.’", None, "People from home", "say"),
    D("“I told him he could call me", "when he called,”", "Margaret Tolliver", "she", "said"),
    D("“He seemed surprised by that.", "say it to him.”", "Margaret Tolliver", "she", "said"),
    D("“We count to 50 without her", "comes along, great.”", None, "A senior leadership aide", "put"),
    D("“there’s a point where independence", "self-indulgence.”", "Dwight Eckersley",
      "Dwight Eckersley", "said"),
    D("“Dwight has a point,”", "“Dwight has a point,”", "Margaret Tolliver", "she", "said"),
    D("“He’s wrong about where the point is.”", "“He’s wrong about where the point is.”",
      "Margaret Tolliver", "she", "said"),
    D("“She doesn’t sleep,”", "“She doesn’t sleep,”", "Curtis Lange", "Dr. Lange", "said"),
    D("“She reads every bill.", "somebody should.’”", "Curtis Lange", "Dr. Lange", "said"),
    D("‘That’s why somebody should.’", "‘That’s why somebody should.’", "Margaret Tolliver", "she",
      "says"),
    D("“But you keep doing what you’re doing,”", "“But you keep doing what you’re doing,”", None,
      "he", "told"),
    D("“Somebody back there has to.”", "“Somebody back there has to.”", None, "he", "told"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_13: Chicago Tribune, the mayor and the president's offer of federal agents
# (February 2017); straight marks, headline quote in single marks after "Bright rebuffs ...:"
# (speaker Bright, mention "Bright", no cue), "Ald. Ray Kostopoulos, 41st". The lede's
# partial quote after "saying the city needed ..., not": direct, cue "saying". Yarbrough's
# "every day, sometimes twice." inside reported speech: mention the second "He" of its
# paragraph. "He's entitled to his opinion," he said: two men in play (Bright, Kostopoulos);
# the cue's "he" is the mayor, who was asked; the quoted "He" is Kostopoulos. The governor's
# office speaks in two partial quotes ("his office said the governor "..." but believed
# "...""): the unnamed staff of a named person, speaker None (as "Ostrander's office" in
# polnews_test), mention "his office". The institute's report speaks for the institute
# (mention "the report"). The last quote's cue "he said" is the first lower-case "he" (the
# second is inside the quote). Not quotes: "A White House spokeswoman referred questions"
# (no words).
doc("polnews_test2_13", 19, [
    D("'Chicago is not a war zone'", "'Chicago is not a war zone'", "Lorenzo Bright", "Bright", None),
    D('"a show on the evening news."', '"a show on the evening news."', "Lorenzo Bright",
      "Mayor Lorenzo Bright", "saying"),
    D('"Chicago is not a war zone, and', 'treat it like one,"', "Lorenzo Bright", "Bright", "said"),
    D('"If the president wants to help', 'involves a tank."', "Lorenzo Bright", "Bright", "said"),
    D('"Chicago\'s murder rate', 'send in the Feds!"', "Thomas Ridgeway", "Ridgeway", "wrote"),
    D('"We welcome every federal partner', 'for two years,"', "Calvin Yarbrough", "Yarbrough",
      "said"),
    D('"What we don\'t need', 'thousand miles away."', "Calvin Yarbrough", "Yarbrough", "said"),
    D('"every day, sometimes twice."', '"every day, sometimes twice."', "Calvin Yarbrough",
      ("He", 2), "said"),
    D('"People in Austin and Englewood', 'help comes from,"', "Ray Kostopoulos", "Kostopoulos",
      "said"),
    D('"They want to walk to the store', 'getting shot."', "Ray Kostopoulos", "Kostopoulos", "said"),
    D('"He\'s entitled to his opinion,"', '"He\'s entitled to his opinion,"', "Lorenzo Bright", "he",
      "said"),
    D('"He\'s just not entitled to my job."', '"He\'s just not entitled to my job."', "Lorenzo Bright",
      "he", "said"),
    D('"welcomes any additional resources', 'federal government"', None, "his office", "said"),
    D('"local leaders must be', 'driver\'s seat."', None, "his office", "said"),
    D('"I had to let go', 'on every corner,"', "Tanisha Wardell", "Wardell", "said"),
    D('"You want to send help? Send that."', '"You want to send help? Send that."',
      "Tanisha Wardell", "Wardell", "said"),
    D('"The evidence suggests', 'and quickly,"', "Midwest Urban Policy Institute", "the report",
      "said"),
    D('"I\'ll take the president\'s call anytime,"', '"I\'ll take the president\'s call anytime,"',
      "Lorenzo Bright", ("he", 1), "said"),
    D('"I\'d just rather he called me', 'tweeted at me."', "Lorenzo Bright", ("he", 1), "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_14: McClatchy Washington Bureau, an appointee's lobbying past (May 2017);
# curly marks, "Sen. Harriet Calloway, D-Mo.,". Hatcher's 2015 email is quoted in two partial
# quotes ("complained that inspectors ... were “...” and asked the official to “...”"): his
# words, cues "complained" and "asked". His written statement: a partial quote after "he said
# he had" (mention the first "he") and a full quote with mention "the statement". The
# department spokesman is named: speaker Troy Wendell. Dr. Pardo's supervisor is unnamed:
# None, mention "a supervisor", cue "told". Calloway's letter: partial quote after "asking him
# to" (cue "asking"), then "Calloway wrote". The last quote stands alone; its speaker is named
# in the next paragraph ("That assessment came from Walter Brightman"): frame that sentence,
# no speech verb, cue None. Not quotes: "drain the swamp" (no marks, inside a quote).
doc("polnews_test2_14", 15, [
    D("“slowing down the line", "no good reason”", "Glenn Hatcher", "Hatcher", "complained"),
    D("“have a word with the district office.”", "“have a word with the district office.”",
      "Glenn Hatcher", "Hatcher", "asked"),
    D("“This is exactly the kind", "promised to close,”", "Miriam Santangelo", "Miriam Santangelo",
      ("said", 1)),
    D("“He said he would drain the swamp.", "in it last year.”", "Miriam Santangelo",
      "Miriam Santangelo", ("said", 1)),
    D("“always followed the law", "the ethics rules”", "Glenn Hatcher", ("he", 1), "said"),
    D("“I am proud of my work", "safest in the world,”", "Glenn Hatcher", "the statement", "said"),
    D("“screened off”", "“screened off”", "Troy Wendell", "Troy Wendell", "said"),
    D("“Inspectors aren’t stupid.", "used to work for,”", "Evelyn Pardo", "Dr. Evelyn Pardo", "said"),
    D("“Nobody has to make a phone call.", "message gets through.”", "Evelyn Pardo",
      "Dr. Evelyn Pardo", "said"),
    D("“You can write it up", "company has friends.”", None, "a supervisor", "told"),
    D("“reconsider this appointment", "decision is made.”", "Harriet Calloway",
      "Sen. Harriet Calloway", "asking"),
    D("“The people who inspect our meat", "not to the industry,”", "Harriet Calloway", "Calloway",
      "wrote"),
    D("“Glenn knows the industry", "not a weakness,”", "Vernon Stoltz", "Rep. Vernon Stoltz", "said"),
    D("“as honest as they come.”", "“as honest as they come.”", "Vernon Stoltz", "Stoltz", "called"),
    D("“We’ve never seen it at this scale.", "of either party.”", "Walter Brightman",
      "Walter Brightman", None, frame="That assessment came from Walter Brightman"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test2_15: transcript of a Senate debate in North Carolina (October 2016, excerpt);
# straight marks, labels in capitals ("HOLLISTER:"), moderators and candidates named in full
# in the introduction only. Each turn is the words after its label, the label is the mention
# (aliases), no cue. Stage directions "(LAUGHTER)", "(CROSSTALK)", "(COMMERCIAL BREAK)", the
# headline and the introduction are not turns. Nested direct quotes inside turns: Ridgeway's
# "rigged" (mention "Thomas Ridgeway", cue "said"); Ferreira quoting Amberley's "I'm
# supporting the ticket," ("you stand there and say", mention "you": a near-verbatim echo of
# his answer two turns before, treated as his words); the campaign ads' "stood up to bad
# trade deals." (the ads are Amberley's campaign's; no campaign name is written, so the
# speaker is Amberley, mention "Your campaign ads", cue "say"); Amberley quoting himself
# ("which I said last year", mention the second "I"); Ferreira reading his 2013 floor remark
# ("the senator said"); Amberley's "a good start" for Ferreira ("which she called", the
# second "she", the first being "she'd"); the viewer's written question ("Rhonda Beasley of
# Greenville, who writes:"). Not quotes: "Tremendous." and "tremendous" (repeated words
# without marks); "say that's wrong" (no marks).
doc("polnews_test2_15", 31, [
    T("Senator Amberley, let's start", "Do you agree?", "Jim Hollister", "HOLLISTER"),
    D('"rigged"', '"rigged"', "Thomas Ridgeway", "Thomas Ridgeway", "said"),
    T("Jim, I'm going to let", "Republican and Democrat.", "Douglas Amberley", "AMBERLEY"),
    T("But you're still supporting him.", "But you're still supporting him.", "Jim Hollister",
      "HOLLISTER"),
    T("I'm supporting the Republican ticket, yes.", "Hickory to High Point.", "Douglas Amberley",
      "AMBERLEY"),
    T("Ms. Ferreira, your response.", "Ms. Ferreira, your response.", "Angela Price-Moore",
      "PRICE-MOORE"),
    T("Well, I noticed the senator", "will do that to you.", "Naomi Ferreira", "FERREIRA"),
    T("Look, when the man at the top", "say it out loud.", "Naomi Ferreira", "FERREIRA"),
    D('"I\'m supporting the ticket,"', '"I\'m supporting the ticket,"', "Douglas Amberley", "you",
      ("say", 1)),
    T("Angela, may I respond?", "Angela, may I respond?", "Douglas Amberley", "AMBERLEY"),
    T("Thirty seconds.", "Thirty seconds.", "Angela Price-Moore", "PRICE-MOORE"),
    T("Naomi's been running against", "welcome to run against that.", "Douglas Amberley",
      "AMBERLEY"),
    T("Let's move to trade", "Which is it?", "Angela Price-Moore", "PRICE-MOORE"),
    D('"stood up to bad trade deals."', '"stood up to bad trade deals."', "Douglas Amberley",
      "Your campaign ads", "say"),
    T("Both. The Korea agreement", 'good enough for North Carolina."', "Douglas Amberley",
      "AMBERLEY"),
    D('"isn\'t ready and isn\'t good enough', 'for North Carolina."', "Douglas Amberley", ("I", 2),
      "said"),
    T("Angela, I have the quote right here.", "That was his word.", "Naomi Ferreira", "FERREIRA"),
    D('"The Trans-Pacific Partnership', 'North Carolina exporters."', "Douglas Amberley",
      "the senator", "said"),
    T("That was before we saw the text.", "That was before we saw the text.", "Douglas Amberley",
      "AMBERLEY"),
    T("Then you shouldn't have called it tremendous.", "Then you shouldn't have called it tremendous.",
      "Naomi Ferreira", "FERREIRA"),
    T("One at a time.", "disagree with the unions.", "Jim Hollister", "HOLLISTER"),
    T("Easy. I support right-to-work", "fight for their pensions.", "Naomi Ferreira", "FERREIRA"),
    T("Senator?", "Senator?", "Jim Hollister", "HOLLISTER"),
    T("I'll take her at her word", "went up 30 percent.", "Douglas Amberley", "AMBERLEY"),
    D('"a good start"', '"a good start"', "Naomi Ferreira", ("she", 2), "called"),
    T("It was a good start.", "repeal it instead.", "Naomi Ferreira", "FERREIRA"),
    T("We have time for one more question", "Ms. Ferreira, you first.", "Angela Price-Moore",
      "PRICE-MOORE"),
    D('"I\'m a nurse.', 'do for us?"', "Rhonda Beasley", "Rhonda Beasley", "writes"),
    T("Rhonda, thank you for what you do.", "rural hospitals open.", "Naomi Ferreira", "FERREIRA"),
    T("Rhonda, I've got a daughter", "keep fighting for them.", "Douglas Amberley", "AMBERLEY"),
    T("We'll be right back.", "We'll be right back.", "Jim Hollister", "HOLLISTER"),
], aliases={"Jim Hollister": ["HOLLISTER"], "Angela Price-Moore": ["PRICE-MOORE"],
            "Douglas Amberley": ["AMBERLEY"], "Naomi Ferreira": ["FERREIRA"]})
