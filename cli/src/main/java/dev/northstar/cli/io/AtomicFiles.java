package dev.northstar.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output file completely or not at all: the text goes to a temporary file beside the
 * target, which is then moved into place; on any failure the temporary file is deleted and the
 * target is left as it was.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  // A temporary file is created owner-only; the output should have the permissions of the file it
  // replaces, or rw-r--r-- as a new file usually has.
  private static void readableByAll(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** Writes text to a writer; may fail with an I/O error. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the writer, not null
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /** Writes bytes to a stream; may fail with an I/O error. */
  @FunctionalInterface
  public interface BinaryContent {
    /**
     * Writes the content; the stream is closed by the caller.
     *
     * @param out the stream, not null
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a UTF-8 text file atomically.
   *
   * @param target the file to write, not null; its folder must exist
   * @param content what to write, not null
   * @throws InputException if the folder does not exist or the file cannot be written
   */
  public static void write(Path target, Content content) {
    writeBinary(
        target,
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          content.writeTo(writer);
          writer.flush();
        });
  }

  /**
   * Writes a binary file, such as a spreadsheet, atomically.
   *
   * @param target the file to write, not null; its folder must exist
   * @param content what to write, not null
   * @throws InputException if the folder does not exist or the file cannot be written
   */
  public static void writeBinary(Path target, BinaryContent content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new InputException(target + ": cannot write: folder " + folder + " does not exist");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
      readableByAll(temp, absolute);
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new InputException(target + ": cannot write: " + IoFailures.why(e, target), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the failure being reported matters more than a leftover temporary file
        }
      }
    }
  }
}
