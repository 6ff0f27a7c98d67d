package dev.northstar.formulas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/** Java serialization round trips for tests. */
public final class Serialization {

  private Serialization() {}

  /**
   * Serializes and deserializes a value.
   *
   * @param value the value
   * @param <T> its type
   * @return the copy read back
   * @throws IOException if writing or reading fails
   * @throws ClassNotFoundException if a class is missing
   */
  @SuppressWarnings("unchecked")
  public static <T extends Serializable> T roundTrip(T value)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
