package dev.northstar.jackson.smart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.SmartValidator;
import dev.northstar.testkit.seed.SeedGoals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A SMART report serialises through the Jackson module with every figure of the report. */
class SmartReportJsonTest {

  static final ObjectMapper MAPPER =
      NorthstarJson.builder().addModule(new NorthstarSmartModule()).build();

  @Test
  void writesVerdictCriteriaAndEveryFindingInOrder() throws Exception {
    SmartReport report =
        SmartValidator.create()
            .validate(
                SeedGoals.millionInstagramFollowers(),
                RuleContext.builder(LocalDate.of(2026, 1, 1)).build());
    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(report));
    assertThat(json.get("goal").asText()).isEqualTo(report.goalId().value());
    assertThat(json.get("statement").asText()).isEqualTo(report.statement());
    assertThat(json.get("verdict").asText())
        .isEqualTo(report.verdict().name().toLowerCase(java.util.Locale.ROOT));
    for (Criterion c : Criterion.values()) {
      String field = c.name().toLowerCase(java.util.Locale.ROOT);
      assertThat(json.get("criteria").get(field).asText())
          .as(field)
          .isEqualTo(report.status(c).name().toLowerCase(java.util.Locale.ROOT));
    }
    List<Finding> findings = report.findings();
    assertThat(findings).isNotEmpty();
    assertThat(json.get("findings")).hasSize(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      JsonNode node = json.get("findings").get(i);
      assertThat(node.get("rule").asText()).isEqualTo(f.ruleId());
      assertThat(node.get("message").asText()).isEqualTo(f.message());
      assertThat(node.get("severity").asText())
          .isEqualTo(f.severity().name().toLowerCase(java.util.Locale.ROOT));
      assertThat(node.get("criterion").asText())
          .isEqualTo(f.criterion().name().toLowerCase(java.util.Locale.ROOT));
      assertThat(node.has("suggestion")).isEqualTo(f.suggestion().isPresent());
    }
  }
}
