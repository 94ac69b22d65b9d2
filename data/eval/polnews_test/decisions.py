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

# ---------------------------------------------------------------------------------------------
# polnews_test_09: Sunday-show transcript (March 2017); straight marks. Each "NAME: words"
# paragraph is a turn: the span is the words after the label, the mention the label as
# printed ("MARCIA DUNMORE" on the first turn, where the label adds ", HOST"; "SEN. RAYMOND
# KILGORE" where it adds "(R), OKLAHOMA"; then the surname), no cue. Capitalised labels are
# aliases. The video clip's "PRESIDENT GARRETT HOLLOWAY:" line is a turn too; the President
# is named nowhere else, only in that capitalised label, so "Garrett Holloway" is listed in
# extra_speakers. Not turns: the headline, the introduction, "(COMMERCIAL BREAK)", "(BEGIN
# VIDEO CLIP)", "(END VIDEO CLIP)". Quotes nested in turns: the host quotes the President
# ("The President said on Friday, and I'm quoting him here, "..."", mention "The President");
# Kilgore quotes him ("he said to me, "Ray, ...""); the host's "He wrote that his predecessor
# had, quote, "tapped the phones"" (the President's tweet, mention "He", cue "wrote");
# Ferrante's "Senator Kilgore calls them "the same people."" echoes his own words two turns
# before, so it is his: mention "Senator Kilgore", cue "calls". "Face the Week" is a title.
doc("polnews_test_09", 26, [
    T("Welcome back to", "Senator, good morning.", "Marcia Dunmore", "MARCIA DUNMORE"),
    T("Good morning, Marcia.", "Good to be with you.", "Raymond Kilgore", "SEN. RAYMOND KILGORE"),
    T("Let's start with health care.", "pass this bill as written?", "Marcia Dunmore", "DUNMORE"),
    D('"If the Senate wants changes', 'make them fast."', "Garrett Holloway", "The President", "said"),
    T("Well, I don't think any bill", "that's what we're going to do.", "Raymond Kilgore", "KILGORE"),
    D('"Ray, just get me something that works."', '"Ray, just get me something that works."',
      "Garrett Holloway", "he", "said"),
    T("Something that works. The Congressional", "would lose coverage.", "Marcia Dunmore", "DUNMORE"),
    T("Well, let's see what they say", "decide what they said.", "Raymond Kilgore", "KILGORE"),
    T("But you've seen the estimates.", "But you've seen the estimates.", "Marcia Dunmore", "DUNMORE"),
    T("I've seen a lot of estimates", "a number from the same people.", "Raymond Kilgore", "KILGORE"),
    T("I want to ask you about the President's tweets", "any evidence of that?", "Marcia Dunmore", "DUNMORE"),
    D('"tapped the phones"', '"tapped the phones"', "Garrett Holloway", "He", "wrote"),
    T("I have not seen evidence of that.", "going to look at it.", "Raymond Kilgore", "KILGORE"),
    T("Senator Kilgore, thank you.", "Senator Kilgore, thank you.", "Marcia Dunmore", "DUNMORE"),
    T("Thank you, Marcia.", "Thank you, Marcia.", "Raymond Kilgore", "KILGORE"),
    T("And joining me now is", "CBO can't be trusted.", "Marcia Dunmore", "DUNMORE"),
    T("Marcia, when the referee", 'calls them "the same people."', "Alicia Ferrante", "SEN. ALICIA FERRANTE"),
    D('"the same people."', '"the same people."', "Raymond Kilgore", "Senator Kilgore", "calls"),
    T("Is there any version of this bill", "you would vote for?", "Marcia Dunmore", "DUNMORE"),
    T("If they want to come to the table", "Nobody's knocked.", "Alicia Ferrante", "FERRANTE"),
    T("We have a little bit of time.", "on Friday at the White House.", "Marcia Dunmore", "DUNMORE"),
    T("Health care is a very complicated", "it's going to be beautiful.", "Garrett Holloway", "PRESIDENT GARRETT HOLLOWAY"),
    T("Your reaction?", "Your reaction?", "Marcia Dunmore", "DUNMORE"),
    T("It's exactly as complicated", "that's the problem.", "Alicia Ferrante", "FERRANTE"),
    T("Senator Ferrante, thank you.", "Senator Ferrante, thank you.", "Marcia Dunmore", "DUNMORE"),
    T("Thanks for having me.", "Thanks for having me.", "Alicia Ferrante", "FERRANTE"),
], extra_speakers=["Garrett Holloway"],
    aliases={"Marcia Dunmore": ["DUNMORE"], "Raymond Kilgore": ["KILGORE"], "Alicia Ferrante": ["FERRANTE"],
             "Garrett Holloway": ["President", "HOLLOWAY"]})

