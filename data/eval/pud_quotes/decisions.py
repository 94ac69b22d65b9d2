"""Annotation decisions for the pud_quotes gold set: every quote, per document, by the strings
that start and end its span, its kind, the speaker's canonical name, the speaker mention and
the cue. build.py turns these into offsets by string search and checks them; nothing here is
an offset. Conventions: README.md in this folder (those of ../gum_quotes and
../seeds/README.md, section "Quotes").

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  I(start, end, speaker, mention, cue)   indirect (reported) speech; the reported content,
                                         without a final period
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the paragraph holding the start
  of the quote (here: the whole document, PUD documents have no paragraph breaks) unless
  frame="..." names another stretch of text. Unique in the frame, or (string, n) = n-th
  occurrence in the frame. None = no mention / cue.
- speaker: canonical name (the full name as the document gives it), or None when the text
  does not let a reader know who spoke.
Per document: source, expected (the number of quotes, a guard), extra_speakers, aliases.

PUD documents are 1-4 sentences picked from one article, often not consecutive, so many
quotations have lost their frame: they are annotated as direct with speaker None, no mention
and no cue. Sentences that are someone's words but carry neither marks nor a frame (an
interviewee's sentence left alone) are not quotes: nothing in the text says so.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def I(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="indirect", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


SRC = "uner_pud_news dev"

ARTICLES = {}


def doc(doc_id, expected, quotes, **kw):
    ARTICLES[doc_id] = dict(source=SRC, expected=expected, quotes=quotes, **kw)


# Trump rally. The speaker is "the GOP nominee" / "he": the name is not in the text (only
# "Clinton" is), so speaker None. Partial quotations inside the "proclaimed that" clause are
# nested directs. Last sentence ("What she's saying ...") is speech without marks or frame: left out.
doc("en_pud:n01002", 4, [
    I("as president he would allow", "“merit system.”", None, "the GOP nominee", "proclaimed"),
    D("“tremendous numbers”", "“tremendous numbers”", None, "the GOP nominee", "proclaimed"),
    D("“merit system.”", "“merit system.”", None, "the GOP nominee", "proclaimed"),
    D("“So I hate", "rests on your shoulders,”", None, ("he", 2), "told"),
])

doc("en_pud:n01006", 1, [
    I("the victim had attacked", "in April", None, "A witness", "told"),
])

# "police" is not named (which force is not said): None. The final quotation has no frame;
# it is presumably the accused woman's (unnamed), so None.
doc("en_pud:n01011", 2, [
    I("She killed Andre Price III", "her daughter, Angel", None, "police", "said"),
    D("\"I'm going to jail", "worth it.\"", None),
])

doc("en_pud:n01014", 1, [
    I("the date for cutting", "until 2035", "Michael Fallon", "Michael Fallon", "said"),
])

# "initially thought a battery fault was to blame" is the company's belief, not speech.
doc("en_pud:n01016", 1, [
    I("Huawei is best placed", "Samsung's setback", None, "Several analysts", "suggested"),
])

# The quotation after "one travel expert warned" goes on in its own marks: same mention and
# cue. "The company" could be BA or IAG: None. The last quotation has no frame (and is not the
# company's): None.
doc("en_pud:n01017", 4, [
    I("in-flight internet was often unreliable", "travellers' airline choices", None,
      "one travel expert", "warned"),
    D("\"But it may be", "vaguely reliable.\"", None, "one travel expert", "warned"),
    I("it would be the responsibility", "an access fee", None, "The company", "told"),
    D("\"Most people would find", "on a plane.\"", None),
])

# "certified" is a scare quote; "raised questions about the need" has a noun-phrase object.
doc("en_pud:n01019", 0, [])

# "recent events" echoes the message's wording as a reference (scare quote), not annotated;
# "Analysis revealed that ..." is a finding.
doc("en_pud:n01021", 1, [
    D("\"Unfortunately", "ruin it for the many,\"", "Jesse LaBrocca", "Jesse LaBrocca", "wrote"),
])

# "A UN review ... says": a document as speaker, named by its organisation ("UN").
# The last sentence is someone's words without marks or frame: left out.
doc("en_pud:n01022", 3, [
    I("they are well short", "under 2C", "UN", "A UN review", "says"),
    I("technology to remove carbon", "the Paris targets", None, "Many scientists", "say"),
    D("\"We are moving", "reduce HFCs,\"", "Erik Solheim", "Erik Solheim", "said"),
])

# Whose post it is is not said (the traffic police are likely but not stated): None.
doc("en_pud:n01026", 1, [
    D("\"Tonight we are carrying", "high beam,\"", None, "the post", "reads"),
])

# A reported question by the (unnamed) author; the span starts after "if".
doc("en_pud:n01027", 1, [
    I("she understood why people", "vote for Trump", None, "I", "asked"),
])

doc("en_pud:n01031", 1, [
    D("\"This has been", "male hormonal contraception.\"", None, "He", "added"),
])

# "The analysis shows ...", "a scan has shown ..." are findings.
doc("en_pud:n01033", 1, [
    I("analysing tumour DNA", "causes of other cancers", None, "Researchers", "say"),
])

# Quotation without frame.
doc("en_pud:n01034", 1, [
    D("\"If Donald Trump becomes", "represented in Washington.\"", None),
])

# "performance pay" is a term in marks; "reports on aggregate performance pay" has an NP object.
doc("en_pud:n01043", 0, [])

# Marked words after "described ... as" are the speaker's words (gum_quotes hard case 2).
doc("en_pud:n01052", 2, [
    D("\"remarkable\"", "\"remarkable\"", None, "He", "described"),
    D("\"loving and wonderful\"", "\"loving and wonderful\"", None, "He", "described"),
])

# Leive: surname only in the text.
doc("en_pud:n01053", 2, [
    D("\"Some men get it", "those guys,\"", "Leive", ("Leive", 1), ("said", 1)),
    D("\"Her voice", "around the world,\"", "Leive", ("Leive", 2), ("said", 2)),
])

doc("en_pud:n01054", 1, [
    I("they trivialize First Nations", "First Nations culture", None, "Many people", "argue"),
])

doc("en_pud:n01061", 1, [
    D("“When I’m playing him", "I feel powerful,”", "John Di Domenico",
      "the Donald Trump impersonator John Di Domenico", "explained"),
])

# “Knuck If You Buck” is a song title; "described recording their version" has an NP object.
doc("en_pud:n01063", 0, [])

# "It would be much safer, Plato thought, to entrust ..." is a view (cognition verb, frame in
# the middle of the clause): left out. Caplan quotes the scholars; the words are theirs.
doc("en_pud:n01064", 1, [
    D("“no more rational", "does not flood.”", None, "a pair of scholars", "call"),
])

doc("en_pud:n01070", 1, [
    I("because of their age", "unaware of its history", "Vega", "Vega", "suggested"),
])

# A line from a Facebook post by unnamed people ("their"); no verb of speech: cue None.
doc("en_pud:n01072", 1, [
    D("“More African", "have not known.”", None, "One of their many grieving Facebook posts", None),
])

# Quotation without frame.
doc("en_pud:n01082", 1, [
    D("“More people are turning", "debt problems.”", None),
])

# Apposition "Their head of nature policy, Jeff Knott,": the part with the name.
doc("en_pud:n01091", 1, [
    D("“I’d be amazed", "off the back of it”", "Jeff Knott", "Jeff Knott", "stated"),
])

# "Let's just say he's wrong" is the writer's own performative, not a quote.
doc("en_pud:n01092", 1, [
    D("“We are actively", "in a project,”", None, ("he", 2), "was quoted as saying"),
])

# “active defence” is a term.
doc("en_pud:n01096", 0, [])

doc("en_pud:n01102", 1, [
    D("“A general election", "Government wants.”", None, "He", "told"),
])

# "The annual survey also revealed that ..." is a finding.
doc("en_pud:n01106", 1, [
    D("“The spike", "go unnoticed.”", "Hopley", "Ms Hopley", "added"),
])

# Partial quotation in the "Warning that" clause: nested direct. "urged the public to ..." is
# a to-request, not a quote.
doc("en_pud:n01114", 2, [
    I("the NHS was now under", "\"enormous pressure,\"", None, "he", "Warning"),
    D("\"enormous pressure,\"", "\"enormous pressure,\"", None, "he", "Warning"),
])

# The director is not named in these sentences: None. The quotation has no frame.
doc("en_pud:n01118", 2, [
    I("to date he has made", "eight feature films", None, "the director", "According to"),
    D("\"Cinema had changed", "family audience.\"", None),
])

# "Stranger Things" is a title; "I hadn't seen ..." is speech without marks or frame.
doc("en_pud:n01137", 0, [])

# "The Internet effort was said to be the main driver ...": passive "was said to" with the
# frame inside the content, no speaker: left out (hard case in README).
doc("en_pud:n01139", 1, [
    D("\"In the cities", "work will continue,\"", "Barratt", "Barratt", ("said", 1)),
])

# The quoted headline of Nine News is a title, not annotated (as blog-post titles in
# gum_quotes). "by their own admission" reports what the two (unnamed) said.
doc("en_pud:n01143", 1, [
    I("are terrible golfers", "are terrible golfers", None, "Two Australians", "by their own admission"),
])

# Narrator "I" (= the "he" who "adds"), unnamed: None.
doc("en_pud:n01144", 2, [
    I("clearly he didn't want", "want to be sold", None, ("I", 1), "joked"),
    D("\"Snowman didn't think", "back to front on him,\"", None, ("he", 3), "adds"),
])

# "Russia announced a suspension of the contract" has an NP object.
doc("en_pud:n02027", 1, [
    I("Russian Secret Service agents", "in Great Britain", "Parker", "Parker", "According to"),
])

# "Die ZEIT" is a name in marks; "inquired ... about its dubious cash flows" has an NP object.
doc("en_pud:n02033", 0, [])

# A reported question by the officers; span starts after "whether".
doc("en_pud:n02058", 1, [
    I("I knew the writer", "intellectual relatives", None, "the officers", "asked"),
])

doc("en_pud:n02066", 1, [
    I("he is convinced that one", "so that it would sink", "Larry Vance",
      "The Canadian investigator of the plane crash Larry Vance", "told"),
])

# "he" = Trump, not named in the text: None. "According to the programme": a document, None.
doc("en_pud:n03001", 4, [
    I("she would be 'under", "for years'", None, "he", "assured"),
    D("'under investigation", "for years'", None, "he", "assured"),
    D("\"If somebody can't", "nuclear codes,\"", "Obama", "Obama", "mocked"),
    I("she will speak at 23.45", "she will speak at 23.45", None, "the programme", "According to"),
])

# "The Force Ouvrière union regrets that ...:" introduces its statement (Ms. Gillard's words
# follow the colon): indirect. The last partial quotation has no frame (the guide's wording or
# Gillard's?): None.
doc("en_pud:n03006", 3, [
    I("its remarks on the content", "were not included", "Force Ouvrière",
      "The Force Ouvrière union", "regrets"),
    D("\"There wasn't", "any consultation,\"", "Gillard", "Ms. Gillard", "said"),
    D("\"in the context", "state of emergency\"", None),
])

# "that" + a whole clause in marks: one direct quote (gum_quotes hard case 8).
doc("en_pud:n03009", 1, [
    D("\"the existence", "as they are unacceptable\"", None, "He", "remarked"),
])

# Passive report, no speaker.
doc("en_pud:n04002", 1, [
    I("we absolutely cannot continue", "completely against Italy", None, None, "emphasised"),
])

# "called for the repeal of the legislation" has an NP object; "hot potato" is a scare quote.
doc("en_pud:n05002", 0, [])

# Partial quotation inside the "said that" clause: nested direct.
doc("en_pud:n05003", 2, [
    I("it is \"100%", "Cospedal\"", None, "The consulted sources", "said"),
    D("\"100% Cospedal\"", "\"100% Cospedal\"", None, "The consulted sources", "said"),
])
