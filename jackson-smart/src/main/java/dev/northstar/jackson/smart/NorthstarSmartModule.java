package dev.northstar.jackson.smart;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.northstar.jackson.internal.ModuleVersions;
import dev.northstar.jackson.smart.internal.SmartCodecs;

/**
 * A Jackson module that writes Northstar SMART reports ({@code SmartReport}) in the documented JSON
 * format ({@code docs/json-format.md}): the goal, the verdict, each criterion's status and the
 * findings. Reports are written only; there is no reader.
 *
 * <pre>{@code
 * JsonMapper mapper = NorthstarJson.builder().addModule(new NorthstarSmartModule()).build();
 * String json = mapper.writeValueAsString(SmartValidator.create().validate(goal, context));
 * }</pre>
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds it with {@link java.util.ServiceLoader}.
 * This class is thread-safe once registered; it has a public constructor for {@code ServiceLoader}.
 */
public final class NorthstarSmartModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's name, as returned by {@link #getModuleName()}. */
  public static final String NAME = "NorthstarSmartModule";

  private static final Version VERSION =
      ModuleVersions.of(NorthstarSmartModule.class, "northstar-jackson-smart");

  /** Creates the module with its serializer registered. */
  public NorthstarSmartModule() {
    super(NAME, VERSION);
    SmartCodecs.addTo(this);
  }

  @Override
  public Object getTypeId() {
    return NorthstarSmartModule.class.getName();
  }
}
