import Foundation

/// Finds the built-in language data without `Bundle.module`, which stops the program when the
/// resource bundle is missing. Looks, in order, in `$ERGRAPH_RESOURCES`, next to the executable
/// (SwiftPM puts `ERGraph_EntityExtraction.resources` there), in the main bundle, and in the
/// source tree the program was built from; throws `ExtractionError.missingResources` otherwise.
enum ResourceLocator {
    static let bundleNames = ["ERGraph_EntityExtraction.resources", "ERGraph_EntityExtraction.bundle"]

    /// The folder that holds `titles.yaml` and the other Arabic data files.
    static func arabicDirectory() throws -> URL {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["ERGRAPH_RESOURCES"], !env.isEmpty {
            let base = URL(fileURLWithPath: env)
            candidates += [base, base.appendingPathComponent("ar"), base.appendingPathComponent("Resources/ar")]
        }
        var roots: [URL] = [Bundle.main.bundleURL]
        if let resources = Bundle.main.resourceURL { roots.append(resources) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        roots.append(executable)
        for bundle in Bundle.allBundles { roots.append(bundle.bundleURL.deletingLastPathComponent()) }
        for root in roots {
            for name in bundleNames {
                candidates.append(root.appendingPathComponent(name).appendingPathComponent("Resources/ar"))
                candidates.append(root.appendingPathComponent(name).appendingPathComponent("Contents/Resources/Resources/ar"))
            }
        }
        // The source tree, for a binary run on the machine that built it.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/ar"))
        for url in candidates where FileManager.default.fileExists(atPath: url.appendingPathComponent("titles.yaml").path) {
            return url
        }
        throw ExtractionError.missingResources(searched: candidates.map(\.path))
    }
}
