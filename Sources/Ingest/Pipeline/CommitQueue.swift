import Synchronization

/// Hands prepared fetches from the parallel workers to the one writer, which takes everything that
/// waits at once (a group commit: one transaction for many feeds). Bounded by weight (items): a
/// sender waits while the queue is full, so a slow disk slows parsing instead of filling memory.
final class CommitQueue<Element: Sendable>: Sendable {
    private struct Parked {
        var element: Element
        var weight: Int
        var resume: CheckedContinuation<Void, Never>
    }

    private struct State {
        var buffer: [(element: Element, weight: Int)] = []
        var weight = 0
        var finished = false
        /// The writer, waiting for the first element of its next batch (only while the buffer is empty).
        var receiver: CheckedContinuation<[Element]?, Never>?
        /// Senders waiting for room (only while the buffer is not empty).
        var parked: [Parked] = []
    }

    private enum SendOutcome {
        case parked
        case queued
        case handed(CheckedContinuation<[Element]?, Never>, [Element])
    }

    private enum ReceiveOutcome {
        case waiting
        case done
        case batch([Element], admitted: [CheckedContinuation<Void, Never>])
    }

    private let state = Mutex(State())
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Queues `element`; waits while the queue is full (an element always fits an empty queue).
    func send(_ element: Element, weight: Int) async {
        await withCheckedContinuation { (sender: CheckedContinuation<Void, Never>) in
            let outcome: SendOutcome = state.withLock { state in
                guard state.buffer.isEmpty || state.weight + weight <= capacity else {
                    state.parked.append(Parked(element: element, weight: weight, resume: sender))
                    return .parked
                }
                state.buffer.append((element, weight))
                state.weight += weight
                guard let receiver = state.receiver else { return .queued }
                state.receiver = nil
                return .handed(receiver, Self.take(&state, maxWeight: capacity))
            }
            switch outcome {
            case .parked:
                break
            case .queued:
                sender.resume()
            case .handed(let receiver, let batch):
                receiver.resume(returning: batch)
                sender.resume()
            }
        }
    }

    /// No more elements will come: the receiver gets what is left, then nil.
    func finish() {
        let receiver = state.withLock { state in
            state.finished = true
            defer { state.receiver = nil }
            return state.receiver
        }
        receiver?.resume(returning: nil)
    }

    /// What waits (at least one element, about `maxWeight` at most), or nil once finished and drained.
    func receive(maxWeight: Int) async -> [Element]? {
        await withCheckedContinuation { (receiver: CheckedContinuation<[Element]?, Never>) in
            let outcome: ReceiveOutcome = state.withLock { state in
                if !state.buffer.isEmpty {
                    let batch = Self.take(&state, maxWeight: maxWeight)
                    return .batch(batch, admitted: Self.admit(&state, capacity: capacity))
                }
                if state.finished { return .done }
                state.receiver = receiver
                return .waiting
            }
            switch outcome {
            case .waiting:
                break
            case .done:
                receiver.resume(returning: nil)
            case .batch(let batch, let admitted):
                for sender in admitted { sender.resume() }
                receiver.resume(returning: batch)
            }
        }
    }

    /// Removes up to `maxWeight` from the front (always at least one element).
    private static func take(_ state: inout State, maxWeight: Int) -> [Element] {
        var taken = 0, count = 0
        for entry in state.buffer {
            if count > 0, taken + entry.weight > maxWeight { break }
            taken += entry.weight
            count += 1
        }
        let batch = state.buffer.prefix(count).map(\.element)
        state.buffer.removeFirst(count)
        state.weight -= taken
        return batch
    }

    /// Moves parked senders into the buffer while they fit; returns them to resume.
    private static func admit(_ state: inout State, capacity: Int) -> [CheckedContinuation<Void, Never>] {
        var admitted: [CheckedContinuation<Void, Never>] = []
        while let first = state.parked.first, state.buffer.isEmpty || state.weight + first.weight <= capacity {
            state.parked.removeFirst()
            state.buffer.append((first.element, first.weight))
            state.weight += first.weight
            admitted.append(first.resume)
        }
        return admitted
    }
}
