"""Annotation decisions for the wn_interviews gold set: every quote in fourteen Wikinews
interviews of ../gum_train/train.jsonl, per document, by the strings that start and end its
span, its kind, the speaker's canonical name, the speaker mention and the cue. build.py turns
these into offsets by string search and checks them; nothing here is an offset. Conventions:
README.md in this folder, which follows ../gum_quotes (its interviews: stardust, cocktail,
dungeon) and ../seeds/README.md, section "Quotes".

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  I(start, end, speaker, mention, cue)   indirect (reported) speech; the reported content,
                                         without a final period
  T(start, end, speaker, mention)        interview turn (question or answer), cue always null
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the paragraph holding the start
  of the quote unless frame="..." names another stretch of text (itself unique in the text).
  Unique in the frame, or (string, n) = n-th occurrence in the frame. None = no mention / cue.
- speaker: canonical name (the full name as the document gives it), or None when the text
  does not let a reader know who spoke.
- marks="none": a direct quote printed without its marks; needs why="...".
- paragraphs=N: the span covers N paragraphs.
Per document: source, expected (the number of quotes, a guard), extra_speakers (canonical
names not written in the text), aliases.

GUM keeps no speaker labels: questions and answers are plain paragraphs. Every paragraph of
the dialogue is a turn, except headings, image captions and editor's notes; an answer running
over several paragraphs with no question between them is one turn (an image caption inside an
answer splits it in two turns). The interviewer is "Wikinews" (as in gum_quotes) unless the
text names the interviewer (libertarian: William Saturn). The turns' mention is the text's
naming of interviewer and interviewee: the introduction's sentence saying who interviewed
whom, or the headline where the excerpt has no introduction. Speech reported inside a turn is
annotated as well.

Each turn list below gives (first words, last words, who[, number of paragraphs]); the
speaker and mention of each `who` are given beside it.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def I(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="indirect", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def T(start, end, speaker, mention=None, **kw):
    return dict(kind="turn", start=start, end=end, speaker=speaker, mention=mention, cue=None, **kw)


TRAIN = "gum_train"

ARTICLES = {}


def turns(spec, who, frame):
    """T quotes from a turn list; who maps a letter to (speaker, mention), frame is the string
    where the mentions are looked up (or a dict letter -> frame)."""
    out = []
    for row in spec:
        a, b, w = row[:3]
        kw = {"paragraphs": row[3]} if len(row) > 3 else {}
        speaker, mention = who[w]
        fr = frame[w] if isinstance(frame, dict) else frame
        out.append(T(a, b, speaker, mention, frame=fr, **kw))
    return out


# ---------------------------------------------------------------------------------------------
# GUM_interview_ants: biologist Nick Bos on self-medicating ants (2015). The intro's "He now
# discusses his work with Wikinews" names him by a pronoun; the headline names both.
# Captions ("Formica fusca, from file.", "Beauveria bassiana on a cicada ...", "Example of
# aerated concrete ...") are not turns; the last one splits the second answer in two turns.
# Not quotes: 'self-medicating' (headline), "non-scientific" (a term), the lab's nicknames
# 'Nickinator', 'i-Nick', 'Nicktendo64', 'force feed' and 'observer bias' (terms); "The
# Independent reported self-medicating ants a first" (outlet, noun-phrase object); "Bos and
# colleagues describe ants appearing to self-medicate" (noun-phrase object).
ANTS_FRAME = "Biologist Nick Bos tells Wikinews"
ANTS_TURNS = [  # (first words, last words, who[, paragraphs])
    ('What first attracted you', 'you to researching ants?', 'W'),
    ('Me and a studymate', 'social insects ever since.', 'A'),
    ('What methods and equipment', 'used for this investigation?', 'W'),
    ('This is a fun', 'present on each food-source.', 'A', 2),
    ('This gave us the', 'spores were still alive.', 'A', 5),
    ('How reliable do you', 'your results to be?', 'W'),
    ('The results we got', 'lead very different lives.', 'A'),
]
ARTICLES["GUM_interview_ants"] = dict(source=TRAIN, expected=10, quotes=turns(
    ANTS_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("Nick Bos", "Biologist Nick Bos")}, ANTS_FRAME) + [
    # his own description of his research, quoted in the intro ("studies" is not a verb of
    # saying: no cue)
    D('"the amazing adaptations', 'they experience"', "Nick Bos", "Nick Bos"),
    # pull quote without attribution line; the interview is with him alone
    D('"I have no doubt', 'more cases documented"', "Nick Bos"),
    # the blog's self-description; the inner 'the general public' is a scare quote
    D('"a gap between scientists', "'the general public'.\"", "AntyScience", "The blog"),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_brotherhood: William Evans, president of the International Brotherhood of
# Magicians (2013). Not quotes: the book titles "Scarne on Card Tricks", "Scarne on Magic
# Tricks"; the final caption.
BROTHERHOOD_FRAME = "Wikinews spoke with William Evans"
BROTHERHOOD_TURNS = [  # (first words, last words, who[, paragraphs])
    ('For how long have', 'performing / studying magic?', 'W'),
    ('Over 50 years. I', 'Burger and Michael Skinner.', 'A'),
    ('October is National Magic Month in the US.', 'form of entertainment today?', 'W'),
    ('Absolutely. There are more', 'magicians doing good magic.', 'A'),
    ('Has the internet helped', 'helped or hurt magic?', 'W'),
    ('Both. I think it', 'to become a magician.', 'A'),
    ('Do you travel much', 'in your current role?', 'W'),
    ('Yes, I am traveling', "That's as of now.", 'A'),
]
ARTICLES["GUM_interview_brotherhood"] = dict(source=TRAIN, expected=8, quotes=turns(
    BROTHERHOOD_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("William Evans", "William Evans")},
    BROTHERHOOD_FRAME))

# ---------------------------------------------------------------------------------------------
# GUM_interview_cyclone: several meteorologists answer the same two questions on Cyclone
# Phailin (2013). GUM's excerpt has no introduction and kept no names before the answers (the
# two captions name David Titley and R Saravanan but not which answers are theirs), so each
# answer paragraph is a turn of an unknown expert: speaker null, mention "meteorological
# experts" (the headline), as the dungeon owners in gum_quotes. "Yes, it will loose strength
# ... two reasons:" and its two list items are one answer (3 paragraphs).
# Not quotes: "I heard that they orchestrated the largest people evacuation" (hearsay of an
# unnamed source, no speaker; perception), "From all the press reports that I have read",
# "the news reports (BBC etc.) were very encouraging" (outlets, no content clause),
# 'preparedness' (scare quote).
CYCLONE_FRAME = "Wikinews interviews meteorological experts"
CYCLONE_TURNS = [  # (first words, last words, who[, paragraphs])
    ('Cyclone Phailin has winds', 'begin to lose strength?', 'W'),
    ('Yes, all tropical cyclones', 'flooding along its path.', 'A'),
    ('Yes, it will loose', 'than the land surface.', 'A', 3),
    ('Tropical cyclones are sustained', 'they move over land.', 'A'),
    ('Yes, the Cyclone is', 'quickly reduces their strength.', 'A'),
    ('Yes. All tropical cyclones', 'landslides, and river flooding.', 'A'),
    ("Phailin's winds will rapidly", 'as it pushes inland.', 'A'),
    ('Once Cyclone Phailin comes', 'flooding an almost certainty.', 'A'),
    ('A previous cyclone in', 'deal with this cyclone?', 'W'),
    ('I have not followed', 'as US$ 10 billion.', 'A'),
    ("I don't have enough", 'way or the other.', 'A'),
    ('From all the press', 'with the best preparation.', 'A'),
    ('My knowledge of the', 'essential to save lives.', 'A'),
    ('I cannot comment directly', 'killer in these storms.', 'A'),
    ('From all reports that', 'well prepared for this cyclone.', 'A'),
    ('For this question I', 'to deal with this.', 'A'),
]
ARTICLES["GUM_interview_cyclone"] = dict(source=TRAIN, expected=16, quotes=turns(
    CYCLONE_TURNS, {"W": ("Wikinews", "Wikinews"), "A": (None, "meteorological experts")}, CYCLONE_FRAME))

# ---------------------------------------------------------------------------------------------
# GUM_interview_daly: Marymegan Daly on a new sea anemone (2014); no introduction in GUM's
# excerpt (the first question has lost its question mark). Not quotes: "fields", "clones"
# (scare quotes); "I think to say it was unexpected is inaccurate" (a view).
DALY_FRAME = "Wikinews interviews Marymegan Daly"
DALY_TURNS = [  # (first words, last words, who[, paragraphs])
    ('How did you come', 'involved with this discovery', 'W'),
    ('Frank Rack got in', 'identification on the anemone.', 'A'),
    ('What was your first', 'in the Ross Sea?', 'W'),
    ('I was amazed and', "it shouldn't be like.", 'A'),
    ("There's a return trip", 'to go there yourself?', 'W'),
    ('I would love to.', 'priority to be there.', 'A'),
    ('These animals are shrouded', 'the specimens on hand.', 'W'),
    ('The samples we have', 'give that gorgeous glow.', 'A', 3),
    ('What analysis did you', 'what equipment was used?', 'W'),
    ('I used a dissecting', 'was a new species.', 'A', 2),
    ('It was three years', 'it take so long?', 'W'),
    ('You mean, how did', 'took about four months.', 'A'),
    ('What sort of difficulties', 'specimen with intact DNA?', 'W'),
    ('The preservation was not', 'way to test this.', 'A'),
]
ARTICLES["GUM_interview_daly"] = dict(source=TRAIN, expected=15, quotes=turns(
    DALY_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("Marymegan Daly", "Marymegan Daly")}, DALY_FRAME) + [
    # a caption: "Daly explained how ..." (reported wh-clause)
    I("how she obtained", "the anemone's anatomy", "Marymegan Daly", "Daly", "explained"),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_gaming: Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming (2014). Two
# interviewees, unlabelled. M: Mario ("I'm Mario J. Lucero", "I wanted to work with Isabel",
# "Isabel and I", "like she said" of Isabel); I: Isabel ("I'm Isabel Ruiz", "this girl named
# Isabel"); U: one of the two, not which (speaker null, mention the headline's coordination).
# "General questions" is a heading. Not quotes: "aywv" (a name); "like she said" (Mario twice
# echoing Isabel's words in his own: not a report of them, hard call); "First Corinthians
# 9:25" (a reference).
GAMING_FRAME = "Wikinews interviews Mario J. Lucero and Isabel Ruiz"
GAMING_TURNS = [  # (first words, last words, who[, paragraphs])
    ('What is Heaven Sent', 'is Heaven Sent Gaming?', 'W'),
    ('Heaven Sent Gaming is', "I'm Mario J. Lucero.", 'M'),
    ("And, I'm Isabel Ruiz.", "And, I'm Isabel Ruiz.", 'I'),
    ('And, together we formed', 'ended up doing it.', 'M'),
    ('Yep, we like to', 'we wanted to do.', 'U'),
    ('How did you two', 'did you two meet?', 'W'),
    ('We met back in', 'it off from there.', 'I'),
    ("It's true.", "It's true.", 'U'),
    ('Who else is involved', 'involved in this project?', 'W'),
    ("Currently, we're in talks", 'is behind the camera.', 'U'),
    ("Right now, yeah, he's", 'do more gaming news.', 'U'),
    ("There's of course Jason,", 'one who writes dD.', 'U'),
    ('Digital Domain', 'Digital Domain', 'U'),
    ('What is your purpose', 'purpose behind this venture?', 'W'),
    ('Well, back in college,', "let's get this done.", 'M'),
    ('And for me, what', 'of all of this.', 'U'),
    ('And what was the', 'have? First Corinthians 9:25?', 'U'),
    ('Yes.', 'Yes.', 'U'),
    ('Yeah, exactly. We just', 'is what we do.', 'M'),
    ('Yeah.', 'Yeah.', 'U'),
]
ARTICLES["GUM_interview_gaming"] = dict(source=TRAIN, expected=22, quotes=turns(
    GAMING_TURNS, {"W": ("Wikinews", "Wikinews"), "M": ("Mario J. Lucero", "Mario J. Lucero"),
                   "I": ("Isabel Ruiz", "Isabel Ruiz"), "U": (None, "Mario J. Lucero and Isabel Ruiz")},
    GAMING_FRAME) + [
    # the friends' words, inside Isabel's answer
    D('"Hey, you\'d get along', 'really well."', None, "everyone", "say"),
    # quotative "I was like," + unmarked words: indirect, Mario's
    I("let's just get both", "let's get this done", "Mario J. Lucero", ("I", 7), "was like"),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_herrick: Jack Herrick, founder of wikiHow (2009). "Interview" is a heading;
# the first paragraph after the headline is a caption. Not quotes: "right to leave." (a
# term); the statistics "according to Quantcast", "according to Google Analytics",
# "Quantcast ranks wikiHow as ..." (data sources, findings); "some folks believe" (a view).
HERRICK_FRAME = "Wikinews interviewed the site's founder, Jack Herrick"
HERRICK_TURNS = [  # (first words, last words, who[, paragraphs])
    ('For our readers who', 'explain what wikiHow is?', 'W'),
    ('Sure. wikiHow is a', 'than other places online.', 'A', 5),
    ('Why did you decide to create', 'decide to create wikiHow?', 'W'),
    ('I think that providing', 'proceeds to build wikiHow.', 'A', 2),
    ('Why did you decide to use', 'a Creative Commons license?', 'W'),
    ('We use a Creative', 'and free culture projects.', 'A'),
    ('wikiHow now has millions', 'size it is today?', 'W'),
    ('In December 2008, wikiHow', 'that Wikipedia has enjoyed.', 'A'),
]
ARTICLES["GUM_interview_herrick"] = dict(source=TRAIN, expected=10, quotes=turns(
    HERRICK_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("Jack Herrick", "Jack Herrick")}, HERRICK_FRAME) + [
    # the site's own statement of its aim ("aims to" is not a verb of saying: no cue)
    D('"build the world\'s largest', 'how-to manual."', "wikiHow", "wikiHow"),
    # the intro's summary: four coordinated reported wh-clauses, one span
    I(("what wikiHow is", 1), "for his site", "Jack Herrick", "Herrick", "explains"),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_hill: Christopher Hill, Republican presidential candidate (2015); no
# introduction in GUM's excerpt. "Interview" is a heading; two captions. Not quotes: "Top of
# the Spear." and "Bully Pulpit" (phrases in marks, his own); "Politicians profess an Oath"
# (noun-phrase object); "His direction to Eric Holder to enforce" (a request).
HILL_FRAME = "Wikinews interviews Christopher Hill"
HILL_TURNS = [  # (first words, last words, who[, paragraphs])
    ('What qualifications do you', 'the duties of president?', 'W'),
    ('My Presidential qualifications are', 'guided by the Constitution.', 'A'),
    ('Why run for president?', 'win and effect change?', 'W'),
    ('When I was a', 'make politics a career.', 'A'),
    ('Why did you choose', 'in the Republican Party?', 'W'),
    ('My ties to the', 'for working class Americans.', 'A'),
    ('How do you plan', 'an impact on polls?', 'W'),
    ('In order to be', 'and nationally with Politics1.', 'A'),
    ('If you do not', 'a third party candidate?', 'W'),
    ('No, I will back', 'that, I may reconsider.', 'A'),
    ('Other than yourself, which', 'president in previous campaigns?', 'W'),
    ('Reagan in 80 and', 'and, Romney in 08.', 'A'),
    ('What are your thoughts', 'you have done differently?', 'W'),
    ('President Obama has an', 'others is another example.', 'A'),
    ('If elected, what would', 'successful presidency for you?', 'W'),
    ('Achieving four goals: Term', 'of Peace and Security.', 'A'),
    ('What individuals would you', 'in a Hill administration?', 'W'),
    ('I would like to', 'Professors immersed in theory.', 'A'),
    ('Anything else you would', 'would like to add?', 'W'),
    ('A final thought. America', 'to keep that promise!', 'A'),
]
ARTICLES["GUM_interview_hill"] = dict(source=TRAIN, expected=20, quotes=turns(
    HILL_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("Christopher Hill", "Christopher Hill")}, HILL_FRAME))

# ---------------------------------------------------------------------------------------------
# GUM_interview_libertarian: Robert Sarvis, Libertarian nominee for Governor of Virginia
# (2013). The questions were "submitted via e-mail by accredited Wikinews reporter William
# Saturn": the interviewer is named, so the questions are his. Not quotes: the poll that
# "placed him at 13 percent" (a finding); "Sarvis discusses his background, views ..."
# (noun-phrase objects).
LIBERTARIAN_FRAME = "Attorney Robert Sarvis, the Libertarian Party's nominee"
LIBERTARIAN_TURNS = [  # (first words, last words, who[, paragraphs])
    ('What is the most', 'voters should know about?', 'W'),
    ('I am the only candidate born', 'of the rule of law.', 'A'),
    ('What are your thoughts', 'done differently than him?', 'W'),
    ('McDonnell did well early', 'ethical lapses in judgment.', 'A'),
    ('Compared to previous third', 'attribute that success to?', 'W'),
    ('Voters see the two-party', 'and Open for Business.', 'A'),
    ('If elected governor, how', 'with a hostile legislature?', 'W'),
    ('There are precedents of', 'especially with strong leadership.', 'A'),
    ('Which previous Virginia Governor(s)', 'most admire and why?', 'W'),
    ('Thomas Jefferson. He was', 'be a Libertarian today.', 'A'),
]
ARTICLES["GUM_interview_libertarian"] = dict(source=TRAIN, expected=11, quotes=turns(
    LIBERTARIAN_TURNS, {"W": ("William Saturn", "accredited Wikinews reporter William Saturn"),
                        "A": ("Robert Sarvis", "Attorney Robert Sarvis")},
    "Attorney Robert Sarvis, the Libertarian Party's nominee for Governor of Virginia, answered five questions "
    "submitted via e-mail by accredited Wikinews reporter William Saturn") + [
    # his campaign website's positions, reported ("notes", no "that")
    I("he favors parental", "the state's drug laws", "Robert Sarvis", ("Sarvis", 1), "notes"),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_licen: Simon Ličen on attitudes towards the Paralympics in the US (2013). The
# first paragraph after the headline is a caption. The questions inside his last answer are
# his own (rhetorical).
LICEN_FRAME = ("Wikinews interviewed Assistant Professor in Educational Leadership, Sport Studies and "
               "Educational / Counseling Psychology at Washington State University Simon Ličen")
LICEN_TURNS = [  # (first words, last words, who[, paragraphs])
    ('Why do you think', 'Kingdom and even Canada?', 'W'),
    ('Sports in the United', 'this form of diversity.', 'A', 2),
    ('What do you think', 'States for first time?', 'W'),
    ('The impact depends on', 'will meet these expectations.', 'A'),
]
ARTICLES["GUM_interview_licen"] = dict(source=TRAIN, expected=4, quotes=turns(
    LICEN_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("Simon Ličen", "Simon Ličen")}, LICEN_FRAME))

# ---------------------------------------------------------------------------------------------
# GUM_interview_mcguire: Hugh McGuire, founder of LibriVox (2006). GUM's excerpt names no
# interviewer and does not write "Wikinews" (extra_speakers; no mention). The paragraph after
# the headline and "Hugh McGuire with some books ..." are captions; "Ed.: See the LibriVox
# catalog ..." is an editor's note, not a turn. His list of favourite books is part of his
# answer (7 paragraphs). Not quotes: "free as in beer", "public domain", "free content"
# (terms); "I thought: here's a way to help the cause" (a thought, no marks); "it makes
# things clear and easy to say: ..." (no one said); "You mentioned Larry Lessig's Free
# Culture" (noun-phrase object).
MCGUIRE_FRAME = "Interview with LibriVox founder Hugh McGuire"
MCGUIRE_TURNS = [  # (first words, last words, who[, paragraphs])
    ('Why did you decide', 'you go about it?', 'W'),
    ('I think that a', 'the idea to crystallize.', 'A'),
    ('Do you personally record', 'do so before LibriVox?', 'W'),
    ('LibriVox was my first', 'of them these days!', 'A'),
    ('Is there a particular', 'for some other reason?', 'W'),
    ('My personal favourite is', "King Arthur's Court (solo)", 'A', 7),
    ('Browsing the catalog, I', 'then offer two versions?', 'W'),
    ('Yes. We take the', 'very interesting audio experience.', 'A'),
    ('Besides works whose copyright', 'permissive licenses as well?', 'W'),
    ('We are only doing', 'leave it at that.', 'A'),
    ('As far as I', 'to limit the scope?', 'W'),
    ('This needs more discussion', 'I might be wrong.', 'A', 2),
]
ARTICLES["GUM_interview_mcguire"] = dict(source=TRAIN, expected=12, extra_speakers=["Wikinews"], quotes=turns(
    MCGUIRE_TURNS, {"W": ("Wikinews", None), "A": ("Hugh McGuire", "LibriVox founder Hugh McGuire")}, MCGUIRE_FRAME))

# ---------------------------------------------------------------------------------------------
# GUM_interview_mckenzie: wheelchair basketball player Tina McKenzie (2014). GUM's excerpt
# starts in the middle of her first answer. The interviewer's turns include remarks that are
# not questions ("It's not the same.", "The Gliders have never won ...", "Unfortunately, they
# are talking about moving it ...", "The competition from the [FIFA] World Cup and all.").
# Not a quote: "they are talking about moving it" (a gerund object, nobody named).
MCKENZIE_FRAME = "Wikinews interviewed Tina McKenzie"
MCKENZIE_TURNS = [  # (first words, last words, who[, paragraphs])
    ('[The Spitfire Tournament in', 'back to more often.', 'A'),
    ('Who plays in that', 'plays in that one?', 'W'),
    ("It's quite a large", 'be able to ...', 'A'),
    ("It's not the same.", "It's not the same.", 'W'),
    ("No, it's really not,", 'Cup in the Netherlands.', 'A'),
    ('Was that the one', 'that a later one?', 'W'),
    ('No, I captained in', 'time off in 2011.', 'A'),
    ('The Gliders have never', 'won the World Championship.', 'W'),
    ('We always seem to', 'that sort of stuff.', 'A'),
    ('Unfortunately, they are talking', 'year before the Paralympics.', 'W'),
    ('Oh really.', 'Oh really.', 'A'),
    ('The competition from the', 'World Cup and all.', 'W'),
    ('Right. Well, that would', 'that would be sad.', 'A'),
]
ARTICLES["GUM_interview_mckenzie"] = dict(source=TRAIN, expected=13, quotes=turns(
    MCKENZIE_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("Tina McKenzie", "Tina McKenzie")}, MCKENZIE_FRAME))

# ---------------------------------------------------------------------------------------------
# GUM_interview_messina: Frank Messina, the "Mets Poet" (2007). No interviewer named and no
# "Wikinews" in the text (extra_speakers; no mention). His recited poem is part of his answer
# (4 paragraphs); the note "(copyright Frank Messina; reprinted with permission)"" after it
# is not a turn. Not quotes: "new readers' (scare quote, mismatched marks); the names "Mets
# Poet', "The Poet', 'The Mets Poet.', The Birdman; "Poet says We Know" is quoted as the
# shirts' text, the report inside it ("Poet says") not annotated again (a slogan).
MESSINA_FRAME = "Frank Messina: An Interview with the 'Mets Poet'"
MESSINA_TURNS = [  # (first words, last words, who[, paragraphs])
    ('You have received a', 'deal of attention recently.', 'W'),
    ("Even though I'm not", "It's a funny phenomenon.", 'A'),
    ('What goes through your', 'head when that happens?', 'W'),
    ("I understand it. I've", 'your work is great."', 'A'),
    ('You have a long', 'by the Mets work?', 'W'),
    ("It's ironic. Some of", 'is just a game.', 'A', 2),
    ('Can you recite a', 'you feel right now?', 'W'),
    ('This was a piece', "for what's mightily due", 'A', 4),
    ("Sports fans aren't known", 'through your Mets work?', 'W'),
    ('This one person who', "it's like another family.", 'A', 3),
    ('Moments like that must', 'normally touched by poetry.', 'W'),
    ("It's opened up a", "as 'The Mets Poet.'", 'A'),
]
ARTICLES["GUM_interview_messina"] = dict(source=TRAIN, expected=21, extra_speakers=["Wikinews"], quotes=turns(
    MESSINA_TURNS, {"W": ("Wikinews", None), "A": ("Frank Messina", "Frank Messina")}, MESSINA_FRAME) + [
    # habitual exchange: the fans' greeting and his reply (single marks)
    D("'Hey Frank, my name is John,'", "'Hey Frank, my name is John,'", None, "people", ("say", 1)),
    D("'Hey John, my name is Frank'", "'Hey John, my name is Frank'", "Frank Messina", ("I", 2), ("say", 2)),
    # opens with a single mark, closes with a double one
    D("'Frank, thank you, your work", 'your work is great."', None, "someone", "says"),
    # Whitman's telegram ("a telegram telling him ...", no "that")
    I("his brother was injured", "in the South", None, "a telegram", "telling"),
    # inside his poem, the poem's "me" (the poet) says
    D('"in order to rise', 'down with the ship"', "Frank Messina", "me", "say"),
    D("'Frank, I have never bothered", "success with your work.'", None, "The e-mail", "said"),
    # the banner's text: its opening mark is missing (only "We Know'" is printed), so the
    # span is the two words without the stray closing mark
    D(("We Know", 1), ("We Know", 1), "Frank Messina", "I", "read", marks="none",
      why="the banner's text; the source prints only a closing mark after it"),
    D('"Poet says We Know"', '"Poet says We Know"', None, "these shirts", ("said", 2)),
    D('"Thank you, Mets Poet', 'thank you."', None, ("she", 5), "said"),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_onion: The Onion's Editorial Manager Chet Clem and President Sean Mills (named
# only in a caption), interviewed "by a Wikinews reporter" (2007). Which of the two answers is
# never said; both speak for The Onion (as officials of a named body speak for it), which the
# headline names as the interviewee: answers "The Onion", mention "The Onion" (headline).
# Answers over two paragraphs with no question between are one turn. "How The Onion writes an
# issue" and "The headlines" are headings; the "exclusive interview" note is the intro.
# Not quotes: the headline "No Jennifer Lopez News Today" (a title); "what Colbert said to
# Terry Gross" (a relative, no content); "Rob Siegel ... likened it to wine tasting"
# (noun-phrase object); "They felt it was overdone" (a view).
ONION_FRAMES = {"W": "first-hand journalism by a Wikinews reporter", "A": "The Onion: An interview with"}
ONION_TURNS = [  # (first words, last words, who[, paragraphs])
    ('How do you decide', 'decide on the stories?', 'W'),
    ('We do everything backwards', 'into the print edition.', 'A'),
    ('So you don’t have', 'was not necessarily involved?', 'W'),
    ('Writers will occasionally write', '— the entertainment stories.', 'A'),
    ('It seems like some', 'a topic or person?', 'W'),
    ('No, not necessarily. We', 'as much as Britney.', 'A'),
    ('In an interview with', 'similar rules of thumb?', 'W'),
    ('We don’t have any', 'that, something less obvious.', 'A', 2),
    ('When you are going', 'crack each other up?', 'W'),
    ('It’s the least amount', 'most people would expect.', 'A', 2),
    ('It’s more analytical and', 'more analytical and clinical?', 'W'),
    ('Not all the time,', 'out in The Onion.', 'A', 2),
    ('If someone is continually', 'you eventually fire them?', 'W'),
    ('That’s why we are', 'as sadistically as possible.', 'A', 2),
]
ARTICLES["GUM_interview_onion"] = dict(source=TRAIN, expected=16, quotes=turns(
    ONION_TURNS, {"W": ("Wikinews", "a Wikinews reporter"), "A": ("The Onion", "The Onion")}, ONION_FRAMES) + [
    # reported speech inside a question
    I("they had decided", "Ted Kennedy drinking jokes", "Stephen Colbert", "Stephen Colbert", "said"),
    # the writers' room's typical reaction, quoted ("It's sort of like,"), nobody named; the
    # opening mark is glued to the comma before it
    D('" Hmmm', 'really really funny"', None),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_shalev: mathematician and writer Aner Shalev (2007). "Interview" is a heading
# and "Aner Shalev" under it a caption. Not quotes: "I called it Character, walks and words"
# and "Overtures I called it" (titles).
SHALEV_FRAME = "Wikinews interviews Israeli mathematician and writer Aner Shalev"
SHALEV_TURNS = [  # (first words, last words, who[, paragraphs])
    ('What are you going', 'about here in Levico?', 'W'),
    ('I called it Character,', 'in asymptotic groups theory.', 'A'),
    ('Why did you choose to', 'choose to study mathematics?', 'W'),
    ('First of all because', 'imagination, of the freedom.', 'A'),
    ('Many people, and many', 'think it is so?', 'W'),
    ('First of all I', 'of Alice in Wonderland.', 'A'),
    ("You're not only a", 'you begin to write?', 'W'),
    ('When I was quite', 'interested me a lot.', 'A'),
    ('Why did you choose this', 'choose this particular structure?', 'W'),
    ('When I tell stories', 'the forth going on.', 'A'),
]
ARTICLES["GUM_interview_shalev"] = dict(source=TRAIN, expected=10, quotes=turns(
    SHALEV_TURNS, {"W": ("Wikinews", "Wikinews"), "A": ("Aner Shalev", "Israeli mathematician and writer Aner Shalev")},
    SHALEV_FRAME))