# ---------------------------------------------------------------------------------------------
# polnews_test_10: a town-hall Q&A, published as an edited transcript (February 2017);
# straight marks. Turns as in 09, mention the label. Questioners are named only in their
# capitalised labels ("DEBRA NAKAMURA, FRUITA"): their title-case names are in
# extra_speakers. "UNIDENTIFIED AUDIENCE MEMBER" and "AUDIENCE MEMBER": speaker None, mention
# the label. "(APPLAUSE)" and "(SCATTERED APPLAUSE)" are not turns. Quotes nested in turns:
# Trujillo's campaign-ad promise as Nakamura quotes it ("you ... said, "..."", mention the
# first "you"); the unnamed rancher's letter ("He wrote, "..."", speaker None); Trujillo's
# "coming back" as Stallworth-Hayes quotes it ("You told the Sentinel ... that coal was
# "coming back.""). Not a quote: "why you haven't said one word about" (no words given).
doc("polnews_test_10", 19, [
    T("Folks, we have a lot", "First question.", "Ed Kowalski", "KOWALSKI"),
    T("Congressman, I'm a small-business", "Do you still stand by that?", "Debra Nakamura", "DEBRA NAKAMURA"),
    D('"I will never vote', 'pre-existing condition."', "Scott Trujillo", ("you", 1), "said"),
    T("I do, Debra,", "a promise I'm going to keep.", "Scott Trujillo", "TRUJILLO"),
    T("Then vote no!", "Then vote no!", None, "UNIDENTIFIED AUDIENCE MEMBER"),
    T("Let's let the congressman answer.", "answer. Next question.", "Ed Kowalski", "KOWALSKI"),
    T("I'm a veteran.", "Gold Star family last week.", "Martin Oyelowo", "MARTIN OYELOWO"),
    T("Martin, first, thank you", "You don't argue with them.", "Scott Trujillo", "TRUJILLO"),
    T("But you didn't say it in public.", "But you didn't say it in public.", "Martin Oyelowo", "MARTIN OYELOWO"),
    T("I'm saying it now.", "I'm saying it now.", "Scott Trujillo", "TRUJILLO"),
    T("Next.", "Next.", "Ed Kowalski", "KOWALSKI"),
    T("My question is about public lands.", "Where are you on that?", None, "AUDIENCE MEMBER"),
    T("I'm against it.", "I keep that letter on my desk.", "Scott Trujillo", "TRUJILLO"),
    D('"You sell this land once', 'never get it back."', None, "He", "wrote"),
    T("We have time for one more.", "We have time for one more.", "Ed Kowalski", "KOWALSKI"),
    T("My husband works at the power plant", "isn't coming back for us.", "Rebecca Stallworth-Hayes",
      "REBECCA STALLWORTH-HAYES"),
    D('"coming back."', '"coming back."', "Scott Trujillo", "You", "told"),
    T("Rebecca, I'm not going to stand", "if you'll let me.", "Scott Trujillo", "TRUJILLO"),
    T("Congressman, thank you. Folks,", "thank you for your patience.", "Ed Kowalski", "KOWALSKI"),
], extra_speakers=["Debra Nakamura", "Martin Oyelowo", "Rebecca Stallworth-Hayes"],
    aliases={"Ed Kowalski": ["KOWALSKI"], "Scott Trujillo": ["TRUJILLO"], "Debra Nakamura": ["NAKAMURA"],
             "Martin Oyelowo": ["OYELOWO"], "Rebecca Stallworth-Hayes": ["STALLWORTH-HAYES"]})

