package dev.northstar.jackson.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.NorthstarModule;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.SmartValidator;
import dev.northstar.testkit.seed.SeedGoals;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module is found by ServiceLoader; without it, a mapper refuses a report rather than write
 * something else; it needs SMART but not the formulas.
 */
class NorthstarSmartModuleTest {

  @Test
  void findAndRegisterModulesFindsItNextToTheCoreModule() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds())
        .contains(NorthstarSmartModule.class.getName(), NorthstarModule.class.getName());
  }

  @Test
  void withoutTheModuleAReportIsRefused() {
    SmartReport report =
        SmartValidator.create()
            .validate(
                SeedGoals.doubleLinkedInFollowers(),
                RuleContext.builder(LocalDate.of(2026, 1, 1)).build());

    assertThatThrownBy(() -> NorthstarJson.mapper().writeValueAsString(report))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("dev.northstar.smart.SmartReport");
  }

  @Test
  void descriptorRequiresSmartAndNotTheFormulas() throws Exception {
    Path classes =
        Path.of(
            NorthstarSmartModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor =
        ModuleFinder.of(classes).find("dev.northstar.jackson.smart").orElseThrow().descriptor();

    assertThat(descriptor.requires().stream().map(Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "java.base",
            "com.fasterxml.jackson.databind",
            "dev.northstar.jackson",
            "dev.northstar.core",
            "dev.northstar.smart",
            "org.jspecify");
    assertThat(
            descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                .map(Requires::name))
        .containsExactly("com.fasterxml.jackson.databind");
  }
}
