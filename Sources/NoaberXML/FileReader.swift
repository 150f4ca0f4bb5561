#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reads a whole file with a size limit checked before reading, and never reads more than the limit plus one
/// byte, so a file that grows, or a device such as /dev/zero, cannot make Noaber read without end.
enum FileReader {
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path) }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw XMLError.unreadable(file: path, code: EISDIR, reason: String(cString: strerror(EISDIR)))
        }
        let size = Int(status.st_size)
        guard size <= limit else { throw XMLError.tooLarge(file: path, bytes: size, limit: limit) }

        var bytes = [UInt8](repeating: 0, count: limit + 1)
        var count = 0
        while count < bytes.count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw unreadable(path)
            }
            if result == 0 { break }
            count += result
        }
        guard count <= limit else { throw XMLError.tooLarge(file: path, bytes: count, limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func unreadable(_ path: String) -> XMLError {
        let code = errno
        return XMLError.unreadable(file: path, code: code, reason: String(cString: strerror(code)))
    }
}
