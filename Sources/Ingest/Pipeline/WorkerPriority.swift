import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The workers' CPU priority: below the writer's, so that when both want a core the writer (the
/// pipeline's narrowest part) gets it, and the workers fill the time it waits.
///
/// Linux keeps the nice value per thread: `lowerCallingThread` lowers the thread a worker runs on,
/// a thread of Swift's cooperative pool, which runs the workers' CPU-bound jobs and the light async
/// plumbing around them. The writer commits on its own dispatch queue (`Pipeline.writerQueue`,
/// user-initiated and overcommit), whose threads are not the cooperative pool's, so it keeps the
/// default priority. A lowered thread stays lowered (raising it again needs privilege); setting the
/// same value again is a cheap system call, done once per prepared fetch.
enum WorkerPriority {
    /// Nice value of worker threads (0 is the default, 19 the lowest priority). At 10 a worker gets
    /// about a tenth of a core's time when it competes with the writer.
    static let niceValue: Int32 = 10

    static func lowerCallingThread() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceValue)
        #endif
    }
}
