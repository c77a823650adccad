import FeedModel
import Foundation
internal import CCurl

/// Drives every transfer of one `Fetcher` through a single curl multi handle, with
/// `curl_multi_perform` + `curl_multi_poll` on a dedicated thread. Callers hand work in through a
/// locked inbox and `curl_multi_wakeup`; everything else is touched by the loop thread only.
///
/// Owns the multi handle (freed in `deinit`). The thread keeps the loop alive until it has no
/// work left and `shutdown()` was called.
final class MultiLoop: @unchecked Sendable {
    private let options: FetchOptions
    private let gate: AddressGate
    private let multi: UnsafeMutableRawPointer?
    private let setupError: FetchingError?

    // Guarded by `lock`.
    private let lock = NSLock()
    private var inbox: [FetchJob] = []
    private var cancelled: Set<Int> = []
    private var shuttingDown = false
    private var threadStarted = false
    private var nextBatchID = 0

    // Loop thread only.
    private var pending = PendingJobs()
    /// Easy handles of finished transfers, ready for the next (at most `maxConcurrent`; freed
    /// when the loop runs out of work).
    private var idleHandles: [UnsafeMutableRawPointer] = []
    /// Batches whose consumer went away (ids are never reused).
    private var cancelledBatches: Set<Int> = []
    private var active: [UnsafeMutableRawPointer: EasyTransfer] = [:]
    private var throttle: HostThrottle

    init(options: FetchOptions, gate: AddressGate) {
        self.options = options
        self.gate = gate
        self.throttle = HostThrottle(maxPerHost: options.maxPerHost, gap: options.hostGap, maxWait: options.totalTimeout)
        (multi, setupError) = Self.makeMulti()
    }

    deinit {
        for handle in idleHandles { curl_easy_cleanup(handle) }
        if let multi { curl_multi_cleanup(multi) }
    }

    /// A fresh batch number (thread-safe).
    func newBatchID() -> Int {
        lock.withLock {
            nextBatchID += 1
            return nextBatchID
        }
    }

    /// Queues one batch of requests whose results go to `continuation`.
    func submit(_ requests: [FetchRequest], to continuation: AsyncStream<FetchResult>.Continuation) {
        let id = newBatchID()
        continuation.onTermination = { [weak self] termination in
            if case .cancelled = termination { self?.cancel(batch: id) }
        }
        submit(requests, to: Batch(id: id, count: requests.count, sink: .stream(continuation)))
    }

    /// Queues one batch of requests; `batch` expects exactly `requests.count` results.
    func submit(_ requests: [FetchRequest], to batch: Batch) {
        guard multi != nil else { return failAll(requests, batch: batch) }
        guard !requests.isEmpty else { return }
        let jobs = requests.map { FetchJob(request: $0, batch: batch) }
        let startThread = lock.withLock {
            inbox.append(contentsOf: jobs)
            defer { threadStarted = true }
            return !threadStarted
        }
        if startThread { startLoopThread() } else { wake() }
    }

    /// Drops the batch's queued requests and aborts its transfers (its consumer went away).
    func cancel(batch id: Int) {
        lock.withLock { _ = cancelled.insert(id) }
        wake()
    }

    /// Lets the thread end once every submitted request has been answered.
    func shutdown() {
        lock.withLock { shuttingDown = true }
        wake()
    }

    /// Interrupts the loop's `curl_multi_poll` (thread-safe by libcurl's contract).
    private func wake() {
        guard let multi else { return }
        // A failed wakeup only delays the loop until its poll times out (at most 5 s).
        try? CurlCall.check(curl_multi_wakeup(multi), "curl_multi_wakeup")
    }

    private func startLoopThread() {
        let thread = Thread { self.run() }
        thread.name = "wirewatch-fetch"
        thread.start()
    }

    private func failAll(_ requests: [FetchRequest], batch: Batch) {
        let message = setupError?.description ?? "curl multi handle unavailable"
        for request in requests {
            batch.deliver(FetchResult(request: request, outcome: .network, message: "\(request.url): \(message)"))
        }
    }

    private static func makeMulti() -> (UnsafeMutableRawPointer?, FetchingError?) {
        guard CurlCall.globalInit else {
            return (nil, FetchingError(library: .curlEasy, code: 2, operation: "curl_global_init", reason: "failed"))
        }
        guard let multi = curl_multi_init() else {
            return (nil, FetchingError(library: .curlMulti, code: 0, operation: "curl_multi_init", reason: "out of memory"))
        }
        return (multi, nil)
    }
}

