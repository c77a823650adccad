import Testing

@testable import Ingest

@Suite struct FetchSlotsTests {
    actor Holders {
        var now = 0, most = 0, done = 0
        func enter() { now += 1; most = max(most, now) }
        func leave() { now -= 1; done += 1 }
    }

    /// Never more holders than slots, and every waiter gets its turn.
    @Test func boundsHoldersAndServesEveryWaiter() async {
        let slots = FetchSlots(count: 3)
        let holders = Holders()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    guard await slots.acquire() else { return }
                    await holders.enter()
                    try? await Task.sleep(for: .milliseconds(2))
                    await holders.leave()
                    slots.release()
                }
            }
        }
        #expect(await holders.done == 40)
        let most = await holders.most
        #expect(most <= 3 && most >= 2)
    }

    /// A cancelled waiter returns false without a slot, and the slot count stays right.
    @Test func aCancelledWaiterGetsNoSlot() async {
        let slots = FetchSlots(count: 1)
        #expect(await slots.acquire())
        let waiter = Task { await slots.acquire() }
        try? await Task.sleep(for: .milliseconds(20))
        waiter.cancel()
        #expect(await waiter.value == false)
        slots.release()
        #expect(await slots.acquire())
        let second = Task { await slots.acquire() }
        try? await Task.sleep(for: .milliseconds(20))
        slots.release()
        #expect(await second.value)
    }
}
