package dev.northstar.jackson.formulas.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.ratio.MoneyRatio;
import dev.northstar.formulas.ratio.Ratio;

/** Registers every serializer and deserializer of {@code NorthstarFormulasModule}. */
public final class FormulasCodecs {

  private FormulasCodecs() {}

  /**
   * Adds the serializers and deserializers of ratios, money ratios and KPI result tables to a
   * module.
   *
   * @param module the module to add them to, not null
   */
  public static void addTo(SimpleModule module) {
    module.addSerializer(Ratio.class, RatioSerializer.INSTANCE);
    module.addDeserializer(Ratio.class, RatioDeserializer.RATIO);
    module.addSerializer(MoneyRatio.class, MoneyRatioSerializer.INSTANCE);
    module.addDeserializer(MoneyRatio.class, RatioDeserializer.MONEY_RATIO);
    module.addSerializer(KpiTable.class, KpiTableSerializer.INSTANCE);
  }
}