# ---------------------------------------------------------------------------------------------
# polnews_test_11: a White House press-briefing transcript (February 2017); straight marks.
# "MS. PELLEGRINO:" turns (mention the label, alias) and "Q:" turns (an unnamed reporter:
# speaker None, mention "Q"). Her opening statement runs over three paragraphs with no
# question between: one turn (paragraphs=3); so does her last answer with the sign-off
# "Thank you, guys. ..." (paragraphs=2). The interrupted "And just to clarify --" keeps its
# "--". The President is named once, "President Holloway", so his canonical name in this
# document is "Holloway". Quotes nested in turns: his words after the meeting ("he said,
# "..."") and as she recounts them ("He said, "...""); Senator Harold Brinkley's "said this
# morning that the situation "...""; the President's tweet "that the judges ... were "so
# political."" (mention "The President"). Not turns: the letterhead, the title, the room,
# the times and "END 2:09 P.M. EST".
doc("polnews_test_11", 19, [
    T("Good afternoon, everybody.", "With that, I'll take your questions.", "Lauren Pellegrino", "MS. PELLEGRINO",
      paragraphs=3),
    D('"We\'re going to bring these jobs back', 'bring them back fast."', "Holloway", "he", "said"),
    T("Thanks, Lauren.", "the Russian ambassador?", None, "Q"),
    T("The White House Counsel briefed", "had to make a change.", "Lauren Pellegrino", "MS. PELLEGRINO"),
    D('"I want the facts', 'I want them fast."', "Holloway", "He", "said"),
    T("Two weeks?", "let go then?", None, "Q"),
    T("Because the President wanted", "want a President to do.", "Lauren Pellegrino", "MS. PELLEGRINO"),
    T("Follow-up, if I could.", "a Senate investigation?", None, "Q"),
    D('"raises questions', 'answer under oath."', "Harold Brinkley", "Senator Harold Brinkley", "said"),
    T("We'll cooperate with any", "since January 20th.", "Lauren Pellegrino", "MS. PELLEGRINO"),
    T("On another subject.", "confidence in the judiciary?", None, "Q"),
    D('"so political."', '"so political."', "Holloway", "The President", "tweeted"),
    T("He has tremendous respect", "he's going to do that.", "Lauren Pellegrino", "MS. PELLEGRINO"),
    T("Lauren, is he going to sign", "a new order?", None, "Q"),
    T("We're looking at all options.", "get ahead of that.", "Lauren Pellegrino", "MS. PELLEGRINO"),
    T("And just to clarify --", "And just to clarify --", None, "Q"),
    T("I'm going to keep moving.", "Yes, in the back.", "Lauren Pellegrino", "MS. PELLEGRINO"),
    T("Thank you. There have been", "Is that accurate?", None, "Q"),
    T("The Vice President and the President speak", "We'll see you tomorrow.", "Lauren Pellegrino",
      "MS. PELLEGRINO", paragraphs=2),
], aliases={"Lauren Pellegrino": ["PELLEGRINO"], "Holloway": ["President"]})