// MARK: - The loop (loop thread only)

extension MultiLoop {
    private func run() {
        guard let multi else { return }
        while true {
            let (jobs, cancels, stopping) = takeInbox()
            enqueue(jobs)
            drop(batches: cancels, multi: multi)
            perform(multi)
            collect(multi)
            let wait = admit(multi: multi)
            if stopping && pending.isEmpty && active.isEmpty { return }
            if pending.isEmpty && active.isEmpty {
                throttle.prune(now: MonotonicClock.now())
                releaseIdleHandles()  // an idle daemon keeps no transfer buffers between runs
                // No job of any batch is left, and a batch's jobs are all submitted before it can be
                // cancelled: the ids kept to drop late arrivals can go (a daemon cancels one batch
                // per fetch: `fetchOne` leaves its stream after the one result).
                cancelledBatches.removeAll(keepingCapacity: false)
            }
            // curl_multi_poll also returns early for curl's own timers (a handle just added, timeouts).
            poll(multi, milliseconds: wait)
        }
    }

    private func poll(_ multi: UnsafeMutableRawPointer, milliseconds: Int) {
        do {
            try CurlCall.check(curl_multi_poll(multi, nil, 0, Int32(milliseconds), nil), "curl_multi_poll")
        } catch {
            usleep(10_000)  // never spin on a failing poll
        }
    }

    /// Takes a finished or abandoned transfer out of the multi handle; the caller then drops it.
    private func remove(_ handle: UnsafeMutableRawPointer, from multi: UnsafeMutableRawPointer) {
        // Failing here leaves nothing to undo: curl_easy_cleanup detaches the handle as well.
        try? CurlCall.check(curl_multi_remove_handle(multi, handle), "curl_multi_remove_handle")
    }

    private func takeInbox() -> ([FetchJob], Set<Int>, Bool) {
        lock.withLock {
            defer {
                inbox = []
                cancelled = []
            }
            return (inbox, cancelled, shuttingDown)
        }
    }

    /// Drops the queued requests of cancelled batches and aborts their transfers; `fetchAll`
    /// batches get "fetch was cancelled" for each. Requests of those batches that arrive later
    /// are dropped the same way.
    private func drop(batches ids: Set<Int>, multi: UnsafeMutableRawPointer) {
        guard !ids.isEmpty else { return }
        cancelledBatches.formUnion(ids)
        for job in pending.removeAll(where: { ids.contains($0.batch.id) }) { job.batch.deliverCancelled(job.request) }
        let now = MonotonicClock.now()
        for (handle, transfer) in active where ids.contains(transfer.job.batch.id) {
            remove(handle, from: multi)
            active[handle] = nil
            throttle.finished(transfer.host, now: now)
            transfer.job.batch.deliverCancelled(transfer.job.request)
        }
    }

    /// Answers file and refused requests at once; queues HTTP requests under their host.
    private func enqueue(_ jobs: [FetchJob]) {
        for job in jobs {
            if cancelledBatches.contains(job.batch.id) {
                job.batch.deliverCancelled(job.request)
                continue
            }
            switch job.target {
            case .refused(let outcome, let message):
                job.batch.deliver(FetchResult(request: job.request, outcome: outcome, message: message))
            case .file(let path):
                job.batch.deliver(FileReader.read(job.request, path: path, maxBytes: options.maxBodyBytes))
            case .http(let host):
                pending.append(job, host: host)
            }
        }
    }

