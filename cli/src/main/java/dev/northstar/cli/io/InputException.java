package dev.northstar.cli.io;

import java.io.Serial;

/**
 * Bad input to a command: a file that cannot be read or parsed, or an option value that is not
 * allowed. The command exits with status 2 and prints the message, which names the file, line or
 * JSON path and the value.
 */
public final class InputException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the located message, not null
   */
  public InputException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the located message, not null
   * @param cause the cause, not null
   */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
