public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension FileHandle {
    /// The next bytes from a pipe, or an empty `Data` at its end. Unlike `availableData`, a read interrupted by a
    /// signal (SIGCHLD when a test kills its child is the usual one) is tried again instead of stopping the whole
    /// test process with "Interrupted system call".
    public func nextChunk() -> Data {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return Data(buffer[0..<count]) }
            if errno != EINTR { return Data() }
        }
    }

    /// Everything up to the pipe's end, reading as `nextChunk` does.
    public func readAllRetryingInterrupts() -> Data {
        var all = Data()
        while true {
            let chunk = nextChunk()
            if chunk.isEmpty { return all }
            all.append(chunk)
        }
    }
}
