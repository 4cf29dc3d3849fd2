import Foundation
import PackagePlugin

/// Compiles a target's YAML files into the binary (`EmbeddedFiles.text[name]`), so that a
/// `streetdesk` copied anywhere carries its demo street and themes with it.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL
        let inputs = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) files in \(target.name)",
            executable: try context.tool(named: "embed-files").url,
            arguments: [output.path] + inputs.map(\.path),
            inputFiles: inputs, outputFiles: [output])]
    }
}
