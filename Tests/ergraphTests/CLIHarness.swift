import Foundation

/// Runs the built `ergraph` binary the way a user would and captures what it says.
struct CLIHarness {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `ergraph` executable built next to the test bundle.
    static var binary: URL {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir, bundleDir.deletingLastPathComponent(),
                          Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for dir in candidates {
            let url = dir.appendingPathComponent("ergraph")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return bundleDir.appendingPathComponent("ergraph")
    }

    /// The repository root (the folder holding Package.swift).
    static var repository: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static func run(_ arguments: [String], stdin: Data? = nil, prefix: [String] = [], binary: URL = binary) throws -> Run {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [binary.path] + arguments
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Copies the binary and the resource bundles beside it into `folder` (made world-readable),
    /// for running as another user; returns the copy's path.
    static func copyForOtherUsers(into folder: URL) throws -> URL {
        let fm = FileManager.default
        let source = binary.deletingLastPathComponent()
        let target = folder.appendingPathComponent("bin")
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        for item in try fm.contentsOfDirectory(atPath: source.path) where item.hasSuffix(".resources") {
            try fm.copyItem(at: source.appendingPathComponent(item), to: target.appendingPathComponent(item))
        }
        let copy = target.appendingPathComponent("ergraph")
        try fm.copyItem(at: binary, to: copy)
        if let walker = fm.enumerator(atPath: target.path) {
            while let relative = walker.nextObject() as? String {
                let path = target.appendingPathComponent(relative).path
                var isDirectory: ObjCBool = false
                _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
                try fm.setAttributes([.posixPermissions: isDirectory.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
            }
        }
        for path in [folder.path, target.path, copy.path] {
            try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return copy
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
