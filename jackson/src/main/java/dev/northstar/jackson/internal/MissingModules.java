package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;

/**
 * Refuses to write a value of the formulas or SMART modules as a plain bean, which is what Jackson
 * would do on a mapper without their Northstar module: a {@code Ratio} would come out as {@code
 * {"defined":true}}, silently losing its figures. The refusal names the module to register.
 *
 * <p>Jackson passes every serializer it builds through this modifier, those of modules too; only
 * its own bean serializer, the fallback when no module has one for the type, is replaced, so the
 * order in which modules are registered does not matter. A type without bean properties ({@code
 * KpiTable}, {@code SmartReport}) never gets a bean serializer: Jackson refuses it by itself.
 */
final class MissingModules extends BeanSerializerModifier {

  private static final long serialVersionUID = 1L;

  static final MissingModules INSTANCE = new MissingModules();

  /** The package prefix of each Northstar module whose JSON is elsewhere, and where it is. */
  private static final Map<String, String> MODULES =
      Map.of(
          "dev.northstar.formulas.",
          "NorthstarFormulasModule (artifact northstar-jackson-formulas,"
              + " module dev.northstar.jackson.formulas)",
          "dev.northstar.smart.",
          "NorthstarSmartModule (artifact northstar-jackson-smart,"
              + " module dev.northstar.jackson.smart)");

  private MissingModules() {}

  @Override
  public JsonSerializer<?> modifySerializer(
      SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
    if (!(serializer instanceof BeanSerializerBase)) {
      return serializer;
    }
    String type = description.getBeanClass().getName();
    for (Map.Entry<String, String> module : MODULES.entrySet()) {
      if (type.startsWith(module.getKey())) {
        return new Refusal(description.getBeanClass(), module.getValue());
      }
    }
    return serializer;
  }

  /** Throws, naming the type and the module that writes it. */
  private static final class Refusal extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    private final String module;

    @SuppressWarnings("unchecked")
    Refusal(Class<?> type, String module) {
      super((Class<Object>) type);
      this.module = module;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      provider.reportBadDefinition(
          provider.constructType(handledType()),
          "no Northstar JSON form for "
              + handledType().getName()
              + " on this mapper: register "
              + module
              + ", or call findAndRegisterModules()");
    }
  }
}
