package dev.northstar.cli.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be read or written, in words: Java's file-system exceptions often carry only
 * a path as their message ("/data/m.csv"), which says nothing of the cause.
 */
final class IoFailures {

  private IoFailures() {}

  /**
   * Says why an operation on a path failed.
   *
   * @param e the failure, not null
   * @param path the path the user named, not null
   * @return the cause, such as "permission denied (the user running northstar may not read or write
   *     it)", never null
   */
  static String why(IOException e, Path path) {
    String cause;
    if (e instanceof AccessDeniedException) {
      cause = "permission denied (the user running northstar may not read or write it)";
    } else if (e instanceof NoSuchFileException) {
      cause = "no such file or folder";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      cause = fs.getReason();
    } else {
      cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    if (e instanceof FileSystemException fs
        && fs.getFile() != null
        && !Path.of(fs.getFile()).equals(path)) {
      cause += " (at " + fs.getFile() + ")";
    }
    return cause;
  }
}
