package dev.northstar.jackson.csv;

import java.util.Objects;

/**
 * A column-mapping file that cannot be used: it names the file, the JSON path of the offending
 * value (such as {@code $.columns["Reach"].count}) and what is allowed there.
 *
 * <p>This class is immutable and thread-safe (as far as {@link Throwable} is).
 */
public final class MappingFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file's name. */
  private final String file;

  /** The JSON path. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param file the file's name, not null
   * @param path the JSON path, such as {@code $.separator}, not null
   * @param problem what is wrong and what is allowed, not null
   * @throws NullPointerException if an argument is null
   */
  public MappingFileException(String file, String path, String problem) {
    super(
        Objects.requireNonNull(file, "file must not be null")
            + ": "
            + Objects.requireNonNull(path, "path must not be null")
            + ": "
            + Objects.requireNonNull(problem, "problem must not be null"));
    this.file = file;
    this.path = path;
  }

  /**
   * Returns the file's name.
   *
   * @return the name, never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the JSON path of the offending value, such as {@code $.columns["Reach"].count}.
   *
   * @return the path, never null
   */
  public String path() {
    return path;
  }
}
