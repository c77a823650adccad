/// HTTP jobs waiting to start: first in, first out per host, and each host's oldest job keeps its
/// place in the order of submission, so the loop can start them in queue order while looking at
/// each host once per turn instead of at every queued job.
struct PendingJobs {
    private struct HostQueue {
        /// (submission number, job); `head` is the next one to start.
        var jobs: [(order: Int, job: FetchJob)] = []
        var head = 0

        var isEmpty: Bool { head == jobs.count }
    }

    private var queues: [String: HostQueue] = [:]
    private var nextOrder = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Hosts that have queued jobs.
    var hosts: some Sequence<String> { queues.keys }

    mutating func append(_ job: FetchJob, host: String) {
        nextOrder += 1
        count += 1
        queues[host, default: HostQueue()].jobs.append((nextOrder, job))
    }

    /// The submission number of the host's next job, nil when it has none.
    func headOrder(_ host: String) -> Int? {
        guard let queue = queues[host], !queue.isEmpty else { return nil }
        return queue.jobs[queue.head].order
    }

    /// Takes the host's next job.
    mutating func popFirst(_ host: String) -> FetchJob? {
        guard var queue = queues.removeValue(forKey: host), !queue.isEmpty else { return nil }
        let job = queue.jobs[queue.head].job
        queue.head += 1
        count -= 1
        if !queue.isEmpty {
            // Drop the started prefix now and then so a long queue does not keep its jobs alive.
            if queue.head >= 64 && queue.head * 2 >= queue.jobs.count {
                queue.jobs.removeFirst(queue.head)
                queue.head = 0
            }
            queues[host] = queue
        }
        return job
    }

    /// Takes every queued job of a host, in order.
    mutating func removeAll(_ host: String) -> [FetchJob] {
        guard let queue = queues.removeValue(forKey: host) else { return [] }
        let jobs = queue.jobs[queue.head...].map(\.job)
        count -= jobs.count
        return jobs
    }

    /// Takes every queued job for which `shouldDrop` is true.
    mutating func removeAll(where shouldDrop: (FetchJob) -> Bool) -> [FetchJob] {
        var dropped: [FetchJob] = []
        for (host, queue) in queues {
            var kept: [(order: Int, job: FetchJob)] = []
            for entry in queue.jobs[queue.head...] {
                if shouldDrop(entry.job) { dropped.append(entry.job) } else { kept.append(entry) }
            }
            queues[host] = kept.isEmpty ? nil : HostQueue(jobs: kept, head: 0)
        }
        count -= dropped.count
        return dropped
    }
}
