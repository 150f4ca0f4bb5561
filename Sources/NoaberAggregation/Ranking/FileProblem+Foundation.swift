import Foundation
public import NoaberCore

// NoaberCore imports nothing, so Foundation's file errors are converted here, in the lowest module that already
// reads files through Foundation (`noaber rank`); NoaberODF and the CLI use the same conversion.
extension FileProblem {
    /// Words a Foundation file error (a `CocoaError`, usually with the `POSIXError` underneath, or a
    /// `POSIXError`); the underlying POSIX number is the most precise, then the Cocoa code, then the system text.
    public init(foundationError error: any Error) {
        let nsError = error as NSError
        let text = nsError.localizedDescription
        if nsError.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(truncatingIfNeeded: nsError.code), systemText: text)
            return
        }
        // On Linux the underlying error is often a Swift `POSIXError`, which `as? NSError` does not match.
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            let underlyingError = underlying as NSError
            if underlyingError.domain == NSPOSIXErrorDomain {
                self.init(errno: Int32(truncatingIfNeeded: underlyingError.code), systemText: text)
                if self != .other(text) { return }
            }
        }
        guard nsError.domain == NSCocoaErrorDomain else {
            self = .other(text)
            return
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: self = .notFound
        case .fileReadNoPermission, .fileWriteNoPermission: self = .noPermission
        case .fileWriteOutOfSpace: self = .diskFull
        case .fileWriteVolumeReadOnly: self = .readOnlyFileSystem
        case .fileWriteFileExists: self = .exists
        case .fileReadTooLarge: self = .tooLarge
        case .fileReadCorruptFile, .fileReadUnknownStringEncoding, .fileReadInapplicableStringEncoding,
            .fileWriteInapplicableStringEncoding:
            self = .unreadableContent
        default: self = .other(text)
        }
    }
}
