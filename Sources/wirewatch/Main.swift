import WirewatchCLI

/// Entry point: hands off to the command tree.
@main
enum Main {
    static func main() async {
        await WirewatchCommand.main()
    }
}
