package dev.northstar.jackson.formulas;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.northstar.jackson.formulas.internal.FormulasCodecs;
import dev.northstar.jackson.internal.ModuleVersions;

/**
 * A Jackson module that reads and writes the results of Northstar formulas in the documented JSON
 * format ({@code docs/json-format.md}): {@code Ratio} and {@code MoneyRatio} (read and written),
 * and {@code KpiTable} (written only).
 *
 * <p>Reading is as strict as the core module's: an unknown or missing field, a wrong JSON type, or
 * a {@code value} that is not the quotient is a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} naming the JSON path. KPI tables hold core
 * values (metric ids, platforms), so register the core {@code NorthstarModule} too; {@code
 * NorthstarJson.builder()} already has it.
 *
 * <pre>{@code
 * JsonMapper mapper = NorthstarJson.builder().addModule(new NorthstarFormulasModule()).build();
 * String json = mapper.writeValueAsString(kpiTable);
 * }</pre>
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds it with {@link java.util.ServiceLoader}.
 * This class is thread-safe once registered; it has a public constructor for {@code ServiceLoader}.
 */
public final class NorthstarFormulasModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's name, as returned by {@link #getModuleName()}. */
  public static final String NAME = "NorthstarFormulasModule";

  private static final Version VERSION =
      ModuleVersions.of(NorthstarFormulasModule.class, "northstar-jackson-formulas");

  /** Creates the module with every serializer and deserializer registered. */
  public NorthstarFormulasModule() {
    super(NAME, VERSION);
    FormulasCodecs.addTo(this);
  }

  @Override
  public Object getTypeId() {
    return NorthstarFormulasModule.class.getName();
  }
}
