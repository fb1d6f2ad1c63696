import Foundation

/// Runs an `Extractor` over many documents, on every core, and merges the results.
///
/// Each document is read, decoded and extracted on its own; a document that fails is reported
/// and the others still contribute. The merged graph does not depend on scheduling: results are
/// merged in input order and `Graph` is canonical.
public struct BatchExtraction: Sendable {
    public struct Outcome: Sendable {
        /// The merged graph of every document that was processed.
        public var graph: Graph
        /// The documents that were processed, in input order.
        public var documents: [SourceDocument]
        /// The inputs that could not be processed, in input order.
        public var failures: [ExtractionFailure]
    }

    public let extractor: Extractor
    /// How many documents are extracted at once.
    public var concurrency: Int

    public init(extractor: Extractor, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.extractor = extractor
        self.concurrency = max(1, concurrency)
    }

    /// Reads, decodes and extracts every item; `progress` is called after each document with the
    /// number done so far and the total.
    public func run(_ inputs: InputCollection, readStandardInput: @escaping @Sendable () -> Data = {
        FileHandle.standardInput.readDataToEndOfFile()
    }, progress: @Sendable (Int, Int) -> Void = { _, _ in }) async -> Outcome {
        let items = inputs.items
        var results = [Result<Graph, ExtractionFailure>?](repeating: nil, count: items.count)
        let extractor = self.extractor
        // For benchmarks: with ERGRAPH_EXTRACT_CPU set, the CPU seconds spent inside
        // `Extractor.extract` (summed over threads) are reported on standard error.
        let timed = ProcessInfo.processInfo.environment["ERGRAPH_EXTRACT_CPU"] != nil
        var extractCPU = 0.0
        await withTaskGroup(of: (Int, Result<Graph, ExtractionFailure>, Double).self) { group in
            var next = 0
            var done = 0
            func schedule() {
                guard next < items.count else { return }
                let index = next, item = items[index]
                next += 1
                group.addTask {
                    var cpu = 0.0
                    let result = Self.process(item, extractor: extractor, readStandardInput: readStandardInput,
                                              timed: timed, cpu: &cpu)
                    return (index, result, cpu)
                }
            }
            for _ in 0..<min(concurrency, items.count) { schedule() }
            while let (index, result, cpu) = await group.next() {
                results[index] = result
                extractCPU += cpu
                done += 1
                progress(done, items.count)
                schedule()
            }
        }
        var graphs: [Graph] = []
        var documents: [SourceDocument] = []
        var failures = inputs.failures
        for (item, result) in zip(items, results) {
            switch result {
            case .success(let graph)?:
                graphs.append(graph)
                documents.append(item.document)
            case .failure(let failure)?:
                failures.append(failure)
            case nil:
                failures.append(ExtractionFailure(path: item.document.path, message: "was not processed"))
            }
        }
        if timed { FileHandle.standardError.write(Data("extract CPU seconds: \(extractCPU)\n".utf8)) }
        return Outcome(graph: Graph.merged(graphs).fillingLatinLabels(), documents: documents, failures: failures)
    }

    static func process(_ item: InputCollection.Item, extractor: Extractor,
                        readStandardInput: () -> Data) -> Result<Graph, ExtractionFailure> {
        var cpu = 0.0
        return process(item, extractor: extractor, readStandardInput: readStandardInput, timed: false, cpu: &cpu)
    }

    /// `process`, adding the CPU seconds of `Extractor.extract` to `cpu` when `timed`.
    static func process(_ item: InputCollection.Item, extractor: Extractor, readStandardInput: () -> Data,
                        timed: Bool, cpu: inout Double) -> Result<Graph, ExtractionFailure> {
        let data: Data
        switch item.origin {
        case .standardInput:
            data = readStandardInput()
        case .file(let url):
            do {
                data = try Data(contentsOf: url)
            } catch {
                return .failure(ExtractionFailure(path: item.document.path, message: Self.describe(readError: error)))
            }
        }
        do {
            let text = try TextDecoding.decode(data, path: item.document.path)
            let before = timed ? threadCPUSeconds() : 0
            var graph = extractor.extract(text: text, document: item.document)
            if timed { cpu += threadCPUSeconds() - before }
            if !graph.documents.contains(item.document) {
                graph = graph.merging(Graph(documents: [item.document]))
            }
            return .success(graph)
        } catch let error as ExtractionError {
            return .failure(ExtractionFailure(path: item.document.path, error: error))
        } catch {
            return .failure(ExtractionFailure(path: item.document.path, message: "\(error)"))
        }
    }

    /// CPU seconds used so far by the calling thread.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func describe(readError error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return "cannot read: \(String(cString: strerror(Int32(underlying.code))))"
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoPermissionError: return "cannot read: permission denied"
            case NSFileReadNoSuchFileError: return "no such file or directory"
            default: break
            }
        }
        return "cannot read: \(nsError.localizedDescription)"
    }
}
