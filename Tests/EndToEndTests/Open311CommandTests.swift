import Foundation
import Testing

/// `import open311` and `export open311` on the built binary: the specification's own examples,
/// a round trip into a fresh journal, unreadable input, and hostile text.
@Suite struct Open311CommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = root.appendingPathComponent("docs/samples").path
    static let demoProfile = root.appendingPathComponent("Sources/DeskDemo/Resources/demo-street.yaml").path

    static func streetdesk(_ arguments: [String], _ journal: String) throws -> Ran {
        try Binary.run(arguments + ["--journal", journal, "--lang", "en"])
    }

    static func entries(_ journal: String) throws -> String { try streetdesk(["verify"], journal).output }

    @Test func theSpecificationsExamplesGoInOnceWithTheirUnmappedCodeReported() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let xml = try Self.streetdesk(["import", "open311", Self.samples + "/open311-requests.xml"], journal)
            #expect(xml.status == 0, "\(xml.error)")
            #expect(xml.output.contains("service codes not mapped to a category (taken in, flagged for triage): 006 (2)"), "\(xml.output)")
            #expect(xml.output.contains("taken 2, updated 0, unchanged 0, flagged 2, rejected 0"), "\(xml.output)")
            let before = try Self.entries(journal)
            let json = try Self.streetdesk(["import", "open311", Self.samples + "/open311-requests.json"], journal)
            #expect(json.output.contains("taken 0, updated 0, unchanged 2, flagged 0, rejected 0"), "\(json.output) \(json.error)")
            #expect(try Self.entries(journal) == before)
            let exported = try Self.streetdesk(["export", "open311", "--since", "2010-01-01 00:00", "--format", "xml"], journal).output
            #expect(exported.contains("<service_request_id>638344</service_request_id>\n    <status>closed</status>"))
            #expect(exported.contains("<service_code>006</service_code>") && exported.contains("<lat>37.762221815</lat>"))
        }
    }

    /// A street whose profile maps the feed's code: the sample's requests come in under that
    /// category, no code is reported unmapped, and the services list that category under the code.
    @Test func theProfilesTableMapsCodesBothWays() throws {
        try withScratch { dir in
            let profile = dir + "/street.yaml"
            let yaml = try String(contentsOfFile: Self.demoProfile, encoding: .utf8)
                + "\nopen311:\n  services:\n    - { code: \"006\", category: traffic.road-damage }\n"
            try yaml.write(toFile: profile, atomically: true, encoding: .utf8)
            let journal = dir + "/street.journal"
            let created = try Binary.run(["init", "--profile", profile, "--journal", journal])
            #expect(created.status == 0, "\(created.error)")
            let ran = try Self.streetdesk(["import", "open311", Self.samples + "/open311-requests.json"], journal)
            #expect(ran.status == 0 && !ran.output.contains("not mapped to a category"), "\(ran.output) \(ran.error)")
            let services = try Self.streetdesk(["export", "open311", "--services", "--format", "xml"], journal).output
            #expect(services.contains("""
                    <service_code>006</service_code>
                    <service_name>道路破损</service_name>
                    <description>交通出行 › 道路破损</description>
                    <metadata>false</metadata>
                    <type>realtime</type>
                    <keywords></keywords>
                    <group>交通出行</group>
                """), "\(services.prefix(600))")
            let requests = try Self.streetdesk(["export", "open311", "--since", "2010-01-01 00:00"], journal).output
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(requests.utf8)) as? [[String: Any]])
            #expect(rows.count == 2 && rows.allSatisfy { $0["service_code"] as? String == "006" })
        }
    }

    /// The demo street's week exported, taken into a fresh journal of the same profile and
    /// exported again: the same requests, in both encodings.
    @Test func exportImportExportGivesTheSameRequests() throws {
        try withScratch { dir in
            let demo = dir + "/demo.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", demo]).status == 0)
            for format in ["json", "xml"] {
                let fresh = dir + "/fresh-\(format).journal"
                #expect(try Binary.run(["init", "--profile", Self.demoProfile, "--journal", fresh]).status == 0)
                let first = try Self.streetdesk(["export", "open311", "--requests", "--format", format], demo)
                #expect(first.status == 0 && first.output.contains("service_request_id"), "\(first.error)")
                let file = dir + "/requests." + format
                try first.output.write(toFile: file, atomically: true, encoding: .utf8)
                let taken = try Self.streetdesk(["import", "open311", file], fresh)
                #expect(taken.status == 0 && !taken.output.contains("taken 0,"), "\(taken.output) \(taken.error)")
                let again = try Self.streetdesk(["export", "open311", "--requests", "--format", format], fresh)
                #expect(again.output == first.output)
            }
        }
    }

    @Test func unreadableInputIsOneErrorNamingWhereItStoppedAndWritesNothing() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let before = try Self.entries(journal)
            let json = dir + "/cut.json"
            try "[\n  {\"service_request_id\": \"1\", \"service_code\": \"env.garbage\"},\n  {\"service_request_id\": \"2\",".write(toFile: json, atomically: true, encoding: .utf8)
            let ranJSON = try Self.streetdesk(["import", "open311", json], journal)
            #expect(ranJSON.status == 2 && ranJSON.error.split(separator: "\n").count == 1)
            #expect(ranJSON.error.contains("JSON cannot be read at line 3, column 30") && ranJSON.error.contains("nothing written"), "\(ranJSON.error)")
            let xml = dir + "/cut.xml"
            try "<service_requests>\n<request><service_request_id>1</service_request_id><service_code>x</service_code></request>\n<request><status>open</request>"
                .write(toFile: xml, atomically: true, encoding: .utf8)
            let ranXML = try Self.streetdesk(["import", "open311", xml], journal)
            #expect(ranXML.status == 2 && ranXML.error.contains("line 3") && ranXML.error.contains("service_requests/request[2]/status"), "\(ranXML.error)")
            #expect(try Self.entries(journal) == before)
        }
    }

    /// Escape sequences, a C1 control, a bidi override and a very long field in an imported
    /// request: kept in the journal as sent, and no command prints them raw.
    @Test func hostileTextIsStoredAsSentAndDrawnSafely() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let long = String(repeating: "长", count: 5000)
            let file = dir + "/hostile.json"
            try #"[{"service_request_id": "H\u001b[2J", "service_code": "env.garbage", "address": "槐荫里\u202e1号", "description": "\u001b]0;pwned\u0007\u009b31m "# .appending(long + #""}]"#)
                .write(toFile: file, atomically: true, encoding: .utf8)
            let ran = try Self.streetdesk(["import", "open311", file], journal)
            #expect(ran.status == 0 && ran.output.contains("taken 1,"), "\(ran.output) \(ran.error)")
            let exported = try Self.streetdesk(["export", "open311"], journal)
            let rows = try #require(try JSONSerialization.jsonObject(with: exported.outputBytes) as? [[String: Any]])
            let row = try #require(rows.first { ($0["service_request_id"] as? String) == "H\u{1B}[2J" })
            #expect(row["description"] as? String == "\u{1B}]0;pwned\u{07}\u{9B}31m " + long)
            for output in [exported.output, try Self.streetdesk(["show"], journal).output,
                           try Self.streetdesk(["export", "open311", "--format", "xml"], journal).output] {
                #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
            }
        }
    }
}
