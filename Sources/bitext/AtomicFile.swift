import Foundation

/// Writes files so that a reader never sees half of one and a failure leaves the old file as
/// it was: the bytes go to a temporary file in the same folder, which is then renamed over
/// the target.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CommandError(message: "\(path): cannot be written (\(String(cString: strerror(errno)))); check the folder's permissions")
            }
        } catch let error as CommandError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(message: "\(path): cannot be written (\(error.localizedDescription)); check that the folder exists and is writable")
        }
    }
}
