import Foundation

/// The thresholds and sizes of copy detection and story clustering, with measured defaults
/// (see `Tests/SyndicationTests/EvaluationTests.swift`).
public struct SyndicationSettings: Sendable, Hashable {
    /// Words per shingle.
    public var shingleSize = 3
    /// MinHash signature length; `bands` × rows per band must not exceed it.
    public var minhashLength = 64
    /// LSH bands: two items with Jaccard J share a band with probability 1 − (1 − J^rows)^bands.
    public var bands = 16
    /// How many of the longest sentences become lookup keys.
    public var anchorSentences = 4
    /// Sentences shorter than this are not hashed.
    public var minSentenceWords = 5
    /// Sentences shorter than this are not anchors.
    public var minAnchorWords = 8
    /// Bodies shorter than this get no body hash.
    public var minBodyWords = 20
    /// Estimated Jaccard at or above which two items are copies.
    public var copyJaccard = 0.5
    /// Estimated containment (of the smaller in the larger) at or above which two items are copies.
    public var copyContainment = 0.8
    /// Share of the smaller item's sentences found in the other at or above which they are copies.
    public var copySentenceContainment = 0.5
    /// A containment or sentence verdict needs this many shingles in the smaller item.
    public var minContainmentShingles = 25
    /// Copies at or above this Jaccard and length ratio are near-equal; others are variants.
    public var nearEqualJaccard = 0.9
    /// How long a story stays open after its last item.
    public var storyWindow: TimeInterval = 72 * 3600
    /// Similarity at or above which a new item joins a story.
    public var storyThreshold = 0.25
    /// Stems kept per item for TF-IDF (the most frequent).
    public var stemLimit = 40
    /// Members of a story compared when choosing its most central item.
    public var centralityLimit = 40

    public init() {}

    /// Rows per LSH band.
    var rowsPerBand: Int { max(1, minhashLength / max(1, bands)) }
}
