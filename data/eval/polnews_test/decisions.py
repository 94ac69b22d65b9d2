"""Annotation decisions for the polnews_test gold set: every direct quote and every transcript
turn in fifteen invented US political news articles (texts.jsonl in this folder), per article,
by the strings that start and end its span, its kind, the speaker's canonical name, the
speaker mention and the cue. build.py turns these into offsets by string search and checks
them; nothing here is an offset. Conventions: README.md in this folder (those of
../bio_quotes, ../pud_quotes, ../gum_quotes, ../wn_interviews and ../seeds/README.md,
section "Quotes").

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
  cannot know who spoke (unnamed sources, voices in a crowd, unnamed reporters).
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
# polnews_test_01: New York Times style, Pennsylvania Senate race (October 2016); curly marks,
# honorifics ("Mr. Halvorsen", "Ms. Ashby"). Ashby's "He can't have it both ways" has the role
# noun "the former prosecutor" as mention. Holloway's partial quote: mention "he" (the first
# of two "he" in the paragraph, "he told supporters"). Halvorsen's "He says a lot of things"
# comes right after a paragraph naming two men (Holloway, Halvorsen): the cue's "he" is
# Halvorsen, the one who was asked; the "He" inside the quote is Holloway but is no mention.
# The NRSC's "said in a statement that Ms. Ashby would be “...”": partial quote, direct,
# speaker the committee. Szymanski's second paragraph has no cue: it reuses his frame. The
# last quote is split around "he said, heading for the door,": two quotes. Not quotes: the
# so-called “Holloway Democrats” (scare quotes); "who said he had made up his mind" and
# "Democrats say they are not worried" (indirect, not annotated here).
doc("polnews_test_01", 15, [
    D("“I have said I will vote", "and I meant it,”", "Paul Halvorsen", "Mr. Halvorsen", ("said", 2)),
    D("“But I work for the people", "headquarters in Columbus.”", "Paul Halvorsen", "Mr. Halvorsen", ("said", 2)),
    D("“a senator who found his conscience", "his pollster did.”", "Katherine Doyle Ashby", "she", "called"),
    D("“He can’t have it both ways,”", "“He can’t have it both ways,”", "Katherine Doyle Ashby",
      "the former prosecutor", "added"),
    D("“Either he stands", "deserve to know which.”", "Katherine Doyle Ashby", "the former prosecutor", "added"),
    D("“weak people", "read the Constitution.”", "Garrett Holloway", ("he", 1), "told"),
    D("“He says a lot of things,”", "“He says a lot of things,”", "Paul Halvorsen", "he", "said"),
    D("“I don’t take any of it", "not to either.”", "Paul Halvorsen", "he", "said"),
    D("“a rubber stamp", "in a generation.”", "National Republican Senatorial Committee",
      "The National Republican Senatorial Committee", "said"),
    D("“welcome to keep wasting", "donors’ money.”", "Dana Feld", "Dana Feld", "replied"),
    D("“I voted for Democrats", "same as my father,”", "Ron Szymanski", "Ron Szymanski", ("said", 1)),
    D("“My father would be rolling", "happened to this valley.”", "Ron Szymanski", "Ron Szymanski", "said",
      frame="said Ron Szymanski, 64"),
    D("“Pennsylvania has gone our way", "in the last two weeks,”", "Marisol Trent", "Marisol Trent", "said"),
    D("“We’ll find out on Nov. 8,”", "“We’ll find out on Nov. 8,”", "Paul Halvorsen", "he", "said"),
    D("“and not a minute before.”", "“and not a minute before.”", "Paul Halvorsen", "he", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test_02: AP style, Iowa caucus eve (February 2016); straight marks, dateline
# "DES MOINES, Iowa (AP) —", "Rep. Dale Amundsen, R-Iowa,". Partial quotes after "told ...
# that he was" and "said the caucuses would be" are direct. Kessler's "Iowa doesn't pick ..."
# has the cue "he said" right after a paragraph naming two men (Holloway, Kessler): he is
# Kessler. "The Kessler campaign ... calling its ground game "..."": a campaign as speaker,
# cue "calling". Ruiz's buddy is never named: the quote inside Ruiz's quote ('You complain
# ...') has speaker None, mention "He" (inside Ruiz's quote), cue the third "said". Not
# annotated: "Amundsen, R-Iowa, ... said he expected turnout to break records", "Ruiz ...
# said he had never attended", "The Iowa Democratic Party said it had trained" (indirect).
doc("polnews_test_02", 18, [
    D('"not here to make friends', 'in Washington,"', "Garrett Holloway", "Garrett Holloway", "told"),
    D('"the first shot', 'very long fight"', "Garrett Holloway", "Holloway", "said"),
    D('"If you like the way', 'plenty of choices,"', "Garrett Holloway", "Holloway", "said"),
    D('"If you don\'t, you\'ve got one."', '"If you don\'t, you\'ve got one."', "Garrett Holloway",
      "Holloway", "said"),
    D('"somebody who has actually read', 'discovered it last summer."', "Brent Kessler", ("Kessler", 2), "said"),
    D('"Iowa doesn\'t pick', 'the loudest guy,"', "Brent Kessler", "he", "said"),
    D('"Iowa picks the guy', 'who shows up."', "Brent Kessler", "he", "said"),
    D('"the best organization', 'has ever seen."', "Kessler campaign", "The Kessler campaign", "calling"),
    D('"ready on day one."', '"ready on day one."', "Diane Whitcomb", "Sen. Diane Whitcomb", "told"),
    D('"Being ready on day one', 'being right,"', "Thomas Aldana", "Aldana", "said"),
    D('"Ask the voters', 'than one day."', "Thomas Aldana", "Aldana", "said"),
    D('"I\'ve been to caucuses', 'on your fingers,"', "Dale Amundsen", "Amundsen", "said"),
    D('"This year I think', 'out of chairs."', "Dale Amundsen", "Amundsen", "said"),
    D('"I came in for Kessler', 'think about it,"', "Marlene Tjaden", "Marlene Tjaden", "said"),
    D('"My buddy talked me into it,"', '"My buddy talked me into it,"', "Jason Ruiz", ("he", 2), ("said", 2)),
    D('"He said, \'You complain', 'something about it.\'"', "Jason Ruiz", ("he", 2), ("said", 2)),
    D("'You complain", "something about it.'", None, "He", ("said", 3)),
    D('"We are as ready', 'have ever been,"', "Andrea Lindqvist", "party chairwoman Andrea Lindqvist",
      ("said", 2)),
])

# ---------------------------------------------------------------------------------------------
# polnews_test_03: Breitbart style, February 2017; curly marks. The headline's quotation
# ("Rep. Wade Thornbury: ‘...’") is direct with no cue, mention the name in the headline. In
# the lead, the marked phrases inside his reported speech (“permanent bureaucracy”,
# “so-called moderate Republicans”) are his words: direct, cues "told" and "warned". Role
# noun "the Tennessee Republican" (alias). “Roger the Dodger” is a nickname, not a quote. A
# named spokesman (Evan Mulroney) speaks for himself. The tweet's text after "he fired off a
# tweet ...:" is direct, cue "tweet". Westbrook "called Thornbury's remarks “...”": marked
# words after "called X" are direct. "The Tennessean ... told Breitbart News he will
# introduce legislation" is indirect, not annotated; the last paragraph's "he" is Thornbury.
doc("polnews_test_03", 17, [
    D("‘The Swamp Is Fighting Back", "and It’s Scared’", "Wade Thornbury", "Rep. Wade Thornbury", None),
    D("“permanent bureaucracy”", "“permanent bureaucracy”", "Wade Thornbury", "Rep. Wade Thornbury", "told"),
    D("“so-called moderate Republicans”", "“so-called moderate Republicans”", "Wade Thornbury",
      "Rep. Wade Thornbury", "warned"),
    D("“The swamp is fighting back", "and it’s scared,”", "Wade Thornbury", "Thornbury", "said"),
    D("“They thought they could", "the American people.”", "Wade Thornbury", "Thornbury", "said"),
    D("“Every single day", "in a private meeting,”", "Wade Thornbury", "the Tennessee Republican", "continued"),
    D("“That’s not journalism.", "a coup by press release.”", "Wade Thornbury", "the Tennessee Republican",
      "continued"),
    D("“I like Roger personally,”", "“I like Roger personally,”", "Wade Thornbury", "Thornbury", "said"),
    D("“But the voters didn’t send us", "drain this place.”", "Wade Thornbury", "Thornbury", "said"),
    D("“at the pace the American people", "which is fast.”", "Evan Mulroney", "Evan Mulroney", "told"),
    D("“If the leadership won’t fight", "#DrainTheSwamp”", "Wade Thornbury", "he", "tweet"),
    D("“dangerous nonsense", "should know better.”", "Lorraine Westbrook", "Rep. Lorraine Westbrook", "called"),
    D("“When a sitting member", "it’s open season,”", "Lorraine Westbrook", "Westbrook", "said"),
    D("“Lorraine Westbrook has been", "in high school,”", "Wade Thornbury", "he", "said"),
    D("“She is the swamp.", "like the word.”", "Wade Thornbury", "he", "said"),
    D("“If you leak, you’re gone,”", "“If you leak, you’re gone,”", "Wade Thornbury", "he", "said"),
    D("“It’s that simple.”", "“It’s that simple.”", "Wade Thornbury", "he", "said"),
], aliases={"Wade Thornbury": ["Republican"]})

# ---------------------------------------------------------------------------------------------
# polnews_test_04: CNN style, a West Wing clash (February 2017); straight marks. "accused ...
# of keeping ... "completely in the dark" ..., two sources ... told CNN": Brandauer's words as
# the sources relay them, speaker Brandauer, cue "accused". Stabler's reply "he told
# Brandauer": two men in the sentence, "he" is Stabler (he pushed back). Unnamed officials:
# speaker None ("One senior administration official described the meeting as "..."" is
# direct; "the official said"). Whitaker quotes himself: 'Mike, ... why,' nested in his
# quote, mention "I", cue the first "told". The President's tweet is given as two partial
# quotes after "writing that", mention "The President" (alias). Brandauer's "We speak every
# day" follows a sentence naming Brandauer and Stabler: "he" is Brandauer, who was asked and
# laughed. Not quotes: "The Lead" (a show's title); the "according to ..." and "told CNN"
# attributions of unquoted content (indirect, not annotated).
doc("polnews_test_04", 16, [
    D('"completely in the dark"', '"completely in the dark"', "Michael Brandauer",
      "chief of staff Michael Brandauer", "accused"),
    D('"You can\'t run a government', 'by committee,"', "Colin Stabler", "he", "told"),
    D('"Somebody had to actually', 'write the thing."', "Colin Stabler", "he", "told"),
    D('"the worst day', 'some bad ones."', None, "One senior administration official", "described"),
    D('"It\'s a knife fight,"', '"It\'s a knife fight,"', None, "the official", "said"),
    D('"Everybody\'s protecting', 'protecting the President."', None, "the official", "said"),
    D('"a fantasy cooked up', 'set foot in this building."', "Lauren Pellegrino",
      "White House press secretary Lauren Pellegrino", "calling"),
    D('"The President has total confidence', 'in his team,"', "Lauren Pellegrino", "Pellegrino", "told"),
    D('"The rollout was smooth', 'designed to do."', "Lauren Pellegrino", "Pellegrino", "told"),
    D('"I told him, \'Mike', 'tell her why,\'"', "Charles Whitaker", "Whitaker", ("told", 2)),
    D("'Mike, you've got", "tell her why,'", "Charles Whitaker", ("I", 1), ("told", 1)),
    D('"He said they were working', 'I believe he was."', "Charles Whitaker", "Whitaker", ("told", 2)),
    D('"working out nicely"', '"working out nicely"', "Garrett Holloway", "The President", "writing"),
    D('"the only people complaining', 'our borders open!"', "Garrett Holloway", "The President", "writing"),
    D('"We speak every day,"', '"We speak every day,"', "Michael Brandauer", "he", "said"),
    D('"Sometimes loudly."', '"Sometimes loudly."', "Michael Brandauer", "he", "said"),
], aliases={"Garrett Holloway": ["President"]})

# ---------------------------------------------------------------------------------------------
# polnews_test_05: Fox News style, a sanctuary-city case (February 2017); straight marks.
# The headline's 'This was preventable' (single marks) is Kellerman's: mention "Sheriff"
# (alias), cue "slams". The lead's "saying ... "politics ahead of public safety."" is his
# (mention "A Colorado sheriff"). His Facebook post after "writing:" is direct. The mayor's
# "saying Denver "follows the law ..."": partial quote, direct. "The Democratic National
# Committee accused Republicans of "..."" and "the DNC said in a statement" (alias DNC): an
# organisation as speaker. Inside Kellerman's last quote, an unnamed sheriff's words
# ('Dwight, ...') are nested: speaker None, mention "One sheriff", cue "told". Not
# annotated: "The request was ignored, Kellerman said." (no marks), "police say", "Haskett
# ... told Fox News he plans to ask", "A spokesman for ... ICE said the agency had lodged"
# (indirect); "so-called sanctuary jurisdictions" has no marks.
doc("polnews_test_05", 17, [
    D("'This was preventable'", "'This was preventable'", "Dwight Kellerman", "Sheriff", "slams"),
    D('"politics ahead of public safety."', '"politics ahead of public safety."', "Dwight Kellerman",
      "A Colorado sheriff", "saying"),
    D('"This was preventable. Period,"', '"This was preventable. Period,"', "Dwight Kellerman", "Kellerman", "said"),
    D('"We had him, ICE wanted him', 'the next victim."', "Dwight Kellerman", "Kellerman", "said"),
    D('"To the family of the victim', 'supposed to protect you."', "Dwight Kellerman", "Kellerman", "writing"),
    D('"follows the law', 'signed by a judge."', "Celia Vanterpool", "Denver Mayor Celia Vanterpool", "saying"),
    D('"We will not turn', 'into immigration agents,"', "Celia Vanterpool", "the mayor", "said"),
    D('"That makes every neighborhood', 'less safe, not more."', "Celia Vanterpool", "the mayor", "said"),
    D('"safe havens for criminals."', '"safe havens for criminals."', "Garrett Holloway",
      "President Garrett Holloway", ("called", 2)),
    D('"The mayor can hold', 'conferences she wants,"', "Glenn Haskett", "Haskett", "said"),
    D('"There is a man in the hospital', 'have to be there."', "Glenn Haskett", "Haskett", "said"),
    D('"exploiting a tragedy', 'political points."', "Democratic National Committee",
      "The Democratic National Committee", "accused"),
    D('"Every American wants', 'off the streets,"', "Democratic National Committee", "the DNC", "said"),
    D('"What Republicans want', 'immigrant families."', "Democratic National Committee", "the DNC", "said"),
    D('"I\'ve gotten calls', 'from Oregon,"', "Dwight Kellerman", "he", ("said", 1)),
    D('"One sheriff told me', 'afraid to say.\'"', "Dwight Kellerman", "he", ("said", 1)),
    D("'Dwight, you just said", "afraid to say.'", None, "One sheriff", "told"),
], aliases={"Dwight Kellerman": ["Sheriff"], "Democratic National Committee": ["DNC"]})

# ---------------------------------------------------------------------------------------------
# polnews_test_06: HuffPost style, health-care town halls (February 2017); curly marks. The
# audience's chant “Do your job!” is direct, speaker None (unnamed voices), mention "Members
# of the audience". Pruitt's “You keep saying ‘repeal and replace,’”: the inner phrase is
# given as Ostrander's words ("You", whom she is addressing; she "told Ostrander" in the
# paragraph before): nested, speaker Ostrander, mention "You", cue "saying". The Facebook
# statement is posted by "Ostrander's office", unnamed staff of a named person: speaker None
# with that mention (as "a Pence spokesman" in mtsc_quotes). "She added: “...”" is one quote
# (two sentences in one pair of marks). The letter's quotation is named only after it ("the
# letter read. It was signed by Rep. Kenneth Voss"): speaker Voss, mention the name, cue
# "read". Not quotes: the sign reading “Keep Your Hands Off My Kids’ Coverage” (a sign's
# slogan, no speech); "She told Ostrander that she would have lost her house", "asked Rep.
# Arnold Behrendt (R) whether he would keep", "Pruitt said she planned to go" (indirect).
doc("polnews_test_06", 18, [
    D("“collapsing under its own weight.”", "“collapsing under its own weight.”", "Lyle Ostrander", "he", "told"),
    D("“Do your job!”", "“Do your job!”", None, "Members of the audience", "chanted"),
    D("“I came here to listen", "I’m going to listen,”", "Lyle Ostrander", "Ostrander", "said"),
    D("“But I’m not going to pretend", "when it isn’t.”", "Lyle Ostrander", "Ostrander", "said"),
    D("“You keep saying", "repeal and replace,’”", "Jeanette Pruitt", "Pruitt", "said"),
    D("‘repeal and replace,’", "‘repeal and replace,’", "Lyle Ostrander", "You", "saying"),
    D("“I’ve been waiting seven years", "everybody in this room.”", "Jeanette Pruitt", "Pruitt", "said"),
    D("“a productive conversation", "the Seventh District”", None, "Ostrander’s office", "calling"),
    D("“paid activists", "from outside Tennessee”", None, "Ostrander’s office", "blaming"),
    D("“I’m not paid. I wish I were paid,”", "“I’m not paid. I wish I were paid,”", "Tom Gutierrez",
      "Tom Gutierrez", "said"),
    D("“I paid for my own gas", "to get here.”", "Tom Gutierrez", "Tom Gutierrez", "said"),
    D("“everything is on the table.”", "“everything is on the table.”", "Arnold Behrendt", ("Behrendt", 2),
      "saying"),
    D("“We thought we’d get", "at a few events,”", "Priya Ramaswamy", "Ramaswamy", "told"),
    D("“Instead we’re getting calls", "look up on a map.”", "Priya Ramaswamy", "Ramaswamy", "told"),
    D("“These aren’t professional", "people who are scared.”", "Priya Ramaswamy", "She", "added"),
    D("“It’s the usual suspects", "the usual noise,”", None, "a senior House GOP aide", "told"),
    D("“The American people gave us", "intend to honor it,”", "Kenneth Voss", "Rep. Kenneth Voss", "read"),
    D("“He’s going to see my face", "gives me an answer,”", "Jeanette Pruitt", "she", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test_07: Politico Playbook style roundup (March 2017); curly marks. Section
# headings in capitals are part of the paragraphs. "THE MOOD IN LEADERSHIP, per one senior
# GOP aide ...: “...”": unnamed source, cue "per". Lindqvist-Moore "told Playbook the
# Medicaid changes would be “devastating”": a one-word partial quote, direct. The account of
# the President's calls is given by "One of them" (one of two unnamed people): speaker None;
# the President's words inside it ('I need this one. ...') are nested, mention "He" (inside
# the quote), cue "said". The tweet's text after "tweeting at 10:52 p.m.:" is direct. The
# memo "urging members to stay unified and “let Republicans own this mess ...”": the marked
# words are Estevez's, cue "urging". QUOTE OF THE DAY: unnamed member, no cue (the heading
# and colon introduce it). Not quotes: none of the capitalised headings, "SPOTTED", "HAPPY
# BIRTHDAY"; "according to two people familiar with the calls" (no content quoted).
doc("polnews_test_07", 13, [
    D("“It’s not panic.", "right before panic.”", None, "one senior GOP aide", "per"),
    D("“Obamacare with a Republican paint job.”", "“Obamacare with a Republican paint job.”", "Dirk Ambrose",
      "Rep. Dirk Ambrose", "told"),
    D("“We didn’t run on fixing Obamacare,”", "“We didn’t run on fixing Obamacare,”", "Dirk Ambrose",
      "Ambrose", "said"),
    D("“We ran on getting rid of it.", "does not get rid of it.”", "Dirk Ambrose", "Ambrose", "said"),
    D("“devastating”", "“devastating”", "Heather Lindqvist-Moore", "Rep. Heather Lindqvist-Moore", "told"),
    D("“I want to get to yes,”", "“I want to get to yes,”", "Heather Lindqvist-Moore", "she", "said"),
    D("“I’m not there.”", "“I’m not there.”", "Heather Lindqvist-Moore", "she", "said"),
    D("“He said, ‘I need this one.", "And then he hung up.”", None, "One of them", "described"),
    D("‘I need this one.", "I’ll remember it.’", "Garrett Holloway", "He", "said"),
    D("“House Republicans have a chance", "Vote YES on Friday.”", "Garrett Holloway", "Holloway", "tweeting"),
    D("“let Republicans own this mess", "from start to finish.”", "Gloria Estevez",
      "House Minority Leader Gloria Estevez", "urging"),
    D("“They’ve been chasing this car", "how to drive.”", "Marcus Toomey", "Rep. Marcus Toomey", "put"),
    D("“I have been told three", "the Speaker’s office.”", None, "an exasperated GOP member", None),
])

# ---------------------------------------------------------------------------------------------
# polnews_test_08: Washington Post style live blog of a rally (Tampa, November 2016), with
# time stamps; curly marks. The crowd's chant is direct, speaker None. Holloway's "he said"
# at 7:59 follows a paragraph naming Holloway and Whitcomb; the quote is about "she". The
# Whitcomb spokesman is named (Raúl Espinosa), cue "responded". At 8:10 Holloway reads an
# unnamed woman's letter: her words ('My son ...') are nested in his quote, speaker None,
# mention "She" (inside the quote), cue "writes". At 8:22 a couple: "he" is Dale Petersen;
# "His wife ... she said" is Wanda Petersen (the text writes "Dale and Wanda Petersen", so
# her full name is written). Not quotes: the signs reading “Finish the Job” (a slogan); "Dale
# Petersen ... said he has voted Republican" (indirect); "what he said was a letter".
doc("polnews_test_08", 18, [
    D("“somebody has to be standing", "look back at this.”", "Keisha Marchetti", "Keisha Marchetti", "said"),
    D("“Eight days from now", "decide this election,”", "Patricia Renfroe", "Renfroe", "said"),
    D("“Not Ohio.", "Pennsylvania. Florida.”", "Patricia Renfroe", "Renfroe", "said"),
    D("“Look at them back there,”", "“Look at them back there,”", "Garrett Holloway", "Holloway", "said"),
    D("“They had us down", "What happened?”", "Garrett Holloway", "Holloway", "said"),
    D("“Eight more days!”", "“Eight more days!”", None, "The crowd", "chanted"),
    D("“She wants you to believe", "she didn’t know,”", "Garrett Holloway", "he", "said"),
    D("“She knew. Believe me", "Believe me, she knew.”", "Garrett Holloway", "he", "said"),
    D("“Garrett Holloway has spent", "Floridians know better.”", "Raúl Espinosa", "Raúl Espinosa", "responded"),
    D("“She writes, ‘My son", "who has his back,’”", "Garrett Holloway", "Holloway", "said"),
    D("‘My son doesn’t need", "who has his back,’", None, "She", "writes"),
    D("“Ma’am, I’ve got his back.”", "“Ma’am, I’ve got his back.”", "Garrett Holloway", "Holloway", "said"),
    D("“This is different,”", "“This is different,”", "Dale Petersen", "he", "said"),
    D("“I don’t know what you call it", "but it’s different.”", "Dale Petersen", "he", "said"),
    D("“I’m here for him,”", "“I’m here for him,”", "Wanda Petersen", "she", "said"),
    D("“I’m still making up my mind.”", "“I’m still making up my mind.”", "Wanda Petersen", "she", "said"),
    D("“We are going to win Florida,”", "“We are going to win Florida,”", "Garrett Holloway", "he", "said"),
    D("“and then we are going", "win the whole thing.”", "Garrett Holloway", "he", "said"),
])
