package dev.northstar.jackson.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.NorthstarModule;
import dev.northstar.testkit.seed.SeedKpiTables;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module is found by ServiceLoader and works in any registration order; without it, a mapper
 * refuses formulas' values instead of writing them as beans; it needs the formulas but not SMART.
 */
class NorthstarFormulasModuleTest {

  @Test
  void findAndRegisterModulesFindsItNextToTheCoreModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds())
        .contains(NorthstarFormulasModule.class.getName(), NorthstarModule.class.getName());
    assertThat(mapper.writeValueAsString(Ratio.of(1, 4)))
        .isEqualTo("{\"numerator\":1,\"denominator\":4,\"value\":0.25}");
  }

  @Test
  void withoutTheModuleARatioIsRefusedNotWrittenAsABean() {
    // As a bean, a ratio would be {"defined":true}: its figures silently lost.
    JsonMapper coreOnly = NorthstarJson.mapper();

    assertThatThrownBy(() -> coreOnly.writeValueAsString(Ratio.of(1, 4)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("dev.northstar.formulas.ratio.Ratio")
        .hasMessageContaining(
            "register NorthstarFormulasModule (artifact northstar-jackson-formulas");
    assertThatThrownBy(
            () -> coreOnly.writeValueAsString(SeedKpiTables.run(Aggregation.MEAN_OF_RATIOS)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("dev.northstar.formulas.aggregate.KpiTable"); // Jackson's own refusal
  }

  @Test
  void registeredBeforeOrAfterTheCoreModuleItWritesTheRatio() throws Exception {
    ObjectMapper before =
        new ObjectMapper()
            .registerModule(new NorthstarFormulasModule())
            .registerModule(new NorthstarModule());
    ObjectMapper after =
        new ObjectMapper()
            .registerModule(new NorthstarModule())
            .registerModule(new NorthstarFormulasModule());

    String expected = "{\"numerator\":3,\"denominator\":4,\"value\":0.75}";
    assertThat(before.writeValueAsString(Ratio.of(3, 4))).isEqualTo(expected);
    assertThat(after.writeValueAsString(Ratio.of(3, 4))).isEqualTo(expected);
  }

  @Test
  void descriptorRequiresTheFormulasAndNotSmart() throws Exception {
    Path classes =
        Path.of(
            NorthstarFormulasModule.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    ModuleDescriptor descriptor =
        ModuleFinder.of(classes).find("dev.northstar.jackson.formulas").orElseThrow().descriptor();

    assertThat(descriptor.requires().stream().map(Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "java.base",
            "com.fasterxml.jackson.databind",
            "dev.northstar.jackson",
            "dev.northstar.core",
            "dev.northstar.formulas",
            "org.jspecify");
    // Only the module class is API, and it is a databind SimpleModule.
    assertThat(
            descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                .map(Requires::name))
        .containsExactly("com.fasterxml.jackson.databind");
  }
}
