"""Annotation decisions for the ewt_quotes gold set: every quote, per document, by the strings
that start and end its span, its kind, the speaker's canonical name, the speaker mention and
the cue. build.py turns these into offsets by string search and checks them; nothing here is
an offset. Conventions: README.md in this folder (those of ../pud_quotes, ../mtsc_quotes,
../gum_quotes and ../seeds/README.md, section "Quotes").

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  I(start, end, speaker, mention, cue)   indirect (reported) speech; the reported content,
                                         without a final period
  T(start, end, speaker, mention)        an interview turn, cue always null
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame. An EWT document has no paragraph breaks
  (its sentences are joined by one space), so the default frame is the whole document;
  frame="..." names a shorter stretch (itself unique in the text) holding the mention and the
  cue, usually the words of the speech frame ("Griffin said"). Unique in the frame, or
  (string, n) = n-th occurrence in the frame. None = no mention / cue.
- speaker: canonical name (the full name as the document gives it), or None when the text
  does not let a reader know who spoke. A pronoun is resolved only to an antecedent written
  in the document; world knowledge is not used.
- marks="none" / "unclosed" / "unopened": a direct quote without marks, without its closing
  mark, or without its opening mark; each needs why="...".
Per document: source, expected (the number of quotes, a guard), extra_speakers, aliases.

The texts are weblog posts and newsgroup messages that reproduce or summarise news (wire
stories, newspaper pieces) with the poster's comments between them. The poster's own opinions
("I can say that", "I think") are not quotes; what the reproduced article reports is.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def I(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="indirect", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def T(start, end, speaker, mention=None, **kw):
    return dict(kind="turn", start=start, end=end, speaker=speaker, mention=mention, cue=None, **kw)


TRAIN = "uner_ewt_train"
DEV = "uner_ewt_dev"

ARTICLES = {}


def doc(doc_id, source, expected, quotes, **kw):
    ARTICLES["en_ewt:" + doc_id] = dict(source=source, expected=expected, quotes=quotes, **kw)


# =============================================================================================
# uner_ewt_dev
# =============================================================================================

# India News Window: 'confessed' (single marks) is a scare quote around a verb with an NP
# object ("confessed his involvement"): no quote, kept so that false alarms count.
doc("newsgroup-groups.google.com_IndiaNewsWindow_434225fff269b2af_ENG_20051109_074500", DEV, 0, [])

# GNOFHAC complaint against HANO. "The complaint ... accuses HANO of violating" (NP object +
# "of"): not annotated. "The current complaints allege that": the complaints are GNOFHAC's
# (it filed them), so the organisation speaks. "former residents have been informed that":
# passive, nobody named: speaker None, no mention. The two-sentence quotation is one span.
doc("newsgroup-groups.google.com_KatrinaAlliance_5aa2d7f53b76354f_ENG_20051125_134100", DEV, 3, [
    I("HANO has not provided qualified", "per the 2003 agreement", "Greater New Orleans Fair Housing Action Center",
      "The current complaints", "allege"),
    I("there are no available public housing units", "reserved for HANO employees", None, None, "informed"),
    D("\"In the wake of Hurricane Katrina", "2003 enforcement agreement,\"", "James Perry", "James Perry", "said"),
], aliases={"Greater New Orleans Fair Housing Action Center": ["GNOFHAC"]})

# "according to" an organisation (the IUCN's year statistics, a statement, not a finding of
# the poster). The trailing "s" and signature are layout.
doc("newsgroup-groups.google.com_alt.animals_1054ad831ec01b4c_ENG_20031204_144900", DEV, 1, [
    I("the year 2003 has been bad news", "closer to extinction than ever before", "World Conservation Union",
      "the World Conservation Union", "according to"),
])

# Blogger on an AP story about Abbas. Not quotes: "macho talk" (the blogger's scare quote);
# "pledged to fulfill ...", "pledged to resolve ..." (to-infinitive commitments, as
# "threatened to retaliate" in mtsc_quotes); "He is already demanding claims that Israel said
# no to ..." (garbled; "said no to" has an NP object); the caption's "talks during his first
# official campaign speech" (no content); "I can say that ..." (the blogger's own view).
# "has demanded that Israel leave ...": a demand in a content clause, reported speech; the
# blogger's aside "(which includes East Jerusalem by the way)" is left out of the span.
doc("newsgroup-groups.google.com_hiddennook_23708a8afef2f3a8_ENG_20041226_230600", DEV, 3, [
    I("Israel leave all the land", "before the 1967 border", "Mahmoud Abbas",
      "Palestinian Leader Mahmoud Abbas", "demanded"),
    I("he was determined to provide security", "West Bank barrier", "Mahmoud Abbas", "Abbas", "told",
      frame="Abbas told supporters"),
    # marked words after "called X": direct (mtsc_quotes, gum_quotes)
    D("\"very important and very dangerous.\"", "\"very important and very dangerous.\"", "Mahmoud Abbas",
      "Abbas", "called", frame="Abbas, a refugee himself from what is today the northern Israeli city of Safed, called"),
])

# BBC + Jerusalem Post excerpts with the blogger's comments. "Hamas has announced an end to"
# and "declared the cease fire" (NP objects), "refused to recognized" (not speech): not quotes.
# "Authorised by Ariel Sharon to make "unrestricted" strikes": the marked word is taken as the
# authorisation's wording (as "urging them to "stand firm"" in mtsc_quotes): direct, Sharon.
# "hopes to turn the Gaza strip "into a vast battlefield."": marked words given as Islamic
# Jihad's, the frame is not a speech verb: direct, cue None (as “tainted by bias” in mtsc).
doc("newsgroup-groups.google.com_hiddennook_5380fdd00f8e5e56_ENG_20050926_194800", DEV, 6, [
    D("\"unrestricted\"", "\"unrestricted\"", "Ariel Sharon", "Ariel Sharon", "Authorised"),
    D("\"We 're not happy", "against the Palestinians,\"", "Khader Habib", "Khader Habib", "commented"),
    # goes on after the frame in its own marks: reuses the frame
    D("\"But it seems that Hamas", "political agenda.\"", "Khader Habib", "Khader Habib", "commented"),
    D("\"The problem is not", "Palestinians ' infrastructure,\"", "Khader Habib", "Habib", "said",
      frame="Habib said"),
    D("\"Hamas remains targeted", "toward civil war.\"", "Khader Habib", "Habib", "said",
      frame="Habib said"),
    D("\"into a vast battlefield.\"", "\"into a vast battlefield.\"", "Islamic Jihad", "Islamic Jihad", None,
      frame="Islamic Jihad has refused"),
])

# New Scientist Space excerpts. "NASA is looking to ..., it announced this week": trailing
# frame, "it" = NASA. "Griffin 's expectations" is not speech.
doc("newsgroup-groups.google.com_hiddennook_edef226e24a57863_ENG_20051116_085200", DEV, 5, [
    I("NASA is looking to private companies", "the International Space Station", "NASA", "it", "announced", frame="it announced"),
    D("\"It 's not cost-effective", "back to the Moon,\"", "Brett Alexander", "Brett Alexander", "says"),
    I("the agency expects to invest", "over five years", "Michael Griffin",
      "NASA administrator Michael Griffin", "told"),
    D("\"That kind of a financial", "providers to emerge,\"", "Michael Griffin", "Griffin", "said",
      frame="Griffin said"),
    D("\"I hope that industry", "I do not expect it,\"", "Michael Griffin", "Griffin", "added",
      frame="Griffin added"),
])

# Wire story on oil prices; "Exxon Mobil released nonessential staff" is not speech.
doc("newsgroup-groups.google.com_marketplace_e019a6deff0a1c7f_ENG_20050922_024300", DEV, 3, [
    I("Rita was \"extremely dangerous\"", "on the Saffir-Simpson scale", "US National Hurricane Center",
      "The US National Hurricane Center", "said", frame="The US National Hurricane Center said"),
    D("\"extremely dangerous\"", "\"extremely dangerous\"", "US National Hurricane Center",
      "The US National Hurricane Center", "said", frame="The US National Hurricane Center said"),
    I("it was reducing rates", "85,000 bpd Houston refinery", "Valero", "Valero", "said", frame="Valero said"),
])

# AFP story on Tehran's Holocaust cartoon contest, with the blogger's comments. Not quotes:
# "Iran Cartoon" (a name), "is inviting cartoonists to do their best" (request), "these idiots
# think" (the blogger's view, cognition). "He added that A and that B": two content clauses,
# two spans (as the two "that" clauses in mtsc_quotes). "he" = Shojai throughout.
doc("weblog-blogspot.com_aggressivevoicedaily_20060814163400_ENG_20060814_163400", DEV, 6, [
    D("\"We staged this fair", "Westerners believe in,\"", "Masoud Shojai", "Masoud Shojai", "said",
      frame="Masoud Shojai, head of the country 's \"Iran Cartoon\" association and the fair organizer, said"),
    D("\"They can freely write", "sent to prison,\"", "Masoud Shojai", "he", "added", frame="he added"),
    D("\"Though we do not deny", "pay for it?\"", "Masoud Shojai", "Shojai", "told", frame="Shojai told"),
    I("around 1,100 cartoons were submitted", "more than 60 countries", "Masoud Shojai", "He", "added",
      frame="He added that"),
    I("more than 200 are on show", "more than 200 are on show", "Masoud Shojai", "He", "added",
      frame="He added that"),
    I("the top three cartoons will be announced", "5,000 dollars respectively", "Masoud Shojai", "He", "said",
      frame="He said the top"),
])

# Blogger quoting an article on the ADC's evacuation lawsuit. Not quotes: "dual-citizens",
# "Arab street" (scare quotes); "I would argue that ..." and "Dear Nina, Here 's a tip" (the
# blogger's own words). "charging that": the ADC's allegation, indirect. Chahine's quotation
# goes on in new marks after "told reporters": one span for its three sentences, same frame.
doc("weblog-blogspot.com_alaindewitt_20060827093500_ENG_20060827_093500", DEV, 6, [
    I("they mismanaged the evacuation efforts", "they mismanaged the evacuation efforts",
      "American-Arab Discrimination Committee", "The American-Arab Discrimination Committee", "charging"),
    I("her wedding in the southern city", "was set for July 13", "Nina Chahine", "Nina Chahine", "said",
      frame="Nina Chahine, 19, who with her family was among the named plaintiffs in the lawsuit, said"),
    I("The wedding had to be postponed", "the outbreak of the war", "Nina Chahine", "she", "said",
      frame="she said"),
    D("\"We were on the road", "way for us to get home,\"", "Nina Chahine", "Chahine", "told",
      frame="Chahine told reporters"),
    D("\"We were all American citizens", "fearing death, basically.\"", "Nina Chahine", "Chahine", "told",
      frame="Chahine told reporters"),
    I("her immediate family spent", "via Syria and Jordan", "Nina Chahine", "Chahine", "said",
      frame="Chahine said her"),
])

# Google analyst day. "Do n't be evil," is the company's motto given as a stated goal (a
# slogan, like a title), "Do n't be profitable." the blogger's joke on it, 'proof' a scare
# quote: no quote, kept so that false alarms count.
doc("weblog-blogspot.com_marketview_20050210075500_ENG_20050210_075500", DEV, 0, [])

# Dan Froomkin's column quoted at length after "this little bit from Dan Froomkin 's "White
# House Briefing" column ... (read the whole column here ):" -- a block quotation that lost its
# layout, so direct with marks="none" (as the Cohen statement in mtsc_quotes), cue None. Nothing
# after the transcript marks the blogger's voice again, so the excerpt is taken to run to the
# end of the post ("Now that 's a rambling response. ... in 1999."): a hard call.
# Inside it, the Ask the President transcript (each paragraph opened by a mark, closed once at
# the end): two turns, as the broadcast transcripts of mtsc_quotes. "Q": the unnamed
# questioner, speaker None, mention the label; "THE PRESIDENT" = Bush (the excerpt names him:
# "whether Bush has any thoughts about his memoirs"). The President's answer runs over three
# quoted paragraphs with no question between: one turn (as stardust in gum_quotes), ending at
# his last words (the final "(Applause.)" is a stage note). Not quotes: "one of the questions
# was about whether Bush has any thoughts" (a sourceless noun frame), 'A Charge to Keep.'
# (title, twice), "A Charge to Keep" (title), "autobiography" (scare quote), "White House
# Briefing" (column name), "The hymn talks about serving ..." (NP object).
doc("weblog-blogspot.com_tacitusproject_20040712123425_ENG_20040712_123425", DEV, 3, [
    D("At the Ask the President event", "Karen Hughes in 1999.", "Dan Froomkin", "Dan Froomkin", None,
      marks="none", why="a block quotation of Froomkin's column printed without marks"),
    T("Thank you -- I was wondering", "what will the main theme say?", None, "Q"),
    T("I appreciate that.", "once I got into the Oval Office.", "Bush", "THE PRESIDENT"),
], aliases={"Bush": ["THE PRESIDENT"]})

# Commentary on nuclear programmes. Not quotes: "word coming this week that a deal was
# reached" (sourceless noun frame), "released what they call proof" (naming), "has never
# officially said that" (negated), "It is estimated that", "It is rumored that" (no source).
doc("weblog-blogspot.com_thelameduck_20041119192207_ENG_20041119_192207", DEV, 2, [
    I("it was seeking and building", "the world ’s ever seen", "Russia", "Russia", "announced",
      frame="Russia also announced"),
    I("Russia is will have new nuclear weapons", "do not and will not have", "Vladimir Putin",
      "President Vladimir Putin", "said", frame="President Vladimir Putin said"),
])

# A newsgroup post quoting a signed saying: "..." ~CGoehring, a pull quote signed by its
# author (as `"..." - Matthew Ingram` in gum_quotes): direct, cue None.
doc("newsgroup-groups.google.com_APassionforRats_13b309ec29808aeb_ENG_20050523_143400", DEV, 1, [
    D("\"...there is no companion", "as a rat.\"", "CGoehring", "CGoehring", None),
])

# Juan Cole summarising wire reports. Outlet attributions are not annotated ("Xinhua reports
# that ...", "Ash-Sharq al-Awsat reports that ..."), but Xinhua's own words in marks after
# "Xinhua alleged that" are: "that" + a whole clause in marks, one direct quote. The Board of
# Muslim clerics' sentence: the marked words ("condemned ... in Iraq.") are the report's
# wording about the Board (NP objects, no speech content of the Board's), quoted from the
# Xinhua report the post opens with: direct, speaker Xinhua, no mention, no cue (as the
# quoted AP bulletin in mtsc_quotes). al-Sadr: "said the attack was "criminal"" is an
# indirect clause with a nested partial quotation; "and that "the Zionists ..."" is "that" +
# a whole clause in marks, one direct quote. The Governing Council's communique: one
# quotation over two sentences (with ". . ." inside), framed before ("issued a communique
# saying,") and after ("the message claimed"): speaker the Council, mention its name, cue
# "saying".
doc("weblog-juancole.com_juancole_20040324065800_ENG_20040324_065800", DEV, 6, [
    D("\"condemned the assassination", "coalition soldiers in Iraq.\"", "Xinhua"),
    I("the attack was \"criminal\"", "the attack was \"criminal\"", "Muqtada al-Sadr",
      "Radical Shiite cleric Muqtada al-Sadr", "said"),
    D("\"criminal\"", "\"criminal\"", "Muqtada al-Sadr", "Radical Shiite cleric Muqtada al-Sadr", "said"),
    D("\"the Zionists have left", "fighting and jihad\"", "Muqtada al-Sadr",
      "Radical Shiite cleric Muqtada al-Sadr", "said"),
    D("\"It is a proof of the emptiness", "peace to the region,\"", "Governing Council",
      "The interim Governing Council", "saying"),
    D("\"Many of the Iraqis", "under the Israeli occupation.\"", "Xinhua", "Xinhua", "alleged",
      frame="Xinhua alleged"),
])

# Juan Cole on the CPA and Muqtada al-Sadr, quoting an AP story in single marks (' ... ').
# The AP excerpt is one direct quote by AP (cue "reported"), and the quotes inside it are
# annotated too. "A radical Shiite Muslim cleric ... said that": the cleric is al-Sadr (named in
# the next sentence). "according to the Asian Times" is an outlet attribution (not
# annotated); Zelikow's admission it reports is. Named journalists reporting are persons:
# "Anthony Shadid ... reveals that" is annotated (unlike bare outlet names). Not quotes: "One
# answer is that" (the writer's), "expressed solidarity with" (NP object), "which Hassan
# Nasrallah called for to stand with Hamas" (a call to), "He did comment on what he meant by
# the phrase" (no content), "I could have predicted to you" (the writer's).
doc("weblog-juancole.com_juancole_20040404101100_ENG_20040404_101100", DEV, 9, [
    I("the ulterior motive of the Bush administration", "\"protect Israel,\"", "Philip Zelikow",
      "Sept. 11 Commission member Philip Zelikow", "admitted"),
    D("\"protect Israel,\"", "\"protect Israel,\"", "Philip Zelikow",
      "Sept. 11 Commission member Philip Zelikow", "admitted"),
    D("' A radical Shiite Muslim cleric", "meant by the phrase. '", "AP", "AP", "reported",
      frame="AP reported of Muqtada"),
    I("he should be considered the group", "\"striking arm\" in Iraq", "Muqtada al-Sadr",
      "A radical Shiite Muslim cleric", "said", frame="A radical Shiite Muslim cleric has expressed solidarity with the militant Palestinian group Hamas and said"),
    D("\"striking arm\"", "\"striking arm\"", "Muqtada al-Sadr",
      "A radical Shiite Muslim cleric", "said", frame="A radical Shiite Muslim cleric has expressed solidarity with the militant Palestinian group Hamas and said"),
    D("\"I have said and I repeat", "to stand with Hamas,\"", "Muqtada al-Sadr",
      "Shiite cleric Muqtada al-Sadr", "said", frame="Shiite cleric Muqtada al-Sadr said"),
    I("his party would close ranks with Hamas", "his party would close ranks with Hamas", "Hassan Nasrallah",
      "Nasrallah", "announced", frame="Nasrallah announced"),
    D("\"Let (Hamas) consider me", "Palestine is the same,\"", "Muqtada al-Sadr", "al-Sadr", "said",
      frame="al-Sadr said during"),
    I("the warrants for the arrests", "months be for", "Anthony Shadid", "Anthony Shadid", "reveals"),
])

# Juan Cole's news round-up. Not quotes: "according to az-Zaman" (outlet); "Guerrillas
# threatened to assassinate", "guerrillas threaten to behead them" (to-infinitive); "has
# more on" (no content). Ed Wong (named journalist) reports, and inside his report the Iraqi
# Islamic Party is "saying their position will depend ...": both annotated.
doc("weblog-juancole.com_juancole_20041111060900_ENG_20041111_060900", DEV, 2, [
    I("the Iraqi Islamic Party, which had earlier", "depend on the situation", "Ed Wong", "He", "reports",
      frame="He reports"),
    I("their position will depend", "depend on the situation", "Iraqi Islamic Party",
      "the Iraqi Islamic Party", "saying"),
])

# The blogger quotes his own Newsday opinion piece ("Excerpt: "...""): a direct quote whose
# writer the text never names ("My opinion piece"): speaker None, mention the piece (a
# document, as "The statement" in mtsc_quotes), cue None. "which Sharon had always opposed"
# is not speech.
doc("weblog-juancole.com_juancole_20041120060600_ENG_20041120_060600", DEV, 1, [
    D("\"Arafat 's secular nationalism", "its war on terror.\"", None, "My opinion piece", None),
])

# Blog post quoting Ben Goodger's and Darin Fisher's blog posts as block quotations that lost
# their layout (no marks): direct with marks="none", each after its "announced this ...:" /
# "wrote this response ...:" frame. Darin Fisher's quoted post keeps its title ("Me and the
# big "G"", a title) and signature ("Posted by darin") outside the span. Not quotes: big
# "Welcome!" (a greeting mentioned), "G" (nickname), "Aquire" (scare quote), "none of this has
# been confirmed by Google" (negated), "I 'm inclined to say that" and "What you say makes
# sense" (commenters' own views, no content reported).
doc("weblog-typepad.com_ripples_20050410122300_ENG_20050410_122300", DEV, 4, [
    D("As of January 10, 2005", "web browsing in general.", "Ben Goodger", "He", "announced",
      frame="He announced this in January:", marks="none", why="a blog post quoted as a block, marks lost"),
    D("Welcome Darin!", "2005 is going to rock!", "Ben Goodger", "He", "announced",
      frame="He also announced this in January:", marks="none", why="a blog post quoted as a block, marks lost"),
    D("Following on the heels", "Mozilla project and community :-)", "Darin Fisher", "Darin Fisher", "wrote",
      frame="Darin Fisher wrote", marks="none", why="a blog post quoted as a block, marks lost"),
    D("I want to use this opportunity", "Great to have you on board!", "Ben Goodger", "Ben",
      "made another announcement", frame="Ben made another announcement", marks="none",
      why="a blog post quoted as a block, marks lost"),
])


# =============================================================================================
# uner_ewt_train
# =============================================================================================

# Juan Cole quoting a 1999 CNN story in single marks; its opening ' has no closing mark in the
# text: the CNN excerpt is one direct quote by CNN (named only inside the quote: no mention, no
# cue) with marks="unclosed", up to the end of the story ("... National Security Council.";
# "Not only did Bush ..." is Cole again). Everything quoted inside it is annotated too:
# Clinton's words, Bush's, Hiller's, Gore's, Leavy's. "referring to ... Lee Teng-hui simply
# as "Lee."": the name Bush used, his word, as after "described ... as": direct. Gore's
# quotation: its closing mark merges with the inner "good news," (Bush's words quoted by Gore:
# nested direct, speaker Bush, mention "a candidate for president", cue "characterize"); his
# second paragraph ("Further, ...") is never closed in the text: marks="unclosed".
# Cole's comments: "went on to suggest that ... would bring "stability!"" and "that Bush
# proclaimed was bringing "stability" ...": indirect with nested partial quotations of Bush.
# Not quotes: "taking office," (Cole's loose rendering of "took over office", a scare quote),
# "stuttering about "the General,"" and "equating dictatorship with "stability."" (phrases
# mentioned as NP objects), "Hiller asked Bush to name" (request), "Gore released a statement
# ... taking Bush to task" and "A spokesman ... criticized Bush 's comments" (NP objects),
# "Edwards believes that" (belief, inside the campaign literature's quotation), the writer's
# own "one answer ... is that", "one might well argue that".
# Edwards' campaign literature speaks for Edwards (his campaign's document).
doc("weblog-juancole.com_juancole_20040708181175_ENG_20040708_181175", TRAIN, 18, [
    I("John Edwards lacks the experience", ("necessary to be president", 1), "George W. Bush",
      "George W. Bush", "alleged", frame="George W. Bush alleged"),
    D("' Bush fails reporter", "National Security Council.", "CNN",
      marks="unclosed", why="Cole's single-mark quotation of the CNN story is never closed in the text"),
    I("Bush \"should, and probably will, pick up\"", "pick up\" those names", "Bill Clinton",
      "President Bill Clinton", "says"),
    D("\"should, and probably will, pick up\"", "\"should, and probably will, pick up\"", "Bill Clinton",
      "President Bill Clinton", "says"),
    D("\"Lee.\"", "\"Lee.\"", "George W. Bush", "Bush", "referring", frame="Bush was only able to give a partial response to the query on the leader of Taiwan, referring"),
    D("\"Can you name the general", "in charge of Pakistan?\"", "Andy Hiller", "Hiller", "asked",
      frame="Hiller asked, inquiring"),
    D("\"Wait, wait, is this 50 questions?\"", "\"Wait, wait, is this 50 questions?\"", "George W. Bush",
      "Bush", "asked", frame="asked Bush."),
    D("\"No, it 's four questions", "in four hot spots.\"", "Andy Hiller", "Hiller", "replied",
      frame="Hiller replied"),
    D("\"The new Pakistani general", "good news for the subcontinent.\"", "George W. Bush", "Bush", "said",
      frame="Bush, in answering the question about the leader of Pakistan, also said"),
    D("\"I find it troubling", "as \"good news,\"", "Gore", "Gore", "said", frame="Gore said"),
    D("\"good news,\"", "\"good news,\"", "George W. Bush", "a candidate for president", "characterize"),
    D("\"Further, I find it even more", "Comprehensive Test Ban Treaty.", "Gore", "Gore", "said",
      frame="Gore said", marks="unclosed", why="Gore's second paragraph has no closing mark in the text"),
    D("\"It is very dangerous", "democratically elected governments,\"", "David Leavy", "David Leavy", "said",
      frame="said David Leavy"),
    I("the overthrow of an elected prime minister", "would bring \"stability!\"", "George W. Bush",
      "he", "suggest", frame="he seems to have confused coup-making with \"taking office,\" and moreover went on to suggest"),
    D("\"stability!\"", "\"stability!\"", "George W. Bush", "he", "suggest",
      frame="he seems to have confused coup-making with \"taking office,\" and moreover went on to suggest"),
    I("was bringing \"stability\" to the region", "was bringing \"stability\" to the region", "George W. Bush",
      "Bush", "proclaimed", frame="Bush proclaimed"),
    D("\"stability\"", "\"stability\"", "George W. Bush", "Bush", "proclaimed",
      frame="Bush proclaimed"),
    D("\"Edwards believes that the U.S.", "Israelis and the Palestinians.\"", "John Edwards",
      "Edwards ' campaign literature", "said", frame="what Edwards ' campaign literature said"),
])

# BBC story on Hurricane Katrina, reposted. "The city mayor" (of New Orleans) is Ray Nagin,
# named later as "New Orleans mayor Ray Nagin"; "he" after it = the mayor. "One resident of
# New Orleans said ... "hell"" is taken as Kioka Williams, quoted in the next sentence (the
# BBC's usual lead-in to a named quotation). The reader's comment box ("Before the phones
# went, I was told [...] ... Natalie McVeigh Oakley, England") lost its layout: direct with
# marks="none", cue None, and the passive "I was told [...] had lost" inside it is indirect,
# speaker None. "a state official", "officials", "The US energy secretary" are unnamed:
# None with the mention. Named journalist "The BBC 's Alastair Leithead ... says": annotated.
# Not quotes: 'Hundreds dead' (a subheading), "storm surge" (term), "Mississippi media earlier
# reported 54 people killed" (outlet, NP object), "were reported dead" (no content clause),
# "has urged evacuees not to try", "urged residents to spend", "has called on Americans to
# donate" (requests), "Damage estimates ... suggest" (finding), "are feared dead", "officials
# plan to evacuate" (not speech).
doc("newsgroup-groups.google.com_IndiaNewsWindow_1405662573fa84ed_ENG_20050831_110400", TRAIN, 20, [
    I("rescuers were unable to retrieve the dead", "rescuers were unable to retrieve the dead", "Ray Nagin",
      "The city mayor", "said", frame="The city mayor said"),
    D("\"They 're just pushing them aside,\"", "\"They 're just pushing them aside,\"", "Ray Nagin", "he", "said",
      frame="\"They 're just pushing them aside,\" he said"),
    D("\"It 's a very, very desperate situation,\"", "\"It 's a very, very desperate situation,\"",
      "Kathleen Blanco", "Louisiana Governor Kathleen Blanco", "said", frame="Louisiana Governor Kathleen Blanco said"),
    I("escaping from the storm was \"hell\"", "escaping from the storm was \"hell\"", "Kioka Williams",
      "One resident", "said", frame="One resident of New Orleans said"),
    D("\"hell\"", "\"hell\"", "Kioka Williams", "One resident", "said", frame="One resident of New Orleans said"),
    D("\"We were screaming", "It was complete chaos,\"", "Kioka Williams", "Kioka Williams", "told", frame="Kioka Williams told"),
    D("Before the phones went", "they were letting in water", "Natalie McVeigh", "Natalie McVeigh", None,
      marks="none", why="a reader's comment box printed without marks, signed below"),
    I("[my family in Biloxi] had lost", "they were letting in water", None, None, "told",
      frame="I was told"),
    I("up to 80% of the city was submerged", "by waters 6m (20ft) deep", "Ray Nagin",
      "New Orleans mayor Ray Nagin", "said", frame="New Orleans mayor Ray Nagin said"),
    I("water levels could still rise", "water levels could still rise", "Ray Nagin", "He", "warned"),
    D("\"Some sections of the city", "(some 3m) of water,\"", "Ray Nagin", "he", "said",
      frame="of water,\" he said"),
    I("it could take a month to clear", "to clear the flood waters", "US Army Corps of Engineers",
      "The US Army Corps of Engineers", "says", frame="The US Army Corps of Engineers says"),
    I("there is panic as vital supplies run out", "there is panic as vital supplies run out",
      "Alastair Leithead", "The BBC 's Alastair Leithead", "says", frame="The BBC 's Alastair Leithead in New Orleans says"),
    D("\"You 're going to be looking", "along the coast,\"", None, "a state official", "said", frame="a state official said"),
    I("it could be weeks before power is restored", "it could be weeks before power is restored", None,
      "officials", "say", frame="officials say"),
    D("\"I can only imagine", "60 years ago,\"", "Haley Barbour", "Mississippi Governor Haley Barbour", "said",
      frame="said Mississippi Governor Haley Barbour"),
    I("The town 's death toll", "\"in the hundreds\"", "Vincent Creel", "municipal spokesman Vincent Creel",
      "said", frame="municipal spokesman Vincent Creel said"),
    D("\"in the hundreds\"", "\"in the hundreds\"", "Vincent Creel", "municipal spokesman Vincent Creel",
      "said", frame="municipal spokesman Vincent Creel said"),
    I("the crisis would eventually be overcome", "the crisis would eventually be overcome", "Kathleen Blanco",
      "Louisiana 's Governor Blanco", "assured"),
    I("oil will be released", "government petroleum reserves", None, "The US energy secretary", "announced"),
])

# Daily Telegraph article (Richard Spencer) reposted. The People 's Daily comments in its
# own words (an opinion, not a news attribution): annotated. "put down to a "technical error"
# by the Chinese government": the government's explanation in its words: direct (as
# "apologised for his company's "mistakes"" in mtsc_quotes). "ordered state-owned oil firms to
# "go abroad"": the order's words (as "urging them to "stand firm"" in mtsc_quotes): direct.
# "a cost that experts said would add up to ...": the reported clause has its subject
# extracted; the span is its predicate. "Eurasia Group ... said its oil experts worked out
# that ...": Eurasia's report, one indirect span ("worked out" itself is a finding, not a
# second quote). "China 's wider aggression ... was the greatest threat ... next decade."
# stands between two quotations of Kindopp, back-shifted and without frame: his view
# reported (as the continued allegations of mtsc_quotes), indirect, his frame reused.
# Not quotes: "is prompting fears of", "pariah states" (scare quote), "China threatened to
# veto" (to-infinitive), "an order issued ... to seek" (noun + to), "China is furious that"
# (emotion), "the line that Japan regards as its border" (view), "in my view" (inside).
doc("newsgroup-groups.google.com_IdeaStockExchange_c6ea783ac3f043ba_ENG_20041120_243700", TRAIN, 17, [
    D("\"technical error\"", "\"technical error\"", "Chinese government", "the Chinese government", "put down to"),
    I("competition over the East China Sea", "arena of international energy\"", "People 's Daily",
      "the People 's Daily", "commented"),
    D("\"only a prelude of the game", "arena of international energy\"", "People 's Daily",
      "the People 's Daily", "commented"),
    I("would add up to three times", "buying oil on the market", None, "experts", "said",
      frame="experts said"),
    I("it opposed moves to refer", "United Nations Security Council", "China", ("it", 1), "said",
      frame="it said that it opposed"),
    D("\"go abroad\"", "\"go abroad\"", "Hu Jintao", "President Hu", "ordered", frame="President Hu ordered"),
    I("the project should be a joint one", "the project should be a joint one", "Japan", "Japan", "protested",
      frame="Japan protested"),
    I("China 's efforts have gone beyond", "even in its own interests", None, "analysts", "saying", frame="analysts are saying"),
    I("the reserves in the East China Sea", "hardly worth the trouble", "Claude Mandil", "Claude Mandil", "said",
      frame="Claude Mandil, the executive director of the International Energy Agency in Paris, said"),
    D("\"Nobody thinks that", "this part of the world,\"", "Claude Mandil", "he", "said",
      frame="this part of the world,\" he said"),
    D("\"It may be a difficult political issue", "energy content is worthwhile.\"", "Claude Mandil", "he", "said",
      frame="this part of the world,\" he said"),
    I("its oil experts worked out", "three times the market price", "Eurasia Group", "Eurasia Group", "said",
      frame="Eurasia Group, a New York-based firm of political analysts, said"),
    D("\"If China 's economy falters", "the assets that produce them,\"", "Jason Kindopp", "Jason Kindopp", "said",
      frame="Jason Kindopp, Eurasia 's lead China analyst, said"),
    D("\"Beijing may end up", "what it paid for them.\"", "Jason Kindopp", "Jason Kindopp", "said",
      frame="Jason Kindopp, Eurasia 's lead China analyst, said"),
    I("China 's wider aggression", "in the next decade", "Jason Kindopp", "Jason Kindopp", "said",
      frame="Jason Kindopp, Eurasia 's lead China analyst, said"),
    D("\"Sudan is the primary example,\"", "\"Sudan is the primary example,\"", "Jason Kindopp", "he", "said",
      frame="\"Sudan is the primary example,\" he said"),
    D("\"It marks the first time", "France and Great Britain.\"", "Jason Kindopp", "he", "said",
      frame="\"Sudan is the primary example,\" he said"),
])

# Canadian news story (Carnegie Medal). Dr. Eric Fortier: "he" throughout is Fortier, the
# narrator of the attack. "experts said" (unnamed): None with the mention. The medal's
# criteria in marks ("who "risk their lives ... of others."") are the Carnegie fund's
# wording, not attributed in the text: frameless, speaker None. Not quotes: "learned there
# was", "what he thought was a dog" (cognition), "The two screamed to frighten the bear".
doc("newsgroup-groups.google.com_alt.animals.bear_395d998336aec581_ENG_20031225_105300", TRAIN, 12, [
    D("\"All of the research", "where we were canoeing,\"", "Eric Fortier", "Dr. Fortier", "said",
      frame="canoeing,\" Dr. Fortier said"),
    D("\"My first thought", "push it away,\"", "Eric Fortier", "he", "said", frame="push it away,\" he said"),
    D("\"A few seconds later", "through the ceiling.\"", "Eric Fortier", "he", "said",
      frame="push it away,\" he said"),
    I("The latter usually consider", "considers humans a snack", None, "experts", "said",
      frame="experts said"),
    D("\"Their screams changed,\"", "\"Their screams changed,\"", "Eric Fortier", "Dr. Fortier", "said",
      frame="\"Their screams changed,\" Dr. Fortier said"),
    D("\"I grabbed my glasses", "headed out.\"", "Eric Fortier", "Dr. Fortier", "said",
      frame="\"Their screams changed,\" Dr. Fortier said"),
    I("The bear dwarfed the 6-foot-1", "knocking him to the ground", "Eric Fortier", "he", "said",
      frame="knocking him to the ground, he said"),
    D("\"The bear gave chase", "I gave chase,\"", "Eric Fortier", "he", "said", frame="I gave chase,\" he said"),
    D("\"At some point", "a couple of times.\"", "Eric Fortier", "he", "said", frame="I gave chase,\" he said"),
    I("he does n't think he hurt the bear badly", "he does n't think he hurt the bear badly", "Eric Fortier",
      "Dr. Fortier", "said", frame="Dr. Fortier said he"),
    I("Both Mr. Parenteau and Ms. Doyon were airlifted", "a centimetre of his jugular", "Eric Fortier",
      "Dr. Fortier", "said", frame="jugular, Dr. Fortier said"),
    D("\"risk their lives", "the lives of others.\"", None),
], aliases={"Eric Fortier": ["Fortier"]})

# UPI "Blue Planet" column reposted. Beschta and Bangs quoted at length; their quotations
# going on in new marks after the frame reuse it. "They explained that": Ripple and Beschta
# together (the coordination as written, as the four senators in mtsc_quotes). Inside
# Beschta's quotation, "they say, 'Who cares?'" (people in general): direct, speaker None. In
# Bangs's, "You say, 'wow!'" is a generic, imagined reaction (what anyone would say looking
# at the photographs): not annotated. "Bangs noted a "pretty interesting social dynamic."":
# his words as an NP object in marks: direct. Not quotes: "claimed to see" (to-infinitive),
# "Rumor also had it" (unsourced), "One compelling argument ... was" (sourceless), "have found
# that ..." (twice: research findings), "the ecology of fear" (a name), "Some conservationists
# want", "appeared to agree with them" (not speech).
doc("newsgroup-groups.google.com_alt.animals_02c2d614bfbf6b20_ENG_20050223_232900", TRAIN, 14, [
    I("elk in Yellowstone used to browse", "the possibility of soil erosion", "William Ripple and Robert Beschta",
      "They", "explained", frame="They explained"),
    D("\"All you have to do", "look at the photographs,\"", "Ed Bangs", "Ed Bangs", "told",
      frame="Ed Bangs, wolf recovery coordinator for the U.S. Fish and Wildlife Service, told"),
    D("\"You say, 'wow!'", "a sea of willow.\"", "Ed Bangs", "Ed Bangs", "told",
      frame="Ed Bangs, wolf recovery coordinator for the U.S. Fish and Wildlife Service, told"),
    D("\"It may be uninteresting", "a lot of people,\"", "Robert Beschta", "Beschta", "told",
      frame="Beschta told"),
    D("\"There 's a lot of impact", "critical to wildland ecosystems.\"", "Robert Beschta", "Beschta", "told",
      frame="Beschta told"),
    D("'Who cares?'", "'Who cares?'", None, "they", "say", frame="they say"),
    I("although the number of elk", "appears markedly different", "Ed Bangs", "Bangs", "said",
      frame="Bangs said although"),
    D("\"I 'm pretty suspicious", "broad generalizations,\"", "Ed Bangs", "he", "cautioned",
      frame="he cautioned"),
    D("\"Wolves are still pretty new.", "have a better idea.\"", "Ed Bangs", "he", "cautioned",
      frame="he cautioned"),
    I("the agency has established viable", "as required by federal regulations", "Ed Bangs", "Bangs", "said",
      frame="Bangs said the agency"),
    I("his agency is still reviewing the decision", "his agency is still reviewing the decision", "Ed Bangs",
      "Bangs", "said", frame="Bangs said his agency"),
    D("\"pretty interesting social dynamic.\"", "\"pretty interesting social dynamic.\"", "Ed Bangs",
      "Bangs", "noted", frame="Bangs noted"),
    I("these animals are not equipped", "almost certainly have died", "Ed Bangs", "Bangs", "said",
      frame="Bangs said these animals"),
    I("after 10 years of DNA testing", "-- or their descendants", "Ed Bangs", "He", "said",
      frame="He said after 10 years"),
])

# Blogger (signing "acd") reproducing an e-mailed column ("What follows is the text of an
# e-mail sent to me by a friend of mine"). The column is a block quotation printed without
# marks (as Froomkin's column in tacitusproject): direct with marks="none", split in two around
# the blogger's bracketed insertion "[In other words, ... - acd]"; its headline, subtitle and
# author's tagline ("Byron York is a White House correspondent ... His column appears in The
# Hill each week.") are left out of the spans, like the title and signature of the quoted posts
# in ripples. The tagline names the writer: speaker Byron York; the e-mail has no speech verb:
# no mention, no cue. Inside the column: “deserted” and “AWOL” with "according to" a named
# person: direct; "His superior officers said OK.": the span is "OK" (as "told her yes" in
# mtsc_quotes), unnamed officers: None with the mention; the evaluations (documents, writers
# unnamed): None with the mention, "said Bush “...” and was “...”" indirect with two nested
# partial quotations, "called Bush “...”" direct; "According to records released earlier this
# year" (documents, as the released emails in mtsc_quotes): indirect, None, the writer's
# parenthesis "(since he joined ...)" left out. Not quotes: "band of brothers", "60 Minutes II"
# (scare quote, title); "Dan Rather libeled George Bush", "Bush asked for permission to go",
# "blames Bush for", "has personally questioned Bush ’s service" (NP objects); "The numbers
# indicate that" (finding); "before the Swift boat veterans had said a word" (no content).
doc("weblog-blogspot.com_alaindewitt_20040929103700_ENG_20040929_103700", TRAIN, 18, [
    D("What do you really know", "Bush earned 340 points in 1969-1970.", "Byron York", None, None,
      marks="none", why="an e-mailed column reproduced without marks (first part)"),
    D("He earned 137 points", "release more of his military records as well.", "Byron York", None, None,
      marks="none", why="an e-mailed column reproduced without marks (after the blogger's insertion)"),
    I("Bush earned 253 points in his first year", "May 1968 to May 1969", None, "records", "According to",
      frame="According to records released earlier this year"),
    D("“deserted”", "“deserted”", "Michael Moore", "anti-Bush filmmaker Michael Moore", "according to",
      frame="(according to anti-Bush filmmaker Michael Moore)"),
    D("“AWOL”", "“AWOL”", "Terry McAuliffe", "Terry McAuliffe", "according to",
      frame="(according to Terry McAuliffe, chairman of the Democratic National Committee)"),
    I("OK", "OK", None, "His superior officers", "said", frame="His superior officers said OK"),
    I("Requests like that were n’t unusual", "Requests like that were n’t unusual", "William Campenni",
      "retired Col. William Campenni", "says", frame="says retired Col. William Campenni"),
    D("“In 1972, there was", "glut of pilots,”", "William Campenni", "Campenni", "says",
      frame="Campenni says."),
    D("“The Vietnam War was winding down", "solve their problem.”", "William Campenni", "Campenni", "says",
      frame="Campenni says."),
    I("Bush “clearly stands out", "look to for leadership.”", None, "A 1970 evaluation", "said", frame="A 1970 evaluation said"),
    D("“clearly stands out", "interceptor pilot”", None, "A 1970 evaluation", "said", frame="A 1970 evaluation said"),
    D("“a natural leader", "look to for leadership.”", None, "A 1970 evaluation", "said", frame="A 1970 evaluation said"),
    D("“an exceptionally fine young officer", "officer and pilot”", None, "A 1971 evaluation", "called", frame="A 1971 evaluation called"),
    D("“continually flies intercept", "his proficiency even further.”", None, "A 1971 evaluation", "called", frame="A 1971 evaluation called"),
    D("“an exceptional fighter interceptor", "pilot and officer.”", None, "a 1972 evaluation", "called", frame="a 1972 evaluation called"),
    I("Bush “has yet to explain", "showed up for duty.”", "John Kerry", "Kerry", "said",
      frame="Kerry said Bush"),
    D("“has yet to explain", "showed up for duty.”", "John Kerry", "Kerry", "said", frame="Kerry said Bush"),
    D("“Just because you get", "answer that question.”", "John Kerry", "Kerry", "said",
      frame="Earlier, Kerry said"),
])

# UPI "Climate" column reposted. Reports speak in their own words in marks ("concluded a
# report ... released by the Pew Center", "the report concluded", "the IPN report agreed", "the
# IPN report said"): direct, the organisation that issued the report as speaker; their
# findings without marks ("The report also found", "The ACIA found", "the assessment found",
# "Bradley 's record ... found that", "An analysis ... shows", "According to Parmesan 's
# earlier studies") are not speech (gum_quotes, hard case 3). The tundra sentence ends in the
# Pew report's words in marks (the sentence goes on from "The report also found"): direct,
# Pew, no mention, no cue. Parmesan's "Throughout the United States, she said, "spring ...":
# only the marked words are annotated (the fronted adverbial is not a clause). Not quotes:
# the report titles ("Observed Impacts ...", "Arctic Climate Impact Assessment.", "The Impacts
# of Climate Change: ...", "A Sand County Almanac."), "Scientists can argue all they want",
# "the report thinks", "the organization can argue" (not reported speech), "Climate models
# generally predict that" (inside the IPN quotation: models, not speakers).
doc("newsgroup-groups.google.com_alt.animals_0e65f540816d780c_ENG_20041116_124800", TRAIN, 17, [
    D("\"One of the major", "ecological communities,\"", "Pew Center on Global Climate", "a report", "concluded",
      frame="concluded a report"),
    D("\"Half of the studies", "and climate change,\"", "Camille Parmesan", "Camille Parmesan", "said",
      frame="said Camille Parmesan"),
    I("These changes are occurring", "across all species", "Camille Parmesan", "Parmesan", "told",
      frame="Parmesan told"),
    D("\"Across the United States", "range is expanding,\"", "Camille Parmesan", "she", "said",
      frame="range is expanding,\" she said"),
    D("\"Empirical research pointed", "a strong driver,\"", "Camille Parmesan", "she", "said",
      frame="a strong driver,\" she said"),
    D("\"There have been large numbers", "the habitat is still acceptable.\"", "Camille Parmesan", "she", "said",
      frame="a strong driver,\" she said"),
    D("\"spring is about two weeks earlier.", "Mexico and the Caribbean.\"", "Camille Parmesan", "she", "said",
      frame="Throughout the United States, she said"),
    D("\"Sufficient studies now exist", "within U.S. ecosystems.\"", "Pew Center on Global Climate",
      "the Pew report", "concluded", frame="As the Pew report concluded"),
    D("\"being a net source", "and release CO2.\"", "Pew Center on Global Climate"),
    D("\"The impacts of global warming are affecting", "now in the Arctic,\"", "Robert Corell",
      "ACIA chair Robert Corell", "said", frame="said ACIA chair Robert Corell"),
    D("\"The Arctic is experiencing", "in the years to come.\"", "Robert Corell",
      "ACIA chair Robert Corell", "said", frame="said ACIA chair Robert Corell"),
    D("\"Should the Arctic Ocean", "driven toward extinction,\"", "Arctic Climate Impact Assessment",
      "the report", "concluded", frame="the report concluded"),
    D("\"Climate models generally predict", "will greatly increase.\"", "International Policy Network",
      "the IPN report", "agreed", frame="the IPN report agreed"),
    D("\"The impact of global warming on fish", "is hard to judge,\"", "International Policy Network",
      "the IPN report", "said", frame="the IPN report said"),
    D("\"A warming of the magnitude", "fisheries of the North Atlantic.\"", "International Policy Network",
      "the IPN report", "said", frame="the IPN report said"),
    D("\"When dandelions have set", "the final proof of spring,\"", "Aldo Leopold", "Aldo Leopold", "wrote",
      frame="wrote Aldo Leopold"),
    D("\"Sit down on a tussock", "back from the Argentine.\"", "Aldo Leopold", "Aldo Leopold", "wrote",
      frame="wrote Aldo Leopold"),
], aliases={"International Policy Network": ["IPN"]})

# Juan Cole's round-up of Iraqi press items ("Al-Zaman :", "DPA:" are source labels). Outlet
# attributions are not annotated ("Al-Sharq al-Awsat reports that"); officials reported by
# them are. "Iraqi authorities" and "The police commander of Ninevah Province" name nobody:
# None with the mention. "The Commission" = the Iraqi High Electoral Commission. Not quotes:
# "denied a request ... to exclude" and "have accused Shiite elements ... of" (NP objects),
# "the announcement was probably made to ..." and "I do n't find the news that ..." (the
# writer's), the bracketed and parenthesised comments (Cole's own).
doc("weblog-juancole.com_juancole_20051126063000_ENG_20051126_063000", TRAIN, 3, [
    I("they had busted up 3 terrorist cells", "operating in Baghdad", None, "Iraqi authorities", "announced",
      frame="Iraqi authorities announced"),
    I("bombings had declined 80 percent", "the number of kidnappings", None,
      "The police commander of Ninevah Province", "announced",
      frame="The police commander of Ninevah Province announced"),
    I("it had no legal grounds", "such an exclusion", "Iraqi High Electoral Commission", "The Commission",
      "said", frame="The Commission said"),
], aliases={"Iraqi High Electoral Commission": ["Commission"]})

# An Iraqi blogger on Baghdad in April 2004. Not quotes: "There has been talk that", "there
# is some talk that", "There are rumours about" (sourceless), 'normal', 'solidarity' (scare
# quotes), the sayings 'Me against my brother, ...' and 'The enemy of my enemy is my friend'
# (proverbs mentioned, nobody's words here), 'the voice of Jihad' (a website's name), "Mosques
# are calling for donating" (NP object), "spouting all kinds of propaganda", "describing the
# enormous casualties" (NP objects), "are reported dead" (no content clause), "Al-Iraqiyah tv
# said that ...", "Azzaman newspaper mentioned an announcement" (outlet attributions).
# "people who are suggesting that we go out and fight them": a proposal by unnamed people,
# indirect, None (as Abbas's "demanded that Israel leave" in hiddennook). The clerics'
# labels in single marks after "describing ... as": their words, four direct quotes, unnamed
# group: None with the mention. Ahmed Mansour's three marked lines ("... is all you get to hear
# from him"): direct, his. bin Muqrin's statement: "that" + a whole clause in marks, direct;
# "He added that "..." , and that "..."": two direct quotes.
doc("weblog-blogspot.com_healingiraq_20040409053012_ENG_20040409_053012", TRAIN, 14, [
    I("we go out and fight them", "we go out and fight them", None, "people", "suggesting",
      frame="people who are suggesting"),
    D("\"This time we will be", "anything the last time\"", None, "youngsters", "saying"),
    D("'Ba'athists'", "'Ba'athists'", None, "Shia clerics", "describing", frame="Shia clerics were describing"),
    D("'Saddamites'", "'Saddamites'", None, "Shia clerics", "describing", frame="Shia clerics were describing"),
    D("'Wahhabis'", "'Wahhabis'", None, "Shia clerics", "describing", frame="Shia clerics were describing"),
    D("'terrorists'", "'terrorists'", None, "Shia clerics", "describing", frame="Shia clerics were describing"),
    D("\"They are targetting ambulances\"", "\"They are targetting ambulances\"", "Ahmed Mansour", "him", "hear",
      frame="is all you get to hear from him"),
    D("\"American snipers", "pregnant women\"", "Ahmed Mansour", "him", "hear",
      frame="is all you get to hear from him"),
    D("\"They are using cluster bombs", "against civilians\"", "Ahmed Mansour", "him", "hear",
      frame="is all you get to hear from him"),
    I("Fallujan militants were shooting", "houses in Hay Al-Golan", "Ahmed Mansour", "he", "mentioned",
      frame="he mentioned"),
    I("American soldiers were mutilating", "bodies of dead insurgents", "Abu Hafs", "he", "sweared",
      frame="he sweared"),
    D("\"although mutilating dead bodies", "from committing criminal actions\"", "Abdul Aziz bin Muqrin",
      "he", "stated", frame="he stated"),
    D("\"America does not understand", "for the whole world to see\"", "Abdul Aziz bin Muqrin",
      "He", "added", frame="He added that"),
    D("\"the day will come", "their agents and supporters\"", "Abdul Aziz bin Muqrin",
      "He", "added", frame="He added that"),
])

# IPS article (Ranjit Devraj, Asia Times Online) reposted, with a few of its sentences
# repeated as a teaser above the headline (the teaser's "Tamils feel that ..." has neither
# marks nor frame: not a quote; "Tamils feel" is a view in any case). "diplomatic sources
# said" closes a long sentence: its scope is the whole sentence (gum_quotes, hard case 11);
# unnamed: None. "For that reason, he said, ..." and similar: the fronted adverbial is left
# out of the indirect span. "Kalkat puts it succinctly: "..."": direct. Not quotes: "defense
# cooperation agreement" (a term), "there are strong hints in the country that" (sourceless,
# twice), "has already drawn protests from" (twice), "pulled out of negotiations demanding
# recognition", "who called for tangible progress" (NP objects), "who considered it a
# violation" (view), "the shared belief that" (sourceless).
doc("weblog-blogspot.com_dakbangla_20041119231111_ENG_20041119_231111", TRAIN, 15, [
    I("the two-year peace talks between Colombo", "are stalemated", "S D Muni", "Professor S D Muni",
      "According to", frame="According to Professor S D Muni"),
    I("Kumaratunga 's government was keen", "with Indian support", "S D Muni", "he", "said",
      frame="For that reason, he said"),
    D("\"The Sri Lankan government does not want", "launching another offensive,\"", "S D Muni", "Muni", "told",
      frame="Muni told IPS"),
    I("Petersen held discussions", "salvage effort on track", None, "diplomatic sources", "said",
      frame="diplomatic sources said"),
    I("the difficulty for Kumaratunga", "areas within its control", "A S Kalkat",
      "former Indian army general A S Kalkat", "According to",
      frame="According to former Indian army general A S Kalkat"),
    I("the new defense deal would essentially", "minus its military commitment", "A S Kalkat", "Kalkat", "said",
      frame="Kalkat said the new defense deal"),
    I("despite the failure of the Indian army", "course of the current peace talks", "A S Kalkat", "Kalkat", "said",
      frame="Kalkat, who currently chairs the independent US-based International Council on Conflict Resolution, said"),
    D("\"The Norwegians mean well", "underwrite any arrangement,\"", "A S Kalkat", "Kalkat", "told",
      frame="Kalkat told IPS in an interview"),
    D("\"visible lack of progress\"", "\"visible lack of progress\"", "Yasushi Akashi", "He", "complained",
      frame="He complained"),
    D("\"a solution to the ethnic conflict", "constraints of external forces.\"", "Anton Balasingham",
      "Balasingham", "saying", frame="The Tigers ' chief ideologue, Balasingham, sniffed at the proposal saying"),
    D("\"Tamils feel that", "the current peace process,\"", "P Sithamparanathan",
      "TNA member of parliament P Sithamparanathan", "saying",
      frame="TNA member of parliament P Sithamparanathan was quoted as saying"),
    I("recent visits to the island", "another war in the island\"", "P Sithamparanathan", "She", "added",
      frame="She added"),
    D("\"caused apprehension among Tamils", "another war in the island\"", "P Sithamparanathan", "She", "added",
      frame="She added"),
    I("India would be ill-advised", "by the narrow Palk Straits", "A S Kalkat", "Kalkat", "pointed out",
      frame="Kalkat pointed out"),
    D("\"There can not be a military option", "a political situation.\"", "A S Kalkat", "Kalkat", "puts it",
      frame="Kalkat puts it succinctly"),
])

# M.D. Nalapat's Washington Times op-ed reposted, two of its paragraphs repeated as a teaser
# above the headline. Mostly opinion. "Pakistan 's president" = Pakistani President Pervez
# Musharraf (named in the sentence before). "This, ... Christina Rocca has been told, is the
# "minimum" that ...": passive, teller not named; the frame splits the content: two indirect
# spans ("This" and the rest, as "The world, Fukuyama argued, had arrived" in mtsc_quotes) and
# the nested partial quotation, all None. Noun frames with a named source are indirect, cue
# the noun ("Colin Powell 's frequent boasts that", "his frequent statements implying that",
# his = Powell). "the business community in India ... pointing out that": an unnamed
# collective, None. "India has talked peace while always signaling that ...": the country
# speaking. Not quotes: "human rights" (twice), "atrocities", "foreigner-led", "scholars",
# "analysts", "permanent five" (scare quotes and terms); "issued a series of highly
# conciliatory statements", "challenging him to deliver" (NP object, request), "Realists ...
# understand", "This writer has for years regarded" (views), "shows that", "has shown that"
# (not speech), "a piece of paper that calls for" (NP object).
doc("weblog-blogspot.com_dakbangla_20041028153019_ENG_20041028_153019", TRAIN, 9, [
    I("he was \"forced\" into taking", "by the likes of Rahman", "Pervez Musharraf", "Pakistan 's president",
      "telling"),
    D("\"forced\"", "\"forced\"", "Pervez Musharraf", "Pakistan 's president", "telling"),
    I(("This", 1), ("This", 1), None, None, "told", frame="Christina Rocca has been told"),
    I("is the \"minimum\"", "the Pakistan army will accept", None, None, "told",
      frame="Christina Rocca has been told"),
    D("\"minimum\"", "\"minimum\"", None, None, "told", frame="Christina Rocca has been told"),
    I("it was on his nudging", "conciliatory gestures toward Islamabad", "Colin Powell", "Colin Powell",
      "boasts", frame="Colin Powell 's frequent boasts"),
    I("the only beneficiary of the mythical", "in the subcontinent was China", None,
      "the business community in India", "pointing out"),
    I("only the status quo would be acceptable", "as a final settlement", "India", "India", "signaling",
      frame="India has talked peace while always signaling"),
    I("the Indians jump to his commands", "the Indians jump to his commands", "Colin Powell", "his",
      "implying", frame="his frequent statements implying"),
])

# Rigorous Intuition post with reader comments (one reposting a news story on Ponchatoula,
# one quoting an article on Edwin P. Wilson). Posada's words from the Miami Herald interview,
# in parentheses and marks after "Here 's a Miami Herald interview with the relaxed terrorist
# ...": direct, Posada, cue None. "something like Meiring told the single American reporter
# ..., that "..."": Meiring's words ("that" + a whole clause in marks), annotated; the
# counterfactual "Posada should have told any inquisitive journalist" is not. "the official
# line stated": None with the mention. "the Judge in the 1983 case ruling that": a ruling, an
# unnamed judge: None. Briggs's declaration ("signed a declaration ... that ...": noun frame
# with named source, cue "declaration") and "The Briggs Declaration states that" (his
# document) hold nested partial quotations. Judge Hughes's words are in `...' marks (a backtick
# opening, a plain ' closing: ../quote_gold.py learned "`" as an opening mark for this):
# two direct quotes, cues "wrote" and "concluding". In the Ponchatoula story, "Police said
# Bernard confessed ... that ...": the police's report (None, unnamed) holding Bernard's
# confession (indirect, up to "November 2002"; "admitted to knowing about" has an NP object).
# Not quotes: "War on Terror." and "War on Terror." (term, twice), "Strong Man" (nickname),
# 'Office of Naval Intelligence' (name), "non-social contacts" (a term of the case, after
# "had been able to show that": not speech), "things" (scare quote), "is alleged in the book"
# (no content clause), "identifies the man ... as Oliver North" (no content), "it will be
# determined that" (the writer's guess), "the allegations of Contra drug connections" (NP),
# "were mentioned" and the commenters' own views and spam.
doc("weblog-blogspot.com_rigorousintuition_20050518101500_ENG_20050518_101500", TRAIN, 15, [
    D("\"At first I hid a lot.", "Now I hide a lot less.\"", "Luis Posada Carriles", "the relaxed terrorist", None),
    I("they had no knowledge he had entered", "entered the country", None, "the official line", "stated"),
    D("\"If this harms me", "find out who I am.\"", "Michael Meiring", "Meiring", "told",
      frame="something like Meiring told"),
    I("a CIA agent could not testify", "using a pseudonym", None, "the Judge", "ruling",
      frame="the Judge in the 1983 case ruling"),
    I("he had been working for the CIA", "sold the C-4 to Quaddaffi", "Edwin P. Wilson", "Wilson", "claiming",
      frame="Wilson was claiming"),
    I("he was a rogue using his contacts", "'Office of Naval Intelligence'", None, "The prosecution", "charging",
      frame="The prosecution was charging"),
    I("on November 8th, 1982, he had authorized", "when he retired from the CIA.\"", "Charles A. Briggs",
      "Briggs", "declaration", frame="Briggs signed a declaration"),
    D("\"for any material that", "when he retired from the CIA.\"", "Charles A. Briggs", "Briggs", "declaration",
      frame="Briggs signed a declaration"),
    I("with one exception in 1972", "for the CIA since retiring", "Charles A. Briggs", "The Briggs Declaration",
      "states"),
    D("\"directly or indirectly\"", "\"directly or indirectly\"", "Charles A. Briggs", "The Briggs Declaration",
      "states"),
    D("`government knowingly used", "evidence against him,'", "Lynn Hughes", "Judge Hughes", "wrote",
      frame="Judge Hughes wrote"),
    D("`honesty comes hard", "hard to government.'", "Lynn Hughes", "Judge Hughes", "concluding",
      frame="Judge Hughes wrote: `government knowingly used false evidence against him,' concluding"),
    I("Bernard confessed to detectives", "occurred at Hosanna Church", None, "Police", "said",
      frame="Police said"),
    I("he had sex with a young girl", "in November 2002", "Austin Aaron Bernard III", "Bernard", "confessed",
      frame="Bernard confessed"),
    I("he could implicate others", "reportedly occurred two years ago", "Louis Lamonica", "he", "said",
      frame="after he walked in to the Livingston Parish Sheriff 's Office and said"),
], aliases={"Charles A. Briggs": ["Briggs Declaration"]})

# Ramtanu Maitra's Asia Times article reposted, its "Intelligence lapses" paragraph repeated
# as a teaser at the top. "A recent report by a journalist ... quoted an unnamed official
# saying that ...": the official's words reported (the report is only the channel), and his
# direct quotation after it ("he said"): None. "according to Indian army officials": unnamed,
# None; the fronted "In 2001," is left out of the span. "The arms were said to belong to the
# LTTE and "other terrorist groups"": the passive "were said to" frame is not annotated
# (pud_quotes, hard case 4), but the marked words are someone's wording: direct, None (as
# “walls of separation” in mtsc_quotes). Not quotes: "coup" (twice), "blue water navy", "Sea
# Tigers", "foreigners", "submarine" (scare quotes, names); "India charged 34 Arakan
# separatists ... with hiding", "have been charged with", "reported the interception of" (NP
# objects); "Reports are circulating in the intelligence community that" (sourceless); "An
# official estimate ... suggests", "Reports from Port Blair make it evident that", "A pattern
# of arrests and seizures indicate that" (findings); "It is old news that", "It is widely
# acknowledged that" (impersonal).
doc("weblog-blogspot.com_dakbangla_20050210141134_ENG_20050210_141134", TRAIN, 5, [
    I("foreigners from Myanmar, Bangladesh", "the natural resources and leave", None, "an unnamed official",
      "saying", frame="an unnamed official saying"),
    D("\"Port Blair, Havelock Islands", "overrun by foreigners,\"", None, "he", "said",
      frame="overrun by foreigners,\" he said"),
    D("\"Arms smuggling is", "in this region.\"", None, "One unnamed naval officer", "saying",
      frame="One unnamed naval officer was quoted saying"),
    I("security forces launched a wide-ranging", "found huge caches of arms", None, "Indian army officials",
      "according to"),
    D("\"other terrorist groups\"", "\"other terrorist groups\"", None, None, "said",
      frame="The arms were said"),
])

# Juan Cole on Bush's past, quoting an NPR "All Things Considered" transcript in marks (from
# `"All Things Considered (8:00 PM ET)` to the closing `laugh about that. "`; the earlier
# `"All Things Considered on March 30` is a programme title whose mark is never closed). The
# transcript is one direct quote by National Public Radio (named before it, no speech verb:
# cue None), and inside it each speaker's stretch is a turn, as the broadcast transcripts of
# mtsc_quotes: the unlabelled anchor's lead-in (speaker None, no mention), "WADE GOODWYN
# reporting:", "GOODWYN:", "Ms. BABA GROOM (...):", "Mr. MURPH ARCHIBALD (...):", "Mr.
# ARCHIBALD:" (speaker: the full name the transcript gives; mention: the label). Goodwyn's first
# "GOODWYN:" turn runs over the ". . ." cuts to "... Mr. Bush was not one of them." (no other
# voice between). Reported speech inside the turns is annotated too: "Archibald says ...",
# "Groom says ...", "President Bush has always said that ...", the campaign manager's "asked
# that he quietly take over ..." (a request in a content clause, unnamed: None), Bush's "tell
# stories about ... how whenever he got pulled over, ..." and "he would start talking about
# that ..." and "He told us ..." (Bush = George, the one the stories are about). Outside the
# transcript: "(Newsweek reported that Bush commanded his cabinet, "Let heads roll!")": the
# outlet attribution is not annotated, Bush's command in marks is; "Even for those who later
# abstain, "visual-spatial abilities ... to recover."": a quotation without source or frame,
# None; "Goodwyn dutifully notes that ...". Not quotes: "Red" (nickname, several times),
# "girls" (scare quote), "there have been questions about whether" (sourceless), "The charges
# that they have put some vets up to making" (no content), "grumble about the unpaid repair
# bill", "offer up stories about the drinking" (NP objects), "Baba Groom did n't remember
# George telling drunk stories" (gerund, no clause).
doc("weblog-juancole.com_juancole_20040823064025_ENG_20040823_064025", TRAIN, 31, [
    D("\"Let heads roll!\"", "\"Let heads roll!\"", "George W. Bush", "Bush", "commanded",
      frame="Bush commanded"),
    D("\"visual-spatial abilities", "slowest to recover.\"", None),
    D("\"All Things Considered (8:00 PM ET)", "laugh about that. \"", "National Public Radio",
      "National Public Radio", None),
    T("This campaign season, there have been", "Mr. Bush 's time on that campaign.", None),
    I("working for Blount was the reason", "the Alabama Air National Guard", "George W. Bush", "President Bush",
      "said", frame="President Bush has always said"),
    T("In 1972, Baba Groom was", "like it was yesterday.", "Wade Goodwyn", ("GOODWYN", 1)),
    T("He would wear khaki trousers", "melded with everybody.", "Baba Groom", "BABA GROOM"),
    T("The candidate Mr. Bush was working for", "Mr. Bush was not one of them.", "Wade Goodwyn", ("GOODWYN", 2)),
    I("this job helped Mr. Bush understand", "politics are local", "Baba Groom", "Groom", "says",
      frame="Groom says"),
    I("in a campaign full of dedicated workers", "Mr. Bush was not one of them", "Murph Archibald",
      "Archibald", "says", frame=("Archibald says", 1)),
    T("Well, I was coming in early", "6:00 in the evening.", "Murph Archibald", "MURPH ARCHIBALD"),
    T("Archibald says that two months", "getting out to the counties.", "Wade Goodwyn", ("GOODWYN", 3)),
    I("two months before the election", "getting out to the counties", "Murph Archibald", "Archibald", "says",
      frame=("Archibald says", 2)),
    I("he quietly take over", "getting out to the counties", None, "Red Blount 's campaign manager", "asked"),
    T("George certainly did n't seem", "at the state headquarters.", "Murph Archibald", ("Mr. ARCHIBALD", 1)),
    T("Murph Archibald says that at first", "something to talk about.", "Wade Goodwyn", ("GOODWYN", 4)),
    I("at first, he did n't know", "serving in the Air National Guard", "Murph Archibald", "Murph Archibald",
      "says", frame="Murph Archibald says that at first"),
    T("George did n't have any interest", "would n't talk about it.", "Murph Archibald", ("Mr. ARCHIBALD", 2)),
    T("Far from Texas and Washington", "as a conversation starter.", "Wade Goodwyn", ("GOODWYN", 5)),
    I("Mr. Bush would come into the office", "as a conversation starter", "Murph Archibald", "Archibald", "says",
      frame=("Archibald says", 4)),
    T("People have different ways", "the night before drinking.", "Murph Archibald", ("Mr. ARCHIBALD", 3)),
    I("he had been out late", "the night before drinking", "George W. Bush", "he", "talking about",
      frame="he would start talking about"),
    T("Archibald says the frequency", "off-putting to him.", "Wade Goodwyn", ("GOODWYN", 6)),
    I("the frequency with which Mr. Bush", "off-putting to him", "Murph Archibald", "Archibald", "says",
      frame=("Archibald says", 5)),
    T("I mean, at that time", "frankly, inappropriate.", "Murph Archibald", ("Mr. ARCHIBALD", 4)),
    T("According to Archibald, Mr. Bush", "did n't like that story.", "Wade Goodwyn", ("GOODWYN", 7)),
    I("Mr. Bush would also sometimes tell stories", "grandson of a Connecticut US senator", "Murph Archibald",
      "Archibald", "According to", frame="According to Archibald"),
    I("whenever he got pulled over", "grandson of a Connecticut US senator", "George W. Bush", "Mr. Bush",
      "tell stories", frame="Mr. Bush would also sometimes tell stories"),
    T("He told us whenever", "laugh about that.", "Murph Archibald", ("Mr. ARCHIBALD", 5)),
    I("whenever he was stopped", "they would let him go", "George W. Bush", "He", "told",
      frame="He told us"),
    I("Baba Groom did n't remember", "telling drunk stories", "Wade Goodwyn", "Goodwyn", "notes",
      frame="Goodwyn dutifully notes"),
], aliases={"Wade Goodwyn": ["GOODWYN"], "Baba Groom": ["BABA GROOM"],
            "Murph Archibald": ["MURPH ARCHIBALD", "ARCHIBALD"]})

# Juan Cole on the al-Qaeda tapes: no reported speech ("The tape was a way to signal
# priorities. These are 1) ..." lists what Cole reads from the tapes, without marks or a
# speech verb; "Al-Zawahiri attempted to use ... as a justification" has an NP object).
# "president" (scare quote) and "Legal Framework Order" (a name): kept with no quote so that
# false alarms count.
doc("weblog-juancole.com_juancole_20030911085700_ENG_20030911_085700", TRAIN, 0, [])

# Juan Cole's Daily Star op-ed: no reported speech. "some have begun worrying that" (worry),
# "it is often alleged (without much evidence) that" (impersonal, no source), "he reportedly
# made behind-the-scenes overtures", "vehemently protested the Israeli assassination", "drew
# a denunciation" (NP objects), "Sacred Space and Holy War" (title): kept with no quote so
# that false alarms count.
doc("weblog-juancole.com_juancole_20040604210986_ENG_20040604_210986", TRAIN, 0, [])

# An Iraqi blogger a week before the January 2005 elections. "affirmed the claims that ...":
# Al-Abbudi's affirmation (indirect). "Al-Abbudi stated that "His Emminence" decided ...
# because "others" (obviously a reference to Allawi) have been ...": one indirect clause with
# two nested partial quotations; the blogger's parenthesis stays inside the span (as "((it))"
# in gum_quotes). Chalabi and Sha'lan "describing ... as" / "dismisses ... as" with marked
# words: direct, two each. "One remark made by Sha'lan ..., that ...": noun frame with named
# source, cue the noun. The taxi driver and the Ba'athist old-timer are unnamed: None; the
# driver's "First driving out the Americans, then fighting the Shia back into submission"
# continues his reported answer (as the continued allegations of mtsc_quotes; "(as in 1991)"
# is left out). "I asked him what ...": the blogger's reported question (pud_quotes),
# unnamed writer: None, mention "I". "he asserted that A and that B": two spans. Not quotes:
# 'gifts' (scare quote), "has promised security measures" (NP object), "there is no
# official written statement ... confirming" (negated), "is barely mentioned", "calling them
# Persians, ...", "He described Allawi 's face as ...", "dismissed the whole government as
# ..." (no marks: not quotes, gum_quotes hard case 2), "is now said to have withdrawn"
# (passive "said to"), "call the US to withdraw" (request), "despite what he is saying now"
# (no content), "I concur that", "I would suggest", "I believe" (the blogger's own).
doc("weblog-blogspot.com_healingiraq_20050121235804_ENG_20050121_235804", TRAIN, 17, [
    I("the Grand Ayatollah is backing", ("the United Iraqi Coalition list", 2), "Naji Al-Abbudi",
      "Sheikh Naji Al-Abbudi", "affirmed"),
    I("\"His Emminence\" decided", "media outlets in their campaigning", "Naji Al-Abbudi", "Al-Abbudi", "stated",
      frame="Al-Abbudi stated"),
    D("\"His Emminence\"", "\"His Emminence\"", "Naji Al-Abbudi", "Al-Abbudi", "stated", frame="Al-Abbudi stated"),
    D("\"others\"", "\"others\"", "Naji Al-Abbudi", "Al-Abbudi", "stated", frame="Al-Abbudi stated"),
    D("\"Ba'athist\"", "\"Ba'athist\"", "Ahmed Al-Chalabi", "Chalabi", "describing", frame="Chalabi describing"),
    D("\"former double agent", "Saddam and the CIA\"", "Ahmed Al-Chalabi", "Chalabi", "describing",
      frame="Chalabi describing"),
    D("\"thief\"", "\"thief\"", "Hazim Al-Sha'lan", "Sha'lan", "dismisses", frame="Sha'lan dismisses"),
    D("\"Iranian stooge", "by defending Iran\"", "Hazim Al-Sha'lan", "Sha'lan", "dismisses",
      frame="Sha'lan dismisses"),
    I("he could n't say more about Chalabi", "himself and the viewers", "Hazim Al-Sha'lan", "Sha'lan", "remark",
      frame="One remark made by Sha'lan"),
    I("what he believed would be", "a viable solution to this mess", None, "I", "asked",
      frame="I asked him"),
    I("resistance was the only commonsense solution", "resistance was the only commonsense solution", None,
      "He", "said", frame="He said that resistance"),
    I("First driving out the Americans", "the Shia back into submission", None, "He", "said",
      frame="He said that resistance"),
    I("elections are impossible to hold", "under occupation", None, "Sunni Iraqis", "contend"),
    I("Ba'athists have the means", "of an American withdrawal", None, "a retired Ba'athist old-timer", "claimed"),
    I("Ba'athist cells exist", "in all parts of the country", None, "he", "asserted", frame="he asserted"),
    I("they do have a central command", "with their own leaderships", None, "he", "asserted",
      frame="he asserted"),
    I("they have the training and the funding", "neighbouring and regional governments", None, "He", "said",
      frame="He said that they have"),
], aliases={"Hazim Al-Sha'lan": ["Sha'lan"], "Ahmed Al-Chalabi": ["Chalabi"]})

# Ahmed Rashid-style analysis from Pakistan Link reposted, with its India-Pakistan paragraph
# repeated in brackets as a teaser above the headline: the teaser's quotes are in the text,
# so they are annotated at both places ((string, 1) = teaser, (string, 2) = article). Marks
# are mixed: “ ... ’’, ‘’ ... ” and ‘’ ... ’’ (two single marks for a double one). Unnamed
# officials, diplomats, officers and tribes: None with their mention. "Bush is reported to
# have asked a flustered Musharraf": the marked question is Bush's. "Karzai categorically
# said that he has assured Musharraf repeatedly that ...": Karzai's statement holding his
# assurance (nested indirect, cue "assured"). "an angry Musharraf categorically said that
# Pakistan would not send Pakistani troops to Iraq, a clear snub to the Americans": the
# writer's apposition is left out. "calls by neo-conservatives in Washington that ...": noun
# frame whose source is given (an unnamed group): None with the mention. Not quotes:
# "Islamabad accuses New Delhi of using" (twice), "Both India and Afghanistan deny the claim"
# (twice), "has been repeatedly accused ... of harbouring", "have publicly backed",
# "welcomed the appointment", "have warned India also" (NP objects or no content); "who had
# pledged to disrupt", "urged him to stand against", "made strenuous efforts to convince"
# (to-infinitives); "President Musharraf promised to help us" (inside Karzai's quotation,
# to-infinitive); "Iran in particular feared that", "the Iranians fear that", "are deeply
# concerned about" (fear), "Nobody can claim that" (the writer's).
doc("weblog-blogspot.com_dakbangla_20041016151002_ENG_20041016_151002", TRAIN, 30, [
    I(("there are as many as 42 RAW agents", 1), ("another 12 in Jalalabad", 1), None, "Pakistani officials",
      "claim", frame=("Pakistani officials claim", 1)),
    D(("“There have no business", 1), ("undermining Pakistan,’’", 1), None, "a Pakistani official", "says",
      frame=("says a Pakistani official", 1)),
    D(("‘’Should Pakistan show us", 1), ("take it very seriously,”", 1), "Amrullah Saleh", "Amrullah Saleh", "says",
      frame=("says Amrullah Saleh", 1)),
    D("“The elections should be a reassurance", "a looser in Afghanistan,’’", "Hamid Karzai",
      "President Hamid Karzai", "told"),
    I("Bush pushed Musharraf hard", "take place peacefully", None, "Western and Afghan diplomats", "said",
      frame="Western and Afghan diplomats intimately involved with the meeting, said"),
    D("‘’Where are Mullah Omar", "Gulbuddin Hikmetar?’’", "George W. Bush", "Bush", "asked",
      frame="Bush is reported to have asked"),
    D("‘’It was the first time", "with the Pakistanis,’’", None, "a Western diplomat", "says", frame="says a Western diplomat"),
    D("‘’Bush was very well briefed", "before the meeting,’’", None, "the diplomat", "said", frame="the diplomat said"),
    D("‘’The Americans now realise", "than Al Qaeda.’’", None, "An Afghan official", "added"),
    D("‘’President Musharraf promised", "activity by the Taliban,’’", "Hamid Karzai", "Karzai", "says",
      frame="activity by the Taliban,’’ says Karzai"),
    I("Pakistan would not send Pakistani troops", "Pakistani troops to Iraq", "Pervaiz Musharraf", "Musharraf",
      "said", frame="an angry Musharraf categorically said"),
    I("Pakistan ’s options were open", "Pakistan ’s options were open", "Pervaiz Musharraf", "he", "said",
      frame="Until then he had said"),
    I("the decision was unconnected", "the tripartite meeting", None, "Pakistani officials", "insist",
      frame="Pakistani officials insist"),
    I("it is too early to say whether", "from disrupting the elections", None,
      "US and NATO military officers", "say", frame="US and NATO military officers in Kabul say"),
    D("‘’Pakistan now has a large force", "was not there before,’’", "David Barno", "Lt. General David Barno",
      "says", frame="says Lt. General David Barno"),
    D("‘’There is much better tactical", "goes on both ways,’’", "David Barno", "he", "adds", frame="he adds"),
    I("regular army officers - many of them", "the mullahs of the JUI", None, "US military officers", "say",
      frame="However US military officers say"),
    I("the US has never provided", "hiding in Baluchistan", "Pervaiz Musharraf", "Musharraf", "maintained",
      frame="Musharraf has always maintained"),
    D(("“There have no business", 2), ("undermining Pakistan,’’", 2), None, "a Pakistani official", "says",
      frame=("says a Pakistani official", 2)),
    I(("there are as many as 42 RAW agents", 2), ("another 12 in Jalalabad", 2), None, "Pakistani officials",
      "claim", frame=("Pakistani officials claim", 2)),
    D(("‘’Should Pakistan show us", 2), ("take it very seriously,”", 2), "Amrullah Saleh", "Amrullah Saleh", "says",
      frame=("says Amrullah Saleh", 2)),
    I("he has assured Musharraf repeatedly", "would be acted upon swiftly", "Hamid Karzai", "Karzai", "said",
      frame="Karzai categorically said"),
    I("any adverse action against Pakistan", "would be acted upon swiftly", "Hamid Karzai", "he", "assured",
      frame="Karzai categorically said that he has assured"),
    I("they made no objections", "campaign against warlords", None, "Iranian officials", "say",
      frame="Iranian officials say"),
    I("a second Bush term should deal", "with Iran aggressively", None, "neo-conservatives in Washington", "calls"),
    I("the Americans have moved over 100", "helicopters to Shindand", None, "Afghan officials", "say",
      frame="Afghan officials say"),
    I("the US presence poses no threat", "the US presence poses no threat to Iran", "David Barno", "General Barno",
      "insists"),
    D("‘’We have a very small number", "with a few helicopters,’’", "David Barno", "Barno", "says",
      frame="says Barno"),
    D("‘’Afghanistan has had the benefit", "how we would like to keep it’’", "Hamid Karzai", "Karzai", "says",
      frame="keep it’’, says Karzai"),
    I("if they try and disrupt the elections", "they would be resisted", None, "Afghan Pashtun tribes", "warned",
      frame="Afghan Pashtun tribes along the Pakistan border warned"),
])

# A BBC "Have your say" page reposted to a forum: the BBC's preamble, then readers' comments
# in marks, each signed below ("--Paul, Atlanta, USA"): direct, speaker the signature's name
# (the only naming), mention the signature, cue None (as signed pull quotes in gum_quotes).
# In Mac's comment, the Bush-Bashers' words in marks ("Sorry chaps, but you did have it
# coming...") follow "the response of the Bush-Bashers;": a nested direct quote, unnamed
# group: None, cue "response". The forum poster's bracketed replies ("<... -Juggernaut>")
# and the later commenters' posts are their own words. "What I heard was the Mayor of New
# Orleans, saying that ...": the mayor is not named in this document: None with the mention.
# Not quotes: 'USA and Bush Bashers', 'allies', "Gas" (twice), "FREEDOM" (scare quotes);
# "authorities have vowed to restore" (to-infinitive); "they believe the disaster has
# revealed" (inside the commentators' prediction, a view); "I rarely listen to ... what
# politicians or lawyers say" (no content); "Bush addressed the nation", "started flogging the
# terrorist issue", "is stumping for more money" (NP objects).
doc("newsgroup-groups.google.com_INTPunderground_b2c62e87877e4a22_ENG_20050906_165900", TRAIN, 8, [
    I("Katrina will make a profound change", "the disaster has revealed", None, "commentators", "predict"),
    I("he will lead an inquiry", "how the disaster was handled", "George W Bush", "President George W Bush",
      "said"),
    D("\"As an American, I would like", "the welfare society that was New Orleans.\"", "Paul", "Paul", None),
    D("\"I am frankly revolted", "cheap political point-scoring.\"", "Mac", "Mac", None),
    D("\"Sorry chaps", "did have it coming...\"", None, "the Bush-Bashers", "response",
      frame="the response of the Bush-Bashers"),
    D("\"I do not feel it has changed", "the be all and end all!\"", "David", "David", None),
    D("\"The US will work its way", "Europe is still irrelevant.\"", "John B", "John B", None),
    I("he did n't order the buses", "tell him what to do", None, "the Mayor of New Orleans", "saying"),
])

# William Rivers Pitt's truthout column reposted to newsgroups (the whole post is the article:
# no frame of the poster's introduces it, so it is not itself a quotation, as the reposted
# Telegraph and BBC articles). Quotations from UPI, the CSIS report, the MILNET brief and Paul
# Craig Roberts, several split by their frame ("...," continued UPI, "..."): two spans each.
# Inside UPI's: the NATO intelligence sources "who claimed that the NATO allies had been
# informed that ...": indirect (None, unnamed), holding the passive "had been informed that"
# (None, no mention); 'all options are open' is Bush's stated line in his words: direct
# (as “rigged” in mtsc_quotes). Inside the MILNET brief: "The CSIS report cites ...: 'Iran has
# obtained ... modern mines.'": nested direct. "According to a report issued by the Center
# ..., Iran "has some ... amphibious ships."": an indirect clause whose quotation runs three
# sentences, with the nested direct. "According to Linda Bilmes ... and ... Joseph E.
# Stiglitz": their published estimate given as theirs (a hard call between a statement and a
# finding), the coordination as written, the writer's "surpassing ... Bush administration"
# left out. "told Republicans ... to "run on the war."": a request, but the marked words are
# Rove's (as "stand firm" in mtsc_quotes): direct. Not quotes: "with reports that" (sourceless,
# the wires), "according to German media reports" (outlet, inside UPI's quotation), 'NATO
# intelligence sources' (the daily's label), 'Tanker' (term), "challenges and threats" (the
# pact's purpose named in marks, no one given as saying it), "War on Terror." (scare quote),
# "pledged to continue assisting" (to-infinitive), "Iran is suspected by many nations of",
# "stands accused of" (passive, NP), "believe the last elections were a sham", "Virtually
# every credible analysis has Syria standing as" (views, findings), "Logic says no" and "All
# arguments that ..." (no speaker).
doc("newsgroup-groups.google.com_misc.consumers_a534e32067078b08_ENG_20060116_030800", TRAIN, 21, [
    D("\"The Bush administration is preparing", "in the Turkish media,\"", "UPI", "UPI", "reported",
      frame="reported UPI"),
    D("\"The Berlin daily Der Tagesspiegel this week,\"", "\"The Berlin daily Der Tagesspiegel this week,\"",
      "UPI", "UPI", "continued", frame="continued UPI"),
    D("\"quoted 'NATO intelligence sources'", "throughout the past 18 months.\"", "UPI", "UPI", "continued",
      frame="continued UPI"),
    I("the NATO allies had been informed", "including military options", None, "NATO intelligence sources",
      "claimed"),
    I("the United States is currently investigating", "including military options", None, None, "informed"),
    D("'all options are open'", "'all options are open'", "George W Bush", "President George W Bush", "stated",
      frame="President George W Bush 's publicly stated"),
    I("Iran \"has some 540,000", "and 10 amphibious ships.\"", "Center for Strategic and International Studies",
      "the Center for Strategic and International Studies", "According to",
      frame="According to a report issued by the Center for Strategic and International Studies"),
    D("\"has some 540,000", "and 10 amphibious ships.\"", "Center for Strategic and International Studies",
      "the Center for Strategic and International Studies", "According to",
      frame="According to a report issued by the Center for Strategic and International Studies"),
    D("\"Iran is now the only regional", "threat to Gulf stability,\"", "Center for Strategic and International Studies",
      "the CSIS report", "continued", frame="continued the CSIS report"),
    D("\"Iran has significant capabilities", "biological weapons programs is unknown.\"",
      "Center for Strategic and International Studies", "the CSIS report", "continued",
      frame="continued the CSIS report"),
    D("\"Due to its position astride", "could be quite effective.\"", "MILNET", "A MILNET brief", "reports",
      frame="A MILNET brief issued in February 2005 reports"),
    D("\"More concerning,\"", "\"More concerning,\"", "MILNET", "the MILNET brief", "continued",
      frame="continued the MILNET brief"),
    D("\"is the priority placed", "and modern mines.'\"", "MILNET", "the MILNET brief", "continued",
      frame="continued the MILNET brief"),
    D("'Iran has obtained new anti-ship", "and modern mines.'", "Center for Strategic and International Studies",
      "The CSIS report", "cites"),
    I("one or two missiles could cripple", "a 20,000 ton ship", None, "The missile 's manufacturers", "state",
      frame="The missile 's manufacturers state"),
    D("\"As a result of many years", "if the need arose.\"", "Paul Craig Roberts", "Paul Craig Roberts", "said",
      frame="Paul Craig Roberts, writing for The American Conservative, said"),
    D("\"The hardest blow on Americans,\"", "\"The hardest blow on Americans,\"", "Paul Craig Roberts", "Roberts",
      "concluded", frame="concluded Roberts"),
    D("\"will fall when China does revalue", "since the Great Depression.\"", "Paul Craig Roberts", "Roberts",
      "concluded", frame="concluded Roberts"),
    I("the final cost of the Iraq occupation", "between $1 trillion and $2 trillion",
      "Linda Bilmes and Joseph E. Stiglitz", "Linda Bilmes of Harvard and Nobel Laureate Joseph E. Stiglitz",
      "According to", frame="According to Linda Bilmes of Harvard and Nobel Laureate Joseph E. Stiglitz"),
    I("Iran is not developing its nuclear", "beyond peaceful energy creation", "Vladimir Putin",
      "Russian president Vladimir Putin", "stated",
      frame="Russian president Vladimir Putin bluntly stated"),
    D("\"run on the war.\"", "\"run on the war.\"", "Karl Rove", "Karl Rove", "told"),
], aliases={"Center for Strategic and International Studies": ["CSIS"]},
    extra_speakers=["Linda Bilmes and Joseph E. Stiglitz"])

# Blog post on Chernobyl quoting reports as block quotations that lost their layout (no marks),
# each introduced by the poster: the Australasian Radiation Protection Society's press release
# ("which contained the following:"), EMERCOM of Russia's 1996 report ("reported this in 1996:",
# its heading "CHERNOBYL ACCIDENT: TEN YEARS ON" left out as a title), and three excerpts of the
# IAEA's 2001 report ("Here are some excerpts:", three separate passages, the second cut at both
# ends with "..."): direct, marks="none". "The prestigious IAEA published an early report ...
# which ... stated that ...": the report speaks for the IAEA, indirect. In a reader's comment,
# "they said it was not CA" (the doctors, unnamed): None. Not quotes: the UNSCEAR report
# "confirming that there was no scientific evidence ..." (a finding), "Many people still
# believe that", "which contradict the earlier reports", "I would be interested in hearing"
# (no content), "has been revealed to be a fake" (passive, no source).
doc("weblog-typepad.com_ripples_20040407125600_ENG_20040407_125600", TRAIN, 7, [
    D("One of the most widespread myths", "exposure to radiation.", "Australasian Radiation Protection Society",
      "the Australasian Radiation Protection Society", None, marks="none",
      why="a press release quoted as a block, marks lost"),
    D("In the last decade, there has been", "until proven otherwise.", "EMERCOM of Russia",
      "EMERCOM of Russia", "reported", marks="none", why="a report quoted as a block, marks lost"),
    I("there was no significant health effects", "there was no significant health effects", "IAEA",
      "an early report", "stated"),
    D("The dramatic increase in radiation-induced", "continues to this day.", "IAEA", "the IAEA", None,
      frame="However, in April 2001, the IAEA published", marks="none", why="a report excerpt quoted as a block"),
    D("...a drop in the birth rate", "deterioration in neonatal health....", "IAEA", "the IAEA", None,
      frame="However, in April 2001, the IAEA published", marks="none", why="a report excerpt quoted as a block"),
    D("The dynamics of change", "disability is increasing .", "IAEA", "the IAEA", None,
      frame="However, in April 2001, the IAEA published", marks="none", why="a report excerpt quoted as a block"),
    I("it was not CA", "it was not CA", None, "they", "said", frame="they said it was not CA"),
])
