import DeskCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A GeoReport v2 XML response (`<service_requests><request>…`) read with Foundation's own
/// `XMLParser` (libxml2 underneath, already part of the toolchain): the documents are flat, one
/// level of elements per request, so a streaming parser needs no tree library, and it reports
/// the line and column where a document stops being XML.
enum FeedXML {
    struct Failure: Error, Equatable {
        let line: Int
        let column: Int
        /// The elements open where it stopped: `service_requests/request[2]/lat`.
        let path: String
    }

    /// Each `<request>`'s child elements by name, in document order; `root` is the outer element's name.
    static func requests(_ data: Data) throws(Failure) -> (root: String, items: [[String: String]]) {
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        // libxml2 recovers from some errors (an end tag naming an outer element) and says nothing
        // of a document cut short: both would half take a file in, so each is a failure here.
        let parsed = parser.parse()
        if let failure = collector.failure { throw failure }
        guard parsed, collector.open.isEmpty else {
            throw Failure(line: parser.lineNumber, column: parser.columnNumber, path: collector.path)
        }
        return (collector.root ?? "", collector.items)
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var root: String?
        var items: [[String: String]] = []
        var open: [String] = []
        var text = ""
        /// Where the parser first found an error, and the elements then open (it may close them on its way out).
        var failure: Failure?
        private var requestCount = 0

        var path: String {
            open.enumerated().map { depth, name in depth == 1 && name == "request" ? "request[\(requestCount)]" : name }
                .joined(separator: "/")
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if open.isEmpty { root = name }
            if open.count == 1, name == "request" {
                requestCount += 1
                items.append([:])
            }
            open.append(name)
            text = ""
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            failure = failure ?? Failure(line: parser.lineNumber, column: parser.columnNumber, path: path)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            // A field is an element right inside a request; deeper ones (extensions) are left out.
            if open.count == 3, open[1] == "request", !items.isEmpty { items[items.count - 1][name] = text }
            open.removeLast()
            text = ""
        }
    }
}