# ---------------------------------------------------------------------------------------------
# polnews_test_12: Politico style, a Georgia special election (March 2017); curly marks. The
# headline's ‘We’re in trouble’ is the unnamed strategist's (speaker None), mention "GOP
# strategists", cue "sound alarm". The memo: “dangerous territory,” "according to a memo"
# and the next paragraph's “...,” the memo said. It was written by Whitney Castellanos":
# the author is named only after the quotes; both are hers (mention her name for the second;
# for the first, in the paragraph before her name, the mention is "a memo", as bio_quotes'
# "the rejection report"). Role noun "the state senator" in a split quote. The RNC's
# statement after "the RNC said:" runs over two paragraphs (the first is not closed, the
# second reopens the mark and closes it): one quote, paragraphs=2, frame the sentence with
# "the RNC said" (the quote's own paragraphs have no frame). A campaign as speaker: "The Oduya-Franklin campaign called
# the attack “desperate” and “...”" (two quotes). The unnamed operative "was blunt: “...”":
# speaker None, no cue. "He added that he had spoken to Holloway voters “who are having
# second thoughts,”": only the marked words are annotated (indirect speech is not).
doc("polnews_test_12", 18, [
    D("‘We’re in trouble’", "‘We’re in trouble’", None, "GOP strategists", "sound alarm"),
    D("“We’re in trouble here", "selling something,”", None, "one Republican strategist", "said"),
    D("“This is a district we won", "four years ago.”", None, "one Republican strategist", "said"),
    D("“dangerous territory,”", "“dangerous territory,”", "Whitney Castellanos", "a memo", "according to"),
    D("“The President is a drag", "district in the state,”", "Whitney Castellanos", "Whitney Castellanos", "said"),
    D("“I’m not running as anybody’s surrogate,”", "“I’m not running as anybody’s surrogate,”",
      "Judith Harkins", "Harkins", "said"),
    D("“I’m running as the person", "knows this district.”", "Judith Harkins", "Harkins", "said"),
    D("“a Washington Republican", "in a Georgia costume.”", "Dwayne Pettibone", "State Sen. Dwayne Pettibone",
      "called"),
    D("“Judith has had a lot of titles,”", "“Judith has had a lot of titles,”", "Dwayne Pettibone",
      "the state senator", "said"),
    D("“but conservative has never", "been one of them.”", "Dwayne Pettibone", "the state senator", "said"),
    D("“People here want somebody", "keep the hospitals open,”", "Caleb Oduya-Franklin", "he", "said"),
    D("“That’s not a message", "against anybody.”", "Caleb Oduya-Franklin", "he", "said"),
    D("“who are having second thoughts,”", "“who are having second thoughts,”", "Caleb Oduya-Franklin",
      "He", "added"),
    D("“a must-win.”", "“a must-win.”", "Douglas Sandoval", "Douglas Sandoval", "called"),
    D("“Democrats are trying to buy", "he wants to represent.”", "Republican National Committee", "the RNC",
      "said", paragraphs=2, frame="In a statement to POLITICO, the RNC said:"),
    D("“desperate”", "“desperate”", "Oduya-Franklin campaign", "The Oduya-Franklin campaign", "called"),
    D("“a sign of exactly", "how worried they are.”", "Oduya-Franklin campaign", "The Oduya-Franklin campaign",
      "called"),
    D("“Ask me on election night.", "heartbroken before.”", None, "One senior Democratic operative", None),
], aliases={"Republican National Committee": ["RNC"]})

# ---------------------------------------------------------------------------------------------
# polnews_test_13: Washington Post style, Virginia's Democratic primary for governor (June
# 2017); curly marks. Two women in most paragraphs (Marchbanks, Arrendondo-Park): after "did
# not mention Marchbanks by name. She did not have to." the next paragraph's "she said" is
# Arrendondo-Park; in the Roanoke paragraph "she" is Marchbanks (second "she", second
# "said"). The governor's three-paragraph quotation reopens its mark at each paragraph and
# closes only in the last, where its frame is ("the governor said"): paragraphs=3. Her
# Facebook post after "she wrote:" is direct. Ashworth-Bell "described the race as “...”,
# adding: “...”": two quotes, cues "described" and "adding". The open letter of "a group of
# 40 Democratic mayors and county supervisors" is a collective: speaker None, both for the
# phrase after "urging voters to" and for the sentence "the letter read, signed first by
# Mayor Carolyn Tibbs" (first of forty signers: the letter is the group's, mention "the
# letter"). Not quotes: “Virginia first, Washington second.” after "what she calls" (her
# campaign's slogan, a name, as "dubbed"); "said she had heard the criticism", "say the
# Democratic fight helps them" (indirect).
doc("polnews_test_13", 13, [
    D("“This is not a year for caution,”", "“This is not a year for caution,”", "Lucía Arrendondo-Park",
      "she", "said"),
    D("“This is not a year to tell", "wait their turn.”", "Lucía Arrendondo-Park", "she", "said"),
    D("“a hostile takeover", "Roanoke on a map,”", "Daniel Greer", "Daniel Greer", ("according to", 2)),
    D("“I’ve been called cautious before,”", "“I’ve been called cautious before,”", "Evelyn Marchbanks",
      ("she", 2), ("said", 2)),
    D("“I was called cautious by people", "at 3 in the morning.”", "Evelyn Marchbanks", ("she", 2), ("said", 2)),
    D("“I have known Evelyn", "you don’t know her,”", "Terrence McAdoo", "the governor", "said",
      paragraphs=3, frame="the governor said"),
    D("“The President has told us", "who we are.”", "Lucía Arrendondo-Park", "she", "wrote"),
    D("“Whoever comes out", "so far to the left,”", "Rachel Odom", "Rachel Odom", "said"),
    D("“a family argument about tone,”", "“a family argument about tone,”", "Kenneth Ashworth-Bell",
      "Kenneth Ashworth-Bell", "described"),
    D("“Come November", "at the same table.”", "Kenneth Ashworth-Bell", "Kenneth Ashworth-Bell", "adding"),
    D("“set aside the Washington noise.”", "“set aside the Washington noise.”", None,
      "a group of 40 Democratic mayors and county supervisors", "urging"),
    D("“Virginia does not need a governor", "Wise County and Petersburg,”", None, "the letter", "read"),
    D("“I’ve been to Wise County", "who signed it,”", "Lucía Arrendondo-Park", "she", "said"),
])

