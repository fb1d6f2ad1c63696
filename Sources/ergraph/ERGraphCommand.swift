import ArgumentParser

@main
struct ERGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ergraph")
}
