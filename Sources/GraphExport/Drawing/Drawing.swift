/// A drawing, described in plain Swift values: what Graphviz is asked to lay out and render.
///
/// A view (today `FullView`; later org charts, attendance diagrams, ego views) turns a
/// `DisplayGraph` into a `Drawing`; `GraphvizSession` turns any `Drawing` into a cgraph graph
/// for `agwrite` (DOT) or layout and rendering (SVG, PNG, PDF). Drawings are testable without C.
///
/// Two kinds of string live here, and they are kept apart on purpose:
/// - *text* (`label`, `tooltip`): plain text meant to be read, already sanitized, where "\n"
///   means a line break. The Graphviz layer encodes it (backslashes doubled, so `\N` or a
///   trailing `\` shows as written) — text never goes into `attributes`.
/// - *attributes*: Graphviz attribute values chosen by code (shapes, colors, fonts), passed as
///   they are. Never put document text in them.
public struct Drawing: Equatable, Sendable {
    public struct Node: Equatable, Sendable {
        /// The node name in DOT and its `id` in SVG: an ASCII token.
        public var id: String
        public var label: String
        public var tooltip: String?
        public var attributes: [String: String]

        public init(id: String, label: String, tooltip: String? = nil, attributes: [String: String] = [:]) {
            self.id = id
            self.label = label
            self.tooltip = tooltip
            self.attributes = attributes
        }
    }

    public struct Edge: Equatable, Sendable {
        /// The edge key in DOT and its `id` in SVG: an ASCII token, unique among edges.
        public var id: String
        public var source: String
        public var target: String
        public var label: String?
        public var tooltip: String?
        public var attributes: [String: String]

        public init(id: String, source: String, target: String, label: String? = nil, tooltip: String? = nil,
                    attributes: [String: String] = [:]) {
            self.id = id
            self.source = source
            self.target = target
            self.label = label
            self.tooltip = tooltip
            self.attributes = attributes
        }
    }

    /// A box drawn around some nodes; clusters nest. `id` becomes the subgraph name
    /// `cluster_<id>` (an ASCII token).
    public struct Cluster: Equatable, Sendable {
        public var id: String
        public var label: String?
        public var attributes: [String: String]
        /// Ids of nodes drawn directly inside this cluster (each node belongs to one cluster at most).
        public var nodeIDs: [String]
        public var clusters: [Cluster]

        public init(id: String, label: String? = nil, attributes: [String: String] = [:], nodeIDs: [String] = [],
                    clusters: [Cluster] = []) {
            self.id = id
            self.label = label
            self.attributes = attributes
            self.nodeIDs = nodeIDs
            self.clusters = clusters
        }
    }

    /// Graph attributes (e.g. `rankdir`, `fontname`).
    public var attributes: [String: String]
    /// Defaults for every node and every edge (`node [...]`, `edge [...]` in DOT).
    public var nodeDefaults: [String: String]
    public var edgeDefaults: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]
    public var clusters: [Cluster]

    public init(attributes: [String: String] = [:], nodeDefaults: [String: String] = [:],
                edgeDefaults: [String: String] = [:], nodes: [Node] = [], edges: [Edge] = [],
                clusters: [Cluster] = []) {
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }
}