# ---------------------------------------------------------------------------------------------
# polnews_test_14: AP style, Arizona Senate primary (August 2016); straight marks, dateline
# "PHOENIX (AP) —". The headline's 'I'm not going anywhere' (single straight marks, an
# apostrophe inside) is Pratt's, mention "Pratt", no cue. "accusing Pratt of being "soft on
# the border"": partial, direct. Holloway "called the senator "...," according to a
# recording": cue "called" (the nearer speech verb). Pratt's "He's entitled to his opinion,"
# he said": two men in the paragraph before (Pratt, Holloway); "he" is Pratt, who was asked.
# Ruckert reads a constituent's email: the words are the unnamed constituent's (speaker
# None, mention "a constituent", cue "email"). The campaign statement is quoted over two
# paragraphs in two separate quotations ("read a statement from the Pratt campaign", then a
# paragraph with no cue) and signed, in the next paragraph, by Felix Osterhout: both are
# his; the frame spans the three paragraphs, mention his name, cue "read". Whitlow: "he"
# and "said" are the second in the paragraph.
STATEMENT_14 = ('read a statement from the Pratt campaign Thursday night.\n\n"He will keep doing it, and he '
                'doesn\'t need a sheriff\'s permission."\n\nThe statement was signed by Pratt\'s campaign manager, '
                'Felix Osterhout.')
doc("polnews_test_14", 19, [
    D("'I'm not going anywhere'", "'I'm not going anywhere'", "Gordon Pratt", "Pratt", None),
    D('"not going anywhere."', '"not going anywhere."', "Gordon Pratt", "Sen. Gordon Pratt", "says"),
    D('"I\'ve been called a lot of things', 'in 24 years,"', "Gordon Pratt", "Pratt", "said"),
    D('"Quitter has never', 'one of them."', "Gordon Pratt", "Pratt", "said"),
    D('"soft on the border"', '"soft on the border"', "Loretta Vasquez-Hale",
      "former state Sen. Loretta Vasquez-Hale", "accusing"),
    D('"Gordon Pratt had 24 years', 'secure that border,"', "Loretta Vasquez-Hale", "Vasquez-Hale", "told"),
    D('"He had his chance.', 'a lot of chances."', "Loretta Vasquez-Hale", "Vasquez-Hale", "told"),
    D('"a good man who has been', 'a little too long,"', "Garrett Holloway", ("Holloway", 2), "called"),
    D('"He\'s entitled to his opinion,"', '"He\'s entitled to his opinion,"', "Gordon Pratt", "he", "said"),
    D('"So are the voters', 'get the last word."', "Gordon Pratt", "he", "said"),
    D('"Sheriff, please tell', 'not a retirement home."', None, "a constituent", "email"),
    D('"That\'s not me talking,"', '"That\'s not me talking,"', "Wendell Ruckert", "Ruckert", "said"),
    D('"That\'s a voter."', '"That\'s a voter."', "Wendell Ruckert", "Ruckert", "said"),
    D('"Senator Pratt has brought home', 'in the state\'s history,"', "Felix Osterhout", "Felix Osterhout", "read",
      frame=STATEMENT_14),
    D('"He will keep doing it', 'a sheriff\'s permission."', "Felix Osterhout", "Felix Osterhout", "read",
      frame=STATEMENT_14),
    D('"I\'ve voted for him every time', 'vote for him again,"', "Ana Lucero", "Ana Lucero", "said"),
    D('"But I understand why', 'I\'m frustrated."', "Ana Lucero", "Ana Lucero", "said"),
    D('"Nothing personal,"', '"Nothing personal,"', "Darrell Whitlow", ("he", 2), ("said", 2)),
    D('"It\'s just time."', '"It\'s just time."', "Darrell Whitlow", ("he", 2), ("said", 2)),
])

