internal import CQRencode
public import NoaberCore

/// A QR code as a square matrix of modules, made by Debian's libqrencode; it knows nothing of sessions or rooms.
///
/// The C result is copied into Swift values inside `init` and freed there, so no pointer leaves this file.
public struct QRCode: Sendable, Equatable {
    /// How much of the code may be damaged and still read; higher levels make a larger code.
    public enum Correction: Sendable, Equatable, CaseIterable {
        case low, medium, quartile, high

        var level: QRecLevel {
            switch self {
            case .low: QR_ECLEVEL_L
            case .medium: QR_ECLEVEL_M
            case .quartile: QR_ECLEVEL_Q
            case .high: QR_ECLEVEL_H
            }
        }
    }

    /// The QR version (1…40); the code is `17 + 4 × version` modules wide.
    public let version: Int
    /// Modules per side.
    public let size: Int
    /// Row-major: `dark[row * size + column]` is true for a dark module.
    public let dark: [Bool]

    /// Encodes `text` (UTF-8, 8-bit mode, case-sensitive) in the smallest version that holds it.
    public init(encoding text: String, correction: Correction = .medium) throws(QRError) {
        guard !text.isEmpty else { throw .empty }
        noaber_qrClearErrno()
        // QRcode_encodeString: version 0 picks the smallest; QR_MODE_8 keeps every byte of a URL as it is.
        guard let code = QRcode_encodeString(text, 0, correction.level, QR_MODE_8, 1) else {
            let code = noaber_qrErrno()
            if code == ERANGE { throw .tooLong(bytes: text.utf8.count) }
            throw .encoderFailed(errno: code)
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let modules = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        // libqrencode: bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
        self.init(version: Int(code.pointee.version), size: width, dark: modules.map { $0 & 1 == 1 })
    }

    /// A code from its modules, for tests and for reading a code back.
    public init(version: Int, size: Int, dark: [Bool]) {
        precondition(dark.count == size * size, "a QR code has size × size modules")
        self.version = version
        self.size = size
        self.dark = dark
    }

    /// Whether the module at `row`, `column` is dark.
    public func isDark(row: Int, column: Int) -> Bool { dark[row * size + column] }
}

/// Why a text could not become a QR code.
public enum QRError: UserFacingError, Equatable {
    /// There is nothing to encode.
    case empty
    /// The text does not fit in the largest QR code (version 40) at the chosen correction level.
    case tooLong(bytes: Int)
    /// libqrencode failed otherwise; `errno` is what it set (ENOMEM, EINVAL).
    case encoderFailed(errno: Int32)

    public func message(in language: Language) -> String {
        switch self {
        case .empty:
            language.pick(("de QR-code heeft geen tekst", "the QR code has no text"))
        case .tooLong(let bytes):
            language.pick(
                (
                    "de tekst voor de QR-code is te lang (\(bytes) bytes)",
                    "the text for the QR code is too long (\(bytes) bytes)"
                ))
        case .encoderFailed(let code):
            language.pick(
                (
                    "libqrencode kon de QR-code niet maken (errno \(code))",
                    "libqrencode could not make the QR code (errno \(code))"
                ))
        }
    }
}
