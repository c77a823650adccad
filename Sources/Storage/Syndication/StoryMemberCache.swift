import FeedModel
import Foundation
import GRDB

/// The latest members of the stories one syndication transaction has read or changed: in a batch,
/// the same stories are candidates for item after item, and reading their members' features
/// (blobs, decoded) is the costliest read of a story lookup. Kept exact: a member that joins or
/// opens a story is added here as `latestMembers` would read it back; a story that loses a member
/// is forgotten and read again when next needed. Lives for one transaction only.
final class StoryMemberCache {
    private var members: [Int64: [StoryMember]] = [:]

    /// The `SyndicationReader.memberLimit` latest members of each story (newest item first).
    func members(of storyIDs: [Int64], _ db: Database) throws -> [Int64: [StoryMember]] {
        let missing = storyIDs.filter { members[$0] == nil }
        if !missing.isEmpty {
            let read = try SyndicationReader.latestMembers(of: missing, db)
            for id in missing { members[id] = read[id] ?? [] }
        }
        var result: [Int64: [StoryMember]] = [:]
        for id in storyIDs { result[id] = members[id] }
        return result
    }

    /// `member` is now in story `storyID` (which it opened when `opened`).
    func added(_ member: StoryMember, to storyID: Int64, opened: Bool) {
        if opened {
            members[storyID] = [member]
            return
        }
        // Taken out of the dictionary, so the list is changed in place rather than copied member by member.
        guard var list = members.removeValue(forKey: storyID) else { return }
        list.removeAll { $0.itemID == member.itemID }
        list.append(member)
        list.sort { $0.itemID > $1.itemID }
        if list.count > SyndicationReader.memberLimit { list.removeLast(list.count - SyndicationReader.memberLimit) }
        members[storyID] = list
    }

    /// Story `storyID` changed in a way not tracked here (it lost a member): read it again next time.
    func forget(_ storyID: Int64) {
        members[storyID] = nil
    }
}
