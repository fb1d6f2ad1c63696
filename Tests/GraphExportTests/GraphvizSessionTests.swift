import Foundation
import Testing
@testable import GraphExport

/// The Graphviz layer on its own: errors come back typed with Graphviz's message, plugins are
/// there, and concurrent use is serialized.
@Suite struct GraphvizSessionTests {
    @Test func reportsSyntaxErrorsAsTypedErrors() async throws {
        do {
            _ = try await GraphvizSession.shared.parse(dot: "digraph { a -> ; }")
            Issue.record("a syntax error was accepted")
        } catch let ExportError.graphviz(operation, message) {
            #expect(operation == "agmemread")
            #expect(message.lowercased().contains("syntax error"), "\(message)")
        }
        // The error state is reset: the next call works.
        let parsed = try await GraphvizSession.shared.parse(dot: "digraph { a -> b }")
        #expect(parsed.nodes.map(\.name) == ["a", "b"])
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyLayoutEngineRenders(engine: LayoutEngine) async throws {
        let drawing = FullView.drawing(of: DisplayGraph(Fixtures.arabic), layout: engine)
        let svg = try await GraphvizSession.shared.render(drawing, format: .svg, engine: engine)
        #expect(try Tools.xmllint(svg, schema: false) == nil)
        #expect(String(decoding: svg, as: UTF8.self).contains("سامر الحلبي"))
    }

    @Test func concurrentRendersAreSerializedAndAgree() async throws {
        let drawing = FullView.drawing(of: DisplayGraph(Fixtures.arabic))
        let outputs = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 {
                group.addTask { try await GraphvizSession.shared.render(drawing, format: .svg, engine: .dot) }
            }
            var all: [Data] = []
            for try await data in group { all.append(data) }
            return all
        }
        #expect(Set(outputs).count == 1)
    }

    @Test func rendersAnEmptyDrawing() async throws {
        let svg = try await GraphvizSession.shared.render(Drawing(), format: .svg, engine: .dot)
        #expect(try Tools.xmllint(svg, schema: false) == nil)
    }
}

@Suite struct GraphvizPluginTests {
    @Test func theLinkedInPluginsCoverEveryEngineAndFormat() async throws {
        let layouts = try await GraphvizSession.shared.plugins(kind: "layout")
        #expect(Set(LayoutEngine.allCases.map(\.rawValue)).isSubset(of: layouts), "\(layouts)")
        let devices = try await GraphvizSession.shared.plugins(kind: "device")
        #expect(["svg", "png", "pdf"].allSatisfy(devices.contains), "\(devices)")
        #expect(try await GraphvizSession.shared.plugins(kind: "textlayout").contains("textlayout"))
    }
}
