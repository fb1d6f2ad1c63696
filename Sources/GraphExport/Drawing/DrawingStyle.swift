/// How kinds and relation types look in every drawing: shape and fill by entity kind, line style
/// and color by relation type, and the fonts. One table, so every view draws them alike.
public enum DrawingStyle {
    /// Fonts that draw Arabic well, in order of preference; DejaVu Sans is the last resort.
    /// Pango reads the comma-separated list as families to try, and SVG readers do the same.
    public static let fontname = "Noto Sans,Noto Sans Arabic,DejaVu Sans"

    /// Drawn labels longer than this many characters are cut, ending in "…".
    public static let maxLabelLength = 80
    /// Tooltips longer than this many characters are cut, ending in "…".
    public static let maxTooltipLength = 2_000

    /// Node attributes for an entity kind.
    public static func node(_ kind: EntityKind) -> [String: String] {
        switch kind {
        case .person:
            return ["shape": "ellipse", "style": "filled", "fillcolor": "#dbe9f6", "color": "#2b6cb0"]
        case .organization:
            return ["shape": "box", "style": "rounded,filled", "fillcolor": "#fde2c4", "color": "#c05621"]
        case .event:
            return ["shape": "hexagon", "style": "filled", "fillcolor": "#e3f1d8", "color": "#2f855a"]
        case .place:
            return ["shape": "house", "style": "filled", "fillcolor": "#ece1f5", "color": "#6b46c1"]
        }
    }

    /// Edge attributes for a relation type. Symmetric types get arrows at both ends.
    public static func edge(_ type: RelationType) -> [String: String] {
        var attributes: [String: String]
        switch type {
        case .attended: attributes = ["style": "solid", "color": "#2b6cb0"]
        case .organized: attributes = ["style": "bold", "color": "#c05621"]
        case .represents: attributes = ["style": "dashed", "color": "#2f855a"]
        case .memberOf: attributes = ["style": "solid", "color": "#9b2c2c"]
        case .partOf: attributes = ["style": "solid", "color": "#4a5568", "arrowhead": "onormal"]
        case .heldAt: attributes = ["style": "dotted", "color": "#6b46c1"]
        case .locatedIn: attributes = ["style": "dotted", "color": "#718096"]
        case .cooperatesWith: attributes = ["style": "dashed", "color": "#319795"]
        case .opposes: attributes = ["style": "bold", "color": "#e53e3e", "arrowhead": "tee", "arrowtail": "tee"]
        case .leads: attributes = ["style": "bold", "color": "#553c9a"]
        }
        if type.isSymmetric { attributes["dir"] = "both" }
        attributes["fontcolor"] = attributes["color"]
        return attributes
    }

    /// The drawn label of a relation: its type, and its role when it has one.
    public static func edgeLabel(type: RelationType, role: String?) -> String {
        guard let role, !role.isEmpty else { return type.rawValue }
        return "\(type.rawValue): \(DisplayText.truncated(role, limit: maxLabelLength))"
    }

    /// Attributes of the whole drawing.
    public static func graphAttributes(layout: LayoutEngine) -> [String: String] {
        var attributes = ["fontname": fontname, "fontsize": "12", "bgcolor": "white", "charset": "UTF-8"]
        switch layout {
        case .dot:
            attributes["rankdir"] = "LR"
        case .neato, .fdp, .sfdp:
            // A fixed seed for the random start, so the layout is the same on every run.
            attributes["start"] = "1"
            // Overlap removal by `prism` (what "false" means) gives fdp a different drawing on
            // every run (Graphviz 2.43); scaling is deterministic.
            attributes["overlap"] = layout == .fdp ? "scale" : "false"
            attributes["sep"] = "+8"
        case .circo:
            break
        }
        return attributes
    }

    public static let nodeDefaults = ["fontname": fontname, "fontsize": "11", "margin": "0.12,0.06"]
    public static let edgeDefaults = ["fontname": fontname, "fontsize": "9", "arrowsize": "0.7"]
}
