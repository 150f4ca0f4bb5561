import Foundation
import Testing

/// Paths of the files in Fixtures/, as the test bundle copied them.
enum Fixtures {
    static func path(_ name: String) throws -> String {
        let directory = try #require(Bundle.module.path(forResource: "Fixtures", ofType: nil))
        return "\(directory)/\(name)"
    }
}
