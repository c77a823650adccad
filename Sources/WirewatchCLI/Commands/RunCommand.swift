import ArgumentParser
import Foundation
import Ingest
import Logging
import Storage
import ServiceLifecycle
import UnixSignals

/// `wirewatch run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: fetch each feed when it is due until SIGTERM or SIGINT.",
        discussion: """
            SIGHUP reloads the configuration (a bad one is logged and the old one kept). Under systemd \
            (Type=notify) it reports READY=1, STATUS=, WATCHDOG=1 and STOPPING=1 on $NOTIFY_SOCKET.
            """)

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        Scheduler.tuneAllocatorForDaemon()
        let services = try await reportingFailures { try Services.make(global) }
        try? services.store.limitCacheMemory(kibibytes: Store.daemonCacheKiB)
        let notifier = SystemdNotifier()
        let pipeline = services.pipeline(daemon: true)
        pipeline.warmUp()
        Scheduler.releaseFreeMemory()
        let scheduler = Scheduler(
            pipeline: pipeline, store: services.store, logger: services.logger,
            onStatus: { notifier.status($0.line) }, onHeartbeat: { notifier.watchdogIfDue() })
        let reloader = ConfigReloader(
            global: global, store: services.store, scheduler: scheduler, notifier: notifier, logger: services.logger)
        let group = ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: scheduler, successTerminationBehavior: .gracefullyShutdownGroup),
                    .init(service: reloader),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: services.logger))
        services.logger.notice(
            "wirewatch daemon started",
            metadata: ["feeds": "\(services.config.feeds.count)", "database": "\(services.config.database)"])
        notifier.ready()
        do {
            try await group.run()
        } catch {
            notifier.stopping()
            Terminal.error("wirewatch: daemon stopped: \(error)")
            throw ExitStatus.cannotRun
        }
        notifier.stopping()
        services.logger.notice("wirewatch daemon stopped")
    }
}

/// Reloads the configuration on SIGHUP: feeds added, removed or changed take effect at once;
/// a configuration that does not load is logged and the running one kept.
struct ConfigReloader: Service {
    let global: GlobalOptions
    let store: Store
    let scheduler: Scheduler
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            notifier.reloading()
            do {
                let services = try Services.make(global, reusing: store)
                let current = await scheduler.currentFetcher
                let fetcher = current.options == services.config.fetch ? current : nil
                await scheduler.replacePipeline(services.pipeline(fetcher: fetcher, daemon: true))
                logger.notice("configuration reloaded", metadata: ["feeds": "\(services.config.feeds.count)"])
            } catch {
                logger.error("configuration reload failed; keeping the running one", metadata: ["error": "\(error)"])
            }
            notifier.ready()
        }
    }
}
