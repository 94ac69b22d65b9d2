"""Annotation decisions for the gum_quotes gold set: every quote, per document, by the strings
that start and end its span, its kind, the speaker's canonical name, the speaker mention and
the cue. build.py turns these into offsets by string search and checks them; nothing here is
an offset. Conventions: README.md in this folder (they follow data/eval/seeds/README.md).

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
- marks="none" / "unclosed": a direct quote without quotation marks (a pull quote whose box
  was lost) or whose closing mark is missing in the text; needs why="...".
- paragraphs=N: the span covers N paragraphs.
Per document: source, expected (the number of quotes, a guard), extra_speakers (canonical
names not written in the text), aliases (other names the mentions use for a speaker).
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def I(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="indirect", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def T(start, end, speaker, mention=None, **kw):
    return dict(kind="turn", start=start, end=end, speaker=speaker, mention=mention, cue=None, **kw)


NEWS = "gum_news dev"
TRAIN = "gum_train"

ARTICLES = {}

# ---------------------------------------------------------------------------------------------
# GUM_news_afghan: Afghan girls' robotics team
# Not quotes: headline 'courageous achievement' and "courageous achievement" (award name);
# robot names "Better Idea of Afghan Girls," "Robogee."; "Hope"; "parole" and
# "significant public benefit." (legal terms, no speaker); "U.S. officials have not said why
# ..." (nothing reported).
ARTICLES["GUM_news_afghan"] = dict(source=NEWS, expected=7, quotes=[
    I("the participation of this team", "nearly two decades of military conflict", "Hamdullah Mohib",
      "Afghan Ambassador to the United States Hamdullah Mohib", "According to"),
    I("in their first matchup", "Gabonese and Estonian teams", "Alireza Mehraban",
      "Alireza Mehraban", "According to"),
    # split quote: two spans, same speaker and cue
    D('"We are so interested because', 'ability of Afghans,"', "Rodaba Noori",
      "team member Rodaba Noori", "told"),
    D('"to show that Afghan women', 'because of Trump intervention."', "Rodaba Noori",
      "team member Rodaba Noori", "told"),
    I("there were concerns they would attempt", "in Canada after the contest", "Hamdullah Mohib",
      "Afghan Ambassador Hamdullah Mohib", "says"),
    D('"Seventeen years ago', 'possible at all,"', "Hamdullah Mohib", "Ambassador Mohib", "said"),
    # the next paragraph continues Mohib's words: reuses the preceding frame
    D('"They represent our aspirations', 'member of the international community."', "Hamdullah Mohib",
      "Ambassador Mohib", "said", frame='said Ambassador Mohib'),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_asylum: asylum seekers rescued off Aceh
# Not quotes: "reportedly saved"; "according to AFP, ... have both criticised" (outlet
# attribution, noun-phrase object); "Rathke also asked the governments ... not to turn away"
# (a request with "to", as in the seeds); "Estimates suggest ..." (no speaker, a figure).
ARTICLES["GUM_news_asylum"] = dict(source=NEWS, expected=6, quotes=[
    I("fisherman first noticed the people", "deployed to retrieve them", "Fuad Basya",
      "Major general Fuad Basya", "said"),
    # "According to ABC News" is an outlet attribution; the view reported is Basya's
    I("the asylum seekers found in the water", "sent away from Indonesia waters", "Fuad Basya",
      "Basya", "believes", frame="Basya also believes"),
    # the sentence has no verb of saying; Amin's account is reported all the same
    I("the first boat rescued on Friday", "toward Indonesia by Malaysian navy", "Muhammad Amin",
      "Muhammad Amin", None),
    D('"We are in contact with all relevant parties', 'a solution to this crisis"', "Najib Razak",
      "Najib Razak", "said"),
    I("John Kerry, the Secretary of State, contacted", "for the Rohingya out at sea", "US State Department",
      "The US State Department", "said", frame="The US State Department said"),
    D('"We urge the governments', 'an immediate rescue effort"', "Jeff Rathke",
      "Jeff Rathke", "said", frame="Jeff Rathke, the State Department Spokesperson, said"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_crane: crane collapse at the Grand Mosque in Mecca
ARTICLES["GUM_news_crane"] = dict(source=NEWS, expected=4, quotes=[
    # trailing "according to": the content is the clause before it
    I("A storm yesterday caused a crane", "wounding 238", "Civil Defense Authority",
      "Saudi Arabia's Civil Defense Authority", "according to"),
    D('"All those who were wounded', 'no casualties left at the location."', "Suleiman al-Amr",
      "Civil Defense Authority director General Suleiman al-Amr", "said"),
    D('"Had it happened an hour later', 'much worse,"', "Khaled Al-Maeena", "Khaled Al-Maeena", "said"),
    # second sentence in its own marks after the frame: reuses the frame
    D('"Had it happened five hours earlier', 'more than a thousand."', "Khaled Al-Maeena",
      "Khaled Al-Maeena", "said"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_defector: Scientology defector arrested
# Not quotes: "came to the conclusion that the claims ... were lies" (a conclusion reached,
# not said); To "route out" (a term); 'anti-christ' (a label inside Rathbun's quote);
# "Rathbun requested donations" (noun-phrase object).
# Partial quotations inside a reported clause are annotated twice: the whole clause as
# indirect and the marked words as direct, same speaker and cue (see README, hard cases).
ARTICLES["GUM_news_defector"] = dict(source=NEWS, expected=19, quotes=[
    # unnamed "reports": speaker unknowable
    I("a defector from the elite group within Scientology", "and then arrested", None,
      "Recent reports", "revealed"),
    I("he would assist him with future employment and housing", "he would assist him with future employment and housing",
      "Tom Devocht", "Devocht", "told", frame="meet with Devocht, who had told"),
    I("the Scientology property in question", "shortly after he left the Sea Org", "Mark Rathbun",
      "Rathbun", "According to", frame="According to Rathbun the Scientology"),
    # "Scientology officials": the organisation speaks (cf. seeds: "the Azerbaijani side")
    I("they have not received the materials", "they have not received the materials", "Scientology",
      "Scientology officials", "stated"),
    D('"Moxon proceeded to lie', 'routed out properly."', "Mark Rathbun", "Rathbun", "wrote",
      frame="Rathbun wrote,"),
    # reported speech inside Rathbun's quotation
    I("the hard drives were never returned", "the hard drives were never returned", "Kendrick Moxon",
      "Moxon", "lie", frame='"Moxon proceeded to lie to Daniel'),
    I("Daniel would be put behind iron bars", "routed out properly", "Kendrick Moxon",
      "Moxon", "made a convincing case", frame='"Moxon proceeded to lie to Daniel that the hard drives were never returned, and made a convincing case'),
    I("a detective for the Los Angeles Sheriff's office", "to build a case against Montalvo", "Mark Rathbun",
      "Rathbun", "According to", frame="According to Rathbun, a detective"),
    # "Rathbun stated," closes one paragraph, the quote is the next one
    D('"Daniel was picked up', 'interrogated him for two hours."', "Mark Rathbun", "Rathbun", "stated",
      frame="Rathbun stated,"),
    I("Scientology officials, \"... plied", "for the next 30 hours.\"", "Mark Rathbun",
      "Rathbun", "asserted", frame="Rathbun asserted that"),
    D('"... plied the Sheriff', 'for the next 30 hours."', "Mark Rathbun", "Rathbun", "asserted",
      frame="Rathbun asserted that"),
    I("the case involving Montalvo", "charges relating to grand theft", "Steve Whitmore",
      "Steve Whitmore", "told",
      frame="Steve Whitmore, a representative for the LA Sheriff's office, told"),
    I("Montalvo left Scientology-related employment", "in Los Angeles on September 24", "Steve Whitmore",
      "Whitmore", "stated", frame="Whitmore stated Montalvo"),
    I("Montalvo allegedly left the organization", "with computer hard drives", "Scientology",
      "they", "claimed", frame="where they claimed"),
    I("on October 6 after traveling back from Florida", '"everything he did"', "Steve Whitmore",
      "Whitmore", "told", frame="Whitmore told LA Weekly that"),
    D('"walked into lobby', 'turned himself in"', "Steve Whitmore", "Whitmore", "told",
      frame="Whitmore told LA Weekly that"),
    D('"everything he did"', '"everything he did"', "Steve Whitmore", "Whitmore", "told",
      frame="Whitmore told LA Weekly that"),
    I("the alleged crime involved five hard drives", "each of $ 200 in value", "Steve Whitmore",
      "Whitmore", "stated", frame="Whitmore stated to LA Weekly"),
    # "described Montalvo as an individual," + his words in marks: direct
    D('"facing the penitentiary', 'achieve that freedom."', "Mark Rathbun", "He", "described"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_election: Hong Kong legislative election. No reported speech at all ("The results
# show ..." reports figures; "Super District Council" is a name). Kept with no quotes, so that
# false alarms count.
ARTICLES["GUM_news_election"] = dict(source=NEWS, expected=0, quotes=[])

# ---------------------------------------------------------------------------------------------
# GUM_news_expo: Fan Expo Canada. No reported speech ("Wikinews spoke with a cosplayer" reports
# no content; "The Katherinator", "third map", "Digi-destined" are names and terms).
ARTICLES["GUM_news_expo"] = dict(source=NEWS, expected=0, quotes=[])

# ---------------------------------------------------------------------------------------------
# GUM_news_flag: New Zealand flag referendum
# Not quotes: "the government announced the start of ..." (noun-phrase object); "a recent poll
# found only a quarter of citizens favoured ..." (a survey result, no speaker).
ARTICLES["GUM_news_flag"] = dict(source=NEWS, expected=6, quotes=[
    # "According to the New Zealand Herald" is an outlet attribution; Burrows said it
    I("New Zealand's flag has never before been open", "open to public choice", "John Burrows",
      "Emeritus Professor John Burrows", "said", frame="Emeritus Professor John Burrows, the chairman of the project's panel of twelve, said"),
    # indirect clause, then his words in marks (the opening mark is glued to the comma: '," For')
    I("resources and kits would be accessible", "for schools and communities", "John Burrows",
      "Professor Burrows", "said", frame="Professor Burrows also said"),
    D('" For example, schools can run', 'their own learning exercise"', "John Burrows",
      "Professor Burrows", "said", frame="Professor Burrows also said"),
    I("he believes redesigning the flag", 'a "strong rationale"', "John Key",
      "New Zealand's Prime Minister John Key", "said", frame="New Zealand's Prime Minister John Key said"),
    D('"strong rationale"', '"strong rationale"', "John Key",
      "New Zealand's Prime Minister John Key", "said", frame="New Zealand's Prime Minister John Key said"),
    D('"In the end I\'ll have one vote', 'on the electoral roll"', "John Key", "he", "said",
      frame="Of the public process, he said"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_hackers: attack on the Church of Scientology website
# Not quotes: "Wikinews has learned that" (the outlet itself); "Anonymous", "Insurgency Wiki",
# "History" (names); the blog-post title "Scientology vs. the Internet, part XVII" after
# "dubbed ...:" and the title "Anon declares war on Church of Scientology" (titles); 'events'
# (scare quotes); "One poster admitted to being a part of the effort" (gerund, no clause);
# "were critical of the attacks" (no content).
# Unnamed posters, bloggers and posts: speaker null, mention given.
ARTICLES["GUM_news_hackers"] = dict(source=NEWS, expected=14, quotes=[
    I("the Church of Scientology's website is being attacked", "causing the site to shut down", None,
      "an Internet posting", "according to"),
    I("the incident was prompted by", "featuring Scientologist Tom Cruise from YouTube", "Insurgency Wiki",
      'The "History" section of the site', "explains"),
    I("they will keep hosting the video", "they will keep hosting the video", "Gawker.com",
      "other sites such as Gawker.com", "stated"),
    # pull quote with its attribution line "- Matthew Ingram": no cue
    D('"So far, it\'s the Internet', 'it\'s a long game."', "Matthew Ingram", "Matthew Ingram", None),
    # "characterized ... as" + his words in marks: direct
    D('"another small skirmish', 'an all-out war."', "Matthew Ingram", "He", "characterized"),
    # pull quote with its attribution line "Anonymous blogger, <title>"
    D(('"Prompted I think by the Tom Cruise video', 1), ('An insurgency against The Church of Scientology."', 1),
      None, "Anonymous blogger", None),
    D('"I have myself, as per instructions', 'every now and again."', None, "One poster", "writing"),
    # "wrote that" + the words in marks: one direct quote
    D(('"Prompted I think by the Tom Cruise video', 2), ('An insurgency against The Church of Scientology."', 2),
      None, "The poster", "wrote"),
    D('"Someone emailed me earlier today', 'crash a website’s database,"', None,
      "the post by an unknown author on pigmy", "said"),
    I("when they are able to reach the site", 'search for truth ..."', None, "Some individuals", "reported"),
    # the message's author is not given
    D('"The word scientology means', 'search for truth ..."', None, "a message", "stating"),
    I("a denial-of-service attack had occurred", "a denial-of-service attack had occurred", None,
      "Posts on the message board for the Scientology-critic site Operation Clambake", "theorized"),
    I("as of Friday the Scientology.org site", "or loading very slowly", None,
      "Posts on the message board for the Scientology-critic site Operation Clambake", "wrote"),
    D('"How can people look at both sides', 'if one side is gone?"', None, "one poster", "writing"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_ie9: Microsoft and Internet Explorer 6
# Not quotes: "The Internet Explorer 6 Countdown" (site name, three times); "highly critical"
# (Secunia's rating level, a term); "Microsoft no longer wants to support it" (a wish).
ARTICLES["GUM_news_ie9"] = dict(source=NEWS, expected=5, quotes=[
    I("it is time for IE6 users", "antiquated 10-year-old browser", "Microsoft", "Microsoft", "announced",
      frame="Microsoft announced on Friday that"),
    D('"[Ten] years ago', 'time to say goodbye,"', "Microsoft", "Microsoft", "says",
      frame='Microsoft says on "The Internet Explorer 6 Countdown"'),
    D('"Usually, Internet Explorer is the #2 browser', 'IE could fall to fourth place."', "PC World",
      "PC World's recent analysis of its own web traffic statistics", "concluded"),
    I("as of March 4, 2011, IE6 has 277 vulnerabilities", 'rated "highly critical"', "Secunia.com",
      "The Internet security firm Secunia.com", "said"),
    I("the latest versions of Internet Explorer provide", "from these attacks and threats", "Microsoft",
      "Microsoft", "says", frame="Microsoft says that"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_korea: North Korea puts its military on alert
# Not quotes: headline 'quasi-state of war' (no frame); "under the absurd pretext that ..."
# (a noun, inside KCNA's words); "issued an order ... that the front-line ... should enter"
# (an order's content, inside KCNA's words); "No injuries or deaths were reported" (no
# speaker).
ARTICLES["GUM_news_korea"] = dict(source=NEWS, expected=8,
                                  aliases={"Korean Central News Agency": ["KCNA"]}, quotes=[
    # Yonhap "quoting" KCNA: the words are KCNA's (Yonhap is the outlet passing them on)
    I("the country's military has been placed on high alert", 'prepare a "quasi-state of war"',
      "Korean Central News Agency", "North Korea's main news agency Korean Central News Agency", "According to"),
    D('"quasi-state of war"', '"quasi-state of war"', "Korean Central News Agency",
      "North Korea's main news agency Korean Central News Agency", "According to"),
    D('"War maniacs of the South Korean puppet military', 'civil police posts 250 and 251"',
      "Korean Central News Agency", "KCNA", "said", frame='said KCNA'),
    D('"Foolhardy provocation deserves harsh punishment"', '"Foolhardy provocation deserves harsh punishment"',
      "Korean Central News Agency", "it", "added", frame="it added"),
    # "and, later," continues the same frame
    D('"Kim Jong-un issued an order', 'to launch surprise operations"', "Korean Central News Agency",
      "it", "added", frame="it added"),
    D('"Commanders of the Korean People\'s Army', 'the enemy\'s possible counteractions"',
      "Korean Central News Agency", "KCNA", "added"),
    I("the broadcasts will continue", "the broadcasts will continue", "South Korea", "South Korea", "says",
      frame="South Korea says"),
    I("it would attack any loudspeakers", "if the broadcasts do not stop", "North Korea", "North Korea", "stated",
      frame="North Korea stated"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_lanterns: Taipei lantern festival
# Not quotes: "is believed to bring good luck" (no speaker); the author's first-person report.
ARTICLES["GUM_news_lanterns"] = dict(source=NEWS, expected=1, quotes=[
    # trailing "according to" taken to cover the whole sentence; the website is not named
    I("Last Year over 4 million visitors", "about 6 million visitors", None, "the event website", "according to"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_stampede: Hajj stampede
ARTICLES["GUM_news_stampede"] = dict(source=NEWS, expected=1, quotes=[
    I("over 345 Muslim pilgrims have been killed", "near Mecca, Saudi Arabia", "Saudi Interior Ministry",
      "the Saudi Interior Ministry", "According to"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_taxes: Italian municipalities tax religious schools
# Not quotes: "asking religious schools to pay", "the M5S party asks to the regional government
# to assure ...", "asking the government to respect ..." (requests with "to"); "recognising as
# legitimate the request" (a ruling); "are concerned the Government will ..." (a worry);
# "MicroMega describe the court's judgement as historic" ("as"-complement, no marks); "has
# reacted by proposing ..." (noun-phrase object). "((it))" is Wikinews' link to an
# Italian-language source; it stays outside direct spans.
ARTICLES["GUM_news_taxes"] = dict(source=NEWS, expected=8, quotes=[
    # "The city" is the Municipality of Livorno, which advanced the request
    D('"because the users of the private schools', 'as a commercial one"', "Municipality of Livorno",
      "The city", "reasoned"),
    I('a "more general reflection"', "is needed", "Stefania Giannini",
      "Minister of Education Stefania Giannini", "said", frame="Minister of Education Stefania Giannini said"),
    D('"more general reflection"', '"more general reflection"', "Stefania Giannini",
      "Minister of Education Stefania Giannini", "said", frame="Minister of Education Stefania Giannini said"),
    D('"a discussion table will be opened', 'religious association included"', "Claudio De Vincenti",
      "Claudio De Vincenti", "said", frame="Claudio De Vincenti, undersecretary to the prime minister, said"),
    D('"many schools will increase their fees', 'build new structures and manage them"', "Toccafondi",
      "Undersecretary for Education Mr. Toccafondi", "says"),
    # "has called the sentence "dangerous" and "ideological":" + the quotation in the next paragraph
    D('"dangerous"', '"dangerous"', "Nunzio Galantino", "Nunzio Galantino", "called"),
    D('"ideological"', '"ideological"', "Nunzio Galantino", "Nunzio Galantino", "called"),
    D('"We face a dangerous sentence', 'what kind of good service private schools held"', "Nunzio Galantino",
      "Nunzio Galantino", "called", frame="Nunzio Galantino, has called the sentence"),
])

# ---------------------------------------------------------------------------------------------
# GUM_news_warming: crops, warming and ozone
# Not quotes: research findings ("The scientists found ...", "They estimated ...", "Results of
# NCLAN studies ... show ...", "The researchers found that ..."): results of a study, not
# statements (see README, hard cases); "The study focuses on ..."; "highlighting the importance
# ..." (noun-phrase object).
ARTICLES["GUM_news_warming"] = dict(source=NEWS, expected=9, quotes=[
    D('"The climate projections are quite consistent', 'reinforcing effects [of climate change] on crops"',
      "Colette Heald", "coauthor Colette Heald", "told"),
    # the "said" clause is partly in Heald's words
    I("although temperature and ozone are separately known", '"nobody has looked at these together"',
      "Colette Heald", "Heald", "said"),
    D('"nobody has looked at these together"', '"nobody has looked at these together"', "Colette Heald",
      "Heald", "said"),
    D('"Ground-level ozone causes more damage', 'all other air pollutants combined"', "U.S. Department of Agriculture",
      "The U.S. Department of Agriculture", "notes"),
    I("some crops may have higher yields", "with increased levels of carbon dioxide", "U.S. Environmental Protection Agency",
      "The U.S. Environmental Protection Agency", "says"),
    I("the findings show pollution reduction", "pollution reduction is also important", "Colette Heald",
      "Heald", "noted"),
    # quotation following "Heald noted ...", no frame of its own: reuses it
    D('"An air-quality cleanup would improve', 'need to be taken to improve air quality."',
      "Colette Heald", "Heald", "noted", frame="Heald noted"),
    I("US surface ozone has dropped", "due to the Clean Air Act", "Colette Heald", "Heald", "told"),
    D('"Despite an increase in vehicle miles', 'and air quality policy."', "Colette Heald", "Heald", "told",
      frame="As Heald told The Huffington Post"),
])

# =============================================================================================
# Interviews (GUM_interview_*, from data/eval/gum_train/train.jsonl). GUM keeps no speaker
# labels: questions and answers are plain paragraphs. Every paragraph of the dialogue is a
# turn, except headings and image captions; an answer running over several paragraphs with no
# question between them is one turn. Interviewer turns: speaker "Wikinews". Speech reported
# inside a turn is annotated as well, as in the seeds.

# ---------------------------------------------------------------------------------------------
# GUM_interview_stardust: Andrew Westphal on Stardust@home (IRC interview by Wikinews).
# Not quotes: the intro's "It was decided that ..." (no speaker) and "discover", "Wild 2,
# "sample return", "solid", "Virtual Microscope", "wind", "cruise" (terms, scare quotes);
# Westphal's own frames "I should have said above that", "I should mention parenthetically
# that" (performative, as in the seeds); "Markus Landgraf has estimated the number ..." and
# "He estimated that there should be around 45 particles" (a research estimate, see README).
STARDUST_INTRO = "Andrew Westphal is the director of Stardust @ home. Wikinews interviewed him"
ARTICLES["GUM_interview_stardust"] = dict(source=TRAIN, expected=11, quotes=[
    T("Some may not know exactly", "Can you explain more about it for us?", "Wikinews", "Wikinews",
      frame=STARDUST_INTRO),
    T("Stardust is a NASA Discovery mission", "Absolutely great.", "Andrew Westphal", "Andrew Westphal",
      frame=STARDUST_INTRO),
    T("Is the video available to the public?", "Is the video available to the public?", "Wikinews", "Wikinews",
      frame=STARDUST_INTRO),
    T("Yes [see below]. OK, I digress.", "for the tracks of the interstellar dust particles.", "Andrew Westphal",
      "Andrew Westphal", frame=STARDUST_INTRO, paragraphs=3),
    T("How many samples do you anticipate", "during the course of the project?", "Wikinews", "Wikinews",
      frame=STARDUST_INTRO),
    T("Great question. The short answer", 'wouldn\'t be called "research", would it?"', "Andrew Westphal",
      "Andrew Westphal", frame=STARDUST_INTRO),
    # a saying quoted inside the answer; the inner "research" marks belong to it
    D('"If we knew what we were doing', 'wouldn\'t be called "research", would it?"', "Einstein",
      "Einstein", "attributed"),
    T("How big would the samples be?", "How big would the samples be?", "Wikinews", "Wikinews",
      frame=STARDUST_INTRO),
    T("We expect that the particles will be of order", "the interstellar dust impacts that we're looking for.",
      "Andrew Westphal", "Andrew Westphal", frame=STARDUST_INTRO),
    T("And that's on the main Stardust @ home website", "website [see below]?", "Wikinews", "Wikinews",
      frame=STARDUST_INTRO),
    T("Yes.", "Yes.", "Andrew Westphal", "Andrew Westphal", frame=STARDUST_INTRO),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_cocktail: owner of the Pacific Standard bar on the Santorum cocktail.
# The intro says only "one of the owners"; the owner shown and named under the "Interview"
# heading, and the one quoted in the article, is Jonathan M. Stan: the answers are his.
# Not quotes: "Savage's readers voted to define santorum as; "the frothy mixture ..."" (a
# definition); "Rick Santorum compared legalizing same-sex marriage ... to supporting
# bestiality" (noun-phrase objects); "has acknowledged and discussed the existence ..."
# (noun-phrase objects); "santorum." in an answer (a term); "we thought it would be
# interesting" (a thought, no marks).
COCKTAIL_INTRO = "Wikinews interviewed one of the owners of a New York City bar"
COCKTAIL_TURNS = [  # (first words, last words, asker?)
    ("What inspired you to create a cocktail", "after the santorum neologism?", True),
    ("Santorum the person has been in the news", 'the Dan Savage meaning of "santorum."', False),
    ("How did you first hear about the definition", "from the Savage Love advice column?", True),
    ("We don't really remember.", "Probably read about it somewhere.", False),
    ("What are your thoughts about Rick Santorum’s views", "views on gay rights?", True),
    ("It's not for us to take a stand", "We'll leave that to the professionals.", False),
    ("Do you think it was an appropriate form of satire", "created in his advice column?", True),
    ("We thought it was funny.", "we leave to the pros to decide.", False),
    ("When was the Santorum cocktail first created?", "When was the Santorum cocktail first created?", True),
    ("A few months ago.", "A few months ago.", False),
    ("What ingredients go in the Santorum cocktail?", "What ingredients go in the Santorum cocktail?", True),
    ("Bailey's, orange vodka, bitters", "and chocolate flakes.", False),
    ("How is the Santorum drink made?", "How is the Santorum drink made?", True),
    ("The ingredients are shaken and/or poured", "See the pictures.", False),
    ("Your Santorum cocktail creation has already received", "would receive this news coverage?", True),
    ("Not at all. We were just trying", "for our customers to laugh about and enjoy.", False),
    ("What culinary dishes would you recommend", "go well with the Santorum cocktail?", True),
    ("You'd probably be having the cocktail", "something sweet; ice cream or pie.", False),
    ("Is the drink popular?", "at your establishment since its creation?", True),
    ("The drink was mildly popular", "we're now pouring around ten a night.", False),
]
ARTICLES["GUM_interview_cocktail"] = dict(source=TRAIN, expected=28, aliases={}, quotes=[
    T(a, b, "Wikinews" if asker else "Jonathan M. Stan",
      "Wikinews" if asker else "one of the owners of a New York City bar", frame=COCKTAIL_INTRO)
    for a, b, asker in COCKTAIL_TURNS
] + [
    D('"When he was winning in the polls', "I'll do a Santorum'.\"", "Jonathan M. Stan", "Stan", "commented",
      frame="Stan commented on the creation"),
    # his own thought, quoted in single marks inside his quotation
    D("'OK, I'll do a Santorum'", "'OK, I'll do a Santorum'", "Jonathan M. Stan", "I", "thought",
      frame="I thought, 'OK"),
    D('"We\'ll keep it around', 'I hope he’s there the whole way"', "Jonathan M. Stan", "Stan", "remarked",
      frame="Stan remarked to The Brooklyn Paper"),
    D('"My Santorum was sweet', 'with a subtle citrus pucker"', "Troy Patterson", "Patterson", "observed",
      frame="Patterson observed"),
    # pull quote whose box was lost: no marks, attribution line "— Rick Santorum"
    D("[The santorum neologism is] offensive beyond", ("and the mainstream media laughs about it.", 1),
      "Rick Santorum", "Rick Santorum", None, frame="— Rick Santorum", marks="none",
      why="pull quote; GUM's text lost the quote box, the attribution line remains"),
    # "he was quoted by The Canadian Press ...;" ends one paragraph, the quotation opens the next
    D('"To have a business allow that type of filth', "I suspect that's not true.\"", "Rick Santorum",
      "he", "quoted", frame="he was quoted by The Canadian Press"),
    # reported speech inside Santorum's words: "they" = the business, Google
    I("they can't handle", "they can't handle", "Google", ("they", 1), "say",
      frame="something that they say they can't handle"),
    D('"It\'s offensive beyond, you know', 'and the mainstream media laughs about it."', "Rick Santorum",
      "Santorum", "saying", frame="Santorum criticized the response of the press to the phenomenon in a 2011 radio interview, saying"),
])

# ---------------------------------------------------------------------------------------------
# GUM_interview_dungeon: the owners of a Manhattan BDSM dungeon, a married couple, neither
# named (the husband mentions a "Rebecca" who helped write the questionnaire; nothing says she
# is his wife). The interviewer is never named either: "Wikinews" (extra_speakers).
# The three voices are not labelled, so:
#   W  clearly the interviewer's question or remark        -> speaker "Wikinews", no mention
#   O  clearly one of the owners (who speaks of "our ads", "my wife", "my husband", answers a
#      question)                                             -> speaker null, mention "the owners
#                                                               of a dungeon" (the headline)
#   U  could be any of the three                            -> speaker null, no mention
# Headings ("Operating the business", "The costs", "Hiring employees") and captions are not
# turns. Not quotes: "think again" in "Yeah, "think again" or something like that" (the ad's
# words mentioned, not reported again); "I think they all thought that ..." (a thought); the
# questionnaire item "the greatest woman in the world"; "I really can't call and tell them
# I'm yeah, so-and-so's applying here ..." (a hypothetical, not a report).
DUNGEON_HEAD = "An interview with the owners of a dungeon"
DUNGEON_TURNS = [  # (first words, last words, who)
    ("There's a misconception in this industry.", "dark, black and evil. And --", "O"),
    ("Oh man, well?", "Oh man, well?", "U"),
    ("What's up?", "What's up?", "U"),
    ("I do wear a lot of black.", "I do wear a lot of black.", "U"),
    ("It's anything but that.", "We hire educated, nice people.", "O"),
    ("I remember one of our ads", "I forgot what the rest of it said --", "O"),
    ('"-- think again."', '"-- think again."', "O"),
    ('Yeah, "think again" or something like that.', "Do you remember?", "O"),
    ("I sure do, I sure do.", "I sure do, I sure do.", "O"),
    ("What are the startup costs involved?", "What are the startup costs involved?", "W"),
    ("It varies; look around Manhattan", "look around advertising ...", "O"),
    ("What's your greatest non-fixed cost?", "What's your greatest non-fixed cost?", "W"),
    ("The single most costly thing we spend on", "with the gals and with the customers.", "O"),
    ("Where do you advertise?", "Where do you advertise?", "W"),
    ("A lot on the web", "things like that, L Magazine.", "O"),
    ("In the back of the paper?", "In the back of the paper?", "W"),
    ("Typically in the back of the paper.", "they want it, they don't want it ...", "O"),
    ("Depending on the election year --", "Depending on the election year --", "U"),
    ("Who's buying the paper", "they have now stopped adult ads.", "O"),
    ("Completely.", "Completely.", "U"),
    ("So now we'll be in the Voice", "and not get caught with it.", "O"),
    ("Pursuant to your business question", "absolutely exquisite looking --", "O"),
    ("My husband has met beautiful, beautiful girls --", "My husband has met beautiful, beautiful girls --", "O"),
    ("-- beautiful girls --", "-- beautiful girls --", "U"),
    ("-- and he's in the end", "‘Are you insane?", "O"),
    ("I won't hire them. I hire --", "I won't hire them. I hire --", "O"),
    ("Why not?", "Why not?", "W"),
    ("Because I want someone who's going to treat people", "nicely and well. We have --", "O"),
    ("How can you tell whether they will or will not?", "Just by talking to them?", "W"),
    ("Having been a psychologist", "gives me a leg up on it.", "O"),
    ("And he's been right.", "complete pain in the asses!", "O"),
    ("I also have a profile they fill out for me", "Rebecca and I put it together", "O"),
    ("I don't know if you'd like to see one.", "I don't know if you'd like to see one.", "O"),
    ("No, no, no. Just --", "No, no, no. Just --", "U"),
    ("I could show you.", "I could show you.", "O"),
    ("So I have a mini-MMPI that I --", "So I have a mini-MMPI that I --", "O"),
    ("Could I have a sample", "but just one that you --", "W"),
    ("I'll show you.", "I'll show you.", "O"),
    ("The questions are --", "The questions are --", "O"),
    ("Be careful. He'll make you fill one out.", "Be careful. He'll make you fill one out.", "O"),
    ("You'd be scared. You wouldn't hire me.", "Is it only girls you hire?", "W"),
    ("Yeah.", "Yeah.", "O"),
    ('What would a question like "the greatest woman', "in the world\" reveal to you?", "W"),
    ("No question would reveal anything", "of all the questions together --", "O"),
    ("Sure.", "Sure.", "U"),
    ("-- but I have a chart", "The baseline data that I use to --", "O"),
    ("How did you originate these questions?", "How did you originate these questions?", "W"),
    ("Where did I make them?", "asking girls and refining profiles --", "O"),
    ("And it's an amalgamation of questions.", "And it's an amalgamation of questions.", "O"),
    ("Of many, many questions --", "Of many, many questions --", "U"),
    ("What's your favorite question?", "the O.J. Simpson ….", "U"),
    ("Yeah, I see O.J. Simpson.", "What would that be an indicator of?", "W"),
    ("I'm not sure which one you gave him", "IQ test there. Very brief.", "O"),
    ("Do you ask for references?", "Do you ask for references?", "W"),
    ("No, because I really can't call", "applying here for a position.", "O"),
]
ARTICLES["GUM_interview_dungeon"] = dict(source=TRAIN, expected=60, extra_speakers=["Wikinews"], quotes=[
    T(a, b, "Wikinews" if who == "W" else None,
      "the owners of a dungeon" if who == "O" else None, frame=DUNGEON_HEAD)
    for a, b, who in DUNGEON_TURNS
] + [
    # the text of their ad, begun by one owner and finished by the other in the next turn
    D('"If you think nice girls don\'t do S&M,"', '"If you think nice girls don\'t do S&M,"', None,
      "one of our ads", "said", frame="I remember one of our ads that I had put in said"),
    D('"-- think again."', '"-- think again."', None, "one of our ads", "said",
      frame="I remember one of our ads that I had put in said"),
    D('"Wow."', '"Wow."', None, "they", "said", frame="and they said"),
    # the wife quotes her husband ("he" is not named) and herself
    D('"Well, I won\'t hire them."', '"Well, I won\'t hire them."', None, "he", "say", frame="he would say"),
    D("‘Are you insane?", "‘Are you insane?", None, "I", "like", frame="I'm like", marks="unclosed",
      why="the text has no closing mark; the quotation runs to the end of the turn"),
])
