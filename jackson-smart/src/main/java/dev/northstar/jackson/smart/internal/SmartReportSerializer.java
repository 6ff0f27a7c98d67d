package dev.northstar.jackson.smart.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.jackson.internal.SnakeCase;
import dev.northstar.jackson.internal.Writes;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.CriterionStatus;
import dev.northstar.smart.Finding;
import dev.northstar.smart.SmartReport;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a SMART report: the goal, the verdict, the status of each criterion in S, M, A, R, T
 * order, then the findings in the report's order, each with severity, criterion, rule id, message
 * and, for warnings and errors, the suggestion. Written only; there is no reader.
 */
final class SmartReportSerializer extends StdSerializer<SmartReport> {

  private static final long serialVersionUID = 1L;

  static final SmartReportSerializer INSTANCE = new SmartReportSerializer();

  private SmartReportSerializer() {
    super(SmartReport.class);
  }

  @Override
  public void serialize(SmartReport report, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(report);
    g.writeStringField("goal", report.goalId().value());
    g.writeStringField("statement", report.statement());
    Writes.snakeCase(g, "verdict", report.verdict());
    g.writeObjectFieldStart("criteria");
    for (Map.Entry<Criterion, CriterionStatus> e : report.statuses().entrySet()) {
      Writes.snakeCase(g, SnakeCase.of(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      g.writeStartObject();
      Writes.snakeCase(g, "severity", f.severity());
      Writes.snakeCase(g, "criterion", f.criterion());
      g.writeStringField("rule", f.ruleId());
      g.writeStringField("message", f.message());
      if (f.suggestion().isPresent()) {
        g.writeStringField("suggestion", f.suggestion().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
