public import NoaberCore

/// What can go wrong writing a document, in words a facilitator can act on.
public enum ODFError: UserFacingError, Equatable, Worded {
    /// The zip library failed; `detail` is its wording, for a bug report.
    case zipFailed(String)
    /// The XML writer failed; `detail` names the libxml2 function.
    case xmlFailed(String)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: FileProblem)
    /// PDF was asked for but LibreOffice is not installed.
    case libreOfficeMissing
    /// LibreOffice ran but made no PDF.
    case pdfFailed(path: String, detail: String)
    /// `soffice` was found but could not be started.
    case cannotStartLibreOffice(path: String, reason: FileProblem)

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .zipFailed(let detail):
            ("kan het ODF-pakket niet inpakken (\(detail))", "cannot zip the ODF package (\(detail))")
        case .xmlFailed(let detail): ("kan de XML niet schrijven (\(detail))", "cannot write the XML (\(detail))")
        case .cannotWrite(let path, let reason):
            (
                "kan \(path) niet schrijven: \(reason.message(in: .nl))",
                "cannot write \(path): \(reason.message(in: .en))"
            )
        case .libreOfficeMissing:
            (
                "voor PDF is LibreOffice nodig en dat is niet geïnstalleerd; installeer het met "
                    + "`sudo apt-get install -y libreoffice-writer-nogui` (Debian/Ubuntu) of via "
                    + "https://www.libreoffice.org/download/ en probeer het opnieuw; "
                    + "de andere formaten zijn wel geschreven",
                "PDF needs LibreOffice, which is not installed; install it with "
                    + "`sudo apt-get install -y libreoffice-writer-nogui` (Debian/Ubuntu) or from "
                    + "https://www.libreoffice.org/download/ and try again; the other formats were written"
            )
        case .cannotStartLibreOffice(let path, let reason):
            (
                "kan LibreOffice niet starten voor \(path): \(reason.message(in: .nl))",
                "cannot start LibreOffice for \(path): \(reason.message(in: .en))"
            )
        case .pdfFailed(let path, let detail):
            ("LibreOffice maakte geen PDF van \(path): \(detail)", "LibreOffice made no PDF of \(path): \(detail)")
        }
    }
}