    /// Starts every queued request that the global and per-host limits allow, in queue order, and
    /// answers those whose host asked for a pause beyond their deadline. Returns how long the loop
    /// may wait before a queued request could start (host gap or Retry-After), at most one second
    /// (five when idle); finished transfers and wakeups end the wait early.
    private func admit(multi: UnsafeMutableRawPointer) -> Int {
        guard !pending.isEmpty else { return active.isEmpty ? 5_000 : 1_000 }
        // With every slot taken only a completion (which ends the poll) can start anything, unless
        // a rate-limited host has requests to refuse.
        guard hasFreeSlot || throttle.hasRetryAfter else { return 1_000 }
        let now = MonotonicClock.now()
        let wallNow = Date()
        var wait = 1.0
        var ready: [(order: Int, host: String)] = []
        for host in Array(pending.hosts) {
            switch throttle.decide(host, now: now, wallNow: wallNow) {
            case .start: if let order = pending.headOrder(host) { ready.append((order, host)) }
            case .wait(let until?): wait = min(wait, max(0, until - now))
            case .wait(nil): continue
            case .refuse(let until, let cause):
                for job in pending.removeAll(host) {
                    job.batch.deliver(Self.refused(job.request, host: host, until: until, cause: cause))
                }
            }
        }
        ready.sort { $0.order < $1.order }
        var next = 0
        while next < ready.count && hasFreeSlot {
            let host = ready[next].host
            next += 1
            guard let job = pending.popFirst(host) else { continue }
            start(job, host: host, multi: multi, now: now)
            guard let order = pending.headOrder(host) else { continue }
            switch throttle.decide(host, now: now, wallNow: wallNow) {
            case .start:  // room for more (per-host limit above one, no gap): back in line
                let at = ready[next...].firstIndex { $0.order > order } ?? ready.count
                ready.insert((order, host), at: at)
            case .wait(let until?): wait = min(wait, max(0, until - now))
            case .wait(nil), .refuse: continue  // refusals are answered next turn
            }
        }
        // Hosts still ready here found every slot taken: a completion ends the poll.
        return Int((wait * 1000).rounded(.up))
    }

    private func releaseIdleHandles() {
        for handle in idleHandles { curl_easy_cleanup(handle) }
        idleHandles = []
    }

    private var hasFreeSlot: Bool { active.count < max(1, options.maxConcurrent) }

    private func start(_ job: FetchJob, host: String, multi: UnsafeMutableRawPointer, now: Double) {
        let transfer = EasyTransfer(job: job, host: host, options: options, gate: gate, reusing: idleHandles.popLast())
        do {
            try transfer.configure()
            guard let handle = transfer.handle else { return }
            try CurlCall.check(curl_multi_add_handle(multi, handle), "curl_multi_add_handle(\(job.request.url))")
            active[handle] = transfer
            throttle.started(host, now: now)
        } catch {
            job.batch.deliver(FetchResult(request: job.request, outcome: .network, message: "\(job.request.url): \(error)"))
        }
    }

    private func perform(_ multi: UnsafeMutableRawPointer) {
        var running: Int32 = 0
        do {
            try CurlCall.check(curl_multi_perform(multi, &running), "curl_multi_perform")
        } catch {
            failActive(error, multi: multi)
        }
    }

    /// Answers every finished transfer, updating host state (gaps, 429 throttles).
    private func collect(_ multi: UnsafeMutableRawPointer) {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            let info = message.pointee
            guard info.msg == CURLMSG_DONE, let handle = info.easy_handle, let transfer = active.removeValue(forKey: handle) else {
                continue
            }
            remove(handle, from: multi)
            finish(transfer, code: info.data.result)
            if idleHandles.count < max(1, options.maxConcurrent), let idle = transfer.recycle() { idleHandles.append(idle) }
        }
    }

    private func finish(_ transfer: EasyTransfer, code: CURLcode) {
        let now = MonotonicClock.now()
        let wallNow = Date()
        let result = transfer.result(code: code, now: wallNow)
        throttle.finished(transfer.host, now: now)
        if result.httpStatus == 429 {
            throttle.rateLimited(
                transfer.host, retryAfter: result.hints.retryAfter, now: now, wallNow: wallNow,
                cause: "HTTP 429 from \(result.effectiveURL ?? transfer.job.request.url)")
        }
        transfer.job.batch.deliver(result)
    }

    private func failActive(_ error: FetchingError, multi: UnsafeMutableRawPointer) {
        for (handle, transfer) in active {
            remove(handle, from: multi)
            let request = transfer.job.request
            transfer.job.batch.deliver(FetchResult(request: request, outcome: .network, message: "\(request.url): \(error)"))
        }
        active = [:]
    }

    static func refused(_ request: FetchRequest, host: String, until: Date, cause: String) -> FetchResult {
        let message = "\(request.url): not sent: host \(host) asked to wait until \(until.formatted(.iso8601)) (\(cause)), beyond this fetch's deadline"
        return FetchResult(request: request, outcome: .rateLimited, hints: ServerHints(retryAfter: until), message: message)
    }
}
