package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.scope.Scope;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes {@code {"platforms": ["facebook", "x"], "campaign": "Back to school"}}; the platforms are
 * "all" for all platforms and absent when unspecified, and absent names are omitted.
 */
final class ScopeSerializer extends StdSerializer<Scope> {

  private static final long serialVersionUID = 1L;

  static final ScopeSerializer INSTANCE = new ScopeSerializer();

  private ScopeSerializer() {
    super(Scope.class);
  }

  @Override
  public void serialize(Scope scope, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(scope);
    if (scope.isAllPlatforms()) {
      g.writeStringField("platforms", ScopeDeserializer.ALL);
    } else if (!scope.platforms().isEmpty()) {
      Writes.texts(g, "platforms", scope.platforms());
    }
    text(g, "account", scope.account());
    text(g, "campaign", scope.campaign());
    text(g, "content", scope.content());
    text(g, "product", scope.product());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }
}
