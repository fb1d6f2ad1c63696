import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of libgraphviz: every call into the C library is in this file.
///
/// libgraphviz is not thread-safe (its error state, its string pools and its plugin state are
/// process-global), so every call goes through this actor, which keeps one context for the life
/// of the process. The context is made by `ergraph_gvContext()` with the linked-in plugins
/// only (core, dot and neato layouts, pango/cairo), so results do not depend on the machine's
/// plugin configuration; the plugins ERGraph needs are checked before first use.
///
/// Graphviz's messages are captured (never printed) and surfaced as `ExportError.graphviz`.
/// Every C object has one owner here and is freed on every path: `agclose` for graphs,
/// `gvFreeLayout` after a layout, `gvFreeRenderData` for rendered buffers.
actor GraphvizSession {
    static let shared = GraphvizSession()

    /// A graph read back from DOT: every node and edge with the attributes cgraph gives it.
    struct ParsedGraph: Sendable {
        struct Node: Sendable {
            var name: String
            var attributes: [String: String]
        }
        struct Edge: Sendable {
            var tail: String
            var head: String
            var key: String?
            var attributes: [String: String]
        }
        var nodes: [Node]
        var edges: [Edge]
        /// Names of the subgraphs, depth first.
        var subgraphs: [String]
        var attributes: [String: String]
    }

    private var context: OpaquePointer?
    private var plugins: [String: Set<String>] = [:]

    private init() {}

    /// DOT text for `drawing`, written by `agwrite` (so quoting is Graphviz's own).
    func dot(_ drawing: Drawing) throws -> Data {
        let graph = try makeGraph(drawing)
        defer { agclose(graph) }
        return try capture("agwrite") { () -> Data in
            var buffer: UnsafeMutablePointer<CChar>?
            var size = 0
            guard let stream = open_memstream(&buffer, &size) else {
                throw ExportError.graphviz(operation: "agwrite", message: "cannot open a memory stream")
            }
            let status = agwrite(graph, UnsafeMutableRawPointer(stream))
            fclose(stream)
            defer { free(buffer) }
            guard status == 0, let buffer else {
                throw ExportError.graphviz(operation: "agwrite", message: takeMessages())
            }
            return Data(bytes: buffer, count: size)
        }
    }

    /// `drawing` laid out by `engine` and rendered as `format` (`svg`, `png` or `pdf`).
    func render(_ drawing: Drawing, format: ExportFormat, engine: LayoutEngine) throws -> Data {
        let device: String
        switch format {
        case .svg: device = "svg:svg:core"
        case .png: device = "png:cairo:cairo"
        case .pdf: device = "pdf:cairo:cairo"
        default: throw ExportError.pluginUnavailable(kind: "render", name: format.rawValue, available: ["svg", "png", "pdf"])
        }
        let gvc = try openContext()
        try requirePlugin(kind: "layout", name: engine.rawValue)
        try requirePlugin(kind: "device", name: format.rawValue)
        try requirePlugin(kind: "textlayout", name: "textlayout")

        let graph = try makeGraph(drawing)
        defer { agclose(graph) }
        // Registered before the layout so a half-done layout is freed too (gvFreeLayout is a
        // no-op on a graph without one); runs before agclose.
        defer { gvFreeLayout(gvc, graph) }
        try capture("layout (\(engine.rawValue))") {
            // Layouts draw from drand48; reseeding keeps one layout from depending on those done
            // before it in the process. (fdp varies anyway: see `LayoutEngine.isReproducible`.)
            srand48(1)
            guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
                throw ExportError.graphviz(operation: "layout (\(engine.rawValue))", message: takeMessages())
            }
        }
        return try capture("render (\(format.rawValue))") { () -> Data in
            var result: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            // On failure the buffer is not ours to free.
            guard gvRenderData(gvc, graph, device, &result, &length) == 0, let result else {
                throw ExportError.graphviz(operation: "render (\(format.rawValue))", message: takeMessages())
            }
            defer { gvFreeRenderData(result) }
            // Not NUL-terminated: copy exactly `length` bytes.
            return Data(bytes: result, count: Int(length))
        }
    }

    /// Reads DOT text with `agmemread`; used to check what `dot(_:)` wrote.
    func parse(dot text: String) throws -> ParsedGraph {
        let graph = try capture("agmemread") { () -> UnsafeMutablePointer<Agraph_t> in
            guard let graph = agmemread(text) else {
                throw ExportError.graphviz(operation: "agmemread", message: takeMessages())
            }
            return graph
        }
        defer { agclose(graph) }
        func attributes(_ object: UnsafeMutableRawPointer, kind: Int32) -> [String: String] {
            var result: [String: String] = [:]
            var symbol = agnxtattr(graph, kind, nil)
            while let sym = symbol {
                if let name = sym.pointee.name, let value = agxget(object, sym) {
                    result[String(cString: name)] = String(cString: value)
                }
                symbol = agnxtattr(graph, kind, sym)
            }
            return result
        }
        func name(_ object: UnsafeMutableRawPointer) -> String? { agnameof(object).map { String(cString: $0) } }

        var nodes: [ParsedGraph.Node] = []
        var edges: [ParsedGraph.Edge] = []
        var node = agfstnode(graph)
        while let n = node {
            nodes.append(ParsedGraph.Node(name: name(UnsafeMutableRawPointer(n)) ?? "",
                                          attributes: attributes(UnsafeMutableRawPointer(n), kind: Int32(AGNODE))))
            var edge = agfstout(graph, n)
            while let e = edge {
                let key = name(UnsafeMutableRawPointer(e))
                // An out-edge's tail is the node it is listed under; its head is the node it stores.
                edges.append(ParsedGraph.Edge(tail: name(UnsafeMutableRawPointer(n)) ?? "",
                                              head: e.pointee.node.flatMap { name(UnsafeMutableRawPointer($0)) } ?? "",
                                              key: key?.isEmpty == false ? key : nil,
                                              attributes: attributes(UnsafeMutableRawPointer(e), kind: Int32(AGEDGE))))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        var subgraphs: [String] = []
        func walk(_ parent: UnsafeMutablePointer<Agraph_t>) {
            var sub = agfstsubg(parent)
            while let s = sub {
                subgraphs.append(name(UnsafeMutableRawPointer(s)) ?? "")
                walk(s)
                sub = agnxtsubg(s)
            }
        }
        walk(graph)
        return ParsedGraph(nodes: nodes, edges: edges, subgraphs: subgraphs,
                           attributes: attributes(UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH)))
    }

    // MARK: - Building a cgraph graph from a drawing

    /// A new cgraph graph for `drawing`; the caller owns it and must `agclose` it.
    ///
    /// Attribute names are declared in sorted order before any object is made, objects are made
    /// in the drawing's order, and the id discipline (`ergraph_disc`) numbers them in that order
    /// (cgraph's own uses memory addresses, which reordered sibling clusters from run to run), so
    /// `agwrite` and the layouts see the same graph for the same drawing.
    private func makeGraph(_ drawing: Drawing) throws -> UnsafeMutablePointer<Agraph_t> {
        try capture("agopen") { () -> UnsafeMutablePointer<Agraph_t> in
            var description = Agdesc_t()
            description.directed = 1
            description.maingraph = 1
            guard let graph = withMutableCString("ergraph", { agopen($0, description, ergraph_disc()) }) else {
                throw ExportError.graphviz(operation: "agopen", message: takeMessages())
            }
            var ok = false
            defer { if !ok { agclose(graph) } }

            func allClusters(_ clusters: [Drawing.Cluster]) -> [Drawing.Cluster] {
                clusters.flatMap { [$0] + allClusters($0.clusters) }
            }
            let clusters = allClusters(drawing.clusters)
            var graphNames = Set(drawing.attributes.keys).union(clusters.flatMap(\.attributes.keys))
            if clusters.contains(where: { $0.label != nil }) { graphNames.insert("label") }
            var nodeNames = Set(drawing.nodes.flatMap(\.attributes.keys)).union(["id", "label"])
            if drawing.nodes.contains(where: { $0.tooltip != nil }) { nodeNames.insert("tooltip") }
            var edgeNames = Set(drawing.edges.flatMap(\.attributes.keys)).union(["id"])
            if drawing.edges.contains(where: { $0.label != nil }) { edgeNames.insert("label") }
            if drawing.edges.contains(where: { $0.tooltip != nil }) { edgeNames.insert("tooltip") }

            func declare(_ kind: Int32, _ names: Set<String>, _ defaults: [String: String]) {
                for name in names.sorted() {
                    withMutableCString(name) { cName in
                        withMutableCString(defaults[name] ?? "") { value in _ = agattr(graph, kind, cName, value) }
                    }
                }
            }
            declare(Int32(AGRAPH), graphNames, drawing.attributes)
            // A node's label defaults to its name (`\N`) in Graphviz; declaring that default keeps an
            // empty label explicit in the DOT text.
            declare(Int32(AGNODE), nodeNames.union(drawing.nodeDefaults.keys), ["label": "\\N"].merging(drawing.nodeDefaults) { $1 })
            declare(Int32(AGEDGE), edgeNames.union(drawing.edgeDefaults.keys), drawing.edgeDefaults)

            var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
            for node in drawing.nodes {
                guard let n = withMutableCString(node.id, { agnode(graph, $0, 1) }) else {
                    throw ExportError.graphviz(operation: "agnode", message: takeMessages())
                }
                nodes[node.id] = n
                set(n, "id", GraphvizText.encode(node.id, as: .label))
                set(n, "label", GraphvizText.encode(node.label, as: .label))
                if let tooltip = node.tooltip { set(n, "tooltip", GraphvizText.encode(tooltip, as: .tooltip)) }
                for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) { set(n, name, value) }
            }
            func addClusters(_ list: [Drawing.Cluster], to parent: UnsafeMutablePointer<Agraph_t>) throws {
                for cluster in list {
                    guard let sub = withMutableCString("cluster_\(cluster.id)", { agsubg(parent, $0, 1) }) else {
                        throw ExportError.graphviz(operation: "agsubg", message: takeMessages())
                    }
                    if let label = cluster.label { set(sub, "label", GraphvizText.encode(label, as: .label)) }
                    for (name, value) in cluster.attributes.sorted(by: { $0.key < $1.key }) { set(sub, name, value) }
                    for id in cluster.nodeIDs {
                        if let n = nodes[id] { agsubnode(sub, n, 1) }
                    }
                    try addClusters(cluster.clusters, to: sub)
                }
            }
            try addClusters(drawing.clusters, to: graph)
            for edge in drawing.edges {
                guard let tail = nodes[edge.source], let head = nodes[edge.target] else { continue }
                guard let e = withMutableCString(edge.id, { agedge(graph, tail, head, $0, 1) }) else {
                    throw ExportError.graphviz(operation: "agedge", message: takeMessages())
                }
                set(e, "id", GraphvizText.encode(edge.id, as: .label))
                if let label = edge.label { set(e, "label", GraphvizText.encode(label, as: .label)) }
                if let tooltip = edge.tooltip { set(e, "tooltip", GraphvizText.encode(tooltip, as: .tooltip)) }
                for (name, value) in edge.attributes.sorted(by: { $0.key < $1.key }) { set(e, name, value) }
            }
            ok = true
            return graph
        }
    }

    private func set<T>(_ object: UnsafeMutablePointer<T>, _ name: String, _ value: String) {
        withMutableCString(name) { name in
            withMutableCString(value) { value in
                withMutableCString("") { empty in
                    _ = agsafeset(UnsafeMutableRawPointer(object), name, value, empty)
                }
            }
        }
    }

    // MARK: - Context, plugins, errors

    private func openContext() throws -> OpaquePointer {
        if let context { return context }
        return try capture("gvContext") { () -> OpaquePointer in
            guard let gvc = ergraph_gvContext() else {
                throw ExportError.graphviz(operation: "gvContext", message: takeMessages())
            }
            context = gvc
            for kind in ["layout", "device", "textlayout"] {
                var count: Int32 = 0
                var names = Set<String>()
                if let list = gvPluginList(gvc, kind, &count, nil) {
                    for index in 0..<Int(max(count, 0)) {
                        if let item = list[index] {
                            names.insert(String(cString: item))
                            free(item)
                        }
                    }
                    free(list)
                }
                plugins[kind] = names
            }
            return gvc
        }
    }

    /// The names of the loaded plugins of a kind (`layout`, `device`, `textlayout`).
    func plugins(kind: String) throws -> Set<String> {
        _ = try openContext()
        return plugins[kind] ?? []
    }

    private func requirePlugin(kind: String, name: String) throws {
        let available = plugins[kind] ?? []
        guard available.contains(name) else {
            throw ExportError.pluginUnavailable(kind: kind, name: name, available: available.sorted())
        }
    }

    /// Runs `body` with Graphviz's messages captured instead of printed; fails with them when
    /// Graphviz reports an error that `body` did not already turn into a thrown error.
    private func capture<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        MessageSink.install()
        _ = MessageSink.shared.take()
        agreseterrors()
        let result = try body()
        let messages = takeMessages()
        if agerrors() >= Int32(AGERR.rawValue) {
            agreseterrors()
            throw ExportError.graphviz(operation: operation, message: messages)
        }
        return result
    }

    private func takeMessages() -> String {
        MessageSink.shared.take().trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Calls `body` with a `char *` copy of `text`, for cgraph's non-const parameters; cgraph copies
/// what it keeps (into its string pool), so the copy only lives for the call.
private func withMutableCString<R>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) throws -> R) rethrows -> R {
    guard let copy = strdup(text) else {
        var empty: CChar = 0
        return try body(&empty)
    }
    defer { free(copy) }
    return try body(copy)
}

/// Collects what Graphviz reports through its error callback (`agseterrf`).
private final class MessageSink: @unchecked Sendable {
    static let shared = MessageSink()
    private let lock = NSLock()
    private var text = ""
    private static let installed: Bool = {
        _ = agseterrf { message in
            if let message { MessageSink.shared.append(String(cString: message)) }
            return 0
        }
        // Report warnings too, through the callback, so nothing reaches stderr.
        _ = agseterr(AGWARN)
        return true
    }()

    static func install() { _ = installed }

    func append(_ piece: String) {
        lock.lock()
        text += piece
        lock.unlock()
    }

    func take() -> String {
        lock.lock()
        defer { lock.unlock() }
        let result = text
        text = ""
        return result
    }
}
