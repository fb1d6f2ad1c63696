import ArgumentParser
import Foundation

/// `ergraph`: Arabic news articles in, an entity graph out.
@main
struct ERGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ergraph",
        abstract: "Extract a graph of people, organizations, events and places from news articles.",
        subcommands: [Extract.self, Render.self]
    )

    /// Runs the command, with the exit statuses of the CLI contract: 0 when every input was
    /// processed, 1 when some input failed, 2 for a usage error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The exit statuses of the CLI contract.
enum ExitStatus {
    static let someInputFailed: Int32 = 1
    static let usage: Int32 = 2
}
