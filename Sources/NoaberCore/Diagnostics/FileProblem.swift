/// Why a file or folder could not be read or written, in words a facilitator can act on. The system's own text
/// (`strerror`, Foundation's `localizedDescription`, SQLite's message) is English and often vague ("The operation
/// could not be completed"), so the common causes get a Dutch (and English) wording; only rare causes keep the
/// system's text.
public enum FileProblem: Sendable, Equatable, Hashable, Catalogued {
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

    /// The text of each case in Dutch and in English (`message(in:)` picks one).
    public static let messages = MessageCatalogue(
        #"""
        notFound
        nl: het bestand of de map bestaat niet
        en: the file or folder does not exist

        notADirectory
        nl: een deel van het pad is een bestand en geen map
        en: part of the path is a file, not a folder

        noPermission
        nl: geen toestemming (bestandsrechten)
        en: permission denied

        isDirectory
        nl: dit is een map, geen bestand
        en: this is a folder, not a file

        diskFull
        nl: de schijf is vol
        en: the disk is full

        readOnlyFileSystem
        nl: het bestandssysteem is alleen-lezen
        en: the file system is read-only

        inputOutput
        nl: de schijf of het apparaat gaf een lees- of schrijffout
        en: the disk or device reported a read or write error

        nameTooLong
        nl: de bestandsnaam of het pad is te lang
        en: the file name or path is too long

        tooLarge
        nl: het bestand is te groot
        en: the file is too large

        tooManyOpenFiles
        nl: er zijn te veel bestanden tegelijk open
        en: too many files are open at once

        exists
        nl: het bestand bestaat al
        en: the file already exists

        unreadableContent
        nl: de inhoud van het bestand is onleesbaar of beschadigd
        en: the file's content is unreadable or damaged

        other(text)
        nl: onverwachte systeemfout ({text})
        en: unexpected system error ({text})
        """#)
}
