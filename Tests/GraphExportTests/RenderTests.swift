import Foundation
import Testing
@testable import GraphExport

/// SVG, PNG and PDF rendered in-process, read back as a reader would see them.
@Suite struct RenderTests {
    @Test(arguments: ["arabic", "hostile"])
    func svgShowsEveryLabelAndEveryEdgeItsEvidence(name: String) async throws {
        let graph = Fixtures.named(name)
        let svg = try await GraphWriter.data(graph, format: .svg)
        #expect(try Tools.xmllint(svg, schema: false) == nil, "\(name): SVG is not well-formed")
        let reading = try SVGReading(svg)
        let display = DisplayGraph(graph)
        let drawing = FullView.drawing(of: display)
        for node in drawing.nodes where !node.id.hasPrefix(Legend.prefix) {
            let shown = try #require(reading.nodes[node.id], "\(name): node \(node.id) missing")
            #expect(shown.text == node.label, "\(name): visible label of \(node.id)")
            #expect(shown.tooltips.allSatisfy { $0 == node.tooltip }, "\(name): node tooltip of \(node.id)")
        }
        for edge in display.edges {
            let shown = try #require(reading.edges[edge.id], "\(name): edge \(edge.id) missing")
            #expect(!shown.tooltips.isEmpty, "\(name): edge \(edge.id) has no tooltip")
            let expected = drawing.edges.first { $0.id == edge.id }?.tooltip
            for tooltip in shown.tooltips {
                #expect(tooltip == expected, "\(name): tooltip of \(edge.id)")
                if let evidence = edge.evidence.first {
                    #expect(tooltip.contains(evidence.text.prefix(200)))
                    #expect(tooltip.contains(evidence.document))
                }
            }
            #expect(shown.text == DrawingStyle.edgeLabel(type: edge.type, role: edge.role))
        }
        // Graphviz leaves invisible objects (the legend's alignment anchors) out of the SVG.
        #expect(reading.nodes.count == drawing.nodes.filter { $0.attributes["style"] != "invis" }.count)
        #expect(reading.edges.count == drawing.edges.filter { $0.attributes["style"] != "invis" }.count)
    }

    @Test func arabicNamesAreInTheSVGAsText() async throws {
        let svg = String(decoding: try await GraphWriter.data(Fixtures.arabic, format: .svg), as: UTF8.self)
        for entity in Fixtures.arabic.entities { #expect(svg.contains(entity.label)) }
        #expect(svg.contains("font-family=\"\(DrawingStyle.fontname)\""))
    }

    @Test func pngAndPDFAreWellFormed() async throws {
        let png = try await GraphWriter.data(Fixtures.arabic, format: .png)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 10_000, "a drawing with text, not an empty image")
        let pdf = try await GraphWriter.data(Fixtures.arabic, format: .pdf)
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20000101000000Z)"))
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("%%EOF"))
    }

    @Test func pdfDateFixKeepsEveryByteOffset() {
        let pdf = Data("1 0 obj << /CreationDate (D:20261123102100+01'00) >> endobj\nxref".utf8)
        let fixed = ReproducibleOutput.fixPDFDates(pdf)
        #expect(fixed.count == pdf.count)
        #expect(String(decoding: fixed, as: UTF8.self) == "1 0 obj << /CreationDate (D:20000101000000Z)      >> endobj\nxref")
    }
}
