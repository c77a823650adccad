/// Lists of countries, cities, organisations and parties with aliases, matched over tokens.
///
/// Files are tab-separated lines `KIND<TAB>key<TAB>German name<TAB>English name<TAB>alias|alias…`;
/// `#` starts a comment. Every name and alias matches in every language, case-insensitively, but
/// and a trailing genitive s ("Chinas", "Russlands") also matches at capitalised tokens. Lines
/// `FIRST<TAB>name|name…` list given names, which are evidence for the tagger only.
public struct Gazetteer: Sendable {
    public private(set) var entries: [GazetteerEntry] = []
    /// First-token hash → candidate names (token hashes), their entry index, and whether the name
    /// is ambiguous ("~Union", "~Spiegel": evidence for the tagger, never a mention on its own).
    private var index = HashTable64()
    /// The candidate lists `index` points to.
    private var candidateLists: [[(names: [UInt64], entry: Int, ambiguous: Bool, lowercase: Bool, capitals: Bool)]] = []
    private var byKey: [String: Int] = [:]
    /// Lowercase hashes of given names.
    private(set) var firstNames = HashSet64()

    public init() {}

    /// Parses gazetteer text; malformed lines are skipped.
    public init(text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            add(line: line)
        }
    }

    /// The entry with the full key "KIND:key", if any.
    public func entry(forKey key: String) -> GazetteerEntry? {
        byKey[key].map { entries[$0] }
    }

    /// The entry whose name or alias is exactly `name` (case-insensitive, tokens split at spaces).
    public func lookup(_ name: Substring) -> GazetteerEntry? {
        if let first = Self.firstPartHash(name), !index.contains(first) { return nil }
        if let parts = Self.partHashes(name) {
            guard let first = parts.first, let candidates = candidates(first) else { return nil }
            return candidates.first { $0.names == parts }.map { entries[$0.entry] }
        }
        let parts = name.drop { $0 == "~" }.split(separator: " ").map(FeatureHash.lowercased)
        guard let first = parts.first, let candidates = candidates(first) else { return nil }
        return candidates.first { $0.names == parts }.map { entries[$0.entry] }
    }

    /// The lowercase hash of the first space-separated part of `name` after leading "~", as
    /// `lookup` computes it, without building substrings; nil for an empty name or one with
    /// scalars from U+0300 up (where characters and scalars may differ).
    @inline(__always)
    static func firstPartHash(_ name: Substring) -> UInt64? {
        var hash = FeatureHash.seed, length = 0, leading = true
        for scalar in name.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 else { return nil }
            if leading, value == 126 { continue }
            leading = false
            if value == 32 {
                if length > 0 { return hash }
                continue
            }
            hash = FeatureHash.add(hash, FeatureHash.lower(value))
            length += 1
        }
        return length > 0 ? hash : nil
    }

    /// The lowercase hashes of all space-separated parts after leading "~", as `lookup`
    /// computes them, without substrings; nil for a name with scalars from U+0300 up.
    static func partHashes(_ name: Substring) -> [UInt64]? {
        var parts: [UInt64] = []
        var hash = FeatureHash.seed, length = 0, leading = true
        for scalar in name.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 else { return nil }
            if leading, value == 126 { continue }
            leading = false
            if value == 32 {
                if length > 0 { parts.append(hash) }
                hash = FeatureHash.seed
                length = 0
                continue
            }
            hash = FeatureHash.add(hash, FeatureHash.lower(value))
            length += 1
        }
        if length > 0 { parts.append(hash) }
        return parts
    }

    private mutating func add(line: Substring) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        if fields.count >= 2, fields[0] == "FIRST" {
            for name in fields[1].split(separator: "|") { firstNames.insert(FeatureHash.lowercased(name)) }
            return
        }
        guard fields.count >= 4, let kind = EntityKind(label: fields[0]) else { return }
        let entry = GazetteerEntry(
            kind: kind, key: String(fields[1]), germanName: String(fields[2].drop { $0 == "~" }),
            englishName: String(fields[3].drop { $0 == "~" }))
        let aliases = fields.count > 4 ? fields[4].split(separator: "|") : []
        add(entry, aliases: [fields[2], fields[3]] + aliases)
    }

    private mutating func add(_ entry: GazetteerEntry, aliases: [Substring]) {
        let id: Int
        if let existing = byKey[entry.kindKey] { id = existing } else {
            id = entries.count
            entries.append(entry)
            byKey[entry.kindKey] = id
        }
        for alias in Set(aliases) where !alias.isEmpty {
            let ambiguous = alias.hasPrefix("~")
            let name = alias.drop { $0 == "~" }
            let parts = name.split(separator: " ").map(FeatureHash.lowercased)
            guard let first = parts.first else { continue }
            let candidate = (names: parts, entry: id, ambiguous: ambiguous, lowercase: FeatureHash.startsLowercase(String(name)),
                             capitals: Self.isShortCapitals(name))
            if let list = index.value(first) {
                candidateLists[Int(list)].append(candidate)
            } else {
                index.insert(first, Int32(candidateLists.count))
                candidateLists.append([candidate])
            }
        }
    }

    /// A one-word name of two to four capital letters ("US", "CA", "FBI"): it matches only a
    /// token written in capitals too ("Us", "ca", "Fbi" are other words).
    static func isShortCapitals(_ name: Substring) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars {
            let value = scalar.value
            guard value >= 65 && value <= 90 else { return false }
            letters += 1
        }
        return letters >= 2 && letters <= 4
    }

    /// The names whose first token has lowercase hash `first`.
    @inline(__always)
    private func candidates(_ first: UInt64) -> [(names: [UInt64], entry: Int, ambiguous: Bool, lowercase: Bool, capitals: Bool)]? {
        index.value(first).map { candidateLists[Int($0)] }
    }

    /// Longest non-overlapping matches, left to right, over lowercase token hashes.
    func matches(tokens: ArraySlice<Token>, lower: [UInt64]) -> [GazetteerMatch] {
        var result: [GazetteerMatch] = []
        var i = 0
        let base = tokens.startIndex
        while i < lower.count {
            if let match = longestMatch(at: i, tokens: tokens, base: base, lower: lower) {
                result.append(match)
                i = match.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    private func longestMatch(at i: Int, tokens: ArraySlice<Token>, base: Int, lower: [UInt64]) -> GazetteerMatch? {
        let text = tokens[base + i].text
        // No name starts here and no genitive ending ("s") to strip: nothing can match.
        if !index.contains(lower[i]), text.utf8.last != UInt8(ascii: "s") { return nil }
        guard let first = text.unicodeScalars.first else { return nil }
        let capitalized = FeatureHash.startsUppercase(text) || first.value < 58 && first.value > 47
        var best: GazetteerMatch?
        for candidate in candidates(lower[i]) ?? [] where i + candidate.names.count <= lower.count {
            let n = candidate.names.count
            guard n > (best?.tokens.count ?? 0), lower[i..<(i + n)].elementsEqual(candidate.names),
                !candidate.capitals || Self.isShortCapitals(text[...]) else { continue }
            best = GazetteerMatch(tokens: i..<(i + n), entry: candidate.entry, caseFits: capitalized || candidate.lowercase,
                                  ambiguous: candidate.ambiguous)
        }
        if best == nil, capitalized, let stem = Self.genitiveStem(text),
            let hit = candidates(FeatureHash.lowercased(stem))?.first(where: { $0.names.count == 1 }) {
            best = GazetteerMatch(tokens: i..<(i + 1), entry: hit.entry, caseFits: true, ambiguous: hit.ambiguous)
        }
        return best
    }

    /// "Chinas" → "China", "Putin's" → "Putin"; nil when the word has no genitive ending.
    static func genitiveStem(_ word: String) -> Substring? {
        guard word.utf8.last == UInt8(ascii: "s") else { return nil }
        if word.hasSuffix("'s") || word.hasSuffix("’s") { return word.dropLast(2) }
        guard word.utf8.count > 3, !word.hasSuffix("ss") else { return nil }
        return word.dropLast()
    }
}

extension GazetteerEntry {
    /// "LOC:beijing".
    public var kindKey: String { kind.rawValue + ":" + key }
}
