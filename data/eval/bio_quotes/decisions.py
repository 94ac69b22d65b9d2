"""Annotation decisions for the bio_quotes gold set: every quote in eighteen GUM biography
documents (Wikipedia articles) of ../gum_train/train.jsonl, per document, by the strings that
start and end its span, its kind, the speaker's canonical name, the speaker mention and the
cue. build.py turns these into offsets by string search and checks them; nothing here is an
offset. Conventions: README.md in this folder (those of ../ewt_quotes, ../pud_quotes,
../gum_quotes and ../seeds/README.md, section "Quotes").

How a quote is written:
  D(start, end, speaker, mention, cue)   direct quote; the span includes its quotation marks
  I(start, end, speaker, mention, cue)   indirect (reported) speech; the reported content,
                                         without a final period
- start / end: strings; the span runs from the start of `start` to the end of `end`. Each
  must occur exactly once in the text, or be given as (string, n) = its n-th occurrence.
- mention / cue: strings looked up inside the frame, which is the paragraph holding the start
  of the quote unless frame="..." names another stretch of text (itself unique in the text).
  Unique in the frame, or (string, n) = n-th occurrence in the frame. None = no mention / cue.
- speaker: canonical name, or None when the text does not let a reader know who spoke. A
  pronoun is resolved only to an antecedent written in the document; world knowledge is not
  used. The canonical name of a person is the name given in the document's lead sentence (the
  article's first sentence, Wikipedia's bold name), without titles, honorifics and
  post-nominals ("Dame", "FRS", "DBE RA") and without pronunciations or renderings in other
  scripts or languages; where the excerpt has no lead, the fullest name the text gives.
- marks="none": a block quotation printed without marks (its layout lost); needs why="...".
- paragraphs=N: the span covers N paragraphs.
Per document: expected (the number of quotes, a guard), extra_speakers (canonical names not
written in the text as such), aliases (other names the mentions use for a speaker).

The texts are Wikipedia biographies (GUM's "bio" genre), often excerpts. Wikipedia quotes its
sources without naming them; the line drawn here: a whole clause in marks standing as a
sentence of the article is a frameless quotation (direct, speaker None); a phrase in marks
inside the article's own sentence, with no speech frame and no sign whose words it is, is not
annotated (as the seeds' unattributed “a game for rich countries and wealthy individuals.”).
Citation markers ("[6]") stay outside spans, except inside a block quotation.
"""


