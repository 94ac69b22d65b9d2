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

/// Longest word in the built-in abbreviation lists, in bytes.
pub(crate) const LONGEST: usize = 8;

/// Classifies a lowercased word (no trailing period), as bytes.
pub(crate) fn classify(lower: &[u8]) -> Option<Abbrev> {
    let kind = match lower {
        // Titles and prepositive abbreviations.
        b"mr" | b"mrs" | b"ms" | b"mx" | b"messrs" | b"mmes" | b"mme" | b"mlle" | b"dr"
        | b"drs" | b"prof" | b"profs" | b"gov" | b"govs" | b"sen" | b"sens" | b"rep" | b"reps"
        | b"gen" | b"gens" | b"lt" | b"col" | b"maj" | b"capt" | b"cpt" | b"sgt" | b"cpl"
        | b"pvt" | b"adm" | b"cmdr" | b"cdr" | b"brig" | b"rev" | b"revd" | b"hon" | b"pres"
        | b"supt" | b"insp" | b"fr" | b"amb" | b"atty" | b"sra" | b"srta" => Abbrev::Title,
        // Before numbers only.
        b"no" | b"nos" | b"n\xc2\xb0" | b"n\xc2\xba" | b"art" | b"arts" | b"tel" | b"ext"
        | b"rm" | b"apt" | b"bldg" | b"hwy" | b"rte" | b"div" | b"nr" | b"op" | b"par"
        | b"para" | b"paras" => Abbrev::Number,
        // Weak abbreviations that also take numbers.
        b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept"
        | b"oct" | b"nov" | b"dec" | b"p" | b"pp" | b"pg" | b"pgs" | b"vol" | b"vols" | b"fig"
        | b"figs" | b"ch" | b"chap" | b"chs" | b"sec" | b"secs" | b"sect" | b"ca" | b"approx"
        | b"est" | b"vs" | b"v" => Abbrev::WeakNumber,
        // Weak abbreviations.
        b"mon" | b"tue" | b"tues" | b"wed" | b"thu" | b"thur" | b"thurs" | b"fri" | b"sat"
        | b"sun" | b"co" | b"cos" | b"corp" | b"inc" | b"ltd" | b"llc" | b"llp" | b"plc"
        | b"bros" | b"assn" | b"assoc" | b"dept" | b"depts" | b"univ" | b"inst" | b"intl"
        | b"natl" | b"govt" | b"mfg" | b"st" | b"ste" | b"mt" | b"mts" | b"ft" | b"jr" | b"sr"
        | b"esq" | b"phd" | b"al" | b"ave" | b"blvd" | b"rd" | b"ln" | b"pl" | b"sq" | b"hr"
        | b"hrs" | b"min" | b"mins" | b"yr" | b"yrs" | b"mo" | b"mos" | b"wk" | b"wks" | b"oz"
        | b"lb" | b"lbs" | b"kg" | b"km" | b"mi" | b"gal" | b"qt" | b"pct" | b"mln" | b"bln"
        | b"ala" | b"ariz" | b"ark" | b"calif" | b"colo" | b"conn" | b"del" | b"fla" | b"ga"
        | b"ill" | b"ind" | b"kan" | b"kans" | b"ky" | b"la" | b"md" | b"mass" | b"mich"
        | b"minn" | b"miss" | b"mont" | b"neb" | b"nev" | b"okla" | b"ore" | b"pa" | b"penn"
        | b"tenn" | b"tex" | b"va" | b"vt" | b"wash" | b"wis" | b"wyo" => Abbrev::Weak,
        b"e.g" | b"i.e" | b"cf" | b"viz" | b"ibid" => Abbrev::Never,
        b"a.m" | b"p.m" => Abbrev::Time,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(classify(b"ms"), Some(Abbrev::Title));
        assert_eq!(classify(b"messrs"), Some(Abbrev::Title));
        assert_eq!(classify(b"n\xc2\xb0"), Some(Abbrev::Number));
        assert_eq!(classify(b"jan"), Some(Abbrev::WeakNumber));
        assert_eq!(classify(b"co"), Some(Abbrev::Weak));
        assert_eq!(classify(b"e.g"), Some(Abbrev::Never));
        assert_eq!(classify(b"p.m"), Some(Abbrev::Time));
        assert_eq!(classify(b"us"), None);
        assert!(is_starter("The") && !is_starter("the") && !is_starter("Government"));
    }
}
