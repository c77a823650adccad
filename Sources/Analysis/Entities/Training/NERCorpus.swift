/// Readers for the NER corpora in `oracles/ner/`: GermEval 2014, Universal NER BIO, CoNLL IOB1.
public enum NERCorpus {
    /// GermEval 2014 TSV: `#<TAB>url…` header, `index<TAB>token<TAB>outer<TAB>inner`; the outer
    /// column counts, `-deriv`/`-part` labels are O, OTH is MISC.
    public static func germEval(_ text: String) -> [LabeledSentence] {
        var result: [LabeledSentence] = []
        var current = LabeledSentence(tokens: [], tags: [])
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#\t") {
                current.source = line.split(separator: "\t").dropFirst().first.map(String.init)
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { flush(&current, into: &result); continue }
            current.tokens.append(String(fields[1]))
            current.tags.append(bioTag(fields[2]))
        }
        flush(&current, into: &result)
        return result
    }

    /// `token<TAB>B-PER` lines, blank line between sentences (Universal NER).
    public static func bio(_ text: String) -> [LabeledSentence] {
        var result: [LabeledSentence] = []
        var current = LabeledSentence(tokens: [], tags: [])
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { flush(&current, into: &result); continue }
            current.tokens.append(String(fields[0]))
            current.tags.append(bioTag(fields[1]))
        }
        flush(&current, into: &result)
        return result
    }

    /// `token I-PER` lines in IOB1 (WikiGold); `-DOCSTART-` skipped. MISC becomes O when
    /// `keepMisc` is false, to match corpora without MISC.
    public static func conllIOB1(_ text: String, keepMisc: Bool) -> [LabeledSentence] {
        var result: [LabeledSentence] = []
        var current = LabeledSentence(tokens: [], tags: [])
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: " ")
            guard fields.count >= 2, fields[0] != "-DOCSTART-" else { flush(&current, into: &result); continue }
            var tag = bioTag(fields[fields.count - 1])
            if !keepMisc && tag.kind == .misc { tag = .outside }
            if tag.isInside, current.tags.last?.kind != tag.kind { tag = BIOTag(kind: tag.kind!, inside: false) }
            current.tokens.append(String(fields[0]))
            current.tags.append(tag)
        }
        flush(&current, into: &result)
        return result
    }

    /// "B-PER" → B-PER; unknown kinds and -deriv/-part → O.
    static func bioTag(_ label: Substring) -> BIOTag {
        guard label.count > 2, let kind = EntityKind(label: label.dropFirst(2)) else { return .outside }
        return BIOTag(kind: kind, inside: label.first == "I")
    }

    private static func flush(_ sentence: inout LabeledSentence, into result: inout [LabeledSentence]) {
        if !sentence.tokens.isEmpty { result.append(sentence) }
        sentence = LabeledSentence(tokens: [], tags: [])
    }
}
