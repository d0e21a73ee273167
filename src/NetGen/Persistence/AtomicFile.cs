using System;
using System.IO;

namespace NetGen.Persistence;

/// <summary>
/// Writes a file so that readers only ever see the old contents or the complete new ones: the data goes to a temporary
/// file in the same folder, is flushed to the disk, and then replaces the target in one rename. A crash, a full disk or an
/// exception half-way leaves the previous file as it was.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Creates or replaces the file at <paramref name="path"/> with what <paramref name="writeContent"/> writes to the
    /// stream it is given. If anything throws (the callback, the disk, the flush or the rename), the temporary file is
    /// deleted, the file at <paramref name="path"/> is untouched, and the exception propagates.
    /// </summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="writeContent">Writes the complete new contents; it must not keep or dispose the stream.</param>
    /// <remarks>
    /// The replacement is <see cref="File.Move(string, string, bool)"/>, a rename(2) on Unix, which is atomic when the
    /// temporary file and the target are on one file system (which a shared folder guarantees). On Windows it is
    /// MoveFileEx with MOVEFILE_REPLACE_EXISTING.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names a folder.</exception>
    /// <exception cref="IOException">The folder does not exist, or writing or replacing failed.</exception>
    public static void Write(string path, Action<Stream> writeContent)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(writeContent);
        string target = Path.GetFullPath(path);
        string fileName = Path.GetFileName(target);
        if (fileName.Length == 0)
        {
            throw new ArgumentException($"'{path}' names a folder, not a file.", nameof(path));
        }

        string folder = Path.GetDirectoryName(target)!;
        string temporary = Path.Combine(folder, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writeContent(stream);

                // Data first, rename second: without this flush a crash right after the rename could leave the new name
                // pointing at blocks that never reached the disk.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // The original exception matters more; a stray temporary file cannot harm the target.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
