/// Why a file or folder could not be read or written, in words a facilitator can act on. The system's own text
/// (`strerror`, Foundation's `localizedDescription`, SQLite's message) is English and often vague ("The operation
/// could not be completed"), so the common causes get a Dutch (and English) wording; only rare causes keep the
/// system's text.
public enum FileProblem: Sendable, Equatable, Hashable, Worded {
    /// ENOENT: the file, or a folder on its path, does not exist.
    case notFound
    /// ENOTDIR: a part of the path is a file where a folder is expected.
    case notADirectory
    /// EACCES / EPERM.
    case noPermission
    /// EISDIR: a folder where a file is expected.
    case isDirectory
    /// ENOSPC / EDQUOT.
    case diskFull
    /// EROFS.
    case readOnlyFileSystem
    /// EIO: the disk or the device failed.
    case inputOutput
    /// ENAMETOOLONG.
    case nameTooLong
    /// EFBIG, or larger than a reader accepts.
    case tooLarge
    /// EMFILE / ENFILE.
    case tooManyOpenFiles
    /// EEXIST.
    case exists
    /// The file is there but its content cannot be read as expected (Foundation's "corrupt file", bad encoding).
    case unreadableContent
    /// Anything else: the system's own words, shown after a Dutch (or English) lead so that no message is English
    /// alone.
    case other(String)

    /// Maps a POSIX error number. NoaberCore imports no system module, so the numbers are spelled out; they are
    /// the same on Linux and Darwin except EDQUOT (122 on Linux, 69 on Darwin), and both are listed.
    public init(errno code: Int32, systemText: @autoclosure () -> String) {
        switch code {
        case 2: self = .notFound
        case 20: self = .notADirectory
        case 1, 13: self = .noPermission
        case 21: self = .isDirectory
        case 28, 122, 69: self = .diskFull
        case 30: self = .readOnlyFileSystem
        case 5: self = .inputOutput
        case 36, 63: self = .nameTooLong
        case 27: self = .tooLarge
        case 23, 24: self = .tooManyOpenFiles
        case 17: self = .exists
        default: self = .other(systemText())
        }
    }

    /// The text in Dutch and in English (`message(in:)` picks one).
    public var wording: Wording {
        switch self {
        case .notFound: ("het bestand of de map bestaat niet", "the file or folder does not exist")
        case .notADirectory:
            ("een deel van het pad is een bestand en geen map", "part of the path is a file, not a folder")
        case .noPermission: ("geen toestemming (bestandsrechten)", "permission denied")
        case .isDirectory: ("dit is een map, geen bestand", "this is a folder, not a file")
        case .diskFull: ("de schijf is vol", "the disk is full")
        case .readOnlyFileSystem: ("het bestandssysteem is alleen-lezen", "the file system is read-only")
        case .inputOutput:
            (
                "de schijf of het apparaat gaf een lees- of schrijffout",
                "the disk or device reported a read or write error"
            )
        case .nameTooLong: ("de bestandsnaam of het pad is te lang", "the file name or path is too long")
        case .tooLarge: ("het bestand is te groot", "the file is too large")
        case .tooManyOpenFiles: ("er zijn te veel bestanden tegelijk open", "too many files are open at once")
        case .exists: ("het bestand bestaat al", "the file already exists")
        case .unreadableContent:
            ("de inhoud van het bestand is onleesbaar of beschadigd", "the file's content is unreadable or damaged")
        case .other(let text): ("onverwachte systeemfout (\(text))", "unexpected system error (\(text))")
        }
    }
}
