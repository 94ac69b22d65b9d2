//! Word lists the splitter consults: abbreviations by how they behave before the next
//! word, and the capitalised words that typically open an English sentence.
//!
//! All abbreviation lists are lowercase and matched case-insensitively on the word before
//! the period (without the period). Words that are ordinary English words when they end a
//! sentence ("us", "in", "am", "may") are left out on purpose.

/// How an abbreviation behaves before the word that follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// A title or other word that always precedes what it qualifies ("Ms.", "Dr.", "Mt.").
    /// Its period never ends a sentence inside a line.
    Title,
    /// An abbreviation that may end a sentence ("Co.", "Jr.", "Jan.", "U.S."): the period
    /// ends the sentence only when the next word is a typical sentence opener.
    Weak,
    /// Like [`Abbrev::Weak`], and never ends a sentence before a number ("Jan. 5", "p. 55").
    WeakNumber,
    /// An ordinary word except before a number ("No. 5", "Art. 3"): "No. I disagree."
    /// still ends a sentence.
    Number,
    /// Never ends a sentence ("e.g.", "i.e.", "cf.").
    Never,
    /// "a.m." and "p.m.": like [`Abbrev::Weak`], and also before a title ("... at 6 p.m.
    /// Mr. Smith then left"), except in a short opening phrase ("At 5 a.m. Mr. Smith ...").
    Time,
}

/// Classifies a lowercased word (no trailing period).
pub(crate) fn classify(lower: &str) -> Option<Abbrev> {
    let kind = match lower {
        // Titles and prepositive abbreviations.
        "mr" | "mrs" | "ms" | "mx" | "messrs" | "mmes" | "mme" | "mlle" | "dr" | "drs" | "prof"
        | "profs" | "gov" | "govs" | "sen" | "sens" | "rep" | "reps" | "gen" | "gens" | "lt"
        | "col" | "maj" | "capt" | "cpt" | "sgt" | "cpl" | "pvt" | "adm" | "cmdr" | "cdr"
        | "brig" | "rev" | "revd" | "hon" | "pres" | "supt" | "insp" | "fr" | "amb" | "atty"
        | "sra" | "srta" => Abbrev::Title,
        // Before numbers only.
        "no" | "nos" | "n°" | "nº" | "art" | "arts" | "tel" | "ext" | "rm" | "apt" | "bldg"
        | "hwy" | "rte" | "div" | "nr" | "op" | "par" | "para" | "paras" => Abbrev::Number,
        // Weak abbreviations that also take numbers.
        "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov"
        | "dec" | "p" | "pp" | "pg" | "pgs" | "vol" | "vols" | "fig" | "figs" | "ch" | "chap"
        | "chs" | "sec" | "secs" | "sect" | "ca" | "approx" | "est" | "vs" | "v" => {
            Abbrev::WeakNumber
        }
        // Weak abbreviations.
        "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
        | "co" | "cos" | "corp" | "inc" | "ltd" | "llc" | "llp" | "plc" | "bros" | "assn"
        | "assoc" | "dept" | "depts" | "univ" | "inst" | "intl" | "natl" | "govt" | "mfg"
        | "st" | "ste" | "mt" | "mts" | "ft" | "jr" | "sr" | "esq" | "phd" | "al" | "ave"
        | "blvd" | "rd" | "ln" | "pl" | "sq" | "hr" | "hrs" | "min" | "mins" | "yr" | "yrs"
        | "mo" | "mos" | "wk" | "wks" | "oz" | "lb" | "lbs" | "kg" | "km" | "mi" | "gal" | "qt"
        | "pct" | "mln" | "bln" | "ala" | "ariz" | "ark" | "calif" | "colo" | "conn" | "del"
        | "fla" | "ga" | "ill" | "ind" | "kan" | "kans" | "ky" | "la" | "md" | "mass" | "mich"
        | "minn" | "miss" | "mont" | "neb" | "nev" | "okla" | "ore" | "pa" | "penn" | "tenn"
        | "tex" | "va" | "vt" | "wash" | "wis" | "wyo" => Abbrev::Weak,
        "e.g" | "i.e" | "cf" | "viz" | "ibid" => Abbrev::Never,
        "a.m" | "p.m" => Abbrev::Time,
        _ => return None,
    };
    Some(kind)
}

/// Capitalised words that commonly open a sentence in English news: pronouns, determiners,
/// conjunctions, prepositions, auxiliaries and sentence adverbs. After a weak abbreviation
/// ("U.S.", "Co.", an initial) only these end the sentence, so "the U.S. How about you?"
/// splits and "the U.S. Government" does not.
pub(crate) fn is_starter(word: &str) -> bool {
    matches!(
        word,
        "A" | "An"
            | "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "It"
            | "Its"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "Nor"
            | "However"
            | "Meanwhile"
            | "Moreover"
            | "Furthermore"
            | "Also"
            | "Still"
            | "Then"
            | "Now"
            | "Thus"
            | "Therefore"
            | "Instead"
            | "Indeed"
            | "In"
            | "On"
            | "At"
            | "For"
            | "From"
            | "With"
            | "Without"
            | "By"
            | "To"
            | "As"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Until"
            | "When"
            | "While"
            | "If"
            | "Although"
            | "Though"
            | "Because"
            | "Despite"
            | "Following"
            | "According"
            | "Under"
            | "Among"
            | "Who"
            | "What"
            | "Where"
            | "Why"
            | "How"
            | "Which"
            | "Whose"
            | "Whether"
            | "Did"
            | "Do"
            | "Does"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "Shall"
            | "Might"
            | "Must"
            | "Has"
            | "Have"
            | "Had"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Any"
            | "Each"
            | "Every"
            | "Both"
            | "Few"
            | "Several"
            | "No"
            | "Not"
            | "None"
            | "One"
            | "Other"
            | "Another"
            | "Such"
            | "Last"
            | "Next"
            | "Earlier"
            | "Later"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Currently"
            | "Recently"
            | "Overall"
            | "Finally"
            | "Let"
            | "Please"
            | "Yes"
    )
}

/// Speech verbs that follow a quotation in an attribution ("... ?” she asked").
pub(crate) fn is_speech_verb(word: &[u8]) -> bool {
    matches!(
        word,
        b"said"
            | b"says"
            | b"say"
            | b"asked"
            | b"asks"
            | b"ask"
            | b"replied"
            | b"replies"
            | b"added"
            | b"adds"
            | b"told"
            | b"tells"
            | b"shouted"
            | b"shouts"
            | b"cried"
            | b"wrote"
            | b"writes"
            | b"explained"
            | b"continued"
            | b"stated"
            | b"noted"
            | b"insisted"
            | b"recalled"
            | b"called"
            | b"whispered"
            | b"yelled"
            | b"answered"
            | b"remarked"
            | b"exclaimed"
            | b"admitted"
            | b"argued"
            | b"warned"
            | b"declared"
            | b"announced"
            | b"began"
            | b"started"
    )
}
