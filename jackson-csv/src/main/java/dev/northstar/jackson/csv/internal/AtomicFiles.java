package dev.northstar.jackson.csv.internal;

import java.io.BufferedWriter;
import java.io.IOException;
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
 * Writes a file through a temporary file in the same directory, moved over the target at the end,
 * so that a failure never leaves a partial file: the target is either untouched or complete.
 */
public final class AtomicFiles {

  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /** Writes text to a writer. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the writer
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a UTF-8 file atomically.
   *
   * @param file the target
   * @param content writes the text
   * @throws IOException if writing or moving fails; the target is then unchanged
   */
  public static void write(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null) {
      throw new IOException("cannot write " + file + ": it has no parent directory");
    }
    Path name = target.getFileName();
    Path temp = Files.createTempFile(dir, "." + (name == null ? "csv" : name) + ".", ".tmp");
    boolean moved = false;
    try {
      try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      permissions(target, temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the original failure matters more; the temporary file is named as such
        }
      }
    }
  }

  /** Gives the new file the permissions of the file it replaces, or rw-r--r--, where POSIX. */
  private static void permissions(Path target, Path temp) {
    try {
      Set<PosixFilePermission> permissions =
          Files.isRegularFile(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
      Files.setPosixFilePermissions(temp, permissions);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system, or not ours to change: keep the default
    }
  }
}
