package dev.northstar.jackson.smart.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.northstar.smart.SmartReport;

/** Registers every serializer of {@code NorthstarSmartModule}. */
public final class SmartCodecs {

  private SmartCodecs() {}

  /**
   * Adds the serializer of SMART reports to a module.
   *
   * @param module the module to add it to, not null
   */
  public static void addTo(SimpleModule module) {
    module.addSerializer(SmartReport.class, SmartReportSerializer.INSTANCE);
  }
}
