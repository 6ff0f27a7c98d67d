package dev.northstar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Metric ids and platforms are serializable, so that the aggregation state built on them can cross
 * processes; deserialization goes through their factories.
 */
class SerializationTest {

  static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void wellKnownPlatformsComeBackAsTheirConstants() throws Exception {
    assertThat(deserialize(serialize(Platform.LINKEDIN))).isSameAs(Platform.LINKEDIN);
    Platform custom = Platform.of("mastodon", "Mastodon");
    Platform copy = (Platform) deserialize(serialize(custom));
    assertThat(copy).isEqualTo(custom);
    assertThat(copy.displayName()).isEqualTo("Mastodon");
  }

  @Test
  void metricIdsRoundTrip() throws Exception {
    assertThat(deserialize(serialize(MetricId.of("acme.code_redemptions"))))
        .isEqualTo(MetricId.of("acme.code_redemptions"));
  }

  @Test
  void aTamperedStreamCannotBreakTheIdForm() throws Exception {
    byte[] bytes = serialize(MetricId.of("likes"));
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    // Same length, so the stream stays well-formed; only the id's text becomes invalid.
    byte[] tampered = latin1.replace("likes", "LIKES").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> deserialize(tampered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metric id must be");
  }
}
