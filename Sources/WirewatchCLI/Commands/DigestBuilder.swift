import Digest
import Foundation
import Storage

/// Reads the digest's facts from the store, assembles and stores it: the glue between Storage
/// (queries) and Digest (model, renderers), so both stay ignorant of each other.
struct DigestBuilder {
    let services: Services
    let calendar: DigestCalendar

    /// The digest of `window`, labelled `label`, generated at `now`.
    func build(label: String, window: DateInterval, now: Date) throws -> DailyDigest {
        let rows = try services.store.digestRows(
            start: window.start, end: window.end, baselineDays: calendar.baselineDays(before: window))
        return try DigestAssembler().assemble(
            date: label, timeZone: calendar.timeZone, window: window, generatedAt: now, facts: rows.facts(),
            stories: services.digestStories())
    }

    /// Stores a day's digest in the database (replacing that day's) and writes its three files.
    static func store(_ digest: DailyDigest, services: Services) throws {
        let rendered = Dictionary(uniqueKeysWithValues: DigestFormat.allCases.map { ($0, $0.render(digest)) })
        try services.store.saveDigest(StoredDigest(
            day: digest.date, timeZone: digest.timeZone, windowStart: digest.windowStart, windowEnd: digest.windowEnd,
            generatedAt: digest.generatedAt, json: rendered[.json]!, markdown: rendered[.markdown]!, html: rendered[.html]!))
        let directory = services.config.digest.directory(database: services.config.database)
        for (format, text) in rendered {
            try ConfigFile.write(text, to: (directory as NSString).appendingPathComponent("\(digest.date).\(format.fileExtension)"))
        }
    }
}

extension Services {
    /// Where the digest gets stories and syndicated-copy counts.
    ///
    /// Stories and syndicated copies come from the stored syndication groups and story clusters
    /// (`NoStories` would keep the section empty with a note).
    func digestStories() -> any StoryDigestSource {
        StoreStories(store: store)
    }
}