# ---------------------------------------------------------------------------------------------
# polnews_test_15: New York Times style, a cabinet confirmation hearing (January 2017); curly
# marks, honorifics. “Peggy” is a nickname, not a quote. Role noun "the Ohio Democrat"
# (alias). "“Your name is on the sign,” she said.": two women in the paragraph before
# (Halloran, Abernathy-Cole); "she" is Abernathy-Cole, who "was not satisfied". "was quoted
# as saying that a higher minimum wage would “...”": direct, cue "saying". The employee's
# letter, read aloud by Senator Ybarra, runs over two paragraphs (“When my husband ... “It
# was.”): one quote, paragraphs=2, whose writer is named only in the paragraph after it
# ("The letter was signed by Bernadette Kowalczyk"), cue "letter". Inside it, ‘Your job will
# be here when you get back.’ is Halloran's (Peggy), mention "She". The AFL-CIO as speaker.
# “in very good shape,” according to one Republican aide: unnamed, speaker None. Not
# annotated: "told senators on Wednesday that she regretted", "said the violations had
# occurred", "asked whether she had any final words" (indirect), the 2014 finding.
doc("polnews_test_15", 15, [
    D("“I started out carrying plates", "what that job is like,”", "Margaret Halloran", "Ms. Halloran", "said"),
    D("“When we made mistakes", "with interest.”", "Margaret Halloran", "Ms. Halloran", "said"),
    D("“Ms. Halloran, you say", "what the job is like,”", "Ruth Abernathy-Cole", "the Ohio Democrat", "said"),
    D("“Then help me understand", "without their overtime.”", "Ruth Abernathy-Cole", "the Ohio Democrat", "said"),
    D("“Your name is on the sign,”", "“Your name is on the sign,”", "Ruth Abernathy-Cole", "she", "said"),
    D("“put half the kids", "their first job.”", "Margaret Halloran", "Ms. Halloran", "saying"),
    D("“I said that, and I was wrong", "say it that way,”", "Margaret Halloran", "Ms. Halloran", "replied"),
    D("“But I still believe", "nobody gets paid.”", "Margaret Halloran", "Ms. Halloran", "replied"),
    D("“so thoroughly prepared.”", "“so thoroughly prepared.”", "Walter Brisco", "Senator Walter Brisco", ("said", 1)),
    D("“When my husband got sick", "“It was.”", "Bernadette Kowalczyk", "Bernadette Kowalczyk", "letter",
      paragraphs=2, frame="The letter was signed by Bernadette Kowalczyk"),
    D("‘Your job will be here", "when you get back.’", "Margaret Halloran", "She", "told"),
    D("“disqualifying”", "“disqualifying”", "AFL-CIO", "The AFL-CIO", "called"),
    D("“in very good shape,”", "“in very good shape,”", None, "one Republican aide", "according to"),
    D("“Only that I know", "need a paycheck,”", "Margaret Halloran", "Ms. Halloran", "said"),
    D("“and I intend to act like it.”", "“and I intend to act like it.”", "Margaret Halloran", "Ms. Halloran",
      "said"),
], aliases={"Ruth Abernathy-Cole": ["Democrat"]})
