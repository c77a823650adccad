extension LanguageIdentifier {
    /// Running scores per language over the words of a text.
    struct Tally {
        let model: LanguageModel
        var scores: [Float]
        var letters = 0
        private var word: [Unicode.Scalar] = [" "]
        /// Weight of the word being read: `nameWeight` for a capitalised word inside a sentence.
        private var weight: Float = 1
        /// No word yet since the text's start or the last full stop, question or exclamation mark.
        private var sentenceStart = true

        init(model: LanguageModel) {
            self.model = model
            self.scores = Array(repeating: 0, count: model.languages.count)
        }

        /// Scores the words of `scalars` until `budget` letters have been seen.
        mutating func add(_ scalars: [Unicode.Scalar], budget: Int) {
            for s in scalars {
                if ScalarClass.isLetter(s) {
                    if word.count == 1 { weight = !sentenceStart && ScalarClass.isUpper(s) ? nameWeight : 1 }
                    word.append(ScalarClass.lowered(s))
                    letters += 1
                } else {
                    if word.count > 1 {
                        finishWord()
                        sentenceStart = false
                        if letters >= budget { return }
                    }
                    if s == "." || s == "!" || s == "?" || s == ":" { sentenceStart = true }
                }
            }
            if word.count > 1 { finishWord() }
        }

        /// Adds the word's 1- to 3-grams (padded with a space each side) and its function-word bonus.
        /// The buffers are taken once per word, not per n-gram: per n-gram, the array accesses'
        /// retains and releases cost more than the lookups (measured: a quarter of identification).
        private mutating func finishWord() {
            word.append(" ")
            let count = scores.count
            let table = model.table, weight = weight
            word.withUnsafeBufferPointer { word in
                model.weights.withUnsafeBufferPointer { weights in
                    scores.withUnsafeMutableBufferPointer { scores in
                        guard let s = scores.baseAddress, let w = weights.baseAddress else { return }
                        for n in 1...3 where word.count >= n {
                            for i in 0...(word.count - n) {
                                if n == 1, word[i] == " " { continue }
                                var key: UInt64 = 0
                                for k in i..<(i + n) { key = key << 21 | UInt64(word[k].value) }
                                guard let row = table.row(key) else { continue }
                                let base = Int(row) * count
                                precondition(base + count <= weights.count)
                                let r = w + base
                                for l in 0..<count { s[l] += weight * r[l] }
                            }
                        }
                    }
                }
            }
            addStopword()
            word.removeAll(keepingCapacity: true)
            word.append(" ")
        }

        private mutating func addStopword() {
            guard word.count <= 14 else { return }
            guard let stored = model.stopwordHashes.value(LanguageModel.hash(word[1..<(word.count - 1)])) else { return }
            let bits = UInt32(bitPattern: stored)
            for l in 0..<scores.count where bits & (1 << UInt32(l)) != 0 { scores[l] += stopwordBonus }
        }

        /// The best column and its lead over the second best, or nil with no model.
        func winner() -> (Int, Float)? {
            guard !scores.isEmpty else { return nil }
            var best = 0
            for l in scores.indices where scores[l] > scores[best] { best = l }
            var second = -Float.infinity
            for l in scores.indices where l != best && scores[l] > second { second = scores[l] }
            return (best, scores.count == 1 ? .infinity : scores[best] - second)
        }
    }
}
