import Foundation

/// What the command tells its user on standard error: problems, and progress when it helps.
struct Diagnostics: Sendable {
    /// Whether standard error is a terminal (progress lines are only drawn there).
    let isTerminal = isatty(STDERR_FILENO) != 0

    func error(_ message: String) {
        write("ergraph: error: \(message)\n")
    }

    func note(_ message: String) {
        write("ergraph: \(message)\n")
    }

    /// A progress line that redraws itself, shown only on a terminal and only for batches large
    /// enough to be worth it.
    func progress(done: Int, total: Int) {
        guard isTerminal, total > 4 else { return }
        write("\r\u{1B}[Kextracting: \(done)/\(total) documents" + (done == total ? "\n" : ""))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