def D(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="direct", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


def I(start, end, speaker, mention=None, cue=None, **kw):
    return dict(kind="indirect", start=start, end=end, speaker=speaker, mention=mention, cue=cue, **kw)


TRAIN = "gum_train"

ARTICLES = {}


def doc(doc_id, expected, quotes, **kw):
    ARTICLES[doc_id] = dict(source=TRAIN, expected=expected, quotes=quotes, **kw)


# ---------------------------------------------------------------------------------------------
# GUM_bio_bernoulli: Daniel Bernoulli.
# "described by W. W. Rouse Ball as "..."": marked words after "described ... as", direct.
# Not quotes: (one of the "early developers" of calculus) and (who" was the first to discover
# the theory of probability") -- phrases in marks inside the article's own sentence, nobody's
# words given (the second with a misplaced opening mark); "shame" (scare quote); "He is said
# to have had a bad relationship" (passive "is said to", as in pud_quotes and mtsc_quotes);
# "Daniel ... noted that the height ... was related to ..." (an experiment's finding, not
# speech); "It was known that", "Daniel realised that" (knowledge, cognition); "His father
# then asked him to study in medicine", "encouraged him to study business" (to-requests);
# "Daniel agreed under the condition that his father would teach him" (the content clause
# belongs to "condition", not to a speech noun).
doc("GUM_bio_bernoulli", 1, [
    D('"by far the ablest', 'younger Bernoullis"', "W. W. Rouse Ball", "W. W. Rouse Ball", "described"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_byron: an excerpt (Education and early loves) without the lead: the fullest name
# written is "Byron". His mother is not named in the excerpt: speaker None, mention "His
# mother". "In Byron's later memoirs, "Mary Chaworth is portrayed as ..."": a whole clause in
# marks, a biographer's words quoted without a name (the memoirs do not speak; the passive
# "is portrayed" is the quoted writer's): frameless, direct, None. Not quotes: "violent" and
# "pure" (words in marks echoing Byron's, no frame), "protégé" (scare quote), express a
# prescient "consciousness of sexual differences ..." (a phrase inside the article's sentence;
# the poems do not speak); the verse "Ah! Sure some stronger impulse vibrates here, ..." under
# the FitzGibbon caption (no marks, no frame, nothing in the text says whose lines they are).
doc("GUM_bio_byron", 5, [
    D('"He has no indisposition', 'in love with Miss Chaworth."', None, "His mother", "wrote"),
    D('"Mary Chaworth is portrayed', 'adult sexual feelings."', None, None, None),
    D('"My school friendships', 'always violent)."', "Byron", "he", "recalled",
      frame="which he recalled with great vividness"),
    D('"He has been my almost', 'attached me to him for ever."', "Byron", "he", "wrote",
      frame='About his "protégé" he wrote'),
    D('"a violent, though pure love and passion"', '"a violent, though pure love and passion"', "Byron",
      "he", "described", frame="he described the affair as"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_chao: Yuen Ren Chao (excerpt without lead). "that was said to be "legendary for its
# acuity"": the passive "was said to" frame is not annotated, the marked words are someone's
# wording: direct, None, no mention (as "other terrorist groups" in ewt_quotes). Not quotes:
# "Continuity: Study in Methodology" (a title); "he wrote of his ability to pick up a Chinese
# dialect" (NP object); "Hu's account of it in the newspapers" (no content reported).
doc("GUM_bio_chao", 1, [
    D('"legendary for its acuity"', '"legendary for its acuity"', None, None, "said", frame="was said to be"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_dvorak: two passive "has been described as "..."": the marked words are a critic's,
# unnamed: direct, None, no mention, cue "described" (marked words after "described as" are
# direct; the passive leaves the speaker unknown). The ellipsis inside the second is the
# source's. Not quotes: "Songs My Mother Taught Me" (title); "Brahms recommended Dvořák to
# his publisher", "highly praised by ... Louis Ehlert" (no words reported).
doc("GUM_bio_dvorak", 2, [
    D('"the fullest recreation', 'effective ways of using them"', None, None, "described",
      frame="style has been described as"),
    D('"arguably the most versatile', 'composer of his time"', None, None, "described",
      frame="He has been described as"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_emperor: Emperor Norton; lead name "Joshua Abraham Norton".
# Not quotes: the titles he gave himself, in marks after "proclaimed himself", "claiming to
# be", "proclaiming himself", "add ... to this title" ("Norton I, Emperor of the United
# States", "Protector of Mexico" twice, "Emperor of these United States"): names and titles
# (as "dubbed ..." in gum_quotes), not words reported; "The Emperor Norton Bridge" (name);
# "reign" (scare quote); "his numerous decrees calling for a bridge ... to be built" (NP +
# to-infinitive); "what he considered", "some considered him insane" (cognition). Inside the
# decree: "our Imperial edict ..., declaring the said Congress abolished" (NP + complement,
# no content clause), and the performatives in Norton's own words ("declare and proclaim
# myself Emperor", "do hereby order and direct the representatives ... to assemble", "we do
# hereby Order and Direct Major-General Scott ... to proceed": NP objects and to-requests, as
# the speakers' own performative frames in gum_quotes).
# "his order that the United States Congress be dissolved by force": a named noun frame with a
# content clause (as "Colin Powell 's frequent boasts that" in ewt_quotes): indirect.
# The three proclamations are block quotations printed without marks (Wikipedia's quote
# boxes), each introduced by the article with a colon: direct, marks="none". The first one's
# signature ("— NORTON I, Emperor of the United States.") is left out, as signatures of
# block quotations in ewt_quotes. The second begins with the source's ellipsis ("... fraud"),
# kept in the span. The decree of the following month runs over three paragraphs (WHEREAS,
# WHEREAS, NOW, THEREFORE). "to "remedy the evil complained of"" after "ordered": marked words
# of the order, direct (as "ordered ... to "go abroad"" in ewt_quotes).
doc("GUM_bio_emperor", 5, [
    I("the United States Congress be dissolved", "dissolved by force", "Joshua Abraham Norton", "his", "order",
      frame="his order that"),
    D("At the peremptory request", "in our stability and integrity.", "Joshua Abraham Norton", "he",
      "proclaiming", frame="he took matters into his own hands and distributed letters to the various newspapers "
      "in the city, proclaiming", marks="none", why="a letter quoted as a block after a colon, marks lost"),
    D("... fraud and corruption", "which he is entitled.", "Joshua Abraham Norton", "Norton", "observed",
      frame="In it, Norton observed:", marks="none", why="a decree quoted as a block after a colon, marks lost"),
    D('"remedy the evil complained of"', '"remedy the evil complained of"', "Joshua Abraham Norton", "Norton",
      "ordered"),
    D("WHEREAS, a body of men", "clear the Halls of Congress.", "Joshua Abraham Norton", "Norton", "decree",
      frame="In an imperial decree the following month, Norton summoned", paragraphs=3, marks="none",
      why="a decree quoted as a block after a colon, marks lost"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_fillmore: marks only around terms and titles: "cases", 'to sell', 'to buy',
# 'Language', "Regularity and Idiomaticity ...", 'let alone', “Cognitive Linguistics”,
# "dictionary of the future" (the name of an idea they discussed, NP object). Not quotes
# either: "had come to acknowledge that semantics plays ..." (came to recognise: cognition),
# "which highlighted the fact that" (NP object), "According to frame semantics" (a theory, not
# a speaker). No quote: kept so that false alarms count.
doc("GUM_bio_fillmore", 0, [])

# ---------------------------------------------------------------------------------------------
# GUM_bio_galois: an excerpt (Final days); the fullest name written is "Évariste Galois".
# Poisson's "declared it "incomprehensible"" (twice: the summary sentence under the heading
# and the account below) are marked words after "declared X", direct. "declaring that
# "[Galois'] argument ..."": "that" + a whole clause in marks, one direct quote. "the
# rejection report ends on an encouraging note: "..."": Poisson's report (so named in the next
# sentence) speaks for him; mention "the rejection report", no speech verb: cue None. Inside
# it, "We would then suggest that ..." is the writers' own performative frame: not annotated.
# Demante "mentioned that Galois "found himself ...": the content clause indirect with the
# marked part nested direct; "when asked if he knew the cause of the duel": a reported
# question, passive, asker not given: None, no mention (as "Asked whether" in mtsc_quotes).
# "the frequently repeated speculation that the entire incident was stage-managed ...": a noun
# frame, the biographers' claim ("speculate" is reported speech in mtsc_quotes): indirect,
# None (many biographers, none named as its author), mention "many of Galois' biographers".
# "It has been speculated that he might have been ...": impersonal passive (as pud_quotes' "It
# has been emphasised that"): indirect, None; the aside "(she ultimately married someone
# else)" is the article's and is left out. Its "supposed fiancé" repeats Demante's words
# already quoted (a mention, not a new quotation): not annotated.
# "His last words to his younger brother Alfred were:" + the French words in marks in their own
# paragraph: direct, cue "last words"; mention "His" (the builder's pronoun list has no
# possessives, hence the alias). The English translation below in parentheses has no marks
# and is the article's rendering: not annotated.
# Not quotes: "Siméon Poisson asked him to submit his work" (to-request); "he wrote a letter
# to Chevalier which clearly alludes to a broken love affair" (NP object); "Some archival
# investigation ... suggests that", "The letters hint that" (findings from documents);
# "Alexandre Dumas names Pescheux d'Herbinville" (NP object); "L. D." (initials in marks).
doc("GUM_bio_galois", 12, [
    D(('"incomprehensible"', 1), ('"incomprehensible"', 1), "Siméon Poisson", "Siméon Poisson", "declared"),
    D(('"incomprehensible"', 2), ('"incomprehensible"', 2), "Siméon Poisson", "Poisson", "declared",
      frame="Poisson declared Galois' work"),
    D('"[Galois\'] argument', 'judge its rigor"', "Siméon Poisson", "Poisson", "declaring",
      frame="Poisson declared Galois' work \"incomprehensible\", declaring"),
    D('"We would then suggest', 'a definitive opinion."', "Siméon Poisson", "the rejection report", None,
      frame="the rejection report ends on an encouraging note"),
    I('Galois "found himself', 'each of whom provoked the duel."', "Gabriel Demante", "Gabriel Demante",
      "mentioned"),
    D('"found himself', 'each of whom provoked the duel."', "Gabriel Demante", "Gabriel Demante", "mentioned"),
    I("he knew the cause of the duel", "he knew the cause of the duel", None, None, "asked",
      frame="when asked if he knew"),
    D('"I am the victim', 'her two dupes."', "Évariste Galois", "Galois", "exclaimed",
      frame="Galois himself famously exclaimed"),
    I("the entire incident was stage-managed", "to eliminate a political enemy", None,
      "many of Galois' biographers", ("speculation", 2)),
    I("he might have been du Motel's", 'supposed fiancé" at the time', None, None, "speculated"),
    D('"This letter, if judged', 'whole literature of mankind."', "Hermann Weyl", "Mathematician Hermann Weyl",
      "said"),
    D("“Ne pleure pas", "mourir à vingt ans!”", "Évariste Galois", "His", "last words",
      frame="His last words to his younger brother Alfred were:"),
], aliases={"Évariste Galois": ["His"]})

# ---------------------------------------------------------------------------------------------
# GUM_bio_goode: "Finn" (a nickname) is the only word in marks; no reported speech ("He's
# garnered praise" reports no words). No quote: kept so that false alarms count.
doc("GUM_bio_goode", 0, [])

# ---------------------------------------------------------------------------------------------
# GUM_bio_gordon: lead name "Patrick Leopold Gordon of Auchleuchries" (the territorial
# designation is part of the name as the lead gives it). "which left him, in his own words,
# "almost at wits end with vexation"": direct, mention "his", cue "own words". Not quotes:
# "complaining of the corruption and venality of Russian officials" (NP object); "moveable
# rampart" (a term); "The History of Peter the Great, Emperor of Russia" (title); "an
# inscription ... which mistakenly gives his rank as Oberst" (NP object).
doc("GUM_bio_gordon", 1, [
    D('"almost at wits end with vexation"', '"almost at wits end with vexation"',
      "Patrick Leopold Gordon of Auchleuchries", "his", "own words", frame="in his own words"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_hadid: "described by The Guardian of London as the 'Queen of the curve', who
# "liberated ..."": both marked parts are the newspaper's wording after "described ... as"
# (the newspaper's own words, not a news attribution): direct, speaker "The Guardian", mention
# its name. Koolhaas "described her ... as "a planet in her own orbit."": direct.
# "Zenghelis described her as the most outstanding pupil he ever taught." (described as,
# without marks): not annotated (gum_quotes). The next paragraph opens with a quotation
# without a frame of its own, "We called her the inventor of the 89 degrees. ...", between
# "Zenghelis described her" and "He recalled": Zenghelis's, reusing the preceding frame
# (mention "Zenghelis", cue "described"). "He recalled that she was less interested in
# details": indirect; the quotation after it ("The way she drew ... She was right.’", opened
# with " and closed with ’) goes on from the same frame. Inside it "she knew we could fix that
# later" is cognition. The text ends mid-sentence ("Kazimir Malevich").
doc("GUM_bio_hadid", 6, [
    D("'Queen of the curve'", "'Queen of the curve'", "The Guardian", "The Guardian", "described"),
    D('"liberated architectural geometry', 'expressive identity."', "The Guardian", "The Guardian", "described"),
    D('"a planet in her own orbit."', '"a planet in her own orbit."', "Rem Koolhaas", "Koolhaas", "described",
      frame="Her former professor, Koolhaas, described her"),
    D('"We called her the inventor', 'into tiny little pieces."', "Elia Zenghelis", "Zenghelis", "described",
      frame="Zenghelis described her as the most outstanding pupil"),
    I("she was less interested in details", "such as staircases", "Elia Zenghelis", "He", "recalled"),
    D('"The way she drew', "She was right.’", "Elia Zenghelis", "He", "recalled"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_higuchi: the words in marks are all story titles and their translations
# ("Umoregi" ("In Obscurity"), "Takekurabe", "Child's Play", "Growing Up", "Ōtsugomori" ...,
# one with a misplaced mark: (literally," Comparing heights";). "who would help, she assumed,
# ..." and "not knowing that", "Nor did she realize that" are cognition. No quote: kept so
# that false alarms count.
doc("GUM_bio_higuchi", 0, [])

# ---------------------------------------------------------------------------------------------
# GUM_bio_jerome: lead name "Jerome" (the Latin and Greek names are renderings).
# "This experience would remind him of the terrors of hell:" introduces Jerome's own account
# in the first person, a block quotation printed without marks: direct, marks="none", mention
# "him", cue None (no speech verb); it runs to the end of its paragraph, citation markers
# inside, the last ones (" [15] [16]") outside. Inside it, the line of Vergil in marks: direct,
# speaker Virgil (the article's spelling; "Vergil" in Jerome's translated words is an alias),
# cue None ("there came to my mind"). "Jerome used a quote from Virgil — "..." —": the words
# are Virgil's (in translation): direct, cue "quote". Not annotated: "the Psalmist's words were
# fulfilled, Let them go down quick into Hell" inside the block (a verse cited without marks or
# speech verb); "the familiarity ... he would later claim to have acquired" (to-infinitive);
# "Jerome identifies as his friend" (NP as NP); "Syrian Thebaid" (name); the caption's stray
# mark (St Jerome in the Nuremberg Chronicle").
doc("GUM_bio_jerome", 3, [
    D("Often I would find myself", 'silentia terrent".', "Jerome", "him", None,
      frame="This experience would remind him of the terrors of hell:", marks="none",
      why="Jerome's account quoted as a block after a colon, marks lost"),
    D('"Horror ubique animos', 'silentia terrent"', "Virgil", "Vergil", None),
    D('"On all sides round horror', 'a terror on my soul"', "Virgil", "Virgil", "quote"),
], aliases={"Virgil": ["Vergil"]})

# ---------------------------------------------------------------------------------------------
# GUM_bio_jespersen: lead name "Jens Otto Harry Jespersen" (the lead gives "Jens Otto Harry
# Jespersen or Otto Jespersen"; the first, fuller form). "Jespersen ... wrote:" + a quotation
# in its own paragraph: direct; its inner ‘onomatopoeia’ is a term. Not quotes: the example
# words "well honed phrase," "phrase" "honed" "well" (terms); "he presents his views",
# "he challenged the accepted views ... and proposed corrections" (NP objects); "is considered
# by many to be his masterpiece" (opinion, passive).
doc("GUM_bio_jespersen", 1, [
    D("“Is there really much more logic", "ideas they stand for.”", "Jens Otto Harry Jespersen", "Jespersen",
      "wrote", frame="Jespersen was a proponent of phonosemanticism and wrote:"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_marbles: lead name "Jenna Nicole Mourey" ("better known by her pseudonym Jenna
# Marbles"; the article calls her Marbles). "In the video, she stated, "..."": direct.
# "her mother's complaint that "Mourey", their legal surname, pulled up only Jenna's videos on
# Google": a named noun frame, indirect, the mother unnamed: None with mention "her mother";
# "Mourey" inside it is a name in marks. "some of her most memorable quotes printed on them
# (e.g. "what are this")": the text gives the words as hers (one of her quotes): direct, cue
# "quotes" (a hard call between a catchphrase on merchandise, like a motto, and a quotation).
# Not quotes: video, episode, podcast and show titles and names in marks ("How To Trick
# People ...", "How To Avoid Talking To People You Don't Want To Talk To " (misplaced mark),
# "Jenna Marbles " (misplaced), "Marbles", "Mr. Marbles", "Adam vs. Eve", "Fake n' Bacon",
# "Wrecking Ball", "The Jenna Julien Podcast", "The Jenna and Julien Podcast", "YouTube 15");
# "was concerned that their content might put off potential employers" (cognition).
doc("GUM_bio_marbles", 3, [
    D('"I\'m sick and tired', 'touching my backside"', "Jenna Nicole Mourey", "she", "stated",
      frame="In the video, she stated,"),
    I('"Mourey", their legal surname', "only Jenna's videos on Google", None, "her mother", "complaint",
      frame="her mother's complaint that"),
    D('"what are this"', '"what are this"', "Jenna Nicole Mourey", "her", "quotes",
      frame="some of her most memorable quotes"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_moreau: ""It was wonderful there", Moreau said. "Every tombstone ... Moreau"." The
# second quotation goes on in its own marks after the frame: same mention and cue. Not quotes:
# Meurtres? (title, no marks); the stray mark in 'When a young girl," the family moved south';
# her mother, "after 24 difficult years in France, returned to England with Jeanne's [6]
# sister, Michelle." -- a predicate in marks inside the article's sentence, a source's words
# given as nobody's (no frame, no speaker; the line drawn in the module docstring).
doc("GUM_bio_moreau", 2, [
    D('"It was wonderful there"', '"It was wonderful there"', "Jeanne Moreau", "Moreau", "said",
      frame="Moreau said"),
    D('"Every tombstone in the cemetery', 'was for a Moreau"', "Jeanne Moreau", "Moreau", "said",
      frame="Moreau said"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_nida: lead name "Eugene A. Nida".
# "he responded to the altar call at his church "to accept Christ as my Saviour."": the first
# person shows these are Nida's own words (his account of the call): direct, mention "he", no
# speech verb: cue None.
# "philologists who maintain that A, and that B": two content clauses, two indirect spans
# (as "He added that A and that B" in ewt_quotes), unnamed philologists: None with their
# mention; the article's gloss "(i.e. much more focused on ...)" is left out of the second.
# "Nida begins by asserting that given that "no two languages are identical, ... languages.
# ⏎⏎ Hence, there can be no fully exact translations."": the quotation opens two words into the
# content clause and closes in the next paragraph, past the clause's end; annotated as one
# direct quote over two paragraphs ("that" + a clause in marks), no separate indirect span
# (it would cross the direct one).
# "Nida brings in the reminder that while ... "identical equivalents" ..., what one must ... is
# find the "closest natural equivalent"": a named noun frame, indirect, with its two marked
# phrases nested as direct (partial quotations of Nida's wording).
# Not quotes: "immediate-constituent" (term), "Dynamic and formal equivalence." (an article
# title), "bachelor" (term), "gloss translation" (term); "Nida then sets forth the differences
# in translation ...:" and the numbered list after it (NP object, no marks: the article's
# summary); "Here he identifies two basic orientations" (NP object).
doc("GUM_bio_nida", 7, [
    D('"to accept Christ as my Saviour."', '"to accept Christ as my Saviour."', "Eugene A. Nida", "he", None,
      frame="when he responded to the altar call"),
    I("an understanding of the source text", "inter-animation of words on the page", None, "philologists",
      "maintain"),
    I("meaning is self-contained within the text", "meaning is self-contained within the text", None,
      "philologists", "maintain"),
    D('"no two languages are identical', 'no fully exact translations."', "Eugene A. Nida", "Nida", "asserting",
      frame="where Nida begins by asserting", paragraphs=2),
    I("while there are no such things", 'closest natural equivalent"', "Eugene A. Nida", "Nida", "reminder",
      frame="Nida brings in the reminder that"),
    D('"identical equivalents"', '"identical equivalents"', "Eugene A. Nida", "Nida", "reminder",
      frame="Nida brings in the reminder that"),
    D('"closest natural equivalent"', '"closest natural equivalent"', "Eugene A. Nida", "Nida", "reminder",
      frame="Nida brings in the reminder that"),
])

# ---------------------------------------------------------------------------------------------
# GUM_bio_padalecki: lead name "Jared Tristan Padalecki". "the couple announced that they were
# expecting their first child together": indirect, the couple = Padalecki and Genevieve
# Cortese, speaker their coordination (as "Linda Bilmes and Joseph E. Stiglitz" in
# ewt_quotes). Not quotes: "Claim to Fame Contest", "Joan of Arc" (names, titles), "Shep"
# (nickname); "after being asked by ... Tom Welling ... and the director" (a request, no
# content); "engagement ... was announced" (NP subject, nothing reported); "has been candid
# about his own struggles", "after having revealed his battle with depression" (NP objects).
doc("GUM_bio_padalecki", 1, [
    I("they were expecting their first child together", "they were expecting their first child together",
      "Jared Tristan Padalecki and Genevieve Cortese", "the couple", "announced",
      frame="the couple announced that"),
], extra_speakers=["Jared Tristan Padalecki and Genevieve Cortese"])

# ---------------------------------------------------------------------------------------------
# GUM_bio_theodorus: lead name "Theodorus of Tabennese". "According to hagiography, ...": a
# body of writings as the source (as "According to the programme", a document, in
# pud_quotes): indirect, None, mention "hagiography"; its scope is the sentence. "Despite the
# assertion that Theodorus apparently did not want ...": a noun frame, asserter not given:
# indirect, None, no mention. "Theodorus predicted he would soon die": a spoken prophecy
# ("his prediction came true"): indirect. Not quotes: "brothers’ comforter" (a title);
# "preached of the virtues of the Koinonia" (NP object); "pleaded with Theodorus to assert
# himself", "called on him to preach" (to-requests); "he claimed to be only acting on behalf
# of Horsiesios" (to-infinitive, as "pledged to" in ewt_quotes); "Pachomius had not named a
# successor", "naming the brother Petronios as his successor" (NP objects); "Refusing to work
# or communicate and demanding a new leader" (NP object); "Pachomius refused to grant" (to).
doc("GUM_bio_theodorus", 3, [
    I("Theodorus was born into a wealthy", "well educated from a young age", None, "hagiography",
      "According to"),
    I("Theodorus apparently did not want", "this world's glory", None, None, "assertion",
      frame="Despite the assertion that"),
    I("he would soon die", "he would soon die", "Theodorus of Tabennese", "Theodorus", "predicted",
      frame="Theodorus predicted"),
])
