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
