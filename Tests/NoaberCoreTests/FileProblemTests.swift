import NoaberCore
import Testing

/// The common reasons a file cannot be read or written are worded in Dutch (and English), not in the system's
/// English; only rare ones keep the system's text.
@Suite struct FileProblemTests {
    @Test(arguments: [
        (Int32(2), FileProblem.notFound, "het bestand of de map bestaat niet", "the file or folder does not exist"),
        (
            20, .notADirectory, "een deel van het pad is een bestand en geen map",
            "part of the path is a file, not a folder"
        ),
        (13, .noPermission, "geen toestemming (bestandsrechten)", "permission denied"),
        (1, .noPermission, "geen toestemming (bestandsrechten)", "permission denied"),
        (21, .isDirectory, "dit is een map, geen bestand", "this is a folder, not a file"),
        (28, .diskFull, "de schijf is vol", "the disk is full"),
        (122, .diskFull, "de schijf is vol", "the disk is full"),
        (30, .readOnlyFileSystem, "het bestandssysteem is alleen-lezen", "the file system is read-only"),
        (
            5, .inputOutput, "de schijf of het apparaat gaf een lees- of schrijffout",
            "the disk or device reported a read or write error"
        ),
        (36, .nameTooLong, "de bestandsnaam of het pad is te lang", "the file name or path is too long"),
        (
            71, .other("Input/output error"), "onverwachte systeemfout (Input/output error)",
            "unexpected system error (Input/output error)"
        ),
    ])
    func errnoBecomesAReason(code: Int32, problem: FileProblem, dutch: String, english: String) {
        let mapped = FileProblem(errno: code, systemText: "Input/output error")
        #expect(mapped == problem)
        #expect(mapped.message(in: .nl) == dutch)
        #expect(mapped.message(in: .en) == english)
    }
}
